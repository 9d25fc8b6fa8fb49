package lapacke

/*
#include <lapacke.h>
#cgo noescape LAPACKE_dgels_work
#cgo nocallback LAPACKE_dgels_work
*/
import "C"

import (
	"math"

	"gonum.org/v1/gonum/blas"

	"github.com/goscipy/goscipy/internal/nativecall"
)

// Dgels solves the overdetermined or underdetermined linear system
//
//	A * X = B  (trans NoTrans)  or  Aᵀ * X = B  (trans Trans or ConjTrans)
//
// for the m×n matrix A of full rank, using a QR (m >= n) or LQ (m < n)
// factorization, with LAPACKE_dgels_work (row-major: on Aᵀ LAPACK would pick
// the other factorization when m == n, and A is documented to hold the QR
// factors then). Overdetermined systems get the least-squares solution,
// underdetermined ones the minimum-norm solution.
//
// b is max(m,n)×nrhs: on entry its first m (NoTrans) or n rows hold B, on
// return its first n (NoTrans) or m rows hold X, and for an overdetermined
// system the remaining rows hold the residual's components. a is
// overwritten by the factorization.
//
// work must have length at least max(1,lwork), and lwork must be at least
// max(1, min(m,n)+max(min(m,n),nrhs)) or -1; if lwork is -1 the optimal
// length is stored in work[0] and nothing else is done. It returns false if
// A is rank deficient (a diagonal element of the triangular factor is
// exactly zero), in which case X is not computed. It panics with gonum's
// messages on invalid arguments.
func (Implementation) Dgels(trans blas.Transpose, m, n, nrhs int, a []float64, lda int, b []float64, ldb int, work []float64, lwork int) bool {
	mn := min(m, n)
	minwrk := mn + max(mn, nrhs)
	switch {
	case trans != blas.NoTrans && trans != blas.Trans && trans != blas.ConjTrans:
		panic(badTrans)
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
	case lwork < max(1, minwrk) && lwork != -1:
		panic(badLWork)
	case len(work) < max(1, lwork):
		panic(shortWork)
	}
	if mn == 0 || nrhs == 0 {
		// As LAPACK and gonum do: the solution of an empty system is zero.
		rows := max(m, n)
		if rows > 0 && nrhs > 0 {
			if len(b) < (rows-1)*ldb+nrhs {
				panic(shortA) // gonum's message here comes from its Dlaset.
			}
			for i := 0; i < rows; i++ {
				clear(b[i*ldb : i*ldb+nrhs])
			}
		}
		work[0] = 1
		return true
	}
	cm, cn, cnrhs, clda, cldb, clwork := lint(m), lint(n), lint(nrhs), lint(lda), lint(ldb), lint(lwork)
	if lwork == -1 {
		s := enter(len(a))
		info := C.LAPACKE_dgels_work(rowMajor, realTrans(trans), cm, cn, cnrhs, nil, clda, nil, cldb, f64(work), clwork)
		nativecall.Exit(s)
		status("LAPACKE_dgels_work", info)
		work[0] = math.Max(work[0], float64(max(1, minwrk)))
		return true
	}
	switch {
	case len(a) < (m-1)*lda+n:
		panic(shortA)
	case len(b) < (max(m, n)-1)*ldb+nrhs:
		panic(shortB)
	}
	s := enter(len(a))
	info := C.LAPACKE_dgels_work(rowMajor, realTrans(trans), cm, cn, cnrhs, f64(a), clda, f64(b), cldb, f64(work), clwork)
	nativecall.Exit(s)
	return status("LAPACKE_dgels_work", info) == 0
}
