package lapacke

/*
#include <lapacke.h>
#cgo noescape LAPACKE_dgetrf_work
#cgo nocallback LAPACKE_dgetrf_work
#cgo noescape LAPACKE_dgetri_work
#cgo nocallback LAPACKE_dgetri_work
#cgo noescape LAPACKE_dgetrs_work
#cgo nocallback LAPACKE_dgetrs_work
#cgo noescape LAPACKE_dgecon_work
#cgo nocallback LAPACKE_dgecon_work
#cgo noescape LAPACKE_dgesv_work
#cgo nocallback LAPACKE_dgesv_work
*/
import "C"

import (
	"math"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/lapack"

	"github.com/goscipy/goscipy/internal/nativecall"
)

// LU factorization with partial pivoting has no transposed equivalent (row
// pivoting of A would become column pivoting of Aᵀ), so these routines use
// LAPACKE's row-major path, which copies A into column-major scratch and back.

// Dgetrf computes the LU factorization with partial pivoting of the m×n
// matrix A,
//
//	A = P * L * U,
//
// with LAPACKE_dgetrf_work (row-major). On return a holds L (unit lower
// trapezoidal, diagonal not stored) and U. ipiv, of length min(m,n), receives
// the zero-based row interchanges: row i was interchanged with row ipiv[i].
//
// It returns whether U is nonsingular; the factorization is complete either
// way. It panics with gonum's messages if m or n is negative, lda < max(1,n),
// a is too short or len(ipiv) != min(m,n).
func (Implementation) Dgetrf(m, n int, a []float64, lda int, ipiv []int) (ok bool) {
	if checkGetrf(m, n, lda, len(a), len(ipiv)) {
		return true
	}
	mn := min(m, n)
	cm, cn, clda := lint(m), lint(n), lint(lda)
	piv := make([]C.lapack_int, mn)
	s := enter(len(a))
	info := C.LAPACKE_dgetrf_work(rowMajor, cm, cn, f64(a), clda, ip(piv))
	nativecall.Exit(s)
	ok = status("LAPACKE_dgetrf_work", info) == 0
	intsFrom(ipiv, piv, 1)
	return ok
}

// Dgetf2 computes the same LU factorization as Dgetrf; gonum exposes it as
// the unblocked variant, and here it calls Dgetrf (LAPACKE_dgetrf_work),
// which chooses its own blocking. Arguments, panics and result are those of
// Dgetrf.
func (impl Implementation) Dgetf2(m, n int, a []float64, lda int, ipiv []int) (ok bool) {
	return impl.Dgetrf(m, n, a, lda, ipiv)
}

// Dgetri computes the inverse of A from its LU factorization computed by
// Dgetrf, with LAPACKE_dgetri_work (row-major). On entry a and ipiv hold the
// factorization; on return a holds A⁻¹ if ok is true.
//
// work must have length at least max(1,lwork) and lwork must be at least
// max(1,n) or -1. If lwork is -1, the optimal length (from LAPACK's own
// workspace query) is stored in work[0] and nothing else is done.
//
// It returns false if U is exactly singular, leaving the inverse uncomputed.
// It panics with gonum's messages on invalid arguments, and with
// "lapack: bad element of ipiv" if a pivot LAPACK uses (all but the last) is
// outside [0,n).
func (Implementation) Dgetri(n int, a []float64, lda int, ipiv []int, work []float64, lwork int) (ok bool) {
	return getri(rowMajor, n, a, lda, ipiv, work, lwork)
}

// getri is Dgetri in the given LAPACKE layout (ColMajor.Dgetri uses
// colMajor): the checks are the same for a square matrix.
func getri(layout C.int, n int, a []float64, lda int, ipiv []int, work []float64, lwork int) (ok bool) {
	iws := max(1, n)
	switch {
	case n < 0:
		panic(nLT0)
	case lda < max(1, n):
		panic(badLdA)
	case lwork < iws && lwork != -1:
		panic(badLWork)
	case len(work) < max(1, lwork):
		panic(shortWork)
	}
	if n == 0 {
		work[0] = 1
		return true
	}
	cn, clda, clwork := lint(n), lint(lda), lint(lwork)
	if lwork == -1 {
		s := enter(len(a))
		info := C.LAPACKE_dgetri_work(layout, cn, nil, clda, nil, f64(work), clwork)
		nativecall.Exit(s)
		status("LAPACKE_dgetri_work", info)
		work[0] = math.Max(work[0], float64(iws))
		return true
	}
	switch {
	case len(a) < (n-1)*lda+n:
		panic(shortA)
	case len(ipiv) != n:
		panic(badLenIpiv)
	}
	// LAPACK's dgetri, like gonum's, never reads ipiv[n-1] (row n-1 has
	// nothing below it to swap with), so only the others are checked.
	piv := pivotsIn(ipiv[:n-1], n)
	piv = append(piv, lint(n))
	s := enter(len(a))
	info := C.LAPACKE_dgetri_work(layout, cn, f64(a), clda, ip(piv), f64(work), clwork)
	nativecall.Exit(s)
	return status("LAPACKE_dgetri_work", info) == 0
}

// Dgetrs solves A * X = B or Aᵀ * X = B (trans Trans or ConjTrans) for X, with
// A factored by Dgetrf, using LAPACKE_dgetrs_work (row-major). b is n×nrhs
// and is overwritten by X.
//
// It panics with gonum's messages on invalid arguments, and with
// "lapack: bad element of ipiv" if a pivot is outside [0,n).
func (Implementation) Dgetrs(trans blas.Transpose, n, nrhs int, a []float64, lda int, ipiv []int, b []float64, ldb int) {
	getrs(rowMajor, trans, n, nrhs, a, lda, ipiv, b, ldb)
}

