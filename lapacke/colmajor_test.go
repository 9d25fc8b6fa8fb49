package lapacke

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/lapack"
	"gonum.org/v1/gonum/lapack/gonum"
)

// colMajorRand returns an m×n column-major matrix with leading dimension
// lda, padding set to NaN so that a read outside the matrix shows up.
func colMajorRand(rnd *rand.Rand, m, n, lda int) []float64 {
	a := make([]float64, (n-1)*lda+m)
	for j := range n {
		for i := range lda {
			if j*lda+i >= len(a) {
				break
			}
			if i < m {
				a[j*lda+i] = rnd.NormFloat64()
			} else {
				a[j*lda+i] = math.NaN()
			}
		}
	}
	return a
}

// TestColMajorLU checks ColMajor's LU routines against gonum's pure-Go LU
// of the same matrix stored row-major: the same pivots, factors equal to
// rounding, solutions of A·x = b and Aᵀ·x = b with small residuals, the
// inverse, and the condition estimate.
func TestColMajorLU(t *testing.T) {
	rnd := rand.New(rand.NewPCG(1, 2))
	var cm ColMajor
	for _, dims := range [][3]int{{1, 1, 1}, {5, 5, 5}, {6, 6, 9}, {7, 4, 7}, {4, 7, 6}, {40, 40, 41}} {
		m, n, lda := dims[0], dims[1], dims[2]
		t.Run(fmt.Sprintf("%dx%d/lda=%d", m, n, lda), func(t *testing.T) {
			a0 := colMajorRand(rnd, m, n, lda)
			a := append([]float64(nil), a0...)
			ipiv := make([]int, min(m, n))
			if !cm.Dgetrf(m, n, a, lda, ipiv) {
				t.Fatal("random matrix reported singular")
			}
			// gonum on the row-major copy.
			r := make([]float64, m*n)
			for i := range m {
				for j := range n {
					r[i*n+j] = a0[j*lda+i]
				}
			}
			gpiv := make([]int, min(m, n))
			gonum.Implementation{}.Dgetrf(m, n, r, n, gpiv)
			for i := range gpiv {
				if gpiv[i] != ipiv[i] {
					t.Fatalf("pivots %v, gonum's %v", ipiv, gpiv)
				}
			}
			for i := range m {
				for j := range n {
					if d := math.Abs(a[j*lda+i] - r[i*n+j]); d > 1e-12*(1+math.Abs(r[i*n+j])) {
						t.Fatalf("factor (%d,%d) = %v, gonum's %v", i, j, a[j*lda+i], r[i*n+j])
					}
				}
			}
			if m != n {
				return
			}
			for _, tr := range []blas.Transpose{blas.NoTrans, blas.Trans} {
				const nrhs = 2
				ld := n + 1
				b := colMajorRand(rnd, n, nrhs, ld)
				x := append([]float64(nil), b...)
				cm.Dgetrs(tr, n, nrhs, a, lda, ipiv, x, ld)
				for k := range nrhs {
					var worst float64
					for i := range n {
						s := -b[k*ld+i]
						for j := range n {
							aij := a0[j*lda+i]
							if tr == blas.Trans {
								aij = a0[i*lda+j]
							}
							s += aij * x[k*ld+j]
						}
						worst = max(worst, math.Abs(s))
					}
					if worst > 1e-10 {
						t.Errorf("trans %c: residual %v", tr, worst)
					}
				}
			}
			work, iwork := make([]float64, 4*n), make([]int, n)
			for _, norm := range []lapack.MatrixNorm{lapack.MaxColumnSum, lapack.MaxRowSum} {
				anorm := gonum.Implementation{}.Dlange(norm, n, n, r, n, make([]float64, n))
				got := cm.Dgecon(norm, n, a, lda, anorm, work, iwork)
				want := gonum.Implementation{}.Dgecon(norm, n, r, n, anorm, make([]float64, 4*n), make([]int, n))
				// Both run Higham's estimator on the same factors; they
				// may stop at different iterates, within a small factor.
				if !(got > want/3 && got < want*3) {
					t.Errorf("norm %c: rcond %v, gonum's %v", norm, got, want)
				}
			}
			q := make([]float64, 1)
			cm.Dgetri(n, a, lda, ipiv, q, -1)
			w := make([]float64, int(q[0]))
			if !cm.Dgetri(n, a, lda, ipiv, w, len(w)) {
				t.Fatal("Dgetri reported singular")
			}
			for i := range n {
				for j := range n {
					var s float64
					for k := range n {
						s += a0[k*lda+i] * a[j*lda+k]
					}
					want := 0.0
					if i == j {
						want = 1
					}
					if math.Abs(s-want) > 1e-10 {
						t.Fatalf("(A·A⁻¹)(%d,%d) = %v", i, j, s)
					}
				}
			}
		})
	}
}

