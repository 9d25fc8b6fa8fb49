package lapacke

/*
#include <lapacke.h>
#cgo noescape LAPACKE_dgeqrf_work
#cgo nocallback LAPACKE_dgeqrf_work
#cgo noescape LAPACKE_dgelqf_work
#cgo nocallback LAPACKE_dgelqf_work
#cgo noescape LAPACKE_dgeqr2_work
#cgo nocallback LAPACKE_dgeqr2_work
#cgo noescape LAPACKE_dgelq2_work
#cgo nocallback LAPACKE_dgelq2_work
#cgo noescape LAPACKE_dgeqlf_work
#cgo nocallback LAPACKE_dgeqlf_work
#cgo noescape LAPACKE_dgeqp3_work
#cgo nocallback LAPACKE_dgeqp3_work
*/
import "C"

import (
	"math"

	"github.com/goscipy/goscipy/internal/nativecall"
)

// A QR factorization of A is the transpose of an LQ factorization of Aᵀ:
// LAPACK's dgelqf applied to Aᵀ performs the transposed operations of dgeqrf
// on A and leaves the same numbers in the same places, with the reflectors in
// rows of Aᵀ, that is columns of A. Since the column-major reading of a
// row-major A is Aᵀ, row-major Dgeqrf is column-major dgelqf on the caller's
// memory (and Dgelqf is dgeqrf, Dgerqf is dgeqlf), with no copies. Pivoted
// QR (Dgeqp3) has no such equivalent and uses LAPACKE's row-major path.

// Dgeqrf computes the QR factorization of the m×n matrix A,
//
//	A = Q * R,
//
// using LAPACKE_dgelqf_work on Aᵀ (column-major, no copy). On return R is on
// and above the diagonal of a and Q = H_0 * H_1 * ... * H_{k-1}, k = min(m,n),
// is held as elementary reflectors H_i = I - tau[i]*v*vᵀ, with v[i] = 1 and
// v[i+1:m] stored below the diagonal in column i of a.
//
// tau must have length min(m,n). work must have length at least
// max(1,lwork), and lwork must be at least max(1,n) or -1; if lwork is -1 the
// optimal length (LAPACK's query) is stored in work[0] and nothing else is
// done. It panics with gonum's messages on invalid arguments.
func (Implementation) Dgeqrf(m, n int, a []float64, lda int, tau, work []float64, lwork int) {
	switch {
	case m < 0:
		panic(mLT0)
	case n < 0:
		panic(nLT0)
	case lda < max(1, n):
		panic(badLdA)
	case lwork < max(1, n) && lwork != -1:
		panic(badLWork)
	case len(work) < max(1, lwork):
		panic(shortWork)
	}
	k := min(m, n)
	if k == 0 {
		work[0] = 1
		return
	}
	cm, cn, clda, clwork := lint(m), lint(n), lint(lda), lint(lwork)
	if lwork == -1 {
		s := enter(len(a))
		info := C.LAPACKE_dgelqf_work(colMajor, cn, cm, nil, clda, nil, f64(work), clwork)
		nativecall.Exit(s)
		status("LAPACKE_dgelqf_work", info)
		work[0] = math.Max(work[0], float64(n))
		return
	}
	if len(a) < (m-1)*lda+n {
		panic(shortA)
	}
	if len(tau) != k {
		panic(badLenTau)
	}
	s := enter(len(a))
	info := C.LAPACKE_dgelqf_work(colMajor, cn, cm, f64(a), clda, f64(tau), f64(work), clwork)
	nativecall.Exit(s)
	status("LAPACKE_dgelqf_work", info)
}

