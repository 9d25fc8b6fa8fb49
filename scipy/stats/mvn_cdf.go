package stats

import (
	"math"
	"math/rand/v2"
	"sync"

	"github.com/goscipy/goscipy/scipy/special"
)

// MVNCDFOptions are the options of MultivariateNormal's CDF, LogCDF and
// CDFWithError; nil is SciPy's default. Each zero value means the default.
type MVNCDFOptions struct {
	// MaxPts bounds the number of integrand evaluations of the lattice
	// rule (SciPy's maxpts); 0 means 1000000·Dim(). One round of 16
	// evaluations is always made. Negative is an error.
	MaxPts int
	// AbsEps is the absolute error tolerance (SciPy's abseps); 0 means
	// 1e-5. Integration stops once the error estimate is at most
	// max(AbsEps, RelEps·|value|). Negative or NaN is an error; use a tiny
	// positive value to ask for a purely relative tolerance.
	AbsEps float64
	// RelEps is the relative error tolerance (SciPy's releps); 0 means
	// 1e-5. Negative or NaN is an error.
	RelEps float64
	// LowerLimit is the lower corner of the box (SciPy's lower_limit), of
	// length Dim(); nil means -Inf in every coordinate. As in SciPy, each
	// coordinate whose lower limit exceeds x swaps the two and flips the
	// sign of the result, so the CDF of a box can be negative.
	LowerLimit []float64
	// Rand supplies the random shifts of the lattice rule; nil means an
	// internal source with a fixed seed, so that results are reproducible
	// and independent of other calls.
	Rand *rand.Rand
}

// MVNCDFResult is the outcome of CDFWithError.
type MVNCDFResult struct {
	// Value is the probability estimate (negative when an odd number of
	// lower limits exceed x, as SciPy's).
	Value float64
	// ErrorEstimate is the estimated absolute error of Value: 3.5 standard
	// errors of the randomized lattice rule (about 99% confidence, as
	// Genz's MVNDST), or 1e-15 when Value came from a closed form (1-D,
	// bivariate, independent coordinates, rank one).
	ErrorEstimate float64
	// NEval is the number of integrand evaluations of the lattice rule
	// (0 for closed forms).
	NEval int
	// Converged reports whether ErrorEstimate met the tolerance within
	// MaxPts (SciPy's inform == 0, which SciPy does not report).
	Converged bool
}

// CDF returns P(L < X ≤ x), the probability of the box from
// opts.LowerLimit (default -Inf) to x (length Dim()),
// scipy.stats.multivariate_normal.cdf.
//
// The coordinates are standardized, those with infinite limits on both
// sides are dropped (marginalized), zero-variance coordinates of a
// singular covariance are an indicator, and coordinates that are
// uncorrelated with all others split the problem into independent blocks
// whose probabilities multiply. A block of one coordinate is Φ(b) - Φ(a).
// A block of two is Genz's bivariate normal algorithm (Drezner–Wesolowsky
// with Gauss–Legendre rules), with a direct quadrature where that would
// cancel (negative correlation, both limits in the tail): about 1e-13
// relative down to the underflow threshold, where SciPy's is good to
// 1e-15 absolute only (for P(X ≤ -6, Y ≤ -6.5) at ρ = -0.6, about 3e-46,
// it returns garbage).
//
// Larger blocks use Genz's separation of variables with his variable
// reordering and randomized Korobov lattice rules (8 random shifts,
// antithetic, tent-periodized; prime sizes growing by 3/2, each
// multiplier chosen by a P₂ figure of merit), refined until the error
// estimate meets max(AbsEps, RelEps·|value|) or MaxPts evaluations are
// used, so the value is accurate to about 1e-5 by default, as SciPy's
// (Genz's MVNDST, whose multipliers come from Keast's tables). Singular
// covariances are handled: a variable whose conditional variance is at
// most 1e-10 on the correlation scale (Genz's threshold) becomes a
// constraint on the earlier ones. The error estimate is statistical: for
// nearly singular correlations (|ρ| ≳ 0.99) the integrand has thin
// boundary layers that small lattices miss, and the estimate can be
// optimistic by a few times (SciPy's MVNDST behaves the same); tighten
// AbsEps for such problems.
//
// A NaN in x or in the lower limit gives NaN. Errors: ErrShape when x or
// opts.LowerLimit does not have length Dim(); ErrValue for invalid
// options.
func (m *MultivariateNormal) CDF(x []float64, opts *MVNCDFOptions) (float64, error) {
	res, err := m.cdf("MultivariateNormal.CDF", x, opts)
	return res.Value, err
}

