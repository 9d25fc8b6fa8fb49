package main

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"

	"github.com/goscipy/goscipy/cblas"
	"github.com/goscipy/goscipy/fftw"
	"github.com/goscipy/goscipy/internal/benchfmt"
	"github.com/goscipy/goscipy/internal/sysinfo"
	"github.com/goscipy/goscipy/lapacke"
)

// extraEnv are variables reported beside cblas.Info's: the loader's, Go's
// and FFTW-adjacent ones that change which code runs or how it is timed.
var extraEnv = []string{"LD_LIBRARY_PATH", "LD_PRELOAD", "GOMAXPROCS", "GODEBUG", "OMP_PROC_BIND", "OMP_PLACES", "BLIS_ARCH_TYPE"}

// gatherInfo collects everything `goscipy info` reports, without the
// self-tests (runChecks adds those).
func gatherInfo() benchfmt.Info {
	m := sysinfo.Read()
	bi := cblas.Info()
	major, minor, patch := lapacke.Version()
	in := benchfmt.Info{
		Goscipy: buildInfo(),
		System: benchfmt.System{
			OS: m.OS.Name, Kernel: m.OS.Kernel, SysVendor: m.OS.SysVendor, Product: m.OS.Product,
			CPUQuota: m.OS.CPUQuota, Load: [3]float64{m.Load.Avg1, m.Load.Avg5, m.Load.Avg15},
		},
		CPU: benchfmt.CPU{
			Vendor: m.CPU.Vendor, Model: m.CPU.Model, Family: m.CPU.Family, ModelNumber: m.CPU.ModelNumber,
			Stepping: m.CPU.Stepping, MHz: m.CPU.MHz, LogicalCPUs: m.CPU.LogicalCPUs,
			PhysicalCores: m.CPU.PhysicalCores, Sockets: m.CPU.Sockets, Hypervisor: m.CPU.Hypervisor,
			Features: m.CPU.FeatureSet(), Flags: m.CPU.Flags,
		},
		Memory: benchfmt.Memory{TotalBytes: m.Memory.TotalBytes, AvailableBytes: m.Memory.AvailableBytes},
		BLAS: benchfmt.BLAS{
			Vendor: bi.Vendor, Version: bi.Version, Config: bi.Config, CoreType: bi.CoreType,
			Parallel: bi.Parallel, Threads: bi.Threads, NumProcs: bi.NumProcs, Library: bi.Library,
			LAPACKVersion: bi.LAPACKVersion, LAPACKLibrary: bi.LAPACKLibrary,
		},
		LAPACKE: benchfmt.LAPACKE{Version: fmt.Sprintf("%d.%d.%d", major, minor, patch)},
	}
	for _, c := range m.Caches {
		in.CPU.Caches = append(in.CPU.Caches, benchfmt.Cache{Level: c.Level, Type: c.Type, SizeBytes: c.SizeBytes, LineBytes: c.LineBytes, SharedWith: c.SharedWith})
	}
	mapped := sysinfo.MappedLibraries(os.DirFS("/"))
	in.Libraries = libraryPackages(mapped)
	for _, f := range fftw.LibraryInfo() {
		threadsLib := "libfftw3_threads"
		if f.Precision == "single" {
			threadsLib = "libfftw3f_threads"
		}
		in.FFTW = append(in.FFTW, benchfmt.FFTW{
			Library: f.Library, Precision: f.Precision, Version: f.Version, CC: f.CC,
			SIMD: f.SIMD, SIMDInUse: f.SIMDInUse, Threads: hasLibrary(mapped, threadsLib),
		})
	}
	seen := map[string]bool{}
	for _, e := range bi.Env {
		in.Env = append(in.Env, benchfmt.EnvVar{Name: e.Name, Value: e.Value, Set: e.Set})
		seen[e.Name] = true
	}
	for _, name := range extraEnv {
		if seen[name] {
			continue
		}
		v, ok := os.LookupEnv(name)
		in.Env = append(in.Env, benchfmt.EnvVar{Name: name, Value: v, Set: ok})
	}
	return in
}

func buildInfo() benchfmt.Build {
	b := benchfmt.Build{
		Version: "(unknown)", GoVersion: runtime.Version(), GOOS: runtime.GOOS, GOARCH: runtime.GOARCH,
		GOMAXPROCS: runtime.GOMAXPROCS(0), NumCPU: runtime.NumCPU(),
	}
	if bi, ok := debug.ReadBuildInfo(); ok {
		b.Version = bi.Main.Version
		for _, s := range bi.Settings {
			if s.Key == "vcs.revision" {
				b.Revision = s.Value
			}
		}
	}
	return b
}

// hasLibrary reports whether a mapped path's file name starts with prefix
// followed by ".so" ("libfftw3_threads" matches libfftw3_threads.so.3.6.10).
func hasLibrary(paths []string, prefix string) bool {
	for _, p := range paths {
		if strings.HasPrefix(filepath.Base(p), prefix+".so") {
			return true
		}
	}
	return false
}
