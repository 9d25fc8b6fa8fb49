package lapacke

/*
#include <lapacke.h>
#cgo noescape LAPACKE_dorgqr_work
#cgo nocallback LAPACKE_dorgqr_work
#cgo noescape LAPACKE_dorglq_work
#cgo nocallback LAPACKE_dorglq_work
#cgo noescape LAPACKE_dormqr_work
#cgo nocallback LAPACKE_dormqr_work
#cgo noescape LAPACKE_dormlq_work
#cgo nocallback LAPACKE_dormlq_work
*/
import "C"

import (
	"math"

	"gonum.org/v1/gonum/blas"

	"github.com/goscipy/goscipy/internal/nativecall"
)

// The Q of a row-major QR factorization (Dgeqrf) is, on the column-major
// reading of the same memory, the transpose of the Q of an LQ factorization
// (dgelqf of Aᵀ), so generating or applying it is dorglq/dormlq on the
// transposed problem, and vice versa. Applying: Q*C = (Cᵀ*Qᵀ)ᵀ, so the side
// flips while the transpose flag stays. All four routines call LAPACKE with
// LAPACK_COL_MAJOR on the caller's memory, with no copies.

// Dorgqr generates the m×n matrix Q with orthonormal columns defined by the
// first k elementary reflectors of a QR factorization computed by Dgeqrf,
//
//	Q = H_0 * H_1 * ... * H_{k-1},
//
// overwriting a. It uses LAPACKE_dorglq_work on the transposed problem
// (column-major, no copy). tau must have length k.
//
// work must have length at least max(1,lwork), and lwork must be at least
// max(1,n) or -1; if lwork is -1 the optimal length is stored in work[0] and
// nothing else is done (lda is not checked on a query, as in gonum). It
// panics with gonum's messages on invalid arguments (n > m, k > n, …).
func (Implementation) Dorgqr(m, n, k int, a []float64, lda int, tau, work []float64, lwork int) {
	switch {
	case m < 0:
		panic(mLT0)
	case n < 0:
		panic(nLT0)
	case n > m:
		panic(nGTM)
	case k < 0:
		panic(kLT0)
	case k > n:
		panic(kGTN)
	case lda < max(1, n) && lwork != -1:
		panic(badLdA)
	case lwork < max(1, n) && lwork != -1:
		panic(badLWork)
	case len(work) < max(1, lwork):
		panic(shortWork)
	}
	if n == 0 {
		work[0] = 1
		return
	}
	cm, cn, ck, clwork := lint(m), lint(n), lint(k), lint(lwork)
	if lwork == -1 {
		s := enter(len(a))
		info := C.LAPACKE_dorglq_work(colMajor, cn, cm, ck, nil, cn, nil, f64(work), clwork)
		nativecall.Exit(s)
		status("LAPACKE_dorglq_work", info)
		work[0] = math.Max(work[0], float64(n))
		return
	}
	switch {
	case len(a) < (m-1)*lda+n:
		panic(shortA)
	case len(tau) != k:
		panic(badLenTau)
	}
	clda := lint(lda)
	s := enter(len(a))
	info := C.LAPACKE_dorglq_work(colMajor, cn, cm, ck, f64(a), clda, f64(tau), f64(work), clwork)
	nativecall.Exit(s)
	status("LAPACKE_dorglq_work", info)
}

// Dorglq generates the m×n matrix Q with orthonormal rows defined by the
// first k elementary reflectors of an LQ factorization computed by Dgelqf,
//
//	Q = H_{k-1} * ... * H_0,
//
// overwriting a. It uses LAPACKE_dorgqr_work on the transposed problem
// (column-major, no copy). tau must have length at least k.
//
// work must have length at least max(1,lwork), and lwork must be at least
// max(1,m) or -1; if lwork is -1 the optimal length is stored in work[0] and
// nothing else is done. It panics with gonum's messages on invalid arguments
// (n < m, k > m, …).
func (Implementation) Dorglq(m, n, k int, a []float64, lda int, tau, work []float64, lwork int) {
	switch {
	case m < 0:
		panic(mLT0)
	case n < m:
		panic(nLTM)
	case k < 0:
		panic(kLT0)
	case k > m:
		panic(kGTM)
	case lda < max(1, n):
		panic(badLdA)
	case lwork < max(1, m) && lwork != -1:
		panic(badLWork)
	case len(work) < max(1, lwork):
		panic(shortWork)
	}
	if m == 0 {
		work[0] = 1
		return
	}
	cm, cn, ck, clda, clwork := lint(m), lint(n), lint(k), lint(lda), lint(lwork)
	if lwork == -1 {
		s := enter(len(a))
		info := C.LAPACKE_dorgqr_work(colMajor, cn, cm, ck, nil, clda, nil, f64(work), clwork)
		nativecall.Exit(s)
		status("LAPACKE_dorgqr_work", info)
		work[0] = math.Max(work[0], float64(m))
		return
	}
	switch {
	case len(a) < (m-1)*lda+n:
		panic(shortA)
	case len(tau) < k:
		panic(shortTau)
	}
	s := enter(len(a))
	info := C.LAPACKE_dorgqr_work(colMajor, cn, cm, ck, f64(a), clda, f64(tau), f64(work), clwork)
	nativecall.Exit(s)
	status("LAPACKE_dorgqr_work", info)
}

