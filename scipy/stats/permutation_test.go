package stats

import (
	"errors"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

func permDiffMeans(s [][]float64) float64 { return mean(s[0]) - mean(s[1]) }

// TestPermutationTestMonteCarlo checks the randomized test against the
// exact one on the same data (3432, 4096 and 14400 permutations): the
// Monte Carlo p-value of 3000 permutations must be within 5 binomial
// standard errors of the exact one, never below 1/(NResamples+1), and
// reproducible for a fixed seed; for every permutation type.
func TestPermutationTestMonteCarlo(t *testing.T) {
	r := rand.New(rand.NewPCG(21, 22))
	dot := func(s [][]float64) float64 { // needs the pairing
		var c float64
		for i := range s[0] {
			c += s[0][i] * s[1][i]
		}
		return c
	}
	for _, c := range []struct {
		ptype string
		n     int
		stat  func([][]float64) float64
	}{
		{"independent", 7, permDiffMeans},
		{"samples", 12, permDiffMeans},
		{"pairings", 5, dot},
	} {
		x := bootNormal(r, c.n, 0.8)
		y := bootNormal(r, c.n, 0)
		for _, alt := range []Alternative{TwoSided, Less, Greater} {
			exact, err := PermutationTest([][]float64{x, y}, c.stat, &PermutationTestOptions{PermutationType: c.ptype, NResamples: 20000, Alternative: alt})
			if err != nil {
				t.Fatal(err)
			}
			const n = 3000
			opts := &PermutationTestOptions{PermutationType: c.ptype, NResamples: n, Alternative: alt, Rand: rand.New(rand.NewPCG(7, 8))}
			mc, err := PermutationTest([][]float64{x, y}, c.stat, opts)
			if err != nil {
				t.Fatal(err)
			}
			opts.Rand = rand.New(rand.NewPCG(7, 8))
			mc2, _ := PermutationTest([][]float64{x, y}, c.stat, opts)
			if mc.PValue != mc2.PValue || !slices.Equal(mc.NullDistribution, mc2.NullDistribution) {
				t.Errorf("%s/%s: same seed gave different results", c.ptype, alt)
			}
			if len(mc.NullDistribution) != n || len(exact.NullDistribution) <= n {
				t.Errorf("%s/%s: null distributions have %d (random) and %d (exact) values", c.ptype, alt, len(mc.NullDistribution), len(exact.NullDistribution))
			}
			p := exact.PValue
			se := math.Sqrt(math.Max(p*(1-p), 0.01) / n)
			if alt == TwoSided {
				se *= 2
			}
			if math.Abs(mc.PValue-p) > 5*se+2.0/n {
				t.Errorf("%s/%s: Monte Carlo p = %v, exact %v", c.ptype, alt, mc.PValue, p)
			}
			if mc.PValue < 1.0/(n+1) {
				t.Errorf("%s/%s: Monte Carlo p = %v below 1/(n+1)", c.ptype, alt, mc.PValue)
			}
		}
	}
	// The number of enumerated permutations of an exact test.
	for _, c := range []struct {
		ptype string
		data  [][]float64
		want  int
	}{
		{"independent", [][]float64{{1, 2}, {3, 4, 5}, {6, 7}}, 210}, // 7!/(2! 3! 2!)
		{"samples", [][]float64{{1, 2, 3}}, 8},
		{"samples", [][]float64{{1, 2}, {3, 4}, {5, 6}}, 36},
		{"pairings", [][]float64{{1, 2, 3}, {4, 5, 6}}, 36},
	} {
		res, err := PermutationTest(c.data, func(s [][]float64) float64 { return s[0][0] }, &PermutationTestOptions{PermutationType: c.ptype})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.NullDistribution) != c.want {
			t.Errorf("%s %v: %d permutations, want %d", c.ptype, c.data, len(res.NullDistribution), c.want)
		}
	}
}

// TestPermutationTestErrors checks every invalid input gives the
// documented kind of error, and a panicking statistic ErrValue.
func TestPermutationTestErrors(t *testing.T) {
	x, y := []float64{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}, []float64{2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13}
	r := rand.New(rand.NewPCG(1, 1))
	cases := []struct {
		name string
		data [][]float64
		stat func([][]float64) float64
		opts *PermutationTestOptions
		kind Kind
	}{
		{"one sample independent", [][]float64{x}, permDiffMeans, nil, ErrValue},
		{"empty sample", [][]float64{x, {}}, permDiffMeans, nil, ErrEmpty},
		{"one observation", [][]float64{x, {1}}, permDiffMeans, nil, ErrValue},
		{"samples lengths", [][]float64{x, y[:3]}, permDiffMeans, &PermutationTestOptions{PermutationType: "samples", Rand: r}, ErrShape},
		{"pairings lengths", [][]float64{x, y[:3]}, permDiffMeans, &PermutationTestOptions{PermutationType: "pairings", Rand: r}, ErrShape},
		{"type", [][]float64{x, y}, permDiffMeans, &PermutationTestOptions{PermutationType: "blocks"}, ErrValue},
		{"alternative", [][]float64{x, y}, permDiffMeans, &PermutationTestOptions{Alternative: "both"}, ErrValue},
		{"nil statistic", [][]float64{x, y}, nil, nil, ErrValue},
		{"nil Rand when random", [][]float64{x, y}, permDiffMeans, nil, ErrValue},
		{"resamples", [][]float64{x, y}, permDiffMeans, &PermutationTestOptions{NResamples: -2, Rand: r}, ErrValue},
		{"too many resamples", [][]float64{x, y}, permDiffMeans, &PermutationTestOptions{NResamples: MaxResamples + 1, Rand: r}, ErrValue},
		{"panic", [][]float64{x, y}, func(s [][]float64) float64 { panic("boom") }, &PermutationTestOptions{NResamples: 10, Rand: r}, ErrValue},
	}
	for _, c := range cases {
		_, err := PermutationTest(c.data, c.stat, c.opts)
		if !errors.Is(err, c.kind) {
			t.Errorf("%s: err = %v, want kind %v", c.name, err, c.kind)
		}
	}
	// Exact tests need no Rand; inputs are not modified by a statistic
	// that sorts in place.
	a, b := []float64{3, 1, 2}, []float64{9, 7}
	sorter := func(s [][]float64) float64 { slices.Sort(s[0]); return s[0][0] }
	if _, err := PermutationTest([][]float64{a, b}, sorter, nil); err != nil {
		t.Errorf("exact test without Rand: %v", err)
	}
	if !slices.Equal(a, []float64{3, 1, 2}) {
		t.Error("PermutationTest modified the caller's data")
	}
}

