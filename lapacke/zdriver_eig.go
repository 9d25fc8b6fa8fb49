package lapacke

// Complex eigenvalue drivers: Hermitian by divide and conquer (zheevd) and
// MRRR (zheevr), the Hermitian-definite generalized problem (zhegvd), and
// the general standard (zgeev) and generalized (zggev) problems.

/*
#cgo noescape LAPACKE_zheevd_work
#cgo nocallback LAPACKE_zheevd_work
#cgo noescape LAPACKE_zheevr_work
#cgo nocallback LAPACKE_zheevr_work
#cgo noescape LAPACKE_zhegvd_work
#cgo nocallback LAPACKE_zhegvd_work
#cgo noescape LAPACKE_zggev_work
#cgo nocallback LAPACKE_zggev_work
#cgo noescape LAPACKE_zgeev_work
#cgo nocallback LAPACKE_zgeev_work
#include <lapacke.h>
*/
import "C"

import (
	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/lapack"

	"github.com/goscipy/goscipy/internal/nativecall"
)

// zdrvEvdSizes returns the minimal lwork, lrwork and liwork of zheevd and
// zhegvd.
func zdrvEvdSizes(wantz bool, n int) (lwork, lrwork, liwork int) {
	switch {
	case n <= 1:
		return 1, 1, 1
	case wantz:
		return 2*n + n*n, 1 + 5*n + 2*n*n, 3 + 5*n
	}
	return n + 1, n, 1
}

// Zheevd computes all eigenvalues and, optionally, eigenvectors of the n×n
// Hermitian matrix A by divide and conquer, using LAPACK's zheevd. a, w,
// jobz, ul and ok are as for Dsyevd, with unitary eigenvectors.
//
// work, rwork and iwork must have lengths at least max(1,lwork),
// max(1,lrwork) and max(1,liwork); the sizes must be at least 1, 1, 1 if
// n <= 1; n+1, n, 1 for EVNone; 2*n+n², 1+5*n+2*n², 3+5*n for EVCompute. If
// any of them is -1, Zheevd only stores LAPACK's optimal sizes in work[0],
// rwork[0] and iwork[0].
//
// Zheevd panics if jobz or ul is invalid, n < 0, lda < max(1,n), a
// workspace size is invalid, or a slice is too short.
//
// The row-major ul triangle of A is the opposite column-major triangle of
// conj(A), whose eigenvectors are the conjugates of A's; LAPACKE's
// column-major path runs in place and the eigenvectors are then
// conjugate-transposed in place.
func (Implementation) Zheevd(jobz lapack.EVJob, ul blas.Uplo, n int, a []complex128, lda int, w []float64, work []complex128, lwork int, rwork []float64, lrwork int, iwork []int, liwork int) (ok bool) {
	wantz := checkEigSym(jobz, ul, n, lda)
	query := lwork == -1 || lrwork == -1 || liwork == -1
	minw, minrw, miniw := zdrvEvdSizes(wantz, n)
	drvWorkCheck(query, lwork, minw, len(work), badLWork, shortWork)
	drvWorkCheck(query, lrwork, minrw, len(rwork), drvBadLRWork, drvShortRWork)
	drvWorkCheck(query, liwork, miniw, len(iwork), drvBadLIWork, shortIWork)
	if n == 0 {
		work[0], rwork[0], iwork[0] = 1, 1, 1
		return true
	}
	if query {
		cn, clda := lint(n), lint(lda)
		s := enter(len(a))
		info := C.LAPACKE_zheevd_work(C.LAPACK_COL_MAJOR, C.char(jobz), transUplo(ul), cn, nil, clda, nil, c128(work), -1, f64(rwork), -1, intScratch(iwork), -1)
		nativecall.Exit(s)
		status("LAPACKE_zheevd_work", info)
		iworkAnswer(iwork)
		return true
	}
	switch {
	case len(a) < (n-1)*lda+n:
		panic(shortA)
	case len(w) < n:
		panic(shortW)
	}
	cn, clda, clwork, clrwork, cliwork := lint(n), lint(lda), lint(lwork), lint(lrwork), lint(liwork)
	s := enter(len(a))
	info := C.LAPACKE_zheevd_work(C.LAPACK_COL_MAJOR, C.char(jobz), transUplo(ul), cn, c128(a), clda, f64(w), c128(work), clwork, f64(rwork), clrwork, intScratch(iwork), cliwork)
	nativecall.Exit(s)
	ok = status("LAPACKE_zheevd_work", info) == 0
	if ok && wantz {
		zdrvConjTransposeSquare(a, n, lda)
	}
	return ok
}

