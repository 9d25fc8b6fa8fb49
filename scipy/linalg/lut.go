package linalg

import (
	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/lapack"
	"gonum.org/v1/gonum/mat"

	"github.com/goscipy/goscipy/lapacke"
)

// cm runs LAPACK's LU routines on column-major storage. A row-major copy of
// an n×n matrix A, read column-major, is Aᵀ; its LU factorization
// Aᵀ = P·L·U serves every function that needs only what an LU
// factorization gives: solutions (A·x = b is (Aᵀ)ᵀ·x = b), the inverse
// (the column-major inverse of Aᵀ is the row-major A⁻¹), the determinant
// (det Aᵀ = det A) and the condition number (‖A‖₁ = ‖Aᵀ‖∞). It spares the
// transposed copies LAPACKE makes on its row-major path, which at n=100
// cost as much as the factorization (lapacke's BenchmarkColMajor). SciPy's
// own LU of the same matrix differs only by rounding; LU and LUFactor,
// whose factors the caller sees, still factor A itself.
var cm lapacke.ColMajor

// luT factors the n×n row-major matrix in f in place as the LU
// factorization of its transpose and returns the pivots, and whether U is
// nonsingular.
func luT(n int, f []float64) (ipiv []int, ok bool) {
	ipiv = make([]int, n)
	if n == 0 {
		return ipiv, true
	}
	return ipiv, cm.Dgetrf(n, n, f, n, ipiv)
}

// singularLUT builds the ErrSingular error for a factorization by luT with
// an exact zero pivot; the position is that of the factorization of aᵀ.
func singularLUT(fn, arg, routine string, n int, lu []float64) *Error {
	i := zeroPivot(n, lu, n)
	e := newErr(ErrSingular, fn, arg, "matrix is singular: pivot %d of the LU factorization of its transpose is exactly zero; consider LstSq for a least-squares solution", i+1)
	e.Routine, e.Info = routine, i+1
	return e
}

// rcondT estimates the reciprocal condition number of A from the
// factorization of Aᵀ by luT: in the 1-norm of A (SciPy's solve) unless
// inf, then in the ∞-norm. anorm is that norm of A.
func rcondT(n int, lu []float64, anorm float64, inf bool) float64 {
	// The 1-norm of A is the ∞-norm of Aᵀ, whose factors cm holds.
	norm := lapack.MaxRowSum
	if inf {
		norm = lapack.MaxColumnSum
	}
	return cm.Dgecon(norm, n, lu, n, anorm, make([]float64, 4*n), make([]int, n))
}

// solveT solves A·X = B (Aᵀ·X = B when trans) in place in the row-major
// n×k x, with A factored by luT. LAPACK wants B column-major: a single
// column is the same either way; more are transposed in and out, O(n·k)
// next to the O(n²·k) solve.
func solveT(n, k int, lu []float64, ipiv []int, x []float64, trans bool) {
	t := blas.Trans // A = (Aᵀ)ᵀ
	if trans {
		t = blas.NoTrans
	}
	if k == 1 {
		cm.Dgetrs(t, n, 1, lu, n, ipiv, x, n)
		return
	}
	xc := make([]float64, n*k)
	for i := range n {
		for j := range k {
			xc[j*n+i] = x[i*k+j]
		}
	}
	cm.Dgetrs(t, n, k, lu, n, ipiv, xc, n)
	for i := range n {
		for j := range k {
			x[i*k+j] = xc[j*n+i]
		}
	}
}

// denseCopyT is denseCopy in column-major order: element (i,j) of the r×c
// matrix m lands at j*r+i, ready for cm with leading dimension max(1,r).
// The copy is a scratch buffer (speed_pool.go): release it with putScratch
// once nothing refers to it.
func denseCopyT(fn, arg string, m mat.Matrix, skip bool) (data []float64, r, c int, err error) {
	r, c, err = dims(fn, arg, m)
	if err != nil {
		return nil, 0, 0, err
	}
	data = getScratch(r * c)
	if d, ok := m.(mat.RawMatrixer); ok && r > 0 && c > 0 {
		raw := d.RawMatrix()
		transposeInto(data, r, raw.Data, raw.Stride, r, c)
	} else {
		for i := range r {
			for j := range c {
				data[j*r+i] = m.At(i, j)
			}
		}
	}
	if !skip && !allFinite(data) {
		k := firstNonFinite(data)
		v := data[k]
		putScratch(data)
		return nil, 0, 0, newErr(ErrNotFinite, fn, arg,
			"element (%d,%d) is %v; arrays must not contain infs or NaNs (set SkipFiniteCheck to skip this O(n²) check at your own risk)", k%r, k/r, v)
	}
	return data, r, c, nil
}
