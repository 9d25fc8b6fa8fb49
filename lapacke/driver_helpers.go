package lapacke

// Helpers shared by the driver routines (driver_*.go, zdriver_*.go): views
// of caller workspace as LAPACK integers, logical arrays, pivot conversions
// for symmetric-indefinite factorizations, and the transpositions used when a
// row-major problem is handed to LAPACKE's column-major path.

/*
#include <stdio.h>
#include <lapacke.h>
*/
import "C"

import (
	"fmt"
	"math"
	"math/cmplx"
	"unsafe"

	"gonum.org/v1/gonum/blas"
)

// An []int workspace is handed to LAPACK as lapack_int storage without a
// copy. That is valid only if a lapack_int is no wider than an int, which
// holds for LP64 (32-bit lapack_int) and ILP64 (64-bit) builds on 64-bit Go.
// The constant below fails to compile otherwise.
const _ = uint(unsafe.Sizeof(int(0)) - unsafe.Sizeof(C.lapack_int(0)))

// drvIwork returns iwork's storage as a lapack_int array of at least
// len(iwork) elements, or nil when iwork is empty. iwork is pure workspace:
// its contents as ints are meaningless afterwards, except where
// drvIworkFix rewrites element 0.
func drvIwork(iwork []int) *C.lapack_int {
	if len(iwork) == 0 {
		return nil
	}
	return (*C.lapack_int)(unsafe.Pointer(&iwork[0]))
}

// drvIworkFix converts the lapack_int that LAPACK stored at the start of
// iwork (the answer of a workspace query) into iwork[0] as an int.
func drvIworkFix(iwork []int) {
	if len(iwork) == 0 {
		return
	}
	iwork[0] = int(*(*C.lapack_int)(unsafe.Pointer(&iwork[0])))
}

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

// drvColFromRow stores the r×c row-major matrix src (leading dimension lds)
// column-major into dst with leading dimension ldd.
func drvColFromRow(dst []float64, ldd int, src []float64, lds, r, c int) {
	for i := 0; i < r; i++ {
		row := src[i*lds : i*lds+c]
		for j, v := range row {
			dst[j*ldd+i] = v
		}
	}
}

// drvRowFromCol is the inverse of drvColFromRow: it stores the r×c
// column-major matrix src (leading dimension lds) row-major into dst.
func drvRowFromCol(dst []float64, ldd int, src []float64, lds, r, c int) {
	for i := 0; i < r; i++ {
		row := dst[i*ldd : i*ldd+c]
		for j := range row {
			row[j] = src[j*lds+i]
		}
	}
}

// zdrvColFromRow is drvColFromRow for complex data, conjugating each element
// when conj is true.
func zdrvColFromRow(dst []complex128, ldd int, src []complex128, lds, r, c int, conj bool) {
	for i := 0; i < r; i++ {
		row := src[i*lds : i*lds+c]
		for j, v := range row {
			if conj {
				v = cmplx.Conj(v)
			}
			dst[j*ldd+i] = v
		}
	}
}

// zdrvRowFromCol is drvRowFromCol for complex data, conjugating each
// element when conj is true.
func zdrvRowFromCol(dst []complex128, ldd int, src []complex128, lds, r, c int, conj bool) {
	for i := 0; i < r; i++ {
		row := dst[i*ldd : i*ldd+c]
		for j := range row {
			v := src[j*lds+i]
			if conj {
				v = cmplx.Conj(v)
			}
			row[j] = v
		}
	}
}

// drvTransposeSquare transposes the leading n×n block of a in place.
func drvTransposeSquare(a []float64, n, lda int) {
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			a[i*lda+j], a[j*lda+i] = a[j*lda+i], a[i*lda+j]
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

// drvSwapUplo returns the opposite triangle. A row-major triangle is the
// opposite column-major triangle of the same memory, which is how the
// symmetric and Hermitian drivers reach LAPACKE's column-major path without
// the transposition copies of its row-major path.
func drvSwapUplo(ul blas.Uplo) C.char {
	if ul == blas.Upper {
		return 'L'
	}
	return 'U'
}

// drvStatus returns LAPACKE's info as an int. A negative info means LAPACK
// rejected an argument that validation here should have rejected first, a
// bug in this package, so it panics loudly instead of returning garbage; so
// does an allocation failure inside LAPACKE's row-major copies, as an
// allocation failure does in Go.
func drvStatus(routine string, info C.lapack_int) int {
	switch {
	case info >= 0:
		return int(info)
	case info == C.LAPACK_WORK_MEMORY_ERROR || info == C.LAPACK_TRANSPOSE_MEMORY_ERROR:
		panic("lapacke: " + routine + ": out of memory")
	}
	panic(fmt.Sprintf("lapacke: %s rejected argument %d (missing validation in goscipy/lapacke)", routine, -info))
}

// drvFlushStdout flushes C's stdout, for the tests that prove LAPACKE and
// LAPACK printed no argument error.
func drvFlushStdout() {
	C.fflush(C.stdout)
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
