package fft

import (
	"math"
	"runtime"
	"strconv"
)

// Norm is a normalisation mode, SciPy's norm= argument. It says which
// direction of a transform pair is scaled and by how much; for a transform
// of N points (the product of the lengths along the transformed axes):
//
//	Norm      forward transform   inverse transform
//	Backward  1 (unscaled)        1/N
//	Ortho     1/√N                1/√N
//	Forward   1/N                 1 (unscaled)
//
// The "forward" transforms are FFT, RFFT, IHFFT, DCT, DST and their N-D
// forms; the inverse ones are IFFT, IRFFT, HFFT, IDCT, IDST. HFFT and IHFFT
// follow SciPy in counting as inverse and forward respectively even though
// HFFT computes with the forward sign. The empty string means Backward,
// SciPy's default. For DCT and DST, N is 2n (2(n-1) for DCT-I, 2(n+1) for
// DST-I) per axis, and Ortho also orthogonalises (see TrigOptions).
type Norm string

// The normalisation modes.
const (
	Backward Norm = "backward"
	Ortho    Norm = "ortho"
	Forward  Norm = "forward"
)

// Options are the optional arguments of the one-dimensional transforms
// (FFT, IFFT, RFFT, IRFFT, HFFT, IHFFT and their 32 versions). A nil
// *Options, and the zero value of each field, mean SciPy's defaults.
//
// SciPy's axis= argument has no field here: the 1-D functions take 1-D
// slices. To transform along one axis of an N-D array, call the N-D function
// with that single axis (FFTN with NDOptions{Axes: []int{axis}, S: []int{n}}
// is scipy.fft.fft(x, n, axis)), which runs the same batched FFTW plan.
type Options struct {
	// N is the length of the transform. The input is truncated or padded
	// with zeros to N points (for IRFFT and HFFT, to N/2+1 complex points,
	// and N is the length of the real output). 0 means the input's length
	// (for IRFFT and HFFT, 2(m-1) for an input of m points). Negative N is
	// an error; SciPy's n=0 is too, but here 0 is the default.
	N int
	// Norm is the normalisation mode; "" means Backward.
	Norm Norm
	// Workers is the number of threads FFTW may use: 0 means the default,
	// 1 (serial, as SciPy's workers=None); negative values count back from
	// the number of CPUs as in SciPy (-1 means all of them). FFTW threads
	// are used only for transforms large enough to gain from them (see
	// Workers in the package documentation).
	Workers int
	// Overwrite lets the function use x as scratch space, SciPy's
	// overwrite_x: FFT and IFFT then transform in place and return x
	// itself (when N leaves the length unchanged), and IRFFT and HFFT let
	// FFTW destroy x instead of copying it. x's contents are then
	// unspecified. False (the default) leaves x unchanged.
	Overwrite bool
}

// NDOptions are the optional arguments of the N-dimensional transforms
// (FFTN, IFFTN, FFT2, IFFT2, RFFTN, IRFFTN, RFFT2, IRFFT2, HFFTN, IHFFTN,
// HFFT2, IHFFT2 and their 32 versions). A nil *NDOptions, and the zero value
// of each field, mean SciPy's defaults.
type NDOptions struct {
	// S is the length of the transform along each axis of Axes, SciPy's
	// s=: the input is truncated or zero-padded to it (for the real-output
	// IRFFTN and HFFTN, S gives the real output's lengths and the last
	// transformed axis of the input is cut or padded to S[last]/2+1). An
	// entry -1 keeps the input's length. Nil means the input's shape (for
	// IRFFTN and HFFTN, with 2(m-1) along the last transformed axis). With
	// S set and Axes nil, the last len(S) axes are transformed, as in SciPy.
	S []int
	// Axes are the axes to transform, negative ones counting from the end;
	// nil or empty means all axes (for FFT2 and the other 2-D functions,
	// the last two). They must be distinct. For RFFTN, IRFFTN, HFFTN and
	// IHFFTN the last one listed is the axis halved by the real transform.
	Axes []int
	// Norm is the normalisation mode; "" means Backward.
	Norm Norm
	// Workers is the number of FFTW threads, as in Options.
	Workers int
	// Overwrite lets the function use x as scratch space, as in Options:
	// FFTN and IFFTN transform in place and return x (when S leaves the
	// shape unchanged); IRFFTN and HFFTN let FFTW destroy x.
	Overwrite bool
}

