package linalg

import (
	"math"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/goscipy/goscipy/internal/golden"
)

type svdCase struct {
	Name    string         `json:"name"`
	A       mat2           `json:"a"`
	Driver  string         `json:"driver"`
	U       mat2           `json:"u"`
	S       []golden.Float `json:"s"`
	Vh      mat2           `json:"vh"`
	UEcon   mat2           `json:"u_econ"`
	VhEcon  mat2           `json:"vh_econ"`
	SVDVals []golden.Float `json:"svdvals"`
}

// TestSVDGolden compares SVD and SVDVals with scipy.linalg.svd and svdvals.
//
// Singular values are perfectly conditioned (Weyl: each moves by at most
// ‖δA‖₂ ≈ eps·s₀), so they are compared with an absolute tolerance
// 100·k·eps·s₀. Singular vectors are defined only up to sign, and for a
// repeated (or zero) singular value only as a subspace; a vector moves by
// about eps·s₀/gap where gap is the distance to the nearest other singular
// value. So each pair (uᵢ, vᵢ) with gap > 1e-6·s₀ is compared after flipping
// the sign that makes uᵢ·uᵢ(SciPy) positive, with tolerance
// 100·k·eps·s₀/gap; the others are covered by reconstruction and
// orthogonality (TestSVDProperties and the checks below).
func TestSVDGolden(t *testing.T) {
	f := golden.Load[svdCase](t, "linalg/svd.json")
	for _, c := range f.Cases {
		t.Run(c.Name, func(t *testing.T) {
			a := c.A.dense()
			m, n := a.Dims()
			k := min(m, n)
			want := golden.Floats(c.S)
			s0 := want[0]
			stol := 100 * float64(k) * eps * math.Max(s0, math.SmallestNonzeroFloat64)
			for _, econ := range []bool{false, true} {
				r, err := SVD(a, &SVDOptions{Economy: econ, LapackDriver: c.Driver})
				if err != nil {
					t.Fatal(err)
				}
				wu, wv := c.U.dense(), c.Vh.dense()
				if econ {
					wu, wv = c.UEcon.dense(), c.VhEcon.dense()
				}
				if ur, uc := r.U.Dims(); ur != m || (uc != m && !econ) || (uc != k && econ) {
					t.Fatalf("U is %d×%d", ur, uc)
				}
				for i := range want {
					if math.Abs(r.S[i]-want[i]) > stol {
						t.Errorf("s[%d] = %v, SciPy %v", i, r.S[i], want[i])
					}
				}
				for i := 0; i < k; i++ {
					gap := math.Inf(1)
					for j := 0; j < k; j++ {
						if j != i {
							gap = math.Min(gap, math.Abs(want[i]-want[j]))
						}
					}
					if k > 1 && (gap <= 1e-6*s0 || want[i] <= 1e-6*s0) {
						continue
					}
					if m > n && want[i] == 0 {
						continue
					}
					ui, wui := r.U.ColView(i), wu.ColView(i)
					sign := 1.0
					if mat.Dot(ui, wui) < 0 {
						sign = -1
					}
					tol := 100 * float64(k) * eps * s0 / math.Min(gap, s0)
					for j := 0; j < m; j++ {
						if d := math.Abs(sign*ui.AtVec(j) - wui.AtVec(j)); d > tol {
							t.Fatalf("econ=%v: U[%d,%d] = %v, SciPy %v (tol %.3g)", econ, j, i, sign*ui.AtVec(j), wui.AtVec(j), tol)
						}
					}
					for j := 0; j < n; j++ {
						if d := math.Abs(sign*r.Vh.At(i, j) - wv.At(i, j)); d > tol {
							t.Fatalf("econ=%v: Vh[%d,%d] = %v, SciPy %v (tol %.3g)", econ, i, j, sign*r.Vh.At(i, j), wv.At(i, j), tol)
						}
					}
				}
				checkSVD(t, a, r)
			}
			s, err := SVDVals(a, nil)
			if err != nil {
				t.Fatal(err)
			}
			for i, w := range golden.Floats(c.SVDVals) {
				if math.Abs(s[i]-w) > stol {
					t.Errorf("SVDVals[%d] = %v, SciPy %v", i, s[i], w)
				}
			}
		})
	}
}

// checkSVD checks U·diag(S)·Vh = a to O(eps·‖a‖) and the orthonormality of
// U's columns and Vh's rows.
func checkSVD(t *testing.T, a mat.Matrix, r *SVDResult) {
	t.Helper()
	m, n := a.Dims()
	_, uc := r.U.Dims()
	vr, _ := r.Vh.Dims()
	sig := mat.NewDense(uc, vr, nil)
	for i, s := range r.S {
		sig.Set(i, i, s)
	}
	var us, usv mat.Dense
	us.Mul(r.U, sig)
	usv.Mul(&us, r.Vh)
	tol := 20 * float64(m+n) * eps
	if d := relDiff(t, &usv, a); d > tol {
		t.Errorf("‖U·Σ·Vh − a‖/‖a‖ = %.3g", d)
	}
	for _, q := range []mat.Matrix{r.U, r.Vh.T()} {
		var qtq mat.Dense
		qtq.Mul(q.T(), q)
		_, c := q.Dims()
		for i := 0; i < c; i++ {
			qtq.Set(i, i, qtq.At(i, i)-1)
		}
		if d := mat.Norm(&qtq, math.Inf(1)); d > tol {
			t.Errorf("orthogonality error %.3g", d)
		}
	}
}

// TestSVDProperties checks reconstruction and orthogonality on random
// shapes for both drivers.
func TestSVDProperties(t *testing.T) {
	for _, s := range [][2]int{{1, 5}, {5, 1}, {8, 8}, {40, 13}, {13, 40}, {100, 100}, {120, 90}} {
		a := randDense(s[0], s[1], int64(s[0]*7+s[1]))
		for _, d := range []string{"gesdd", "gesvd"} {
			for _, econ := range []bool{false, true} {
				r, err := SVD(a, &SVDOptions{LapackDriver: d, Economy: econ})
				if err != nil {
					t.Fatal(err)
				}
				checkSVD(t, a, r)
			}
		}
	}
}

// TestSVDBadInput checks errors and empty input.
func TestSVDBadInput(t *testing.T) {
	_, err := SVD(mat.NewDense(2, 2, []float64{1, math.Inf(1), 0, 0}), nil)
	wantKind(t, err, ErrNotFinite, "a")
	_, err = SVD(mat.NewDense(2, 2, nil), &SVDOptions{LapackDriver: "gejsv"})
	wantKind(t, err, ErrValue, "opts.LapackDriver")
	_, err = SVDVals(nil, nil)
	wantKind(t, err, ErrShape, "a")
	r, err := SVD(&mat.Dense{}, nil)
	if err != nil || len(r.S) != 0 {
		t.Errorf("empty: %v %v", r, err)
	}
}
