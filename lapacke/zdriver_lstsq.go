package lapacke

// Complex least-squares drivers for rank-deficient problems: zgelsd, zgelsy
// and zgelss, the complex lapack_driver choices of scipy.linalg.lstsq.

/*
#cgo noescape LAPACKE_zgelsd_work
#cgo nocallback LAPACKE_zgelsd_work
#cgo noescape LAPACKE_zgelsy_work
#cgo nocallback LAPACKE_zgelsy_work
#cgo noescape LAPACKE_zgelss_work
#cgo nocallback LAPACKE_zgelss_work
#include <lapacke.h>
*/
import "C"

import "github.com/goscipy/goscipy/internal/nativecall"

// zdrvGelsdSizes returns zgelsd's minimal lwork, lrwork and liwork for
// min(m,n) >= 1, as LAPACK 3.11 computes them.
func zdrvGelsdSizes(m, n, nrhs int) (lwork, lrwork, liwork int) {
	mn := min(m, n)
	nlvl := drvNlvl(mn)
	s := drvSmlsiz
	if m >= n {
		mm := m
		if m >= drvMnthr(m, n) {
			mm = n
		}
		lwork = max(2*n+mm, 2*n+n*nrhs)
	} else {
		lwork = max(2*m+n, 2*m+m*nrhs)
	}
	lrwork = 10*mn + 2*mn*s + 8*mn*nlvl + 3*s*nrhs + max((s+1)*(s+1), n*(1+nrhs)+2*nrhs)
	liwork = 3*mn*nlvl + 11*mn
	return lwork, lrwork, liwork
}

// Zgelsd is Dgelsd for complex data (LAPACK's zgelsd): it computes the
// minimum-norm solution of minimize ‖B - A*X‖₂ for an m×n complex A of any
// rank, using a divide-and-conquer SVD. a is destroyed; b is
// max(m,n)×nrhs and returns X in its first n rows; s (length min(m,n))
// receives the singular values; rcond, rank and ok are as for Dgelsd.
//
// nrhs may be zero, as for Dgelsd.
//
// With mn = min(m,n) and SMLSIZ, NLVL as at Dgelsd, lwork must be at least
// max(2*mn + max(m,n), 2*mn + mn*nrhs) (when m >= int(1.6*n), LAPACK's QR
// crossover, 3*n may replace 2*n + m) or -1; rwork must have length at least
// 10*mn + 2*mn*SMLSIZ + 8*mn*NLVL + 3*SMLSIZ*nrhs +
// max((SMLSIZ+1)², n*(1+nrhs) + 2*nrhs), and iwork at least
// 3*mn*NLVL + 11*mn. If lwork is -1, Zgelsd only stores LAPACK's optimal
// lwork in work[0], its minimal rwork length in rwork[0] and its minimal
// iwork length in iwork[0] (each slice must have length at least 1). For an
// empty A all three answers are 1. In these formulas nrhs stands for
// max(nrhs,1).
//
// LAPACK 3.11's zgelsd overruns work for some lwork when n is much larger
// than m (Reference-LAPACK/lapack#1037); Zgelsd then hands LAPACK a smaller
// lwork, or for some sizes a temporary buffer, so that any lwork accepted
// here is safe (workaround 11 in workarounds.go).
//
// Zgelsd panics if m, n or nrhs is negative, lda < max(1,n),
// ldb < max(1,nrhs), lwork is invalid, or a slice is too short.
func (Implementation) Zgelsd(m, n, nrhs int, a []complex128, lda int, b []complex128, ldb int, s []float64, rcond float64, work []complex128, lwork int, rwork []float64, iwork []int) (rank int, ok bool) {
	mn, mx := min(m, n), max(m, n)
	minwork, lrwork, liwork := 1, 1, 1
	if mn > 0 {
		minwork, lrwork, liwork = zdrvGelsdSizes(m, n, max(nrhs, 1))
	}
	drvLstsqCheck(m, n, nrhs, lda, ldb, lwork, minwork, len(work))
	if lwork == -1 {
		switch {
		case len(rwork) < 1:
			panic(drvShortRWork)
		case len(iwork) < 1:
			panic(shortIWork)
		}
	}
	if mn == 0 {
		work[0] = 1
		if lwork == -1 {
			rwork[0], iwork[0] = 1, 1
		}
		return 0, true
	}
	var r C.lapack_int
	if lwork == -1 {
		cm, cn, cnrhs, clda, cldb := lint(m), lint(n), lint(max(nrhs, 1)), lint(lda), lint(ldb)
		sem := enter(len(a))
		info := C.LAPACKE_zgelsd_work(rowMajor, cm, cn, cnrhs, nil, clda, nil, cldb, nil, C.double(rcond), &r, c128(work), -1, f64(rwork), intScratch(iwork))
		nativecall.Exit(sem)
		status("LAPACKE_zgelsd_work", info)
		iworkAnswer(iwork)
		return 0, true
	}
	switch {
	case len(a) < (m-1)*lda+n:
		panic(shortA)
	case len(b) < (mx-1)*ldb+nrhs:
		panic(shortB)
	case len(s) < mn:
		panic(shortS)
	case len(rwork) < lrwork:
		panic(drvShortRWork)
	case len(iwork) < liwork:
		panic(shortIWork)
	}
	nrhs, b, ldb = nrhsZero(nrhs, b, ldb, mx)
	w, lw := zgelsdWork(m, n, nrhs, work, lwork)
	cm, cn, cnrhs, clda, cldb, clw := lint(m), lint(n), lint(nrhs), lint(lda), lint(ldb), lint(lw)
	sem := enter(len(a))
	info := C.LAPACKE_zgelsd_work(rowMajor, cm, cn, cnrhs, c128(a), clda, c128(b), cldb, f64(s), C.double(rcond), &r, c128(w), clw, f64(rwork), intScratch(iwork))
	nativecall.Exit(sem)
	work[0] = w[0]
	return int(r), status("LAPACKE_zgelsd_work", info) == 0
}