// LogCDF returns log CDF(x, opts), scipy.stats.multivariate_normal.logcdf.
// Where the lattice rule is used the estimate has an absolute, not
// relative, error (about 1e-5 by default), so far lower-tail values are
// only as good as opts' tolerances. A negative CDF (lower limits above x
// in an odd number of coordinates; SciPy returns a complex logarithm)
// gives NaN. Errors as CDF.
func (m *MultivariateNormal) LogCDF(x []float64, opts *MVNCDFOptions) (float64, error) {
	res, err := m.cdf("MultivariateNormal.LogCDF", x, opts)
	if err != nil {
		return math.NaN(), err
	}
	if res.Value < 0 {
		return math.NaN(), nil
	}
	return math.Log(res.Value), nil
}

// CDFWithError is CDF returning the error estimate, the work done and
// whether the tolerance was met (SciPy's mvnun computes them but
// multivariate_normal.cdf drops them). Errors as CDF.
func (m *MultivariateNormal) CDFWithError(x []float64, opts *MVNCDFOptions) (MVNCDFResult, error) {
	return m.cdf("MultivariateNormal.CDFWithError", x, opts)
}

// mvnSeed1 and mvnSeed2 seed the lattice shifts when opts.Rand is nil.
const (
	mvnSeed1 = 0x6d766e5f67656e7a
	mvnSeed2 = 0x72696368746d7972
	// mvnExactErr is the error reported for the closed-form paths.
	mvnExactErr = 1e-15
	// mvnTol is Genz's EPS: a conditional variance or a Cholesky
	// coefficient at most this (on the correlation scale) is zero.
	mvnTol = 1e-10
)

