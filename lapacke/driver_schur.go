package lapacke

// Real Schur drivers: Schur factorization (dgees), generalized Schur
// factorization (dgges), the Sylvester equation (dtrsyl) and reordering of
// a Schur factorization (dtrsen).

/*
#cgo noescape LAPACKE_dgees_work
#cgo nocallback LAPACKE_dgees_work
#cgo noescape LAPACKE_dgges_work
#cgo nocallback LAPACKE_dgges_work
#cgo noescape LAPACKE_dtrsyl_work
#cgo nocallback LAPACKE_dtrsyl_work
#cgo noescape LAPACKE_dtrsen_work
#cgo nocallback LAPACKE_dtrsen_work
#include <lapacke.h>
*/
import "C"

import (
	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/lapack"

	"github.com/goscipy/goscipy/internal/nativecall"
)

// drvWantSchur validates a Schur-vector job: lapack.SchurOrig computes the
// vectors, lapack.SchurNone does not; lapack.SchurHess is not meaningful
// for the drivers.
func drvWantSchur(job lapack.SchurComp) bool {
	switch job {
	case lapack.SchurOrig:
		return true
	case lapack.SchurNone:
		return false
	}
	panic(badSchurComp)
}

// Dgees computes the real Schur factorization A = Z * T * Zᵀ of the n×n
// real matrix A, optionally reordering it so that the eigenvalues selected
// by sort come first, using LAPACK's dgees (scipy.linalg.schur). This
// signature is new.
//
// On return a holds T, upper quasi-triangular: 1×1 diagonal blocks hold
// real eigenvalues and 2×2 blocks complex conjugate pairs, in standard form
// (equal diagonal elements, off-diagonal elements of opposite sign). wr and
// wi (length at least n) receive the eigenvalues in the order they appear
// on the diagonal of T, conjugate pairs together with the positive
// imaginary part first. If jobvs == lapack.SchurOrig, vs (n×n) receives the
// orthogonal Schur vectors Z; with lapack.SchurNone it is not referenced
// (ldvs must still be at least 1).
//
// sort selects eigenvalues to move to the top left (SortNone keeps LAPACK's
// order; see SchurSort for the predicates). sdim is then the number of
// selected eigenvalues, a conjugate pair counting as two if either member
// is selected.
//
// info is LAPACK's info, which is never negative here:
//
//	0:        success;
//	1…n:      the QR algorithm failed; wr[info:] and wi[info:] (and any
//	          eigenvalues isolated by balancing) are those that converged,
//	          and a and vs hold a partially converged Schur form;
//	n+1:      the eigenvalues could not be reordered because some were too
//	          close to separate (a very ill-conditioned problem);
//	n+2:      after reordering, rounding changed some complex eigenvalues so
//	          that the leading ones no longer all satisfy the predicate
//	          (scaling can also cause this).
//
// work must have length at least max(1,lwork) and lwork must be at least
// max(1,3*n) or -1, in which case Dgees only stores LAPACK's optimal lwork
// in work[0]. Dgees allocates LAPACK's logical workspace itself when
// sorting.
//
// Dgees panics if jobvs or sort is invalid, n < 0, lda or ldvs is too
// small, lwork is invalid, or a slice is too short.
//
// It uses LAPACKE's row-major path, which checks ldvs >= n even when the
// vectors are not wanted (the defect class of Reference-LAPACK/lapack#1090;
// workaround 7 in workarounds.go); Dgees passes ldvs raised to n then,
// since LAPACK does not reference vs.
func (Implementation) Dgees(jobvs lapack.SchurComp, sort SchurSort, n int, a []float64, lda int, wr, wi, vs []float64, ldvs int, work []float64, lwork int) (sdim, info int) {
	wantvs := checkGees(jobvs, sort, n, lda, ldvs, lwork, max(1, 3*n), len(work))
	csort, bwork := sortArgs(sort, n)
	if n == 0 {
		work[0] = 1
		return 0, 0
	}
	ldvsC := lapackeLd(ldvs, n) // workaround 7 in workarounds.go
	var cs C.lapack_int
	sel := dselect2(sort)
	if lwork == -1 {
		cn, clda, cldvsC := lint(n), lint(lda), lint(ldvsC)
		s := enter(len(a))
		r := C.LAPACKE_dgees_work(rowMajor, C.char(jobvs), csort, sel, cn, nil, clda, &cs, nil, nil, nil, cldvsC, f64(work), -1, drvLp(bwork))
		nativecall.Exit(s)
		status("LAPACKE_dgees_work", r)
		return 0, 0
	}
	switch {
	case len(a) < (n-1)*lda+n:
		panic(shortA)
	case len(wr) < n:
		panic(shortWr)
	case len(wi) < n:
		panic(shortWi)
	case wantvs && len(vs) < (n-1)*ldvs+n:
		panic(drvShortVS)
	}
	cn, clda, cldvsC, clwork := lint(n), lint(lda), lint(ldvsC), lint(lwork)
	s := enter(len(a))
	r := C.LAPACKE_dgees_work(rowMajor, C.char(jobvs), csort, sel, cn, f64(a), clda, &cs, f64(wr), f64(wi), f64(vs), cldvsC, f64(work), clwork, drvLp(bwork))
	nativecall.Exit(s)
	return int(cs), status("LAPACKE_dgees_work", r)
}

