package lapacke

// Real singular value decomposition by divide and conquer (dgesdd),
// scipy.linalg.svd's default lapack_driver.

/*
#cgo noescape LAPACKE_dgesdd_work
#cgo nocallback LAPACKE_dgesdd_work
#include <lapacke.h>
*/
import "C"

import (
	"gonum.org/v1/gonum/lapack"

	"github.com/goscipy/goscipy/internal/nativecall"
)

// drvSVDShape holds the validated shape facts of a ?gesdd call: which of U
// and Vᵀ are wanted, and their row-major sizes.
type drvSVDShape struct {
	minmn, mx        int
	wantU, wantVT    bool
	uRows, uCols     int
	vtRows, vtCols   int
	overwrite, wideO bool // jobz == SVDOverwrite, and then m < n
}

// drvGesddCheck validates ?gesdd's arguments in gonum's order up to the
// leading dimensions and returns the shape facts.
func drvGesddCheck(jobz lapack.SVDJob, m, n, lda, ldu, ldvt int) drvSVDShape {
	switch jobz {
	case lapack.SVDAll, lapack.SVDStore, lapack.SVDOverwrite, lapack.SVDNone:
	default:
		panic(badSVDJob)
	}
	sh := drvSVDShape{minmn: min(m, n), mx: max(m, n), overwrite: jobz == lapack.SVDOverwrite}
	sh.wideO = sh.overwrite && m < n
	switch jobz {
	case lapack.SVDAll:
		sh.wantU, sh.uRows, sh.uCols = true, m, m
		sh.wantVT, sh.vtRows, sh.vtCols = true, n, n
	case lapack.SVDStore:
		sh.wantU, sh.uRows, sh.uCols = true, m, sh.minmn
		sh.wantVT, sh.vtRows, sh.vtCols = true, sh.minmn, n
	case lapack.SVDOverwrite:
		// The factor that does not fit in a is returned separately.
		if m < n {
			sh.wantU, sh.uRows, sh.uCols = true, m, m
		} else {
			sh.wantVT, sh.vtRows, sh.vtCols = true, n, n
		}
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
	}
	return sh
}

// check panics if a, s, u or vt is too short for the shape.
func (sh drvSVDShape) check(m, n, lda, ldu, ldvt, la, ls, lu, lvt int) {
	switch {
	case la < (m-1)*lda+n:
		panic(shortA)
	case ls < sh.minmn:
		panic(shortS)
	case sh.wantU && lu < (sh.uRows-1)*ldu+sh.uCols:
		panic(shortU)
	case sh.wantVT && lvt < (sh.vtRows-1)*ldvt+sh.vtCols:
		panic(shortVT)
	}
}

// drvGesddMinWork is dgesdd's documented minimal lwork for min(m,n) >= 1.
func drvGesddMinWork(jobz lapack.SVDJob, mn, mx int) int {
	switch jobz {
	case lapack.SVDNone:
		return 3*mn + max(mx, 7*mn)
	case lapack.SVDOverwrite:
		return 3*mn + max(mx, 5*mn*mn+4*mn)
	case lapack.SVDStore:
		return 4*mn*mn + 7*mn
	}
	return 4*mn*mn + 6*mn + mx
}

// Dgesdd computes the singular value decomposition A = U * Σ * Vᵀ of the
// m×n matrix A by divide and conquer, using LAPACK's dgesdd. It is much
// faster than Dgesvd for large matrices when singular vectors are wanted.
// This signature is new; it follows Dgesvd's, with LAPACK's single jobz:
//
//	jobz == lapack.SVDAll:       all m columns of U in u (m×m) and all n
//	                             rows of Vᵀ in vt (n×n);
//	jobz == lapack.SVDStore:     the first min(m,n) columns of U in u
//	                             (m×min(m,n)) and rows of Vᵀ in vt
//	                             (min(m,n)×n);
//	jobz == lapack.SVDOverwrite: if m >= n, the first n columns of U
//	                             overwrite a and Vᵀ (n×n) goes to vt; if
//	                             m < n, U (m×m) goes to u and the first m
//	                             rows of Vᵀ overwrite a;
//	jobz == lapack.SVDNone:      no singular vectors.
//
// s (length at least min(m,n)) receives the singular values in decreasing
// order. Otherwise a is destroyed. u and vt are not referenced when not
// wanted (ldu and ldvt must still be at least 1).
//
// ok is false if the divide-and-conquer iteration did not converge
// (LAPACK's info > 0).
//
// work must have length at least max(1,lwork) and lwork must be at least
// (mn = min(m,n), mx = max(m,n); 1 if mn == 0)
//
//	SVDNone:      3*mn + max(mx, 7*mn)
//	SVDOverwrite: 3*mn + max(mx, 5*mn*mn + 4*mn)
//	SVDStore:     4*mn*mn + 7*mn
//	SVDAll:       4*mn*mn + 6*mn + mx
//
// or -1, in which case Dgesdd only stores LAPACK's optimal lwork in work[0].
// iwork must have length at least 8*mn; it is workspace handed to LAPACK
// without a copy.
//
// Dgesdd panics if jobz is invalid, m or n is negative, a leading dimension
// is too small, lwork is invalid, or a slice is too short.
//
// For SVDAll, SVDStore and SVDNone, Dgesdd calls LAPACKE's column-major path
// on Aᵀ = V * Σ * Uᵀ, which is the row-major A in the same memory, with the
// roles of u and vt exchanged: the column-major U and Vᵀ of Aᵀ are then the
// row-major Vᵀ and U of A. That needs no copies, and it also avoids
// LAPACKE's row-major dgesdd, which rejects ldvt < n for SVDNone
// (Reference-LAPACK/lapack#1125; workaround 2 in workarounds.go).
// SVDOverwrite keeps LAPACK's m >= n convention only on the row-major path,
// which Dgesdd therefore uses for it, passing ldvt raised to n when vt is
// not referenced (m < n) for the same reason.
func (Implementation) Dgesdd(jobz lapack.SVDJob, m, n int, a []float64, lda int, s, u []float64, ldu int, vt []float64, ldvt int, work []float64, lwork int, iwork []int) (ok bool) {
	sh := drvGesddCheck(jobz, m, n, lda, ldu, ldvt)
	minwork := 1
	if sh.minmn > 0 {
		minwork = drvGesddMinWork(jobz, sh.minmn, sh.mx)
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
	var pa, ps, pu, pvt *C.double
	if lwork != -1 {
		sh.check(m, n, lda, ldu, ldvt, len(a), len(s), len(u), len(vt))
		if len(iwork) < 8*sh.minmn {
			panic(shortIWork)
		}
		pa, ps, pu, pvt = f64(a), f64(s), f64(u), f64(vt)
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
		info = C.LAPACKE_dgesdd_work(rowMajor, C.char(jobz), cm, cn, pa, clda, ps, pu, cldu, pvt, cldvt, f64(work), clwork, intScratch(iwork))
	} else {
		info = C.LAPACKE_dgesdd_work(C.LAPACK_COL_MAJOR, C.char(jobz), cn, cm, pa, clda, ps, pvt, cldvt, pu, cldu, f64(work), clwork, intScratch(iwork))
	}
	nativecall.Exit(sem)
	if lwork == -1 && work[0] < float64(minwork) {
		// LAPACK's answer is path-specific and can be below the documented
		// minimum enforced above (square SVDAll); a query must always
		// return a size the call then accepts.
		work[0] = float64(minwork)
	}
	return status("LAPACKE_dgesdd_work", info) == 0
}
