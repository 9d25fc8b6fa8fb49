package stats

import (
	"math"
	"math/rand/v2"

	"github.com/goscipy/goscipy/scipy/special"
)

// SkewNorm is the skew-normal distribution with shape a,
// scipy.stats.skewnorm(a, loc, scale):
//
//	PDF(x) = 2·φ(y)·Φ(a·y) / scale,  y = (x-loc)/scale.
//
// For a ≥ 0 (a < 0 is the mirror image) the upper tail is
// SF(y) = Φ(-y) + 2·T(y, a) with Owen's T function (special.OwensT), a sum
// of positive terms; the lower tail, where SciPy's Φ(y) - 2·T(y, a)
// cancels to nothing (SciPy's CDF is 0 or negative-clipped there), is the
// integral of the density by Gauss–Legendre quadrature, in logarithms
// relative to the density at y, so LogCDF stays accurate far below the
// float64 range; between 0 and the median the CDF is atan(1/a)/π plus the
// integral of the density from 0. PPF and ISF solve CDF = q or SF = q in
// logarithms by safeguarded Newton iterations; the entropy and the raw
// moments beyond the fourth come from quadrature.
type SkewNorm struct {
	continuous
	a float64
}

// NewSkewNorm returns the skew-normal distribution with shape a (any finite
// a; a = 0 is the normal distribution). It returns an ErrValue error
// unless a and loc are finite and scale is positive and finite.
func NewSkewNorm(a, loc, scale float64) (*SkewNorm, error) {
	if math.IsNaN(a) || math.IsInf(a, 0) {
		return nil, newErr(ErrValue, "NewSkewNorm", "a", "must be finite, got %v", a)
	}
	if err := checkLocScale("NewSkewNorm", loc, scale); err != nil {
		return nil, err
	}
	s := newSkewnormStd(math.Abs(a))
	var st standard = s
	if a < 0 {
		st = mirrored{s}
	}
	return &SkewNorm{continuous{std: st, loc: loc, scale: scale}, a}, nil
}

// skewnormStd is the standard skew normal with a ≥ 0.
type skewnormStd struct {
	a   float64
	ent float64
}

func newSkewnormStd(a float64) *skewnormStd {
	s := &skewnormStd{a: a}
	s.ent = -s.expect(s.logpdf)
	return s
}

// expect is E[g(Y)] by Gauss–Legendre quadrature on [-12/√(1+a²), 0]
// (the lower tail falls off like exp(-(1+a²)y²/2)) and [0, 12].
func (s *skewnormStd) expect(g func(float64) float64) float64 {
	f := func(y float64) float64 {
		p := s.pdf(y)
		if p == 0 {
			return 0
		}
		return g(y) * p
	}
	return sfdIntegrate(f, -12/math.Sqrt(1+s.a*s.a), 0, 32) + sfdIntegrate(f, 0, 12, 32)
}

func (*skewnormStd) support() (float64, float64) { return math.Inf(-1), math.Inf(1) }

func (s *skewnormStd) pdf(y float64) float64 {
	if math.IsInf(y, 0) {
		return 0
	}
	return 2 * expHalfSq(y) / math.Sqrt(2*math.Pi) * special.Ndtr(s.a*y)
}

func (s *skewnormStd) logpdf(y float64) float64 {
	if math.IsInf(y, 0) {
		return math.Inf(-1)
	}
	return math.Ln2 - 0.5*y*y - lnSqrt2Pi + special.LogNdtr(s.a*y)
}

// logTail is log ∫ pdf over (-∞, y] (dir = -1) or [y, +∞) (dir = +1):
// log pdf(y) plus the log of ∫₀^S pdf(y + dir·s)/pdf(y) ds, the ratio in
// logarithms. The density is log-concave, so beyond the initial decay
// rate κ = |d log pdf/dy| and the curvature (1+a²) (or 1 where Φ(a·y) is
// not in its tail) it falls at least as fast: S is where the ratio is
// below e^-45.
func (s *skewnormStd) logTail(y float64, dir float64) float64 {
	if math.IsInf(y, 0) {
		if y*dir > 0 {
			return math.Inf(-1)
		}
		return 0
	}
	lp := s.logpdf(y)
	// d log pdf/dy = -y + a·φ(ay)/Φ(ay).
	ay := s.a * y
	deriv := -y + s.a*math.Exp(-0.5*ay*ay-lnSqrt2Pi-special.LogNdtr(ay))
	kappa := math.Max(0, -dir*deriv)
	curv := 1.0
	if dir < 0 && ay < -1 {
		curv = 1 + s.a*s.a
	}
	S := (-kappa + math.Sqrt(kappa*kappa+90*curv)) / curv
	integral := sfdIntegrate(func(t float64) float64 {
		return math.Exp(s.logpdf(y+dir*t) - lp)
	}, 0, S, 16)
	return lp + math.Log(integral)
}

