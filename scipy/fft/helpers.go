package fft

import "math"

// FFTFreq returns the sample frequencies of an n-point FFT with sample
// spacing d (in seconds, say; the frequencies are then in cycles per
// second), scipy.fft.fftfreq: f[k] = k/(n·d) for k < (n+1)/2, then the
// negative frequencies -(n/2), …, -1 over n·d, in FFT's output order.
// It returns an *Error wrapping ErrValue for n < 1 or d = 0 (SciPy raises
// for both); a NaN or infinite d gives NaN or zero frequencies as in SciPy.
func FFTFreq(n int, d float64) ([]float64, error) {
	val, err := freqScale(n, d)
	if err != nil {
		return nil, err
	}
	f := make([]float64, n)
	pos := (n-1)/2 + 1
	for k := range pos {
		f[k] = float64(k) * val
	}
	for k := pos; k < n; k++ {
		f[k] = float64(k-n) * val
	}
	return f, nil
}

// RFFTFreq returns the n/2+1 non-negative sample frequencies of RFFT's
// output for n points with sample spacing d, scipy.fft.rfftfreq:
// f[k] = k/(n·d). Errors are as in FFTFreq.
func RFFTFreq(n int, d float64) ([]float64, error) {
	val, err := freqScale(n, d)
	if err != nil {
		return nil, err
	}
	f := make([]float64, n/2+1)
	for k := range f {
		f[k] = float64(k) * val
	}
	return f, nil
}

// freqScale returns 1/(n·d), computed as NumPy does.
func freqScale(n int, d float64) (float64, error) {
	if n < 1 {
		return 0, newError(ErrValue, "n", "%d points; want ≥ 1", n)
	}
	if d == 0 {
		return 0, newError(ErrValue, "d", "sample spacing 0; the frequencies would be infinite")
	}
	return 1 / (float64(n) * d), nil
}

// FFTShift moves the zero-frequency term to the centre of the spectrum,
// scipy.fft.fftshift: along each axis of axes (all axes when nil; negative
// ones count from the end) of x, a row-major array of the given shape
// (nil shape: x is 1-D), it rolls the elements forward by n/2 places, so
// that FFT's output order becomes ascending frequency. It returns a new
// slice. It returns an *Error wrapping ErrShape or ErrAxis when shape or
// axes do not fit x.
func FFTShift[T any](x []T, shape, axes []int) ([]T, error) {
	return shift(x, shape, axes, false)
}

// IFFTShift is the inverse of FFTShift, scipy.fft.ifftshift: it rolls each
// axis back by n/2 places (forward by (n+1)/2), which differs from
// FFTShift for odd lengths.
func IFFTShift[T any](x []T, shape, axes []int) ([]T, error) {
	return shift(x, shape, axes, true)
}

func shift[T any](x []T, shape, axes []int, inverse bool) ([]T, error) {
	if shape == nil {
		shape = []int{len(x)}
	}
	if len(x) == 0 && len(shape) == 1 && shape[0] == 0 {
		return []T{}, nil // NumPy rolls an empty array to an empty array
	}
	if err := checkData(len(x), shape); err != nil {
		return nil, err
	}
	var ax []int
	if axes == nil {
		for i := range shape {
			ax = append(ax, i)
		}
	} else {
		var err error
		if ax, err = normAxes(axes, len(shape), "axes"); err != nil {
			return nil, err
		}
	}
	src := append([]T(nil), x...)
	dst := make([]T, len(x))
	for _, a := range ax {
		n := shape[a]
		k := n / 2
		if inverse {
			k = n - n/2
		}
		inner := 1
		for _, d := range shape[a+1:] {
			inner *= d
		}
		blk := n * inner
		cut := (n - k) * inner // src[cut:] moves to the front of each block
		for o := 0; o < len(x); o += blk {
			b := src[o : o+blk]
			copy(dst[o:], b[cut:])
			copy(dst[o+blk-cut:], b[:cut])
		}
		src, dst = dst, src
	}
	return src, nil
}

// maxFastLen is the largest target NextFastLen accepts, SciPy's limit
// (pocketfft refuses targets whose search could overflow a 64-bit size).
const maxFastLen = math.MaxUint64/11 + 1

// NextFastLen returns the smallest length ≥ target for which SciPy's
// pocketfft is fast, scipy.fft.next_fast_len: the next 11-smooth number
// (factors 2, 3, 5, 7, 11 only), or with real set the next 5-smooth
// number (2, 3, 5), which SciPy recommends for real transforms. FFTW is
// fastest on lengths of factors 2, 3, 5 and 7 (and at most one 11 or 13),
// so the 5-smooth answer suits this package too; either is a good padding
// length before FFT. Target 0 gives 0. It returns an *Error wrapping
// ErrValue for a negative target or one above 1676976733973595602, where
// SciPy gives up too.
func NextFastLen(target int, real bool) (int, error) {
	if target < 0 {
		return 0, newError(ErrValue, "target", "%d; must be non-negative", target)
	}
	if uint64(target) > maxFastLen {
		return 0, newError(ErrValue, "target", "%d is too large to perform an FFT", target)
	}
	primes := []uint64{3, 5, 7, 11}
	if real {
		primes = primes[:2]
	}
	return int(nextSmooth(uint64(target), primes)), nil
}

// nextSmooth returns the smallest m ≥ n whose prime factors are 2 and
// those listed. It tries every product of the odd primes below the best
// length found so far, doubling each up to n; a power of two bounds the
// search from the start.
func nextSmooth(n uint64, primes []uint64) uint64 {
	if n <= 1 {
		return n
	}
	best := uint64(1)
	for best < n {
		best *= 2
	}
	var search func(i int, f uint64)
	search = func(i int, f uint64) {
		if i == len(primes) {
			x := f
			for x < n {
				x *= 2
			}
			best = min(best, x)
			return
		}
		p := primes[i]
		for f < best {
			search(i+1, f)
			if f > (best-1)/p {
				return
			}
			f *= p
		}
	}
	search(0, 1)
	return best
}
