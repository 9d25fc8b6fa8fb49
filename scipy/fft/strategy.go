package fft

import (
	"slices"

	"github.com/goscipy/goscipy/fftw"
)

// Under the default Estimate effort, FFTW's cost model picks poor plans
// for two kinds of large complex transforms, which SciPy's pocketfft then
// beats (measured with FFTW 3.3.10 on the project's build machine, thread
// CPU time, in the same process; scripts/bench-fft.sh shows the effect):
//
//   - long 1-D powers of two out of place: the Estimate plan's second
//     Cooley-Tukey stage runs strided sub-transforms over the whole array,
//     while the in-place Estimate plan transposes first (FFTW's
//     "indirect" solver). Copying the input to the output and transforming
//     there in place takes 0.68× the time at 2^19 and 2^20, 0.74× at 2^21,
//     0.87× at 2^18, but 1.02× to 1.5× below 2^18 and for large
//     non-powers of two (3^12, 786432, 1021020), hence the rule below.
//     In single precision the gain starts at 2^19 (2^18: 0.98×; 2^19:
//     0.57×, 2^20: 0.72×, 2^21: 0.48×).
//   - axes other than the last of an N-D array (the columns of a matrix):
//     the Estimate plan runs each column as a strided transform, where
//     FFTW_MEASURE finds its "buffered" solver, which copies a block of
//     columns into a contiguous buffer first. The blocked strategy below
//     does the same with two Estimate plans per block of blockedWidth
//     columns (the transform from the strided block into a contiguous
//     buffer, then a copy back: FFTW's tiled rank-0 transposition), after
//     one plan for the last axis if it is transformed. Measured against
//     the single Estimate plan (thread CPU time, median of 9 interleaved
//     rounds; FFTW_MEASURE's plan for 512×512 takes 0.41×): 256² 0.39×,
//     384² 0.66×, 512² 0.3× to 0.6×, 768² 0.6×, 640×480 0.84×, 1000²
//     0.98×, 1001² 0.74×, 8192×2048 0.62×, 256×64×64 0.68×, 512×32×32
//     0.58×, the first axis of 4096×64 0.5× and of 1024×16 0.73×; but
//     300² 1.03× and the first axis of 2000×100 1.2×. Columns shorter
//     than blockedMinLen lost (128² 1.1×, 64³ 1.2×, 128³ 1.2×, the first
//     axis of 16×4096 1.3×), so they keep the single plan, as do arrays
//     below blockedMinSize points. Single precision gains as much (512²:
//     0.37×, 1000²: 0.86×).
//
// Both strategies are deterministic: they choose among Estimate plans by
// shape alone, never by timing. They apply only to single-threaded c2c
// transforms planned with Estimate while the plan cache is on; with
// Measure and above FFTW's own search finds such plans, with threads the
// single plan lets FFTW split the work, and without a cache the blocked
// strategy would plan for every block.
const (
	// c2cInPlaceMin is the smallest power-of-two length of a 1-D
	// double-precision c2c transform that is copied to its output and
	// transformed in place; twice that in single precision.
	c2cInPlaceMin = 1 << 18
	// blockedMinSize is the smallest array (points) the blocked strategy
	// applies to.
	blockedMinSize = 1 << 14
	// blockedWidth is the number of columns (consecutive indices of the
	// axes after the transformed one) transformed together through the
	// contiguous buffer; 8 to 64 measured within 5% of each other for
	// 512×512, 16 was best or near it for every shape tried.
	blockedWidth = 16
	// blockedMaxLen bounds the length of the axes transformed through the
	// buffer, so that the buffer (blockedWidth of them) stays within
	// 4 MiB in double precision; longer axes get one strided plan.
	blockedMaxLen = 1 << 14
	// blockedMinLen is the shortest axis transformed through the buffer.
	blockedMinLen = 256
)

// runC2C executes the c2c request req (row-major shape and axes) from src
// into dst, which are the same slice when req.inPlace, choosing the
// strategy described above.
func runC2C[C cplx](req *request, src, dst []C) error {
	if req.threads > 1 || plannerFlags() != fftw.Estimate || !plans.caching.Load() {
		return run(req, src, dst)
	}
	if blockedApplies(req) {
		return runBlocked(req, src, dst)
	}
	minLen := c2cInPlaceMin
	if req.single {
		minLen *= 2
	}
	if !req.inPlace && len(req.shape) == 1 && req.shape[0] >= minLen && req.shape[0]&(req.shape[0]-1) == 0 {
		copy(dst, src)
		ip := *req
		ip.inPlace = true
		return run(&ip, dst, dst)
	}
	return run(req, src, dst)
}

