package stats

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"sync"
	"testing"

	"github.com/goscipy/goscipy/internal/golden"
)

// cvmCase is one call of testdata/stats/cvm.json
// (scripts/golden/stats_cvm.py).
type cvmCase struct {
	Func  string                     `json:"func"`
	X     []golden.Float             `json:"x"`
	Y     []golden.Float             `json:"y"`
	Args  map[string]json.RawMessage `json:"args"`
	Raw   map[string]json.RawMessage `json:"want"`
	Exact *golden.Float              `json:"exact_pvalue"`
	// Grid is the maximum over 200001 nuisance values of the p-value
	// function of BarnardExact and BoschlooExact.
	Grid *golden.Float `json:"grid_pvalue"`
	// MP is PoissonMeansTest's p-value with mpmath's probabilities.
	MP *golden.Float `json:"mp_pvalue"`
	// CountsExact says whether SciPy's single-precision Ansari–Bradley
	// counts are all below 2^24 (and so exact).
	CountsExact bool `json:"scipy_counts_exact"`
}

func (c cvmCase) str(name string) string {
	var s string
	if raw, ok := c.Args[name]; ok {
		if err := json.Unmarshal(raw, &s); err != nil {
			panic(err)
		}
	}
	return s
}

// cvmRun calls the Go function of the case.
func cvmRun(t *testing.T, c cvmCase) (TestResult, error) {
	x, y := golden.Floats(c.X), golden.Floats(c.Y)
	switch c.Func {
	case "cramervonmises":
		var p []float64
		if err := json.Unmarshal(c.Args["params"], &p); err != nil {
			t.Fatal(err)
		}
		var d Continuous
		var err error
		switch c.str("dist") {
		case "norm":
			d, err = NewNorm(p[0], p[1])
		case "uniform":
			d, err = NewUniform(p[0], p[1])
		case "expon":
			d, err = NewExpon(p[0], p[1])
		case "gamma":
			d, err = NewGamma(p[0], p[1], p[2])
		default:
			t.Fatalf("unknown distribution %q", c.str("dist"))
		}
		if err != nil {
			t.Fatal(err)
		}
		return CramerVonMises(x, d.CDF)
	case "cramervonmises_2samp":
		return CramerVonMises2Samp(x, y, &CramerVonMises2SampOptions{Method: c.str("method")})
	case "poisson_means_test":
		var k1, k2 int
		var n1, n2, diff float64
		for name, v := range map[string]any{"k1": &k1, "k2": &k2, "n1": &n1, "n2": &n2, "diff": &diff} {
			if err := json.Unmarshal(c.Args[name], v); err != nil {
				t.Fatal(err)
			}
		}
		return PoissonMeansTest(k1, n1, k2, n2, &PoissonMeansTestOptions{Diff: diff, Alternative: Alternative(c.str("alternative"))})
	case "barnard_exact", "boschloo_exact":
		var tab [2][2]int
		if err := json.Unmarshal(c.Args["table"], &tab); err != nil {
			t.Fatal(err)
		}
		alt := Alternative(c.str("alternative"))
		if c.Func == "boschloo_exact" {
			return BoschlooExact(tab, &BoschlooExactOptions{Alternative: alt})
		}
		pooled := true
		if raw, ok := c.Args["pooled"]; ok {
			if err := json.Unmarshal(raw, &pooled); err != nil {
				t.Fatal(err)
			}
		}
		return BarnardExact(tab, &BarnardExactOptions{Alternative: alt, Unpooled: !pooled})
	case "ansari":
		return Ansari(x, y, &AnsariOptions{Alternative: Alternative(c.str("alternative"))})
	}
	t.Fatalf("unknown function %q", c.Func)
	return TestResult{}, nil
}

// cvmWithin reports whether got is within rel of want, or within abs of
// it in absolute terms; NaN matches NaN and infinities must be equal.
func cvmWithin(got, want, rel, abs float64) bool {
	if math.IsNaN(want) || math.IsInf(want, 0) {
		return got == want || (math.IsNaN(got) && math.IsNaN(want))
	}
	d := math.Abs(got - want)
	return d <= rel*math.Abs(want) || d <= abs
}

