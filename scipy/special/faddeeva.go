package special

import "math"

// The Faddeeva function w(z) = exp(-z²)·erfc(-iz), by the two methods of
// S. G. Johnson's Faddeeva package (which SciPy wraps): Laplace's
// continued fraction for large |z|, and elsewhere the exponentially
// convergent sums of Zaghloul and Ali (ACM TOMS Algorithm 916, 2011),
// which approximate the integral representation of w by the trapezoidal
// rule with step a = π/√(-log(ε/2)), whose error exp(-(π/a)²) is ε/2.

const (
	fadA  = 0.518321480123085 // π/√(-log(ε/2)), the trapezoidal step
	fadA2 = fadA * fadA
	fadC  = 2 * fadA / math.Pi
)

// fadExpA2N2[n-1] = exp(-a²n²), n = 1, …: the sums stop long before
// n = 60 (exp(-a²n²)·exp(2anx - x²) = exp(-(an - x)²) and x < 10).
var fadExpA2N2 = func() (t [60]float64) {
	for i := range t {
		n := float64(i + 1)
		t[i] = math.Exp(-fadA2 * n * n)
	}
	return t
}()

// fadSinCos returns sin(k·x·y) and cos(k·x·y) for k = 1 or 2 with the
// product x·y split exactly into p + e, so that the rounding of a large
// product does not reach the phase.
func fadSinCos(x, y, k float64) (s, c float64) {
	p, e := twoProd(x, y)
	p, e = k*p, k*e
	sp, cp := math.Sincos(p)
	if math.Abs(p) > 0x1p40 || !isFinite(e) {
		// The phase is beyond the precision of its arguments anyway.
		return sp, cp
	}
	return sp + cp*e, cp - sp*e
}

// fadSinc is sin(t)/t given s = sin t, 1 at t = 0.
func fadSinc(t, s float64) float64 {
	if math.Abs(t) < 1e-4 {
		return 1 - t*t/6
	}
	return s / t
}

// Wofz returns the Faddeeva function (scipy.special.wofz)
//
//	w(z) = exp(-z²)·erfc(-iz) = exp(-z²)·(1 + 2i/√π ∫₀^z exp(t²) dt),
//
// over the whole complex plane, with the method of SciPy's Faddeeva
// package (S. G. Johnson): for |Im z| > 7, or |Re z| > 6 away from the
// real axis, Laplace's continued fraction w(z) = (i/√π)/(z - ½/(z - 1/(z -
// 3/2/(z - …)))) with as many terms as |z| needs (down to i/(√π z) beyond
// |z| = 1e7); elsewhere Zaghloul and Ali's exponentially convergent
// series (Algorithm 916), built on Erfcx, with the phases 2xy computed
// from an exact product. On the real axis w(x) = exp(-x²) + (2i/√π)·F(x)
// with F Dawson's integral (Dawsn); on the imaginary axis w(iy) =
// Erfcx(y). In the lower half plane w(z) = 2exp(-z²) - w(-z), which
// overflows for large |Im z| as the function does. The relative error is
// a few times 1e-15 over the plane (golden tests against mpmath at 50
// digits), except near the zeros of w in the lower half plane, where only
// the absolute error is small.
//
// Special cases are:
//
//	Wofz(x + 0i) = exp(-x²) + (2i/√π)·Dawsn(x)
//	Wofz(0 + iy) = Erfcx(y) + 0i (sign of the zero of Re z)
//	Wofz(z) = 0 for |z| = Inf in the upper half plane
//	Wofz(z) = NaN+NaNi if a part is NaN (where SciPy's is)
func Wofz(z complex128) complex128 {
	x, y := real(z), imag(z)
	switch {
	case math.IsNaN(x) || math.IsNaN(y):
		if x == 0 {
			return complex(math.NaN(), x) // w(0 + NaN i), as Faddeeva
		}
		return complex(math.NaN(), math.NaN())
	case x == 0:
		return complex(Erfcx(y), x)
	case y == 0:
		re := 0.0 // exp(-x²) underflows beyond 27.3
		if math.Abs(x) < 27.3 {
			re = expSq(x, -1)
		}
		return complex(re, 2*invSqrtPi*Dawsn(x))
	}
	ax, ay := math.Abs(x), math.Abs(y)
	if ay > 7 || (ax > 6 && (ay > 0.1 || (ax > 8 && ay > 1e-10) || ax > 28)) {
		return fadCF(x, y)
	}
	return fadSeries(x, y)
}

