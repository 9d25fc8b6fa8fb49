package fft

// RFFT returns the discrete Fourier transform of real x, scipy.fft.rfft:
// the non-negative-frequency half y[0], …, y[n/2] (n/2+1 values, integer
// division) of FFT(x), the rest being their conjugates. n = len(x) or
// Options.N (x cut or zero-padded to it); Norm scales as in FFT. The
// result is a new slice; x is never modified (Overwrite has no effect).
// Errors are as in FFT.
func RFFT(x []float64, o *Options) ([]complex128, error) {
	return rfftAlloc[float64, complex128](x, o)
}

// IRFFT returns the inverse of RFFT, scipy.fft.irfft: the n real values
// whose RFFT is x, normalised as IFFT (1/n by default). x holds the
// non-negative frequencies; n is Options.N, or 2(len(x)-1) by default, and
// x is cut or zero-padded to n/2+1 values first. The imaginary parts of
// x[0] and (for even n) x[n/2] are ignored, as the real output forces.
//
// FFTW destroys the input of this transform, so x is copied unless
// Options.Overwrite is set. Besides FFT's errors, it returns ErrValue when
// the default n would be 0 (len(x) = 1 and N unset).
func IRFFT(x []complex128, o *Options) ([]float64, error) {
	return irfft1D[complex128, float64](x, o, false, nil)
}

// HFFT returns the FFT of a signal with Hermitian symmetry, scipy.fft.hfft:
// x holds its non-negative-frequency half (as IRFFT's input does) and the
// n-point real spectrum is returned, n being Options.N or 2(len(x)-1). It
// is n·IRFFT(conj(x)) under the default norm: HFFT counts as a forward
// transform, unscaled by default. Overwrite and errors are as in IRFFT.
func HFFT(x []complex128, o *Options) ([]float64, error) {
	return irfft1D[complex128, float64](x, o, true, nil)
}

// IHFFT is the inverse of HFFT, scipy.fft.ihfft: conj(RFFT(x))/n for real
// x of n points (n = len(x) or Options.N), n/2+1 complex values, scaled as
// an inverse transform (1/n by default). Errors are as in FFT.
func IHFFT(x []float64, o *Options) ([]complex128, error) {
	return rfft1D[float64, complex128](x, o, true, nil)
}

// RFFT32 is RFFT in single precision.
func RFFT32(x []float32, o *Options) ([]complex64, error) {
	return rfftAlloc[float32, complex64](x, o)
}

// IRFFT32 is IRFFT in single precision.
func IRFFT32(x []complex64, o *Options) ([]float32, error) {
	return irfft1D[complex64, float32](x, o, false, nil)
}

// HFFT32 is HFFT in single precision.
func HFFT32(x []complex64, o *Options) ([]float32, error) {
	return irfft1D[complex64, float32](x, o, true, nil)
}

// IHFFT32 is IHFFT in single precision.
func IHFFT32(x []float32, o *Options) ([]complex64, error) {
	return rfft1D[float32, complex64](x, o, true, nil)
}

func rfft1D[R float, C cplx](x []R, o *Options, ihfft bool, dst []C) ([]C, error) {
	a, err := oneDOf(o, len(x))
	if err != nil {
		return nil, err
	}
	if a.n == 0 || a.n == len(x) {
		shape := [1]int{len(x)}
		return r2cExec[R, C](x, dftArgs{shape[:], shape[:], axis0[:], float64(len(x)), a.norm, a.workers, a.overwrite}, ihfft, dst)
	}
	y, _, err := r2cND(x, []int{len(x)}, a.nd(), ihfft, dst)
	return y, err
}

func irfft1D[C cplx, R float](x []C, o *Options, hfft bool, dst []R) ([]R, error) {
	a, err := oneDOf(o, len(x))
	if err != nil {
		return nil, err
	}
	if a.n == 0 && len(x) > 1 || a.n > 0 && a.n/2+1 == len(x) {
		n := a.n
		if n == 0 {
			n = 2 * (len(x) - 1)
		}
		shape, realShape := [1]int{len(x)}, [1]int{n}
		return c2rExec[C, R](x, dftArgs{shape[:], realShape[:], axis0[:], float64(n), a.norm, a.workers, a.overwrite}, shape[:], hfft, dst)
	}
	y, _, err := c2rND(x, []int{len(x)}, a.nd(), hfft, dst)
	return y, err
}

// RFFTN returns the N-D discrete Fourier transform of real x (row-major,
// the given shape), scipy.fft.rfftn: FFTN's result with the last axis of
// NDOptions.Axes (the last axis by default) cut to its n/2+1 non-negative
// frequencies. S cuts or pads the input as in FFTN. It returns the
// result and its shape; x is never modified. Errors are as in FFTN.
func RFFTN(x []float64, shape []int, o *NDOptions) ([]complex128, []int, error) {
	return r2cND[float64, complex128](x, shape, ndArgsOf(o, nil), false, nil)
}

