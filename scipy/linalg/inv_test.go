package linalg

import (
	"math"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/goscipy/goscipy/internal/golden"
)

type invDetCase struct {
	Name      string       `json:"name"`
	A         mat2         `json:"a"`
	Inv       mat2         `json:"inv"`
	InvError  *string      `json:"inv_error"`
	Det       golden.Float `json:"det"`
	Sign      golden.Float `json:"sign"`
	LogAbsDet golden.Float `json:"logabsdet"`
}

// TestInvDetGolden compares Inv, Det and SlogDet with scipy.linalg.inv,
// scipy.linalg.det and numpy.linalg.slogdet.
func TestInvDetGolden(t *testing.T) {
	f := golden.Load[invDetCase](t, "linalg/inv_det.json")
	for _, c := range f.Cases {
		t.Run(c.Name, func(t *testing.T) {
			a := c.A.dense()
			n := len(c.A)
			// Det is a product of n pivots each carrying O(eps) relative
			// error, and the pivots themselves are perturbed by O(κ·eps):
			// for these well-scaled inputs 100·n·eps covers both (hilbert 8
			// has κ ≈ 1e10 but its LU pivots are computed identically by the
			// same dgetrf, so only summation order could differ).
			det, err := Det(a, nil)
			if err != nil {
				t.Fatal(err)
			}
			if d := golden.RelErr(det, float64(c.Det)); d > 100*float64(n+1)*eps {
				t.Errorf("Det = %v, SciPy %v (rel err %.3g)", det, float64(c.Det), d)
			}
			sign, logdet, err := SlogDet(a, nil)
			if err != nil {
				t.Fatal(err)
			}
			if sign != float64(c.Sign) {
				t.Errorf("SlogDet sign %v, NumPy %v", sign, float64(c.Sign))
			}
			// log|det| is a sum of n logs: absolute error about n·eps.
			if want := float64(c.LogAbsDet); !(math.IsInf(want, -1) && math.IsInf(logdet, -1)) &&
				!(math.Abs(logdet-want) <= 100*float64(n+1)*eps*math.Max(1, math.Abs(want))) {
				t.Errorf("SlogDet log|det| %v, NumPy %v", logdet, want)
			}
			inv, err := Inv(a, nil)
			if c.InvError != nil {
				wantKind(t, err, kindOf(t, *c.InvError), "a")
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if n == 0 {
				if r, k := inv.Dims(); r != 0 || k != 0 {
					t.Fatalf("Inv of empty is %d×%d", r, k)
				}
				return
			}
			// Inverse error relative to ‖inv‖ is O(κ·eps); κ ≤ ‖a‖‖a⁻¹‖ in the
			// max norm times n.
			kappa := mat.Norm(a, math.Inf(1)) * mat.Norm(c.Inv.dense(), math.Inf(1)) * float64(n)
			if d := relDiff(t, inv, c.Inv.dense()); d > 10*float64(n)*eps*kappa {
				t.Errorf("Inv differs from SciPy by %.3g (κ≈%.3g)", d, kappa)
			}
		})
	}
}

// TestInvProperty checks a·Inv(a) ≈ I and Det(a)·Det(Inv(a)) ≈ 1.
func TestInvProperty(t *testing.T) {
	for _, n := range []int{1, 3, 10, 50} {
		a := randDense(n, n, int64(10+n))
		inv, err := Inv(a, nil)
		if err != nil {
			t.Fatal(err)
		}
		var p mat.Dense
		p.Mul(a, inv)
		for i := 0; i < n; i++ {
			p.Set(i, i, p.At(i, i)-1)
		}
		kappa := mat.Norm(a, 1) * mat.Norm(inv, 1)
		if r := mat.Norm(&p, 1); r > 10*float64(n)*eps*kappa {
			t.Errorf("n=%d: ‖a·inv−I‖₁ = %.3g (κ₁ %.3g)", n, r, kappa)
		}
		d1, _ := Det(a, nil)
		d2, _ := Det(inv, nil)
		if math.Abs(d1*d2-1) > 10*float64(n)*eps*kappa {
			t.Errorf("n=%d: det(a)·det(inv) = %v", n, d1*d2)
		}
	}
}

// TestSlogDetNoOverflow checks that SlogDet handles determinants beyond
// float64's range where Det overflows.
func TestSlogDetNoOverflow(t *testing.T) {
	n := 200
	a := mat.NewDense(n, n, nil)
	for i := 0; i < n; i++ {
		a.Set(i, i, 1e10)
	}
	a.Set(0, 0, -1e10)
	det, _ := Det(a, nil)
	sign, l, err := SlogDet(a, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := float64(n) * 10 * math.Ln10
	if !math.IsInf(det, -1) || sign != -1 || math.Abs(l-want) > 1e-12*want {
		t.Errorf("Det %v, SlogDet (%v, %v), want -Inf, (-1, %v)", det, sign, l, want)
	}
}

// TestInvDetBadInput checks the errors of Inv, Det and SlogDet.
func TestInvDetBadInput(t *testing.T) {
	nan := mat.NewDense(2, 2, []float64{1, 0, 0, math.NaN()})
	rect := mat.NewDense(2, 3, nil)
	for _, tc := range []struct {
		name string
		a    mat.Matrix
		kind Kind
	}{{"non-square", rect, ErrShape}, {"nan", nan, ErrNotFinite}, {"nil", nil, ErrShape}} {
		_, err := Inv(tc.a, nil)
		wantKind(t, err, tc.kind, "a")
		_, err = Det(tc.a, nil)
		wantKind(t, err, tc.kind, "a")
		_, _, err = SlogDet(tc.a, nil)
		wantKind(t, err, tc.kind, "a")
	}
	// With the check skipped, NaN propagates instead of failing.
	if d, err := Det(nan, &Options{SkipFiniteCheck: true}); err != nil || !math.IsNaN(d) {
		t.Errorf("Det of NaN matrix without check = %v, %v; want NaN, nil", d, err)
	}
}
