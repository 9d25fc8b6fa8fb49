package stats

import (
	"cmp"
	"math"
	"slices"
)

// BarnardExactOptions are the options of BarnardExact; nil is SciPy's
// default (two-sided, pooled variance).
type BarnardExactOptions struct {
	// Alternative is the alternative about the success probabilities p₁
	// and p₂ of the two columns: TwoSided (the default, also ""), Less
	// (p₁ < p₂) or Greater (p₁ > p₂).
	Alternative Alternative
	// Unpooled uses the unpooled variance p̂₁(1-p̂₁)/c₁ + p̂₂(1-p̂₂)/c₂ in
	// the Wald statistic (SciPy's pooled=False); the default pools the two
	// columns.
	Unpooled bool
}

// cvmMaxCells bounds the tables BarnardExact and BoschlooExact accept:
// (c₁+1)(c₂+1) for the column sums c₁ and c₂.
const cvmMaxCells = 1 << 24

// cvmRefine is the number of grid local maxima refined, highest first.
const cvmRefine = 16

// cvmGrid is the number of equally spaced nuisance values at which the
// p-value is evaluated before its local maxima are refined.
const cvmGrid = 1000

// BarnardExact is Barnard's exact test of a 2×2 contingency table,
// scipy.stats.barnard_exact: the columns of table are two independent
// binomial samples (successes in row 0) and the null hypothesis is that
// their success probabilities are equal. Statistic is the Wald statistic
// of the observed table (0 where the two proportions are equal); PValue
// is the largest, over the common success probability π in [0, 1], of
// the probability under π of the tables with the same column sums whose
// Wald statistic is at least as extreme. DF is NaN.
//
// SciPy maximizes over π with scipy.optimize.shgo (32 Sobol points and a
// local search); BarnardExact evaluates the p-value, a polynomial in π,
// on a grid of 1001 points and refines every local maximum by golden
// section to |Δπ| < 1e-12, so it finds the same maximum where SciPy does
// (within 1.3e-13 relative in the golden tests), or a larger one where
// shgo misses the global maximum.
//
// A table with a zero column sum gives Statistic NaN and PValue 1, as
// SciPy.
//
// Errors: ErrValue for a negative entry, an unknown Alternative, or
// column sums so large that (c₁+1)(c₂+1) exceeds 2²⁴.
func BarnardExact(table [2][2]int, opts *BarnardExactOptions) (TestResult, error) {
	const fn = "BarnardExact"
	var o BarnardExactOptions
	if opts != nil {
		o = *opts
	}
	alt, err := checkAlt(fn, o.Alternative)
	if err != nil {
		return nanResult(), err
	}
	c1, c2, err := cvmCheckTable(fn, table)
	if err != nil {
		return nanResult(), err
	}
	if c1 == 0 || c2 == 0 {
		return TestResult{Statistic: math.NaN(), PValue: 1, DF: math.NaN()}, nil
	}
	f1, f2 := float64(c1), float64(c2)
	wald := func(x1, x2 int) float64 {
		p1, p2 := float64(x1)/f1, float64(x2)/f2
		if p1 == p2 {
			return 0
		}
		var v float64
		if o.Unpooled {
			v = float64(p1*(1-p1))/f1 + float64(p2*(1-p2))/f2
		} else {
			p := float64(x1+x2) / float64(c1+c2)
			v = float64(p*(1-p)) * (1/f1 + 1/f2)
		}
		return (p1 - p2) / math.Sqrt(v)
	}
	obs := wald(table[0][0], table[0][1])
	in := func(x1, x2 int) bool {
		w := wald(x1, x2)
		switch alt {
		case Less:
			return w <= obs
		case Greater:
			return w >= obs
		}
		return math.Abs(w) >= math.Abs(obs)
	}
	p := cvmMaxNuisance(c1, c2, in)
	return TestResult{Statistic: obs, PValue: p, DF: math.NaN()}, nil
}

// BoschlooExactOptions are the options of BoschlooExact; nil is SciPy's
// default (two-sided).
type BoschlooExactOptions struct {
	// Alternative is the alternative about the success probabilities p₁
	// and p₂ of the two columns: TwoSided (the default, also ""), Less
	// (p₁ < p₂) or Greater (p₁ > p₂).
	Alternative Alternative
}

