package special

import "math"

// besselIsInt reports whether v is an integer (v finite).
func besselIsInt(v float64) bool { return v == math.Trunc(v) }

// besselIsOdd reports whether the integer v is odd.
func besselIsOdd(v float64) bool { return math.Mod(v, 2) != 0 }

// Jv returns the Bessel function of the first kind J_v(x) of real order v
// (scipy.special.jv on real arguments).
//
// For x > 0 and v ≥ 0 (orders 0 and 1: J0 and Go's math.J1, see J0),
// Y_μ and Y_{μ+1} (|μ| ≤ 1/2, v-μ an integer) come
// from Temme's series for x < 2, Steed's continued fractions for
// 2 ≤ x < 25 and Hankel's asymptotic expansion for x ≥ 25 (with the phase
// reduced exactly, so J_v(1e15) is accurate); the upward recurrence
// carries Y to order v, and J_v follows from the continued fraction for
// J_{v+1}/J_v and the Wronskian. For x ≥ 25 and v ≤ x both J and Y are
// recurred upward from Hankel's values. Negative orders use
// J_{-v} = cos(πv)J_v - sin(πv)Y_v (J_{-n} = (-1)^n J_n for integers),
// negative x J_n(-x) = (-1)^n J_n(x). The relative error against mpmath is
// below 1e-13 (measured: see TestGoldenBessel); near a zero the error is
// below 1e-13 of the local amplitude √(J_v²+Y_v²) instead, the accuracy
// to which the zero's position is defined by x. The cost grows with
// max(v, x) below x = 25 and with v beyond. Orders v ≥ 2000 with
// x ≤ v/2 give 0 (the value underflows); orders above 1e6 are computed
// only for x ≥ v² (Hankel's expansion of order v) and give NaN between
// v/2 and v², where the recurrence would take v steps.
//
// Special cases are (as SciPy 1.10.1's):
//
//	Jv(v, ±Inf) = NaN
//	Jv(±Inf, x) = 0 for x ≥ 0; NaN for x < 0 or x = +Inf
//	Jv(0, ±0) = 1
//	Jv(v, ±0) = 0 for v > 0 and for negative integers ((-1)^v·0)
//	Jv(v, ±0) = ±Inf for negative non-integer v, with the sign of Γ(1+v)
//	Jv(v, x) = NaN for x < 0 unless v is an integer
//	Jv(NaN, x) = Jv(v, NaN) = NaN
func Jv(v, x float64) float64 {
	switch {
	case math.IsNaN(v) || math.IsNaN(x):
		return math.NaN()
	case math.IsInf(v, 0):
		if x < 0 || math.IsInf(x, 0) {
			return math.NaN()
		}
		return 0
	case math.IsInf(x, 0):
		return math.NaN()
	}
	if x < 0 {
		if !besselIsInt(v) {
			return math.NaN()
		}
		r := Jv(v, -x)
		if besselIsOdd(v) {
			r = -r
		}
		return r
	}
	if x == 0 {
		switch {
		case v == 0:
			return 1
		case v > 0:
			return 0
		case besselIsInt(v):
			if besselIsOdd(v) {
				return math.Copysign(0, -1)
			}
			return 0
		}
		return Gammasgn(1+v) * math.Inf(1)
	}
	if v < 0 {
		a := -v
		if besselIsInt(a) {
			j, _ := besselJY(a, x)
			if besselIsOdd(a) {
				j = -j
			}
			return j
		}
		j, y := besselJY(a, x)
		return cosPi(a)*j - sinPi(a)*y
	}
	switch v { // as besselJY, without computing Y_v too
	case 0:
		return besselJ0(x)
	case 1:
		return math.J1(x)
	}
	j, _ := besselJY(v, x)
	return j
}

