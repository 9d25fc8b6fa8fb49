package fft

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/goscipy/goscipy/fftw"
	"github.com/goscipy/goscipy/internal/golden"
)

// These tests change the package-wide cache and planner settings; they
// restore the defaults and do not run in parallel with other tests.

func restoreCache(t *testing.T) {
	t.Cleanup(func() {
		SetCacheCapacity(DefaultCacheCapacity)
		if err := SetPlannerEffort(Estimate, 0); err != nil {
			t.Error(err)
		}
	})
}

func TestCacheHitsAndMisses(t *testing.T) {
	restoreCache(t)
	ClearCache()
	s0 := CacheStats()
	if s0.Size != 0 || s0.Capacity != DefaultCacheCapacity {
		t.Fatalf("after ClearCache: %+v", s0)
	}
	x := complexInput(123, 1)
	for range 3 {
		if _, err := FFT(x, nil); err != nil {
			t.Fatal(err)
		}
	}
	s1 := CacheStats()
	if s1.Misses-s0.Misses != 1 || s1.Hits-s0.Hits != 2 || s1.Size != 1 {
		t.Errorf("three FFTs of one size: %+v after %+v; want 1 miss, 2 hits, 1 plan", s1, s0)
	}
	// The inverse, another precision, another alignment and threads are
	// different plans.
	IFFT(x, nil)
	FFT32(to32(x).([]complex64), nil)
	xr := fftw.MakeAligned[float64](124)
	RFFT(xr[:123], nil)
	RFFT(xr[1:], nil) // below alignCopyMin: a plan for its alignment
	if s2 := CacheStats(); s2.Misses-s1.Misses != 4 || s2.Size != 5 {
		t.Errorf("four new kinds of plan: %+v after %+v", s2, s1)
	}
	if got := CacheStats().LivePlans; got < 5 {
		t.Errorf("LivePlans = %d with 5 cached plans", got)
	}
	// From alignCopyMin points a misaligned float64 r2c input is copied
	// into aligned scratch (alignedCopy) and shares the aligned plan.
	big := fftw.MakeAligned[float64](alignCopyMin + 1)
	RFFT(big[:alignCopyMin], nil)
	s3 := CacheStats()
	RFFT(big[1:], nil)
	if s4 := CacheStats(); s4.Misses != s3.Misses || s4.Size != s3.Size {
		t.Errorf("misaligned RFFT of %d points made a plan of its own: %+v after %+v", alignCopyMin, s4, s3)
	}
}

func TestCacheCapacity(t *testing.T) {
	restoreCache(t)
	ClearCache()
	SetCacheCapacity(3)
	s0 := CacheStats()
	for n := 200; n < 210; n++ {
		x := complexInput(n, 2)
		y, err := FFT(x, &Options{Norm: Ortho})
		if err != nil {
			t.Fatal(err)
		}
		z, err := IFFT(y, &Options{Norm: Ortho})
		if err != nil || golden.MaxNormErr(z, x) > tol64 {
			t.Fatalf("n=%d: round trip through an evicting cache failed: %v", n, err)
		}
	}
	s1 := CacheStats()
	if s1.Size != 3 || s1.Capacity != 3 || s1.Evictions-s0.Evictions != 17 {
		t.Errorf("20 plans through a cache of 3: %+v after %+v; want size 3 and 17 evictions", s1, s0)
	}
	SetCacheCapacity(1)
	if s := CacheStats(); s.Size != 1 || s.Evictions-s1.Evictions != 2 {
		t.Errorf("shrinking to 1: %+v", s)
	}
}

func TestCacheDisabled(t *testing.T) {
	restoreCache(t)
	SetCacheCapacity(0)
	live := fftw.LivePlans()
	x := complexInput(77, 3)
	for range 3 {
		y, err := FFT(x, &Options{Norm: Ortho})
		if err != nil {
			t.Fatal(err)
		}
		if z, _ := IFFT(y, &Options{Norm: Ortho}); golden.MaxNormErr(z, x) > tol64 {
			t.Fatal("wrong result without a cache")
		}
	}
	if s := CacheStats(); s.Size != 0 {
		t.Errorf("capacity 0 holds %d plans", s.Size)
	}
	if got := fftw.LivePlans(); got != live {
		t.Errorf("LivePlans went from %d to %d with caching disabled: plans leak", live, got)
	}
	SetCacheCapacity(-5)
	if s := CacheStats(); s.Capacity != 0 {
		t.Errorf("SetCacheCapacity(-5) gives capacity %d, want 0", s.Capacity)
	}
}

// TestWisdomRoundTrip plans with Measure, saves the wisdom, forgets it,
// loads it back, and checks with FFTW's WisdomOnly planning (which fails
// without matching wisdom) that the same problem is known again.
func TestWisdomRoundTrip(t *testing.T) {
	restoreCache(t)
	ClearCache()
	if err := SetPlannerEffort(Measure, 2*time.Second); err != nil {
		t.Fatal(err)
	}
	if PlannerEffort() != Measure {
		t.Fatalf("PlannerEffort() = %v", PlannerEffort())
	}
	const n = 96
	x := complexInput(n, 4)
	y, err := FFT(x, nil)
	if err != nil {
		t.Fatal(err)
	}
	if z, _ := IFFT(y, nil); golden.MaxNormErr(z, x) > tol64 {
		t.Fatal("wrong result with Measure plans")
	}
	var buf bytes.Buffer
	if err := SaveWisdom(&buf); err != nil {
		t.Fatal(err)
	}
	saved := buf.String()
	if !strings.HasPrefix(saved, wisdomMagic+"\n") || !strings.Contains(saved, "fftw_wisdom") {
		t.Fatalf("saved wisdom looks wrong:\n%.300s", saved)
	}

	dims := []fftw.Dim{{N: n, InStride: 1, OutStride: 1}}
	wisdomOnly := &fftw.PlanOptions{Flags: fftw.Measure | fftw.WisdomOnly}
	fftw.ForgetWisdom()
	if p, err := fftw.NewPlanDFT(dims, nil, fftw.Forward, wisdomOnly); err == nil {
		p.Close()
		t.Skip("FFTW made a WisdomOnly plan without wisdom; cannot tell whether LoadWisdom works")
	}
	if err := LoadWisdom(strings.NewReader(saved)); err != nil {
		t.Fatal(err)
	}
	p, err := fftw.NewPlanDFT(dims, nil, fftw.Forward, wisdomOnly)
	if err != nil {
		t.Fatalf("after LoadWisdom FFTW has no wisdom for n=%d: %v", n, err)
	}
	p.Close()

	// Damaged wisdom is rejected with ErrValue.
	for _, bad := range []string{
		"",
		wisdomMagic + "\ndouble 5\n(xyz",
		wisdomMagic + "\ndouble 3\nabc\nsingle 0\n\n",
		strings.Replace(saved, "double", "single", 1),
	} {
		if err := LoadWisdom(strings.NewReader(bad)); !errors.Is(err, ErrValue) {
			t.Errorf("LoadWisdom(%.40q) = %v, want ErrValue", bad, err)
		}
	}
}

func TestPlannerEffortString(t *testing.T) {
	for e, s := range map[Effort]string{Estimate: "Estimate", Measure: "Measure", Patient: "Patient", Exhaustive: "Exhaustive", 7: "Effort(7)"} {
		if e.String() != s {
			t.Errorf("%d.String() = %q, want %q", int(e), e.String(), s)
		}
	}
}