// TestColMajorSingular checks that an exactly singular matrix is reported
// by Dgetrf and Dgetri instead of failing.
func TestColMajorSingular(t *testing.T) {
	var cm ColMajor
	a := []float64{1, 2, 2, 4} // columns (1,2) and (2,4)
	ipiv := make([]int, 2)
	if cm.Dgetrf(2, 2, a, 2, ipiv) {
		t.Error("singular matrix reported nonsingular")
	}
}

// TestColMajorPanics checks gonum's messages for invalid arguments in
// column-major terms, raised before C is called.
func TestColMajorPanics(t *testing.T) {
	var cm ColMajor
	cases := []struct {
		name, want string
		f          func()
	}{
		{"getrf lda<m", badLdA, func() { cm.Dgetrf(3, 2, make([]float64, 6), 2, make([]int, 2)) }},
		{"getrf short a", shortA, func() { cm.Dgetrf(3, 2, make([]float64, 5), 3, make([]int, 2)) }},
		{"getrf ipiv", badLenIpiv, func() { cm.Dgetrf(3, 2, make([]float64, 6), 3, make([]int, 3)) }},
		{"getrs ldb<n", badLdB, func() { cm.Dgetrs(blas.NoTrans, 3, 1, make([]float64, 9), 3, []int{0, 1, 2}, make([]float64, 3), 2) }},
		{"getrs short b", shortB, func() { cm.Dgetrs(blas.NoTrans, 3, 2, make([]float64, 9), 3, []int{0, 1, 2}, make([]float64, 5), 3) }},
		{"getrs pivot", badElemIpiv, func() { cm.Dgetrs(blas.NoTrans, 2, 1, []float64{1, 0, 0, 1}, 2, []int{0, 5}, make([]float64, 2), 2) }},
		{"gecon norm", badNorm, func() { cm.Dgecon('F', 2, make([]float64, 4), 2, 1, make([]float64, 8), make([]int, 2)) }},
		{"getri lwork", badLWork, func() { cm.Dgetri(3, make([]float64, 9), 3, []int{0, 1, 2}, make([]float64, 2), 2) }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			defer func() {
				if r := recover(); r != c.want {
					t.Errorf("panic %v, want %q", r, c.want)
				}
			}()
			c.f()
		})
	}
}

// BenchmarkColMajor compares the LU solve on the same n×n row-major data
// through Implementation (LAPACKE's row-major path, which transposes A into
// scratch and back) and through ColMajor (the factorization of Aᵀ, no
// copies), factorization plus one solve plus the condition estimate.
func BenchmarkColMajor(b *testing.B) {
	for _, n := range []int{10, 100, 500} {
		rnd := rand.New(rand.NewPCG(3, uint64(n)))
		a0 := colMajorRand(rnd, n, n, n)
		rhs := colMajorRand(rnd, n, 1, n)
		a, x := make([]float64, n*n), make([]float64, n)
		ipiv, work, iwork := make([]int, n), make([]float64, 4*n), make([]int, n)
		b.Run(fmt.Sprintf("n=%d/impl=rowmajor", n), func(b *testing.B) {
			var impl Implementation
			for b.Loop() {
				copy(a, a0)
				copy(x, rhs)
				impl.Dgetrf(n, n, a, n, ipiv)
				impl.Dgecon(lapack.MaxColumnSum, n, a, n, 1, work, iwork)
				impl.Dgetrs(blas.NoTrans, n, 1, a, n, ipiv, x, 1)
			}
		})
		b.Run(fmt.Sprintf("n=%d/impl=colmajor", n), func(b *testing.B) {
			var cm ColMajor
			for b.Loop() {
				copy(a, a0)
				copy(x, rhs)
				cm.Dgetrf(n, n, a, n, ipiv)
				cm.Dgecon(lapack.MaxRowSum, n, a, n, 1, work, iwork)
				cm.Dgetrs(blas.Trans, n, 1, a, n, ipiv, x, n)
			}
		})
	}
}
