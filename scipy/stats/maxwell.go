package stats

import (
	"math"
	"math/rand/v2"

	"github.com/goscipy/goscipy/scipy/special"
)

// Maxwell is the Maxwell–Boltzmann distribution, scipy.stats.maxwell(loc,
// scale), the chi distribution with 3 degrees of freedom:
//
//	PDF(x) = √(2/π) y² e^(-y²/2) / scale,  y = (x-loc)/scale ≥ 0.
//
// CDF is P(3/2, y²/2) (special.Gammainc). SF is Q(3/2, y²/2) for y < 2 and
// the closed form √(2/π)·e^(-y²/2)·(y + √(π/2)·erfcx(y/√2)) beyond, with
// e^(-y²/2) from the exact split of y², so the upper tail keeps full
// relative accuracy; PPF and ISF are √(2·Gammaincinv(3/2, q)) and
// √(2·Gammainccinv(3/2, q)).
type Maxwell struct{ continuous }

// NewMaxwell returns the Maxwell distribution. It returns an ErrValue error
// unless loc is finite and scale is positive and finite.
func NewMaxwell(loc, scale float64) (*Maxwell, error) {
	if err := checkLocScale("NewMaxwell", loc, scale); err != nil {
		return nil, err
	}
	return &Maxwell{continuous{std: maxwellStd{}, loc: loc, scale: scale}}, nil
}

type maxwellStd struct{}

// maxwellC is √(2/π).
const maxwellC = 0.79788456080286535587989211986876

func (maxwellStd) support() (float64, float64) { return 0, math.Inf(1) }

func (maxwellStd) pdf(y float64) float64 {
	if y < 0 || math.IsInf(y, 1) {
		return 0
	}
	return maxwellC * y * y * expHalfSq(y)
}

func (maxwellStd) logpdf(y float64) float64 {
	if y < 0 || math.IsInf(y, 1) {
		return math.Inf(-1)
	}
	return math.Log(maxwellC) + 2*math.Log(y) - 0.5*y*y
}

func (maxwellStd) cdf(y float64) float64 {
	if y <= 0 {
		return 0
	}
	return special.Gammainc(1.5, y*y/2)
}

// logcdf uses log P(3/2, x) = 3·log y - (3/2)·log 2 - log Γ(5/2) + O(y²)
// below y = 1e-100, where y²/2 would underflow.
func (m maxwellStd) logcdf(y float64) float64 {
	switch {
	case y <= 0:
		return math.Inf(-1)
	case y < 1e-100:
		return 3*math.Log(y) - 1.5*math.Ln2 - special.Gammaln(2.5)
	}
	return sfdLogGammaP(1.5, y*y/2)
}

// maxwellTail is y + √(π/2)·erfcx(y/√2), so that SF = √(2/π)·e^(-y²/2)·tail.
func maxwellTail(y float64) float64 {
	return y + math.Sqrt(math.Pi/2)*special.Erfcx(y/math.Sqrt2)
}

func (maxwellStd) sf(y float64) float64 {
	switch {
	case y <= 0:
		return 1
	case y < 2:
		return special.Gammaincc(1.5, y*y/2)
	case math.IsInf(y, 1):
		return 0
	}
	return maxwellC * expHalfSq(y) * maxwellTail(y)
}

func (maxwellStd) logsf(y float64) float64 {
	switch {
	case y <= 0:
		return 0
	case y < 2:
		return sfdLogGammaQ(1.5, y*y/2)
	case math.IsInf(y, 1):
		return math.Inf(-1)
	}
	hi := y * y
	lo := math.FMA(y, y, -hi)
	return -0.5*hi - 0.5*lo + math.Log(maxwellC*maxwellTail(y))
}

func (maxwellStd) ppf(q float64) float64 { return math.Sqrt(2 * special.Gammaincinv(1.5, q)) }
func (maxwellStd) isf(q float64) float64 { return math.Sqrt(2 * special.Gammainccinv(1.5, q)) }

// stats: mean 2√(2/π), variance 3 - 8/π, skewness
// 2√2(16-5π)/(3π-8)^(3/2), excess kurtosis 4(-96+40π-3π²)/(3π-8)².
func (maxwellStd) stats() (mean, variance, skew, kurt float64) {
	const pi = math.Pi
	return 2 * maxwellC, 3 - 8/pi, 2 * math.Sqrt2 * (16 - 5*pi) / math.Pow(3*pi-8, 1.5),
		4 * (-96 + 40*pi - 3*pi*pi) / ((3*pi - 8) * (3*pi - 8))
}

// entropy is γ + log(2π)/2 - 1/2.
func (maxwellStd) entropy() float64 { return eulerGamma + lnSqrt2Pi - 0.5 }

// rawMoment is 2^(n/2) Γ((3+n)/2)/Γ(3/2).
func (maxwellStd) rawMoment(n int) float64 {
	return math.Exp(float64(n)/2*math.Ln2 + special.Gammaln(1.5+float64(n)/2) - special.Gammaln(1.5))
}

func (maxwellStd) rand(r *rand.Rand) float64 {
	a, b, c := r.NormFloat64(), r.NormFloat64(), r.NormFloat64()
	return math.Sqrt(a*a + b*b + c*c)
}
