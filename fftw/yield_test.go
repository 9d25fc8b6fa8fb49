package fftw

import (
	"testing"
	"time"

	"github.com/goscipy/goscipy/internal/nativecall"
)

func TestYieldMaskFor(t *testing.T) {
	for _, c := range []struct {
		n    int
		want int32
	}{
		{0, -1}, {1, -1}, {yieldMinLen - 1, -1},
		{yieldMinLen, yieldCheckEvery - 1}, {yieldBigLen - 1, yieldCheckEvery - 1},
		{yieldBigLen, 0}, {1 << 24, 0},
	} {
		if got := yieldMaskFor(c.n); got != c.want {
			t.Errorf("yieldMaskFor(%d) = %d, want %d", c.n, got, c.want)
		}
	}
	if yieldCheckEvery&(yieldCheckEvery-1) != 0 {
		t.Errorf("yieldCheckEvery = %d is not a power of two", yieldCheckEvery)
	}
}

// TestExecuteYields checks that executing a plan of yieldMinLen points in a
// loop yields (yield.go) once a yield is due (every 4 ms), and that plans below
// that size never count executions. Other tests may yield meanwhile, which
// only adds to the count.
func TestExecuteYields(t *testing.T) {
	n := yieldMinLen
	in, out := make([]complex128, n), make([]complex128, n)
	p, err := NewPlanDFT([]Dim{{N: n, InStride: 1, OutStride: 1}}, nil, Forward,
		&PlanOptions{InAlign: AlignmentOf(in), OutAlign: AlignmentOf(out)})
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	if p.yieldMask < 0 {
		t.Fatalf("a %d-point plan has yieldMask %d: it would never yield", n, p.yieldMask)
	}
	before := nativecall.Yields()
	deadline := time.Now().Add(3 * 4 * time.Millisecond)
	// Bounded: a 2048-point transform takes microseconds, so the deadline
	// passes long before the bound unless the machine is stalled, and then
	// the failure says so.
	execs := 0
	for ; execs < 1_000_000 && (time.Now().Before(deadline) || nativecall.Yields() == before); execs++ {
		if err := p.Execute(in, out); err != nil {
			t.Fatal(err)
		}
	}
	if nativecall.Yields() == before {
		t.Errorf("%d executions over more than %v never yielded", execs, 3*4*time.Millisecond)
	}

	small, err := NewPlanDFT([]Dim{{N: yieldMinLen - 1, InStride: 1, OutStride: 1}}, nil, Forward,
		&PlanOptions{InAlign: AlignmentOf(in), OutAlign: AlignmentOf(out)})
	if err != nil {
		t.Fatal(err)
	}
	defer small.Close()
	for range 100 {
		if err := small.Execute(in, out); err != nil {
			t.Fatal(err)
		}
	}
	if small.yieldMask != -1 || small.execs.Load() != 0 {
		t.Errorf("a %d-point plan: yieldMask %d, %d executions counted; want -1 and 0", yieldMinLen-1, small.yieldMask, small.execs.Load())
	}
}
