package lapacke

// Complex LU and Cholesky factorizations, solves and inverses, and the
// triangular inverse: gonum's Dgetrf, Dgetrs, Dgetri, Dpotrf, Dpotrs, Dpotri
// and Dtrtri for complex128.

/*
#cgo noescape LAPACKE_zgetrf_work
#cgo nocallback LAPACKE_zgetrf_work
#cgo noescape LAPACKE_zgetrs_work
#cgo nocallback LAPACKE_zgetrs_work
#cgo noescape LAPACKE_zgetri_work
#cgo nocallback LAPACKE_zgetri_work
#cgo noescape LAPACKE_zpotrf_work
#cgo nocallback LAPACKE_zpotrf_work
#cgo noescape LAPACKE_zpotrs_work
#cgo nocallback LAPACKE_zpotrs_work
#cgo noescape LAPACKE_zpotri_work
#cgo nocallback LAPACKE_zpotri_work
#cgo noescape LAPACKE_ztrtri_work
#cgo nocallback LAPACKE_ztrtri_work
#include <lapacke.h>
*/
import "C"

import (
	"gonum.org/v1/gonum/blas"

	"github.com/goscipy/goscipy/internal/nativecall"
)

// Zgetrf computes the LU factorization of the m×n complex matrix A with
// partial pivoting, A = P*L*U, using LAPACK's zgetrf. It is gonum's Dgetrf
// for complex data.
//
// On return a holds L (unit lower trapezoidal, its diagonal not stored) and
// U (upper trapezoidal). ipiv, of length min(m,n), receives the 0-based
// pivots: row i was interchanged with row ipiv[i], in order.
//
// ok is false if some U(i,i) is exactly zero, that is, A is singular; the
// factorization is still complete.
//
// Zgetrf panics if m < 0, n < 0, lda < max(1,n), a is too short or
// len(ipiv) != min(m,n).
func (Implementation) Zgetrf(m, n int, a []complex128, lda int, ipiv []int) (ok bool) {
	if checkGetrf(m, n, lda, len(a), len(ipiv)) {
		return true
	}
	mn := min(m, n)
	p := make([]C.lapack_int, mn)
	cm, cn, clda := lint(m), lint(n), lint(lda)
	s := enter(len(a))
	st := C.LAPACKE_zgetrf_work(rowMajor, cm, cn, c128(a), clda, ip(p))
	nativecall.Exit(s)
	info := status("LAPACKE_zgetrf_work", st)
	intsFrom(ipiv, p, 1)
	return info == 0
}

// Zgetrs solves op(A) * X = B for X, where the n×n matrix A has been
// factorized by Zgetrf, op(A) is A, Aᵀ or Aᴴ as trans is blas.NoTrans,
// blas.Trans or blas.ConjTrans, and B and X are n×nrhs. It uses LAPACK's
// zgetrs and is gonum's Dgetrs for complex data.
//
// a and ipiv are Zgetrf's results and are not modified; on return b holds X.
// An exactly singular U gives infinities or NaNs in X, as in LAPACK.
//
// Zgetrs panics if trans is not one of the three values, n < 0, nrhs < 0,
// lda < max(1,n), ldb < max(1,nrhs), a or b is too short, len(ipiv) != n, or
// a pivot is outside [0,n).
func (Implementation) Zgetrs(trans blas.Transpose, n, nrhs int, a []complex128, lda int, ipiv []int, b []complex128, ldb int) {
	switch {
	case trans != blas.NoTrans && trans != blas.Trans && trans != blas.ConjTrans:
		panic(badTrans)
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
		return
	}
	switch {
	case len(a) < (n-1)*lda+n:
		panic(shortA)
	case len(b) < (n-1)*ldb+nrhs:
		panic(shortB)
	case len(ipiv) != n:
		panic(badLenIpiv)
	}
	p := pivotsIn(ipiv, n)
	cn, cnrhs, clda, cldb := lint(n), lint(nrhs), lint(lda), lint(ldb)
	s := enter(len(a))
	st := C.LAPACKE_zgetrs_work(rowMajor, C.char(trans), cn, cnrhs, c128(a), clda, ip(p), c128(b), cldb)
	nativecall.Exit(s)
	status("LAPACKE_zgetrs_work", st)
}

