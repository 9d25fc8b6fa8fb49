package lapacke

// Real RQ helpers: generating (dorgrq) and applying (dormrq) the orthogonal
// matrix of an RQ factorization.

/*
#cgo noescape LAPACKE_dorgrq_work
#cgo nocallback LAPACKE_dorgrq_work
#cgo noescape LAPACKE_dormql_work
#cgo nocallback LAPACKE_dormql_work
#include <lapacke.h>
*/
import "C"

import (
	"gonum.org/v1/gonum/blas"

	"github.com/goscipy/goscipy/internal/nativecall"
)

// Dorgrq generates the m×n matrix Q with orthonormal rows defined as the
// last m rows of the product of k elementary reflectors of order n,
//
//	Q = H_0 * H_1 * … * H_{k-1},
//
// as returned by Dgerqf, using LAPACK's dorgrq. It is gonum's Dorgr2 with a
// blocked algorithm and a workspace argument.
//
// On entry, row m-k+i of a holds the vector defining H_i, as Dgerqf stores
// it in the last k rows of its a; on return a holds Q. tau, of length k,
// holds the scalar factors of the reflectors.
//
// work must have length at least max(1,lwork) and lwork must be at least
// max(1,m) or -1. If lwork is -1, Dorgrq only stores LAPACK's optimal lwork
// in work[0].
//
// Dorgrq panics if m < 0, n < m, k < 0, k > m, lda < max(1,n), lwork is
// invalid, work or a is too short, or len(tau) != k.
func (Implementation) Dorgrq(m, n, k int, a []float64, lda int, tau, work []float64, lwork int) {
	checkOrgrq(m, n, k, lda, lwork, len(work))
	if m == 0 {
		work[0] = 1
		return
	}
	if lwork == -1 {
		cm, cn, ck, clda := lint(m), lint(n), lint(k), lint(lda)
		s := enter(len(a))
		st := C.LAPACKE_dorgrq_work(rowMajor, cm, cn, ck, nil, clda, nil, f64(work), -1)
		nativecall.Exit(s)
		status("LAPACKE_dorgrq_work", st)
		return
	}
	switch {
	case len(a) < (m-1)*lda+n:
		panic(shortA)
	case len(tau) != k:
		panic(badLenTau)
	}
	cm, cn, ck, clda, clwork := lint(m), lint(n), lint(k), lint(lda), lint(lwork)
	s := enter(len(a))
	st := C.LAPACKE_dorgrq_work(rowMajor, cm, cn, ck, f64(a), clda, f64(tau), f64(work), clwork)
	nativecall.Exit(s)
	status("LAPACKE_dorgrq_work", st)
}

// Dormrq overwrites the m×n matrix C with
//
//	Q * C   if side == blas.Left and trans == blas.NoTrans,
//	Qᵀ * C  if side == blas.Left and trans == blas.Trans,
//	C * Q   if side == blas.Right and trans == blas.NoTrans,
//	C * Qᵀ  if side == blas.Right and trans == blas.Trans,
//
// where Q = H_0 * H_1 * … * H_{k-1} is the orthogonal matrix of an RQ
// factorization computed by Dgerqf, of order m (side == blas.Left) or n
// (side == blas.Right). It is LAPACK's dormrq, and gonum's Dormr2 with a
// blocked algorithm and a workspace argument.
//
// a is k×m (side == blas.Left) or k×n (side == blas.Right); row i holds the
// vector defining H_i, as Dgerqf stores it in the last k rows of its a. a
// and tau (length at least k) are not modified.
//
// work must have length at least max(1,lwork) and lwork must be at least
// max(1,n) (side == blas.Left) or max(1,m) (side == blas.Right), or -1. If
// lwork is -1, Dormrq only stores LAPACK's optimal lwork in work[0].
//
// Dormrq panics if side or trans is invalid, m, n or k is negative, k
// exceeds the order of Q, lda or ldc is too small, lwork is invalid, or a
// slice is too short.
//
// LAPACKE's row-major dormrq (in 3.11 and still in the upstream sources)
// transposes A as k×m whatever the side, so with side == blas.Right and
// m != n it reads the wrong block (out of bounds when n > m) or rejects a
// valid lda with "Wrong parameter 8" (workaround 9 in workarounds.go).
// Dormrq therefore never calls it: the row-major reflector rows of an RQ
// factorization are, in the same memory, the column-major reflector columns
// of a QL factorization with the same reflectors in the reverse product
// order, so op(Q) applied from one side of row-major C is LAPACK's dormql
// applied from the other side of column-major Cᵀ. That runs in place, with
// no copies at all.
func (Implementation) Dormrq(side blas.Side, trans blas.Transpose, m, n, k int, a []float64, lda int, tau, c []float64, ldc int, work []float64, lwork int) {
	left := side == blas.Left
	nq, nw := n, m
	if left {
		nq, nw = m, n
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
	case lda < max(1, nq):
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
	// The QL side is the opposite one, on the transposed (n×m) C.
	qlSide := transSide(side)
	if lwork == -1 {
		cn, cm, ck, clda, cldc := lint(n), lint(m), lint(k), lint(lda), lint(ldc)
		s := enter(len(a))
		st := C.LAPACKE_dormql_work(C.LAPACK_COL_MAJOR, qlSide, C.char(trans), cn, cm, ck, nil, clda, nil, nil, cldc, f64(work), -1)
		nativecall.Exit(s)
		status("LAPACKE_dormql_work", st)
		return
	}
	switch {
	case len(a) < (k-1)*lda+nq:
		panic(shortA)
	case len(tau) < k:
		panic(shortTau)
	case len(c) < (m-1)*ldc+n:
		panic(shortC)
	}
	cn, cm, ck, clda, cldc, clwork := lint(n), lint(m), lint(k), lint(lda), lint(ldc), lint(lwork)
	s := enter(len(a))
	st := C.LAPACKE_dormql_work(C.LAPACK_COL_MAJOR, qlSide, C.char(trans), cn, cm, ck, f64(a), clda, f64(tau), f64(c), cldc, f64(work), clwork)
	nativecall.Exit(s)
	status("LAPACKE_dormql_work", st)
}
