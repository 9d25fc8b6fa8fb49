package stats

import (
	"math"
	"math/rand/v2"
)

// Uniform is the uniform distribution on [loc, loc+scale],
// scipy.stats.uniform(loc, scale).
type Uniform struct{ continuous }

// NewUniform returns the uniform distribution on [loc, loc+scale]. It
// returns an ErrValue error unless loc is finite and scale is positive and
// finite.
func NewUniform(loc, scale float64) (*Uniform, error) {
	if err := checkLocScale("NewUniform", loc, scale); err != nil {
		return nil, err
	}
	return &Uniform{continuous{std: uniformStd{}, loc: loc, scale: scale}}, nil
}

type uniformStd struct{}

func (uniformStd) support() (float64, float64) { return 0, 1 }

func (uniformStd) pdf(y float64) float64 {
	switch {
	case math.IsNaN(y):
		return y
	case y < 0 || y > 1:
		return 0
	}
	return 1
}

func (u uniformStd) logpdf(y float64) float64 { return math.Log(u.pdf(y)) }

func (uniformStd) cdf(y float64) float64 {
	switch {
	case y < 0:
		return 0
	case y > 1:
		return 1
	}
	return y
}

func (u uniformStd) logcdf(y float64) float64 { return math.Log(u.cdf(y)) }

func (uniformStd) sf(y float64) float64 {
	switch {
	case y < 0:
		return 1
	case y > 1:
		return 0
	}
	return 1 - y
}

func (uniformStd) logsf(y float64) float64 {
	switch {
	case y < 0:
		return 0
	case y > 1:
		return math.Inf(-1)
	}
	return math.Log1p(-y)
}

func (uniformStd) ppf(q float64) float64 { return q }
func (uniformStd) isf(q float64) float64 { return 1 - q }

func (uniformStd) stats() (mean, variance, skew, kurt float64) { return 0.5, 1.0 / 12, 0, -1.2 }
func (uniformStd) entropy() float64                            { return 0 }
func (uniformStd) rawMoment(n int) float64                     { return 1 / float64(n+1) }
func (uniformStd) rand(r *rand.Rand) float64                   { return r.Float64() }
