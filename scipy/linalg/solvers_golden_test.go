package linalg

import (
	"math"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/goscipy/goscipy/internal/golden"
)

// The golden files come from scripts/golden/linalg_solvers.py (SciPy
// 1.10.1). SciPy and these functions run the same algorithms on the same
// LAPACK, so the differences are rounding errors amplified by the
// conditioning of each problem; the tolerances below say how much.

type sylvesterCase struct {
	Name    string
	A, B, Q mat2
	X       mat2
	Error   string
}

func TestSolveSylvesterGolden(t *testing.T) {
	f := golden.Load[sylvesterCase](t, "linalg/solvers_sylvester.json")
	for _, c := range f.Cases {
		t.Run(c.Name, func(t *testing.T) {
			x, err := SolveSylvester(c.A.dense(), c.B.dense(), c.Q.dense())
			if c.Error != "" {
				wantKind(t, err, kindOf(t, c.Error), "")
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			// The random cases are well separated (sep(A, −B) ≳ 0.1):
			// observed at most 9e-16; allow 1e-13 for other BLAS builds.
			if d := relDiff(t, x, c.X.dense()); d > 1e-13 {
				t.Errorf("max rel error vs SciPy %.3g", d)
			}
			if r := sylvesterResidual(c.A.dense(), c.B.dense(), c.Q.dense(), x); r > 1e-13 {
				t.Errorf("residual %.3g", r)
			}
		})
	}
}

type lyapunovCase struct {
	Name, Kind, Method string
	A, Q, X            mat2
}

func TestSolveLyapunovGolden(t *testing.T) {
	f := golden.Load[lyapunovCase](t, "linalg/solvers_lyapunov.json")
	for _, c := range f.Cases {
		t.Run(c.Name, func(t *testing.T) {
			a, q := c.A.dense(), c.Q.dense()
			var x *mat.Dense
			var err error
			if c.Kind == "continuous" {
				x, err = SolveContinuousLyapunov(a, q)
			} else {
				x, err = SolveDiscreteLyapunov(a, q, &DiscreteLyapunovOptions{Method: c.Method})
			}
			if err != nil {
				t.Fatal(err)
			}
			// The problems are moderately conditioned (‖X‖ up to ~1e2·‖Q‖);
			// the direct method's n²×n² LU and the bilinear method's
			// inverses lose a few more digits than Bartels–Stewart.
			// Observed at most 1.8e-14.
			if d := relDiff(t, x, c.X.dense()); d > 1e-12 {
				t.Errorf("max rel error vs SciPy %.3g", d)
			}
		})
	}
}

type areCase struct {
	Name, Kind string
	A, B, Q, R mat2
	E, S       mat2
	Balanced   bool
	Decimal    *int
	X          mat2
	Error      string
	Message    string
}

func (c areCase) opts() *AREOptions {
	o := &AREOptions{NoBalance: !c.Balanced}
	if c.E != nil {
		o.E = c.E.dense()
	}
	if c.S != nil {
		o.S = c.S.dense()
	}
	return o
}

func (c areCase) solve() (*mat.Dense, error) {
	if c.Kind == "care" {
		return SolveContinuousAre(c.A.dense(), c.B.dense(), c.Q.dense(), c.R.dense(), c.opts())
	}
	return SolveDiscreteAre(c.A.dense(), c.B.dense(), c.Q.dense(), c.R.dense(), c.opts())
}

func TestSolveAreGolden(t *testing.T) {
	f := golden.Load[areCase](t, "linalg/solvers_are.json")
	for _, c := range f.Cases {
		t.Run(c.Name, func(t *testing.T) {
			x, err := c.solve()
			if c.Error != "" {
				wantKind(t, err, kindOf(t, c.Error), "")
				return
			}
			if err != nil {
				t.Fatalf("%v (SciPy solves it)", err)
			}
			want := c.X.dense()
			// Observed: at most 4.4e-12 (DAREX 11, whose ‖X‖ is 1e4 times
			// its smallest entries); most cases agree to a few eps.
			const tol = 1e-10
			d := relDiff(t, x, want)
			if d > tol {
				t.Errorf("max rel error vs SciPy %.3g > %.3g", d, tol)
			}
		})
	}
}

type rankFile struct {
	Cond []struct {
		Name, P     string
		A           mat2
		Cond, Cond2 golden.Float
		Error       string
	}
	MatrixRank []struct {
		Name      string
		A         mat2
		Tol       float64
		Hermitian bool
		Rank      int
	} `json:"matrix_rank"`
	Subspace []struct {
		Name       string
		A          mat2
		Rcond      float64
		Null, Orth mat2
	}
	PinvH []struct {
		Name       string
		A          mat2
		Atol, Rtol float64
		Lower      bool
		B          mat2
		Rank       int
	}
}

func TestCondGolden(t *testing.T) {
	f := golden.Load[rankFile](t, "linalg/solvers_rank.json").Cases[0]
	for _, c := range f.Cond {
		t.Run(c.Name+"/p="+c.P, func(t *testing.T) {
			got, err := Cond(c.A.dense(), &CondOptions{P: c.P})
			if c.Error == "linalg" {
				// NumPy raises "SVD did not converge" for the nuclear norm
				// of its all-NaN inverse of a singular matrix; Cond
				// reports the singularity as +Inf, as for the other norms.
				if err != nil || !math.IsInf(got, 1) {
					t.Errorf("cond %v, %v; want +Inf", got, err)
				}
				return
			}
			if c.Error != "" {
				wantKind(t, err, kindOf(t, c.Error), "a")
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			want := float64(c.Cond)
			if math.IsInf(want, 1) || want > 1e14 || float64(c.Cond2) > 1e14 {
				// Singular, or singular to rounding: both sides compute
				// 1/(rounding noise), equal only in being huge (or +Inf).
				// With P "-2" the value is the reciprocal, tiny.
				if c.P == "-2" && !math.IsInf(want, 1) {
					if got > 1e-14 {
						t.Errorf("cond %v, want ≤ 1e-14", got)
					}
				} else if !(got > 1e14) {
					t.Errorf("cond %v, want > 1e14 or +Inf", got)
				}
				return
			}
			// The computed norm of the inverse carries a relative error of
			// about cond₂(a)·eps (Hilbert(6): cond₂ 1.5e7).
			tol := 64 * eps * math.Max(1, float64(c.Cond2))
			if e := golden.RelErr(got, want); e > tol {
				t.Errorf("cond %v, want %v (rel err %.3g)", got, want, e)
			}
		})
	}
}

func TestMatrixRankGolden(t *testing.T) {
	f := golden.Load[rankFile](t, "linalg/solvers_rank.json").Cases[0]
	for _, c := range f.MatrixRank {
		got, err := MatrixRank(c.A.dense(), &MatrixRankOptions{Tol: c.Tol, Hermitian: c.Hermitian})
		if err != nil {
			t.Fatalf("%s: %v", c.Name, err)
		}
		if got != c.Rank {
			t.Errorf("%s tol=%v hermitian=%v: rank %d, want %d", c.Name, c.Tol, c.Hermitian, got, c.Rank)
		}
	}
}

// projector returns Q·Qᵀ, the orthogonal projector onto the span of the
// orthonormal columns of q, which is unique even though q is not; an empty
// q projects onto {0}, the n×n zero matrix.
func projector(q *mat.Dense, n int) *mat.Dense {
	p := mat.NewDense(n, n, nil)
	if r, _ := q.Dims(); r > 0 {
		p.Mul(q, q.T())
	}
	return p
}

func TestNullSpaceOrthGolden(t *testing.T) {
	f := golden.Load[rankFile](t, "linalg/solvers_rank.json").Cases[0]
	for _, c := range f.Subspace {
		a := c.A.dense()
		m, n := a.Dims()
		opts := &SubspaceOptions{Rcond: c.Rcond}
		ns, err := NullSpace(a, opts)
		if err != nil {
			t.Fatalf("%s: %v", c.Name, err)
		}
		or, err := Orth(a, opts)
		if err != nil {
			t.Fatalf("%s: %v", c.Name, err)
		}
		for _, s := range []struct {
			what      string
			got, want *mat.Dense
			dim       int
		}{{"null", ns, c.Null.dense(), n}, {"orth", or, c.Orth.dense(), m}} {
			_, gc := s.got.Dims()
			_, wc := s.want.Dims()
			if gc != wc {
				t.Errorf("%s rcond=%v %s: %d columns, want %d", c.Name, c.Rcond, s.what, gc, wc)
				continue
			}
			// Bases are unique only up to rotation: compare projectors.
			if d := relDiff(t, projector(s.got, s.dim), projector(s.want, s.dim)); d > 1e-12 {
				t.Errorf("%s rcond=%v %s: projector differs by %.3g", c.Name, c.Rcond, s.what, d)
			}
		}
	}
}

func TestPinvHGolden(t *testing.T) {
	f := golden.Load[rankFile](t, "linalg/solvers_rank.json").Cases[0]
	for _, c := range f.PinvH {
		res, err := PinvH(c.A.dense(), &PinvHOptions{Atol: c.Atol, Rtol: c.Rtol, Upper: !c.Lower})
		if err != nil {
			t.Fatalf("%s: %v", c.Name, err)
		}
		if res.Rank != c.Rank {
			t.Errorf("%s: rank %d, want %d", c.Name, res.Rank, c.Rank)
		}
		// The matrices are well conditioned on the kept eigenspace (the
		// cut-off cases drop the tiny eigenvalues): observed 4.6e-14.
		if d := relDiff(t, res.B, c.B.dense()); d > 1e-12 {
			t.Errorf("%s: max rel error vs SciPy %.3g", c.Name, d)
		}
	}
}

type invPascalCase struct {
	N    int
	Kind string
	X    mat2
}

func TestInvPascalGolden(t *testing.T) {
	f := golden.Load[invPascalCase](t, "linalg/solvers_invpascal.json.gz")
	for _, c := range f.Cases {
		got, err := InvPascal(c.N, c.Kind)
		if err != nil {
			t.Fatal(err)
		}
		want := c.X.dense()
		if c.N == 0 {
			if r, cc := got.Dims(); r != 0 || cc != 0 {
				t.Errorf("n=0 %s: got %d×%d", c.Kind, r, cc)
			}
			continue
		}
		// Both sides round the exact integers once: bit for bit.
		for i := 0; i < c.N; i++ {
			for j := 0; j < c.N; j++ {
				if g, w := got.At(i, j), want.At(i, j); g != w {
					t.Fatalf("n=%d %s: [%d,%d] = %v, want %v", c.N, c.Kind, i, j, g, w)
				}
			}
		}
	}
}
