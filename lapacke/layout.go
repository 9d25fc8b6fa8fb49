package lapacke

/*
#include <stdio.h>
#include <lapacke.h>
*/
import "C"

import (
	"fmt"
	"unsafe"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/lapack"
)

// colMajor is LAPACKE's matrix_layout for Fortran's column-major storage.
//
// A row-major m×n matrix with leading dimension ld is, read in column-major
// order, its n×m transpose with the same leading dimension. Many routines
// solve the transposed problem with the same arithmetic (a row-major upper
// Cholesky factor is a column-major lower one of the same symmetric matrix),
// and then calling LAPACKE with colMajor on the caller's memory avoids the
// transposed copies LAPACKE makes for LAPACK_ROW_MAJOR. Each method's doc
// comment says which layout it uses.
const colMajor = C.LAPACK_COL_MAJOR

// transUplo returns the LAPACK triangle of the transposed view: the upper
// triangle of a row-major matrix is the lower triangle of its column-major
// reading.
func transUplo(ul blas.Uplo) C.char {
	if ul == blas.Upper {
		return 'L'
	}
	return 'U'
}

// transNorm returns the norm of the transposed view that equals norm of the
// matrix: the 1-norm (maximum column sum) of A is the ∞-norm of Aᵀ.
func transNorm(norm lapack.MatrixNorm) C.char {
	switch norm {
	case lapack.MaxColumnSum:
		return 'I'
	case lapack.MaxRowSum:
		return 'O'
	}
	return C.char(norm)
}

// transTrans returns the operation to apply to the transposed view Aᵀ so that
// the result is op(A): op(A) = A is (Aᵀ)ᵀ, and op(A) = Aᵀ is Aᵀ itself. Real
// LAPACK treats 'C' as 'T'.
func transTrans(t blas.Transpose) C.char {
	if t == blas.NoTrans {
		return 'T'
	}
	return 'N'
}

// transSide returns the side for the transposed view: Q*C = (Cᵀ*Qᵀ)ᵀ.
func transSide(s blas.Side) C.char {
	if s == blas.Left {
		return 'R'
	}
	return 'L'
}

// colMajorRHS holds an n×nrhs right-hand side in column-major order for the
// routines that solve on the transposed view of A but still need B as LAPACK
// sees it. When nrhs is 1 and ldb is 1, B is already a contiguous column and
// is used in place; otherwise it is copied into a buffer and back.
type colMajorRHS struct {
	b       []float64 // caller's row-major B
	ldb     int
	n, nrhs int
	buf     []float64 // column-major data passed to LAPACK, leading dimension n
	copied  bool
}

// newColMajorRHS prepares the first n rows of the row-major n×nrhs matrix b
// for a column-major LAPACK call with leading dimension n. n must be
// positive; nrhs may be zero.
func newColMajorRHS(n, nrhs int, b []float64, ldb int) colMajorRHS {
	r := colMajorRHS{b: b, ldb: ldb, n: n, nrhs: nrhs}
	if nrhs == 1 && ldb == 1 {
		r.buf = b[:n]
		return r
	}
	r.copied = true
	r.buf = make([]float64, n*nrhs)
	for i := 0; i < n; i++ {
		row := b[i*ldb : i*ldb+nrhs]
		for j, v := range row {
			r.buf[j*n+i] = v
		}
	}
	return r
}

// store writes the column-major result back into the caller's B.
func (r colMajorRHS) store() {
	if !r.copied {
		return
	}
	n := r.n
	for i := 0; i < n; i++ {
		row := r.b[i*r.ldb : i*r.ldb+r.nrhs]
		for j := range row {
			row[j] = r.buf[j*n+i]
		}
	}
}

// transposeSquare transposes the leading n×n block of a in place.
func transposeSquare(n int, a []float64, lda int) {
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			a[i*lda+j], a[j*lda+i] = a[j*lda+i], a[i*lda+j]
		}
	}
}

// indicesIn converts gonum's 0-based indices into LAPACK's 1-based ones,
// checking each lies in [0, n) and panicking with msg otherwise: LAPACK
// trusts them as array indices. The unchecked conversion is safe: every
// index is below n, and n goes through lint before C is called.
func indicesIn(src []int, n int, msg string) []C.lapack_int {
	dst := make([]C.lapack_int, len(src))
	for i, v := range src {
		if v < 0 || v >= n {
			panic(msg)
		}
		dst[i] = C.lapack_int(v + 1)
	}
	return dst
}

