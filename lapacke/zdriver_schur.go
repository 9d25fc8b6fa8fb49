package lapacke

// Complex Schur drivers: zgees, zgges, ztrsyl and ztrsen.

/*
#cgo noescape LAPACKE_zgees_work
#cgo nocallback LAPACKE_zgees_work
#cgo noescape LAPACKE_zgges_work
#cgo nocallback LAPACKE_zgges_work
#cgo noescape LAPACKE_ztrsyl_work
#cgo nocallback LAPACKE_ztrsyl_work
#cgo noescape LAPACKE_ztrsen_work
#cgo nocallback LAPACKE_ztrsen_work
#include <lapacke.h>
*/
import "C"

import (
	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/lapack"

	"github.com/goscipy/goscipy/internal/nativecall"
)

// Zgees computes the complex Schur factorization A = Z * T * Zᴴ of the n×n
// complex matrix A, with T upper triangular, optionally reordering it so
// that the eigenvalues selected by sort come first, using LAPACK's zgees.
//
// On return a holds T and w (length at least n) its diagonal, the
// eigenvalues. If jobvs == lapack.SchurOrig, vs (n×n) receives the unitary
// Schur vectors Z. sdim and info are as for Dgees (no pairs here, and info
// n+2 cannot happen in exact arithmetic but is still reported). lwork must
// be at least max(1,2*n) or -1, and rwork must have length at least n.
// Other arguments and panics are as for Dgees.
func (Implementation) Zgees(jobvs lapack.SchurComp, sort SchurSort, n int, a []complex128, lda int, w, vs []complex128, ldvs int, work []complex128, lwork int, rwork []float64) (sdim, info int) {
	wantvs := checkGees(jobvs, sort, n, lda, ldvs, lwork, max(1, 2*n), len(work))
	csort, bwork := sortArgs(sort, n)
	if n == 0 {
		work[0] = 1
		return 0, 0
	}
	ldvsC := lapackeLd(ldvs, n) // workaround 7 in workarounds.go
	var cs C.lapack_int
	sel := zselect1(sort)
	if lwork == -1 {
		cn, clda, cldvsC := lint(n), lint(lda), lint(ldvsC)
		s := enter(len(a))
		r := C.LAPACKE_zgees_work(rowMajor, C.char(jobvs), csort, sel, cn, nil, clda, &cs, nil, nil, cldvsC, c128(work), -1, nil, drvLp(bwork))
		nativecall.Exit(s)
		status("LAPACKE_zgees_work", r)
		return 0, 0
	}
	switch {
	case len(a) < (n-1)*lda+n:
		panic(shortA)
	case len(w) < n:
		panic(shortW)
	case wantvs && len(vs) < (n-1)*ldvs+n:
		panic(drvShortVS)
	case len(rwork) < n:
		panic(drvShortRWork)
	}
	cn, clda, cldvsC, clwork := lint(n), lint(lda), lint(ldvsC), lint(lwork)
	s := enter(len(a))
	r := C.LAPACKE_zgees_work(rowMajor, C.char(jobvs), csort, sel, cn, c128(a), clda, &cs, c128(w), c128(vs), cldvsC, c128(work), clwork, f64(rwork), drvLp(bwork))
	nativecall.Exit(s)
	return int(cs), status("LAPACKE_zgees_work", r)
}

// Zgges computes the generalized complex Schur factorization A = Q*S*Zᴴ,
// B = Q*T*Zᴴ of the pair of n×n complex matrices (A, B), with S and T upper
// triangular (T with real non-negative diagonal), optionally reordering it
// so that the generalized eigenvalues alpha[j]/beta[j] selected by sort
// come first, using LAPACK's zgges.
//
// On return a holds S and b holds T; alpha and beta (length at least n)
// hold their diagonals. Schur vectors, sdim and info are as for Dgges
// (info n+2 cannot happen in exact arithmetic). lwork must be at least
// max(1,2*n) or -1, and rwork must have length at least 8*n. Other
// arguments and panics are as for Dgges.
func (Implementation) Zgges(jobvsl, jobvsr lapack.SchurComp, sort SchurSort, n int, a []complex128, lda int, b []complex128, ldb int, alpha, beta, vsl []complex128, ldvsl int, vsr []complex128, ldvsr int, work []complex128, lwork int, rwork []float64) (sdim, info int) {
	wantvsl, wantvsr := checkGges(jobvsl, jobvsr, sort, n, lda, ldb, ldvsl, ldvsr, lwork, max(1, 2*n), len(work))
	csort, bwork := sortArgs(sort, n)
	if n == 0 {
		work[0] = 1
		return 0, 0
	}
	var cs C.lapack_int
	sel := zselect2(sort)
	if lwork == -1 {
		cn, clda, cldb, cldvsl, cldvsr := lint(n), lint(lda), lint(ldb), lint(ldvsl), lint(ldvsr)
		s := enter(len(a))
		r := C.LAPACKE_zgges_work(rowMajor, C.char(jobvsl), C.char(jobvsr), csort, sel, cn, nil, clda, nil, cldb, &cs, nil, nil, nil, cldvsl, nil, cldvsr, c128(work), -1, nil, drvLp(bwork))
		nativecall.Exit(s)
		status("LAPACKE_zgges_work", r)
		return 0, 0
	}
	switch {
	case len(a) < (n-1)*lda+n:
		panic(shortA)
	case len(b) < (n-1)*ldb+n:
		panic(shortB)
	case len(alpha) < n:
		panic(drvShortAlpha)
	case len(beta) < n:
		panic(drvShortBeta)
	case wantvsl && len(vsl) < (n-1)*ldvsl+n:
		panic(drvShortVSL)
	case wantvsr && len(vsr) < (n-1)*ldvsr+n:
		panic(drvShortVSR)
	case len(rwork) < 8*n:
		panic(drvShortRWork)
	}
	cn, clda, cldb, cldvsl, cldvsr, clwork := lint(n), lint(lda), lint(ldb), lint(ldvsl), lint(ldvsr), lint(lwork)
	s := enter(len(a))
	r := C.LAPACKE_zgges_work(rowMajor, C.char(jobvsl), C.char(jobvsr), csort, sel, cn, c128(a), clda, c128(b), cldb, &cs, c128(alpha), c128(beta), c128(vsl), cldvsl, c128(vsr), cldvsr, c128(work), clwork, f64(rwork), drvLp(bwork))
	nativecall.Exit(s)
	return int(cs), status("LAPACKE_zgges_work", r)
}

