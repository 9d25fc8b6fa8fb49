package cblas

/*
#cgo pkg-config: blas
#if !__has_include(<cblas.h>)
#error "cblas.h not found: install libopenblas-dev (run scripts/install-deps.sh)"
#endif
#include <cblas.h>
*/
import "C"

import (
	"unsafe"

	"gonum.org/v1/gonum/blas"
)

// maxIndex bounds every integer argument and strided-vector length passed to
// C. CBLAS takes blasint, 32 bits in Debian's LP64 OpenBLAS, and OpenBLAS
// computes some offsets in blasint too (x -= (n-1)*incx*2 for a negative
// complex increment), so arguments must stay well inside its range. Calls
// that do not fit are answered by gonum instead. With a 64-bit blasint the
// bound is never reached.
const maxIndex = 1<<(unsafe.Sizeof(C.blasint(0))*8-2) - 1

// overflows reports whether v is too large in magnitude for maxIndex.
func overflows(v int) bool { return v > maxIndex || v < -maxIndex }

// transR maps a validated transpose flag of a real routine; for real data
// gonum treats blas.ConjTrans as blas.Trans.
func transR(t blas.Transpose) C.CBLAS_TRANSPOSE {
	if t == blas.NoTrans {
		return C.CblasNoTrans
	}
	return C.CblasTrans
}

// transC maps a validated transpose flag of a complex routine.
func transC(t blas.Transpose) C.CBLAS_TRANSPOSE {
	switch t {
	case blas.NoTrans:
		return C.CblasNoTrans
	case blas.Trans:
		return C.CblasTrans
	}
	return C.CblasConjTrans
}

// uplo maps a validated triangle flag.
func uplo(u blas.Uplo) C.CBLAS_UPLO {
	if u == blas.Upper {
		return C.CblasUpper
	}
	return C.CblasLower
}

// diag maps a validated diagonal flag.
func diag(d blas.Diag) C.CBLAS_DIAG {
	if d == blas.Unit {
		return C.CblasUnit
	}
	return C.CblasNonUnit
}

// side maps a validated side flag.
func side(s blas.Side) C.CBLAS_SIDE {
	if s == blas.Left {
		return C.CblasLeft
	}
	return C.CblasRight
}
