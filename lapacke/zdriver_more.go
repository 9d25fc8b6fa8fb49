package lapacke

// The complex symmetric solve after Zsytrf, the reciprocal condition number
// estimates after Zhetrf and Zsytrf (zhecon, zsycon), which
// scipy.linalg.solve calls for assume_a "her" and "sym", and the Hermitian
// QR-algorithm eigensolver zheev (scipy.linalg.eigh's driver "ev").

/*
#cgo noescape LAPACKE_zsytrs_work
#cgo nocallback LAPACKE_zsytrs_work
#cgo noescape LAPACKE_zhecon_work
#cgo nocallback LAPACKE_zhecon_work
#cgo noescape LAPACKE_zsycon_work
#cgo nocallback LAPACKE_zsycon_work
#cgo noescape LAPACKE_zheev_work
#cgo nocallback LAPACKE_zheev_work
#include <lapacke.h>
*/
import "C"

import (
	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/lapack"

	"github.com/goscipy/goscipy/internal/nativecall"
)

// Zsytrs solves A * X = B for X, where the n×n complex symmetric matrix A
// has been factorized by Zsytrf with the same ul and B and X are n×nrhs,
// using LAPACK's zsytrs.
//
// a and ipiv are Zsytrf's results and are not modified; on return b holds
// X. Panics are as for Dsytrs.
func (Implementation) Zsytrs(ul blas.Uplo, n, nrhs int, a []complex128, lda int, ipiv []int, b []complex128, ldb int) {
	if checkSytrs(ul, n, nrhs, lda, ldb, len(a), ipiv, len(b)) {
		return
	}
	p := drvSymPivIn(ipiv)
	cn, cnrhs, clda, cldb := lint(n), lint(nrhs), lint(lda), lint(ldb)
	s := enter(len(a))
	st := C.LAPACKE_zsytrs_work(rowMajor, C.char(ul), cn, cnrhs, c128(a), clda, ip(p), c128(b), cldb)
	nativecall.Exit(s)
	status("LAPACKE_zsytrs_work", st)
}

// Zhecon estimates the reciprocal of the condition number, in the 1-norm,
// of the n×n Hermitian matrix A from its Zhetrf factorization, using
// LAPACK's zhecon.
//
// a and ipiv are Zhetrf's results (same ul) and are not modified. anorm is
// the 1-norm of the original A. The result is 1/(‖A‖₁ * ‖A⁻¹‖₁) with
// ‖A⁻¹‖₁ estimated; it is 0 when anorm is 0 or D is exactly singular, and 1
// when n is 0.
//
// work must have length at least 2*n.
//
// Zhecon panics if ul is not blas.Upper or blas.Lower, n < 0,
// lda < max(1,n), anorm < 0, a or work is too short, or ipiv is not a valid
// Zhetrf pivot vector of length n.
func (Implementation) Zhecon(ul blas.Uplo, n int, a []complex128, lda int, ipiv []int, anorm float64, work []complex128) float64 {
	return zdrvSycon(true, ul, n, a, lda, ipiv, anorm, work)
}

// Zsycon estimates the reciprocal of the condition number, in the 1-norm,
// of the n×n complex symmetric matrix A from its Zsytrf factorization,
// using LAPACK's zsycon. Arguments, result and panics are as for Zhecon.
func (Implementation) Zsycon(ul blas.Uplo, n int, a []complex128, lda int, ipiv []int, anorm float64, work []complex128) float64 {
	return zdrvSycon(false, ul, n, a, lda, ipiv, anorm, work)
}

// zdrvSycon is Zhecon (herm) and Zsycon (!herm). They go through LAPACKE's
// row-major path, as Zhetrf and Zsytrf do, so that LAPACK sees the
// factorization it produced.
func zdrvSycon(herm bool, ul blas.Uplo, n int, a []complex128, lda int, ipiv []int, anorm float64, work []complex128) float64 {
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
	case len(ipiv) != n:
		panic(badLenIpiv)
	case len(work) < 2*n:
		panic(shortWork)
	}
	drvCheckSymPiv(ul, ipiv, n)
	p := drvSymPivIn(ipiv)
	var rcond C.double
	var st C.lapack_int
	cn, clda := lint(n), lint(lda)
	s := enter(len(a))
	if herm {
		st = C.LAPACKE_zhecon_work(rowMajor, C.char(ul), cn, c128(a), clda, ip(p), C.double(anorm), &rcond, c128(work))
	} else {
		st = C.LAPACKE_zsycon_work(rowMajor, C.char(ul), cn, c128(a), clda, ip(p), C.double(anorm), &rcond, c128(work))
	}
	nativecall.Exit(s)
	status(routineName(herm, "LAPACKE_zhecon_work", "LAPACKE_zsycon_work"), st)
	return float64(rcond)
}

// Zheev computes all eigenvalues and, optionally, eigenvectors of the n×n
// Hermitian matrix A by the QR algorithm, using LAPACK's zheev. a, w, jobz,
// ul and ok are as for Dsyevd, with unitary eigenvectors; the imaginary
// parts of A's diagonal are taken as zero.
//
// work must have length at least max(1,lwork) and lwork must be at least
// max(1,2*n-1) or -1, in which case Zheev only stores LAPACK's optimal lwork
// in work[0]. rwork must have length at least max(1,3*n-2).
//
// Zheev panics if jobz or ul is invalid, n < 0, lda < max(1,n), lwork is
// invalid, or a slice is too short.
//
// It runs on conj(A) in LAPACKE's column-major path, in place, and the
// eigenvectors are then conjugate-transposed in place (see Zheevd).
func (Implementation) Zheev(jobz lapack.EVJob, ul blas.Uplo, n int, a []complex128, lda int, w []float64, work []complex128, lwork int, rwork []float64) (ok bool) {
	wantz := checkEigSym(jobz, ul, n, lda)
	query := lwork == -1
	drvWorkCheck(query, lwork, max(1, 2*n-1), len(work), badLWork, shortWork)
	if n == 0 {
		work[0] = 1
		return true
	}
	if query {
		cn, clda := lint(n), lint(lda)
		s := enter(len(a))
		info := C.LAPACKE_zheev_work(C.LAPACK_COL_MAJOR, C.char(jobz), transUplo(ul), cn, nil, clda, nil, c128(work), -1, nil)
		nativecall.Exit(s)
		status("LAPACKE_zheev_work", info)
		return true
	}
	switch {
	case len(a) < (n-1)*lda+n:
		panic(shortA)
	case len(w) < n:
		panic(shortW)
	case len(rwork) < max(1, 3*n-2):
		panic(drvShortRWork)
	}
	cn, clda, clwork := lint(n), lint(lda), lint(lwork)
	s := enter(len(a))
	info := C.LAPACKE_zheev_work(C.LAPACK_COL_MAJOR, C.char(jobz), transUplo(ul), cn, c128(a), clda, f64(w), c128(work), clwork, f64(rwork))
	nativecall.Exit(s)
	ok = status("LAPACKE_zheev_work", info) == 0
	if ok && wantz {
		zdrvConjTransposeSquare(a, n, lda)
	}
	return ok
}
