package cblas

// One named test per route in routes.go: Implementation on the input that
// showed the quirk must give the right answer, under both dispatch modes.
// Each test also logs what the raw vendor routine (or gonum, for the gonum
// bugs) returns on the same input today, without failing on it, so the
// routes can be revisited when the pinned versions change:
//
//	go test -run Quirk -v ./cblas/

import (
	"math"
	"testing"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/gonum"
)

// checkRotg checks the defining properties of a plane rotation for (a, b):
// c² + s² = 1, c*a + s*b = r and -s*a + c*b = 0 within tol, all finite.
func checkRotg(t *testing.T, a, b, c, s, r, tol float64) {
	t.Helper()
	for _, v := range []float64{c, s, r} {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			t.Fatalf("rotg(%g, %g) = c=%g s=%g r=%g: not finite", a, b, c, s, r)
		}
	}
	if d := math.Abs(c*c + s*s - 1); d > tol {
		t.Errorf("rotg(%g, %g): c²+s² = 1%+g", a, b, d)
	}
	scale := math.Max(math.Abs(a), math.Abs(b))
	if d := math.Abs(c*(a/scale) + s*(b/scale) - r/scale); d > tol {
		t.Errorf("rotg(%g, %g): c*a+s*b differs from r=%g by %g (relative)", a, b, r, d)
	}
	if d := math.Abs(-s*(a/scale) + c*(b/scale)); d > tol {
		t.Errorf("rotg(%g, %g): -s*a+c*b = %g (relative), want 0", a, b, d)
	}
}

func TestQuirkDrotgHuge(t *testing.T) {
	for _, in := range [][2]float64{{1e300, 1}, {1, 1e300}, {1e154, 1e154}, {-1e300, 2e300}} {
		c, s, r, _ := Implementation{}.Drotg(in[0], in[1])
		checkRotg(t, in[0], in[1], c, s, r, 1e-15)
		vc, vs, vr, vz := nativeDrotg(in[0], in[1])
		t.Logf("vendor drotg(%g, %g) = c=%g s=%g r=%g z=%g", in[0], in[1], vc, vs, vr, vz)
	}
	c, s, r, _ := Implementation{}.Drotg(1e300, 1)
	if c != 1 || s != 1e-300 || r != 1e300 {
		t.Errorf("Drotg(1e300, 1) = c=%g s=%g r=%g, want c=1 s=1e-300 r=1e300", c, s, r)
	}
}

func TestQuirkDrotgTiny(t *testing.T) {
	// 1e-310 is subnormal, with about 14 significant digits.
	for _, in := range [][3]float64{{1e-160, 1e-160, 1e-15}, {1e-300, 1e-300, 1e-15}, {1e-300, 2e-300, 1e-15}, {1e-310, 1e-310, 1e-13}} {
		c, s, r, _ := Implementation{}.Drotg(in[0], in[1])
		checkRotg(t, in[0], in[1], c, s, r, in[2])
		vc, vs, vr, vz := nativeDrotg(in[0], in[1])
		t.Logf("vendor drotg(%g, %g) = c=%g s=%g r=%g z=%g", in[0], in[1], vc, vs, vr, vz)
	}
	c, s, _, _ := Implementation{}.Drotg(1e-300, 1e-300)
	if math.Abs(c-math.Sqrt2/2) > 2e-16 || math.Abs(s-math.Sqrt2/2) > 2e-16 {
		t.Errorf("Drotg(1e-300, 1e-300): c=%g s=%g, want 1/√2", c, s)
	}
}

// Srotg has no wrong vendor answer; the route keeps it on gonum's
// algorithm, which this checks on the inputs that break drotg.
func TestQuirkSrotgRoute(t *testing.T) {
	for _, in := range [][2]float32{{1e30, 1}, {1e-30, 1e-30}, {3, 4}} {
		c, s, r, z := Implementation{}.Srotg(in[0], in[1])
		gc, gs, gr, gz := gonum.Implementation{}.Srotg(in[0], in[1])
		if c != gc || s != gs || r != gr || z != gz {
			t.Errorf("Srotg(%g, %g) = %g %g %g %g, gonum %g %g %g %g", in[0], in[1], c, s, r, z, gc, gs, gr, gz)
		}
		checkRotg(t, float64(in[0]), float64(in[1]), float64(c), float64(s), float64(r), 1e-7)
	}
}

