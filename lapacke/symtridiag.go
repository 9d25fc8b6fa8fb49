package lapacke

/*
#include <lapacke.h>
#cgo noescape LAPACKE_dsytrd_work
#cgo nocallback LAPACKE_dsytrd_work
#cgo noescape LAPACKE_dorgtr_work
#cgo nocallback LAPACKE_dorgtr_work
#cgo noescape LAPACKE_dsteqr_work
#cgo nocallback LAPACKE_dsteqr_work
#cgo noescape LAPACKE_dsterf_work
#cgo nocallback LAPACKE_dsterf_work
*/
import "C"

import (
	"math"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/lapack"

	"github.com/goscipy/goscipy/internal/nativecall"
)

// Symmetric tridiagonal reduction and eigensolvers: the building blocks of
// Dsyev, exposed for callers that reduce once and solve several ways.

// Dsytrd reduces the n×n symmetric matrix A, whose uplo triangle is in a, to
// symmetric tridiagonal form T by an orthogonal similarity Qᵀ * A * Q = T,
// using LAPACKE_dsytrd_work (row-major: reducing the transposed triangle
// would produce a different set of reflectors than gonum documents). On
// return d (length ≥ n) and e (≥ n-1) hold the diagonal and off-diagonal of
// T, and the uplo triangle of a with tau (≥ n-1) holds Q as elementary
// reflectors, as Dorgtr expects.
//
// work must have length at least max(1,lwork), and lwork must be at least 1
// or -1; if lwork is -1 the optimal length is stored in work[0] and nothing
// else is done. It panics with gonum's messages on invalid arguments.
func (Implementation) Dsytrd(uplo blas.Uplo, n int, a []float64, lda int, d, e, tau, work []float64, lwork int) {
	switch {
	case uplo != blas.Upper && uplo != blas.Lower:
		panic(badUplo)
	case n < 0:
		panic(nLT0)
	case lda < max(1, n):
		panic(badLdA)
	case lwork < 1 && lwork != -1:
		panic(badLWork)
	case len(work) < max(1, lwork):
		panic(shortWork)
	}
	if n == 0 {
		work[0] = 1
		return
	}
	cn, clda, clwork := lint(n), lint(lda), lint(lwork)
	if lwork == -1 {
		s := enter(len(a))
		info := C.LAPACKE_dsytrd_work(rowMajor, C.char(uplo), cn, nil, clda, nil, nil, nil, f64(work), clwork)
		nativecall.Exit(s)
		status("LAPACKE_dsytrd_work", info)
		work[0] = math.Max(work[0], 1)
		return
	}
	switch {
	case len(a) < (n-1)*lda+n:
		panic(shortA)
	case len(d) < n:
		panic(shortD)
	case len(e) < n-1:
		panic(shortE)
	case len(tau) < n-1:
		panic(shortTau)
	}
	s := enter(len(a))
	info := C.LAPACKE_dsytrd_work(rowMajor, C.char(uplo), cn, f64(a), clda, f64(d), f64(e), f64(tau), f64(work), clwork)
	nativecall.Exit(s)
	status("LAPACKE_dsytrd_work", info)
}

// Dorgtr generates the n×n orthogonal matrix Q of the reduction computed by
// Dsytrd with the same uplo, overwriting a, using LAPACKE_dorgtr_work
// (row-major). tau must have length at least n-1.
//
// work must have length at least max(1,lwork), and lwork must be at least
// max(1,n-1) or -1; if lwork is -1 the optimal length is stored in work[0]
// and nothing else is done. It panics with gonum's messages on invalid
// arguments.
func (Implementation) Dorgtr(uplo blas.Uplo, n int, a []float64, lda int, tau, work []float64, lwork int) {
	switch {
	case uplo != blas.Upper && uplo != blas.Lower:
		panic(badUplo)
	case n < 0:
		panic(nLT0)
	case lda < max(1, n):
		panic(badLdA)
	case lwork < max(1, n-1) && lwork != -1:
		panic(badLWork)
	case len(work) < max(1, lwork):
		panic(shortWork)
	}
	if n == 0 {
		work[0] = 1
		return
	}
	cn, clda, clwork := lint(n), lint(lda), lint(lwork)
	if lwork == -1 {
		s := enter(len(a))
		info := C.LAPACKE_dorgtr_work(rowMajor, C.char(uplo), cn, nil, clda, nil, f64(work), clwork)
		nativecall.Exit(s)
		status("LAPACKE_dorgtr_work", info)
		work[0] = math.Max(work[0], float64(max(1, n-1)))
		return
	}
	switch {
	case len(a) < (n-1)*lda+n:
		panic(shortA)
	case len(tau) < n-1:
		panic(shortTau)
	}
	s := enter(len(a))
	info := C.LAPACKE_dorgtr_work(rowMajor, C.char(uplo), cn, f64(a), clda, f64(tau), f64(work), clwork)
	nativecall.Exit(s)
	status("LAPACKE_dorgtr_work", info)
}

