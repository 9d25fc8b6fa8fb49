package benchcmp

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// WriteTable prints the comparison: the runs, the warnings and notes, then
// one row per case with each run's median and spread and, for each run
// after the first, its speed-up over the first with the range the samples
// allow. "~" marks a difference within noise, "≠" an output that differs
// bit for bit from the baseline's, "!" an output that failed its accuracy
// check or was not deterministic.
func WriteTable(w io.Writer, c Comparison) {
	for i, r := range c.Runs {
		role := ""
		if i == 0 {
			role = " (baseline)"
		}
		fmt.Fprintf(w, "[%d] %s%s\n", i+1, r.Name, role)
	}
	for _, s := range c.Warnings {
		fmt.Fprintf(w, "warning: %s\n", s)
	}
	for _, s := range c.Notes {
		fmt.Fprintf(w, "note: %s\n", s)
	}
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	head := []string{"kernel", "size", "thr"}
	for i := range c.Runs {
		head = append(head, fmt.Sprintf("[%d] median", i+1))
	}
	for i := 1; i < len(c.Runs); i++ {
		head = append(head, fmt.Sprintf("[%d] vs [1]", i+1))
	}
	fmt.Fprintln(tw, strings.Join(head, "\t")+"\t")
	for _, row := range c.Rows {
		cols := []string{row.Key.Kernel, fmt.Sprint(row.Key.Size), threadsCell(row), statCell(row.Base)}
		for _, o := range row.Others {
			cols = append(cols, statCell(o.Stat))
		}
		for _, o := range row.Others {
			cols = append(cols, ratioCell(o))
		}
		fmt.Fprintln(tw, strings.Join(cols, "\t")+"\t")
	}
	if len(c.Runs) > 1 {
		cols := []string{"geomean", "", ""}
		for range c.Runs {
			cols = append(cols, "")
		}
		for _, g := range c.Geomean {
			if g > 0 {
				cols = append(cols, FormatRatio(g))
			} else {
				cols = append(cols, "—")
			}
		}
		fmt.Fprintln(tw, strings.Join(cols, "\t")+"\t")
	}
	tw.Flush()
	fmt.Fprintln(w, "\nspeed-up = median([1]) / median([n]): above 1× the run is faster than [1]. ±% is a run's spread and")
	fmt.Fprintln(w, "[lo, hi] the speed-ups its samples allow, both after setting aside outliers beyond Tukey's fences;")
	fmt.Fprintln(w, "~ the ranges overlap (within noise); ≠ output bits differ from [1]; ! inaccurate or not deterministic")
}

// threadsCell is the row's thread count, or each run's ("1/2") when
// cases were matched across counts.
func threadsCell(row Row) string {
	ts := []string{fmt.Sprint(row.Key.Threads)}
	differ := false
	for _, o := range row.Others {
		t := o.Threads
		if !o.Present {
			t = row.Key.Threads
		}
		differ = differ || t != row.Key.Threads
		ts = append(ts, fmt.Sprint(t))
	}
	if !differ {
		return ts[0]
	}
	return strings.Join(ts, "/")
}

func statCell(s Stat) string {
	switch {
	case !s.Present:
		return "—"
	case s.Skipped != "":
		return "skipped"
	}
	mark := ""
	if !s.Accurate || !s.Deterministic {
		mark = " !"
	}
	return fmt.Sprintf("%s ±%.0f%%%s", FormatNS(s.Median), 100*s.Spread, mark)
}

func ratioCell(c Cell) string {
	if !c.Comparable {
		return "—"
	}
	s := fmt.Sprintf("%s [%s, %s]", FormatRatio(c.Speedup), trimRatio(c.RatioLo), trimRatio(c.RatioHi))
	if c.Noise {
		s += " ~"
	}
	if !c.SameOutput {
		s += " ≠"
	}
	return s
}

// FormatRatio prints a ratio with three significant digits and "×".
func FormatRatio(r float64) string { return trimRatio(r) + "×" }

func trimRatio(r float64) string {
	switch {
	case r >= 100:
		return fmt.Sprintf("%.0f", r)
	case r >= 10:
		return fmt.Sprintf("%.1f", r)
	case r >= 1:
		return fmt.Sprintf("%.2f", r)
	}
	return fmt.Sprintf("%.3g", r)
}

// FormatNS prints nanoseconds with three significant digits and a unit.
func FormatNS(ns int64) string {
	v := float64(ns)
	switch {
	case v < 1e3:
		return fmt.Sprintf("%.0fns", v)
	case v < 1e6:
		return trimRatio(v/1e3) + "µs"
	case v < 1e9:
		return trimRatio(v/1e6) + "ms"
	}
	return trimRatio(v/1e9) + "s"
}
