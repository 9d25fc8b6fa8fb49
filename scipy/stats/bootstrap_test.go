package stats

import (
	"errors"
	"math"
	"math/rand/v2"
	"slices"
	"sort"
	"testing"
)

func bootMean(s [][]float64) float64 { return mean(s[0]) }

func bootNormal(r *rand.Rand, n int, mu float64) []float64 {
	x := make([]float64, n)
	for i := range x {
		x[i] = mu + r.NormFloat64()
	}
	return x
}

// TestBootstrapCoverage draws normal samples and checks that each
// method's 90% interval for the mean covers the true mean in 80%–97% of
// 150 trials (the binomial standard error at 0.9 is 0.025; bootstrap
// intervals of n = 30 under-cover slightly).
func TestBootstrapCoverage(t *testing.T) {
	for _, method := range []string{"percentile", "basic", "BCa"} {
		r := rand.New(rand.NewPCG(11, 12))
		const trials = 150
		hit := 0
		for range trials {
			x := bootNormal(r, 30, 2)
			res, err := Bootstrap([][]float64{x}, bootMean, &BootstrapOptions{NResamples: 400, ConfidenceLevel: 0.9, Method: method, Rand: r})
			if err != nil {
				t.Fatal(err)
			}
			if res.ConfidenceInterval.Low <= 2 && 2 <= res.ConfidenceInterval.High {
				hit++
			}
		}
		if c := float64(hit) / trials; c < 0.8 || c > 0.97 {
			t.Errorf("%s: coverage %v, want about 0.9", method, c)
		}
	}
}

// TestBootstrapProperties checks determinism for a fixed seed, the
// percentile and basic intervals against the returned distribution, the
// standard error, paired resampling keeping pairs, and that the caller's
// data are never modified (the statistic sorts its input in place).
func TestBootstrapProperties(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	x := bootNormal(r, 25, 0)
	orig := slices.Clone(x)
	med := func(s [][]float64) float64 {
		sort.Float64s(s[0]) // modifies its input: must not reach x
		return s[0][len(s[0])/2]
	}
	a, err := Bootstrap([][]float64{x}, med, &BootstrapOptions{NResamples: 300, Method: "percentile", Rand: rand.New(rand.NewPCG(5, 5))})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(x, orig) {
		t.Fatal("Bootstrap modified the caller's data")
	}
	b, _ := Bootstrap([][]float64{x}, med, &BootstrapOptions{NResamples: 300, Method: "percentile", Rand: rand.New(rand.NewPCG(5, 5))})
	if !slices.Equal(a.BootstrapDistribution, b.BootstrapDistribution) || a.ConfidenceInterval != b.ConfidenceInterval {
		t.Error("same seed gave different results")
	}
	c, _ := Bootstrap([][]float64{x}, med, &BootstrapOptions{NResamples: 300, Method: "percentile", Rand: rand.New(rand.NewPCG(6, 5))})
	if slices.Equal(a.BootstrapDistribution, c.BootstrapDistribution) {
		t.Error("different seeds gave the same distribution")
	}
	if len(a.BootstrapDistribution) != 300 {
		t.Errorf("distribution has %d values, want 300", len(a.BootstrapDistribution))
	}
	s := slices.Clone(a.BootstrapDistribution)
	sort.Float64s(s)
	if lo, hi := percentile(s, 2.5, "linear"), percentile(s, 97.5, "linear"); a.ConfidenceInterval != (ConfidenceInterval{lo, hi}) {
		t.Errorf("percentile interval %v, quantiles of the distribution [%v, %v]", a.ConfidenceInterval, lo, hi)
	}
	if se := math.Sqrt(variance(s, 1)); math.Abs(a.StandardError-se) > 1e-15*se {
		t.Errorf("StandardError %v, std of the distribution %v", a.StandardError, se)
	}
	basic, _ := Bootstrap([][]float64{x}, med, &BootstrapOptions{NResamples: 300, Method: "basic", Rand: rand.New(rand.NewPCG(5, 5))})
	th := med([][]float64{slices.Clone(x)})
	if want := (ConfidenceInterval{2*th - a.ConfidenceInterval.High, 2*th - a.ConfidenceInterval.Low}); basic.ConfidenceInterval != want {
		t.Errorf("basic interval %v, want the reflected percentile one %v", basic.ConfidenceInterval, want)
	}
	// Paired: y = 2x elementwise must survive resampling.
	y := make([]float64, len(x))
	for i := range y {
		y[i] = 2 * x[i]
	}
	broken := func(s [][]float64) float64 {
		n := 0.0
		for i := range s[0] {
			if s[1][i] != 2*s[0][i] {
				n++
			}
		}
		return n
	}
	p, err := Bootstrap([][]float64{x, y}, broken, &BootstrapOptions{NResamples: 200, Paired: true, Method: "percentile", Rand: r})
	if err != nil {
		t.Fatal(err)
	}
	if slices.Max(p.BootstrapDistribution) != 0 {
		t.Error("paired resampling broke pairs")
	}
	u, _ := Bootstrap([][]float64{x, y}, broken, &BootstrapOptions{NResamples: 200, Method: "percentile", Rand: r})
	if slices.Max(u.BootstrapDistribution) == 0 {
		t.Error("unpaired resampling kept every pair")
	}
	// Degenerate BCa (constant data): NaN bounds, as SciPy (with its
	// DegenerateDataWarning).
	d, err := Bootstrap([][]float64{{3, 3, 3, 3}}, bootMean, &BootstrapOptions{NResamples: 50, Rand: r})
	if err != nil || !math.IsNaN(d.ConfidenceInterval.Low) || !math.IsNaN(d.ConfidenceInterval.High) {
		t.Errorf("BCa on constant data: %v, %v; want NaN bounds", d.ConfidenceInterval, err)
	}
	if d.StandardError != 0 {
		t.Errorf("constant data: StandardError = %v, want 0", d.StandardError)
	}
	// A NaN statistic gives NaN bounds.
	nanStat := func([][]float64) float64 { return math.NaN() }
	if n, err := Bootstrap([][]float64{x}, nanStat, &BootstrapOptions{NResamples: 20, Method: "percentile", Rand: r}); err != nil || !math.IsNaN(n.ConfidenceInterval.Low) {
		t.Errorf("NaN statistic: %v, %v; want NaN bounds", n.ConfidenceInterval, err)
	}
}

