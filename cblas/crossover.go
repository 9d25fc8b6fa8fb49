package cblas

import (
	"sync/atomic"

	"gonum.org/v1/gonum/blas"
)

// Crossovers: a call whose size metric is below its constant runs gonum's
// pure Go implementation, because entering C costs about 25 ns here and the
// nativecall semaphore another 55-70 ns (a native ddot of 8 elements takes
// about 100 ns, gonum's 5 ns), which is more than gonum needs for small
// problems.
//
// The size metric is n for Level 1; m*n for Level 2 (n*n for triangular,
// symmetric and packed matrices, min(m, n)*(kL+kU+1) or n*(k+1) for band
// matrices); and m*n*k for Level 3 (with k = m or n, the order of A, for
// symm, hemm, trmm and trsm; n*n*k for the rank-k updates). A constant
// ending in C applies to the complex precisions (C and Z), which do about
// four times the arithmetic per element and so cross over sooner. Icamax and
// Izamax have none: they always run gonum (routes.go).
//
// The values come from
//
//	go test -run '^$' -bench Crossover ./cblas/
//
// run with OPENBLAS_NUM_THREADS=1 on a 2-core x86-64 (Debian bookworm,
// OpenBLAS 0.3.21 Haswell kernels, gonum v0.17.0), on a busy machine: the
// smallest measured size from which the native path stayed faster than
// gonum on the float64 or complex128 routine. Where native never won within
// the measured sizes (copy, scal of complex, rotm, and most real triangular
// and band Level 2 routines, whose gonum code is as fast as OpenBLAS's at
// one thread) the constant is a floor at about the largest size measured.
// Rerun the benchmark and update them when the machine, the vendor or gonum
// changes.
const (
	// Level 1: n.
	crossDot   = 2048
	crossDotC  = 512
	crossNrm2  = 96
	crossNrm2C = 64
	crossAsum  = 192
	crossAsumC = 128
	crossIamax = 256
	crossSwap  = 256
	crossSwapC = 512
	crossCopy  = 8192
	crossCopyC = 8192
	crossAxpy  = 768
	crossAxpyC = 256
	crossScal  = 2048
	crossScalC = 8192
	crossRot   = 192
	crossRotm  = 8192

	// Level 2: m*n.
	crossGemv  = 4096
	crossGemvC = 256
	crossGbmv  = 4096
	crossGbmvC = 1280
	crossGer   = 4096
	crossGerC  = 784
	crossTrmv  = 8192
	crossTrmvC = 1600
	crossTrsv  = 8192
	crossTrsvC = 8192
	crossTbmv  = 4096
	crossTbmvC = 4096
	crossTbsv  = 4096
	crossTbsvC = 4096
	crossTpmv  = 1600
	crossTpmvC = 2304
	crossTpsv  = 8192
	crossTpsvC = 8192
	crossSymv  = 576
	crossSymvC = 256
	crossSbmv  = 4096
	crossSbmvC = 960
	crossSpmv  = 4096
	crossSpmvC = 400
	crossSyr   = 1600
	crossSyrC  = 400
	crossSyr2  = 1600
	crossSyr2C = 576
	crossSpr   = 576
	crossSprC  = 256
	crossSpr2  = 4096
	crossSpr2C = 576

	// Level 3: m*n*k.
	crossGemm   = 125
	crossGemmC  = 125
	crossSymm   = 343
	crossSymmC  = 216
	crossSyrk   = 1728
	crossSyrkC  = 512
	crossSyr2k  = 1000
	crossSyr2kC = 343
	crossTrmm   = 1000
	crossTrmmC  = 216
	crossTrsm   = 4096
	crossTrsmC  = 343
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
