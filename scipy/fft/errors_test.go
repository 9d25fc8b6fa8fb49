package fft

import (
	"errors"
	"strings"
	"testing"
)

// TestBadInput checks that every kind of bad argument SciPy rejects comes
// back as an *Error of the right kind naming the argument, and never as a
// panic or a crash in FFTW.
func TestBadInput(t *testing.T) {
	x := complexInput(8, 1)
	xr := realInput(8, 1)
	m := complexInput(12, 1) // a 3×4 array
	mr := realInput(12, 1)
	cases := []struct {
		name string
		kind error
		arg  string // a substring of Error.Arg
		call func() error
	}{
		{"FFT empty", ErrShape, "x", func() error { _, err := FFT(nil, nil); return err }},
		{"IFFT empty", ErrShape, "x", func() error { _, err := IFFT([]complex128{}, nil); return err }},
		{"RFFT empty", ErrShape, "x", func() error { _, err := RFFT(nil, nil); return err }},
		{"IRFFT empty", ErrShape, "x", func() error { _, err := IRFFT(nil, nil); return err }},
		{"HFFT empty", ErrShape, "x", func() error { _, err := HFFT(nil, nil); return err }},
		{"IHFFT empty", ErrShape, "x", func() error { _, err := IHFFT(nil, nil); return err }},
		{"DCT empty", ErrShape, "x", func() error { _, err := DCT(nil, nil); return err }},
		{"FFT32 empty", ErrShape, "x", func() error { _, err := FFT32(nil, nil); return err }},
		{"FFT negative N", ErrValue, "N", func() error { _, err := FFT(x, &Options{N: -1}); return err }},
		{"RFFT negative N", ErrValue, "N", func() error { _, err := RFFT(xr, &Options{N: -3}); return err }},
		{"DST negative N", ErrValue, "N", func() error { _, err := DST(xr, &TrigOptions{N: -1}); return err }},
		{"IRFFT default n=0", ErrValue, "x", func() error { _, err := IRFFT(x[:1], nil); return err }},
		{"FFT bad norm", ErrValue, "Norm", func() error { _, err := FFT(x, &Options{Norm: "Ortho"}); return err }},
		{"FFTN bad norm", ErrValue, "Norm", func() error { _, _, err := FFTN(m, []int{3, 4}, &NDOptions{Norm: "none"}); return err }},
		{"DCT bad norm", ErrValue, "Norm", func() error { _, err := DCT(xr, &TrigOptions{Norm: "x"}); return err }},
		{"DCT type 5", ErrValue, "Type", func() error { _, err := DCT(xr, &TrigOptions{Type: 5}); return err }},
		{"DST type -1", ErrValue, "Type", func() error { _, err := DST(xr, &TrigOptions{Type: -1}); return err }},
		{"DCTN type 7", ErrValue, "Type", func() error { _, _, err := DCTN(mr, []int{3, 4}, &TrigNDOptions{Type: 7}); return err }},
		{"DCT-I n=1", ErrValue, "x", func() error { _, err := DCT(xr[:1], &TrigOptions{Type: 1}); return err }},
		{"DCT-I N=1", ErrValue, "N", func() error { _, err := DCT(xr, &TrigOptions{Type: 1, N: 1}); return err }},
		{"IDCT-I n=1", ErrValue, "x", func() error { _, err := IDCT(xr[:1], &TrigOptions{Type: 1}); return err }},
		{"DCTN-I axis of 1", ErrValue, "x", func() error { _, _, err := DCTN(mr[:4], []int{1, 4}, &TrigNDOptions{Type: 1}); return err }},
		{"FFT workers", ErrValue, "Workers", func() error { _, err := FFT(x, &Options{Workers: -1 << 20}); return err }},
		{"FFTN shape mismatch", ErrShape, "shape", func() error { _, _, err := FFTN(m, []int{3, 5}, nil); return err }},
		{"FFTN no axes", ErrShape, "shape", func() error { _, _, err := FFTN(m, []int{}, nil); return err }},
		{"FFTN zero length", ErrShape, "shape[1]", func() error { _, _, err := FFTN(nil, []int{3, 0}, nil); return err }},
		{"FFTN negative length", ErrShape, "shape[0]", func() error { _, _, err := FFTN(m, []int{-3, -4}, nil); return err }},
		{"RFFTN shape mismatch", ErrShape, "shape", func() error { _, _, err := RFFTN(mr, []int{13}, nil); return err }},
		{"IRFFTN shape mismatch", ErrShape, "shape", func() error { _, _, err := IRFFTN(m, []int{2, 2}, nil); return err }},
		{"DCTN shape mismatch", ErrShape, "shape", func() error { _, _, err := DCTN(mr, []int{2, 2}, nil); return err }},
		{"FFTN axis out of range", ErrAxis, "Axes[0]", func() error { _, _, err := FFTN(m, []int{3, 4}, &NDOptions{Axes: []int{2}}); return err }},
		{"FFTN negative axis out of range", ErrAxis, "Axes[1]", func() error { _, _, err := FFTN(m, []int{3, 4}, &NDOptions{Axes: []int{0, -3}}); return err }},
		{"FFTN repeated axis", ErrAxis, "Axes[1]", func() error { _, _, err := FFTN(m, []int{3, 4}, &NDOptions{Axes: []int{1, -1}}); return err }},
		{"RFFTN repeated axis", ErrAxis, "Axes", func() error { _, _, err := RFFTN(mr, []int{3, 4}, &NDOptions{Axes: []int{0, 0}}); return err }},
		{"DCTN axis out of range", ErrAxis, "Axes", func() error { _, _, err := DCTN(mr, []int{3, 4}, &TrigNDOptions{Axes: []int{5}}); return err }},
		{"FFT2 on 1-D data", ErrAxis, "default axes", func() error { _, _, err := FFT2(x, []int{8}, nil); return err }},
		{"FFTN S/Axes lengths", ErrShape, "S", func() error {
			_, _, err := FFTN(m, []int{3, 4}, &NDOptions{S: []int{3}, Axes: []int{0, 1}})
			return err
		}},
		{"FFTN S too long", ErrShape, "S", func() error { _, _, err := FFTN(m, []int{3, 4}, &NDOptions{S: []int{1, 2, 3}}); return err }},
		{"FFTN S zero", ErrValue, "S[1]", func() error { _, _, err := FFTN(m, []int{3, 4}, &NDOptions{S: []int{3, 0}}); return err }},
		{"IRFFTN S negative", ErrValue, "S[0]", func() error { _, _, err := IRFFTN(m, []int{3, 4}, &NDOptions{S: []int{-2, 4}}); return err }},
		{"FFTInto short dst", ErrShape, "dst", func() error { return FFTInto(make([]complex128, 7), x, nil) }},
		{"FFTInto nil dst", ErrShape, "dst", func() error { return FFTInto(nil, x, nil) }},
		{"FFTInto overlapping dst", ErrValue, "dst", func() error {
			buf := complexInput(9, 1)
			return FFTInto(buf[1:], buf[:8], nil)
		}},
		{"RFFTInto short dst", ErrShape, "dst", func() error { return RFFTInto(make([]complex128, 4), xr, nil) }},
		{"IRFFTInto short dst", ErrShape, "dst", func() error { return IRFFTInto(make([]float64, 13), x, nil) }},
		{"FFTFreq n=0", ErrValue, "n", func() error { _, err := FFTFreq(0, 1); return err }},
		{"RFFTFreq d=0", ErrValue, "d", func() error { _, err := RFFTFreq(4, 0); return err }},
		{"FFTShift shape", ErrShape, "shape", func() error { _, err := FFTShift(xr, []int{3, 3}, nil); return err }},
		{"IFFTShift axis", ErrAxis, "axes", func() error { _, err := IFFTShift(xr, nil, []int{1}); return err }},
		{"NextFastLen negative", ErrValue, "target", func() error { _, err := NextFastLen(-1, false); return err }},
		{"NextFastLen huge", ErrValue, "target", func() error { _, err := NextFastLen(1<<62, true); return err }},
		{"SetPlannerEffort", ErrValue, "effort", func() error { return SetPlannerEffort(Effort(9), 0) }},
		{"LoadWisdom garbage", ErrValue, "wisdom", func() error { return LoadWisdom(strings.NewReader("(fftw-3.3.10 fftw_wisdom)")) }},
	}
	for _, c := range cases {
		var err error
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("%s: panicked: %v", c.name, r)
				}
			}()
			err = c.call()
		}()
		var fe *Error
		switch {
		case err == nil:
			t.Errorf("%s: no error", c.name)
		case !errors.Is(err, c.kind):
			t.Errorf("%s: error %q is not %v", c.name, err, c.kind)
		case !errors.As(err, &fe):
			t.Errorf("%s: error %T is not *Error", c.name, err)
		case !strings.Contains(fe.Arg, c.arg):
			t.Errorf("%s: error names %q, want %q (%v)", c.name, fe.Arg, c.arg, err)
		case !strings.HasPrefix(err.Error(), "fft: "):
			t.Errorf("%s: message %q", c.name, err)
		}
	}
}

