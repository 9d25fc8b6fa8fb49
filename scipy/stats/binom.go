package stats

import (
	"math"

	"github.com/goscipy/goscipy/scipy/special"
)

// Binom is the binomial distribution, scipy.stats.binom(n, p, loc): the
// number of successes in n independent trials each succeeding with
// probability p,
//
//	PMF(k) = C(n, k)·pᵏ·(1-p)ⁿ⁻ᵏ,  k = 0…n (shifted by loc).
//
// PMF uses Loader's saddle-point form (stirlerr and bd0, as R's dbinom),
// accurate to ~1e-15 relative at any n (times the exponent's |log PMF|
// ulps where it underflows towards 1e-300); CDF and SF are regularized
// incomplete beta functions, I_(1-p)(n-k, k+1) and I_p(k+1, n-k)
// (special.Betainc), or PMF times a tail series where that is short or
// where 1-p would round, each computed directly, so both tails keep their
// relative accuracy (1e-13 against mpmath up to n = 1e5 in the golden
// tests).
type Binom struct{ discrete }

var _ Discrete = (*Binom)(nil)

// NewBinom returns the binomial distribution with n ≥ 0 trials and
// success probability p in [0, 1], shifted by loc. It returns an ErrValue
// error naming the argument for a negative n, a p outside [0, 1] (or NaN)
// or a non-finite loc.
func NewBinom(n int, p, loc float64) (*Binom, error) {
	const fn = "NewBinom"
	if n < 0 {
		return nil, newErr(ErrValue, fn, "n", "must be non-negative, got %d", n)
	}
	if err := discreteCheckProb(fn, "p", p); err != nil {
		return nil, err
	}
	if err := discreteCheckLoc(fn, loc); err != nil {
		return nil, err
	}
	return &Binom{newDiscrete(binomStd{n: float64(n), p: p}, loc)}, nil
}

// discreteCheckProb validates a probability parameter for the constructor fn.
func discreteCheckProb(fn, arg string, p float64) error {
	if !(p >= 0 && p <= 1) {
		return newErr(ErrValue, fn, arg, "must be in [0, 1], got %v", p)
	}
	return nil
}

// binomSeriesRho is the largest PMF ratio per step for which a tail is
// summed as a series rather than taken from the incomplete beta function
// at a rounded 1-p.
const binomSeriesRho = 0.99

// binomStd is the binomial distribution with loc 0.
type binomStd struct{ n, p float64 }

func (b binomStd) support() (float64, float64) { return 0, b.n }
func (b binomStd) logpmf(k float64) float64    { return loaderBinomLog(k, b.n-k, b.p) }
func (b binomStd) pmf(k float64) float64       { return math.Exp(b.logpmf(k)) }

// binomSeriesVar is the variance up to which both tails are summed as
// series (about 10 standard deviations, ≤ 1000 terms, whose ratios'
// rounding costs ~σ·1e-16): cheaper than the incomplete beta function's
// continued fraction there.
const binomSeriesVar = 1e4

// cdf and sf sum the tail on k's side of the median, PMF times the tail
// series, wherever that is short (the PMF falls by a factor ρ ≤ 0.99 per
// step away from the mean, or the variance is at most 1e4: at most ~4000
// terms), and take the other as 1 minus it: the median is ⌊np⌋ or ⌈np⌉,
// so CDF(k) ≤ 1/2 below ⌊np⌋ and SF(k) ≤ 1/2 from ⌈np⌉ on, and nothing is
// lost; at k = ⌊np⌋ < np both are direct.
// Elsewhere, within ~2.5 standard deviations of the mean of a wide
// distribution, they are I_(1-p)(n-k, k+1) and I_p(k+1, n-k)
// (special.Betainc). 1-p rounds for p < 1/2, by up to 2⁻⁵⁴; the series
// avoid it in the far lower tail, where it would cost ~1e-12 relative at
// n = 1e5 (in proportion to n·|p - k/n|, and 2⁻⁵⁴/p for a small p); near
// the mean it costs at most ~5e-19·n.
func (b binomStd) cdf(k float64) float64 {
	m := b.n * b.p
	if k >= math.Ceil(m) {
		return 1 - b.sf(k)
	}
	if k == 0 || b.ratio(k-1) > 1/binomSeriesRho || m*(1-b.p) <= binomSeriesVar {
		return b.pmf(k) * b.lowerSeries(k)
	}
	return special.Betainc(b.n-k, k+1, 1-b.p)
}

func (b binomStd) sf(k float64) float64 {
	m := b.n * b.p
	if k < math.Floor(m) {
		return 1 - b.cdf(k)
	}
	if k+1 >= b.n || b.ratio(k+1) < binomSeriesRho || m*(1-b.p) <= binomSeriesVar {
		return b.pmf(k+1) * b.upperSeries(k+1)
	}
	return special.Betainc(k+1, b.n-k, b.p)
}

// lowerSeries is Σ_{j≤k} PMF(j)/PMF(k), the terms changing by
// j(1-p)/((n-j+1)p) per step down (ratios that only shrink further down:
// the PMF is log-concave), summed until below 1e-17 of the sum.
func (b binomStd) lowerSeries(k float64) float64 {
	c := (1 - b.p) / b.p
	sum, term := 1.0, 1.0
	for j := k; j > 0; j-- {
		term *= j * c / (b.n - j + 1)
		sum += term
		if term < 1e-17*sum {
			break
		}
	}
	return sum
}

// upperSeries is Σ_{j≥k} PMF(j)/PMF(k), the terms changing by
// (n-j)p/((j+1)(1-p)) per step up, summed until below 1e-17 of the sum.
func (b binomStd) upperSeries(k float64) float64 {
	c := b.p / (1 - b.p)
	sum, term := 1.0, 1.0
	for j := k; j < b.n; j++ {
		term *= (b.n - j) * c / (j + 1)
		sum += term
		if term < 1e-17*sum {
			break
		}
	}
	return sum
}

func (b binomStd) ppf(q float64) float64 { return discretePPF(b, q, discreteNormalGuess(b, q, false)) }
func (b binomStd) isf(q float64) float64 { return discreteISF(b, q, discreteNormalGuess(b, q, true)) }

func (b binomStd) stats() (mean, variance, skew, kurt float64) {
	q := 1 - b.p
	mean = b.n * b.p
	variance = mean * q
	skew = (q - b.p) / math.Sqrt(variance)
	kurt = (1 - 6*b.p*q) / variance
	return mean, variance, skew, kurt
}

// entropy is the sum over the support outward from the mode (SciPy sums
// all n+1 terms).
func (b binomStd) entropy() float64 { return discreteEntropySum(b, true) }

// rawMoment from the factorial moments n(n-1)…(n-k+1)·pᵏ.
func (b binomStd) rawMoment(n int) float64 {
	return discreteRawFromFactorial(n, func(k int) float64 {
		f := 1.0
		for j := range k {
			f *= (b.n - float64(j)) * b.p
		}
		return f
	})
}

func (b binomStd) mode() float64 { return min(b.n, math.Floor((b.n+1)*b.p)) }

func (b binomStd) ratio(k float64) float64 { return (b.n - k) / (k + 1) * (b.p / (1 - b.p)) }
