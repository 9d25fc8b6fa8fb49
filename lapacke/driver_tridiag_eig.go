package lapacke

// Symmetric tridiagonal eigensolvers beyond Dsteqr and Dsterf: the simple
// driver (dstev), bisection (dstebz) with inverse iteration (dstein), and
// relatively robust representations (dstemr), the drivers behind
// scipy.linalg.eigh_tridiagonal.

/*
#cgo noescape LAPACKE_dstev_work
#cgo nocallback LAPACKE_dstev_work
#cgo noescape LAPACKE_dstebz_work
#cgo nocallback LAPACKE_dstebz_work
#cgo noescape LAPACKE_dstein_work
#cgo nocallback LAPACKE_dstein_work
#cgo noescape LAPACKE_dstemr_work
#cgo nocallback LAPACKE_dstemr_work
#include <lapacke.h>
*/
import "C"

import (
	"gonum.org/v1/gonum/lapack"

	"github.com/goscipy/goscipy/internal/nativecall"
)

// EVOrder selects how Dstebz orders the eigenvalues it returns (LAPACK's
// ORDER argument).
type EVOrder byte

const (
	// OrderBlock orders the eigenvalues block by block (the blocks of the
	// split tridiagonal matrix), ascending within each block, as Dstein
	// needs them.
	OrderBlock EVOrder = 'B'
	// OrderEntire orders all the eigenvalues ascending.
	OrderEntire EVOrder = 'E'
)

// Panic messages of the tridiagonal eigensolvers, in gonum's wording.
const (
	tdgBadEVOrder   = "lapack: bad EVOrder"
	tdgShortIblock  = "lapack: insufficient length of iblock"
	tdgShortIsplit  = "lapack: insufficient length of isplit"
	tdgShortIfail   = "lapack: insufficient length of ifail"
	tdgBadIblock    = "lapack: bad element of iblock"
	tdgBadIsplit    = "lapack: bad element of isplit"
	tdgMGTN         = "lapack: m > n"
	tdgWNotSorted   = "lapack: w not ascending within a block"
	tdgBadLdZForStv = "lapack: bad leading dimension of Z"
)

// tdgRangeCheck validates rng with vl, vu (RangeValue: vl < vu, neither
// NaN, when n > 0) and the 0-based il, iu (RangeIndex:
// 0 <= il <= iu < n, or il == 0, iu == -1 when n == 0), and returns the
// number of eigenvalues Z must have room for: n for RangeAll and
// RangeValue, iu-il+1 for RangeIndex.
func tdgRangeCheck(rng EVRange, n int, vl, vu float64, il, iu int) (ncols int) {
	switch rng {
	case RangeAll:
		return n
	case RangeValue:
		if n > 0 && !(vl < vu) {
			panic(drvBadVlVu)
		}
		return n
	case RangeIndex:
		lo, hi := il+1, iu+1
		switch {
		case lo < 1 || lo > max(1, n):
			panic(drvBadIl)
		case hi < min(n, lo) || hi > n:
			panic(drvBadIu)
		}
		return iu - il + 1
	}
	panic(drvBadEVRange)
}

