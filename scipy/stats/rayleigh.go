package stats

import (
	"math"
	"math/rand/v2"
)

// Rayleigh is the Rayleigh distribution, scipy.stats.rayleigh(loc, scale):
// PDF(x) = y·exp(-y²/2)/scale for y ≥ 0, the norm of a 2-D standard normal
// vector.
type Rayleigh struct{ continuous }

// NewRayleigh returns the Rayleigh distribution. It returns an ErrValue
// error unless loc is finite and scale is positive and finite.
func NewRayleigh(loc, scale float64) (*Rayleigh, error) {
	if err := checkLocScale("NewRayleigh", loc, scale); err != nil {
		return nil, err
	}
	return &Rayleigh{continuous{std: rayleighStd{}, loc: loc, scale: scale}}, nil
}

type rayleighStd struct{}

// expHalfSq is exp(-y²/2) with y² split into its rounded value and rounding
// error (exact by FMA), so the tail keeps full relative accuracy.
func expHalfSq(y float64) float64 {
	if math.IsInf(y, 0) {
		return 0
	}
	hi := y * y
	lo := math.FMA(y, y, -hi)
	return math.Exp(-0.5*hi) * math.Exp(-0.5*lo)
}

func (rayleighStd) support() (float64, float64) { return 0, math.Inf(1) }

func (rayleighStd) pdf(y float64) float64 {
	if y < 0 || math.IsInf(y, 1) {
		return 0
	}
	return y * expHalfSq(y)
}

func (rayleighStd) logpdf(y float64) float64 {
	if y < 0 || math.IsInf(y, 1) {
		return math.Inf(-1)
	}
	return math.Log(y) - 0.5*y*y
}

func (rayleighStd) cdf(y float64) float64 {
	if y < 0 {
		return 0
	}
	return -math.Expm1(-0.5 * y * y)
}

func (r rayleighStd) logcdf(y float64) float64 {
	if y < 0 {
		return math.Inf(-1)
	}
	switch h := 0.5 * y * y; {
	case h > math.Ln2:
		return math.Log1p(-expHalfSq(y))
	case h < 1e-20:
		// log(1 - e^{-h}) = log h - h/2 + O(h²), with log h formed from
		// y so that it survives when y² underflows.
		return 2*math.Log(y) - math.Ln2 - h/2
	default:
		return math.Log(-math.Expm1(-h))
	}
}

func (rayleighStd) sf(y float64) float64 {
	if y < 0 {
		return 1
	}
	return expHalfSq(y)
}

func (rayleighStd) logsf(y float64) float64 {
	if y < 0 {
		return 0
	}
	return -0.5 * y * y
}

func (rayleighStd) ppf(q float64) float64 { return math.Sqrt(-2 * math.Log1p(-q)) }
func (rayleighStd) isf(q float64) float64 { return math.Sqrt(-2 * math.Log(q)) }

func (rayleighStd) stats() (mean, variance, skew, kurt float64) {
	const pi = math.Pi
	return math.Sqrt(pi / 2), (4 - pi) / 2,
		2 * math.Sqrt(pi) * (pi - 3) / math.Pow(4-pi, 1.5),
		-(6*pi*pi - 24*pi + 16) / ((4 - pi) * (4 - pi))
}

// entropy is 1 + γ/2 - log(2)/2.
func (rayleighStd) entropy() float64 { return 1 + eulerGamma/2 - math.Ln2/2 }

// rawMoment is 2^{n/2}·Γ(1+n/2).
func (rayleighStd) rawMoment(n int) float64 {
	h := float64(n) / 2
	return math.Pow(2, h) * math.Gamma(1+h)
}

func (rayleighStd) rand(r *rand.Rand) float64 { return math.Sqrt(2 * r.ExpFloat64()) }
