package fft

import (
	"bufio"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"

	"github.com/goscipy/goscipy/fftw"
	"github.com/goscipy/goscipy/internal/golden"
)

// rssBytes returns the process's resident set size from /proc (Linux), or
// false elsewhere. FFTW's memory is C memory, invisible to runtime.MemStats,
// so only the OS's count shows a leak of plans.
func rssBytes() (int64, bool) {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0, false
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "VmRSS:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return kb << 10, err == nil
		}
	}
	return 0, false
}

func settledRSS(t *testing.T) int64 {
	runtime.GC()
	debug.FreeOSMemory()
	rss, ok := rssBytes()
	if !ok {
		t.Skip("no /proc/self/status VmRSS on this system: cannot measure C memory")
	}
	return rss
}

// TestPlanChurnMemoryFlat makes and evicts many plans through a small
// cache, cycling through 1500 sizes (every call a miss, so every call
// makes a plan and evicts one), and checks that the number of live FFTW
// plans stays at the cache's capacity and that resident memory does not
// grow after the first cycle (which fills FFTW's internal tables, such as
// its planner's hash of solved problems). A leak of one plan per call
// would grow it by tens of megabytes. It makes 3000 plans normally and
// 100000 (about a minute) with GOSCIPY_STRESS=1.
func TestPlanChurnMemoryFlat(t *testing.T) {
	plansToMake := 3000
	if os.Getenv("GOSCIPY_STRESS") == "1" {
		plansToMake = 100000
	}
	restoreCache(t)
	ClearCache()
	const capacity, sizes, first = 4, 1500, 100
	SetCacheCapacity(capacity)
	live0 := fftw.LivePlans()
	bufs := make(map[int][]complex128)
	churn := func(from, to int) {
		for i := from; i < to; i++ {
			n := first + i%sizes
			x, ok := bufs[n]
			if !ok {
				x = complexInput(n, 1)
				bufs[n] = x
			}
			y, err := FFT(x, nil)
			if err != nil {
				t.Fatal(err)
			}
			if i%997 == 0 { // spot-check results on the way
				z, _ := IFFT(y, nil)
				if e := golden.MaxNormErr(z, x); e > tol64 {
					t.Fatalf("n=%d: round trip error %.3g", n, e)
				}
			}
		}
	}
	churn(0, sizes) // warm up: FFTW's tables and our input buffers
	before := settledRSS(t)
	s0 := CacheStats()
	churn(sizes, plansToMake)
	// Counted before the GC that settledRSS runs: package fftw destroys
	// unreachable plans in a cleanup after GC, which would hide a cache
	// that forgets to Close what it evicts.
	live := fftw.LivePlans() - live0
	after := settledRSS(t)
	s1 := CacheStats()
	if made := s1.Misses - s0.Misses; made < uint64(plansToMake-sizes)*9/10 {
		t.Fatalf("only %d new plans were made; the test did not churn the cache", made)
	}
	if live > capacity {
		t.Errorf("%d FFTW plans alive with a cache of %d: evicted plans are not destroyed", live, capacity)
	}
	const slack = 16 << 20
	t.Logf("%d plans made and evicted; RSS %d MiB → %d MiB", s1.Misses-s0.Misses, before>>20, after>>20)
	if after-before > slack {
		t.Errorf("resident memory grew by %d MiB over %d plans: plans or their memory leak", (after-before)>>20, plansToMake-sizes)
	}
}
