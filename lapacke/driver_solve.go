package lapacke

// Real linear-system drivers beyond lapack.Float64: symmetric positive
// definite (dposv), symmetric indefinite (dsysv), general band (dgbsv) and
// symmetric positive definite band (dpbsv).

/*
#cgo noescape LAPACKE_dposv_work
#cgo nocallback LAPACKE_dposv_work
#cgo noescape LAPACKE_dsysv_work
#cgo nocallback LAPACKE_dsysv_work
#cgo noescape LAPACKE_dgbsv_work
#cgo nocallback LAPACKE_dgbsv_work
#cgo noescape LAPACKE_dpbsv_work
#cgo nocallback LAPACKE_dpbsv_work
#include <lapacke.h>
*/
import "C"

import (
	"gonum.org/v1/gonum/blas"

	"github.com/goscipy/goscipy/internal/nativecall"
)

// Dposv solves A * X = B for an n×n symmetric positive definite matrix A
// and n×nrhs matrices X and B, using LAPACK's dposv (Cholesky factorization
// followed by two triangular solves). This signature is new; it follows
// gonum's Dgesv.
//
// On entry, a holds the ul triangle of A (the other triangle is not
// referenced). On return, if ok, it holds the Cholesky factor: U with
// A = Uᵀ*U if ul == blas.Upper, or L with A = L*Lᵀ if ul == blas.Lower, as
// Dpotrf returns it. On entry b holds B; on return, if ok, it holds X.
//
// ok is false if the leading minor of some order of A is not positive, that
// is, A is not positive definite; then the factorization is incomplete and b
// is unchanged. If n or nrhs is zero, Dposv returns true without
// referencing a or b, as gonum's Dgesv does.
//
// Dposv panics if ul is not blas.Upper or blas.Lower, n < 0, nrhs < 0,
// lda < max(1,n), ldb < max(1,nrhs), or a or b is too short.
//
// A row-major triangle is the opposite column-major triangle of the same
// memory, so A is factorized in place through LAPACKE's column-major path;
// only B is copied (except when it is a single contiguous column).
func (Implementation) Dposv(ul blas.Uplo, n, nrhs int, a []float64, lda int, b []float64, ldb int) (ok bool) {
	if checkUploSolve(ul, n, nrhs, lda, ldb, len(a), len(b)) {
		return true
	}
	rhs := newColMajorRHS(n, nrhs, b, ldb)
	pb := f64(rhs.buf)
	cn, cnrhs, clda := lint(n), lint(nrhs), lint(lda)
	s := enter(len(a))
	st := C.LAPACKE_dposv_work(C.LAPACK_COL_MAJOR, transUplo(ul), cn, cnrhs, f64(a), clda, pb, cn)
	nativecall.Exit(s)
	info := status("LAPACKE_dposv_work", st)
	if info == 0 {
		rhs.store()
	}
	return info == 0
}

