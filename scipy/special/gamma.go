package special

import "math"

const (
	lnSqrt2Pi  = 0.91893853320467274178032973640561763986139747363778 // log(√(2π))
	sqrt2Pi    = 2.50662827463100050241576528481104525300698674060994 // √(2π)
	eulerGamma = 0.57721566490153286060651209008240243104215933593992
)

// isNonPosInt reports whether x is 0 or a negative integer (-Inf is not).
func isNonPosInt(x float64) bool {
	return x <= 0 && x == math.Floor(x) && !math.IsInf(x, 0)
}

// Gamma returns the gamma function Γ(x), scipy.special.gamma.
//
// Go's math.Gamma (Cephes' algorithm, as SciPy's) is used inside the domain;
// its relative error measured against mpmath is below 1.1e-14 on
// [-175, 172] (it grows with |x| through the power x^(x-1/2)). The special
// cases follow SciPy rather than Go's math package:
//
//	Gamma(+Inf) = +Inf
//	Gamma(-Inf) = -Inf
//	Gamma(±0) = +Inf
//	Gamma(x) = +Inf for integer x < 0
//	Gamma(x) = +Inf for x > 171.62… (overflow)
//	Gamma(NaN) = NaN
func Gamma(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case math.IsInf(x, 0):
		return x
	case isNonPosInt(x):
		return math.Inf(1)
	}
	return math.Gamma(x)
}

// Gammasgn returns the sign of Γ(x): 1, -1, or 0 where Γ has a pole
// (scipy.special.gammasgn).
//
// Special cases are (as SciPy's):
//
//	Gammasgn(±0) = 0
//	Gammasgn(x) = 0 for integer x < 0
//	Gammasgn(+Inf) = 1
//	Gammasgn(-Inf) = 1
//	Gammasgn(NaN) = NaN
func Gammasgn(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case x > 0:
		return 1
	case math.IsInf(x, -1):
		return 1 // SciPy's Cephes answer: Γ oscillates, no sign exists
	}
	fx := math.Floor(x)
	if x == fx {
		return 0
	}
	// Γ(x) < 0 on (-1, 0), (-3, -2), …: where floor(x) is odd. Every
	// non-integer float64 has |x| < 2^52, so the conversion is exact.
	if int64(fx)&1 != 0 {
		return -1
	}
	return 1
}

// gammaParts returns a, b with Γ(q) = a·b for 33 ≤ q ≤ 200, each factor
// finite where Γ(q) itself overflows (Γ(200) ≈ 4e372), from Stirling's
// series Γ(q) = √(2π)·q^(q-1/2)·e^(-q)·e^μ(q).
func gammaParts(q float64) (a, b float64) {
	a = math.Pow(q, 0.5*q-0.25)
	b = a * math.Exp(-q) * sqrt2Pi * math.Exp(stirlingMu(q))
	return a, b
}

// stirlingMu returns μ(x) = log Γ(x) - ((x-1/2)·log x - x + log √(2π)),
// the remainder of Stirling's series, for x ≥ 10 (asymptotic series in 1/x²
// with the coefficients B₂ₖ/(2k(2k-1)); eight terms reach 1e-19 at x = 10).
func stirlingMu(x float64) float64 {
	if x < 10 {
		lg, _ := math.Lgamma(x)
		return lg - ((x-0.5)*math.Log(x) - x + lnSqrt2Pi)
	}
	z := 1 / (x * x)
	p := -3617.0 / 122400
	p = p*z + 1.0/156
	p = p*z - 691.0/360360
	p = p*z + 1.0/1188
	p = p*z - 1.0/1680
	p = p*z + 1.0/1260
	p = p*z - 1.0/360
	p = p*z + 1.0/12
	return p / x
}

// Rgamma returns 1/Γ(x), the reciprocal gamma function
// (scipy.special.rgamma), which is entire: it is zero at the poles of Γ.
//
// For x < 0 it uses 1/Γ(x) = sin(πx)·Γ(1-x)/π with the sine's argument
// reduced exactly, so it stays accurate near the zeros; SciPy computes
// exp(-log|Γ|) for |x| > 34, whose error grows to ~1e-13 near |x| = 170,
// so values there are checked against mpmath.
//
// Special cases are (as SciPy's):
//
//	Rgamma(+Inf) = 0
//	Rgamma(-Inf) = NaN
//	Rgamma(±0) = 0
//	Rgamma(x) = 0 for integer x < 0
//	Rgamma(x) = ±Inf for x < -171 where |1/Γ(x)| overflows
//	Rgamma(NaN) = NaN
func Rgamma(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case math.IsInf(x, 1):
		return 0
	case math.IsInf(x, -1):
		return math.NaN()
	case isNonPosInt(x):
		return 0
	}
	if x > 0 {
		if x < 171 {
			return 1 / math.Gamma(x)
		}
		if x > 200 {
			return 0 // below the smallest subnormal
		}
		a, b := gammaParts(x)
		return 1 / a / b
	}
	q := 1 - x
	s := sinPi(x) / math.Pi
	if q < 171 {
		return s * math.Gamma(q)
	}
	if q > 200 {
		// |sin(πx)| ≥ π·ulp(x)/2 ≈ 1e-14 here and Γ(q) > 1e372.
		return math.Copysign(math.Inf(1), s)
	}
	a, b := gammaParts(q)
	return s * a * b
}

// Gammaln returns log|Γ(x)|, the logarithm of the absolute value of the
// gamma function (scipy.special.gammaln).
//
// It is Go's math.Lgamma (FreeBSD's algorithm), which unlike SciPy's Cephes
// lgam keeps full relative accuracy near the zeros at x = 1 and x = 2
// (SciPy loses digits there, so those points are checked against mpmath).
// Near the zeros of log|Γ| on the negative axis both lose relative
// accuracy: there the error is about 1e-16·|log Γ(1-x)| absolute.
//
// Special cases are:
//
//	Gammaln(+Inf) = +Inf
//	Gammaln(-Inf) = -Inf (SciPy's value)
//	Gammaln(±0) = +Inf
//	Gammaln(x) = +Inf for integer x < 0
//	Gammaln(NaN) = NaN
func Gammaln(x float64) float64 {
	if x != 0 && math.Abs(x) < 0x1p-70 {
		// log|Γ(x)| = -log|x| - γx + O(x²); math.Lgamma's own -log|x|
		// is wrong for subnormal x (see logx).
		return -logx(math.Abs(x))
	}
	lg, _ := math.Lgamma(x)
	return lg
}

// Loggamma returns the principal branch of log Γ(x) for real x
// (scipy.special.loggamma on real input): log Γ(x) for x ≥ 0, NaN for
// x < 0, where Γ(x) may be negative and the logarithm is complex.
//
// Special cases are:
//
//	Loggamma(+Inf) = +Inf
//	Loggamma(±0) = +Inf
//	Loggamma(x) = NaN for x < 0, including -Inf
//	Loggamma(NaN) = NaN
func Loggamma(x float64) float64 {
	if x < 0 {
		return math.NaN()
	}
	return Gammaln(x)
}
