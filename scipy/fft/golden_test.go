package fft

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"math/cmplx"
	"slices"
	"testing"

	"github.com/goscipy/goscipy/internal/golden"
)

// Tolerances of the golden comparisons, as golden.MaxNormErr measures them:
// the largest error of any output element relative to the largest output
// magnitude.
//
// tol64: FFTW's and pocketfft's roundoff are each about ε·log2(n)·‖x‖ in
// the worst element (ε = 2.2e-16, n ≤ 65537 here, so ≈ 4e-15·‖x‖), and with
// these inputs (entries spread over [-0.5, 0.5)) the largest output is
// within a small factor of ‖x‖₂; 1e-12 leaves two orders of magnitude for
// the different algorithms (Rader vs Bluestein for primes) while any
// wrong index, sign, scale or √2 shows up as an error near 1.
//
// tol32: the single-precision functions run on the float64 inputs rounded
// to float32 (relative error 6e-8 each) and compute with ε32 = 1.2e-7.
// The worst case measured is 8.4e-6 (RFFT32 of the prime 65537, which FFTW
// computes with Rader's algorithm, against the root-mean-square output;
// 1e-7 to 2e-6 elsewhere); 5e-5 leaves a margin of six while a wrong
// index, sign or scale still errs by order 1.
const (
	tol64 = 1e-12
	tol32 = 5e-5
)

// values decodes a golden "out" or "input": an array of reals (numbers or
// "nan"/"inf"/"-inf"), an array of [re, im] pairs, or a single number.
type values []complex128

func (v *values) UnmarshalJSON(b []byte) error {
	var raw []json.RawMessage
	if err := json.Unmarshal(b, &raw); err != nil {
		raw = []json.RawMessage{b}
	}
	*v = make(values, len(raw))
	for i, r := range raw {
		if bytes.HasPrefix(bytes.TrimSpace(r), []byte("[")) {
			var c golden.Complex
			if err := json.Unmarshal(r, &c); err != nil {
				return err
			}
			(*v)[i] = complex128(c)
			continue
		}
		var f golden.Float
		if err := json.Unmarshal(r, &f); err != nil {
			return err
		}
		(*v)[i] = complex(float64(f), 0)
	}
	return nil
}

// goldenCase is one case of the files scripts/golden/fft.py writes (every
// field any of them uses; see that script's docstring).
type goldenCase struct {
	Func         string       `json:"func"`
	Shape        []int        `json:"shape"`
	Seed         int          `json:"seed"`
	ComplexInput bool         `json:"complex_input"`
	Norm         string       `json:"norm"`
	N            int          `json:"n"`
	S            []int        `json:"s"`
	Axes         []int        `json:"axes"`
	Type         int          `json:"type"`
	Ortho        *bool        `json:"orthogonalize"`
	Input        values       `json:"input"`
	Out          values       `json:"out"`
	OutShape     []int        `json:"out_shape"`
	OutComplex   bool         `json:"out_complex"`
	Idx          []int        `json:"idx"`
	Energy       golden.Float `json:"energy"`
	D            golden.Float `json:"d"`
	Real         bool         `json:"real"`
}

func (c *goldenCase) String() string {
	s := fmt.Sprintf("%s%v seed=%d norm=%s", c.Func, c.Shape, c.Seed, c.Norm)
	if c.N != 0 {
		s += fmt.Sprintf(" n=%d", c.N)
	}
	if c.S != nil {
		s += fmt.Sprintf(" s=%v", c.S)
	}
	if c.Axes != nil {
		s += fmt.Sprintf(" axes=%v", c.Axes)
	}
	if c.Type != 0 {
		s += fmt.Sprintf(" type=%d", c.Type)
	}
	if c.Ortho != nil {
		s += fmt.Sprintf(" orthogonalize=%v", *c.Ortho)
	}
	return s
}

