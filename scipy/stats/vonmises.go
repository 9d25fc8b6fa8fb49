package stats

import (
	"math"
	"math/rand/v2"

	"github.com/goscipy/goscipy/scipy/special"
)

// VonMises is the von Mises (circular normal) distribution with
// concentration kappa, scipy.stats.vonmises(kappa, loc, scale), on the
// support y ∈ [-π, π]:
//
//	PDF(x) = exp(κ·cos y) / (2π·I₀(κ)·scale),  y = (x-loc)/scale.
//
// SciPy 1.10 extends the density periodically and its CDF beyond ±π
// (CDF(x + 2π) = CDF(x) + 1); here the support is [-π, π], as in later
// SciPy, and CDF is 0 below and 1 above it. The CDF is the integral of
// the density from -π, as SciPy's (Hill's series and normal
// approximation) to within its accuracy, but computed as
// PDF(y)·∫₀^S exp(-2κ·sin(s/2)·sin(s/2 + |y|)) ds for y ≤ 0 (the exponent
// is κ(cos(y-s) - cos y) without cancellation) by Gauss–Legendre
// quadrature, and by symmetry above 0: both tails keep their relative
// accuracy, also for large κ where SciPy's normal approximation does not.
// PPF and ISF solve log CDF = log q on [-π, 0] and use the symmetry.
type VonMises struct {
	continuous
	kappa float64
}

// NewVonMises returns the von Mises distribution with concentration kappa.
// It returns an ErrValue error unless kappa is positive and finite, loc is
// finite and scale is positive and finite.
func NewVonMises(kappa, loc, scale float64) (*VonMises, error) {
	if err := checkPositive("NewVonMises", "kappa", kappa); err != nil {
		return nil, err
	}
	if err := checkLocScale("NewVonMises", loc, scale); err != nil {
		return nil, err
	}
	v := &vonmisesStd{k: kappa, logNorm: math.Log(2 * math.Pi * special.I0e(kappa))}
	v.m2 = v.rawEven(2)
	v.m4 = v.rawEven(4)
	return &VonMises{continuous{std: v, loc: loc, scale: scale}, kappa}, nil
}

// vonmisesPiLo is π - math.Pi.
const vonmisesPiLo = 1.2246467991473532e-16

type vonmisesStd struct {
	k       float64
	logNorm float64 // log(2π·I₀(κ)·e^{-κ})
	m2, m4  float64
}

func (*vonmisesStd) support() (float64, float64) { return -math.Pi, math.Pi }

// logpdf is κ(cos y - 1) - log(2π·I₀e(κ)), with cos y - 1 = -2 sin²(y/2).
func (v *vonmisesStd) logpdf(y float64) float64 {
	switch {
	case math.IsNaN(y):
		return y
	case y < -math.Pi || y > math.Pi:
		return math.Inf(-1)
	}
	s := math.Sin(y / 2)
	return -2*v.k*s*s - v.logNorm
}

func (v *vonmisesStd) pdf(y float64) float64 { return math.Exp(v.logpdf(y)) }

// logG is log ∫_{-π}^{y} PDF for -π ≤ y ≤ 0.
// The float64 ends ±math.Pi lie 1.2e-16 inside ±π, so the distance to -π
// is taken with π in double-double (math.Pi + vonmisesPiLo).
func (v *vonmisesStd) logG(y float64) float64 {
	if y < -math.Pi {
		return math.Inf(-1)
	}
	ay := -y
	e := func(s float64) float64 { return -2 * v.k * math.Sin(s/2) * math.Sin(s/2+ay) }
	smax := (math.Pi - ay) + vonmisesPiLo
	S := smax
	if e(smax) < -45 {
		lo, hi := 0.0, smax
		for range 60 {
			mid := (lo + hi) / 2
			if e(mid) < -45 {
				hi = mid
			} else {
				lo = mid
			}
		}
		S = hi
	}
	integral := sfdIntegrate(func(s float64) float64 { return math.Exp(e(s)) }, 0, S, 16)
	return v.logpdf(y) + math.Log(integral)
}

