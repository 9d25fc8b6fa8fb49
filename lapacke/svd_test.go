package lapacke

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/lapack"
	"gonum.org/v1/gonum/lapack/gonum"
)

// TestDgesvdOverwrite covers jobU or jobVT == SVDOverwrite, which gonum's
// pure-Go Dgesvd does not implement (so testlapack cannot test it): the
// singular values must match gonum's, the vectors written into a must be
// orthonormal, and, with the other factor stored, A = U*Σ*Vᵀ must hold.
func TestDgesvdOverwrite(t *testing.T) {
	rnd := rand.New(rand.NewPCG(21, 22))
	for _, shape := range [][2]int{{7, 4}, {4, 7}, {40, 5}, {5, 40}, {6, 6}} {
		m, n := shape[0], shape[1]
		k := min(m, n)
		lda := n + 3
		a := randMat(rnd, m, n, lda)
		sWant := make([]float64, k)
		{
			work := make([]float64, 1)
			aa := slices.Clone(a)
			gonum.Implementation{}.Dgesvd(lapack.SVDNone, lapack.SVDNone, m, n, aa, lda, sWant, nil, 1, nil, 1, work, -1)
			work = make([]float64, int(work[0]))
			gonum.Implementation{}.Dgesvd(lapack.SVDNone, lapack.SVDNone, m, n, aa, lda, sWant, nil, 1, nil, 1, work, len(work))
		}
		for _, jobs := range [][2]lapack.SVDJob{
			{lapack.SVDOverwrite, lapack.SVDNone},
			{lapack.SVDOverwrite, lapack.SVDStore},
			{lapack.SVDOverwrite, lapack.SVDAll},
			{lapack.SVDNone, lapack.SVDOverwrite},
			{lapack.SVDStore, lapack.SVDOverwrite},
			{lapack.SVDAll, lapack.SVDOverwrite},
		} {
			name := fmt.Sprintf("%dx%d/%c%c", m, n, jobs[0], jobs[1])
			work := make([]float64, 1)
			impl.Dgesvd(jobs[0], jobs[1], m, n, nil, lda, nil, nil, m, nil, n, work, -1)
			work = make([]float64, int(work[0]))
			aa := slices.Clone(a)
			s := make([]float64, k)
			var u, vt []float64
			ldu, ldvt := 1, 1
			switch jobs[0] {
			case lapack.SVDStore:
				ldu, u = k, make([]float64, m*k)
			case lapack.SVDAll:
				ldu, u = m, make([]float64, m*m)
			}
			switch jobs[1] {
			case lapack.SVDStore:
				ldvt, vt = n, make([]float64, k*n)
			case lapack.SVDAll:
				ldvt, vt = n, make([]float64, n*n)
			}
			if !impl.Dgesvd(jobs[0], jobs[1], m, n, aa, lda, s, u, ldu, vt, ldvt, work, len(work)) {
				t.Errorf("%s: did not converge", name)
				continue
			}
			if i, d := maxRelDiff(s, sWant); d > 1e-12 {
				t.Errorf("%s: singular value %d differs from gonum by %g", name, i, d)
			}
			// The first k columns of U (m×k) and rows of Vᵀ (k×n).
			U := blas64.General{Rows: m, Cols: k, Stride: ldu, Data: u}
			VT := blas64.General{Rows: k, Cols: n, Stride: ldvt, Data: vt}
			if jobs[0] == lapack.SVDOverwrite {
				U = blas64.General{Rows: m, Cols: k, Stride: lda, Data: aa}
			}
			if jobs[1] == lapack.SVDOverwrite {
				VT = blas64.General{Rows: k, Cols: n, Stride: lda, Data: aa}
			}
			if jobs[0] != lapack.SVDNone {
				checkOrthonormal(t, name+" U", U, blas.Trans)
			}
			if jobs[1] != lapack.SVDNone {
				checkOrthonormal(t, name+" Vᵀ", VT, blas.NoTrans)
			}
			if jobs[0] == lapack.SVDNone || jobs[1] == lapack.SVDNone {
				continue
			}
			// A - U*Σ*Vᵀ.
			us := blas64.General{Rows: m, Cols: k, Stride: k, Data: make([]float64, m*k)}
			for i := 0; i < m; i++ {
				for j := 0; j < k; j++ {
					us.Data[i*k+j] = U.Data[i*U.Stride+j] * s[j]
				}
			}
			r := blas64.General{Rows: m, Cols: n, Stride: lda, Data: slices.Clone(a)}
			blas64.Gemm(blas.NoTrans, blas.NoTrans, -1, us, VT, 1, r)
			var worst float64
			for i := 0; i < m; i++ {
				for j := 0; j < n; j++ {
					worst = math.Max(worst, math.Abs(r.Data[i*lda+j]))
				}
			}
			if worst > 1e-12*s[0]*float64(max(m, n)) {
				t.Errorf("%s: |A - U*Σ*Vᵀ| = %g", name, worst)
			}
		}
	}
}

// checkOrthonormal checks that the rows (NoTrans) or columns (Trans) of q
// are orthonormal.
func checkOrthonormal(t *testing.T, name string, q blas64.General, tr blas.Transpose) {
	t.Helper()
	k := q.Rows
	if tr == blas.Trans {
		k = q.Cols
	}
	p := blas64.General{Rows: k, Cols: k, Stride: k, Data: make([]float64, k*k)}
	if tr == blas.Trans {
		blas64.Gemm(blas.Trans, blas.NoTrans, 1, q, q, 0, p)
	} else {
		blas64.Gemm(blas.NoTrans, blas.Trans, 1, q, q, 0, p)
	}
	for i := 0; i < k; i++ {
		for j := 0; j < k; j++ {
			want := 0.0
			if i == j {
				want = 1
			}
			if d := math.Abs(p.Data[i*k+j] - want); d > 1e-12 {
				t.Errorf("%s: not orthonormal, QᵀQ[%d,%d] off by %g", name, i, j, d)
				return
			}
		}
	}
}