// Zheevr computes selected eigenvalues and, optionally, eigenvectors of the
// n×n Hermitian matrix A, using LAPACK's zheevr. Arguments, results and
// panics are as for Dsyevr, with unitary eigenvectors in z; in addition
// rwork must have length at least max(1,lrwork) with lrwork >=
// max(1,24*n), and lwork must be at least max(1,2*n). If lwork, lrwork or
// liwork is -1, Zheevr only stores LAPACK's optimal sizes in work[0],
// rwork[0] and iwork[0].
//
// It runs on conj(A) in LAPACKE's column-major path, in place, and
// conjugates the eigenvectors as it transposes them into z (see Zheevd).
func (Implementation) Zheevr(jobz lapack.EVJob, rng EVRange, ul blas.Uplo, n int, a []complex128, lda int, vl, vu float64, il, iu int, abstol float64, w []float64, z []complex128, ldz int, isuppz []int, work []complex128, lwork int, rwork []float64, lrwork int, iwork []int, liwork int) (m int, ok bool) {
	ncols := drvEvrCheck(jobz, rng, ul, n, lda, vl, vu, il, iu, ldz)
	wantz := jobz == lapack.EVCompute
	query := lwork == -1 || lrwork == -1 || liwork == -1
	drvWorkCheck(query, lwork, max(1, 2*n), len(work), badLWork, shortWork)
	drvWorkCheck(query, lrwork, max(1, 24*n), len(rwork), drvBadLRWork, drvShortRWork)
	drvWorkCheck(query, liwork, max(1, 10*n), len(iwork), drvBadLIWork, shortIWork)
	if n == 0 {
		work[0], rwork[0], iwork[0] = 1, 1, 1
		return 0, true
	}
	var cm C.lapack_int
	if query {
		cn, clda, cil, ciu := lint(n), lint(lda), lint(il+1), lint(iu+1)
		s := enter(len(a))
		info := C.LAPACKE_zheevr_work(C.LAPACK_COL_MAJOR, C.char(jobz), C.char(rng), transUplo(ul), cn, nil, clda, C.double(vl), C.double(vu), cil, ciu, C.double(abstol), &cm, nil, nil, cn, nil, c128(work), -1, f64(rwork), -1, intScratch(iwork), -1)
		nativecall.Exit(s)
		status("LAPACKE_zheevr_work", info)
		iworkAnswer(iwork)
		return 0, true
	}
	switch {
	case len(a) < (n-1)*lda+n:
		panic(shortA)
	case len(w) < n:
		panic(shortW)
	case wantz && len(z) < (n-1)*ldz+ncols:
		panic(shortZ)
	case wantz && len(isuppz) < 2*ncols:
		panic(drvShortIsuppz)
	}
	var zc []complex128
	var sup []C.lapack_int
	if wantz {
		zc = make([]complex128, n*ncols)
		sup = make([]C.lapack_int, 2*ncols)
	}
	cn, clda, cil, ciu, clwork, clrwork, cliwork := lint(n), lint(lda), lint(il+1), lint(iu+1), lint(lwork), lint(lrwork), lint(liwork)
	s := enter(len(a))
	info := C.LAPACKE_zheevr_work(C.LAPACK_COL_MAJOR, C.char(jobz), C.char(rng), transUplo(ul), cn, c128(a), clda, C.double(vl), C.double(vu), cil, ciu, C.double(abstol), &cm, f64(w), c128(zc), cn, ip(sup), c128(work), clwork, f64(rwork), clrwork, intScratch(iwork), cliwork)
	nativecall.Exit(s)
	ok = status("LAPACKE_zheevr_work", info) == 0
	m = int(cm)
	if wantz {
		zdrvConjRowFromCol(z, ldz, zc, n, n, m)
		intsFrom(isuppz[:2*m], sup[:2*m], 1)
	}
	return m, ok
}

