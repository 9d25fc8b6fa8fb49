package special

import "math"

// Boxcox1p returns the Box-Cox transformation of 1+x,
// ((1+x)^λ - 1)/λ, or log(1+x) for λ = 0 (scipy.special.boxcox1p), as
// expm1(λ·log1p(x))/λ, accurate for small x; log1p(x) when |λ| < 1e-19 or
// |log1p(x)| < 1e-289 (with |λ| < 1e273) as SciPy. Where λ·log1p(x) > 20
// the exponent is carried in double-double (as in Boxcox).
//
// Special cases are:
//
//	Boxcox1p(x, λ) = NaN for x < -1
//	Boxcox1p(-1, λ) = -1/λ for λ > 0, -Inf for λ ≤ 0
//	Boxcox1p(NaN, λ) = Boxcox1p(x, NaN) = NaN
func Boxcox1p(x, lmbda float64) float64 {
	lgx := math.Log1p(x)
	if math.Abs(lmbda) < 1e-19 || (math.Abs(lgx) < 1e-289 && math.Abs(lmbda) < 1e273) {
		return lgx
	}
	t := lmbda * lgx
	if t > 20 && t < 710 {
		// (1+x)^λ = exp(λ·log(1+x)) with 1+x exact as a double-double.
		return (expDD(logDD2(ddSum(1, x)).mulF(lmbda)) - 1) / lmbda
	}
	return math.Expm1(t) / lmbda
}

// InvBoxcox1p returns the inverse of Boxcox1p, (1+λy)^(1/λ) - 1, or
// expm1(y) for λ = 0 (scipy.special.inv_boxcox1p), as
// expm1(log1p(λy)/λ), and as expm1(y) when |λy| < 1e-154, where
// log1p(λy)/λ = y(1 - λy/2 + …) is y to full precision. (SciPy returns y
// itself there, which is wrong unless y is small too: InvBoxcox1p(1, 1e-160)
// is e-1 = 1.718…, where SciPy 1.10 returns 1.) Where the exponent exceeds
// 20 it is carried in double-double.
//
// Special cases are:
//
//	InvBoxcox1p(y, λ) = NaN where 1+λy < 0
//	InvBoxcox1p(NaN, λ) = InvBoxcox1p(y, NaN) = NaN
func InvBoxcox1p(y, lmbda float64) float64 {
	switch {
	case lmbda == 0 || math.Abs(lmbda*y) < 1e-154:
		return math.Expm1(y)
	}
	l := math.Log1p(lmbda*y) / lmbda
	if math.Abs(l) > 20 && math.Abs(l) < 710 {
		u, ul := twoProd(lmbda, y)
		one := ddSum(1, u)
		one.lo += ul
		return expDD(logDD2(one).div(ddF(lmbda))) - 1
	}
	return math.Expm1(l)
}