// TestCVMAnsariGolden checks CramerVonMises, CramerVonMises2Samp and
// Ansari against SciPy 1.10.1 and, for Ansari's exact branch, against the
// exact p-value counted with Python integers.
//
// Tolerances:
//   - statistics, and the p-values of Ansari's normal approximation and
//     of PoissonMeansTest: 1e-11 relative (the package's default for
//     tests; PoissonMeansTest's terms are Poisson probabilities, which
//     SciPy forms as exp(k·log μ - lgamma(k+1) - μ) with a relative error
//     near |k·log μ|·ε, about 1e-12 for the counts near 2000 in the
//     file, where Loader's form used here is accurate to ~1e-15);
//   - BarnardExact and BoschlooExact p-values: 1e-9 relative against
//     SciPy (SciPy's maximum over the nuisance parameter comes from shgo's
//     local search, whose stopping rule can leave the maximizer off by
//     ~1e-6 and the p-value by ~1e-10 relative, the square of that times
//     the curvature; in the file the two agree to 1.3e-13, looser than
//     the brief's 1e-6 would allow); against the maximum over 200001
//     equally spaced nuisance values, at least that maximum (to 1e-12)
//     and above it by at most 1e-8 relative (the grid step 5e-6 can miss
//     the top of a peak of log-curvature N/(π(1-π)) by about
//     N/(π(1-π))·(2.5e-6)²/2 ≈ 2e-9 for the largest table, N = 180);
//   - PoissonMeansTest p-values against the same sum with mpmath's
//     probabilities: 1e-13 relative (a compensated sum of terms each
//     accurate to ~1e-15);
//   - Cramér–von Mises p-values (one and two samples): 1e-11 relative or
//     1e-14 absolute, because the p-value is 1 - CDF with the CDF a sum
//     of Bessel-function terms each with ~1e-15 relative error (our Kv
//     against AMOS), so the error is absolute, about 2e-15 in the file,
//     and p-values near 1e-10 keep fewer than 11 digits in either
//     implementation (the exact two-sample p-values, ratios of integer
//     counts, agree to the last bits);
//   - Ansari exact p-values: 1e-13 relative to the exact value; against
//     SciPy, 1e-11 where SciPy's float32 counts are exact (all below 2^24)
//     and 1e-6 otherwise (AS 93 rounds each count to 24 bits and carries
//     the rounding through its recursion; the largest difference in the
//     file is 1.2e-7, at sizes 54 and 54).
func TestCVMAnsariGolden(t *testing.T) {
	f := golden.Load[cvmCase](t, "stats/cvm.json")
	var maxStat, maxP, maxAbsP, maxExact, maxPoisson, maxPoissonMP, maxShgo, maxGrid float64
	for i, c := range f.Cases {
		args, _ := json.Marshal(c.Args)
		name := fmt.Sprintf("%d/%s/n=%d,m=%d/%s", i, c.Func, len(c.X), len(c.Y), args)
		got, err := cvmRun(t, c)
		if _, raised := c.Raw["error"]; raised {
			var e *Error
			if !errors.As(err, &e) {
				t.Errorf("%s: got %v, %v; want an *Error (SciPy raises)", name, got, err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		var stat, pv golden.Float
		if err := json.Unmarshal(c.Raw["statistic"], &stat); err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(c.Raw["pvalue"], &pv); err != nil {
			t.Fatal(err)
		}
		ws, wp := float64(stat), float64(pv)
		if !cvmWithin(got.Statistic, ws, 1e-11, 0) {
			t.Errorf("%s: Statistic = %v, want %v", name, got.Statistic, ws)
		}
		maxStat = max(maxStat, golden.RelErr(got.Statistic, ws))
		relP, absP := 1e-11, 0.0
		switch {
		case c.Func == "cramervonmises" || c.Func == "cramervonmises_2samp":
			absP = 1e-14
		case c.Exact != nil && !c.CountsExact:
			relP = 1e-6
		case c.Grid != nil:
			relP = 1e-9
		}
		if !cvmWithin(got.PValue, wp, relP, absP) {
			t.Errorf("%s: PValue = %v, want %v (SciPy)", name, got.PValue, wp)
		}
		if absP > 0 {
			maxAbsP = max(maxAbsP, math.Abs(got.PValue-wp))
		} else if c.Grid != nil {
			maxShgo = max(maxShgo, golden.RelErr(got.PValue, wp))
		} else if c.Func == "poisson_means_test" {
			maxPoisson = max(maxPoisson, golden.RelErr(got.PValue, wp))
		} else if relP == 1e-11 {
			maxP = max(maxP, golden.RelErr(got.PValue, wp))
		}
		if c.Grid != nil {
			g := float64(*c.Grid)
			if got.PValue < g*(1-1e-12) || got.PValue > g*(1+1e-8) {
				t.Errorf("%s: PValue = %v, grid maximum %v", name, got.PValue, g)
			}
			maxGrid = max(maxGrid, golden.RelErr(got.PValue, g))
		}
		if c.MP != nil {
			mpv := float64(*c.MP)
			if !cvmWithin(got.PValue, mpv, 1e-13, 0) {
				t.Errorf("%s: PValue = %v, want %v (mpmath)", name, got.PValue, mpv)
			}
			maxPoissonMP = max(maxPoissonMP, golden.RelErr(got.PValue, mpv))
		}
		if c.Exact != nil {
			ex := float64(*c.Exact)
			if !cvmWithin(got.PValue, ex, 1e-13, 0) {
				t.Errorf("%s: PValue = %v, want %v (exact)", name, got.PValue, ex)
			}
			maxExact = max(maxExact, golden.RelErr(got.PValue, ex))
		}
		if !math.IsNaN(got.DF) {
			t.Errorf("%s: DF = %v, want NaN", name, got.DF)
		}
	}
	t.Logf("max relative error: statistic %.3g, Ansari p-value vs SciPy %.3g (where SciPy's counts are exact), vs exact %.3g; max absolute error of Cramér–von Mises p-values %.3g; max relative error of PoissonMeansTest p-values %.3g (vs mpmath %.3g); Barnard/Boschloo p-values vs SciPy %.3g, vs grid maximum %.3g",
		maxStat, maxP, maxExact, maxAbsP, maxPoisson, maxPoissonMP, maxShgo, maxGrid)
}

// TestCVMBadInput checks the errors: their kinds and arguments.
func TestCVMBadInput(t *testing.T) {
	d, _ := NewNorm(0, 1)
	two := []float64{1, 2}
	cases := []struct {
		name string
		err  error
		kind Kind
		arg  string
	}{
		{"cvm empty", cvmErr(CramerVonMises(nil, d.CDF)), ErrValue, "x"},
		{"cvm one", cvmErr(CramerVonMises([]float64{1}, d.CDF)), ErrValue, "x"},
		{"cvm nil cdf", cvmErr(CramerVonMises(two, nil)), ErrValue, "cdf"},
		{"cvm2 x short", cvmErr(CramerVonMises2Samp([]float64{1}, two, nil)), ErrValue, "x"},
		{"cvm2 y empty", cvmErr(CramerVonMises2Samp(two, nil, nil)), ErrValue, "y"},
		{"cvm2 method", cvmErr(CramerVonMises2Samp(two, two, &CramerVonMises2SampOptions{Method: "permutation"})), ErrValue, "opts.Method"},
		{"ansari x empty", cvmErr(Ansari(nil, two, nil)), ErrEmpty, "x"},
		{"ansari y empty", cvmErr(Ansari(two, []float64{}, nil)), ErrEmpty, "y"},
		{"poisson k1", cvmErr(PoissonMeansTest(-1, 1, 2, 1, nil)), ErrValue, "k1"},
		{"poisson k2", cvmErr(PoissonMeansTest(1, 1, -2, 1, nil)), ErrValue, "k2"},
		{"poisson n1", cvmErr(PoissonMeansTest(1, 0, 2, 1, nil)), ErrValue, "n1"},
		{"poisson n2 NaN", cvmErr(PoissonMeansTest(1, 1, 2, math.NaN(), nil)), ErrValue, "n2"},
		{"poisson n2 Inf", cvmErr(PoissonMeansTest(1, 1, 2, math.Inf(1), nil)), ErrValue, "n2"},
		{"poisson diff", cvmErr(PoissonMeansTest(1, 1, 2, 1, &PoissonMeansTestOptions{Diff: -0.5})), ErrValue, "opts.Diff"},
		{"poisson diff NaN", cvmErr(PoissonMeansTest(1, 1, 2, 1, &PoissonMeansTestOptions{Diff: math.NaN()})), ErrValue, "opts.Diff"},
		{"poisson alternative", cvmErr(PoissonMeansTest(1, 1, 2, 1, &PoissonMeansTestOptions{Alternative: "up"})), ErrValue, "opts.Alternative"},
		{"poisson too large", cvmErr(PoissonMeansTest(2_000_000_000, 1, 1_900_000_000, 1, nil)), ErrValue, "k1"},
		{"barnard negative", cvmErr(BarnardExact([2][2]int{{1, -1}, {2, 3}}, nil)), ErrValue, "table"},
		{"barnard alternative", cvmErr(BarnardExact([2][2]int{{1, 1}, {2, 3}}, &BarnardExactOptions{Alternative: "x"})), ErrValue, "opts.Alternative"},
		{"barnard too large", cvmErr(BarnardExact([2][2]int{{5000, 4000}, {5000, 4000}}, nil)), ErrValue, "table"},
		{"boschloo negative", cvmErr(BoschlooExact([2][2]int{{1, 1}, {-2, 3}}, nil)), ErrValue, "table"},
		{"boschloo alternative", cvmErr(BoschlooExact([2][2]int{{1, 1}, {2, 3}}, &BoschlooExactOptions{Alternative: "x"})), ErrValue, "opts.Alternative"},
		{"ansari alternative", cvmErr(Ansari(two, two, &AnsariOptions{Alternative: "bigger"})), ErrValue, "opts.Alternative"},
	}
	for _, c := range cases {
		var e *Error
		if !errors.As(c.err, &e) || !errors.Is(c.err, c.kind) || e.Arg != c.arg {
			t.Errorf("%s: got %v, want a %v error on %q", c.name, c.err, c.kind, c.arg)
		}
	}
}

func cvmErr(_ TestResult, err error) error { return err }

// TestCVMExactTooLarge checks that the exact two-sample method refuses
// sizes whose null distribution is too large to count (coprime sizes give
// the most distinct path values), returning promptly.
func TestCVMExactTooLarge(t *testing.T) {
	x := make([]float64, 97)
	y := make([]float64, 101)
	for i := range x {
		x[i] = float64(i)
	}
	for i := range y {
		y[i] = float64(i) + 0.5
	}
	_, err := CramerVonMises2Samp(x, y, &CramerVonMises2SampOptions{Method: "exact"})
	if !errors.Is(err, ErrValue) {
		t.Fatalf("got %v, want an ErrValue error", err)
	}
	res, err := CramerVonMises2Samp(x, y, &CramerVonMises2SampOptions{Method: "asymptotic"})
	if err != nil || !(res.PValue > 0.9) {
		t.Errorf("asymptotic: got %+v, %v; want a p-value near 1 for interleaved samples", res, err)
	}
}

// TestCVMNaN checks that a NaN in the data gives NaN results (SciPy
// 1.10.1 gives NaN statistics with p-values 1 or 0, artefacts of its
// comparisons with NaN) and never an error.
func TestCVMNaN(t *testing.T) {
	d, _ := NewNorm(0, 1)
	withNaN := []float64{0.3, math.NaN(), -1.2, 0.8}
	other := []float64{0.1, 0.5, 2.5}
	for name, f := range map[string]func() (TestResult, error){
		"cvm":          func() (TestResult, error) { return CramerVonMises(withNaN, d.CDF) },
		"cvm cdf NaN":  func() (TestResult, error) { return CramerVonMises(other, func(float64) float64 { return math.NaN() }) },
		"cvm2 x exact": func() (TestResult, error) { return CramerVonMises2Samp(withNaN, other, nil) },
		"cvm2 y asympt": func() (TestResult, error) {
			return CramerVonMises2Samp(other, withNaN, &CramerVonMises2SampOptions{Method: "asymptotic"})
		},
		"ansari x": func() (TestResult, error) { return Ansari(withNaN, other, nil) },
		"ansari y": func() (TestResult, error) { return Ansari(other, withNaN, &AnsariOptions{Alternative: Less}) },
	} {
		res, err := f()
		if err != nil || !math.IsNaN(res.Statistic) || !math.IsNaN(res.PValue) {
			t.Errorf("%s: got %+v, %v; want NaN statistic and p-value", name, res, err)
		}
	}
}

// cvmSubsets calls f with every size-k subset of 0..n-1 (as a mask).
func cvmSubsets(n, k int, f func(mask []bool)) {
	mask := make([]bool, n)
	var rec func(i, left int)
	rec = func(i, left int) {
		if left == 0 {
			f(mask)
			return
		}
		if n-i < left {
			return
		}
		mask[i] = true
		rec(i+1, left-1)
		mask[i] = false
		rec(i+1, left)
	}
	rec(0, k)
}

// cvmSplit returns the pooled values 0..n-1 split by mask.
func cvmSplit(mask []bool) (x, y []float64) {
	for i, in := range mask {
		if in {
			x = append(x, float64(i))
		} else {
			y = append(y, float64(i))
		}
	}
	return x, y
}

// TestCVMExactByEnumeration checks the exact p-values of
// CramerVonMises2Samp and Ansari against brute force: every split of
// 0..N-1 into samples of the given sizes is formed, its statistic
// computed, and the p-value of a split is the fraction of splits at least
// as extreme. Statistics within 1e-9 of each other count as equal (the
// two-sample statistic is a rational with denominator nm(n+m) and
// 6(n+m), so distinct values differ by far more).
func TestCVMExactByEnumeration(t *testing.T) {
	for _, sz := range [][2]int{{2, 3}, {3, 3}, {4, 5}, {3, 8}, {6, 4}} {
		nx, ny := sz[0], sz[1]
		var cvmStats, abStats []float64
		cvmSubsets(nx+ny, nx, func(mask []bool) {
			x, y := cvmSplit(mask)
			r, err := CramerVonMises2Samp(x, y, &CramerVonMises2SampOptions{Method: "asymptotic"})
			if err != nil {
				t.Fatal(err)
			}
			cvmStats = append(cvmStats, r.Statistic)
			a, err := Ansari(x, y, &AnsariOptions{Alternative: Less})
			if err != nil {
				t.Fatal(err)
			}
			abStats = append(abStats, a.Statistic)
		})
		total := float64(len(cvmStats))
		i := 0
		cvmSubsets(nx+ny, nx, func(mask []bool) {
			x, y := cvmSplit(mask)
			var geT, geAB, leAB float64
			for j := range cvmStats {
				if cvmStats[j] >= cvmStats[i]-1e-9 {
					geT++
				}
				if abStats[j] >= abStats[i] {
					geAB++
				}
				if abStats[j] <= abStats[i] {
					leAB++
				}
			}
			r, _ := CramerVonMises2Samp(x, y, &CramerVonMises2SampOptions{Method: "exact"})
			if math.Abs(r.PValue-geT/total) > 1e-14 {
				t.Errorf("CvM %v x=%v: PValue %v, enumeration %v", sz, x, r.PValue, geT/total)
			}
			for alt, want := range map[Alternative]float64{
				Less: geAB / total, Greater: leAB / total, TwoSided: math.Min(1, 2*math.Min(geAB, leAB)/total),
			} {
				a, _ := Ansari(x, y, &AnsariOptions{Alternative: alt})
				if math.Abs(a.PValue-want) > 1e-14 {
					t.Errorf("Ansari %v x=%v %s: PValue %v, enumeration %v", sz, x, alt, a.PValue, want)
				}
			}
			i++
		})
	}
}

// TestCVMInputsUnchanged checks that the inputs are not modified (the
// functions sort and rank copies).
func TestCVMInputsUnchanged(t *testing.T) {
	d, _ := NewNorm(0, 1)
	x := []float64{3, -1, 2, 0.5, 2, -4}
	y := []float64{1, 7, -2, 0.25, 5}
	x0, y0 := slices.Clone(x), slices.Clone(y)
	_, _ = CramerVonMises(x, d.CDF)
	_, _ = CramerVonMises2Samp(x, y, nil)
	_, _ = CramerVonMises2Samp(x, y, &CramerVonMises2SampOptions{Method: "asymptotic"})
	_, _ = Ansari(x, y, nil)
	if !slices.Equal(x, x0) || !slices.Equal(y, y0) {
		t.Errorf("inputs modified: x %v, y %v", x, y)
	}
}

// TestCVMConcurrent runs the tests from several goroutines (for -race)
// and checks every goroutine gets the serial result.
func TestCVMConcurrent(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	x, y := make([]float64, 15), make([]float64, 12)
	for i := range x {
		x[i] = rng.NormFloat64()
	}
	for i := range y {
		y[i] = 2 * rng.NormFloat64()
	}
	d, _ := NewNorm(0, 1)
	run := func() [3]TestResult {
		a, _ := CramerVonMises(x, d.CDF)
		b, _ := CramerVonMises2Samp(x, y, nil)
		c, _ := Ansari(x, y, nil)
		return [3]TestResult{a, b, c}
	}
	want := run()
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if got := run(); !cvmSameResults(got[:], want[:]) {
				t.Errorf("concurrent result %v, serial %v", got, want)
			}
		}()
	}
	wg.Wait()
}

func cvmBenchData(n int, seed uint64) []float64 {
	rng := rand.New(rand.NewPCG(seed, 1))
	x := make([]float64, n)
	for i := range x {
		x[i] = rng.NormFloat64()
	}
	return x
}

func BenchmarkCramerVonMises(b *testing.B) {
	d, _ := NewNorm(0, 1)
	for _, n := range []int{100, 10000} {
		x := cvmBenchData(n, 1)
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			for b.Loop() {
				_, _ = CramerVonMises(x, d.CDF)
			}
		})
	}
}

