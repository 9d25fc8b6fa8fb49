// Package benchcmp compares goscipy bench documents: for every case (kernel,
// size, thread count) present in the baseline it sets each other run's
// median time against the baseline's, says whether the difference is
// within noise, and draws the plots `goscipy compare` writes.
//
// # Ratios and noise
//
// The speed-up of run B over the baseline A is median(A) / median(B): 2×
// means B takes half the time.
//
// Timings on a shared machine have outliers: a call that waited for the
// CPU takes many times the usual. Before ranges are formed, each run's
// samples beyond Tukey's fences are set aside, as benchstat v1 did: with
// Q1 and Q3 the medians of the lower and upper halves of the sorted
// samples (the middle one excluded when the count is odd), samples below
// Q1 − 1.5·(Q3 − Q1) or above Q3 + 1.5·(Q3 − Q1) are outliers. The range
// of a run is [lo, hi], the smallest and largest samples kept, and its
// spread is max(hi − median, median − lo) / median, shown as ±%.
//
// The speed-up's range is [lo(A)/hi(B), hi(A)/lo(B)], the ratios the kept
// samples allow, and a difference is within noise when that range
// contains 1, that is when the two runs' ranges overlap: some kept call of
// the slower run was as fast as some kept call of the faster one, so the
// samples do not order the runs. This needs no distribution assumption
// and, with few samples, calls more differences noise rather than fewer
// (benchstat's Mann-Whitney U test needs more samples than a quick suite
// takes). Medians are of all samples, outliers included.
//
// # Matching cases
//
// Cases are matched on kernel, size and thread count. When every run used
// a single thread count but not the same one (the reference BLAS at 1
// thread against OpenBLAS at 2), they are matched on kernel and size
// instead, with a warning: the ratio then includes the threading.
package benchcmp

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/goscipy/goscipy/internal/benchfmt"
)

// Run is one document with the name it is shown under.
type Run struct {
	Name string
	Doc  *benchfmt.Document
}

// Stat summarises one run's result for a case.
type Stat struct {
	Present bool   // the run has the case
	Skipped string // why the run did not time it
	Threads int    // the run's thread count for the case
	Median  int64  // of all samples
	// Lo and Hi are the smallest and largest samples within Tukey's
	// fences (see the package doc); Outliers counts the others.
	Lo, Hi   int64
	Outliers int
	N        int     // timed calls
	GFLOPS   float64 // at the median, 0 where undefined
	Spread   float64 // max(Hi − Median, Median − Lo) / Median
	// Deterministic, Accurate and Hash are the result's verdicts and
	// output hash.
	Deterministic bool
	Accurate      bool
	Hash          string
}

// Timed reports whether the stat has times.
func (s Stat) Timed() bool { return s.Present && s.Skipped == "" && s.Median > 0 }

// Cell is a non-baseline run's stat and how it compares with the
// baseline's.
type Cell struct {
	Stat
	// Comparable is set when both runs timed the case; the fields below
	// are meaningful only then.
	Comparable bool
	Speedup    float64 // median(base) / median(this)
	RatioLo    float64 // lo(base) / hi(this)
	RatioHi    float64 // hi(base) / lo(this)
	Noise      bool    // RatioLo ≤ 1 ≤ RatioHi: the ranges overlap
	SameOutput bool    // identical output hash
}

// Row is one case across all runs.
type Row struct {
	Key    benchfmt.Key
	Base   Stat
	Others []Cell // one per run after the baseline
}

// Comparison is the result of Compare.
type Comparison struct {
	Runs []Run
	Rows []Row
	// Geomean is, per non-baseline run, the geometric mean of its
	// speed-ups over the comparable cases (0 when there are none).
	Geomean []float64
	// Warnings are differences between runs that make ratios
	// misleading: thread counts, core types, seeds. Notes are other
	// differences worth knowing (CPU model, load).
	Warnings, Notes []string
}

// Compare compares runs[1:] with runs[0]. Rows follow the baseline's
// result order, then cases only other runs have.
func Compare(runs []Run) Comparison {
	c := Comparison{Runs: runs}
	if len(runs) == 0 {
		return c
	}
	ignoreThreads := singleThreadCounts(runs)
	match := func(k benchfmt.Key) benchfmt.Key {
		if ignoreThreads {
			k.Threads = 0
		}
		return k
	}
	var keys []benchfmt.Key // match keys, in order of first appearance
	first := map[benchfmt.Key]benchfmt.Key{}
	index := make([]map[benchfmt.Key]benchfmt.Result, len(runs))
	for i, r := range runs {
		index[i] = map[benchfmt.Key]benchfmt.Result{}
		for _, res := range r.Doc.Results {
			m := match(res.Key())
			index[i][m] = res
			if _, ok := first[m]; !ok {
				first[m] = res.Key()
				keys = append(keys, m)
			}
		}
	}
	logSum := make([]float64, len(runs)-1)
	count := make([]int, len(runs)-1)
	for _, m := range keys {
		row := Row{Key: first[m], Base: statOf(index[0], m)}
		for i := 1; i < len(runs); i++ {
			cell := Cell{Stat: statOf(index[i], m)}
			if row.Base.Timed() && cell.Timed() {
				cell = ratio(row.Base, cell.Stat)
				logSum[i-1] += math.Log(cell.Speedup)
				count[i-1]++
			}
			row.Others = append(row.Others, cell)
		}
		c.Rows = append(c.Rows, row)
	}
	c.Geomean = make([]float64, len(runs)-1)
	for i := range c.Geomean {
		if count[i] > 0 {
			c.Geomean[i] = math.Exp(logSum[i] / float64(count[i]))
		}
	}
	c.Warnings, c.Notes = differences(runs, ignoreThreads)
	return c
}

