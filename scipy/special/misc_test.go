package special

import (
	"math"
	"math/cmplx"
	"testing"
)

// Property tests of the functions of misc_golden_test.go: identities and
// round trips that hold for any argument, beside the golden values.

func closeRel(t *testing.T, what string, got, want, tol float64) {
	t.Helper()
	if e := relErr(got, want); e > tol {
		t.Errorf("%s = %v, want %v (rel err %.3g > %.3g)", what, got, want, e, tol)
	}
}

// Legendre's relation E(m)K(1-m) + E(1-m)K(m) - K(m)K(1-m) = π/2 ties the
// complete integrals at m and 1-m together.
func TestEllipLegendreRelation(t *testing.T) {
	for _, m := range []float64{1e-12, 0.01, 0.1, 0.3, 0.5, 0.7, 0.9, 0.999} {
		k, kp := Ellipk(m), Ellipkm1(m) // Ellipkm1(m) = K(1-m)
		e, ep := Ellipe(m), Ellipe(1-m)
		closeRel(t, "Legendre relation", e*kp+ep*k-k*kp, math.Pi/2, 1e-14)
	}
}

// Carlson's integrals at equal arguments, their homogeneity, and the
// incomplete integrals' quasi-periodicity and oddness.
func TestCarlsonIdentities(t *testing.T) {
	for _, x := range []float64{1e-300, 1e-10, 0.5, 1, 7, 1e10, 1e300} {
		closeRel(t, "RF(x,x,x)", EllipRF(x, x, x), 1/math.Sqrt(x), 4e-16)
		closeRel(t, "RC(x,x)", EllipRC(x, x), 1/math.Sqrt(x), 4e-16)
		closeRel(t, "RD(x,x,x)", EllipRD(x, x, x), 1/(x*math.Sqrt(x)), 4e-16)
		closeRel(t, "RJ(x,x,x,x)", EllipRJ(x, x, x, x), 1/(x*math.Sqrt(x)), 4e-16)
		closeRel(t, "RG(x,x,x)", EllipRG(x, x, x), math.Sqrt(x), 4e-16)
	}
	const lam = 16.0
	closeRel(t, "RF homogeneity", EllipRF(lam*0.3, lam*2, lam*5), EllipRF(0.3, 2, 5)/4, 1e-15)
	closeRel(t, "RJ homogeneity", EllipRJ(lam*0.3, lam*2, lam*5, lam*0.7), EllipRJ(0.3, 2, 5, 0.7)/64, 1e-15)
	// RF is symmetric; RD(x, y, z) is symmetric in x and y.
	closeRel(t, "RF symmetry", EllipRF(5, 0.3, 2), EllipRF(0.3, 2, 5), 1e-15)
	closeRel(t, "RD symmetry", EllipRD(2, 0.3, 5), EllipRD(0.3, 2, 5), 1e-15)
	for _, m := range []float64{-3, 0, 0.5, 0.99} {
		for _, phi := range []float64{0.3, 1.2, 2.5} {
			closeRel(t, "F(φ+π)", Ellipkinc(phi+math.Pi, m), Ellipkinc(phi, m)+2*Ellipk(m), 1e-14)
			closeRel(t, "E(φ+π)", Ellipeinc(phi+math.Pi, m), Ellipeinc(phi, m)+2*Ellipe(m), 1e-14)
			closeRel(t, "F(-φ)", Ellipkinc(-phi, m), -Ellipkinc(phi, m), 0)
		}
		closeRel(t, "F(π/2)", Ellipkinc(math.Pi/2, m), Ellipk(m), 1e-15)
		closeRel(t, "E(π/2)", Ellipeinc(math.Pi/2, m), Ellipe(m), 1e-15)
	}
}

