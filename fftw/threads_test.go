package fftw

import (
	"math/rand/v2"
	"strings"
	"testing"
	"time"
)

// TestThreads checks that PlanOptions.Threads reaches FFTW and is reset
// after planning: a 2-thread plan of a 2^16-point transform is a threaded
// plan in FFTW's description ("dft-thr-…"), computes what a 1-thread plan
// computes, and a plan made afterwards without Threads is not threaded.
func TestThreads(t *testing.T) {
	const n = 1 << 16
	dims := []Dim{{n, 1, 1}}
	p2, err := NewPlanDFT(dims, nil, Forward, &PlanOptions{Threads: 2})
	if err != nil {
		t.Fatal(err)
	}
	defer p2.Close()
	if p2.Threads() != 2 {
		t.Errorf("Threads() = %d, want 2", p2.Threads())
	}
	if !strings.Contains(p2.String(), "-thr-") {
		t.Errorf("2-thread plan is not threaded in FFTW's description:\n%s", p2)
	}
	p1, err := NewPlanDFT(dims, nil, Forward, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer p1.Close()
	if strings.Contains(p1.String(), "-thr-") {
		t.Errorf("plan made after a threaded one is threaded: plan_with_nthreads was not reset:\n%s", p1)
	}
	in := narrowC[complex128](randComplex(rand.New(rand.NewPCG(11, 1)), n))
	out1, out2 := MakeAligned[complex128](n), MakeAligned[complex128](n)
	if err := p1.Execute(in, out1); err != nil {
		t.Fatal(err)
	}
	if err := p2.Execute(in, out2); err != nil {
		t.Fatal(err)
	}
	// Both are FFTW's, so agreement is to rounding: the threaded plan
	// splits the same algorithm differently.
	if e := relErr(out2, out1, nil); !(e <= 1e-13) {
		t.Errorf("2 threads vs 1: relative difference %.3g", e)
	}

	q, err := NewPlanR2C32([]Dim{{256, 1, 1}, {256, 1, 1}}[:1], []Dim{{64, 256, 129}}, &PlanOptions{Threads: 2})
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	checkR2C(t, lib32, q.Dims(), q.Howmany()) // a 1-thread plan of the same, against the reference
	x := narrowR[float32](randReal(rand.New(rand.NewPCG(12, 1)), 64*256))
	y := MakeAligned[complex64](64 * 129)
	if err := q.Execute(x, y); err != nil {
		t.Fatal(err)
	}
	want := make([]complex128, 64*129)
	refR2C(q.Dims(), q.Howmany(), widenR(x), want)
	if e := relErr(widenC(y), want, nil); !(e <= lib32.tol) {
		t.Errorf("single 2-thread r2c: relative error %.3g", e)
	}
}

// TestSetTimeLimit plans with Measure under a 1 ms limit (FFTW returns the
// best plan found in time) and checks the plan still computes correctly.
func TestSetTimeLimit(t *testing.T) {
	SetTimeLimit(time.Millisecond)
	defer SetTimeLimit(-1)
	checkDFTOpts(t, []Dim{{720, 1, 1}}, &PlanOptions{Flags: Measure})
	checkDFTOpts(t, []Dim{{720, 1, 1}}, &PlanOptions{Flags: Patient})
}

// checkDFTOpts checks a double c2c plan made with opts against the reference.
func checkDFTOpts(t *testing.T, dims []Dim, opts *PlanOptions) {
	t.Helper()
	p, err := NewPlanDFT(dims, nil, Forward, opts)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	x := randComplex(rand.New(rand.NewPCG(13, 1)), p.MinInLen())
	out := MakeAligned[complex128](p.MinOutLen())
	if err := p.Execute(narrowC[complex128](x), out); err != nil {
		t.Fatal(err)
	}
	want := make([]complex128, len(out))
	refDFT(dims, nil, Forward, x, want)
	if e := relErr(out, want, nil); !(e <= lib64.tol) {
		t.Errorf("%v: relative error %.3g", opts.Flags, e)
	}
}
