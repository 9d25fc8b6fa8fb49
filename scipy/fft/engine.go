package fft

import (
	"encoding/binary"
	"errors"
	"sync/atomic"
	"unsafe"

	"github.com/goscipy/goscipy/fftw"
)

// float and cplx are the element types of the two precisions.
type (
	float interface{ float32 | float64 }
	cplx  interface{ complex64 | complex128 }
	elem  interface{ float | cplx }
)

// kind is the FFTW transform family of a request.
type kind uint8

const (
	c2c kind = iota
	r2c
	c2r
	r2r
)

// request describes one FFTW execution: everything a plan depends on
// except the slices' alignments, which run reads from the slices.
type request struct {
	kind    kind
	single  bool  // float32/complex64 (libfftw3f)
	shape   []int // the real (logical) shape: c2r's output, r2c's input
	axes    []int // transformed axes in [0, len(shape)); r2c/c2r halve the last
	sign    fftw.Sign
	r2r     fftw.R2RKind // r2r: the kind along every axis
	threads int
	inPlace bool
	// guru, when non-nil, gives the plan's geometry directly instead of
	// shape and axes over row-major arrays: the sub-plans of the blocked
	// strategy (strategy.go).
	guru *guruDims
}

// guruDims are a plan's dims and howmany as FFTW's guru interface takes
// them (strides in elements).
type guruDims struct {
	dims, howmany []fftw.Dim
}

// maxRetries bounds how often run looks a plan up again after another
// goroutine evicted it between lookup and execution; then it makes a plan
// of its own. One retry almost always suffices.
const maxRetries = 3

// closedRetries counts executions retried because their plan was evicted
// in between, for tests.
var closedRetries atomic.Uint64

// run executes req on in and out with a cached plan. It reports an
// *Error wrapping ErrNative if FFTW fails, which validated arguments should
// never cause.
func run[I, O elem](req *request, in []I, out []O) error {
	inAlign, outAlign := fftw.AlignmentOf(in), fftw.AlignmentOf(out)
	flags := plannerFlags()
	sk, short := req.shortKey(flags, inAlign, outAlign)
	if short {
		if p := plans.recentShort(sk); p != nil {
			err := execute(p, in, out)
			if err == nil {
				return nil
			}
			if !errors.Is(err, fftw.ErrClosed) {
				return &Error{Kind: ErrNative, Msg: "FFTW execution failed", Err: err}
			}
			// Evicted since the lookup: the general path below retries.
		}
	}
	var buf [96]byte
	key := req.appendKey(buf[:0], flags, inAlign, outAlign)
	for attempt := 0; ; attempt++ {
		var p fftw.Plan
		var owned bool
		var err error
		mk := func() (fftw.Plan, error) { return req.makePlan(flags, inAlign, outAlign) }
		if attempt < maxRetries {
			p, owned, err = plans.get(key, sk, short, mk)
		} else {
			p, err = mk()
			owned = err == nil
		}
		if err != nil {
			return &Error{Kind: ErrNative, Msg: "cannot make the FFTW plan", Err: err}
		}
		err = execute(p, in, out)
		if owned {
			p.Close()
		}
		if err == nil {
			return nil
		}
		if !errors.Is(err, fftw.ErrClosed) {
			return &Error{Kind: ErrNative, Msg: "FFTW execution failed", Err: err}
		}
		closedRetries.Add(1)
	}
}

// appendKey appends the cache key of req with the given planner flags and
// alignments: a compact byte string with every field a plan depends on.
func (req *request) appendKey(b []byte, flags fftw.Flags, inAlign, outAlign int) []byte {
	b = append(b, byte(req.kind), req.bits(), byte(req.r2r), byte(inAlign), byte(outAlign))
	b = binary.AppendUvarint(b, uint64(flags))
	b = binary.AppendUvarint(b, uint64(req.threads))
	b = binary.AppendUvarint(b, uint64(len(req.shape)))
	for _, d := range req.shape {
		b = binary.AppendUvarint(b, uint64(d))
	}
	for _, a := range req.axes {
		b = binary.AppendUvarint(b, uint64(a))
	}
	if g := req.guru; g != nil {
		b = binary.AppendUvarint(b, uint64(len(g.dims)))
		for _, ds := range [2][]fftw.Dim{g.dims, g.howmany} {
			for _, d := range ds {
				b = binary.AppendUvarint(b, uint64(d.N))
				b = binary.AppendUvarint(b, uint64(d.InStride))
				b = binary.AppendUvarint(b, uint64(d.OutStride))
			}
		}
	}
	return b
}

// bits packs req's flags for the cache keys.
func (req *request) bits() byte {
	var bits byte
	if req.single {
		bits |= 1
	}
	if req.inPlace {
		bits |= 2
	}
	if req.sign == fftw.Backward {
		bits |= 4
	}
	if req.guru != nil {
		bits |= 8
	}
	return bits
}

// shortKey is the cache key of a 1-D request (one axis, no guru dims) as
// a comparable value, which determines its byte key (appendKey) and back.
// run compares it with the most recent plan's without building the byte
// key: the common loop over one 1-D size then costs a few word compares
// instead of appendKey and a string comparison, about 15 ns of a 64-point
// transform's 90 ns of overhead (BenchmarkFloor in package fftw).
type shortKey struct {
	n, threads        int
	flags             fftw.Flags
	kind              kind
	bits              byte
	r2r               fftw.R2RKind
	inAlign, outAlign int
}

