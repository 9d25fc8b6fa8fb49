// Package fft is scipy.fft for Go: discrete Fourier, cosine and sine
// transforms of any length, in one or more dimensions, with SciPy's
// definitions, normalisations, options and errors, computed by FFTW 3
// through goscipy's thin cgo package fftw.
//
// # Functions
//
//	SciPy (scipy.fft)       Go                         Notes
//	fft, ifft               FFT, IFFT                  []complex128 in and out; FFTInto, IFFTInto write into a caller's slice
//	rfft, irfft             RFFT, IRFFT                RFFTInto, IRFFTInto; IRFFT copies its input (FFTW destroys it) unless Overwrite
//	hfft, ihfft             HFFT, IHFFT
//	fft2, ifft2             FFT2, IFFT2                row-major slice + shape in, result + shape out
//	fftn, ifftn             FFTN, IFFTN                FFTNInto, IFFTNInto
//	rfft2, irfft2           RFFT2, IRFFT2
//	rfftn, irfftn           RFFTN, IRFFTN
//	hfft2, ihfft2           HFFT2, IHFFT2
//	hfftn, ihfftn           HFFTN, IHFFTN
//	dct, idct               DCT, IDCT                  types 1–4 (TrigOptions.Type), orthogonalize= is TrigOptions.Orthogonalize
//	dst, idst               DST, IDST                  DST-II/III under "ortho" as SciPy ≥ 1.11, orthogonal (see below)
//	dctn, idctn             DCTN, IDCTN
//	dstn, idstn             DSTN, IDSTN
//	fftfreq, rfftfreq       FFTFreq, RFFTFreq
//	fftshift, ifftshift     FFTShift, IFFTShift        generic over the element type; shape nil for 1-D
//	next_fast_len           NextFastLen                real= is the second argument
//	set_workers, workers=   Options.Workers …          per call; no process-wide default
//	(plan cache)            CacheStats, SetCacheCapacity, ClearCache
//	(FFTW planning)         SetPlannerEffort, SaveWisdom, LoadWisdom
//	fht, ifht, fhtoffset    —                          not yet
//	set_backend, …          —                          FFTW is the only backend
//
// Single precision: FFT32, IFFT32, RFFT32, IRFFT32, HFFT32, IHFFT32,
// FFTN32, IFFTN32, RFFTN32, IRFFTN32, DCT32, IDCT32, DST32, IDST32, DCTN32,
// IDCTN32, DSTN32, IDSTN32, FFTInto32, IFFTInto32, RFFTInto32, IRFFTInto32
// compute with libfftw3f on complex64 and float32 (relative errors about
// 1e-7·log n instead of 1e-16·log n), where SciPy picks the precision from
// the input's dtype.
//
// # Data and options
//
// One-dimensional functions take a slice and return a new one. N-D
// functions take a row-major (C-ordered) slice and its shape and return
// the result and the result's shape. Inputs are never modified unless
// Overwrite is set; the Into functions write into a slice the caller
// provides and then allocate nothing, which is how a service transforming
// many signals of one size runs at FFTW's own speed.
//
// Optional arguments come in one struct per family: Options (1-D
// transforms), NDOptions (N-D), TrigOptions and TrigNDOptions (DCT/DST). A
// nil pointer, and the zero value of every field, mean SciPy's default.
// Differences from SciPy's arguments, each because Go's zero value must
// mean the default or Go's types already say it:
//
//   - The 1-D functions have no axis=: they take 1-D slices. SciPy's
//     fft(x, n, axis) of an N-D array is FFTN(x, shape, &NDOptions{Axes:
//     []int{axis}, S: []int{n}}), and so on for every 1-D function (DCTN for
//     DCT, HFFTN for HFFT, …); it runs the same batched FFTW plans.
//   - Options.N = 0 means the default length (SciPy's n=None); SciPy's
//     n=0 error is kept for negative N. In S, -1 keeps the input's length as
//     in SciPy, and entries below 1 are errors.
//   - NDOptions.Axes nil or empty means all axes (SciPy's axes=() would
//     transform none).
//   - FFT and the other complex-input functions take complex data only;
//     SciPy converts real input, here the caller does (or uses RFFT).
//   - Workers 0 means one thread (SciPy's None); negative values count back
//     from the number of CPUs as in SciPy; FFTW's threads are only used
//     above a size (see Workers below).
//   - SciPy's plan= argument has no counterpart: plans are always cached.
//
// # Normalisation
//
// Norm is SciPy's norm=: Backward (the default, also ""), Ortho or
// Forward, with SciPy's meaning (see Norm): the unnormalised FFTW result
// is multiplied by 1, 1/√N or 1/N afterwards, N being the product of the
// transformed lengths (for DCT/DST, of 2(n-1), 2n or 2(n+1) per axis as
// the type requires). HFFT counts as a forward transform and IHFFT as an
// inverse, as in SciPy. Under Ortho, DCT and DST types 1 to 3 are also
// orthogonalised unless TrigOptions.Orthogonalize says otherwise (SciPy
// 1.8's orthogonalize=, default true exactly when norm="ortho"), by
// scaling their edge inputs and outputs by √2.
//
// DST-II and DST-III under Ortho are orthogonal, as in SciPy since
// scipy/scipy#18452 (PR #18613, SciPy 1.11): the last output of the DST-II
// (last input of the DST-III) carries the extra 1/√2 (√2). SciPy 1.10.1,
// the version the other golden files pin, scaled the first element instead,
// so those two transforms differ from 1.10.1 in their first and last
// elements; the golden DST cases are 1.10.1's values with the scaling
// moved, checked against the explicit orthonormal matrices
// (scripts/golden/fft.py), and TestTrigOrthoIsOrthogonal checks
// orthogonality. All other transforms agree with SciPy to roundoff (about
// 1e-14 relative to the output, as the tests check against SciPy's own
// results).
//
// NaN and Inf in the input propagate through the arithmetic, as in SciPy,
// and are not errors. For the small cases in the golden files the same
// outputs come out NaN or infinite as in SciPy; in general two FFT
// algorithms can differ in whether an output becomes NaN or ±Inf (Inf-Inf
// in one order, a finite sum in another), so only "non-finite in,
// non-finite out" is guaranteed.
//
// # Plans and the plan cache
//
// Every transform runs an FFTW plan (or a few, for the large transforms
// described under Performance) made once for its kind (c2c forward or
// backward, r2c, c2r, each DCT/DST kind), precision, shape and axes (so
// batch) in-place or not, planner effort, thread count and the alignment
// of its input and output, and kept in a process-wide LRU cache of
// DefaultCacheCapacity plans. The cache is safe for concurrent use: a lock
// guards the map and the LRU list (a repeat of the most recent lookup
// skips it), FFTW itself plans under package fftw's planner lock, and
// plans execute concurrently without either. A plan
// being made is shared, so goroutines asking for it at once plan once.
// Evicted plans are closed at once; package fftw reference-counts
// executions, so a plan evicted while another goroutine runs it is
// destroyed when that run ends, and a run that finds its plan closed looks
// it up again. CacheStats reports size, capacity, hits, misses, evictions
// and FFTW's live plans; SetCacheCapacity bounds it (0 turns caching off)
// and ClearCache empties it.
//
// Plans are made with FFTW_ESTIMATE by default: planning takes
// microseconds to a millisecond, so the first call of a size costs little
// more than the next. SetPlannerEffort(Measure, limit) (or Patient,
// Exhaustive) makes FFTW time candidate algorithms instead, usually giving
// faster plans at the cost of milliseconds to seconds per new size (here
// 0.3 s for 512×512 and 5.6 s for 2^20 points), bounded by limit; the
// effort is part of the cache key. SaveWisdom and LoadWisdom keep what
// FFTW learnt across processes, so a service measures once per machine.
//
// # Performance
//
// With a cached plan a transform costs FFTW's execution plus a fixed cost
// per call: the cgo call itself and, above it, argument checks and the
// plan lookup. FFTInto, IFFTInto and RFFTInto (and the float32 twins)
// called with nil options on the most recently used plan take a short
// path past the option handling (fast.go); that is the loop a service
// runs. BenchmarkFloor in package fftw measures it in one process against
// a C loop of fftw_execute on the same plan and memory, in paired rounds
// (2026-11-26, a 2-vCPU virtual machine): RFFTInto took 1.74-1.78 × the
// C loop at 64 points (about 55 ns over it), 1.02-1.06 × at 4096 and
// 1.00-1.01 × at 65536, where a bare cgo call per transform, with nothing
// else around it, took 1.37 ×, 1.02-1.04 × and 1.00-1.02 ×. Above a few
// thousand points the per-call cost grows with the transform: FFTW's code
// and data evict the caller's from the CPU's caches, so every call runs
// it cold, and the shorter the path, the less that costs. FFTInto's plans
// are FFTW's own (fftw_sprint_plan prints the same plan as a C program's
// fftw_plan_dft_1d for every benchmarked size), input and output have
// FFTW's preferred alignment (every []complex128 does), and nothing is
// copied on the out-of-place path. The allocating functions (FFT, RFFT,
// …) add Go's cost of allocating and collecting the result, which at most
// sizes costs more than the transform itself: use the Into functions where
// speed matters. A goroutine running transforms of 2048 elements or more
// in a loop yields (runtime.Gosched) once every 4 ms, so that Go's sysmon
// does not take its P away at every tick that finds it inside FFTW, which
// cost up to 9 % at 65536 points (package fftw,
// internal/nativecall/yield.go).
//
// Under Estimate, FFTW's cost model picks slow plans for two kinds of
// large complex transforms, which SciPy's pocketfft then beats. This
// package plans those differently, still with Estimate and by shape alone,
// so deterministically and in about a millisecond: a 1-D c2c transform of
// a power of two from 2^18 points (2^19 in single precision) is copied to
// its output and transformed there in place, where FFTW's in-place plan
// transposes instead of striding (0.68× the time at 2^20); and a c2c
// transform along an axis of 256 to 16384 points with at least 16 columns
// after it, in an array of 2^14 points or more, runs through a buffer 16
// columns at a time, as FFTW_MEASURE's "buffered" plans do (512×512: about
// 0.45× the single Estimate plan; FFTW_MEASURE's own plan is 0.41×). The
// measurements and the few shapes that lose up to 20% are listed in
// strategy.go. With Measure and above, or Workers > 1, every transform
// runs one FFTW plan.
//
// # Alignment
//
// FFTW's SIMD code depends on the alignment of the arrays it is planned
// for (their address modulo 16 bytes on x86-64), and Go guarantees only
// the element's own alignment: most []complex128 start on a 16-byte
// boundary, but small []float64 and []complex64, and subslices such as
// x[1:], often do not. Executing a plan on differently aligned data gives
// wrong results or crashes, so package fftw refuses it. This package keys
// its plan cache on the input's and output's alignment, making a second
// plan for a differently aligned slice, on which FFTW may pick slower
// code; only a misaligned float64 input of a real-to-complex transform
// (RFFT, RFFTN, IHFFT, …) of 512 points or more is copied into pooled
// aligned scratch instead. BenchmarkAlignment on 2026-11-26 (input 8
// bytes off alignment, three runs on a 2-vCPU virtual machine) found the
// misaligned r2c plan 1.35-1.4 × the aligned one's time at 1024 to 65536
// points, where copying first cost 1.1-1.25 × (below 512 points the copy
// cost more than it saved); but in single precision (c2c, complex64, and
// r2c) the misaligned plan was as fast or faster from 4096 points, and for
// DCT-II the two were even, so those keep their own plans. Slices from
// make of more than a few elements are aligned; for the rest (x[1:],
// small or stack-allocated arrays), fftw.MakeAligned makes aligned memory.
//
// # Workers
//
// Options.Workers > 1 lets FFTW split a transform over that many threads
// (FFTW's own pthreads, outside Go's scheduler), but only when the array
// has at least 2^15 points: below that FFTW's threads cost more than they
// save (up to 50 times slower at 1024 points, BenchmarkThreads; the
// measurement is recorded beside threadMinSize in threads.go). Every
// transform runs on the calling goroutine's thread otherwise, so many
// goroutines transforming at once use as many cores as they are; a
// service that parallelises over requests should leave Workers at 1 to
// avoid oversubscribing the cores.
//
// # Errors
//
// Bad arguments (empty input, negative N, lengths below 1, axes out of
// range or repeated, a shape that does not match the data, a DCT-I of one
// point, an unknown Norm or Type) return an *Error whose Kind is ErrValue,
// ErrShape or ErrAxis and whose Arg names the argument, before FFTW is
// called; nothing here panics on data. ErrNative reports FFTW failing on
// validated arguments, which should not happen (memory exhaustion).
//
// # Licence
//
// FFTW is GPL-2.0-or-later: programs that import this package link FFTW
// and are bound by the GPL unless they hold a commercial FFTW licence. The
// goscipy packages that do not import scipy/fft or fftw do not link it.
package fft
