package lapacke

/*
#include <lapacke.h>
#cgo noescape LAPACKE_dgehrd_work
#cgo nocallback LAPACKE_dgehrd_work
#cgo noescape LAPACKE_dorghr_work
#cgo nocallback LAPACKE_dorghr_work
*/
import "C"

import (
	"math"

	"github.com/goscipy/goscipy/internal/nativecall"
)

// The transpose of an upper Hessenberg matrix is lower Hessenberg, for which
// LAPACK has no routines, so these use LAPACKE's row-major path. ilo and ihi
// are zero-based here and one-based in LAPACK.

// Dgehrd reduces the block A[ilo:ihi+1, ilo:ihi+1] of the n×n matrix A to
// upper Hessenberg form H by an orthogonal similarity, Qᵀ * A * Q = H, using
// LAPACKE_dgehrd_work (row-major). A is assumed already upper triangular
// outside that block (as Dgebal leaves it); use ilo = 0, ihi = n-1 otherwise.
// On return the upper Hessenberg part of a holds H and the elements below
// the first subdiagonal, with tau (length n-1), hold Q as a product of
// elementary reflectors; tau[:ilo] and tau[ihi:] are set to zero.
//
// work must have length at least lwork, and lwork must be at least
// max(1,n) or -1; if lwork is -1 the optimal length is stored in work[0] and
// nothing else is done. It panics with gonum's messages on invalid
// arguments.
func (Implementation) Dgehrd(n, ilo, ihi int, a []float64, lda int, tau, work []float64, lwork int) {
	switch {
	case n < 0:
		panic(nLT0)
	case ilo < 0 || max(0, n-1) < ilo:
		panic(badIlo)
	case ihi < min(ilo, n-1) || n <= ihi:
		panic(badIhi)
	case lda < max(1, n):
		panic(badLdA)
	case lwork < max(1, n) && lwork != -1:
		panic(badLWork)
	case len(work) < lwork:
		panic(shortWork)
	}
	if n == 0 {
		work[0] = 1
		return
	}
	// gonum's check above lets an empty work through with lwork == -1 and
	// then panics indexing it; do the same before C could write there.
	_ = work[0]
	cn, cilo, cihi, clda, clwork := lint(n), lint(ilo+1), lint(ihi+1), lint(lda), lint(lwork)
	if lwork == -1 {
		s := enter(len(a))
		info := C.LAPACKE_dgehrd_work(rowMajor, cn, cilo, cihi, nil, clda, nil, f64(work), clwork)
		nativecall.Exit(s)
		status("LAPACKE_dgehrd_work", info)
		work[0] = math.Max(work[0], float64(n))
		return
	}
	if len(a) < (n-1)*lda+n {
		panic(shortA)
	}
	if len(tau) != n-1 {
		panic(badLenTau)
	}
	s := enter(len(a))
	info := C.LAPACKE_dgehrd_work(rowMajor, cn, cilo, cihi, f64(a), clda, f64(tau), f64(work), clwork)
	nativecall.Exit(s)
	status("LAPACKE_dgehrd_work", info)
}

// Dorghr generates the n×n orthogonal matrix Q defined by Dgehrd with the
// same ilo and ihi, overwriting a (which on entry holds Dgehrd's output).
// tau must have length at least n-1. It uses LAPACKE_dorghr_work
// (row-major).
//
// work must have length at least max(1,lwork), and lwork must be at least
// max(1,ihi-ilo) or -1; if lwork is -1 the optimal length is stored in
// work[0] and nothing else is done. It panics with gonum's messages on
// invalid arguments.
func (Implementation) Dorghr(n, ilo, ihi int, a []float64, lda int, tau, work []float64, lwork int) {
	nh := ihi - ilo
	switch {
	case ilo < 0 || max(1, n) <= ilo:
		panic(badIlo)
	case ihi < min(ilo, n-1) || n <= ihi:
		panic(badIhi)
	case lda < max(1, n):
		panic(badLdA)
	case lwork < max(1, nh) && lwork != -1:
		panic(badLWork)
	case len(work) < max(1, lwork):
		panic(shortWork)
	}
	if n < 0 {
		// gonum has no explicit check; ilo and ihi admit n == -1, ihi == -2.
		panic(nLT0)
	}
	if n == 0 {
		work[0] = 1
		return
	}
	cn, cilo, cihi, clda, clwork := lint(n), lint(ilo+1), lint(ihi+1), lint(lda), lint(lwork)
	if lwork == -1 {
		s := enter(len(a))
		info := C.LAPACKE_dorghr_work(rowMajor, cn, cilo, cihi, nil, clda, nil, f64(work), clwork)
		nativecall.Exit(s)
		status("LAPACKE_dorghr_work", info)
		work[0] = math.Max(work[0], float64(max(1, nh)))
		return
	}
	switch {
	case len(a) < (n-1)*lda+n:
		panic(shortA)
	case len(tau) < n-1:
		panic(shortTau)
	}
	s := enter(len(a))
	info := C.LAPACKE_dorghr_work(rowMajor, cn, cilo, cihi, f64(a), clda, f64(tau), f64(work), clwork)
	nativecall.Exit(s)
	status("LAPACKE_dorghr_work", info)
}