// Every branch of Lambert W solves w·e^w = z.
func TestLambertwSolves(t *testing.T) {
	for _, z := range []complex128{0.5, 10, 1e10, -0.2, -0.36, -2, complex(1, 1), complex(-3, -7), complex(1e-5, 2)} {
		for k := -3; k <= 3; k++ {
			w := Lambertw(z, k, 0)
			got := w * cmplx.Exp(w)
			if e := cmplx.Abs(got-z) / cmplx.Abs(z); e > 1e-14*(1+cmplx.Abs(w)) {
				t.Errorf("W_%d(%v) = %v: w·e^w = %v (rel err %.3g)", k, z, w, got, e)
			}
		}
	}
	if w := Lambertw(-0.1, -1, 0); imag(w) != 0 || real(w) > -1 {
		t.Errorf("W_-1(-0.1) = %v, want real ≤ -1", w)
	}
	if w := Lambertw(complex(math.NaN(), 0), 0, 0); !math.IsNaN(real(w)) {
		t.Errorf("W(NaN) = %v", w)
	}
}

// w(-conj z) = conj w(z), w(-z) = 2exp(-z²) - w(z), and the Voigt profile
// integrates to one.
func TestWofzSymmetries(t *testing.T) {
	for _, z := range []complex128{complex(0.3, 0.2), complex(5, 1e-3), complex(-7, 2), complex(20, 0.5), complex(2, 9)} {
		w := Wofz(z)
		if e := cRelErr(Wofz(-cmplx.Conj(z)), cmplx.Conj(w)); e > 1e-15 {
			t.Errorf("w(-conj %v) ≠ conj w(%v): rel err %.3g", z, z, e)
		}
		if e := cRelErr(Wofz(-z), 2*cmplx.Exp(-z*z)-w); e > 1e-13 {
			t.Errorf("w(-%v) ≠ 2exp(-z²) - w(z): rel err %.3g", z, e)
		}
	}
	// ∫ V(x; 1, 0.5) dx = 1 by the trapezoidal rule on [-2000, 2000] plus
	// the Lorentzian tails beyond (γ/π·2/2000).
	const h = 0.01
	s := 0.0
	for x := -2000.0; x <= 2000; x += h {
		s += VoigtProfile(x, 1, 0.5) * h
	}
	s += 0.5 / math.Pi * 2 / 2000
	closeRel(t, "∫V", s, 1, 1e-6)
}

// The inverses invert, in both tails.
func TestMiscRoundTrips(t *testing.T) {
	for _, p := range []float64{1e-300, 1e-20, 0.01, 0.5, 0.9, 1 - 1e-12} {
		closeRel(t, "Kolmogorov(Kolmogi(p))", Kolmogorov(Kolmogi(p)), p, 1e-13)
		for _, n := range []int{2, 10, 100} {
			d := Smirnovi(n, p)
			if d >= 1 {
				continue // 1 - p^(1/n) rounds to 1
			}
			// The rounding of d (relative ε) moves Smirnov by its condition
			// number κ = |d·S'(d)/S(d)|, large where d is close to 1.
			s := Smirnov(n, d)
			kappa := math.Abs((Smirnov(n, d*(1+1e-7)) - s) / (1e-7 * s))
			closeRel(t, "Smirnov(n, Smirnovi(n, p))", s, p, 1e-13+4e-16*kappa)
		}
	}
	for _, x := range []float64{-0.5, 1e-10, 0.3, 10, 1e5} {
		for _, l := range []float64{-2, -0.5, 1e-25, 0.5, 3} {
			y := Boxcox1p(x, l)
			if 1+l*y < 1e-6 {
				continue // (1+x)^λ ≈ 0: y has lost x's digits, no inverse can recover them
			}
			closeRel(t, "InvBoxcox1p(Boxcox1p)", InvBoxcox1p(y, l), x, 1e-12)
		}
	}
}

