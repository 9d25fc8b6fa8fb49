package lapacke

/*
#include <lapacke.h>
#cgo noescape LAPACKE_dpbtrf_work
#cgo nocallback LAPACKE_dpbtrf_work
#cgo noescape LAPACKE_dpbtrs_work
#cgo nocallback LAPACKE_dpbtrs_work
#cgo noescape LAPACKE_dpbcon_work
#cgo nocallback LAPACKE_dpbcon_work
#cgo noescape LAPACKE_dtbtrs_work
#cgo nocallback LAPACKE_dtbtrs_work
*/
import "C"

import (
	"math"

	"gonum.org/v1/gonum/blas"

	"github.com/goscipy/goscipy/internal/nativecall"
)

// gonum stores a triangular band matrix row by row: with uplo Upper, row i of
// ab holds A[i, i:i+kd+1]; with Lower, A[i, i-kd:i+1] right-aligned in a row
// of length kd+1. Read column-major with leading dimension ldab, the same
// memory is LAPACK's band storage of Aᵀ with the other triangle: column i
// holds row i of A. LAPACKE's LAPACK_ROW_MAJOR band layout is something else
// (the transpose of the column-major band array), so instead of converting
// (as gonum/netlib does, one (kd+1)×n copy per call) these routines call
// LAPACKE with LAPACK_COL_MAJOR on Aᵀ. For a symmetric matrix Aᵀ = A, so only
// the triangle changes; for Dtbtrs the operation is transposed as well.

// Dpbtrf computes the Cholesky factorization of the n×n symmetric positive
// definite band matrix A with kd super- (or sub-) diagonals, stored in ab in
// gonum's band format for uplo:
//
//	A = Uᵀ * U  if uplo == blas.Upper,
//	A = L * Lᵀ  if uplo == blas.Lower.
//
// It uses LAPACKE_dpbtrf_work (column-major on the transposed band, no copy).
// On return ab holds U or L in the same format. It returns whether A is
// positive definite; if not, the factorization is incomplete. It panics with
// gonum's messages if uplo is invalid, n or kd is negative, ldab < kd+1 or
// ab is too short.
func (Implementation) Dpbtrf(uplo blas.Uplo, n, kd int, ab []float64, ldab int) (ok bool) {
	switch {
	case uplo != blas.Upper && uplo != blas.Lower:
		panic(badUplo)
	case n < 0:
		panic(nLT0)
	case kd < 0:
		panic(kdLT0)
	case ldab < kd+1:
		panic(badLdA)
	}
	if n == 0 {
		return true
	}
	if len(ab) < (n-1)*ldab+kd+1 {
		panic(shortAB)
	}
	cn, ckd, cldab := lint(n), lint(kd), lint(ldab)
	s := enter(len(ab))
	info := C.LAPACKE_dpbtrf_work(colMajor, transUplo(uplo), cn, ckd, f64(ab), cldab)
	nativecall.Exit(s)
	return status("LAPACKE_dpbtrf_work", info) == 0
}

// Dpbtrs solves A * X = B for the symmetric positive definite band matrix A
// whose Cholesky factor (from Dpbtrf) is in ab, using LAPACKE_dpbtrs_work
// (column-major on the transposed band; B, n×nrhs and overwritten by X, is
// transposed into a buffer and back unless it is one contiguous column). It
// panics with gonum's messages on invalid arguments.
func (Implementation) Dpbtrs(uplo blas.Uplo, n, kd, nrhs int, ab []float64, ldab int, b []float64, ldb int) {
	switch {
	case uplo != blas.Upper && uplo != blas.Lower:
		panic(badUplo)
	case n < 0:
		panic(nLT0)
	case kd < 0:
		panic(kdLT0)
	case nrhs < 0:
		panic(nrhsLT0)
	case ldab < kd+1:
		panic(badLdA)
	case ldb < max(1, nrhs):
		panic(badLdB)
	}
	if n == 0 || nrhs == 0 {
		return
	}
	if len(ab) < (n-1)*ldab+kd+1 {
		panic(shortAB)
	}
	if len(b) < (n-1)*ldb+nrhs {
		panic(shortB)
	}
	cn, ckd, cnrhs, cldab := lint(n), lint(kd), lint(nrhs), lint(ldab)
	rhs := newColMajorRHS(n, nrhs, b, ldb)
	pb := f64(rhs.buf)
	s := enter(len(ab))
	info := C.LAPACKE_dpbtrs_work(colMajor, transUplo(uplo), cn, ckd, cnrhs, f64(ab), cldab, pb, cn)
	nativecall.Exit(s)
	status("LAPACKE_dpbtrs_work", info)
	rhs.store()
}

