// Package fftw is goscipy's thin cgo layer over FFTW 3: plans and execution
// for complex (c2c), real-to-complex (r2c), complex-to-real (c2r) and
// real-to-real (r2r: DCT and DST types I to IV) transforms of any rank,
// batched over any number of further dimensions, with arbitrary element
// strides, in double precision (libfftw3: complex128 and float64) and single
// precision (libfftw3f: complex64 and float32; names end in 32). It links the
// system libraries through pkg-config (fftw3, fftw3f) plus their threads
// libraries, which fftw3.pc does not list. The safe API, scipy.fft's
// functions with a plan cache, lives in package scipy/fft on top of it.
//
// # Plans
//
// A transform is described the way FFTW's guru64 interface describes it: a
// list of transform dimensions (dims) and a list of loop dimensions
// (howmany), each a Dim{N, InStride, OutStride} with strides counted in
// elements of the input and output arrays. A multidimensional transform over
// some axes of a row-major array, batched over the others, is one plan;
// RowMajorStrides and SplitAxes build the two lists from a shape and axes.
//
//	dims, howmany, err := fftw.SplitAxes(shape, fftw.RowMajorStrides(shape), fftw.RowMajorStrides(shape), axes)
//	p, err := fftw.NewPlanDFT(dims, howmany, fftw.Forward, nil)
//	defer p.Close()
//	err = p.Execute(in, out)
//
// Constructors: NewPlanDFT, NewPlanR2C, NewPlanC2R, NewPlanR2R and their
// single-precision twins NewPlanDFT32, NewPlanR2C32, NewPlanC2R32,
// NewPlanR2R32. Transforms are unnormalised, as in FFTW: a forward then
// backward c2c transform multiplies by the product of the dims' N.
//
// # Plans never hold Go memory
//
// FFTW plans remember the arrays they were planned on, and the cgo rules
// forbid C from keeping a Go pointer after a call returns. Every plan is
// therefore made on scratch arrays from fftw_malloc, freed before the
// constructor returns, and Execute passes the caller's Go slices to FFTW's
// new-array functions (fftw_execute_dft, _dft_r2c, _dft_c2r, _r2r) for the
// duration of that one call only. The scratch arrays are as large as the
// data the strides reach; with Estimate FFTW never touches them, so the OS
// commits no pages for large ones, while Measure and above write to them.
//
// New-array execution is only correct on arrays with the same alignment
// (fftw_alignment_of) as the planning arrays, and with the same in-place or
// out-of-place character. FFTW does not check either: on other alignments it
// can silently compute a wrong transform, or crash. So a plan records both, and
// Execute checks them before FFTW sees the slices:
//
//   - PlanOptions.InAlign and OutAlign choose the alignment a plan is made
//     for (byte offsets modulo FFTW's SIMD alignment, as AlignmentOf
//     reports them; 0, the default, is what MakeAligned returns). The
//     scratch arrays are offset by exactly that much.
//   - Execute returns an error wrapping ErrAlignment when a slice's
//     alignment differs. It never copies behind the caller's back: the safe
//     layer either keys its plan cache on AlignmentOf(in), AlignmentOf(out),
//     or copies misaligned input into a MakeAligned buffer.
//   - A plan made with the Unaligned flag runs on any alignment (FFTW then
//     avoids alignment-dependent SIMD code, which costs speed).
//   - PlanOptions.InPlace plans for in == out (same first element); Execute
//     rejects a plan/slice mismatch and out-of-place arrays that overlap
//     with ErrInPlace.
//
// On x86-64 FFTW computes alignment modulo 16 bytes whatever its SIMD
// (kernel/align.c), so a float64 or complex64 slice has alignment 0 or 8 and
// a float32 slice 0, 4, 8 or 12. Measured with Go 1.26 (TestAlignmentOfGoSlices
// logs it): fresh []complex128 are always at 0, large slices of any type
// too, but about half of small float64, float32 and complex64 slices (the
// tiny allocator, the 24-byte size class) are not, and neither are
// subslices such as buf[1:]. Executing a plan on data misaligned for it
// crashed FFTW 3.3.10 (AVX codelets) on this machine: hence the check.
//
// # Concurrency
//
// FFTW's planner is not thread-safe; only its execute functions are. Every
// other FFTW call this package makes (planning, destroying plans, wisdom,
// fftw_malloc and fftw_free, thread settings, the time limit) holds one
// package-level mutex, so all functions here are safe for concurrent use.
// Execute does not take that mutex: any number of goroutines may execute
// the same plan at once, on different arrays. Execute on a plan of 2048
// elements or more yields the goroutine (runtime.Gosched) first when no
// such call has yielded for 4 ms: a goroutine that executes plans in a
// tight loop otherwise never passes through the Go scheduler, and Go's
// sysmon takes its P away at every tick that finds it inside FFTW, which
// costs about 20 µs at the next return (internal/nativecall/yield.go).
//
// Close may be called at any time, even while other goroutines are inside
// Execute: each Execute holds a reference, Close marks the plan closed
// (later Execute calls return ErrClosed), and the last execution in flight
// destroys the FFTW plan when it returns. A plan that is never closed is
// destroyed by a cleanup after it becomes unreachable; Close is still the
// way to free it promptly. This is what lets a plan cache evict plans that
// other goroutines are using.
//
// # For a plan cache
//
// A plan is fully determined by its constructor's arguments: kind and
// precision, dims, howmany, the sign (c2c) or kinds (r2r), and the
// PlanOptions (Flags, Threads, InPlace, InAlign, OutAlign). A cache keyed
// on them can share plans between goroutines and evict with Close at any
// time. LivePlans counts the FFTW plans alive, for monitoring and leak
// tests.
//
// # Threads, planning rigour and wisdom
//
// PlanOptions.Threads makes a plan that splits each execution over that
// many FFTW threads. fftw_init_threads runs when the package is
// initialised, since FFTW requires it before any other FFTW call (code that
// calls FFTW directly must not plan before that); the thread count is set
// and reset around each planning call under the planner lock. Flags choose
// the planning rigour (Estimate, the default, Measure, Patient, Exhaustive,
// WisdomOnly) and input handling (PreserveInput, DestroyInput, Unaligned);
// SetTimeLimit bounds Measure, Patient and Exhaustive planning.
// ExportWisdom, ImportWisdom and ForgetWisdom (and the 32 versions, for
// libfftw3f, whose wisdom is separate) save and restore what the planner
// learnt, as bytes.
//
// # Input destruction
//
// Complex-to-real transforms overwrite their input by default (FFTW's
// FFTW_DESTROY_INPUT is the default for c2r), and so do in-place plans and
// plans made with DestroyInput. DestroysInput reports it; the safe layer
// copies the input first unless its caller opted in. PreserveInput makes a
// c2r plan that keeps its input, but FFTW supports that only for rank-1
// c2r transforms: for rank ≥ 2 the constructor returns ErrNoPlan.
//
// # Errors
//
// Nothing here panics on bad arguments: constructors and Execute return an
// *Error wrapping one of ErrInvalid, ErrLength, ErrAlignment, ErrInPlace,
// ErrClosed, ErrNoPlan, ErrWisdom or ErrThreads, so that errors.Is works,
// with the argument at fault named in the message. FFTW itself is only
// called with validated arguments.
//
// # Licence
//
// FFTW is distributed under the GNU GPL (version 2 or later). A program that
// links this package links FFTW and is bound by the GPL unless it holds a
// commercial FFTW licence; goscipy packages that do not import fftw (cblas,
// lapacke, and the scipy packages other than fft and those built on it) do
// not link FFTW.
package fftw

//go:generate go run ./internal/gen