// Ztrsyl solves the complex Sylvester equation
//
//	op(A)*X + isgn*X*op(B) = scale*C
//
// for the m×n matrix X, with A (m×m) and B (n×n) upper triangular (as
// Zgees returns T) and op(M) = M or Mᴴ as trans is blas.NoTrans or
// blas.ConjTrans, using LAPACK's ztrsyl. LAPACK offers no plain transpose
// here, so blas.Trans panics. Results and other panics are as for Dtrsyl.
func (Implementation) Ztrsyl(trana, tranb blas.Transpose, isgn, m, n int, a []complex128, lda int, b []complex128, ldb int, c []complex128, ldc int) (scale float64, ok bool) {
	switch {
	case trana != blas.NoTrans && trana != blas.ConjTrans:
		panic(badTrans)
	case tranb != blas.NoTrans && tranb != blas.ConjTrans:
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
	r := C.LAPACKE_ztrsyl_work(rowMajor, C.char(trana), C.char(tranb), cisgn, cm, cn, c128(a), clda, c128(b), cldb, c128(c), cldc, &cs)
	nativecall.Exit(s)
	return float64(cs), status("LAPACKE_ztrsyl_work", r) == 0
}

// Ztrsen reorders the complex Schur factorization A = Q*T*Qᴴ so that the
// eigenvalues selected by selected come first on the diagonal of T, and
// optionally computes reciprocal condition numbers of their average (s) and
// of the invariant subspace (sep), using LAPACK's ztrsen. Arguments and
// results are as for Dtrsen, with w (length at least n) receiving the
// reordered eigenvalues and m = the number of selected eigenvalues.
//
// With nn = m*(n-m), work must have length at least max(1,lwork) with lwork
// at least 1 for CondNone, max(1,nn) for CondEigenvalues and max(1,2*nn)
// otherwise, or -1, in which case Ztrsen only stores LAPACK's answer in
// work[0] and returns m.
//
// Panics are as for Dtrsen.
func (Implementation) Ztrsen(job CondJob, compq lapack.UpdateSchurComp, selected []bool, n int, t []complex128, ldt int, q []complex128, ldq int, w, work []complex128, lwork int) (m int, s, sep float64, ok bool) {
	wants, wantsep, wantq := checkTrsen(job, compq, n, ldt, ldq, len(selected))
	for _, v := range selected {
		if v {
			m++
		}
	}
	nn := m * (n - m)
	lwmin := 1
	switch {
	case wantsep:
		lwmin = max(1, 2*nn)
	case wants:
		lwmin = max(1, nn)
	}
	switch {
	case lwork < lwmin && lwork != -1:
		panic(badLWork)
	case len(work) < max(1, lwork):
		panic(shortWork)
	}
	if n == 0 {
		work[0] = 1
		return 0, 0, 0, true
	}
	if len(t) < (n-1)*ldt+n {
		panic(shortT)
	}
	sel := drvLogicals(selected)
	var cm C.lapack_int
	var cs, csep C.double
	if lwork == -1 {
		cn, cldt, cldq := lint(n), lint(ldt), lint(lapackeLd(ldq, n))
		sem := enter(len(t))
		r := C.LAPACKE_ztrsen_work(rowMajor, C.char(job), C.char(compq), drvLp(sel), cn, c128(t), cldt, nil, cldq, nil, &cm, &cs, &csep, c128(work), -1)
		nativecall.Exit(sem)
		status("LAPACKE_ztrsen_work", r)
		return int(cm), 0, 0, true
	}
	switch {
	case wantq && len(q) < (n-1)*ldq+n:
		panic(shortQ)
	case len(w) < n:
		panic(shortW)
	}
	cn, cldt, cldq, clwork := lint(n), lint(ldt), lint(lapackeLd(ldq, n)), lint(lwork)
	sem := enter(len(t))
	r := C.LAPACKE_ztrsen_work(rowMajor, C.char(job), C.char(compq), drvLp(sel), cn, c128(t), cldt, c128(q), cldq, c128(w), &cm, &cs, &csep, c128(work), clwork)
	nativecall.Exit(sem)
	ok = status("LAPACKE_ztrsen_work", r) == 0
	return int(cm), float64(cs), float64(csep), ok
}
