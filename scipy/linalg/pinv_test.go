package linalg

import (
	"math"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/goscipy/goscipy/internal/golden"
)

type pinvNormCase struct {
	Name     string                  `json:"name"`
	A        mat2                    `json:"a"`
	Vector   []golden.Float          `json:"vector"`
	Pinv     mat2                    `json:"pinv"`
	Rank     int                     `json:"rank"`
	PinvAtol mat2                    `json:"pinv_atol"`
	PinvRtol mat2                    `json:"pinv_rtol"`
	Norms    map[string]golden.Float `json:"norms"`
}

// TestPinvNormGolden compares Pinv and Norm with scipy.linalg.pinv and
// scipy.linalg.norm for every order. Norms are sums, maxima or singular
// values of the entries: relative error 100·(m+n)·eps. The pseudo-inverse
// is 1/s of the retained singular values, so its error scales with
// κ = s₀/s_rank (< 1e3 here): 1e3·(m+n)·eps·κ.
func TestPinvNormGolden(t *testing.T) {
	f := golden.Load[pinvNormCase](t, "linalg/pinv_norm.json")
	for _, c := range f.Cases {
		t.Run(c.Name, func(t *testing.T) {
			var a mat.Matrix
			var size int
			if c.Vector != nil {
				a = mat.NewVecDense(len(c.Vector), golden.Floats(c.Vector))
				size = len(c.Vector)
			} else {
				a = c.A.dense()
				m, n := a.Dims()
				size = m + n
			}
			for ord, want := range c.Norms {
				got, err := Norm(a, &NormOptions{Ord: ord})
				if err != nil {
					t.Fatalf("ord %q: %v", ord, err)
				}
				if d := golden.RelErr(got, float64(want)); d > 100*float64(size)*eps && math.Abs(got-float64(want)) > 100*float64(size)*eps {
					t.Errorf("ord %q: %v, SciPy %v", ord, got, float64(want))
				}
			}
			if c.Vector != nil {
				return
			}
			sv, _ := SVDVals(a, nil)
			for _, v := range []struct {
				name string
				o    *PinvOptions
				want mat2
			}{{"default", nil, c.Pinv}, {"atol", &PinvOptions{Atol: 0.5}, c.PinvAtol}, {"rtol", &PinvOptions{Rtol: 0.3}, c.PinvRtol}} {
				r, err := Pinv(a, v.o)
				if err != nil {
					t.Fatal(err)
				}
				if v.o == nil && r.Rank != c.Rank {
					t.Errorf("rank %d, SciPy %d", r.Rank, c.Rank)
				}
				kappa := 1.0
				if r.Rank > 0 {
					kappa = sv[0] / sv[r.Rank-1]
				}
				if d := relDiff(t, r.B, v.want.dense()); d > 1e3*float64(size)*eps*kappa {
					t.Errorf("%s: pinv differs by %.3g", v.name, d)
				}
			}
		})
	}
}

// TestPinvPenrose checks the four Penrose conditions on a rank-deficient
// matrix: A·B·A = A, B·A·B = B, and A·B, B·A symmetric.
func TestPinvPenrose(t *testing.T) {
	var a mat.Dense
	a.Mul(randDense(9, 3, 1), randDense(3, 6, 2))
	r, err := Pinv(&a, nil)
	if err != nil {
		t.Fatal(err)
	}
	if r.Rank != 3 {
		t.Fatalf("rank %d, want 3", r.Rank)
	}
	var ab, ba, aba, bab mat.Dense
	ab.Mul(&a, r.B)
	ba.Mul(r.B, &a)
	aba.Mul(&ab, &a)
	bab.Mul(&ba, r.B)
	tol := 1e4 * eps
	if d := relDiff(t, &aba, &a); d > tol {
		t.Errorf("ABA ≠ A: %.3g", d)
	}
	if d := relDiff(t, &bab, r.B); d > tol {
		t.Errorf("BAB ≠ B: %.3g", d)
	}
	if d := relDiff(t, &ab, ab.T()); d > tol {
		t.Errorf("AB not symmetric: %.3g", d)
	}
	if d := relDiff(t, &ba, ba.T()); d > tol {
		t.Errorf("BA not symmetric: %.3g", d)
	}
}

// TestPinvNormBadInput checks errors naming the argument.
func TestPinvNormBadInput(t *testing.T) {
	a := mat.NewDense(2, 2, []float64{1, 2, 3, 4})
	_, err := Norm(a, &NormOptions{Ord: "3"})
	wantKind(t, err, ErrValue, "opts.Ord")
	_, err = Norm(mat.NewVecDense(2, nil), &NormOptions{Ord: "fro"})
	wantKind(t, err, ErrValue, "opts.Ord")
	_, err = Norm(mat.NewDense(1, 1, []float64{math.NaN()}), nil)
	wantKind(t, err, ErrNotFinite, "a")
	_, err = Pinv(a, &PinvOptions{Rtol: -1})
	wantKind(t, err, ErrValue, "opts.Rtol")
	_, err = Pinv(a, &PinvOptions{Atol: math.NaN()})
	wantKind(t, err, ErrValue, "opts.Atol")
	_, err = Pinv(nil, nil)
	wantKind(t, err, ErrShape, "a")
	r, err := Pinv(&mat.Dense{}, nil)
	if err != nil || !r.B.IsEmpty() {
		t.Errorf("empty: %v %v", r, err)
	}
}