// checkRotmg checks that the modified rotation H zeroes the second
// component, H*(b1, b2) = (rb1, 0), and preserves the weighted norm,
// d1*b1² + d2*b2² = rd1*rb1².
func checkRotmg(t *testing.T, d1, d2, b1, b2 float64, p blas.DrotmParams, rd1, rb1 float64) {
	t.Helper()
	var h11, h21, h12, h22 float64
	switch p.Flag {
	case blas.Identity:
		h11, h22 = 1, 1
	case blas.OffDiagonal:
		h11, h21, h12, h22 = 1, p.H[1], p.H[2], 1
	case blas.Diagonal:
		h11, h21, h12, h22 = p.H[0], -1, 1, p.H[3]
	default:
		h11, h21, h12, h22 = p.H[0], p.H[1], p.H[2], p.H[3]
	}
	first, second := h11*b1+h12*b2, h21*b1+h22*b2
	if math.Abs(first-rb1) > 1e-13*math.Abs(rb1) {
		t.Errorf("rotmg(%g, %g, %g, %g): (H*b)[0] = %g, rb1 = %g", d1, d2, b1, b2, first, rb1)
	}
	if math.Abs(second) > 1e-15*math.Abs(first) {
		t.Errorf("rotmg(%g, %g, %g, %g): (H*b)[1] = %g, want 0 relative to %g", d1, d2, b1, b2, second, first)
	}
	// Compare the weighted norms in logarithms: they are far outside the
	// range of float64 squares on these inputs.
	lhs := math.Log(d1) + 2*math.Log(math.Abs(b1))
	rhs := math.Log(rd1) + 2*math.Log(math.Abs(rb1))
	if math.Abs(lhs-rhs) > 1e-12 {
		t.Errorf("rotmg(%g, %g, %g, %g): log weighted norm %g, was %g", d1, d2, b1, b2, rhs, lhs)
	}
}

func TestQuirkDrotmgUnderflow(t *testing.T) {
	// d2*b2² underflows: the vendor returns the identity, gonum rescales.
	d1, d2, b1, b2 := 3.650815986369668e-128, 5.186931223799025e-237, -5.892029647711645e+107, 1.6128749144946195e-202
	p, rd1, rd2, rb1 := Implementation{}.Drotmg(d1, d2, b1, b2)
	gp, gd1, gd2, gb1 := gonum.Implementation{}.Drotmg(d1, d2, b1, b2)
	if p != gp || rd1 != gd1 || rd2 != gd2 || rb1 != gb1 {
		t.Errorf("Drotmg = %v %g %g %g, gonum %v %g %g %g", p, rd1, rd2, rb1, gp, gd1, gd2, gb1)
	}
	checkRotmg(t, d1, d2, b1, b2, p, rd1, rb1)
	vp, vd1, vd2, vb1 := nativeDrotmg(d1, d2, b1, b2)
	t.Logf("vendor drotmg(%g, %g, %g, %g) = %v %g %g %g", d1, d2, b1, b2, vp, vd1, vd2, vb1)
}

func TestQuirkSrotmgRoute(t *testing.T) {
	for _, in := range [][4]float32{{1, 1, 1, 1}, {1e15, 1e-15, 1e5, 1e-5}, {4, 3, 2, 1}} {
		p, a, b, c := Implementation{}.Srotmg(in[0], in[1], in[2], in[3])
		gp, ga, gb, gc := gonum.Implementation{}.Srotmg(in[0], in[1], in[2], in[3])
		if p != gp || a != ga || b != gb || c != gc {
			t.Errorf("Srotmg%v = %v %g %g %g, gonum %v %g %g %g", in, p, a, b, c, gp, ga, gb, gc)
		}
	}
}

// quirkPadded returns x followed by zeros, long enough to reach the native path
// under the normal dispatch too.
func quirkPadded(x []float64) []float64 {
	return append(append([]float64(nil), x...), make([]float64, 2*crossIamax)...)
}

func TestQuirkIamaxNaN(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	cases := []struct {
		x    []float64
		want int
	}{
		{[]float64{1, 3, inf, nan}, 2},
		{[]float64{5, nan, math.Inf(-1), 8, 9}, 2},
		{[]float64{1, nan, 2}, 2},
		{[]float64{nan, 1, 2}, 0},
		{[]float64{1, inf, nan, 3}, 1},
	}
	conformance(t, func(t *testing.T) {
		for _, c := range cases {
			for _, x := range [][]float64{c.x, quirkPadded(c.x)} {
				n := len(x)
				x32, c64, c128 := make([]float32, n), make([]complex64, n), make([]complex128, n)
				for i, v := range x {
					x32[i], c64[i], c128[i] = float32(v), complex(float32(v), 0), complex(0, v)
				}
				got := [4]int{
					Implementation{}.Idamax(n, x, 1), Implementation{}.Isamax(n, x32, 1),
					Implementation{}.Icamax(n, c64, 1), Implementation{}.Izamax(n, c128, 1),
				}
				for i, g := range got {
					if g != c.want {
						t.Errorf("%s(%v, n=%d) = %d, want %d", []string{"Idamax", "Isamax", "Icamax", "Izamax"}[i], c.x, n, g, c.want)
					}
				}
				t.Logf("vendor i?amax(%v, n=%d) = d %d, s %d, c %d, z %d (want %d)", c.x, n,
					nativeIdamax(n, x, 1), nativeIsamax(n, x32, 1), nativeIcamax(n, c64, 1), nativeIzamax(n, c128, 1), c.want)
			}
		}
	})
}