// realInput rebuilds scripts/golden/fft.py's real_input(n, seed): element j
// is ((j·7919 + seed·104729) mod 1009)/1009 - 0.5. The remainder is an
// exact integer and the division and subtraction are single IEEE
// operations in both NumPy and Go, so the values are identical bit for bit
// (TestInputMatchesSciPy checks it).
func realInput(n, seed int) []float64 {
	x := make([]float64, n)
	for j := range x {
		m := (j*7919 + seed*104729) % 1009
		if m < 0 {
			m += 1009 // Python's % is non-negative
		}
		x[j] = float64(m)/1009.0 - 0.5
	}
	return x
}

// complexInput is fft.py's complex_input: real part from seed, imaginary
// part from seed+1.
func complexInput(n, seed int) []complex128 {
	re, im := realInput(n, seed), realInput(n, seed+1)
	z := make([]complex128, n)
	for i := range z {
		z[i] = complex(re[i], im[i])
	}
	return z
}

// inputs returns a case's input, stored or rebuilt from its seed.
func (c *goldenCase) inputs() (cx []complex128, rx []float64) {
	size := 1
	for _, d := range c.Shape {
		size *= d
	}
	switch {
	case c.Input != nil:
		cx = c.Input
	case c.ComplexInput:
		cx = complexInput(size, c.Seed)
	default:
		rx = realInput(size, c.Seed)
	}
	if rx == nil && !c.ComplexInput {
		rx = make([]float64, len(cx))
		for i, v := range cx {
			rx[i] = real(v)
		}
	}
	return cx, rx
}

func toComplex[T float32 | float64 | complex64 | complex128](x []T) []complex128 {
	out := make([]complex128, len(x))
	for i, v := range x {
		switch v := any(v).(type) {
		case float32:
			out[i] = complex(float64(v), 0)
		case float64:
			out[i] = complex(v, 0)
		case complex64:
			out[i] = complex128(v)
		case complex128:
			out[i] = v
		}
	}
	return out
}

func to32[T float64 | complex128](x []T) any {
	switch x := any(x).(type) {
	case []float64:
		y := make([]float32, len(x))
		for i, v := range x {
			y[i] = float32(v)
		}
		return y
	case []complex128:
		y := make([]complex64, len(x))
		for i, v := range x {
			y[i] = complex64(v)
		}
		return y
	}
	return nil
}

