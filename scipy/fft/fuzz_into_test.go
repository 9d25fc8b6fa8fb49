package fft

import (
	"slices"
	"testing"

	"github.com/goscipy/goscipy/fftw"
)

// FuzzInto1D drives FFTInto, IFFTInto, RFFTInto and FFTInto32 with fuzzed
// lengths, destination lengths, alignments, in-place and overlapping
// destinations and repeated calls, so that their fast path (fast.go) meets
// both the calls it takes and those it must hand to the general path. Each
// call with nil options must agree with the same call with zero Options,
// which the fast path never takes, on equally laid out fresh memory: the
// same error, or bit for bit the same result.
func FuzzInto1D(f *testing.F) {
	f.Add(uint16(64), int8(0), uint8(0), uint8(0), uint8(2))
	f.Add(uint16(5), int8(-1), uint8(1), uint8(1), uint8(3))
	f.Add(uint16(1), int8(0), uint8(2), uint8(0), uint8(1))
	f.Add(uint16(17), int8(-1), uint8(2), uint8(1), uint8(2))
	f.Add(uint16(220), int8(0), uint8(3), uint8(1), uint8(2))
	f.Add(uint16(0), int8(0), uint8(0), uint8(0), uint8(1))
	f.Add(uint16(300), int8(0), uint8(4), uint8(1), uint8(2))
	f.Fuzz(func(t *testing.T, n16 uint16, dlen int8, mode, offset, repeat uint8) {
		c := intoCall{n: int(n16 % 600), dlen: int(dlen), mode: int(mode % 5), off: int(offset % 2)}
		for range 1 + int(repeat%3) {
			if c.mode == 4 { // another size, so that the most recent plan changes
				FFTInto(make([]complex128, c.n+1), complexInput(c.n+1, 6), nil)
				continue
			}
			got, err := c.run(nil)
			want, werr := c.run(&Options{})
			if (err != nil) != (werr != nil) {
				t.Fatalf("%+v: error %v, general path %v", c, err, werr)
			}
			if err == nil && !slices.Equal(got, want) {
				t.Fatalf("%+v: result differs from the general path", c)
			}
		}
	})
}

// intoCall is one fuzzed Into call: mode 0 FFTInto, 1 IFFTInto (in place
// when dlen is 0), 2 RFFTInto (dst overlapping x when dlen < 0), 3
// FFTInto32; off shifts both slices by one element from FFTW's alignment.
type intoCall struct{ n, dlen, mode, off int }

// run makes the call's arguments in fresh memory and runs it with o,
// returning dst's bits as complex128 (complex64 widened) and the error.
func (c intoCall) run(o *Options) ([]complex128, error) {
	n, off := c.n, c.off
	switch c.mode {
	case 0, 1:
		x := fftw.MakeAligned[complex128](n + off)[off:]
		copy(x, complexInput(n, 3))
		dst := fftw.MakeAligned[complex128](max(n+c.dlen, 0) + off)[off:]
		if c.mode == 1 && c.dlen == 0 {
			dst = x
		}
		if c.mode == 0 {
			return dst, FFTInto(dst, x, o)
		}
		return dst, IFFTInto(dst, x, o)
	case 2:
		xb := fftw.MakeAligned[float64](2*n + 4 + off)
		x := xb[off : off+n]
		copy(x, realInput(n, 4))
		m := max(n/2+1+c.dlen, 0)
		dst := fftw.MakeAligned[complex128](m)
		if c.dlen < 0 && n > 2 {
			dst = unsafeComplex(xb[off+1:])[:min(m, (len(xb)-off-1)/2)]
		}
		return dst, RFFTInto(dst, x, o)
	default:
		x := fftw.MakeAligned[complex64](n + off)[off:]
		copy(x, to32(complexInput(n, 5)).([]complex64))
		dst := fftw.MakeAligned[complex64](max(n+c.dlen, 0) + off)[off:]
		err := FFTInto32(dst, x, o)
		wide := make([]complex128, len(dst))
		for i, v := range dst {
			wide[i] = complex128(v)
		}
		return wide, err
	}
}
