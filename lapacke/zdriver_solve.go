package lapacke

// Complex linear-system drivers: general (zgesv), Hermitian positive
// definite (zposv), Hermitian indefinite (zhesv) and complex symmetric
// (zsysv).

/*
#cgo noescape LAPACKE_zgesv_work
#cgo nocallback LAPACKE_zgesv_work
#cgo noescape LAPACKE_zposv_work
#cgo nocallback LAPACKE_zposv_work
#cgo noescape LAPACKE_zhesv_work
#cgo nocallback LAPACKE_zhesv_work
#cgo noescape LAPACKE_zsysv_work
#cgo nocallback LAPACKE_zsysv_work
#include <lapacke.h>
*/
import "C"

import (
	"gonum.org/v1/gonum/blas"

	"github.com/goscipy/goscipy/internal/nativecall"
)

// Zgesv solves A * X = B for an n×n general complex matrix A and n×nrhs
// matrices X and B, using LAPACK's zgesv (LU factorization with partial
// pivoting, A = P*L*U, then two triangular solves). It is gonum's Dgesv for
// complex data.
//
// On return, a holds L (unit diagonal not stored) and U, ipiv (length n)
// holds the 0-based pivots (row i was interchanged with row ipiv[i]), and, if
// ok, b holds X. ok is false if U is exactly singular; the factorization is
// then complete but X is not computed. If n or nrhs is zero, Zgesv returns
// true without referencing the slices, as gonum's Dgesv does.
//
// Zgesv panics if n < 0, nrhs < 0, lda < max(1,n), ldb < max(1,nrhs), a or
// b is too short, or len(ipiv) != n.
func (Implementation) Zgesv(n, nrhs int, a []complex128, lda int, ipiv []int, b []complex128, ldb int) (ok bool) {
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
		panic(shortA)
	case len(ipiv) != n:
		panic(badLenIpiv)
	case len(b) < (n-1)*ldb+nrhs:
		panic(shortB)
	}
	p := make([]C.lapack_int, n)
	cn, cnrhs, clda, cldb := lint(n), lint(nrhs), lint(lda), lint(ldb)
	s := enter(len(a))
	st := C.LAPACKE_zgesv_work(rowMajor, cn, cnrhs, c128(a), clda, ip(p), c128(b), cldb)
	nativecall.Exit(s)
	info := status("LAPACKE_zgesv_work", st)
	intsFrom(ipiv, p, 1)
	return info == 0
}

// zdrvColB returns conj(B) for the n×nrhs row-major matrix b in column-major
// storage with leading dimension n, and whether it is a copy; a single
// contiguous right-hand side is conjugated in place instead. The Hermitian
// drivers solve conj(A) * conj(X) = conj(B), because a row-major Hermitian
// triangle is the opposite column-major triangle of conj(A).
func zdrvColB(b []complex128, n, nrhs, ldb int) (bc []complex128, copied bool) {
	if nrhs == 1 && ldb == 1 {
		bc = b[:n]
		zdrvConj(bc, 1, n, 1)
		return bc, false
	}
	bc = make([]complex128, n*nrhs)
	zdrvConjColFromRow(bc, n, b, ldb, n, nrhs)
	return bc, true
}

// zdrvRowB undoes zdrvColB: it stores conj(bc) back into b.
func zdrvRowB(b, bc []complex128, n, nrhs, ldb int, copied bool) {
	if !copied {
		zdrvConj(bc, 1, n, 1)
		return
	}
	zdrvConjRowFromCol(b, ldb, bc, n, n, nrhs)
}

// Zposv solves A * X = B for an n×n Hermitian positive definite matrix A and
// n×nrhs matrices X and B, using LAPACK's zposv (Cholesky factorization and
// two triangular solves).
//
// On entry, a holds the ul triangle of A (the other triangle is not
// referenced; the imaginary parts of the diagonal are taken as zero). On
// return, if ok, it holds the Cholesky factor: U with A = Uᴴ*U if
// ul == blas.Upper, or L with A = L*Lᴴ if ul == blas.Lower, as Zpotrf
// returns it. On entry b holds B; on return, if ok, it holds X.
//
// ok is false if A is not positive definite; the factorization is then
// incomplete and b is unchanged. If n or nrhs is zero, Zposv returns true
// without referencing the slices, as gonum's Dgesv does.
//
// Zposv panics if ul is not blas.Upper or blas.Lower, n < 0, nrhs < 0,
// lda < max(1,n), ldb < max(1,nrhs), or a or b is too short.
//
// The row-major ul triangle of A is, in the same memory, the opposite
// column-major triangle of conj(A), so A is factorized in place through
// LAPACKE's column-major path (the factor of conj(A) read row-major is the
// factor of A) and the solve runs on conj(B); only B is copied.
func (Implementation) Zposv(ul blas.Uplo, n, nrhs int, a []complex128, lda int, b []complex128, ldb int) (ok bool) {
	if checkUploSolve(ul, n, nrhs, lda, ldb, len(a), len(b)) {
		return true
	}
	bc, copied := zdrvColB(b, n, nrhs, ldb)
	cn, cnrhs, clda := lint(n), lint(nrhs), lint(lda)
	s := enter(len(a))
	st := C.LAPACKE_zposv_work(C.LAPACK_COL_MAJOR, transUplo(ul), cn, cnrhs, c128(a), clda, c128(bc), cn)
	nativecall.Exit(s)
	info := status("LAPACKE_zposv_work", st)
	if info == 0 || !copied {
		// On failure b is untouched by LAPACK; an in-place conjugation
		// must still be undone.
		zdrvRowB(b, bc, n, nrhs, ldb, copied)
	}
	return info == 0
}

