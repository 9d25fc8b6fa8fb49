package fft

import "github.com/goscipy/goscipy/fftw"

// ndArgs are the options every transform family shares, gathered from
// Options, NDOptions, TrigOptions or TrigNDOptions.
type ndArgs struct {
	s, axes   []int
	defAxes   []int // axes when none are given: the 2-D functions' last two
	norm      Norm
	workers   int
	overwrite bool
	prefix    string // the options type, for error messages: "NDOptions."
}

func ndArgsOf(o *NDOptions, defAxes []int) ndArgs {
	a := ndArgs{defAxes: defAxes, prefix: "NDOptions."}
	if o != nil {
		a.s, a.axes, a.norm, a.workers, a.overwrite = o.S, o.Axes, o.Norm, o.Workers, o.Overwrite
	}
	return a
}

// oneD are the checked options of a 1-D transform of m input points.
type oneD struct {
	n         int // the N option, 0 for the default
	norm      Norm
	workers   int
	overwrite bool
}

func oneDOf(o *Options, m int) (oneD, error) {
	if err := checkLen(m); err != nil {
		return oneD{}, err
	}
	if o == nil {
		return oneD{}, nil
	}
	if o.N < 0 {
		return oneD{}, newError(ErrValue, "Options.N", "%d; want ≥ 1, or 0 for the default", o.N)
	}
	return oneD{o.N, o.Norm, o.Workers, o.Overwrite}, nil
}

// nd returns the N-D form of 1-D options, for the general path.
func (o oneD) nd() ndArgs {
	a := ndArgs{norm: o.norm, workers: o.workers, overwrite: o.overwrite, prefix: "Options."}
	if o.n > 0 {
		a.s = []int{o.n}
	}
	return a
}

// axis0 is the axes list of every 1-D transform.
var axis0 = [1]int{0}

// geometry resolves the axes and lengths of a transform of data x with
// the given shape, checking everything SciPy checks.
func (a *ndArgs) geometry(n int, shape []int) (ndPlan, error) {
	if err := checkData(n, shape); err != nil {
		return ndPlan{}, err
	}
	return resolveND(shape, a.s, a.axes, a.defAxes, a.prefix)
}

// transformSize returns the product of the transform lengths, the N of the
// normalisation.
func transformSize(s []int) float64 {
	n := 1.0
	for _, d := range s {
		n *= float64(d)
	}
	return n
}

// dftArgs is what the exec functions need besides the data: the shapes
// before and after cutting or padding, the axes, the normalisation's N and
// the caller's options. The 1-D functions fill it from arrays on their
// stack, so a 1-D transform allocates only its result.
type dftArgs struct {
	shape, newShape, axes []int
	n                     float64
	norm                  Norm
	workers               int
	overwrite             bool
}

// c2cND is FFTN (forward) and IFFTN: the complex transform of x (shape)
// along the resolved axes, returning the result and its shape.
func c2cND[C cplx](x []C, shape []int, a ndArgs, forward bool, dst []C) ([]C, []int, error) {
	g, err := a.geometry(len(x), shape)
	if err != nil {
		return nil, nil, err
	}
	if err := checkLengths(g.s, a.prefix); err != nil {
		return nil, nil, err
	}
	newShape := withLengths(shape, g.axes, g.s)
	out, err := c2cExec(x, dftArgs{shape, newShape, g.axes, transformSize(g.s), a.norm, a.workers, a.overwrite}, forward, dst)
	return out, newShape, err
}

// c2cExec runs a c2c transform into dst, or into a new slice (or x with
// Overwrite) when dst is nil.
func c2cExec[C cplx](x []C, d dftArgs, forward bool, dst []C) ([]C, error) {
	idx, err := normIndex(d.norm, forward)
	if err != nil {
		return nil, err
	}
	size, err := product(d.newShape)
	if err != nil {
		return nil, err
	}
	threads, err := threadsFor(d.workers, size)
	if err != nil {
		return nil, err
	}
	req := request{kind: c2c, single: isSingle[C](), shape: d.newShape, axes: d.axes, sign: fftw.Forward, threads: threads}
	if !forward {
		req.sign = fftw.Backward
	}
	var out []C
	switch {
	case dst != nil:
		if err := checkDst(dst, size, x); err != nil {
			return nil, err
		}
		out = dst
		switch {
		case !sameShape(d.newShape, d.shape):
			clear(dst)
			copyBox(dst, x, d.shape, d.newShape)
			req.inPlace = true
			err = runC2C(&req, dst, dst)
		case sameStart(dst, x):
			req.inPlace = true
			err = runC2C(&req, dst, dst)
		default:
			err = runC2C(&req, x, dst)
		}
	case !sameShape(d.newShape, d.shape):
		// A cut or padded copy is ours: transform it in place.
		out = resize(x, d.shape, d.newShape)
		req.inPlace = true
		err = runC2C(&req, out, out)
	case d.overwrite:
		out = x
		req.inPlace = true
		err = runC2C(&req, out, out)
	default:
		out = make([]C, size)
		err = runC2C(&req, x, out)
	}
	if err != nil {
		return nil, err
	}
	scaleC(out, scaleFactor(idx, d.n))
	return out, nil
}

