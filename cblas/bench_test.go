package cblas

// Benchmarks of the routines issue 3 names, on Implementation (normal
// small-size dispatch) and on gonum's pure Go, named
//
//	Benchmark<Func>/n=<n>/impl=<goscipy|gonum>
//
// scripts/bench-blas.sh runs them next to scripts/bench-blas.c, which makes
// the same calls on the same library from C, and prints the ratios; read the
// header of bench-blas.c for the exact operations. Run one thread with
//
//	OPENBLAS_NUM_THREADS=1 go test -run '^$' -bench 'Dgemm$/n=512/' -cpu 1 ./cblas/
//
// (-cpu 1 also keeps gonum's Dgemm, which spreads over GOMAXPROCS goroutines,
// on one core.)
//
// Calls go through the blas interfaces, as they do when gonum's mat package
// calls blas64, so both implementations pay the same dynamic dispatch.
// Operands are made once per size, outside the timed loop, from a fixed-seed
// math/rand/v2 source; outputs are updated in ways that keep them bounded
// however many iterations the benchmark runs (β = 0.5, alternating signs,
// alternating a triangular matrix with its inverse), so no run slows down on
// overflow or subnormal numbers.

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/gonum"
)

// benchSizes are the sizes issue 3 asks for: vector length for Level 1,
// n×n matrices for Levels 2 and 3.
var benchSizes = []int{4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048}

// benchImpl pairs an implementation with the name its sub-benchmark carries.
// native forces Implementation onto the C path (see nativeOnly), for the
// crossover benchmarks.
type benchImpl[T any] struct {
	name   string
	impl   T
	native bool
}

var (
	benchImpls32  = []benchImpl[blas.Float32]{{"goscipy", Implementation{}, false}, {"gonum", gonum.Implementation{}, false}}
	benchImpls64  = []benchImpl[blas.Float64]{{"goscipy", Implementation{}, false}, {"gonum", gonum.Implementation{}, false}}
	benchImpls64c = []benchImpl[blas.Complex64]{{"goscipy", Implementation{}, false}, {"gonum", gonum.Implementation{}, false}}
	benchImpls128 = []benchImpl[blas.Complex128]{{"goscipy", Implementation{}, false}, {"gonum", gonum.Implementation{}, false}}
)

// Sinks keep results of functions alive past the compiler.
var (
	benchSink32  float32
	benchSink64  float64
	benchSink64c complex64
	benchSink128 complex128
)

// benchForSizes runs one sub-benchmark "n=<n>" per size. setup runs inside
// it, so sizes filtered out by -bench cost nothing.
func benchForSizes(b *testing.B, sizes []int, setup func(b *testing.B, n int)) {
	for _, n := range sizes {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) { setup(b, n) })
	}
}

// benchForImpls runs loop once per implementation as sub-benchmark
// "impl=<name>" and reports GFLOP/s for flops floating-point operations per
// call. loop must time only its b.Loop.
func benchForImpls[T any](b *testing.B, impls []benchImpl[T], flops float64, loop func(b *testing.B, impl T)) {
	for _, im := range impls {
		b.Run("impl="+im.name, func(b *testing.B) {
			if im.name == "gonum" && flops > benchGonumMaxFlops {
				b.Skipf("one call is %.0f GFLOP, tens of seconds on gonum (see benchGonumMaxFlops); n=1024 gives the ratio", flops/1e9)
			}
			if im.native {
				defer nativeOnly.Store(nativeOnly.Load())
				nativeOnly.Store(true)
			}
			loop(b, im.impl)
			if s := b.Elapsed().Seconds(); s > 0 {
				b.ReportMetric(flops*float64(b.N)/s/1e9, "GFLOP/s")
			}
		})
	}
}

// benchGonumMaxFlops bounds the calls timed on gonum: its complex Level 3
// routines run at about 1 GFLOP/s at one thread (Cgemm at n=2048 took 64 s a
// call here), which would make a full scripts/bench-blas.sh run last hours.
const benchGonumMaxFlops = 2e10

// benchRand returns the fixed-seed source of every benchmark's operands.
func benchRand() *rand.Rand { return rand.New(rand.NewPCG(1, 2)) }

func benchUniform(r *rand.Rand) float64 { return 2*r.Float64() - 1 }

func benchF32(r *rand.Rand, n int) []float32 {
	s := make([]float32, n)
	for i := range s {
		s[i] = float32(benchUniform(r))
	}
	return s
}