// Zhesv solves A * X = B for an n×n Hermitian (possibly indefinite) matrix A
// and n×nrhs matrices X and B, using LAPACK's zhesv: the Bunch-Kaufman
// factorization A = U*D*Uᴴ (ul == blas.Upper) or A = L*D*Lᴴ
// (ul == blas.Lower), D Hermitian block diagonal with 1×1 and 2×2 blocks,
// followed by a solve.
//
// On return, if n > 0 and nrhs > 0, a holds D and the multipliers as
// Zhetrf describes, and ipiv (length n) the pivots in the encoding described
// at Dsytrf; if ok, b holds X. ok is false if D is exactly singular; the
// factorization is then complete but X is not computed.
//
// work must have length at least max(1,lwork) and lwork must be at least 1
// or -1. If lwork is -1, Zhesv only stores LAPACK's optimal lwork in work[0].
// If n or nrhs is zero, Zhesv sets work[0] = 1 and returns true, as gonum's
// Dgesv does.
//
// Zhesv panics if ul is not blas.Upper or blas.Lower, n < 0, nrhs < 0,
// lda < max(1,n), ldb < max(1,nrhs), lwork is invalid, or a slice is too
// short (len(ipiv) must equal n).
func (Implementation) Zhesv(ul blas.Uplo, n, nrhs int, a []complex128, lda int, ipiv []int, b []complex128, ldb int, work []complex128, lwork int) (ok bool) {
	return zdrvSysv(true, ul, n, nrhs, a, lda, ipiv, b, ldb, work, lwork)
}

// Zsysv solves A * X = B for an n×n complex symmetric (A = Aᵀ, not
// Hermitian) matrix A and n×nrhs matrices X and B, using LAPACK's zsysv: the
// Bunch-Kaufman factorization A = U*D*Uᵀ or A = L*D*Lᵀ followed by a solve.
//
// Arguments, results and panics are as for Zhesv, with transposes in place
// of conjugate transposes; a holds the factorization as Zsytrf describes.
func (Implementation) Zsysv(ul blas.Uplo, n, nrhs int, a []complex128, lda int, ipiv []int, b []complex128, ldb int, work []complex128, lwork int) (ok bool) {
	return zdrvSysv(false, ul, n, nrhs, a, lda, ipiv, b, ldb, work, lwork)
}

// zdrvSysv is Zhesv (herm) and Zsysv (!herm). Both go through LAPACKE's
// row-major path so that the stored factorization is the one LAPACK
// documents for this matrix; the column-major path on the transposed
// triangle would factorize with the opposite pivot order.
func zdrvSysv(herm bool, ul blas.Uplo, n, nrhs int, a []complex128, lda int, ipiv []int, b []complex128, ldb int, work []complex128, lwork int) bool {
	checkSysv(ul, n, nrhs, lda, ldb, lwork, len(work))
	if n == 0 || nrhs == 0 {
		work[0] = 1
		return true
	}
	var pa, pb *C.lapack_complex_double
	var pp *C.lapack_int
	var p []C.lapack_int
	if lwork != -1 {
		switch {
		case len(a) < (n-1)*lda+n:
			panic(shortA)
		case len(ipiv) != n:
			panic(badLenIpiv)
		case len(b) < (n-1)*ldb+nrhs:
			panic(shortB)
		}
		p = make([]C.lapack_int, n)
		pa, pb, pp = c128(a), c128(b), &p[0]
	}
	var st C.lapack_int
	cn, cnrhs, clda, cldb, clwork := lint(n), lint(nrhs), lint(lda), lint(ldb), lint(lwork)
	s := enter(len(a))
	if herm {
		st = C.LAPACKE_zhesv_work(rowMajor, C.char(ul), cn, cnrhs, pa, clda, pp, pb, cldb, c128(work), clwork)
	} else {
		st = C.LAPACKE_zsysv_work(rowMajor, C.char(ul), cn, cnrhs, pa, clda, pp, pb, cldb, c128(work), clwork)
	}
	nativecall.Exit(s)
	info := status(routineName(herm, "LAPACKE_zhesv_work", "LAPACKE_zsysv_work"), st)
	if lwork == -1 {
		return true
	}
	drvSymPivOut(ipiv, p)
	return info == 0
}
