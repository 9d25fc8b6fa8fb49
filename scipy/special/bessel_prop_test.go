package special

import (
	"math"
	"testing"
)

// besselPropPoints is a fixed grid of orders and arguments covering every
// method's range: Temme (x < 2), Steed (2 ≤ x < 25), Hankel (x ≥ 25), Debye (v ≥ 50), the turning point.
var besselPropPoints = func() [][2]float64 {
	var p [][2]float64
	for _, v := range []float64{0, 0.2, 0.5, 1, 1.7, 3, 7.5, 20, 49.9, 50, 75.25, 300} {
		for _, x := range []float64{0.01, 0.7, 1.99, 2, 3.3, 9, 17, 24.9, 25, 40, 80, 300, 5000} {
			p = append(p, [2]float64{v, x})
		}
		if v > 0 {
			p = append(p, [2]float64{v, v}, [2]float64{v, 0.9 * v}, [2]float64{v, 1.1 * v})
		}
	}
	return p
}()

// TestBesselWronskians checks J_{v+1}Y_v - J_vY_{v+1} = 2/(πx) and
// I_vK_{v+1} + I_{v+1}K_v = 1/x (in the scaled functions, where the
// exponentials cancel), relative to the size of the products: the
// functions of orders v and v+1 come from different code paths at the
// boundaries (μ and μ+1 in Hankel's expansion, Debye at 50) and the
// identities tie them together. Points where the products overflow or
// underflow are skipped.
func TestBesselWronskians(t *testing.T) {
	for _, p := range besselPropPoints {
		v, x := p[0], p[1]
		j0, j1 := Jv(v, x), Jv(v+1, x)
		y0, y1 := Yv(v, x), Yv(v+1, x)
		a, b := j1*y0, j0*y1
		if isFinite(a) && isFinite(b) && a != 0 && b != 0 {
			w := 2 / (math.Pi * x)
			if e := math.Abs(a-b-w) / (math.Abs(a) + math.Abs(b)); e > 1e-13 {
				t.Errorf("J/Y Wronskian at v=%v x=%v: error %.3g", v, x, e)
			}
		}
		i0, i1 := Ive(v, x), Ive(v+1, x)
		k0, k1 := Kve(v, x), Kve(v+1, x)
		c, d := i0*k1, i1*k0
		if isFinite(c) && isFinite(d) && c != 0 && d != 0 {
			if e := math.Abs(c+d-1/x) * x; e > 1e-13 {
				t.Errorf("I/K Wronskian at v=%v x=%v: error %.3g", v, x, e)
			}
		}
	}
}

// TestBesselScaledConsistent checks Ive = Iv·e^(-x) and Kve = Kv·e^x where
// neither side overflows, and the order-0 and order-1 functions against
// the general ones.
func TestBesselScaledConsistent(t *testing.T) {
	for _, p := range besselPropPoints {
		v, x := p[0], p[1]
		if x > 600 {
			continue
		}
		if iv, ive := Iv(v, x), Ive(v, x); iv > 1e-300 && iv < 1e300 {
			if e := relErr(iv*math.Exp(-x), ive); e > 1e-13 {
				t.Errorf("Iv(%v,%v)e^-x = %v, Ive = %v", v, x, iv*math.Exp(-x), ive)
			}
		}
		if kv, kve := Kv(v, x), Kve(v, x); kv > 1e-300 && kv < 1e300 {
			if e := relErr(kv*math.Exp(x), kve); e > 1e-13 {
				t.Errorf("Kv(%v,%v)e^x = %v, Kve = %v", v, x, kv*math.Exp(x), kve)
			}
		}
	}
	for _, x := range []float64{0.3, 2.5, 30, -4} {
		pairs := [][2]float64{
			{J0(x), Jv(0, x)}, {J1(x), Jv(1, x)}, {I0(x), Iv(0, x)}, {I1(x), Iv(1, x)},
			{I0e(x), Ive(0, x)}, {I1e(x), Ive(1, x)}, {Jn(3, x), Jv(3, x)},
		}
		if x > 0 {
			pairs = append(pairs, [][2]float64{{Y0(x), Yv(0, x)}, {Y1(x), Yv(1, x)}, {K0(x), Kv(0, x)},
				{K1(x), Kv(1, x)}, {K0e(x), Kve(0, x)}, {K1e(x), Kve(1, x)}, {Yn(-3, x), -Yv(3, x)}}...)
		}
		for i, pr := range pairs {
			if pr[0] != pr[1] {
				t.Errorf("x=%v pair %d: %v != %v", x, i, pr[0], pr[1])
			}
		}
	}
}

