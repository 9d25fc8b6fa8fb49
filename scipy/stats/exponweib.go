package stats

import (
	"math"
	"math/rand/v2"
)

// Exponweib is the exponentiated Weibull distribution with shapes a and c,
// scipy.stats.exponweib(a, c, loc, scale):
//
//	CDF(x) = (1 - exp(-y^c))^a,  y = (x-loc)/scale ≥ 0,
//
// the Weibull distribution (WeibullMin(c)) for a = 1. LogCDF is a·log(1 -
// exp(-y^c)) with the logarithm accurate at both ends; SF is
// -expm1(LogCDF), and in the far upper tail LogSF is log a - y^c + (1-a)·
// e^(-y^c)/2, so it survives where SF underflows. PPF and ISF invert the
// closed form. SciPy has no closed form for the moments or the entropy
// (it integrates numerically); here they come from Gauss–Legendre
// quadrature in log y^c, where the integrands are smooth and decay
// exponentially at both ends.
type Exponweib struct {
	continuous
	a, c float64
}

// NewExponweib returns the exponentiated Weibull distribution with shapes
// a and c. It returns an ErrValue error unless a and c are positive and
// finite, loc is finite and scale is positive and finite.
func NewExponweib(a, c, loc, scale float64) (*Exponweib, error) {
	if err := checkPositive("NewExponweib", "a", a); err != nil {
		return nil, err
	}
	if err := checkPositive("NewExponweib", "c", c); err != nil {
		return nil, err
	}
	if err := checkLocScale("NewExponweib", loc, scale); err != nil {
		return nil, err
	}
	s := &exponweibStd{a: a, c: c}
	s.mean = s.expect(1, func(y float64) float64 { return y })
	m := s.mean
	// Central moments do not vanish at y = 0: order 0 for the decay.
	c2 := s.expect(0, func(y float64) float64 { d := y - m; return d * d })
	c3 := s.expect(0, func(y float64) float64 { d := y - m; return d * d * d })
	c4 := s.expect(0, func(y float64) float64 { d := y - m; return d * d * d * d })
	s.variance, s.skew, s.kurt = c2, c3/math.Pow(c2, 1.5), c4/(c2*c2)-3
	s.ent = -s.expect(0, s.logpdf)
	return &Exponweib{continuous{std: s, loc: loc, scale: scale}, a, c}, nil
}

type exponweibStd struct {
	a, c                            float64
	mean, variance, skew, kurt, ent float64
}

func (*exponweibStd) support() (float64, float64) { return 0, math.Inf(1) }

// logcdfW is log(1 - exp(-y^c)), the Weibull log-CDF.
func (e *exponweibStd) logcdfW(y float64) float64 { return weibullStd{e.c}.logcdf(y) }

func (e *exponweibStd) logpdf(y float64) float64 {
	switch {
	case math.IsNaN(y):
		return y
	case y < 0 || math.IsInf(y, 1):
		return math.Inf(-1)
	case y == 0:
		return math.Log(e.pdf(0))
	}
	t := math.Pow(y, e.c)
	if t < 1e-3 {
		// (a-1)·log(1-e^{-t}) + (c-1)·log y = (ac-1)·log y +
		// (a-1)·log((1-e^{-t})/t): the large terms combined before they
		// cancel.
		var r float64 // log((1-e^{-t})/t)
		if t > 0 {
			r = math.Log(-math.Expm1(-t) / t)
		}
		return math.Log(e.a*e.c) + (e.a*e.c-1)*math.Log(y) + (e.a-1)*r - t
	}
	return math.Log(e.a*e.c) + (e.a-1)*e.logcdfW(y) - t + (e.c-1)*math.Log(y)
}

// pdf at 0 behaves as a·c·y^(ac-1): +Inf, a·c or 0 as ac <, = or > 1.
func (e *exponweibStd) pdf(y float64) float64 {
	switch {
	case y == 0:
		return betaEnd(e.a*e.c, e.a*e.c)
	case y > 0 && !math.IsInf(y, 1):
		// a·c·(1-e^{-t})^{a-1}·e^{-t}·y^{c-1} by powers where nothing
		// underflows: exp(log pdf) would multiply the rounding of the
		// logarithm by |log pdf| (~500 at y = 1e-300).
		t := math.Pow(y, e.c)
		if t < 1e-3 {
			// a·c·y^(ac-1)·((1-e^{-t})/t)^(a-1)·e^{-t}, one power of y.
			var r float64
			if t > 0 {
				r = math.Log(-math.Expm1(-t) / t)
			}
			v := e.a * e.c * math.Pow(y, e.a*e.c-1) * math.Exp((e.a-1)*r-t)
			if v > 0x1p-1000 && !math.IsInf(v, 0) {
				return v
			}
		}
		p1, p2 := math.Pow(-math.Expm1(-t), e.a-1), math.Pow(y, e.c-1)
		v := e.a * e.c * p1 * math.Exp(-t) * p2
		if v > 0x1p-1000 && !math.IsInf(v, 0) && p1 > 0x1p-1000 && p2 > 0x1p-1000 && !math.IsInf(p1, 0) && !math.IsInf(p2, 0) {
			return v
		}
	}
	return math.Exp(e.logpdf(y))
}

