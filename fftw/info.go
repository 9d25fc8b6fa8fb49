package fftw

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"
)

// Info describes one FFTW library as it identifies itself at run time.
type Info struct {
	Library      string // "fftw3" (double) or "fftw3f" (single)
	Precision    string // "double" or "single"
	Version      string // fftw_version, e.g. "fftw-3.3.10-sse2-avx"
	CC           string // fftw_cc: the compiler and flags FFTW was built with
	CodeletOptim string // fftw_codelet_optim: extra codelet build options, often ""
	// SIMD lists the SIMD extensions compiled in, from the suffixes of
	// Version ("sse2", "avx", "avx2-avx2_128", "avx512", …); FFTW uses
	// those the CPU supports.
	SIMD []string
	// SIMDInUse lists the SIMD suffixes of the codelets FFTW picks for a
	// 1024-point complex transform on this CPU ("avx"), empty if it picks
	// scalar code only.
	SIMDInUse []string
	// AlignmentModulus is the modulus of fftw_alignment_of in bytes
	// (see AlignmentModulus): 16 with SIMD on x86-64.
	AlignmentModulus int
}

// LibraryInfo returns the Info of the double-precision library (fftw3)
// followed by the single-precision one (fftw3f). The first call makes two
// small Estimate plans to find the codelets in use.
func LibraryInfo() []Info {
	infoOnce.Do(func() {
		infos = []Info{info64(), info32()}
		descs := []string{sampleDescription64(), sampleDescription32()}
		for i := range infos {
			infos[i].SIMD = simdOfVersion(infos[i].Version)
			infos[i].SIMDInUse = simdOfPlan(descs[i])
		}
	})
	out := slices.Clone(infos)
	for i := range out {
		out[i].SIMD = slices.Clone(out[i].SIMD)
		out[i].SIMDInUse = slices.Clone(out[i].SIMDInUse)
	}
	return out
}

var (
	infoOnce sync.Once
	infos    []Info
)

// Version returns the double-precision library's fftw_version string, for
// example "fftw-3.3.10-sse2-avx".
func Version() string {
	return info64().Version
}

// simdOfVersion splits the suffixes FFTW appends to its version for each
// SIMD extension it was configured with (api/version.c): "fftw-3.3.10-sse2-avx"
// gives ["sse2", "avx"]. "fma" is a compiler option, not SIMD, and is left
// out.
func simdOfVersion(v string) []string {
	parts := strings.Split(v, "-")
	if len(parts) < 3 {
		return nil
	}
	var simd []string
	for _, p := range parts[2:] {
		if p != "fma" {
			simd = append(simd, p)
		}
	}
	return simd
}

// codeletName matches a codelet in fftw_sprint_plan output, as
// "n2fv_32_avx" or "t1fuv_9_avx2_128": kind, size, SIMD suffix.
var codeletName = regexp.MustCompile(`"[a-z0-9]+_[0-9]+_([a-z0-9_]+)"`)

// simdOfPlan returns the sorted, distinct SIMD suffixes of the codelets in a
// plan description.
func simdOfPlan(desc string) []string {
	var simd []string
	for _, m := range codeletName.FindAllStringSubmatch(desc, -1) {
		if !slices.Contains(simd, m[1]) {
			simd = append(simd, m[1])
		}
	}
	slices.Sort(simd)
	return simd
}

// SetTimeLimit bounds the time FFTW spends making one plan with Measure,
// Patient or Exhaustive (fftw_set_timelimit, for both libraries); FFTW then
// returns the best plan found so far. A negative d removes the limit, the
// default. Estimate and WisdomOnly planning ignore it. The limit is
// process-global and applies to plans made after the call.
func SetTimeLimit(d time.Duration) {
	seconds := -1.0 // FFTW_NO_TIMELIMIT
	if d >= 0 {
		seconds = d.Seconds()
	}
	planner.Lock()
	setTimeLimit64(seconds)
	setTimeLimit32(seconds)
	planner.Unlock()
}
