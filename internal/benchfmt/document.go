package benchfmt

import (
	"fmt"
	"time"
)

// Format is the value of every document's "format" field.
const Format = "goscipy-bench"

// SchemaVersion is the version this package writes; see the package doc.
const SchemaVersion = 1

// Document is one `goscipy bench` run.
type Document struct {
	Format        string    `json:"format"`
	SchemaVersion int       `json:"schema_version"`
	Created       time.Time `json:"created"`
	// Command is the command line that made the document (os.Args).
	Command []string `json:"command"`
	// Label names the run in compare tables and plot legends; bench
	// derives it from the vendor unless --label sets it.
	Label string `json:"label"`
	Info  Info   `json:"info"`
	Suite Suite  `json:"suite"`
	// LoadAfter is the load average when the run ended (Info.System.Load
	// is the one before it).
	LoadAfter [3]float64 `json:"load_after"`
	// DurationNS is the wall time of the whole run.
	DurationNS int64    `json:"duration_ns"`
	Results    []Result `json:"results"`
}

// Suite is what was asked for: the suite's name and its settings.
type Suite struct {
	Name string `json:"name"`
	// Seed seeds every kernel's inputs (math/rand/v2 PCG with Seed and the
	// problem size), so the same suite computes on the same numbers
	// everywhere.
	Seed    uint64 `json:"seed"`
	Threads []int  `json:"threads"`
	// Warmup untimed calls precede the timed ones for each case.
	Warmup int `json:"warmup"`
	// Each case is timed at least MinReps and at most MaxReps times, and
	// stops early once TargetSeconds of timed calls have accumulated.
	MinReps       int     `json:"min_reps"`
	MaxReps       int     `json:"max_reps"`
	TargetSeconds float64 `json:"target_seconds"`
}

// Result is one case: one kernel at one size and one thread count.
type Result struct {
	Kernel string `json:"kernel"` // "dgemm", "dgetrf+dgetrs", "fft_c2c", …
	Group  string `json:"group"`  // "blas", "lapack", "fft"
	Size   int    `json:"size"`   // n: matrix order or transform length
	Shape  string `json:"shape"`  // the problem in words: "n×n · n×n"
	// Threads is the native thread count the case ran with (BLAS threads
	// for blas and lapack kernels, FFTW plan threads for fft).
	Threads int `json:"threads"`
	// Skipped is why the case did not run ("" when it ran): a thread
	// count the library cannot set, a routine the library lacks.
	Skipped string `json:"skipped,omitempty"`

	Warmup   int     `json:"warmup"`
	TimesNS  []int64 `json:"times_ns"` // every timed call, in order
	MinNS    int64   `json:"min_ns"`
	MedianNS int64   `json:"median_ns"`
	MaxNS    int64   `json:"max_ns"`
	// Flops is the conventional operation count of one call (2n³ for
	// dgemm, 5n·log₂n for a complex FFT), 0 where none is conventional
	// (eigenvalue and singular value drivers iterate).
	Flops float64 `json:"flops,omitempty"`
	// GFLOPS is Flops at the median time, in 10⁹ per second; 0 with Flops.
	GFLOPS float64 `json:"gflops,omitempty"`

	// Deterministic reports whether every call (warm-up included) gave a
	// bit-for-bit identical output; RunsCompared is how many calls that
	// covers. OutputSHA256 is the hash of the first call's output bits,
	// so two documents can be checked for identical results.
	Deterministic bool   `json:"deterministic"`
	RunsCompared  int    `json:"runs_compared"`
	OutputSHA256  string `json:"output_sha256"`

	// Error is the accuracy measure named by ErrorMeasure (a scaled
	// residual or a difference from a pure-Go reference), Tolerance the
	// bound it is held to and Accurate whether it met it.
	Error        Float  `json:"error"`
	ErrorMeasure string `json:"error_measure"`
	Tolerance    Float  `json:"tolerance"`
	Accurate     bool   `json:"accurate"`
}

// Key identifies a case across documents: the same kernel, size and thread
// count.
type Key struct {
	Kernel  string
	Size    int
	Threads int
}

// Key returns the result's case key.
func (r Result) Key() Key { return Key{r.Kernel, r.Size, r.Threads} }

// String formats the key as "kernel/size/threads=n".
func (k Key) String() string {
	return fmt.Sprintf("%s/%d/threads=%d", k.Kernel, k.Size, k.Threads)
}
