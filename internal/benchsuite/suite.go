package benchsuite

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// Suite is a named set of cases and the repetition policy for each.
type Suite struct {
	Name  string
	Cases []Case
	// Warmup untimed calls precede the timed ones. Timed calls continue
	// until at least MinReps have run and either Target time has
	// accumulated or MaxReps have run.
	Warmup  int
	MinReps int
	MaxReps int
	Target  time.Duration
}

// Case is one kernel at a list of sizes.
type Case struct {
	Kernel string
	Sizes  []int
}

// Count is the number of (kernel, size) cases in the suite, per thread
// count.
func (s Suite) Count() int {
	n := 0
	for _, c := range s.Cases {
		n += len(c.Sizes)
	}
	return n
}

func cases(blas3, blas2, dot, lu, eig, fft []int) []Case {
	return []Case{
		{"dgemm", blas3}, {"dgemv", blas2}, {"ddot", dot}, {"dtrsm", blas3}, {"dsyrk", blas3},
		{"dgetrf+dgetrs", lu}, {"dpotrf", lu}, {"dgeqrf", lu},
		{"dgesdd", eig}, {"dsyevd", eig}, {"dgeev", eig},
		{"fft_c2c", fft}, {"fft_r2c", fft},
	}
}

// scipyCases are the safe-API workloads (scipy.go) at the given sizes:
// points for the special functions, lengths for the FFT, orders for Solve.
func scipyCases(special, fft, solve []int) []Case {
	return []Case{
		{"special_ndtr", special}, {"special_gammainc", special},
		{"fft_rfft", fft}, {"linalg_solve", solve},
		{"stats_mannwhitneyu", special[:min(len(special), 2)]},
	}
}

// suites are the built-in suites. quick is sized to finish in well under a
// minute on a loaded two-core machine with OpenBLAS, and to stay bounded on
// the reference BLAS (each case stops after MinReps once calls get slow).
// test is a strict subset of quick, small enough for `go test`.
var suites = []Suite{
	{
		Name: "test",
		Cases: []Case{
			{"dgemm", []int{64}}, {"ddot", []int{4096}}, {"dgetrf+dgetrs", []int{64}},
			{"dsyevd", []int{64}}, {"fft_c2c", []int{256}},
			{"special_ndtr", []int{4096}}, {"fft_rfft", []int{256}}, {"linalg_solve", []int{32}},
			{"stats_mannwhitneyu", []int{4096}},
		},
		Warmup: 1, MinReps: 2, MaxReps: 3, Target: 10 * time.Millisecond,
	},
	{
		Name: "quick",
		Cases: append(cases(
			[]int{64, 256, 512}, []int{256, 1024, 2048}, []int{4096, 65536, 1 << 20},
			[]int{64, 256, 512}, []int{64, 128, 256}, []int{256, 4096, 65536, 1 << 20},
		), scipyCases([]int{4096, 1 << 20}, []int{256, 4096, 1 << 20}, []int{32, 100, 1000})...),
		Warmup: 1, MinReps: 3, MaxReps: 50, Target: 150 * time.Millisecond,
	},
	{
		Name: "standard",
		Cases: append(cases(
			[]int{64, 256, 512, 1024, 2048}, []int{256, 1024, 2048, 4096}, []int{4096, 65536, 1 << 20, 1 << 23},
			[]int{64, 256, 512, 1024, 2048}, []int{64, 128, 256, 512, 1024}, []int{256, 4096, 65536, 1 << 20, 1 << 22},
		), scipyCases([]int{1 << 16, 1 << 20}, []int{256, 4096, 65536, 1 << 20}, []int{10, 100, 1000})...),
		Warmup: 1, MinReps: 5, MaxReps: 100, Target: 500 * time.Millisecond,
	},
	{
		Name: "full",
		Cases: append(cases(
			[]int{32, 64, 128, 256, 512, 1024, 2048, 4096}, []int{64, 256, 1024, 2048, 4096, 8192}, []int{1024, 4096, 65536, 1 << 20, 1 << 23, 1 << 25},
			[]int{32, 64, 128, 256, 512, 1024, 2048, 4096}, []int{32, 64, 128, 256, 512, 1024, 2048}, []int{64, 256, 1024, 4096, 16384, 65536, 1 << 18, 1 << 20, 1 << 22, 1 << 24},
		), scipyCases([]int{1 << 10, 1 << 16, 1 << 20, 1 << 22}, []int{64, 1024, 65536, 1 << 20, 1 << 22}, []int{10, 100, 1000, 2000})...),
		Warmup: 2, MinReps: 10, MaxReps: 200, Target: time.Second,
	},
}

// Names lists the built-in suites.
func Names() []string {
	var out []string
	for _, s := range suites {
		out = append(out, s.Name)
	}
	return out
}

// Lookup returns the built-in suite called name.
func Lookup(name string) (Suite, error) {
	for _, s := range suites {
		if s.Name == name {
			return s, nil
		}
	}
	return Suite{}, fmt.Errorf("no suite %q (suites: %s)", name, strings.Join(Names(), ", "))
}

// Only returns a copy of s restricted to the named kernels (all when
// names is empty). It fails on a name that is not a kernel of s.
func (s Suite) Only(names []string) (Suite, error) {
	if len(names) == 0 {
		return s, nil
	}
	out := s
	out.Cases = nil
	for _, name := range names {
		i := slices.IndexFunc(s.Cases, func(c Case) bool { return c.Kernel == name })
		if i < 0 {
			var known []string
			for _, c := range s.Cases {
				known = append(known, c.Kernel)
			}
			return Suite{}, fmt.Errorf("suite %s has no kernel %q (kernels: %s)", s.Name, name, strings.Join(known, ", "))
		}
		out.Cases = append(out.Cases, s.Cases[i])
	}
	return out, nil
}
