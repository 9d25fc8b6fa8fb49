package special

import "math"

// Orthogonal polynomials of integer degree, evaluated by their three-term
// recurrences (Abramowitz and Stegun 22.7), as SciPy does for integer n
// (its eval_* functions with an integer first argument). Non-integer
// degrees, which SciPy evaluates through hypergeometric functions, are not
// offered. The Jacobi-type families (Legendre, Chebyshev, Gegenbauer,
// Jacobi) and Laguerre run the recurrence on the differences
// d_k = P_k - P_{k-1} with the factor (x-1) (Laguerre: x) explicit, as
// SciPy (Levrie and Piessens), which keeps the relative accuracy near
// x = 1 (Laguerre: x = 0), for |x| ≥ ½ (x < 0 reflected to x > 0); for
// |x| < ½ the plain three-term form is the accurate one. Each recurrence is
// forward-stable on its orthogonality interval and grows with the
// polynomial outside it, so the absolute error is about n·ε times the
// largest |P_k(x)|, k ≤ n: close to the zeros of P_n only that absolute
// error is small (as in SciPy), elsewhere the relative error is a few ulps
// times n. Values beyond the float64 range are carried with a separate
// binary exponent and overflow to ±Inf only at the end.
//
// At x = ±Inf the recurrences would compute ∞ - ∞; these functions return
// NaN there for n ≥ 1 (SciPy returns ±Inf for some families and NaN for
// others).

// orthoScale rescales the pair (a, b) of a recurrence by 2^-500 when b
// grows past 2^500, counting the exponent in e.
func orthoScale(a, b *float64, e *int) {
	if math.Abs(*b) > 0x1p500 {
		*a *= 0x1p-500
		*b *= 0x1p-500
		*e += 500
	}
}

// orthoDiff runs the difference form of a Jacobi-type recurrence:
// p_0 = 1, d_1 = d1, p_1 = 1 + d1 and for k = 1, …, n-1
// d_{k+1} = f(k)·(x-1)·p_k + g(k)·d_k, p_{k+1} = p_k + d_{k+1}; it returns
// p_n as a mantissa and binary exponent.
func orthoDiff(n int, xm1, d1 float64, f, g func(k float64) float64) (float64, int) {
	d, p := d1, 1+d1
	e := 0
	for k := 1; k < n; k++ {
		fk := float64(k)
		d = f(fk)*xm1*p + g(fk)*d
		p += d
		orthoScale(&d, &p, &e)
	}
	return p, e
}

// orthoSign is (-1)^n.
func orthoSign(n int) float64 {
	if n%2 != 0 {
		return -1
	}
	return 1
}

// orthoInf reports whether x is infinite with a degree ≥ 1 (NaN result).
func orthoInf(n int, x float64) bool { return n >= 1 && math.IsInf(x, 0) }

// EvalLegendre returns the Legendre polynomial P_n(x)
// (scipy.special.eval_legendre with integer n), by the recurrence
// (k+1)P_{k+1} = (2k+1)x·P_k - k·P_{k-1}. For n < 0, P_n = P_{-n-1}, as
// SciPy.
//
// Special cases are:
//
//	EvalLegendre(0, x) = 1; EvalLegendre(n, NaN) = NaN
//	EvalLegendre(n, ±Inf) = NaN for n ≥ 1 (see above)
func EvalLegendre(n int, x float64) float64 {
	if n < 0 {
		n = -n - 1
	}
	switch {
	case n == 0:
		return 1 // also at NaN, as SciPy
	case math.IsNaN(x) || orthoInf(n, x):
		return math.NaN()
	case n == 1:
		return x
	}
	if math.Abs(x) < 0.5 {
		p0, p1 := 1.0, x
		for k := 1; k < n; k++ {
			fk := float64(k)
			p0, p1 = p1, ((2*fk+1)*x*p1-fk*p0)/(fk+1)
		}
		return p1
	}
	sg := 1.0
	if x < 0 {
		x, sg = -x, orthoSign(n)
	}
	// P_1 - P_0 = x - 1; d_{k+1} = (2k+1)/(k+1)·(x-1)·P_k + k/(k+1)·d_k.
	p, e := orthoDiff(n, x-1, x-1,
		func(k float64) float64 { return (2*k + 1) / (k + 1) },
		func(k float64) float64 { return k / (k + 1) })
	return sg * math.Ldexp(p, e)
}

