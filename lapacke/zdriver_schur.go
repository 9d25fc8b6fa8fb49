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
#cgo nocallback goscipy_zselect1
#cgo nocallback goscipy_zselect2
#include <complex.h>
#include <lapacke.h>

// SciPy's eigenvalue predicates for complex Schur forms (see SchurSort and
// driver_schur.go, whose approach to moduli this repeats): λ = *w for the
// standard problem, λ = *a / *b for the generalized one.
static double goscipy_zabs1(double x) { return x < 0 ? -x : x; }
static double goscipy_zmax(double x, double y) { return x > y ? x : y; }

static int goscipy_zcmp_mod(double xr, double xi, double yr, double yi) {
	double s = goscipy_zmax(goscipy_zmax(goscipy_zabs1(xr), goscipy_zabs1(xi)),
		goscipy_zmax(goscipy_zabs1(yr), goscipy_zabs1(yi)));
	if (s == 0) {
		return 0;
	}
	xr /= s; xi /= s; yr /= s; yi /= s;
	double d = (xr*xr + xi*xi) - (yr*yr + yi*yi);
	return (d > 0) - (d < 0);
}

// goscipy_zsign_re_div returns the sign of real(a/b) for b != 0: that of
// re(a)re(b) + im(a)im(b), computed on a and b each scaled by its largest
// component so that nothing overflows.
static int goscipy_zsign_re_div(lapack_complex_double a, lapack_complex_double b) {
	double ar = creal(a), ai = cimag(a), br = creal(b), bi = cimag(b);
	double sa = goscipy_zmax(goscipy_zabs1(ar), goscipy_zabs1(ai));
	double sb = goscipy_zmax(goscipy_zabs1(br), goscipy_zabs1(bi));
	if (sa == 0) {
		return 0;
	}
	double d = (ar/sa)*(br/sb) + (ai/sa)*(bi/sb);
	return (d > 0) - (d < 0);
}

static lapack_logical goscipy_z1_lhp(const lapack_complex_double *w) { return creal(*w) < 0; }
static lapack_logical goscipy_z1_rhp(const lapack_complex_double *w) { return creal(*w) >= 0; }
static lapack_logical goscipy_z1_iuc(const lapack_complex_double *w) {
	return goscipy_zcmp_mod(creal(*w), cimag(*w), 1, 0) <= 0;
}
static lapack_logical goscipy_z1_ouc(const lapack_complex_double *w) {
	return goscipy_zcmp_mod(creal(*w), cimag(*w), 1, 0) > 0;
}

static lapack_logical goscipy_z2_lhp(const lapack_complex_double *a, const lapack_complex_double *b) {
	return *b != 0 && goscipy_zsign_re_div(*a, *b) < 0;
}
static lapack_logical goscipy_z2_rhp(const lapack_complex_double *a, const lapack_complex_double *b) {
	return *b != 0 && goscipy_zsign_re_div(*a, *b) > 0;
}
static lapack_logical goscipy_z2_iuc(const lapack_complex_double *a, const lapack_complex_double *b) {
	return *b != 0 && goscipy_zcmp_mod(creal(*a), cimag(*a), creal(*b), cimag(*b)) < 0;
}
static lapack_logical goscipy_z2_ouc(const lapack_complex_double *a, const lapack_complex_double *b) {
	if (*b == 0) {
		return *a != 0;
	}
	return goscipy_zcmp_mod(creal(*a), cimag(*a), creal(*b), cimag(*b)) > 0;
}