// compute runs the function a golden case names, in double precision or
// (single) in single precision on the rounded input, and returns its
// output as complex128 with its shape. ok is false for a function with no
// single-precision version.
func (c *goldenCase) compute(single bool) (out []complex128, shape []int, ok bool, err error) {
	cx, rx := c.inputs()
	norm := Norm(c.Norm)
	o := &Options{N: c.N, Norm: norm}
	nd := &NDOptions{S: c.S, Axes: c.Axes, Norm: norm}
	to := &TrigOptions{Type: c.Type, N: c.N, Norm: norm, Orthogonalize: c.Ortho}
	tnd := &TrigNDOptions{Type: c.Type, S: c.S, Axes: c.Axes, Norm: norm, Orthogonalize: c.Ortho}
	one := func(y []complex128, err error) ([]complex128, []int, bool, error) {
		return y, []int{len(y)}, true, err
	}
	if single {
		cx32, _ := to32(cx).([]complex64)
		rx32, _ := to32(rx).([]float32)
		wrap := func(y any, shape []int, err error) ([]complex128, []int, bool, error) {
			switch y := y.(type) {
			case []complex64:
				return toComplex(y), shape, true, err
			case []float32:
				return toComplex(y), shape, true, err
			}
			panic("unreachable")
		}
		w1 := func(y any, err error) ([]complex128, []int, bool, error) {
			out, _, ok, err := wrap(y, nil, err)
			return out, []int{len(out)}, ok, err
		}
		switch c.Func {
		case "fft":
			return w1(FFT32(cx32, o))
		case "ifft":
			return w1(IFFT32(cx32, o))
		case "rfft":
			return w1(RFFT32(rx32, o))
		case "irfft":
			return w1(IRFFT32(cx32, o))
		case "hfft":
			return w1(HFFT32(cx32, o))
		case "ihfft":
			return w1(IHFFT32(rx32, o))
		case "fftn", "fft2":
			return wrap(FFTN32(cx32, c.Shape, nd))
		case "ifftn", "ifft2":
			return wrap(IFFTN32(cx32, c.Shape, nd))
		case "rfftn", "rfft2":
			return wrap(RFFTN32(rx32, c.Shape, nd))
		case "irfftn", "irfft2":
			return wrap(IRFFTN32(cx32, c.Shape, nd))
		case "dct":
			return w1(DCT32(rx32, to))
		case "idct":
			return w1(IDCT32(rx32, to))
		case "dst":
			return w1(DST32(rx32, to))
		case "idst":
			return w1(IDST32(rx32, to))
		case "dctn":
			return wrap(DCTN32(rx32, c.Shape, tnd))
		case "idctn":
			return wrap(IDCTN32(rx32, c.Shape, tnd))
		case "dstn":
			return wrap(DSTN32(rx32, c.Shape, tnd))
		case "idstn":
			return wrap(IDSTN32(rx32, c.Shape, tnd))
		}
		return nil, nil, false, nil
	}
	nd2 := func(y []complex128, s []int, err error) ([]complex128, []int, bool, error) { return y, s, true, err }
	rnd := func(y []float64, s []int, err error) ([]complex128, []int, bool, error) {
		return toComplex(y), s, true, err
	}
	r1 := func(y []float64, err error) ([]complex128, []int, bool, error) { return one(toComplex(y), err) }
	switch c.Func {
	case "fft":
		return one(FFT(cx, o))
	case "ifft":
		return one(IFFT(cx, o))
	case "rfft":
		return one(RFFT(rx, o))
	case "irfft":
		return r1(IRFFT(cx, o))
	case "hfft":
		return r1(HFFT(cx, o))
	case "ihfft":
		return one(IHFFT(rx, o))
	case "fftn":
		return nd2(FFTN(cx, c.Shape, nd))
	case "ifftn":
		return nd2(IFFTN(cx, c.Shape, nd))
	case "fft2":
		return nd2(FFT2(cx, c.Shape, nd))
	case "ifft2":
		return nd2(IFFT2(cx, c.Shape, nd))
	case "rfftn":
		return nd2(RFFTN(rx, c.Shape, nd))
	case "rfft2":
		return nd2(RFFT2(rx, c.Shape, nd))
	case "irfftn":
		return rnd(IRFFTN(cx, c.Shape, nd))
	case "irfft2":
		return rnd(IRFFT2(cx, c.Shape, nd))
	case "hfftn":
		return rnd(HFFTN(cx, c.Shape, nd))
	case "hfft2":
		return rnd(HFFT2(cx, c.Shape, nd))
	case "ihfftn":
		return nd2(IHFFTN(rx, c.Shape, nd))
	case "ihfft2":
		return nd2(IHFFT2(rx, c.Shape, nd))
	case "dct":
		return r1(DCT(rx, to))
	case "idct":
		return r1(IDCT(rx, to))
	case "dst":
		return r1(DST(rx, to))
	case "idst":
		return r1(IDST(rx, to))
	case "dctn":
		return rnd(DCTN(rx, c.Shape, tnd))
	case "idctn":
		return rnd(IDCTN(rx, c.Shape, tnd))
	case "dstn":
		return rnd(DSTN(rx, c.Shape, tnd))
	case "idstn":
		return rnd(IDSTN(rx, c.Shape, tnd))
	}
	return nil, nil, false, fmt.Errorf("golden case names unknown function %q", c.Func)
}

