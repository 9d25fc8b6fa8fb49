package stats

import (
	"math"
	"math/rand/v2"

	"github.com/goscipy/goscipy/scipy/special"
)

// NCT is the non-central Student's t distribution with df degrees of
// freedom and non-centrality nc, scipy.stats.nct(df, nc, loc, scale): the
// law of (Z+nc)/√(V/df) for Z standard normal and V chi-squared with df
// degrees of freedom, independent. With nc = 0 it is T.
//
// Every probability is an expectation over U = √(V/df), computed as an
// integral over s = log U of a positive integrand given by its logarithm:
//
//	CDF(y) = E[Φ(y·U - nc)],  SF(y) = E[Φ(nc - y·U)],  PDF(y) = E[U·φ(y·U - nc)],
//
// by adaptive Gauss–Legendre quadrature around the integrand's peak, scaled
// by it, so that CDF and SF are each computed directly (no subtraction,
// none of the cancellation of the classical series when y and nc have
// opposite signs) and LogCDF, LogSF and LogPDF keep their relative
// accuracy where the values underflow. PPF and ISF solve LogCDF = log q or
// LogSF = log q for asinh(y) by a safeguarded Newton iteration, polished
// by Newton steps in y.
//
// Accuracy against mpmath (scripts/golden/stats_nc.py, df from 0.1 to 100,
// nc from -300 to 40, values down to 1e-316): 2e-14 relative for CDF, SF
// and their logarithms, 3e-14 for the density, 1e-13 for the quantiles
// (the largest errors far in the tails, where the rounding of y·U - nc is
// magnified by the normal tail's condition number). SciPy 1.10 uses Boost's series for CDF and SF, which
// lose accuracy where y and nc have opposite signs, and a hypergeometric
// formula for the density that cancels in the lower tail and returns NaN
// for large df or nc (df = 10, nc = 40 at y = 30); its excess kurtosis is
// 0 at nc = 0 for every df (T's is 6/(df-4), which Kurtosis here gives).
// Mean, Var, Skew and Kurtosis are NaN for df ≤ 1, 2, 3, 4 as in
// SciPy; they come from the raw moments
// E[Tⁿ] = (df/2)^(n/2)·Γ((df-n)/2)/Γ(df/2)·E[(Z+nc)ⁿ], and the skewness
// and kurtosis lose up to three digits to the cancellation of the central
// moments (1.5e-12 for the kurtosis at df = 100, nc = 3). Moment(n) is
// +Inf for even n ≥ df and NaN for odd n ≥ df. Entropy is a nested
// quadrature of -PDF·log PDF (slow: about 20 ms, 50 ms for df = 0.1, a
// few seconds for nc = 1e4 or df = 1e6); for df < 0.07 the tails reach
// beyond the float64 range and it covers only |y| < 1e304 or so.
type NCT struct {
	continuous
	df, nc float64
}

// NewNCT returns the non-central t distribution with df degrees of freedom
// and non-centrality nc. It returns an ErrValue error unless df is
// positive and finite, nc is finite, loc is finite and scale is positive
// and finite.
func NewNCT(df, nc, loc, scale float64) (*NCT, error) {
	const fn = "NewNCT"
	if err := checkPositive(fn, "df", df); err != nil {
		return nil, err
	}
	if math.IsNaN(nc) || math.IsInf(nc, 0) {
		return nil, newErr(ErrValue, fn, "nc", "must be finite, got %v", nc)
	}
	if err := checkLocScale(fn, loc, scale); err != nil {
		return nil, err
	}
	nu := df
	c0 := math.Ln2 + 0.5*math.Log(nu/2) - lnSqrt2Pi - loaderStirlerr(nu/2)
	return &NCT{continuous{std: nctStd{nu: nu, delta: nc, c0: c0}, loc: loc, scale: scale}, df, nc}, nil
}

// nctStd is the standard non-central t distribution; c0 is the log-density
// of s = log U at s = 0.
type nctStd struct{ nu, delta, c0 float64 }

// nctEm2 is e^(2s) - 1 - 2s, by its power series where it cancels.
func nctEm2(s float64) float64 {
	u := 2 * s
	if math.Abs(u) >= 0.5 {
		return math.Expm1(u) - u
	}
	term, sum := u*u/2, u*u/2
	for n := 3; n < 40; n++ {
		term *= u / float64(n)
		sum += term
		if math.Abs(term) <= 1e-17*sum {
			break
		}
	}
	return sum
}

// lp is the log-density of s = log U: c0 - df·(e^(2s) - 1 - 2s)/2.
func (d nctStd) lp(s float64) float64 { return d.c0 - d.nu*nctEm2(s)/2 }