// EvalChebyt returns the Chebyshev polynomial of the first kind T_n(x)
// (scipy.special.eval_chebyt with integer n), by the recurrence
// T_{k+1} = 2x·T_k - T_{k-1}; T_{-n} = T_n.
//
// Special cases are:
//
//	EvalChebyt(0, x) = 1; EvalChebyt(n, NaN) = NaN
//	EvalChebyt(n, ±Inf) = NaN for n ≠ 0
func EvalChebyt(n int, x float64) float64 {
	if n < 0 {
		n = -n
	}
	switch {
	case math.IsNaN(x) || orthoInf(n, x):
		return math.NaN()
	case n == 0:
		return 1
	case n == 1:
		return x
	}
	if math.Abs(x) < 0.5 {
		t0, t1 := 1.0, x
		for k := 1; k < n; k++ {
			t0, t1 = t1, 2*x*t1-t0
		}
		return t1
	}
	sg := 1.0
	if x < 0 {
		x, sg = -x, orthoSign(n)
	}
	// d_{k+1} = 2(x-1)·T_k + d_k, d_1 = x - 1.
	p, e := orthoDiff(n, x-1, x-1,
		func(float64) float64 { return 2 },
		func(float64) float64 { return 1 })
	return sg * math.Ldexp(p, e)
}

// EvalChebyu returns the Chebyshev polynomial of the second kind U_n(x)
// (scipy.special.eval_chebyu with integer n), by the recurrence
// U_{k+1} = 2x·U_k - U_{k-1}; U_{-1} = 0 and U_{-n} = -U_{n-2}, as SciPy.
//
// Special cases are:
//
//	EvalChebyu(0, x) = 1; EvalChebyu(-1, x) = 0 (x not NaN)
//	EvalChebyu(n, NaN) = NaN; EvalChebyu(n, ±Inf) = NaN for n ≥ 1
func EvalChebyu(n int, x float64) float64 {
	sign := 1.0
	switch {
	case math.IsNaN(x):
		return x
	case n == -1:
		return 0
	case n < -1:
		n, sign = -n-2, -1
	}
	switch {
	case orthoInf(n, x):
		return math.NaN()
	case n == 0:
		return sign
	}
	if math.Abs(x) < 0.5 {
		u0, u1 := 1.0, 2*x
		for k := 1; k < n; k++ {
			u0, u1 = u1, 2*x*u1-u0
		}
		return sign * u1
	}
	if x < 0 {
		x, sign = -x, sign*orthoSign(n)
	}
	// d_{k+1} = 2(x-1)·U_k + d_k, d_1 = U_1 - U_0 = 2(x-1) + 1.
	p, e := orthoDiff(n, x-1, 2*(x-1)+1,
		func(float64) float64 { return 2 },
		func(float64) float64 { return 1 })
	return sign * math.Ldexp(p, e)
}

// EvalHermite returns the physicists' Hermite polynomial H_n(x)
// (scipy.special.eval_hermite), by the recurrence
// H_{k+1} = 2x·H_k - 2k·H_{k-1}. (SciPy evaluates 2^(n/2)·He_n(√2·x),
// which adds the rounding of √2·x, up to n·ε relative; this recurrence
// has none.)
//
// Special cases are:
//
//	EvalHermite(n, x) = NaN for n < 0, as SciPy
//	EvalHermite(0, x) = 1; EvalHermite(n, NaN) = NaN
//	EvalHermite(n, ±Inf) = NaN for n ≥ 1
func EvalHermite(n int, x float64) float64 {
	switch {
	case n < 0 || math.IsNaN(x) || orthoInf(n, x):
		return math.NaN()
	case n == 0:
		return 1
	}
	h0, h1 := 1.0, 2*x
	e := 0
	for k := 1; k < n; k++ {
		h0, h1 = h1, 2*x*h1-2*float64(k)*h0
		orthoScale(&h0, &h1, &e)
	}
	return math.Ldexp(h1, e)
}

