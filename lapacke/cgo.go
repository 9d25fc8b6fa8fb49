package lapacke

/*
#cgo pkg-config: lapacke
#cgo CFLAGS: -O2
#if !__has_include(<lapacke.h>)
#error "lapacke.h not found: install liblapacke-dev (run scripts/install-deps.sh)"
#endif
#include <lapacke.h>
*/
import "C"

import (
	"unsafe"
)

// rowMajor is LAPACKE's matrix_layout for gonum's row-major storage.
const rowMajor = C.LAPACK_ROW_MAJOR

// lint converts a Go int to LAPACK's integer type. LAPACK's integer is 32 bits
// in the LP64 builds Debian ships (64 bits with ILP64), so a dimension that
// does not fit would silently wrap; it panics instead, before C sees it.
func lint(v int) C.lapack_int {
	c := C.lapack_int(v)
	if int(c) != v {
		panic("lapacke: dimension does not fit LAPACK's integer type")
	}
	return c
}

// f64 returns a pointer to the first element of s, or nil when s is empty:
// taking &s[0] of an empty slice panics, and LAPACK never reads a
// zero-length array.
func f64(s []float64) *C.double {
	if len(s) == 0 {
		return nil
	}
	return (*C.double)(unsafe.Pointer(&s[0]))
}

// c128 is f64 for complex data; Go's complex128 has the layout of C's
// double _Complex, which is lapack_complex_double in Debian's LAPACKE.
func c128(s []complex128) *C.lapack_complex_double {
	if len(s) == 0 {
		return nil
	}
	return (*C.lapack_complex_double)(unsafe.Pointer(&s[0]))
}

// intsFrom copies LAPACK integers back into gonum's ints, subtracting offset.
func intsFrom(dst []int, src []C.lapack_int, offset int) {
	for i := range src {
		dst[i] = int(src[i]) - offset
	}
}

// ip returns a pointer to the first element of s, or nil when s is empty.
func ip(s []C.lapack_int) *C.lapack_int {
	if len(s) == 0 {
		return nil
	}
	return &s[0]
}
