package linalg

import (
	"math"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/goscipy/goscipy/internal/golden"
)

type triCase struct {
	Name  string  `json:"name"`
	A     mat2    `json:"a"`
	B     mat2    `json:"b"`
	Lower bool    `json:"lower"`
	Trans string  `json:"trans"`
	Unit  bool    `json:"unit"`
	X     mat2    `json:"x"`
	Error *string `json:"error"`
}

// TestSolveTriangularGolden compares SolveTriangular with
// scipy.linalg.solve_triangular; the unread triangle (and the diagonal when
// UnitDiagonal) holds 1e300 or NaN, which must not be read.
func TestSolveTriangularGolden(t *testing.T) {
	f := golden.Load[triCase](t, "linalg/solve_triangular.json")
	for _, c := range f.Cases {
		t.Run(c.Name, func(t *testing.T) {
			x, err := SolveTriangular(c.A.dense(), c.B.dense(), &SolveTriangularOptions{
				Trans: c.Trans, Lower: c.Lower, UnitDiagonal: c.Unit, SkipFiniteCheck: true})
			if c.Error != nil {
				wantKind(t, err, kindOf(t, *c.Error), "a")
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			// Triangular solves are backward stable and the inputs are
			// diagonally weighted (κ small): 100·n·eps.
			if d := relDiff(t, x, c.X.dense()); d > 100*float64(len(c.A))*eps {
				t.Errorf("x differs from SciPy by %.3g", d)
			}
		})
	}
}

// TestSolveTriangularBadInput checks shape, finiteness and option errors.
func TestSolveTriangularBadInput(t *testing.T) {
	a := mat.NewDense(2, 2, []float64{1, 0, 1, 1})
	_, err := SolveTriangular(a, mat.NewDense(3, 1, nil), nil)
	wantKind(t, err, ErrShape, "b")
	_, err = SolveTriangular(mat.NewDense(2, 3, nil), mat.NewDense(2, 1, nil), nil)
	wantKind(t, err, ErrShape, "a")
	_, err = SolveTriangular(a, mat.NewDense(2, 1, nil), &SolveTriangularOptions{Trans: "X"})
	wantKind(t, err, ErrValue, "opts.Trans")
	// The finite check covers the whole array, as SciPy's does.
	_, err = SolveTriangular(mat.NewDense(2, 2, []float64{1, math.NaN(), 0, 1}), mat.NewDense(2, 1, nil), &SolveTriangularOptions{Lower: true})
	wantKind(t, err, ErrNotFinite, "a")
	x, err := SolveTriangular(&mat.Dense{}, &mat.Dense{}, nil)
	if err != nil || !x.IsEmpty() {
		t.Errorf("empty: %v, %v", x, err)
	}
}
