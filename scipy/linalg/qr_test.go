package linalg

import (
	"math"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/goscipy/goscipy/internal/golden"
)

type qrCase struct {
	Name         string `json:"name"`
	A            mat2   `json:"a"`
	FullQ        mat2   `json:"full_q"`
	FullR        mat2   `json:"full_r"`
	FullPivQ     mat2   `json:"full_piv_q"`
	FullPivR     mat2   `json:"full_piv_r"`
	FullPivP     []int  `json:"full_piv_p"`
	EconomicQ    mat2   `json:"economic_q"`
	EconomicR    mat2   `json:"economic_r"`
	EconomicPivQ mat2   `json:"economic_piv_q"`
	EconomicPivR mat2   `json:"economic_piv_r"`
	EconomicPivP []int  `json:"economic_piv_p"`
	ROnly        mat2   `json:"r_only"`
}

// TestQRGolden compares QR with scipy.linalg.qr in every mode, with and
// without pivoting. Householder QR with LAPACK's sign convention is
// unique for a full-rank a, and lapacke computes the same reflectors (on
// the transposed storage), so Q and R are compared directly; they move by
// O(κ·eps) (κ < 1e3 for these random matrices): tolerance 1e3·(m+n)·eps.
// The rank-deficient case has a Q that is arbitrary beyond the rank, so
// only R's leading rows and the reconstruction are compared there.
func TestQRGolden(t *testing.T) {
	f := golden.Load[qrCase](t, "linalg/qr.json")
	for _, c := range f.Cases {
		t.Run(c.Name, func(t *testing.T) {
			a := c.A.dense()
			m, n := a.Dims()
			tol := 1e3 * float64(m+n) * eps
			deficient := c.Name == "rank deficient"
			for _, v := range []struct {
				mode string
				piv  bool
				q, r mat2
				p    []int
			}{
				{"full", false, c.FullQ, c.FullR, nil},
				{"full", true, c.FullPivQ, c.FullPivR, c.FullPivP},
				{"economic", false, c.EconomicQ, c.EconomicR, nil},
				{"economic", true, c.EconomicPivQ, c.EconomicPivR, c.EconomicPivP},
				{"r", false, nil, c.ROnly, nil},
			} {
				r, err := QR(a, &QROptions{Mode: v.mode, Pivoting: v.piv})
				if err != nil {
					t.Fatal(err)
				}
				for j, p := range v.p {
					if r.P[j] != p {
						t.Fatalf("%s piv=%v: P = %v, SciPy %v", v.mode, v.piv, r.P, v.p)
					}
				}
				wantR := v.r.dense()
				if deficient {
					// Only the first rank (2) rows are determined.
					wantR = mat.DenseCopyOf(wantR.Slice(0, 2, 0, n))
					if d := relDiff(t, r.R.Slice(0, 2, 0, n), wantR); d > tol {
						t.Errorf("%s piv=%v: R differs by %.3g", v.mode, v.piv, d)
					}
				} else if d := relDiff(t, r.R, wantR); d > tol {
					t.Errorf("%s piv=%v: R differs by %.3g", v.mode, v.piv, d)
				}
				if v.q == nil {
					if r.Q != nil {
						t.Error("Q set in mode r")
					}
					continue
				}
				if !deficient {
					if d := relDiff(t, r.Q, v.q.dense()); d > tol {
						t.Errorf("%s piv=%v: Q differs by %.3g", v.mode, v.piv, d)
					}
				}
				checkQR(t, a, r)
			}
		})
	}
}

// checkQR checks Q·R = a[:, P] and QᵀQ = I.
func checkQR(t *testing.T, a mat.Matrix, r *QRResult) {
	t.Helper()
	m, n := a.Dims()
	ap := mat.NewDense(m, n, nil)
	for j := 0; j < n; j++ {
		src := j
		if r.P != nil {
			src = r.P[j]
		}
		for i := 0; i < m; i++ {
			ap.Set(i, j, a.At(i, src))
		}
	}
	var qr, qtq mat.Dense
	qr.Mul(r.Q, r.R)
	tol := 20 * float64(m+n) * eps
	if d := relDiff(t, &qr, ap); d > tol {
		t.Errorf("‖QR − aP‖/‖a‖ = %.3g", d)
	}
	qtq.Mul(r.Q.T(), r.Q)
	_, c := r.Q.Dims()
	for i := 0; i < c; i++ {
		qtq.Set(i, i, qtq.At(i, i)-1)
	}
	if d := mat.Norm(&qtq, math.Inf(1)); d > tol {
		t.Errorf("‖QᵀQ − I‖ = %.3g", d)
	}
}

// TestQRProperties checks reconstruction on larger shapes (blocked code).
func TestQRProperties(t *testing.T) {
	for _, s := range [][2]int{{130, 60}, {60, 130}, {100, 100}} {
		a := randDense(s[0], s[1], 9)
		for _, piv := range []bool{false, true} {
			for _, mode := range []string{"full", "economic"} {
				r, err := QR(a, &QROptions{Mode: mode, Pivoting: piv})
				if err != nil {
					t.Fatal(err)
				}
				checkQR(t, a, r)
			}
		}
	}
}

// TestQRBadInput checks errors and empty input.
func TestQRBadInput(t *testing.T) {
	_, err := QR(mat.NewDense(1, 1, []float64{math.NaN()}), nil)
	wantKind(t, err, ErrNotFinite, "a")
	_, err = QR(mat.NewDense(1, 1, nil), &QROptions{Mode: "raw"})
	wantKind(t, err, ErrValue, "opts.Mode")
	r, err := QR(&mat.Dense{}, &QROptions{Pivoting: true})
	if err != nil || !r.R.IsEmpty() {
		t.Errorf("empty: %v %v", r, err)
	}
}