// Zgetri computes the inverse of the n×n matrix A from its Zgetrf
// factorization, using LAPACK's zgetri. It is gonum's Dgetri for complex
// data.
//
// On entry a and ipiv hold Zgetrf's results; on return, if ok, a holds A⁻¹.
// ok is false if A is exactly singular; then a is unchanged.
//
// work must have length at least max(1,lwork) and lwork must be at least
// max(1,n) or -1. If lwork is -1, Zgetri only stores LAPACK's optimal lwork
// in work[0].
//
// Zgetri panics if n < 0, lda < max(1,n), lwork is invalid, a or work is too
// short, len(ipiv) != n, or a pivot is outside [0,n).
func (Implementation) Zgetri(n int, a []complex128, lda int, ipiv []int, work []complex128, lwork int) (ok bool) {
	switch {
	case n < 0:
		panic(nLT0)
	case lda < max(1, n):
		panic(badLdA)
	case lwork < max(1, n) && lwork != -1:
		panic(badLWork)
	case len(work) < max(1, lwork):
		panic(shortWork)
	}
	if n == 0 {
		work[0] = 1
		return true
	}
	if lwork == -1 {
		cn, clda := lint(n), lint(lda)
		s := enter(len(a))
		st := C.LAPACKE_zgetri_work(rowMajor, cn, nil, clda, nil, c128(work), -1)
		nativecall.Exit(s)
		status("LAPACKE_zgetri_work", st)
		return true
	}
	switch {
	case len(a) < (n-1)*lda+n:
		panic(shortA)
	case len(ipiv) != n:
		panic(badLenIpiv)
	}
	p := pivotsIn(ipiv, n)
	cn, clda, clwork := lint(n), lint(lda), lint(lwork)
	s := enter(len(a))
	st := C.LAPACKE_zgetri_work(rowMajor, cn, c128(a), clda, ip(p), c128(work), clwork)
	nativecall.Exit(s)
	info := status("LAPACKE_zgetri_work", st)
	return info == 0
}

// Zpotrf computes the Cholesky factorization of the n×n Hermitian positive
// definite matrix A, using LAPACK's zpotrf: A = Uᴴ*U if ul == blas.Upper, or
// A = L*Lᴴ if ul == blas.Lower. It is gonum's Dpotrf for complex data.
//
// On entry a holds the ul triangle of A (the other triangle is not
// referenced); on return it holds U or L. ok is false if A is not positive
// definite; the factorization is then incomplete.
//
// Zpotrf panics if ul is not blas.Upper or blas.Lower, n < 0,
// lda < max(1,n) or a is too short.
//
// The row-major ul triangle of A is the opposite column-major triangle of
// conj(A) in the same memory, and the Cholesky factor of conj(A) read that
// way is the factor of A, so LAPACKE's column-major path runs in place.
func (Implementation) Zpotrf(ul blas.Uplo, n int, a []complex128, lda int) (ok bool) {
	if checkUploSquare(ul, n, lda, len(a)) {
		return true
	}
	cn, clda := lint(n), lint(lda)
	s := enter(len(a))
	st := C.LAPACKE_zpotrf_work(C.LAPACK_COL_MAJOR, transUplo(ul), cn, c128(a), clda)
	nativecall.Exit(s)
	info := status("LAPACKE_zpotrf_work", st)
	return info == 0
}

