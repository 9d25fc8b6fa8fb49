package lapacke

/*
#include <lapacke.h>
#cgo noescape LAPACKE_dsyev_work
#cgo nocallback LAPACKE_dsyev_work
#cgo noescape LAPACKE_dgeev_work
#cgo nocallback LAPACKE_dgeev_work
*/
import "C"

import (
	"math"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/lapack"

	"github.com/goscipy/goscipy/internal/nativecall"
)

// Dsyev computes the eigenvalues and, if jobz is EVCompute, the eigenvectors
// of the n×n symmetric matrix A whose uplo triangle is in a. On return w
// (length ≥ n) holds the eigenvalues in ascending order and, with EVCompute,
// the columns of a hold the orthonormal eigenvectors; with EVNone a is
// destroyed.
//
// It calls LAPACKE_dsyev_work in column-major order with the triangle
// swapped (a symmetric matrix is its own transpose, so no copy is needed);
// LAPACK then returns the eigenvectors in the rows of the row-major a, which
// are transposed in place.
//
// work must have length at least max(1,lwork), and lwork must be at least
// max(1,3*n-1) or -1; if lwork is -1 the optimal length is stored in work[0]
// and nothing else is done. It returns whether the QR iteration converged.
// It panics with gonum's messages on invalid arguments.
func (Implementation) Dsyev(jobz lapack.EVJob, uplo blas.Uplo, n int, a []float64, lda int, w, work []float64, lwork int) (ok bool) {
	switch {
	case jobz != lapack.EVNone && jobz != lapack.EVCompute:
		panic(badEVJob)
	case uplo != blas.Upper && uplo != blas.Lower:
		panic(badUplo)
	case n < 0:
		panic(nLT0)
	case lda < max(1, n):
		panic(badLdA)
	case lwork < max(1, 3*n-1) && lwork != -1:
		panic(badLWork)
	case len(work) < max(1, lwork):
		panic(shortWork)
	}
	if n == 0 {
		return true
	}
	cn, clda, clwork := lint(n), lint(lda), lint(lwork)
	if lwork == -1 {
		s := enter(len(a))
		info := C.LAPACKE_dsyev_work(colMajor, C.char(jobz), transUplo(uplo), cn, nil, clda, nil, f64(work), clwork)
		nativecall.Exit(s)
		status("LAPACKE_dsyev_work", info)
		work[0] = math.Max(work[0], float64(max(1, 3*n-1)))
		return true
	}
	switch {
	case len(a) < (n-1)*lda+n:
		panic(shortA)
	case len(w) < n:
		panic(shortW)
	}
	s := enter(len(a))
	info := C.LAPACKE_dsyev_work(colMajor, C.char(jobz), transUplo(uplo), cn, f64(a), clda, f64(w), f64(work), clwork)
	nativecall.Exit(s)
	ok = status("LAPACKE_dsyev_work", info) == 0
	if jobz == lapack.EVCompute {
		transposeSquare(n, a, lda)
	}
	return ok
}

// Dgeev computes the eigenvalues and, optionally, the left and/or right
// eigenvectors of the n×n general matrix A, using LAPACKE_dgeev_work
// (row-major: A and Aᵀ have different Hessenberg forms, so the transposed
// problem is not the same computation).
//
// On return wr and wi (length n) hold the real and imaginary parts of the
// eigenvalues, complex conjugate pairs adjacent with the positive imaginary
// part first. With jobvl/jobvr LeftEVCompute/RightEVCompute the eigenvectors
// are stored in the columns of vl/vr (n×n) as LAPACK stores them: a real
// eigenvalue's vector in one column, a complex pair's real and imaginary
// parts in two consecutive columns, each vector of unit Euclidean norm with
// its largest component real. a is destroyed. ldvl and ldvr must be at least
// 1, and at least n when the vectors are computed (LAPACKE's stricter
// row-major check is worked around, see workarounds.go).
//
// work must have length at least lwork, and lwork must be at least
// max(1,4*n) if eigenvectors are wanted, max(1,3*n) otherwise, or -1; if
// lwork is -1 the optimal length is stored in work[0] and nothing else is
// done.
//
// It returns first, the index of the first eigenvalue that converged:
// first == 0 means all did; otherwise wr[first:] and wi[first:] hold the
// converged eigenvalues and no eigenvectors are computed. It panics with
// gonum's messages on invalid arguments.
func (Implementation) Dgeev(jobvl lapack.LeftEVJob, jobvr lapack.RightEVJob, n int, a []float64, lda int, wr, wi []float64, vl []float64, ldvl int, vr []float64, ldvr int, work []float64, lwork int) (first int) {
	wantvl := jobvl == lapack.LeftEVCompute
	wantvr := jobvr == lapack.RightEVCompute
	var minwrk int
	if wantvl || wantvr {
		minwrk = max(1, 4*n)
	} else {
		minwrk = max(1, 3*n)
	}
	switch {
	case jobvl != lapack.LeftEVCompute && jobvl != lapack.LeftEVNone:
		panic(badLeftEVJob)
	case jobvr != lapack.RightEVCompute && jobvr != lapack.RightEVNone:
		panic(badRightEVJob)
	case n < 0:
		panic(nLT0)
	case lda < max(1, n):
		panic(badLdA)
	case ldvl < 1 || (ldvl < n && wantvl):
		panic(badLdVL)
	case ldvr < 1 || (ldvr < n && wantvr):
		panic(badLdVR)
	case lwork < minwrk && lwork != -1:
		panic(badLWork)
	case len(work) < lwork:
		panic(shortWork)
	}
	if n == 0 {
		work[0] = 1
		return 0
	}
	// gonum computes the optimal workspace before checking slice lengths,
	// and the workspace queries of its Dhseqr and Dtrevc3 panic first on
	// these; match them.
	if len(work) < 1 {
		panic(shortWork)
	}
	if (wantvl || wantvr) && len(a) < (n-1)*lda+n {
		panic(shortT)
	}
	cldvl, cldvr := geevLeadingDims(n, ldvl, ldvr)
	cn, clda, clwork := lint(n), lint(lda), lint(lwork)
	if lwork == -1 {
		s := enter(len(a))
		info := C.LAPACKE_dgeev_work(rowMajor, C.char(jobvl), C.char(jobvr), cn, nil, clda, nil, nil, nil, cldvl, nil, cldvr, f64(work), clwork)
		nativecall.Exit(s)
		status("LAPACKE_dgeev_work", info)
		work[0] = math.Max(work[0], float64(minwrk))
		return 0
	}
	switch {
	case len(a) < (n-1)*lda+n:
		panic(shortA)
	case len(wr) != n:
		panic(badLenWr)
	case len(wi) != n:
		panic(badLenWi)
	case len(vl) < (n-1)*ldvl+n && wantvl:
		panic(shortVL)
	case len(vr) < (n-1)*ldvr+n && wantvr:
		panic(shortVR)
	}
	var pvl, pvr *C.double
	if wantvl {
		pvl = f64(vl)
	}
	if wantvr {
		pvr = f64(vr)
	}
	s := enter(len(a))
	info := C.LAPACKE_dgeev_work(rowMajor, C.char(jobvl), C.char(jobvr), cn, f64(a), clda, f64(wr), f64(wi), pvl, cldvl, pvr, cldvr, f64(work), clwork)
	nativecall.Exit(s)
	return status("LAPACKE_dgeev_work", info)
}
