package fft

import (
	"fmt"
	"testing"
)

// BenchmarkThreads measures where FFTW's threads start to pay off, the
// crossover threadMinSize records: c2c and r2c 1-D transforms and 2-D
// c2c transforms of growing size with Workers 1 and 2, the threshold
// lifted so that Workers always reaches FFTW. Each transform writes into a
// preallocated result (FFTInto, RFFTInto, FFTNInto) so that only the
// transform is timed.
//
//	go test -run '^$' -bench Threads -count 5 ./scipy/fft/
func BenchmarkThreads(b *testing.B) {
	defer func(v int) { minThreadSize = v }(minThreadSize)
	minThreadSize = 0
	workers := []int{1, 2}
	for _, n := range []int{1 << 10, 1 << 12, 1 << 14, 1 << 15, 1 << 16, 1 << 17, 1 << 18, 1 << 20} {
		x := complexInput(n, 1)
		xr := realInput(n, 2)
		dst, rdst := make([]complex128, n), make([]complex128, n/2+1)
		for _, w := range workers {
			o := &Options{Workers: w}
			b.Run(fmt.Sprintf("fft/n=%d/workers=%d", n, w), func(b *testing.B) {
				for b.Loop() {
					if err := FFTInto(dst, x, o); err != nil {
						b.Fatal(err)
					}
				}
			})
			b.Run(fmt.Sprintf("rfft/n=%d/workers=%d", n, w), func(b *testing.B) {
				for b.Loop() {
					if err := RFFTInto(rdst, xr, o); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
	for _, r := range []int{32, 64, 128, 181, 256, 512, 1024} {
		x := complexInput(r*r, 3)
		dst := make([]complex128, r*r)
		shape := []int{r, r}
		for _, w := range workers {
			o := &NDOptions{Workers: w}
			b.Run(fmt.Sprintf("fft2/n=%dx%d/workers=%d", r, r, w), func(b *testing.B) {
				for b.Loop() {
					if err := FFTNInto(dst, x, shape, o); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
