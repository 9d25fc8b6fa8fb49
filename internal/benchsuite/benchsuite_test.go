package benchsuite

import (
	"context"
	"errors"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/goscipy/goscipy/cblas"
	"github.com/goscipy/goscipy/internal/benchfmt"
)

// TestKernelsCheckAndDetect sets every kernel up at a small size, checks
// that a real call passes its accuracy bound, and that the same check
// fails once one output number the check depends on is wrong: the
// accuracy measures can catch a broken vendor.
func TestKernelsCheckAndDetect(t *testing.T) {
	// Index of an output slice whose first element the check reads.
	perturb := map[string]int{
		"dgemm": 0, "dgemv": 0, "ddot": 0, "dtrsm": 0, "dsyrk": 0,
		"dgetrf+dgetrs": 1, "dpotrf": 0, "dgeqrf": 0,
		"dgesdd": 0, "dsyevd": 0, "dgeev": 0,
		"fft_c2c": 0, "fft_r2c": 0,
		"special_ndtr": 0, "special_gammainc": 0, "fft_rfft": 0, "linalg_solve": 0,
		"stats_mannwhitneyu": 0,
	}
	if got := Kernels(); len(got) != len(perturb) {
		t.Fatalf("kernels %v; the test knows %d", got, len(perturb))
	}
	for _, name := range Kernels() {
		k := kernels[name]
		n := 48
		switch k.group {
		case "fft":
			n = 96 // not a power of two: FFTW's mixed-radix path
		case "blas":
			if name == "ddot" {
				n = 5000 // above cblas's pure-Go crossover
			}
		}
		inst, err := k.setup(n, rand.New(rand.NewPCG(1, uint64(n))), 1)
		if errors.Is(err, errMissing) {
			t.Logf("%s: skipped, %v", name, err)
			continue
		}
		if err != nil {
			t.Fatalf("%s: setup: %v", name, err)
		}
		if inst.reset != nil {
			inst.reset()
		}
		if err := inst.run(); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		tol := k.tol(n)
		if e := inst.check(); !(e <= tol) {
			t.Errorf("%s n=%d: error %.2e above tolerance %.2e", name, n, e, tol)
		}
		o := inst.outputs[perturb[name]]
		o[0] += 1e-3 * (1 + math.Abs(o[0]))
		if e := inst.check(); e <= tol {
			t.Errorf("%s n=%d: a wrong output still passes (error %.2e, tolerance %.2e)", name, n, e, tol)
		}
		if inst.close != nil {
			inst.close()
		}
	}
}

