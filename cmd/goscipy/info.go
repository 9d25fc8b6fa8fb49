package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/goscipy/goscipy/cblas"
	"github.com/goscipy/goscipy/internal/benchfmt"
	"github.com/goscipy/goscipy/lapacke"
)

// runInfo reports the machine, the Go runtime and the native libraries the
// process actually runs on, runs quick self-tests of those libraries, and
// exits 1 when one fails.
func runInfo(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("info", stderr)
	asJSON := fs.Bool("json", false, "print the report as JSON (the \"info\" object of bench documents)")
	quiet := fs.Bool("q", false, "print nothing unless a check fails (for container health checks)")
	var want expectation
	fs.StringVar(&want.vendor, "expect-vendor", "", "fail unless the BLAS vendor is `name` (OpenBLAS, BLIS, reference, MKL)")
	fs.StringVar(&want.version, "expect-version", "", "fail unless the BLAS vendor reports `version`")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: goscipy info [-json] [-q] [-expect-vendor name] [-expect-version v]")
		fmt.Fprintln(fs.Output(), "\nExit status 1 when a self-test fails: a library that loads but is not the")
		fmt.Fprintln(fs.Output(), "one chosen, computes wrong results or is not the expected vendor. A library")
		fmt.Fprintln(fs.Output(), "that is missing stops the dynamic loader before goscipy starts; check for")
		fmt.Fprintln(fs.Output(), "that with: bash scripts/install-deps.sh --check build")
		fs.PrintDefaults()
	}
	if code := parseFlags(fs, args); code >= 0 {
		return code
	}
	in := gatherInfo()
	runChecks(&in, want)
	failed := in.Failed()
	switch {
	case *asJSON:
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(in); err != nil {
			fmt.Fprintf(stderr, "goscipy info: %v\n", err)
			return exitFail
		}
	case *quiet:
		for _, c := range failed {
			fmt.Fprintf(stderr, "goscipy info: %s failed: %s\n  fix: %s\n", c.Name, c.Detail, c.Fix)
		}
	default:
		writeInfo(stdout, in)
	}
	if len(failed) > 0 {
		if !*quiet {
			fmt.Fprintf(stderr, "goscipy info: %d check(s) failed\n", len(failed))
		}
		return exitFail
	}
	return exitOK
}

// printInfo prints the short BLAS/LAPACK block that demo starts with.
func printInfo(w io.Writer) {
	fmt.Fprint(w, cblas.Info())
	major, minor, patch := lapacke.Version()
	fmt.Fprintf(w, "%-15s %d.%d.%d (LAPACKE_ilaver)\n", "LAPACKE:", major, minor, patch)
}