// cdf0 is CDF(0) = 1/2 - atan(a)/π = atan(1/a)/π.
func (s *skewnormStd) cdf0() float64 { return math.Atan(1/s.a) / math.Pi }

func (s *skewnormStd) sfOwen(y float64) float64 {
	return special.Ndtr(-y) + 2*special.OwensT(y, s.a)
}

func (s *skewnormStd) cdf(y float64) float64 {
	switch {
	case math.IsNaN(y):
		return y
	case y <= 0:
		return math.Exp(s.logTail(y, -1))
	}
	if sf := s.sfOwen(y); sf <= 0.5 {
		return 1 - sf
	}
	// 0 < y below the median: CDF(0) plus the mass of [0, y].
	return s.cdf0() + sfdIntegrate(s.pdf, 0, y, 2)
}

func (s *skewnormStd) sf(y float64) float64 {
	switch {
	case math.IsNaN(y):
		return y
	case y >= 0:
		return s.sfOwen(y)
	}
	return 1 - s.cdf(y) // CDF(y) ≤ CDF(0) ≤ 1/2 here
}

func (s *skewnormStd) logcdf(y float64) float64 {
	switch {
	case math.IsNaN(y):
		return y
	case y <= 0:
		return s.logTail(y, -1)
	}
	if c := s.cdf(y); c <= 0.5 {
		return math.Log(c)
	}
	return math.Log1p(-s.sf(y))
}

func (s *skewnormStd) logsf(y float64) float64 {
	switch {
	case math.IsNaN(y):
		return y
	case y < 0:
		return math.Log1p(-s.cdf(y))
	}
	if sf := s.sfOwen(y); sf >= 0x1p-1000 {
		if sf > 0.5 {
			return math.Log1p(-s.cdf(y))
		}
		return math.Log(sf)
	}
	return s.logTail(y, 1)
}

// quantile solves log CDF(y) = log p (p ≤ pc) or log SF(y) = log pc from
// a normal-tail guess.
func (s *skewnormStd) quantile(p, pc float64) float64 {
	if p <= pc {
		y0 := special.Ndtri(p)
		if p < 0.1 {
			y0 /= math.Sqrt(1 + s.a*s.a)
		}
		lp := math.Log(p)
		return sfdSolve(func(y float64) float64 { return s.logcdf(y) - lp },
			func(y float64) float64 { return math.Exp(s.logpdf(y) - s.logcdf(y)) }, math.Inf(-1), math.Inf(1), y0, true)
	}
	y0 := -special.Ndtri(pc / 2)
	lq := math.Log(pc)
	return sfdSolve(func(y float64) float64 { return s.logsf(y) - lq },
		func(y float64) float64 { return -math.Exp(s.logpdf(y) - s.logsf(y)) }, math.Inf(-1), math.Inf(1), y0, false)
}

func (s *skewnormStd) ppf(q float64) float64 { return s.quantile(q, 1-q) }
func (s *skewnormStd) isf(q float64) float64 { return s.quantile(1-q, q) }

// stats, with δ = a/√(1+a²) and μ = δ√(2/π): mean μ, variance 1 - μ²,
// skewness (4-π)/2·μ³/(1-μ²)^(3/2), excess kurtosis 2(π-3)μ⁴/(1-μ²)².
func (s *skewnormStd) stats() (mean, variance, skew, kurt float64) {
	d := s.a / math.Sqrt(1+s.a*s.a)
	mu := d * maxwellC
	v := 1 - mu*mu
	return mu, v, (4 - math.Pi) / 2 * mu * mu * mu / math.Pow(v, 1.5), 2 * (math.Pi - 3) * mu * mu * mu * mu / (v * v)
}

func (s *skewnormStd) entropy() float64 { return s.ent }

// rawMoment is E[Yⁿ]: for even n the normal's (n-1)!! (Y² is χ²₁ for
// every a); for n = 1, 3, 5 √(2/π)·δ, √(2/π)(3δ - δ³) and
// √(2/π)(15δ - 10δ³ + 3δ⁵), δ = a/√(1+a²); other odd n by quadrature.
func (s *skewnormStd) rawMoment(n int) float64 {
	d := s.a / math.Sqrt(1+s.a*s.a)
	switch n {
	case 1:
		return maxwellC * d
	case 3:
		return maxwellC * d * (3 - d*d)
	case 5:
		return maxwellC * d * (15 - 10*d*d + 3*d*d*d*d)
	}
	if n%2 == 0 {
		return normStd{}.rawMoment(n)
	}
	return s.expect(func(y float64) float64 { return math.Pow(y, float64(n)) })
}

// rand is δ·|U₀| + √(1-δ²)·U₁ for independent standard normals U₀, U₁.
func (s *skewnormStd) rand(r *rand.Rand) float64 {
	d := s.a / math.Sqrt(1+s.a*s.a)
	return d*math.Abs(r.NormFloat64()) + math.Sqrt(1-d*d)*r.NormFloat64()
}