func (m *MultivariateNormal) cdf(fn string, x []float64, opts *MVNCDFOptions) (MVNCDFResult, error) {
	nan := MVNCDFResult{Value: math.NaN(), ErrorEstimate: math.NaN()}
	var o MVNCDFOptions
	if opts != nil {
		o = *opts
	}
	d := m.dim
	if len(x) != d {
		return nan, newErr(ErrShape, fn, "x", "has length %d, the distribution has dimension %d", len(x), d)
	}
	if o.LowerLimit != nil && len(o.LowerLimit) != d {
		return nan, newErr(ErrShape, fn, "opts.LowerLimit", "has length %d, the distribution has dimension %d", len(o.LowerLimit), d)
	}
	if o.MaxPts < 0 {
		return nan, newErr(ErrValue, fn, "opts.MaxPts", "must be non-negative, got %d", o.MaxPts)
	}
	if o.AbsEps < 0 || math.IsNaN(o.AbsEps) {
		return nan, newErr(ErrValue, fn, "opts.AbsEps", "must be non-negative, got %v", o.AbsEps)
	}
	if o.RelEps < 0 || math.IsNaN(o.RelEps) {
		return nan, newErr(ErrValue, fn, "opts.RelEps", "must be non-negative, got %v", o.RelEps)
	}
	maxPts := o.MaxPts
	if maxPts == 0 {
		maxPts = 1000000 * d
	}
	absEps, relEps := o.AbsEps, o.RelEps
	if absEps == 0 {
		absEps = 1e-5
	}
	if relEps == 0 {
		relEps = 1e-5
	}

	// Limits, with SciPy's swap and sign.
	sign := 1.0
	lo := make([]float64, d)
	hi := make([]float64, d)
	for i := range d {
		a, b := math.Inf(-1), x[i]
		if o.LowerLimit != nil {
			a = o.LowerLimit[i]
		}
		if math.IsNaN(a) || math.IsNaN(b) {
			return nan, nil
		}
		if b < a {
			a, b = b, a
			sign = -sign
		}
		lo[i], hi[i] = a, b
	}

	// Standardize; drop unbounded coordinates; zero variances are indicators.
	zero := MVNCDFResult{Value: 0, Converged: true}
	keep := make([]int, 0, d)
	sd := make([]float64, d)
	for i := range d {
		sd[i] = math.Sqrt(m.cov[i*d+i])
		if sd[i] == 0 {
			if !(lo[i] < m.mean[i] && m.mean[i] <= hi[i]) { // X_i = μ_i almost surely
				return zero, nil
			}
			continue
		}
		a := (lo[i] - m.mean[i]) / sd[i]
		b := (hi[i] - m.mean[i]) / sd[i]
		if a == b {
			return zero, nil
		}
		lo[i], hi[i] = a, b
		if math.IsInf(a, -1) && math.IsInf(b, 1) {
			continue
		}
		keep = append(keep, i)
	}
	n := len(keep)
	if n == 0 {
		return MVNCDFResult{Value: sign, Converged: true}, nil
	}
	corr := make([]float64, n*n)
	for p, i := range keep {
		for q, j := range keep {
			r := 1.0
			if p != q {
				r = m.cov[i*d+j] / sd[i] / sd[j] // as SciPy: no underflow of sd[i]·sd[j]
				if math.IsNaN(r) {
					r = 0
				}
				r = math.Max(-1, math.Min(1, r))
			}
			corr[p*n+q] = r
		}
	}

	// Split into blocks of mutually correlated coordinates.
	comp := make([]int, n)
	for p := range comp {
		comp[p] = p
	}
	find := func(p int) int {
		for comp[p] != p {
			comp[p] = comp[comp[p]]
			p = comp[p]
		}
		return p
	}
	for p := range n {
		for q := p + 1; q < n; q++ {
			if corr[p*n+q] != 0 {
				comp[find(p)] = find(q)
			}
		}
	}
	blocks := map[int][]int{}
	var order []int
	for p := range n {
		r := find(p)
		if _, ok := blocks[r]; !ok {
			order = append(order, r)
		}
		blocks[r] = append(blocks[r], p)
	}

	rng := o.Rand
	if rng == nil {
		rng = rand.New(rand.NewPCG(mvnSeed1, mvnSeed2))
	}
	res := MVNCDFResult{Value: 1, Converged: true}
	vals := make([]float64, 0, len(order))
	errs := make([]float64, 0, len(order))
	budget := maxPts
	for _, r := range order {
		blk := blocks[r]
		var v, e float64
		switch len(blk) {
		case 1:
			p := blk[0]
			v, e = mvnPhiInterval(lo[keep[p]], hi[keep[p]]), mvnExactErr
		case 2:
			p, q := blk[0], blk[1]
			v = mvnBVNRect(lo[keep[p]], hi[keep[p]], lo[keep[q]], hi[keep[q]], corr[p*n+q])
			e = mvnExactErr
		default:
			k := len(blk)
			a := make([]float64, k)
			b := make([]float64, k)
			c := make([]float64, k*k)
			for s, p := range blk {
				a[s], b[s] = lo[keep[p]], hi[keep[p]]
				for t, q := range blk {
					c[s*k+t] = corr[p*n+q]
				}
			}
			g := mvnGenz(a, b, c, max(budget, 1), absEps, relEps, rng)
			v, e = g.Value, g.ErrorEstimate
			res.NEval += g.NEval
			res.Converged = res.Converged && g.Converged
			budget -= g.NEval
		}
		vals = append(vals, v)
		errs = append(errs, e)
		res.Value *= v
	}
	// First-order propagation of the blocks' errors through the product.
	for i, e := range errs {
		for j, v := range vals {
			if j != i {
				e *= v
			}
		}
		res.ErrorEstimate += e
	}
	res.Value *= sign
	return res, nil
}

