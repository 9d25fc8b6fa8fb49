package lapacke

/*
#include <lapacke.h>
#cgo noescape LAPACKE_dlange_work
#cgo nocallback LAPACKE_dlange_work
#cgo noescape LAPACKE_dlansy_work
#cgo nocallback LAPACKE_dlansy_work
#cgo noescape LAPACKE_dlantr_work
#cgo nocallback LAPACKE_dlantr_work
*/
import "C"

import (
	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/lapack"

	"github.com/goscipy/goscipy/internal/nativecall"
)

// The norms are computed on the column-major reading of the caller's memory,
// which is Aᵀ: the max-abs and Frobenius norms are the same for Aᵀ, and the
// 1-norm and ∞-norm swap. LAPACKE's own row-major path does this flip too,
// but for Dlange it allocates a work array per call; here the caller's work
// is used and nothing is copied.

// Dlange returns the norm of the m×n general matrix A: lapack.MaxAbs (largest
// absolute element), MaxColumnSum (1-norm), MaxRowSum (∞-norm) or Frobenius.
// It uses LAPACKE_dlange_work (column-major on Aᵀ with the norm flipped).
// work must have length at least n for MaxColumnSum and is not used
// otherwise. It panics with gonum's messages on invalid arguments (including
// gonum's "bad leading dimension of A" for a short a).
func (Implementation) Dlange(norm lapack.MatrixNorm, m, n int, a []float64, lda int, work []float64) float64 {
	switch {
	case norm != lapack.MaxRowSum && norm != lapack.MaxColumnSum && norm != lapack.Frobenius && norm != lapack.MaxAbs:
		panic(badNorm)
	case m < 0:
		panic(mLT0)
	case n < 0:
		panic(nLT0)
	case lda < max(1, n):
		panic(badLdA)
	}
	if m == 0 || n == 0 {
		return 0
	}
	switch {
	case len(a) < (m-1)*lda+n:
		panic(badLdA)
	case norm == lapack.MaxColumnSum && len(work) < n:
		panic(shortWork)
	}
	cm, cn, clda := lint(m), lint(n), lint(lda)
	s := enter(len(a))
	v := C.LAPACKE_dlange_work(colMajor, transNorm(norm), cn, cm, f64(a), clda, f64(work))
	nativecall.Exit(s)
	return float64(v)
}

// Dlansy returns the norm (as for Dlange; the 1-norm and ∞-norm coincide) of
// the n×n symmetric matrix A whose uplo triangle is stored in a, using
// LAPACKE_dlansy_work (column-major with the triangle swapped, no copy). work
// must have length at least n for MaxColumnSum and MaxRowSum. It panics with
// gonum's messages on invalid arguments.
func (Implementation) Dlansy(norm lapack.MatrixNorm, uplo blas.Uplo, n int, a []float64, lda int, work []float64) float64 {
	switch {
	case norm != lapack.MaxRowSum && norm != lapack.MaxColumnSum && norm != lapack.Frobenius && norm != lapack.MaxAbs:
		panic(badNorm)
	case uplo != blas.Upper && uplo != blas.Lower:
		panic(badUplo)
	case n < 0:
		panic(nLT0)
	case lda < max(1, n):
		panic(badLdA)
	}
	if n == 0 {
		return 0
	}
	switch {
	case len(a) < (n-1)*lda+n:
		panic(shortA)
	case (norm == lapack.MaxColumnSum || norm == lapack.MaxRowSum) && len(work) < n:
		panic(shortWork)
	}
	cn, clda := lint(n), lint(lda)
	s := enter(len(a))
	v := C.LAPACKE_dlansy_work(colMajor, C.char(norm), transUplo(uplo), cn, f64(a), clda, f64(work))
	nativecall.Exit(s)
	return float64(v)
}

// Dlantr returns the norm (as for Dlange) of the m×n upper or lower
// trapezoidal matrix A, with a unit diagonal if diag is Unit, using
// LAPACKE_dlantr_work (column-major on Aᵀ with the norm and triangle flipped,
// no copy). work must have length at least n for MaxColumnSum. It panics
// with gonum's messages on invalid arguments.
func (Implementation) Dlantr(norm lapack.MatrixNorm, uplo blas.Uplo, diag blas.Diag, m, n int, a []float64, lda int, work []float64) float64 {
	switch {
	case norm != lapack.MaxRowSum && norm != lapack.MaxColumnSum && norm != lapack.Frobenius && norm != lapack.MaxAbs:
		panic(badNorm)
	case uplo != blas.Upper && uplo != blas.Lower:
		panic(badUplo)
	case diag != blas.Unit && diag != blas.NonUnit:
		panic(badDiag)
	case m < 0:
		panic(mLT0)
	case n < 0:
		panic(nLT0)
	case lda < max(1, n):
		panic(badLdA)
	}
	if min(m, n) == 0 {
		return 0
	}
	switch {
	case len(a) < (m-1)*lda+n:
		panic(shortA)
	case norm == lapack.MaxColumnSum && len(work) < n:
		panic(shortWork)
	}
	cm, cn, clda := lint(m), lint(n), lint(lda)
	s := enter(len(a))
	v := C.LAPACKE_dlantr_work(colMajor, transNorm(norm), transUplo(uplo), C.char(diag), cn, cm, f64(a), clda, f64(work))
	nativecall.Exit(s)
	return float64(v)
}
