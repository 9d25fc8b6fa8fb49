package benchfmt

import (
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func sampleDoc() *Document {
	return &Document{
		Created: time.Date(2026, 9, 1, 12, 0, 0, 0, time.UTC),
		Command: []string{"goscipy", "bench", "--suite", "quick"},
		Label:   "OpenBLAS 0.3.21 pthreads",
		Info: Info{
			Goscipy: Build{Version: "(devel)", GoVersion: "go1.26.8", GOOS: "linux", GOARCH: "amd64", GOMAXPROCS: 2, NumCPU: 2},
			System:  System{OS: "Debian GNU/Linux 12 (bookworm)", Load: [3]float64{1.5, 1, 0.5}},
			CPU:     CPU{Model: "Intel(R) Xeon(R) Processor", Features: []string{"avx2", "fma"}, Caches: []Cache{{Level: 1, Type: "Data", SizeBytes: 49152}}},
			BLAS:    BLAS{Vendor: "OpenBLAS", Version: "0.3.21", CoreType: "SkylakeX", Threads: 2},
			FFTW:    []FFTW{{Library: "fftw3", Version: "fftw-3.3.10-sse2-avx"}},
			Env:     []EnvVar{{Name: "OPENBLAS_NUM_THREADS"}},
			Checks:  []Check{{Name: "dgemm", OK: true, Detail: "ok"}},
		},
		Suite:     Suite{Name: "quick", Seed: 1, Threads: []int{2}, Warmup: 1, MinReps: 3, MaxReps: 50, TargetSeconds: 0.2},
		LoadAfter: [3]float64{2, 1, 0.5},
		Results: []Result{
			{Kernel: "dgemm", Group: "blas", Size: 256, Shape: "n×n · n×n", Threads: 2, Warmup: 1,
				TimesNS: []int64{300, 100, 200}, MinNS: 100, MedianNS: 200, MaxNS: 300, Flops: 2 * 256 * 256 * 256, GFLOPS: 167772.16,
				Deterministic: true, RunsCompared: 4, OutputSHA256: "abc", Error: 1e-16, ErrorMeasure: "freivalds", Tolerance: 1e-12, Accurate: true},
			{Kernel: "dgesdd", Group: "lapack", Size: 64, Threads: 2, Skipped: "the LAPACKE in use lacks it"},
			{Kernel: "ddot", Group: "blas", Size: 1000, Threads: 2, TimesNS: []int64{5}, MinNS: 5, MedianNS: 5, MaxNS: 5,
				Error: Float(math.NaN()), Tolerance: Float(math.Inf(1))},
		},
	}
}

// TestRoundTrip writes a document and reads it back: every field must
// survive, NaN and Inf included.
func TestRoundTrip(t *testing.T) {
	in := sampleDoc()
	var buf bytes.Buffer
	if err := Write(&buf, in); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `"format": "goscipy-bench"`) || !strings.Contains(buf.String(), `"schema_version": 1`) {
		t.Fatalf("identifying fields missing:\n%s", buf.String()[:200])
	}
	out, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	nanEqual := cmp.Comparer(func(a, b Float) bool {
		return a == b || math.IsNaN(float64(a)) && math.IsNaN(float64(b))
	})
	if diff := cmp.Diff(in, out, nanEqual); diff != "" {
		t.Errorf("round trip changed the document (-in +out):\n%s", diff)
	}
}

