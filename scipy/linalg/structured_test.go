package linalg

import (
	"encoding/json"
	"fmt"
	"math"
	"sync"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/goscipy/goscipy/internal/golden"
)

// structArr is an array of a structured golden case: null, a vector or a
// matrix (a list of rows).
type structArr struct {
	null bool
	vec  bool
	rows [][]float64
}

func (a *structArr) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		a.null = true
		return nil
	}
	var m [][]golden.Float
	if err := json.Unmarshal(b, &m); err == nil {
		a.rows = make([][]float64, len(m))
		for i, r := range m {
			a.rows[i] = golden.Floats(r)
		}
		return nil
	}
	var v []golden.Float
	if err := json.Unmarshal(b, &v); err != nil {
		return fmt.Errorf("structArr: %s is neither a vector nor a matrix", b)
	}
	a.vec = true
	for _, x := range v {
		a.rows = append(a.rows, []float64{float64(x)})
	}
	return nil
}

// dense returns the matrix (a vector as one column); the empty Dense for
// no rows or columns.
func (a structArr) dense() *mat.Dense {
	if len(a.rows) == 0 || len(a.rows[0]) == 0 {
		return &mat.Dense{}
	}
	d := mat.NewDense(len(a.rows), len(a.rows[0]), nil)
	for i, r := range a.rows {
		d.SetRow(i, r)
	}
	return d
}

// floats returns a vector's values.
func (a structArr) floats() []float64 {
	if a.null {
		return nil
	}
	out := make([]float64, len(a.rows))
	for i, r := range a.rows {
		out[i] = r[0]
	}
	return out
}

type structSolveCase struct {
	Func      string          `json:"func"`
	Name      string          `json:"name"`
	L         int             `json:"l"`
	U         int             `json:"u"`
	AB        structArr       `json:"ab"`
	B         structArr       `json:"b"`
	BVector   bool            `json:"b_vector"`
	C         structArr       `json:"c"`
	R         structArr       `json:"r"`
	Lower     bool            `json:"lower"`
	Singular  string          `json:"singular"`
	Tol       *golden.Float   `json:"tol"`
	X         structArr       `json:"x"`
	ChoX      structArr       `json:"cho_x"`
	Error     *string         `json:"error"`
	ChoError  *string         `json:"cho_error"`
	Info      int             `json:"info"`
	ChoInfo   int             `json:"cho_info"`
	Cond      json.RawMessage `json:"cond"`
	condValue float64
}

// structTol is the tolerance of a solution against SciPy's: both are
// backward stable solutions (LAPACK's LU or Cholesky, or Levinson and FFT,
// which are accurate for the well-conditioned inputs used), so they differ
// by the forward error bound cond·eps, times a small factor for the
// accumulation over n terms.
func structTol(n int, cond float64) float64 {
	return 50 * float64(max(n, 1)) * math.Max(cond, 1) * eps
}

func loadStructSolve(t *testing.T) []structSolveCase {
	f := golden.Load[structSolveCase](t, "linalg/structured_solve.json")
	for i := range f.Cases {
		c := &f.Cases[i]
		var v golden.Float
		if len(c.Cond) > 0 && string(c.Cond) != "null" {
			if err := json.Unmarshal(c.Cond, &v); err != nil {
				t.Fatal(err)
			}
		}
		c.condValue = float64(v)
	}
	return f.Cases
}

// structCheckX compares x with SciPy's; a vector b must give an n×1 x.
func structCheckX(t *testing.T, what string, x *mat.Dense, want structArr, cond float64) {
	t.Helper()
	n, _ := want.dense().Dims()
	d := relDiff(t, x, want.dense())
	t.Logf("%s: difference from SciPy %.3g (%.3g of the tolerance)", what, d, d/structTol(n, cond))
	if d > structTol(n, cond) {
		t.Errorf("%s differs from SciPy by %.3g (cond %.3g, tolerance %.3g)", what, d, cond, structTol(n, cond))
	}
}