func benchF64(r *rand.Rand, n int) []float64 {
	s := make([]float64, n)
	for i := range s {
		s[i] = benchUniform(r)
	}
	return s
}

func benchC64(r *rand.Rand, n int) []complex64 {
	s := make([]complex64, n)
	for i := range s {
		s[i] = complex(float32(benchUniform(r)), float32(benchUniform(r)))
	}
	return s
}

func benchC128(r *rand.Rand, n int) []complex128 {
	s := make([]complex128, n)
	for i := range s {
		s[i] = complex(benchUniform(r), benchUniform(r))
	}
	return s
}

// benchUpper returns the real and imaginary parts of a well-conditioned n×n
// upper triangular matrix: diagonal with real part in [1, 2], off-diagonal
// entries in [-1/n, 1/n), zeros below. No stored entry is zero, because
// gonum's trsm skips zero entries and would then do less work than C.
func benchUpper(r *rand.Rand, n int) (re, im []float64) {
	re, im = make([]float64, n*n), make([]float64, n*n)
	for i := range n {
		re[i*n+i] = 1.5 + benchUniform(r)/2
		im[i*n+i] = benchUniform(r) / 2
		for j := i + 1; j < n; j++ {
			re[i*n+j] = benchUniform(r) / float64(n)
			im[i*n+j] = benchUniform(r) / float64(n)
		}
	}
	return re, im
}

// The trsm benchmarks alternate A and A⁻¹ (itself upper triangular), so the
// right-hand side returns to its start every two calls. The inverse is
// computed by gonum's pure Go, independently of the code under test.

func benchTrsmPair64(r *rand.Rand, n int) (a, inv []float64) {
	a, _ = benchUpper(r, n)
	inv = make([]float64, n*n)
	for i := range n {
		inv[i*n+i] = 1
	}
	gonum.Implementation{}.Dtrsm(blas.Left, blas.Upper, blas.NoTrans, blas.NonUnit, n, n, 1, a, n, inv, n)
	return a, inv
}

func benchTrsmPair32(r *rand.Rand, n int) (a, inv []float32) {
	re, _ := benchUpper(r, n)
	a, inv = make([]float32, n*n), make([]float32, n*n)
	for i := range a {
		a[i] = float32(re[i])
	}
	for i := range n {
		inv[i*n+i] = 1
	}
	gonum.Implementation{}.Strsm(blas.Left, blas.Upper, blas.NoTrans, blas.NonUnit, n, n, 1, a, n, inv, n)
	return a, inv
}

func benchTrsmPair128(r *rand.Rand, n int) (a, inv []complex128) {
	re, im := benchUpper(r, n)
	a, inv = make([]complex128, n*n), make([]complex128, n*n)
	for i := range a {
		a[i] = complex(re[i], im[i])
	}
	for i := range n {
		inv[i*n+i] = 1
	}
	gonum.Implementation{}.Ztrsm(blas.Left, blas.Upper, blas.NoTrans, blas.NonUnit, n, n, 1, a, n, inv, n)
	return a, inv
}

func benchTrsmPair64c(r *rand.Rand, n int) (a, inv []complex64) {
	re, im := benchUpper(r, n)
	a, inv = make([]complex64, n*n), make([]complex64, n*n)
	for i := range a {
		a[i] = complex(float32(re[i]), float32(im[i]))
	}
	for i := range n {
		inv[i*n+i] = 1
	}
	gonum.Implementation{}.Ctrsm(blas.Left, blas.Upper, blas.NoTrans, blas.NonUnit, n, n, 1, a, n, inv, n)
	return a, inv
}

// Real flop counts per call, complex ones counting 4 real multiplications
// and 4 real additions per complex multiply-add.
func benchFl(n int) float64 { return float64(n) }

func benchDotFlops(n int) float64  { return 2 * benchFl(n) }
func benchGemvFlops(n int) float64 { return 2 * benchFl(n) * benchFl(n) }
func benchGemmFlops(n int) float64 { return 2 * benchFl(n) * benchFl(n) * benchFl(n) }
func benchTrsmFlops(n int) float64 { return benchFl(n) * benchFl(n) * benchFl(n) }
func benchSyrkFlops(n int) float64 { return benchFl(n) * benchFl(n) * (benchFl(n) + 1) }

// benchSigns* alternate α in axpy so that y returns to itself every two calls.
var (
	benchSigns32  = [2]float32{0.5, -0.5}
	benchSigns64  = [2]float64{0.5, -0.5}
	benchSigns64c = [2]complex64{0.5 + 0.25i, -0.5 - 0.25i}
	benchSigns128 = [2]complex128{0.5 + 0.25i, -0.5 - 0.25i}
)

