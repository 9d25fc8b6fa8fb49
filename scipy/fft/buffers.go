package fft

import (
	"sync"
	"unsafe"
)

// nonNil turns a nil dst given to an Into function into an empty one: the
// exec functions read nil as "allocate the result", and length 0 never
// matches a result's, so checkDst rejects it.
func nonNil[T any](dst []T) []T {
	if dst == nil {
		return []T{}
	}
	return dst
}

// checkDst validates an Into function's destination: n elements, and
// either the same memory as x (in place) or disjoint from it.
func checkDst[T, S elem](dst []T, n int, x []S) error {
	if len(dst) != n {
		return newError(ErrShape, "dst", "%d elements, the result has %d", len(dst), n)
	}
	if !sameStart(dst, x) && overlap(dst, x) {
		return newError(ErrValue, "dst", "overlaps x without being x itself")
	}
	return nil
}

func addr[T any](s []T) uintptr { return uintptr(unsafe.Pointer(unsafe.SliceData(s))) }

func byteLen[T any](s []T) uintptr {
	var z T
	return uintptr(len(s)) * unsafe.Sizeof(z)
}

// sameStart reports whether two non-empty slices of the same size in bytes
// start at the same address: the in-place case of an Into function.
func sameStart[T, S any](a []T, b []S) bool {
	return len(a) > 0 && len(b) > 0 && addr(a) == addr(b) && byteLen(a) == byteLen(b)
}

func overlap[T, S any](a []T, b []S) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	return addr(a) < addr(b)+byteLen(b) && addr(b) < addr(a)+byteLen(a)
}

// Scratch space for copies of c2r inputs, which FFTW destroys: pooled so
// that IRFFTInto allocates nothing in steady state. The pools hold
// *[]complex128 and *[]complex64 (pointers, so that Put does not allocate).
var scratch128, scratch64 sync.Pool

// getScratch returns a pooled slice of n elements (contents unspecified).
func getScratch[C cplx](n int) *[]C {
	p := &scratch128
	if isSingle[C]() {
		p = &scratch64
	}
	if v, ok := p.Get().(*[]C); ok && cap(*v) >= n {
		*v = (*v)[:n]
		return v
	}
	s := make([]C, n)
	return &s
}

// putScratch returns a slice from getScratch to its pool.
func putScratch[C cplx](s *[]C) {
	if isSingle[C]() {
		scratch64.Put(s)
	} else {
		scratch128.Put(s)
	}
}
