package linalg

import (
	"math"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/goscipy/goscipy/internal/golden"
)

type cholCase struct {
	Name  string  `json:"name"`
	A     mat2    `json:"a"`
	Lower bool    `json:"lower"`
	C     mat2    `json:"c"`
	B     mat2    `json:"b"`
	X     mat2    `json:"x"`
	Error *string `json:"error"`
}

// TestCholeskyGolden compares Cholesky, ChoFactor and ChoSolve with
// scipy.linalg.cholesky, cho_factor and cho_solve. The factor is unique
// (positive diagonal), so it is compared directly.
func TestCholeskyGolden(t *testing.T) {
	f := golden.Load[cholCase](t, "linalg/cholesky.json")
	for _, c := range f.Cases {
		t.Run(c.Name, func(t *testing.T) {
			opts := &CholeskyOptions{Lower: c.Lower}
			r, err := Cholesky(c.A.dense(), opts)
			if c.Error != nil {
				wantKind(t, err, kindOf(t, *c.Error), "a")
				_, err = ChoFactor(c.A.dense(), opts)
				wantKind(t, err, kindOf(t, *c.Error), "a")
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			// Cholesky is backward stable; the inputs are well conditioned
			// (m·mᵀ + n·I), so the factors agree to 100·n·eps.
			n := len(c.A)
			if d := relDiff(t, r, c.C.dense()); d > 100*float64(n)*eps {
				t.Errorf("factor differs from SciPy by %.3g", d)
			}
			cf, err := ChoFactor(c.A.dense(), opts)
			if err != nil {
				t.Fatal(err)
			}
			x, err := ChoSolve(cf, c.B.dense(), nil)
			if err != nil {
				t.Fatal(err)
			}
			if d := relDiff(t, x, c.X.dense()); d > 100*float64(n)*eps {
				t.Errorf("ChoSolve differs from SciPy by %.3g", d)
			}
		})
	}
}

// TestCholeskyReconstruct checks Uᵀ·U = a and L·Lᵀ = a.
func TestCholeskyReconstruct(t *testing.T) {
	for _, n := range []int{1, 6, 40} {
		m := randDense(n, n, int64(n))
		var a mat.Dense
		a.Mul(m, m.T())
		for i := 0; i < n; i++ {
			a.Set(i, i, a.At(i, i)+1)
		}
		u, err := Cholesky(&a, nil)
		if err != nil {
			t.Fatal(err)
		}
		l, err := Cholesky(&a, &CholeskyOptions{Lower: true})
		if err != nil {
			t.Fatal(err)
		}
		var r1, r2 mat.Dense
		r1.Mul(u.T(), u)
		r2.Mul(l, l.T())
		if d1, d2 := relDiff(t, &r1, &a), relDiff(t, &r2, &a); d1 > 10*float64(n)*eps || d2 > 10*float64(n)*eps {
			t.Errorf("n=%d: reconstruction errors %.3g %.3g", n, d1, d2)
		}
	}
}

// TestCholeskyBadInput checks errors, including the failing minor.
func TestCholeskyBadInput(t *testing.T) {
	a := mat.NewDense(3, 3, []float64{4, 2, 0, 2, 1, 0, 0, 0, 1}) // minor 2 is singular
	_, err := Cholesky(a, nil)
	wantKind(t, err, ErrNotPositiveDefinite, "a")
	if e := err.(*Error); e.Info != 2 || e.Routine != "dpotrf" {
		t.Errorf("info %d routine %q, want 2 dpotrf", e.Info, e.Routine)
	}
	_, err = Cholesky(mat.NewDense(2, 3, nil), nil)
	wantKind(t, err, ErrShape, "a")
	_, err = Cholesky(mat.NewDense(1, 1, []float64{math.Inf(1)}), nil)
	wantKind(t, err, ErrNotFinite, "a")
	_, err = ChoSolve(nil, mat.NewDense(1, 1, nil), nil)
	wantKind(t, err, ErrShape, "cf")
	cf, _ := ChoFactor(mat.NewDense(1, 1, []float64{4}), nil)
	_, err = ChoSolve(cf, mat.NewDense(2, 1, nil), nil)
	wantKind(t, err, ErrShape, "b")
	c, err := Cholesky(&mat.Dense{}, nil)
	if err != nil || !c.IsEmpty() {
		t.Errorf("empty: %v %v", c, err)
	}
}
