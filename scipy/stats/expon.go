package stats

import (
	"math"
	"math/rand/v2"
)

// Expon is the exponential distribution, scipy.stats.expon(loc, scale):
// PDF(x) = exp(-y)/scale for y = (x-loc)/scale ≥ 0 (rate 1/scale).
type Expon struct{ continuous }

// NewExpon returns the exponential distribution starting at loc with mean
// loc+scale. It returns an ErrValue error unless loc is finite and scale is
// positive and finite.
func NewExpon(loc, scale float64) (*Expon, error) {
	if err := checkLocScale("NewExpon", loc, scale); err != nil {
		return nil, err
	}
	return &Expon{continuous{std: exponStd{}, loc: loc, scale: scale}}, nil
}

type exponStd struct{}

func (exponStd) support() (float64, float64) { return 0, math.Inf(1) }

func (exponStd) pdf(y float64) float64 {
	if y < 0 {
		return 0
	}
	return math.Exp(-y)
}

func (exponStd) logpdf(y float64) float64 {
	if y < 0 {
		return math.Inf(-1)
	}
	return -y
}

func (exponStd) cdf(y float64) float64 {
	if y < 0 {
		return 0
	}
	return -math.Expm1(-y)
}

// logcdf is log(1 - e^{-y}): log(-expm1(-y)) near 0, log1p(-e^{-y}) in the
// upper tail, each accurate where the other cancels.
func (exponStd) logcdf(y float64) float64 {
	switch {
	case y < 0:
		return math.Inf(-1)
	case y > math.Ln2:
		return math.Log1p(-math.Exp(-y))
	}
	return math.Log(-math.Expm1(-y))
}

func (exponStd) sf(y float64) float64 {
	if y < 0 {
		return 1
	}
	return math.Exp(-y)
}

func (exponStd) logsf(y float64) float64 {
	if y < 0 {
		return 0
	}
	return -y
}

func (exponStd) ppf(q float64) float64 { return -math.Log1p(-q) }
func (exponStd) isf(q float64) float64 { return -math.Log(q) }

func (exponStd) stats() (mean, variance, skew, kurt float64) { return 1, 1, 2, 6 }
func (exponStd) entropy() float64                            { return 1 }

// rawMoment is n!.
func (exponStd) rawMoment(n int) float64 { return math.Gamma(float64(n + 1)) }

func (exponStd) rand(r *rand.Rand) float64 { return r.ExpFloat64() }