// Dpbcon estimates the reciprocal of the 1-norm condition number of the
// symmetric positive definite band matrix A from its Cholesky factor (from
// Dpbtrf), using LAPACKE_dpbcon_work (column-major on the transposed band, no
// copy). anorm is the 1-norm of the original A. work (length ≥ 3*n) and
// iwork (length ≥ n) are scratch.
//
// anorm == 0 gives 0; a NaN anorm is returned as is and +Inf gives 0. It
// panics with gonum's messages on invalid arguments (a negative anorm panics
// with "lapack: bad Norm", as in gonum).
func (Implementation) Dpbcon(uplo blas.Uplo, n, kd int, ab []float64, ldab int, anorm float64, work []float64, iwork []int) (rcond float64) {
	switch {
	case uplo != blas.Upper && uplo != blas.Lower:
		panic(badUplo)
	case n < 0:
		panic(nLT0)
	case kd < 0:
		panic(kdLT0)
	case ldab < kd+1:
		panic(badLdA)
	case anorm < 0:
		panic(badNorm)
	}
	if n == 0 {
		return 1
	}
	switch {
	case len(ab) < (n-1)*ldab+kd+1:
		panic(shortAB)
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
	cn, ckd, cldab := lint(n), lint(kd), lint(ldab)
	var crcond C.double
	iw := intScratch(iwork)
	s := enter(len(ab))
	info := C.LAPACKE_dpbcon_work(colMajor, transUplo(uplo), cn, ckd, f64(ab), cldab, C.double(anorm), &crcond, f64(work), iw)
	nativecall.Exit(s)
	status("LAPACKE_dpbcon_work", info)
	return float64(crcond)
}

// Dtbtrs solves A * X = B or Aᵀ * X = B (trans Trans or ConjTrans) for the
// n×n triangular band matrix A with kd super- or sub-diagonals, stored in a
// in gonum's band format, using LAPACKE_dtbtrs_work (column-major on the
// transposed band with the operation transposed; B, n×nrhs and overwritten
// by X, is transposed into a buffer and back unless it is one contiguous
// column).
//
// It returns false, without solving, if diag is NonUnit and a diagonal
// element of A is exactly zero. It panics with gonum's messages on invalid
// arguments.
func (Implementation) Dtbtrs(uplo blas.Uplo, trans blas.Transpose, diag blas.Diag, n, kd, nrhs int, a []float64, lda int, b []float64, ldb int) (ok bool) {
	switch {
	case uplo != blas.Upper && uplo != blas.Lower:
		panic(badUplo)
	case trans != blas.NoTrans && trans != blas.Trans && trans != blas.ConjTrans:
		panic(badTrans)
	case diag != blas.NonUnit && diag != blas.Unit:
		panic(badDiag)
	case n < 0:
		panic(nLT0)
	case kd < 0:
		panic(kdLT0)
	case nrhs < 0:
		panic(nrhsLT0)
	case lda < kd+1:
		panic(badLdA)
	case ldb < max(1, nrhs):
		panic(badLdB)
	}
	if n == 0 {
		return true
	}
	switch {
	case len(a) < (n-1)*lda+kd+1:
		panic(shortA)
	case len(b) < (n-1)*ldb+nrhs:
		panic(shortB)
	}
	cn, ckd, cnrhs, clda := lint(n), lint(kd), lint(nrhs), lint(lda)
	rhs := newColMajorRHS(n, nrhs, b, ldb)
	pb := f64(rhs.buf)
	s := enter(len(a))
	info := C.LAPACKE_dtbtrs_work(colMajor, transUplo(uplo), transTrans(trans), C.char(diag), cn, ckd, cnrhs, f64(a), clda, pb, cn)
	nativecall.Exit(s)
	ok = status("LAPACKE_dtbtrs_work", info) == 0
	rhs.store()
	return ok
}
