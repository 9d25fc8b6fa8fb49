package special

import "math"

// besselIvScaled returns I_v(x)·e^(-x) for finite x > 0 and any finite v,
// with I_{-v} = I_v + (2/π)sin(πv)K_v for negative non-integer orders.
func besselIvScaled(v, x float64) float64 {
	a := math.Abs(v)
	im, km, l := besselIKCore(a, x)
	r := besselExpDD(im, l)
	if v < 0 && !besselIsInt(a) {
		// (2/π)sin(πa)·K_a(x)·e^(-x) = (2/π)sin(πa)·km·exp(-l-2x)
		r += besselExpDD(2/math.Pi*sinPi(a)*km, l.neg().addF(-2*x))
	}
	return r
}

// Iv returns the modified Bessel function of the first kind I_v(x) of real
// order v (scipy.special.iv on real arguments).
//
// For v ≥ 0 and x > 0: below order 50, K_μ and K_{μ+1} (|μ| ≤ 1/2) come
// from Temme's series (x < 2), Temme's method with Steed's continued
// fraction (2 ≤ x < 25) or the asymptotic expansion (x ≥ 25), the stable upward recurrence carries K to order v, and I_v
// follows from the continued fraction for I_{v+1}/I_v and the Wronskian
// (or from the asymptotic expansion of I_v itself for x ≥ max(25, v²));
// from order 50 on, Debye's uniform expansion with its exponent in
// double-double. Negative orders use I_{-v} = I_v + (2/π)sin(πv)K_v,
// negative x I_n(-x) = (-1)^n I_n(x). I_v(x) overflows to +Inf near
// x = 713 + v²/(2x)…; the relative error against mpmath is below 1e-13
// (for negative non-integer orders, relative to |I_v| + |(2/π)sin(πv)K_v|
// near the zeros that the difference can have).
//
// Special cases are (as SciPy 1.10.1's):
//
//	Iv(v, ±Inf) = NaN
//	Iv(±Inf, x) = 0 for finite x
//	Iv(0, ±0) = 1
//	Iv(v, ±0) = 0 for v > 0 and for negative integers
//	Iv(v, ±0) = +Inf for negative non-integer v
//	Iv(v, x) = NaN for x < 0 unless v is an integer
//	Iv(NaN, x) = Iv(v, NaN) = NaN
func Iv(v, x float64) float64 {
	switch {
	case math.IsNaN(v) || math.IsNaN(x) || math.IsInf(x, 0):
		return math.NaN()
	case math.IsInf(v, 0):
		return 0
	}
	if x < 0 {
		if !besselIsInt(v) {
			return math.NaN()
		}
		r := Iv(v, -x)
		if besselIsOdd(v) {
			r = -r
		}
		return r
	}
	if x == 0 {
		switch {
		case v == 0:
			return 1
		case v > 0 || besselIsInt(v):
			return 0
		}
		return math.Inf(1)
	}
	a := math.Abs(v)
	im, km, l := besselIKCore(a, x)
	r := besselExpDD(im, l.addF(x))
	if v < 0 && !besselIsInt(a) {
		r += besselExpDD(2/math.Pi*sinPi(a)*km, l.neg().addF(-x))
	}
	return r
}

// Ive returns the exponentially scaled modified Bessel function of the
// first kind I_v(x)·e^(-|x|) (scipy.special.ive on real arguments), by the
// method of Iv without forming e^x, so it stays finite for large x.
// SciPy 1.10.1 (AMOS) returns NaN for very large x (ive(0.5, 1e308));
// Ive returns the value there (≈ 1/√(2πx)).
//
// Special cases are (as SciPy 1.10.1's):
//
//	Ive(v, ±Inf) = NaN
//	Ive(±Inf, x) = NaN
//	Ive(0, ±0) = 1
//	Ive(v, ±0) = 0 for v > 0 and for negative integers
//	Ive(v, ±0) = NaN for negative non-integer v
//	Ive(v, x) = NaN for x < 0 unless v is an integer
//	Ive(NaN, x) = Ive(v, NaN) = NaN
func Ive(v, x float64) float64 {
	switch {
	case math.IsNaN(v) || math.IsNaN(x) || math.IsInf(x, 0) || math.IsInf(v, 0):
		return math.NaN()
	}
	if x < 0 {
		if !besselIsInt(v) {
			return math.NaN()
		}
		r := Ive(v, -x)
		if besselIsOdd(v) {
			r = -r
		}
		return r
	}
	if x == 0 {
		switch {
		case v == 0:
			return 1
		case v > 0 || besselIsInt(v):
			return 0
		}
		return math.NaN()
	}
	return besselIvScaled(v, x)
}

