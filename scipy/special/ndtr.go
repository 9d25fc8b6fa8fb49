package special

import "math"

// polyPiece is one piece of a piecewise polynomial approximation generated
// by gen_tables.py: on [lo, hi] the function is Σ c[i]·tⁱ with
// t = (v-mid)/half.
type polyPiece struct {
	lo, hi, mid, half float64
	c                 []float64
}

// evalPieces evaluates the piece containing v (pieces sorted and
// contiguous; v is clamped to their range by the callers).
func evalPieces(ps []polyPiece, v float64) float64 {
	lo, hi := 0, len(ps)-1
	for lo < hi { // binary search for the last piece with ps[i].lo ≤ v
		m := (lo + hi + 1) / 2
		if ps[m].lo <= v {
			lo = m
		} else {
			hi = m - 1
		}
	}
	p := &ps[lo]
	t := (v - p.mid) / p.half
	c := p.c
	r := c[len(c)-1]
	for i := len(c) - 2; i >= 0; i-- {
		r = r*t + c[i]
	}
	return r
}

// Ndtr returns the standard normal cumulative distribution function
// Φ(x) = (1 + erf(x/√2))/2 (scipy.special.ndtr).
//
// The lower tail is computed as erfc(-x/√2)/2 corrected to first order
// for the rounding of x/√2: without the correction the relative error is
// about 2·(x²/2)·ε, 1.6e-13 at x = -38, which is SciPy's error there (so
// the golden tests compare such points with mpmath).
//
// Special cases are:
//
//	Ndtr(+Inf) = 1
//	Ndtr(-Inf) = 0
//	Ndtr(NaN) = NaN
func Ndtr(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case x > -1 && x < 1:
		return 0.5 + 0.5*math.Erf(x*sqrt1_2)
	case x >= 1:
		return 1 - 0.5*math.Erfc(x*sqrt1_2)
	case x < -39:
		return 0 // Φ(-38.5) is already below the smallest subnormal
	}
	return ndtrLower(x)
}

// ndtrLower returns Φ(x) for x ≤ -1 with full relative accuracy.
func ndtrLower(x float64) float64 {
	z := -x * sqrt1_2 // rounded: z = -x/√2 - δ
	// δ = -x/√2 - z from the exact residual -x - z·√2 (√2 as hi+lo).
	const sqrt2Hi, sqrt2Lo = 1.4142135623730951, -9.667293313452913e-17
	r := math.FMA(-z, sqrt2Hi, -x) - z*sqrt2Lo
	d := r * sqrt1_2
	// erfc(z+δ) ≈ erfc(z)·(1 - δ·2/(√π·erfcx(z))), and
	// 2/(√π·erfcx(z)) = 2z + 1/z - … to well within the accuracy needed
	// (δ is ~z·1e-16).
	return 0.5 * math.Erfc(z) * (1 - d*(2*z+1/z))
}

// LogNdtr returns log Φ(x), the logarithm of the standard normal CDF
// (scipy.special.log_ndtr), accurate in both tails: for x < -1 it is
// log(erfcx(-x/√2)/2) - x²/2 with x²/2 exact (so LogNdtr(-1e5) ≈ -5e9 has
// full relative accuracy), for x ≥ 0 log1p(-Φ(-x)).
//
// Special cases are:
//
//	LogNdtr(+Inf) = -0
//	LogNdtr(-Inf) = -Inf
//	LogNdtr(NaN) = NaN
func LogNdtr(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case x >= 0:
		return math.Log1p(-Ndtr(-x)) // -0 at +Inf, as SciPy
	case x >= -1:
		return math.Log(Ndtr(x))
	case x < -1e154:
		return math.Inf(-1) // -x²/2 overflows
	}
	hi, lo := twoProd(x, x) // x² exactly
	return (math.Log(0.5*erfcxPos(-x*sqrt1_2)) - 0.5*lo) - 0.5*hi
}

// Ndtri returns the inverse of the standard normal CDF: the x with
// Φ(x) = p (scipy.special.ndtri).
//
// It evaluates piecewise polynomial approximations generated with mpmath
// (gen_tables.py): in q = p-1/2 for |q| ≤ 0.3, in r = √(-log p) (or of 1-p)
// otherwise, down to the smallest subnormal p. Their approximation error
// is below 8e-17; the float64 evaluation adds a few ulps.
//
// Special cases are:
//
//	Ndtri(0) = -Inf
//	Ndtri(1) = +Inf
//	Ndtri(p) = NaN for p < 0 or p > 1
//	Ndtri(NaN) = NaN
func Ndtri(p float64) float64 {
	switch {
	case !(p > 0 && p < 1): // also NaN
		switch p {
		case 0:
			return math.Inf(-1)
		case 1:
			return math.Inf(1)
		}
		return math.NaN()
	case p > 0.2 && p < 0.8:
		q := p - 0.5 // exact
		return q * evalPieces(ndtriCentral, q*q)
	case p <= 0.2:
		return -ndtriTail(p)
	}
	return ndtriTail(1 - p) // exact for p ≥ 0.5
}

// ndtriTail returns -Φ⁻¹(p) for 0 < p ≤ 0.2.
func ndtriTail(p float64) float64 {
	r := math.Sqrt(-logx(p))
	return evalPieces(ndtriTailPieces, r)
}

// Erfinv returns the inverse error function: the x with erf(x) = y
// (scipy.special.erfinv), from the same approximations as Ndtri with
// erfinv(y) = Φ⁻¹((1+y)/2)/√2, arranged so that no argument is rounded
// (q = y/2 near 0, (1-|y|)/2 in the tails).
//
// Special cases are:
//
//	Erfinv(±0) = +0 (SciPy's value for -0 as well)
//	Erfinv(1) = +Inf
//	Erfinv(-1) = -Inf
//	Erfinv(y) = NaN for |y| > 1
//	Erfinv(NaN) = NaN
func Erfinv(y float64) float64 {
	switch {
	case math.IsNaN(y):
		return y
	case y == 0:
		return 0 // SciPy returns +0 for -0 too
	case y == 1:
		return math.Inf(1)
	case y == -1:
		return math.Inf(-1)
	case y < -1 || y > 1:
		return math.NaN()
	}
	a := math.Abs(y)
	var x float64
	if a < 0.6 {
		q := 0.5 * a
		x = q * evalPieces(ndtriCentral, q*q)
	} else {
		x = ndtriTail(0.5 * (1 - a)) // 1-a exact for a ≥ 0.5
	}
	return math.Copysign(x*sqrt1_2, y)
}

// Erfcinv returns the inverse complementary error function: the x with
// erfc(x) = y (scipy.special.erfcinv), -Φ⁻¹(y/2)/√2.
//
// Special cases are:
//
//	Erfcinv(0) = +Inf
//	Erfcinv(2) = -Inf
//	Erfcinv(y) = NaN for y < 0 or y > 2
//	Erfcinv(NaN) = NaN
func Erfcinv(y float64) float64 {
	switch {
	case math.IsNaN(y):
		return y
	case y == 0:
		return math.Inf(1)
	case y == 2:
		return math.Inf(-1)
	case y < 0 || y > 2:
		return math.NaN()
	}
	p := 0.5 * y
	if p < 0x1p-1022 {
		// y/2 would round in the subnormal range; use r = √(-log p) from y.
		return evalPieces(ndtriTailPieces, math.Sqrt(math.Ln2-logx(y))) * sqrt1_2
	}
	return -Ndtri(p) * sqrt1_2
}
