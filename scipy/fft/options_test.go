package fft

import (
	"math"
	"slices"
	"testing"

	"github.com/goscipy/goscipy/fftw"
	"github.com/goscipy/goscipy/internal/golden"
)

// TestInputUnchanged checks that no function modifies its input without
// Overwrite, in particular the complex-to-real ones, whose FFTW plans
// destroy their input.
func TestInputUnchanged(t *testing.T) {
	for _, n := range []int{8, 9, 1009} {
		x := complexInput(n, 1)
		xr := realInput(n, 2)
		m := complexInput(4*n, 3)
		mr := realInput(4*n, 4)
		keep, keepR, keepM, keepMR := slices.Clone(x), slices.Clone(xr), slices.Clone(m), slices.Clone(mr)
		calls := map[string]func() error{
			"FFT":    func() error { _, err := FFT(x, nil); return err },
			"FFT N":  func() error { _, err := FFT(x, &Options{N: n + 3}); return err },
			"IFFT":   func() error { _, err := IFFT(x, &Options{Norm: Ortho}); return err },
			"RFFT":   func() error { _, err := RFFT(xr, nil); return err },
			"IHFFT":  func() error { _, err := IHFFT(xr, nil); return err },
			"IRFFT":  func() error { _, err := IRFFT(x, nil); return err },
			"IRFFTn": func() error { _, err := IRFFT(x, &Options{N: 2*n - 1}); return err },
			"HFFT":   func() error { _, err := HFFT(x, nil); return err },
			"DCT":    func() error { _, err := DCT(xr, &TrigOptions{Type: 1, Norm: Ortho}); return err },
			"IDST":   func() error { _, err := IDST(xr, &TrigOptions{Type: 2, Norm: Ortho}); return err },
			"FFTN":   func() error { _, _, err := FFTN(m, []int{4, n}, nil); return err },
			"IRFFTN": func() error { _, _, err := IRFFTN(m, []int{4, n}, nil); return err },
			"HFFTN":  func() error { _, _, err := HFFTN(m, []int{4, n}, &NDOptions{Axes: []int{1, 0}}); return err },
			"RFFTN":  func() error { _, _, err := RFFTN(mr, []int{4, n}, nil); return err },
			"DCTN":   func() error { _, _, err := DCTN(mr, []int{4, n}, &TrigNDOptions{Type: 3, Norm: Ortho}); return err },
			"IRFFTInto": func() error {
				return IRFFTInto(make([]float64, 2*(n-1)), x, nil)
			},
		}
		for name, call := range calls {
			if err := call(); err != nil {
				t.Fatalf("%s n=%d: %v", name, n, err)
			}
			if !slices.Equal(x, keep) || !slices.Equal(xr, keepR) || !slices.Equal(m, keepM) || !slices.Equal(mr, keepMR) {
				t.Fatalf("%s n=%d modified its input", name, n)
			}
		}
	}
}

// TestOverwrite checks Overwrite: FFT, IFFT, FFTN and DCT transform in
// place and return x itself, with the right result; IRFFT may destroy x
// and still computes the right result.
func TestOverwrite(t *testing.T) {
	x := complexInput(100, 1)
	want, _ := FFT(x, nil)
	buf := slices.Clone(x)
	got, err := FFT(buf, &Options{Overwrite: true})
	if err != nil {
		t.Fatal(err)
	}
	if &got[0] != &buf[0] {
		t.Errorf("FFT with Overwrite did not return x itself")
	}
	if e := golden.MaxNormErr(got, want); e > tol64 {
		t.Errorf("FFT in place: error %.3g", e)
	}

	m := complexInput(60, 2)
	wantN, _, _ := IFFTN(m, []int{6, 10}, &NDOptions{Axes: []int{0}})
	bufN := slices.Clone(m)
	gotN, _, err := IFFTN(bufN, []int{6, 10}, &NDOptions{Axes: []int{0}, Overwrite: true})
	if err != nil || &gotN[0] != &bufN[0] || golden.MaxNormErr(gotN, wantN) > tol64 {
		t.Errorf("IFFTN in place: same=%v err=%v", &gotN[0] == &bufN[0], err)
	}

	xr := realInput(50, 3)
	for typ := 1; typ <= 4; typ++ {
		o := &TrigOptions{Type: typ, Norm: Ortho}
		wantD, _ := DCT(xr, o)
		bufD := slices.Clone(xr)
		o.Overwrite = true
		gotD, err := DCT(bufD, o)
		if err != nil || &gotD[0] != &bufD[0] || maxErrReal(gotD, wantD) > tol64 {
			t.Errorf("DCT-%d in place: err=%v", typ, err)
		}
	}

	h, _ := RFFT(xr, nil)
	wantR, _ := IRFFT(h, nil)
	gotR, err := IRFFT(slices.Clone(h), &Options{Overwrite: true})
	if err != nil || maxErrReal(gotR, wantR) > tol64 {
		t.Errorf("IRFFT with Overwrite: err=%v", err)
	}
}