// mvnPhiInterval returns Φ(b) - Φ(a) for a ≤ b, from the upper tails when
// a > 0 so that no digits cancel.
func mvnPhiInterval(a, b float64) float64 {
	if a > 0 {
		return math.Max(0, special.Ndtr(-a)-special.Ndtr(-b))
	}
	return math.Max(0, special.Ndtr(b)-special.Ndtr(a))
}

// mvnBVNRect returns P(a1 < X ≤ b1, a2 < Y ≤ b2) for standard normals X, Y
// with correlation r, from upper-orthant probabilities: a coordinate whose
// lower limit is -Inf is reflected first, so each lower limit is finite.
func mvnBVNRect(a1, b1, a2, b2, r float64) float64 {
	if math.IsInf(a1, -1) {
		a1, b1, r = -b1, math.Inf(1), -r
	}
	if math.IsInf(a2, -1) {
		a2, b2, r = -b2, math.Inf(1), -r
	}
	inf1, inf2 := math.IsInf(b1, 1), math.IsInf(b2, 1)
	p := mvnBVU(a1, a2, r)
	if !inf1 {
		p -= mvnBVU(b1, a2, r)
	}
	if !inf2 {
		p -= mvnBVU(a1, b2, r)
	}
	if !inf1 && !inf2 {
		p += mvnBVU(b1, b2, r)
	}
	return math.Max(0, math.Min(1, p))
}

// mvnGaussLegendre holds the negative halves of the 6-, 12- and 20-point
// Gauss–Legendre rules on [-1, 1] (nodes and weights), computed once by
// Newton's method on the Legendre recurrence.
var mvnGaussLegendre = sync.OnceValue(func() [3][2][]float64 {
	var out [3][2][]float64
	for r, n := range [3]int{6, 12, 20} {
		x := make([]float64, n/2)
		w := make([]float64, n/2)
		for i := range n / 2 {
			z := -math.Cos(math.Pi * (float64(i) + 0.75) / (float64(n) + 0.5))
			var dp float64
			for range 100 {
				p0, p1 := 1.0, z
				for k := 2; k <= n; k++ {
					p0, p1 = p1, ((2*float64(k)-1)*z*p1-(float64(k)-1)*p0)/float64(k)
				}
				dp = float64(n) * (z*p1 - p0) / (z*z - 1)
				dz := p1 / dp
				z -= dz
				if math.Abs(dz) < 1e-17 {
					break
				}
			}
			x[i] = z
			w[i] = 2 / ((1 - z*z) * dp * dp)
		}
		out[r] = [2][]float64{x, w}
	}
	return out
})

