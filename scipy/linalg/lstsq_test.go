package linalg

import (
	"math"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/goscipy/goscipy/internal/golden"
)

type lstsqCase struct {
	Name     string         `json:"name"`
	A        mat2           `json:"a"`
	B        mat2           `json:"b"`
	BVector  bool           `json:"b_vector"`
	Cond     float64        `json:"cond"`
	Driver   string         `json:"driver"`
	X        mat2           `json:"x"`
	Residues []golden.Float `json:"residues"`
	Rank     int            `json:"rank"`
	S        []golden.Float `json:"s"`
}

// TestLstSqGolden compares LstSq with scipy.linalg.lstsq for each driver on
// square, over- and underdetermined, rank-deficient and vector problems.
//
// The minimum-norm solution's relative error is bounded by about
// eps·κ² for least squares with a large residual (Golub–Van Loan 5.3.8),
// κ = s₀/s_rank of the retained part; the problems here have κ < 1e3 (the
// "cond cutoff" case keeps 1 and 1e-3), so 10·(m+n)·eps·κ² is used.
func TestLstSqGolden(t *testing.T) {
	f := golden.Load[lstsqCase](t, "linalg/lstsq.json")
	for _, c := range f.Cases {
		t.Run(c.Name, func(t *testing.T) {
			a := c.A.dense()
			var b mat.Matrix = c.B.dense()
			if c.BVector {
				b = b.(*mat.Dense).ColView(0)
			}
			r, err := LstSq(a, b, &LstSqOptions{Cond: c.Cond, LapackDriver: c.Driver})
			if err != nil {
				t.Fatal(err)
			}
			if r.Rank != c.Rank {
				t.Fatalf("rank %d, SciPy %d", r.Rank, c.Rank)
			}
			m, n := a.Dims()
			sv, err := SVDVals(a, nil)
			if err != nil {
				t.Fatal(err)
			}
			kappa := 1.0
			if r.Rank > 0 {
				kappa = sv[0] / sv[r.Rank-1]
			}
			tol := 10 * float64(m+n) * eps * kappa * kappa
			if d := relDiff(t, r.X, c.X.dense()); d > tol {
				t.Errorf("x differs from SciPy by %.3g (tol %.3g)", d, tol)
			}
			if len(r.Residues) != len(c.Residues) {
				t.Fatalf("%d residues, SciPy %d", len(r.Residues), len(c.Residues))
			}
			for j, w := range golden.Floats(c.Residues) {
				// A squared norm: relative error about 2·tol, plus an absolute
				// floor for residuals that are rounding noise.
				if math.Abs(r.Residues[j]-w) > 2*tol*w+1e3*eps*eps {
					t.Errorf("residues[%d] = %v, SciPy %v", j, r.Residues[j], w)
				}
			}
			if c.S == nil {
				if r.S != nil {
					t.Error("S set for gelsy")
				}
				return
			}
			for i, w := range golden.Floats(c.S) {
				if math.Abs(r.S[i]-w) > 100*float64(m+n)*eps*sv[0] {
					t.Errorf("s[%d] = %v, SciPy %v", i, r.S[i], w)
				}
			}
		})
	}
}

// TestLstSqNormalEquations checks that the residual of a full-rank
// overdetermined solution is orthogonal to the columns of a: aᵀ(b − a·x) ≈ 0.
func TestLstSqNormalEquations(t *testing.T) {
	a := randDense(40, 7, 5)
	b := randDense(40, 3, 6)
	for _, d := range []string{"gelsd", "gelsy", "gelss"} {
		r, err := LstSq(a, b, &LstSqOptions{LapackDriver: d})
		if err != nil {
			t.Fatal(err)
		}
		var res, g mat.Dense
		res.Mul(a, r.X)
		res.Sub(b, &res)
		g.Mul(a.T(), &res)
		if v := mat.Norm(&g, math.Inf(1)) / (mat.Norm(a, math.Inf(1)) * mat.Norm(b, math.Inf(1))); v > 1e3*eps {
			t.Errorf("%s: ‖aᵀr‖ relative %.3g", d, v)
		}
	}
}

// TestLstSqBadInput checks errors naming the argument, and empty input.
func TestLstSqBadInput(t *testing.T) {
	a := mat.NewDense(3, 2, []float64{1, 2, 3, 4, 5, 6})
	_, err := LstSq(a, mat.NewDense(2, 1, nil), nil)
	wantKind(t, err, ErrShape, "b")
	_, err = LstSq(a, mat.NewDense(3, 1, []float64{0, math.NaN(), 0}), nil)
	wantKind(t, err, ErrNotFinite, "b")
	_, err = LstSq(a, mat.NewDense(3, 1, nil), &LstSqOptions{LapackDriver: "gels"})
	wantKind(t, err, ErrValue, "opts.LapackDriver")
	_, err = LstSq(a, mat.NewDense(3, 1, nil), &LstSqOptions{Cond: -1})
	wantKind(t, err, ErrValue, "opts.Cond")
	r, err := LstSq(&mat.Dense{}, &mat.Dense{}, nil)
	if err != nil || r.Rank != 0 {
		t.Errorf("empty: %v %v", r, err)
	}
}