// r2cND is RFFTN (forward) and IHFFTN (conjugated, normalised as an
// inverse): the real-to-complex transform of x along the resolved axes,
// the last of which is halved in the output.
func r2cND[R float, C cplx](x []R, shape []int, a ndArgs, ihfft bool, dst []C) ([]C, []int, error) {
	g, err := a.geometry(len(x), shape)
	if err != nil {
		return nil, nil, err
	}
	if err := checkLengths(g.s, a.prefix); err != nil {
		return nil, nil, err
	}
	realShape := withLengths(shape, g.axes, g.s)
	out, err := r2cExec(x, dftArgs{shape, realShape, g.axes, transformSize(g.s), a.norm, a.workers, a.overwrite}, ihfft, dst)
	if err != nil {
		return nil, nil, err
	}
	last := g.axes[len(g.axes)-1]
	outShape := realShape
	outShape[last] = realShape[last]/2 + 1
	return out, outShape, nil
}

// r2cExec runs an r2c transform into dst, or a new slice if dst is nil.
func r2cExec[R float, C cplx](x []R, d dftArgs, ihfft bool, dst []C) ([]C, error) {
	idx, err := normIndex(d.norm, !ihfft)
	if err != nil {
		return nil, err
	}
	size, err := product(d.newShape)
	if err != nil {
		return nil, err
	}
	threads, err := threadsFor(d.workers, size)
	if err != nil {
		return nil, err
	}
	in := x
	if !sameShape(d.newShape, d.shape) {
		in = resize(x, d.shape, d.newShape)
	}
	m := d.newShape[d.axes[len(d.axes)-1]]
	out := dst
	if out == nil {
		out = make([]C, size/m*(m/2+1))
	} else if err := checkDst(dst, size/m*(m/2+1), in); err != nil {
		return nil, err
	}
	in, s := alignR2CInput(in)
	if s != nil {
		defer alignedReal.Put(s)
	}
	req := request{kind: r2c, single: isSingle[R](), shape: d.newShape, axes: d.axes, threads: threads}
	if err := run(&req, in, out); err != nil {
		return nil, err
	}
	if ihfft {
		conj(out)
	}
	scaleC(out, scaleFactor(idx, d.n))
	return out, nil
}

// c2rND is IRFFTN and HFFTN (hfft: the input conjugated, normalised as a
// forward transform): the complex-to-real transform of x, whose last
// transformed axis holds the non-negative frequencies.
func c2rND[C cplx, R float](x []C, shape []int, a ndArgs, hfft bool, dst []R) ([]R, []int, error) {
	g, err := a.geometry(len(x), shape)
	if err != nil {
		return nil, nil, err
	}
	lastI := len(g.axes) - 1
	last := g.axes[lastI]
	if a.s == nil {
		g.s[lastI] = 2 * (shape[last] - 1)
	}
	if err := checkLengths(g.s, a.prefix); err != nil {
		if a.s == nil {
			return nil, nil, newError(ErrValue, "x", "%d point(s) along axis %d give an output of %d points; pass the output length (N or S)", shape[last], last, g.s[lastI])
		}
		return nil, nil, err
	}
	realShape := withLengths(shape, g.axes, g.s)
	inShape := withLengths(shape, g.axes, g.s)
	inShape[last] = g.s[lastI]/2 + 1
	out, err := c2rExec(x, dftArgs{shape, realShape, g.axes, transformSize(g.s), a.norm, a.workers, a.overwrite}, inShape, hfft, dst)
	return out, realShape, err
}

// c2rExec runs a c2r transform to d.newShape (real); inShape is the
// complex input's shape after cutting or padding (d.shape before). It
// writes into dst, or a new slice if dst is nil.
func c2rExec[C cplx, R float](x []C, d dftArgs, inShape []int, hfft bool, dst []R) ([]R, error) {
	idx, err := normIndex(d.norm, hfft)
	if err != nil {
		return nil, err
	}
	size, err := product(d.newShape)
	if err != nil {
		return nil, err
	}
	threads, err := threadsFor(d.workers, size)
	if err != nil {
		return nil, err
	}
	out := dst
	if out == nil {
		out = make([]R, size)
	} else if err := checkDst(dst, size, x); err != nil {
		return nil, err
	}
	// FFTW's c2r transforms destroy their input: use a copy (pooled
	// scratch, never returned to the caller) unless the caller allowed
	// overwriting x.
	in := x
	switch {
	case !sameShape(inShape, d.shape):
		in = resize(x, d.shape, inShape)
	case !d.overwrite:
		sc := getScratch[C](len(x))
		defer putScratch(sc)
		in = *sc
		copy(in, x)
	}
	if hfft {
		conj(in)
	}
	req := request{kind: c2r, single: isSingle[R](), shape: d.newShape, axes: d.axes, threads: threads}
	if err := run(&req, in, out); err != nil {
		return nil, err
	}
	scaleR(out, scaleFactor(idx, d.n))
	return out, nil
}