// Dgges computes the generalized real Schur factorization of the pair of
// n×n real matrices (A, B),
//
//	A = Q * S * Zᵀ,  B = Q * T * Zᵀ,
//
// optionally reordering it so that the generalized eigenvalues selected by
// sort come first, using LAPACK's dgges (QZ; scipy.linalg.qz). This
// signature is new.
//
// On return a holds S, upper quasi-triangular, and b holds T, upper
// triangular with non-negative diagonal where S has 1×1 blocks; the 2×2
// blocks of S correspond to 2×2 blocks of T in diagonal form with positive
// entries. The generalized eigenvalues are (alphar[j] + i*alphai[j]) /
// beta[j] (each slice of length at least n), conjugate pairs together with
// the positive imaginary part first; beta[j] may be zero. If jobvsl
// (jobvsr) is lapack.SchurOrig, vsl (vsr), n×n, receives the left (right)
// Schur vectors Q (Z); with lapack.SchurNone it is not referenced (its
// leading dimension must still be at least 1).
//
// sort and sdim are as for Dgees, with SchurSort's generalized predicates.
//
// info is LAPACK's info, never negative here:
//
//	0:        success;
//	1…n:      the QZ iteration failed; (a, b) are not in Schur form, but
//	          alphar[j], alphai[j] and beta[j] are correct for j >= info;
//	n+1:      a failure other than in the QZ iteration (LAPACK's dhgeqz);
//	n+2:      after reordering, rounding changed some complex eigenvalues so
//	          that the leading ones no longer all satisfy the predicate;
//	n+3:      the reordering failed (LAPACK's dtgsen).
//
// work must have length at least max(1,lwork) and lwork must be at least
// max(8*n, 6*n+16) (1 if n == 0) or -1, in which case Dgges only stores
// LAPACK's optimal lwork in work[0]. Dgges allocates LAPACK's logical
// workspace itself when sorting.
//
// Dgges panics if a job or sort is invalid, n < 0, a leading dimension is
// too small, lwork is invalid, or a slice is too short.
func (Implementation) Dgges(jobvsl, jobvsr lapack.SchurComp, sort SchurSort, n int, a []float64, lda int, b []float64, ldb int, alphar, alphai, beta, vsl []float64, ldvsl int, vsr []float64, ldvsr int, work []float64, lwork int) (sdim, info int) {
	minwork := 1
	if n > 0 {
		minwork = max(8*n, 6*n+16)
	}
	wantvsl, wantvsr := checkGges(jobvsl, jobvsr, sort, n, lda, ldb, ldvsl, ldvsr, lwork, minwork, len(work))
	csort, bwork := sortArgs(sort, n)
	if n == 0 {
		work[0] = 1
		return 0, 0
	}
	var cs C.lapack_int
	sel := dselect3(sort)
	if lwork == -1 {
		cn, clda, cldb, cldvsl, cldvsr := lint(n), lint(lda), lint(ldb), lint(ldvsl), lint(ldvsr)
		s := enter(len(a))
		r := C.LAPACKE_dgges_work(rowMajor, C.char(jobvsl), C.char(jobvsr), csort, sel, cn, nil, clda, nil, cldb, &cs, nil, nil, nil, nil, cldvsl, nil, cldvsr, f64(work), -1, drvLp(bwork))
		nativecall.Exit(s)
		status("LAPACKE_dgges_work", r)
		return 0, 0
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
	case wantvsl && len(vsl) < (n-1)*ldvsl+n:
		panic(drvShortVSL)
	case wantvsr && len(vsr) < (n-1)*ldvsr+n:
		panic(drvShortVSR)
	}
	cn, clda, cldb, cldvsl, cldvsr, clwork := lint(n), lint(lda), lint(ldb), lint(ldvsl), lint(ldvsr), lint(lwork)
	s := enter(len(a))
	r := C.LAPACKE_dgges_work(rowMajor, C.char(jobvsl), C.char(jobvsr), csort, sel, cn, f64(a), clda, f64(b), cldb, &cs, f64(alphar), f64(alphai), f64(beta), f64(vsl), cldvsl, f64(vsr), cldvsr, f64(work), clwork, drvLp(bwork))
	nativecall.Exit(s)
	return int(cs), status("LAPACKE_dgges_work", r)
}