// TestAcceptedEdgeCases checks what SciPy accepts at the edges: length-1
// transforms, DST-I and DCT-II of one point, an S entry of -1, NextFastLen
// of 0 and SciPy's largest target.
func TestAcceptedEdgeCases(t *testing.T) {
	if y, err := FFT([]complex128{3 + 1i}, &Options{Norm: Forward}); err != nil || y[0] != 3+1i {
		t.Errorf("FFT of one point: %v, %v", y, err)
	}
	if y, err := IRFFT([]complex128{2}, &Options{N: 1}); err != nil || len(y) != 1 || y[0] != 2 {
		t.Errorf("IRFFT to one point: %v, %v", y, err)
	}
	if y, err := DST([]float64{1.5}, &TrigOptions{Type: 1}); err != nil || y[0] != 3 {
		t.Errorf("DST-I of one point: %v, %v (want 2·x·sin(π/2) = 3)", y, err)
	}
	if y, s, err := FFTN(complexInput(12, 1), []int{3, 4}, &NDOptions{S: []int{-1, 5}}); err != nil || len(y) != 15 || s[0] != 3 || s[1] != 5 {
		t.Errorf("FFTN with S = [-1 5]: shape %v, %v", s, err)
	}
	if n, err := NextFastLen(0, false); err != nil || n != 0 {
		t.Errorf("NextFastLen(0) = %d, %v", n, err)
	}
	if n, err := NextFastLen(maxFastLen, false); err != nil || n != 1676991887214336000 {
		t.Errorf("NextFastLen(%d) = %d, %v; SciPy gives 1676991887214336000", uint64(maxFastLen), n, err)
	}
	if n, err := NextFastLen(maxFastLen, true); err != nil || n != 1677721600000000000 {
		t.Errorf("NextFastLen(%d, real) = %d, %v; SciPy gives 1677721600000000000", uint64(maxFastLen), n, err)
	}
	if y, err := FFTShift([]int{}, nil, nil); err != nil || len(y) != 0 {
		t.Errorf("FFTShift of nothing: %v, %v", y, err)
	}
}
