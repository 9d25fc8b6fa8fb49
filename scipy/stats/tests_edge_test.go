package stats

import (
	"errors"
	"math"
	"slices"
	"sync"
	"testing"
)

// TestHypothesisBadInput checks the errors of the tests: unknown options
// and shapes are errors naming the argument; SciPy's raising cases are
// errors too.
func TestHypothesisBadInput(t *testing.T) {
	x := []float64{1, 2, 3, 4, 5, 6, 7, 8, 9}
	y := []float64{2, 1, 4, 3, 6, 5, 8, 7, 10}
	alt := Alternative("both")
	cases := map[string]struct {
		err  error
		kind Kind
	}{
		"TTest1Samp alternative": {func() error { _, e := TTest1Samp(x, 0, &TTestOptions{Alternative: alt}); return e }(), ErrValue},
		"TTestRel lengths":       {func() error { _, e := TTestRel(x, y[:3], nil); return e }(), ErrShape},
		"TTestInd policy":        {func() error { _, e := TTestInd(x, y, &TTestIndOptions{NanPolicy: "drop"}); return e }(), ErrValue},
		"MannWhitneyU method":    {func() error { _, e := MannWhitneyU(x, y, &MannWhitneyUOptions{Method: "perm"}); return e }(), ErrValue},
		"MannWhitneyU empty":     {func() error { _, e := MannWhitneyU(nil, y, nil); return e }(), ErrEmpty},
		"Wilcoxon zero method":   {func() error { _, e := Wilcoxon(x, y, &WilcoxonOptions{ZeroMethod: "drop"}); return e }(), ErrValue},
		"Wilcoxon lengths":       {func() error { _, e := Wilcoxon(x, y[:2], nil); return e }(), ErrShape},
		"Wilcoxon all zero":      {func() error { _, e := Wilcoxon(x, x, &WilcoxonOptions{Method: "approx"}); return e }(), ErrValue},
		"FOneway one sample":     {func() error { _, e := FOneway(x); return e }(), ErrValue},
		"Levene center":          {func() error { _, e := Levene([][]float64{x, y}, &LeveneOptions{Center: "mode"}); return e }(), ErrValue},
		"Kruskal identical":      {func() error { _, e := Kruskal([][]float64{{1, 1}, {1, 1}}, nil); return e }(), ErrValue},
		"Friedman lengths":       {func() error { _, e := FriedmanChiSquare(x, y, x[:3]); return e }(), ErrShape},
		"SkewTest small":         {func() error { _, e := SkewTest(x[:7], nil); return e }(), ErrValue},
		"KurtosisTest small":     {func() error { _, e := KurtosisTest(x[:4], nil); return e }(), ErrValue},
		"JarqueBera empty":       {func() error { _, e := JarqueBera(nil, nil); return e }(), ErrEmpty},
		"ChiSquare sums":         {func() error { _, e := ChiSquare(x[:3], &ChiSquareOptions{FExp: []float64{1, 1, 1}}); return e }(), ErrValue},
		"PearsonR short":         {func() error { _, e := PearsonR(x[:1], y[:1], nil); return e }(), ErrValue},
		"LinRegress constant x":  {func() error { _, e := LinRegress([]float64{1, 1, 1}, y[:3], nil); return e }(), ErrValue},
		"BinomTest k":            {func() error { _, e := BinomTest(11, 10, 0.5, nil); return e }(), ErrValue},
		"BinomTest p":            {func() error { _, e := BinomTest(1, 10, 1.5, nil); return e }(), ErrValue},
		"KendallTau variant":     {func() error { _, e := KendallTau(x, y, &KendallTauOptions{Variant: "a"}); return e }(), ErrValue},
		"KendallTau exact ties": {func() error {
			_, e := KendallTau([]float64{1, 1, 2}, y[:3], &KendallTauOptions{Method: "exact"})
			return e
		}(), ErrValue},
		"FisherExact negative":   {func() error { _, e := FisherExact([2][2]int{{1, -1}, {2, 3}}, nil); return e }(), ErrValue},
		"Chi2Contingency ragged": {func() error { _, e := Chi2Contingency([][]float64{{1, 2}, {3}}, nil); return e }(), ErrShape},
		"Chi2Contingency zero":   {func() error { _, e := Chi2Contingency([][]float64{{0, 0}, {3, 4}}, nil); return e }(), ErrValue},
		"Entropy base":           {func() error { _, e := Entropy(x, &EntropyOptions{Base: -2}); return e }(), ErrValue},
		"Wasserstein empty":      {func() error { _, e := WassersteinDistance(nil, y, nil); return e }(), ErrEmpty},
		"Energy weights":         {func() error { _, e := EnergyDistance(x, y, &DistanceOptions{UWeights: []float64{1}}); return e }(), ErrShape},
	}
	for name, c := range cases {
		if !errors.Is(c.err, c.kind) {
			t.Errorf("%s: error %v, want %v", name, c.err, c.kind)
		}
	}
}