// singleThreadCounts reports whether every run's results use one thread
// count and the runs do not all use the same one.
func singleThreadCounts(runs []Run) bool {
	counts := map[int]bool{}
	for _, r := range runs {
		own := map[int]bool{}
		for _, res := range r.Doc.Results {
			own[res.Threads] = true
		}
		if len(own) != 1 {
			return false
		}
		for t := range own {
			counts[t] = true
		}
	}
	return len(counts) > 1
}

// ratio compares a timed stat with the timed baseline stat.
func ratio(base, s Stat) Cell {
	c := Cell{Stat: s, Comparable: true}
	c.Speedup = float64(base.Median) / float64(s.Median)
	c.RatioLo = float64(base.Lo) / float64(s.Hi)
	c.RatioHi = float64(base.Hi) / float64(s.Lo)
	c.Noise = c.RatioLo <= 1 && 1 <= c.RatioHi
	c.SameOutput = base.Hash != "" && base.Hash == s.Hash
	return c
}

func statOf(idx map[benchfmt.Key]benchfmt.Result, k benchfmt.Key) Stat {
	r, ok := idx[k]
	if !ok {
		return Stat{}
	}
	s := Stat{Present: true, Skipped: r.Skipped, Threads: r.Threads, Median: r.MedianNS,
		N: len(r.TimesNS), GFLOPS: r.GFLOPS, Deterministic: r.Deterministic, Accurate: r.Accurate, Hash: r.OutputSHA256}
	s.Lo, s.Hi, s.Outliers = TukeyRange(r.TimesNS)
	if r.MedianNS > 0 {
		s.Spread = float64(max(s.Hi-r.MedianNS, r.MedianNS-s.Lo)) / float64(r.MedianNS)
	}
	return s
}

// TukeyRange returns the smallest and largest samples within Tukey's
// fences and how many samples lie outside them (see the package doc).
// Fewer than four samples have no meaningful quartiles and are all kept.
func TukeyRange(times []int64) (lo, hi int64, outliers int) {
	if len(times) == 0 {
		return 0, 0, 0
	}
	s := slices.Clone(times)
	slices.Sort(s)
	if len(s) < 4 {
		return s[0], s[len(s)-1], 0
	}
	half := len(s) / 2
	q1, q3 := medianSorted(s[:half]), medianSorted(s[len(s)-half:])
	iqr := q3 - q1
	lower, upper := q1-1.5*iqr, q3+1.5*iqr
	lo, hi = -1, -1
	for _, v := range s {
		if f := float64(v); f < lower || f > upper {
			outliers++
			continue
		}
		if lo < 0 {
			lo = v
		}
		hi = v
	}
	return lo, hi, outliers
}

func medianSorted(s []int64) float64 {
	n := len(s)
	if n%2 == 1 {
		return float64(s[n/2])
	}
	return (float64(s[n/2-1]) + float64(s[n/2])) / 2
}

// differences lists what differs between the runs' set-ups.
func differences(runs []Run, acrossThreads bool) (warnings, notes []string) {
	distinct := func(f func(d *benchfmt.Document) string) (string, bool) {
		var parts []string
		vals := map[string]bool{}
		for _, r := range runs {
			v := f(r.Doc)
			vals[v] = true
			parts = append(parts, fmt.Sprintf("%s: %s", r.Name, v))
		}
		return strings.Join(parts, "; "), len(vals) > 1
	}
	if s, diff := distinct(func(d *benchfmt.Document) string { return fmt.Sprint(d.Suite.Threads) }); diff {
		if acrossThreads {
			warnings = append(warnings, "runs differ in thread count; each ran at one count, so cases are matched across counts and the ratios include the threading ("+s+")")
		} else {
			warnings = append(warnings, "runs differ in thread counts; only cases at the same count are compared ("+s+")")
		}
	}
	if s, diff := distinct(func(d *benchfmt.Document) string { return orDash(d.Info.BLAS.CoreType) }); diff {
		warnings = append(warnings, "runs differ in BLAS core type, so the vendor ran different kernels ("+s+")")
	}
	if s, diff := distinct(func(d *benchfmt.Document) string { return fmt.Sprint(d.Suite.Seed) }); diff {
		warnings = append(warnings, "runs differ in seed, so inputs and output hashes differ ("+s+")")
	}
	if s, diff := distinct(func(d *benchfmt.Document) string { return orDash(d.Info.CPU.Model) }); diff {
		notes = append(notes, "runs come from different CPU models ("+s+")")
	}
	if s, diff := distinct(func(d *benchfmt.Document) string { return d.Suite.Name }); diff {
		notes = append(notes, "runs come from different suites; cases one run lacks are shown as — ("+s+")")
	}
	for _, r := range runs {
		cpus := r.Doc.Info.Goscipy.NumCPU
		if load := max(r.Doc.Info.System.Load[0], r.Doc.LoadAfter[0]); cpus > 0 && load >= 0.5*float64(cpus) {
			notes = append(notes, fmt.Sprintf("%s ran on a loaded machine: 1-minute load %.1f (before %.1f, after %.1f) on %d CPUs",
				r.Name, load, r.Doc.Info.System.Load[0], r.Doc.LoadAfter[0], cpus))
		}
	}
	return warnings, notes
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
