package stats

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"testing"

	"github.com/goscipy/goscipy/internal/golden"
)

// adCase is one record of testdata/stats/ad.json (scripts/golden/stats_ad.py).
type adCase struct {
	Func    string           `json:"func"`
	Samples [][]golden.Float `json:"samples"`
	Args    struct {
		EqualVar    bool    `json:"equal_var"`
		Alternative string  `json:"alternative"`
		Level       float64 `json:"level"`
		Dist        string  `json:"dist"`
		Midrank     bool    `json:"midrank"`
	} `json:"args"`
	Want struct {
		Error     string         `json:"error"`
		Statistic golden.Float   `json:"statistic"`
		PValue    golden.Float   `json:"pvalue"`
		DF        golden.Float   `json:"df"`
		CI        []golden.Float `json:"ci"`
		Critical  []golden.Float `json:"critical"`
		Sig       []golden.Float `json:"sig"`
		Fit       []golden.Float `json:"fit"`
		Capped    bool           `json:"capped"`
		Floored   bool           `json:"floored"`
	} `json:"want"`
	MP *struct {
		Statistic golden.Float   `json:"statistic"`
		Fit       []golden.Float `json:"fit"`
	} `json:"mp"`
	ScipyOK *bool `json:"scipy_ok"`
}

func (c adCase) samples() [][]float64 {
	s := make([][]float64, len(c.Samples))
	for i, v := range c.Samples {
		s[i] = golden.Floats(v)
	}
	return s
}

// adCheck reports got against want at relative tolerance tol and returns
// the error.
func adCheck(t *testing.T, name, field string, got, want, tol float64) float64 {
	t.Helper()
	e := golden.RelErr(got, want)
	if !(e <= tol) {
		t.Errorf("%s: %s = %v, want %v (relative error %.2e > %.0e)", name, field, got, want, e, tol)
	}
	return e
}

func adCheckSlice(t *testing.T, name, field string, got []float64, want []golden.Float, tol float64) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%s: %s has %d values, want %d", name, field, len(got), len(want))
		return
	}
	for i := range got {
		adCheck(t, name, fmt.Sprintf("%s[%d]", field, i), got[i], float64(want[i]), tol)
	}
}

// TestTTestIndConfidenceIntervalGolden checks TTestInd against SciPy
// 1.10.1 (statistic, p-value, and df from SciPy's own helpers) at 1e-11,
// and its confidence interval against SciPy 1.11's definition evaluated
// with mpmath t quantiles, also at 1e-11: the interval is estimate +
// quantile·se with the estimate and se computed in SciPy's operation
// order, and the quantiles are accurate to ~1e-15.
func TestTTestIndConfidenceIntervalGolden(t *testing.T) {
	f := golden.Load[adCase](t, "stats/ad.json")
	var maxCI float64
	count := 0
	for i, c := range f.Cases {
		if c.Func != "ttest_ind" {
			continue
		}
		count++
		s := c.samples()
		name := fmt.Sprintf("%d/ttest_ind/n=%d,%d/eq=%v/%s/%v", i, len(s[0]), len(s[1]), c.Args.EqualVar, c.Args.Alternative, c.Args.Level)
		r, err := TTestInd(s[0], s[1], &TTestIndOptions{Welch: !c.Args.EqualVar, Alternative: Alternative(c.Args.Alternative)})
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		adCheck(t, name, "statistic", r.Statistic, float64(c.Want.Statistic), testsTol)
		adCheck(t, name, "pvalue", r.PValue, float64(c.Want.PValue), testsTol)
		adCheck(t, name, "df", r.DF, float64(c.Want.DF), testsTol)
		lo, hi, err := r.ConfidenceInterval(c.Args.Level)
		if err != nil {
			t.Errorf("%s: ConfidenceInterval: %v", name, err)
			continue
		}
		maxCI = max(maxCI, adCheck(t, name, "ci.lo", lo, float64(c.Want.CI[0]), testsTol),
			adCheck(t, name, "ci.hi", hi, float64(c.Want.CI[1]), testsTol))
	}
	if count < 90 {
		t.Fatalf("only %d ttest_ind records", count)
	}
	t.Logf("%d records; max relative error of the interval ends %.2e", count, maxCI)
}