func BenchmarkCramerVonMises2Samp(b *testing.B) {
	for _, n := range []int{20, 100, 10000} {
		x, y := cvmBenchData(n, 2), cvmBenchData(n, 3)
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			for b.Loop() {
				_, _ = CramerVonMises2Samp(x, y, nil)
			}
		})
	}
}

func BenchmarkAnsari(b *testing.B) {
	for _, n := range []int{50, 100, 10000} {
		x, y := cvmBenchData(n, 4), cvmBenchData(n, 5)
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			for b.Loop() {
				_, _ = Ansari(x, y, nil)
			}
		})
	}
}

// cvmSameResults reports whether a and b hold bit-identical results (NaN
// equal to NaN).
func cvmSameResults(a, b []TestResult) bool {
	for i := range a {
		for _, p := range [][2]float64{{a[i].Statistic, b[i].Statistic}, {a[i].PValue, b[i].PValue}, {a[i].DF, b[i].DF}} {
			if math.Float64bits(p[0]) != math.Float64bits(p[1]) {
				return false
			}
		}
	}
	return true
}

func BenchmarkPoissonMeansTest(b *testing.B) {
	for _, k := range []int{100, 10000} {
		b.Run(fmt.Sprintf("k=%d", k), func(b *testing.B) {
			for b.Loop() {
				_, _ = PoissonMeansTest(k, 10, k*9/10, 10.5, nil)
			}
		})
	}
}

func BenchmarkBarnardExact(b *testing.B) {
	for _, t := range [][2][2]int{{{7, 12}, {8, 3}}, {{74, 31}, {43, 32}}} {
		b.Run(fmt.Sprintf("N=%d", t[0][0]+t[0][1]+t[1][0]+t[1][1]), func(b *testing.B) {
			for b.Loop() {
				_, _ = BarnardExact(t, nil)
			}
		})
	}
}

func BenchmarkBoschlooExact(b *testing.B) {
	for _, t := range [][2][2]int{{{7, 12}, {8, 3}}, {{74, 31}, {43, 32}}} {
		b.Run(fmt.Sprintf("N=%d", t[0][0]+t[0][1]+t[1][0]+t[1][1]), func(b *testing.B) {
			for b.Loop() {
				_, _ = BoschlooExact(t, nil)
			}
		})
	}
}
