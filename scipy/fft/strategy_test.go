package fft

import (
	"fmt"
	"slices"
	"sync"
	"testing"

	"github.com/goscipy/goscipy/fftw"
	"github.com/goscipy/goscipy/internal/golden"
)

// singlePlan computes the c2c transform of x (row-major shape) along axes
// with one FFTW plan over the whole array, bypassing runC2C's strategies:
// the reference the strategies must reproduce.
func singlePlan[C cplx](t *testing.T, x []C, shape, axes []int, forward bool) []C {
	t.Helper()
	req := request{kind: c2c, single: isSingle[C](), shape: shape, axes: axes, sign: fftw.Forward, threads: 1}
	if !forward {
		req.sign = fftw.Backward
	}
	out := make([]C, len(x))
	if err := run(&req, x, out); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestBlockedMatchesSinglePlan checks the blocked N-D strategy (full and
// partial column blocks, outer loops, untouched axes, in place and out of
// place, both precisions and directions) against one FFTW plan.
func TestBlockedMatchesSinglePlan(t *testing.T) {
	restoreCache(t)
	cases := []struct {
		shape, axes []int
		blocked     bool // whether the blocked strategy applies
	}{
		{[]int{512, 40}, []int{0, 1}, true},       // 2 full blocks of 16 columns and one of 8
		{[]int{260, 70}, []int{0, 1}, true},       // 4 full blocks and one of 6
		{[]int{4, 300, 20}, []int{0, 1, 2}, true}, // axis 1 blocked in an outer loop of 4; axis 0 too short
		{[]int{1000, 20}, []int{0}, true},         // strided columns only: the first pass is blocked
		{[]int{300, 7, 17}, []int{2, 0}, true},    // axis 1 untouched
		{[]int{3, 256, 24}, []int{1}, true},       // the middle axis alone
		{[]int{16, 1100}, []int{1, 0}, false},     // 16-point columns: below blockedMinLen
		{[]int{4096, 5}, []int{0}, false},         // 5 columns: below blockedWidth
		{[]int{64, 64}, []int{0, 1}, false},       // below blockedMinSize
		{[]int{20000, 16}, []int{0}, false},       // columns longer than blockedMaxLen
	}
	for i, c := range cases {
		req := request{kind: c2c, shape: c.shape, axes: c.axes}
		if got := blockedApplies(&req); got != c.blocked {
			t.Errorf("shape %v axes %v: blockedApplies = %v, want %v", c.shape, c.axes, got, c.blocked)
		}
		n := 1
		for _, d := range c.shape {
			n *= d
		}
		if !c.blocked && n > blockedMinSize {
			continue // the single plan itself: nothing to compare, and slow
		}
		x := complexInput(n, i)
		x0 := slices.Clone(x)
		x32 := to32(x).([]complex64)
		for _, forward := range []bool{true, false} {
			name := fmt.Sprintf("%v axes %v forward=%v", c.shape, c.axes, forward)
			// Unscaled both ways, as the single plan: Backward leaves the
			// forward transform unscaled and Forward the inverse.
			o := &NDOptions{Axes: c.axes, Norm: Backward}
			if !forward {
				o.Norm = Forward
			}
			want := singlePlan(t, x, c.shape, c.axes, forward)
			var got []complex128
			var err error
			if forward {
				got, _, err = FFTN(x, c.shape, o)
			} else {
				got, _, err = IFFTN(x, c.shape, o)
			}
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if e := golden.MaxNormErr(got, want); e > tol64 {
				t.Errorf("%s: error %.3g", name, e)
			}
			if !slices.Equal(x, x0) {
				t.Fatalf("%s: input modified", name)
			}
			// In place: dst is x itself.
			y := slices.Clone(x)
			if forward {
				err = FFTNInto(y, y, c.shape, o)
			} else {
				err = IFFTNInto(y, y, c.shape, o)
			}
			if err != nil {
				t.Fatalf("%s in place: %v", name, err)
			}
			if e := golden.MaxNormErr(y, want); e > tol64 {
				t.Errorf("%s in place: error %.3g", name, e)
			}
			// Single precision.
			want32 := singlePlan(t, x32, c.shape, c.axes, forward)
			var got32 []complex64
			if forward {
				got32, _, err = FFTN32(x32, c.shape, o)
			} else {
				got32, _, err = IFFTN32(x32, c.shape, o)
			}
			if err != nil {
				t.Fatalf("%s single: %v", name, err)
			}
			if e := golden.MaxNormErr(toComplex(got32), toComplex(want32)); e > tol32 {
				t.Errorf("%s single: error %.3g", name, e)
			}
		}
	}
}

// TestLargePow2InPlace checks the copy-then-in-place strategy of long 1-D
// powers of two against one out-of-place plan, for FFT, IFFT, FFTInto and
// single precision, and that the input is left alone.
func TestLargePow2InPlace(t *testing.T) {
	restoreCache(t)
	n := c2cInPlaceMin
	x := complexInput(n, 3)
	x0 := slices.Clone(x)
	for _, forward := range []bool{true, false} {
		want := singlePlan(t, x, []int{n}, []int{0}, forward)
		var got []complex128
		var err error
		if forward {
			got, err = FFT(x, nil)
		} else {
			got, err = IFFT(x, &Options{Norm: Forward})
		}
		if err != nil {
			t.Fatal(err)
		}
		if e := golden.MaxNormErr(got, want); e > tol64 {
			t.Errorf("forward=%v: error %.3g", forward, e)
		}
		if !slices.Equal(x, x0) {
			t.Fatalf("forward=%v: input modified", forward)
		}
	}
	dst := make([]complex128, n)
	if err := FFTInto(dst, x, nil); err != nil {
		t.Fatal(err)
	}
	if e := golden.MaxNormErr(dst, singlePlan(t, x, []int{n}, []int{0}, true)); e > tol64 {
		t.Errorf("FFTInto: error %.3g", e)
	}
	x32 := to32(x).([]complex64)
	got32, err := FFT32(x32, nil)
	if err != nil {
		t.Fatal(err)
	}
	if e := golden.MaxNormErr(toComplex(got32), toComplex(singlePlan(t, x32, []int{n}, []int{0}, true))); e > tol32 {
		t.Errorf("FFT32: error %.3g", e)
	}
}

// TestConcurrentStrategies runs the blocked and in-place strategies from
// 16 goroutines at once (the -race target runs it), sharing sub-plans and
// the pooled buffers.
func TestConcurrentStrategies(t *testing.T) {
	restoreCache(t)
	type job struct {
		name string
		run  func() ([]complex128, error)
		want []complex128
	}
	shape := []int{256, 72}
	for _, axes := range [][]int{{0, 1}, {0}} {
		if !blockedApplies(&request{kind: c2c, shape: shape, axes: axes}) {
			t.Fatalf("%v axes %v: the blocked strategy does not apply", shape, axes)
		}
	}
	m := complexInput(256*72, 1)
	big := complexInput(c2cInPlaceMin, 2)
	jobs := []job{
		{"FFT2 256x72", func() ([]complex128, error) { y, _, err := FFT2(m, shape, nil); return y, err }, nil},
		{"IFFTN 256x72 axis 0", func() ([]complex128, error) {
			y, _, err := IFFTN(m, shape, &NDOptions{Axes: []int{0}})
			return y, err
		}, nil},
		{"FFT 2^18", func() ([]complex128, error) { return FFT(big, nil) }, nil},
	}
	jobs[0].want = singlePlan(t, m, shape, []int{0, 1}, true)
	jobs[1].want = singlePlan(t, m, shape, []int{0}, false)
	scaleC(jobs[1].want, 1.0/256)
	jobs[2].want = singlePlan(t, big, []int{len(big)}, []int{0}, true)
	var wg sync.WaitGroup
	errs := make(chan error, 16)
	for w := range 16 {
		wg.Go(func() {
			for r := range 2 {
				j := jobs[(w+r)%len(jobs)]
				got, err := j.run()
				if err != nil || golden.MaxNormErr(got, j.want) > tol64 {
					errs <- fmt.Errorf("goroutine %d, %s: err=%v, error %.3g", w, j.name, err, golden.MaxNormErr(got, j.want))
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// BenchmarkStrategies times the transforms strategy.go composes against
// the single Estimate plan over the whole array, in one process:
//
//	go test -run '^$' -bench Strategies -count 5 ./scipy/fft/
//
// composed is FFTNInto/FFTInto (as users call them), single is one FFTW
// plan with the same flags, the Estimate plan a C program gets.
func BenchmarkStrategies(b *testing.B) {
	cases := []struct {
		name        string
		shape, axes []int
	}{
		{"512x512", []int{512, 512}, []int{0, 1}},
		{"1024x256", []int{1024, 256}, []int{0, 1}},
		{"64x64x64", []int{64, 64, 64}, []int{0, 1, 2}},
		{"4096x64/axis0", []int{4096, 64}, []int{0}},
		{"n=262144", []int{1 << 18}, []int{0}},
		{"n=1048576", []int{1 << 20}, []int{0}},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			n := 1
			for _, d := range c.shape {
				n *= d
			}
			x := complexInput(n, 1)
			dst := make([]complex128, n)
			b.Run("composed", func(b *testing.B) {
				o := &NDOptions{Axes: c.axes}
				if err := FFTNInto(dst, x, c.shape, o); err != nil {
					b.Fatal(err)
				}
				b.SetBytes(int64(16 * n))
				for b.Loop() {
					FFTNInto(dst, x, c.shape, o)
				}
			})
			b.Run("single", func(b *testing.B) {
				req := request{kind: c2c, shape: c.shape, axes: c.axes, sign: fftw.Forward, threads: 1}
				if err := run(&req, x, dst); err != nil {
					b.Fatal(err)
				}
				b.SetBytes(int64(16 * n))
				for b.Loop() {
					run(&req, x, dst)
				}
			})
		})
	}
}

// TestStrategiesWithoutCache checks that with caching off (where the
// blocked strategy would plan every block) transforms still run, on the
// single plan, and agree with it.
func TestStrategiesWithoutCache(t *testing.T) {
	restoreCache(t)
	shape := []int{260, 70}
	x := complexInput(260*70, 4)
	want := singlePlan(t, x, shape, []int{0, 1}, true)
	SetCacheCapacity(0)
	live := fftw.LivePlans()
	got, _, err := FFT2(x, shape, nil)
	if err != nil {
		t.Fatal(err)
	}
	if e := golden.MaxNormErr(got, want); e > tol64 {
		t.Errorf("error %.3g", e)
	}
	if l := fftw.LivePlans(); l != live {
		t.Errorf("LivePlans went from %d to %d with caching off", live, l)
	}
}