// getrs is Dgetrs in the given LAPACKE layout (ColMajor.Dgetrs uses
// colMajor): B is n×nrhs in that layout, so its leading dimension and
// length are checked accordingly.
func getrs(layout C.int, trans blas.Transpose, n, nrhs int, a []float64, lda int, ipiv []int, b []float64, ldb int) {
	bCols, bRows := nrhs, n // row-major: rows of length nrhs
	if layout == colMajor {
		bCols, bRows = n, nrhs // column-major: columns of length n
	}
	switch {
	case trans != blas.NoTrans && trans != blas.Trans && trans != blas.ConjTrans:
		panic(badTrans)
	case n < 0:
		panic(nLT0)
	case nrhs < 0:
		panic(nrhsLT0)
	case lda < max(1, n):
		panic(badLdA)
	case ldb < max(1, bCols):
		panic(badLdB)
	}
	if n == 0 || nrhs == 0 {
		return
	}
	switch {
	case len(a) < (n-1)*lda+n:
		panic(shortA)
	case len(b) < (bRows-1)*ldb+bCols:
		panic(shortB)
	case len(ipiv) != n:
		panic(badLenIpiv)
	}
	piv := pivotsIn(ipiv, n)
	cn, cnrhs, clda, cldb := lint(n), lint(nrhs), lint(lda), lint(ldb)
	s := enter(len(a))
	info := C.LAPACKE_dgetrs_work(layout, realTrans(trans), cn, cnrhs, f64(a), clda, ip(piv), f64(b), cldb)
	nativecall.Exit(s)
	status("LAPACKE_dgetrs_work", info)
}

// Dgecon estimates the reciprocal condition number of A in the 1-norm
// (norm MaxColumnSum) or ∞-norm (MaxRowSum) from its LU factorization by
// Dgetrf, using LAPACKE_dgecon_work (row-major). anorm is the same norm of
// the original A.
//
// work must have length at least 4*n and iwork at least n; both are scratch.
// As in gonum, anorm == 0 and anorm == +Inf give 0 and a NaN anorm is
// returned as is. It panics with gonum's messages on invalid arguments.
func (Implementation) Dgecon(norm lapack.MatrixNorm, n int, a []float64, lda int, anorm float64, work []float64, iwork []int) float64 {
	return gecon(rowMajor, norm, n, a, lda, anorm, work, iwork)
}

// gecon is Dgecon in the given LAPACKE layout (ColMajor.Dgecon uses
// colMajor): the checks are the same for a square matrix.
func gecon(layout C.int, norm lapack.MatrixNorm, n int, a []float64, lda int, anorm float64, work []float64, iwork []int) float64 {
	switch {
	case norm != lapack.MaxColumnSum && norm != lapack.MaxRowSum:
		panic(badNorm)
	case n < 0:
		panic(nLT0)
	case lda < max(1, n):
		panic(badLdA)
	case anorm < 0:
		panic(negANorm)
	}
	if n == 0 {
		return 1
	}
	switch {
	case len(a) < (n-1)*lda+n:
		panic(shortA)
	case len(work) < 4*n:
		panic(shortWork)
	case len(iwork) < n:
		panic(shortIWork)
	}
	switch {
	case anorm == 0:
		return 0
	case math.IsNaN(anorm):
		return anorm
	case math.IsInf(anorm, 1):
		return 0
	}
	cn, clda := lint(n), lint(lda)
	var rcond C.double
	iw := intScratch(iwork)
	s := enter(len(a))
	info := C.LAPACKE_dgecon_work(layout, C.char(norm), cn, f64(a), clda, C.double(anorm), &rcond, f64(work), iw)
	nativecall.Exit(s)
	status("LAPACKE_dgecon_work", info)
	return float64(rcond)
}

// Dgesv solves A * X = B for an n×n matrix A by LU factorization with partial
// pivoting, using LAPACKE_dgesv_work (row-major). On return a holds the L and
// U factors, ipiv (length n) the zero-based row interchanges and, if ok is
// true, b (n×nrhs) holds X. It returns false if U is exactly singular, in
// which case X is not computed. It panics with gonum's messages on invalid
// arguments.
func (Implementation) Dgesv(n, nrhs int, a []float64, lda int, ipiv []int, b []float64, ldb int) (ok bool) {
	switch {
	case n < 0:
		panic(nLT0)
	case nrhs < 0:
		panic(nrhsLT0)
	case lda < max(1, n):
		panic(badLdA)
	case ldb < max(1, nrhs):
		panic(badLdB)
	}
	if n == 0 || nrhs == 0 {
		return true
	}
	switch {
	case len(a) < (n-1)*lda+n:
		panic(shortAB)
	case len(ipiv) != n:
		panic(badLenIpiv)
	case len(b) < (n-1)*ldb+nrhs:
		panic(shortB)
	}
	cn, cnrhs, clda, cldb := lint(n), lint(nrhs), lint(lda), lint(ldb)
	piv := make([]C.lapack_int, n)
	s := enter(len(a))
	info := C.LAPACKE_dgesv_work(rowMajor, cn, cnrhs, f64(a), clda, ip(piv), f64(b), cldb)
	nativecall.Exit(s)
	ok = status("LAPACKE_dgesv_work", info) == 0
	intsFrom(ipiv, piv, 1)
	return ok
}
