package special

import "math"

// Fresnel returns the Fresnel integrals (scipy.special.fresnel), in
// SciPy's order S then C:
//
//	S(x) = ∫₀ˣ sin(πt²/2) dt,  C(x) = ∫₀ˣ cos(πt²/2) dt.
//
// For |x| ≤ 1.6 it sums their power series (the alternating terms grow to
// at most 11, costing one digit); beyond, it uses the Faddeeva function,
//
//	C(x) + iS(x) = (1+i)/2 · (1 - e^(iπx²/2)·w((1+i)·√π x/2)),
//
// with the phase πx²/2 reduced exactly (x² split into two floats, sinPi
// and cosPi), so that C → ½ + sin(πx²/2)/(πx) and S → ½ - cos(πx²/2)/(πx)
// keep their oscillating terms for large x. Both are odd; neither has a
// zero for x > 0, and the relative error is below about 1e-14.
//
// Special cases are:
//
//	Fresnel(±0) = (±0, ±0)
//	Fresnel(±Inf) = (±½, ±½)
//	Fresnel(x) = (±½, ±½) for |x| > 1e154, where x² overflows and the
//	  oscillating terms are below 1e-154 (SciPy 1.10 returns NaN there)
//	Fresnel(NaN) = (NaN, NaN)
func Fresnel(x float64) (s, c float64) {
	ax := math.Abs(x)
	switch {
	case math.IsNaN(x):
		return x, x
	case ax <= 1.6:
		s, c = fresnelSeries(ax)
	case ax > 1e154:
		s, c = 0.5, 0.5
	default:
		s, c = fresnelAux(ax)
	}
	return math.Copysign(s, x), math.Copysign(c, x)
}

// fresnelSeries sums, for 0 ≤ x ≤ 1.6,
//
//	S = Σ (-1)ⁿ (π/2)^(2n+1) x^(4n+3) / ((2n+1)!(4n+3)),
//	C = Σ (-1)ⁿ (π/2)^(2n) x^(4n+1) / ((2n)!(4n+1)).
func fresnelSeries(x float64) (s, c float64) {
	if x == 0 {
		return x, x
	}
	t := math.Pi / 2 * x * x // πx²/2
	// term_k = tᵏ/k!, k = 0, 1, …; C takes the even k, S the odd ones.
	term := 1.0
	for k := 0; k < 80; k++ {
		v := term / float64(2*k+1)
		if k%4 >= 2 {
			v = -v
		}
		if k%2 == 0 {
			c += v
		} else {
			s += v
		}
		term *= t / float64(k+1)
		if k >= 1 && term < 1e-18*s {
			break // S, the smaller sum near 0, sets the precision
		}
	}
	// C = x·Σ_{k even} (-1)^(k/2) tᵏ/(k!(2k+1)), S = x·Σ_{k odd} (-1)^((k-1)/2) tᵏ/(k!(2k+1)).
	return x * s, x * c
}

// fresnelAux is (S, C) for x > 1.6 through the Faddeeva function.
func fresnelAux(x float64) (s, c float64) {
	t := x * (sqrtPi / 2)
	w := Wofz(complex(t, t))
	// e^(iθ), θ = πx²/2 = π(h + l)/2 with x² = h + l exactly.
	h, l := twoProd(x, x)
	var sn, cs float64
	if math.Abs(l) < 1e-6 {
		sn, cs = sinPi(h/2), cosPi(h/2)
		d := math.Pi / 2 * l // first order: error (πl/2)²/2 < 1e-12 of a term below 1e-3
		sn, cs = sn+cs*d, cs-sn*d
	} else {
		// x² large: reduce both parts modulo 2 exactly, then add.
		v := math.Mod(h/2, 2) + math.Mod(l/2, 2)
		sn, cs = sinPi(v), cosPi(v)
	}
	// u = e^(iθ)·w
	ur := cs*real(w) - sn*imag(w)
	ui := cs*imag(w) + sn*real(w)
	// (1+i)/2·(1 - u) = ((1 - ur + ui) + i(1 - ur - ui))/2
	c = (1 - ur + ui) / 2
	s = (1 - ur - ui) / 2
	return s, c
}