func BenchmarkSdot(b *testing.B) {
	benchForSizes(b, benchSizes, func(b *testing.B, n int) {
		r := benchRand()
		x, y := benchF32(r, n), benchF32(r, n)
		benchForImpls(b, benchImpls32, benchDotFlops(n), func(b *testing.B, impl blas.Float32) {
			for b.Loop() {
				benchSink32 = impl.Sdot(n, x, 1, y, 1)
			}
		})
	})
}

func BenchmarkSaxpy(b *testing.B) {
	benchForSizes(b, benchSizes, func(b *testing.B, n int) {
		r := benchRand()
		x, y := benchF32(r, n), benchF32(r, n)
		benchForImpls(b, benchImpls32, benchDotFlops(n), func(b *testing.B, impl blas.Float32) {
			for i := 0; b.Loop(); i++ {
				impl.Saxpy(n, benchSigns32[i&1], x, 1, y, 1)
			}
		})
	})
}

func BenchmarkSgemv(b *testing.B) {
	benchForSizes(b, benchSizes, func(b *testing.B, n int) {
		r := benchRand()
		a, x, y := benchF32(r, n*n), benchF32(r, n), benchF32(r, n)
		benchForImpls(b, benchImpls32, benchGemvFlops(n), func(b *testing.B, impl blas.Float32) {
			for b.Loop() {
				impl.Sgemv(blas.NoTrans, n, n, 1, a, n, x, 1, 0.5, y, 1)
			}
		})
	})
}

func BenchmarkSgemm(b *testing.B) {
	benchForSizes(b, benchSizes, func(b *testing.B, n int) {
		r := benchRand()
		a, bm, c := benchF32(r, n*n), benchF32(r, n*n), benchF32(r, n*n)
		benchForImpls(b, benchImpls32, benchGemmFlops(n), func(b *testing.B, impl blas.Float32) {
			for b.Loop() {
				impl.Sgemm(blas.NoTrans, blas.NoTrans, n, n, n, 1, a, n, bm, n, 0.5, c, n)
			}
		})
	})
}

func BenchmarkStrsm(b *testing.B) {
	benchForSizes(b, benchSizes, func(b *testing.B, n int) {
		r := benchRand()
		a, inv := benchTrsmPair32(r, n)
		tri := [2][]float32{a, inv}
		b0, bm := benchF32(r, n*n), make([]float32, n*n)
		benchForImpls(b, benchImpls32, benchTrsmFlops(n), func(b *testing.B, impl blas.Float32) {
			copy(bm, b0)
			for i := 0; b.Loop(); i++ {
				impl.Strsm(blas.Left, blas.Upper, blas.NoTrans, blas.NonUnit, n, n, 1, tri[i&1], n, bm, n)
			}
		})
	})
}

func BenchmarkSsyrk(b *testing.B) {
	benchForSizes(b, benchSizes, func(b *testing.B, n int) {
		r := benchRand()
		a, c := benchF32(r, n*n), benchF32(r, n*n)
		benchForImpls(b, benchImpls32, benchSyrkFlops(n), func(b *testing.B, impl blas.Float32) {
			for b.Loop() {
				impl.Ssyrk(blas.Upper, blas.NoTrans, n, n, 1, a, n, 0.5, c, n)
			}
		})
	})
}
func BenchmarkDdot(b *testing.B) {
	benchForSizes(b, benchSizes, func(b *testing.B, n int) {
		r := benchRand()
		x, y := benchF64(r, n), benchF64(r, n)
		benchForImpls(b, benchImpls64, benchDotFlops(n), func(b *testing.B, impl blas.Float64) {
			for b.Loop() {
				benchSink64 = impl.Ddot(n, x, 1, y, 1)
			}
		})
	})
}

func BenchmarkDaxpy(b *testing.B) {
	benchForSizes(b, benchSizes, func(b *testing.B, n int) {
		r := benchRand()
		x, y := benchF64(r, n), benchF64(r, n)
		benchForImpls(b, benchImpls64, benchDotFlops(n), func(b *testing.B, impl blas.Float64) {
			for i := 0; b.Loop(); i++ {
				impl.Daxpy(n, benchSigns64[i&1], x, 1, y, 1)
			}
		})
	})
}