// Zgelsy is Dgelsy for complex data (LAPACK's zgelsy): the minimum-norm
// least-squares solution through a complete orthogonal factorization with
// column pivoting. Arguments, jpvt's convention, results and panics are as
// for Dgelsy, except that lwork must be at least mn + max(2*mn, n+1, mn+nrhs)
// (mn = min(m,n); 1 for an empty problem) or -1, and rwork must have length
// at least 2*n.
func (Implementation) Zgelsy(m, n, nrhs int, a []complex128, lda int, b []complex128, ldb int, jpvt []int, rcond float64, work []complex128, lwork int, rwork []float64) (rank int) {
	mn, mx := min(m, n), max(m, n)
	minwork := 1
	if mn > 0 && nrhs > 0 {
		minwork = mn + max(2*mn, n+1, mn+nrhs)
	}
	drvLstsqCheck(m, n, nrhs, lda, ldb, lwork, minwork, len(work))
	if mn == 0 || nrhs == 0 {
		work[0] = 1
		return 0
	}
	var r C.lapack_int
	if lwork == -1 {
		cm, cn, cnrhs, clda, cldb := lint(m), lint(n), lint(nrhs), lint(lda), lint(ldb)
		sem := enter(len(a))
		info := C.LAPACKE_zgelsy_work(rowMajor, cm, cn, cnrhs, nil, clda, nil, cldb, nil, C.double(rcond), &r, c128(work), -1, nil)
		nativecall.Exit(sem)
		status("LAPACKE_zgelsy_work", info)
		return 0
	}
	switch {
	case len(a) < (m-1)*lda+n:
		panic(shortA)
	case len(b) < (mx-1)*ldb+nrhs:
		panic(shortB)
	case len(jpvt) != n:
		panic(badLenJpvt)
	case len(rwork) < 2*n:
		panic(drvShortRWork)
	}
	p := jpvtIn(jpvt)
	cm, cn, cnrhs, clda, cldb, clwork := lint(m), lint(n), lint(nrhs), lint(lda), lint(ldb), lint(lwork)
	sem := enter(len(a))
	info := C.LAPACKE_zgelsy_work(rowMajor, cm, cn, cnrhs, c128(a), clda, c128(b), cldb, ip(p), C.double(rcond), &r, c128(work), clwork, f64(rwork))
	nativecall.Exit(sem)
	status("LAPACKE_zgelsy_work", info)
	intsFrom(jpvt, p, 1)
	return int(r)
}

// Zgelss is Dgelss for complex data (LAPACK's zgelss): the minimum-norm
// least-squares solution through the SVD. On return a is overwritten (with
// the right singular vectors, rows of Vᴴ, in its first rows when m >= n, as
// for Dgelss); b, s, rcond, rank, ok,
// nrhs == 0 and panics are as for Dgelss. lwork must be at least
// 2*mn + max(nrhs, max(m,n)) (mn = min(m,n); 1 for an empty A) or -1, and
// rwork must have length at least 5*mn.
func (Implementation) Zgelss(m, n, nrhs int, a []complex128, lda int, b []complex128, ldb int, s []float64, rcond float64, work []complex128, lwork int, rwork []float64) (rank int, ok bool) {
	mn, mx := min(m, n), max(m, n)
	minwork := 1
	if mn > 0 {
		minwork = 2*mn + max(nrhs, mx)
	}
	drvLstsqCheck(m, n, nrhs, lda, ldb, lwork, minwork, len(work))
	if mn == 0 {
		work[0] = 1
		return 0, true
	}
	var r C.lapack_int
	if lwork == -1 {
		cm, cn, cnrhs, clda, cldb := lint(m), lint(n), lint(max(nrhs, 1)), lint(lda), lint(ldb)
		sem := enter(len(a))
		info := C.LAPACKE_zgelss_work(rowMajor, cm, cn, cnrhs, nil, clda, nil, cldb, nil, C.double(rcond), &r, c128(work), -1, nil)
		nativecall.Exit(sem)
		status("LAPACKE_zgelss_work", info)
		return 0, true
	}
	switch {
	case len(a) < (m-1)*lda+n:
		panic(shortA)
	case len(b) < (mx-1)*ldb+nrhs:
		panic(shortB)
	case len(s) < mn:
		panic(shortS)
	case len(rwork) < 5*mn:
		panic(drvShortRWork)
	}
	nrhs, b, ldb = nrhsZero(nrhs, b, ldb, mx)
	cm, cn, cnrhs, clda, cldb, clwork := lint(m), lint(n), lint(nrhs), lint(lda), lint(ldb), lint(lwork)
	sem := enter(len(a))
	info := C.LAPACKE_zgelss_work(rowMajor, cm, cn, cnrhs, c128(a), clda, c128(b), cldb, f64(s), C.double(rcond), &r, c128(work), clwork, f64(rwork))
	nativecall.Exit(sem)
	return int(r), status("LAPACKE_zgelss_work", info) == 0
}
