package lapacke

/*
#include <lapacke.h>
#cgo noescape LAPACKE_dgtsv_work
#cgo nocallback LAPACKE_dgtsv_work
#cgo noescape LAPACKE_dptsv_work
#cgo nocallback LAPACKE_dptsv_work
#cgo noescape LAPACKE_dpttrf_work
#cgo nocallback LAPACKE_dpttrf_work
#cgo noescape LAPACKE_dpttrs_work
#cgo nocallback LAPACKE_dpttrs_work
#cgo noescape LAPACKE_dptcon_work
#cgo nocallback LAPACKE_dptcon_work
*/
import "C"

import (
	"math"

	"github.com/goscipy/goscipy/internal/nativecall"
)

// Tridiagonal matrices are passed as vectors, which have no layout; only the
// right-hand sides B do. They are transposed into a column-major buffer by
// Go and LAPACKE is called with LAPACK_COL_MAJOR (LAPACKE's row-major path
// would do the same copy with a C allocation); a single contiguous column is
// used in place.

// Dgtsv solves A * X = B for the n×n tridiagonal matrix A with sub-diagonal
// dl (length ≥ n-1), diagonal d (≥ n) and super-diagonal du (≥ n-1), by
// Gaussian elimination with partial pivoting, using LAPACKE_dgtsv_work. On
// return dl, d and du are overwritten by the factorization and, if ok is
// true, b (n×nrhs) by X. It returns false if A is exactly singular. Aᵀ * X =
// B is solved by swapping dl and du. It panics with gonum's messages on
// invalid arguments.
func (Implementation) Dgtsv(n, nrhs int, dl, d, du []float64, b []float64, ldb int) (ok bool) {
	switch {
	case n < 0:
		panic(nLT0)
	case nrhs < 0:
		panic(nrhsLT0)
	case ldb < max(1, nrhs):
		panic(badLdB)
	}
	if n == 0 || nrhs == 0 {
		return true
	}
	switch {
	case len(dl) < n-1:
		panic(shortDL)
	case len(d) < n:
		panic(shortD)
	case len(du) < n-1:
		panic(shortDU)
	case len(b) < (n-1)*ldb+nrhs:
		panic(shortB)
	}
	cn, cnrhs := lint(n), lint(nrhs)
	rhs := newColMajorRHS(n, nrhs, b, ldb)
	pb := f64(rhs.buf)
	s := enter(len(d))
	info := C.LAPACKE_dgtsv_work(colMajor, cn, cnrhs, f64(dl), f64(d), f64(du), pb, cn)
	nativecall.Exit(s)
	ok = status("LAPACKE_dgtsv_work", info) == 0
	rhs.store()
	return ok
}

// Dptsv solves A * X = B for the n×n symmetric positive definite tridiagonal
// matrix A with diagonal d (length ≥ n) and sub-diagonal e (≥ n-1), by the
// factorization A = L*D*Lᵀ, using LAPACKE_dptsv_work. On return d and e hold
// D and the sub-diagonal of L, and b (n×nrhs) holds X if ok is true. It
// returns false if A is not positive definite. It panics with gonum's
// messages on invalid arguments.
func (Implementation) Dptsv(n, nrhs int, d, e []float64, b []float64, ldb int) (ok bool) {
	switch {
	case n < 0:
		panic(nLT0)
	case nrhs < 0:
		panic(nrhsLT0)
	case ldb < max(1, nrhs):
		panic(badLdB)
	}
	if n == 0 || nrhs == 0 {
		return true
	}
	switch {
	case len(d) < n:
		panic(shortD)
	case len(e) < n-1:
		panic(shortE)
	case len(b) < (n-1)*ldb+nrhs:
		panic(shortB)
	}
	cn, cnrhs := lint(n), lint(nrhs)
	rhs := newColMajorRHS(n, nrhs, b, ldb)
	pb := f64(rhs.buf)
	s := enter(len(d))
	info := C.LAPACKE_dptsv_work(colMajor, cn, cnrhs, f64(d), f64(e), pb, cn)
	nativecall.Exit(s)
	ok = status("LAPACKE_dptsv_work", info) == 0
	rhs.store()
	return ok
}