// writeInfo prints the report as "name: value" lines, grouped: machine,
// native libraries (in cblas.VendorInfo's layout), mapped libraries, the
// environment and the checks.
func writeInfo(w io.Writer, in benchfmt.Info) {
	line := func(name, format string, args ...any) {
		v := fmt.Sprintf(format, args...)
		if strings.TrimSpace(v) == "" {
			v = "-"
		}
		fmt.Fprintf(w, "%-15s %s\n", name+":", v)
	}
	more := func(format string, args ...any) { fmt.Fprintf(w, "%-15s %s\n", "", fmt.Sprintf(format, args...)) }

	g := in.Goscipy
	line("goscipy", "%s, %s %s/%s, GOMAXPROCS %d", strings.TrimSpace(g.Version+" "+g.Revision), g.GoVersion, g.GOOS, g.GOARCH, g.GOMAXPROCS)
	s := in.System
	line("system", "%s, kernel %s", s.OS, s.Kernel)
	if s.SysVendor != "" || s.Product != "" {
		more("machine: %s %s", s.SysVendor, s.Product)
	}
	if s.CPUQuota != "" {
		more("cgroup cpu.max: %s", s.CPUQuota)
	}
	more("load average: %.2f %.2f %.2f", s.Load[0], s.Load[1], s.Load[2])
	c := in.CPU
	line("CPU", "%s (%s family %d model %d stepping %d), %.0f MHz", c.Model, c.Vendor, c.Family, c.ModelNumber, c.Stepping, c.MHz)
	vm := ""
	if c.Hypervisor {
		vm = ", virtual machine"
	}
	more("%d logical CPUs, %d cores, %d socket(s)%s", c.LogicalCPUs, c.PhysicalCores, c.Sockets, vm)
	line("features", "%s", strings.Join(c.Features, " "))
	var caches []string
	for _, k := range c.Caches {
		caches = append(caches, fmt.Sprintf("L%d%s %s", k.Level, cacheSuffix(k.Type), bytesIEC(k.SizeBytes)))
	}
	line("caches", "%s", strings.Join(caches, ", "))
	line("memory", "%s total, %s available", bytesIEC(in.Memory.TotalBytes), bytesIEC(in.Memory.AvailableBytes))

	b := in.BLAS
	line("BLAS vendor", "%s %s", b.Vendor, b.Version)
	line("library", "%s", b.Library)
	line("config", "%s", b.Config)
	line("core type", "%s", b.CoreType)
	line("parallel", "%s", b.Parallel)
	line("threads", "%d (processors: %d)", b.Threads, b.NumProcs)
	lapack := b.LAPACKVersion
	if b.LAPACKLibrary != "" {
		lapack += " (" + b.LAPACKLibrary + ")"
	}
	line("LAPACK", "%s", lapack)
	line("LAPACKE", "%s (LAPACKE_ilaver)", in.LAPACKE.Version)
	for i, f := range in.FFTW {
		print := line
		if i > 0 {
			print = func(_ string, format string, args ...any) { more(format, args...) }
		}
		threads := "no threads library"
		if f.Threads {
			threads = "threads library loaded"
		}
		print("FFTW", "%s (%s; SIMD in use: %s; %s)", f.Version, f.Precision, orNone(f.SIMDInUse), threads)
	}
	fmt.Fprintln(w, "libraries:")
	for _, l := range in.Libraries {
		pkg := "(no Debian package)"
		if l.Package != "" {
			pkg = l.Package + " " + l.PackageVersion
		}
		fmt.Fprintf(w, "  %s  %s\n", l.Path, pkg)
	}
	fmt.Fprintln(w, "environment:")
	for _, e := range in.Env {
		if e.Set {
			fmt.Fprintf(w, "  %s=%s\n", e.Name, e.Value)
		} else {
			fmt.Fprintf(w, "  %s (unset)\n", e.Name)
		}
	}
	fmt.Fprintln(w, "checks:")
	for _, k := range in.Checks {
		status := "ok  "
		switch {
		case !k.OK:
			status = "FAIL"
		case k.Warn:
			status = "warn"
		}
		fmt.Fprintf(w, "  %s %-14s %s\n", status, k.Name, k.Detail)
		if !k.OK && k.Fix != "" {
			fmt.Fprintf(w, "       %-14s fix: %s\n", "", k.Fix)
		}
	}
}

func cacheSuffix(t string) string {
	switch t {
	case "Data":
		return "d"
	case "Instruction":
		return "i"
	}
	return ""
}

func orNone(s []string) string {
	if len(s) == 0 {
		return "none"
	}
	return strings.Join(s, " ")
}

// bytesIEC formats a byte count with binary prefixes: 48 KiB, 2.0 MiB.
func bytesIEC(n int64) string {
	const unit = 1024
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	div, exp := int64(unit), 0
	for m := n / unit; m >= unit; m /= unit {
		div *= unit
		exp++
	}
	v := float64(n) / float64(div)
	if v == float64(int64(v)) {
		return fmt.Sprintf("%d %ciB", int64(v), "KMGTPE"[exp])
	}
	return fmt.Sprintf("%.1f %ciB", v, "KMGTPE"[exp])
}
