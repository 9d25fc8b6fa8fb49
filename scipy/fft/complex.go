package fft

// FFT returns the discrete Fourier transform of x, scipy.fft.fft:
//
//	y[k] = Σ_{j<n} x[j]·exp(-2πi·jk/n),  0 ≤ k < n,
//
// scaled by Options.Norm (unscaled by default), where n = len(x) or
// Options.N (x is then cut or zero-padded to n). y has n elements and is a
// new slice, or x itself when Options.Overwrite is set and n = len(x).
//
// It returns an *Error wrapping ErrShape for empty x and ErrValue for a
// negative N, an unknown Norm or bad Workers. NaN and Inf propagate through
// the arithmetic as in SciPy.
func FFT(x []complex128, o *Options) ([]complex128, error) {
	return fftAlloc(x, o, true)
}

// IFFT returns the inverse discrete Fourier transform of x, scipy.fft.ifft:
//
//	y[j] = (1/n)·Σ_{k<n} x[k]·exp(+2πi·jk/n),
//
// with the 1/n of the default Backward norm (√n under Ortho, none under
// Forward). N, Overwrite and the errors are as in FFT.
func IFFT(x []complex128, o *Options) ([]complex128, error) {
	return fftAlloc(x, o, false)
}

// FFT32 is FFT in single precision (libfftw3f): complex64 in and out, with
// float32 rounding (relative errors around 1e-7·log n instead of 1e-16).
func FFT32(x []complex64, o *Options) ([]complex64, error) {
	return fftAlloc(x, o, true)
}

// IFFT32 is IFFT in single precision.
func IFFT32(x []complex64, o *Options) ([]complex64, error) {
	return fftAlloc(x, o, false)
}

func fft1D[C cplx](x []C, o *Options, forward bool, dst []C) ([]C, error) {
	a, err := oneDOf(o, len(x))
	if err != nil {
		return nil, err
	}
	if a.n == 0 || a.n == len(x) {
		// The common case, without the N-D bookkeeping's allocations.
		shape := [1]int{len(x)}
		return c2cExec(x, dftArgs{shape[:], shape[:], axis0[:], float64(len(x)), a.norm, a.workers, a.overwrite}, forward, dst)
	}
	y, _, err := c2cND(x, []int{len(x)}, a.nd(), forward, dst)
	return y, err
}

// FFTInto computes FFT(x) into dst, which must hold n elements (len(x),
// or Options.N), without allocating: with a cached plan it runs at FFTW's
// own speed, for services that transform many signals of one size. dst
// may be x itself (an in-place transform) but must not otherwise overlap
// it. Besides FFT's errors it returns an *Error wrapping ErrShape when dst
// has the wrong length and ErrValue when it overlaps x.
func FFTInto(dst, x []complex128, o *Options) error {
	if fastC2C(dst, x, o, true) {
		return nil
	}
	_, err := fft1D(x, o, true, nonNil(dst))
	return err
}

// IFFTInto computes IFFT(x) into dst, as FFTInto does FFT.
func IFFTInto(dst, x []complex128, o *Options) error {
	if fastC2C(dst, x, o, false) {
		return nil
	}
	_, err := fft1D(x, o, false, nonNil(dst))
	return err
}

// FFTInto32 is FFTInto in single precision.
func FFTInto32(dst, x []complex64, o *Options) error {
	if fastC2C(dst, x, o, true) {
		return nil
	}
	_, err := fft1D(x, o, true, nonNil(dst))
	return err
}

// IFFTInto32 is IFFTInto in single precision.
func IFFTInto32(dst, x []complex64, o *Options) error {
	if fastC2C(dst, x, o, false) {
		return nil
	}
	_, err := fft1D(x, o, false, nonNil(dst))
	return err
}

// FFTN returns the N-dimensional discrete Fourier transform of x, a
// row-major array of the given shape, scipy.fft.fftn: the 1-D FFT along
// each axis of NDOptions.Axes (all by default), after cutting or
// zero-padding those axes to NDOptions.S. It returns the result, a new
// slice (or x itself when Overwrite is set and S keeps the shape), and
// its shape: shape with the transformed axes' lengths replaced by S. The
// normalisation's n is the product of the transformed lengths.
//
// It returns an *Error wrapping ErrShape when shape does not match
// len(x), has a length below 1, or S and Axes differ in length; ErrAxis
// for an axis out of range or repeated; ErrValue for an S entry below 1
// (other than -1), an unknown Norm or bad Workers.
func FFTN(x []complex128, shape []int, o *NDOptions) ([]complex128, []int, error) {
	return c2cND(x, shape, ndArgsOf(o, nil), true, nil)
}

// IFFTN is the inverse of FFTN, scipy.fft.ifftn: the 1-D IFFT along each
// transformed axis, normalised by the product n of their lengths
// (1/n by default). Arguments, results and errors are as in FFTN.
func IFFTN(x []complex128, shape []int, o *NDOptions) ([]complex128, []int, error) {
	return c2cND(x, shape, ndArgsOf(o, nil), false, nil)
}

// FFTN32 is FFTN in single precision.
func FFTN32(x []complex64, shape []int, o *NDOptions) ([]complex64, []int, error) {
	return c2cND(x, shape, ndArgsOf(o, nil), true, nil)
}

// IFFTN32 is IFFTN in single precision.
func IFFTN32(x []complex64, shape []int, o *NDOptions) ([]complex64, []int, error) {
	return c2cND(x, shape, ndArgsOf(o, nil), false, nil)
}

// last2 are the default axes of the 2-D functions, as in SciPy.
var last2 = []int{-2, -1}

// FFT2 is FFTN over the last two axes by default (scipy.fft.fft2); shape
// must then have at least two axes. NDOptions.Axes overrides them.
func FFT2(x []complex128, shape []int, o *NDOptions) ([]complex128, []int, error) {
	return c2cND(x, shape, ndArgsOf(o, last2), true, nil)
}

// IFFT2 is IFFTN over the last two axes by default (scipy.fft.ifft2).
func IFFT2(x []complex128, shape []int, o *NDOptions) ([]complex128, []int, error) {
	return c2cND(x, shape, ndArgsOf(o, last2), false, nil)
}

// FFTNInto computes FFTN(x, shape) into dst, which must have the result's
// size, without allocating; dst may be x itself but must not otherwise
// overlap it. Errors are FFTN's and FFTInto's.
func FFTNInto(dst, x []complex128, shape []int, o *NDOptions) error {
	_, _, err := c2cND(x, shape, ndArgsOf(o, nil), true, nonNil(dst))
	return err
}

// IFFTNInto computes IFFTN(x, shape) into dst, as FFTNInto does FFTN.
func IFFTNInto(dst, x []complex128, shape []int, o *NDOptions) error {
	_, _, err := c2cND(x, shape, ndArgsOf(o, nil), false, nonNil(dst))
	return err
}
