package fft

import (
	"sync"
	"unsafe"

	"github.com/goscipy/goscipy/fftw"
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

// alignedReal pools aligned float64 scratch for copies of misaligned r2c
// inputs (alignedCopy); it holds *[]float64 at FFTW's alignment.
var alignedReal sync.Pool

// alignCopyMin is the smallest misaligned float64 input alignR2CInput copies.
// Below it the misaligned plan costs little and the copy, through the
// general path and the pool, costs more: RFFTInto of a misaligned input
// took 133 ns at 64 points on its own plan against 187 ns copied, even at
// 256 points, and 10-14 % less copied at 512 and 1024 (2026-11-26,
// three runs each).
const alignCopyMin = 512

// alignedCopy returns nil if FFTW sees x aligned, else a copy of x in
// pooled aligned scratch, which the caller returns to alignedReal. A
// float64 input 8 bytes off FFTW's 16-byte alignment would get a plan of
// its own, and FFTW's r2c plans for such input ran 1.35-1.4 × the aligned
// plan's time at 1024 to 65536 points, while copying first cost
// 1.1-1.25 × (BenchmarkAlignment, 2026-11-26). Single precision, c2c and
// the trigonometric transforms showed no such gain (complex64's misaligned
// plans were even faster from 4096 points), so only r2c inputs are copied
// (alignR2CInput), and only in double precision.
func alignedCopy(x []float64) *[]float64 {
	if fftw.AlignmentOf(x) == 0 {
		return nil
	}
	s, ok := alignedReal.Get().(*[]float64)
	if !ok || cap(*s) < len(x) {
		a := fftw.MakeAligned[float64](len(x))
		s = &a
	}
	*s = (*s)[:len(x)]
	copy(*s, x)
	return s
}

// alignR2CInput returns the input an r2c transform of x should run on: x
// itself, or, for a misaligned float64 x of alignCopyMin points or more, a
// copy in pooled aligned scratch s, which the caller puts back in
// alignedReal once the transform is done (s is nil otherwise).
func alignR2CInput[R float](x []R) (in []R, s *[]float64) {
	if isSingle[R]() || len(x) < alignCopyMin {
		return x, nil
	}
	if s = alignedCopy(cast[float64](x)); s == nil {
		return x, nil
	}
	return cast[R](*s), s
}
