package lapacke

// Symmetric band eigensolvers: all eigenpairs by divide and conquer
// (dsbevd) and selected ones by bisection and inverse iteration (dsbevx),
// the drivers behind scipy.linalg.eig_banded.

/*
#cgo noescape LAPACKE_dsbevd_work
#cgo nocallback LAPACKE_dsbevd_work
#cgo noescape LAPACKE_dsbevx_work
#cgo nocallback LAPACKE_dsbevx_work
#include <lapacke.h>
*/
import "C"

import (
	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/lapack"

	"github.com/goscipy/goscipy/internal/nativecall"
)

// sbevdSizes returns dsbevd's minimal (and optimal) lwork and liwork.
func sbevdSizes(wantz bool, n int) (lwork, liwork int) {
	switch {
	case n <= 1:
		return 1, 1
	case wantz:
		return 1 + 5*n + 2*n*n, 3 + 5*n
	}
	return 2 * n, 1
}

// sbevCheck validates the arguments Dsbevd and Dsbevx share.
func sbevCheck(jobz lapack.EVJob, ul blas.Uplo, n, kd, ldab int) (wantz bool) {
	wantz = jobz == lapack.EVCompute
	switch {
	case !wantz && jobz != lapack.EVNone:
		panic(badEVJob)
	case ul != blas.Upper && ul != blas.Lower:
		panic(badUplo)
	case n < 0:
		panic(nLT0)
	case kd < 0:
		panic(kdLT0)
	case ldab < kd+1:
		panic(badLdA)
	}
	return wantz
}

// sbevClampKd works around a defect of LAPACK's dsbevd and dsbevx (seen
// with the LAPACK 3.11 of Debian bookworm's OpenBLAS 0.3.21): when the
// matrix needs scaling (its max-abs entry below sqrt(safe minimum/eps) or
// above sqrt(overflow·eps)) they scale the band with DLASCL using kd as its
// bandwidth, which DLASCL rejects for kd > n-1 (its band types require
// kl, ku <= n-1), so the matrix is left unscaled and the driver returns
// wrong eigenvalues or a negative info (found by FuzzStructured in
// scipy/linalg). Diagonals beyond n-1 hold no entries of A, so a band with
// kd > n-1 is repacked with kd = n-1 into a copy (which the driver then
// destroys instead of the caller's ab). Test: TestDriverSbevKdAboveN, which
// fails without it.
//
// The same repacking avoids a second defect of dsbevd: for n = 1 it returns
// AB(1,1) whatever the triangle, which for UPLO = 'U' and kd > 0 is outside
// the band (dsbev reads AB(KD+1,1) there); scipy.linalg.eig_banded 1.10
// inherits the wrong value. With kd = 0, AB(1,1) is the diagonal. Test:
// TestDriverSbevdSbevx (n = 1, kd > 0).
func sbevClampKd(ul blas.Uplo, n, kd int, ab []float64, ldab int) (int, []float64, int) {
	if n == 0 || kd <= n-1 {
		return kd, ab, ldab
	}
	kd2 := n - 1
	ld2 := kd2 + 1
	c := make([]float64, n*ld2)
	for i := 0; i < n; i++ {
		for t := 0; t <= kd2; t++ {
			if ul == blas.Upper {
				c[i*ld2+t] = ab[i*ldab+t]
			} else {
				c[i*ld2+kd2-t] = ab[i*ldab+kd-t]
			}
		}
	}
	return kd2, c, ld2
}