// drvTrsylCheck validates the shape arguments of ?trsyl.
func drvTrsylCheck(isgn, m, n, lda, ldb, ldc int) {
	switch {
	case isgn != 1 && isgn != -1:
		panic(drvBadIsgn)
	case m < 0:
		panic(mLT0)
	case n < 0:
		panic(nLT0)
	case lda < max(1, m):
		panic(badLdA)
	case ldb < max(1, n):
		panic(badLdB)
	case ldc < max(1, n):
		panic(badLdC)
	}
}

// drvTrsylLens panics if a, b or c is too short for ?trsyl.
func drvTrsylLens(m, n, lda, ldb, ldc, la, lb, lc int) {
	switch {
	case la < (m-1)*lda+m:
		panic(shortA)
	case lb < (n-1)*ldb+n:
		panic(shortB)
	case lc < (m-1)*ldc+n:
		panic(shortC)
	}
}

// Dtrsyl solves the real Sylvester equation
//
//	op(A)*X + isgn*X*op(B) = scale*C
//
// for the m×n matrix X, where A (m×m) and B (n×n) are upper
// quasi-triangular in Schur canonical form (as Dgees returns T), op(M) is M
// or Mᵀ as trans is blas.NoTrans or blas.Trans (blas.ConjTrans means
// blas.Trans), and isgn is 1 or -1. It uses LAPACK's dtrsyl
// (scipy.linalg.solve_sylvester after the Schur factorizations). This
// signature is new.
//
// On return c (m×n) holds X. scale, at most 1, is chosen to avoid overflow
// in X. ok is false if A and -isgn*B have common or very close eigenvalues;
// perturbed values were then used to solve the equation (LAPACK's info 1).
// If m or n is zero, Dtrsyl returns scale 1 and true.
//
// Dtrsyl panics if a flag or isgn is invalid, m or n is negative, a leading
// dimension is too small, or a slice is too short.
func (Implementation) Dtrsyl(trana, tranb blas.Transpose, isgn, m, n int, a []float64, lda int, b []float64, ldb int, c []float64, ldc int) (scale float64, ok bool) {
	switch {
	case trana != blas.NoTrans && trana != blas.Trans && trana != blas.ConjTrans:
		panic(badTrans)
	case tranb != blas.NoTrans && tranb != blas.Trans && tranb != blas.ConjTrans:
		panic(badTrans)
	}
	drvTrsylCheck(isgn, m, n, lda, ldb, ldc)
	if m == 0 || n == 0 {
		return 1, true
	}
	drvTrsylLens(m, n, lda, ldb, ldc, len(a), len(b), len(c))
	var cs C.double
	cisgn, cm, cn, clda, cldb, cldc := lint(isgn), lint(m), lint(n), lint(lda), lint(ldb), lint(ldc)
	s := enter(len(a))
	r := C.LAPACKE_dtrsyl_work(rowMajor, C.char(trana), C.char(tranb), cisgn, cm, cn, f64(a), clda, f64(b), cldb, f64(c), cldc, &cs)
	nativecall.Exit(s)
	return float64(cs), status("LAPACKE_dtrsyl_work", r) == 0
}

// drvCheckCondJob validates a CondJob and reports whether s and sep are
// wanted.
func drvCheckCondJob(job CondJob) (wants, wantsep bool) {
	switch job {
	case CondNone:
	case CondEigenvalues:
		wants = true
	case CondSubspace:
		wantsep = true
	case CondBoth:
		wants, wantsep = true, true
	default:
		panic(drvBadCondJob)
	}
	return wants, wantsep
}

// drvWantQ validates compq for ?trsen.
func drvWantQ(compq lapack.UpdateSchurComp) bool {
	switch compq {
	case lapack.UpdateSchur:
		return true
	case lapack.UpdateSchurNone:
		return false
	}
	panic(badUpdateSchurComp)
}