// TrigOptions are the optional arguments of the 1-D real-to-real
// transforms (DCT, IDCT, DST, IDST and their 32 versions). A nil
// *TrigOptions, and the zero value of each field, mean SciPy's defaults.
type TrigOptions struct {
	// Type is the DCT or DST type, 1 to 4; 0 means 2, SciPy's default.
	Type int
	// N is the length of the transform: the input is truncated or
	// zero-padded to N points. 0 means the input's length; negative N is an
	// error. A DCT-I needs N ≥ 2.
	N int
	// Norm is the normalisation mode; "" means Backward. Under Ortho the
	// transform is also orthogonalised unless Orthogonalize says otherwise.
	Norm Norm
	// Orthogonalize selects SciPy's orthogonalised variant of types 1 to 3
	// (SciPy's orthogonalize=): the edge inputs and outputs are scaled by
	// √2 so that, with Norm Ortho, the transform matrix is orthogonal. Nil
	// means SciPy's default: true when Norm is Ortho, false otherwise
	// (new(true) or new(false) choose explicitly). Like SciPy 1.10, the
	// DST-II and DST-III scale their first element, not their last, which
	// keeps IDST(DST(x)) = x but makes them not quite orthogonal (see the
	// package documentation).
	Orthogonalize *bool
	// Workers is the number of FFTW threads, as in Options.
	Workers int
	// Overwrite lets the function transform x in place and return it (when
	// N leaves the length unchanged); x's contents are then unspecified.
	Overwrite bool
}

// TrigNDOptions are the optional arguments of the N-dimensional real-to-real
// transforms (DCTN, IDCTN, DSTN, IDSTN and their 32 versions). A nil
// *TrigNDOptions, and the zero value of each field, mean SciPy's defaults.
type TrigNDOptions struct {
	// Type is the DCT or DST type, 1 to 4, the same along every axis; 0
	// means 2.
	Type int
	// S and Axes are as in NDOptions.
	S    []int
	Axes []int
	// Norm and Orthogonalize are as in TrigOptions, applied along each
	// transformed axis.
	Norm          Norm
	Orthogonalize *bool
	// Workers and Overwrite are as in TrigOptions.
	Workers   int
	Overwrite bool
}

// normIndex returns pocketfft's normalisation index for a transform in the
// given direction: 0 unscaled, 1 scaled by 1/√N, 2 scaled by 1/N.
func normIndex(n Norm, forward bool) (int, error) {
	var i int
	switch n {
	case "", Backward:
		i = 0
	case Ortho:
		i = 1
	case Forward:
		i = 2
	default:
		// strconv.Quote copies n, so that n's bytes (and the slices of a
		// struct it comes from) do not escape to the heap on the fast path.
		return 0, newError(ErrValue, "Norm", "%s, want \"backward\", \"ortho\" or \"forward\"", strconv.Quote(string(n)))
	}
	if !forward {
		i = 2 - i
	}
	return i, nil
}

// scaleFactor returns the factor of normalisation index idx for a
// transform of n points in all (n is a float64 because the product of
// several axes' 2(n+δ) can exceed int precision only theoretically, and the
// factor is computed in floating point anyway).
func scaleFactor(idx int, n float64) float64 {
	switch idx {
	case 1:
		return 1 / math.Sqrt(n)
	case 2:
		return 1 / n
	}
	return 1
}

// resolveWorkers turns SciPy's workers= into a positive count: 0 is the
// default 1, negative values count back from the CPU count (-1 is all).
func resolveWorkers(w int) (int, error) {
	switch {
	case w == 0:
		return 1, nil
	case w > 0:
		return w, nil
	}
	ncpu := runtime.NumCPU()
	if w < -ncpu {
		return 0, newError(ErrValue, "Workers", "%d, must not be less than -%d (the number of CPUs)", w, ncpu)
	}
	return w + 1 + ncpu, nil
}

// trigType validates a DCT/DST type, 0 meaning 2.
func trigType(t int) (int, error) {
	if t == 0 {
		return 2, nil
	}
	if t < 1 || t > 4 {
		return 0, newError(ErrValue, "Type", "%d, want 1, 2, 3 or 4", t)
	}
	return t, nil
}