// TestInto checks the Into functions against the allocating ones, in
// place and out of place, in both precisions.
func TestInto(t *testing.T) {
	for _, n := range []int{1, 16, 1009} {
		x := complexInput(n, 4)
		want, _ := FFT(x, &Options{Norm: Ortho})
		dst := make([]complex128, n)
		if err := FFTInto(dst, x, &Options{Norm: Ortho}); err != nil || golden.MaxNormErr(dst, want) > tol64 {
			t.Errorf("n=%d FFTInto: %v", n, err)
		}
		in := slices.Clone(x)
		if err := FFTInto(in, in, &Options{Norm: Ortho}); err != nil || golden.MaxNormErr(in, want) > tol64 {
			t.Errorf("n=%d FFTInto in place: %v", n, err)
		}
		if err := IFFTInto(in, in, &Options{Norm: Ortho}); err != nil || golden.MaxNormErr(in, x) > tol64 {
			t.Errorf("n=%d IFFTInto in place: %v", n, err)
		}
		padded := make([]complex128, n+5)
		wantP, _ := FFT(x, &Options{N: n + 5})
		if err := FFTInto(padded, x, &Options{N: n + 5}); err != nil || golden.MaxNormErr(padded, wantP) > tol64 {
			t.Errorf("n=%d FFTInto with N: %v", n, err)
		}
		xr := realInput(n, 5)
		wantR, _ := RFFT(xr, nil)
		rdst := make([]complex128, n/2+1)
		if err := RFFTInto(rdst, xr, nil); err != nil || golden.MaxNormErr(rdst, wantR) > tol64 {
			t.Errorf("n=%d RFFTInto: %v", n, err)
		}
		back := make([]float64, n)
		if err := IRFFTInto(back, rdst, &Options{N: n}); err != nil || maxErrReal(back, xr) > tol64 {
			t.Errorf("n=%d IRFFTInto: %v", n, err)
		}
		x32 := to32(x).([]complex64)
		d32 := make([]complex64, n)
		if err := FFTInto32(d32, x32, &Options{Norm: Ortho}); err != nil || golden.MaxNormErr(toComplex(d32), want) > tol32 {
			t.Errorf("n=%d FFTInto32: %v", n, err)
		}
		if err := IFFTInto32(d32, d32, &Options{Norm: Ortho}); err != nil || golden.MaxNormErr(toComplex(d32), x) > tol32 {
			t.Errorf("n=%d IFFTInto32: %v", n, err)
		}
		xr32 := to32(xr).([]float32)
		r32 := make([]complex64, n/2+1)
		if err := RFFTInto32(r32, xr32, nil); err != nil || golden.MaxNormErr(toComplex(r32), wantR) > tol32 {
			t.Errorf("n=%d RFFTInto32: %v", n, err)
		}
		b32 := make([]float32, n)
		if err := IRFFTInto32(b32, r32, &Options{N: n}); err != nil || golden.MaxNormErr(toComplex(b32), toComplex(xr)) > tol32 {
			t.Errorf("n=%d IRFFTInto32: %v", n, err)
		}
	}
	m := complexInput(48, 6)
	want, _, _ := FFTN(m, []int{4, 12}, nil)
	dst := make([]complex128, 48)
	if err := FFTNInto(dst, m, []int{4, 12}, nil); err != nil || golden.MaxNormErr(dst, want) > tol64 {
		t.Errorf("FFTNInto: %v", err)
	}
	if err := IFFTNInto(dst, dst, []int{4, 12}, nil); err != nil || golden.MaxNormErr(dst, m) > tol64 {
		t.Errorf("IFFTNInto in place: %v", err)
	}
}

