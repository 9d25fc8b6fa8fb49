package fftw

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"testing"
)

// benchMeasure makes the benchmarks plan with Measure instead of Estimate
// (go test -bench Execute -fftw.measure), to compare with a C program that
// does the same; planning time is excluded either way.
var benchMeasure = flag.Bool("fftw.measure", false, "plan benchmarks with Measure instead of Estimate")

// benchShapes are the sizes issue 4 asks for: powers of two from 64 to
// 2^20, a prime, and a 512×512 2-D transform.
var benchShapes = [][]int{{64}, {1024}, {4096}, {65536}, {1 << 20}, {1009}, {512, 512}}

func shapeName(shape []int) string {
	if len(shape) == 1 {
		return fmt.Sprint(shape[0])
	}
	return fmt.Sprintf("%dx%d", shape[0], shape[1])
}

func benchOptions() *PlanOptions {
	if *benchMeasure {
		return &PlanOptions{Flags: Measure}
	}
	return nil
}

// contiguous returns the dims of an out-of-place transform of a row-major
// array of the given shape, the last dimension of the output halved for r2c.
func contiguous(shape []int, r2c bool) []Dim {
	cshape := append([]int(nil), shape...)
	if r2c {
		cshape[len(cshape)-1] = cshape[len(cshape)-1]/2 + 1
	}
	dims, _, err := SplitAxes(shape, RowMajorStrides(shape), RowMajorStrides(cshape), []int{0, 1}[:len(shape)])
	if err != nil {
		panic(err)
	}
	return dims
}

func benchC2C[C complex64 | complex128, R float32 | float64](b *testing.B, l lib[C, R]) {
	for _, shape := range benchShapes {
		b.Run(shapeName(shape), func(b *testing.B) {
			p, err := l.dft(contiguous(shape, false), nil, Forward, benchOptions())
			if err != nil {
				b.Fatal(err)
			}
			defer p.Close()
			in := narrowC[C](randComplex(rand.New(rand.NewPCG(1, 1)), p.MinInLen()))
			out := MakeAligned[C](p.MinOutLen())
			var z C
			b.SetBytes(int64(len(in)) * int64(sizeOf(z)))
			for b.Loop() {
				if err := p.Execute(in, out); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func benchR2C[C complex64 | complex128, R float32 | float64](b *testing.B, l lib[C, R]) {
	for _, shape := range benchShapes {
		b.Run(shapeName(shape), func(b *testing.B) {
			p, err := l.r2c(contiguous(shape, true), nil, benchOptions())
			if err != nil {
				b.Fatal(err)
			}
			defer p.Close()
			in := narrowR[R](randReal(rand.New(rand.NewPCG(1, 1)), p.MinInLen()))
			out := MakeAligned[C](p.MinOutLen())
			var z R
			b.SetBytes(int64(len(in)) * int64(sizeOf(z)))
			for b.Loop() {
				if err := p.Execute(in, out); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func sizeOf[T Elem](z T) int {
	switch any(z).(type) {
	case float32:
		return 4
	case float64, complex64:
		return 8
	}
	return 16
}

// BenchmarkExecuteC2C times PlanDFT.Execute (forward, out of place) with a
// plan made beforehand, as a plan cache would hold it.
func BenchmarkExecuteC2C(b *testing.B) { benchC2C(b, lib64) }

// BenchmarkExecuteR2C times PlanR2C.Execute.
func BenchmarkExecuteR2C(b *testing.B) { benchR2C(b, lib64) }

// BenchmarkExecuteC2C32 times PlanDFT32.Execute.
func BenchmarkExecuteC2C32(b *testing.B) { benchC2C(b, lib32) }

// BenchmarkExecuteR2C32 times PlanR2C32.Execute.
func BenchmarkExecuteR2C32(b *testing.B) { benchR2C(b, lib32) }
