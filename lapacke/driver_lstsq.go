package lapacke

// Real least-squares drivers for rank-deficient problems: divide-and-conquer
// SVD (dgelsd), complete orthogonal factorization (dgelsy) and SVD (dgelss),
// the three lapack_driver choices of scipy.linalg.lstsq.

/*
#cgo noescape LAPACKE_dgelsd_work
#cgo nocallback LAPACKE_dgelsd_work
#cgo noescape LAPACKE_dgelsy_work
#cgo nocallback LAPACKE_dgelsy_work
#cgo noescape LAPACKE_dgelss_work
#cgo nocallback LAPACKE_dgelss_work
#include <lapacke.h>
*/
import "C"

import "github.com/goscipy/goscipy/internal/nativecall"

// drvGelsdSizes returns ?gelsd's minimal lwork (real: 12*mn + 2*mn*SMLSIZ
// + 8*mn*NLVL + mn*nrhs + (SMLSIZ+1)², the value dgelsd computes) and
// minimal liwork (3*mn*NLVL + 11*mn) for mn = min(m,n) >= 1.
func drvGelsdSizes(m, n, nrhs int) (lwork, liwork int) {
	mn := min(m, n)
	nlvl := drvNlvl(mn)
	s := drvSmlsiz
	lwork = 12*mn + 2*mn*s + 8*mn*nlvl + mn*nrhs + (s+1)*(s+1)
	liwork = 3*mn*nlvl + 11*mn
	return lwork, liwork
}

// drvLstsqCheck validates the arguments common to the least-squares drivers
// in gonum's order, up to the workspace length.
func drvLstsqCheck(m, n, nrhs, lda, ldb, lwork, minwork, lenWork int) {
	switch {
	case m < 0:
		panic(mLT0)
	case n < 0:
		panic(nLT0)
	case nrhs < 0:
		panic(nrhsLT0)
	case lda < max(1, n):
		panic(badLdA)
	case ldb < max(1, nrhs):
		panic(badLdB)
	case lwork < minwork && lwork != -1:
		panic(badLWork)
	case lenWork < max(1, lwork):
		panic(shortWork)
	}
}

// Dgelsd computes the minimum-norm solution of the linear least-squares
// problem
//
//	minimize ‖B - A*X‖₂
//
// for an m×n matrix A of any rank and the n×nrhs solution X, using the
// singular value decomposition of A computed by divide and conquer
// (LAPACK's dgelsd). It is scipy.linalg.lstsq's default driver. This
// signature is new (gonum has no SVD-based least squares).
//
// a is m×n and is destroyed. b is max(m,n)×nrhs: on entry its first m rows
// hold B; on return its first n rows hold X, and if m > n and rank == n the
// residual sum of squares of column j is the sum of squares of
// b[n:m, j]. s (length min(m,n)) receives the singular values in
// decreasing order. Singular values s[i] <= rcond*s[0] are treated as zero
// when determining the effective rank; rcond < 0 means machine precision.
//
// rank is the effective rank of A. ok is false if the SVD did not converge
// (LAPACK's info > 0); X is then not computed. If m or n is zero, Dgelsd
// returns rank 0 and true without modifying b, as LAPACK does (the
// minimum-norm solution is then zero).
//
// nrhs may be zero (then only s and rank are of interest). LAPACK's dgelsd
// rejects that in its dlalsd, so Dgelsd solves with one zero right-hand side
// instead, which gives the same s and rank (workaround 10 in
// workarounds.go); the workspace formulas below then take nrhs as 1.
//
// work must have length at least max(1,lwork), and lwork must be at least
// 12*mn + 2*mn*SMLSIZ + 8*mn*NLVL + mn*nrhs + (SMLSIZ+1)² (mn = min(m,n),
// SMLSIZ = 25 as in reference LAPACK (workaround 14),
// NLVL = max(0, int(log₂(mn/(SMLSIZ+1)))+1)) or -1. iwork
// must have length at least 3*mn*NLVL + 11*mn; it is workspace handed to
// LAPACK without a copy. If lwork is -1, Dgelsd only stores LAPACK's optimal
// lwork in work[0] and its minimal iwork length in iwork[0] (iwork must then
// have length at least 1). For an empty A the answers are 1 and 1.
//
// Dgelsd panics if m, n or nrhs is negative, lda < max(1,n),
// ldb < max(1,nrhs), lwork is invalid, or a slice is too short.
func (Implementation) Dgelsd(m, n, nrhs int, a []float64, lda int, b []float64, ldb int, s []float64, rcond float64, work []float64, lwork int, iwork []int) (rank int, ok bool) {
	mn, mx := min(m, n), max(m, n)
	minwork, liwork := 1, 1
	if mn > 0 {
		minwork, liwork = drvGelsdSizes(m, n, max(nrhs, 1))
	}
	drvLstsqCheck(m, n, nrhs, lda, ldb, lwork, minwork, len(work))
	if lwork == -1 && len(iwork) < 1 {
		panic(shortIWork)
	}
	if mn == 0 {
		work[0] = 1
		if lwork == -1 {
			iwork[0] = 1
		}
		return 0, true
	}
	var r C.lapack_int
	if lwork == -1 {
		cm, cn, cnrhs, clda, cldb := lint(m), lint(n), lint(max(nrhs, 1)), lint(lda), lint(ldb)
		sem := enter(len(a))
		info := C.LAPACKE_dgelsd_work(rowMajor, cm, cn, cnrhs, nil, clda, nil, cldb, nil, C.double(rcond), &r, f64(work), -1, intScratch(iwork))
		nativecall.Exit(sem)
		status("LAPACKE_dgelsd_work", info)
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
	case len(iwork) < liwork:
		panic(shortIWork)
	}
	nrhs, b, ldb = nrhsZero(nrhs, b, ldb, mx)
	cm, cn, cnrhs, clda, cldb, clwork := lint(m), lint(n), lint(nrhs), lint(lda), lint(ldb), lint(lwork)
	sem := enter(len(a))
	info := C.LAPACKE_dgelsd_work(rowMajor, cm, cn, cnrhs, f64(a), clda, f64(b), cldb, f64(s), C.double(rcond), &r, f64(work), clwork, intScratch(iwork))
	nativecall.Exit(sem)
	return int(r), status("LAPACKE_dgelsd_work", info) == 0
}