// Kv returns the modified Bessel function of the second kind K_v(x) of
// real order v (scipy.special.kv on real arguments), by the method of Iv
// (K is the dominant solution, carried upward from order μ; Debye's
// expansion from order 50). K_{-v} = K_v. K_v(x) underflows to 0 near
// x = 745 and overflows to +Inf for small x and large v. The relative
// error against mpmath is below 1e-13.
//
// Special cases are (as SciPy 1.10.1's):
//
//	Kv(v, ±0) = +Inf, also for v = NaN
//	Kv(v, +Inf) = 0
//	Kv(v, x) = NaN for x < 0, including -Inf
//	Kv(±Inf, 0) = +Inf; Kv(±Inf, x) = NaN for x ≠ 0
//	Kv(NaN, x) = NaN for x ≠ 0; Kv(v, NaN) = NaN
func Kv(v, x float64) float64 {
	switch {
	case math.IsNaN(x) || x < 0:
		return math.NaN()
	case x == 0:
		return math.Inf(1) // also for v = NaN, as SciPy
	case math.IsNaN(v) || math.IsInf(v, 0):
		return math.NaN()
	case math.IsInf(x, 1):
		return 0
	}
	km, l := besselKCore(math.Abs(v), x)
	return besselExpDD(km, l.neg().addF(-x))
}

// Kve returns the exponentially scaled modified Bessel function of the
// second kind K_v(x)·e^x (scipy.special.kve on real arguments), by the
// method of Kv without forming e^(-x). SciPy 1.10.1 (AMOS) returns NaN for
// very large x (kve(0.5, 1e308)); Kve returns the value there (√(π/(2x))).
//
// Special cases are (as SciPy 1.10.1's):
//
//	Kve(v, ±0) = +Inf, also for v = NaN
//	Kve(v, ±Inf) = NaN
//	Kve(v, x) = NaN for x < 0
//	Kve(±Inf, 0) = +Inf; Kve(±Inf, x) = NaN for x ≠ 0
//	Kve(NaN, x) = NaN for x ≠ 0; Kve(v, NaN) = NaN
func Kve(v, x float64) float64 {
	switch {
	case math.IsNaN(x) || x < 0 || math.IsInf(x, 0):
		return math.NaN()
	case x == 0:
		return math.Inf(1) // also for v = NaN, as SciPy
	case math.IsNaN(v) || math.IsInf(v, 0):
		return math.NaN()
	}
	km, l := besselKCore(math.Abs(v), x)
	return besselExpDD(km, l.neg())
}

// I0 returns the modified Bessel function of the first kind of order 0
// (scipy.special.i0), I_0(x) = Iv(0, x): an even function.
//
// Special cases are (as SciPy's):
//
//	I0(±0) = 1
//	I0(±Inf) = NaN (SciPy's value)
//	I0(NaN) = NaN
func I0(x float64) float64 { return Iv(0, math.Abs(x)) }

// I1 returns the modified Bessel function of the first kind of order 1
// (scipy.special.i1), I_1(x) = Iv(1, x): an odd function.
//
// Special cases are (as SciPy's):
//
//	I1(±0) = 0
//	I1(±Inf) = NaN (SciPy's value)
//	I1(NaN) = NaN
func I1(x float64) float64 { return Iv(1, x) }

// I0e returns the exponentially scaled modified Bessel function of order 0
// (scipy.special.i0e), I_0(x)·e^(-|x|).
//
// Special cases are (as SciPy's):
//
//	I0e(±0) = 1
//	I0e(±Inf) = 0
//	I0e(NaN) = NaN
func I0e(x float64) float64 {
	if math.IsInf(x, 0) {
		return 0
	}
	return Ive(0, math.Abs(x))
}

// I1e returns the exponentially scaled modified Bessel function of order 1
// (scipy.special.i1e), I_1(x)·e^(-|x|): an odd function.
//
// Special cases are (as SciPy's):
//
//	I1e(±0) = 0
//	I1e(±Inf) = ±0
//	I1e(NaN) = NaN
func I1e(x float64) float64 {
	if math.IsInf(x, 0) {
		return math.Copysign(0, x)
	}
	return Ive(1, x)
}

// K0 returns the modified Bessel function of the second kind of order 0
// (scipy.special.k0), K_0(x) = Kv(0, x).
//
// Special cases are (as SciPy's):
//
//	K0(±0) = +Inf
//	K0(+Inf) = 0
//	K0(x) = NaN for x < 0
//	K0(NaN) = NaN
func K0(x float64) float64 { return Kv(0, x) }

// K1 returns the modified Bessel function of the second kind of order 1
// (scipy.special.k1), K_1(x) = Kv(1, x).
//
// Special cases are (as SciPy's):
//
//	K1(±0) = +Inf
//	K1(+Inf) = 0
//	K1(x) = NaN for x < 0
//	K1(NaN) = NaN
func K1(x float64) float64 { return Kv(1, x) }

// K0e returns the exponentially scaled modified Bessel function of the
// second kind of order 0 (scipy.special.k0e), K_0(x)·e^x.
//
// Special cases are (as SciPy's):
//
//	K0e(±0) = +Inf
//	K0e(+Inf) = 0
//	K0e(x) = NaN for x < 0
//	K0e(NaN) = NaN
func K0e(x float64) float64 {
	if math.IsInf(x, 1) {
		return 0
	}
	return Kve(0, x)
}

// K1e returns the exponentially scaled modified Bessel function of the
// second kind of order 1 (scipy.special.k1e), K_1(x)·e^x.
//
// Special cases are (as SciPy's):
//
//	K1e(±0) = +Inf
//	K1e(+Inf) = 0
//	K1e(x) = NaN for x < 0
//	K1e(NaN) = NaN
func K1e(x float64) float64 {
	if math.IsInf(x, 1) {
		return 0
	}
	return Kve(1, x)
}
