package stats

import (
	"math"
	"math/rand/v2"

	"github.com/goscipy/goscipy/scipy/special"
)

// Discrete is a discrete distribution with every parameter fixed: SciPy's
// frozen rv_discrete, such as scipy.stats.binom(n, p, loc). Each discrete
// distribution of this package (Binom, Poisson, …) implements it; its
// constructor (NewBinom, …) validates the parameters, so every method of a
// value it returned is defined.
//
// The variable is integer-valued but, as in SciPy, arguments are float64:
// PMF(k) is 0 where k-loc is not an integer, CDF(k) is CDF(⌊k⌋), and PPF
// returns the smallest integer k (as a float64) with CDF(k) ≥ q. Data
// arguments follow SciPy: NaN gives NaN, a probability outside [0, 1]
// gives NaN, k outside the support gives a PMF of 0 and a CDF of 0 or 1;
// PPF(0) is one less than the lowest value of the support and PPF(1) the
// highest (ISF the other way round), as SciPy's rv_discrete. Tails are
// computed directly, never as 1 - CDF: SF is accurate where CDF rounds to
// 1, and the Log variants where the plain values underflow.
//
// The methods are safe for concurrent use: a distribution is immutable.
type Discrete interface {
	// PMF is the probability mass P(X = k); 0 where k-loc is not an
	// integer or k is outside the support.
	PMF(k float64) float64
	// LogPMF is log(PMF(k)), accurate where PMF underflows.
	LogPMF(k float64) float64
	// CDF is P(X ≤ k) = P(X ≤ ⌊k⌋).
	CDF(k float64) float64
	// LogCDF is log(CDF(k)), accurate where CDF underflows.
	LogCDF(k float64) float64
	// SF is the survival function P(X > k) = 1 - CDF(k), computed directly.
	SF(k float64) float64
	// LogSF is log(SF(k)), accurate where SF underflows.
	LogSF(k float64) float64
	// PPF is the quantile function: the smallest integer k with
	// CDF(k) ≥ q. PPF(0) is one below the support, PPF(1) its top.
	PPF(q float64) float64
	// ISF is the inverse survival function: the smallest integer k with
	// SF(k) ≤ q, accurate for q near 0. ISF(0) is the top of the support,
	// ISF(1) one below it.
	ISF(q float64) float64
	// Mean is E[X] (+Inf where it diverges).
	Mean() float64
	// Var is the variance E[(X-Mean)²].
	Var() float64
	// Std is the standard deviation √Var.
	Std() float64
	// Skew is the skewness E[(X-Mean)³]/Std³.
	Skew() float64
	// Kurtosis is the excess kurtosis E[(X-Mean)⁴]/Var² - 3, SciPy's
	// Fisher definition.
	Kurtosis() float64
	// Entropy is the Shannon entropy -Σ PMF(k)·log PMF(k), in nats.
	Entropy() float64
	// Median is PPF(0.5).
	Median() float64
	// Interval returns the equal-tailed interval holding at least
	// probability confidence: (PPF((1-c)/2), ISF((1-c)/2)). It returns an
	// ErrValue error for a confidence outside [0, 1] (SciPy raises
	// ValueError).
	Interval(confidence float64) (lo, hi float64, err error)
	// Moment is the non-central moment E[Xⁿ] of order n ≥ 0 (1 for n = 0);
	// NaN for a negative n, +Inf where it diverges.
	Moment(n int) float64
	// Support returns the lowest and highest values X can take (±Inf
	// where unbounded).
	Support() (lo, hi float64)
	// Rand draws a variate using r, which the caller owns (a *rand.Rand
	// is not safe for concurrent use).
	Rand(r *rand.Rand) float64
}

// discreteStd is a discrete distribution with loc 0: what each
// distribution implements. discrete adds loc as scipy.stats.rv_discrete
// does, X = loc + Y, and handles NaN, non-integers and points outside the
// support, so the methods below see only integers k in the support.
type discreteStd interface {
	// support returns the integer ends of the support (±Inf if unbounded).
	support() (a, b float64)
	pmf(k float64) float64    // a ≤ k ≤ b
	logpmf(k float64) float64 // a ≤ k ≤ b
	cdf(k float64) float64    // a ≤ k < b
	sf(k float64) float64     // a ≤ k < b
	ppf(q float64) float64    // 0 < q < 1
	isf(q float64) float64    // 0 < q < 1
	// stats returns the mean, variance, skewness and excess kurtosis.
	stats() (mean, variance, skew, kurt float64)
	entropy() float64
	// rawMoment is E[Yⁿ] for n ≥ 1.
	rawMoment(n int) float64
	// mode is an integer of the support at or near the largest PMF: the
	// starting point of the sampler's walk.
	mode() float64
	// ratio is pmf(k+1)/pmf(k) for a ≤ k < b, cheap arithmetic: the step
	// of the sampler's walk and of the tail series.
	ratio(k float64) float64
}