// TestMisalignedInput runs the real transforms on subslices that start 8
// bytes past FFTW's 16-byte alignment. The plan cache keys plans on
// alignment, so these run on plans made for them (running an aligned plan
// on them is what crashed FFTW, see package fftw); the results must match
// those of aligned copies.
func TestMisalignedInput(t *testing.T) {
	for _, n := range []int{16, 17, 1024} {
		buf := fftw.MakeAligned[float64](n + 1)
		copy(buf[1:], realInput(n, 7))
		odd := buf[1:]
		if fftw.AlignmentOf(odd) == 0 {
			t.Skip("FFTW on this platform does not distinguish 8-byte offsets (alignment modulus 8)")
		}
		even := fftw.MakeAligned[float64](n)
		copy(even, odd)
		a, err1 := RFFT(odd, nil)
		b, err2 := RFFT(even, nil)
		if err1 != nil || err2 != nil || golden.MaxNormErr(a, b) > tol64 {
			t.Errorf("n=%d RFFT misaligned: %v %v error %.3g", n, err1, err2, golden.MaxNormErr(a, b))
		}
		for typ := 1; typ <= 4; typ++ {
			c, err1 := DCT(odd, &TrigOptions{Type: typ})
			d, err2 := DCT(even, &TrigOptions{Type: typ})
			if err1 != nil || err2 != nil || maxErrReal(c, d) > tol64 {
				t.Errorf("n=%d DCT-%d misaligned: %v %v", n, typ, err1, err2)
			}
		}
		out := fftw.MakeAligned[float64](n + 1)[1:]
		h, _ := RFFT(even, nil)
		if err := IRFFTInto(out, h, &Options{N: n}); err != nil || maxErrReal(out, even) > tol64 {
			t.Errorf("n=%d IRFFTInto misaligned dst: %v", n, err)
		}
	}
}

// TestWorkers checks that Workers gives the same results with FFTW's
// threads as without, above and below the threshold where they start.
func TestWorkers(t *testing.T) {
	for _, n := range []int{1000, threadMinSize + 3} {
		x := complexInput(n, 8)
		want, _ := FFT(x, nil)
		for _, w := range []int{0, 1, 2, 4, -1} {
			got, err := FFT(x, &Options{Workers: w})
			if err != nil {
				t.Fatalf("n=%d workers=%d: %v", n, w, err)
			}
			if e := golden.MaxNormErr(got, want); e > tol64 {
				t.Errorf("n=%d workers=%d: error %.3g", n, w, e)
			}
		}
	}
	if got, _ := threadsFor(2, threadMinSize-1); got != 1 {
		t.Errorf("threadsFor(2, below threshold) = %d, want 1", got)
	}
	if got, _ := threadsFor(3, threadMinSize); got != 3 {
		t.Errorf("threadsFor(3, at threshold) = %d, want 3", got)
	}
}

// TestSpecialValuesPropagate checks NaN and Inf beyond the golden cases:
// a NaN anywhere in the input spreads to the whole spectrum.
func TestSpecialValuesPropagate(t *testing.T) {
	x := realInput(64, 9)
	x[10] = math.NaN()
	y, err := RFFT(x, nil)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range y {
		if !math.IsNaN(real(v)) && !math.IsNaN(imag(v)) {
			t.Fatalf("RFFT: y[%d] = %v has no NaN", k, v)
		}
	}
	d, err := DCT(x, nil)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range d {
		if !math.IsNaN(v) {
			t.Fatalf("DCT: y[%d] = %v is not NaN", k, v)
		}
	}
}