func BenchmarkDgemv(b *testing.B) {
	benchForSizes(b, benchSizes, func(b *testing.B, n int) {
		r := benchRand()
		a, x, y := benchF64(r, n*n), benchF64(r, n), benchF64(r, n)
		benchForImpls(b, benchImpls64, benchGemvFlops(n), func(b *testing.B, impl blas.Float64) {
			for b.Loop() {
				impl.Dgemv(blas.NoTrans, n, n, 1, a, n, x, 1, 0.5, y, 1)
			}
		})
	})
}

func BenchmarkDgemm(b *testing.B) {
	benchForSizes(b, benchSizes, func(b *testing.B, n int) {
		r := benchRand()
		a, bm, c := benchF64(r, n*n), benchF64(r, n*n), benchF64(r, n*n)
		benchForImpls(b, benchImpls64, benchGemmFlops(n), func(b *testing.B, impl blas.Float64) {
			for b.Loop() {
				impl.Dgemm(blas.NoTrans, blas.NoTrans, n, n, n, 1, a, n, bm, n, 0.5, c, n)
			}
		})
	})
}

func BenchmarkDtrsm(b *testing.B) {
	benchForSizes(b, benchSizes, func(b *testing.B, n int) {
		r := benchRand()
		a, inv := benchTrsmPair64(r, n)
		tri := [2][]float64{a, inv}
		b0, bm := benchF64(r, n*n), make([]float64, n*n)
		benchForImpls(b, benchImpls64, benchTrsmFlops(n), func(b *testing.B, impl blas.Float64) {
			copy(bm, b0)
			for i := 0; b.Loop(); i++ {
				impl.Dtrsm(blas.Left, blas.Upper, blas.NoTrans, blas.NonUnit, n, n, 1, tri[i&1], n, bm, n)
			}
		})
	})
}

func BenchmarkDsyrk(b *testing.B) {
	benchForSizes(b, benchSizes, func(b *testing.B, n int) {
		r := benchRand()
		a, c := benchF64(r, n*n), benchF64(r, n*n)
		benchForImpls(b, benchImpls64, benchSyrkFlops(n), func(b *testing.B, impl blas.Float64) {
			for b.Loop() {
				impl.Dsyrk(blas.Upper, blas.NoTrans, n, n, 1, a, n, 0.5, c, n)
			}
		})
	})
}
func BenchmarkCdotu(b *testing.B) {
	benchForSizes(b, benchSizes, func(b *testing.B, n int) {
		r := benchRand()
		x, y := benchC64(r, n), benchC64(r, n)
		benchForImpls(b, benchImpls64c, 4*benchDotFlops(n), func(b *testing.B, impl blas.Complex64) {
			for b.Loop() {
				benchSink64c = impl.Cdotu(n, x, 1, y, 1)
			}
		})
	})
}

func BenchmarkCaxpy(b *testing.B) {
	benchForSizes(b, benchSizes, func(b *testing.B, n int) {
		r := benchRand()
		x, y := benchC64(r, n), benchC64(r, n)
		benchForImpls(b, benchImpls64c, 4*benchDotFlops(n), func(b *testing.B, impl blas.Complex64) {
			for i := 0; b.Loop(); i++ {
				impl.Caxpy(n, benchSigns64c[i&1], x, 1, y, 1)
			}
		})
	})
}

func BenchmarkCgemv(b *testing.B) {
	benchForSizes(b, benchSizes, func(b *testing.B, n int) {
		r := benchRand()
		a, x, y := benchC64(r, n*n), benchC64(r, n), benchC64(r, n)
		benchForImpls(b, benchImpls64c, 4*benchGemvFlops(n), func(b *testing.B, impl blas.Complex64) {
			for b.Loop() {
				impl.Cgemv(blas.NoTrans, n, n, 1, a, n, x, 1, 0.5, y, 1)
			}
		})
	})
}

func BenchmarkCgemm(b *testing.B) {
	benchForSizes(b, benchSizes, func(b *testing.B, n int) {
		r := benchRand()
		a, bm, c := benchC64(r, n*n), benchC64(r, n*n), benchC64(r, n*n)
		benchForImpls(b, benchImpls64c, 4*benchGemmFlops(n), func(b *testing.B, impl blas.Complex64) {
			for b.Loop() {
				impl.Cgemm(blas.NoTrans, blas.NoTrans, n, n, n, 1, a, n, bm, n, 0.5, c, n)
			}
		})
	})
}