// EvalHermitenorm returns the probabilists' (normalized) Hermite
// polynomial He_n(x) (scipy.special.eval_hermitenorm), by the recurrence
// He_{k+1} = x·He_k - k·He_{k-1}.
//
// Special cases are:
//
//	EvalHermitenorm(n, x) = NaN for n < 0, as SciPy
//	EvalHermitenorm(0, x) = 1; EvalHermitenorm(n, NaN) = NaN
//	EvalHermitenorm(n, ±Inf) = NaN for n ≥ 1
func EvalHermitenorm(n int, x float64) float64 {
	switch {
	case n < 0 || math.IsNaN(x) || orthoInf(n, x):
		return math.NaN()
	case n == 0:
		return 1
	}
	h0, h1 := 1.0, x
	e := 0
	for k := 1; k < n; k++ {
		h0, h1 = h1, x*h1-float64(k)*h0
		orthoScale(&h0, &h1, &e)
	}
	return math.Ldexp(h1, e)
}

// EvalLaguerre returns the Laguerre polynomial L_n(x)
// (scipy.special.eval_laguerre with integer n), EvalGenlaguerre(n, 0, x).
//
// Special cases are:
//
//	EvalLaguerre(n, x) = 0 for n < 0, as SciPy
//	EvalLaguerre(0, x) = 1; EvalLaguerre(n, NaN) = NaN
func EvalLaguerre(n int, x float64) float64 {
	return EvalGenlaguerre(n, 0, x)
}

// EvalGenlaguerre returns the generalized Laguerre polynomial L_n^(α)(x)
// (scipy.special.eval_genlaguerre with integer n), by the recurrence
// (k+1)L_{k+1} = (2k+1+α-x)·L_k - (k+α)·L_{k-1} in SciPy's difference
// form for L_n^(α)(x)/C(n+α, n), times C(n+α, n) = (α+1)_n/n!.
//
// Special cases are:
//
//	EvalGenlaguerre(n, α, x) = NaN for α ≤ -1 (SciPy's domain) or a NaN argument
//	EvalGenlaguerre(n, α, x) = 0 for n < 0, as SciPy
//	EvalGenlaguerre(0, α, x) = 1
//	EvalGenlaguerre(n, α, ±Inf) = NaN for n ≥ 1
func EvalGenlaguerre(n int, alpha, x float64) float64 {
	switch {
	case math.IsNaN(alpha) || math.IsNaN(x) || alpha <= -1:
		return math.NaN()
	case n < 0:
		return 0
	case orthoInf(n, x) || math.IsInf(alpha, 0):
		return math.NaN()
	case n == 0:
		return 1
	}
	// L_n^(α)(x)/L_n^(α)(0) by differences with the factor x explicit:
	// d_1 = -x/(α+1), d_{k+1} = -x/(k+α+1)·p_k + k/(k+α+1)·d_k.
	d := -x / (alpha + 1)
	p := 1 + d
	e := 0
	for k := 1; k < n; k++ {
		fk := float64(k)
		d = -x/(fk+alpha+1)*p + fk/(fk+alpha+1)*d
		p += d
		orthoScale(&d, &p, &e)
	}
	m, me := orthoPochRatio(alpha+1, n)
	return math.Ldexp(m*p, e+me)
}

