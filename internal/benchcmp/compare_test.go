package benchcmp

import (
	"bytes"
	"image/png"
	"math"
	"strings"
	"testing"

	"github.com/goscipy/goscipy/internal/benchfmt"
)

// result makes a timed result; the summary fields come from
// benchfmt.Summarize, which has its own tests.
func result(kernel string, size, threads int, hash string, times ...int64) benchfmt.Result {
	lo, med, hi := benchfmt.Summarize(times)
	return benchfmt.Result{Kernel: kernel, Size: size, Threads: threads, TimesNS: times,
		MinNS: lo, MedianNS: med, MaxNS: hi, Deterministic: true, Accurate: true, OutputSHA256: hash, GFLOPS: 1}
}

func doc(label, core string, threads []int, results ...benchfmt.Result) *benchfmt.Document {
	d := &benchfmt.Document{Label: label, Suite: benchfmt.Suite{Name: "quick", Seed: 1, Threads: threads}, Results: results}
	d.Info.BLAS.CoreType = core
	d.Info.CPU.Model = "Test CPU"
	d.Info.Goscipy.NumCPU = 2
	return d
}

func near(a, b float64) bool { return math.Abs(a-b) <= 1e-12*math.Max(1, math.Abs(b)) }

// TestCompareArithmetic checks ratios, ranges, the noise verdict, spreads,
// output identity and the geometric mean against values computed by hand.
func TestCompareArithmetic(t *testing.T) {
	base := doc("A", "Haswell", []int{1},
		result("dgemm", 64, 1, "h1", 100, 110, 120),
		result("ddot", 4096, 1, "h2", 100, 110, 120),
		result("dgeev", 64, 1, "h3", 10),
	)
	other := doc("B", "Haswell", []int{1},
		// Twice as fast, ranges apart: speed-up 110/55 = 2, range
		// [100/60, 120/50] = [1.667, 2.4], not noise; same bits.
		result("dgemm", 64, 1, "h1", 50, 55, 60),
		// Slightly slower, ranges overlap: 110/115, range
		// [100/125, 120/105] = [0.8, 1.1429], noise; other bits.
		result("ddot", 4096, 1, "x", 105, 115, 125),
	)
	c := Compare([]Run{{"A", base}, {"B", other}})
	if len(c.Rows) != 3 || len(c.Warnings) != 0 {
		t.Fatalf("%d rows, warnings %q", len(c.Rows), c.Warnings)
	}
	g := c.Rows[0].Others[0]
	if !g.Comparable || !near(g.Speedup, 2) || !near(g.RatioLo, 100.0/60) || !near(g.RatioHi, 2.4) || g.Noise || !g.SameOutput {
		t.Errorf("dgemm: %+v", g)
	}
	if b := c.Rows[0].Base; !near(b.Spread, 10.0/110) || b.Lo != 100 || b.Hi != 120 || b.Median != 110 {
		t.Errorf("dgemm base stat: %+v", b)
	}
	d := c.Rows[1].Others[0]
	if !d.Comparable || !near(d.Speedup, 110.0/115) || !near(d.RatioLo, 0.8) || !near(d.RatioHi, 120.0/105) || !d.Noise || d.SameOutput {
		t.Errorf("ddot: %+v", d)
	}
	if e := c.Rows[2].Others[0]; e.Comparable || e.Present {
		t.Errorf("dgeev, missing from B: %+v", e)
	}
	// Geometric mean of 2 and 110/115 over the two comparable cases.
	if want := math.Sqrt(2 * 110.0 / 115); !near(c.Geomean[0], want) {
		t.Errorf("geomean %v, want %v", c.Geomean[0], want)
	}

	var buf bytes.Buffer
	WriteTable(&buf, c)
	out := buf.String()
	for _, want := range []string{
		"[1] A (baseline)", "[2] B",
		"2.00× [1.67, 2.40]", // dgemm: no noise marker, no ≠
		"0.957× [0.8, 1.14] ~ ≠",
		"110ns ±9%",
		"geomean",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q:\n%s", want, out)
		}
	}
	for line := range strings.SplitSeq(out, "\n") {
		if strings.HasPrefix(line, "dgemm") && (strings.Contains(line, "~") || strings.Contains(line, "≠")) {
			t.Errorf("dgemm row marked as noise or differing: %q", line)
		}
	}
}

// TestTukeyRange checks the outlier fences on hand-computed samples:
// sorted 10…16, 100: lower half 10..13 gives Q1 = 11.5, upper half
// 14, 15, 16, 100 gives Q3 = 15.5, IQR = 4, fences 5.5 and 21.5, so 100
// is set aside.
func TestTukeyRange(t *testing.T) {
	for _, tc := range []struct {
		in               []int64
		lo, hi, outliers int64
	}{
		{[]int64{100, 16, 10, 11, 12, 13, 14, 15}, 10, 16, 1},
		{[]int64{5, 1, 900}, 1, 900, 0}, // fewer than 4: all kept
		{[]int64{7}, 7, 7, 0},
		{nil, 0, 0, 0},
		// Odd count: median 12 excluded from both halves; Q1 = 10.5
		// (10, 11), Q3 = 13.5 (13, 14), IQR 3, fences 6 and 18: 1 and
		// 40 go.
		{[]int64{1, 10, 11, 12, 13, 14, 40}, 10, 14, 2},
	} {
		lo, hi, n := TukeyRange(tc.in)
		if lo != tc.lo || hi != tc.hi || int64(n) != tc.outliers {
			t.Errorf("TukeyRange(%v) = %d, %d, %d; want %d, %d, %d", tc.in, lo, hi, n, tc.lo, tc.hi, tc.outliers)
		}
	}
}

