package stats

import (
	"errors"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"
)

// TestKSBadInput checks that invalid options, nil functions, empty samples
// and NaN under NanRaise are errors of the right kind naming the argument.
func TestKSBadInput(t *testing.T) {
	x := []float64{0.1, 0.5, 0.7}
	id := func(v float64) float64 { return v }
	norm, _ := NewNorm(0, 1)
	nanX := []float64{0.1, math.NaN()}
	cases := []struct {
		name string
		err  func() error
		kind Kind
		arg  string
	}{
		{"1samp alternative", func() error { _, e := KS1Samp(x, id, &KSOptions{Alternative: "both"}); return e }, ErrValue, "opts.Alternative"},
		{"1samp method", func() error { _, e := KS1Samp(x, id, &KSOptions{Method: "perm"}); return e }, ErrValue, "opts.Method"},
		{"1samp policy", func() error { _, e := KS1Samp(x, id, &KSOptions{NanPolicy: "drop"}); return e }, ErrValue, "opts.NanPolicy"},
		{"1samp nil cdf", func() error { _, e := KS1Samp(x, nil, nil); return e }, ErrValue, "cdf"},
		{"1samp empty", func() error { _, e := KS1Samp(nil, id, nil); return e }, ErrEmpty, "x"},
		{"1samp all NaN omitted", func() error {
			_, e := KS1Samp([]float64{math.NaN()}, id, &KSOptions{NanPolicy: NanOmit})
			return e
		}, ErrEmpty, "x"},
		{"1samp raise", func() error { _, e := KS1Samp(nanX, id, &KSOptions{NanPolicy: NanRaise}); return e }, ErrValue, "x"},
		{"kstest nil dist", func() error { _, e := KSTest(x, nil, nil); return e }, ErrValue, "dist"},
		{"kstest empty", func() error { _, e := KSTest([]float64{}, norm, nil); return e }, ErrEmpty, "x"},
		{"2samp approx", func() error { _, e := KS2Samp(x, x, &KSOptions{Method: "approx"}); return e }, ErrValue, "opts.Method"},
		{"2samp alternative", func() error { _, e := KS2Samp(x, x, &KSOptions{Alternative: "lower"}); return e }, ErrValue, "opts.Alternative"},
		{"2samp empty a", func() error { _, e := KS2Samp(nil, x, nil); return e }, ErrEmpty, "a"},
		{"2samp empty b", func() error { _, e := KS2Samp(x, []float64{}, nil); return e }, ErrEmpty, "b"},
		{"2samp raise", func() error { _, e := KS2Samp(x, nanX, &KSOptions{NanPolicy: NanRaise}); return e }, ErrValue, "b"},
	}
	for _, c := range cases {
		err := c.err()
		var e *Error
		if !errors.Is(err, c.kind) || !errors.As(err, &e) || e.Arg != c.arg {
			t.Errorf("%s: got %v, want a %v error on %q", c.name, err, c.kind, c.arg)
		}
	}
}

// TestKSNaN checks NaN handling: a NaN in the data propagates to every
// field by default, NanOmit gives the result without it, and a CDF
// returning NaN gives a NaN statistic and p-value.
func TestKSNaN(t *testing.T) {
	id := func(v float64) float64 { return v }
	x := []float64{0.3, math.NaN(), 0.9, 0.1, 0.45}
	clean := []float64{0.3, 0.9, 0.1, 0.45}
	y := []float64{0.2, 0.8, 0.5}
	isNaN := func(r KSResult) bool {
		return math.IsNaN(r.Statistic) && math.IsNaN(r.PValue) && math.IsNaN(r.StatisticLocation) && r.StatisticSign == 0
	}
	if r, err := KS1Samp(x, id, nil); err != nil || !isNaN(r) {
		t.Errorf("KS1Samp propagate: got %+v, %v; want all NaN", r, err)
	}
	if r, err := KS2Samp(y, x, nil); err != nil || !isNaN(r) {
		t.Errorf("KS2Samp propagate: got %+v, %v; want all NaN", r, err)
	}
	for _, alt := range []Alternative{TwoSided, Less, Greater} {
		got, err1 := KS1Samp(x, id, &KSOptions{NanPolicy: NanOmit, Alternative: alt})
		want, err2 := KS1Samp(clean, id, &KSOptions{Alternative: alt})
		if err1 != nil || err2 != nil || got != want {
			t.Errorf("KS1Samp omit %s: got %+v, want %+v", alt, got, want)
		}
		got, err1 = KS2Samp(x, y, &KSOptions{NanPolicy: NanOmit, Alternative: alt})
		want, err2 = KS2Samp(clean, y, &KSOptions{Alternative: alt})
		if err1 != nil || err2 != nil || got != want {
			t.Errorf("KS2Samp omit %s: got %+v, want %+v", alt, got, want)
		}
	}
	nanCDF := func(v float64) float64 {
		if v > 0.5 {
			return math.NaN()
		}
		return v
	}
	for _, alt := range []Alternative{TwoSided, Less, Greater} {
		r, err := KS1Samp(clean, nanCDF, &KSOptions{Alternative: alt})
		if err != nil || !math.IsNaN(r.Statistic) || !math.IsNaN(r.PValue) {
			t.Errorf("KS1Samp NaN cdf %s: got %+v, %v; want NaN statistic and p-value", alt, r, err)
		}
	}
}