// Dormqr overwrites the m×n matrix C with Q*C, Qᵀ*C, C*Q or C*Qᵀ (side Left
// or Right, trans NoTrans or Trans), where Q = H_0 * ... * H_{k-1} is defined
// by k elementary reflectors from Dgeqrf stored in the columns of a (m×k if
// side is Left, n×k if Right). It uses LAPACKE_dormlq_work on the transposed
// problem with the side flipped (column-major, no copy). tau must have length
// k.
//
// work must have length at least max(1,lwork), and lwork must be at least
// max(1,n) (side Left) or max(1,m) (side Right), or -1; if lwork is -1 the
// optimal length is stored in work[0] and nothing else is done. It panics
// with gonum's messages on invalid arguments.
func (Implementation) Dormqr(side blas.Side, trans blas.Transpose, m, n, k int, a []float64, lda int, tau, c []float64, ldc int, work []float64, lwork int) {
	left := side == blas.Left
	nq := n
	nw := m
	if left {
		nq = m
		nw = n
	}
	switch {
	case !left && side != blas.Right:
		panic(badSide)
	case trans != blas.NoTrans && trans != blas.Trans:
		panic(badTrans)
	case m < 0:
		panic(mLT0)
	case n < 0:
		panic(nLT0)
	case k < 0:
		panic(kLT0)
	case left && k > m:
		panic(kGTM)
	case !left && k > n:
		panic(kGTN)
	case lda < max(1, k):
		panic(badLdA)
	case ldc < max(1, n):
		panic(badLdC)
	case lwork < max(1, nw) && lwork != -1:
		panic(badLWork)
	case len(work) < max(1, lwork):
		panic(shortWork)
	}
	if m == 0 || n == 0 || k == 0 {
		work[0] = 1
		return
	}
	cm, cn, ck, clda, cldc, clwork := lint(m), lint(n), lint(k), lint(lda), lint(ldc), lint(lwork)
	if lwork == -1 {
		s := enter(len(a))
		info := C.LAPACKE_dormlq_work(colMajor, transSide(side), C.char(trans), cn, cm, ck, nil, clda, nil, nil, cldc, f64(work), clwork)
		nativecall.Exit(s)
		status("LAPACKE_dormlq_work", info)
		work[0] = math.Max(work[0], float64(nw))
		return
	}
	switch {
	case len(a) < (nq-1)*lda+k:
		panic(shortA)
	case len(tau) != k:
		panic(badLenTau)
	case len(c) < (m-1)*ldc+n:
		panic(shortC)
	}
	s := enter(len(a))
	info := C.LAPACKE_dormlq_work(colMajor, transSide(side), C.char(trans), cn, cm, ck, f64(a), clda, f64(tau), f64(c), cldc, f64(work), clwork)
	nativecall.Exit(s)
	status("LAPACKE_dormlq_work", info)
}

// Dormlq overwrites the m×n matrix C with Q*C, Qᵀ*C, C*Q or C*Qᵀ (side Left
// or Right, trans NoTrans or Trans), where Q = H_{k-1} * ... * H_0 is defined
// by k elementary reflectors from Dgelqf stored in the rows of a (k×m if
// side is Left, k×n if Right). It uses LAPACKE_dormqr_work on the transposed
// problem with the side flipped (column-major, no copy). tau must have length
// at least k.
//
// work must have length at least max(1,lwork), and lwork must be at least
// max(1,n) (side Left) or max(1,m) (side Right), or -1; if lwork is -1 the
// optimal length is stored in work[0] and nothing else is done. It panics
// with gonum's messages on invalid arguments.
func (Implementation) Dormlq(side blas.Side, trans blas.Transpose, m, n, k int, a []float64, lda int, tau, c []float64, ldc int, work []float64, lwork int) {
	left := side == blas.Left
	nw := m
	if left {
		nw = n
	}
	switch {
	case !left && side != blas.Right:
		panic(badSide)
	case trans != blas.Trans && trans != blas.NoTrans:
		panic(badTrans)
	case m < 0:
		panic(mLT0)
	case n < 0:
		panic(nLT0)
	case k < 0:
		panic(kLT0)
	case left && k > m:
		panic(kGTM)
	case !left && k > n:
		panic(kGTN)
	case left && lda < max(1, m):
		panic(badLdA)
	case !left && lda < max(1, n):
		panic(badLdA)
	case lwork < max(1, nw) && lwork != -1:
		panic(badLWork)
	case len(work) < max(1, lwork):
		panic(shortWork)
	}
	if m == 0 || n == 0 || k == 0 {
		work[0] = 1
		return
	}
	cm, cn, ck, clda, clwork := lint(m), lint(n), lint(k), lint(lda), lint(lwork)
	if lwork == -1 {
		// C is not referenced by a query, and gonum does not check ldc for
		// one.
		s := enter(len(a))
		info := C.LAPACKE_dormqr_work(colMajor, transSide(side), C.char(trans), cn, cm, ck, nil, clda, nil, nil, cn, f64(work), clwork)
		nativecall.Exit(s)
		status("LAPACKE_dormqr_work", info)
		work[0] = math.Max(work[0], float64(nw))
		return
	}
	switch {
	case left && len(a) < (k-1)*lda+m:
		panic(shortA)
	case !left && len(a) < (k-1)*lda+n:
		panic(shortA)
	case len(tau) < k:
		panic(shortTau)
	case len(c) < (m-1)*ldc+n:
		panic(shortC)
	case ldc < max(1, n):
		// gonum's Dormlq checks ldc only in the routines it calls (with
		// the same message); LAPACK must not see a bad one.
		panic(badLdC)
	}
	cldc := lint(ldc)
	s := enter(len(a))
	info := C.LAPACKE_dormqr_work(colMajor, transSide(side), C.char(trans), cn, cm, ck, f64(a), clda, f64(tau), f64(c), cldc, f64(work), clwork)
	nativecall.Exit(s)
	status("LAPACKE_dormqr_work", info)
}
