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
	switch alt {
	case Less:
		res.PValue = binomCDF(k, n, p)
		return res, nil
	case Greater:
		res.PValue = binomSF(k-1, n, p)
		return res, nil
	}
	d := binomPMF(k, n, p)
	const rerr = 1 + 1e-7
	np := p * float64(n)
	switch {
	case float64(k) == np:
		res.PValue = 1
	case float64(k) < np:
		ix := binomSearch(func(x int) float64 { return -binomPMF(x, n, p) }, -d*rerr, int(math.Ceil(np)), n)
		y := n - ix
		if d*rerr == binomPMF(ix, n, p) {
			y++
		}
		res.PValue = binomCDF(k, n, p) + binomSF(n-y, n, p)
	default:
		ix := binomSearch(func(x int) float64 { return binomPMF(x, n, p) }, d*rerr, 0, int(math.Floor(np)))
		y := ix + 1
		res.PValue = binomCDF(y-1, n, p) + binomSF(k-1, n, p)
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

// binomPMF is the binomial probability of k successes in n trials, from
// log-gamma functions (relative error about 1e-14·log n).
func binomPMF(k, n int, p float64) float64 {
	if k < 0 || k > n {
		return 0
	}
	switch p {
	case 0:
		if k == 0 {
			return 1
		}
		return 0
	case 1:
		if k == n {
			return 1
		}
		return 0
	}
	fk, fn := float64(k), float64(n)
	lc := special.Gammaln(fn+1) - special.Gammaln(fk+1) - special.Gammaln(fn-fk+1)
	return math.Exp(lc + special.Xlogy(fk, p) + special.Xlog1py(fn-fk, -p))
}

// binomCDF is P(X ≤ k), I_{1-p}(n-k, k+1).
func binomCDF(k, n int, p float64) float64 {
	switch {
	case k < 0:
		return 0
	case k >= n:
		return 1
	}
	return special.Bdtr(float64(k), float64(n), p)
}

// binomSF is P(X > k), I_p(k+1, n-k), computed directly.
func binomSF(k, n int, p float64) float64 {
	switch {
	case k < 0:
		return 1
	case k >= n:
		return 0
	}
	return special.Betainc(float64(k+1), float64(n-k), p)
}
