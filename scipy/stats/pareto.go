package stats

import (
	"math"
	"math/rand/v2"
)

// Pareto is the Pareto distribution with shape b,
// scipy.stats.pareto(b, loc, scale): SF(x) = y^{-b} for y ≥ 1.
type Pareto struct {
	continuous
	b float64
}

// NewPareto returns the Pareto distribution with shape b. It returns an
// ErrValue error unless b is positive and finite, loc is finite and scale
// is positive and finite.
func NewPareto(b, loc, scale float64) (*Pareto, error) {
	if err := checkPositive("NewPareto", "b", b); err != nil {
		return nil, err
	}
	if err := checkLocScale("NewPareto", loc, scale); err != nil {
		return nil, err
	}
	return &Pareto{continuous{std: paretoStd{b}, loc: loc, scale: scale}, b}, nil
}

type paretoStd struct{ b float64 }

func (paretoStd) support() (float64, float64) { return 1, math.Inf(1) }

func (p paretoStd) pdf(y float64) float64 {
	if y < 1 {
		return 0
	}
	return p.b * math.Exp(-(p.b+1)*math.Log(y))
}

func (p paretoStd) logpdf(y float64) float64 {
	if y < 1 {
		return math.Inf(-1)
	}
	return math.Log(p.b) - (p.b+1)*math.Log(y)
}

func (p paretoStd) cdf(y float64) float64 {
	if y < 1 {
		return 0
	}
	return -math.Expm1(-p.b * math.Log(y))
}

func (p paretoStd) logcdf(y float64) float64 {
	if y < 1 {
		return math.Inf(-1)
	}
	switch t := p.b * math.Log(y); {
	case t > math.Ln2:
		return math.Log1p(-math.Exp(-t))
	default:
		return math.Log(-math.Expm1(-t))
	}
}

func (p paretoStd) sf(y float64) float64 {
	if y < 1 {
		return 1
	}
	return math.Exp(-p.b * math.Log(y))
}

func (p paretoStd) logsf(y float64) float64 {
	if y < 1 {
		return 0
	}
	return -p.b * math.Log(y)
}

func (p paretoStd) ppf(q float64) float64 { return math.Exp(-math.Log1p(-q) / p.b) }
func (p paretoStd) isf(q float64) float64 { return math.Exp(-math.Log(q) / p.b) }

// stats follows SciPy: the mean is +Inf for b ≤ 1, the variance +Inf for
// b ≤ 2, the skewness and kurtosis NaN for b ≤ 3 and b ≤ 4.
func (p paretoStd) stats() (mean, variance, skew, kurt float64) {
	b := p.b
	mean, variance, skew, kurt = math.Inf(1), math.Inf(1), math.NaN(), math.NaN()
	if b > 1 {
		mean = b / (b - 1)
	}
	if b > 2 {
		variance = b / ((b - 1) * (b - 1) * (b - 2))
	}
	if b > 3 {
		skew = 2 * (1 + b) / (b - 3) * math.Sqrt((b-2)/b)
	}
	if b > 4 {
		kurt = 6 * (b*b*b + b*b - 6*b - 2) / (b * (b - 3) * (b - 4))
	}
	return mean, variance, skew, kurt
}

// entropy is 1/b + 1 - log b.
func (p paretoStd) entropy() float64 { return 1/p.b + 1 - math.Log(p.b) }

// rawMoment is b/(b-n) for n < b and +Inf otherwise (SciPy's numerical
// integration returns wrong finite values there, e.g. -3 for n = 2 at
// b = 1.5).
func (p paretoStd) rawMoment(n int) float64 {
	if fn := float64(n); fn < p.b {
		return p.b / (p.b - fn)
	}
	return math.Inf(1)
}

func (p paretoStd) rand(r *rand.Rand) float64 { return math.Exp(r.ExpFloat64() / p.b) }