// discrete supplies the Discrete methods of every distribution from its
// standard form and location. Distributions embed it.
type discrete struct {
	std discreteStd
	loc float64
	// The sampler starts its walk at mode with the PMF and CDF there.
	mode, pmfMode, cdfMode float64
}

// newDiscrete returns the discrete wrapper of s shifted by loc, with the
// sampler's starting point precomputed.
func newDiscrete(s discreteStd, loc float64) discrete {
	m := s.mode()
	_, b := s.support()
	c := 1.0
	if m < b {
		c = s.cdf(m)
	}
	return discrete{std: s, loc: loc, mode: m, pmfMode: s.pmf(m), cdfMode: c}
}

// y returns k-loc and whether it is an integer of the support.
func (d discrete) y(k float64) (float64, bool) {
	y := k - d.loc
	a, b := d.std.support()
	return y, y == math.Floor(y) && y >= a && y <= b
}

// PMF is the probability mass at k.
func (d discrete) PMF(k float64) float64 {
	if math.IsNaN(k) {
		return k
	}
	y, ok := d.y(k)
	if !ok {
		return 0
	}
	return d.std.pmf(y)
}

// LogPMF is log(PMF(k)), accurate where PMF underflows.
func (d discrete) LogPMF(k float64) float64 {
	if math.IsNaN(k) {
		return k
	}
	y, ok := d.y(k)
	if !ok {
		return math.Inf(-1)
	}
	return d.std.logpmf(y)
}

// CDF is P(X ≤ k).
func (d discrete) CDF(k float64) float64 {
	if math.IsNaN(k) {
		return k
	}
	y := math.Floor(k - d.loc)
	a, b := d.std.support()
	switch {
	case y < a:
		return 0
	case y >= b:
		return 1
	}
	return d.std.cdf(y)
}

// SF is P(X > k), computed directly.
func (d discrete) SF(k float64) float64 {
	if math.IsNaN(k) {
		return k
	}
	y := math.Floor(k - d.loc)
	a, b := d.std.support()
	switch {
	case y < a:
		return 1
	case y >= b:
		return 0
	}
	return d.std.sf(y)
}

// discreteTiny is where a probability is too small for its logarithm to be
// taken from it: below it the tail series is summed instead.
const discreteTiny = 0x1p-1000

// LogCDF is log(CDF(k)): log1p(-SF) above 1/2, and where CDF underflows
// LogPMF(k) plus the log of the tail series Σ_{j≤k} PMF(j)/PMF(k).
func (d discrete) LogCDF(k float64) float64 {
	if math.IsNaN(k) {
		return k
	}
	y := math.Floor(k - d.loc)
	a, b := d.std.support()
	switch {
	case y < a:
		return math.Inf(-1)
	case y >= b:
		return 0
	}
	c := d.std.cdf(y)
	switch {
	case c > 0.5:
		return math.Log1p(-d.std.sf(y))
	case c >= discreteTiny:
		return math.Log(c)
	}
	return d.std.logpmf(y) + math.Log(discreteLowerSum(d.std, y))
}

// LogSF is log(SF(k)): log1p(-CDF) above 1/2, and where SF underflows
// LogPMF(k+1) plus the log of the tail series Σ_{j>k} PMF(j)/PMF(k+1).
func (d discrete) LogSF(k float64) float64 {
	if math.IsNaN(k) {
		return k
	}
	y := math.Floor(k - d.loc)
	a, b := d.std.support()
	switch {
	case y < a:
		return 0
	case y >= b:
		return math.Inf(-1)
	}
	s := d.std.sf(y)
	switch {
	case s > 0.5:
		return math.Log1p(-d.std.cdf(y))
	case s >= discreteTiny:
		return math.Log(s)
	}
	return d.std.logpmf(y+1) + math.Log(discreteUpperSum(d.std, y+1))
}

