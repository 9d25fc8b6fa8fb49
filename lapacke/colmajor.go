package lapacke

/*
#include <lapacke.h>
*/
import "C"

import (
	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/lapack"

	"github.com/goscipy/goscipy/internal/nativecall"
)

// ColMajor gives the LU routines on column-major storage, LAPACK's own
// layout, so LAPACKE makes no transposed copies. Implementation's Dgetrf,
// Dgetrs, Dgecon and Dgetri follow gonum's row-major contract, which for LU
// forces LAPACKE's row-major path: every call copies A into column-major
// scratch and back, which at n=100 costs as much as the factorization and
// more than the condition estimate (BenchmarkColMajor in
// colmajor_test.go).
//
// Callers that only need what an LU factorization gives (solutions, an
// inverse, a determinant, a condition estimate) can use ColMajor on a
// row-major matrix as it is: read column-major, row-major A is Aᵀ, and
// A·x = b is Aᵀᵀ·x = b, solved by Dgetrs with blas.Trans on the
// factorization of Aᵀ. scipy/linalg does this.
//
// Arguments are validated as for Implementation, in column-major terms: A
// is m×n with leading dimension lda ≥ max(1, m), so a must hold
// (n-1)*lda + m elements. Invalid arguments panic with gonum's messages
// before C is called. ColMajor is an empty struct, safe for concurrent use.
type ColMajor struct{}

// Dgetrf computes the LU factorization with partial pivoting of the m×n
// column-major matrix A, A = P*L*U (LAPACK's dgetrf, no copies). ipiv, of
// length min(m,n), receives the zero-based row interchanges. It returns
// whether U is nonsingular; the factorization is complete either way.
func (ColMajor) Dgetrf(m, n int, a []float64, lda int, ipiv []int) (ok bool) {
	switch {
	case m < 0:
		panic(mLT0)
	case n < 0:
		panic(nLT0)
	case lda < max(1, m):
		panic(badLdA)
	}
	if min(m, n) == 0 {
		return true
	}
	switch {
	case len(a) < (n-1)*lda+m:
		panic(shortA)
	case len(ipiv) != min(m, n):
		panic(badLenIpiv)
	}
	cm, cn, clda := lint(m), lint(n), lint(lda)
	piv := make([]C.lapack_int, min(m, n))
	s := enter(len(a))
	info := C.LAPACKE_dgetrf_work(colMajor, cm, cn, f64(a), clda, ip(piv))
	nativecall.Exit(s)
	ok = status("LAPACKE_dgetrf_work", info) == 0
	intsFrom(ipiv, piv, 1)
	return ok
}

// Dgetrs solves A*X = B, or Aᵀ*X = B when trans is blas.Trans or
// blas.ConjTrans, with the n×n column-major A factored by ColMajor.Dgetrf.
// B is n×nrhs column-major with leading dimension ldb ≥ max(1, n) and is
// overwritten by X. A pivot outside [0,n) panics.
func (ColMajor) Dgetrs(trans blas.Transpose, n, nrhs int, a []float64, lda int, ipiv []int, b []float64, ldb int) {
	getrs(colMajor, trans, n, nrhs, a, lda, ipiv, b, ldb)
}

// Dgecon estimates the reciprocal condition number of the n×n column-major
// A in the 1-norm (norm lapack.MaxColumnSum) or ∞-norm (lapack.MaxRowSum)
// from its factorization by ColMajor.Dgetrf; anorm is that norm of A.
// work (length ≥ 4n) and iwork (length ≥ n) are scratch. As
// Implementation.Dgecon, anorm 0 or +Inf gives 0 and a NaN anorm is
// returned as is.
func (ColMajor) Dgecon(norm lapack.MatrixNorm, n int, a []float64, lda int, anorm float64, work []float64, iwork []int) float64 {
	return gecon(colMajor, norm, n, a, lda, anorm, work, iwork)
}

// Dgetri computes the inverse of the n×n column-major A from its
// factorization by ColMajor.Dgetrf, overwriting a. lwork must be at least
// max(1,n), or -1 to store LAPACK's optimal workspace length in work[0] and
// do nothing else. It returns false, leaving a unspecified, if U is exactly
// singular. The pivots LAPACK reads (all but the last) must be in [0,n).
func (ColMajor) Dgetri(n int, a []float64, lda int, ipiv []int, work []float64, lwork int) (ok bool) {
	return getri(colMajor, n, a, lda, ipiv, work, lwork)
}