// TestAndersonFittedGolden checks Anderson for the logistic and Gumbel
// families. Against the truth (the maximum-likelihood fit solved and A²
// evaluated with mpmath at 40 digits) the statistic and the fitted
// parameters (errors relative to the scale) must agree to 1e-11; the
// critical values and significance levels must equal SciPy's exactly.
// Against SciPy 1.10.1 itself: the Gumbel fits (brentq at rtol 1e-14) to
// 1e-11, except on the sample 1e6 + N(0, 1), where SciPy's mean minus
// weighted mean cancels 1e6·ε ≈ 2e-10 of the scale away (measured 1.6e-10
// in its A²), so 1e-9 there; the logistic fit, which SciPy solves with
// fsolve at xtol 1e-5 (measured 6e-8 relative off the root), to 1e-6,
// and not at all where the generator found SciPy far from the root
// (scipy_ok false: the offset sample and the two-point sample, where SciPy
// returns a negative scale).
func TestAndersonFittedGolden(t *testing.T) {
	f := golden.Load[adCase](t, "stats/ad.json")
	var maxMP, maxSciPy, maxLogistic, maxOffset float64
	count := 0
	for i, c := range f.Cases {
		if c.Func != "anderson" {
			continue
		}
		count++
		x := c.samples()[0]
		name := fmt.Sprintf("%d/anderson/%s/n=%d", i, c.Args.Dist, len(x))
		r, err := Anderson(x, c.Args.Dist)
		if c.Want.Error != "" {
			if err == nil {
				t.Errorf("%s: got %+v, want an error (SciPy raises %s)", name, r, c.Want.Error)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		adCheckSlice(t, name, "critical", r.CriticalValues, c.Want.Critical, 0)
		adCheckSlice(t, name, "sig", r.SignificanceLevel, c.Want.Sig, 0)
		if c.MP == nil { // constant sample: SciPy's NaN statistic and scale 0
			adCheck(t, name, "statistic", r.Statistic, float64(c.Want.Statistic), 0)
			adCheckSlice(t, name, "fit", r.FitParams[:], c.Want.Fit, 0)
			continue
		}
		scale := float64(c.MP.Fit[1])
		errLoc := math.Abs(r.FitParams[0]-float64(c.MP.Fit[0])) / scale
		errScale := math.Abs(r.FitParams[1]-scale) / scale
		errStat := golden.RelErr(r.Statistic, float64(c.MP.Statistic))
		maxMP = max(maxMP, errLoc, errScale, errStat)
		if !(errLoc <= 1e-11 && errScale <= 1e-11 && errStat <= 1e-11) {
			t.Errorf("%s: A² %v, fit %v; mpmath %v, %v (errors %.1e, loc %.1e, scale %.1e)",
				name, r.Statistic, r.FitParams, float64(c.MP.Statistic), golden.Floats(c.MP.Fit), errStat, errLoc, errScale)
		}
		tol := 1e-11
		switch {
		case c.ScipyOK != nil && !*c.ScipyOK:
			continue
		case c.Args.Dist == "logistic":
			tol = 1e-6
		case slices.Max(x) > 1e5:
			tol = 1e-9
		}
		e := max(adCheck(t, name, "statistic vs SciPy", r.Statistic, float64(c.Want.Statistic), tol),
			math.Abs(r.FitParams[0]-float64(c.Want.Fit[0]))/scale,
			math.Abs(r.FitParams[1]-float64(c.Want.Fit[1]))/scale)
		if !(e <= tol) {
			t.Errorf("%s: fit %v, SciPy %v (error %.1e > %.0e)", name, r.FitParams, golden.Floats(c.Want.Fit), e, tol)
		}
		switch tol {
		case 1e-11:
			maxSciPy = max(maxSciPy, e)
		case 1e-6:
			maxLogistic = max(maxLogistic, e)
		default:
			maxOffset = max(maxOffset, e)
		}
	}
	if count < 30 {
		t.Fatalf("only %d anderson records", count)
	}
	t.Logf("%d records; max error vs mpmath %.2e; vs SciPy: Gumbel %.2e, offset Gumbel %.2e, logistic %.2e",
		count, maxMP, maxSciPy, maxOffset, maxLogistic)
}

// TestAndersonKSampGolden checks AndersonKSamp against SciPy 1.10.1 at
// 1e-11 (statistic, critical values, p-value), SciPy's capping and
// flooring warnings, and its errors: k = 2…5, unequal sizes, ties, ±Inf,
// both statistics.
func TestAndersonKSampGolden(t *testing.T) {
	f := golden.Load[adCase](t, "stats/ad.json")
	var maxErr float64
	count := 0
	for i, c := range f.Cases {
		if c.Func != "anderson_ksamp" {
			continue
		}
		count++
		s := c.samples()
		name := fmt.Sprintf("%d/anderson_ksamp/k=%d/midrank=%v", i, len(s), c.Args.Midrank)
		r, err := AndersonKSamp(s, &AndersonKSampOptions{NoMidrank: !c.Args.Midrank})
		if c.Want.Error != "" {
			if err == nil {
				t.Errorf("%s: got %+v, want an error (SciPy raises %s)", name, r, c.Want.Error)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		maxErr = max(maxErr, adCheck(t, name, "statistic", r.Statistic, float64(c.Want.Statistic), testsTol),
			adCheck(t, name, "pvalue", r.PValue, float64(c.Want.PValue), testsTol))
		adCheckSlice(t, name, "critical", r.CriticalValues, c.Want.Critical, 1e-15)
		if r.PValueCapped != c.Want.Capped || r.PValueFloored != c.Want.Floored {
			t.Errorf("%s: capped/floored %v/%v, SciPy %v/%v", name, r.PValueCapped, r.PValueFloored, c.Want.Capped, c.Want.Floored)
		}
	}
	if count < 38 {
		t.Fatalf("only %d anderson_ksamp records", count)
	}
	t.Logf("%d records; max relative error %.2e", count, maxErr)
}

// TestAndersonKSampErrors checks the error kinds and that the inputs are
// left untouched.
func TestAndersonKSampErrors(t *testing.T) {
	a := []float64{3, 1, 2, 5}
	for name, c := range map[string]struct {
		s    [][]float64
		kind Kind
	}{
		"one sample":     {[][]float64{a}, ErrValue},
		"no samples":     {nil, ErrValue},
		"empty sample":   {[][]float64{a, {}}, ErrEmpty},
		"NaN":            {[][]float64{a, {1, math.NaN()}}, ErrValue},
		"all equal":      {[][]float64{{2, 2}, {2, 2, 2}}, ErrValue},
		"3 observations": {[][]float64{{1, 2}, {3}}, ErrValue},
		"2 observations": {[][]float64{{1}, {2}}, ErrValue},
		"3 samples, N=3": {[][]float64{{1}, {2}, {3}}, ErrValue},
		"k = N":          {[][]float64{{3}, {3}, {3}, {3}, {4}}, ErrValue},
	} {
		r, err := AndersonKSamp(c.s, nil)
		if !errors.Is(err, c.kind) {
			t.Errorf("%s: error %v, want %v", name, err, c.kind)
		}
		if !math.IsNaN(r.Statistic) || !math.IsNaN(r.PValue) {
			t.Errorf("%s: result %+v, want NaN", name, r)
		}
	}
	if !slices.Equal(a, []float64{3, 1, 2, 5}) {
		t.Errorf("input modified: %v", a)
	}
}

// TestAndersonKSampInvariance checks two properties of the statistic:
// it does not depend on the order of the samples or of the values within
// them, and only on ranks (a monotone transform leaves it unchanged).
func TestAndersonKSampInvariance(t *testing.T) {
	x := []float64{0.3, -1.2, 2.2, 0.9, 0.1, 1.7, -0.4, 0.3}
	y := []float64{1.1, 2.4, 0.3, 3.0, 1.9, 2.2}
	z := []float64{-0.7, 0.5, 1.1, 0.0, -2.1}
	for _, o := range []*AndersonKSampOptions{nil, {NoMidrank: true}} {
		r1, err := AndersonKSamp([][]float64{x, y, z}, o)
		if err != nil {
			t.Fatal(err)
		}
		yr := slices.Clone(y)
		slices.Reverse(yr)
		r2, _ := AndersonKSamp([][]float64{z, yr, x}, o)
		ex := func(s []float64) []float64 {
			out := make([]float64, len(s))
			for i, v := range s {
				out[i] = math.Exp(v)
			}
			return out
		}
		r3, _ := AndersonKSamp([][]float64{ex(x), ex(y), ex(z)}, o)
		for _, r := range []AndersonKSampResult{r2, r3} {
			if math.Abs(r.Statistic-r1.Statistic) > 1e-13*math.Abs(r1.Statistic) || r.PValue != r1.PValue && math.Abs(r.PValue-r1.PValue) > 1e-13 {
				t.Errorf("%+v: statistic %v, p %v; want %v, %v", o, r.Statistic, r.PValue, r1.Statistic, r1.PValue)
			}
		}
	}
}

// TestAndersonFittedEdges checks the inputs the fitted families reject or
// answer with NaN, and SciPy's case-insensitive names.
func TestAndersonFittedEdges(t *testing.T) {
	for _, c := range []struct {
		x    []float64
		dist string
	}{
		{[]float64{1, math.Inf(1), 3}, "logistic"},
		{[]float64{1, math.Inf(-1), 3}, "gumbel"},
		{[]float64{2, 2, 2}, "gumbel_r"},
		{[]float64{2, 2, 2}, "gumbel_l"},
		{[]float64{1, 2, 3}, "weibull"},
	} {
		if _, err := Anderson(c.x, c.dist); !errors.Is(err, ErrValue) {
			t.Errorf("Anderson(%v, %q): error %v, want ErrValue", c.x, c.dist, err)
		}
	}
	if _, err := Anderson([]float64{math.MaxFloat64, math.MaxFloat64 / 2}, "logistic"); !errors.Is(err, ErrValue) {
		t.Errorf("overflowing spread: error %v, want ErrValue", err)
	}
	// A² does not change under x → a + bx (b > 0), even where the
	// spread would overflow or underflow a plain variance.
	for _, d := range []string{"logistic", "gumbel_l", "gumbel_r"} {
		base, _ := Anderson([]float64{1, -1, 0, 0.5}, d)
		for _, b := range []float64{1e300, 1e-300} {
			r, err := Anderson([]float64{b, -b, 0, 0.5 * b}, d)
			if err != nil || math.Abs(r.Statistic-base.Statistic) > 1e-13*base.Statistic ||
				math.Abs(r.FitParams[1]/b-base.FitParams[1]) > 1e-13*base.FitParams[1] {
				t.Errorf("%s scaled by %g: %+v, %v; unscaled %+v", d, b, r, err, base)
			}
		}
	}
	r, err := Anderson([]float64{2, 2, 2}, "logistic")
	if err != nil || !math.IsNaN(r.Statistic) || r.FitParams != [2]float64{2, 0} {
		t.Errorf("constant logistic: %+v, %v; want NaN statistic, fit (2, 0) as SciPy", r, err)
	}
	x := []float64{1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30}
	want, _ := Anderson(x, "gumbel_l")
	for _, d := range []string{"Gumbel", "EXTREME1", "gumbel", "extreme1"} {
		r, err := Anderson(x, d)
		if err != nil || r.Statistic != want.Statistic || r.FitParams != want.FitParams {
			t.Errorf("%q: %+v, %v; want gumbel_l's %+v", d, r, err, want)
		}
	}
	// gumbel_r of -x mirrors gumbel_l of x.
	nx := make([]float64, len(x))
	for i, v := range x {
		nx[i] = -v
	}
	rr, _ := Anderson(nx, "gumbel_r")
	if math.Abs(rr.Statistic-want.Statistic) > 1e-13 || math.Abs(rr.FitParams[0]+want.FitParams[0]) > 1e-13 || rr.FitParams[1] != want.FitParams[1] {
		t.Errorf("gumbel_r(-x) %+v, gumbel_l(x) %+v", rr, want)
	}
}

// TestTTestIndIntervalDuality checks the interval against the test: at
// level 1 - α the two-sided interval of mean(a) - mean(b) excludes 0
// exactly when the p-value is below α, and each one-sided interval
// likewise for its alternative; the estimate lies inside.
func TestTTestIndIntervalDuality(t *testing.T) {
	a := []float64{1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30}
	b := []float64{0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29}
	est := mean(a) - mean(b)
	for _, welch := range []bool{false, true} {
		for _, alt := range []Alternative{TwoSided, Less, Greater} {
			r, err := TTestInd(a, b, &TTestIndOptions{Welch: welch, Alternative: alt})
			if err != nil {
				t.Fatal(err)
			}
			for _, alpha := range []float64{0.01, 0.05, 0.1, 0.2, 0.3, 0.5} {
				lo, hi, _ := r.ConfidenceInterval(1 - alpha)
				excludes := lo > 0 || hi < 0
				if excludes != (r.PValue < alpha) {
					t.Errorf("welch=%v %s α=%v: [%v, %v], p = %v", welch, alt, alpha, lo, hi, r.PValue)
				}
				if !(lo <= est && est <= hi) {
					t.Errorf("welch=%v %s α=%v: [%v, %v] misses the estimate %v", welch, alt, alpha, lo, hi, est)
				}
			}
		}
	}
	r, _ := TTestInd([]float64{1, 1, 1}, []float64{2, 2}, &TTestIndOptions{Welch: true})
	if r.DF != 1 || !math.IsInf(r.Statistic, -1) || r.PValue != 0 {
		t.Errorf("constant samples under Welch: %+v; want df 1, t = -Inf, p = 0 as SciPy", r.TestResult)
	}
	if lo, hi, _ := r.ConfidenceInterval(0.95); lo != -1 || hi != -1 {
		t.Errorf("constant samples under Welch: interval [%v, %v], want the point -1", lo, hi)
	}
	rn, _ := TTestInd([]float64{1, math.NaN()}, b, nil)
	if lo, hi, _ := rn.ConfidenceInterval(0.95); !math.IsNaN(lo) || !math.IsNaN(hi) {
		t.Errorf("NaN sample: interval [%v, %v], want NaN", lo, hi)
	}
}

// BenchmarkAndersonKSamp times two samples of n values each, midrank.
func BenchmarkAndersonKSamp(b *testing.B) {
	for _, n := range []int{100, 10000} {
		x, y := benchSamples(n, 0.1)
		b.Run("n="+strconv.Itoa(n), func(b *testing.B) {
			for b.Loop() {
				AndersonKSamp([][]float64{x, y}, nil)
			}
		})
	}
}

// BenchmarkAndersonFitted times Anderson with the iterative fits.
func BenchmarkAndersonFitted(b *testing.B) {
	for _, dist := range []string{"logistic", "gumbel_r"} {
		for _, n := range []int{100, 10000} {
			x, _ := benchSamples(n, 0)
			b.Run(dist+"/n="+strconv.Itoa(n), func(b *testing.B) {
				for b.Loop() {
					Anderson(x, dist)
				}
			})
		}
	}
}

// BenchmarkTTestIndCI times TTestInd and its 95% confidence interval.
func BenchmarkTTestIndCI(b *testing.B) {
	for _, n := range []int{100, 10000} {
		x, y := benchSamples(n, 0.1)
		b.Run("n="+strconv.Itoa(n), func(b *testing.B) {
			for b.Loop() {
				r, _ := TTestInd(x, y, &TTestIndOptions{Welch: true})
				r.ConfidenceInterval(0.95)
			}
		})
	}
}
