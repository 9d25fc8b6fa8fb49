package fft

import (
	"slices"
	"testing"
	"unsafe"

	"github.com/goscipy/goscipy/fftw"
)

// TestFastPath checks the fast path of the Into functions (fast.go): it
// runs exactly when the call has no options, valid arguments and the most
// recent plan is its own, and then gives bit for bit the general path's
// result. Bit for bit needs the same FFTW plan, hence equally aligned
// memory: every buffer comes from aligned (a small or constant-size make
// may land on 8 bytes, on the heap or the stack, and get another plan).
func TestFastPath(t *testing.T) {
	restoreCache(t)
	ClearCache()
	for _, n := range []int{1, 5, 64, 4096} {
		x := aligned(realInput(n, 3))
		dst := fftw.MakeAligned[complex128](n/2 + 1)
		if fastR2C(dst, x, nil) {
			t.Fatalf("n=%d: fastR2C ran before any plan for it was made", n)
		}
		if err := RFFTInto(dst, x, nil); err != nil {
			t.Fatal(err)
		}
		clear(dst)
		if !fastR2C(dst, x, nil) {
			t.Fatalf("n=%d: fastR2C did not run on the most recent plan", n)
		}
		want, _ := RFFT(x, &Options{}) // the general path: options given
		if !slices.Equal(dst, want) {
			t.Errorf("n=%d: fastR2C differs from RFFT", n)
		}
		// Whatever the general path must check or handle goes to it.
		if fastR2C(dst, x, &Options{}) || fastR2C(dst[1:], x, nil) || fastR2C(dst, x[:0], nil) {
			t.Errorf("n=%d: fastR2C ran with options, a short dst or empty x", n)
		}
		if n > 1 {
			buf := make([]float64, 2*n+2)
			copy(buf, x)
			over := unsafeComplex(buf[1:])[:n/2+1]
			if fastR2C(over, buf[:n], nil) {
				t.Errorf("n=%d: fastR2C ran with dst overlapping x", n)
			}
		}

		c := aligned(complexInput(n, 4))
		for _, forward := range []bool{true, false} {
			out := fftw.MakeAligned[complex128](n)
			if forward {
				FFTInto(out, c, nil)
			} else {
				IFFTInto(out, c, nil)
			}
			clear(out)
			if !fastC2C(out, c, nil, forward) {
				t.Fatalf("n=%d forward=%v: fastC2C did not run", n, forward)
			}
			want, _ := FFT(c, &Options{})
			if !forward {
				want, _ = IFFT(c, &Options{})
			}
			if !slices.Equal(out, want) {
				t.Errorf("n=%d forward=%v: fastC2C differs from the general path", n, forward)
			}
		}
		// The allocating functions try the fast path too: same bits.
		if a, _ := RFFT(x, nil); !slices.Equal(a, want) {
			t.Errorf("n=%d: RFFT without options differs from the general path", n)
		}
		for _, forward := range []bool{true, false} {
			got, _ := FFT(c, nil)
			want, _ := FFT(c, &Options{})
			if !forward {
				got, _ = IFFT(c, nil)
				want, _ = IFFT(c, &Options{})
			}
			if !slices.Equal(got, want) {
				t.Errorf("n=%d forward=%v: FFT/IFFT without options differ from the general path", n, forward)
			}
		}
		// In place: a plan of its own, which the fast path then reuses.
		inPlace := aligned(c)
		FFTInto(inPlace, inPlace, nil)
		again := aligned(c)
		if !fastC2C(again, again, nil, true) || !slices.Equal(again, inPlace) {
			t.Errorf("n=%d: fastC2C in place did not run or differs", n)
		}

		// want32 first: FFT32's plan would otherwise be the most recent
		// one, if its result is aligned differently from out32.
		c32 := aligned(to32(c).([]complex64))
		want32, _ := FFT32(c32, &Options{})
		out32 := fftw.MakeAligned[complex64](n)
		FFTInto32(out32, c32, nil)
		clear(out32)
		if !fastC2C(out32, c32, nil, true) {
			t.Errorf("n=%d: fastC2C in single precision did not run", n)
		} else if !slices.Equal(out32, want32) {
			t.Errorf("n=%d: fastC2C in single precision differs", n)
		}
	}
}

// TestFastPathClosedPlan puts back in the cache's recent slot a plan that
// was evicted and closed, as a lookup racing with an eviction sees it:
// the fast path must decline, and RFFTInto still compute the transform.
func TestFastPathClosedPlan(t *testing.T) {
	restoreCache(t)
	ClearCache()
	x := aligned(realInput(100, 5))
	dst := fftw.MakeAligned[complex128](51)
	if err := RFFTInto(dst, x, nil); err != nil {
		t.Fatal(err)
	}
	e := plans.recent.Load()
	if e == nil {
		t.Fatal("no recent plan after RFFTInto")
	}
	ClearCache() // closes e's plan
	plans.recent.Store(e)
	defer plans.recent.CompareAndSwap(e, nil)
	clear(dst)
	if fastR2C(dst, x, nil) {
		t.Fatal("fastR2C ran on a closed plan")
	}
	want, err := RFFT(x, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := RFFTInto(dst, x, nil); err != nil || !slices.Equal(dst, want) {
		t.Errorf("RFFTInto after the fast path declined: %v %v %v", err, dst[:3], want[:3])
	}
}

// aligned returns a copy of s at FFTW's preferred alignment.
func aligned[T fftw.Elem](s []T) []T {
	a := fftw.MakeAligned[T](len(s))
	copy(a, s)
	return a
}

// unsafeComplex views f as complex128s, for overlapping arguments.
func unsafeComplex(f []float64) []complex128 {
	return unsafe.Slice((*complex128)(unsafe.Pointer(&f[0])), len(f)/2)
}

// TestIntoAllocatesNothing checks the Into functions' promise: with a
// cached plan they allocate nothing, on the fast path, on the general
// path (options given), and for a misaligned float64 input, which r2cExec
// copies into pooled aligned scratch.
func TestIntoAllocatesNothing(t *testing.T) {
	n := 1024
	c := aligned(complexInput(n, 1))
	out := fftw.MakeAligned[complex128](n)
	buf := fftw.MakeAligned[float64](n + 1)
	copy(buf[1:], realInput(n, 2))
	odd, even := buf[1:], aligned(buf[1:])
	half := fftw.MakeAligned[complex128](n/2 + 1)
	back := fftw.MakeAligned[float64](n)
	ortho := &Options{Norm: Ortho}
	for name, f := range map[string]func(){
		"FFTInto":             func() { FFTInto(out, c, nil) },
		"FFTInto ortho":       func() { FFTInto(out, c, ortho) },
		"RFFTInto":            func() { RFFTInto(half, even, nil) },
		"RFFTInto misaligned": func() { RFFTInto(half, odd, nil) },
		"IRFFTInto":           func() { IRFFTInto(back, half, &Options{N: n}) },
	} {
		f() // plan and fill the pools first
		if a := testing.AllocsPerRun(100, f); a != 0 {
			t.Errorf("%s: %v allocations per call", name, a)
		}
	}
}
