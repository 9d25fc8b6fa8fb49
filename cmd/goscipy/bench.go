package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/goscipy/goscipy/cblas"
	"github.com/goscipy/goscipy/internal/benchfmt"
	"github.com/goscipy/goscipy/internal/benchsuite"
	"github.com/goscipy/goscipy/internal/sysinfo"
)

// exitInterrupted is the status after SIGINT or SIGTERM, the shell's
// 128 + SIGINT.
const exitInterrupted = 130

// runBench runs a benchmark suite and writes one JSON document.
func runBench(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("bench", stderr)
	suiteName := fs.String("suite", "quick", "suite to run: "+strings.Join(benchsuite.Names(), ", "))
	threadsFlag := fs.String("threads", "", "comma-separated native thread `counts` to run every case at; N means all CPUs (default: the library's current count)")
	out := fs.String("o", "", "write the JSON document to `file` (- for standard output); written only when the run completes")
	label := fs.String("label", "", "name of this run in compare tables and plots (default: vendor, version and threading)")
	seed := fs.Uint64("seed", 1, "seed of the inputs; the same seed gives the same inputs everywhere")
	kernelsFlag := fs.String("kernels", "", "comma-separated subset of the suite's `kernels`")
	quiet := fs.Bool("q", false, "no progress bar or status lines")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: goscipy bench [-suite quick|standard|full] [-threads 1,2,N] [-o file] [-label name]")
		fmt.Fprintln(fs.Output(), "\nTimes BLAS, LAPACK and FFT kernels, checks each for determinism and accuracy,")
		fmt.Fprintln(fs.Output(), "and records the results with `goscipy info`'s report in one JSON document.")
		fmt.Fprintln(fs.Output(), "Ctrl-C stops the run; nothing is written then (exit status 130).")
		fs.PrintDefaults()
	}
	if code := parseFlags(fs, args); code >= 0 {
		return code
	}
	usageErr := func(err error) int {
		fmt.Fprintf(stderr, "goscipy bench: %v\n", err)
		return exitUsage
	}
	suite, err := benchsuite.Lookup(*suiteName)
	if err != nil {
		return usageErr(err)
	}
	if *kernelsFlag != "" {
		if suite, err = suite.Only(strings.Split(*kernelsFlag, ",")); err != nil {
			return usageErr(err)
		}
	}
	threads, err := parseThreads(*threadsFlag, cblas.Threads(), runtime.NumCPU())
	if err != nil {
		return usageErr(err)
	}

	// Open the output first: a run of minutes should not end in "cannot
	// write".
	var file *atomicFile
	if *out != "" && *out != "-" {
		if file, err = createAtomic(*out); err != nil {
			fmt.Fprintf(stderr, "goscipy bench: cannot write %s: %v\n", *out, err)
			return exitFail
		}
		defer file.Abort()
	}

	info := gatherInfo()
	runChecks(&info, expectation{})
	if !*quiet {
		for _, c := range info.Failed() {
			fmt.Fprintf(stderr, "goscipy bench: warning: check %s failed: %s (results will say how wrong)\n", c.Name, c.Detail)
		}
	}
	doc := &benchfmt.Document{
		Created: time.Now().UTC(),
		Command: append([]string{"goscipy", "bench"}, args...),
		Label:   *label,
		Info:    info,
		Suite: benchfmt.Suite{
			Name: suite.Name, Seed: *seed, Threads: threads, Warmup: suite.Warmup,
			MinReps: suite.MinReps, MaxReps: suite.MaxReps, TargetSeconds: suite.Target.Seconds(),
		},
	}
	if doc.Label == "" {
		doc.Label = defaultLabel(info.BLAS)
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		// After the first signal, restore the default action so that a
		// second Ctrl-C kills a run stuck in a long native call; the
		// output name is still untouched then (only the temporary file
		// may remain).
		<-ctx.Done()
		stop()
	}()

	if !*quiet {
		fmt.Fprintf(stderr, "goscipy bench: suite %s, %d cases × threads %v, %s (%s)\n",
			suite.Name, suite.Count(), threads, doc.Label, info.BLAS.Library)
	}
	bar := newProgress(stderr, *quiet, suite.Count()*len(threads))
	orig := cblas.Threads()
	start := time.Now()
	results, err := benchsuite.Run(ctx, suite, benchsuite.Options{
		Threads:    threads,
		Seed:       *seed,
		SetThreads: cblas.SetThreads,
		Progress:   bar.update,
	})
	bar.finish()
	if cblas.Threads() != orig {
		cblas.SetThreads(orig) // leave the process as found; errors only mean it cannot change
	}
	if err != nil {
		if errors.Is(err, context.Canceled) {
			where := "nothing written"
			if *out != "" && *out != "-" {
				where = "nothing written to " + *out
			}
			fmt.Fprintf(stderr, "goscipy bench: interrupted after %d of %d cases; %s\n", len(results), suite.Count()*len(threads), where)
			return exitInterrupted
		}
		fmt.Fprintf(stderr, "goscipy bench: %v\n", err)
		return exitFail
	}
	doc.Results = results
	doc.DurationNS = time.Since(start).Nanoseconds()
	l := sysinfo.ReadLoad(os.DirFS("/"))
	doc.LoadAfter = [3]float64{l.Avg1, l.Avg5, l.Avg15}

	switch {
	case *out == "-":
		if err := benchfmt.Write(stdout, doc); err != nil {
			fmt.Fprintf(stderr, "goscipy bench: %v\n", err)
			return exitFail
		}
		return exitOK
	case file != nil:
		// A signal that arrives now still aborts: the document is only
		// renamed into place if the run was not interrupted.
		if err := benchfmt.Write(file.Writer(), doc); err != nil {
			fmt.Fprintf(stderr, "goscipy bench: writing %s: %v\n", *out, err)
			return exitFail
		}
		if ctx.Err() != nil {
			fmt.Fprintf(stderr, "goscipy bench: interrupted while writing; nothing written to %s\n", *out)
			return exitInterrupted
		}
		if err := file.Commit(); err != nil {
			fmt.Fprintf(stderr, "goscipy bench: writing %s: %v\n", *out, err)
			return exitFail
		}
	}
	writeSummary(stdout, doc)
	switch {
	case *quiet:
	case file != nil:
		fmt.Fprintf(stderr, "goscipy bench: wrote %s\n", *out)
	default:
		fmt.Fprintln(stderr, "goscipy bench: no -o given, the JSON document was not saved")
	}
	return exitOK
}

// parseThreads reads "1,2,N": positive counts, N (or all) meaning ncpu.
// Empty means the library's current count.
func parseThreads(s string, current, ncpu int) ([]int, error) {
	if strings.TrimSpace(s) == "" {
		return []int{max(current, 1)}, nil
	}
	var out []int
	seen := map[int]bool{}
	for _, f := range strings.Split(s, ",") {
		f = strings.TrimSpace(f)
		var n int
		switch strings.ToLower(f) {
		case "n", "all", "max":
			n = ncpu
		default:
			v, err := strconv.Atoi(f)
			if err != nil || v < 1 {
				return nil, fmt.Errorf("-threads: %q is not a positive count or N", f)
			}
			n = v
		}
		if seen[n] {
			return nil, fmt.Errorf("-threads: %d appears twice", n)
		}
		seen[n] = true
		out = append(out, n)
	}
	return out, nil
}

// defaultLabel names a run by what decides its speed: "OpenBLAS 0.3.21
// pthreads".
func defaultLabel(b benchfmt.BLAS) string {
	return strings.Join(strings.Fields(b.Vendor+" "+b.Version+" "+b.Parallel), " ")
}