// Dstev computes all eigenvalues and, optionally, eigenvectors of the n×n
// symmetric tridiagonal matrix with diagonal d (length ≥ n) and
// off-diagonal e (length ≥ n-1), using LAPACK's dstev (implicit QL or QR).
// This signature is new.
//
// On return d holds the eigenvalues in ascending order and e is destroyed.
// If jobz == lapack.EVCompute, z (n×n, ldz ≥ max(1,n)) receives the
// orthonormal eigenvectors, column j for d[j]; with lapack.EVNone z is not
// referenced (ldz must still be at least 1). work must have length at least
// max(1,2*n-2) when eigenvectors are wanted and is not referenced otherwise.
//
// ok is false if the algorithm failed to converge (LAPACK's info > 0): then
// e holds the off-diagonal elements that did not converge to zero.
//
// Dstev panics if jobz is invalid, n < 0, ldz is too small or a slice is
// too short. The eigenvectors are computed into a column-major buffer and
// transposed into z.
func (Implementation) Dstev(jobz lapack.EVJob, n int, d, e, z []float64, ldz int, work []float64) (ok bool) {
	wantz := jobz == lapack.EVCompute
	switch {
	case !wantz && jobz != lapack.EVNone:
		panic(badEVJob)
	case n < 0:
		panic(nLT0)
	case ldz < 1 || (wantz && ldz < n):
		panic(tdgBadLdZForStv)
	}
	if n == 0 {
		return true
	}
	switch {
	case len(d) < n:
		panic(shortD)
	case len(e) < n-1:
		panic(shortE)
	case wantz && len(z) < (n-1)*ldz+n:
		panic(shortZ)
	case wantz && len(work) < max(1, 2*n-2):
		panic(shortWork)
	}
	// LAPACK declares e of length max(1,n-1) and its QL sweep may touch
	// e(n-1) for n = 1; a private copy of length n keeps C inside Go memory.
	ec := make([]float64, n)
	copy(ec, e[:n-1])
	var zc, wk []float64
	cldz := lint(1)
	if wantz {
		zc = make([]float64, n*n)
		wk = work
		cldz = lint(n)
	}
	cn := lint(n)
	s := enter(len(d))
	info := C.LAPACKE_dstev_work(colMajor, C.char(jobz), cn, f64(d), f64(ec), f64(zc), cldz, f64(wk))
	nativecall.Exit(s)
	ok = status("LAPACKE_dstev_work", info) == 0
	copy(e[:n-1], ec)
	if wantz {
		drvRowFromCol(z, ldz, zc, n, n, n)
	}
	return ok
}

// Dstebz computes selected eigenvalues of the n×n symmetric tridiagonal
// matrix with diagonal d (length ≥ n) and off-diagonal e (length ≥ n-1) by
// bisection, using LAPACK's dstebz. This signature is new.
//
// rng, vl, vu, il and iu select the eigenvalues as in Dsyevr (RangeValue:
// the half-open interval (vl, vu]; RangeIndex: the il-th through iu-th
// smallest, 0-based and inclusive). abstol is the absolute tolerance of the
// eigenvalues; a value <= 0 means eps*‖T‖₁. order chooses the order of w.
//
// m is the number of eigenvalues found, in w[:m] (w has length ≥ n). The
// matrix splits into nsplit unreduced blocks where an off-diagonal element
// is negligible: isplit[:nsplit] (length ≥ n) holds the 0-based index of the
// last row of each block, and iblock[:m] (length ≥ n) the 0-based block of
// each eigenvalue, as Dstein takes them. d and e are not modified.
//
// ok is false if LAPACK reports info > 0: some eigenvalues did not
// converge or were not computed (see LAPACK's dstebz); w still holds the
// approximations.
//
// work must have length at least 4*n and iwork at least 3*n. Dstebz panics
// if rng or order is invalid, n < 0, vl, vu, il or iu is out of range, or a
// slice is too short.
func (Implementation) Dstebz(rng EVRange, order EVOrder, n int, vl, vu float64, il, iu int, abstol float64, d, e, w []float64, iblock, isplit []int, work []float64, iwork []int) (m, nsplit int, ok bool) {
	if order != OrderBlock && order != OrderEntire {
		panic(tdgBadEVOrder)
	}
	if n < 0 {
		panic(nLT0)
	}
	tdgRangeCheck(rng, n, vl, vu, il, iu)
	if n == 0 {
		return 0, 0, true
	}
	switch {
	case len(d) < n:
		panic(shortD)
	case len(e) < n-1:
		panic(shortE)
	case len(w) < n:
		panic(shortW)
	case len(iblock) < n:
		panic(tdgShortIblock)
	case len(isplit) < n:
		panic(tdgShortIsplit)
	case len(work) < 4*n:
		panic(shortWork)
	case len(iwork) < 3*n:
		panic(shortIWork)
	}
	// e is declared with length n-1 but LAPACK's dstebz is safe with n = 1
	// and an empty e only if e is a valid pointer: pass a private one.
	ec := e[:n-1]
	if n == 1 {
		ec = make([]float64, 1)
	}
	ib := make([]C.lapack_int, n)
	is := make([]C.lapack_int, n)
	var cm, cns C.lapack_int
	cn, cil, ciu := lint(n), lint(il+1), lint(iu+1)
	if rng != RangeIndex {
		cil, ciu = 1, 1
	}
	s := enter(len(d))
	info := C.LAPACKE_dstebz_work(C.char(rng), C.char(order), cn, C.double(vl), C.double(vu), cil, ciu, C.double(abstol), f64(d), f64(ec), &cm, &cns, f64(w), ip(ib), ip(is), f64(work), intScratch(iwork))
	nativecall.Exit(s)
	ok = status("LAPACKE_dstebz_work", info) == 0
	m, nsplit = int(cm), int(cns)
	intsFrom(iblock[:m], ib[:m], 1)
	intsFrom(isplit[:nsplit], is[:nsplit], 1)
	return m, nsplit, ok
}

