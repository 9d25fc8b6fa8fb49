package lapacke

/*
#include <lapacke.h>
#cgo noescape LAPACKE_dpotrf_work
#cgo nocallback LAPACKE_dpotrf_work
#cgo noescape LAPACKE_dpotri_work
#cgo nocallback LAPACKE_dpotri_work
#cgo noescape LAPACKE_dpotrs_work
#cgo nocallback LAPACKE_dpotrs_work
#cgo noescape LAPACKE_dpocon_work
#cgo nocallback LAPACKE_dpocon_work
#cgo noescape LAPACKE_dpstrf_work
#cgo nocallback LAPACKE_dpstrf_work
*/
import "C"

import (
	"math"

	"gonum.org/v1/gonum/blas"

	"github.com/goscipy/goscipy/internal/nativecall"
)

// A symmetric matrix equals its transpose, so the row-major upper triangle of
// A is the column-major lower triangle of the same A, and the factor U with
// A = Uᵀ*U stored row-major is exactly the factor L = Uᵀ with A = L*Lᵀ stored
// column-major. The routines below therefore call LAPACKE with
// LAPACK_COL_MAJOR and the triangle swapped, on the caller's memory, with no
// copies of A.

// Dpotrf computes the Cholesky factorization of the n×n symmetric positive
// definite matrix A whose uplo triangle is stored in a:
//
//	A = Uᵀ * U  if uplo == blas.Upper,
//	A = L * Lᵀ  if uplo == blas.Lower.
//
// It uses LAPACKE_dpotrf_work in column-major order with the triangle swapped
// (no copy). On return the uplo triangle of a holds U or L; the other
// triangle is not referenced. It returns whether A is positive definite; if
// not, the factorization is incomplete. It panics with gonum's messages if
// uplo is invalid, n < 0, lda < max(1,n) or a is too short.
func (Implementation) Dpotrf(ul blas.Uplo, n int, a []float64, lda int) (ok bool) {
	if checkUploSquare(ul, n, lda, len(a)) {
		return true
	}
	cn, clda := lint(n), lint(lda)
	s := enter(len(a))
	info := C.LAPACKE_dpotrf_work(colMajor, transUplo(ul), cn, f64(a), clda)
	nativecall.Exit(s)
	return status("LAPACKE_dpotrf_work", info) == 0
}

// Dpotri computes the inverse of the symmetric positive definite matrix A
// from its Cholesky factor U or L computed by Dpotrf, using
// LAPACKE_dpotri_work in column-major order with the triangle swapped (no
// copy). On return the uplo triangle of a holds the same triangle of A⁻¹. It
// returns false if the factor is exactly singular, in which case the inverse
// is not computed. It panics with gonum's messages on invalid arguments.
func (Implementation) Dpotri(ul blas.Uplo, n int, a []float64, lda int) (ok bool) {
	if checkUploSquare(ul, n, lda, len(a)) {
		return true
	}
	cn, clda := lint(n), lint(lda)
	s := enter(len(a))
	info := C.LAPACKE_dpotri_work(colMajor, transUplo(ul), cn, f64(a), clda)
	nativecall.Exit(s)
	return status("LAPACKE_dpotri_work", info) == 0
}

// Dpotrs solves A * X = B for the symmetric positive definite A whose
// Cholesky factor (from Dpotrf) is in the uplo triangle of a, using
// LAPACKE_dpotrs_work in column-major order with the triangle swapped. A is
// not copied; B (n×nrhs, overwritten by X) is transposed into a column-major
// buffer and back unless it is a single contiguous column. It panics with
// gonum's messages on invalid arguments.
func (Implementation) Dpotrs(ul blas.Uplo, n, nrhs int, a []float64, lda int, b []float64, ldb int) {
	if checkUploSolve(ul, n, nrhs, lda, ldb, len(a), len(b)) {
		return
	}
	cn, cnrhs, clda := lint(n), lint(nrhs), lint(lda)
	rhs := newColMajorRHS(n, nrhs, b, ldb)
	pb := f64(rhs.buf)
	s := enter(len(a))
	info := C.LAPACKE_dpotrs_work(colMajor, transUplo(ul), cn, cnrhs, f64(a), clda, pb, cn)
	nativecall.Exit(s)
	status("LAPACKE_dpotrs_work", info)
	rhs.store()
}

// Dpocon estimates the reciprocal of the 1-norm condition number of the
// symmetric positive definite A from its Cholesky factor (from Dpotrf), using
// LAPACKE_dpocon_work in column-major order with the triangle swapped (no
// copy). anorm is the 1-norm of the original A. work (length ≥ 3*n) and iwork
// (length ≥ n) are scratch.
//
// anorm == 0 gives 0; a NaN anorm is returned as is and +Inf gives 0, the
// values gonum's arithmetic produces. It panics with gonum's messages on
// invalid arguments.
func (Implementation) Dpocon(uplo blas.Uplo, n int, a []float64, lda int, anorm float64, work []float64, iwork []int) float64 {
	switch {
	case uplo != blas.Upper && uplo != blas.Lower:
		panic(badUplo)
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
	case len(work) < 3*n:
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
	info := C.LAPACKE_dpocon_work(colMajor, transUplo(uplo), cn, f64(a), clda, C.double(anorm), &rcond, f64(work), iw)
	nativecall.Exit(s)
	status("LAPACKE_dpocon_work", info)
	return float64(rcond)
}

// Dpstrf computes the Cholesky factorization with complete pivoting of the
// n×n symmetric positive semidefinite matrix A,
//
//	Pᵀ * A * P = Uᵀ * U  if uplo == blas.Upper,
//	Pᵀ * A * P = L * Lᵀ  if uplo == blas.Lower,
//
// using LAPACKE_dpstrf_work in column-major order with the triangle swapped
// (no copy). The factorization stops when a pivot is ≤ tol; a negative tol
// means n*eps*max(A[k,k]). On return the uplo triangle of a holds the factor
// and piv (length n) the zero-based permutation, P[piv[k],k] = 1. work
// (length ≥ 2*n) is scratch.
//
// It returns the computed rank and whether the factorization is complete; ok
// is false if A is rank deficient or not positive semidefinite. It panics
// with gonum's messages on invalid arguments.
func (Implementation) Dpstrf(uplo blas.Uplo, n int, a []float64, lda int, piv []int, tol float64, work []float64) (rank int, ok bool) {
	switch {
	case uplo != blas.Upper && uplo != blas.Lower:
		panic(badUplo)
	case n < 0:
		panic(nLT0)
	case lda < max(1, n):
		panic(badLdA)
	}
	if n == 0 {
		return 0, true
	}
	switch {
	case len(a) < (n-1)*lda+n:
		panic(shortA)
	case len(piv) != n:
		panic(badLenPiv)
	case len(work) < 2*n:
		panic(shortWork)
	}
	cn, clda := lint(n), lint(lda)
	cpiv := make([]C.lapack_int, n)
	var crank C.lapack_int
	s := enter(len(a))
	info := C.LAPACKE_dpstrf_work(colMajor, transUplo(uplo), cn, f64(a), clda, ip(cpiv), &crank, C.double(tol), f64(work))
	nativecall.Exit(s)
	ok = status("LAPACKE_dpstrf_work", info) == 0
	intsFrom(piv, cpiv, 1)
	return int(crank), ok
}
