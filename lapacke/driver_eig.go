package lapacke

// Real eigenvalue drivers: symmetric by divide and conquer (dsyevd) and by
// relatively robust representations (dsyevr), the symmetric-definite
// generalized problem (dsygvd), and the general generalized problem (dggev).

/*
#cgo noescape LAPACKE_dsyevd_work
#cgo nocallback LAPACKE_dsyevd_work
#cgo noescape LAPACKE_dsyevr_work
#cgo nocallback LAPACKE_dsyevr_work
#cgo noescape LAPACKE_dsygvd_work
#cgo nocallback LAPACKE_dsygvd_work
#cgo noescape LAPACKE_dggev_work
#cgo nocallback LAPACKE_dggev_work
#include <lapacke.h>
*/
import "C"

import (
	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/lapack"

	"github.com/goscipy/goscipy/internal/nativecall"
)

// drvEvdSizes returns the minimal lwork and liwork of dsyevd and dsygvd.
func drvEvdSizes(wantz bool, n int) (lwork, liwork int) {
	switch {
	case n <= 1:
		return 1, 1
	case wantz:
		return 1 + 6*n + 2*n*n, 3 + 5*n
	}
	return 2*n + 1, 1
}

// drvWorkCheck validates a workspace pair (length and declared size) of a
// routine whose query is signalled by any declared size being -1.
func drvWorkCheck(query bool, lw, minw, lenw int, badDecl, short string) {
	switch {
	case !query && lw < minw:
		panic(badDecl)
	case lenw < max(1, lw):
		panic(short)
	}
}

// Dsyevd computes all eigenvalues and, optionally, eigenvectors of the n×n
// symmetric matrix A by divide and conquer, using LAPACK's dsyevd. Its
// signature is new: gonum's Dsyev's, plus LAPACK's integer workspace.
//
// On entry a holds the ul triangle of A. On return w (length at least n)
// holds the eigenvalues in ascending order and, if jobz == lapack.EVCompute
// and ok, a holds the orthonormal eigenvectors: column j of A is the
// eigenvector of w[j]. With lapack.EVNone the ul triangle of a is destroyed.
//
// ok is false if the algorithm failed to converge (LAPACK's info > 0).
//
// work and iwork must have lengths at least max(1,lwork) and max(1,liwork).
// lwork and liwork must be at least 1 and 1 if n <= 1; 2*n+1 and 1 for
// EVNone; 1+6*n+2*n² and 3+5*n for EVCompute. If lwork or liwork is -1,
// Dsyevd only stores LAPACK's optimal sizes in work[0] and iwork[0].
//
// Dsyevd panics if jobz or ul is invalid, n < 0, lda < max(1,n), a
// workspace size is invalid, or a slice is too short.
//
// A row-major triangle is the opposite column-major triangle of the same
// memory, so LAPACKE's column-major path runs in place; the eigenvectors
// then come out as rows and are transposed in place.
func (Implementation) Dsyevd(jobz lapack.EVJob, ul blas.Uplo, n int, a []float64, lda int, w, work []float64, lwork int, iwork []int, liwork int) (ok bool) {
	wantz := checkEigSym(jobz, ul, n, lda)
	query := lwork == -1 || liwork == -1
	minw, miniw := drvEvdSizes(wantz, n)
	drvWorkCheck(query, lwork, minw, len(work), badLWork, shortWork)
	drvWorkCheck(query, liwork, miniw, len(iwork), drvBadLIWork, shortIWork)
	if n == 0 {
		work[0], iwork[0] = 1, 1
		return true
	}
	if query {
		cn, clda := lint(n), lint(lda)
		s := enter(len(a))
		info := C.LAPACKE_dsyevd_work(C.LAPACK_COL_MAJOR, C.char(jobz), transUplo(ul), cn, nil, clda, nil, f64(work), -1, intScratch(iwork), -1)
		nativecall.Exit(s)
		status("LAPACKE_dsyevd_work", info)
		iworkAnswer(iwork)
		return true
	}
	switch {
	case len(a) < (n-1)*lda+n:
		panic(shortA)
	case len(w) < n:
		panic(shortW)
	}
	cn, clda, clwork, cliwork := lint(n), lint(lda), lint(lwork), lint(liwork)
	s := enter(len(a))
	info := C.LAPACKE_dsyevd_work(C.LAPACK_COL_MAJOR, C.char(jobz), transUplo(ul), cn, f64(a), clda, f64(w), f64(work), clwork, intScratch(iwork), cliwork)
	nativecall.Exit(s)
	ok = status("LAPACKE_dsyevd_work", info) == 0
	if ok && wantz {
		transposeSquare(n, a, lda)
	}
	return ok
}

