package stats

import (
	"math"
	"math/rand/v2"

	"github.com/goscipy/goscipy/scipy/special"
)

// Lognorm is the log-normal distribution with shape s,
// scipy.stats.lognorm(s, loc, scale): log(y) is normal with mean 0 and
// standard deviation s, where y = (x-loc)/scale (so scale = exp(μ) in the
// usual parametrisation).
type Lognorm struct {
	continuous
	s float64
}

// NewLognorm returns the log-normal distribution with shape s. It returns
// an ErrValue error unless s is positive and finite, loc is finite and
// scale is positive and finite.
func NewLognorm(s, loc, scale float64) (*Lognorm, error) {
	if !(s > 0) || math.IsInf(s, 1) {
		return nil, newErr(ErrValue, "NewLognorm", "s", "must be positive and finite, got %v", s)
	}
	if err := checkLocScale("NewLognorm", loc, scale); err != nil {
		return nil, err
	}
	return &Lognorm{continuous{std: lognormStd{s}, loc: loc, scale: scale}, s}, nil
}

type lognormStd struct{ s float64 }

func (lognormStd) support() (float64, float64) { return 0, math.Inf(1) }

func (l lognormStd) pdf(y float64) float64 {
	if y <= 0 {
		return 0
	}
	return math.Exp(l.logpdf(y))
}

func (l lognormStd) logpdf(y float64) float64 {
	if y <= 0 {
		return math.Inf(-1)
	}
	z := math.Log(y) / l.s
	return -0.5*z*z - lnSqrt2Pi - math.Log(l.s*y)
}

func (l lognormStd) cdf(y float64) float64 {
	if y <= 0 {
		return 0
	}
	return special.Ndtr(math.Log(y) / l.s)
}

func (l lognormStd) logcdf(y float64) float64 {
	if y <= 0 {
		return math.Inf(-1)
	}
	return special.LogNdtr(math.Log(y) / l.s)
}

func (l lognormStd) sf(y float64) float64 {
	if y <= 0 {
		return 1
	}
	return special.Ndtr(-math.Log(y) / l.s)
}

func (l lognormStd) logsf(y float64) float64 {
	if y <= 0 {
		return 0
	}
	return special.LogNdtr(-math.Log(y) / l.s)
}

func (l lognormStd) ppf(q float64) float64 { return math.Exp(l.s * special.Ndtri(q)) }
func (l lognormStd) isf(q float64) float64 { return math.Exp(-l.s * special.Ndtri(q)) }

// stats uses w = e^{s²} with w-1 from expm1, accurate for small s.
func (l lognormStd) stats() (mean, variance, skew, kurt float64) {
	s2 := l.s * l.s
	w, wm1 := math.Exp(s2), math.Expm1(s2)
	return math.Exp(s2 / 2), wm1 * w, (w + 2) * math.Sqrt(wm1),
		w*w*w*w + 2*w*w*w + 3*w*w - 6
}

// entropy is (1 + log 2π)/2 + log s.
func (l lognormStd) entropy() float64 { return 0.5 + lnSqrt2Pi + math.Log(l.s) }

// rawMoment is exp(n²s²/2).
func (l lognormStd) rawMoment(n int) float64 {
	fn := float64(n)
	return math.Exp(fn * fn * l.s * l.s / 2)
}

func (l lognormStd) rand(r *rand.Rand) float64 { return math.Exp(l.s * r.NormFloat64()) }
