package special

import "math"

const (
	sqrt1_2   = 0.70710678118654752440084436210484903928483593768847 // 1/√2
	sqrtPi    = 1.77245385090551602729816748334114518279754945612239 // √π
	invSqrtPi = 0.56418958354775628694807945156077258584405062932900 // 1/√π
)

// Erf returns the error function erf(x) = 2/√π ∫₀ˣ exp(-t²) dt
// (scipy.special.erf). It is Go's math.Erf (FreeBSD's algorithm, < 1 ulp).
//
// Special cases are:
//
//	Erf(±0) = ±0
//	Erf(±Inf) = ±1
//	Erf(NaN) = NaN
func Erf(x float64) float64 { return math.Erf(x) }

// Erfc returns the complementary error function erfc(x) = 1 - erf(x)
// (scipy.special.erfc), without cancellation for large x; it is Go's
// math.Erfc (< 1 ulp relative, also in the tail until it underflows at
// x ≈ 27.2).
//
// Special cases are:
//
//	Erfc(+Inf) = 0
//	Erfc(-Inf) = 2
//	Erfc(NaN) = NaN
func Erfc(x float64) float64 { return math.Erfc(x) }

// Erfcx returns the scaled complementary error function
// exp(x²)·erfc(x) (scipy.special.erfcx), which decreases like 1/(x√π) for
// large x where erfc underflows.
//
// For 0 ≤ x < 26 it evaluates piecewise polynomial approximations
// generated with mpmath (gen_tables.py; approximation error below 8e-17,
// a few ulps in float64), for x ≥ 26 the asymptotic series
// 1/(x√π)·Σ (-1)ⁿ(2n-1)!!/(2x²)ⁿ (ten terms, below 1e-20 relative), and
// for x < 0 the reflection 2·exp(x²) - erfcx(-x).
//
// Special cases are:
//
//	Erfcx(+Inf) = 0
//	Erfcx(-Inf) = +Inf
//	Erfcx(x) = +Inf for x < -26.63 (overflow)
//	Erfcx(NaN) = NaN
func Erfcx(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case x < 0:
		if x < -26.7 {
			return math.Inf(1)
		}
		return 2*expSq(x, 1) - erfcxPos(-x)
	}
	return erfcxPos(x)
}

// erfcxPos is Erfcx for x ≥ 0.
func erfcxPos(x float64) float64 {
	if x < 26 {
		return erfcxT.eval(x)
	}
	if math.IsInf(x, 1) {
		return 0
	}
	if x > 1e8 {
		return invSqrtPi / x // next term -1/(2x²) is below 1e-16
	}
	z := 1 / (2 * x * x)
	// Σ_{n=0}^{10} (-1)ⁿ(2n-1)!!·zⁿ by Horner: coefficient ratio -(2n-1).
	var s float64 = 1
	for n := 10; n >= 1; n-- {
		s = 1 - float64(2*n-1)*z*s
	}
	return invSqrtPi / x * s
}

// Dawsn returns Dawson's integral F(x) = exp(-x²) ∫₀ˣ exp(t²) dt
// (scipy.special.dawsn).
//
// |x| < 0.2 uses its Taylor series, 0.2 ≤ |x| < 50 Rybicki's sampling
// formula F(x) ≈ π^(-1/2) Σ_{n odd} exp(-(x-nh)²)/n with h = 1/4 (error
// ~exp(-(π/2h)²) < 1e-17), and larger |x| the asymptotic series
// 1/(2x)·Σ (2n-1)!!/(2x²)ⁿ.
//
// Special cases are:
//
//	Dawsn(±0) = ±0
//	Dawsn(±Inf) = ±0
//	Dawsn(NaN) = NaN
func Dawsn(x float64) float64 {
	ax := math.Abs(x)
	var f float64
	switch {
	case math.IsNaN(x):
		return x
	case ax < 0.2:
		// F(x) = Σ (-1)ⁿ 2ⁿ x^(2n+1)/(2n+1)!!, ratio -2x²/(2n+3).
		x2 := x * x
		s := 1.0
		for n := 12; n >= 1; n-- {
			s = 1 - 2*x2/float64(2*n+1)*s
		}
		return x * s
	case ax < 50:
		f = dawsnRybicki(ax)
	case math.IsInf(ax, 1):
		f = 0
	default:
		z := 1 / (2 * ax * ax)
		s := 1.0
		for n := 12; n >= 1; n-- {
			s = 1 + float64(2*n-1)*z*s
		}
		f = s / (2 * ax)
	}
	return math.Copysign(f, x)
}

var erfcxT = newPieceTable(erfcxPieces, 2048)

// rybickiC[i] = exp(-((2i+1)h)²) for h = 1/4.
var rybickiC = func() [14]float64 {
	var c [14]float64
	for i := range c {
		k := float64(2*i+1) * 0.25
		c[i] = math.Exp(-k * k)
	}
	return c
}()

// dawsnRybicki evaluates Rybicki's formula about the even multiple
// x0 = n0·h of h nearest to x, d = x - x0, |d| ≤ h:
//
//	F(x) ≈ exp(-d²)/√π · Σ_{k odd} exp(-(kh)²)·(e^(2dkh)/(n0+k) + e^(-2dkh)/(n0-k))
func dawsnRybicki(x float64) float64 {
	const h = 0.25
	n0 := 2 * math.Round(x/(2*h))
	d := x - n0*h
	e1 := math.Exp(2 * d * h)
	e2 := e1 * e1
	p, q := e1, 1/e1 // e^(±2dkh) for k = 1, 3, 5, …
	ie2 := 1 / e2
	var s float64
	for i, c := range rybickiC {
		k := float64(2*i + 1)
		s += c * (p/(n0+k) + q/(n0-k))
		p *= e2
		q *= ie2
	}
	return math.Exp(-d*d) * s * invSqrtPi
}