// mvnBVU returns P(X > h, Y > k) for standard normals X, Y with
// correlation r (|r| ≤ 1), by Genz's form of the Drezner–Wesolowsky
// method: Gauss–Legendre quadrature of Plackett's identity in asin(r) for
// |r| < 0.925, and of the integral in √(1-r²) with its singular part
// removed in closed form above; mvnBVUNegTail where those cancel. Absolute
// accuracy about 1e-15, relative about 1e-13.
func mvnBVU(h, k, r float64) float64 {
	switch {
	case h >= 39 || k >= 39: // below Φ(-39), under the smallest subnormal
		return 0
	case h <= -39:
		return special.Ndtr(-k)
	case k <= -39:
		return special.Ndtr(-h)
	}
	if r < 0 && h > 0 && k > 0 {
		return mvnBVUNegTail(h, k, r)
	}
	gl := mvnGaussLegendre()
	var rule [2][]float64
	// Genz's choice by |r|; far out (h² + k² > 20) the Plackett integrand
	// is sharply peaked, so the 20-point rule keeps relative accuracy.
	switch ar, hs := math.Abs(r), h*h+k*k; {
	case ar < 0.3 && hs <= 20:
		rule = gl[0]
	case ar < 0.75 && hs <= 20:
		rule = gl[1]
	default:
		rule = gl[2]
	}
	x, w := rule[0], rule[1]
	hk := h * k
	if math.Abs(r) < 0.925 {
		hs := (h*h + k*k) / 2
		asr := math.Asin(r)
		s := 0.0
		for i := range x {
			for _, sg := range [2]float64{-1, 1} {
				sn := math.Sin(asr * (sg*x[i] + 1) / 2)
				s += w[i] * math.Exp((sn*hk-hs)/(1-sn*sn))
			}
		}
		return s*asr/(4*math.Pi) + special.Ndtr(-h)*special.Ndtr(-k)
	}
	if r < 0 {
		k, hk = -k, -hk
	}
	s := 0.0
	if math.Abs(r) < 1 {
		as := (1 - r) * (1 + r)
		a := math.Sqrt(as)
		bs := (h - k) * (h - k)
		c := (4 - hk) / 8
		d := (12 - hk) / 16
		s = a * math.Exp(-(bs/as+hk)/2) * (1 - c*(bs-as)*(1-d*bs/5)/3 + c*d*as*as/5)
		if hk > -160 {
			b := math.Sqrt(bs)
			s -= math.Exp(-hk/2) * math.Sqrt(2*math.Pi) * special.Ndtr(-b/a) * b * (1 - c*bs*(1-d*bs/5)/3)
		}
		a /= 2
		for i := range x {
			for _, sg := range [2]float64{-1, 1} {
				xs := a * (sg*x[i] + 1)
				xs *= xs
				rs := math.Sqrt(1 - xs)
				e := -(bs/xs + hk) / 2
				if e > -100 {
					s += a * w[i] * math.Exp(e) * (math.Exp(-hk*(1-rs)/(2*(1+rs)))/rs - (1 + c*xs*(1+d*xs)))
				}
			}
		}
		s = -s / (2 * math.Pi)
	}
	if r > 0 {
		return s + special.Ndtr(-math.Max(h, k))
	}
	return -s + math.Max(0, special.Ndtr(-h)-special.Ndtr(-k))
}

// mvnBVUNegTail returns P(X > h, Y > k) for h, k > 0 and -1 ≤ r < 0,
// where the probability is below Φ(-h)·Φ(-k) and Genz's formulas, which
// subtract terms of that size, keep only absolute accuracy. It integrates
// φ(t)·Φ(-(k - r·t)/√(1-r²)) over t > h by composite 20-point
// Gauss–Legendre: the integrand is log-concave, so it falls below 1e-17 of
// its value at h within min(40/λ, 9) of h, λ its logarithmic slope there,
// and 8 panels over that range resolve it to rounding.
func mvnBVUNegTail(h, k, r float64) float64 {
	if r <= -1 {
		return 0 // Y = -X: X > h > 0 and -X > k > 0 are disjoint
	}
	sr := math.Sqrt((1 - r) * (1 + r))
	slope := -r / sr
	c := (k - r*h) / sr
	lam := h + slope*mvnNormPDF(c)/special.Ndtr(-c) // -(log integrand)' at h
	width := 9.0
	if lam > 0 {
		width = math.Min(width, 40/lam)
	}
	gl := mvnGaussLegendre()[2]
	x, w := gl[0], gl[1]
	const panels = 8
	pw := width / panels
	sum := 0.0
	for p := range panels {
		mid := h + (float64(p)+0.5)*pw
		for i := range x {
			for _, sg := range [2]float64{-1, 1} {
				t := mid + sg*x[i]*pw/2
				sum += w[i] * mvnNormPDF(t) * special.Ndtr(-(k-r*t)/sr)
			}
		}
	}
	return sum * pw / 2
}

