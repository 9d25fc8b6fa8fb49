package special

import "math"

// Ellipj returns the Jacobi elliptic functions sn(u|m), cn(u|m), dn(u|m)
// and the amplitude ph = am(u|m) (scipy.special.ellipj), for 0 ≤ m ≤ 1 in
// SciPy's parameter convention: ph is the φ with F(φ|m) = u, sn = sin φ,
// cn = cos φ and dn = √(1 - m sin²φ).
//
// It uses the descending Landen transformation (the arithmetic-geometric
// mean, DLMF 22.20(ii)), as Cephes: aₙ₊₁ = (aₙ+bₙ)/2, bₙ₊₁ = √(aₙbₙ) from
// a₀ = 1, b₀ = √(1-m), with cₙ₊₁ = cₙ²/(4aₙ₊₁) (no cancellation for small
// m), then φ_N = 2^N·a_N·u and φₙ₋₁ = (φₙ + asin(cₙ sin φₙ/aₙ))/2 back to
// φ₀; dn is cos φ₀/cos(φ₁ - φ₀). The amplitude is accurate to a few ulps
// of itself plus about ε·|u| absolute (the phase of a large u), so sn, cn
// and dn have that absolute error: near their zeros (sn at multiples of
// 2K, cn at odd multiples of K) only the absolute error is small. m = 0 and
// m = 1 are the circular and hyperbolic limits (sin u, cos u, 1, u and
// tanh u, sech u, sech u, gd u).
//
// Special cases are:
//
//	Ellipj(u, m) = NaN (all four) for m < 0, m > 1, u = ±Inf or a NaN argument
//	Ellipj(0, m) = (0, 1, 1, 0)
func Ellipj(u, m float64) (sn, cn, dn, ph float64) {
	switch {
	case math.IsNaN(u) || math.IsNaN(m) || m < 0 || m > 1 || math.IsInf(u, 0):
		nan := math.NaN()
		return nan, nan, nan, nan
	case m == 0:
		s, c := math.Sincos(u)
		return s, c, 1, u
	case m == 1:
		// sech u = 1/cosh u; gd u = atan(sinh u).
		au := math.Abs(u)
		var sech float64
		if au < 710 {
			sech = 1 / math.Cosh(au)
		} else {
			sech = 0
		}
		return math.Tanh(u), sech, sech, math.Atan(math.Sinh(u))
	}
	var a, c [16]float64
	a[0], c[0] = 1, math.Sqrt(m)
	b := math.Sqrt(1 - m)
	n := 0
	for n < len(a)-1 && c[n] > 0x1p-53*a[n] {
		a[n+1] = (a[n] + b) / 2
		c[n+1] = c[n] * c[n] / (4 * a[n+1])
		b = math.Sqrt(a[n] * b)
		n++
	}
	phi := math.Ldexp(a[n]*u, n)
	prev := phi
	for i := n; i > 0; i-- {
		prev = phi
		phi = (phi + math.Asin(c[i]*math.Sin(phi)/a[i])) / 2
	}
	sn, cn = math.Sincos(phi)
	if n == 0 {
		return sn, cn, math.Sqrt(1 - m*sn*sn), phi
	}
	dn = cn / math.Cos(prev-phi)
	return sn, cn, dn, phi
}