// Dsbevd computes all eigenvalues and, optionally, eigenvectors of the n×n
// symmetric band matrix A with kd super- (and sub-) diagonals by divide and
// conquer, using LAPACK's dsbevd. This signature is new; the band is in
// gonum's format, as Dpbtrf takes it: for ul == blas.Upper, A[i][j]
// (0 <= j-i <= kd) is ab[i*ldab+j-i]; for ul == blas.Lower, A[i][j]
// (0 <= i-j <= kd) is ab[i*ldab+kd+j-i].
//
// On return w (length ≥ n) holds the eigenvalues in ascending order and ab
// is destroyed. If jobz == lapack.EVCompute, z (n×n, ldz ≥ max(1,n))
// receives the orthonormal eigenvectors, column j for w[j]; with
// lapack.EVNone z is not referenced (ldz must still be at least 1).
//
// ok is false if the algorithm failed to converge (LAPACK's info > 0).
//
// work and iwork must have lengths at least max(1,lwork) and
// max(1,liwork): lwork >= 1 + 5*n + 2*n² and liwork >= 3 + 5*n with
// eigenvectors, lwork >= 2*n and liwork >= 1 without (1 and 1 when
// n <= 1). If lwork or liwork is -1, Dsbevd only stores the optimal sizes,
// which for dsbevd are these minima, in work[0] and iwork[0].
//
// Dsbevd panics if jobz or ul is invalid, n or kd is negative,
// ldab < kd+1, ldz is too small, a workspace size is invalid or a slice is
// too short.
//
// gonum's row-major band of one triangle is LAPACK's column-major band of
// the other triangle in the same memory, so ab is used in place; the
// eigenvectors are computed into a column-major buffer and transposed into
// z.
func (Implementation) Dsbevd(jobz lapack.EVJob, ul blas.Uplo, n, kd int, ab []float64, ldab int, w, z []float64, ldz int, work []float64, lwork int, iwork []int, liwork int) (ok bool) {
	wantz := sbevCheck(jobz, ul, n, kd, ldab)
	if ldz < 1 || (wantz && ldz < n) {
		panic(badLdZ)
	}
	query := lwork == -1 || liwork == -1
	minw, miniw := sbevdSizes(wantz, n)
	drvWorkCheck(query, lwork, minw, len(work), badLWork, shortWork)
	drvWorkCheck(query, liwork, miniw, len(iwork), drvBadLIWork, shortIWork)
	if query {
		work[0], iwork[0] = float64(minw), miniw
		return true
	}
	if n == 0 {
		work[0], iwork[0] = 1, 1
		return true
	}
	switch {
	case len(ab) < (n-1)*ldab+kd+1:
		panic(shortAB)
	case len(w) < n:
		panic(shortW)
	case wantz && len(z) < (n-1)*ldz+n:
		panic(shortZ)
	}
	kd, ab, ldab = sbevClampKd(ul, n, kd, ab, ldab)
	var zc []float64
	cldz := lint(1)
	if wantz {
		zc = make([]float64, n*n)
		cldz = lint(n)
	}
	cn, ckd, cldab, clwork, cliwork := lint(n), lint(kd), lint(ldab), lint(lwork), lint(liwork)
	s := enter(len(ab))
	info := C.LAPACKE_dsbevd_work(colMajor, C.char(jobz), transUplo(ul), cn, ckd, f64(ab), cldab, f64(w), f64(zc), cldz, f64(work), clwork, intScratch(iwork), cliwork)
	nativecall.Exit(s)
	ok = status("LAPACKE_dsbevd_work", info) == 0
	if wantz {
		drvRowFromCol(z, ldz, zc, n, n, n)
	}
	return ok
}

