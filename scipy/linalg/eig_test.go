package linalg

import (
	"math"
	"math/cmplx"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/goscipy/goscipy/internal/golden"
)

type cmat2 [][]golden.Complex

func (m cmat2) cdense() *mat.CDense {
	if len(m) == 0 {
		return &mat.CDense{}
	}
	d := mat.NewCDense(len(m), len(m[0]), nil)
	for i, row := range m {
		for j, v := range row {
			d.Set(i, j, complex128(v))
		}
	}
	return d
}

type eigCase struct {
	Name    string           `json:"name"`
	A       mat2             `json:"a"`
	B       mat2             `json:"b"`
	W       []golden.Complex `json:"w"`
	VL      cmat2            `json:"vl"`
	VR      cmat2            `json:"vr"`
	EigVals []golden.Complex `json:"eigvals"`
}

// TestEigGolden compares Eig and EigVals with scipy.linalg.eig and eigvals.
//
// Both run the same dgeev/dggev on the same row-major input, so the
// eigenvalues come in the same order. A simple eigenvalue moves by
// eps·‖A‖·κ(λ) (κ its condition number, modest for these random
// matrices): tolerance 1e4·n·eps·‖A‖. An eigenvalue of a Jordan block of
// size k moves by (eps·‖A‖)^(1/k), so the defective cases use
// 10·(n·eps·‖A‖)^(1/k) with k the block size. Eigenvectors of simple,
// well-separated eigenvalues are compared after aligning the complex phase
// (a unit vector is unique up to a unit scalar) with a tolerance scaled by
// the separation; multiple eigenvalues are checked through the residual
// ‖A·v − λ·v‖ instead.
func TestEigGolden(t *testing.T) {
	f := golden.Load[eigCase](t, "linalg/eig.json")
	for _, c := range f.Cases {
		t.Run(c.Name, func(t *testing.T) {
			a := c.A.dense()
			n := len(c.A)
			o := &EigOptions{Left: true}
			if c.B != nil {
				o.B = c.B.dense()
			}
			r, err := Eig(a, o)
			if err != nil {
				t.Fatal(err)
			}
			scale := math.Max(1, mat.Norm(a, math.Inf(1)))
			tol := 1e4 * float64(n) * eps * scale
			switch c.Name {
			case "defective jordan":
				tol = 10 * math.Cbrt(float64(n)*eps*scale)
			case "defective 2x2":
				tol = 10 * math.Sqrt(float64(n)*eps*scale)
			}
			want := golden.Complexes(c.W)
			wv, err := EigVals(a, o)
			if err != nil {
				t.Fatal(err)
			}
			for i, w := range want {
				for _, got := range []complex128{r.W[i], wv[i]} {
					if cmplx.IsInf(w) || cmplx.IsNaN(w) {
						if got != w && !(cmplx.IsNaN(w) && cmplx.IsNaN(got)) {
							t.Errorf("w[%d] = %v, SciPy %v", i, got, w)
						}
						continue
					}
					if cmplx.Abs(got-w) > tol*math.Max(1, cmplx.Abs(w)) {
						t.Errorf("w[%d] = %v, SciPy %v (tol %.3g)", i, got, w, tol)
					}
				}
			}
			for _, vv := range []struct {
				name      string
				got, want *mat.CDense
			}{{"VR", r.VR, c.VR.cdense()}, {"VL", r.VL, c.VL.cdense()}} {
				for j, w := range want {
					if cmplx.IsInf(w) || cmplx.IsNaN(w) {
						continue
					}
					gap := math.Inf(1)
					for k, w2 := range want {
						if k != j {
							gap = math.Min(gap, cmplx.Abs(w-w2))
						}
					}
					if n > 1 && gap < 1e-3*scale {
						continue
					}
					// Align the phase: multiply by conj(<want,got>)/|<want,got>|.
					var dot complex128
					for i := 0; i < n; i++ {
						dot += cmplx.Conj(vv.want.At(i, j)) * vv.got.At(i, j)
					}
					ph := cmplx.Conj(dot) / complex(cmplx.Abs(dot), 0)
					vtol := 1e4 * float64(n) * eps * scale / math.Min(gap, scale)
					for i := 0; i < n; i++ {
						if d := cmplx.Abs(vv.got.At(i, j)*ph - vv.want.At(i, j)); d > vtol {
							t.Fatalf("%s[%d,%d] = %v, SciPy %v (tol %.3g)", vv.name, i, j, vv.got.At(i, j)*ph, vv.want.At(i, j), vtol)
						}
					}
				}
			}
			if c.B == nil {
				checkEig(t, a, r)
			}
		})
	}
}

// checkEig checks ‖A·v − λ·v‖ ≤ c·n·eps·‖A‖ for every right eigenvector
// and ‖uᴴ·A − λ·uᴴ‖ likewise for left ones: dgeev is backward stable, so
// residuals are small even for defective matrices.
func checkEig(t *testing.T, a mat.Matrix, r *EigResult) {
	t.Helper()
	n, _ := a.Dims()
	scale := math.Max(1, mat.Norm(a, math.Inf(1)))
	for j, w := range r.W {
		var rr, rl float64
		for i := 0; i < n; i++ {
			var sr, sl complex128
			for k := 0; k < n; k++ {
				sr += complex(a.At(i, k), 0) * r.VR.At(k, j)
				sl += cmplx.Conj(r.VL.At(k, j)) * complex(a.At(k, i), 0)
			}
			rr = math.Max(rr, cmplx.Abs(sr-w*r.VR.At(i, j)))
			rl = math.Max(rl, cmplx.Abs(sl-w*cmplx.Conj(r.VL.At(i, j))))
		}
		if rr > 100*float64(n)*eps*scale || rl > 100*float64(n)*eps*scale {
			t.Errorf("eigenpair %d: right residual %.3g, left %.3g", j, rr, rl)
		}
	}
}

// TestEigProperty checks residuals on random matrices of several sizes.
func TestEigProperty(t *testing.T) {
	for _, n := range []int{2, 9, 40} {
		a := randDense(n, n, int64(n))
		r, err := Eig(a, &EigOptions{Left: true})
		if err != nil {
			t.Fatal(err)
		}
		checkEig(t, a, r)
	}
}

// TestEigBadInput checks errors naming the argument, and empty input.
func TestEigBadInput(t *testing.T) {
	a := mat.NewDense(2, 2, []float64{1, 2, 3, 4})
	_, err := Eig(mat.NewDense(2, 3, nil), nil)
	wantKind(t, err, ErrShape, "a")
	_, err = Eig(a, &EigOptions{B: mat.NewDense(3, 3, nil)})
	wantKind(t, err, ErrShape, "opts.B")
	_, err = EigVals(mat.NewDense(1, 1, []float64{math.NaN()}), nil)
	wantKind(t, err, ErrNotFinite, "a")
	_, err = Eig(a, &EigOptions{B: mat.NewDense(2, 2, []float64{1, 0, 0, math.Inf(1)})})
	wantKind(t, err, ErrNotFinite, "opts.B")
	r, err := Eig(&mat.Dense{}, nil)
	if err != nil || len(r.W) != 0 {
		t.Errorf("empty: %v %v", r, err)
	}
	r, err = Eig(a, &EigOptions{NoRight: true})
	if err != nil || r.VR != nil || r.VL != nil {
		t.Errorf("NoRight: %v %v", r, err)
	}
}