// TestKSInputsUnchanged checks that the samples are not sorted in place.
func TestKSInputsUnchanged(t *testing.T) {
	a := []float64{0.9, 0.1, 0.5, 0.3}
	b := []float64{0.7, 0.2, 0.6}
	a0, b0 := slices.Clone(a), slices.Clone(b)
	KS1Samp(a, func(v float64) float64 { return v }, nil)
	KS2Samp(a, b, nil)
	if !slices.Equal(a, a0) || !slices.Equal(b, b0) {
		t.Errorf("inputs modified: %v %v", a, b)
	}
}

// TestKS2SampSymmetry checks the two-sample test's symmetries: swapping
// the samples keeps the two-sided result (with the sign flipped) and swaps
// Less and Greater.
func TestKS2SampSymmetry(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for _, sz := range [][2]int{{7, 7}, {9, 13}, {40, 31}} {
		a, b := make([]float64, sz[0]), make([]float64, sz[1])
		for i := range a {
			a[i] = r.NormFloat64()
		}
		for i := range b {
			b[i] = r.NormFloat64() + 0.4
		}
		for _, m := range []string{"exact", "asymp"} {
			ab, _ := KS2Samp(a, b, &KSOptions{Method: m})
			ba, _ := KS2Samp(b, a, &KSOptions{Method: m})
			if ab.Statistic != ba.Statistic || ab.PValue != ba.PValue || ab.StatisticSign != -ba.StatisticSign {
				t.Errorf("%v %s two-sided: %+v vs swapped %+v", sz, m, ab, ba)
			}
			g, _ := KS2Samp(a, b, &KSOptions{Method: m, Alternative: Greater})
			l, _ := KS2Samp(b, a, &KSOptions{Method: m, Alternative: Less})
			if g.Statistic != l.Statistic || g.PValue != l.PValue {
				t.Errorf("%v %s: greater %+v vs swapped less %+v", sz, m, g, l)
			}
		}
	}
}

// TestKS2SampExactEnumeration checks the exact two-sample p-values
// against a brute-force count over every arrangement of n1 + n2 distinct
// values (binom(n1+n2, n1) equally likely orderings under the null).
func TestKS2SampExactEnumeration(t *testing.T) {
	for _, sz := range [][2]int{{3, 5}, {4, 6}, {5, 5}, {2, 9}} {
		n1, n2 := sz[0], sz[1]
		n := n1 + n2
		// Each arrangement is a bit mask: bit i set means the i-th
		// smallest value belongs to sample a. The statistics are
		// integers in units of 1/(n1·n2).
		type stat struct{ plus, minus int }
		var all []stat
		for mask := 0; mask < 1<<n; mask++ {
			if popcount(mask) != n1 {
				continue
			}
			i, j, s := 0, 0, stat{}
			for k := range n {
				if mask>>k&1 == 1 {
					i++
				} else {
					j++
				}
				d := i*n2 - j*n1
				s.plus, s.minus = max(s.plus, d), max(s.minus, -d)
			}
			all = append(all, s)
		}
		for idx, obs := range all {
			if idx%3 != 0 { // a third of the arrangements keeps it fast
				continue
			}
			var a, b []float64
			mask := 0
			for m, c := 0, 0; m < 1<<n; m++ {
				if popcount(m) == n1 {
					if c == idx {
						mask = m
						break
					}
					c++
				}
			}
			for k := range n {
				if mask>>k&1 == 1 {
					a = append(a, float64(k))
				} else {
					b = append(b, float64(k))
				}
			}
			var cnt2, cntG, cntL int
			d2 := max(obs.plus, obs.minus)
			for _, s := range all {
				if max(s.plus, s.minus) >= d2 {
					cnt2++
				}
				if s.plus >= obs.plus {
					cntG++
				}
				if s.minus >= obs.minus {
					cntL++
				}
			}
			total := float64(len(all))
			for _, c := range []struct {
				alt  Alternative
				want float64
			}{{TwoSided, float64(cnt2) / total}, {Greater, float64(cntG) / total}, {Less, float64(cntL) / total}} {
				r, err := KS2Samp(a, b, &KSOptions{Method: "exact", Alternative: c.alt})
				// Exact rational probabilities computed by a
				// handful of floating-point operations: 1e-13.
				if err != nil || math.Abs(r.PValue-c.want) > 1e-13*c.want {
					t.Errorf("%v %s a=%v: p = %v, %v; want %v", sz, c.alt, a, r.PValue, err, c.want)
				}
			}
		}
	}
}