// Dpttrf computes the factorization A = L*D*Lᵀ of the n×n symmetric positive
// definite tridiagonal matrix A with diagonal d (length ≥ n) and
// sub-diagonal e (≥ n-1), using LAPACKE_dpttrf_work. On return d holds D and
// e the sub-diagonal of the unit bidiagonal L. It returns false if A is not
// positive definite (the factorization is then incomplete). It panics with
// gonum's messages on invalid arguments.
func (Implementation) Dpttrf(n int, d, e []float64) (ok bool) {
	if n < 0 {
		panic(nLT0)
	}
	if n == 0 {
		return true
	}
	switch {
	case len(d) < n:
		panic(shortD)
	case len(e) < n-1:
		panic(shortE)
	}
	cn := lint(n)
	s := enter(len(d))
	info := C.LAPACKE_dpttrf_work(cn, f64(d), f64(e))
	nativecall.Exit(s)
	return status("LAPACKE_dpttrf_work", info) == 0
}

// Dpttrs solves A * X = B using the factorization A = L*D*Lᵀ computed by
// Dpttrf (d and e as Dpttrf left them), with LAPACKE_dpttrs_work. b (n×nrhs)
// is overwritten by X. It panics with gonum's messages on invalid arguments.
func (Implementation) Dpttrs(n, nrhs int, d, e []float64, b []float64, ldb int) {
	switch {
	case n < 0:
		panic(nLT0)
	case nrhs < 0:
		panic(nrhsLT0)
	case ldb < max(1, nrhs):
		panic(badLdB)
	}
	if n == 0 || nrhs == 0 {
		return
	}
	switch {
	case len(d) < n:
		panic(shortD)
	case len(e) < n-1:
		panic(shortE)
	case len(b) < (n-1)*ldb+nrhs:
		panic(shortB)
	}
	cn, cnrhs := lint(n), lint(nrhs)
	rhs := newColMajorRHS(n, nrhs, b, ldb)
	pb := f64(rhs.buf)
	s := enter(len(d))
	info := C.LAPACKE_dpttrs_work(colMajor, cn, cnrhs, f64(d), f64(e), pb, cn)
	nativecall.Exit(s)
	status("LAPACKE_dpttrs_work", info)
	rhs.store()
}

// Dptcon returns the reciprocal of the 1-norm condition number of the
// symmetric positive definite tridiagonal matrix A from its factorization by
// Dpttrf, computed exactly (not estimated) by LAPACKE_dptcon_work. anorm is
// the 1-norm of the original A; work (length ≥ n) is scratch.
//
// anorm == 0 gives 0, a NaN anorm is returned as is, +Inf gives 0, and a
// non-positive element of d gives 0, as in gonum. It panics with gonum's
// messages on invalid arguments (a negative anorm panics with
// "lapack: bad Norm").
func (Implementation) Dptcon(n int, d, e []float64, anorm float64, work []float64) (rcond float64) {
	switch {
	case n < 0:
		panic(nLT0)
	case anorm < 0:
		panic(badNorm)
	}
	if n == 0 {
		return 1
	}
	switch {
	case len(d) < n:
		panic(shortD)
	case len(e) < n-1:
		panic(shortE)
	case len(work) < n:
		panic(shortWork)
	}
	switch {
	case anorm == 0:
		return 0
	case math.IsNaN(anorm):
		return anorm
	case math.IsInf(anorm, 1):
		return 0
	}
	cn := lint(n)
	var crcond C.double
	s := enter(len(d))
	info := C.LAPACKE_dptcon_work(cn, f64(d), f64(e), C.double(anorm), &crcond, f64(work))
	nativecall.Exit(s)
	status("LAPACKE_dptcon_work", info)
	return float64(crcond)
}