// Dgelqf computes the LQ factorization of the m×n matrix A,
//
//	A = L * Q,
//
// using LAPACKE_dgeqrf_work on Aᵀ (column-major, no copy). On return L is on
// and below the diagonal of a and Q = H_{k-1} * ... * H_0, k = min(m,n), is
// held as elementary reflectors with v[i] = 1 and v[i+1:n] stored right of
// the diagonal in row i of a.
//
// tau must have length at least min(m,n). work must have length at least
// max(1,lwork), and lwork must be at least max(1,m) or -1; if lwork is -1 the
// optimal length is stored in work[0] and nothing else is done. It panics
// with gonum's messages on invalid arguments.
func (Implementation) Dgelqf(m, n int, a []float64, lda int, tau, work []float64, lwork int) {
	switch {
	case m < 0:
		panic(mLT0)
	case n < 0:
		panic(nLT0)
	case lda < max(1, n):
		panic(badLdA)
	case lwork < max(1, m) && lwork != -1:
		panic(badLWork)
	case len(work) < max(1, lwork):
		panic(shortWork)
	}
	k := min(m, n)
	if k == 0 {
		work[0] = 1
		return
	}
	cm, cn, clda, clwork := lint(m), lint(n), lint(lda), lint(lwork)
	if lwork == -1 {
		s := enter(len(a))
		info := C.LAPACKE_dgeqrf_work(colMajor, cn, cm, nil, clda, nil, f64(work), clwork)
		nativecall.Exit(s)
		status("LAPACKE_dgeqrf_work", info)
		work[0] = math.Max(work[0], float64(m))
		return
	}
	if len(a) < (m-1)*lda+n {
		panic(shortA)
	}
	if len(tau) < k {
		panic(shortTau)
	}
	s := enter(len(a))
	info := C.LAPACKE_dgeqrf_work(colMajor, cn, cm, f64(a), clda, f64(tau), f64(work), clwork)
	nativecall.Exit(s)
	status("LAPACKE_dgeqrf_work", info)
}

// Dgeqr2 computes the QR factorization of A as Dgeqrf does, with LAPACK's
// unblocked dgelq2 on Aᵀ (LAPACKE_dgelq2_work, column-major, no copy). tau
// must have length min(m,n) and work at least n. It panics with gonum's
// messages on invalid arguments.
func (Implementation) Dgeqr2(m, n int, a []float64, lda int, tau, work []float64) {
	switch {
	case m < 0:
		panic(mLT0)
	case n < 0:
		panic(nLT0)
	case lda < max(1, n):
		panic(badLdA)
	case len(work) < n:
		panic(shortWork)
	}
	k := min(m, n)
	if k == 0 {
		return
	}
	switch {
	case len(a) < (m-1)*lda+n:
		panic(shortA)
	case len(tau) != k:
		panic(badLenTau)
	}
	cm, cn, clda := lint(m), lint(n), lint(lda)
	s := enter(len(a))
	info := C.LAPACKE_dgelq2_work(colMajor, cn, cm, f64(a), clda, f64(tau), f64(work))
	nativecall.Exit(s)
	status("LAPACKE_dgelq2_work", info)
}

// Dgelq2 computes the LQ factorization of A as Dgelqf does, with LAPACK's
// unblocked dgeqr2 on Aᵀ (LAPACKE_dgeqr2_work, column-major, no copy). tau
// must have length at least min(m,n) and work at least m. It panics with
// gonum's messages on invalid arguments.
func (Implementation) Dgelq2(m, n int, a []float64, lda int, tau, work []float64) {
	switch {
	case m < 0:
		panic(mLT0)
	case n < 0:
		panic(nLT0)
	case lda < max(1, n):
		panic(badLdA)
	}
	k := min(m, n)
	if k == 0 {
		return
	}
	switch {
	case len(a) < (m-1)*lda+n:
		panic(shortA)
	case len(tau) < k:
		panic(shortTau)
	case len(work) < m:
		panic(shortWork)
	}
	cm, cn, clda := lint(m), lint(n), lint(lda)
	s := enter(len(a))
	info := C.LAPACKE_dgeqr2_work(colMajor, cn, cm, f64(a), clda, f64(tau), f64(work))
	nativecall.Exit(s)
	status("LAPACKE_dgeqr2_work", info)
}