// Dstein computes the eigenvectors of the n×n symmetric tridiagonal matrix
// with diagonal d (length ≥ n) and off-diagonal e (≥ n-1) belonging to the
// m eigenvalues w[:m], by inverse iteration, using LAPACK's dstein. This
// signature is new.
//
// w, iblock and isplit are as Dstebz returns them with OrderBlock:
// iblock[j] is the 0-based block of w[j], nondecreasing in j, with w
// ascending within each block, and isplit[k] the 0-based last row of block
// k. z (n×m, ldz ≥ max(1,m)) receives the eigenvectors, column j for w[j].
// ifail (length ≥ m) receives, for each j < m, the 0-based index of an
// eigenvector that failed to converge, or -1.
//
// ok is false if some eigenvectors failed to converge (LAPACK's info > 0);
// their indices are in ifail.
//
// work must have length at least 5*n and iwork at least n. Dstein panics
// if n < 0, m < 0 or m > n, ldz is too small, a slice is too short, or
// iblock or isplit do not describe blocks of the matrix (C would read out
// of bounds).
func (Implementation) Dstein(n int, d, e []float64, m int, w []float64, iblock, isplit []int, z []float64, ldz int, work []float64, iwork []int, ifail []int) (ok bool) {
	switch {
	case n < 0:
		panic(nLT0)
	case m < 0:
		panic(mLT0)
	case m > n:
		panic(tdgMGTN)
	case ldz < max(1, m):
		panic(badLdZ)
	}
	if n == 0 || m == 0 {
		return true
	}
	switch {
	case len(d) < n:
		panic(shortD)
	case len(e) < n-1:
		panic(shortE)
	case len(w) < m:
		panic(shortW)
	case len(iblock) < m:
		panic(tdgShortIblock)
	case len(z) < (n-1)*ldz+m:
		panic(shortZ)
	case len(work) < 5*n:
		panic(shortWork)
	case len(iwork) < n:
		panic(shortIWork)
	case len(ifail) < m:
		panic(tdgShortIfail)
	}
	for j := 0; j < m; j++ {
		b := iblock[j]
		if b < 0 || b >= n || (j > 0 && b < iblock[j-1]) {
			panic(tdgBadIblock)
		}
		if j > 0 && b == iblock[j-1] && w[j] < w[j-1] {
			panic(tdgWNotSorted)
		}
	}
	nblk := iblock[m-1] + 1
	if len(isplit) < nblk {
		panic(tdgShortIsplit)
	}
	for k := 0; k < nblk; k++ {
		if isplit[k] < 0 || isplit[k] >= n || (k > 0 && isplit[k] <= isplit[k-1]) {
			panic(tdgBadIsplit)
		}
	}
	ec := make([]float64, n) // LAPACK declares e of length n-1, ≥ 1
	copy(ec, e[:n-1])
	ib := make([]C.lapack_int, n)
	is := make([]C.lapack_int, n)
	for j := 0; j < m; j++ {
		ib[j] = lint(iblock[j] + 1)
	}
	for k := 0; k < nblk; k++ {
		is[k] = lint(isplit[k] + 1)
	}
	zc := make([]float64, n*m)
	fl := make([]C.lapack_int, m)
	cn, cm := lint(n), lint(m)
	s := enter(len(d))
	info := C.LAPACKE_dstein_work(colMajor, cn, f64(d), f64(ec), cm, f64(w), ip(ib), ip(is), f64(zc), cn, f64(work), intScratch(iwork), ip(fl))
	nativecall.Exit(s)
	ok = status("LAPACKE_dstein_work", info) == 0
	drvRowFromCol(z, ldz, zc, n, n, m)
	intsFrom(ifail[:m], fl, 1)
	return ok
}

