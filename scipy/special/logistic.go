package special

import "math"

// Expit returns the logistic sigmoid 1/(1+exp(-x)) (scipy.special.expit).
// For x < 0 it is evaluated as exp(x)/(1+exp(x)), which keeps full relative
// accuracy down to the subnormal range (SciPy's 1/(1+exp(-x)) returns 0
// below x ≈ -709.8 where the exact value is still representable; those
// points are checked against mpmath).
//
// Special cases are:
//
//	Expit(+Inf) = 1
//	Expit(-Inf) = 0
//	Expit(NaN) = NaN
func Expit(x float64) float64 {
	if x < 0 {
		e := math.Exp(x)
		return e / (1 + e)
	}
	return 1 / (1 + math.Exp(-x))
}

// Logit returns log(p/(1-p)), the inverse of Expit (scipy.special.logit).
// Near p = 1/2 it is evaluated as 2·atanh(2p-1) (2p-1 is exact there), so
// that the result keeps its relative accuracy where it crosses zero (SciPy
// 1.10's log(p/(1-p)) has relative error up to ~1e-16/|logit p| there).
//
// Special cases are:
//
//	Logit(0) = -Inf
//	Logit(1) = +Inf
//	Logit(p) = NaN for p < 0 or p > 1
//	Logit(NaN) = NaN
func Logit(p float64) float64 {
	if p >= 0.25 && p <= 0.75 {
		return 2 * math.Atanh(2*p-1)
	}
	if p < 0.25 {
		return logx(p) - math.Log1p(-p)
	}
	return math.Log(p / (1 - p)) // 1-p is exact for p ≥ 0.5
}

// LogExpit returns log(expit(x)) = -log(1+exp(-x)) without overflow or
// cancellation (scipy.special.log_expit).
//
// Special cases are:
//
//	LogExpit(+Inf) = 0
//	LogExpit(-Inf) = -Inf
//	LogExpit(NaN) = NaN
func LogExpit(x float64) float64 {
	if x < 0 {
		return x - math.Log1p(math.Exp(x))
	}
	return -math.Log1p(math.Exp(-x))
}

// Xlogy returns x·log(y), defined as 0 when x = 0 and y is not NaN
// (scipy.special.xlogy), so that 0·log(0) = 0 as in entropies.
//
// Special cases are:
//
//	Xlogy(0, y) = 0 for any y but NaN (also y ≤ 0 and ±Inf)
//	Xlogy(x, NaN) = NaN
//	Xlogy(x, y) = NaN for y < 0, x ≠ 0
//	Xlogy(x, 0) = -Inf·sign(x) for x ≠ 0
func Xlogy(x, y float64) float64 {
	if x == 0 && !math.IsNaN(y) {
		return 0
	}
	return x * logx(y)
}

// Xlog1py returns x·log(1+y), defined as 0 when x = 0 and y is not NaN
// (scipy.special.xlog1py).
//
// Special cases are:
//
//	Xlog1py(0, y) = 0 for any y but NaN
//	Xlog1py(x, NaN) = NaN
//	Xlog1py(x, y) = NaN for y < -1, x ≠ 0
func Xlog1py(x, y float64) float64 {
	if x == 0 && !math.IsNaN(y) {
		return 0
	}
	return x * math.Log1p(y)
}

// Sinc returns the normalized sinc function sin(πx)/(πx), 1 at x = 0
// (scipy.special.sinc, which is numpy.sinc). The sine's argument is reduced
// exactly, so Sinc is exactly 0 at nonzero integers and accurate for large
// |x|, where numpy's sin(π·x) loses digits to the rounding of π·x (numpy's
// sinc(3) is 3.9e-17): those points are checked against mpmath.
//
// Special cases are:
//
//	Sinc(±0) = 1
//	Sinc(±Inf) = NaN (numpy's sin(Inf)/Inf)
//	Sinc(NaN) = NaN
func Sinc(x float64) float64 {
	if math.Abs(x) < 1e-8 {
		return 1 - (math.Pi*x)*(math.Pi*x)/6
	}
	return sinPi(x) / (math.Pi * x)
}

// Boxcox returns the Box-Cox transformation (x^λ - 1)/λ, or log(x) for
// λ = 0 (scipy.special.boxcox), as expm1(λ·log x)/λ, or log(x) when
// |λ| < 1e-19 as SciPy.
//
// Special cases are:
//
//	Boxcox(x, λ) = NaN for x < 0
//	Boxcox(0, λ) = -1/λ for λ > 0, -Inf for λ ≤ 0 (log(0) = -Inf)
//	Boxcox(NaN, λ) = Boxcox(x, NaN) = NaN
func Boxcox(x, lmbda float64) float64 {
	if math.Abs(lmbda) < 1e-19 {
		return logx(x)
	}
	t := lmbda * logx(x)
	if t > 20 && x > 0 && isFinite(t) {
		// x^λ = exp(λ·log x) with λ·log x in double-double: a rounded
		// exponent t costs ~t·1e-16 relative (1.5e-13 at t = 700).
		return (expDD(logDD(x).mulF(lmbda)) - 1) / lmbda
	}
	return math.Expm1(t) / lmbda
}

// InvBoxcox returns the inverse of the Box-Cox transformation,
// (1+λy)^(1/λ), or exp(y) for λ = 0 (scipy.special.inv_boxcox), as
// exp(log1p(λ·y)/λ).
//
// Special cases are:
//
//	InvBoxcox(y, λ) = NaN where 1+λy < 0
//	InvBoxcox(NaN, λ) = InvBoxcox(y, NaN) = NaN
func InvBoxcox(y, lmbda float64) float64 {
	if lmbda == 0 {
		return math.Exp(y)
	}
	l := math.Log1p(lmbda*y) / lmbda
	if math.Abs(l) > 20 && isFinite(l) {
		// The exponent log1p(λy)/λ in double-double (λy exact as hi+lo,
		// 1+λy exact as hi+lo), for the reason given in Boxcox.
		u, ul := twoProd(lmbda, y)
		one := ddSum(1, u)
		one.lo += ul
		return expDD(logDD2(one).div(ddF(lmbda)))
	}
	return math.Exp(l)
}
