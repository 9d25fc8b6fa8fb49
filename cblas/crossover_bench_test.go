package cblas

// BenchmarkCrossover measures, for every family with a threshold in
// crossover.go, gonum's pure Go against the native path (nativeOnly forced
// on) over a grid of sizes around the crossover. Sub-benchmarks are named
//
//	BenchmarkCrossover/<Family>/<Routine>/size=<s>/impl=<gonum|native>
//
// where Family is the constant's name without "cross" (Gemv, GemvC, ...) and
// s is the size metric crossover.go compares with it: n for Level 1, n*n for
// Level 2 (5n for the band routines, with kL = kU = 2 or k = 4), n*n*n for
// Level 3, on square problems. Each family is measured on its float64 or
// complex128 routine, the precisions gonum's mat uses; a few float32 and
// complex64 routines are measured too, to show how far the shared constant
// is from their own crossover.
//
//	scripts/bench-blas.sh --crossover
//
// runs them at one thread and prints, per routine, the smallest size from
// which native is faster. The grid takes about 20 minutes per repetition at
// the default -benchtime, so it runs only when selected by name: a plain
// -bench . (make bench) skips it. Operands are rebuilt per size from a fixed seed;
// routines that overwrite their input (triangular multiply and solve) copy
// it back inside the timed loop. That copy costs both implementations the
// same, so it does not move the crossover.

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/gonum"
)

// benchShape is a grid of dimensions n and the size metric of each.
type benchShape struct {
	grid []int
	size func(n int) int
}

var (
	benchShapeL1   = benchShape{[]int{1, 4, 8, 16, 32, 64, 96, 128, 192, 256, 384, 512, 768, 1024, 1536, 2048, 3072, 4096, 6144, 8192, 16384, 32768, 65536}, func(n int) int { return n }}
	benchShapeL2   = benchShape{[]int{2, 3, 4, 5, 6, 8, 10, 12, 14, 16, 20, 24, 28, 32, 40, 48, 64, 96, 128, 192, 256}, func(n int) int { return n * n }}
	benchShapeBand = benchShape{[]int{2, 4, 8, 12, 16, 24, 32, 48, 64, 96, 128, 192, 256, 384, 512, 1024, 2048, 4096}, func(n int) int { return n * (benchBandK + 1) }}
	benchShapeL3   = benchShape{[]int{1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 14, 16, 20, 24, 32}, func(n int) int { return n * n * n }}
)

// benchBandK is the number of off-diagonals of the band benchmarks: k for the
// triangular and symmetric band routines, kL+kU for gbmv.
const (
	benchBandK  = 4
	benchBandKL = benchBandK / 2
	benchBandKU = benchBandK - benchBandKL
)

// benchLeaf runs the timed loop of one routine at one size, on gonum's pure
// Go if useGonum, otherwise on Implementation (with nativeOnly set by the
// caller).
type benchLeaf func(b *testing.B, useGonum bool)

type benchCrossCase struct {
	family, routine string
	shape           benchShape
	setup           func(r *rand.Rand, n int) benchLeaf
}

func benchPick32(useGonum bool) blas.Float32 {
	if useGonum {
		return gonum.Implementation{}
	}
	return Implementation{}
}

func benchPick64(useGonum bool) blas.Float64 {
	if useGonum {
		return gonum.Implementation{}
	}
	return Implementation{}
}

func benchPick64c(useGonum bool) blas.Complex64 {
	if useGonum {
		return gonum.Implementation{}
	}
	return Implementation{}
}

func benchPick128(useGonum bool) blas.Complex128 {
	if useGonum {
		return gonum.Implementation{}
	}
	return Implementation{}
}

// benchTri64 returns a well-conditioned n×n upper triangle (see benchUpper).
func benchTri64(r *rand.Rand, n int) []float64 {
	a, _ := benchUpper(r, n)
	return a
}

func benchTri128(r *rand.Rand, n int) []complex128 {
	re, im := benchUpper(r, n)
	a := make([]complex128, n*n)
	for i := range a {
		a[i] = complex(re[i], im[i])
	}
	return a
}

func benchTri32(r *rand.Rand, n int) []float32 {
	re, _ := benchUpper(r, n)
	a := make([]float32, n*n)
	for i := range a {
		a[i] = float32(re[i])
	}
	return a
}

func benchTri64c(r *rand.Rand, n int) []complex64 {
	re, im := benchUpper(r, n)
	a := make([]complex64, n*n)
	for i := range a {
		a[i] = complex(float32(re[i]), float32(im[i]))
	}
	return a
}

// benchPackUpper packs the upper triangle of the row-major n×n a row by row,
// the layout of the packed routines for blas.Upper.
func benchPackUpper[T any](a []T, n int) []T {
	ap := make([]T, 0, n*(n+1)/2)
	for i := range n {
		ap = append(ap, a[i*n+i:i*n+n]...)
	}
	return ap
}

