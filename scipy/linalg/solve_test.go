package linalg

import (
	"math"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/goscipy/goscipy/internal/golden"
)

type solveCase struct {
	Name       string        `json:"name"`
	A          mat2          `json:"a"`
	B          mat2          `json:"b"`
	BVector    bool          `json:"b_vector"`
	AssumeA    string        `json:"assume_a"`
	Lower      bool          `json:"lower"`
	Transposed bool          `json:"transposed"`
	SkipFinite bool          `json:"skip_finite"`
	Error      *string       `json:"error"`
	Warn       bool          `json:"warn"`
	X          mat2          `json:"x"`
	RCond      *golden.Float `json:"rcond"`
	Quirk      bool          `json:"scipy_full_norm_quirk"`
}

// TestSolveGolden compares Solve with scipy.linalg.solve on general,
// symmetric indefinite, positive definite, transposed, empty, singular and
// ill-conditioned systems.
func TestSolveGolden(t *testing.T) {
	f := golden.Load[solveCase](t, "linalg/solve.json")
	for _, c := range f.Cases {
		t.Run(c.Name, func(t *testing.T) {
			a := c.A.dense()
			var b mat.Matrix = c.B.dense()
			if c.BVector && len(c.B) > 0 {
				b = b.(*mat.Dense).ColView(0)
			}
			if len(c.A) == 0 {
				a, b = &mat.Dense{}, &mat.Dense{}
			}
			res, err := Solve(a, b, &SolveOptions{AssumeA: c.AssumeA, Lower: c.Lower, Transposed: c.Transposed, SkipFiniteCheck: c.SkipFinite})
			if c.Error != nil {
				wantKind(t, err, kindOf(t, *c.Error), "")
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			n := len(c.A)
			if n == 0 {
				if r, k := res.X.Dims(); r != 0 || k != 0 || !math.IsInf(res.RCond, 1) {
					t.Fatalf("empty solve gave %d×%d, rcond %v", r, k, res.RCond)
				}
				return
			}
			want := c.X.dense()
			// Both solutions come from backward-stable LAPACK solvers, so each
			// is within about n·eps·κ(a) of the exact one (κ = 1/rcond, the
			// relative forward error bound); 10·n·eps·κ leaves room for the
			// condition estimate being a few times low.
			kappa := 1.0
			if c.RCond != nil && float64(*c.RCond) > 0 {
				kappa = 1 / float64(*c.RCond)
			}
			tol := 10 * float64(n) * eps * kappa
			if d := relDiff(t, res.X, want); !(d <= tol) {
				t.Errorf("x differs from SciPy by %.3g (tolerance %.3g)", d, tol)
			}
			if c.RCond != nil {
				// Same estimator (Higham's) on factorizations that agree to
				// rounding: the estimates agree closely; a factor of 2 allows
				// for a different path through the estimator's iterations.
				if r := res.RCond / float64(*c.RCond); !(r > 0.5 && r < 2) {
					t.Errorf("RCond %.6g, SciPy's LAPACK estimate %.6g", res.RCond, float64(*c.RCond))
				}
				wantIll := c.Warn
				if c.Quirk {
					wantIll = float64(*c.RCond) < 0x1p-53
				}
				if res.IllConditioned != wantIll {
					t.Errorf("IllConditioned = %v, SciPy warned: %v (rcond %.3g)", res.IllConditioned, wantIll, res.RCond)
				}
			}
		})
	}
}

// TestSolveResidual checks that solutions satisfy their equation to a
// backward error of O(eps), for every structure, a vector and a matrix b.
func TestSolveResidual(t *testing.T) {
	for _, n := range []int{1, 4, 17, 64} {
		a := randDense(n, n, int64(n))
		spd := mat.NewDense(n, n, nil)
		spd.Mul(a, a.T())
		for i := 0; i < n; i++ {
			spd.Set(i, i, spd.At(i, i)+float64(n))
		}
		sym := mat.NewDense(n, n, nil)
		sym.Add(a, a.T())
		b := randDense(n, 3, int64(n+1))
		for _, tc := range []struct {
			assume string
			a      *mat.Dense
		}{{"gen", a}, {"sym", sym}, {"pos", spd}, {"her", sym}} {
			for _, lower := range []bool{false, true} {
				res, err := Solve(tc.a, b, &SolveOptions{AssumeA: tc.assume, Lower: lower})
				if err != nil {
					t.Fatalf("n=%d %s: %v", n, tc.assume, err)
				}
				if r := residual(tc.a, res.X, b); r > 10*eps {
					t.Errorf("n=%d %s lower=%v: backward error %.3g", n, tc.assume, lower, r)
				}
			}
		}
		res, err := Solve(a, b, &SolveOptions{Transposed: true})
		if err != nil {
			t.Fatal(err)
		}
		if r := residual(a.T(), res.X, b); r > 10*eps {
			t.Errorf("n=%d transposed: backward error %.3g", n, r)
		}
	}
}

// TestSolveBadInput checks that wrong shapes, nil, NaN, bad options and
// singular matrices give errors of the right kind naming the argument.
func TestSolveBadInput(t *testing.T) {
	sq := mat.NewDense(2, 2, []float64{1, 2, 3, 4})
	for _, tc := range []struct {
		name string
		a, b mat.Matrix
		opts *SolveOptions
		kind Kind
		arg  string
	}{
		{"non-square a", mat.NewDense(2, 3, nil), mat.NewDense(2, 1, nil), nil, ErrShape, "a"},
		{"b rows", sq, mat.NewDense(3, 1, nil), nil, ErrShape, "b"},
		{"b vector rows", sq, mat.NewVecDense(3, nil), nil, ErrShape, "b"},
		{"nil a", nil, mat.NewDense(2, 1, nil), nil, ErrShape, "a"},
		{"nil b", sq, nil, nil, ErrShape, "b"},
		{"typed nil a", (*mat.Dense)(nil), mat.NewDense(2, 1, nil), nil, ErrValue, ""},
		{"nan a", mat.NewDense(2, 2, []float64{1, math.NaN(), 0, 1}), mat.NewDense(2, 1, nil), nil, ErrNotFinite, "a"},
		{"inf b", sq, mat.NewDense(2, 1, []float64{math.Inf(-1), 0}), nil, ErrNotFinite, "b"},
		{"bad assume", sq, mat.NewDense(2, 1, nil), &SolveOptions{AssumeA: "diag"}, ErrValue, "opts.AssumeA"},
		{"singular", mat.NewDense(2, 2, []float64{1, 2, 2, 4}), mat.NewDense(2, 1, nil), nil, ErrSingular, "a"},
		{"not posdef", mat.NewDense(2, 2, []float64{1, 2, 2, 1}), mat.NewDense(2, 1, nil), &SolveOptions{AssumeA: "pos"}, ErrNotPositiveDefinite, "a"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Solve(tc.a, tc.b, tc.opts)
			if res != nil {
				t.Errorf("result %v with error", res)
			}
			wantKind(t, err, tc.kind, tc.arg)
		})
	}
}