// EvalJacobi returns the Jacobi polynomial P_n^(α,β)(x)
// (scipy.special.eval_jacobi with integer n), by the recurrence (DLMF
// 18.9.2)
//
//	2(k+1)(k+α+β+1)(2k+α+β)·P_{k+1} = (2k+α+β+1)((2k+α+β+2)(2k+α+β)x + α²-β²)·P_k
//	                                  - 2(k+α)(k+β)(2k+α+β+2)·P_{k-1},
//
// and where one of its leading coefficients vanishes (α+β a negative
// integer), by the explicit sum Σ_s C(n+α, n-s)·C(n+β, s)·((x-1)/2)^s·
// ((x+1)/2)^(n-s) (DLMF 18.5.8). Unlike SciPy 1.10, whose recurrence
// divides by α+1, it is finite at α = -1 (the polynomial is).
//
// Special cases are:
//
//	EvalJacobi(n, α, β, x) = 0 for n < 0, as SciPy
//	EvalJacobi(0, α, β, x) = 1
//	EvalJacobi(n, α, β, x) = NaN if an argument is NaN, or x = ±Inf with n ≥ 1
func EvalJacobi(n int, alpha, beta, x float64) float64 {
	switch {
	case math.IsNaN(alpha) || math.IsNaN(beta) || math.IsNaN(x):
		return math.NaN()
	case n < 0:
		return 0
	case orthoInf(n, x) || math.IsInf(alpha, 0) || math.IsInf(beta, 0):
		return math.NaN()
	case n == 0:
		return 1
	}
	ab := alpha + beta
	if n == 1 {
		return ((alpha - beta) + (ab+2)*x) / 2
	}
	if math.Abs(x) >= 0.5 && alpha != -1 && beta != -1 {
		sg := 1.0
		a, b := alpha, beta
		if x < 0 {
			// P_n^(α,β)(-x) = (-1)ⁿ P_n^(β,α)(x)
			x, sg, a, b = -x, orthoSign(n), beta, alpha
		}
		if v, ok := jacobiDiff(n, a, b, x); ok {
			return sg * v
		}
		if sg < 0 {
			x = -x
		}
	}
	p0, p1 := 1.0, ((alpha-beta)+(ab+2)*x)/2
	e := 0
	for k := 1; k < n; k++ {
		fk := float64(k)
		t := 2*fk + ab
		den := 2 * (fk + 1) * (fk + ab + 1) * t
		if den == 0 {
			return jacobiSum(n, alpha, beta, x)
		}
		a := (t + 1) * ((t+2)*t*x + (alpha-beta)*ab)
		b := 2 * (fk + alpha) * (fk + beta) * (t + 2)
		p0, p1 = p1, (a*p1-b*p0)/den
		orthoScale(&p0, &p1, &e)
	}
	return math.Ldexp(p1, e)
}

// jacobiDiff is SciPy's difference form of the Jacobi recurrence for
// P_n^(α,β)(x)/C(n+α, n), times C(n+α, n), for x ≥ ½; ok is false where
// one of its denominators vanishes.
func jacobiDiff(n int, alpha, beta, x float64) (v float64, ok bool) {
	ab := alpha + beta
	for k := 1; k < n; k++ {
		fk := float64(k)
		if 2*fk+ab == 0 || fk+ab+1 == 0 || fk+alpha+1 == 0 {
			return 0, false
		}
	}
	xm1 := x - 1
	p, e := orthoDiff(n, xm1, (ab+2)*xm1/(2*(alpha+1)),
		func(k float64) float64 {
			t := 2*k + ab
			return t * (t + 1) * (t + 2) / (2 * (k + alpha + 1) * (k + ab + 1) * t)
		},
		func(k float64) float64 {
			t := 2*k + ab
			return 2 * k * (k + beta) * (t + 2) / (2 * (k + alpha + 1) * (k + ab + 1) * t)
		})
	m, me := orthoPochRatio(alpha+1, n)
	return math.Ldexp(m*p, e+me), true
}