// dlp is the derivative of lp: -df·(e^(2s) - 1).
func (d nctStd) dlp(s float64) float64 { return -d.nu * math.Expm1(2*s) }

// nctLogPhi is log φ(z).
func nctLogPhi(z float64) float64 { return -z*z/2 - lnSqrt2Pi }

// logTail is log E[Φ(sign·(y·U - nc))]: log CDF for sign = 1, log SF for
// sign = -1.
func (d nctStd) logTail(y, sign float64) float64 {
	if y == 0 {
		return special.LogNdtr(-sign * d.delta)
	}
	L := func(s0, t float64) float64 {
		return d.lp(s0+t) + special.LogNdtr(sign*(y*math.Exp(s0)*math.Exp(t)-d.delta))
	}
	dL := func(s0, t float64) float64 {
		e := y * math.Exp(s0) * math.Exp(t)
		z := sign * (e - d.delta)
		return d.dlp(s0+t) + sign*e*math.Exp(nctLogPhi(z)-special.LogNdtr(z))
	}
	return ncLogIntegral(L, dL, 0)
}

func (nctStd) support() (float64, float64) { return math.Inf(-1), math.Inf(1) }

func (d nctStd) logpdf(y float64) float64 {
	switch {
	case math.IsNaN(y):
		return y
	case math.IsInf(y, 0):
		return math.Inf(-1)
	}
	L := func(s0, t float64) float64 {
		return s0 + t + d.lp(s0+t) + nctLogPhi(y*math.Exp(s0)*math.Exp(t)-d.delta)
	}
	dL := func(s0, t float64) float64 {
		e := y * math.Exp(s0) * math.Exp(t)
		return 1 + d.dlp(s0+t) - (e-d.delta)*e
	}
	return ncLogIntegral(L, dL, 0)
}

func (d nctStd) pdf(y float64) float64 { return math.Exp(d.logpdf(y)) }

func (d nctStd) cdf(y float64) float64 {
	switch {
	case math.IsNaN(y):
		return y
	case math.IsInf(y, -1):
		return 0
	case math.IsInf(y, 1):
		return 1
	}
	return math.Min(1, math.Exp(d.logTail(y, 1)))
}

func (d nctStd) sf(y float64) float64 {
	switch {
	case math.IsNaN(y):
		return y
	case math.IsInf(y, -1):
		return 1
	case math.IsInf(y, 1):
		return 0
	}
	return math.Min(1, math.Exp(d.logTail(y, -1)))
}

// logcdf is the log of the direct integral, or log1p(-SF) where the CDF is
// near 1 and its logarithm is about -SF.
func (d nctStd) logcdf(y float64) float64 {
	switch {
	case math.IsNaN(y):
		return y
	case math.IsInf(y, -1):
		return math.Inf(-1)
	case math.IsInf(y, 1):
		return 0
	}
	if l := d.logTail(y, -1); l < math.Log(0.25) {
		return math.Log1p(-math.Exp(l))
	}
	return math.Min(0, d.logTail(y, 1))
}

func (d nctStd) logsf(y float64) float64 {
	switch {
	case math.IsNaN(y):
		return y
	case math.IsInf(y, -1):
		return 0
	case math.IsInf(y, 1):
		return math.Inf(-1)
	}
	if l := d.logTail(y, 1); l < math.Log(0.25) {
		return math.Log1p(-math.Exp(l))
	}
	return math.Min(0, d.logTail(y, -1))
}

// quantile solves LogCDF = log p (p ≤ pc) or LogSF = log pc for
// v = asinh(y), in which the polynomial tails of small df are within a few
// doubling steps of the normal approximation nc + Φ⁻¹(q)·√(1+nc²/(2df)).
func (d nctStd) quantile(p, pc float64) float64 {
	w := math.Sqrt(1 + d.delta*d.delta/(2*d.nu))
	// The solver evaluates f and then its derivative at the same point:
	// the log-probability, an integral, is kept for the second call. The
	// root has probability p ≤ 1/2 on the side solved, where the direct
	// integral's logarithm is accurate.
	sign, v0, target := 1.0, math.Asinh(d.delta+w*special.Ndtri(p)), ncLog(p)
	if p > pc {
		sign, v0, target = -1, math.Asinh(d.delta-w*special.Ndtri(pc)), ncLog(pc)
	}
	lastY, lastL := math.NaN(), 0.0
	logP := func(y float64) float64 {
		if y != lastY {
			switch {
			case math.IsInf(y, 0) && (y > 0) == (sign > 0):
				lastL = 0
			case math.IsInf(y, 0):
				lastL = math.Inf(-1)
			default:
				lastL = d.logTail(y, sign)
			}
			lastY = y
		}
		return lastL
	}
	v := sfdSolve(func(v float64) float64 { return logP(math.Sinh(v)) - target },
		func(v float64) float64 {
			y := math.Sinh(v)
			return sign * math.Cosh(v) * math.Exp(d.logpdf(y)-logP(y))
		}, math.Inf(-1), math.Inf(1), v0, sign > 0)
	return ncPolish(math.Sinh(v), func(y float64) float64 { return logP(y) - target },
		func(y float64) float64 { return sign * math.Exp(d.logpdf(y)-logP(y)) })
}

