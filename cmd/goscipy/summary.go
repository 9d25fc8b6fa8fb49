package main

import (
	"fmt"
	"io"
	"text/tabwriter"
	"time"

	"github.com/goscipy/goscipy/internal/benchcmp"
	"github.com/goscipy/goscipy/internal/benchfmt"
)

// writeSummary prints a bench document as a table: one row per case.
func writeSummary(w io.Writer, d *benchfmt.Document) {
	fmt.Fprintf(w, "%s: suite %s, seed %d, %s, %s\n", d.Label, d.Suite.Name, d.Suite.Seed,
		d.Info.CPU.Model, time.Duration(d.DurationNS).Round(time.Millisecond))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "kernel\tsize\tthreads\tmedian\tmin … max\tGFLOP/s\tdeterministic\terror\t")
	for _, r := range d.Results {
		if r.Skipped != "" {
			fmt.Fprintf(tw, "%s\t%d\t%d\tskipped: %s\t\t\t\t\t\n", r.Kernel, r.Size, r.Threads, r.Skipped)
			continue
		}
		gf := "-"
		if r.GFLOPS > 0 {
			gf = fmt.Sprintf("%.2f", r.GFLOPS)
		}
		det := "yes"
		if !r.Deterministic {
			det = "NO"
		}
		acc := fmt.Sprintf("%.1e", float64(r.Error))
		if !r.Accurate {
			acc += " INACCURATE"
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%s\t%s … %s\t%s\t%s (%d)\t%s\t\n", r.Kernel, r.Size, r.Threads,
			benchcmp.FormatNS(r.MedianNS), benchcmp.FormatNS(r.MinNS), benchcmp.FormatNS(r.MaxNS), gf, det, r.RunsCompared, acc)
	}
	tw.Flush()
}