// TestStructuredSolveGolden compares SolveBanded, SolveHBanded,
// CholeskyBanded, ChoSolveBanded, SolveToeplitz and SolveCirculant with
// SciPy 1.10, including its errors. Where SciPy's f2py wrappers reject a
// 1×1 system ("f2py_n1") the expected x is NumPy's dense solution.
func TestStructuredSolveGolden(t *testing.T) {
	for _, c := range loadStructSolve(t) {
		t.Run(c.Func+"/"+c.Name, func(t *testing.T) {
			var x *mat.Dense
			var err error
			arg := "ab"
			switch c.Func {
			case "solve_banded":
				x, err = SolveBanded(c.L, c.U, c.AB.dense(), c.B.dense(), nil)
			case "solveh_banded":
				x, err = SolveHBanded(c.AB.dense(), c.B.dense(), &HBandedOptions{Lower: c.Lower})
				structCheckCholesky(t, c)
			case "solve_toeplitz":
				arg = "c"
				x, err = SolveToeplitz(c.C.floats(), c.R.floats(), c.B.dense(), nil)
			case "solve_circulant":
				arg = "c"
				o := &SolveCirculantOptions{Singular: c.Singular}
				if c.Tol != nil {
					o.Tol = float64(*c.Tol)
				}
				x, err = SolveCirculant(c.C.floats(), c.B.dense(), o)
			default:
				t.Fatalf("unknown func %q", c.Func)
			}
			if c.Error != nil && *c.Error != "f2py_n1" {
				k := kindOf(t, *c.Error)
				if k == ErrNotFinite {
					arg = "" // whichever input holds the NaN
				}
				wantKind(t, err, k, arg)
				if c.Info != 0 && err.(*Error).Info != c.Info {
					t.Errorf("Info %d, want SciPy's %d", err.(*Error).Info, c.Info)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			structCheckX(t, "x", x, c.X, c.condValue)
		})
	}
}

// structCheckCholesky checks CholeskyBanded and ChoSolveBanded on a
// solveh_banded case.
func structCheckCholesky(t *testing.T, c structSolveCase) {
	t.Helper()
	cb, err := CholeskyBanded(c.AB.dense(), &HBandedOptions{Lower: c.Lower})
	if c.ChoError != nil {
		wantKind(t, err, kindOf(t, *c.ChoError), "ab")
		if c.ChoInfo != 0 && err.(*Error).Info != c.ChoInfo {
			t.Errorf("CholeskyBanded Info %d, want SciPy's %d", err.(*Error).Info, c.ChoInfo)
		}
		return
	}
	if err != nil {
		t.Fatalf("CholeskyBanded: %v", err)
	}
	// The Cholesky factor is unique and computed by the same dpbtrf; the
	// inputs are well conditioned (diagonally dominant).
	n, _ := c.C.dense().Dims()
	if d := relDiff(t, cb, c.C.dense()); d > 100*float64(n)*eps {
		t.Errorf("CholeskyBanded differs from SciPy by %.3g", d)
	}
	x, err := ChoSolveBanded(cb, c.Lower, c.B.dense(), nil)
	if err != nil {
		t.Fatalf("ChoSolveBanded: %v", err)
	}
	structCheckX(t, "ChoSolveBanded x", x, c.ChoX, 10)
}

// structBandDense is the dense matrix of SciPy's (l, u) band storage.
func structBandDense(l, u int, ab *mat.Dense) *mat.Dense {
	_, n := ab.Dims()
	a := mat.NewDense(n, n, nil)
	for i := 0; i < n; i++ {
		for j := max(0, i-l); j <= min(n-1, i+u); j++ {
			a.Set(i, j, ab.At(u+i-j, j))
		}
	}
	return a
}

// structSymBandDense is the dense symmetric matrix of a (kd+1)×n band.
func structSymBandDense(ab *mat.Dense, lower bool) *mat.Dense {
	rows, n := ab.Dims()
	kd := rows - 1
	a := mat.NewDense(n, n, nil)
	for j := 0; j < n; j++ {
		for i := max(0, j-kd); i <= min(n-1, j+kd); i++ {
			var v float64
			switch {
			case lower && i >= j:
				v = ab.At(i-j, j)
			case lower:
				v = ab.At(j-i, i)
			case i <= j:
				v = ab.At(kd+i-j, j)
			default:
				v = ab.At(kd+j-i, i)
			}
			a.Set(i, j, v)
		}
	}
	return a
}

// structRandBand returns a random (l+u+1)×n band array whose diagonal row
// is shifted by shift (diagonal dominance when shift > l+u).
func structRandBand(l, u, n int, shift float64, seed int64) *mat.Dense {
	ab := randDense(l+u+1, n, seed)
	for j := 0; j < n; j++ {
		ab.Set(u, j, ab.At(u, j)+shift)
	}
	return ab
}

// TestStructuredSolveResiduals checks ‖a x − b‖ at rounding level (a
// backward error, independent of conditioning) for the banded, Toeplitz
// and circulant solvers on random systems of several sizes and bandwidths,
// and that the inputs are not modified.
func TestStructuredSolveResiduals(t *testing.T) {
	for _, n := range []int{1, 2, 5, 31} {
		for _, lu := range [][2]int{{0, 0}, {1, 1}, {2, 1}, {0, 3}, {4, 2}} {
			l, u := lu[0], lu[1]
			ab := structRandBand(l, u, n, float64(l+u+2), int64(10*n+l))
			b := randDense(n, 3, int64(n))
			ab0, b0 := mat.DenseCopyOf(ab), mat.DenseCopyOf(b)
			x, err := SolveBanded(l, u, ab, b, nil)
			if err != nil {
				t.Fatalf("n=%d l=%d u=%d: %v", n, l, u, err)
			}
			if r := residual(structBandDense(l, u, ab), x, b); r > 10*eps {
				t.Errorf("SolveBanded n=%d l=%d u=%d: residual %.3g", n, l, u, r)
			}
			if !mat.Equal(ab, ab0) || !mat.Equal(b, b0) {
				t.Errorf("SolveBanded modified its input")
			}
		}
		for _, kd := range []int{0, 1, 2, 5} {
			for _, lower := range []bool{false, true} {
				ab := randDense(kd+1, n, int64(n+kd))
				diag := kd
				if lower {
					diag = 0
				}
				for j := 0; j < n; j++ {
					ab.Set(diag, j, math.Abs(ab.At(diag, j))+float64(2*kd+1))
				}
				b := randDense(n, 2, int64(kd))
				a := structSymBandDense(ab, lower)
				x, err := SolveHBanded(ab, b, &HBandedOptions{Lower: lower})
				if err != nil {
					t.Fatalf("SolveHBanded n=%d kd=%d: %v", n, kd, err)
				}
				if r := residual(a, x, b); r > 10*eps {
					t.Errorf("SolveHBanded n=%d kd=%d lower=%v: residual %.3g", n, kd, lower, r)
				}
				cb, err := CholeskyBanded(ab, &HBandedOptions{Lower: lower})
				if err != nil {
					t.Fatal(err)
				}
				// The factor reconstructs a: Uᵀ U or L Lᵀ.
				f := structBandDense(map[bool]int{true: kd, false: 0}[lower], map[bool]int{true: 0, false: kd}[lower], cb)
				var rec mat.Dense
				if lower {
					rec.Mul(f, f.T())
				} else {
					rec.Mul(f.T(), f)
				}
				if d := relDiff(t, &rec, a); d > 10*float64(n)*eps {
					t.Errorf("CholeskyBanded n=%d kd=%d lower=%v: reconstruction error %.3g", n, kd, lower, d)
				}
				x2, err := ChoSolveBanded(cb, lower, b, nil)
				if err != nil {
					t.Fatal(err)
				}
				if r := residual(a, x2, b); r > 10*eps {
					t.Errorf("ChoSolveBanded n=%d kd=%d: residual %.3g", n, kd, r)
				}
			}
		}
		// Toeplitz: diagonally dominant, so Levinson is stable.
		c, r := randDense(1, n, int64(n)).RawRowView(0), randDense(1, n, int64(n+1)).RawRowView(0)
		c[0] += 2 * float64(n)
		b := randDense(n, 2, 5)
		x, err := SolveToeplitz(c, r, b, nil)
		if err != nil {
			t.Fatal(err)
		}
		if res := residual(Toeplitz(c, r), x, b); res > 100*eps {
			t.Errorf("SolveToeplitz n=%d: residual %.3g", n, res)
		}
		xs, err := SolveToeplitz(c, nil, b, nil)
		if err != nil {
			t.Fatal(err)
		}
		if res := residual(Toeplitz(c, nil), xs, b); res > 100*eps {
			t.Errorf("SolveToeplitz symmetric n=%d: residual %.3g", n, res)
		}
		xc, err := SolveCirculant(c, b, nil)
		if err != nil {
			t.Fatal(err)
		}
		if res := residual(Circulant(c), xc, b); res > 100*eps {
			t.Errorf("SolveCirculant n=%d: residual %.3g", n, res)
		}
	}
}

// TestSolveCirculantLstsq checks that Singular "lstsq" gives the
// minimum-norm least-squares solution (the pseudo-inverse's) for an
// exactly singular circulant matrix.
func TestSolveCirculantLstsq(t *testing.T) {
	c := []float64{2, -1, 0, 0, -1} // the periodic Laplacian: λ = 0 once
	b := randDense(5, 2, 3)
	x, err := SolveCirculant(c, b, &SolveCirculantOptions{Singular: "lstsq"})
	if err != nil {
		t.Fatal(err)
	}
	p, err := Pinv(Circulant(c), nil)
	if err != nil {
		t.Fatal(err)
	}
	var want mat.Dense
	want.Mul(p.B, b)
	if d := relDiff(t, x, &want); d > 1e3*eps {
		t.Errorf("lstsq solution differs from pinv(C)·b by %.3g", d)
	}
	_, err = SolveCirculant(c, b, nil)
	wantKind(t, err, ErrSingular, "c")
}

// TestStructuredSolveBadInput checks the errors that do not come from
// SciPy's golden data: shapes, options, nil and empty inputs.
func TestStructuredSolveBadInput(t *testing.T) {
	ab := structRandBand(1, 1, 4, 4, 1)
	b := randDense(4, 1, 2)
	_, err := SolveBanded(-1, 1, ab, b, nil)
	wantKind(t, err, ErrValue, "l")
	_, err = SolveBanded(1, -1, ab, b, nil)
	wantKind(t, err, ErrValue, "u")
	_, err = SolveBanded(2, 1, ab, b, nil)
	wantKind(t, err, ErrShape, "ab")
	_, err = SolveBanded(1, 1, ab, randDense(3, 1, 1), nil)
	wantKind(t, err, ErrShape, "b")
	_, err = SolveBanded(1, 1, nil, b, nil)
	wantKind(t, err, ErrShape, "ab")
	_, err = SolveBanded(1, 1, ab, nil, nil)
	wantKind(t, err, ErrShape, "b")
	_, err = SolveBanded(0, 2, mat.NewDense(3, 1, []float64{9, 9, 0}), mat.NewVecDense(1, []float64{1}), nil)
	wantKind(t, err, ErrSingular, "ab")
	// n = 1 reads the diagonal from row u (SciPy reads row 1).
	x, err := SolveBanded(0, 2, mat.NewDense(3, 1, []float64{9, 9, 4}), mat.NewVecDense(1, []float64{2}), nil)
	if err != nil || x.At(0, 0) != 0.5 {
		t.Errorf("n=1, u=2: %v %v, want 0.5", x, err)
	}
	x, err = SolveBanded(1, 1, &mat.Dense{}, &mat.Dense{}, nil)
	if err != nil || !x.IsEmpty() {
		t.Errorf("empty: %v %v", x, err)
	}
	// NaN is accepted with SkipFiniteCheck (unspecified result, no panic).
	nan := mat.DenseCopyOf(ab)
	nan.Set(1, 2, math.NaN())
	if _, err := SolveBanded(1, 1, nan, b, &Options{SkipFiniteCheck: true}); err != nil && !isKind(err, ErrSingular) {
		t.Errorf("SkipFiniteCheck: %v", err)
	}

	_, err = SolveHBanded(mat.NewDense(2, 3, nil), randDense(2, 1, 1), nil)
	wantKind(t, err, ErrShape, "b")
	_, err = SolveHBanded(nil, b, nil)
	wantKind(t, err, ErrShape, "ab")
	_, err = CholeskyBanded(nil, nil)
	wantKind(t, err, ErrShape, "ab")
	cb, err := CholeskyBanded(&mat.Dense{}, nil)
	if err != nil || !cb.IsEmpty() {
		t.Errorf("CholeskyBanded empty: %v %v", cb, err)
	}
	_, err = ChoSolveBanded(mat.NewDense(2, 3, []float64{0, 1, 1, 1, 0, 1}), false, randDense(3, 1, 1), nil)
	wantKind(t, err, ErrSingular, "cb")
	_, err = ChoSolveBanded(mat.NewDense(2, 3, []float64{0, 1, 1, 1, 1, 1}), false, randDense(2, 1, 1), nil)
	wantKind(t, err, ErrShape, "b")
	_, err = ChoSolveBanded(mat.NewDense(2, 1, []float64{0, math.Inf(1)}), false, randDense(1, 1, 1), nil)
	wantKind(t, err, ErrNotFinite, "cb")

	_, err = SolveToeplitz([]float64{1, 2}, []float64{1}, randDense(2, 1, 1), nil)
	wantKind(t, err, ErrShape, "r")
	_, err = SolveToeplitz([]float64{1, 2}, nil, randDense(3, 1, 1), nil)
	wantKind(t, err, ErrShape, "b")
	_, err = SolveToeplitz([]float64{1, 2}, []float64{1, math.Inf(-1)}, randDense(2, 1, 1), nil)
	wantKind(t, err, ErrNotFinite, "r")
	x, err = SolveToeplitz(nil, nil, &mat.Dense{}, nil)
	if err != nil || !x.IsEmpty() {
		t.Errorf("SolveToeplitz empty: %v %v", x, err)
	}

	_, err = SolveCirculant([]float64{1, 2}, randDense(2, 1, 1), &SolveCirculantOptions{Singular: "ignore"})
	wantKind(t, err, ErrValue, "opts.Singular")
	_, err = SolveCirculant([]float64{1, 2}, randDense(2, 1, 1), &SolveCirculantOptions{Tol: math.NaN()})
	wantKind(t, err, ErrValue, "opts.Tol")
	_, err = SolveCirculant([]float64{1, 2}, randDense(3, 1, 1), nil)
	wantKind(t, err, ErrShape, "b")
	_, err = SolveCirculant([]float64{1, math.NaN()}, randDense(2, 1, 1), nil)
	wantKind(t, err, ErrNotFinite, "c")
	x, err = SolveCirculant(nil, &mat.Dense{}, nil)
	if err != nil || !x.IsEmpty() {
		t.Errorf("SolveCirculant empty: %v %v", x, err)
	}
}

// isKind reports whether err is an *Error of kind k.
func isKind(err error, k Kind) bool {
	e, ok := err.(*Error)
	return ok && e.Kind == k
}

// TestConcurrentStructured runs the structured solvers and eigensolvers
// from 16 goroutines at once and checks every result against a serial
// one (run with -race to check for data races).
func TestConcurrentStructured(t *testing.T) {
	const workers = 16
	ab := structRandBand(2, 1, 30, 5, 7)
	b := randDense(30, 2, 8)
	c := randDense(1, 30, 9).RawRowView(0)
	c[0] += 60
	d, e := randDense(1, 30, 10).RawRowView(0), randDense(1, 29, 11).RawRowView(0)
	run := func() ([]*mat.Dense, []float64, error) {
		x1, err := SolveBanded(2, 1, ab, b, nil)
		if err != nil {
			return nil, nil, err
		}
		x2, err := SolveToeplitz(c, nil, b, nil)
		if err != nil {
			return nil, nil, err
		}
		x3, err := SolveCirculant(c, b, nil)
		if err != nil {
			return nil, nil, err
		}
		r, err := EighTridiagonal(d, e, nil)
		if err != nil {
			return nil, nil, err
		}
		return []*mat.Dense{x1, x2, x3, r.V}, r.W, nil
	}
	want, wantW, err := run()
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make(chan error, workers)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got, gotW, err := run()
			if err != nil {
				errs <- err
				return
			}
			for i := range got {
				if !mat.Equal(got[i], want[i]) {
					errs <- fmt.Errorf("result %d differs from the serial run", i)
					return
				}
			}
			for i := range gotW {
				if gotW[i] != wantW[i] {
					errs <- fmt.Errorf("eigenvalue %d differs from the serial run", i)
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

func BenchmarkSolveBanded(b *testing.B) {
	for _, n := range []int{100, 1000} {
		ab := structRandBand(2, 3, n, 8, 1)
		rhs := randDense(n, 1, 2)
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			for b.Loop() {
				if _, err := SolveBanded(2, 3, ab, rhs, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkSolveToeplitz(b *testing.B) {
	for _, n := range []int{100, 1000} {
		c := randDense(1, n, 3).RawRowView(0)
		c[0] += 2 * float64(n)
		rhs := randDense(n, 1, 4)
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			for b.Loop() {
				if _, err := SolveToeplitz(c, nil, rhs, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