// mvnRowC is one constraint a ≤ Σ_{j≤k} c[j]·z[j] ≤ b of the separated
// integrand, attached to integration variable k = len(c)-1 (c[k] ≠ 0).
type mvnRowC struct {
	a, b float64
	c    []float64
}

// mvnIntegrand is Genz's transformed integrand: groups[k] holds the
// constraints whose last nonzero coefficient is on variable k.
type mvnIntegrand struct {
	groups [][]mvnRowC
}

// eval returns the integrand at w ∈ [0,1]^(len(groups)-1), using z as
// scratch of the same length.
func (g *mvnIntegrand) eval(w, z []float64) float64 {
	nk := len(g.groups)
	f := 1.0
	for k := range nk {
		lo, hi := math.Inf(-1), math.Inf(1)
		for _, row := range g.groups[k] {
			s := 0.0
			for j, cj := range row.c[:k] {
				s += cj * z[j]
			}
			c := row.c[k]
			l, u := (row.a-s)/c, (row.b-s)/c
			if c < 0 {
				l, u = u, l
			}
			if l > lo {
				lo = l
			}
			if u < hi {
				hi = u
			}
		}
		if !(hi > lo) {
			return 0
		}
		last := k == nk-1
		var p, zk float64
		if lo > 0 { // upper tail: work with survival values
			sl, su := special.Ndtr(-lo), 0.0
			if hi < math.Inf(1) {
				su = special.Ndtr(-hi)
			}
			p = sl - su
			if !last {
				zk = -special.Ndtri(sl - w[k]*p)
			}
		} else {
			dl, eu := 0.0, 1.0
			if lo > math.Inf(-1) {
				dl = special.Ndtr(lo)
			}
			if hi < math.Inf(1) {
				eu = special.Ndtr(hi)
			}
			p = eu - dl
			if !last {
				zk = special.Ndtri(dl + w[k]*p)
			}
		}
		if !(p > 0) {
			return 0
		}
		f *= p
		if !last {
			// Keep z inside its interval (and finite) despite rounding.
			if zk < lo {
				zk = lo
			}
			if zk > hi {
				zk = hi
			}
			if zk < -40 {
				zk = -40
			} else if zk > 40 {
				zk = 40
			}
			z[k] = zk
		}
	}
	return f
}