func (d nctStd) ppf(q float64) float64 { return d.quantile(q, 1-q) }
func (d nctStd) isf(q float64) float64 { return d.quantile(1-q, q) }

// g1 is √(df/2)·Γ((df-1)/2)/Γ(df/2) for df > 1, from the Stirling forms
// of the two gamma functions for df ≥ 20 (the large terms cancel
// analytically).
func (d nctStd) g1() float64 {
	x := d.nu / 2
	if x < 10 {
		return math.Sqrt(x) * math.Exp(special.Gammaln(x-0.5)-special.Gammaln(x))
	}
	return math.Exp((x-1)*math.Log1p(-0.5/x) + 0.5 + loaderStirlerr(x-0.5) - loaderStirlerr(x))
}

// rawMoment is E[Tⁿ] = Gₙ·E[(Z+nc)ⁿ] with Gₙ = (df/2)^(n/2)·Γ((df-n)/2)/Γ(df/2)
// and E[(Z+nc)ⁿ] = Σ_(k even) C(n, k)·(k-1)!!·nc^(n-k), for n < df; for
// n ≥ df it diverges: +Inf for even n, NaN for odd n.
func (d nctStd) rawMoment(n int) float64 {
	if float64(n) >= d.nu {
		if n%2 == 0 {
			return math.Inf(1)
		}
		return math.NaN()
	}
	x := d.nu / 2
	var g float64
	if n%2 == 0 {
		g = 1
		for i := 1; i <= n/2; i++ {
			g *= x / (x - float64(i))
		}
	} else {
		g = d.g1()
		for i := 1; i <= n/2; i++ {
			g *= x / (x - 0.5 - float64(i))
		}
	}
	var e float64
	binom, dfac := 1.0, 1.0 // C(n, k), (k-1)!!
	for k := 0; k <= n; k += 2 {
		e += binom * dfac * math.Pow(d.delta, float64(n-k))
		binom = binom * float64(n-k) * float64(n-k-1) / (float64(k+1) * float64(k+2))
		dfac *= float64(k + 1)
	}
	return g * e
}

// stats are the central moments from the raw ones; NaN for df ≤ 1, 2, 3,
// 4 respectively, as SciPy's.
func (d nctStd) stats() (mean, variance, skew, kurt float64) {
	nan := math.NaN()
	mean, variance, skew, kurt = nan, nan, nan, nan
	if d.nu <= 1 {
		return
	}
	m1 := d.rawMoment(1)
	mean = m1
	if d.nu <= 2 {
		return
	}
	m2 := d.rawMoment(2)
	variance = m2 - m1*m1
	if d.nu <= 3 {
		return
	}
	m3 := d.rawMoment(3)
	mu3 := m3 - 3*m1*m2 + 2*m1*m1*m1
	skew = mu3 / (variance * math.Sqrt(variance))
	if d.nu <= 4 {
		return
	}
	m4 := d.rawMoment(4)
	mu4 := m4 - 4*m1*m3 + 6*m1*m1*m2 - 3*m1*m1*m1*m1
	kurt = mu4/(variance*variance) - 3
	return
}

// entropy is -∫ PDF·log PDF over y = nc + w·sinh(v), w = √(1+nc²/(2df)),
// for |v| up to 46/df + 10 (at most 700), beyond which the polynomial
// tails hold less than e^-46 of the mass.
func (d nctStd) entropy() float64 {
	w := math.Sqrt(1 + d.delta*d.delta/(2*d.nu))
	V := math.Min(700, 46/d.nu+10)
	f := func(v float64) float64 {
		y := d.delta + w*math.Sinh(v)
		lf := d.logpdf(y)
		if math.IsInf(lf, -1) || math.IsInf(y, 0) {
			return 0
		}
		return -w * math.Cosh(v) * math.Exp(lf) * lf
	}
	return ncQuad(f, -V, V, 8)
}

// rand is (Z+nc)/√(V/df) for V chi-squared with df degrees of freedom.
func (d nctStd) rand(r *rand.Rand) float64 {
	return (r.NormFloat64() + d.delta) / math.Sqrt(2*sfdRandGamma(r, d.nu/2)/d.nu)
}