// Dgelsy computes the minimum-norm solution of the linear least-squares
// problem minimize ‖B - A*X‖₂ for an m×n matrix A of any rank, using a
// complete orthogonal factorization of A computed by QR with column
// pivoting (LAPACK's dgelsy; scipy.linalg.lstsq with lapack_driver='gelsy').
// This signature is new (gonum has no such driver).
//
// On return a holds details of the complete orthogonal factorization. b is
// max(m,n)×nrhs: on entry its first m rows hold B, on return its first n
// rows hold X. The effective rank is the order of the largest leading
// triangular submatrix of R whose estimated condition number is below
// 1/rcond.
//
// jpvt (length n) selects and reports the column pivoting as in Dgeqp3:
// on entry jpvt[j] >= 0 makes column j a leading column and jpvt[j] == -1
// a free one; on return jpvt[j] == k means column j of A*P was column k of
// A.
//
// If m, n or nrhs is zero, Dgelsy returns rank 0 without modifying a, b or
// jpvt, as LAPACK does.
//
// work must have length at least max(1,lwork), and lwork must be at least
// max(mn+3*n+1, 2*mn+nrhs) with mn = min(m,n) (1 for an empty problem), or
// -1. If lwork is -1, Dgelsy only stores LAPACK's optimal lwork in work[0].
// That minimum is the one dgelsy documents; its code accepts the smaller
// mn + max(2*mn, n+1, mn+nrhs), with which its dgeqp3 call then fails
// (workaround 12 in workarounds.go). With leading columns in jpvt, the
// lwork passed to LAPACK is lowered or a temporary workspace is used, as
// for Dgeqp3 (workaround 6).
//
// Dgelsy panics if m, n or nrhs is negative, lda < max(1,n),
// ldb < max(1,nrhs), lwork is invalid, a slice is too short, len(jpvt) != n,
// or an element of jpvt is below -1 or at least n.
func (Implementation) Dgelsy(m, n, nrhs int, a []float64, lda int, b []float64, ldb int, jpvt []int, rcond float64, work []float64, lwork int) (rank int) {
	mn, mx := min(m, n), max(m, n)
	minwork := 1
	if mn > 0 && nrhs > 0 {
		minwork = max(mn+3*n+1, 2*mn+nrhs)
	}
	drvLstsqCheck(m, n, nrhs, lda, ldb, lwork, minwork, len(work))
	if mn == 0 || nrhs == 0 {
		work[0] = 1
		return 0
	}
	var r C.lapack_int
	if lwork == -1 {
		cm, cn, cnrhs, clda, cldb := lint(m), lint(n), lint(nrhs), lint(lda), lint(ldb)
		s := enter(len(a))
		info := C.LAPACKE_dgelsy_work(rowMajor, cm, cn, cnrhs, nil, clda, nil, cldb, nil, C.double(rcond), &r, f64(work), -1)
		nativecall.Exit(s)
		status("LAPACKE_dgelsy_work", info)
		return 0
	}
	switch {
	case len(a) < (m-1)*lda+n:
		panic(shortA)
	case len(b) < (mx-1)*ldb+nrhs:
		panic(shortB)
	case len(jpvt) != n:
		panic(badLenJpvt)
	}
	p := jpvtIn(jpvt)
	w, lw := geqp3Work(p, m, n, work, lwork, minwork)
	cm, cn, cnrhs, clda, cldb, clw := lint(m), lint(n), lint(nrhs), lint(lda), lint(ldb), lint(lw)
	s := enter(len(a))
	info := C.LAPACKE_dgelsy_work(rowMajor, cm, cn, cnrhs, f64(a), clda, f64(b), cldb, ip(p), C.double(rcond), &r, f64(w), clw)
	nativecall.Exit(s)
	work[0] = w[0]
	status("LAPACKE_dgelsy_work", info)
	intsFrom(jpvt, p, 1)
	return int(r)
}