// TestSolveSingularMessage checks the error's LAPACK routine, info and
// remedy for an exact zero pivot. Solve factors aᵀ (lut.go): for
// a = [1 2 3; 2 4 6; 1 1 1], aᵀ's first column (1, 2, 3) pivots on 3, which
// leaves both candidates for the second pivot exactly zero (4 − 2/3·6 and
// 2 − 1/3·6), so pivot 2 is the first zero one.
func TestSolveSingularMessage(t *testing.T) {
	a := mat.NewDense(3, 3, []float64{1, 2, 3, 2, 4, 6, 1, 1, 1})
	_, err := Solve(a, mat.NewVecDense(3, nil), nil)
	e, ok := err.(*Error)
	if !ok {
		t.Fatalf("error %v (%T), want *Error", err, err)
	}
	if e.Routine != "dgetrf" || e.Info != 2 || e.Func != "Solve" {
		t.Errorf("got routine %q info %d func %q, want dgetrf 2 Solve", e.Routine, e.Info, e.Func)
	}
	const want = "linalg.Solve: a: matrix is singular: pivot 2 of the LU factorization of its transpose is exactly zero; consider LstSq for a least-squares solution (dgetrf info=2)"
	if e.Error() != want {
		t.Errorf("message\n%q, want\n%q", e.Error(), want)
	}
}

// TestSolveDoesNotModifyInputs checks that a and b are left untouched.
func TestSolveDoesNotModifyInputs(t *testing.T) {
	a := randDense(5, 5, 1)
	b := randDense(5, 2, 2)
	a0, b0 := mat.DenseCopyOf(a), mat.DenseCopyOf(b)
	for _, s := range []string{"gen", "sym", "pos"} {
		Solve(a, b, &SolveOptions{AssumeA: s}) // pos may fail; inputs must still be intact
	}
	if !mat.Equal(a, a0) || !mat.Equal(b, b0) {
		t.Fatal("Solve modified its inputs")
	}
}
