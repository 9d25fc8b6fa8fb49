package fftw

import "unsafe"

// Elem is the element types a plan reads and writes: float64 and complex128
// for the double-precision library, float32 and complex64 for the single.
type Elem interface {
	float32 | float64 | complex64 | complex128
}

// modulusOf returns FFTW's alignment modulus, in bytes, for the library
// that handles T. Each library reports its own (see the generated
// alignModulus64 and alignModulus32), found at start-up by probing
// fftw_alignment_of.
func modulusOf[T Elem]() int {
	var z T
	switch any(z).(type) {
	case float32, complex64:
		return alignModulus32
	}
	return alignModulus64
}

// AlignmentModulus returns the modulus, in bytes, of the alignment FFTW
// distinguishes for T's library: fftw_alignment_of(p) is p's address modulo
// it. It is 16 for x86-64 builds with SIMD (whatever the SIMD: SSE2, AVX,
// AVX-512) and the size of T's real type when FFTW was built without SIMD,
// in which case every Go slice has alignment 0.
func AlignmentModulus[T Elem]() int {
	return modulusOf[T]()
}

// addrMod returns addr modulo mod. FFTW's modulus is a power of two in
// every build (its ALIGNMENT: 16 with SIMD, else the size of the real
// type), and the mask spares Execute and scipy/fft's plan lookup a 64-bit
// division each, about 5 ns apiece; the division stays for any other
// modulus a probe might report.
func addrMod(addr, mod uintptr) int {
	if mod&(mod-1) == 0 {
		return int(addr & (mod - 1))
	}
	return int(addr % mod)
}

// AlignmentOf returns the alignment of s's first element as FFTW sees it,
// the value fftw_alignment_of returns for it: its address modulo
// AlignmentModulus[T](), in bytes. A plan executes only on slices whose alignment
// equals the one it was made for (PlanOptions.InAlign, OutAlign), unless it
// was made with Unaligned. It returns 0 for an empty slice.
//
// On x86-64 a float64 or complex64 slice has alignment 0 or 8 and a float32
// slice 0, 4, 8 or 12; Go allocates []complex128 at 16-byte boundaries
// (alignment 0), but small slices of the other types and subslices such as
// buf[1:] often are not.
func AlignmentOf[T Elem](s []T) int {
	if len(s) == 0 {
		return 0
	}
	return addrMod(sliceAddr(s), uintptr(modulusOf[T]()))
}

// MakeAligned returns a zeroed slice of n elements whose first element has
// alignment 0 (AlignmentOf returns 0), the alignment plans are made for by
// default. It over-allocates by less than AlignmentModulus[T]() bytes.
func MakeAligned[T Elem](n int) []T {
	if n <= 0 {
		return []T{}
	}
	var z T
	size := int(unsafe.Sizeof(z))
	mod := modulusOf[T]()
	spare := (mod - 1) / size
	s := make([]T, n+spare)
	off := 0
	if r := addrMod(sliceAddr(s), uintptr(mod)); r != 0 {
		off = (mod - r) / size
	}
	return s[off : off+n : off+n]
}
