package lapacke

// Reordering of a generalized Schur decomposition: dtgsen and ztgsen
// (scipy.linalg.ordqz), without condition estimates.

/*
#cgo noescape LAPACKE_dtgsen_work
#cgo nocallback LAPACKE_dtgsen_work
#cgo noescape LAPACKE_ztgsen_work
#cgo nocallback LAPACKE_ztgsen_work
#include <lapacke.h>
*/
import "C"

import (
	"github.com/goscipy/goscipy/internal/nativecall"
)

// tgsenCheck validates the shape arguments shared by Dtgsen and Ztgsen.
func tgsenCheck(wantq, wantz bool, n, lda, ldb, ldq, ldz, lenSelected int) {
	switch {
	case n < 0:
		panic(nLT0)
	case lda < max(1, n):
		panic(badLdA)
	case ldb < max(1, n):
		panic(badLdB)
	case ldq < 1 || (wantq && ldq < n):
		panic(badLdQ)
	case ldz < 1 || (wantz && ldz < n):
		panic(badLdZ)
	case lenSelected != n:
		panic(badLenSelected)
	}
}

// tgsenLens checks the lengths of the matrix arguments of Dtgsen and Ztgsen.
func tgsenLens(wantq, wantz bool, n, lda, ldb, ldq, ldz, la, lb, lq, lz int) {
	switch {
	case la < (n-1)*lda+n:
		panic(shortA)
	case lb < (n-1)*ldb+n:
		panic(shortB)
	case wantq && lq < (n-1)*ldq+n:
		panic(shortQ)
	case wantz && lz < (n-1)*ldz+n:
		panic(shortZ)
	}
}

func tgsenLogical(b bool) C.lapack_logical {
	if b {
		return 1
	}
	return 0
}

