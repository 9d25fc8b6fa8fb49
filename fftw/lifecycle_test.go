package fftw

import (
	"os"
	"runtime"
	"testing"
	"time"
)

// waitLivePlans runs the garbage collector until LivePlans falls to want,
// giving cleanups (which run on their own goroutine) time to finish. It
// reports the last value seen; the bound is on attempts, not on speed.
func waitLivePlans(want int64) int64 {
	for range 200 {
		if n := LivePlans(); n <= want {
			return n
		}
		runtime.GC()
		time.Sleep(5 * time.Millisecond)
	}
	return LivePlans()
}

// TestCleanupDestroysUnreachablePlans makes plans without closing them and
// checks the cleanup safety net destroys them once they are unreachable.
func TestCleanupDestroysUnreachablePlans(t *testing.T) {
	before := waitLivePlans(LivePlans())
	for i := range 100 {
		p, err := NewPlanDFT([]Dim{{16 + i%5, 1, 1}}, nil, Forward, nil)
		if err != nil {
			t.Fatal(err)
		}
		q, err := NewPlanR2C32([]Dim{{16 + i%5, 1, 1}}, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		_, _ = p, q // dropped without Close
	}
	if n := waitLivePlans(before); n != before {
		t.Errorf("LivePlans = %d after dropping 200 plans and collecting, want %d", n, before)
	}
}

// TestCloseMethodValueKeepsPlan is a regression test: a method value such
// as closer := p.Close keeps only the plan's shared core alive. The cleanup
// must be tied to that core, or it would destroy the plan once p is gone,
// and the later Close would destroy it again (a double free in FFTW).
func TestCloseMethodValueKeepsPlan(t *testing.T) {
	before := waitLivePlans(LivePlans())
	var closers []func() error
	for range 50 {
		p, err := NewPlanDFT([]Dim{{32, 1, 1}}, nil, Forward, nil)
		if err != nil {
			t.Fatal(err)
		}
		closers = append(closers, p.Close)
	}
	for range 5 {
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
	if n := LivePlans(); n != before+50 {
		t.Errorf("LivePlans = %d while Close method values are held, want %d", n, before+50)
	}
	for _, c := range closers {
		c()
	}
	if n := LivePlans(); n != before {
		t.Errorf("LivePlans = %d after closing, want %d", n, before)
	}
}

// TestPlanCreateDestroyMemory makes and destroys many plans of a fixed set
// of problems (all four kinds, both precisions, some batched and threaded)
// and checks that nothing accumulates: no live plans, and neither the Go
// heap nor the C heap (glibc's mallinfo2) grows by more than 1 MiB. A leak
// of one plan per iteration would cost at least its Go object (~300 bytes)
// and FFTW's plan (kilobytes): several MiB over the loop.
//
// 10^4 iterations by default, 2·10^3 with -short, 10^5 with GOSCIPY_STRESS
// set (make stress).
func TestPlanCreateDestroyMemory(t *testing.T) {
	iters := 10_000
	if testing.Short() {
		iters = 2_000
	}
	if os.Getenv("GOSCIPY_STRESS") != "" {
		iters = 100_000
	}
	cycle := func(i int) {
		n := 8 + i%7
		var err error
		switch i % 6 {
		case 0:
			var p *PlanDFT
			if p, err = NewPlanDFT([]Dim{{n, 1, 1}}, []Dim{{3, n, n}}, Forward, nil); err == nil {
				p.Close()
			}
		case 1:
			var p *PlanR2C32
			if p, err = NewPlanR2C32([]Dim{{n, 1, 1}}, nil, nil); err == nil {
				p.Close()
			}
		case 2:
			var p *PlanC2R
			if p, err = NewPlanC2R([]Dim{{4, n/2 + 1, n}, {n, 1, 1}}, nil, nil); err == nil {
				p.Close()
			}
		case 3:
			var p *PlanR2R
			if p, err = NewPlanR2R([]Dim{{n, 1, 1}}, nil, []R2RKind{allKinds[i%8]}, nil); err == nil {
				p.Close()
			}
		case 4:
			var p *PlanDFT32
			if p, err = NewPlanDFT32([]Dim{{n, 1, 1}}, nil, Backward, &PlanOptions{Threads: 2}); err == nil {
				p.Close()
			}
		case 5:
			var p *PlanDFT
			if p, err = NewPlanDFT([]Dim{{n, 1, 1}}, nil, Forward, &PlanOptions{Flags: Unaligned, InPlace: true}); err == nil {
				p.Close()
			}
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	// Warm up: FFTW keeps per-problem planning state and twiddle tables
	// that are reused; the loop below must not add to them.
	for i := range 6 * 7 * 8 {
		cycle(i)
	}
	live := LivePlans()
	goHeap, cHeap := heapInUse()
	for i := range iters {
		cycle(i)
	}
	goHeap2, cHeap2 := heapInUse()
	if LivePlans() != live {
		t.Errorf("LivePlans went from %d to %d", live, LivePlans())
	}
	const slack = 1 << 20
	t.Logf("%d plans: Go heap %+d bytes, C heap %+d bytes", iters, goHeap2-goHeap, cHeap2-cHeap)
	if goHeap2-goHeap > slack {
		t.Errorf("Go heap grew by %d bytes over %d plans", goHeap2-goHeap, iters)
	}
	if cHeap < 0 {
		t.Logf("C heap not checked: mallinfo2 unavailable")
	} else if cHeap2-cHeap > slack {
		t.Errorf("C heap grew by %d bytes over %d plans", cHeap2-cHeap, iters)
	}
}

// heapInUse returns the live Go heap after a collection and the C heap in
// use (-1 if unknown).
func heapInUse() (goHeap, cHeap int64) {
	runtime.GC()
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return int64(ms.HeapAlloc), cMallocInUse()
}