// drvGelssMin is dgelss's minimal lwork for min(m,n) >= 1, as LAPACK
// computes it (depending on the QR crossover of drvMnthr).
func drvGelssMin(m, n, nrhs int) int {
	if m >= n {
		mm := m
		if m >= drvMnthr(m, n) {
			mm = n
		}
		return max(3*n+mm, 3*n+nrhs, 5*n)
	}
	return max(3*m+nrhs, 3*m+n, 5*m)
}

// Dgelss computes the minimum-norm solution of the linear least-squares
// problem minimize ‖B - A*X‖₂ for an m×n matrix A of any rank, using the
// singular value decomposition of A (LAPACK's dgelss; scipy.linalg.lstsq
// with lapack_driver='gelss'). This signature is new.
//
// On return a is overwritten. LAPACK documents that its first min(m,n) rows
// then hold the right singular vectors (rows of Vᵀ); that holds when
// m >= n, but not on dgelss's path for n much larger than m. s (length
// min(m,n)) receives the singular values in decreasing order. b is max(m,n)×nrhs: on entry its first m rows hold B, on return its
// first n rows hold X (and, if m > n and rank == n, rows n…m-1 give the
// residual sum of squares of each column). Singular values s[i] <=
// rcond*s[0] count as zero; rcond < 0 means machine precision.
//
// rank is the effective rank of A. ok is false if the SVD did not converge;
// X is then not computed. If m or n is zero, Dgelss returns rank 0 and true
// without modifying b, as LAPACK does. nrhs may be zero: as for Dgelsd, one
// zero right-hand side is solved instead, because OpenBLAS 0.3.21's dgelss
// accesses B out of bounds when nrhs == 0 (Reference-LAPACK/lapack#875;
// workaround 10 in workarounds.go); the workspace formulas below then take
// nrhs as 1.
//
// work must have length at least max(1,lwork), and lwork must be at least
// LAPACK's minimum: with mn = min(m,n), 3*mn + max(2*mn, max(m,n), nrhs)
// always suffices, and when m >= int(1.6*n) (LAPACK's QR crossover)
// max(3*n+nrhs, 5*n) does; or -1. If lwork is -1, Dgelss only stores
// LAPACK's optimal lwork in work[0].
//
// Dgelss panics if m, n or nrhs is negative, lda < max(1,n),
// ldb < max(1,nrhs), lwork is invalid, or a slice is too short.
func (Implementation) Dgelss(m, n, nrhs int, a []float64, lda int, b []float64, ldb int, s []float64, rcond float64, work []float64, lwork int) (rank int, ok bool) {
	mn, mx := min(m, n), max(m, n)
	minwork := 1
	if mn > 0 {
		minwork = drvGelssMin(m, n, max(nrhs, 1))
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
		info := C.LAPACKE_dgelss_work(rowMajor, cm, cn, cnrhs, nil, clda, nil, cldb, nil, C.double(rcond), &r, f64(work), -1)
		nativecall.Exit(sem)
		status("LAPACKE_dgelss_work", info)
		return 0, true
	}
	switch {
	case len(a) < (m-1)*lda+n:
		panic(shortA)
	case len(b) < (mx-1)*ldb+nrhs:
		panic(shortB)
	case len(s) < mn:
		panic(shortS)
	}
	nrhs, b, ldb = nrhsZero(nrhs, b, ldb, mx)
	cm, cn, cnrhs, clda, cldb, clwork := lint(m), lint(n), lint(nrhs), lint(lda), lint(ldb), lint(lwork)
	sem := enter(len(a))
	info := C.LAPACKE_dgelss_work(rowMajor, cm, cn, cnrhs, f64(a), clda, f64(b), cldb, f64(s), C.double(rcond), &r, f64(work), clwork)
	nativecall.Exit(sem)
	return int(r), status("LAPACKE_dgelss_work", info) == 0
}