// drvEvrCheck validates the arguments ?syevr and ?heevr share, up to the
// leading dimension of Z, and returns the number of columns Z must have.
// il and iu are 0-based.
func drvEvrCheck(jobz lapack.EVJob, rng EVRange, ul blas.Uplo, n, lda int, vl, vu float64, il, iu, ldz int) (ncols int) {
	wantz := jobz == lapack.EVCompute
	switch {
	case !wantz && jobz != lapack.EVNone:
		panic(badEVJob)
	case rng != RangeAll && rng != RangeValue && rng != RangeIndex:
		panic(drvBadEVRange)
	case ul != blas.Upper && ul != blas.Lower:
		panic(badUplo)
	case n < 0:
		panic(nLT0)
	case lda < max(1, n):
		panic(badLdA)
	}
	ncols = n
	switch rng {
	case RangeValue:
		if n > 0 && vu <= vl {
			panic(drvBadVlVu)
		}
	case RangeIndex:
		// LAPACK's 1-based bounds: 1 <= IL <= max(1,n), min(n,IL) <= IU <= n.
		lo, hi := il+1, iu+1
		switch {
		case lo < 1 || lo > max(1, n):
			panic(drvBadIl)
		case hi < min(n, lo) || hi > n:
			panic(drvBadIu)
		}
		ncols = iu - il + 1
	}
	if ldz < 1 || (wantz && ldz < max(1, ncols)) {
		panic(badLdZ)
	}
	return ncols
}