// IRFFTN is the inverse of RFFTN, scipy.fft.irfftn: the real array whose
// RFFTN is x. S gives the output's lengths along the transformed axes
// (default: x's lengths, and 2(m-1) along the last transformed axis of m
// points); x is cut or zero-padded to S, with S[last]/2+1 points along the
// last axis. Normalised as IFFTN. x is copied first unless Overwrite is
// set, since FFTW destroys this transform's input. Errors are as in FFTN
// and IRFFT.
func IRFFTN(x []complex128, shape []int, o *NDOptions) ([]float64, []int, error) {
	return c2rND[complex128, float64](x, shape, ndArgsOf(o, nil), false, nil)
}

// RFFTN32 is RFFTN in single precision.
func RFFTN32(x []float32, shape []int, o *NDOptions) ([]complex64, []int, error) {
	return r2cND[float32, complex64](x, shape, ndArgsOf(o, nil), false, nil)
}

// IRFFTN32 is IRFFTN in single precision.
func IRFFTN32(x []complex64, shape []int, o *NDOptions) ([]float32, []int, error) {
	return c2rND[complex64, float32](x, shape, ndArgsOf(o, nil), false, nil)
}

// RFFT2 is RFFTN over the last two axes by default (scipy.fft.rfft2).
func RFFT2(x []float64, shape []int, o *NDOptions) ([]complex128, []int, error) {
	return r2cND[float64, complex128](x, shape, ndArgsOf(o, last2), false, nil)
}

// IRFFT2 is IRFFTN over the last two axes by default (scipy.fft.irfft2).
func IRFFT2(x []complex128, shape []int, o *NDOptions) ([]float64, []int, error) {
	return c2rND[complex128, float64](x, shape, ndArgsOf(o, last2), false, nil)
}

// HFFTN is the N-D HFFT, scipy.fft.hfftn: IRFFTN of conj(x), normalised
// as a forward transform (unscaled by default). Arguments as in IRFFTN.
func HFFTN(x []complex128, shape []int, o *NDOptions) ([]float64, []int, error) {
	return c2rND[complex128, float64](x, shape, ndArgsOf(o, nil), true, nil)
}

// IHFFTN is the N-D IHFFT, scipy.fft.ihfftn: conj(RFFTN(x)), normalised as
// an inverse transform (1/n by default). Arguments as in RFFTN.
func IHFFTN(x []float64, shape []int, o *NDOptions) ([]complex128, []int, error) {
	return r2cND[float64, complex128](x, shape, ndArgsOf(o, nil), true, nil)
}

// HFFT2 is HFFTN over the last two axes by default (scipy.fft.hfft2).
func HFFT2(x []complex128, shape []int, o *NDOptions) ([]float64, []int, error) {
	return c2rND[complex128, float64](x, shape, ndArgsOf(o, last2), true, nil)
}

// IHFFT2 is IHFFTN over the last two axes by default (scipy.fft.ihfft2).
func IHFFT2(x []float64, shape []int, o *NDOptions) ([]complex128, []int, error) {
	return r2cND[float64, complex128](x, shape, ndArgsOf(o, last2), true, nil)
}

// RFFTInto computes RFFT(x) into dst, which must hold n/2+1 elements (n =
// len(x) or Options.N), without allocating when N keeps the length.
// Errors are RFFT's and FFTInto's.
func RFFTInto(dst []complex128, x []float64, o *Options) error {
	if fastR2C(dst, x, o) {
		return nil
	}
	_, err := rfft1D(x, o, false, nonNil(dst))
	return err
}

// IRFFTInto computes IRFFT(x) into dst, which must hold the n output
// points. Unless Options.Overwrite is set, x is copied into pooled scratch
// space first (FFTW destroys this transform's input), so in steady state
// it allocates nothing. Errors are IRFFT's and FFTInto's.
func IRFFTInto(dst []float64, x []complex128, o *Options) error {
	_, err := irfft1D(x, o, false, nonNil(dst))
	return err
}

// RFFTInto32 is RFFTInto in single precision.
func RFFTInto32(dst []complex64, x []float32, o *Options) error {
	if fastR2C(dst, x, o) {
		return nil
	}
	_, err := rfft1D(x, o, false, nonNil(dst))
	return err
}

// IRFFTInto32 is IRFFTInto in single precision.
func IRFFTInto32(dst []float32, x []complex64, o *Options) error {
	_, err := irfft1D(x, o, false, nonNil(dst))
	return err
}