// TestHypothesisEdges checks SciPy's NaN results: a NaN propagates, a
// constant sample has no correlation, a one-element sample no t statistic.
func TestHypothesisEdges(t *testing.T) {
	nan := math.NaN()
	if r, err := TTest1Samp([]float64{1}, 0, nil); err != nil || !math.IsNaN(r.Statistic) || !math.IsNaN(r.PValue) {
		t.Errorf("TTest1Samp of one value: %+v, %v", r, err)
	}
	if r, err := TTestInd([]float64{1, nan}, []float64{2, 3}, nil); err != nil || !math.IsNaN(r.PValue) {
		t.Errorf("TTestInd with NaN: %+v, %v", r, err)
	}
	if r, err := PearsonR([]float64{1, 1, 1}, []float64{1, 2, 3}, nil); err != nil || !math.IsNaN(r.Statistic) {
		t.Errorf("PearsonR of a constant: %+v, %v", r, err)
	}
	if r, err := MannWhitneyU([]float64{1, nan}, []float64{2, 3}, nil); err != nil || !math.IsNaN(r.PValue) {
		t.Errorf("MannWhitneyU with NaN: %+v, %v", r, err)
	}
	if r, err := Wilcoxon(nil, nil, nil); err != nil || !math.IsNaN(r.PValue) {
		t.Errorf("Wilcoxon of nothing: %+v, %v", r, err)
	}
	// p-values are probabilities whatever the data.
	r, _ := BinomTest(5, 10, 0.5, nil)
	if r.PValue != 1 {
		t.Errorf("BinomTest at the mean: p = %v, want 1", r.PValue)
	}
}

// TestMWUExactDistribution checks the exact null distribution of U
// against a direct enumeration of every assignment of ranks for small
// sizes: P(U ≥ k) is the fraction of the C(m+n, m) subsets of ranks for x
// whose U is at least k.
func TestMWUExactDistribution(t *testing.T) {
	for _, mn := range [][2]int{{1, 1}, {2, 3}, {3, 3}, {4, 2}, {5, 4}} {
		m, n := mn[0], mn[1]
		counts := make([]int, m*n+1)
		total := 0
		// Enumerate subsets of {0..m+n-1} of size m as bit masks.
		for mask := 0; mask < 1<<(m+n); mask++ {
			if popcount(mask) != m {
				continue
			}
			// U = Σ ranks of x - m(m+1)/2, ranks 1-based.
			u := 0
			for b := 0; b < m+n; b++ {
				if mask&(1<<b) != 0 {
					u += b + 1
				}
			}
			counts[u-m*(m+1)/2]++
			total++
		}
		for k := 0; k <= m*n; k++ {
			ge := 0
			for u := k; u <= m*n; u++ {
				ge += counts[u]
			}
			want := float64(ge) / float64(total)
			if got := mwuSF(k, m, n); math.Abs(got-want) > 1e-15 {
				t.Errorf("m=%d n=%d: P(U ≥ %d) = %v, enumeration %v", m, n, k, got, want)
			}
		}
	}
}

func popcount(v int) int {
	c := 0
	for ; v != 0; v &= v - 1 {
		c++
	}
	return c
}

// TestConcurrentHypothesisTests runs the tests on shared samples from 16
// goroutines and checks they are unchanged and the results stable.
func TestConcurrentHypothesisTests(t *testing.T) {
	x := []float64{1.2, 3.4, 2.2, 5.1, 0.3, 2.8, 4.4, 3.9, 1.7, 2.5}
	y := []float64{2.0, 2.9, 2.1, 4.8, 1.1, 3.5, 4.0, 4.2, 1.0, 3.1}
	x0, y0 := slices.Clone(x), slices.Clone(y)
	want, _ := MannWhitneyU(x, y, nil)
	var wg sync.WaitGroup
	for range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 50 {
				got, _ := MannWhitneyU(x, y, nil)
				if got != want && !(math.IsNaN(got.DF) && math.IsNaN(want.DF) && got.Statistic == want.Statistic && got.PValue == want.PValue) {
					t.Errorf("MannWhitneyU = %+v, serial %+v", got, want)
					return
				}
				TTestInd(x, y, nil)
				Wilcoxon(x, y, nil)
				Kruskal([][]float64{x, y}, nil)
				PearsonR(x, y, nil)
			}
		}()
	}
	wg.Wait()
	if !slices.Equal(x, x0) || !slices.Equal(y, y0) {
		t.Error("samples modified")
	}
}

