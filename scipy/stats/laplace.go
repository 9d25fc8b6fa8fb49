package stats

import (
	"math"
	"math/rand/v2"
)

// Laplace is the Laplace (double exponential) distribution,
// scipy.stats.laplace(loc, scale): PDF(x) = exp(-|y|)/(2·scale).
type Laplace struct{ continuous }

// NewLaplace returns the Laplace distribution centred at loc with scale
// scale. It returns an ErrValue error unless loc is finite and scale is
// positive and finite.
func NewLaplace(loc, scale float64) (*Laplace, error) {
	if err := checkLocScale("NewLaplace", loc, scale); err != nil {
		return nil, err
	}
	return &Laplace{continuous{std: laplaceStd{}, loc: loc, scale: scale}}, nil
}

type laplaceStd struct{}

func (laplaceStd) support() (float64, float64) { return math.Inf(-1), math.Inf(1) }
func (laplaceStd) pdf(y float64) float64       { return 0.5 * math.Exp(-math.Abs(y)) }
func (laplaceStd) logpdf(y float64) float64    { return -math.Abs(y) - math.Ln2 }

func (laplaceStd) cdf(y float64) float64 {
	if y < 0 {
		return 0.5 * math.Exp(y)
	}
	return 1 - 0.5*math.Exp(-y)
}

func (laplaceStd) logcdf(y float64) float64 {
	if y < 0 {
		return y - math.Ln2
	}
	return math.Log1p(-0.5 * math.Exp(-y))
}

func (l laplaceStd) sf(y float64) float64    { return l.cdf(-y) }
func (l laplaceStd) logsf(y float64) float64 { return l.logcdf(-y) }

// ppf is log(2q) below the median and -log(2(1-q)) above it, where 1-q is
// exact.
func (laplaceStd) ppf(q float64) float64 {
	if q <= 0.5 {
		return math.Log(2 * q)
	}
	return -math.Log(2 * (1 - q))
}

func (l laplaceStd) isf(q float64) float64 { return -l.ppf(q) }

func (laplaceStd) stats() (mean, variance, skew, kurt float64) { return 0, 2, 0, 3 }
func (laplaceStd) entropy() float64                            { return math.Ln2 + 1 }

// rawMoment is 0 for odd n and n! for even n.
func (laplaceStd) rawMoment(n int) float64 {
	if n%2 == 1 {
		return 0
	}
	return math.Gamma(float64(n + 1))
}

func (laplaceStd) rand(r *rand.Rand) float64 {
	e := r.ExpFloat64()
	if r.Uint64()&1 == 0 {
		return -e
	}
	return e
}