// Zhegvd computes all eigenvalues and, optionally, eigenvectors of the
// complex generalized Hermitian-definite eigenproblem (itype 1, 2 or 3 as
// for Dsygvd), using LAPACK's zhegvd. Arguments, results and panics are as
// for Dsygvd with Hermitian matrices, conjugate transposes and B = Uᴴ*U or
// L*Lᴴ; the workspaces are as for Zheevd.
//
// It runs in place on conj(A) and conj(B) through LAPACKE's column-major
// path (see Zheevd); the eigenvectors are conjugate-transposed in place.
func (Implementation) Zhegvd(itype int, jobz lapack.EVJob, ul blas.Uplo, n int, a []complex128, lda int, b []complex128, ldb int, w []float64, work []complex128, lwork int, rwork []float64, lrwork int, iwork []int, liwork int) (minor int, ok bool) {
	drvCheckItype(itype)
	wantz := checkEigSym(jobz, ul, n, lda)
	if ldb < max(1, n) {
		panic(badLdB)
	}
	query := lwork == -1 || lrwork == -1 || liwork == -1
	minw, minrw, miniw := zdrvEvdSizes(wantz, n)
	drvWorkCheck(query, lwork, minw, len(work), badLWork, shortWork)
	drvWorkCheck(query, lrwork, minrw, len(rwork), drvBadLRWork, drvShortRWork)
	drvWorkCheck(query, liwork, miniw, len(iwork), drvBadLIWork, shortIWork)
	if n == 0 {
		work[0], rwork[0], iwork[0] = 1, 1, 1
		return 0, true
	}
	if query {
		citype, cn, clda, cldb := lint(itype), lint(n), lint(lda), lint(ldb)
		s := enter(len(a))
		info := C.LAPACKE_zhegvd_work(C.LAPACK_COL_MAJOR, citype, C.char(jobz), transUplo(ul), cn, nil, clda, nil, cldb, nil, c128(work), -1, f64(rwork), -1, intScratch(iwork), -1)
		nativecall.Exit(s)
		status("LAPACKE_zhegvd_work", info)
		iworkAnswer(iwork)
		return 0, true
	}
	switch {
	case len(a) < (n-1)*lda+n:
		panic(shortA)
	case len(b) < (n-1)*ldb+n:
		panic(shortB)
	case len(w) < n:
		panic(shortW)
	}
	citype, cn, clda, cldb, clwork, clrwork, cliwork := lint(itype), lint(n), lint(lda), lint(ldb), lint(lwork), lint(lrwork), lint(liwork)
	s := enter(len(a))
	info := C.LAPACKE_zhegvd_work(C.LAPACK_COL_MAJOR, citype, C.char(jobz), transUplo(ul), cn, c128(a), clda, c128(b), cldb, f64(w), c128(work), clwork, f64(rwork), clrwork, intScratch(iwork), cliwork)
	nativecall.Exit(s)
	if minor, ok := gvdResult(status("LAPACKE_zhegvd_work", info), n); !ok {
		return minor, false
	}
	if wantz {
		zdrvConjTransposeSquare(a, n, lda)
	}
	return 0, true
}

// Zggev computes the generalized eigenvalues λ_j = alpha[j]/beta[j] and,
// optionally, the left and/or right generalized eigenvectors of the pair of
// n×n complex matrices (A, B), using LAPACK's zggev. Arguments, results and
// panics are as for Dggev, except that alpha and beta (length at least n)
// are complex, each eigenvector is column j of vl or vr, lwork must be at
// least max(1,2*n), and rwork must have length at least 8*n.
func (Implementation) Zggev(jobvl lapack.LeftEVJob, jobvr lapack.RightEVJob, n int, a []complex128, lda int, b []complex128, ldb int, alpha, beta, vl []complex128, ldvl int, vr []complex128, ldvr int, work []complex128, lwork int, rwork []float64) (first int, ok bool) {
	wantvl, wantvr := checkGgev(jobvl, jobvr, n, lda, ldb, ldvl, ldvr, lwork, max(1, 2*n), len(work))
	if n == 0 {
		work[0] = 1
		return 0, true
	}
	if lwork == -1 {
		cn, clda, cldb, cldvl, cldvr := lint(n), lint(lda), lint(ldb), lint(ldvl), lint(ldvr)
		s := enter(len(a))
		info := C.LAPACKE_zggev_work(rowMajor, C.char(jobvl), C.char(jobvr), cn, nil, clda, nil, cldb, nil, nil, nil, cldvl, nil, cldvr, c128(work), -1, nil)
		nativecall.Exit(s)
		status("LAPACKE_zggev_work", info)
		return 0, true
	}
	switch {
	case len(a) < (n-1)*lda+n:
		panic(shortA)
	case len(b) < (n-1)*ldb+n:
		panic(shortB)
	case len(alpha) < n:
		panic(drvShortAlpha)
	case len(beta) < n:
		panic(drvShortBeta)
	case wantvl && len(vl) < (n-1)*ldvl+n:
		panic(shortVL)
	case wantvr && len(vr) < (n-1)*ldvr+n:
		panic(shortVR)
	case len(rwork) < 8*n:
		panic(drvShortRWork)
	}
	cn, clda, cldb, cldvl, cldvr, clwork := lint(n), lint(lda), lint(ldb), lint(ldvl), lint(ldvr), lint(lwork)
	s := enter(len(a))
	info := C.LAPACKE_zggev_work(rowMajor, C.char(jobvl), C.char(jobvr), cn, c128(a), clda, c128(b), cldb, c128(alpha), c128(beta), c128(vl), cldvl, c128(vr), cldvr, c128(work), clwork, f64(rwork))
	nativecall.Exit(s)
	return drvGgevFirst(status("LAPACKE_zggev_work", info), n)
}

