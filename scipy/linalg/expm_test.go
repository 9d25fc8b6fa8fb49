package linalg

import (
	"math"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/goscipy/goscipy/internal/golden"
)

type expmCase struct {
	Name string `json:"name"`
	A    mat2   `json:"a"`
	Out  mat2   `json:"out"`
}

// TestExpmGolden compares Expm with scipy.linalg.expm over norms that
// select every Padé degree and several squarings. The relative
// conditioning of exp(A) is at most about ‖A‖ for these matrices (e^‖A‖
// growth relative to ‖e^A‖ can be larger for non-normal A), and the
// algorithm's error grows with the number of squarings, so the tolerance is
// 1e3·n·eps·max(1, ‖A‖₁)², generous enough for the different degree choice
// SciPy's 2009 refinement can make, tight enough to catch a wrong
// coefficient (which gives errors above 1e-6).
func TestExpmGolden(t *testing.T) {
	f := golden.Load[expmCase](t, "linalg/expm.json")
	for _, c := range f.Cases {
		t.Run(c.Name, func(t *testing.T) {
			a := c.A.dense()
			n := len(c.A)
			e, err := Expm(a, nil)
			if err != nil {
				t.Fatal(err)
			}
			an := math.Max(1, mat.Norm(a, 1))
			if d := relDiff(t, e, c.Out.dense()); d > 1e3*float64(n)*eps*an*an {
				t.Errorf("differs from SciPy by %.3g", d)
			}
		})
	}
}

// TestExpmProperties checks exp(A)·exp(−A) = I and exp(2A) = exp(A)².
func TestExpmProperties(t *testing.T) {
	for _, s := range []float64{0.01, 1, 10} {
		a := randDense(8, 8, 3)
		a.Scale(s/8, a)
		var neg, two mat.Dense
		neg.Scale(-1, a)
		two.Scale(2, a)
		e, err1 := Expm(a, nil)
		en, err2 := Expm(&neg, nil)
		e2, err3 := Expm(&two, nil)
		if err1 != nil || err2 != nil || err3 != nil {
			t.Fatal(err1, err2, err3)
		}
		var p, sq mat.Dense
		p.Mul(e, en)
		sq.Mul(e, e)
		cond := mat.Norm(e, 1) * mat.Norm(en, 1)
		if d := relDiff(t, &p, eye(8)); d > 1e3*eps*cond {
			t.Errorf("scale %v: exp(A)exp(−A) − I: %.3g", s, d)
		}
		if d := relDiff(t, &sq, e2); d > 1e3*eps*cond {
			t.Errorf("scale %v: exp(A)² vs exp(2A): %.3g", s, d)
		}
	}
}

// TestExpmBadInput checks errors naming the argument.
func TestExpmBadInput(t *testing.T) {
	_, err := Expm(mat.NewDense(2, 3, nil), nil)
	wantKind(t, err, ErrShape, "a")
	_, err = Expm(mat.NewDense(1, 1, []float64{math.Inf(1)}), nil)
	wantKind(t, err, ErrNotFinite, "a")
	e, err := Expm(&mat.Dense{}, nil)
	if err != nil || !e.IsEmpty() {
		t.Errorf("empty: %v %v", e, err)
	}
}