// Zpotrs solves A * X = B for X, where the n×n Hermitian positive definite
// matrix A has been factorized by Zpotrf and B and X are n×nrhs, using
// LAPACK's zpotrs. It is gonum's Dpotrs for complex data.
//
// a holds Zpotrf's factor (ul as passed to Zpotrf) and is not modified; on
// return b holds X.
//
// Zpotrs panics if ul is not blas.Upper or blas.Lower, n < 0, nrhs < 0,
// lda < max(1,n), ldb < max(1,nrhs), or a or b is too short.
//
// It runs in LAPACKE's column-major path on conj(A) (see Zpotrf) and
// conj(B); only B is copied.
func (Implementation) Zpotrs(ul blas.Uplo, n, nrhs int, a []complex128, lda int, b []complex128, ldb int) {
	if checkUploSolve(ul, n, nrhs, lda, ldb, len(a), len(b)) {
		return
	}
	bc, copied := zdrvColB(b, n, nrhs, ldb)
	cn, cnrhs, clda := lint(n), lint(nrhs), lint(lda)
	s := enter(len(a))
	st := C.LAPACKE_zpotrs_work(C.LAPACK_COL_MAJOR, transUplo(ul), cn, cnrhs, c128(a), clda, c128(bc), cn)
	nativecall.Exit(s)
	status("LAPACKE_zpotrs_work", st)
	zdrvRowB(b, bc, n, nrhs, ldb, copied)
}

// Zpotri computes the inverse of the n×n Hermitian positive definite matrix
// A from its Zpotrf factorization, using LAPACK's zpotri. It is gonum's
// Dpotri for complex data.
//
// On entry a holds Zpotrf's factor in its ul triangle; on return, if ok, that
// triangle holds the same triangle of A⁻¹. ok is false if a diagonal element
// of the factor is exactly zero; the inverse is then not computed.
//
// Zpotri panics if ul is not blas.Upper or blas.Lower, n < 0,
// lda < max(1,n) or a is too short.
//
// It runs in place in LAPACKE's column-major path on conj(A) (see Zpotrf):
// the inverse of conj(A) is conj(A⁻¹), and the opposite triangle of a
// Hermitian matrix's conjugate is the triangle itself.
func (Implementation) Zpotri(ul blas.Uplo, n int, a []complex128, lda int) (ok bool) {
	if checkUploSquare(ul, n, lda, len(a)) {
		return true
	}
	cn, clda := lint(n), lint(lda)
	s := enter(len(a))
	st := C.LAPACKE_zpotri_work(C.LAPACK_COL_MAJOR, transUplo(ul), cn, c128(a), clda)
	nativecall.Exit(s)
	info := status("LAPACKE_zpotri_work", st)
	return info == 0
}

// Ztrtri computes the inverse of the n×n complex triangular matrix A, using
// LAPACK's ztrtri. It is gonum's Dtrtri for complex data.
//
// a holds the ul triangle of A (the other triangle is not referenced; with
// diag == blas.Unit neither is the diagonal, which is taken as ones). On
// return, if ok, it holds the same triangle of A⁻¹. ok is false if A is
// exactly singular (some A(i,i) is zero); a is then unchanged.
//
// Ztrtri panics if ul is not blas.Upper or blas.Lower, diag is not
// blas.NonUnit or blas.Unit, n < 0, lda < max(1,n) or a is too short.
//
// A row-major triangular matrix is the transposed, opposite-triangle
// column-major matrix in the same memory, and inv(Aᵀ) = inv(A)ᵀ, so
// LAPACKE's column-major path runs in place.
func (Implementation) Ztrtri(ul blas.Uplo, diag blas.Diag, n int, a []complex128, lda int) (ok bool) {
	switch {
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
		return true
	}
	if len(a) < (n-1)*lda+n {
		panic(shortA)
	}
	cn, clda := lint(n), lint(lda)
	s := enter(len(a))
	st := C.LAPACKE_ztrtri_work(C.LAPACK_COL_MAJOR, transUplo(ul), C.char(diag), cn, c128(a), clda)
	nativecall.Exit(s)
	info := status("LAPACKE_ztrtri_work", st)
	return info == 0
}