// TestBootstrapErrors checks every invalid input gives the documented
// kind of error, and that a panicking statistic is returned as ErrValue.
func TestBootstrapErrors(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 1))
	x := []float64{1, 2, 3, 4}
	cases := []struct {
		name string
		data [][]float64
		stat func([][]float64) float64
		opts *BootstrapOptions
		kind Kind
	}{
		{"no samples", nil, bootMean, &BootstrapOptions{Rand: r}, ErrEmpty},
		{"empty sample", [][]float64{x, {}}, bootMean, &BootstrapOptions{Rand: r}, ErrEmpty},
		{"one observation", [][]float64{{1}}, bootMean, &BootstrapOptions{Rand: r}, ErrValue},
		{"paired lengths", [][]float64{x, {1, 2}}, bootMean, &BootstrapOptions{Paired: true, Rand: r}, ErrShape},
		{"nil statistic", [][]float64{x}, nil, &BootstrapOptions{Rand: r}, ErrValue},
		{"nil opts", [][]float64{x}, bootMean, nil, ErrValue},
		{"level", [][]float64{x}, bootMean, &BootstrapOptions{ConfidenceLevel: 1, Rand: r}, ErrValue},
		{"method", [][]float64{x}, bootMean, &BootstrapOptions{Method: "studentized", Rand: r}, ErrValue},
		{"negative resamples", [][]float64{x}, bootMean, &BootstrapOptions{NResamples: -1, Rand: r}, ErrValue},
		{"too many resamples", [][]float64{x}, bootMean, &BootstrapOptions{NResamples: MaxResamples + 1, Rand: r}, ErrValue},
		{"panic", [][]float64{x}, func(s [][]float64) float64 { return s[5][0] }, &BootstrapOptions{NResamples: 10, Rand: r}, ErrValue},
	}
	for _, c := range cases {
		_, err := Bootstrap(c.data, c.stat, c.opts)
		if !errors.Is(err, c.kind) {
			t.Errorf("%s: err = %v, want kind %v", c.name, err, c.kind)
		}
	}
	_, err := Bootstrap([][]float64{x}, func([][]float64) float64 { panic("boom") }, &BootstrapOptions{Rand: r})
	var e *Error
	if !errors.As(err, &e) || e.Arg != "statistic" {
		t.Errorf("panicking statistic: %v, want an error naming the statistic", err)
	}
}