// Dsbevx computes selected eigenvalues and, optionally, eigenvectors of the
// n×n symmetric band matrix A with kd super- (and sub-) diagonals, using
// LAPACK's dsbevx (reduction to tridiagonal form, then bisection and
// inverse iteration, or QL/QR when all eigenvalues are wanted). This
// signature is new; ab holds the ul triangle of the band in gonum's format,
// as for Dsbevd, and is destroyed.
//
// rng, vl, vu, il and iu select the eigenvalues as in Dsyevr (RangeValue:
// the half-open interval (vl, vu], vl < vu; RangeIndex: the il-th through
// iu-th smallest, 0-based and inclusive). abstol is the absolute tolerance
// of the eigenvalues (a value <= 0 means eps*‖T‖₁; 2*dlamch('S') gives the
// most accurate ones, SciPy's choice).
//
// m is the number of eigenvalues found, ascending in w[:m] (w has length ≥
// n). If jobz == lapack.EVCompute, q (n×n, ldq ≥ max(1,n)) receives the
// orthogonal matrix of the reduction to tridiagonal form, z (n×ncols, ncols
// = n for RangeAll and RangeValue and iu-il+1 for RangeIndex, ldz ≥ ncols)
// the orthonormal eigenvectors in its first m columns, and ifail (length ≥
// n) for each j < m the 0-based index of an eigenvector that failed to
// converge, or -1. With lapack.EVNone q, z and ifail are not referenced
// (ldq and ldz must still be at least 1).
//
// ok is false if some eigenvectors failed to converge (LAPACK's info > 0);
// their indices are in ifail.
//
// work must have length at least 7*n and iwork at least 5*n. Dsbevx panics
// if a flag is invalid, n or kd is negative, a leading dimension is too
// small, vl, vu, il or iu is out of range, or a slice is too short.
//
// The band runs in place through LAPACKE's column-major path on the
// opposite triangle; q and z are computed into column-major buffers and
// transposed.
func (Implementation) Dsbevx(jobz lapack.EVJob, rng EVRange, ul blas.Uplo, n, kd int, ab []float64, ldab int, q []float64, ldq int, vl, vu float64, il, iu int, abstol float64, w, z []float64, ldz int, work []float64, iwork []int, ifail []int) (m int, ok bool) {
	wantz := sbevCheck(jobz, ul, n, kd, ldab)
	ncols := tdgRangeCheck(rng, n, vl, vu, il, iu)
	switch {
	case ldq < 1 || (wantz && ldq < n):
		panic(badLdQ)
	case ldz < 1 || (wantz && ldz < max(1, ncols)):
		panic(badLdZ)
	}
	if n == 0 {
		return 0, true
	}
	switch {
	case len(ab) < (n-1)*ldab+kd+1:
		panic(shortAB)
	case len(w) < n:
		panic(shortW)
	case wantz && len(q) < (n-1)*ldq+n:
		panic(shortQ)
	case wantz && len(z) < (n-1)*ldz+ncols:
		panic(shortZ)
	case wantz && len(ifail) < n:
		panic(tdgShortIfail)
	case len(work) < 7*n:
		panic(shortWork)
	case len(iwork) < 5*n:
		panic(shortIWork)
	}
	kd, ab, ldab = sbevClampKd(ul, n, kd, ab, ldab)
	var qc, zc []float64
	fl := make([]C.lapack_int, n)
	cldq, cldz := lint(1), lint(1)
	if wantz {
		qc = make([]float64, n*n)
		zc = make([]float64, n*max(1, ncols))
		cldq, cldz = lint(n), lint(n)
	}
	cil, ciu := lint(il+1), lint(iu+1)
	if rng != RangeIndex {
		cil, ciu = 1, 1
	}
	var cm C.lapack_int
	cn, ckd, cldab := lint(n), lint(kd), lint(ldab)
	s := enter(len(ab))
	info := C.LAPACKE_dsbevx_work(colMajor, C.char(jobz), C.char(rng), transUplo(ul), cn, ckd, f64(ab), cldab, f64(qc), cldq, C.double(vl), C.double(vu), cil, ciu, C.double(abstol), &cm, f64(w), f64(zc), cldz, f64(work), intScratch(iwork), ip(fl))
	nativecall.Exit(s)
	ok = status("LAPACKE_dsbevx_work", info) == 0
	m = int(cm)
	if wantz {
		drvRowFromCol(q, ldq, qc, n, n, n)
		drvRowFromCol(z, ldz, zc, n, n, m)
		intsFrom(ifail[:m], fl[:m], 1)
	}
	return m, ok
}
