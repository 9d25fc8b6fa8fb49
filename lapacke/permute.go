package lapacke

/*
#include <lapacke.h>
#cgo noescape LAPACKE_dlapmr_work
#cgo nocallback LAPACKE_dlapmr_work
#cgo noescape LAPACKE_dlapmt_work
#cgo nocallback LAPACKE_dlapmt_work
*/
import "C"

import "github.com/goscipy/goscipy/internal/nativecall"

// Rows of a row-major matrix are columns of its column-major reading, so
// Dlapmr is LAPACK's dlapmt on Xᵀ and Dlapmt is dlapmr on Xᵀ, both called
// with LAPACK_COL_MAJOR on the caller's memory (no copy). The permutation is
// converted to LAPACK's 1-based integers in a separate buffer, so k is never
// modified.

// Dlapmr permutes the rows of the m×n matrix X as given by the zero-based
// permutation k of length m: with forward, row k[i] of X moves to row i;
// otherwise row i moves to row k[i]. It uses LAPACKE_dlapmt_work on Xᵀ.
// It panics with gonum's messages on invalid arguments, and with
// "lapack: bad element of k" if an element of k is outside [0,m) (gonum
// would index out of range).
func (Implementation) Dlapmr(forward bool, m, n int, x []float64, ldx int, k []int) {
	switch {
	case m < 0:
		panic(mLT0)
	case n < 0:
		panic(nLT0)
	case ldx < max(1, n):
		panic(badLdX)
	}
	if m == 0 || n == 0 {
		return
	}
	switch {
	case len(x) < (m-1)*ldx+n:
		panic(shortX)
	case len(k) != m:
		panic(badLenK)
	}
	if m == 1 {
		return
	}
	ck := permIn(k, m)
	cm, cn, cldx := lint(m), lint(n), lint(ldx)
	s := enter(len(x))
	info := C.LAPACKE_dlapmt_work(colMajor, logical(forward), cn, cm, f64(x), cldx, ip(ck))
	nativecall.Exit(s)
	status("LAPACKE_dlapmt_work", info)
}

// Dlapmt permutes the columns of the m×n matrix X as given by the zero-based
// permutation k of length n: with forward, column k[j] of X moves to column
// j; otherwise column j moves to column k[j]. It uses LAPACKE_dlapmr_work on
// Xᵀ. It panics with gonum's messages on invalid arguments, and with
// "lapack: bad element of k" if an element of k is outside [0,n).
func (Implementation) Dlapmt(forward bool, m, n int, x []float64, ldx int, k []int) {
	switch {
	case m < 0:
		panic(mLT0)
	case n < 0:
		panic(nLT0)
	case ldx < max(1, n):
		panic(badLdX)
	}
	if m == 0 || n == 0 {
		return
	}
	switch {
	case len(x) < (m-1)*ldx+n:
		panic(shortX)
	case len(k) != n:
		panic(badLenK)
	}
	if n == 1 {
		return
	}
	ck := permIn(k, n)
	cm, cn, cldx := lint(m), lint(n), lint(ldx)
	s := enter(len(x))
	info := C.LAPACKE_dlapmr_work(colMajor, logical(forward), cn, cm, f64(x), cldx, ip(ck))
	nativecall.Exit(s)
	status("LAPACKE_dlapmr_work", info)
}
