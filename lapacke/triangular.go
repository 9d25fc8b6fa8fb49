package lapacke

/*
#include <lapacke.h>
#cgo noescape LAPACKE_dtrtri_work
#cgo nocallback LAPACKE_dtrtri_work
#cgo noescape LAPACKE_dtrtrs_work
#cgo nocallback LAPACKE_dtrtrs_work
#cgo noescape LAPACKE_dtrcon_work
#cgo nocallback LAPACKE_dtrcon_work
#cgo noescape LAPACKE_dlauum_work
#cgo nocallback LAPACKE_dlauum_work
*/
import "C"

import (
	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/lapack"

	"github.com/goscipy/goscipy/internal/nativecall"
)

// A row-major triangular matrix read column-major is its transpose, with the
// other triangle: (A⁻¹)ᵀ = (Aᵀ)⁻¹, op(A) = op'(Aᵀ) with the operation
// flipped, and the 1-norm of A is the ∞-norm of Aᵀ. These routines therefore
// call LAPACKE with LAPACK_COL_MAJOR on the caller's memory, with no copy of A.

// Dtrtri computes the inverse of the n×n triangular matrix A in place, using
// LAPACKE_dtrtri_work (column-major on Aᵀ, no copy). diag Unit means the
// diagonal is taken as ones and not referenced. It returns false, leaving a
// unchanged, if diag is NonUnit and a diagonal element is exactly zero. It
// panics with gonum's messages on invalid arguments.
func (Implementation) Dtrtri(uplo blas.Uplo, diag blas.Diag, n int, a []float64, lda int) (ok bool) {
	switch {
	case uplo != blas.Upper && uplo != blas.Lower:
		panic(badUplo)
	case diag != blas.NonUnit && diag != blas.Unit:
		panic(badDiag)
	case n < 0:
		panic(nLT0)
	case lda < max(1, n):
		panic(badLdA)
	}
	if n == 0 {
		return true
	}
	if len(a) < (n-1)*lda+n {
		panic(shortA)
	}
	cn, clda := lint(n), lint(lda)
	s := enter(len(a))
	info := C.LAPACKE_dtrtri_work(colMajor, transUplo(uplo), C.char(diag), cn, f64(a), clda)
	nativecall.Exit(s)
	return status("LAPACKE_dtrtri_work", info) == 0
}

// Dtrtrs solves A * X = B or Aᵀ * X = B (trans Trans or ConjTrans) for the
// n×n triangular A, using LAPACKE_dtrtrs_work (column-major on Aᵀ with the
// operation transposed; A is not copied, B, n×nrhs and overwritten by X, is
// transposed into a buffer and back unless it is one contiguous column).
//
// It returns false, without solving, if diag is NonUnit and a diagonal
// element of A is exactly zero. It panics with gonum's messages on invalid
// arguments.
func (Implementation) Dtrtrs(uplo blas.Uplo, trans blas.Transpose, diag blas.Diag, n, nrhs int, a []float64, lda int, b []float64, ldb int) (ok bool) {
	switch {
	case uplo != blas.Upper && uplo != blas.Lower:
		panic(badUplo)
	case trans != blas.NoTrans && trans != blas.Trans && trans != blas.ConjTrans:
		panic(badTrans)
	case diag != blas.NonUnit && diag != blas.Unit:
		panic(badDiag)
	case n < 0:
		panic(nLT0)
	case nrhs < 0:
		panic(nrhsLT0)
	case lda < max(1, n):
		panic(badLdA)
	case ldb < max(1, nrhs):
		panic(badLdB)
	}
	if n == 0 {
		return true
	}
	switch {
	case len(a) < (n-1)*lda+n:
		panic(shortA)
	case len(b) < (n-1)*ldb+nrhs:
		panic(shortB)
	}
	cn, cnrhs, clda := lint(n), lint(nrhs), lint(lda)
	rhs := newColMajorRHS(n, nrhs, b, ldb)
	pb := f64(rhs.buf)
	s := enter(len(a))
	info := C.LAPACKE_dtrtrs_work(colMajor, transUplo(uplo), transTrans(trans), C.char(diag), cn, cnrhs, f64(a), clda, pb, cn)
	nativecall.Exit(s)
	ok = status("LAPACKE_dtrtrs_work", info) == 0
	rhs.store()
	return ok
}

// Dtrcon estimates the reciprocal condition number of the n×n triangular A
// in the 1-norm (norm MaxColumnSum) or ∞-norm (MaxRowSum), using
// LAPACKE_dtrcon_work (column-major on Aᵀ with the norm flipped, no copy).
// work (length ≥ 3*n) and iwork (length ≥ n) are scratch. It panics with
// gonum's messages on invalid arguments.
func (Implementation) Dtrcon(norm lapack.MatrixNorm, uplo blas.Uplo, diag blas.Diag, n int, a []float64, lda int, work []float64, iwork []int) float64 {
	switch {
	case norm != lapack.MaxColumnSum && norm != lapack.MaxRowSum:
		panic(badNorm)
	case uplo != blas.Upper && uplo != blas.Lower:
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
	case len(work) < 3*n:
		panic(shortWork)
	case len(iwork) < n:
		panic(shortIWork)
	}
	cn, clda := lint(n), lint(lda)
	var rcond C.double
	iw := intScratch(iwork)
	s := enter(len(a))
	info := C.LAPACKE_dtrcon_work(colMajor, transNorm(norm), transUplo(uplo), C.char(diag), cn, f64(a), clda, &rcond, f64(work), iw)
	nativecall.Exit(s)
	status("LAPACKE_dtrcon_work", info)
	return float64(rcond)
}

// Dlauum computes U * Uᵀ (uplo Upper) or Lᵀ * L (uplo Lower), where U or L
// is the triangle of a, and overwrites that triangle with the same triangle
// of the symmetric result. It uses LAPACKE_dlauum_work (column-major on the
// transposed triangle, which computes the same product, no copy). It panics
// with gonum's messages on invalid arguments.
func (Implementation) Dlauum(uplo blas.Uplo, n int, a []float64, lda int) {
	switch {
	case uplo != blas.Upper && uplo != blas.Lower:
		panic(badUplo)
	case n < 0:
		panic(nLT0)
	case lda < max(1, n):
		panic(badLdA)
	}
	if n == 0 {
		return
	}
	if len(a) < (n-1)*lda+n {
		panic(shortA)
	}
	cn, clda := lint(n), lint(lda)
	s := enter(len(a))
	info := C.LAPACKE_dlauum_work(colMajor, transUplo(uplo), cn, f64(a), clda)
	nativecall.Exit(s)
	status("LAPACKE_dlauum_work", info)
}
