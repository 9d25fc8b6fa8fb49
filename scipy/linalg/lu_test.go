package linalg

import (
	"math"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/goscipy/goscipy/internal/golden"
)

type luCase struct {
	Name     string `json:"name"`
	A        mat2   `json:"a"`
	P        mat2   `json:"p"`
	L        mat2   `json:"l"`
	U        mat2   `json:"u"`
	PL       mat2   `json:"pl"`
	LU       mat2   `json:"lu"`
	Piv      []int  `json:"piv"`
	Singular bool   `json:"singular"`
	B        mat2   `json:"b"`
	X        mat2   `json:"x"`
	XT       mat2   `json:"xt"`
}

// TestLUGolden compares LU, LUFactor and LUSolve with scipy.linalg.lu,
// lu_factor and lu_solve. Partial pivoting is deterministic (largest
// magnitude, first on ties) so P and the pivots must match exactly, and the
// factors to rounding.
func TestLUGolden(t *testing.T) {
	f := golden.Load[luCase](t, "linalg/lu.json")
	for _, c := range f.Cases {
		t.Run(c.Name, func(t *testing.T) {
			a := c.A.dense()
			// Factors come from the same dgetrf: only the order of
			// floating-point operations could differ (blocked vs row-major
			// copies), so 100·n·eps relative to each factor's scale.
			tol := 100 * float64(len(c.A)+len(c.A[0])) * eps
			r, err := LU(a, nil)
			if err != nil {
				t.Fatal(err)
			}
			if !mat.Equal(r.P, c.P.dense()) {
				t.Errorf("P = %v, SciPy %v", mat.Formatted(r.P), mat.Formatted(c.P.dense()))
			}
			for _, x := range []struct {
				name      string
				got, want mat.Matrix
			}{{"L", r.L, c.L.dense()}, {"U", r.U, c.U.dense()}} {
				if d := relDiff(t, x.got, x.want); d > tol {
					t.Errorf("%s differs from SciPy by %.3g", x.name, d)
				}
			}
			r, err = LU(a, &LUOptions{PermuteL: true})
			if err != nil {
				t.Fatal(err)
			}
			if r.P != nil {
				t.Error("P is set with PermuteL")
			}
			if d := relDiff(t, r.L, c.PL.dense()); d > tol {
				t.Errorf("P·L differs from SciPy by %.3g", d)
			}
			lu, err := LUFactor(a, nil)
			if err != nil {
				t.Fatal(err)
			}
			if d := relDiff(t, lu.LU, c.LU.dense()); d > tol {
				t.Errorf("LU differs from SciPy by %.3g", d)
			}
			for i := range c.Piv {
				if lu.Piv[i] != c.Piv[i] {
					t.Fatalf("Piv = %v, SciPy %v", lu.Piv, c.Piv)
				}
			}
			if lu.Singular != c.Singular {
				t.Errorf("Singular = %v, SciPy warned %v", lu.Singular, c.Singular)
			}
			if c.X == nil {
				return
			}
			for _, tr := range []struct {
				trans string
				want  mat2
			}{{"N", c.X}, {"T", c.XT}} {
				x, err := LUSolve(lu, c.B.dense(), &LUSolveOptions{Trans: tr.trans})
				if err != nil {
					t.Fatal(err)
				}
				// Random matrices of order ≤ 20: κ < 1e4, so 1e4·n·eps.
				if d := relDiff(t, x, tr.want.dense()); d > 1e4*float64(len(c.A))*eps {
					t.Errorf("LUSolve trans=%s differs from SciPy by %.3g", tr.trans, d)
				}
			}
		})
	}
}

// TestLUReconstruct checks P·L·U = a for square and rectangular a.
func TestLUReconstruct(t *testing.T) {
	for _, s := range [][2]int{{1, 1}, {4, 4}, {7, 3}, {3, 7}, {30, 30}} {
		a := randDense(s[0], s[1], int64(s[0]*100+s[1]))
		r, err := LU(a, nil)
		if err != nil {
			t.Fatal(err)
		}
		var pl, plu mat.Dense
		pl.Mul(r.P, r.L)
		plu.Mul(&pl, r.U)
		if d := relDiff(t, &plu, a); d > 10*float64(s[0]+s[1])*eps {
			t.Errorf("%v: ‖PLU−a‖/‖a‖ = %.3g", s, d)
		}
	}
}

// TestLUBadInput checks errors and the empty case.
func TestLUBadInput(t *testing.T) {
	_, err := LU(mat.NewDense(1, 1, []float64{math.NaN()}), nil)
	wantKind(t, err, ErrNotFinite, "a")
	_, err = LU(nil, nil)
	wantKind(t, err, ErrShape, "a")
	r, err := LU(&mat.Dense{}, nil)
	if err != nil || !r.U.IsEmpty() {
		t.Errorf("empty LU: %v %v", r, err)
	}
	_, err = LUSolve(nil, mat.NewDense(1, 1, nil), nil)
	wantKind(t, err, ErrShape, "lu")
	lu, _ := LUFactor(mat.NewDense(2, 3, []float64{1, 2, 3, 4, 5, 6}), nil)
	_, err = LUSolve(lu, mat.NewDense(2, 1, nil), nil)
	wantKind(t, err, ErrShape, "lu.LU")
	lu, _ = LUFactor(mat.NewDense(2, 2, []float64{1, 2, 2, 4}), nil)
	if !lu.Singular {
		t.Error("singular matrix not reported")
	}
	_, err = LUSolve(lu, mat.NewDense(2, 1, nil), nil)
	wantKind(t, err, ErrSingular, "lu")
	lu, _ = LUFactor(mat.NewDense(2, 2, []float64{1, 2, 3, 4}), nil)
	lu.Piv[0] = 7
	_, err = LUSolve(lu, mat.NewDense(2, 1, nil), nil)
	wantKind(t, err, ErrValue, "lu.Piv")
	lu.Piv = lu.Piv[:1]
	_, err = LUSolve(lu, mat.NewDense(2, 1, nil), nil)
	wantKind(t, err, ErrShape, "lu.Piv")
}