// fadCF is w(z) by Laplace's continued fraction (|z| large), for y < 0 by
// w(z) = 2exp(-z²) - w(-z).
func fadCF(x, y float64) complex128 {
	xs := x
	if y < 0 {
		xs = -x
	}
	ax, ay := math.Abs(x), math.Abs(y)
	var wr, wi float64
	switch {
	case math.IsInf(ax, 1) || math.IsInf(ay, 1):
		if y < 0 {
			if math.IsInf(ax, 1) && !math.IsInf(ay, 1) {
				// exp(-z²) → 0 along a horizontal line: w → i/(√π z) → 0
				return 0
			}
			return complex(math.NaN(), math.NaN())
		}
		return 0
	case ax+ay > 1e7:
		// w(z) ≈ i/(√π z), scaled against overflow.
		if ax > ay {
			r := ay / xs
			d := invSqrtPi / (xs + r*ay)
			wr, wi = d*r, d
		} else {
			r := xs / ay
			d := invSqrtPi / (r*xs + ay)
			wr, wi = d, d*r
		}
	case ax+ay > 4000:
		// Two terms: w(z) ≈ (i/√π)·z/(z² - ½).
		dr := xs*xs - ay*ay - 0.5
		di := 2 * xs * ay
		d := invSqrtPi / (dr*dr + di*di)
		wr, wi = d*(xs*di-ay*dr), d*(xs*dr+ay*di)
	default:
		// Number of terms: Johnson's fit of the terms needed for double
		// precision, in steps of ½ for the partial numerators n/2.
		nu := math.Floor(3.9 + 11.398/(0.08254*ax+0.1421*ay+0.2023))
		tr, ti := xs, ay
		for k := 0.5 * (nu - 1); k > 0.4; k -= 0.5 {
			d := k / (tr*tr + ti*ti)
			tr = xs - tr*d
			ti = ay + ti*d
		}
		d := invSqrtPi / (tr*tr + ti*ti)
		wr, wi = d*ti, d*tr
	}
	if y < 0 {
		e := fadExpMinusZ2(x, y)
		// Componentwise: a complex product with 2 would turn ∞·0 into NaN.
		return complex(2*real(e)-wr, 2*imag(e)-wi)
	}
	return complex(wr, wi)
}

// fadExpMinusZ2 is exp(-z²) = exp(y² - x²)·(cos 2xy - i sin 2xy), with
// y² - x² in double-double and 2xy split exactly, so that large exponents
// and phases keep their accuracy.
func fadExpMinusZ2(x, y float64) complex128 {
	ax, ay := math.Abs(x), math.Abs(y)
	var m float64
	switch d := (ay - ax) * (ay + ax); {
	case d < -746:
		return 0
	case d > 700:
		// e^d overflows, but e^d·cos and e^d·sin may not (cos 2xy tiny):
		// scale each part in logarithms.
		sn, cs := fadSinCos(x, y, 2)
		return complex(fadExpMul(d, cs), fadExpMul(d, -sn))
	default:
		yh, yl := twoProd(y, y)
		xh, xl := twoProd(x, x)
		e := ddSum(yh, -xh).addF(yl - xl)
		m = math.Exp(e.hi) * (1 + e.lo)
	}
	s, c := fadSinCos(x, y, 2)
	return complex(m*c, -m*s)
}

// fadExpMul is e^d·t for large d without spurious overflow:
// (e^(d/2)·t)·e^(d/2), which overflows only if the result does.
func fadExpMul(d, t float64) float64 {
	h := math.Exp(d / 2)
	return h * t * h
}

