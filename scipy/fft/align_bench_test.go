package fft

import (
	"fmt"
	"testing"

	"github.com/goscipy/goscipy/fftw"
)

// BenchmarkAlignment measures the choice the plan cache makes for input
// that is not 16-byte aligned (small []float64 often is not): "keyed" runs
// RFFTInto on the misaligned slice, which gets a plan made for its
// alignment; "copy" copies it into an aligned buffer first and runs the
// aligned plan, the alternative design; "aligned" is the aligned input
// alone, the reference.
//
//	go test -run '^$' -bench Alignment -count 5 ./scipy/fft/
func BenchmarkAlignment(b *testing.B) {
	for _, n := range []int{64, 1024, 4096, 65536} {
		buf := fftw.MakeAligned[float64](n + 1)
		copy(buf[1:], realInput(n, 1))
		odd, even := buf[1:], fftw.MakeAligned[float64](n)
		dst := make([]complex128, n/2+1)
		b.Run(fmt.Sprintf("n=%d/aligned", n), func(b *testing.B) {
			for b.Loop() {
				RFFTInto(dst, even, nil)
			}
		})
		b.Run(fmt.Sprintf("n=%d/keyed", n), func(b *testing.B) {
			for b.Loop() {
				RFFTInto(dst, odd, nil)
			}
		})
		b.Run(fmt.Sprintf("n=%d/copy", n), func(b *testing.B) {
			for b.Loop() {
				copy(even, odd)
				RFFTInto(dst, even, nil)
			}
		})
	}
}