// check compares got (shape gotShape) with the case's output: every value,
// or the sampled ones and the total energy Σ|y|² for large outputs.
func (c *goldenCase) check(t *testing.T, got []complex128, gotShape []int, tol float64) {
	t.Helper()
	if !slices.Equal(gotShape, c.OutShape) {
		t.Errorf("%v: shape %v, want %v", c, gotShape, c.OutShape)
		return
	}
	want := []complex128(c.Out)
	sample := got
	if c.Idx != nil {
		sample = make([]complex128, len(c.Idx))
		for i, j := range c.Idx {
			sample[i] = got[j]
		}
		var e float64
		for _, v := range got {
			e += real(v)*real(v) + imag(v)*imag(v)
		}
		// Σ|y|² carries the same relative error as the largest |y|,
		// doubled by the square.
		if r := golden.RelErr(e, float64(c.Energy)); r > 2*tol {
			t.Errorf("%v: energy %v, want %v (relative error %.3g > %.3g)", c, e, float64(c.Energy), r, 2*tol)
		}
	}
	if c.Idx != nil {
		// The sampled values' largest magnitude can be far below the
		// output's (a peak is rarely sampled), so measure the error
		// against the root-mean-square output magnitude instead,
		// √(energy/len): roundoff is proportional to it (it is ‖x‖₂
		// times the transform's gain), and it is known from the energy.
		rms := math.Sqrt(float64(c.Energy) / float64(len(got)))
		var diff float64
		for i := range sample {
			diff = max(diff, cmplx.Abs(sample[i]-want[i]))
		}
		if diff/rms > tol {
			t.Errorf("%v: sampled error %.3g relative to the rms output %.3g > %.3g", c, diff/rms, rms, tol)
		}
	} else if err := golden.MaxNormErr(sample, want); err > tol {
		t.Errorf("%v: max-norm relative error %.3g > %.3g", c, err, tol)
	}
	if !c.OutComplex {
		for i, v := range sample {
			if imag(v) != 0 {
				t.Errorf("%v: real output has imaginary part at %d", c, i)
				break
			}
		}
	}
}

func runGolden(t *testing.T, file string, single bool) {
	f := golden.Load[goldenCase](t, file)
	tol := tol64
	if single {
		tol = tol32
	}
	ran := 0
	for i := range f.Cases {
		c := &f.Cases[i]
		got, shape, ok, err := c.compute(single)
		if !ok && err == nil {
			continue
		}
		if err != nil {
			t.Errorf("%v: %v", c, err)
			continue
		}
		c.check(t, got, shape, tol)
		ran++
	}
	if ran == 0 {
		t.Fatalf("%s: no case ran", file)
	}
	t.Logf("%s: %d cases compared with SciPy %s", file, ran, f.Versions["scipy"])
}

func TestGoldenFFT1D(t *testing.T)   { runGolden(t, "fft/fft1d.json.gz", false) }
func TestGoldenFFTND(t *testing.T)   { runGolden(t, "fft/fftnd.json.gz", false) }
func TestGoldenTrig(t *testing.T)    { runGolden(t, "fft/trig.json.gz", false) }
func TestGoldenSpecial(t *testing.T) { runGolden(t, "fft/special.json", false) }
func TestGoldenFFT1D32(t *testing.T) { runGolden(t, "fft/fft1d.json.gz", true) }
func TestGoldenFFTND32(t *testing.T) { runGolden(t, "fft/fftnd.json.gz", true) }
func TestGoldenTrig32(t *testing.T)  { runGolden(t, "fft/trig.json.gz", true) }