func BenchmarkCtrsm(b *testing.B) {
	benchForSizes(b, benchSizes, func(b *testing.B, n int) {
		r := benchRand()
		a, inv := benchTrsmPair64c(r, n)
		tri := [2][]complex64{a, inv}
		b0, bm := benchC64(r, n*n), make([]complex64, n*n)
		benchForImpls(b, benchImpls64c, 4*benchTrsmFlops(n), func(b *testing.B, impl blas.Complex64) {
			copy(bm, b0)
			for i := 0; b.Loop(); i++ {
				impl.Ctrsm(blas.Left, blas.Upper, blas.NoTrans, blas.NonUnit, n, n, 1, tri[i&1], n, bm, n)
			}
		})
	})
}

func BenchmarkCherk(b *testing.B) {
	benchForSizes(b, benchSizes, func(b *testing.B, n int) {
		r := benchRand()
		a, c := benchC64(r, n*n), benchC64(r, n*n)
		benchForImpls(b, benchImpls64c, 4*benchSyrkFlops(n), func(b *testing.B, impl blas.Complex64) {
			for b.Loop() {
				impl.Cherk(blas.Upper, blas.NoTrans, n, n, 1, a, n, 0.5, c, n)
			}
		})
	})
}
func BenchmarkZdotu(b *testing.B) {
	benchForSizes(b, benchSizes, func(b *testing.B, n int) {
		r := benchRand()
		x, y := benchC128(r, n), benchC128(r, n)
		benchForImpls(b, benchImpls128, 4*benchDotFlops(n), func(b *testing.B, impl blas.Complex128) {
			for b.Loop() {
				benchSink128 = impl.Zdotu(n, x, 1, y, 1)
			}
		})
	})
}

func BenchmarkZaxpy(b *testing.B) {
	benchForSizes(b, benchSizes, func(b *testing.B, n int) {
		r := benchRand()
		x, y := benchC128(r, n), benchC128(r, n)
		benchForImpls(b, benchImpls128, 4*benchDotFlops(n), func(b *testing.B, impl blas.Complex128) {
			for i := 0; b.Loop(); i++ {
				impl.Zaxpy(n, benchSigns128[i&1], x, 1, y, 1)
			}
		})
	})
}

func BenchmarkZgemv(b *testing.B) {
	benchForSizes(b, benchSizes, func(b *testing.B, n int) {
		r := benchRand()
		a, x, y := benchC128(r, n*n), benchC128(r, n), benchC128(r, n)
		benchForImpls(b, benchImpls128, 4*benchGemvFlops(n), func(b *testing.B, impl blas.Complex128) {
			for b.Loop() {
				impl.Zgemv(blas.NoTrans, n, n, 1, a, n, x, 1, 0.5, y, 1)
			}
		})
	})
}

func BenchmarkZgemm(b *testing.B) {
	benchForSizes(b, benchSizes, func(b *testing.B, n int) {
		r := benchRand()
		a, bm, c := benchC128(r, n*n), benchC128(r, n*n), benchC128(r, n*n)
		benchForImpls(b, benchImpls128, 4*benchGemmFlops(n), func(b *testing.B, impl blas.Complex128) {
			for b.Loop() {
				impl.Zgemm(blas.NoTrans, blas.NoTrans, n, n, n, 1, a, n, bm, n, 0.5, c, n)
			}
		})
	})
}

func BenchmarkZtrsm(b *testing.B) {
	benchForSizes(b, benchSizes, func(b *testing.B, n int) {
		r := benchRand()
		a, inv := benchTrsmPair128(r, n)
		tri := [2][]complex128{a, inv}
		b0, bm := benchC128(r, n*n), make([]complex128, n*n)
		benchForImpls(b, benchImpls128, 4*benchTrsmFlops(n), func(b *testing.B, impl blas.Complex128) {
			copy(bm, b0)
			for i := 0; b.Loop(); i++ {
				impl.Ztrsm(blas.Left, blas.Upper, blas.NoTrans, blas.NonUnit, n, n, 1, tri[i&1], n, bm, n)
			}
		})
	})
}

func BenchmarkZherk(b *testing.B) {
	benchForSizes(b, benchSizes, func(b *testing.B, n int) {
		r := benchRand()
		a, c := benchC128(r, n*n), benchC128(r, n*n)
		benchForImpls(b, benchImpls128, 4*benchSyrkFlops(n), func(b *testing.B, impl blas.Complex128) {
			for b.Loop() {
				impl.Zherk(blas.Upper, blas.NoTrans, n, n, 1, a, n, 0.5, c, n)
			}
		})
	})
}
