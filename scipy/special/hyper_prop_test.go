package special

import (
	"math"
	"math/cmplx"
	"testing"
)

// hyperClose reports whether got is within tol of want, relatively.
func hyperClose(got, want, tol float64) bool {
	return math.Abs(got-want) <= tol*math.Max(math.Abs(want), 1e-300)
}

// TestAiryWronskian checks Ai·Bi' - Ai'·Bi = 1/π, and the same for the
// scaled functions (the scale factors cancel), over the oscillatory
// region, the series and both tails.
func TestAiryWronskian(t *testing.T) {
	for x := -200.0; x <= 100; x += 0.37 {
		ai, aip, bi, bip := Airy(x)
		w := ai*bip - aip*bi
		// Near x = 100 the terms are 1e-290·1e290: still exact in range.
		if !hyperClose(w, 1/math.Pi, 1e-13) {
			t.Errorf("Airy(%v): Wronskian %v, want 1/π", x, w)
		}
		eai, eaip, ebi, ebip := Airye(x)
		if w := eai*ebip - eaip*ebi; !hyperClose(w, 1/math.Pi, 1e-13) {
			t.Errorf("Airye(%v): Wronskian %v, want 1/π", x, w)
		}
	}
}

// TestAiryeConsistent checks Airye against Airy where neither overflows.
func TestAiryeConsistent(t *testing.T) {
	for _, x := range []float64{0.1, 0.9, 1, 1.1, 2, 5, 30, 90} {
		ai, aip, bi, bip := Airy(x)
		eai, eaip, ebi, ebip := Airye(x)
		z := 2.0 / 3 * x * math.Sqrt(x)
		for i, p := range [][2]float64{{ai * math.Exp(z), eai}, {aip * math.Exp(z), eaip}, {bi * math.Exp(-z), ebi}, {bip * math.Exp(-z), ebip}} {
			// exp of a rounded ζ: relative error up to ζ·2^-52.
			if !hyperClose(p[1], p[0], 1e-14*(1+z)) {
				t.Errorf("Airye(%v)[%d] = %v, Airy·scale = %v", x, i, p[1], p[0])
			}
		}
	}
}

// TestLoggammaCProperties checks the recurrence log Γ(z+1) = log Γ(z) +
// log z (exact for Re z > 0 on the principal branch), the conjugate
// symmetry, and agreement with Gammaln on the positive axis.
func TestLoggammaCProperties(t *testing.T) {
	for _, z := range []complex128{0.3 + 0.2i, 1.5 - 3i, 6.5 + 0.5i, 12 + 40i, 0.05 + 1e-3i, 2 - 1e-8i} {
		l0, l1 := LoggammaC(z), LoggammaC(z+1)
		if d := cmplx.Abs(l1 - l0 - cmplx.Log(z)); d > 1e-13*math.Max(1, cmplx.Abs(l1)) {
			t.Errorf("LoggammaC(%v+1) - LoggammaC(%v) - log z = %v", z, z, d)
		}
		if c := LoggammaC(cmplx.Conj(z)); c != cmplx.Conj(l0) {
			t.Errorf("LoggammaC(conj %v) = %v, want %v", z, c, cmplx.Conj(l0))
		}
	}
	for _, x := range []float64{1e-5, 0.5, 3, 7.5, 100, 1e10} {
		if g := LoggammaC(complex(x, 0)); !hyperClose(real(g), Gammaln(x), 1e-14) || imag(g) != 0 {
			t.Errorf("LoggammaC(%v) = %v, want %v", x, g, Gammaln(x))
		}
	}
	// The imaginary part is continuous across the real axis between the
	// poles only from one side: LoggammaC(x±0i) differ by 2πi·k on the cut.
	up, dn := LoggammaC(complex(-2.5, 0)), LoggammaC(complex(-2.5, math.Copysign(0, -1)))
	if !hyperClose(imag(up), -3*math.Pi, 1e-15) || !hyperClose(imag(dn), 3*math.Pi, 1e-15) {
		t.Errorf("LoggammaC(-2.5±0i) = %v, %v; want imaginary parts -3π, 3π", up, dn)
	}
}