// Dsyevr computes selected eigenvalues and, optionally, eigenvectors of the
// n×n symmetric matrix A, using LAPACK's dsyevr (tridiagonal reduction
// followed by relatively robust representations, the MRRR algorithm, when
// all eigenvalues are wanted, and bisection with inverse iteration
// otherwise). It is scipy.linalg.eigh's default driver. This signature is
// new.
//
// rng selects the eigenvalues: RangeAll for all; RangeValue for those in
// the half-open interval (vl, vu], which requires vl < vu when n > 0;
// RangeIndex for the il-th through iu-th smallest, 0-based and inclusive,
// with 0 <= il <= iu < n (il == 0, iu == -1 when n == 0). vl and vu, or il
// and iu, are ignored otherwise. abstol is the absolute error tolerance of
// the eigenvalues (LAPACK's ABSTOL; a value <= 0 means eps*‖T‖₁, and
// 2*dlamch('S') gives the most accurate eigenvalues).
//
// On entry a holds the ul triangle of A, which is destroyed. m is the
// number of eigenvalues found; w (length at least n) holds them in
// ascending order in w[:m]. If jobz == lapack.EVCompute, z receives the
// orthonormal eigenvectors in its first m columns (column j belongs to
// w[j]); z is n×n for RangeAll and RangeValue (m is not known in advance)
// and n×(iu-il+1) for RangeIndex, with ldz at least its column count. With
// lapack.EVNone z is not referenced (ldz must still be at least 1).
// isuppz (length at least 2*ncols when eigenvectors are wanted, ncols the
// column count of z) receives LAPACK's ISUPPZ made 0-based: eigenvector j of
// the tridiagonal matrix that A is reduced to is nonzero only in rows
// isuppz[2*j] through isuppz[2*j+1], inclusive. It says nothing about z,
// whose vectors usually have full support, and since Dsyevr reduces the
// opposite triangle (see below) it can differ from LAPACK's answer for the
// same matrix stored column-major. LAPACK computes it only when all
// eigenvalues are wanted (RangeAll, or RangeIndex covering all n);
// otherwise its contents are unspecified.
//
// ok is false if LAPACK reports an internal error (info > 0).
//
// work and iwork must have lengths at least max(1,lwork) and
// max(1,liwork), with lwork >= max(1,26*n) and liwork >= max(1,10*n). If
// lwork or liwork is -1, Dsyevr only stores LAPACK's optimal sizes in
// work[0] and iwork[0].
//
// Dsyevr panics if a flag is invalid, n < 0, a leading dimension is too
// small, vl, vu, il or iu is out of range, a workspace size is invalid, or a
// slice is too short.
//
// A runs in place through LAPACKE's column-major path on the opposite
// triangle (see Dsyevd); the eigenvectors are computed into a column-major
// buffer and transposed into z.
func (Implementation) Dsyevr(jobz lapack.EVJob, rng EVRange, ul blas.Uplo, n int, a []float64, lda int, vl, vu float64, il, iu int, abstol float64, w, z []float64, ldz int, isuppz []int, work []float64, lwork int, iwork []int, liwork int) (m int, ok bool) {
	ncols := drvEvrCheck(jobz, rng, ul, n, lda, vl, vu, il, iu, ldz)
	wantz := jobz == lapack.EVCompute
	query := lwork == -1 || liwork == -1
	drvWorkCheck(query, lwork, max(1, 26*n), len(work), badLWork, shortWork)
	drvWorkCheck(query, liwork, max(1, 10*n), len(iwork), drvBadLIWork, shortIWork)
	if n == 0 {
		work[0], iwork[0] = 1, 1
		return 0, true
	}
	var cm C.lapack_int
	if query {
		cn, clda, cil, ciu := lint(n), lint(lda), lint(il+1), lint(iu+1)
		s := enter(len(a))
		info := C.LAPACKE_dsyevr_work(C.LAPACK_COL_MAJOR, C.char(jobz), C.char(rng), transUplo(ul), cn, nil, clda, C.double(vl), C.double(vu), cil, ciu, C.double(abstol), &cm, nil, nil, cn, nil, f64(work), -1, intScratch(iwork), -1)
		nativecall.Exit(s)
		status("LAPACKE_dsyevr_work", info)
		iworkAnswer(iwork)
		return 0, true
	}
	switch {
	case len(a) < (n-1)*lda+n:
		panic(shortA)
	case len(w) < n:
		panic(shortW)
	case wantz && len(z) < (n-1)*ldz+ncols:
		panic(shortZ)
	case wantz && len(isuppz) < 2*ncols:
		panic(drvShortIsuppz)
	}
	var zc []float64
	var sup []C.lapack_int
	if wantz {
		zc = make([]float64, n*ncols)
		sup = make([]C.lapack_int, 2*ncols)
	}
	cn, clda, cil, ciu, clwork, cliwork := lint(n), lint(lda), lint(il+1), lint(iu+1), lint(lwork), lint(liwork)
	s := enter(len(a))
	info := C.LAPACKE_dsyevr_work(C.LAPACK_COL_MAJOR, C.char(jobz), C.char(rng), transUplo(ul), cn, f64(a), clda, C.double(vl), C.double(vu), cil, ciu, C.double(abstol), &cm, f64(w), f64(zc), cn, ip(sup), f64(work), clwork, intScratch(iwork), cliwork)
	nativecall.Exit(s)
	ok = status("LAPACKE_dsyevr_work", info) == 0
	m = int(cm)
	if wantz {
		drvRowFromCol(z, ldz, zc, n, n, m)
		intsFrom(isuppz[:2*m], sup[:2*m], 1)
	}
	return m, ok
}

// drvCheckItype panics unless itype is 1, 2 or 3.
func drvCheckItype(itype int) {
	if itype < 1 || 3 < itype {
		panic(drvBadItype)
	}
}

