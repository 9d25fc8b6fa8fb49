package lapacke

// Complex singular value decompositions: divide and conquer (zgesdd) and QR
// iteration (zgesvd), the two lapack_driver choices of scipy.linalg.svd.

/*
#cgo noescape LAPACKE_zgesdd_work
#cgo nocallback LAPACKE_zgesdd_work
#cgo noescape LAPACKE_zgesvd_work
#cgo nocallback LAPACKE_zgesvd_work
#include <lapacke.h>
*/
import "C"

import (
	"gonum.org/v1/gonum/lapack"

	"github.com/goscipy/goscipy/internal/nativecall"
)

// zdrvGesddMinWork returns zgesdd's documented minimal lwork and lrwork for
// min(m,n) >= 1.
func zdrvGesddMinWork(jobz lapack.SVDJob, mn, mx int) (lwork, lrwork int) {
	switch jobz {
	case lapack.SVDNone:
		return 2*mn + mx, 5 * mn
	case lapack.SVDOverwrite:
		lwork = 2*mn*mn + 2*mn + mx
	case lapack.SVDStore:
		lwork = mn*mn + 3*mn
	default:
		lwork = mn*mn + 2*mn + mx
	}
	// zgesdd's "mx >> mn" is mx >= int(mn*17/9).
	lrwork = 5*mn*mn + 5*mn
	if mx < int(float64(mn)*17/9) {
		lrwork = max(lrwork, 2*mx*mn+2*mn*mn+mn)
	}
	return lwork, lrwork
}

// Zgesdd computes the singular value decomposition A = U * Σ * Vᴴ of the
// m×n complex matrix A by divide and conquer, using LAPACK's zgesdd. jobz,
// a, s, u, vt, ok and the layout choices are as for Dgesdd, with Vᴴ in
// place of Vᵀ.
//
// work must have length at least max(1,lwork) and lwork must be at least
// (mn = min(m,n), mx = max(m,n); 1 if mn == 0)
//
//	SVDNone:      2*mn + mx
//	SVDOverwrite: 2*mn*mn + 2*mn + mx
//	SVDStore:     mn*mn + 3*mn
//	SVDAll:       mn*mn + 2*mn + mx
//
// or -1, in which case Zgesdd only stores LAPACK's optimal lwork in work[0].
// rwork must have length at least 5*mn for SVDNone and otherwise
// 5*mn*mn + 5*mn, or max(5*mn*mn + 5*mn, 2*mx*mn + 2*mn*mn + mn) when
// mx < int(mn*17/9). iwork must have length at least 8*mn.
//
// Zgesdd panics if jobz is invalid, m or n is negative, a leading dimension
// is too small, lwork is invalid, or a slice is too short.
func (Implementation) Zgesdd(jobz lapack.SVDJob, m, n int, a []complex128, lda int, s []float64, u []complex128, ldu int, vt []complex128, ldvt int, work []complex128, lwork int, rwork []float64, iwork []int) (ok bool) {
	sh := drvGesddCheck(jobz, m, n, lda, ldu, ldvt)
	minwork, lrwork := 1, 1
	if sh.minmn > 0 {
		minwork, lrwork = zdrvGesddMinWork(jobz, sh.minmn, sh.mx)
	}
	switch {
	case lwork < minwork && lwork != -1:
		panic(badLWork)
	case len(work) < max(1, lwork):
		panic(shortWork)
	}
	if sh.minmn == 0 {
		work[0] = 1
		return true
	}
	var pa, pu, pvt *C.lapack_complex_double
	var ps *C.double
	if lwork != -1 {
		sh.check(m, n, lda, ldu, ldvt, len(a), len(s), len(u), len(vt))
		switch {
		case len(rwork) < lrwork:
			panic(drvShortRWork)
		case len(iwork) < 8*sh.minmn:
			panic(shortIWork)
		}
		pa, ps, pu, pvt = c128(a), f64(s), c128(u), c128(vt)
	}
	ldvtC := ldvt
	if sh.overwrite && !sh.wantVT {
		ldvtC = lapackeLd(ldvt, n) // workaround 2 in workarounds.go
	}
	overwrite := sh.overwrite
	cm, cn, clda, cldu, cldvt, clwork := lint(m), lint(n), lint(lda), lint(ldu), lint(ldvtC), lint(lwork)
	var info C.lapack_int
	sem := enter(len(a))
	if overwrite {
		info = C.LAPACKE_zgesdd_work(rowMajor, C.char(jobz), cm, cn, pa, clda, ps, pu, cldu, pvt, cldvt, c128(work), clwork, f64(rwork), intScratch(iwork))
	} else {
		// Aᵀ = conj(V) * Σ * Uᵀ: its column-major U and Vᴴ are the
		// row-major Vᴴ and U of A.
		info = C.LAPACKE_zgesdd_work(C.LAPACK_COL_MAJOR, C.char(jobz), cn, cm, pa, clda, ps, pvt, cldvt, pu, cldu, c128(work), clwork, f64(rwork), intScratch(iwork))
	}
	nativecall.Exit(sem)
	if lwork == -1 && real(work[0]) < float64(minwork) {
		// LAPACK's answer is path-specific and can be below the documented
		// minimum enforced above (square SVDAll); a query must always
		// return a size the call then accepts.
		work[0] = complex(float64(minwork), 0)
	}
	return status("LAPACKE_zgesdd_work", info) == 0
}