// TestBesselRecurrence checks J_{v-1} + J_{v+1} = (2v/x)J_v and
// I_{v-1} - I_{v+1} = (2v/x)I_v relative to the terms' size.
func TestBesselRecurrence(t *testing.T) {
	for _, p := range besselPropPoints {
		v, x := p[0]+1, p[1]
		a, b, c := Jv(v-1, x), Jv(v+1, x), 2*v/x*Jv(v, x)
		if isFinite(a) && isFinite(b) && isFinite(c) && math.Abs(c) > 1e-290 {
			if e := math.Abs(a+b-c) / (math.Abs(a) + math.Abs(b) + math.Abs(c)); e > 1e-13 {
				t.Errorf("J recurrence at v=%v x=%v: error %.3g", v, x, e)
			}
		}
		a, b, c = Ive(v-1, x), Ive(v+1, x), 2*v/x*Ive(v, x)
		if isFinite(a) && isFinite(b) && isFinite(c) && math.Abs(c) > 1e-290 {
			if e := math.Abs(a-b-c) / (math.Abs(a) + math.Abs(b) + math.Abs(c)); e > 1e-13 {
				t.Errorf("I recurrence at v=%v x=%v: error %.3g", v, x, e)
			}
		}
	}
}

// TestSphericalClosedForms checks the spherical functions of order 0 and
// 1 against their elementary forms: j0 = sin x/x, y0 = -cos x/x,
// i0 = sinh x/x, k0 = (π/2)e^(-x)/x, j1 = sin x/x² - cos x/x.
func TestSphericalClosedForms(t *testing.T) {
	for _, x := range []float64{0.5, 1, 3, 10, 40} {
		s, c := math.Sincos(x)
		env := 1 / x // amplitude of j0, y0
		checks := []struct {
			name      string
			got, want float64
			scale     float64
		}{
			{"j0", SphericalJn(0, x, false), s / x, env},
			{"y0", SphericalYn(0, x, false), -c / x, env},
			{"j0'", SphericalJn(0, x, true), c/x - s/(x*x), env},
			{"i0", SphericalIn(0, x, false), math.Sinh(x) / x, 0},
			{"k0", SphericalKn(0, x, false), math.Pi / 2 * math.Exp(-x) / x, 0},
			{"j1", SphericalJn(1, x, false), s/(x*x) - c/x, env},
		}
		for _, ck := range checks {
			if e := besselErr(ck.got, ck.want, ck.scale); e > 1e-14*10 {
				t.Errorf("%s(%v) = %v, want %v (err %.3g)", ck.name, x, ck.got, ck.want, e)
			}
		}
	}
}

// TestBesselFiniteGrid checks that no result inside the domain is NaN and
// that no call panics, on a grid of orders up to 1000 and arguments from
// 1e-300 to 1e15 including negative orders.
func TestBesselFiniteGrid(t *testing.T) {
	for _, v := range []float64{-999.5, -100.3, -7, -0.5, 0, 0.5, 13.7, 49.99, 50, 500.5, 1000} {
		for _, x := range []float64{1e-300, 1e-20, 1e-3, 1, 24.99, 25, 999, 1000, 1e5, 1e15} {
			for name, f := range map[string]func(v, x float64) float64{"Jv": Jv, "Yv": Yv, "Iv": Iv, "Ive": Ive, "Kv": Kv, "Kve": Kve} {
				if r := f(v, x); math.IsNaN(r) {
					t.Errorf("%s(%v, %v) = NaN", name, v, x)
				}
			}
		}
	}
}

// TestBesselNoPanicEdges evaluates every Bessel function on all
// combinations of edgeValues (nopanic_test.go) for order and argument,
// and the spherical functions for n in {0, 1, 7} and both derivative
// flags: none may panic or hang (orders up to MaxFloat64 must not start a
// recurrence of v steps).
func TestBesselNoPanicEdges(t *testing.T) {
	two := map[string]func(v, x float64) float64{"Jv": Jv, "Yv": Yv, "Iv": Iv, "Ive": Ive, "Kv": Kv, "Kve": Kve}
	for _, f := range two {
		for _, v := range edgeValues {
			for _, x := range edgeValues {
				f(v, x)
			}
		}
	}
	one := []func(float64) float64{J0, J1, Y0, Y1, I0, I1, K0, K1, I0e, I1e, K0e, K1e}
	sph := []func(int, float64, bool) float64{SphericalJn, SphericalYn, SphericalIn, SphericalKn}
	for _, x := range edgeValues {
		for _, f := range one {
			f(x)
		}
		for _, n := range []int{0, 1, 7, -1} {
			Jn(n, x)
			Yn(n, x)
			for _, f := range sph {
				f(n, x, false)
				f(n, x, true)
			}
		}
	}
}