// Dsygvd computes all eigenvalues and, optionally, eigenvectors of the real
// generalized symmetric-definite eigenproblem
//
//	A*x = λ*B*x  (itype 1),  A*B*x = λ*x  (itype 2),  B*A*x = λ*x  (itype 3),
//
// with A symmetric and B symmetric positive definite (both n×n), by
// divide and conquer, using LAPACK's dsygvd. This signature is new.
//
// a and b hold the ul triangles of A and B. On return w (length at least n)
// holds the eigenvalues in ascending order; if jobz == lapack.EVCompute and
// ok, a holds the eigenvectors X (column j for w[j]), normalized so that
// Xᵀ*B*X = I (itypes 1 and 2) or Xᵀ*B⁻¹*X = I (itype 3); otherwise the ul
// triangle of a is destroyed. b holds the Cholesky factor of B: U with
// B = Uᵀ*U (blas.Upper) or L with B = L*Lᵀ (blas.Lower), as Dpotrf returns
// it.
//
// ok is false on failure. minor > 0 then means B is not positive definite:
// its leading minor of order minor is not positive, and nothing was
// computed (LAPACK's info n+minor). minor == 0 with ok false means the
// eigensolver did not converge (info in 1…n).
//
// work, iwork, lwork and liwork are as for Dsyevd.
//
// Dsygvd panics if itype, jobz or ul is invalid, n < 0, lda or ldb is below
// max(1,n), a workspace size is invalid, or a slice is too short.
//
// Both triangles run in place through LAPACKE's column-major path on the
// opposite triangle, and the eigenvectors are transposed in place.
func (Implementation) Dsygvd(itype int, jobz lapack.EVJob, ul blas.Uplo, n int, a []float64, lda int, b []float64, ldb int, w, work []float64, lwork int, iwork []int, liwork int) (minor int, ok bool) {
	drvCheckItype(itype)
	wantz := checkEigSym(jobz, ul, n, lda)
	if ldb < max(1, n) {
		panic(badLdB)
	}
	query := lwork == -1 || liwork == -1
	minw, miniw := drvEvdSizes(wantz, n)
	drvWorkCheck(query, lwork, minw, len(work), badLWork, shortWork)
	drvWorkCheck(query, liwork, miniw, len(iwork), drvBadLIWork, shortIWork)
	if n == 0 {
		work[0], iwork[0] = 1, 1
		return 0, true
	}
	if query {
		citype, cn, clda, cldb := lint(itype), lint(n), lint(lda), lint(ldb)
		s := enter(len(a))
		info := C.LAPACKE_dsygvd_work(C.LAPACK_COL_MAJOR, citype, C.char(jobz), transUplo(ul), cn, nil, clda, nil, cldb, nil, f64(work), -1, intScratch(iwork), -1)
		nativecall.Exit(s)
		status("LAPACKE_dsygvd_work", info)
		iworkAnswer(iwork)
		return 0, true
	}
	switch {
	case len(a) < (n-1)*lda+n:
		panic(shortA)
	case len(b) < (n-1)*ldb+n:
		panic(shortB)
	case len(w) < n:
		panic(shortW)
	}
	citype, cn, clda, cldb, clwork, cliwork := lint(itype), lint(n), lint(lda), lint(ldb), lint(lwork), lint(liwork)
	s := enter(len(a))
	info := C.LAPACKE_dsygvd_work(C.LAPACK_COL_MAJOR, citype, C.char(jobz), transUplo(ul), cn, f64(a), clda, f64(b), cldb, f64(w), f64(work), clwork, intScratch(iwork), cliwork)
	nativecall.Exit(s)
	if minor, ok := gvdResult(status("LAPACKE_dsygvd_work", info), n); !ok {
		return minor, false
	}
	if wantz {
		transposeSquare(n, a, lda)
	}
	return 0, true
}