// mvnGenz estimates P(a < X ≤ b) for X standard normal with the m×m
// correlation matrix corr (row-major, m ≥ 3 in practice, positive
// semidefinite up to rounding) by Genz's separation of variables.
func mvnGenz(a, b, corr []float64, maxPts int, absEps, relEps float64, rng *rand.Rand) MVNCDFResult {
	m := len(a)
	A := append([]float64(nil), a...)
	B := append([]float64(nil), b...)
	C := append([]float64(nil), corr...)
	L := make([]float64, m*m)
	y := make([]float64, m)
	rank := m
	for i := range m {
		// Genz's ordering: the variable with the smallest conditional
		// probability given the expected values of those before it.
		best, bestP := -1, math.Inf(1)
		var bestV, bestLo, bestHi float64
		for j := i; j < m; j++ {
			v := C[j*m+j]
			s := 0.0
			for k := range i {
				v -= L[j*m+k] * L[j*m+k]
				s += L[j*m+k] * y[k]
			}
			if v <= mvnTol {
				continue
			}
			sv := math.Sqrt(v)
			l, u := (A[j]-s)/sv, (B[j]-s)/sv
			if p := mvnPhiInterval(l, u); p <= bestP {
				best, bestP, bestV, bestLo, bestHi = j, p, sv, l, u
			}
		}
		if best < 0 {
			rank = i
			break
		}
		if best != i {
			A[i], A[best] = A[best], A[i]
			B[i], B[best] = B[best], B[i]
			for k := range m {
				C[i*m+k], C[best*m+k] = C[best*m+k], C[i*m+k]
			}
			for k := range m {
				C[k*m+i], C[k*m+best] = C[k*m+best], C[k*m+i]
			}
			for k := range i {
				L[i*m+k], L[best*m+k] = L[best*m+k], L[i*m+k]
			}
		}
		L[i*m+i] = bestV
		for l := i + 1; l < m; l++ {
			s := C[l*m+i]
			for k := range i {
				s -= L[l*m+k] * L[i*m+k]
			}
			L[l*m+i] = s / bestV
		}
		// Expected value of the truncated standard normal on (lo, hi).
		switch {
		case bestP > mvnTol:
			y[i] = (mvnNormPDF(bestLo) - mvnNormPDF(bestHi)) / bestP
		case math.IsInf(bestLo, -1):
			y[i] = bestHi
		case math.IsInf(bestHi, 1):
			y[i] = bestLo
		default:
			y[i] = (bestLo + bestHi) / 2
		}
	}
	if rank == 0 { // cannot happen for a correlation matrix; be safe
		return MVNCDFResult{Value: 1, ErrorEstimate: mvnExactErr, Converged: true}
	}

	g := &mvnIntegrand{groups: make([][]mvnRowC, rank)}
	for i := range rank {
		g.groups[i] = append(g.groups[i], mvnRowC{A[i], B[i], L[i*m : i*m+i+1]})
	}
	for l := rank; l < m; l++ {
		last := -1
		for k := rank - 1; k >= 0; k-- {
			if math.Abs(L[l*m+k]) > mvnTol {
				last = k
				break
			}
		}
		if last < 0 { // a degenerate variable identically 0 on this scale
			if !(A[l] <= 0 && 0 <= B[l]) {
				return MVNCDFResult{Converged: true}
			}
			continue
		}
		g.groups[last] = append(g.groups[last], mvnRowC{A[l], B[l], L[l*m : l*m+last+1]})
	}
	if rank == 1 {
		return MVNCDFResult{Value: g.eval(nil, nil), ErrorEstimate: mvnExactErr, Converged: true}
	}
	return mvnLattice(g, rank-1, maxPts, absEps, relEps, rng)
}

// mvnNormPDF is the standard normal density, 0 at ±Inf.
func mvnNormPDF(x float64) float64 {
	if math.IsInf(x, 0) {
		return 0
	}
	return math.Exp(-x*x/2) / math.Sqrt(2*math.Pi)
}

// mvnLattice integrates g over [0,1]^nd by randomized rank-1 lattice
// rules: each round averages 8 independently shifted copies of an n-point
// Korobov lattice {i·z/n} (n prime, z from mvnKorobov), tent-periodized
// and with antithetic pairs; rounds grow n by about 3/2 and are combined
// with inverse-variance weights (as Genz's DKBVRC) until 3.5 standard
// errors meet the tolerance or the next round would exceed maxPts
// evaluations.
func mvnLattice(g *mvnIntegrand, nd, maxPts int, absEps, relEps float64, rng *rand.Rand) MVNCDFResult {
	const nShift = 8
	n := mvnNextPrime(int(31 * math.Pow(1.5, float64(min(nd, 10)-1))))
	shift := make([]float64, nd)
	zgen := make([]int, nd)
	w := make([]float64, nd)
	z := make([]float64, nd)
	var res MVNCDFResult
	var est, estVar float64
	first := true
	for {
		cost := 2 * nShift * n
		if res.NEval+cost > maxPts {
			if !first {
				break
			}
			n = max(1, min(maxPts/(2*nShift), 1<<30))
			cost = 2 * nShift * n
		}
		copy(zgen, mvnKorobov(n, nd))
		var sum, sumSq float64
		for range nShift {
			for j := range shift {
				shift[j] = rng.Float64()
			}
			v := 0.0
			for i := range n {
				for j := range w {
					t := float64(i*zgen[j]%n)/float64(n) + shift[j]
					if t >= 1 {
						t--
					}
					w[j] = math.Abs(2*t - 1)
				}
				f := g.eval(w, z)
				for j := range w {
					w[j] = 1 - w[j]
				}
				v += f + g.eval(w, z)
			}
			v /= float64(2 * n)
			sum += v
			sumSq += v * v
		}
		res.NEval += cost
		mean := sum / nShift
		varMean := math.Max(0, (sumSq-sum*mean)/(nShift*(nShift-1)))
		switch {
		case first || varMean == 0:
			est, estVar = mean, varMean
		case estVar > 0:
			wt := estVar / (estVar + varMean)
			est += wt * (mean - est)
			estVar = estVar * varMean / (estVar + varMean)
		}
		first = false
		res.ErrorEstimate = 3.5 * math.Sqrt(estVar)
		if res.ErrorEstimate <= math.Max(absEps, relEps*math.Abs(est)) {
			res.Converged = true
			break
		}
		if n < 1<<30 { // keeps i·z below 2⁶⁰
			n = mvnNextPrime(n * 3 / 2)
		}
	}
	res.Value = math.Max(0, math.Min(1, est))
	return res
}