static LAPACK_Z_SELECT1 goscipy_zselect1(int kind) {
	switch (kind) {
	case 'L': return goscipy_z1_lhp;
	case 'R': return goscipy_z1_rhp;
	case 'I': return goscipy_z1_iuc;
	case 'O': return goscipy_z1_ouc;
	}
	return NULL;
}
static LAPACK_Z_SELECT2 goscipy_zselect2(int kind) {
	switch (kind) {
	case 'L': return goscipy_z2_lhp;
	case 'R': return goscipy_z2_rhp;
	case 'I': return goscipy_z2_iuc;
	case 'O': return goscipy_z2_ouc;
	}
	return NULL;
}
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
	wantvs := drvWantSchur(jobvs)
	csort, bwork := drvSortArgs(sort, n)
	switch {
	case n < 0:
		panic(nLT0)
	case lda < max(1, n):
		panic(badLdA)
	case ldvs < 1 || (wantvs && ldvs < n):
		panic(drvBadLdVS)
	case lwork < max(1, 2*n) && lwork != -1:
		panic(badLWork)
	case len(work) < max(1, lwork):
		panic(shortWork)
	}
	if n == 0 {
		work[0] = 1
		return 0, 0
	}
	ldvsC := max(ldvs, n) // see Dgees
	var cs C.lapack_int
	sel := C.goscipy_zselect1(C.int(sort))
	if lwork == -1 {
		s := nativecall.Enter()
		r := C.LAPACKE_zgees_work(rowMajor, C.char(jobvs), csort, sel, lint(n), nil, lint(lda), &cs, nil, nil, lint(ldvsC), c128(work), -1, nil, drvLp(bwork))
		nativecall.Exit(s)
		drvStatus("zgees", r)
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
	s := nativecall.Enter()
	r := C.LAPACKE_zgees_work(rowMajor, C.char(jobvs), csort, sel, lint(n), c128(a), lint(lda), &cs, c128(w), c128(vs), lint(ldvsC), c128(work), lint(lwork), f64(rwork), drvLp(bwork))
	nativecall.Exit(s)
	return int(cs), drvStatus("zgees", r)
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
	wantvsl, wantvsr := drvWantSchur(jobvsl), drvWantSchur(jobvsr)
	csort, bwork := drvSortArgs(sort, n)
	switch {
	case n < 0:
		panic(nLT0)
	case lda < max(1, n):
		panic(badLdA)
	case ldb < max(1, n):
		panic(badLdB)
	case ldvsl < 1 || (wantvsl && ldvsl < n):
		panic(drvBadLdVSL)
	case ldvsr < 1 || (wantvsr && ldvsr < n):
		panic(drvBadLdVSR)
	case lwork < max(1, 2*n) && lwork != -1:
		panic(badLWork)
	case len(work) < max(1, lwork):
		panic(shortWork)
	}
	if n == 0 {
		work[0] = 1
		return 0, 0
	}
	var cs C.lapack_int
	sel := C.goscipy_zselect2(C.int(sort))
	if lwork == -1 {
		s := nativecall.Enter()
		r := C.LAPACKE_zgges_work(rowMajor, C.char(jobvsl), C.char(jobvsr), csort, sel, lint(n), nil, lint(lda), nil, lint(ldb), &cs, nil, nil, nil, lint(ldvsl), nil, lint(ldvsr), c128(work), -1, nil, drvLp(bwork))
		nativecall.Exit(s)
		drvStatus("zgges", r)
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
	s := nativecall.Enter()
	r := C.LAPACKE_zgges_work(rowMajor, C.char(jobvsl), C.char(jobvsr), csort, sel, lint(n), c128(a), lint(lda), c128(b), lint(ldb), &cs, c128(alpha), c128(beta), c128(vsl), lint(ldvsl), c128(vsr), lint(ldvsr), c128(work), lint(lwork), f64(rwork), drvLp(bwork))
	nativecall.Exit(s)
	return int(cs), drvStatus("zgges", r)
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
	s := nativecall.Enter()
	r := C.LAPACKE_ztrsyl_work(rowMajor, C.char(trana), C.char(tranb), lint(isgn), lint(m), lint(n), c128(a), lint(lda), c128(b), lint(ldb), c128(c), lint(ldc), &cs)
	nativecall.Exit(s)
	return float64(cs), drvStatus("ztrsyl", r) == 0
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
	wants, wantsep := drvCheckCondJob(job)
	wantq := drvWantQ(compq)
	switch {
	case n < 0:
		panic(nLT0)
	case ldt < max(1, n):
		panic(badLdT)
	case ldq < 1 || (wantq && ldq < n):
		panic(badLdQ)
	case len(selected) != n:
		panic(badLenSelected)
	}
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
		sem := nativecall.Enter()
		r := C.LAPACKE_ztrsen_work(rowMajor, C.char(job), C.char(compq), &sel[0], lint(n), c128(t), lint(ldt), nil, lint(max(ldq, n)), nil, &cm, &cs, &csep, c128(work), -1)
		nativecall.Exit(sem)
		drvStatus("ztrsen", r)
		return int(cm), 0, 0, true
	}
	switch {
	case wantq && len(q) < (n-1)*ldq+n:
		panic(shortQ)
	case len(w) < n:
		panic(shortW)
	}
	sem := nativecall.Enter()
	r := C.LAPACKE_ztrsen_work(rowMajor, C.char(job), C.char(compq), &sel[0], lint(n), c128(t), lint(ldt), c128(q), lint(max(ldq, n)), c128(w), &cm, &cs, &csep, c128(work), lint(lwork))
	nativecall.Exit(sem)
	ok = drvStatus("ztrsen", r) == 0
	return int(cm), float64(cs), float64(csep), ok
}
