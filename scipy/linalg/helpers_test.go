package linalg

import (
	"errors"
	"math"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/goscipy/goscipy/internal/golden"
)

const eps = 0x1p-52

// mat2 is a matrix as the golden files store it: a list of rows.
type mat2 [][]golden.Float

// dense converts m to a *mat.Dense (the empty Dense for no rows or columns).
func (m mat2) dense() *mat.Dense {
	if len(m) == 0 || len(m[0]) == 0 {
		return &mat.Dense{}
	}
	d := mat.NewDense(len(m), len(m[0]), nil)
	for i, row := range m {
		for j, v := range row {
			d.Set(i, j, float64(v))
		}
	}
	return d
}

// relDiff is ‖got−want‖_max / max(‖want‖_max, tiny): the error of a matrix
// result relative to its scale (small entries of solutions carry absolute,
// not relative, rounding error). Shapes must agree.
func relDiff(t *testing.T, got, want mat.Matrix) float64 {
	t.Helper()
	gr, gc := got.Dims()
	wr, wc := want.Dims()
	if gr != wr || gc != wc {
		t.Fatalf("shape %d×%d, want %d×%d", gr, gc, wr, wc)
	}
	var num, den float64
	for i := 0; i < wr; i++ {
		for j := 0; j < wc; j++ {
			num = math.Max(num, math.Abs(got.At(i, j)-want.At(i, j)))
			den = math.Max(den, math.Abs(want.At(i, j)))
			if math.IsNaN(got.At(i, j)) != math.IsNaN(want.At(i, j)) {
				return math.Inf(1)
			}
		}
	}
	if den == 0 {
		return num
	}
	return num / den
}

// kindOf maps the golden files' error names to Kinds.
func kindOf(t *testing.T, name string) Kind {
	t.Helper()
	switch name {
	case "singular":
		return ErrSingular
	case "notposdef":
		return ErrNotPositiveDefinite
	case "notfinite":
		return ErrNotFinite
	case "noconv":
		return ErrNoConvergence
	case "shape":
		return ErrShape
	case "value":
		return ErrValue
	}
	t.Fatalf("unknown error name %q in golden file", name)
	return 0
}

// wantKind fails unless err is an *Error of kind k that names arg.
func wantKind(t *testing.T, err error, k Kind, arg string) {
	t.Helper()
	if err == nil {
		t.Fatalf("no error, want %v", k)
	}
	if !errors.Is(err, k) {
		t.Fatalf("error %q is not %v", err, k)
	}
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("error %T is not *Error", err)
	}
	if arg != "" && e.Arg != arg {
		t.Fatalf("error %q names argument %q, want %q", err, e.Arg, arg)
	}
}

// residual is ‖a x − b‖_max / (‖a‖_max ‖x‖_max n + ‖b‖_max): a backward
// error, O(eps) for any backward-stable solver whatever the conditioning.
func residual(a, x, b mat.Matrix) float64 {
	n, _ := a.Dims()
	var r mat.Dense
	r.Mul(a, x)
	r.Sub(&r, b)
	return mat.Norm(&r, math.Inf(1)) / (mat.Norm(a, math.Inf(1))*mat.Norm(x, math.Inf(1))*float64(n) + mat.Norm(b, math.Inf(1)))
}