// Zgeev computes the eigenvalues and, optionally, the left and/or right
// eigenvectors of the n×n complex matrix A, using LAPACK's zgeev. It is
// gonum's Dgeev for complex data.
//
// w (length at least n) receives the eigenvalues. A right eigenvector v_j
// satisfies A*v_j = w[j]*v_j and a left one u_j satisfies
// u_jᴴ*A = w[j]*u_jᴴ; they are column j of vr and vl (n×n each, when
// wanted), normalized to Euclidean norm 1 with the largest component real.
// vl and vr are not referenced when not wanted (ldvl and ldvr must still be
// at least 1). a is destroyed.
//
// first is the index of the first converged eigenvalue: if the QR
// algorithm failed, first > 0, w[first:] holds the converged eigenvalues and
// no eigenvectors are computed; first == 0 on success.
//
// work must have length at least max(1,lwork) and lwork must be at least
// max(1,2*n) or -1, in which case Zgeev only stores LAPACK's optimal lwork
// in work[0]. rwork must have length at least 2*n.
//
// Zgeev panics if a job is invalid, n < 0, a leading dimension is too
// small, lwork is invalid, or a slice is too short.
//
// It goes through LAPACKE's row-major path (transposed copies), because QR
// on the transposed matrix would find the eigenvalues in a different order.
func (Implementation) Zgeev(jobvl lapack.LeftEVJob, jobvr lapack.RightEVJob, n int, a []complex128, lda int, w, vl []complex128, ldvl int, vr []complex128, ldvr int, work []complex128, lwork int, rwork []float64) (first int) {
	wantvl := jobvl == lapack.LeftEVCompute
	wantvr := jobvr == lapack.RightEVCompute
	switch {
	case !wantvl && jobvl != lapack.LeftEVNone:
		panic(badLeftEVJob)
	case !wantvr && jobvr != lapack.RightEVNone:
		panic(badRightEVJob)
	case n < 0:
		panic(nLT0)
	case lda < max(1, n):
		panic(badLdA)
	case ldvl < 1 || (wantvl && ldvl < n):
		panic(badLdVL)
	case ldvr < 1 || (wantvr && ldvr < n):
		panic(badLdVR)
	case lwork < max(1, 2*n) && lwork != -1:
		panic(badLWork)
	case len(work) < max(1, lwork):
		panic(shortWork)
	}
	if n == 0 {
		work[0] = 1
		return 0
	}
	cn, clda := lint(n), lint(lda)
	cldvl, cldvr := geevLeadingDims(n, ldvl, ldvr) // workaround 3 in workarounds.go
	if lwork == -1 {
		// zgeev's query writes rwork[0] (workaround 13 in workarounds.go).
		var rq C.double
		s := enter(len(a))
		info := C.LAPACKE_zgeev_work(rowMajor, C.char(jobvl), C.char(jobvr), cn, nil, clda, nil, nil, cldvl, nil, cldvr, c128(work), -1, &rq)
		nativecall.Exit(s)
		status("LAPACKE_zgeev_work", info)
		return 0
	}
	switch {
	case len(a) < (n-1)*lda+n:
		panic(shortA)
	case len(w) < n:
		panic(shortW)
	case wantvl && len(vl) < (n-1)*ldvl+n:
		panic(shortVL)
	case wantvr && len(vr) < (n-1)*ldvr+n:
		panic(shortVR)
	case len(rwork) < 2*n:
		panic(drvShortRWork)
	}
	clwork := lint(lwork)
	s := enter(len(a))
	info := C.LAPACKE_zgeev_work(rowMajor, C.char(jobvl), C.char(jobvr), cn, c128(a), clda, c128(w), c128(vl), cldvl, c128(vr), cldvr, c128(work), clwork, f64(rwork))
	nativecall.Exit(s)
	return status("LAPACKE_zgeev_work", info)
}
