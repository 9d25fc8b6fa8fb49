package cblas

import (
	"sync/atomic"

	"gonum.org/v1/gonum/blas"
)

// Crossovers: a call whose size metric is below its constant runs gonum's
// pure Go implementation, because a native call costs about 40 ns here
// (entering C, the nativecall limiter and the checks: a native ddot of 8
// elements took 43 ns in the measurements below, gonum's 5 ns), which is
// more than gonum needs for small problems.
//
// The size metric is n for Level 1; m*n for Level 2 (n*n for triangular,
// symmetric and packed matrices, min(m, n)*(kL+kU+1) or n*(k+1) for band
// matrices); and m*n*k for Level 3 (with k = m or n, the order of A, for
// symm, hemm, trmm and trsm; n*n*k for the rank-k updates). A constant
// ending in C applies to the complex precisions (C and Z), which do about
// four times the arithmetic per element and so cross over sooner. Icamax and
// Izamax have none: they always run gonum (routes.go).
//
// Below the crossover a call costs gonum's time plus one Go call frame (the
// dispatching method itself): about 0.6 ns, which is 12-15 % of gonum's
// Ddot or Sdot at n <= 8 (BenchmarkDdot, BenchmarkSdot, -cpu 1, 2026-11-25).
// The dispatching methods are //go:nosplit, which skips the stack-growth
// check and saved 0.2 ns of that frame. Ddot, Daxpy, Dscal and Dcopy with
// unit strides skip the frame altogether: they call gonum's kernels through
// package floats (Dot, AddScaled, Scale, which inline into the dispatching
// method) or the builtin copy, exactly as gonum's methods do after their
// checks, so results are bit for bit gonum's (TestUnitPathMatchesGonum);
// Ddot and Daxpy at n <= 32 then took 0.92-1.0 × gonum's time (2026-11-26).
// The float32 and complex routines have no such exported kernels in gonum
// and keep the frame; removing it would mean copying gonum's kernels into
// this package.
//
// The values come from
//
//	scripts/bench-blas.sh --crossover
//
// (BenchmarkCrossover in crossover_bench_test.go at one thread:
// OPENBLAS_NUM_THREADS=1, -cpu 1, five passes at -benchtime 50ms) on
// 2026-11-25 at 20:22 UTC, on a 2-core x86-64 (Debian bookworm, OpenBLAS
// 0.3.21 SkylakeX kernels, gonum v0.17.0, Go 1.26) shared with other jobs
// (load average 1-2, rising to 8 in the last pass). Each is the smallest
// measured size from which the native path was faster than gonum on the
// float64 or complex128 routine at that size and every larger one, by the
// median of the five passes (the script's "suggested" column; an earlier
// run at load 5 agreed within a grid step or two for most). Where the
// medians found no such size the minimum's was used (real gbmv and tbmv);
// where neither did (copy, scal, rotm, real ger, both tbsv and sbmv,
// complex gbmv and tbmv), gonum was never slower at one thread and the
// constant is the largest size measured, so that only larger calls reach
// the vendor, whose threads may help them. Rerun the benchmark and update
// them on a quiet machine, and when the machine, the vendor, gonum or the
// cost of a native call changes.
const (
	// Level 1: n.
	crossDot   = 512
	crossDotC  = 192
	crossNrm2  = 96
	crossNrm2C = 32
	crossAsum  = 192
	crossAsumC = 96
	crossIamax = 128
	crossSwap  = 192
	crossSwapC = 4096
	crossCopy  = 65536
	crossCopyC = 65536
	crossAxpy  = 512
	crossAxpyC = 96
	crossScal  = 65536
	crossScalC = 65536
	crossRot   = 64
	crossRotm  = 65536

	// Level 2: m*n.
	crossGemv  = 2304
	crossGemvC = 144
	crossGbmv  = 960
	crossGbmvC = 20480
	crossGer   = 65536
	crossGerC  = 1024
	crossTrmv  = 9216
	crossTrmvC = 1600
	crossTrsv  = 9216
	crossTrsvC = 9216
	crossTbmv  = 10240
	crossTbmvC = 20480
	crossTbsv  = 20480
	crossTbsvC = 20480
	crossTpmv  = 2304
	crossTpmvC = 2304
	crossTpsv  = 16384
	crossTpsvC = 36864
	crossSymv  = 400
	crossSymvC = 256
	crossSbmv  = 20480
	crossSbmvC = 20480
	crossSpmv  = 1600
	crossSpmvC = 400
	crossSyr   = 576
	crossSyrC  = 400
	crossSyr2  = 2304
	crossSyr2C = 576
	crossSpr   = 576
	crossSprC  = 400
	crossSpr2  = 4096
	crossSpr2C = 576

	// Level 3: m*n*k.
	crossGemm   = 64
	crossGemmC  = 125
	crossSymm   = 216
	crossSymmC  = 125
	crossSyrk   = 1000
	crossSyrkC  = 512
	crossSyr2k  = 512
	crossSyr2kC = 216
	crossTrmm   = 1000
	crossTrmmC  = 216
	crossTrsm   = 4096
	crossTrsmC  = 512
)

// Single precision: the routines measured in both precisions, which cross
// over at other sizes than their double-precision twins (same run as
// above). Every other float32 and complex64 routine uses its float64 or
// complex128 twin's constant; Dsdot and Sdsdot, which read float32 data,
// use crossSdot. The generator maps the names (singleCross in
// internal/gen/render.go).
const (
	crossSdot  = 1536
	crossSaxpy = 384
	crossSgemv = 576
	crossSgemm = 27
	crossStrsm = 512
	crossCdot  = 384
	crossCaxpy = 192
	crossCgemm = 27
	crossCtrsm = 64
)

// nativeOnly, when true, sends every call that passes validation to the
// native library whatever its size. The conformance tests and the crossover
// benchmarks set it so that the C path is exercised at every size; nothing
// else should.
var nativeOnly atomic.Bool

// sided returns the order of the triangular or symmetric A in symm, hemm,
// trmm and trsm: m if A multiplies from the left, n otherwise.
func sided(s blas.Side, m, n int) int {
	if s == blas.Left {
		return m
	}
	return n
}