// TestInputMatchesSciPy checks that realInput and complexInput rebuild
// fft.py's inputs bit for bit, using the cases whose output is the input
// itself or a single exact operation on it: a length-1 FFT, RFFT or IFFT
// returns x[0] (norms divide by 1), a length-1 DCT-II returns 2·x[0].
// Together they cover seeds 1 to 3 and 12 with both the real and the
// imaginary formula.
func TestInputMatchesSciPy(t *testing.T) {
	checked := 0
	for _, file := range []string{"fft/fft1d.json.gz", "fft/trig.json.gz"} {
		f := golden.Load[goldenCase](t, file)
		for i := range f.Cases {
			c := &f.Cases[i]
			if len(c.Shape) != 1 || c.Shape[0] != 1 || c.N != 0 || c.Input != nil {
				continue
			}
			var want complex128
			switch {
			case (c.Func == "fft" || c.Func == "ifft") && c.ComplexInput:
				want = complexInput(1, c.Seed)[0]
			case c.Func == "rfft":
				want = complex(realInput(1, c.Seed)[0], 0)
			case c.Func == "dct" && c.Type == 2 && c.Norm == "backward":
				want = complex(2*realInput(1, c.Seed)[0], 0)
			default:
				continue
			}
			if got := c.Out[0]; got != want {
				t.Errorf("%v: SciPy's output %v, rebuilt input gives %v", c, got, want)
			}
			checked++
		}
	}
	// Longer inputs: the irfftn cases store their input, rfftn of
	// real_input(size, 6); our RFFTN of the rebuilt real input must give it.
	f := golden.Load[goldenCase](t, "fft/fftnd.json.gz")
	for i := range f.Cases {
		c := &f.Cases[i]
		if c.Func != "irfftn" || c.Input == nil || c.Axes != nil || c.Norm != "backward" {
			continue
		}
		size := 1
		for _, d := range c.S {
			size *= d
		}
		y, _, err := RFFTN(realInput(size, 6), c.S, nil)
		if err != nil {
			t.Fatal(err)
		}
		if e := golden.MaxNormErr(y, c.Input); e > tol64 {
			t.Errorf("%v: RFFTN(realInput) differs from the stored input by %.3g", c, e)
		}
		checked++
	}
	if checked < 10 {
		t.Fatalf("only %d cases checked the input formula", checked)
	}
	if x := realInput(3, 1); math.Abs(x[0]-(float64(104729%1009)/1009-0.5)) != 0 {
		t.Errorf("realInput(3, 1)[0] = %v", x[0])
	}
}

// TestGoldenHelpers compares FFTFreq, RFFTFreq, FFTShift, IFFTShift and
// NextFastLen with SciPy exactly: they involve no rounding beyond NumPy's
// own single operations.
func TestGoldenHelpers(t *testing.T) {
	f := golden.Load[goldenCase](t, "fft/helpers.json")
	for i := range f.Cases {
		c := &f.Cases[i]
		var got []float64
		var err error
		switch c.Func {
		case "fftfreq":
			got, err = FFTFreq(c.N, float64(c.D))
		case "rfftfreq":
			got, err = RFFTFreq(c.N, float64(c.D))
		case "fftshift", "ifftshift":
			size := 1
			for _, d := range c.Shape {
				size *= d
			}
			x := make([]float64, size)
			for j := range x {
				x[j] = float64(j)
			}
			if c.Func == "fftshift" {
				got, err = FFTShift(x, c.Shape, c.Axes)
			} else {
				got, err = IFFTShift(x, c.Shape, c.Axes)
			}
		case "next_fast_len":
			var n int
			n, err = NextFastLen(c.N, c.Real)
			got = []float64{float64(n)}
		default:
			t.Fatalf("unknown helper %q", c.Func)
		}
		if err != nil {
			t.Errorf("%s n=%d d=%v shape=%v axes=%v: %v", c.Func, c.N, c.D, c.Shape, c.Axes, err)
			continue
		}
		want := make([]float64, len(c.Out))
		for j, v := range c.Out {
			want[j] = real(v)
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s n=%d d=%v real=%v shape=%v axes=%v: got %v, want %v", c.Func, c.N, c.D, c.Real, c.Shape, c.Axes, got, want)
		}
	}
}