func (e *exponweibStd) logcdf(y float64) float64 {
	switch {
	case math.IsNaN(y):
		return y
	case y <= 0:
		return math.Inf(-1)
	}
	return e.a * e.logcdfW(y)
}

func (e *exponweibStd) cdf(y float64) float64 { return math.Exp(e.logcdf(y)) }

func (e *exponweibStd) logsf(y float64) float64 {
	switch {
	case math.IsNaN(y):
		return y
	case y <= 0:
		return 0
	case math.IsInf(y, 1):
		return math.Inf(-1)
	}
	if t := math.Pow(y, e.c); t > 40 {
		// 1 - (1-u)^a = a·u·(1 + (1-a)u/2 + O(u²)), u = e^{-t} < 5e-18.
		return math.Log(e.a) - t + (1-e.a)*math.Exp(-t)/2
	}
	return sfdLog1mexp(e.logcdf(y))
}

func (e *exponweibStd) sf(y float64) float64 {
	switch {
	case math.IsNaN(y):
		return y
	case y <= 0:
		return 1
	}
	if t := math.Pow(y, e.c); t > 40 {
		return math.Exp(e.logsf(y))
	}
	return -math.Expm1(e.logcdf(y))
}

// fromLogCDF is the y with log CDF(y) = l: t = -log(1 - e^{l/a}), y = t^(1/c).
func (e *exponweibStd) fromLogCDF(l float64) float64 {
	v := l / e.a
	var t float64
	if v < -30 {
		// t = -log1p(-e^v) = e^v(1 + e^v/2 + …), which may underflow:
		// y = exp(log t / c) with log t = v + e^v/2.
		return math.Exp((v + math.Exp(v)/2) / e.c)
	}
	if v < -math.Ln2 {
		t = -math.Log1p(-math.Exp(v))
	} else {
		t = -math.Log(-math.Expm1(v))
	}
	return math.Pow(t, 1/e.c)
}

func (e *exponweibStd) ppf(q float64) float64 { return e.fromLogCDF(math.Log(q)) }
func (e *exponweibStd) isf(q float64) float64 { return e.fromLogCDF(math.Log1p(-q)) }

func (e *exponweibStd) stats() (mean, variance, skew, kurt float64) {
	return e.mean, e.variance, e.skew, e.kurt
}

func (e *exponweibStd) entropy() float64 { return e.ent }

// expect is E[h(Y)] by 48 panels of Gauss–Legendre in u = log T, T = Y^c,
// whose density a(1-e^{-t})^{a-1}e^{-t}·t decays like e^{(a+k)u} as
// u → -∞ (k is the power of y that h grows like, over c) and like
// exp(-e^u) as u → +∞.
func (e *exponweibStd) expect(n int, h func(float64) float64) float64 {
	k := float64(n) / e.c
	u0 := -45 / (e.a + k)
	u1 := math.Log(2*(k+1) + 80)
	la := math.Log(e.a)
	f := func(u float64) float64 {
		t := math.Exp(u)
		y := math.Exp(u / e.c)
		var l1 float64 // log(1 - e^{-t})
		if t < 1e-5 {
			l1 = u - t/2 + t*t/24
		} else {
			l1 = sfdLog1mexp(-t)
		}
		return h(y) * math.Exp(la+(e.a-1)*l1-t+u)
	}
	// The slow algebraic decay below u = -5 and the peak and
	// double-exponential decay above it get their own panels.
	if u0 >= -5 {
		return sfdIntegrate(f, u0, u1, 48)
	}
	return sfdIntegrate(f, u0, -5, 24) + sfdIntegrate(f, -5, u1, 40)
}

// rawMoment is E[Yⁿ] by the quadrature of expect.
func (e *exponweibStd) rawMoment(n int) float64 {
	return e.expect(n, func(y float64) float64 { return math.Pow(y, float64(n)) })
}

func (e *exponweibStd) rand(r *rand.Rand) float64 { return e.ppf(openUnit(r)) }
