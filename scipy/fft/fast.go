package fft

import "github.com/goscipy/goscipy/fftw"

// The fast path of FFTInto, IFFTInto, RFFTInto, FFT, IFFT, RFFT and their
// float32 twins, for the call a service makes in a loop: no options, valid
// arguments, and the plan cache's most recent plan is this transform's. It
// skips the option handling and the layers of the general path (oneDOf,
// dftArgs, c2cExec or r2cExec, run), which matter more than their
// instruction count suggests: a transform of a few thousand points evicts
// them from the CPU's caches, so every call runs them cold. BenchmarkFloor
// in package fftw measures the cost over a bare cgo call. Anything else
// (options, an error to report, another plan, a plan evicted meanwhile)
// returns false and takes the general path, which does all the checking and
// reporting. The cache key is built by the same request.shortKey as the
// general path's, so both find the same plans.

// fastC2C runs the unnormalised forward or 1/n-normalised backward c2c
// transform of x into dst (which may be x itself) and reports true, if it
// can; see above.
func fastC2C[C cplx](dst, x []C, o *Options, forward bool) bool {
	n := len(x)
	if o != nil || n == 0 || len(dst) != n {
		return false
	}
	inPlace := sameStart(dst, x)
	if !inPlace && overlap(dst, x) {
		return false
	}
	shape := [1]int{n}
	req := request{kind: c2c, single: isSingle[C](), shape: shape[:], axes: axis0[:], sign: fftw.Forward, threads: 1, inPlace: inPlace}
	if !forward {
		req.sign = fftw.Backward
	}
	if !fastRun(&req, x, dst) {
		return false
	}
	if !forward {
		scaleC(dst, 1/float64(n))
	}
	return true
}

// fastR2C runs the r2c transform of x into dst and reports true, if it
// can; see above.
func fastR2C[R float, C cplx](dst []C, x []R, o *Options) bool {
	n := len(x)
	if o != nil || n == 0 || len(dst) != n/2+1 || overlap(dst, x) {
		return false
	}
	shape := [1]int{n}
	req := request{kind: r2c, single: isSingle[R](), shape: shape[:], axes: axis0[:], threads: 1}
	x, s := alignR2CInput(x) // as r2cExec does
	if s != nil {
		defer alignedReal.Put(s)
	}
	return fastRun(&req, x, dst)
}

// fastRun executes req on in and out with the most recent plan if that is
// req's, reporting whether it did.
func fastRun[I, O elem](req *request, in []I, out []O) bool {
	sk, _ := req.shortKey(plannerFlags(), fftw.AlignmentOf(in), fftw.AlignmentOf(out))
	p := plans.recentShort(sk)
	return p != nil && execute(p, in, out) == nil
}

// fftAlloc is FFT and IFFT (and the float32 twins): without options it
// allocates the result and tries the fast path on it, handing the same
// slice to the general path if that declines, so a declined call
// allocates no more than before.
func fftAlloc[C cplx](x []C, o *Options, forward bool) ([]C, error) {
	if o != nil || len(x) == 0 {
		return fft1D(x, o, forward, nil)
	}
	dst := make([]C, len(x))
	if fastC2C(dst, x, nil, forward) {
		return dst, nil
	}
	return fft1D(x, nil, forward, dst)
}

// rfftAlloc is RFFT and RFFT32, as fftAlloc is FFT.
func rfftAlloc[R float, C cplx](x []R, o *Options) ([]C, error) {
	if o != nil || len(x) == 0 {
		return rfft1D[R, C](x, o, false, nil)
	}
	dst := make([]C, len(x)/2+1)
	if fastR2C(dst, x, nil) {
		return dst, nil
	}
	return rfft1D(x, nil, false, dst)
}