// PPF is the smallest integer k with CDF(k) ≥ q; NaN for q outside
// [0, 1], one below the support for q = 0.
func (d discrete) PPF(q float64) float64 {
	a, b := d.std.support()
	switch {
	case !(q >= 0 && q <= 1):
		return math.NaN()
	case q == 0:
		return a - 1 + d.loc
	case q == 1:
		return b + d.loc
	}
	return d.std.ppf(q) + d.loc
}

// ISF is the smallest integer k with SF(k) ≤ q; NaN for q outside [0, 1],
// one below the support for q = 1.
func (d discrete) ISF(q float64) float64 {
	a, b := d.std.support()
	switch {
	case !(q >= 0 && q <= 1):
		return math.NaN()
	case q == 0:
		return b + d.loc
	case q == 1:
		return a - 1 + d.loc
	}
	return d.std.isf(q) + d.loc
}

// Mean is E[X].
func (d discrete) Mean() float64 {
	m, _, _, _ := d.std.stats()
	return d.loc + m
}

// Var is the variance of X.
func (d discrete) Var() float64 {
	_, v, _, _ := d.std.stats()
	return v
}

// Std is the standard deviation of X.
func (d discrete) Std() float64 { return math.Sqrt(d.Var()) }

// Skew is the skewness of X.
func (d discrete) Skew() float64 {
	_, _, s, _ := d.std.stats()
	return s
}

// Kurtosis is the excess kurtosis of X.
func (d discrete) Kurtosis() float64 {
	_, _, _, k := d.std.stats()
	return k
}

// Entropy is the Shannon entropy of X in nats.
func (d discrete) Entropy() float64 { return d.std.entropy() }

// Median is PPF(0.5).
func (d discrete) Median() float64 { return d.PPF(0.5) }

// Interval returns the equal-tailed interval with probability at least
// confidence, or an ErrValue error for a confidence outside [0, 1].
func (d discrete) Interval(confidence float64) (lo, hi float64, err error) {
	if !(confidence >= 0 && confidence <= 1) {
		return math.NaN(), math.NaN(), newErr(ErrValue, "Interval", "confidence", "%v is outside [0, 1]", confidence)
	}
	tail := (1 - confidence) / 2
	return d.PPF(tail), d.ISF(tail), nil
}

// Moment is E[Xⁿ] for n ≥ 0, from the standard form's raw moments by the
// binomial expansion of (loc + Y)ⁿ; NaN for n < 0.
func (d discrete) Moment(n int) float64 {
	switch {
	case n < 0:
		return math.NaN()
	case n == 0:
		return 1
	}
	if d.loc == 0 {
		return d.std.rawMoment(n)
	}
	var sum float64
	binom := 1.0 // C(n, k)
	for k := 0; k <= n; k++ {
		mk := 1.0
		if k > 0 {
			mk = d.std.rawMoment(k)
		}
		sum += binom * math.Pow(d.loc, float64(n-k)) * mk
		binom = binom * float64(n-k) / float64(k+1)
	}
	return sum
}

// Support returns the lowest and highest values of X.
func (d discrete) Support() (lo, hi float64) {
	a, b := d.std.support()
	return a + d.loc, b + d.loc
}

// discreteWalkCap bounds the sampler's walk from the mode; beyond it (a
// variate more than about this many values from the mode, rare for any
// distribution with a finite variance) the sampler inverts by bisection.
const discreteWalkCap = 5000

// Rand draws a variate using r by inversion: u uniform in (0, 1), X the
// smallest k with CDF(k) ≥ u, found by walking from the mode with the PMF
// ratios (O(standard deviation) steps), or by PPF's bisection after
// discreteWalkCap steps.
func (d discrete) Rand(r *rand.Rand) float64 {
	u := openUnit(r)
	a, b := d.std.support()
	k, p, c := d.mode, d.pmfMode, d.cdfMode
	if u <= c {
		// Walk down while CDF(k-1) = CDF(k) - PMF(k) still reaches u.
		for range discreteWalkCap {
			if k <= a {
				return k + d.loc
			}
			prev := c - p
			if prev < u {
				return k + d.loc
			}
			rt := d.std.ratio(k - 1)
			if !(rt > 0) || math.IsInf(rt, 1) {
				break
			}
			k--
			p /= rt
			c = prev
		}
	} else {
		for range discreteWalkCap {
			if k >= b {
				return b + d.loc
			}
			p *= d.std.ratio(k)
			k++
			c += p
			if c >= u {
				return k + d.loc
			}
			if p == 0 {
				break
			}
		}
	}
	return d.PPF(u)
}

