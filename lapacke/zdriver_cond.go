package lapacke

// Complex reciprocal condition number estimates: gonum's Dgecon, Dpocon and
// Dtrcon for complex128.

/*
#cgo noescape LAPACKE_zgecon_work
#cgo nocallback LAPACKE_zgecon_work
#cgo noescape LAPACKE_zpocon_work
#cgo nocallback LAPACKE_zpocon_work
#cgo noescape LAPACKE_ztrcon_work
#cgo nocallback LAPACKE_ztrcon_work
#include <lapacke.h>
*/
import "C"

import (
	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/lapack"

	"github.com/goscipy/goscipy/internal/nativecall"
)

// Zgecon estimates the reciprocal of the condition number of the n×n
// complex matrix A in the 1-norm (norm == lapack.MaxColumnSum) or the
// infinity norm (norm == lapack.MaxRowSum), from its Zgetrf factorization,
// using LAPACK's zgecon. It is gonum's Dgecon for complex data.
//
// a holds Zgetrf's L and U and is not modified. anorm is the same norm of the
// original A. The result is 1/(‖A‖ * ‖A⁻¹‖) with ‖A⁻¹‖ estimated; it is 0
// when anorm is 0 and 1 when n is 0.
//
// work must have length at least 2*n and rwork at least 2*n.
//
// Zgecon panics if norm is not MaxColumnSum or MaxRowSum, n < 0,
// lda < max(1,n), anorm < 0, or a slice is too short.
func (Implementation) Zgecon(norm lapack.MatrixNorm, n int, a []complex128, lda int, anorm float64, work []complex128, rwork []float64) float64 {
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
	case len(work) < 2*n:
		panic(shortWork)
	case len(rwork) < 2*n:
		panic(drvShortRWork)
	}
	var rcond C.double
	cn, clda := lint(n), lint(lda)
	s := enter(len(a))
	st := C.LAPACKE_zgecon_work(rowMajor, C.char(norm), cn, c128(a), clda, C.double(anorm), &rcond, c128(work), f64(rwork))
	nativecall.Exit(s)
	status("LAPACKE_zgecon_work", st)
	return float64(rcond)
}

// Zpocon estimates the reciprocal of the condition number, in the 1-norm,
// of the n×n Hermitian positive definite matrix A from its Zpotrf
// factorization, using LAPACK's zpocon. It is gonum's Dpocon for complex
// data.
//
// a holds Zpotrf's factor in its ul triangle and is not modified. anorm is
// the 1-norm of the original A. The result is 1/(‖A‖₁ * ‖A⁻¹‖₁) with
// ‖A⁻¹‖₁ estimated; it is 0 when anorm is 0 and 1 when n is 0.
//
// work must have length at least 2*n and rwork at least n.
//
// Zpocon panics if ul is not blas.Upper or blas.Lower, n < 0,
// lda < max(1,n), anorm < 0, or a slice is too short.
//
// It runs in LAPACKE's column-major path on conj(A) (see Zpotrf), whose
// 1-norm condition number is A's.
func (Implementation) Zpocon(ul blas.Uplo, n int, a []complex128, lda int, anorm float64, work []complex128, rwork []float64) float64 {
	switch {
	case ul != blas.Upper && ul != blas.Lower:
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
	case len(work) < 2*n:
		panic(shortWork)
	case len(rwork) < n:
		panic(drvShortRWork)
	}
	var rcond C.double
	cn, clda := lint(n), lint(lda)
	s := enter(len(a))
	st := C.LAPACKE_zpocon_work(C.LAPACK_COL_MAJOR, transUplo(ul), cn, c128(a), clda, C.double(anorm), &rcond, c128(work), f64(rwork))
	nativecall.Exit(s)
	status("LAPACKE_zpocon_work", st)
	return float64(rcond)
}

// Ztrcon estimates the reciprocal of the condition number of the n×n
// complex triangular matrix A in the 1-norm (norm == lapack.MaxColumnSum) or
// the infinity norm (norm == lapack.MaxRowSum), using LAPACK's ztrcon. It is
// gonum's Dtrcon for complex data.
//
// a holds the ul triangle of A (with diag == blas.Unit the diagonal is taken
// as ones) and is not modified. The result is 1/(‖A‖ * ‖A⁻¹‖) with ‖A⁻¹‖
// estimated; it is 1 when n is 0.
//
// work must have length at least 2*n and rwork at least n.
//
// Ztrcon panics if norm is not MaxColumnSum or MaxRowSum, ul is not
// blas.Upper or blas.Lower, diag is not blas.NonUnit or blas.Unit, n < 0,
// lda < max(1,n), or a slice is too short.
//
// A row-major triangle is the transposed opposite triangle in column-major
// order, and the 1-norm of a matrix is the infinity norm of its transpose,
// so LAPACKE's column-major path runs with both flags swapped and no copy.
func (Implementation) Ztrcon(norm lapack.MatrixNorm, ul blas.Uplo, diag blas.Diag, n int, a []complex128, lda int, work []complex128, rwork []float64) float64 {
	switch {
	case norm != lapack.MaxColumnSum && norm != lapack.MaxRowSum:
		panic(badNorm)
	case ul != blas.Upper && ul != blas.Lower:
		panic(badUplo)
	case diag != blas.NonUnit && diag != blas.Unit:
		panic(badDiag)
	case n < 0:
		panic(nLT0)
	case lda < max(1, n):
		panic(badLdA)
	}
	if n == 0 {
		return 1
	}
	switch {
	case len(a) < (n-1)*lda+n:
		panic(shortA)
	case len(work) < 2*n:
		panic(shortWork)
	case len(rwork) < n:
		panic(drvShortRWork)
	}
	cnorm := C.char(lapack.MaxRowSum)
	if norm == lapack.MaxRowSum {
		cnorm = C.char(lapack.MaxColumnSum)
	}
	var rcond C.double
	cn, clda := lint(n), lint(lda)
	s := enter(len(a))
	st := C.LAPACKE_ztrcon_work(C.LAPACK_COL_MAJOR, cnorm, transUplo(ul), C.char(diag), cn, c128(a), clda, &rcond, c128(work), f64(rwork))
	nativecall.Exit(s)
	status("LAPACKE_ztrcon_work", st)
	return float64(rcond)
}