// Dgerqf computes the RQ factorization of the m×n matrix A,
//
//	A = R * Q,
//
// using LAPACKE_dgeqlf_work on Aᵀ (a QL factorization, column-major, no
// copy). On return, if m <= n, the upper triangle of a[0:m, n-m:n] holds R;
// if m >= n, the elements on and above the (m-n)-th subdiagonal hold R. Q is
// H_0 * H_1 * ... * H_{k-1}, k = min(m,n), with the vector of H_i stored in
// row m-k+i of a left of column n-k+i (v[n-k+i] = 1, later entries zero).
//
// tau must have length min(m,n). work must have length at least
// max(1,lwork), and lwork must be at least max(1,m) or -1; if lwork is -1 the
// optimal length is stored in work[0] and nothing else is done. It panics
// with gonum's messages on invalid arguments.
func (Implementation) Dgerqf(m, n int, a []float64, lda int, tau, work []float64, lwork int) {
	switch {
	case m < 0:
		panic(mLT0)
	case n < 0:
		panic(nLT0)
	case lda < max(1, n):
		panic(badLdA)
	case lwork < max(1, m) && lwork != -1:
		panic(badLWork)
	case len(work) < max(1, lwork):
		panic(shortWork)
	}
	k := min(m, n)
	if k == 0 {
		work[0] = 1
		return
	}
	cm, cn, clda, clwork := lint(m), lint(n), lint(lda), lint(lwork)
	if lwork == -1 {
		s := enter(len(a))
		info := C.LAPACKE_dgeqlf_work(colMajor, cn, cm, nil, clda, nil, f64(work), clwork)
		nativecall.Exit(s)
		status("LAPACKE_dgeqlf_work", info)
		work[0] = math.Max(work[0], float64(m))
		return
	}
	if len(a) < (m-1)*lda+n {
		panic(shortA)
	}
	if len(tau) != k {
		panic(badLenTau)
	}
	s := enter(len(a))
	info := C.LAPACKE_dgeqlf_work(colMajor, cn, cm, f64(a), clda, f64(tau), f64(work), clwork)
	nativecall.Exit(s)
	status("LAPACKE_dgeqlf_work", info)
}

// Dgeqp3 computes the QR factorization with column pivoting of the m×n
// matrix A,
//
//	A * P = Q * R,
//
// using LAPACKE_dgeqp3_work (row-major: pivoting columns of A has no
// transposed equivalent). On entry jpvt[j] == -1 marks column j free and any
// other value in [0,n) moves it to the front; on return jpvt[j] = k means
// column j of A*P was column k of A (zero-based). R and the reflectors are
// stored as in Dgeqrf; tau must have length at least min(m,n).
//
// work must have length at least max(1,lwork), and lwork must be at least
// 3*n+1 (1 if min(m,n) == 0) or -1; if lwork is -1 the optimal length is
// stored in work[0] and jpvt is not touched. On return work[0] holds the
// workspace LAPACK used best, as in gonum. It panics with gonum's messages
// on invalid arguments.
//
// With leading columns, LAPACK's dgeqp3 writes past the lwork it is given
// (workaround 6 in workarounds.go); Dgeqp3 then passes a smaller lwork, or
// for an lwork too close to the minimum a temporary workspace, so that
// nothing beyond work[:lwork] is touched.
func (Implementation) Dgeqp3(m, n int, a []float64, lda int, jpvt []int, tau, work []float64, lwork int) {
	minmn := min(m, n)
	iws := 3*n + 1
	if minmn == 0 {
		iws = 1
	}
	switch {
	case m < 0:
		panic(mLT0)
	case n < 0:
		panic(nLT0)
	case lda < max(1, n):
		panic(badLdA)
	case lwork < iws && lwork != -1:
		panic(badLWork)
	case len(work) < max(1, lwork):
		panic(shortWork)
	}
	if minmn == 0 {
		work[0] = 1
		return
	}
	cm, cn, clda := lint(m), lint(n), lint(lda)
	if lwork == -1 {
		s := enter(len(a))
		info := C.LAPACKE_dgeqp3_work(rowMajor, cm, cn, nil, clda, nil, nil, f64(work), -1)
		nativecall.Exit(s)
		status("LAPACKE_dgeqp3_work", info)
		work[0] = math.Max(work[0], float64(iws))
		return
	}
	switch {
	case len(a) < (m-1)*lda+n:
		panic(shortA)
	case len(jpvt) != n:
		panic(badLenJpvt)
	case len(tau) < minmn:
		panic(shortTau)
	}
	cjpvt := jpvtIn(jpvt)
	w, lw := geqp3Work(cjpvt, m, n, work, lwork, iws)
	clw := lint(lw)
	s := enter(len(a))
	info := C.LAPACKE_dgeqp3_work(rowMajor, cm, cn, f64(a), clda, ip(cjpvt), f64(tau), f64(w), clw)
	nativecall.Exit(s)
	status("LAPACKE_dgeqp3_work", info)
	work[0] = w[0] // LAPACK's iws, which gonum documents in work[0]
	intsFrom(jpvt, cjpvt, 1)
}