// Dstemr computes selected eigenvalues and, optionally, eigenvectors of the
// n×n symmetric tridiagonal matrix with diagonal d (length ≥ n) and
// off-diagonal e (length ≥ n: e[n-1] is workspace), using LAPACK's dstemr
// (relatively robust representations, the MRRR algorithm). This signature
// is new.
//
// rng, vl, vu, il and iu select the eigenvalues as in Dsyevr. tryrac asks
// LAPACK to try for high relative accuracy; rac reports whether the matrix
// was found to allow it (LAPACK's TRYRAC on return). m is the number of
// eigenvalues found, in ascending order in w[:m] (w has length ≥ n). If
// jobz == lapack.EVCompute, z (n×ncols, ncols = n for RangeAll and
// RangeValue and iu-il+1 for RangeIndex, ldz ≥ ncols) receives the
// orthonormal eigenvectors in its first m columns and isuppz (length ≥
// 2*ncols) their 0-based supports: vector j is nonzero only in rows
// isuppz[2*j] through isuppz[2*j+1]. With lapack.EVNone z and isuppz are
// not referenced (ldz must still be at least 1). d and e are destroyed.
//
// ok is false if LAPACK reports an internal error (info > 0).
//
// work and iwork must have lengths at least max(1,lwork) and
// max(1,liwork), with lwork >= max(1,18*n) and liwork >= max(1,10*n) for
// eigenvectors, max(1,12*n) and max(1,8*n) without. If lwork or liwork is
// -1, Dstemr only stores the optimal sizes, which for dstemr are these
// minima, in work[0] and iwork[0].
//
// Dstemr panics if jobz or rng is invalid, n < 0, vl, vu, il or iu is out of
// range, ldz is too small, a workspace size is invalid or a slice is too
// short. The eigenvectors are computed into a column-major buffer and
// transposed into z.
func (Implementation) Dstemr(jobz lapack.EVJob, rng EVRange, n int, d, e []float64, vl, vu float64, il, iu int, w, z []float64, ldz int, isuppz []int, tryrac bool, work []float64, lwork int, iwork []int, liwork int) (m int, rac, ok bool) {
	wantz := jobz == lapack.EVCompute
	if !wantz && jobz != lapack.EVNone {
		panic(badEVJob)
	}
	if n < 0 {
		panic(nLT0)
	}
	ncols := tdgRangeCheck(rng, n, vl, vu, il, iu)
	if ldz < 1 || (wantz && ldz < max(1, ncols)) {
		panic(badLdZ)
	}
	minw, miniw := max(1, 12*n), max(1, 8*n)
	if wantz {
		minw, miniw = max(1, 18*n), max(1, 10*n)
	}
	query := lwork == -1 || liwork == -1
	drvWorkCheck(query, lwork, minw, len(work), badLWork, shortWork)
	drvWorkCheck(query, liwork, miniw, len(iwork), drvBadLIWork, shortIWork)
	if query {
		work[0], iwork[0] = float64(minw), miniw
		return 0, tryrac, true
	}
	if n == 0 {
		work[0], iwork[0] = 1, 1
		return 0, tryrac, true
	}
	switch {
	case len(d) < n:
		panic(shortD)
	case len(e) < n:
		panic(shortE)
	case len(w) < n:
		panic(shortW)
	case wantz && len(z) < (n-1)*ldz+ncols:
		panic(shortZ)
	case wantz && len(isuppz) < 2*ncols:
		panic(drvShortIsuppz)
	}
	var zc []float64
	sup := make([]C.lapack_int, 2*max(1, ncols))
	cldz, cnzc := lint(1), lint(max(1, ncols))
	if wantz {
		zc = make([]float64, n*max(1, ncols))
		cldz = lint(n)
	}
	var ctry C.lapack_logical
	if tryrac {
		ctry = 1
	}
	var cm C.lapack_int
	cil, ciu := lint(il+1), lint(iu+1)
	if rng != RangeIndex {
		cil, ciu = 1, 1
	}
	cn, clwork, cliwork := lint(n), lint(lwork), lint(liwork)
	s := enter(len(d))
	info := C.LAPACKE_dstemr_work(colMajor, C.char(jobz), C.char(rng), cn, f64(d), f64(e), C.double(vl), C.double(vu), cil, ciu, &cm, f64(w), f64(zc), cldz, cnzc, ip(sup), &ctry, f64(work), clwork, intScratch(iwork), cliwork)
	nativecall.Exit(s)
	ok = status("LAPACKE_dstemr_work", info) == 0
	m = int(cm)
	if wantz {
		drvRowFromCol(z, ldz, zc, n, n, m)
		intsFrom(isuppz[:2*m], sup[:2*m], 1)
	}
	return m, ctry != 0, ok
}
