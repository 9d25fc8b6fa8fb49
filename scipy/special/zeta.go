package special

import "math"

// Zeta returns the Riemann zeta function ζ(x) (scipy.special.zeta with
// q = None): 1 + Zetac(x) for x > 1, the Euler–Maclaurin series for
// -1 < x < 1, and for x ≤ -1 the functional equation
// ζ(x) = 2^x π^(x-1) sin(πx/2) Γ(1-x) ζ(1-x), with sin(πx/2) reduced
// exactly (so ζ is exactly 0 at negative even integers) and, for x < -30,
// the factor (2π)^x Γ(1-x) formed from its double-double logarithm.
//
// Special cases are (as SciPy's):
//
//	Zeta(1) = +Inf
//	Zeta(±0) = -0.5
//	Zeta(+Inf) = 1
//	Zeta(-Inf) = NaN
//	Zeta(x) = 0 for even integers x < 0
//	Zeta(x) = ±Inf for x < -300 or so where |ζ(x)| overflows
//	Zeta(NaN) = NaN
func Zeta(x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsInf(x, -1):
		return math.NaN()
	case x == 1:
		return math.Inf(1)
	case x > 1:
		return 1 + Zetac(x)
	}
	return zetaReflect(x)
}

// Zetac returns ζ(x) - 1 (scipy.special.zetac), accurate where ζ(x) is
// close to 1: Σ_{k≥2} k^(-x) by the Hurwitz series ζ(x, 2) for x > 1.
//
// Special cases are (as SciPy's):
//
//	Zetac(1) = +Inf
//	Zetac(+Inf) = 0
//	Zetac(-Inf) = NaN
//	Zetac(x) = -1 for even integers x < 0
//	Zetac(NaN) = NaN
func Zetac(x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsInf(x, -1):
		return math.NaN()
	case x == 1:
		return math.Inf(1)
	case math.IsInf(x, 1):
		return 0
	case x > 1:
		if x > 1100 {
			return 0 // 2^-x underflows
		}
		return hurwitzZeta(x, 2)
	case x == 0:
		return -1.5
	}
	// Below 1 the subtraction loses relative accuracy only where ζ(x)
	// itself crosses 1 (near x = -15.6, -18.9, …).
	return zetaReflect(x) - 1
}

// zetaReflect returns ζ(x) for x < 1: by the Euler–Maclaurin series for
// -1 < x < 1, by the functional equation below.
func zetaReflect(x float64) float64 {
	if x == 0 {
		return -0.5
	}
	if x > -1 {
		return hurwitzEM(x, 1)
	}
	q := 1 - x // ≥ 0; ζ(q) by the Hurwitz series
	zq := hurwitzZeta(q, 1)
	s := sinPi(x / 2)
	if s == 0 {
		return 0 // trivial zeros
	}
	if x > -30 {
		// 2^x π^(x-1) Γ(1-x): no overflow.
		return math.Pow(2*math.Pi, x) / math.Pi * s * Gamma(q) * zq
	}
	// log((2π)^x Γ(q)/π) = (q-1/2)·log(q/(2π)) - q + log 2 + μ(q), by
	// Stirling's series (with x = 1-q), in double-double.
	l := logDD2(ddF(q).div(ddPi.mulF(2))).mulF(q - 0.5).addF(-q).add(ddLn2).addF(stirlingMu(q))
	if l.hi > 710 {
		return math.Copysign(math.Inf(1), s)
	}
	return s * expDD(l) * zq
}

// HurwitzZeta returns the Hurwitz zeta function ζ(x, q) = Σₖ (k+q)^(-x)
// (scipy.special.zeta(x, q)), with SciPy's (Cephes') domain conventions.
//
// Special cases are (as SciPy's):
//
//	HurwitzZeta(1, q) = +Inf
//	HurwitzZeta(x, q) = NaN for x < 1
//	HurwitzZeta(x, q) = +Inf for integer q ≤ 0
//	HurwitzZeta(x, q) = NaN for q < 0 and non-integer x
//	HurwitzZeta(x, +Inf) = 0 for x > 1
//	HurwitzZeta with a NaN argument = NaN
func HurwitzZeta(x, q float64) float64 {
	if math.IsNaN(x) || math.IsNaN(q) {
		return math.NaN()
	}
	return hurwitzZeta(x, q)
}