// TestHyp2f1ClosedForms checks elementary cases: 2F1(1,1;2;x) =
// -log(1-x)/x, 2F1(1/2,1;3/2;-x²) = atan(x)/x, 2F1(a,b;b;x) = (1-x)^(-a)
// evaluated through the general path (b perturbed is not used: exact).
func TestHyp2f1ClosedForms(t *testing.T) {
	for _, x := range []float64{-1e6, -50, -3, -0.9, -0.3, 0.1, 0.45, 0.55, 0.8, 0.99, 0.999999} {
		if got, want := Hyp2f1(1, 1, 2, x), -math.Log1p(-x)/x; !hyperClose(got, want, 1e-13) {
			t.Errorf("Hyp2f1(1, 1, 2, %v) = %v, want %v", x, got, want)
		}
	}
	for _, s := range []float64{0.01, 0.5, 1, 3, 30, 1000} {
		if got, want := Hyp2f1(0.5, 1, 1.5, -s*s), math.Atan(s)/s; !hyperClose(got, want, 1e-13) {
			t.Errorf("Hyp2f1(1/2, 1, 3/2, %v) = %v, want %v", -s*s, got, want)
		}
	}
}

// TestHyp1f1Kummer checks Kummer's transformation M(a,b,x) =
// e^x M(b-a,b,-x) between the two evaluation paths, and
// M(1, 2, x) = (e^x - 1)/x.
func TestHyp1f1Kummer(t *testing.T) {
	for _, p := range [][3]float64{{0.5, 1.5, 3}, {2.5, 4, 30}, {-1.5, 2.5, 8}, {7, 3.5, 60}, {0.3, 0.7, 200}} {
		a, b, x := p[0], p[1], p[2]
		if got, want := Hyp1f1(a, b, x), math.Exp(x)*Hyp1f1(b-a, b, -x); !hyperClose(got, want, 1e-13) {
			t.Errorf("Hyp1f1(%v, %v, %v) = %v, e^x·M(b-a, b, -x) = %v", a, b, x, got, want)
		}
	}
	for _, x := range []float64{-700, -30, -1, 1e-8, 0.5, 20, 300} {
		if got, want := Hyp1f1(1, 2, x), math.Expm1(x)/x; !hyperClose(got, want, 1e-13) {
			t.Errorf("Hyp1f1(1, 2, %v) = %v, want %v", x, got, want)
		}
	}
}

// TestHyperuKummer checks U(a,b,x) = x^(1-b) U(a-b+1, 2-b, x) and
// U(a, a+1, x) = x^(-a) reached through other parameters:
// U(1, 1, x) = e^x E1(x).
func TestHyperuKummer(t *testing.T) {
	for _, p := range [][3]float64{{1.5, 0.25, 2}, {2.5, 1.75, 0.3}, {3, 2.5, 10}, {1.25, -0.5, 40}} {
		a, b, x := p[0], p[1], p[2]
		got, want := Hyperu(a, b, x), math.Pow(x, 1-b)*Hyperu(a-b+1, 2-b, x)
		if !hyperClose(got, want, 1e-12) {
			t.Errorf("Hyperu(%v, %v, %v) = %v, x^(1-b)U(a-b+1, 2-b, x) = %v", a, b, x, got, want)
		}
	}
	for _, x := range []float64{1e-8, 0.1, 1, 5, 50} {
		if got, want := Hyperu(1, 1, x), math.Exp(x)*Exp1(x); !hyperClose(got, want, 1e-13) {
			t.Errorf("Hyperu(1, 1, %v) = %v, want e^x E1(x) = %v", x, got, want)
		}
	}
}

// TestStruveHalfOrder checks the elementary half-integer cases
// H_{1/2}(x) = √(2/(πx))·2sin²(x/2), L_{1/2}(x) = √(2/(πx))·2sinh²(x/2),
// H_{-1/2}(x) = √(2/(πx)) sin x, over the series, integral and recurrence
// regions.
func TestStruveHalfOrder(t *testing.T) {
	for _, x := range []float64{0.01, 0.5, 3, 7, 15, 40, 100, 700} {
		c := math.Sqrt(2 / (math.Pi * x))
		if got, want := Struve(0.5, x), c*2*math.Pow(math.Sin(x/2), 2); math.Abs(got-want) > 1e-13*c {
			t.Errorf("Struve(1/2, %v) = %v, want %v", x, got, want)
		}
		if got, want := Struve(-0.5, x), c*math.Sin(x); math.Abs(got-want) > 1e-13*c {
			t.Errorf("Struve(-1/2, %v) = %v, want %v", x, got, want)
		}
		if x < 700 {
			if got, want := Modstruve(0.5, x), c*2*math.Pow(math.Sinh(x/2), 2); !hyperClose(got, want, 1e-13) {
				t.Errorf("Modstruve(1/2, %v) = %v, want %v", x, got, want)
			}
		}
	}
}