// shortKey returns req's shortKey, and false if req is not 1-D.
func (req *request) shortKey(flags fftw.Flags, inAlign, outAlign int) (shortKey, bool) {
	if len(req.shape) != 1 || req.guru != nil {
		return shortKey{}, false
	}
	return shortKey{req.shape[0], req.threads, flags, req.kind, req.bits(), req.r2r, inAlign, outAlign}, true
}

// makePlan makes the FFTW plan for req over row-major arrays.
func (req *request) makePlan(flags fftw.Flags, inAlign, outAlign int) (fftw.Plan, error) {
	var dims, howmany []fftw.Dim
	if g := req.guru; g != nil {
		dims, howmany = g.dims, g.howmany
	} else {
		inShape := append([]int(nil), req.shape...)
		outShape := append([]int(nil), req.shape...)
		last := req.axes[len(req.axes)-1]
		switch req.kind {
		case r2c:
			outShape[last] = req.shape[last]/2 + 1
		case c2r:
			inShape[last] = req.shape[last]/2 + 1
		}
		var err error
		dims, howmany, err = fftw.SplitAxes(req.shape, fftw.RowMajorStrides(inShape), fftw.RowMajorStrides(outShape), req.axes)
		if err != nil {
			return nil, err
		}
	}
	po := &fftw.PlanOptions{Flags: flags, Threads: req.threads, InPlace: req.inPlace, InAlign: inAlign, OutAlign: outAlign}
	switch req.kind {
	case c2c:
		if req.single {
			return fftw.NewPlanDFT32(dims, howmany, req.sign, po)
		}
		return fftw.NewPlanDFT(dims, howmany, req.sign, po)
	case r2c:
		if req.single {
			return fftw.NewPlanR2C32(dims, howmany, po)
		}
		return fftw.NewPlanR2C(dims, howmany, po)
	case c2r:
		if req.single {
			return fftw.NewPlanC2R32(dims, howmany, po)
		}
		return fftw.NewPlanC2R(dims, howmany, po)
	default:
		kinds := make([]fftw.R2RKind, len(dims))
		for i := range kinds {
			kinds[i] = req.r2r
		}
		if req.single {
			return fftw.NewPlanR2R32(dims, howmany, kinds, po)
		}
		return fftw.NewPlanR2R(dims, howmany, kinds, po)
	}
}

// execute runs p, whose element types are those of in and out by
// construction of its request (the cast only reinterprets the slice header).
func execute[I, O elem](p fftw.Plan, in []I, out []O) error {
	switch p := p.(type) {
	case *fftw.PlanDFT:
		return p.Execute(cast[complex128](in), cast[complex128](out))
	case *fftw.PlanDFT32:
		return p.Execute(cast[complex64](in), cast[complex64](out))
	case *fftw.PlanR2C:
		return p.Execute(cast[float64](in), cast[complex128](out))
	case *fftw.PlanR2C32:
		return p.Execute(cast[float32](in), cast[complex64](out))
	case *fftw.PlanC2R:
		return p.Execute(cast[complex128](in), cast[float64](out))
	case *fftw.PlanC2R32:
		return p.Execute(cast[complex64](in), cast[float32](out))
	case *fftw.PlanR2R:
		return p.Execute(cast[float64](in), cast[float64](out))
	case *fftw.PlanR2R32:
		return p.Execute(cast[float32](in), cast[float32](out))
	}
	panic("fft: unknown plan type") // unreachable: makePlan makes only these
}

// cast reinterprets s as a slice of T, which must be s's element type
// (generic code cannot convert []S to []complex128 even when S is
// complex128; going through an interface would allocate per call).
func cast[T, S elem](s []S) []T {
	var t T
	var e S
	if unsafe.Sizeof(t) != unsafe.Sizeof(e) {
		panic("fft: internal error: element types of a plan and its slices differ")
	}
	return unsafe.Slice((*T)(unsafe.Pointer(unsafe.SliceData(s))), len(s))
}

// isSingle reports whether T is a single-precision type.
func isSingle[T elem]() bool {
	var t T
	switch any(t).(type) {
	case float32, complex64:
		return true
	}
	return false
}

// floats views complex data as interleaved real and imaginary parts.
func floatsOf[C cplx](x []C) (f64 []float64, f32 []float32) {
	var z C
	if unsafe.Sizeof(z) == 16 {
		return unsafe.Slice((*float64)(unsafe.Pointer(unsafe.SliceData(x))), 2*len(x)), nil
	}
	return nil, unsafe.Slice((*float32)(unsafe.Pointer(unsafe.SliceData(x))), 2*len(x))
}

// scaleC multiplies x by the real factor f.
func scaleC[C cplx](x []C, f float64) {
	if f == 1 {
		return
	}
	f64, f32 := floatsOf(x)
	scaleR(f64, f)
	scaleR(f32, f)
}

// scaleR multiplies x by f.
func scaleR[R float](x []R, f float64) {
	if f == 1 {
		return
	}
	r := R(f)
	for i := range x {
		x[i] *= r
	}
}

// conj conjugates x in place.
func conj[C cplx](x []C) {
	f64, f32 := floatsOf(x)
	for i := 1; i < len(f64); i += 2 {
		f64[i] = -f64[i]
	}
	for i := 1; i < len(f32); i += 2 {
		f32[i] = -f32[i]
	}
}