// Yv returns the Bessel function of the second kind Y_v(x) of real order v
// (scipy.special.yv on real arguments), by the method of Jv (Y is the
// dominant solution of the recurrence, carried upward from order μ).
// Negative orders use Y_{-v} = sin(πv)J_v + cos(πv)Y_v (Y_{-n} = (-1)^n Y_n).
// Y_v overflows to -Inf where |Y_v(x)| exceeds the float64 range (small x,
// large v). The accuracy and the limits for orders above 1e6 are those of
// Jv (relative to √(J_v²+Y_v²) near zeros).
//
// Special cases are (as SciPy 1.10.1's):
//
//	Yv(v, x) = NaN for x < 0 and for x = ±Inf
//	Yv(±Inf, 0) = -Inf; Yv(±Inf, x) = NaN for x ≠ 0
//	Yv(v, ±0) = -Inf for v ≥ 0; (-1)^(n+1)·Inf for v = -n, n an integer
//	Yv(v, ±0) = -sign(cos(π|v|))·Inf for other negative v, with SciPy's
//	sign -(-1)^k for the half-integers |v| = k+1/2
//	Yv(NaN, x) = Yv(v, NaN) = NaN
func Yv(v, x float64) float64 {
	switch {
	case math.IsNaN(v) || math.IsNaN(x) || x < 0:
		return math.NaN()
	case math.IsInf(v, 0):
		if x == 0 {
			return math.Inf(-1)
		}
		return math.NaN()
	case math.IsInf(x, 0):
		return math.NaN()
	}
	if x == 0 {
		if v >= 0 {
			return math.Inf(-1)
		}
		a := -v
		if besselIsInt(a) {
			if besselIsOdd(a) {
				return math.Inf(1)
			}
			return math.Inf(-1)
		}
		c := cosPi(a)
		if c == 0 {
			c = sinPi(a) // the sign of cos(π(a-ε)) at a half-integer
		}
		return -math.Copysign(math.Inf(1), c)
	}
	if v < 0 {
		a := -v
		_, y := besselJY(a, x)
		if besselIsInt(a) {
			if besselIsOdd(a) {
				y = -y
			}
			return y
		}
		j := 0.0
		if s := sinPi(a); s != 0 {
			jj, _ := besselJY(a, x)
			j = s * jj
		}
		c := cosPi(a)
		if c == 0 {
			return j
		}
		return j + c*y
	}
	switch v { // as besselJY, without computing J_v too
	case 0:
		return math.Y0(x)
	case 1:
		return math.Y1(x)
	}
	_, y := besselJY(v, x)
	return y
}

// Jn returns J_n(x) for an integer order n (scipy.special.jn, which SciPy
// defines as jv): Jv(float64(n), x), with J_{-n} = (-1)^n J_n and
// J_n(-x) = (-1)^n J_n(x).
func Jn(n int, x float64) float64 { return Jv(float64(n), x) }

// Yn returns Y_n(x) for an integer order n (scipy.special.yn):
// Yv(float64(n), x), with Y_{-n} = (-1)^n Y_n; NaN for x < 0.
func Yn(n int, x float64) float64 { return Yv(float64(n), x) }

// J0 returns the Bessel function of the first kind of order 0
// (scipy.special.j0): an even function. Below |x| = 25 it is a Taylor
// polynomial of degree 10 about the nearest of the points (i+1/2)/4, with
// coefficients from mpmath; from 25 on Hankel's expansion with one
// math.Sincos (exact argument reduction). TestGoldenBessel measures it
// within 3e-16 of mpmath (relative, or relative to √(J_0²+Y_0²) near the
// zeros; SciPy's Cephes j0 is off by up to 3% relative at the zeros). Jv
// and Jn use it for order 0; J1, Y0 and Y1 are Go's math.J1, math.Y0 and
// math.Y1 (FreeBSD's msun), which Jv, Jn, Yv and Yn use for their orders.
//
// Special cases are (as SciPy's):
//
//	J0(±0) = 1
//	J0(±Inf) = NaN
//	J0(NaN) = NaN
func J0(x float64) float64 {
	x = math.Abs(x)
	switch {
	case !(x < math.Inf(1)): // NaN or +Inf
		return math.NaN()
	case x < 0x1p-27:
		return 1 // 1 - x²/4 rounds to 1
	}
	return besselJ0(x)
}

// J1 returns the Bessel function of the first kind of order 1
// (scipy.special.j1): an odd function. It is Go's math.J1 with SciPy's
// special cases; accuracy as J0's.
//
// Special cases are (as SciPy's):
//
//	J1(±0) = ±0
//	J1(±Inf) = NaN
//	J1(NaN) = NaN
func J1(x float64) float64 {
	r := Jv(1, math.Abs(x))
	if math.Signbit(x) {
		r = -r
	}
	return r
}

// Y0 returns the Bessel function of the second kind of order 0
// (scipy.special.y0). It is Go's math.Y0 with SciPy's special cases;
// accuracy as J0's.
//
// Special cases are (as SciPy's):
//
//	Y0(±0) = -Inf
//	Y0(x) = NaN for x < 0
//	Y0(±Inf) = NaN
//	Y0(NaN) = NaN
func Y0(x float64) float64 { return Yv(0, x) }

// Y1 returns the Bessel function of the second kind of order 1
// (scipy.special.y1). It is Go's math.Y1 with SciPy's special cases;
// accuracy as J0's.
//
// Special cases are (as SciPy's):
//
//	Y1(±0) = -Inf
//	Y1(x) = NaN for x < 0
//	Y1(±Inf) = NaN
//	Y1(NaN) = NaN
func Y1(x float64) float64 { return Yv(1, x) }
