package special

import (
	"errors"
	"math"
	"testing"

	"github.com/goscipy/goscipy/internal/golden"
)

// vecCase is one case of testdata/special/vec.json: logsumexp (plain and
// with return_sign), softmax and log_softmax of a small vector, with SciPy's
// results and mpmath's exact ones where all inputs are finite.
type vecCase struct {
	F         string         `json:"f"`
	A         []golden.Float `json:"a"`
	B         []golden.Float `json:"b"`
	SciPy     *golden.Float  `json:"scipy"`
	SciPySign []golden.Float `json:"scipy_sign"`
	MP        *golden.Float  `json:"mp"`
	MPSign    *golden.Float  `json:"mp_sign"`
	Out       []golden.Float `json:"out"`
	MPOut     []golden.Float `json:"mp_out"`
}

// pick returns the error of got against SciPy's value, or against mpmath's
// under the rule of checkGolden.
func pick(got, scipy float64, mp *float64) float64 {
	e := relErr(got, scipy)
	if mp != nil {
		if em := relErr(got, *mp); relErr(scipy, *mp) > defaultTol || em < e {
			return em
		}
	}
	return e
}

func TestGoldenVec(t *testing.T) {
	f := golden.Load[vecCase](t, goldenName(t, "vec"))
	var worst float64
	for _, c := range f.Cases {
		a := golden.Floats(c.A)
		var b []float64
		if c.B != nil {
			b = golden.Floats(c.B)
		}
		switch c.F {
		case "logsumexp":
			var mp, mps *float64
			if c.MP != nil {
				v, s := float64(*c.MP), float64(*c.MPSign)
				mps = &v
				if s > 0 {
					mp = &v
				}
			}
			got, err := Logsumexp(a, b)
			if err != nil {
				t.Fatalf("Logsumexp(%v, %v): %v", a, b, err)
			}
			want := float64(*c.SciPy)
			if mp == nil && mps != nil {
				mp = nil // negative sum: SciPy's NaN is the reference
			}
			if e := pick(got, want, mp); e > defaultTol {
				t.Errorf("Logsumexp(%v, %v) = %v, want %v (mp %v): rel err %.3g", a, b, got, want, mp, e)
			} else {
				worst = max(worst, e)
			}
			r, sg, err := LogsumexpSign(a, b)
			if err != nil {
				t.Fatalf("LogsumexpSign: %v", err)
			}
			wr, ws := float64(c.SciPySign[0]), float64(c.SciPySign[1])
			if e := pick(r, wr, mps); e > defaultTol || relErr(sg, ws) != 0 {
				t.Errorf("LogsumexpSign(%v, %v) = %v, %v, want %v, %v (mp %v)", a, b, r, sg, wr, ws, mps)
			}
		case "softmax", "log_softmax":
			fn := Softmax
			if c.F == "log_softmax" {
				fn = LogSoftmax
			}
			got, err := fn(a)
			if err != nil {
				t.Fatalf("%s(%v): %v", c.F, a, err)
			}
			for i := range got {
				var mp *float64
				if c.MPOut != nil {
					v := float64(c.MPOut[i])
					mp = &v
				}
				if e := pick(got[i], float64(c.Out[i]), mp); e > defaultTol {
					t.Errorf("%s(%v)[%d] = %v, want %v (mp %v): rel err %.3g", c.F, a, i, got[i], float64(c.Out[i]), mp, e)
				} else {
					worst = max(worst, e)
				}
			}
		default:
			t.Fatalf("unknown function %q", c.F)
		}
	}
	t.Logf("vec.json: %d cases, max rel err %.3g", len(f.Cases), worst)
}

// TestVecErrors checks the errors where SciPy raises: empty input, and
// weights whose length differs from the data's.
func TestVecErrors(t *testing.T) {
	if _, err := Logsumexp(nil, nil); !errors.Is(err, ErrEmpty) {
		t.Errorf("Logsumexp(nil): err = %v, want ErrEmpty", err)
	}
	if _, _, err := LogsumexpSign([]float64{}, nil); !errors.Is(err, ErrEmpty) {
		t.Errorf("LogsumexpSign(empty): err = %v, want ErrEmpty", err)
	}
	if _, err := Logsumexp([]float64{1, 2}, []float64{1}); !errors.Is(err, ErrShape) {
		t.Errorf("Logsumexp with short b: err = %v, want ErrShape", err)
	} else if v := err.(*Error); v.Arg != "b" {
		t.Errorf("Logsumexp with short b: Arg = %q, want b", v.Arg)
	}
	if _, err := Softmax(nil); !errors.Is(err, ErrEmpty) {
		t.Errorf("Softmax(nil): err = %v, want ErrEmpty", err)
	}
	if _, err := LogSoftmax([]float64{}); !errors.Is(err, ErrEmpty) {
		t.Errorf("LogSoftmax(empty): err = %v, want ErrEmpty", err)
	}
	// Inputs are not modified.
	x := []float64{3, 1, 2}
	if _, err := Softmax(x); err != nil || x[0] != 3 || x[1] != 1 || x[2] != 2 {
		t.Errorf("Softmax modified its input: %v (err %v)", x, err)
	}
	// Softmax sums to 1 and LogSoftmax is its logarithm (a property, not
	// a golden value).
	s, _ := Softmax([]float64{0.5, -3, 7, 2})
	ls, _ := LogSoftmax([]float64{0.5, -3, 7, 2})
	var sum float64
	for i := range s {
		sum += s[i]
		if e := relErr(math.Log(s[i]), ls[i]); e > 1e-14 {
			t.Errorf("log(Softmax)[%d] = %v, LogSoftmax = %v", i, math.Log(s[i]), ls[i])
		}
	}
	if math.Abs(sum-1) > 1e-15 {
		t.Errorf("Softmax sums to %v", sum)
	}
}