// TestKSKolmognProperties checks the finite-n distribution of D_n: CDF +
// SF = 1 where both come from the same algorithm (to rounding), monotone
// in x, and the boundaries 0 below 1/(2n) and 1 at x = 1. For n > 140 and
// n·x² ≥ 2.2 SciPy takes the SF from 2·Smirnov and the CDF from the
// Pelz–Good series, which differ by up to ~1e-8, so the sum is not
// checked there.
func TestKSKolmognProperties(t *testing.T) {
	for _, n := range []int{1, 2, 7, 60, 140, 141, 1000, 5000} {
		prev := 0.0
		for i := 1; i < 200; i++ {
			x := float64(i) / 200
			c, s := ksKolmogn(n, x, true), ksKolmogn(n, x, false)
			split := n > 140 && float64(n)*x*x >= 2.2
			if !split && math.Abs(c+s-1) > 1e-12 {
				t.Errorf("n=%d x=%v: cdf %v + sf %v != 1", n, x, c, s)
			}
			// The algorithms switch along x; allow rounding-level dips.
			if c < prev-1e-13 {
				t.Errorf("n=%d x=%v: cdf %v decreases from %v", n, x, c, prev)
			}
			prev = c
		}
		if c := ksKolmogn(n, 0.49/float64(n), true); c != 0 {
			t.Errorf("n=%d: cdf below 1/(2n) = %v, want 0", n, c)
		}
		if c := ksKolmogn(n, 1, true); c != 1 {
			t.Errorf("n=%d: cdf(1) = %v, want 1", n, c)
		}
	}
	if !math.IsNaN(ksKolmogn(0, 0.5, true)) || !math.IsNaN(ksTwoSF(math.NaN(), 5)) {
		t.Errorf("n = 0 or x = NaN must give NaN")
	}
}

// ksBenchData is a reproducible sample of n standard normal values.
func ksBenchData(n int, seed uint64, shift float64) []float64 {
	r := rand.New(rand.NewPCG(seed, 1))
	x := make([]float64, n)
	for i := range x {
		x[i] = r.NormFloat64() + shift
	}
	return x
}

func BenchmarkKS1Samp(b *testing.B) {
	norm, _ := NewNorm(0, 1)
	for _, n := range []int{100, 10000} {
		x := ksBenchData(n, 1, 0.05)
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			for b.Loop() {
				KS1Samp(x, norm.CDF, nil)
			}
		})
	}
}

func BenchmarkKS2Samp(b *testing.B) {
	for _, n := range []int{100, 10000} {
		x, y := ksBenchData(n, 1, 0), ksBenchData(n-1, 2, 0.05)
		for _, m := range []string{"exact", "asymp"} {
			b.Run(strconv.Itoa(n)+"/"+m, func(b *testing.B) {
				for b.Loop() {
					KS2Samp(x, y, &KSOptions{Method: m})
				}
			})
		}
	}
}

// TestKSConcurrent runs the tests from several goroutines on shared
// inputs (run under -race): each must give the serial result.
func TestKSConcurrent(t *testing.T) {
	a, b := ksBenchData(300, 5, 0), ksBenchData(250, 6, 0.2)
	norm, _ := NewNorm(0, 1)
	want2, _ := KS2Samp(a, b, nil)
	want1, _ := KSTest(a, norm, nil)
	errs := make(chan string, 16)
	done := make(chan struct{})
	for range 8 {
		go func() {
			defer func() { done <- struct{}{} }()
			if r, _ := KS2Samp(a, b, nil); r != want2 {
				errs <- "KS2Samp differs"
			}
			if r, _ := KSTest(a, norm, nil); r != want1 {
				errs <- "KSTest differs"
			}
		}()
	}
	for range 8 {
		<-done
	}
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
