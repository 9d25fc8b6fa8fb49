package special

import (
	"math"
	"math/cmplx"
)

// Sici returns the sine and cosine integrals (scipy.special.sici),
//
//	Si(x) = ∫₀ˣ sin t / t dt,  Ci(x) = γ + log x + ∫₀ˣ (cos t - 1)/t dt.
//
// For |x| ≤ 4 it sums their power series; beyond, it evaluates
// E₁(ix) = -Ci(x) + i(Si(x) - π/2) by its continued fraction (modified
// Lentz). Si is odd and Ci(-x) = Ci(x), the real part of Ci at negative
// arguments, as SciPy (Cephes). Si has relative error below about 1e-15;
// Ci has zeros (0.6165, 3.3842, 6.4270, …), near which only its absolute
// error is small (about 1e-16·max(1, |log x|)).
//
// Special cases are:
//
//	Sici(±0) = (±0, -Inf)
//	Sici(+Inf) = (π/2, 0)
//	Sici(-Inf) = (-π/2, NaN), as SciPy
//	Sici(NaN) = (NaN, NaN)
func Sici(x float64) (si, ci float64) {
	ax := math.Abs(x)
	switch {
	case math.IsNaN(x):
		return x, x
	case x == 0:
		return x, math.Inf(-1)
	case math.IsInf(x, 1):
		return math.Pi / 2, 0
	case math.IsInf(x, -1):
		return -math.Pi / 2, math.NaN()
	case ax <= 4:
		si, ci = siciSeries(ax)
	default:
		e := siciE1Imag(ax)
		si, ci = math.Pi/2+imag(e), -real(e)
	}
	return math.Copysign(si, x), ci
}

// siciSeries sums, for 0 < x ≤ 4,
//
//	Si = Σ (-1)ᵏ x^(2k+1)/((2k+1)(2k+1)!),  Ci = γ + log x + Σ_{k≥1} (-1)ᵏ x^(2k)/(2k(2k)!).
func siciSeries(x float64) (si, ci float64) {
	// term_k = xᵏ/k!; Ci takes even k ≥ 2, Si odd k.
	term := x
	var sc float64
	for k := 1; k < 80; k++ {
		v := term / float64(k)
		if (k/2)%2 == 1 {
			v = -v
		}
		if k%2 == 1 {
			si += v
		} else {
			sc += v
		}
		term *= x / float64(k+1)
		if term < 1e-20 {
			break
		}
	}
	return si, eulerGamma + math.Log(x) + sc
}

// siciE1Imag is E₁(ix) for x > 4, by the continued fraction
// E₁(z) = e^(-z)/(z + 1 - 1²/(z + 3 - 2²/(z + 5 - …))), modified Lentz.
func siciE1Imag(x float64) complex128 {
	z := complex(0, x)
	const tiny = 1e-300
	b := z + 1
	c := complex(1/tiny, 0)
	d := 1 / b
	h := d
	for n := 1; n < 1000; n++ {
		a := complex(-float64(n*n), 0)
		b += 2
		d = 1 / (a*d + b)
		c = b + a/c
		del := c * d
		h *= del
		if cmplx.Abs(del-1) < 1e-17 {
			break
		}
	}
	s, co := math.Sincos(x)
	return complex(co, -s) * h // e^(-ix)·CF
}

// Shichi returns the hyperbolic sine and cosine integrals
// (scipy.special.shichi),
//
//	Shi(x) = ∫₀ˣ sinh t / t dt,  Chi(x) = γ + log x + ∫₀ˣ (cosh t - 1)/t dt.
//
// For |x| ≤ 40 it sums their power series (positive terms; Chi's sum is
// added to γ + log x, which cancels only near Chi's zero x = 0.5238…,
// where the absolute error is about 1e-16); beyond, the asymptotic series
// e^x/(2x)·Σ k!/xᵏ, scaled so that it overflows only where the functions
// do (x ≈ 716). Shi is odd and Chi(-x) = Chi(x), the real part of Chi at
// negative arguments, as SciPy (Cephes).
//
// Special cases are:
//
//	Shichi(±0) = (±0, -Inf)
//	Shichi(±Inf) = (±Inf, +Inf)
//	Shichi(NaN) = (NaN, NaN)
func Shichi(x float64) (shi, chi float64) {
	ax := math.Abs(x)
	switch {
	case math.IsNaN(x):
		return x, x
	case x == 0:
		return x, math.Inf(-1)
	case math.IsInf(ax, 1):
		return x, math.Inf(1)
	case ax <= 40:
		shi, chi = shichiSeries(ax)
	default:
		// Σ k!/xᵏ until the terms stop decreasing or fall below 1e-17.
		s, t := 1.0, 1.0
		for k := 1; k < 200; k++ {
			nt := t * float64(k) / ax
			if nt > t || nt < 1e-17 {
				break
			}
			t = nt
			s += t
		}
		// e^x/(2x)·s = e^(x/2)·(e^(x/2)·s/(2x)), overflowing only with the result.
		h := math.Exp(ax / 2)
		v := h * (h * s / (2 * ax))
		shi, chi = v, v
	}
	return math.Copysign(shi, x), chi
}

// shichiSeries sums, for 0 < x ≤ 40,
//
//	Shi = Σ x^(2k+1)/((2k+1)(2k+1)!),  Chi = γ + log x + Σ_{k≥1} x^(2k)/(2k(2k)!).
func shichiSeries(x float64) (shi, chi float64) {
	term := x
	var sc float64
	for k := 1; k < 400; k++ {
		v := term / float64(k)
		if k%2 == 1 {
			shi += v
		} else {
			sc += v
		}
		term *= x / float64(k+1)
		if term < 1e-18*max(shi, 1e-300) {
			break
		}
	}
	return shi, eulerGamma + math.Log(x) + sc
}
