package lapacke

// Helpers shared by the driver routines (driver_*.go, zdriver_*.go): logical
// arrays, pivot conversions for symmetric-indefinite factorizations, the
// transpositions and conjugations used when a row-major problem is handed
// to LAPACKE's column-major path, and LAPACK's tuning constants that the
// least-squares workspace formulas depend on. Helpers the core uses too
// (integer workspaces, pivots, triangles) are in cgo.go and layout.go;
// argument checks shared by real and complex routines in checks.go.

/*
#include <lapacke.h>
*/
import "C"

import (
	"math"
	"math/cmplx"
)

// drvLogicals converts a Go bool slice into LAPACK logicals.
func drvLogicals(sel []bool) []C.lapack_logical {
	l := make([]C.lapack_logical, len(sel))
	for i, v := range sel {
		if v {
			l[i] = 1
		}
	}
	return l
}

// drvLp returns a pointer to the first element of s, or nil when s is empty.
func drvLp(s []C.lapack_logical) *C.lapack_logical {
	if len(s) == 0 {
		return nil
	}
	return &s[0]
}

// drvSymPivIn converts gonum-style symmetric-indefinite pivots (see Dsytrf)
// into LAPACK's: a non-negative 0-based row k becomes k+1, and a negative
// value (the bitwise complement ^k of a 0-based row k, that is -(k+1)) is
// already LAPACK's -(k+1).
func drvSymPivIn(ipiv []int) []C.lapack_int {
	p := make([]C.lapack_int, len(ipiv))
	for i, v := range ipiv {
		if v >= 0 {
			v++
		}
		p[i] = lint(v)
	}
	return p
}

// drvSymPivOut is the inverse of drvSymPivIn.
func drvSymPivOut(ipiv []int, p []C.lapack_int) {
	for i, v := range p {
		k := int(v)
		if k > 0 {
			k--
		}
		ipiv[i] = k
	}
}

// drvRowFromCol stores the r×c column-major matrix src (leading dimension
// lds) row-major into dst (leading dimension ldd).
func drvRowFromCol(dst []float64, ldd int, src []float64, lds, r, c int) {
	for i := 0; i < r; i++ {
		row := dst[i*ldd : i*ldd+c]
		for j := range row {
			row[j] = src[j*lds+i]
		}
	}
}

// zdrvConjColFromRow stores the conjugate of the r×c row-major matrix src
// (leading dimension lds) column-major into dst (leading dimension ldd).
func zdrvConjColFromRow(dst []complex128, ldd int, src []complex128, lds, r, c int) {
	for i := 0; i < r; i++ {
		row := src[i*lds : i*lds+c]
		for j, v := range row {
			dst[j*ldd+i] = cmplx.Conj(v)
		}
	}
}

// zdrvConjRowFromCol is the inverse of zdrvConjColFromRow: it stores the
// conjugate of the r×c column-major matrix src row-major into dst.
func zdrvConjRowFromCol(dst []complex128, ldd int, src []complex128, lds, r, c int) {
	for i := 0; i < r; i++ {
		row := dst[i*ldd : i*ldd+c]
		for j := range row {
			row[j] = cmplx.Conj(src[j*lds+i])
		}
	}
}

// zdrvConjTransposeSquare replaces the leading n×n block of a by its
// conjugate transpose, in place.
func zdrvConjTransposeSquare(a []complex128, n, lda int) {
	for i := 0; i < n; i++ {
		a[i*lda+i] = cmplx.Conj(a[i*lda+i])
		for j := i + 1; j < n; j++ {
			a[i*lda+j], a[j*lda+i] = cmplx.Conj(a[j*lda+i]), cmplx.Conj(a[i*lda+j])
		}
	}
}

// zdrvConj conjugates the leading r×c block of the row-major matrix a.
func zdrvConj(a []complex128, lda, r, c int) {
	for i := 0; i < r; i++ {
		row := a[i*lda : i*lda+c]
		for j, v := range row {
			row[j] = cmplx.Conj(v)
		}
	}
}

// drvSmlsiz is LAPACK's SMLSIZ (ILAENV ispec 9, the size of the subproblems
// at the bottom of the divide-and-conquer tree of ?gelsd), which the
// workspace formulas of Dgelsd and Zgelsd depend on. LAPACKE 3.11 offers no
// ilaenv, so the reference value is used; TestDriverGelsdWorkspaceAgrees
// checks it against the library's own workspace query.
const drvSmlsiz = 25

// drvNlvl is ?gelsd's NLVL = max(0, int(log2(mn/(SMLSIZ+1)))+1) for mn >= 1.
// Close to a power of two the logarithm may round either way in Fortran;
// the larger level count is returned there, so the iwork and rwork sizes
// derived from it are never below LAPACK's.
func drvNlvl(mn int) int {
	x := math.Log(float64(mn)/float64(drvSmlsiz+1)) / math.Log(2)
	nlvl := int(x) + 1
	if r := math.Round(x); math.Abs(x-r) < 1e-9 && r >= 0 {
		nlvl = max(nlvl, int(r)+1)
	}
	return max(nlvl, 0)
}

// drvMnthr is LAPACK's reference ILAENV ispec 6, the crossover point at
// which the SVD-based least-squares drivers first compute a QR or LQ
// factorization: int(min(m,n)*1.6) evaluated in single precision, as
// ilaenv.f does.
func drvMnthr(m, n int) int {
	return int(float32(min(m, n)) * float32(1.6))
}
