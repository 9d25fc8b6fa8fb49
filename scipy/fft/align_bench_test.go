package fft

import (
	"fmt"
	"testing"

	"github.com/goscipy/goscipy/fftw"
)

// BenchmarkAlignment measures the choice the package makes for input that
// is not 16-byte aligned (small []float64 and []complex64 often are not):
// "keyed" runs the transform on the misaligned slice as a caller would,
// which gets a plan made for its alignment (or, for float64 r2c from
// alignCopyMin points, is copied by the package, alignedCopy); "copy"
// copies it into an aligned buffer first and runs the aligned plan;
// "aligned" is the aligned input alone, the reference. r2c is RFFTInto,
// r2c32 RFFTInto32, c64 FFTInto32, dct2 DCT (type II, which allocates its
// result either way).
//
//	go test -run '^$' -bench Alignment -count 3 ./scipy/fft/
func BenchmarkAlignment(b *testing.B) {
	for _, n := range []int{64, 1024, 4096, 65536} {
		buf := fftw.MakeAligned[float64](n + 1)
		copy(buf[1:], realInput(n, 1))
		odd, even := buf[1:], fftw.MakeAligned[float64](n)
		dst := make([]complex128, n/2+1)
		b.Run(fmt.Sprintf("r2c/n=%d/aligned", n), func(b *testing.B) {
			for b.Loop() {
				RFFTInto(dst, even, nil)
			}
		})
		b.Run(fmt.Sprintf("r2c/n=%d/keyed", n), func(b *testing.B) {
			for b.Loop() {
				RFFTInto(dst, odd, nil)
			}
		})
		b.Run(fmt.Sprintf("r2c/n=%d/copy", n), func(b *testing.B) {
			for b.Loop() {
				copy(even, odd)
				RFFTInto(dst, even, nil)
			}
		})
		b.Run(fmt.Sprintf("dct2/n=%d/keyed", n), func(b *testing.B) {
			for b.Loop() {
				DCT(odd, nil)
			}
		})
		b.Run(fmt.Sprintf("dct2/n=%d/copy", n), func(b *testing.B) {
			for b.Loop() {
				copy(even, odd)
				DCT(even, nil)
			}
		})
		fbuf := fftw.MakeAligned[float32](n + 2)
		fodd, feven := fbuf[1:n+1], fftw.MakeAligned[float32](n)
		copy(fodd, to32(realInput(n, 1)).([]float32))
		fdst := fftw.MakeAligned[complex64](n/2 + 1)
		b.Run(fmt.Sprintf("r2c32/n=%d/keyed", n), func(b *testing.B) {
			for b.Loop() {
				RFFTInto32(fdst, fodd, nil)
			}
		})
		b.Run(fmt.Sprintf("r2c32/n=%d/copy", n), func(b *testing.B) {
			for b.Loop() {
				copy(feven, fodd)
				RFFTInto32(fdst, feven, nil)
			}
		})
		cbuf := fftw.MakeAligned[complex64](n + 1)
		codd, ceven := cbuf[1:], fftw.MakeAligned[complex64](n)
		cdst := fftw.MakeAligned[complex64](n)
		b.Run(fmt.Sprintf("c64/n=%d/keyed", n), func(b *testing.B) {
			for b.Loop() {
				FFTInto32(cdst, codd, nil)
			}
		})
		b.Run(fmt.Sprintf("c64/n=%d/copy", n), func(b *testing.B) {
			for b.Loop() {
				copy(ceven, codd)
				FFTInto32(cdst, ceven, nil)
			}
		})
	}
}