// mvnKorobovCache holds the chosen Korobov multipliers by (n, nd), at
// most mvnKorobovMax of them (the lattice sizes form one fixed sequence,
// so few keys recur).
var (
	mvnKorobovMu    sync.Mutex
	mvnKorobovCache = map[[2]int]int{}
)

const mvnKorobovMax = 4096

// mvnKorobov returns a Korobov generating vector (1, a, a², …) mod n for
// an n-point lattice in nd dimensions, a chosen among up to 32 fixed
// candidates (fewer for large n·nd, to bound the search to ~2e7 steps) by
// the smallest P₂ figure of merit with product weights 0.8^j, which favour
// the first variables, the ones Genz's ordering makes most important.
func mvnKorobov(n, nd int) []int {
	key := [2]int{n, nd}
	mvnKorobovMu.Lock()
	a, ok := mvnKorobovCache[key]
	mvnKorobovMu.Unlock()
	if !ok {
		a = mvnKorobovSearch(n, nd)
		mvnKorobovMu.Lock()
		if len(mvnKorobovCache) < mvnKorobovMax {
			mvnKorobovCache[key] = a
		}
		mvnKorobovMu.Unlock()
	}
	out := make([]int, nd)
	out[0] = 1
	for j := 1; j < nd; j++ {
		out[j] = out[j-1] * a % n
	}
	return out
}

// mvnKorobovSearch returns the multiplier mvnKorobov uses.
func mvnKorobovSearch(n, nd int) int {
	if n < 5 {
		return 1
	}
	nCand := min(32, max(4, 20000000/(n*nd)))
	gam := make([]float64, nd)
	for j := range gam {
		gam[j] = 2 * math.Pi * math.Pi * math.Pow(0.8, float64(j))
	}
	best, bestA := math.Inf(1), 1
	z := make([]int, nd)
	const golden = 0.6180339887498949
	for c := range nCand {
		a := 2 + int(math.Mod(float64(c+1)*golden, 1)*float64(n-3))
		z[0] = 1
		for j := 1; j < nd; j++ {
			z[j] = z[j-1] * a % n
		}
		sum := 0.0
		for k := range n {
			prod := 1.0
			for j := range nd {
				x := float64(k*z[j]%n) / float64(n)
				prod *= 1 + gam[j]*(x*x-x+1.0/6)
			}
			sum += prod
		}
		if sum < best {
			best, bestA = sum, a
		}
	}
	return bestA
}

// mvnNextPrime returns the smallest prime ≥ n (n ≥ 2).
func mvnNextPrime(n int) int {
	for c := max(n, 2); ; c++ {
		isP := true
		for p := 2; p*p <= c; p++ {
			if c%p == 0 {
				isP = false
				break
			}
		}
		if isP {
			return c
		}
	}
}