// discreteCheckLoc validates loc for the constructor fn.
func discreteCheckLoc(fn string, loc float64) error {
	if math.IsNaN(loc) || math.IsInf(loc, 0) {
		return newErr(ErrValue, fn, "loc", "must be finite, got %v", loc)
	}
	return nil
}

// discreteSearchCap bounds each phase of discreteSearch: doubling from the
// guess reaches any float64 in 1100 steps, and bisection halves a finite
// bracket to width 1 in as many.
const discreteSearchCap = 1100

// discreteSearch returns the smallest integer k in [a, b] with ok(k),
// where ok is false then true along the integers and ok(b) is true (b may
// be +Inf), starting from guess: it brackets by doubling steps, then
// bisects. Both loops are bounded.
func discreteSearch(a, b, guess float64, ok func(k float64) bool) float64 {
	test := func(k float64) bool { return k >= b || ok(k) }
	g := math.Floor(guess)
	if math.IsNaN(g) || math.IsInf(g, 0) {
		g = 0
	}
	g = max(a, min(b, g))
	var lo, hi float64 // test(lo) false (or lo < a), test(hi) true
	if test(g) {
		hi = g
		step := 1.0
		lo = hi - step
		for range discreteSearchCap {
			if lo < a {
				lo = a - 1
				break
			}
			if !test(lo) {
				break
			}
			hi = lo
			step *= 2
			lo = hi - step
		}
	} else {
		lo = g
		step := 1.0
		hi = lo + step
		for range discreteSearchCap {
			if hi >= b {
				hi = b
				break
			}
			if test(hi) {
				break
			}
			lo = hi
			step *= 2
			hi = lo + step
		}
	}
	for range discreteSearchCap {
		if hi-lo <= 1 {
			break
		}
		mid := math.Floor(lo + (hi-lo)/2)
		if mid <= lo || mid >= hi {
			break
		}
		if test(mid) {
			hi = mid
		} else {
			lo = mid
		}
	}
	return hi
}

// discretePPF is the smallest k with CDF(k) ≥ q for 0 < q < 1, searched
// from guess; above 1/2 the test is SF(k) ≤ 1-q (1-q is exact there), so
// that quantiles near 1 are not lost to CDF's rounding.
func discretePPF(s discreteStd, q, guess float64) float64 {
	a, b := s.support()
	if q <= 0.5 {
		return discreteSearch(a, b, guess, func(k float64) bool { return s.cdf(k) >= q })
	}
	qc := 1 - q
	return discreteSearch(a, b, guess, func(k float64) bool { return s.sf(k) <= qc })
}

// discreteISF is the smallest k with SF(k) ≤ q for 0 < q < 1, searched
// from guess, by CDF(k) ≥ 1-q above 1/2.
func discreteISF(s discreteStd, q, guess float64) float64 {
	a, b := s.support()
	if q <= 0.5 {
		return discreteSearch(a, b, guess, func(k float64) bool { return s.sf(k) <= q })
	}
	qc := 1 - q
	return discreteSearch(a, b, guess, func(k float64) bool { return s.cdf(k) >= qc })
}

// discreteSeriesCap bounds the tail series; they are used in the far tails,
// where the terms fall geometrically and a few hundred suffice.
const discreteSeriesCap = 1_000_000

// discreteLowerSum returns Σ_{j≤k} pmf(j)/pmf(k), summed down from k with
// the ratios until the terms, once falling, are below 1e-17 of the sum.
func discreteLowerSum(s discreteStd, k float64) float64 {
	a, _ := s.support()
	sum, term := 1.0, 1.0
	for j := k; j > a; j-- {
		if k-j > discreteSeriesCap {
			break
		}
		r := s.ratio(j - 1) // pmf(j)/pmf(j-1)
		if !(r > 0) {
			break
		}
		term /= r
		sum += term
		if r > 1 && term < 1e-17*sum {
			break
		}
	}
	return sum
}