// fadSeries is w(z) by Zaghloul and Ali's Algorithm 916 (|x| ≤ 28 and
// |y| ≤ 7, not on an axis), in the form of Johnson's implementation:
//
//	Re w = (e^(-x²)erfcx(y) - c·y·S₁)·cos 2xy + c·x·e^(-x²)·sin²(xy)/(xy) + (c/2)·y·(S₂+S₃)
//	Im w = c·x·e^(-x²)·sinc(2xy) - (e^(-x²)erfcx(y) - c·y·S₁)·sin 2xy + (c/2)·sgn(x)·(S₅-S₄)
//
// with c = 2a/π, x ≥ 0 in the sums and qₙ = e^(-a²n²)e^(-x²)/(a²n²+y²):
// S₁ = Σqₙ, S₂ = Σqₙe^(-2anx), S₃ = Σqₙe^(2anx), S₄ = Σqₙ·an·e^(-2anx),
// S₅ = Σqₙ·an·e^(2anx). For y > 5 the two imaginary terms before the
// sums cancel to double precision and are left out.
func fadSeries(xs, y float64) complex128 {
	x := math.Abs(xs)
	const relerr = 0x1p-53
	var s1, s2, s3, s4, s5 float64
	var re float64
	if x >= 10 {
		// Here |y| ≤ 1e-10: only e^(-x²) and the sums S₃, S₅ about their
		// peak n₀ ≈ x/a contribute.
		re = expSq(x, -1)
		n0 := math.Floor(x/fadA + 0.5)
		dx := fadA*n0 - x
		s3 = math.Exp(-dx*dx) / (fadA2*n0*n0 + y*y)
		s5 = fadA * n0 * s3
		dn := 1.0
		for ; n0-dn > 0; dn++ {
			np, nm := n0+dn, n0-dn
			tp := math.Exp(-(fadA*dn + dx) * (fadA*dn + dx))
			tm := math.Exp(-(fadA*dn - dx) * (fadA*dn - dx))
			tp /= fadA2*np*np + y*y
			tm /= fadA2*nm*nm + y*y
			s3 += tp + tm
			s5 += fadA * (np*tp + nm*tm)
			if fadA*(np*tp+nm*tm) < relerr*s5 {
				break
			}
		}
		if n0-dn <= 0 {
			for ; ; dn++ {
				np := n0 + dn
				tp := math.Exp(-(fadA*dn+dx)*(fadA*dn+dx)) / (fadA2*np*np + y*y)
				s3 += tp
				s5 += fadA * np * tp
				if fadA*np*tp < relerr*s5 {
					break
				}
			}
		}
		return complex(re+0.5*fadC*y*s3, 0.5*fadC*math.Copysign(s5, xs))
	}

	ex2 := expSq(x, -1)
	if x < 5e-4 {
		// S₅ - S₄ = Σ qₙ·2an·sinh(2anx) without cancellation.
		e2ax := math.Exp(2 * fadA * x)
		em2ax := 1 / e2ax
		p, m := 1.0, 1.0
		for n := 1; n <= len(fadExpA2N2); n++ {
			fn := float64(n)
			q := fadExpA2N2[n-1] * ex2 / (fadA2*fn*fn + y*y)
			p *= e2ax
			m *= em2ax
			s1 += q
			s2 += q * m
			s3 += q * p
			s5 += q * 2 * fadA * fn * math.Sinh(2*fadA*fn*x)
			if q*p < relerr*s3 {
				break
			}
		}
	} else {
		e2ax := math.Exp(2 * fadA * x)
		em2ax := 1 / e2ax
		p, m := 1.0, 1.0
		for n := 1; n <= len(fadExpA2N2); n++ {
			fn := float64(n)
			q := fadExpA2N2[n-1] * ex2 / (fadA2*fn*fn + y*y)
			p *= e2ax
			m *= em2ax
			s1 += q
			s2 += q * m
			s4 += q * m * fadA * fn
			s3 += q * p
			s5 += q * p * fadA * fn
			if q*p*fadA*fn < relerr*s5 {
				break
			}
		}
	}
	var ee float64 // e^(-x²)·erfcx(y)
	if y > -6 {
		ee = ex2 * Erfcx(y)
	} else {
		// erfcx(y) = 2e^(y²) to double precision: 2e^(y²-x²)
		yh, yl := twoProd(y, y)
		xh, xl := twoProd(x, x)
		e := ddSum(yh, -xh).addF(yl - xl)
		ee = 2 * math.Exp(e.hi) * (1 + e.lo)
	}
	c1 := ee - fadC*y*s1
	c2 := fadC * xs * ex2
	sxy, _ := fadSinCos(xs, y, 1)
	s2xy, c2xy := fadSinCos(xs, y, 2)
	re = c1*c2xy + c2*sxy*fadSinc(xs*y, sxy)
	var im float64
	if y <= 5 {
		im = c2*fadSinc(2*xs*y, s2xy) - c1*s2xy
	}
	return complex(re+0.5*fadC*y*(s2+s3), im+0.5*fadC*math.Copysign(s5-s4, xs))
}