// TestMonteCarloTest checks MonteCarloTest statistically: a normal sample
// against normal draws is not rejected, a shifted one gets the smallest
// possible p-value 2/(n+1) (two-sided); results repeat for a fixed seed; a
// NaN statistic compares false; and invalid inputs give errors.
func TestMonteCarloTest(t *testing.T) {
	r := rand.New(rand.NewPCG(31, 32))
	rvs := func(r *rand.Rand, n int) []float64 { return bootNormal(r, n, 0) }
	mu := func(x []float64) float64 { return mean(x) }
	x := bootNormal(r, 40, 0)
	res, err := MonteCarloTest(x, rvs, mu, &MonteCarloTestOptions{NResamples: 2000, Rand: rand.New(rand.NewPCG(1, 2))})
	if err != nil {
		t.Fatal(err)
	}
	// Exact reference: the mean of 40 standard normals is N(0, 1/40).
	z := res.Statistic * math.Sqrt(40)
	p := normPValue(z, TwoSided)
	if math.Abs(res.PValue-p) > 5*2*math.Sqrt(p*(1-p)/2000)+0.002 {
		t.Errorf("p = %v, exact %v", res.PValue, p)
	}
	again, _ := MonteCarloTest(x, rvs, mu, &MonteCarloTestOptions{NResamples: 2000, Rand: rand.New(rand.NewPCG(1, 2))})
	if again.PValue != res.PValue || !slices.Equal(again.NullDistribution, res.NullDistribution) {
		t.Error("same seed gave different results")
	}
	shifted := bootNormal(r, 40, 3)
	s, _ := MonteCarloTest(shifted, rvs, mu, &MonteCarloTestOptions{NResamples: 999, Rand: r})
	if s.PValue != 2.0/1000 {
		t.Errorf("shifted sample: p = %v, want 2/1000", s.PValue)
	}
	g, _ := MonteCarloTest(shifted, rvs, mu, &MonteCarloTestOptions{NResamples: 999, Alternative: Less, Rand: r})
	if g.PValue != 1 {
		t.Errorf("shifted sample, less: p = %v, want 1", g.PValue)
	}
	nan, _ := MonteCarloTest(x, rvs, func([]float64) float64 { return math.NaN() }, &MonteCarloTestOptions{NResamples: 99, Rand: r})
	if nan.PValue != 2.0/100 {
		t.Errorf("NaN statistic: p = %v, want 2/100 (NaN compares false)", nan.PValue)
	}
	short := func(r *rand.Rand, n int) []float64 { return make([]float64, n-1) }
	for name, c := range map[string]struct {
		sample []float64
		rvs    func(*rand.Rand, int) []float64
		stat   func([]float64) float64
		opts   *MonteCarloTestOptions
		kind   Kind
	}{
		"empty":      {nil, rvs, mu, &MonteCarloTestOptions{Rand: r}, ErrEmpty},
		"nil rvs":    {x, nil, mu, &MonteCarloTestOptions{Rand: r}, ErrValue},
		"nil stat":   {x, rvs, nil, &MonteCarloTestOptions{Rand: r}, ErrValue},
		"nil Rand":   {x, rvs, mu, nil, ErrValue},
		"alt":        {x, rvs, mu, &MonteCarloTestOptions{Alternative: "up", Rand: r}, ErrValue},
		"resamples":  {x, rvs, mu, &MonteCarloTestOptions{NResamples: MaxResamples + 1, Rand: r}, ErrValue},
		"short rvs":  {x, short, mu, &MonteCarloTestOptions{Rand: r}, ErrShape},
		"rvs panics": {x, func(*rand.Rand, int) []float64 { panic("boom") }, mu, &MonteCarloTestOptions{Rand: r}, ErrValue},
	} {
		_, err := MonteCarloTest(c.sample, c.rvs, c.stat, c.opts)
		if !errors.Is(err, c.kind) {
			t.Errorf("%s: err = %v, want kind %v", name, err, c.kind)
		}
	}
}