// benchBandUpper64 returns an upper triangular band matrix with benchBandK
// superdiagonals in row-major band storage (lda = benchBandK+1, diagonal
// first), diagonally dominant like benchUpper.
func benchBandUpper64(r *rand.Rand, n int) []float64 {
	a := make([]float64, n*(benchBandK+1))
	for i := range n {
		a[i*(benchBandK+1)] = 1.5 + benchUniform(r)/2
		for d := 1; d <= benchBandK; d++ {
			a[i*(benchBandK+1)+d] = benchUniform(r) / benchBandK
		}
	}
	return a
}

func benchBandUpper128(r *rand.Rand, n int) []complex128 {
	re, im := benchBandUpper64(r, n), benchBandUpper64(r, n)
	a := make([]complex128, len(re))
	for i := range a {
		a[i] = complex(re[i], im[i]/4)
	}
	return a
}

// Alternating factors keep repeated in-place updates bounded.
var (
	benchScal64  = [2]float64{2, 0.5}
	benchScal128 = [2]complex128{2, 0.5}
	benchRotm    = blas.DrotmParams{Flag: blas.Rescaling, H: [4]float64{0.6, -0.8, 0.8, 0.6}}
)

// benchCrossCases lists one routine per family of crossover.go, in its order,
// then the extra float32 and complex64 checks.
var benchCrossCases = []benchCrossCase{
	// Level 1, real.
	{"Dot", "Ddot", benchShapeL1, func(r *rand.Rand, n int) benchLeaf {
		x, y := benchF64(r, n), benchF64(r, n)
		return func(b *testing.B, g bool) {
			impl := benchPick64(g)
			for b.Loop() {
				benchSink64 = impl.Ddot(n, x, 1, y, 1)
			}
		}
	}},
	{"Nrm2", "Dnrm2", benchShapeL1, func(r *rand.Rand, n int) benchLeaf {
		x := benchF64(r, n)
		return func(b *testing.B, g bool) {
			impl := benchPick64(g)
			for b.Loop() {
				benchSink64 = impl.Dnrm2(n, x, 1)
			}
		}
	}},
	{"Asum", "Dasum", benchShapeL1, func(r *rand.Rand, n int) benchLeaf {
		x := benchF64(r, n)
		return func(b *testing.B, g bool) {
			impl := benchPick64(g)
			for b.Loop() {
				benchSink64 = impl.Dasum(n, x, 1)
			}
		}
	}},
	{"Iamax", "Idamax", benchShapeL1, func(r *rand.Rand, n int) benchLeaf {
		x := benchF64(r, n)
		return func(b *testing.B, g bool) {
			impl := benchPick64(g)
			for b.Loop() {
				benchSinkInt = impl.Idamax(n, x, 1)
			}
		}
	}},
	{"Swap", "Dswap", benchShapeL1, func(r *rand.Rand, n int) benchLeaf {
		x, y := benchF64(r, n), benchF64(r, n)
		return func(b *testing.B, g bool) {
			impl := benchPick64(g)
			for b.Loop() {
				impl.Dswap(n, x, 1, y, 1)
			}
		}
	}},
	{"Copy", "Dcopy", benchShapeL1, func(r *rand.Rand, n int) benchLeaf {
		x, y := benchF64(r, n), benchF64(r, n)
		return func(b *testing.B, g bool) {
			impl := benchPick64(g)
			for b.Loop() {
				impl.Dcopy(n, x, 1, y, 1)
			}
		}
	}},
	{"Axpy", "Daxpy", benchShapeL1, func(r *rand.Rand, n int) benchLeaf {
		x, y := benchF64(r, n), benchF64(r, n)
		return func(b *testing.B, g bool) {
			impl := benchPick64(g)
			for i := 0; b.Loop(); i++ {
				impl.Daxpy(n, benchSigns64[i&1], x, 1, y, 1)
			}
		}
	}},
	{"Scal", "Dscal", benchShapeL1, func(r *rand.Rand, n int) benchLeaf {
		x := benchF64(r, n)
		return func(b *testing.B, g bool) {
			impl := benchPick64(g)
			for i := 0; b.Loop(); i++ {
				impl.Dscal(n, benchScal64[i&1], x, 1)
			}
		}
	}},
	{"Rot", "Drot", benchShapeL1, func(r *rand.Rand, n int) benchLeaf {
		x, y := benchF64(r, n), benchF64(r, n)
		return func(b *testing.B, g bool) {
			impl := benchPick64(g)
			for b.Loop() {
				impl.Drot(n, x, 1, y, 1, 0.6, 0.8)
			}
		}
	}},
	{"Rotm", "Drotm", benchShapeL1, func(r *rand.Rand, n int) benchLeaf {
		x, y := benchF64(r, n), benchF64(r, n)
		return func(b *testing.B, g bool) {
			impl := benchPick64(g)
			for b.Loop() {
				impl.Drotm(n, x, 1, y, 1, benchRotm)
			}
		}
	}},

	// Level 1, complex.
	{"DotC", "Zdotu", benchShapeL1, func(r *rand.Rand, n int) benchLeaf {
		x, y := benchC128(r, n), benchC128(r, n)
		return func(b *testing.B, g bool) {
			impl := benchPick128(g)
			for b.Loop() {
				benchSink128 = impl.Zdotu(n, x, 1, y, 1)
			}
		}
	}},
	{"Nrm2C", "Dznrm2", benchShapeL1, func(r *rand.Rand, n int) benchLeaf {
		x := benchC128(r, n)
		return func(b *testing.B, g bool) {
			impl := benchPick128(g)
			for b.Loop() {
				benchSink64 = impl.Dznrm2(n, x, 1)
			}
		}
	}},
	{"AsumC", "Dzasum", benchShapeL1, func(r *rand.Rand, n int) benchLeaf {
		x := benchC128(r, n)
		return func(b *testing.B, g bool) {
			impl := benchPick128(g)
			for b.Loop() {
				benchSink64 = impl.Dzasum(n, x, 1)
			}
		}
	}},
	{"SwapC", "Zswap", benchShapeL1, func(r *rand.Rand, n int) benchLeaf {
		x, y := benchC128(r, n), benchC128(r, n)
		return func(b *testing.B, g bool) {
			impl := benchPick128(g)
			for b.Loop() {
				impl.Zswap(n, x, 1, y, 1)
			}
		}
	}},
	{"CopyC", "Zcopy", benchShapeL1, func(r *rand.Rand, n int) benchLeaf {
		x, y := benchC128(r, n), benchC128(r, n)
		return func(b *testing.B, g bool) {
			impl := benchPick128(g)
			for b.Loop() {
				impl.Zcopy(n, x, 1, y, 1)
			}
		}
	}},
	{"AxpyC", "Zaxpy", benchShapeL1, func(r *rand.Rand, n int) benchLeaf {
		x, y := benchC128(r, n), benchC128(r, n)
		return func(b *testing.B, g bool) {
			impl := benchPick128(g)
			for i := 0; b.Loop(); i++ {
				impl.Zaxpy(n, benchSigns128[i&1], x, 1, y, 1)
			}
		}
	}},
	{"ScalC", "Zscal", benchShapeL1, func(r *rand.Rand, n int) benchLeaf {
		x := benchC128(r, n)
		return func(b *testing.B, g bool) {
			impl := benchPick128(g)
			for i := 0; b.Loop(); i++ {
				impl.Zscal(n, benchScal128[i&1], x, 1)
			}
		}
	}},

	// Level 2, real.
	{"Gemv", "Dgemv", benchShapeL2, func(r *rand.Rand, n int) benchLeaf {
		a, x, y := benchF64(r, n*n), benchF64(r, n), benchF64(r, n)
		return func(b *testing.B, g bool) {
			impl := benchPick64(g)
			for b.Loop() {
				impl.Dgemv(blas.NoTrans, n, n, 1, a, n, x, 1, 0.5, y, 1)
			}
		}
	}},
	{"Gbmv", "Dgbmv", benchShapeBand, func(r *rand.Rand, n int) benchLeaf {
		a, x, y := benchF64(r, n*(benchBandK+1)), benchF64(r, n), benchF64(r, n)
		return func(b *testing.B, g bool) {
			impl := benchPick64(g)
			for b.Loop() {
				impl.Dgbmv(blas.NoTrans, n, n, benchBandKL, benchBandKU, 1, a, benchBandK+1, x, 1, 0.5, y, 1)
			}
		}
	}},
	{"Ger", "Dger", benchShapeL2, func(r *rand.Rand, n int) benchLeaf {
		a, x, y := benchF64(r, n*n), benchF64(r, n), benchF64(r, n)
		return func(b *testing.B, g bool) {
			impl := benchPick64(g)
			for i := 0; b.Loop(); i++ {
				impl.Dger(n, n, benchSigns64[i&1], x, 1, y, 1, a, n)
			}
		}
	}},
	{"Trmv", "Dtrmv", benchShapeL2, func(r *rand.Rand, n int) benchLeaf {
		a, x0, x := benchTri64(r, n), benchF64(r, n), make([]float64, n)
		return func(b *testing.B, g bool) {
			impl := benchPick64(g)
			for b.Loop() {
				copy(x, x0)
				impl.Dtrmv(blas.Upper, blas.NoTrans, blas.NonUnit, n, a, n, x, 1)
			}
		}
	}},
	{"Trsv", "Dtrsv", benchShapeL2, func(r *rand.Rand, n int) benchLeaf {
		a, x0, x := benchTri64(r, n), benchF64(r, n), make([]float64, n)
		return func(b *testing.B, g bool) {
			impl := benchPick64(g)
			for b.Loop() {
				copy(x, x0)
				impl.Dtrsv(blas.Upper, blas.NoTrans, blas.NonUnit, n, a, n, x, 1)
			}
		}
	}},
	{"Tbmv", "Dtbmv", benchShapeBand, func(r *rand.Rand, n int) benchLeaf {
		a, x0, x := benchBandUpper64(r, n), benchF64(r, n), make([]float64, n)
		return func(b *testing.B, g bool) {
			impl := benchPick64(g)
			for b.Loop() {
				copy(x, x0)
				impl.Dtbmv(blas.Upper, blas.NoTrans, blas.NonUnit, n, benchBandK, a, benchBandK+1, x, 1)
			}
		}
	}},
	{"Tbsv", "Dtbsv", benchShapeBand, func(r *rand.Rand, n int) benchLeaf {
		a, x0, x := benchBandUpper64(r, n), benchF64(r, n), make([]float64, n)
		return func(b *testing.B, g bool) {
			impl := benchPick64(g)
			for b.Loop() {
				copy(x, x0)
				impl.Dtbsv(blas.Upper, blas.NoTrans, blas.NonUnit, n, benchBandK, a, benchBandK+1, x, 1)
			}
		}
	}},
	{"Tpmv", "Dtpmv", benchShapeL2, func(r *rand.Rand, n int) benchLeaf {
		ap, x0, x := benchPackUpper(benchTri64(r, n), n), benchF64(r, n), make([]float64, n)
		return func(b *testing.B, g bool) {
			impl := benchPick64(g)
			for b.Loop() {
				copy(x, x0)
				impl.Dtpmv(blas.Upper, blas.NoTrans, blas.NonUnit, n, ap, x, 1)
			}
		}
	}},
	{"Tpsv", "Dtpsv", benchShapeL2, func(r *rand.Rand, n int) benchLeaf {
		ap, x0, x := benchPackUpper(benchTri64(r, n), n), benchF64(r, n), make([]float64, n)
		return func(b *testing.B, g bool) {
			impl := benchPick64(g)
			for b.Loop() {
				copy(x, x0)
				impl.Dtpsv(blas.Upper, blas.NoTrans, blas.NonUnit, n, ap, x, 1)
			}
		}
	}},
	{"Symv", "Dsymv", benchShapeL2, func(r *rand.Rand, n int) benchLeaf {
		a, x, y := benchF64(r, n*n), benchF64(r, n), benchF64(r, n)
		return func(b *testing.B, g bool) {
			impl := benchPick64(g)
			for b.Loop() {
				impl.Dsymv(blas.Upper, n, 1, a, n, x, 1, 0.5, y, 1)
			}
		}
	}},
	{"Sbmv", "Dsbmv", benchShapeBand, func(r *rand.Rand, n int) benchLeaf {
		a, x, y := benchF64(r, n*(benchBandK+1)), benchF64(r, n), benchF64(r, n)
		return func(b *testing.B, g bool) {
			impl := benchPick64(g)
			for b.Loop() {
				impl.Dsbmv(blas.Upper, n, benchBandK, 1, a, benchBandK+1, x, 1, 0.5, y, 1)
			}
		}
	}},
	{"Spmv", "Dspmv", benchShapeL2, func(r *rand.Rand, n int) benchLeaf {
		ap, x, y := benchF64(r, n*(n+1)/2), benchF64(r, n), benchF64(r, n)
		return func(b *testing.B, g bool) {
			impl := benchPick64(g)
			for b.Loop() {
				impl.Dspmv(blas.Upper, n, 1, ap, x, 1, 0.5, y, 1)
			}
		}
	}},
	{"Syr", "Dsyr", benchShapeL2, func(r *rand.Rand, n int) benchLeaf {
		a, x := benchF64(r, n*n), benchF64(r, n)
		return func(b *testing.B, g bool) {
			impl := benchPick64(g)
			for i := 0; b.Loop(); i++ {
				impl.Dsyr(blas.Upper, n, benchSigns64[i&1], x, 1, a, n)
			}
		}
	}},
	{"Syr2", "Dsyr2", benchShapeL2, func(r *rand.Rand, n int) benchLeaf {
		a, x, y := benchF64(r, n*n), benchF64(r, n), benchF64(r, n)
		return func(b *testing.B, g bool) {
			impl := benchPick64(g)
			for i := 0; b.Loop(); i++ {
				impl.Dsyr2(blas.Upper, n, benchSigns64[i&1], x, 1, y, 1, a, n)
			}
		}
	}},
	{"Spr", "Dspr", benchShapeL2, func(r *rand.Rand, n int) benchLeaf {
		ap, x := benchF64(r, n*(n+1)/2), benchF64(r, n)
		return func(b *testing.B, g bool) {
			impl := benchPick64(g)
			for i := 0; b.Loop(); i++ {
				impl.Dspr(blas.Upper, n, benchSigns64[i&1], x, 1, ap)
			}
		}
	}},
	{"Spr2", "Dspr2", benchShapeL2, func(r *rand.Rand, n int) benchLeaf {
		ap, x, y := benchF64(r, n*(n+1)/2), benchF64(r, n), benchF64(r, n)
		return func(b *testing.B, g bool) {
			impl := benchPick64(g)
			for i := 0; b.Loop(); i++ {
				impl.Dspr2(blas.Upper, n, benchSigns64[i&1], x, 1, y, 1, ap)
			}
		}
	}},

	// Level 2, complex.
	{"GemvC", "Zgemv", benchShapeL2, func(r *rand.Rand, n int) benchLeaf {
		a, x, y := benchC128(r, n*n), benchC128(r, n), benchC128(r, n)
		return func(b *testing.B, g bool) {
			impl := benchPick128(g)
			for b.Loop() {
				impl.Zgemv(blas.NoTrans, n, n, 1, a, n, x, 1, 0.5, y, 1)
			}
		}
	}},
	{"GbmvC", "Zgbmv", benchShapeBand, func(r *rand.Rand, n int) benchLeaf {
		a, x, y := benchC128(r, n*(benchBandK+1)), benchC128(r, n), benchC128(r, n)
		return func(b *testing.B, g bool) {
			impl := benchPick128(g)
			for b.Loop() {
				impl.Zgbmv(blas.NoTrans, n, n, benchBandKL, benchBandKU, 1, a, benchBandK+1, x, 1, 0.5, y, 1)
			}
		}
	}},
	{"GerC", "Zgeru", benchShapeL2, func(r *rand.Rand, n int) benchLeaf {
		a, x, y := benchC128(r, n*n), benchC128(r, n), benchC128(r, n)
		return func(b *testing.B, g bool) {
			impl := benchPick128(g)
			for i := 0; b.Loop(); i++ {
				impl.Zgeru(n, n, benchSigns128[i&1], x, 1, y, 1, a, n)
			}
		}
	}},
	{"TrmvC", "Ztrmv", benchShapeL2, func(r *rand.Rand, n int) benchLeaf {
		a, x0, x := benchTri128(r, n), benchC128(r, n), make([]complex128, n)
		return func(b *testing.B, g bool) {
			impl := benchPick128(g)
			for b.Loop() {
				copy(x, x0)
				impl.Ztrmv(blas.Upper, blas.NoTrans, blas.NonUnit, n, a, n, x, 1)
			}
		}
	}},
	{"TrsvC", "Ztrsv", benchShapeL2, func(r *rand.Rand, n int) benchLeaf {
		a, x0, x := benchTri128(r, n), benchC128(r, n), make([]complex128, n)
		return func(b *testing.B, g bool) {
			impl := benchPick128(g)
			for b.Loop() {
				copy(x, x0)
				impl.Ztrsv(blas.Upper, blas.NoTrans, blas.NonUnit, n, a, n, x, 1)
			}
		}
	}},
	{"TbmvC", "Ztbmv", benchShapeBand, func(r *rand.Rand, n int) benchLeaf {
		a, x0, x := benchBandUpper128(r, n), benchC128(r, n), make([]complex128, n)
		return func(b *testing.B, g bool) {
			impl := benchPick128(g)
			for b.Loop() {
				copy(x, x0)
				impl.Ztbmv(blas.Upper, blas.NoTrans, blas.NonUnit, n, benchBandK, a, benchBandK+1, x, 1)
			}
		}
	}},
	{"TbsvC", "Ztbsv", benchShapeBand, func(r *rand.Rand, n int) benchLeaf {
		a, x0, x := benchBandUpper128(r, n), benchC128(r, n), make([]complex128, n)
		return func(b *testing.B, g bool) {
			impl := benchPick128(g)
			for b.Loop() {
				copy(x, x0)
				impl.Ztbsv(blas.Upper, blas.NoTrans, blas.NonUnit, n, benchBandK, a, benchBandK+1, x, 1)
			}
		}
	}},
	{"TpmvC", "Ztpmv", benchShapeL2, func(r *rand.Rand, n int) benchLeaf {
		ap, x0, x := benchPackUpper(benchTri128(r, n), n), benchC128(r, n), make([]complex128, n)
		return func(b *testing.B, g bool) {
			impl := benchPick128(g)
			for b.Loop() {
				copy(x, x0)
				impl.Ztpmv(blas.Upper, blas.NoTrans, blas.NonUnit, n, ap, x, 1)
			}
		}
	}},
	{"TpsvC", "Ztpsv", benchShapeL2, func(r *rand.Rand, n int) benchLeaf {
		ap, x0, x := benchPackUpper(benchTri128(r, n), n), benchC128(r, n), make([]complex128, n)
		return func(b *testing.B, g bool) {
			impl := benchPick128(g)
			for b.Loop() {
				copy(x, x0)
				impl.Ztpsv(blas.Upper, blas.NoTrans, blas.NonUnit, n, ap, x, 1)
			}
		}
	}},
	{"SymvC", "Zhemv", benchShapeL2, func(r *rand.Rand, n int) benchLeaf {
		a, x, y := benchC128(r, n*n), benchC128(r, n), benchC128(r, n)
		return func(b *testing.B, g bool) {
			impl := benchPick128(g)
			for b.Loop() {
				impl.Zhemv(blas.Upper, n, 1, a, n, x, 1, 0.5, y, 1)
			}
		}
	}},
	{"SbmvC", "Zhbmv", benchShapeBand, func(r *rand.Rand, n int) benchLeaf {
		a, x, y := benchC128(r, n*(benchBandK+1)), benchC128(r, n), benchC128(r, n)
		return func(b *testing.B, g bool) {
			impl := benchPick128(g)
			for b.Loop() {
				impl.Zhbmv(blas.Upper, n, benchBandK, 1, a, benchBandK+1, x, 1, 0.5, y, 1)
			}
		}
	}},
	{"SpmvC", "Zhpmv", benchShapeL2, func(r *rand.Rand, n int) benchLeaf {
		ap, x, y := benchC128(r, n*(n+1)/2), benchC128(r, n), benchC128(r, n)
		return func(b *testing.B, g bool) {
			impl := benchPick128(g)
			for b.Loop() {
				impl.Zhpmv(blas.Upper, n, 1, ap, x, 1, 0.5, y, 1)
			}
		}
	}},
	{"SyrC", "Zher", benchShapeL2, func(r *rand.Rand, n int) benchLeaf {
		a, x := benchC128(r, n*n), benchC128(r, n)
		return func(b *testing.B, g bool) {
			impl := benchPick128(g)
			for i := 0; b.Loop(); i++ {
				impl.Zher(blas.Upper, n, benchSigns64[i&1], x, 1, a, n)
			}
		}
	}},
	{"Syr2C", "Zher2", benchShapeL2, func(r *rand.Rand, n int) benchLeaf {
		a, x, y := benchC128(r, n*n), benchC128(r, n), benchC128(r, n)
		return func(b *testing.B, g bool) {
			impl := benchPick128(g)
			for i := 0; b.Loop(); i++ {
				impl.Zher2(blas.Upper, n, benchSigns128[i&1], x, 1, y, 1, a, n)
			}
		}
	}},
	{"SprC", "Zhpr", benchShapeL2, func(r *rand.Rand, n int) benchLeaf {
		ap, x := benchC128(r, n*(n+1)/2), benchC128(r, n)
		return func(b *testing.B, g bool) {
			impl := benchPick128(g)
			for i := 0; b.Loop(); i++ {
				impl.Zhpr(blas.Upper, n, benchSigns64[i&1], x, 1, ap)
			}
		}
	}},
	{"Spr2C", "Zhpr2", benchShapeL2, func(r *rand.Rand, n int) benchLeaf {
		ap, x, y := benchC128(r, n*(n+1)/2), benchC128(r, n), benchC128(r, n)
		return func(b *testing.B, g bool) {
			impl := benchPick128(g)
			for i := 0; b.Loop(); i++ {
				impl.Zhpr2(blas.Upper, n, benchSigns128[i&1], x, 1, y, 1, ap)
			}
		}
	}},

	// Level 3, real.
	{"Gemm", "Dgemm", benchShapeL3, func(r *rand.Rand, n int) benchLeaf {
		a, bm, c := benchF64(r, n*n), benchF64(r, n*n), benchF64(r, n*n)
		return func(b *testing.B, g bool) {
			impl := benchPick64(g)
			for b.Loop() {
				impl.Dgemm(blas.NoTrans, blas.NoTrans, n, n, n, 1, a, n, bm, n, 0.5, c, n)
			}
		}
	}},
	{"Symm", "Dsymm", benchShapeL3, func(r *rand.Rand, n int) benchLeaf {
		a, bm, c := benchF64(r, n*n), benchF64(r, n*n), benchF64(r, n*n)
		return func(b *testing.B, g bool) {
			impl := benchPick64(g)
			for b.Loop() {
				impl.Dsymm(blas.Left, blas.Upper, n, n, 1, a, n, bm, n, 0.5, c, n)
			}
		}
	}},
	{"Syrk", "Dsyrk", benchShapeL3, func(r *rand.Rand, n int) benchLeaf {
		a, c := benchF64(r, n*n), benchF64(r, n*n)
		return func(b *testing.B, g bool) {
			impl := benchPick64(g)
			for b.Loop() {
				impl.Dsyrk(blas.Upper, blas.NoTrans, n, n, 1, a, n, 0.5, c, n)
			}
		}
	}},
	{"Syr2k", "Dsyr2k", benchShapeL3, func(r *rand.Rand, n int) benchLeaf {
		a, bm, c := benchF64(r, n*n), benchF64(r, n*n), benchF64(r, n*n)
		return func(b *testing.B, g bool) {
			impl := benchPick64(g)
			for b.Loop() {
				impl.Dsyr2k(blas.Upper, blas.NoTrans, n, n, 1, a, n, bm, n, 0.5, c, n)
			}
		}
	}},
	{"Trmm", "Dtrmm", benchShapeL3, func(r *rand.Rand, n int) benchLeaf {
		a, b0, bm := benchTri64(r, n), benchF64(r, n*n), make([]float64, n*n)
		return func(b *testing.B, g bool) {
			impl := benchPick64(g)
			for b.Loop() {
				copy(bm, b0)
				impl.Dtrmm(blas.Left, blas.Upper, blas.NoTrans, blas.NonUnit, n, n, 1, a, n, bm, n)
			}
		}
	}},
	{"Trsm", "Dtrsm", benchShapeL3, func(r *rand.Rand, n int) benchLeaf {
		a, b0, bm := benchTri64(r, n), benchF64(r, n*n), make([]float64, n*n)
		return func(b *testing.B, g bool) {
			impl := benchPick64(g)
			for b.Loop() {
				copy(bm, b0)
				impl.Dtrsm(blas.Left, blas.Upper, blas.NoTrans, blas.NonUnit, n, n, 1, a, n, bm, n)
			}
		}
	}},

	// Level 3, complex.
	{"GemmC", "Zgemm", benchShapeL3, func(r *rand.Rand, n int) benchLeaf {
		a, bm, c := benchC128(r, n*n), benchC128(r, n*n), benchC128(r, n*n)
		return func(b *testing.B, g bool) {
			impl := benchPick128(g)
			for b.Loop() {
				impl.Zgemm(blas.NoTrans, blas.NoTrans, n, n, n, 1, a, n, bm, n, 0.5, c, n)
			}
		}
	}},
	{"SymmC", "Zhemm", benchShapeL3, func(r *rand.Rand, n int) benchLeaf {
		a, bm, c := benchC128(r, n*n), benchC128(r, n*n), benchC128(r, n*n)
		return func(b *testing.B, g bool) {
			impl := benchPick128(g)
			for b.Loop() {
				impl.Zhemm(blas.Left, blas.Upper, n, n, 1, a, n, bm, n, 0.5, c, n)
			}
		}
	}},
	{"SyrkC", "Zherk", benchShapeL3, func(r *rand.Rand, n int) benchLeaf {
		a, c := benchC128(r, n*n), benchC128(r, n*n)
		return func(b *testing.B, g bool) {
			impl := benchPick128(g)
			for b.Loop() {
				impl.Zherk(blas.Upper, blas.NoTrans, n, n, 1, a, n, 0.5, c, n)
			}
		}
	}},
	{"Syr2kC", "Zher2k", benchShapeL3, func(r *rand.Rand, n int) benchLeaf {
		a, bm, c := benchC128(r, n*n), benchC128(r, n*n), benchC128(r, n*n)
		return func(b *testing.B, g bool) {
			impl := benchPick128(g)
			for b.Loop() {
				impl.Zher2k(blas.Upper, blas.NoTrans, n, n, 1, a, n, bm, n, 0.5, c, n)
			}
		}
	}},
	{"TrmmC", "Ztrmm", benchShapeL3, func(r *rand.Rand, n int) benchLeaf {
		a, b0, bm := benchTri128(r, n), benchC128(r, n*n), make([]complex128, n*n)
		return func(b *testing.B, g bool) {
			impl := benchPick128(g)
			for b.Loop() {
				copy(bm, b0)
				impl.Ztrmm(blas.Left, blas.Upper, blas.NoTrans, blas.NonUnit, n, n, 1, a, n, bm, n)
			}
		}
	}},
	{"TrsmC", "Ztrsm", benchShapeL3, func(r *rand.Rand, n int) benchLeaf {
		a, b0, bm := benchTri128(r, n), benchC128(r, n*n), make([]complex128, n*n)
		return func(b *testing.B, g bool) {
			impl := benchPick128(g)
			for b.Loop() {
				copy(bm, b0)
				impl.Ztrsm(blas.Left, blas.Upper, blas.NoTrans, blas.NonUnit, n, n, 1, a, n, bm, n)
			}
		}
	}},

	// The other precision of a few shared constants, for comparison.
	{"Dot", "Sdot", benchShapeL1, func(r *rand.Rand, n int) benchLeaf {
		x, y := benchF32(r, n), benchF32(r, n)
		return func(b *testing.B, g bool) {
			impl := benchPick32(g)
			for b.Loop() {
				benchSink32 = impl.Sdot(n, x, 1, y, 1)
			}
		}
	}},
	{"Axpy", "Saxpy", benchShapeL1, func(r *rand.Rand, n int) benchLeaf {
		x, y := benchF32(r, n), benchF32(r, n)
		return func(b *testing.B, g bool) {
			impl := benchPick32(g)
			for i := 0; b.Loop(); i++ {
				impl.Saxpy(n, benchSigns32[i&1], x, 1, y, 1)
			}
		}
	}},
	{"Gemv", "Sgemv", benchShapeL2, func(r *rand.Rand, n int) benchLeaf {
		a, x, y := benchF32(r, n*n), benchF32(r, n), benchF32(r, n)
		return func(b *testing.B, g bool) {
			impl := benchPick32(g)
			for b.Loop() {
				impl.Sgemv(blas.NoTrans, n, n, 1, a, n, x, 1, 0.5, y, 1)
			}
		}
	}},
	{"Gemm", "Sgemm", benchShapeL3, func(r *rand.Rand, n int) benchLeaf {
		a, bm, c := benchF32(r, n*n), benchF32(r, n*n), benchF32(r, n*n)
		return func(b *testing.B, g bool) {
			impl := benchPick32(g)
			for b.Loop() {
				impl.Sgemm(blas.NoTrans, blas.NoTrans, n, n, n, 1, a, n, bm, n, 0.5, c, n)
			}
		}
	}},
	{"Trsm", "Strsm", benchShapeL3, func(r *rand.Rand, n int) benchLeaf {
		a, b0, bm := benchTri32(r, n), benchF32(r, n*n), make([]float32, n*n)
		return func(b *testing.B, g bool) {
			impl := benchPick32(g)
			for b.Loop() {
				copy(bm, b0)
				impl.Strsm(blas.Left, blas.Upper, blas.NoTrans, blas.NonUnit, n, n, 1, a, n, bm, n)
			}
		}
	}},
	{"DotC", "Cdotu", benchShapeL1, func(r *rand.Rand, n int) benchLeaf {
		x, y := benchC64(r, n), benchC64(r, n)
		return func(b *testing.B, g bool) {
			impl := benchPick64c(g)
			for b.Loop() {
				benchSink64c = impl.Cdotu(n, x, 1, y, 1)
			}
		}
	}},
	{"AxpyC", "Caxpy", benchShapeL1, func(r *rand.Rand, n int) benchLeaf {
		x, y := benchC64(r, n), benchC64(r, n)
		return func(b *testing.B, g bool) {
			impl := benchPick64c(g)
			for i := 0; b.Loop(); i++ {
				impl.Caxpy(n, benchSigns64c[i&1], x, 1, y, 1)
			}
		}
	}},
	{"GemvC", "Cgemv", benchShapeL2, func(r *rand.Rand, n int) benchLeaf {
		a, x, y := benchC64(r, n*n), benchC64(r, n), benchC64(r, n)
		return func(b *testing.B, g bool) {
			impl := benchPick64c(g)
			for b.Loop() {
				impl.Cgemv(blas.NoTrans, n, n, 1, a, n, x, 1, 0.5, y, 1)
			}
		}
	}},
	{"GemmC", "Cgemm", benchShapeL3, func(r *rand.Rand, n int) benchLeaf {
		a, bm, c := benchC64(r, n*n), benchC64(r, n*n), benchC64(r, n*n)
		return func(b *testing.B, g bool) {
			impl := benchPick64c(g)
			for b.Loop() {
				impl.Cgemm(blas.NoTrans, blas.NoTrans, n, n, n, 1, a, n, bm, n, 0.5, c, n)
			}
		}
	}},
	{"TrsmC", "Ctrsm", benchShapeL3, func(r *rand.Rand, n int) benchLeaf {
		a, b0, bm := benchTri64c(r, n), benchC64(r, n*n), make([]complex64, n*n)
		return func(b *testing.B, g bool) {
			impl := benchPick64c(g)
			for b.Loop() {
				copy(bm, b0)
				impl.Ctrsm(blas.Left, blas.Upper, blas.NoTrans, blas.NonUnit, n, n, 1, a, n, bm, n)
			}
		}
	}},
}