// BoschlooExact is Boschloo's exact test of a 2×2 contingency table,
// scipy.stats.boschloo_exact: as BarnardExact, with the one-sided Fisher
// exact p-value as the statistic ordering the tables. For Less,
// Statistic is the hypergeometric CDF of table[0][0] given the margins
// (Fisher's one-sided p-value) and PValue the largest, over the common
// success probability π, of the probability of the tables whose Fisher
// p-value is at most Statistic·(1+1e-13) (SciPy's guard against rounding);
// Greater uses the second column; TwoSided is twice the smaller one-sided
// p-value, at most 1, with that side's Statistic. The maximization is
// BarnardExact's (SciPy uses shgo). DF is NaN.
//
// A table with a zero column sum gives Statistic and PValue NaN, as
// SciPy.
//
// Errors: ErrValue for a negative entry, an unknown Alternative, or
// column sums so large that (c₁+1)(c₂+1) exceeds 2²⁴.
func BoschlooExact(table [2][2]int, opts *BoschlooExactOptions) (TestResult, error) {
	const fn = "BoschlooExact"
	var o BoschlooExactOptions
	if opts != nil {
		o = *opts
	}
	alt, err := checkAlt(fn, o.Alternative)
	if err != nil {
		return nanResult(), err
	}
	c1, c2, err := cvmCheckTable(fn, table)
	if err != nil {
		return nanResult(), err
	}
	if c1 == 0 || c2 == 0 {
		return nanResult(), nil
	}
	if alt == TwoSided {
		less := cvmBoschlooSide(table, c1, c2, Less)
		greater := cvmBoschlooSide(table, c1, c2, Greater)
		r := greater
		if less.PValue < greater.PValue {
			r = less
		}
		r.PValue = math.Max(0, math.Min(1, 2*r.PValue))
		return r, nil
	}
	return cvmBoschlooSide(table, c1, c2, alt), nil
}

// cvmBoschlooSide is the one-sided Boschloo test (alt Less or Greater)
// of a table with positive column sums c1 and c2.
func cvmBoschlooSide(table [2][2]int, c1, c2 int, alt Alternative) TestResult {
	total := c1 + c2
	// fisher[x1*(c2+1)+x2] is the one-sided Fisher p-value of the table
	// with x1 and x2 successes.
	fisher := make([]float64, (c1+1)*(c2+1))
	for x1 := 0; x1 <= c1; x1++ {
		for x2 := 0; x2 <= c2; x2++ {
			var h *Hypergeom
			var k int
			if alt == Less {
				h, _ = NewHypergeom(total, x1+x2, c1, 0)
				k = x1
			} else {
				h, _ = NewHypergeom(total, x1+x2, c2, 0)
				k = x2
			}
			fisher[x1*(c2+1)+x2] = h.CDF(float64(k))
		}
	}
	obs := fisher[table[0][0]*(c2+1)+table[0][1]]
	limit := obs * (1 + 1e-13)
	p := cvmMaxNuisance(c1, c2, func(x1, x2 int) bool { return fisher[x1*(c2+1)+x2] <= limit })
	return TestResult{Statistic: obs, PValue: p, DF: math.NaN()}
}

// cvmCheckTable validates a 2×2 table of counts for fn and returns its
// column sums.
func cvmCheckTable(fn string, table [2][2]int) (c1, c2 int, err error) {
	for i := range 2 {
		for j := range 2 {
			if table[i][j] < 0 {
				return 0, 0, newErr(ErrValue, fn, "table", "all values must be nonnegative, table[%d][%d] = %d", i, j, table[i][j])
			}
		}
	}
	c1, c2 = table[0][0]+table[1][0], table[0][1]+table[1][1]
	if c1 < 0 || c2 < 0 || float64(c1+1)*float64(c2+1) > cvmMaxCells {
		return 0, 0, newErr(ErrValue, fn, "table", "column sums %d and %d are too large for the exact test", c1, c2)
	}
	return c1, c2, nil
}