// Dtrsen reorders the real Schur factorization A = Q*T*Qᵀ so that the
// eigenvalues selected by selected form the leading block of T, and
// optionally computes reciprocal condition numbers of their average (s) and
// of the invariant subspace (sep), using LAPACK's dtrsen (scipy.linalg's
// ordschur and the sort of qz/ordqz use the same machinery). This signature
// is new.
//
// t (n×n) holds T in Schur canonical form, as Dgees returns it, and is
// overwritten with the reordered T. If compq == lapack.UpdateSchur, q
// (n×n) holds Q and is post-multiplied by the reordering transformation;
// with lapack.UpdateSchurNone it is not referenced (ldq must still be at
// least 1). selected (length n) marks eigenvalue j (in the order of T's
// diagonal) with selected[j]; for a complex conjugate pair, selecting
// either member selects both. wr and wi (length at least n) receive the
// reordered eigenvalues.
//
// m is the dimension of the selected invariant subspace, pairs counting
// twice. s (for CondEigenvalues or CondBoth) and sep (for CondSubspace or
// CondBoth) are the condition estimates; each is 0 when not requested.
//
// ok is false if the reordering failed because some eigenvalues are too
// close to separate (LAPACK's info 1): t may then be partly reordered, wr
// and wi are in its order, and s and sep are 0.
//
// With nn = m*(n-m), work must have length at least max(1,lwork) with lwork
// at least max(1,n) for CondNone, max(1,nn) for CondEigenvalues and
// max(1,2*nn) otherwise; iwork must have length at least max(1,liwork) with
// liwork at least max(1,nn) for CondSubspace and CondBoth and 1 otherwise.
// If lwork or liwork is -1, Dtrsen only stores LAPACK's answers in work[0]
// and iwork[0] (dtrsen's minimal sizes; it has no larger optimum) and
// returns m; t and selected are needed then too, to count m.
//
// Dtrsen panics if job or compq is invalid, n < 0, ldt or ldq is too small,
// len(selected) != n, a workspace size is invalid, or a slice is too short.
//
// It uses LAPACKE's row-major path, passing ldq raised to n when Q is not
// wanted because LAPACKE checks it regardless (workaround 8 in
// workarounds.go).
func (Implementation) Dtrsen(job CondJob, compq lapack.UpdateSchurComp, selected []bool, n int, t []float64, ldt int, q []float64, ldq int, wr, wi, work []float64, lwork int, iwork []int, liwork int) (m int, s, sep float64, ok bool) {
	wants, wantsep, wantq := checkTrsen(job, compq, n, ldt, ldq, len(selected))
	if n > 0 && len(t) < (n-1)*ldt+n {
		panic(shortT)
	}
	// The subspace dimension, counted as dtrsen counts it.
	for k := 0; k < n; k++ {
		if k < n-1 && t[(k+1)*ldt+k] != 0 {
			if selected[k] || selected[k+1] {
				m += 2
			}
			k++
			continue
		}
		if selected[k] {
			m++
		}
	}
	nn := m * (n - m)
	lwmin, liwmin := max(1, n), 1
	switch {
	case wantsep:
		lwmin, liwmin = max(1, 2*nn), max(1, nn)
	case wants:
		lwmin = max(1, nn)
	}
	query := lwork == -1 || liwork == -1
	drvWorkCheck(query, lwork, lwmin, len(work), badLWork, shortWork)
	drvWorkCheck(query, liwork, liwmin, len(iwork), drvBadLIWork, shortIWork)
	if n == 0 {
		work[0], iwork[0] = 1, 1
		return 0, 0, 0, true
	}
	sel := drvLogicals(selected)
	var cm C.lapack_int
	var cs, csep C.double
	if query {
		cn, cldt, cldq, clwork, cliwork := lint(n), lint(ldt), lint(lapackeLd(ldq, n)), lint(lwork), lint(liwork)
		sem := enter(len(t))
		r := C.LAPACKE_dtrsen_work(rowMajor, C.char(job), C.char(compq), drvLp(sel), cn, f64(t), cldt, nil, cldq, nil, nil, &cm, &cs, &csep, f64(work), clwork, intScratch(iwork), cliwork)
		nativecall.Exit(sem)
		status("LAPACKE_dtrsen_work", r)
		iworkAnswer(iwork)
		return int(cm), 0, 0, true
	}
	switch {
	case wantq && len(q) < (n-1)*ldq+n:
		panic(shortQ)
	case len(wr) < n:
		panic(shortWr)
	case len(wi) < n:
		panic(shortWi)
	}
	cn, cldt, cldq, clwork, cliwork := lint(n), lint(ldt), lint(lapackeLd(ldq, n)), lint(lwork), lint(liwork)
	sem := enter(len(t))
	r := C.LAPACKE_dtrsen_work(rowMajor, C.char(job), C.char(compq), drvLp(sel), cn, f64(t), cldt, f64(q), cldq, f64(wr), f64(wi), &cm, &cs, &csep, f64(work), clwork, intScratch(iwork), cliwork)
	nativecall.Exit(sem)
	ok = status("LAPACKE_dtrsen_work", r) == 0
	return int(cm), float64(cs), float64(csep), ok
}