// Zgesvd computes the singular value decomposition A = U * Σ * Vᴴ of the
// m×n complex matrix A by QR iteration, using LAPACK's zgesvd. It is gonum's
// Dgesvd for complex data, except that, as in LAPACK, one of jobU and jobVT
// may be lapack.SVDOverwrite:
//
//	jobU == lapack.SVDAll:       all m columns of U in u (m×m)
//	jobU == lapack.SVDStore:     the first min(m,n) columns of U in u
//	                             (m×min(m,n))
//	jobU == lapack.SVDOverwrite: the first min(m,n) columns of U overwrite
//	                             the first min(m,n) columns of a
//	jobU == lapack.SVDNone:      no left singular vectors
//
// and likewise for jobVT and the rows of Vᴴ (n×n or min(m,n)×n in vt, or the
// first min(m,n) rows of a). s (length at least min(m,n)) receives the
// singular values in decreasing order; otherwise a is destroyed. u and vt
// are not referenced when not wanted (ldu and ldvt must still be at least 1).
//
// ok is false if the QR iteration did not converge (LAPACK's info > 0).
//
// work must have length at least max(1,lwork) and lwork must be at least
// 2*min(m,n) + max(m,n) (1 if min(m,n) == 0) or -1, in which case Zgesvd
// only stores LAPACK's optimal lwork in work[0]. rwork must have length at
// least 5*min(m,n).
//
// Zgesvd panics if a job is invalid or both are SVDOverwrite, m or n is
// negative, a leading dimension is too small, lwork is invalid, or a slice
// is too short.
//
// Zgesvd calls LAPACKE's column-major path on Aᵀ (the row-major A in the
// same memory) with the jobs and the roles of u and vt exchanged, exactly
// as for Dgesdd; that needs no copies and covers SVDOverwrite too, because
// LAPACK overwrites rows of Aᵀ where it would overwrite columns of A.
func (Implementation) Zgesvd(jobU, jobVT lapack.SVDJob, m, n int, a []complex128, lda int, s []float64, u []complex128, ldu int, vt []complex128, ldvt int, work []complex128, lwork int, rwork []float64) (ok bool) {
	valid := func(j lapack.SVDJob) bool {
		return j == lapack.SVDAll || j == lapack.SVDStore || j == lapack.SVDOverwrite || j == lapack.SVDNone
	}
	switch {
	case !valid(jobU), !valid(jobVT):
		panic(badSVDJob)
	case jobU == lapack.SVDOverwrite && jobVT == lapack.SVDOverwrite:
		panic(bothSVDOver)
	}
	minmn := min(m, n)
	sh := drvSVDShape{minmn: minmn, mx: max(m, n)}
	switch jobU {
	case lapack.SVDAll:
		sh.wantU, sh.uRows, sh.uCols = true, m, m
	case lapack.SVDStore:
		sh.wantU, sh.uRows, sh.uCols = true, m, minmn
	}
	switch jobVT {
	case lapack.SVDAll:
		sh.wantVT, sh.vtRows, sh.vtCols = true, n, n
	case lapack.SVDStore:
		sh.wantVT, sh.vtRows, sh.vtCols = true, minmn, n
	}
	minwork := 1
	if minmn > 0 {
		minwork = 2*minmn + sh.mx
	}
	switch {
	case m < 0:
		panic(mLT0)
	case n < 0:
		panic(nLT0)
	case lda < max(1, n):
		panic(badLdA)
	case ldu < 1 || (sh.wantU && ldu < sh.uCols):
		panic(badLdU)
	case ldvt < 1 || (sh.wantVT && ldvt < sh.vtCols):
		panic(badLdVT)
	case lwork < minwork && lwork != -1:
		panic(badLWork)
	case len(work) < max(1, lwork):
		panic(shortWork)
	}
	if minmn == 0 {
		work[0] = 1
		return true
	}
	var pa, pu, pvt *C.lapack_complex_double
	var ps *C.double
	if lwork != -1 {
		sh.check(m, n, lda, ldu, ldvt, len(a), len(s), len(u), len(vt))
		if len(rwork) < 5*minmn {
			panic(drvShortRWork)
		}
		pa, ps, pu, pvt = c128(a), f64(s), c128(u), c128(vt)
	}
	cn, cm, clda, cldvt, cldu, clwork := lint(n), lint(m), lint(lda), lint(ldvt), lint(ldu), lint(lwork)
	sem := enter(len(a))
	info := C.LAPACKE_zgesvd_work(C.LAPACK_COL_MAJOR, C.char(jobVT), C.char(jobU), cn, cm, pa, clda, ps, pvt, cldvt, pu, cldu, c128(work), clwork, f64(rwork))
	nativecall.Exit(sem)
	return status("LAPACKE_zgesvd_work", info) == 0
}
