package special

import "math"

// besselSphScale returns √(π/(2x)), the factor between the spherical and
// the cylinder functions of half-integer order.
func besselSphScale(x float64) float64 { return math.Sqrt(math.Pi/2) / math.Sqrt(x) }

// SphericalJn returns the spherical Bessel function of the first kind
// j_n(x) = √(π/(2x))·J_{n+1/2}(x), or its derivative j_n'(x) when
// derivative is true (scipy.special.spherical_jn on real x). J_{n+1/2}
// is computed as by Jv; the derivative is j_{n-1} - (n+1)/x·j_n, written
// as j_{n-1}·(1 - (n+1)/x·j_n/j_{n-1}) for x < n (the ratio from its
// continued fraction), which neither cancels nor underflows there. The
// accuracy is Jv's (relative, or relative to √(j_n²+y_n²) near zeros).
//
// Special cases are (as SciPy 1.10.1's, including its choices for x < 0):
//
//	SphericalJn(n, x, d) = NaN for n < 0
//	SphericalJn(0, ±0, false) = 1; SphericalJn(n, ±0, false) = 0 for n ≥ 1
//	SphericalJn(0, ±0, true) = -0; SphericalJn(1, ±0, true) = 1/3; 0 for n ≥ 2
//	SphericalJn(n, ±Inf, d) = 0 (-0 for the derivative of j_0)
//	SphericalJn(0, x, false) = j_0(|x|) for x < 0; NaN for x < 0 otherwise
//	SphericalJn(n, NaN, d) = NaN
func SphericalJn(n int, x float64, derivative bool) float64 {
	switch {
	case n < 0 || math.IsNaN(x):
		return math.NaN()
	case math.IsInf(x, 0):
		if derivative && n == 0 {
			return math.Copysign(0, -1)
		}
		return 0
	case x == 0:
		switch {
		case !derivative && n == 0:
			return 1
		case derivative && n == 0:
			return math.Copysign(0, -1)
		case derivative && n == 1:
			return 1.0 / 3
		}
		return 0
	case x < 0:
		if n == 0 && !derivative {
			return SphericalJn(0, -x, false)
		}
		return math.NaN()
	}
	fn := float64(n)
	j := func(m float64) float64 {
		r, _ := besselJY(m+0.5, x)
		return besselSphScale(x) * r
	}
	switch {
	case !derivative:
		return j(fn)
	case n == 0:
		return -j(1)
	case x < fn:
		// j_{n-1}·(1 - (n+1)/x·r), r = j_n/j_{n-1} from the continued
		// fraction: no cancellation (the bracket is about n/(2n+1) for
		// small x) and no underflow of j_n where j_n' is representable.
		r := besselJRatio(fn-0.5, x)
		return j(fn-1) * (1 - (fn+1)/x*r)
	}
	return j(fn-1) - (fn+1)/x*j(fn)
}

// SphericalYn returns the spherical Bessel function of the second kind
// y_n(x) = √(π/(2x))·Y_{n+1/2}(x), or its derivative
// y_n' = y_{n-1} - (n+1)/x·y_n when derivative is true
// (scipy.special.spherical_yn on real x). For x < 0 it uses
// y_n(-x) = (-1)^(n+1) y_n(x) and y_n'(-x) = (-1)^n y_n'(x), as SciPy.
// The accuracy is Yv's.
//
// Special cases are (as SciPy 1.10.1's):
//
//	SphericalYn(n, x, d) = NaN for n < 0
//	SphericalYn(n, ±0, false) = -Inf
//	SphericalYn(0, ±0, true) = +Inf; SphericalYn(n, +0, true) = NaN and
//	SphericalYn(n, -0, true) = -Inf for n ≥ 1
//	SphericalYn(n, +Inf, d) = 0 (-0 for the derivative of y_0)
//	SphericalYn(n, -Inf, false) = (-1)^(n+1)·0; SphericalYn(n, -Inf, true) = 0 (-0 for n = 0)
//	SphericalYn(n, NaN, d) = NaN
func SphericalYn(n int, x float64, derivative bool) float64 {
	switch {
	case n < 0 || math.IsNaN(x):
		return math.NaN()
	case math.IsInf(x, 0):
		if derivative {
			if n == 0 {
				return math.Copysign(0, -1)
			}
			return 0
		}
		if x < 0 && n%2 == 0 {
			return math.Copysign(0, -1)
		}
		return 0
	case x == 0:
		switch {
		case !derivative:
			return math.Inf(-1)
		case n == 0:
			return math.Inf(1)
		case math.Signbit(x):
			return math.Inf(-1)
		}
		return math.NaN()
	case x < 0:
		r := SphericalYn(n, -x, derivative)
		if (n%2 == 0) != derivative { // (-1)^(n+1) for the value, (-1)^n for the derivative
			r = -r
		}
		return r
	}
	fn := float64(n)
	y := func(m float64) float64 {
		_, r := besselJY(m+0.5, x)
		return besselSphScale(x) * r
	}
	switch {
	case !derivative:
		return y(fn)
	case n == 0:
		return -y(1)
	}
	b := y(fn)
	if math.IsInf(b, 0) {
		// y_n overflows (small x): y_n' ≈ -(n+1)/x·y_n overflows too
		return -b
	}
	return y(fn-1) - (fn+1)/x*b
}