// discreteUpperSum returns Σ_{j≥k} pmf(j)/pmf(k), summed up from k with the
// ratios until the terms, once falling, have a geometric remainder below
// 1e-17 of the sum.
func discreteUpperSum(s discreteStd, k float64) float64 {
	_, b := s.support()
	sum, term := 1.0, 1.0
	for j := k; j < b; j++ {
		if j-k > discreteSeriesCap {
			break
		}
		r := s.ratio(j) // pmf(j+1)/pmf(j)
		if !(r > 0) {
			break
		}
		term *= r
		sum += term
		if r < 1 && term < 1e-17*sum*(1-r) {
			break
		}
	}
	return sum
}

// discreteEntropyCap bounds the entropy sums (to ~0.2 s): with the ±40
// standard deviations they need, a distribution with a standard deviation
// above about 1e4 loses the far tails' share of the entropy unless it has
// an asymptotic expansion (Poisson) or a closed form.
const discreteEntropyCap = 1_000_000

// discreteEntropySum returns -Σ pmf(k)·log pmf(k) summed outward from the
// mode. For a unimodal PMF each direction stops once the PMF, falling,
// leaves terms below 1e-18 of the sum with a geometric remainder as small;
// otherwise (U-shaped) the sum runs over the whole (finite) support.
func discreteEntropySum(s discreteStd, unimodal bool) float64 {
	a, b := s.support()
	m := s.mode()
	entr := func(k float64) float64 {
		lp := s.logpmf(k)
		if math.IsInf(lp, -1) {
			return 0
		}
		return -math.Exp(lp) * lp
	}
	sum := entr(m)
	n := 0
	for k := m + 1; k <= b && n < discreteEntropyCap; k++ {
		n++
		t := entr(k)
		sum += t
		if unimodal && k < b {
			if r := s.ratio(k); r < 1 && t < 0.01 && t <= 1e-18*sum*(1-r) {
				break
			}
		}
	}
	for k := m - 1; k >= a && n < 2*discreteEntropyCap; k-- {
		n++
		t := entr(k)
		sum += t
		if unimodal && k > a {
			if r := 1 / s.ratio(k-1); r < 1 && t < 0.01 && t <= 1e-18*sum*(1-r) {
				break
			}
		}
	}
	return sum
}

// discreteStirling2 returns the Stirling numbers of the second kind
// S(n, k), k = 0…n.
func discreteStirling2(n int) []float64 {
	row := make([]float64, n+1)
	row[0] = 1
	for m := 1; m <= n; m++ {
		for k := m; k >= 1; k-- {
			row[k] = float64(k)*row[k] + row[k-1]
		}
		row[0] = 0
	}
	return row
}

// discreteRawFromFactorial returns E[Yⁿ] = Σₖ S(n, k)·E[(Y)ₖ] from the
// falling factorial moments fm(k) = E[Y(Y-1)…(Y-k+1)], k = 1…n: all terms
// are non-negative for Y ≥ 0, so there is no cancellation.
func discreteRawFromFactorial(n int, fm func(k int) float64) float64 {
	s := discreteStirling2(n)
	var sum float64
	for k := 1; k <= n; k++ {
		if s[k] != 0 {
			sum += s[k] * fm(k)
		}
	}
	return sum
}

// discreteNormalGuess returns a starting point for the quantile search at
// lower-tail probability q (upper: upper-tail probability q) from the
// Cornish–Fisher expansion mean + σ·(z + (z²-1)·skew/6), z the normal
// quantile: within a step or two of the answer for the distributions that
// are near normal, so the search needs a few CDF evaluations, not
// 2·log₂(distance). Where the moments are not finite it returns the mode.
func discreteNormalGuess(s discreteStd, q float64, upper bool) float64 {
	m, v, g, _ := s.stats()
	z := special.Ndtri(q)
	if upper {
		z = -z
	}
	x := m + math.Sqrt(v)*(z+(z*z-1)*g/6)
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return s.mode()
	}
	a, b := s.support()
	return discreteGuess(a, b, x)
}

// discreteGuess clamps a quantile guess g into [a, b].
func discreteGuess(a, b, g float64) float64 {
	if math.IsNaN(g) {
		return max(a, 0)
	}
	return max(a, min(b, math.Floor(g)))
}