var benchSinkInt int

func BenchmarkCrossover(b *testing.B) {
	if !strings.Contains(flag.Lookup("test.bench").Value.String(), "Crossover") {
		b.Skip("the crossover grid takes about 20 minutes; select it by name (-bench Crossover) or run scripts/bench-blas.sh --crossover")
	}
	var families []string
	byFamily := map[string][]benchCrossCase{}
	for _, c := range benchCrossCases {
		if byFamily[c.family] == nil {
			families = append(families, c.family)
		}
		byFamily[c.family] = append(byFamily[c.family], c)
	}
	for _, fam := range families {
		b.Run(fam, func(b *testing.B) {
			for _, c := range byFamily[fam] {
				b.Run(c.routine, func(b *testing.B) {
					for _, n := range c.shape.grid {
						b.Run(fmt.Sprintf("size=%d", c.shape.size(n)), func(b *testing.B) {
							leaf := c.setup(benchRand(), n)
							for _, impl := range []string{"gonum", "native"} {
								b.Run("impl="+impl, func(b *testing.B) {
									if impl == "native" {
										defer nativeOnly.Store(nativeOnly.Load())
										nativeOnly.Store(true)
									}
									leaf(b, impl == "gonum")
								})
							}
						})
					}
				})
			}
		})
	}
}