// Dggev computes the generalized eigenvalues and, optionally, the left
// and/or right generalized eigenvectors of the pair of n×n real matrices
// (A, B), using LAPACK's dggev (QZ). This signature is new (gonum has no
// generalized nonsymmetric eigensolver); it follows Dgeev's.
//
// The generalized eigenvalues are λ_j = (alphar[j] + i*alphai[j]) / beta[j]
// (all three of length at least n); beta[j] may be zero (an infinite
// eigenvalue), and alphar[j], alphai[j] and beta[j] may all underflow or
// overflow even when λ_j does not, which is why they are returned apart.
// Complex eigenvalues come in conjugate pairs, the one with positive
// imaginary part first.
//
// A right eigenvector v_j satisfies A*v_j = λ_j*B*v_j and a left one u_j
// satisfies u_jᴴ*A = λ_j*u_jᴴ*B. They are stored in the columns of vr and
// vl (n×n each, when wanted) as Dgeev stores them: a real eigenvalue's
// vector in column j; for a complex pair j, j+1 the vector of λ_j is
// column j + i*column j+1 and that of λ_{j+1} its conjugate. Each vector is
// scaled so that its largest component has |real| + |imag| = 1. vl and vr
// are not referenced when not wanted (ldvl and ldvr must still be at least
// 1). a and b are destroyed.
//
// ok is false on failure. If the QZ iteration failed, first > 0 and the
// eigenvalues first…n-1 are correct (LAPACK's info = first); if another
// part of the QZ algorithm failed (info n+1), first == n and no eigenvalue
// is reliable; if only the eigenvector computation failed (info n+2),
// first == 0.
//
// work must have length at least max(1,lwork) and lwork must be at least
// max(1,8*n) or -1, in which case Dggev only stores LAPACK's optimal lwork
// in work[0].
//
// Dggev panics if a job is invalid, n < 0, a leading dimension is too
// small, lwork is invalid, or a slice is too short.
//
// It goes through LAPACKE's row-major path (transposed copies): QZ on the
// transposed pencil would find the eigenvalues in a different order.
func (Implementation) Dggev(jobvl lapack.LeftEVJob, jobvr lapack.RightEVJob, n int, a []float64, lda int, b []float64, ldb int, alphar, alphai, beta, vl []float64, ldvl int, vr []float64, ldvr int, work []float64, lwork int) (first int, ok bool) {
	wantvl, wantvr := checkGgev(jobvl, jobvr, n, lda, ldb, ldvl, ldvr, lwork, max(1, 8*n), len(work))
	if n == 0 {
		work[0] = 1
		return 0, true
	}
	if lwork == -1 {
		cn, clda, cldb, cldvl, cldvr := lint(n), lint(lda), lint(ldb), lint(ldvl), lint(ldvr)
		s := enter(len(a))
		info := C.LAPACKE_dggev_work(rowMajor, C.char(jobvl), C.char(jobvr), cn, nil, clda, nil, cldb, nil, nil, nil, nil, cldvl, nil, cldvr, f64(work), -1)
		nativecall.Exit(s)
		status("LAPACKE_dggev_work", info)
		return 0, true
	}
	switch {
	case len(a) < (n-1)*lda+n:
		panic(shortA)
	case len(b) < (n-1)*ldb+n:
		panic(shortB)
	case len(alphar) < n:
		panic(drvShortAlphar)
	case len(alphai) < n:
		panic(drvShortAlphai)
	case len(beta) < n:
		panic(drvShortBeta)
	case wantvl && len(vl) < (n-1)*ldvl+n:
		panic(shortVL)
	case wantvr && len(vr) < (n-1)*ldvr+n:
		panic(shortVR)
	}
	cn, clda, cldb, cldvl, cldvr, clwork := lint(n), lint(lda), lint(ldb), lint(ldvl), lint(ldvr), lint(lwork)
	s := enter(len(a))
	info := C.LAPACKE_dggev_work(rowMajor, C.char(jobvl), C.char(jobvr), cn, f64(a), clda, f64(b), cldb, f64(alphar), f64(alphai), f64(beta), f64(vl), cldvl, f64(vr), cldvr, f64(work), clwork)
	nativecall.Exit(s)
	return drvGgevFirst(status("LAPACKE_dggev_work", info), n)
}

// drvGgevFirst maps ?ggev's info to (first, ok), as Dggev documents.
func drvGgevFirst(info, n int) (first int, ok bool) {
	switch {
	case info == 0:
		return 0, true
	case info <= n:
		return info, false
	case info == n+1:
		return n, false
	}
	return 0, false
}