// TestShapiroProperties checks Shapiro–Wilk beyond the golden data: W is
// in (0, 1]; a sample of exact normal quantiles is accepted; a markedly
// skewed sample of the same size is rejected; zero range gives W = p = 1;
// and the result does not depend on the order or location of the data.
func TestShapiroProperties(t *testing.T) {
	n := 200
	normal, skewed := make([]float64, n), make([]float64, n)
	for i := range n {
		q := (float64(i) + 0.5) / float64(n)
		normal[i] = -math.Sqrt2 * math.Erfcinv(2*q)
		skewed[i] = math.Exp(2 * normal[i])
	}
	r, err := Shapiro(normal, nil)
	if err != nil || !(r.Statistic > 0.99 && r.Statistic <= 1) || r.PValue < 0.5 {
		t.Errorf("normal quantiles: %+v, %v", r, err)
	}
	r2, _ := Shapiro(skewed, nil)
	if !(r2.PValue < 1e-10) {
		t.Errorf("lognormal quantiles: p = %v, want tiny", r2.PValue)
	}
	rev := slices.Clone(normal)
	slices.Reverse(rev)
	for i := range rev {
		rev[i] += 1e3
	}
	r3, _ := Shapiro(rev, nil)
	if math.Abs(r3.Statistic-r.Statistic) > 1e-12 || math.Abs(r3.PValue-r.PValue) > 1e-9 {
		t.Errorf("shifted and reversed: %+v, original %+v", r3, r)
	}
	if r4, err := Shapiro([]float64{2, 2, 2, 2}, nil); err != nil || r4.Statistic != 1 || r4.PValue != 1 {
		t.Errorf("constant data: %+v, %v", r4, err)
	}
	if _, err := Shapiro([]float64{1, 2}, nil); !errors.Is(err, ErrValue) {
		t.Errorf("two values: error %v, want ErrValue", err)
	}
}

// TestAndersonBadInput checks Anderson's errors: an unsupported
// distribution, too few observations, NaN.
func TestAndersonBadInput(t *testing.T) {
	for _, c := range []struct {
		x    []float64
		dist string
	}{{[]float64{1, 2, 3}, "weibull"}, {[]float64{1}, "norm"}, {[]float64{1, math.NaN(), 3}, "norm"}} {
		if _, err := Anderson(c.x, c.dist); !errors.Is(err, ErrValue) {
			t.Errorf("Anderson(%v, %q): error %v, want ErrValue", c.x, c.dist, err)
		}
	}
}

// TestTTestConfidenceInterval checks the interval's edges: an invalid
// level is an error, a NaN result gives a NaN interval, one-sided
// alternatives have an infinite end, and the two-sided interval at level 0
// collapses onto the mean.
func TestTTestConfidenceInterval(t *testing.T) {
	x := []float64{1.2, 0.4, 2.2, 1.9, 0.8, 1.5}
	r, err := TTest1Samp(x, 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := r.ConfidenceInterval(1.5); !errors.Is(err, ErrValue) {
		t.Errorf("level 1.5: error %v, want ErrValue", err)
	}
	m := mean(x)
	if lo, hi, _ := r.ConfidenceInterval(0); math.Abs(lo-m) > 1e-15 || math.Abs(hi-m) > 1e-15 {
		t.Errorf("level 0: [%v, %v], want the mean %v", lo, hi, m)
	}
	rl, _ := TTest1Samp(x, 0, &TTestOptions{Alternative: Less})
	if lo, hi, _ := rl.ConfidenceInterval(0.9); !math.IsInf(lo, -1) || !(hi > m) {
		t.Errorf("less: [%v, %v]", lo, hi)
	}
	rn, _ := TTest1Samp([]float64{1}, 0, nil)
	if lo, hi, err := rn.ConfidenceInterval(0.95); err != nil || !math.IsNaN(lo) || !math.IsNaN(hi) {
		t.Errorf("one observation: [%v, %v], %v; want NaN", lo, hi, err)
	}
}
