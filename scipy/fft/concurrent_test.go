package fft

import (
	"fmt"
	"sync"
	"testing"

	"github.com/goscipy/goscipy/internal/golden"
)

// concurrentJob is one transform with its expected result, computed
// serially before the goroutines start.
type concurrentJob struct {
	name string
	run  func() ([]complex128, error)
	want []complex128
}

func concurrentJobs(t *testing.T) []concurrentJob {
	var jobs []concurrentJob
	add := func(name string, run func() ([]complex128, error)) {
		want, err := run()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		jobs = append(jobs, concurrentJob{name, run, want})
	}
	for i, n := range []int{1, 2, 3, 16, 17, 64, 100, 128, 1009, 1024, 4096, 5000} {
		x := complexInput(n, i)
		xr := realInput(n, i+1)
		add(fmt.Sprintf("FFT n=%d", n), func() ([]complex128, error) { return FFT(x, &Options{Norm: Ortho}) })
		add(fmt.Sprintf("RFFT n=%d", n), func() ([]complex128, error) { return RFFT(xr, nil) })
		// The Into functions without options, their fast path (fast.go).
		add(fmt.Sprintf("IFFTInto n=%d", n), func() ([]complex128, error) {
			dst := make([]complex128, n)
			return dst, IFFTInto(dst, x, nil)
		})
		add(fmt.Sprintf("RFFTInto n=%d", n), func() ([]complex128, error) {
			dst := make([]complex128, n/2+1)
			return dst, RFFTInto(dst, xr, nil)
		})
		h := complexInput(n/2+1, i+2)
		add(fmt.Sprintf("IRFFT n=%d", n), func() ([]complex128, error) {
			y, err := IRFFT(h, &Options{N: n})
			return toComplex(y), err
		})
		add(fmt.Sprintf("DST-3 n=%d", n), func() ([]complex128, error) {
			y, err := DST(xr, &TrigOptions{Type: 3, Norm: Ortho})
			return toComplex(y), err
		})
		x32 := to32(x).([]complex64)
		add(fmt.Sprintf("FFT32 n=%d", n), func() ([]complex128, error) {
			y, err := FFT32(x32, nil)
			return toComplex(y), err
		})
	}
	m := complexInput(6*35, 9)
	add("FFTN 6x5x7", func() ([]complex128, error) {
		y, _, err := FFTN(m, []int{6, 5, 7}, &NDOptions{Axes: []int{2, 0}})
		return y, err
	})
	add("IRFFTN 6x35", func() ([]complex128, error) {
		y, _, err := IRFFTN(m, []int{6, 35}, nil)
		return toComplex(y), err
	})
	big := complexInput(threadMinSize, 10)
	add("FFT threaded", func() ([]complex128, error) { return FFT(big, &Options{Workers: 2}) })
	return jobs
}

// runConcurrently runs every job from each of g goroutines, rounds times,
// starting at different jobs so that different sizes run at once, and
// checks every result against the serial one.
func runConcurrently(t *testing.T, jobs []concurrentJob, g, rounds int) {
	var wg sync.WaitGroup
	errs := make(chan error, g)
	for w := range g {
		wg.Go(func() {
			for r := range rounds {
				for i := range jobs {
					j := jobs[(i+w*7+r)%len(jobs)]
					got, err := j.run()
					tol := tol64
					if len(j.name) > 5 && j.name[:5] == "FFT32" {
						tol = tol32
					}
					if err != nil || golden.MaxNormErr(got, j.want) > tol {
						errs <- fmt.Errorf("goroutine %d, %s: err=%v, error %.3g", w, j.name, err, golden.MaxNormErr(got, j.want))
						return
					}
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

// TestConcurrentTransforms runs 16 goroutines transforming different sizes,
// kinds and precisions at once through the shared plan cache.
func TestConcurrentTransforms(t *testing.T) {
	restoreCache(t)
	ClearCache()
	runConcurrently(t, concurrentJobs(t), 16, 3)
}

// TestConcurrentEviction does the same through a cache of two plans, so
// that plans are evicted (and closed) while other goroutines hold or
// execute them: the retry on fftw.ErrClosed and FFTW's reference counting
// are what keep the results right.
func TestConcurrentEviction(t *testing.T) {
	restoreCache(t)
	SetCacheCapacity(2)
	jobs := concurrentJobs(t)
	retries := closedRetries.Load()
	runConcurrently(t, jobs, 16, 2)
	t.Logf("%d executions found their plan evicted and retried", closedRetries.Load()-retries)
	if s := CacheStats(); s.Evictions == 0 || s.Size > 2 {
		t.Errorf("cache of 2 after concurrent churn: %+v", s)
	}
}

// TestConcurrentPlanning makes all goroutines ask for the same new plan at
// once: one plans, the others wait for it (one miss in all).
func TestConcurrentPlanning(t *testing.T) {
	restoreCache(t)
	ClearCache()
	x := complexInput(3001, 11)
	want, _ := FFT(x, nil)
	ClearCache()
	s0 := CacheStats()
	var wg sync.WaitGroup
	for range 16 {
		wg.Go(func() {
			got, err := FFT(x, nil)
			if err != nil || golden.MaxNormErr(got, want) > tol64 {
				t.Errorf("concurrent first use: %v", err)
			}
		})
	}
	wg.Wait()
	if s := CacheStats(); s.Misses-s0.Misses != 1 || s.Hits-s0.Hits != 15 {
		t.Errorf("16 concurrent first uses: %d misses, %d hits; want 1 and 15", s.Misses-s0.Misses, s.Hits-s0.Hits)
	}
}
