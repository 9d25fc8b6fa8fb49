package fftw

import (
	"slices"
	"strings"
	"testing"
)

func TestLibraryInfo(t *testing.T) {
	infos := LibraryInfo()
	if len(infos) != 2 {
		t.Fatalf("LibraryInfo returned %d entries, want 2", len(infos))
	}
	for i, want := range []struct{ lib, prec string }{{"fftw3", "double"}, {"fftw3f", "single"}} {
		in := infos[i]
		t.Logf("%+v", in)
		if in.Library != want.lib || in.Precision != want.prec {
			t.Errorf("entry %d: %s/%s, want %s/%s", i, in.Library, in.Precision, want.lib, want.prec)
		}
		if !strings.HasPrefix(in.Version, "fftw-3.") {
			t.Errorf("%s Version = %q, want fftw-3.*", in.Library, in.Version)
		}
		if in.CC == "" {
			t.Errorf("%s CC is empty", in.Library)
		}
		for _, s := range in.SIMDInUse {
			// Codelets can only use SIMD that was compiled in.
			if !slices.ContainsFunc(in.SIMD, func(c string) bool { return strings.HasPrefix(s, c) || strings.HasPrefix(c, s) }) {
				t.Errorf("%s: codelets use %q, not among the compiled-in %v", in.Library, s, in.SIMD)
			}
		}
	}
	if infos[0].AlignmentModulus != AlignmentModulus[float64]() || infos[1].AlignmentModulus != AlignmentModulus[float32]() {
		t.Errorf("Alignment fields %d, %d differ from AlignmentModulus()", infos[0].AlignmentModulus, infos[1].AlignmentModulus)
	}
	if Version() != infos[0].Version {
		t.Errorf("Version() = %q, want %q", Version(), infos[0].Version)
	}
	infos[0].SIMD = append(infos[0].SIMD[:0], "changed")
	if slices.Contains(LibraryInfo()[0].SIMD, "changed") {
		t.Errorf("LibraryInfo returns shared slices")
	}
}

func TestSIMDParsing(t *testing.T) {
	for v, want := range map[string][]string{
		"fftw-3.3.10-sse2-avx":                          {"sse2", "avx"},
		"fftw-3.3.10-fma-sse2-avx-avx2-avx2_128-avx512": {"sse2", "avx", "avx2", "avx2_128", "avx512"},
		"fftw-3.3.10":                                   nil,
		"fftw-3.3.10-neon":                              {"neon"},
	} {
		if got := simdOfVersion(v); !slices.Equal(got, want) {
			t.Errorf("simdOfVersion(%q) = %q, want %q", v, got, want)
		}
	}
	desc := `(dft-ct-dit/32
  (dftw-direct-32/16 "t3fv_32_avx")
  (dft-direct-32-x32 "n2fv_32_avx2_128")
  (dft-direct-5 "n1_5"))`
	if got, want := simdOfPlan(desc), []string{"avx", "avx2_128"}; !slices.Equal(got, want) {
		t.Errorf("simdOfPlan = %q, want %q", got, want)
	}
}
