package stats

import (
	"math"
	"math/rand/v2"
)

// WeibullMin is the Weibull distribution of minima with shape c,
// scipy.stats.weibull_min(c, loc, scale): CDF(x) = 1 - exp(-y^c), y ≥ 0.
type WeibullMin struct {
	continuous
	c float64
}

// WeibullMax is the Weibull distribution of maxima with shape c,
// scipy.stats.weibull_max(c, loc, scale): the distribution of -X for X ~
// WeibullMin(c, -loc, scale), CDF(x) = exp(-(-y)^c), y ≤ 0.
type WeibullMax struct {
	continuous
	c float64
}

func checkPositive(fn, arg string, v float64) error {
	if !(v > 0) || math.IsInf(v, 1) {
		return newErr(ErrValue, fn, arg, "must be positive and finite, got %v", v)
	}
	return nil
}

// NewWeibullMin returns the Weibull distribution of minima with shape c. It
// returns an ErrValue error unless c is positive and finite, loc is finite
// and scale is positive and finite.
func NewWeibullMin(c, loc, scale float64) (*WeibullMin, error) {
	if err := checkPositive("NewWeibullMin", "c", c); err != nil {
		return nil, err
	}
	if err := checkLocScale("NewWeibullMin", loc, scale); err != nil {
		return nil, err
	}
	return &WeibullMin{continuous{std: weibullStd{c}, loc: loc, scale: scale}, c}, nil
}

// NewWeibullMax returns the Weibull distribution of maxima with shape c.
// Errors as NewWeibullMin.
func NewWeibullMax(c, loc, scale float64) (*WeibullMax, error) {
	if err := checkPositive("NewWeibullMax", "c", c); err != nil {
		return nil, err
	}
	if err := checkLocScale("NewWeibullMax", loc, scale); err != nil {
		return nil, err
	}
	return &WeibullMax{continuous{std: mirrored{weibullStd{c}}, loc: loc, scale: scale}, c}, nil
}

type weibullStd struct{ c float64 }

func (weibullStd) support() (float64, float64) { return 0, math.Inf(1) }

func (w weibullStd) pdf(y float64) float64 {
	if y < 0 || math.IsInf(y, 1) {
		return 0
	}
	if y == 0 {
		switch {
		case w.c < 1:
			return math.Inf(1)
		case w.c == 1:
			return 1
		}
		return 0
	}
	return math.Exp(w.logpdf(y))
}

func (w weibullStd) logpdf(y float64) float64 {
	if y < 0 || math.IsInf(y, 1) {
		return math.Inf(-1)
	}
	if y == 0 {
		return math.Log(w.pdf(0))
	}
	return math.Log(w.c) + (w.c-1)*math.Log(y) - math.Pow(y, w.c)
}

func (w weibullStd) cdf(y float64) float64 {
	if y < 0 {
		return 0
	}
	return -math.Expm1(-math.Pow(y, w.c))
}

func (w weibullStd) logcdf(y float64) float64 {
	if y < 0 {
		return math.Inf(-1)
	}
	switch t := math.Pow(y, w.c); {
	case t > math.Ln2:
		return math.Log1p(-math.Exp(-t))
	case t < 1e-20:
		// log(1 - e^{-t}) = log t - t/2 + O(t²), with log t = c·log y
		// so that it survives when y^c underflows.
		return w.c*math.Log(y) - t/2
	default:
		return math.Log(-math.Expm1(-t))
	}
}

func (w weibullStd) sf(y float64) float64 {
	if y < 0 {
		return 1
	}
	return math.Exp(-math.Pow(y, w.c))
}

func (w weibullStd) logsf(y float64) float64 {
	if y < 0 {
		return 0
	}
	return -math.Pow(y, w.c)
}

func (w weibullStd) ppf(q float64) float64 { return math.Pow(-math.Log1p(-q), 1/w.c) }
func (w weibullStd) isf(q float64) float64 { return math.Pow(-math.Log(q), 1/w.c) }

func (w weibullStd) stats() (mean, variance, skew, kurt float64) {
	return statsFromRaw(w.rawMoment(1), w.rawMoment(2), w.rawMoment(3), w.rawMoment(4))
}

// entropy is 1 - log c + γ(1 - 1/c).
func (w weibullStd) entropy() float64 { return 1 - math.Log(w.c) + eulerGamma*(1-1/w.c) }

// rawMoment is Γ(1 + n/c).
func (w weibullStd) rawMoment(n int) float64 { return math.Gamma(1 + float64(n)/w.c) }

func (w weibullStd) rand(r *rand.Rand) float64 { return math.Pow(r.ExpFloat64(), 1/w.c) }