// Dtgsen reorders the generalized real Schur decomposition
//
//	A = Q * S * Zᵀ,  B = Q * T * Zᵀ
//
// of a real matrix pair, as Dgges returns it, so that the generalized
// eigenvalues selected by selected form the leading diagonal blocks of
// (S, T), using LAPACK's dtgsen with ijob = 0 (no condition estimates; the
// reordering of scipy.linalg.ordqz). This signature is new.
//
// a (n×n) holds S, upper quasi-triangular, and b (n×n) T, upper
// triangular, in the standardized form Dgges returns; both are overwritten
// with the reordered pair. If wantq (wantz), q (z), n×n, holds Q (Z) and
// is post-multiplied by the reordering transformation; otherwise it is not
// referenced (its leading dimension must still be at least 1). selected
// (length n) marks eigenvalue j in the order of the diagonal; for a complex
// conjugate pair, selecting either member selects both. alphar, alphai and
// beta (length at least n) receive the reordered generalized eigenvalues
// (alphar[j] + i*alphai[j])/beta[j], as from Dgges.
//
// m is the dimension of the selected deflating subspace, a pair counting
// twice. ok is false if the reordering failed because the transformed pair
// would be too far from generalized Schur form (LAPACK's info 1): (a, b)
// may then be partly reordered.
//
// work must have length at least max(1,lwork), and lwork must be at least
// 4*n+16 (1 if n == 0) or -1, in which case Dtgsen only stores LAPACK's
// optimal lwork in work[0] (a and selected are read then to count m, and m
// is returned).
//
// Dtgsen panics if n < 0, a leading dimension is too small,
// len(selected) != n, lwork is invalid, or a slice is too short.
//
// It uses LAPACKE's row-major path, passing ldq and ldz raised to n when
// they are not wanted because LAPACKE checks them regardless (the defect
// class of workaround 8 in workarounds.go).
func (Implementation) Dtgsen(wantq, wantz bool, selected []bool, n int, a []float64, lda int, b []float64, ldb int, alphar, alphai, beta, q []float64, ldq int, z []float64, ldz int, work []float64, lwork int) (m int, ok bool) {
	tgsenCheck(wantq, wantz, n, lda, ldb, ldq, ldz, len(selected))
	minw := 1
	if n > 0 {
		minw = 4*n + 16
	}
	query := lwork == -1
	drvWorkCheck(query, lwork, minw, len(work), badLWork, shortWork)
	if n == 0 {
		work[0] = 1
		return 0, true
	}
	if len(a) < (n-1)*lda+n {
		panic(shortA)
	}
	sel := drvLogicals(selected)
	var cm C.lapack_int
	var iw C.lapack_int
	cwq, cwz := tgsenLogical(wantq), tgsenLogical(wantz)
	cn, clda, cldb, cldq, cldz := lint(n), lint(lda), lint(ldb), lint(lapackeLd(ldq, n)), lint(lapackeLd(ldz, n))
	if query {
		s := enter(len(a))
		r := C.LAPACKE_dtgsen_work(rowMajor, 0, cwq, cwz, drvLp(sel), cn, f64(a), clda, nil, cldb, nil, nil, nil, nil, cldq, nil, cldz, &cm, nil, nil, nil, f64(work), -1, &iw, -1)
		nativecall.Exit(s)
		status("LAPACKE_dtgsen_work", r)
		// m as dtgsen counts it, from a's 2×2 blocks (the query hands
		// LAPACK the untransposed array, so its own count is not used).
		for k := 0; k < n; k++ {
			if k < n-1 && a[(k+1)*lda+k] != 0 {
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
		return m, true
	}
	tgsenLens(wantq, wantz, n, lda, ldb, ldq, ldz, len(a), len(b), len(q), len(z))
	switch {
	case len(alphar) < n:
		panic(drvShortAlphar)
	case len(alphai) < n:
		panic(drvShortAlphai)
	case len(beta) < n:
		panic(drvShortBeta)
	}
	var pl, pr C.double
	var dif [2]C.double
	pdif := &dif[0]
	clwork := lint(lwork)
	s := enter(len(a))
	r := C.LAPACKE_dtgsen_work(rowMajor, 0, cwq, cwz, drvLp(sel), cn, f64(a), clda, f64(b), cldb, f64(alphar), f64(alphai), f64(beta), f64(q), cldq, f64(z), cldz, &cm, &pl, &pr, pdif, f64(work), clwork, &iw, 1)
	nativecall.Exit(s)
	return int(cm), status("LAPACKE_dtgsen_work", r) == 0
}

// Ztgsen reorders the generalized complex Schur decomposition
// A = Q * S * Zᴴ, B = Q * T * Zᴴ (as Zgges returns it) so that the
// generalized eigenvalues alpha[j]/beta[j] selected by selected come first
// on the diagonals of (S, T), using LAPACK's ztgsen with ijob = 0. m is the
// number of selected eigenvalues. Other arguments, results and panics are
// as for Dtgsen, with alpha and beta (length at least n) receiving the
// reordered diagonals, except that lwork must be at least 1 or -1.
func (Implementation) Ztgsen(wantq, wantz bool, selected []bool, n int, a []complex128, lda int, b []complex128, ldb int, alpha, beta, q []complex128, ldq int, z []complex128, ldz int, work []complex128, lwork int) (m int, ok bool) {
	tgsenCheck(wantq, wantz, n, lda, ldb, ldq, ldz, len(selected))
	query := lwork == -1
	switch {
	case !query && lwork < 1:
		panic(badLWork)
	case len(work) < max(1, lwork):
		panic(shortWork)
	}
	if n == 0 {
		work[0] = 1
		return 0, true
	}
	sel := drvLogicals(selected)
	var cm C.lapack_int
	var iw C.lapack_int
	cwq, cwz := tgsenLogical(wantq), tgsenLogical(wantz)
	cn, clda, cldb, cldq, cldz := lint(n), lint(lda), lint(ldb), lint(lapackeLd(ldq, n)), lint(lapackeLd(ldz, n))
	if query {
		s := enter(len(a))
		r := C.LAPACKE_ztgsen_work(rowMajor, 0, cwq, cwz, drvLp(sel), cn, nil, clda, nil, cldb, nil, nil, nil, cldq, nil, cldz, &cm, nil, nil, nil, c128(work), -1, &iw, -1)
		nativecall.Exit(s)
		status("LAPACKE_ztgsen_work", r)
		for _, v := range selected {
			if v {
				m++
			}
		}
		return m, true
	}
	tgsenLens(wantq, wantz, n, lda, ldb, ldq, ldz, len(a), len(b), len(q), len(z))
	switch {
	case len(alpha) < n:
		panic(drvShortAlpha)
	case len(beta) < n:
		panic(drvShortBeta)
	}
	var pl, pr C.double
	var dif [2]C.double
	pdif := &dif[0]
	clwork := lint(lwork)
	s := enter(len(a))
	r := C.LAPACKE_ztgsen_work(rowMajor, 0, cwq, cwz, drvLp(sel), cn, c128(a), clda, c128(b), cldb, c128(alpha), c128(beta), c128(q), cldq, c128(z), cldz, &cm, &pl, &pr, pdif, c128(work), clwork, &iw, 1)
	nativecall.Exit(s)
	return int(cm), status("LAPACKE_ztgsen_work", r) == 0
}
