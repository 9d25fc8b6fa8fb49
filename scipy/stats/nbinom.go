package stats

import (
	"math"

	"github.com/goscipy/goscipy/scipy/special"
)

// NBinom is the negative binomial distribution, scipy.stats.nbinom(n, p,
// loc): the number of failures before the n-th success in trials that
// each succeed with probability p,
//
//	PMF(k) = Γ(n+k)/(Γ(n)·k!)·pⁿ·(1-p)ᵏ,  k = 0, 1, … (shifted by loc),
//
// for real n > 0. PMF is n/(n+k) times the binomial probability of n
// successes in n+k trials, in Loader's saddle-point form (as R's
// dnbinom); CDF and SF are I_p(n, k+1) and I_(1-p)(k+1, n), or PMF times a
// tail series where 1-p would round, each computed directly.
type NBinom struct{ discrete }

var _ Discrete = (*NBinom)(nil)

// NewNBinom returns the negative binomial distribution with n > 0
// successes (not necessarily an integer) of probability p in (0, 1],
// shifted by loc. It returns an ErrValue error naming the argument for an
// n that is not positive and finite, a p outside (0, 1] (or NaN) or a
// non-finite loc.
func NewNBinom(n, p, loc float64) (*NBinom, error) {
	const fn = "NewNBinom"
	if !(n > 0) || math.IsInf(n, 1) {
		return nil, newErr(ErrValue, fn, "n", "must be positive and finite, got %v", n)
	}
	if !(p > 0 && p <= 1) {
		return nil, newErr(ErrValue, fn, "p", "must be in (0, 1], got %v", p)
	}
	if err := discreteCheckLoc(fn, loc); err != nil {
		return nil, err
	}
	return &NBinom{newDiscrete(nbinomStd{n: n, p: p}, loc)}, nil
}

// nbinomStd is the negative binomial distribution with loc 0.
type nbinomStd struct{ n, p float64 }

func (nbinomStd) support() (float64, float64) { return 0, math.Inf(1) }

func (d nbinomStd) logpmf(k float64) float64 {
	return loaderBinomLog(d.n, k, d.p) - math.Log1p(k/d.n)
}

func (d nbinomStd) pmf(k float64) float64 { return math.Exp(d.logpmf(k)) }
func (d nbinomStd) cdf(k float64) float64 { return special.Betainc(d.n, k+1, d.p) }

// sf is I_(1-p)(k+1, n) for p ≥ 1/2. For p < 1/2, where 1-p would round,
// it is 1 - CDF where CDF ≤ 1/2, and beyond PMF(k+1) times the tail series
// wherever that is short (ρ ≤ 0.99 per step up, or a variance of at most
// 1e4), the rounded 1-p only near the median of a wide distribution.
func (d nbinomStd) sf(k float64) float64 {
	if d.p >= 0.5 {
		return special.Betainc(k+1, d.n, 1-d.p)
	}
	if c := d.cdf(k); c <= 0.5 {
		return 1 - c
	}
	if d.ratio(k+1) < binomSeriesRho || d.n*(1-d.p)/(d.p*d.p) <= 1e4 {
		return d.pmf(k+1) * discreteUpperSum(d, k+1)
	}
	return special.Betainc(k+1, d.n, 1-d.p)
}

func (d nbinomStd) ppf(q float64) float64 { return discretePPF(d, q, discreteNormalGuess(d, q, false)) }
func (d nbinomStd) isf(q float64) float64 { return discreteISF(d, q, discreteNormalGuess(d, q, true)) }

func (d nbinomStd) stats() (mean, variance, skew, kurt float64) {
	q := 1 - d.p
	mean = d.n * q / d.p
	variance = mean / d.p
	skew = (2 - d.p) / math.Sqrt(d.n*q)
	kurt = 6/d.n + d.p*d.p/(d.n*q)
	return mean, variance, skew, kurt
}

// entropy sums -pmf·log pmf outward from the mode, as SciPy does.
func (d nbinomStd) entropy() float64 { return discreteEntropySum(d, true) }

// rawMoment from the factorial moments n(n+1)…(n+k-1)·((1-p)/p)ᵏ.
func (d nbinomStd) rawMoment(n int) float64 {
	r := (1 - d.p) / d.p
	return discreteRawFromFactorial(n, func(k int) float64 {
		f := 1.0
		for j := range k {
			f *= (d.n + float64(j)) * r
		}
		return f
	})
}

func (d nbinomStd) mode() float64 {
	if d.n <= 1 {
		return 0
	}
	return math.Floor((d.n - 1) * (1 - d.p) / d.p)
}

func (d nbinomStd) ratio(k float64) float64 { return (k + d.n) / (k + 1) * (1 - d.p) }