// pivotsIn is indicesIn for row pivots ipiv.
func pivotsIn(ipiv []int, n int) []C.lapack_int { return indicesIn(ipiv, n, badElemIpiv) }

// permIn is indicesIn for the permutation vector k of Dlapmr and Dlapmt.
func permIn(k []int, n int) []C.lapack_int { return indicesIn(k, n, badElemK) }

// jpvtIn converts gonum's column-pivoting flags for the n columns of A
// (jpvt[j] == -1: free, 0 <= jpvt[j] < n: leading) into LAPACK's (0 free,
// nonzero leading), panicking with gonum's message on any other value.
func jpvtIn(jpvt []int) []C.lapack_int {
	n := len(jpvt)
	p := make([]C.lapack_int, n)
	for j, v := range jpvt {
		switch {
		case v < -1 || n <= v:
			panic(badJpvt)
		case v >= 0:
			p[j] = 1
		}
	}
	return p
}

// logical converts a Go bool to LAPACK's logical.
func logical(b bool) C.lapack_logical {
	if b {
		return 1
	}
	return 0
}

// Error codes LAPACKE returns when its own temporary allocation fails.
const (
	workMemoryError      = C.LAPACK_WORK_MEMORY_ERROR
	transposeMemoryError = C.LAPACK_TRANSPOSE_MEMORY_ERROR
)

// status turns LAPACKE's info into a Go value. A negative info means LAPACK
// rejected an argument that this package's validation should have rejected
// first with gonum's message; that is a bug here, so it panics loudly rather
// than return garbage. Out-of-memory in LAPACKE's row-major copies panics as
// well, as an allocation failure does in Go.
func status(routine string, info C.lapack_int) int {
	switch {
	case info >= 0:
		return int(info)
	case info == workMemoryError || info == transposeMemoryError:
		panic("lapacke: " + routine + ": out of memory")
	default:
		panic(fmt.Sprintf("lapacke: %s rejected argument %d (missing validation in goscipy/lapacke)", routine, -info))
	}
}

// flushCStdout flushes C's stdout. LAPACKE and Fortran XERBLA report rejected
// arguments with printf; the tests redirect file descriptor 1 and flush here
// to prove nothing was printed.
func flushCStdout() {
	C.fflush(C.stdout)
}

// intScratch lends the caller's []int workspace to LAPACK as integers of
// LAPACK's own (never wider) integer type, so routines whose iwork is pure
// scratch need no allocation: a slice of n ints holds at least n
// lapack_ints. It returns nil for an empty slice and never panics; callers
// check the length first. The contents of iwork are unspecified on return,
// as they are in gonum, except where iworkAnswer rewrites element 0.
func intScratch(iwork []int) *C.lapack_int {
	if len(iwork) == 0 {
		return nil
	}
	return (*C.lapack_int)(unsafe.Pointer(&iwork[0]))
}

// iworkAnswer converts the lapack_int that LAPACK stored at the start of
// iwork (the answer of a workspace query) into iwork[0] as an int.
func iworkAnswer(iwork []int) {
	if len(iwork) == 0 {
		return
	}
	iwork[0] = int(*(*C.lapack_int)(unsafe.Pointer(&iwork[0])))
}

// realTrans maps gonum's transpose flag to LAPACK's for real matrices, where
// a conjugate transpose is a transpose; some drivers (dgels) reject 'C'.
func realTrans(t blas.Transpose) C.char {
	if t == blas.NoTrans {
		return 'N'
	}
	return 'T'
}

// Compile-time check that LAPACK's integer is never wider than Go's int,
// which intScratch relies on.
const _ = uint(unsafe.Sizeof(int(0)) - unsafe.Sizeof(C.lapack_int(0)))

// routineName returns ifTrue or ifFalse: the name status reports for a
// method that calls one of two LAPACKE routines.
func routineName(cond bool, ifTrue, ifFalse string) string {
	if cond {
		return ifTrue
	}
	return ifFalse
}