// jacobiSum is P_n^(α,β)(x) by its explicit sum (DLMF 18.5.8).
func jacobiSum(n int, alpha, beta, x float64) float64 {
	fn := float64(n)
	u, v := (x-1)/2, (x+1)/2
	var s float64
	for i := 0; i <= n; i++ {
		fi := float64(i)
		s += Binom(fn+alpha, fn-fi) * Binom(fn+beta, fi) * math.Pow(u, fi) * math.Pow(v, fn-fi)
	}
	return s
}

// EvalGegenbauer returns the Gegenbauer (ultraspherical) polynomial
// C_n^(α)(x) (scipy.special.eval_gegenbauer with integer n), by the
// recurrence (k+1)C_{k+1} = 2(k+α)x·C_k - (k+2α-1)·C_{k-1}, C_1 = 2αx.
// Unlike SciPy 1.10, whose recurrence divides by k+2α, it is finite at
// α = -1/2, -1, … (the polynomial is).
//
// Special cases are:
//
//	EvalGegenbauer(n, α, x) = 0 for n < 0, and for n ≥ 1 with α = 0, as SciPy
//	EvalGegenbauer(0, α, x) = 1
//	EvalGegenbauer(n, α, x) = NaN if an argument is NaN, or x = ±Inf with n ≥ 1
func EvalGegenbauer(n int, alpha, x float64) float64 {
	switch {
	case math.IsNaN(alpha) || math.IsNaN(x):
		return math.NaN()
	case n < 0:
		return 0
	case n == 0:
		return 1
	case orthoInf(n, x) || math.IsInf(alpha, 0):
		return math.NaN()
	case alpha == 0:
		return 0
	}
	if math.Abs(x) >= 0.5 {
		if v, ok := gegenbauerDiff(n, alpha, math.Abs(x)); ok {
			if x < 0 {
				v *= orthoSign(n)
			}
			return v
		}
	}
	c0, c1 := 1.0, 2*alpha*x
	e := 0
	for k := 1; k < n; k++ {
		fk := float64(k)
		c0, c1 = c1, (2*(fk+alpha)*x*c1-((fk-1)+2*alpha)*c0)/(fk+1)
		orthoScale(&c0, &c1, &e)
	}
	return math.Ldexp(c1, e)
}

// gegenbauerDiff is SciPy's difference form of the Gegenbauer recurrence
// for x ≥ ½: d_1 = x - 1, d_{k+1} = 2(k+α)/(k+2α)·(x-1)·p_k + k/(k+2α)·d_k,
// times C(n+2α-1, n) (2α/n where |α/n| < 1e-8); ok is false where k + 2α
// vanishes.
func gegenbauerDiff(n int, alpha, x float64) (v float64, ok bool) {
	for k := 1; k < n; k++ {
		if float64(k)+2*alpha == 0 {
			return 0, false
		}
	}
	xm1 := x - 1
	p, e := orthoDiff(n, xm1, xm1,
		func(k float64) float64 { return 2 * (k + alpha) / (k + 2*alpha) },
		func(k float64) float64 { return k / (k + 2*alpha) })
	m, me := orthoPochRatio(2*alpha, n)
	return math.Ldexp(m*p, e+me), true
}

// orthoPochRatio returns (a)_n/n! = Π_{k=0}^{n-1} (a+k)/(k+1) = C(n+a-1, n)
// as a mantissa and binary exponent, by the product itself: unlike a
// binomial coefficient of the rounded n+a-1, it keeps the relative
// accuracy of a small a (C(n-1+2α, n) ≈ 2α/n for α → 0).
func orthoPochRatio(a float64, n int) (float64, int) {
	m, e := 1.0, 0
	for k := 0; k < n; k++ {
		m *= (a + float64(k)) / float64(k+1)
		if math.Abs(m) > 0x1p500 || (m != 0 && math.Abs(m) < 0x1p-500) {
			f, x := math.Frexp(m)
			m, e = f, e+x
		}
	}
	return m, e
}