func TestQuirkGonumGerNegativeInc(t *testing.T) {
	want := []float64{3, 3, 3, 2, 2, 2, 1, 1, 1} // x reversed by incX = -1
	conformance(t, func(t *testing.T) {
		a := make([]float64, 9)
		Implementation{}.Dger(3, 3, 1, []float64{1, 2, 3}, -1, []float64{1, 1, 1}, 1, a, 3)
		a32 := make([]float32, 9)
		Implementation{}.Sger(3, 3, 1, []float32{1, 2, 3}, -1, []float32{1, 1, 1}, 1, a32, 3)
		for i := range want {
			if a[i] != want[i] || float64(a32[i]) != want[i] {
				t.Fatalf("Dger = %v, Sger = %v, want %v", a, a32, want)
			}
		}
	})
	ga := make([]float64, 9)
	gonum.Implementation{}.Dger(3, 3, 1, []float64{1, 2, 3}, -1, []float64{1, 1, 1}, 1, ga, 3)
	t.Logf("gonum Dger with incX = -1: %v (want %v)", ga, want)
}

func TestQuirkGonumGemvBetaZero(t *testing.T) {
	conformance(t, func(t *testing.T) {
		// y = Aᵀx for a 1×3 A: only y[0:3] may change.
		y := []float64{5, 5, 5, 5, 5, 5}
		Implementation{}.Dgemv(blas.Trans, 1, 3, 1, []float64{1, 2, 3}, 3, []float64{2}, 1, 0, y, 1)
		y32 := []float32{5, 5, 5, 5, 5, 5}
		Implementation{}.Sgemv(blas.Trans, 1, 3, 1, []float32{1, 2, 3}, 3, []float32{2}, 1, 0, y32, 1)
		want := []float64{2, 4, 6, 5, 5, 5}
		for i := range want {
			if y[i] != want[i] || float64(y32[i]) != want[i] {
				t.Fatalf("Dgemv y = %v, Sgemv y = %v, want %v", y, y32, want)
			}
		}
	})
	y32 := []float32{5, 5, 5, 5, 5, 5}
	gonum.Implementation{}.Sgemv(blas.Trans, 1, 3, 1, []float32{1, 2, 3}, 3, []float32{2}, 1, 0, y32, 1)
	t.Logf("gonum Sgemv y = %v (want [2 4 6 5 5 5])", y32)
}

func TestQuirkNrm2MultiInf(t *testing.T) {
	inf := math.Inf(1)
	head := []float64{5, inf, -inf, 8, 9}
	n := len(head) + 2*max(crossNrm2, crossNrm2C)
	x := append(append([]float64(nil), head...), make([]float64, n-len(head))...)
	x32, c64, c128 := make([]float32, n), make([]complex64, n), make([]complex128, n)
	for i, v := range x {
		x32[i], c64[i], c128[i] = float32(v), complex(0, float32(v)), complex(v, 0)
	}
	conformance(t, func(t *testing.T) {
		got := []float64{
			Implementation{}.Dnrm2(n, x, 1), float64(Implementation{}.Snrm2(n, x32, 1)),
			float64(Implementation{}.Scnrm2(n, c64, 1)), Implementation{}.Dznrm2(n, c128, 1),
		}
		for i, g := range got {
			if !math.IsInf(g, 1) {
				t.Errorf("%s(%v…) = %g, want +Inf", []string{"Dnrm2", "Snrm2", "Scnrm2", "Dznrm2"}[i], head, g)
			}
		}
	})
	t.Logf("vendor nrm2(%v…) = d %g, s %g, sc %g, dz %g (want +Inf)", head,
		nativeDnrm2(n, x, 1), nativeSnrm2(n, x32, 1), nativeScnrm2(n, c64, 1), nativeDznrm2(n, c128, 1))
}