// SphericalIn returns the modified spherical Bessel function of the first
// kind i_n(x) = √(π/(2x))·I_{n+1/2}(x), or its derivative
// i_n' = i_{n-1} - (n+1)/x·i_n, for x < n as i_{n-1}·(1 - (n+1)/x·i_n/i_{n-1})
// (the ratio from its continued fraction; the bracket lies in
// (n/(2n+1), 1)), when derivative is true (scipy.special.spherical_in on real x). The
// accuracy is Iv's.
//
// Special cases are (as SciPy 1.10.1's):
//
//	SphericalIn(n, x, d) = NaN for n < 0 and for finite x < 0
//	SphericalIn(0, ±0, false) = 1; 0 for n ≥ 1 and for every derivative
//	SphericalIn(n, +Inf, false) = +Inf; SphericalIn(n, -Inf, false) = (-1)^n·Inf
//	SphericalIn(0, ±Inf, true) = ±Inf; SphericalIn(n, ±Inf, true) = NaN for n ≥ 1
//	SphericalIn(n, NaN, d) = NaN
func SphericalIn(n int, x float64, derivative bool) float64 {
	switch {
	case n < 0 || math.IsNaN(x):
		return math.NaN()
	case math.IsInf(x, 0):
		if derivative {
			if n == 0 {
				return x
			}
			return math.NaN()
		}
		if x < 0 && n%2 == 1 {
			return math.Inf(-1)
		}
		return math.Inf(1)
	case x == 0:
		if n == 0 && !derivative {
			return 1
		}
		return 0
	case x < 0:
		return math.NaN()
	}
	fn := float64(n)
	i := func(m float64) float64 { return besselSphScale(x) * Iv(m+0.5, x) }
	switch {
	case !derivative:
		return i(fn)
	case n == 0:
		return i(1)
	}
	if x < fn {
		// i_{n-1}·(1 - (n+1)/x·r), r = i_n/i_{n-1} from the continued
		// fraction (about n-x terms): the bracket lies in (n/(2n+1), 1),
		// and i_n underflowing (i_2(1e-200)) does not take the
		// derivative with it.
		r := besselIRatio(fn-0.5, x)
		return i(fn-1) * (1 - (fn+1)/x*r)
	}
	return i(fn-1) - (fn+1)/x*i(fn)
}

// SphericalKn returns the modified spherical Bessel function of the second
// kind k_n(x) = √(π/(2x))·K_{n+1/2}(x), or its derivative
// k_n' = -k_{n-1} - (n+1)/x·k_n when derivative is true
// (scipy.special.spherical_kn on real x). The accuracy is Kv's.
//
// Special cases are (as SciPy 1.10.1's):
//
//	SphericalKn(n, x, d) = NaN for n < 0 and for finite x < 0
//	SphericalKn(n, ±0, false) = +Inf
//	SphericalKn(n, +0, true) = -Inf; SphericalKn(0, -0, true) = -Inf and NaN for n ≥ 1
//	SphericalKn(n, +Inf, d) = 0 (-0 for the derivative)
//	SphericalKn(n, -Inf, false) = -Inf; SphericalKn(0, -Inf, true) = +Inf, NaN for n ≥ 1
//	SphericalKn(n, NaN, d) = NaN
func SphericalKn(n int, x float64, derivative bool) float64 {
	switch {
	case n < 0 || math.IsNaN(x):
		return math.NaN()
	case math.IsInf(x, 1):
		if derivative {
			return math.Copysign(0, -1)
		}
		return 0
	case math.IsInf(x, -1):
		if !derivative {
			return math.Inf(-1)
		}
		if n == 0 {
			return math.Inf(1)
		}
		return math.NaN()
	case x == 0:
		switch {
		case !derivative:
			return math.Inf(1)
		case n >= 1 && math.Signbit(x):
			return math.NaN()
		}
		return math.Inf(-1)
	case x < 0:
		return math.NaN()
	}
	fn := float64(n)
	k := func(m float64) float64 { return besselSphScale(x) * Kv(m+0.5, x) }
	switch {
	case !derivative:
		return k(fn)
	case n == 0:
		return -k(1)
	}
	return -k(fn-1) - (fn+1)/x*k(fn)
}