// Dsysv solves A * X = B for an n×n symmetric (possibly indefinite) matrix
// A and n×nrhs matrices X and B, using LAPACK's dsysv: the Bunch-Kaufman
// factorization A = U*D*Uᵀ (ul == blas.Upper) or A = L*D*Lᵀ
// (ul == blas.Lower) followed by a solve, where D is block diagonal with 1×1
// and 2×2 blocks. This signature is new; it follows gonum's Dgesv with
// LAPACK's workspace arguments.
//
// On entry, a holds the ul triangle of A; on return, if n > 0 and nrhs > 0,
// it holds D and the multipliers of U or L exactly as LAPACK's dsytrf
// describes them for this row-major matrix (see Dsytrf), and ipiv (length
// n) holds the pivots in the encoding described at Dsytrf. On entry b holds
// B; on return, if ok, it holds X.
//
// ok is false if D is exactly singular (some D(i,i) is zero); the
// factorization is then complete but X is not computed.
//
// work must have length at least max(1,lwork) and lwork must be at least 1
// or -1. If lwork is -1, Dsysv only stores LAPACK's optimal lwork in work[0].
// If n or nrhs is zero, Dsysv sets work[0] = 1 and returns true without
// referencing the other slices, as gonum's Dgesv does.
//
// Dsysv panics if ul is not blas.Upper or blas.Lower, n < 0, nrhs < 0,
// lda < max(1,n), ldb < max(1,nrhs), lwork is invalid, or a slice is too
// short (len(ipiv) must equal n).
func (Implementation) Dsysv(ul blas.Uplo, n, nrhs int, a []float64, lda int, ipiv []int, b []float64, ldb int, work []float64, lwork int) (ok bool) {
	checkSysv(ul, n, nrhs, lda, ldb, lwork, len(work))
	if n == 0 || nrhs == 0 {
		work[0] = 1
		return true
	}
	if lwork == -1 {
		cn, cnrhs, clda, cldb := lint(n), lint(nrhs), lint(lda), lint(ldb)
		s := enter(len(a))
		st := C.LAPACKE_dsysv_work(rowMajor, C.char(ul), cn, cnrhs, nil, clda, nil, nil, cldb, f64(work), -1)
		nativecall.Exit(s)
		status("LAPACKE_dsysv_work", st)
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
	cn, cnrhs, clda, cldb, clwork := lint(n), lint(nrhs), lint(lda), lint(ldb), lint(lwork)
	s := enter(len(a))
	st := C.LAPACKE_dsysv_work(rowMajor, C.char(ul), cn, cnrhs, f64(a), clda, ip(p), f64(b), cldb, f64(work), clwork)
	nativecall.Exit(s)
	info := status("LAPACKE_dsysv_work", st)
	drvSymPivOut(ipiv, p)
	return info == 0
}

// Dgbsv solves A * X = B for an n×n band matrix A with kl subdiagonals and
// ku superdiagonals and n×nrhs matrices X and B, using LAPACK's dgbsv (LU
// factorization with partial pivoting, A = P*L*U).
//
// This signature is new (gonum has no band LU). The band is stored in
// gonum's row-major band layout (the layout of blas Dgbmv) with room for the
// kl extra superdiagonals that pivoting fills in: ldab >= 2*kl+ku+1 and
// element A[i][j] with -kl <= j-i <= ku is ab[i*ldab+kl+j-i]. On entry the
// columns kl+ku+1 … 2*kl+ku of each band row are workspace and need not be
// set. On return U, which has kl+ku superdiagonals, is U[i][j] =
// ab[i*ldab+kl+j-i] for 0 <= j-i <= kl+ku, and the multipliers of L are in
// the positions j < i, as LAPACK's dgbtrf stores them (L is not the plain
// unit lower triangle because of the interleaved row interchanges). ipiv
// (length n) receives the 0-based pivots: row i was interchanged with row
// ipiv[i].
//
// On entry b holds B; on return, if ok, it holds X. ok is false if U is
// exactly singular; the factorization is then complete but X is not
// computed. If n or nrhs is zero, Dgbsv returns true without referencing
// the slices, as gonum's Dgesv does.
//
// Dgbsv panics if n, kl, ku or nrhs is negative, ldab < 2*kl+ku+1,
// ldb < max(1,nrhs), len(ab) < (n-1)*ldab+2*kl+ku+1, len(ipiv) != n or b is
// too short.
//
// LAPACK's band layout is column-major, so ab and b are copied in and out.
func (Implementation) Dgbsv(n, kl, ku, nrhs int, ab []float64, ldab int, ipiv []int, b []float64, ldb int) (ok bool) {
	w := 2*kl + ku + 1
	switch {
	case n < 0:
		panic(nLT0)
	case kl < 0:
		panic(klLT0)
	case ku < 0:
		panic(kuLT0)
	case nrhs < 0:
		panic(nrhsLT0)
	case ldab < w:
		panic(badLdA)
	case ldb < max(1, nrhs):
		panic(badLdB)
	}
	if n == 0 || nrhs == 0 {
		return true
	}
	switch {
	case len(ab) < (n-1)*ldab+w:
		panic(shortAB)
	case len(ipiv) != n:
		panic(badLenIpiv)
	case len(b) < (n-1)*ldb+nrhs:
		panic(shortB)
	}
	// LAPACK's column-major band: A(i,j) is abc[kl+ku+i-j + j*w].
	abc := make([]float64, w*n)
	for i := 0; i < n; i++ {
		for j := max(0, i-kl); j <= min(n-1, i+ku); j++ {
			abc[kl+ku+i-j+j*w] = ab[i*ldab+kl+j-i]
		}
	}
	rhs := newColMajorRHS(n, nrhs, b, ldb)
	pb := f64(rhs.buf)
	p := make([]C.lapack_int, n)
	cn, ckl, cku, cnrhs, cw := lint(n), lint(kl), lint(ku), lint(nrhs), lint(w)
	s := enter(len(abc))
	st := C.LAPACKE_dgbsv_work(C.LAPACK_COL_MAJOR, cn, ckl, cku, cnrhs, f64(abc), cw, ip(p), pb, cn)
	nativecall.Exit(s)
	info := status("LAPACKE_dgbsv_work", st)
	for i := 0; i < n; i++ {
		for j := max(0, i-kl); j <= min(n-1, i+kl+ku); j++ {
			ab[i*ldab+kl+j-i] = abc[kl+ku+i-j+j*w]
		}
	}
	intsFrom(ipiv, p, 1)
	if info == 0 {
		rhs.store()
	}
	return info == 0
}

// Dpbsv solves A * X = B for an n×n symmetric positive definite band matrix
// A with kd super- (and sub-) diagonals and n×nrhs matrices X and B, using
// LAPACK's dpbsv (band Cholesky factorization and solve). This signature is
// new; it follows gonum's Dpbtrf and Dpbtrs.
//
// ab holds the ul triangle of the band in gonum's row-major band layout, as
// Dpbtrf takes it: for ul == blas.Upper, A[i][j] (0 <= j-i <= kd) is
// ab[i*ldab+j-i]; for ul == blas.Lower, A[i][j] (0 <= i-j <= kd) is
// ab[i*ldab+kd+j-i]. On return, if ok, ab holds the Cholesky factor in the
// same layout: U with A = Uᵀ*U, or L with A = L*Lᵀ, as Dpbtrf returns it.
// On entry b holds B; on return, if ok, it holds X.
//
// ok is false if A is not positive definite; the factorization is then
// incomplete and b is unchanged. If n or nrhs is zero, Dpbsv returns true
// without referencing the slices, as gonum's Dgesv does.
//
// Dpbsv panics if ul is not blas.Upper or blas.Lower, n, kd or nrhs is
// negative, ldab < kd+1, ldb < max(1,nrhs), len(ab) < (n-1)*ldab+kd+1 or b is
// too short.
//
// gonum's row-major band of one triangle is LAPACK's column-major band of the
// other triangle in the same memory, so ab is factorized in place; only B is
// copied (except when it is a single contiguous column).
func (Implementation) Dpbsv(ul blas.Uplo, n, kd, nrhs int, ab []float64, ldab int, b []float64, ldb int) (ok bool) {
	switch {
	case ul != blas.Upper && ul != blas.Lower:
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
		return true
	}
	switch {
	case len(ab) < (n-1)*ldab+kd+1:
		panic(shortAB)
	case len(b) < (n-1)*ldb+nrhs:
		panic(shortB)
	}
	rhs := newColMajorRHS(n, nrhs, b, ldb)
	pb := f64(rhs.buf)
	cn, ckd, cnrhs, cldab := lint(n), lint(kd), lint(nrhs), lint(ldab)
	s := enter(len(ab))
	st := C.LAPACKE_dpbsv_work(C.LAPACK_COL_MAJOR, transUplo(ul), cn, ckd, cnrhs, f64(ab), cldab, pb, cn)
	nativecall.Exit(s)
	info := status("LAPACKE_dpbsv_work", st)
	if info == 0 {
		rhs.store()
	}
	return info == 0
}