// VoigtProfile returns the Voigt profile (scipy.special.voigt_profile),
// the convolution of a normal density of standard deviation sigma and a
// Cauchy density of half-width gamma,
//
//	V(x; σ, γ) = Re w((x + iγ)/(σ√2)) / (σ√(2π)),
//
// with w the Faddeeva function (Wofz); its relative accuracy is that of
// Re w, a few times 1e-15 (also in the Lorentzian tails, where Re w is
// computed from positive terms). For σ = 0 it is the Cauchy density
// γ/(π(x² + γ²)) (scaled so that x² cannot overflow), for γ = 0 the normal
// density exp(-x²/(2σ²))/(σ√(2π)), as SciPy. Like SciPy, it applies the
// formula to negative σ or γ as given (V changes sign with σ; a negative
// γ puts z in the lower half plane): they are not parameters of a
// density, and the caller should not rely on those values.
//
// Special cases are:
//
//	VoigtProfile(0, 0, 0) = +Inf; VoigtProfile(x, 0, 0) = 0 for x ≠ 0
//	VoigtProfile(x, 0, ±Inf) = NaN (SciPy's ∞/∞)
//	VoigtProfile(±Inf, σ, γ) = 0 for finite σ ≠ 0 or γ ≠ 0
//	VoigtProfile(x, σ, γ) = NaN if an argument is NaN
func VoigtProfile(x, sigma, gamma float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsNaN(sigma) || math.IsNaN(gamma):
		return math.NaN()
	case sigma == 0:
		if gamma == 0 {
			if x == 0 {
				return math.Inf(1)
			}
			return 0
		}
		return voigtLorentz(x, gamma)
	case gamma == 0:
		// exp(-t²/2) with t = x/σ = q + r in double-double, so that the
		// rounding of t (relative ε, ε·t² in the exponent) is not felt.
		q := x / sigma
		if math.IsNaN(q) {
			return q
		}
		if math.Abs(q) > 40 || math.IsInf(sigma, 0) {
			return 0 / sigma // exp(-800) underflows; signed as SciPy's
		}
		r := math.FMA(-q, sigma, x) / sigma
		h, l := twoProd(q, q)
		l += 2 * q * r
		return math.Exp(-h/2) * math.Exp(-l/2) / (sigma * math.Sqrt(2*math.Pi))
	}
	zr, dr := voigtScaled(x, sigma)
	zi, di := voigtScaled(gamma, sigma)
	if zi > 0 && math.Abs(zr)+zi > 1e7 && isFinite(zr) && isFinite(zi) {
		// w(z) = i/(√π z)·(1 + O(1/z²)): V is the Lorentzian to double
		// precision, computed directly where Re w would lose digits to
		// underflow (σ tiny beside x and γ).
		return voigtLorentz(x, gamma)
	}
	z := complex(zr, zi)
	w := Wofz(z)
	re := real(w)
	if isFinite(zr) && isFinite(zi) && isFinite(re) && isFinite(imag(w)) && (dr != 0 || di != 0) {
		// The rounding δ = dr + i·di of z costs |2z·δ| relative where
		// w ≈ exp(-z²) (up to 3e-13 at |z| = 27): correct to first order,
		// w(z+δ) = w(z) + δ·w'(z), w' = -2zw + 2i/√π.
		zw := z * w
		re += -2*dr*real(zw) + 2*di*imag(zw) - 2*di*invSqrtPi
	}
	return re / sigma / math.Sqrt(2*math.Pi)
}

// voigtScaled returns v/(σ√2) as hi + lo (to about 1e-32 relative), lo = 0
// where the quotient is not finite or normal.
func voigtScaled(v, sigma float64) (hi, lo float64) {
	const sHi, sLo = 0.7071067811865476, -4.833646656726457e-17 // 1/√2
	q := v / sigma
	hi = q * sHi
	if !isFinite(hi) || math.Abs(q) < 0x1p-900 || math.Abs(q) > 0x1p900 {
		return hi, 0
	}
	r := math.FMA(-q, sigma, v) / sigma // v/σ = q + r
	lo = math.FMA(q, sHi, -hi) + q*sLo + r*sHi
	return hi, lo
}

// voigtLorentz is γ/(π(x² + γ²)) without overflow of x² or γ²; NaN for
// infinite γ, as SciPy's formula gives.
func voigtLorentz(x, gamma float64) float64 {
	if math.IsInf(gamma, 0) {
		return math.NaN()
	}
	ax, ag := math.Abs(x), math.Abs(gamma)
	if ax > ag {
		r := ag / ax
		return gamma / ax / (math.Pi * ax * (1 + r*r))
	}
	r := ax / ag
	return 1 / (math.Pi * gamma * (1 + r*r))
}