// Owen's T at a = 1 and h = 0, and its oddness in a.
func TestOwensTIdentities(t *testing.T) {
	for _, h := range []float64{0.1, 1, 3, 10, 30} {
		closeRel(t, "T(h, 1)", OwensT(h, 1), Ndtr(h)*Ndtr(-h)/2, 2e-15)
		closeRel(t, "T(-h, -a)", OwensT(-h, -0.7), -OwensT(h, 0.7), 0)
	}
	for _, a := range []float64{0.1, 1, 5, 1e10} {
		closeRel(t, "T(0, a)", OwensT(0, a), math.Atan(a)/(2*math.Pi), 1e-15)
	}
}

// The Fresnel, sine and cosine integrals are odd (Si, S, C, Shi) and
// approach their limits.
func TestFresnelSiciLimits(t *testing.T) {
	for _, x := range []float64{0.1, 1.5, 3, 50} {
		s, c := Fresnel(x)
		ms, mc := Fresnel(-x)
		closeRel(t, "S(-x)", ms, -s, 0)
		closeRel(t, "C(-x)", mc, -c, 0)
		si, ci := Sici(x)
		msi, mci := Sici(-x)
		closeRel(t, "Si(-x)", msi, -si, 0)
		closeRel(t, "Ci(-x)", mci, ci, 0)
	}
	s, c := Fresnel(1e6)
	closeRel(t, "S(1e6)", s, 0.5, 1e-6)
	closeRel(t, "C(1e6)", c, 0.5, 1e-6)
	si, _ := Sici(1e8)
	closeRel(t, "Si(1e8)", si, math.Pi/2, 1e-7)
	// Shi and Chi share their asymptote.
	shi, chi := Shichi(50)
	closeRel(t, "Shi(50)/Chi(50)", shi/chi, 1, 1e-15)
}

// Closed forms of the orthogonal polynomials, and the families that
// contain others.
func TestOrthoClosedForms(t *testing.T) {
	for _, n := range []int{0, 1, 2, 7, 30} {
		for _, th := range []float64{0.1, 0.7, 1.3, 2.9} {
			x := math.Cos(th)
			// Absolute error: near their zeros the values are small.
			if d := math.Abs(EvalChebyt(n, x) - math.Cos(float64(n)*th)); d > 1e-13 {
				t.Errorf("T_%d(cos %v) off cos(nθ) by %.3g", n, th, d)
			}
			if d := math.Abs(EvalChebyu(n, x) - math.Sin(float64(n+1)*th)/math.Sin(th)); d > 1e-12 {
				t.Errorf("U_%d(cos %v) off sin((n+1)θ)/sin θ by %.3g", n, th, d)
			}
			if d := math.Abs(EvalJacobi(n, 0, 0, x) - EvalLegendre(n, x)); d > 1e-13 {
				t.Errorf("P_%d^(0,0)(%v) off P_%d by %.3g", n, x, n, d)
			}
			if d := math.Abs(EvalGegenbauer(n, 0.5, x) - EvalLegendre(n, x)); d > 1e-13 {
				t.Errorf("C_%d^(1/2)(%v) off P_%d by %.3g", n, x, n, d)
			}
			if d := math.Abs(EvalGenlaguerre(n, 0, 3*x) - EvalLaguerre(n, 3*x)); d > 0 {
				t.Errorf("L_%d^(0) ≠ L_%d at %v", n, n, 3*x)
			}
			h, he := EvalHermite(n, x), EvalHermitenorm(n, math.Sqrt2*x)*math.Pow(2, float64(n)/2)
			if d := math.Abs(h - he); d > 1e-12*max(1, math.Abs(h)) {
				t.Errorf("H_%d(%v) = %v, 2^(n/2)He_n(√2x) = %v", n, x, h, he)
			}
		}
	}
	for _, f := range []func() float64{
		func() float64 { return EvalLegendre(3, math.NaN()) },
		func() float64 { return EvalHermite(-1, 0.5) },
		func() float64 { return EvalGenlaguerre(3, -1, 0.5) },
		func() float64 { return EvalChebyt(2, math.Inf(1)) },
	} {
		if v := f(); !math.IsNaN(v) {
			t.Errorf("got %v, want NaN", v)
		}
	}
}