// TestRunTestSuite runs the test suite: every case runs, is
// deterministic (one thread, same inputs), accurate, and has consistent
// statistics; the progress callback sees every case.
func TestRunTestSuite(t *testing.T) {
	s, err := Lookup("test")
	if err != nil {
		t.Fatal(err)
	}
	var seen []benchfmt.Key
	res, err := Run(context.Background(), s, Options{
		Threads:    []int{1},
		Seed:       7,
		SetThreads: cblas.SetThreads,
		Progress: func(done, total int, k benchfmt.Key) {
			if total != s.Count() {
				t.Errorf("progress total %d, want %d", total, s.Count())
			}
			if k.Kernel != "" {
				seen = append(seen, k)
			}
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != s.Count() || len(seen) != s.Count() {
		t.Fatalf("%d results, %d progress calls; want %d", len(res), len(seen), s.Count())
	}
	for _, r := range res {
		if r.Skipped != "" {
			// Only a routine missing from this build's lapacke may skip.
			if !strings.Contains(r.Skipped, errMissing.Error()) {
				t.Errorf("%s skipped: %s", r.Key(), r.Skipped)
			}
			continue
		}
		if len(r.TimesNS) < s.MinReps || len(r.TimesNS) > s.MaxReps {
			t.Errorf("%s: %d timed calls, want %d to %d", r.Key(), len(r.TimesNS), s.MinReps, s.MaxReps)
		}
		if r.RunsCompared != len(r.TimesNS)+s.Warmup || r.Warmup != s.Warmup {
			t.Errorf("%s: %d runs compared, %d warm-up, %d timed", r.Key(), r.RunsCompared, r.Warmup, len(r.TimesNS))
		}
		if !r.Deterministic || len(r.OutputSHA256) != 64 {
			t.Errorf("%s: deterministic %v, hash %q", r.Key(), r.Deterministic, r.OutputSHA256)
		}
		if !r.Accurate {
			t.Errorf("%s: error %v above %v", r.Key(), r.Error, r.Tolerance)
		}
		if lo, med, hi := benchfmt.Summarize(r.TimesNS); lo != r.MinNS || med != r.MedianNS || hi != r.MaxNS {
			t.Errorf("%s: summary does not match times", r.Key())
		}
		if r.Flops > 0 && r.GFLOPS != r.Flops/float64(r.MedianNS) {
			t.Errorf("%s: GFLOPS %v for %v flops in %d ns", r.Key(), r.GFLOPS, r.Flops, r.MedianNS)
		}
	}
	// Same seed, same inputs, same library and threads: same bits.
	again, err := Run(context.Background(), s, Options{Threads: []int{1}, Seed: 7, SetThreads: cblas.SetThreads})
	if err != nil {
		t.Fatal(err)
	}
	for i := range res {
		if res[i].OutputSHA256 != again[i].OutputSHA256 {
			t.Errorf("%s: output hash changed between two runs", res[i].Key())
		}
	}
}

// TestRunCancelled checks that a cancelled context stops the run with its
// error.
func TestRunCancelled(t *testing.T) {
	s, _ := Lookup("test")
	ctx, cancel := context.WithCancel(context.Background())
	calls := 0
	_, err := Run(ctx, s, Options{Threads: []int{1}, SetThreads: cblas.SetThreads, Progress: func(done, _ int, _ benchfmt.Key) {
		calls++
		if done == 1 {
			cancel()
		}
	}})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("error %v, want context.Canceled", err)
	}
	if calls != 2 {
		t.Errorf("%d progress calls, want 2 (stopped before the second case)", calls)
	}
}

// A thread count the library cannot take skips the BLAS and LAPACK cases
// with the reason and still runs the FFT ones.
func TestRunThreadsUnsupported(t *testing.T) {
	s, _ := Lookup("test")
	res, err := Run(context.Background(), s, Options{Threads: []int{3}, SetThreads: func(int) error { return errors.New("no thread control") }})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res {
		if (r.Skipped == "") != (r.Group == "fft") {
			t.Errorf("%s (%s): skipped %q", r.Key(), r.Group, r.Skipped)
		}
	}
}

// The test suite must stay a strict subset of quick, so that what `go
// test` runs is what users run.
func TestTestSuiteSubsetOfQuick(t *testing.T) {
	test, _ := Lookup("test")
	quick, _ := Lookup("quick")
	for _, c := range test.Cases {
		i := slices.IndexFunc(quick.Cases, func(q Case) bool { return q.Kernel == c.Kernel })
		if i < 0 {
			t.Errorf("quick lacks %s", c.Kernel)
			continue
		}
		for _, n := range c.Sizes {
			if !slices.Contains(quick.Cases[i].Sizes, n) {
				t.Errorf("quick lacks %s at %d", c.Kernel, n)
			}
		}
	}
	if test.Count() >= quick.Count() {
		t.Errorf("test has %d cases, quick %d", test.Count(), quick.Count())
	}
	for _, s := range suites {
		for _, c := range s.Cases {
			if kernels[c.Kernel] == nil {
				t.Errorf("suite %s names unknown kernel %s", s.Name, c.Kernel)
			}
		}
	}
}

func TestOnly(t *testing.T) {
	q, _ := Lookup("quick")
	s, err := q.Only([]string{"ddot", "dgemm"})
	if err != nil || len(s.Cases) != 2 || s.Cases[0].Kernel != "ddot" {
		t.Errorf("Only: %v, %+v", err, s.Cases)
	}
	if _, err := q.Only([]string{"dgemm", "zgemm"}); err == nil {
		t.Error("Only accepted an unknown kernel")
	}
	if _, err := Lookup("huge"); err == nil {
		t.Error("Lookup accepted an unknown suite")
	}
}