// With an outlier set aside, the noise verdict follows the kept samples:
// B's one slow call (a machine hiccup) no longer overlaps A's range.
func TestOutlierDoesNotMakeNoise(t *testing.T) {
	a := doc("A", "", []int{1}, result("dgemm", 64, 1, "", 100, 101, 102, 103, 104, 105, 106, 107))
	b := doc("B", "", []int{1}, result("dgemm", 64, 1, "", 50, 51, 52, 53, 54, 55, 56, 500))
	c := Compare([]Run{{"A", a}, {"B", b}})
	cell := c.Rows[0].Others[0]
	// B kept 50…56: range [100/56, 107/50].
	if cell.Noise || !near(cell.RatioLo, 100.0/56) || !near(cell.RatioHi, 107.0/50) || cell.Outliers != 1 {
		t.Errorf("%+v", cell)
	}
}

func TestCompareThreadsAndCoreWarnings(t *testing.T) {
	// Each run at one count, different counts: matched across counts.
	a := doc("ref", "", []int{1}, result("dgemm", 64, 1, "", 10))
	b := doc("obl", "SkylakeX", []int{2}, result("dgemm", 64, 2, "", 5))
	c := Compare([]Run{{"ref", a}, {"obl", b}})
	if cell := c.Rows[0].Others[0]; !cell.Comparable || !near(cell.Speedup, 2) || cell.Threads != 2 {
		t.Errorf("cross-thread match: %+v", cell)
	}
	if !hasWarning(c, "matched across counts") || !hasWarning(c, "core type") {
		t.Errorf("warnings %q", c.Warnings)
	}
	var buf bytes.Buffer
	WriteTable(&buf, c)
	if !strings.Contains(buf.String(), "1/2") {
		t.Errorf("thread column does not show both counts:\n%s", buf.String())
	}

	// A run with several counts: only equal counts are compared.
	m := doc("multi", "", []int{1, 2}, result("dgemm", 64, 1, "", 10), result("dgemm", 64, 2, "", 6))
	c = Compare([]Run{{"multi", m}, {"obl", b}})
	if len(c.Rows) != 2 || c.Rows[0].Others[0].Comparable || !c.Rows[1].Others[0].Comparable {
		t.Errorf("rows %+v", c.Rows)
	}
	if !hasWarning(c, "only cases at the same count") {
		t.Errorf("warnings %q", c.Warnings)
	}

	// Same thread counts and core types: no warning.
	c = Compare([]Run{{"a", a}, {"a2", doc("a2", "", []int{1}, result("dgemm", 64, 1, "", 9))}})
	if len(c.Warnings) != 0 {
		t.Errorf("unexpected warnings %q", c.Warnings)
	}
}

func hasWarning(c Comparison, s string) bool {
	for _, w := range c.Warnings {
		if strings.Contains(w, s) {
			return true
		}
	}
	return false
}

// TestPlots draws both plots in both formats and checks that the PNGs
// decode and the SVGs are SVG.
func TestPlots(t *testing.T) {
	a := doc("A", "", []int{1}, result("dgemm", 64, 1, "", 100, 110), result("dgemm", 128, 1, "", 800, 900),
		result("dgeev", 64, 1, "", 1000))
	a.Results[2].GFLOPS = 0
	b := doc("B", "", []int{1}, result("dgemm", 64, 1, "", 50, 60), result("dgemm", 128, 1, "", 300, 350),
		result("dgeev", 64, 1, "", 2000))
	b.Results[2].GFLOPS = 0
	c := Compare([]Run{{"A", a}, {"B", b}})
	for _, draw := range []func(*bytes.Buffer, Format) error{
		func(w *bytes.Buffer, f Format) error { return PlotThroughput(w, c, f) },
		func(w *bytes.Buffer, f Format) error { return PlotRatios(w, c, f) },
	} {
		var buf bytes.Buffer
		if err := draw(&buf, PNG); err != nil {
			t.Fatal(err)
		}
		if _, err := png.Decode(&buf); err != nil {
			t.Errorf("PNG does not decode: %v", err)
		}
		buf.Reset()
		if err := draw(&buf, SVG); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(buf.String(), "<svg") {
			t.Errorf("SVG output lacks <svg")
		}
	}
	if err := PlotRatios(&bytes.Buffer{}, Compare([]Run{{"A", a}}), PNG); err == nil {
		t.Error("ratio plot of one run did not fail")
	}
	if err := PlotThroughput(&bytes.Buffer{}, c, "gif"); err == nil {
		t.Error("unknown format accepted")
	}
}