// blockedApplies reports whether req is large enough and has an axis to
// transform through the buffer (blockedAxis).
func blockedApplies(req *request) bool {
	size := 1
	for _, d := range req.shape {
		size *= d
	}
	if size < blockedMinSize {
		return false
	}
	for _, a := range req.axes {
		if blockedAxis(req.shape, a) {
			return true
		}
	}
	return false
}

// blockedAxis reports whether axis a of a row-major array of the given
// shape goes through the buffer: it has at least blockedWidth columns
// (the product of the later axes' lengths) and blockedMinLen to
// blockedMaxLen points.
func blockedAxis(shape []int, a int) bool {
	return innerSize(shape, a) >= blockedWidth && shape[a] >= blockedMinLen && shape[a] <= blockedMaxLen
}

// innerSize is the product of shape[a+1:], the stride of axis a in a
// row-major array.
func innerSize(shape []int, a int) int {
	n := 1
	for _, d := range shape[a+1:] {
		n *= d
	}
	return n
}

// runBlocked computes req as one pass per transformed axis, the last axis
// first: the first pass reads src and writes dst, the later ones work in
// dst. Axes that blockedAxis accepts go through the buffer in blocks of
// columns (blockedPass); a pass along any other is one batched plan over
// the array viewed as [outer, n, inner].
func runBlocked[C cplx](req *request, src, dst []C) error {
	var buf [8]int
	axes := append(buf[:0], req.axes...)
	slices.Sort(axes)
	cur := src
	for i := len(axes) - 1; i >= 0; i-- {
		a := axes[i]
		n, inner := req.shape[a], innerSize(req.shape, a)
		outer := len(dst) / (n * inner)
		var err error
		if !blockedAxis(req.shape, a) {
			pass := request{kind: c2c, single: req.single, shape: []int{outer, n, inner}, axes: []int{1},
				sign: req.sign, threads: 1, inPlace: sameStart(cur, dst)}
			err = run(&pass, cur, dst)
		} else {
			err = blockedPass(req, cur, dst, outer, n, inner)
		}
		if err != nil {
			return err
		}
		cur = dst
	}
	return nil
}

// blockedPass transforms the middle axis (n points, stride inner) of src
// viewed as [outer, n, inner] into dst (src itself or disjoint from it),
// blockedWidth columns at a time: an Estimate plan transforms the strided
// block into a contiguous pooled buffer (one column after another), and a
// length-1 "transform" batched over the block, which FFTW plans as a tiled
// copy, writes it back transposed.
func blockedPass[C cplx](req *request, src, dst []C, outer, n, inner int) error {
	sc := getScratch[C](n * blockedWidth)
	defer putScratch(sc)
	buf := *sc
	fwdDims := guruDims{
		dims:    []fftw.Dim{{N: n, InStride: inner, OutStride: 1}},
		howmany: []fftw.Dim{{N: blockedWidth, InStride: 1, OutStride: n}},
	}
	backDims := guruDims{
		dims:    []fftw.Dim{{N: 1, InStride: 1, OutStride: 1}},
		howmany: []fftw.Dim{{N: n, InStride: 1, OutStride: inner}, {N: blockedWidth, InStride: n, OutStride: 1}},
	}
	fwd := request{kind: c2c, single: req.single, sign: req.sign, threads: 1, guru: &fwdDims}
	back := request{kind: c2c, single: req.single, sign: fftw.Forward, threads: 1, guru: &backDims}
	for o := range outer {
		base := o * n * inner
		for j := 0; j < inner; j += blockedWidth {
			b := min(blockedWidth, inner-j)
			fwdDims.howmany[0].N = b
			backDims.howmany[1].N = b
			if err := run(&fwd, src[base+j:], buf[:n*b]); err != nil {
				return err
			}
			if err := run(&back, buf[:n*b], dst[base+j:]); err != nil {
				return err
			}
		}
	}
	return nil
}