// cvmMaxNuisance returns the supremum over π in [0, 1] of
// P_π(region) = Σ over the (x1, x2) in the region of
// C(c1, x1)·C(c2, x2)·π^s·(1-π)^(c1+c2-s), s = x1 + x2, the probability
// of the region when both columns are binomial with success probability
// π, clipped to [0, 1]. The terms are grouped by s in log space; the
// maximum comes from a grid and golden-section refinement of each grid
// local maximum.
func cvmMaxNuisance(c1, c2 int, in func(x1, x2 int) bool) float64 {
	n := c1 + c2
	lc1, lc2 := cvmLogComb(c1), cvmLogComb(c2)
	// lw[s] = log Σ C(c1, x1)·C(c2, x2) over the region cells with
	// x1 + x2 = s, accumulated as a running log-sum-exp.
	lw := make([]float64, n+1)
	for i := range lw {
		lw[i] = math.Inf(-1)
	}
	for x1 := 0; x1 <= c1; x1++ {
		for x2 := 0; x2 <= c2; x2++ {
			if in(x1, x2) {
				lw[x1+x2] = cvmLogAddExp(lw[x1+x2], lc1[x1]+lc2[x2])
			}
		}
	}
	var ss []int
	for s, v := range lw {
		if !math.IsInf(v, -1) {
			ss = append(ss, s)
		}
	}
	if len(ss) == 0 {
		return 0
	}
	terms := make([]float64, len(ss))
	logp := func(pi float64) float64 {
		lp, lq := math.Log(pi), math.Log1p(-pi)
		m := math.Inf(-1)
		for i, s := range ss {
			t := lw[s]
			if s > 0 {
				t += float64(s) * lp
			}
			if s < n {
				t += float64(n-s) * lq
			}
			terms[i] = t
			m = math.Max(m, t)
		}
		if math.IsInf(m, -1) {
			return m
		}
		var e float64
		for _, t := range terms {
			e += math.Exp(t - m)
		}
		return m + math.Log(e)
	}
	var grid [cvmGrid + 1]float64
	for i := range grid {
		grid[i] = logp(float64(i) / cvmGrid)
	}
	// The local maxima of the grid, highest first; plateaus (a constant
	// P_π) give many, of which the highest cvmRefine are refined.
	var cand []int
	best := math.Inf(-1)
	for i, g := range grid {
		if math.IsInf(g, -1) || (i > 0 && grid[i-1] > g) || (i < cvmGrid && grid[i+1] > g) {
			continue
		}
		cand = append(cand, i)
		best = math.Max(best, g)
	}
	slices.SortStableFunc(cand, func(i, j int) int { return cmp.Compare(grid[j], grid[i]) })
	for _, i := range cand[:min(len(cand), cvmRefine)] {
		lo, hi := float64(max(i-1, 0))/cvmGrid, float64(min(i+1, cvmGrid))/cvmGrid
		best = math.Max(best, cvmGoldenMax(logp, lo, hi))
	}
	return math.Max(0, math.Min(1, math.Exp(best)))
}

// cvmGoldenMax is the largest value of f found by golden-section search
// on [a, b], stopped when the bracket is below 1e-12.
func cvmGoldenMax(f func(float64) float64, a, b float64) float64 {
	const r = 0.6180339887498949 // (√5 - 1)/2
	x1, x2 := b-r*(b-a), a+r*(b-a)
	f1, f2 := f(x1), f(x2)
	for i := 0; i < 100 && b-a > 1e-12; i++ {
		if f1 < f2 {
			a, x1, f1 = x1, x2, f2
			x2 = a + r*(b-a)
			f2 = f(x2)
		} else {
			b, x2, f2 = x2, x1, f1
			x1 = b - r*(b-a)
			f1 = f(x1)
		}
	}
	return math.Max(f1, f2)
}

// cvmLogComb returns log C(n, k) for k = 0..n.
func cvmLogComb(n int) []float64 {
	out := make([]float64, n+1)
	ln, _ := math.Lgamma(float64(n) + 1)
	for k := range out {
		a, _ := math.Lgamma(float64(k) + 1)
		b, _ := math.Lgamma(float64(n-k) + 1)
		out[k] = ln - a - b
	}
	return out
}

// cvmLogAddExp is log(eᵃ + eᵇ) without overflow.
func cvmLogAddExp(a, b float64) float64 {
	if a < b {
		a, b = b, a
	}
	if math.IsInf(b, -1) {
		return a
	}
	return a + math.Log1p(math.Exp(b-a))
}