func TestReadRefuses(t *testing.T) {
	valid := func(edit func(m map[string]any)) string {
		var buf bytes.Buffer
		if err := Write(&buf, sampleDoc()); err != nil {
			t.Fatal(err)
		}
		var m map[string]any
		if err := json.Unmarshal(buf.Bytes(), &m); err != nil {
			t.Fatal(err)
		}
		edit(m)
		b, _ := json.Marshal(m)
		return string(b)
	}
	for _, tc := range []struct {
		name, input string
		want        error
		msg         string
	}{
		{"empty", "", ErrNotBench, "not valid JSON"},
		{"not json", "BenchmarkDgemm 100 ns/op", ErrNotBench, "not valid JSON"},
		{"array", "[1,2]", ErrNotBench, "not a JSON object"},
		{"foreign object", `{"name": "package.json", "version": "1.0.0"}`, ErrNotBench, `no "format" field`},
		{"other format", `{"format": "benchstat", "schema_version": 1}`, ErrNotBench, `"benchstat"`},
		{"no version", `{"format": "goscipy-bench"}`, ErrVersion, "missing"},
		{"string version", `{"format": "goscipy-bench", "schema_version": "1"}`, ErrVersion, `"1"`},
		{"future version", `{"format": "goscipy-bench", "schema_version": 99}`, ErrVersion, "schema_version 99"},
		{"zero version", `{"format": "goscipy-bench", "schema_version": 0}`, ErrVersion, "schema_version 0"},
		{"bad field type", valid(func(m map[string]any) { m["results"] = "none" }), ErrInvalid, ""},
		{"median mismatch", valid(func(m map[string]any) {
			m["results"].([]any)[0].(map[string]any)["median_ns"] = 250
		}), ErrInvalid, "do not match"},
		{"no times", valid(func(m map[string]any) {
			m["results"].([]any)[0].(map[string]any)["times_ns"] = []int{}
		}), ErrInvalid, "no times"},
		{"duplicate case", valid(func(m map[string]any) {
			r := m["results"].([]any)
			m["results"] = append(r, r[0])
		}), ErrInvalid, "twice"},
		{"bad float", valid(func(m map[string]any) {
			m["results"].([]any)[0].(map[string]any)["error"] = "tiny"
		}), ErrInvalid, "not a number"},
	} {
		_, err := Read(strings.NewReader(tc.input))
		if !errors.Is(err, tc.want) {
			t.Errorf("%s: error %v, want one wrapping %v", tc.name, err, tc.want)
			continue
		}
		if !strings.Contains(err.Error(), tc.msg) {
			t.Errorf("%s: error %q lacks %q", tc.name, err, tc.msg)
		}
	}
}

func TestSummarize(t *testing.T) {
	for _, tc := range []struct {
		in          []int64
		lo, med, hi int64
	}{
		{nil, 0, 0, 0},
		{[]int64{7}, 7, 7, 7},
		{[]int64{9, 1, 5}, 1, 5, 9},
		{[]int64{4, 1, 3, 2}, 1, 2, 4}, // (2+3)/2 rounded down
		{[]int64{10, 20}, 10, 15, 20},
		{[]int64{math.MaxInt64, math.MaxInt64 - 2}, math.MaxInt64 - 2, math.MaxInt64 - 1, math.MaxInt64},
	} {
		lo, med, hi := Summarize(tc.in)
		if lo != tc.lo || med != tc.med || hi != tc.hi {
			t.Errorf("Summarize(%v) = %d, %d, %d; want %d, %d, %d", tc.in, lo, med, hi, tc.lo, tc.med, tc.hi)
		}
	}
}

func TestFloatJSON(t *testing.T) {
	for _, tc := range []struct {
		f    Float
		json string
	}{
		{1.5, "1.5"}, {0, "0"}, {Float(math.Inf(1)), `"+Inf"`}, {Float(math.Inf(-1)), `"-Inf"`}, {Float(math.NaN()), `"NaN"`},
	} {
		b, err := json.Marshal(tc.f)
		if err != nil || string(b) != tc.json {
			t.Errorf("Marshal(%v) = %s, %v; want %s", tc.f, b, err, tc.json)
		}
		var back Float
		if err := json.Unmarshal(b, &back); err != nil {
			t.Errorf("Unmarshal(%s): %v", b, err)
		} else if back != tc.f && !(math.IsNaN(float64(back)) && math.IsNaN(float64(tc.f))) {
			t.Errorf("Unmarshal(%s) = %v, want %v", b, back, tc.f)
		}
	}
}

func TestInfoFailed(t *testing.T) {
	in := Info{Checks: []Check{{Name: "a", OK: true}, {Name: "b"}, {Name: "c", OK: true}, {Name: "d"}}}
	var names []string
	for _, c := range in.Failed() {
		names = append(names, c.Name)
	}
	if strings.Join(names, ",") != "b,d" {
		t.Errorf("Failed() = %v, want b,d", names)
	}
}
