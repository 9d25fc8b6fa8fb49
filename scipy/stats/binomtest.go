package stats

import (
	"math"

	"github.com/goscipy/goscipy/scipy/special"
)

// BinomTestResult is the result of BinomTest, with SciPy's fields:
// Statistic is the estimated proportion K/N.
type BinomTestResult struct {
	K, N        int
	Alternative Alternative
	Statistic   float64
	PValue      float64
}

// BinomTestOptions are the options of BinomTest; nil is SciPy's default
// (p = 0.5 is not an option: pass it; two-sided).
type BinomTestOptions struct {
	Alternative Alternative
}

// BinomTest is the exact test that the success probability of a Bernoulli
// experiment is p, given k successes in n trials, scipy.stats.binomtest.
// The two-sided p-value sums the probabilities of all outcomes no more
// likely than k (with SciPy's relative tolerance 1e-7 in that comparison),
// found by SciPy's binary search on the other side of the mode.
//
// Errors: ErrValue when n < 1, k is outside [0, n], p is outside [0, 1],
// or for an unknown Alternative.
func BinomTest(k, n int, p float64, opts *BinomTestOptions) (BinomTestResult, error) {
	const fn = "BinomTest"
	var o BinomTestOptions
	if opts != nil {
		o = *opts
	}
	res := BinomTestResult{K: k, N: n, Statistic: math.NaN(), PValue: math.NaN()}
	alt, err := checkAlt(fn, o.Alternative)
	if err != nil {
		return res, err
	}
	res.Alternative = alt
	switch {
	case n < 1:
		return res, newErr(ErrValue, fn, "n", "must be at least 1, got %d", n)
	case k < 0 || k > n:
		return res, newErr(ErrValue, fn, "k", "must be in [0, n] = [0, %d], got %d", n, k)
	case !(p >= 0 && p <= 1):
		return res, newErr(ErrValue, fn, "p", "must be in [0, 1], got %v", p)
	}
	res.Statistic = float64(k) / float64(n)
	b, err := NewBinom(n, p, 0)
	if err != nil {
		return res, err
	}
	binomPMF := func(x int) float64 { return b.PMF(float64(x)) }
	binomCDF := func(x int) float64 { return b.CDF(float64(x)) }
	binomSF := func(x int) float64 { return b.SF(float64(x)) }
	switch alt {
	case Less:
		res.PValue = binomCDF(k)
		return res, nil
	case Greater:
		res.PValue = binomSF(k - 1)
		return res, nil
	}
	d := binomPMF(k)
	const rerr = 1 + 1e-7
	np := p * float64(n)
	switch {
	case float64(k) == np:
		res.PValue = 1
	case float64(k) < np:
		ix := binomSearch(func(x int) float64 { return -binomPMF(x) }, -d*rerr, int(math.Ceil(np)), n)
		y := n - ix
		if d*rerr == binomPMF(ix) {
			y++
		}
		res.PValue = binomCDF(k) + binomSF(n-y)
	default:
		ix := binomSearch(binomPMF, d*rerr, 0, int(math.Floor(np)))
		y := ix + 1
		res.PValue = binomCDF(y-1) + binomSF(k-1)
	}
	res.PValue = math.Min(1, res.PValue)
	return res, nil
}

// binomSearch is SciPy's _binary_search_for_binom_tst: on [lo, hi], where
// a is increasing, the largest x with a(x) ≤ d (or lo-1). The loop halves
// hi-lo each time, so it runs at most log₂(n)+1 times.
func binomSearch(a func(int) float64, d float64, lo, hi int) int {
	for lo < hi {
		mid := lo + (hi-lo)/2
		switch v := a(mid); {
		case v < d:
			lo = mid + 1
		case v > d:
			hi = mid - 1
		default:
			return mid
		}
	}
	if a(lo) <= d {
		return lo
	}
	return lo - 1
}

// ProportionCI returns the Clopper–Pearson (exact) confidence interval of
// the success probability at the given level, as SciPy's
// BinomTestResult.proportion_ci(method="exact"), one-sided for Less and
// Greater.
//
// Errors: ErrValue for a level outside [0, 1].
func (r BinomTestResult) ProportionCI(level float64) (lo, hi float64, err error) {
	if !(level >= 0 && level <= 1) {
		return math.NaN(), math.NaN(), newErr(ErrValue, "BinomTestResult.ProportionCI", "level", "must be in [0, 1], got %v", level)
	}
	k, n := float64(r.K), float64(r.N)
	alpha := 1 - level
	if r.Alternative == TwoSided || r.Alternative == "" {
		alpha /= 2
	}
	lo, hi = 0, 1
	if r.Alternative != Less && r.K > 0 {
		lo = special.Betaincinv(k, n-k+1, alpha)
	}
	if r.Alternative != Greater && r.K < r.N {
		// The upper end is Beta(k+1, n-k)'s inverse survival function,
		// 1 - Betaincinv(n-k, k+1, α) without rounding 1-α.
		hi = 1 - special.Betaincinv(n-k, k+1, alpha)
	}
	return lo, hi, nil
}