// Dsteqr computes the eigenvalues and, optionally, eigenvectors of the n×n
// symmetric tridiagonal matrix T with diagonal d (length ≥ n) and
// off-diagonal e (≥ n-1) by the implicit QL or QR method, using
// LAPACKE_dsteqr_work. compz selects the eigenvectors: EVCompNone (none),
// EVTridiag (of T, z need not be set on entry) or EVOrig (of the original
// matrix: on entry z holds the Q of Dsytrd/Dorgtr). On return d holds the
// eigenvalues in ascending order, e is destroyed, and the columns of z
// (n×n) hold the eigenvectors. work must have length at least
// max(1,2*n-2) when eigenvectors are computed and is not used otherwise.
//
// LAPACK is called column-major: z (square) is transposed in place before
// (EVOrig) and after the call instead of being copied, and no ldz
// restriction applies when z is not referenced.
//
// It returns whether all eigenvalues converged. It panics with gonum's
// messages on invalid arguments.
func (Implementation) Dsteqr(compz lapack.EVComp, n int, d, e, z []float64, ldz int, work []float64) (ok bool) {
	switch {
	case compz != lapack.EVCompNone && compz != lapack.EVTridiag && compz != lapack.EVOrig:
		panic(badEVComp)
	case n < 0:
		panic(nLT0)
	case ldz < 1, compz != lapack.EVCompNone && ldz < n:
		panic(badLdZ)
	}
	if n == 0 {
		return true
	}
	switch {
	case len(d) < n:
		panic(shortD)
	case len(e) < n-1:
		panic(shortE)
	case compz != lapack.EVCompNone && len(z) < (n-1)*ldz+n:
		panic(shortZ)
	case compz != lapack.EVCompNone && len(work) < max(1, 2*n-2):
		panic(shortWork)
	}
	cn, cldz := lint(n), lint(ldz)
	var pz *C.double
	if compz != lapack.EVCompNone {
		pz = f64(z)
	}
	if compz == lapack.EVOrig {
		transposeSquare(n, z, ldz)
	}
	s := enter(len(d))
	info := C.LAPACKE_dsteqr_work(colMajor, C.char(compz), cn, f64(d), f64(e), pz, cldz, f64(work))
	nativecall.Exit(s)
	ok = status("LAPACKE_dsteqr_work", info) == 0
	if compz != lapack.EVCompNone {
		transposeSquare(n, z, ldz)
	}
	return ok
}

// Dsterf computes all eigenvalues of the n×n symmetric tridiagonal matrix
// with diagonal d (length ≥ n) and off-diagonal e (≥ n-1) by the
// root-free Pal–Walker–Kahan QL/QR algorithm, using LAPACKE_dsterf_work.
// On return d holds the eigenvalues in ascending order and e is destroyed.
// It returns whether all eigenvalues converged. It panics with gonum's
// messages on invalid arguments.
func (Implementation) Dsterf(n int, d, e []float64) (ok bool) {
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
	if n == 1 {
		return true
	}
	cn := lint(n)
	s := enter(len(d))
	info := C.LAPACKE_dsterf_work(cn, f64(d), f64(e))
	nativecall.Exit(s)
	return status("LAPACKE_dsterf_work", info) == 0
}