func (v *vonmisesStd) logcdf(y float64) float64 {
	switch {
	case math.IsNaN(y):
		return y
	case y < -math.Pi:
		return math.Inf(-1)
	case y > math.Pi:
		return 0
	case y <= 0:
		return v.logG(y)
	}
	return math.Log1p(-math.Exp(v.logG(-y)))
}

func (v *vonmisesStd) cdf(y float64) float64 {
	switch {
	case math.IsNaN(y):
		return y
	case y < -math.Pi:
		return 0
	case y > math.Pi:
		return 1
	case y <= 0:
		return math.Exp(v.logG(y))
	}
	return 1 - math.Exp(v.logG(-y))
}

func (v *vonmisesStd) sf(y float64) float64    { return v.cdf(-y) }
func (v *vonmisesStd) logsf(y float64) float64 { return v.logcdf(-y) }

// ppf solves log G(y) = log q on [-π, 0] for q ≤ 1/2 and uses
// PPF(q) = -PPF(1-q) above (1-q is exact there).
func (v *vonmisesStd) ppf(q float64) float64 {
	if q > 0.5 {
		return -v.ppf(1 - q)
	}
	if q == 0.5 {
		return 0
	}
	lq := math.Log(q)
	// Start from the normal approximation of width 1/√κ, inside (-π, 0).
	y0 := max(-math.Pi*0.999, min(-1e-300, special.Ndtri(q)/math.Sqrt(v.k)))
	return sfdSolve(func(y float64) float64 { return v.logG(y) - lq },
		func(y float64) float64 { return math.Exp(v.logpdf(y) - v.logG(y)) }, -math.Pi, 0, y0, true)
}

func (v *vonmisesStd) isf(q float64) float64 { return -v.ppf(q) }

// rawEven is E[Yⁿ] by Gauss–Legendre quadrature over [-L, L],
// L = min(π, 13/√κ), beyond which the density is below e^{-84} of its peak.
func (v *vonmisesStd) rawEven(n int) float64 {
	L := math.Min(math.Pi, 13/math.Sqrt(v.k))
	return 2 * sfdIntegrate(func(y float64) float64 { return math.Pow(y, float64(n)) * v.pdf(y) }, 0, L, 32)
}

// stats: mean 0, skewness 0, variance and kurtosis from the quadrature of
// E[Y²] and E[Y⁴] on [-π, π].
func (v *vonmisesStd) stats() (mean, variance, skew, kurt float64) {
	return 0, v.m2, 0, v.m4/(v.m2*v.m2) - 3
}

// entropy is -κ·I₁(κ)/I₀(κ) + log(2π·I₀(κ)), with the scaled functions.
func (v *vonmisesStd) entropy() float64 {
	return -v.k*special.I1e(v.k)/special.I0e(v.k) + v.logNorm + v.k
}

func (v *vonmisesStd) rawMoment(n int) float64 {
	switch {
	case n%2 == 1:
		return 0
	case n == 2:
		return v.m2
	case n == 4:
		return v.m4
	}
	return v.rawEven(n)
}

// rand is Best and Fisher's (1979) rejection algorithm.
func (v *vonmisesStd) rand(r *rand.Rand) float64 {
	k := v.k
	tau := 1 + math.Sqrt(1+4*k*k)
	rho := (tau - math.Sqrt(2*tau)) / (2 * k)
	rr := (1 + rho*rho) / (2 * rho)
	for {
		u1, u2, u3 := openUnit(r), openUnit(r), openUnit(r)
		z := math.Cos(math.Pi * u1)
		f := (1 + rr*z) / (rr + z)
		c := k * (rr - f)
		if c*(2-c)-u2 > 0 || math.Log(c/u2)+1-c >= 0 {
			theta := math.Acos(max(-1, min(1, f)))
			if u3 < 0.5 {
				return -theta
			}
			return theta
		}
	}
}
