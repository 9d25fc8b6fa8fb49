package stats

import (
	"math"

	"github.com/goscipy/goscipy/scipy/special"
)

// Poisson is the Poisson distribution, scipy.stats.poisson(mu, loc):
//
//	PMF(k) = e^(-mu)·muᵏ/k!,  k = 0, 1, … (shifted by loc).
//
// PMF uses Loader's saddle-point form (as R's dpois), accurate to ~1e-15
// relative for any mu; CDF and SF are the regularized incomplete gamma
// functions Q(k+1, mu) and P(k+1, mu), each computed directly.
type Poisson struct{ discrete }

var _ Discrete = (*Poisson)(nil)

// NewPoisson returns the Poisson distribution with mean mu ≥ 0, shifted by
// loc. It returns an ErrValue error naming the argument for a negative,
// infinite or NaN mu or a non-finite loc.
func NewPoisson(mu, loc float64) (*Poisson, error) {
	const fn = "NewPoisson"
	if !(mu >= 0) || math.IsInf(mu, 1) {
		return nil, newErr(ErrValue, fn, "mu", "must be non-negative and finite, got %v", mu)
	}
	if err := discreteCheckLoc(fn, loc); err != nil {
		return nil, err
	}
	return &Poisson{newDiscrete(poissonStd{mu: mu}, loc)}, nil
}

// poissonStd is the Poisson distribution with loc 0.
type poissonStd struct{ mu float64 }

func (poissonStd) support() (float64, float64) { return 0, math.Inf(1) }
func (p poissonStd) logpmf(k float64) float64  { return loaderPoissonLog(k, p.mu) }
func (p poissonStd) pmf(k float64) float64     { return math.Exp(loaderPoissonLog(k, p.mu)) }

func (p poissonStd) cdf(k float64) float64 {
	if p.mu == 0 {
		return 1
	}
	return special.Gammaincc(k+1, p.mu)
}

func (p poissonStd) sf(k float64) float64 {
	if p.mu == 0 {
		return 0
	}
	return special.Gammainc(k+1, p.mu)
}

func (p poissonStd) ppf(q float64) float64 {
	return discretePPF(p, q, discreteNormalGuess(p, q, false))
}
func (p poissonStd) isf(q float64) float64 { return discreteISF(p, q, discreteNormalGuess(p, q, true)) }

func (p poissonStd) stats() (mean, variance, skew, kurt float64) {
	return p.mu, p.mu, 1 / math.Sqrt(p.mu), 1 / p.mu
}

// poissonEntropyAsym is where the entropy switches from the sum to the
// asymptotic series: its first omitted term is O(mu⁻⁴) < 1e-20 there.
const poissonEntropyAsym = 1e5

// entropy sums -pmf·log pmf outward from the mode below mu = 1e5 (SciPy
// sums too) and above uses the asymptotic series
// ½·log(2πe·mu) - 1/(12mu) - 1/(24mu²) - 19/(360mu³).
func (p poissonStd) entropy() float64 {
	if p.mu >= poissonEntropyAsym {
		m := p.mu
		return 0.5*math.Log(2*math.Pi*math.E*m) - (1.0/12+(1.0/24+19.0/360/m)/m)/m
	}
	return discreteEntropySum(p, true)
}

// rawMoment from the factorial moments muᵏ (Touchard's polynomials).
func (p poissonStd) rawMoment(n int) float64 {
	return discreteRawFromFactorial(n, func(k int) float64 { return math.Pow(p.mu, float64(k)) })
}

func (p poissonStd) mode() float64           { return math.Floor(p.mu) }
func (p poissonStd) ratio(k float64) float64 { return p.mu / (k + 1) }
