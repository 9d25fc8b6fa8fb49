package stats

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"sort"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/goscipy/goscipy/internal/golden"
)

// Golden tests of GaussianKDE, Bootstrap's interval, PermutationTest and
// MonteCarloTest against SciPy 1.10.1 (scripts/golden/stats_resampling.py).

type kdeGolden struct {
	Name       string           `json:"name"`
	Bw         string           `json:"bw"`
	Data       [][]golden.Float `json:"data"`
	Weights    []golden.Float   `json:"weights"`
	Points     [][]golden.Float `json:"points"`
	Factor     golden.Float     `json:"factor"`
	Neff       golden.Float     `json:"neff"`
	Covariance [][]golden.Float `json:"covariance"`
	Evaluate   []golden.Float   `json:"evaluate"`
	LogPDF     []golden.Float   `json:"logpdf"`
	Boxes      [][]golden.Float `json:"boxes"`
	GaussMean  []golden.Float   `json:"gauss_mean"`
	GaussCov   [][]golden.Float `json:"gauss_cov"`
	Gauss      *golden.Float    `json:"gauss"`
	// Marginal over MarginalDims, and integrate_kde with an estimate of
	// OtherData (factor 0.6).
	MarginalDims     []int            `json:"marginal_dims"`
	MarginalFactor   golden.Float     `json:"marginal_factor"`
	MarginalEvaluate []golden.Float   `json:"marginal_evaluate"`
	OtherData        [][]golden.Float `json:"other_data"`
	IntegrateKDE     golden.Float     `json:"integrate_kde"`
}

func resamplingRows(r [][]golden.Float) [][]float64 {
	out := make([][]float64, len(r))
	for i, v := range r {
		out[i] = golden.Floats(v)
	}
	return out
}

// kdeTol is the relative tolerance against SciPy. The whitening, the
// weighted covariance and the sums are done in a different order than
// SciPy's Cython/BLAS code, which changes the exponent r²/2 of each
// kernel by a few ulps of r²: the densities agree to ~1e-14 relative
// near the data and to ~r²·1e-16 far away (r² ≈ 1e4 at the far points,
// where the achieved error is 1.1e-13).
const kdeTol = 1e-12

// TestGaussianKDEGolden compares factor, neff, covariance, evaluate,
// logpdf, integrate_box_1d and integrate_gaussian with SciPy.
func TestGaussianKDEGolden(t *testing.T) {
	f := golden.Load[kdeGolden](t, "stats/resampling_kde.json")
	var worst float64
	for i, c := range f.Cases {
		name := fmt.Sprintf("%d/%s/%s", i, c.Name, c.Bw)
		o := &GaussianKDEOptions{}
		switch c.Bw {
		case "0.3":
			o.BwFactor = 0.3
		case "half_scott":
			o.BwFunc = func(k *GaussianKDE) float64 { return 0.5 * math.Pow(k.Neff(), -1/float64(k.D()+4)) }
		default:
			o.BwMethod = c.Bw
		}
		if c.Weights != nil {
			o.Weights = golden.Floats(c.Weights)
		}
		k, err := NewGaussianKDE(resamplingRows(c.Data), o)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		check := func(what string, got, want float64, tol float64) {
			t.Helper()
			e := golden.RelErr(got, want)
			if math.Abs(want) < 1e-300 && !math.IsNaN(want) {
				e = math.Abs(got - want)
			}
			worst = max(worst, e)
			if !(e <= tol) {
				t.Errorf("%s: %s = %v, SciPy %v (relative error %.2e)", name, what, got, want, e)
			}
		}
		check("Factor", k.Factor(), float64(c.Factor), 1e-14)
		check("Neff", k.Neff(), float64(c.Neff), 1e-13)
		cov := k.Covariance()
		for a, row := range c.Covariance {
			for b, w := range row {
				check(fmt.Sprintf("Covariance[%d][%d]", a, b), cov.At(a, b), float64(w), 1e-12)
			}
		}
		pts := resamplingRows(c.Points)
		ev, err := k.Evaluate(pts)
		if err != nil {
			t.Fatalf("%s: Evaluate: %v", name, err)
		}
		lp, err := k.LogPDF(pts)
		if err != nil {
			t.Fatalf("%s: LogPDF: %v", name, err)
		}
		for j := range ev {
			check(fmt.Sprintf("Evaluate[%d]", j), ev[j], float64(c.Evaluate[j]), kdeTol)
			check(fmt.Sprintf("LogPDF[%d]", j), lp[j], float64(c.LogPDF[j]), kdeTol)
		}
		for _, b := range c.Boxes {
			got, err := k.IntegrateBox1D(float64(b[0]), float64(b[1]))
			if err != nil {
				t.Fatalf("%s: IntegrateBox1D: %v", name, err)
			}
			check(fmt.Sprintf("IntegrateBox1D(%v, %v)", b[0], b[1]), got, float64(b[2]), 1e-12)
		}
		if c.Gauss != nil {
			gc := resamplingRows(c.GaussCov)
			d := len(gc)
			s := mat.NewSymDense(d, nil)
			for a := range d {
				for b := a; b < d; b++ {
					s.SetSym(a, b, gc[a][b])
				}
			}
			got, err := k.IntegrateGaussian(golden.Floats(c.GaussMean), s)
			if err != nil {
				t.Fatalf("%s: IntegrateGaussian: %v", name, err)
			}
			check("IntegrateGaussian", got, float64(*c.Gauss), 1e-12)
		}
		if c.MarginalDims != nil {
			m, err := k.Marginal(c.MarginalDims)
			if err != nil {
				t.Fatalf("%s: Marginal: %v", name, err)
			}
			check("Marginal.Factor", m.Factor(), float64(c.MarginalFactor), 1e-14)
			mp := make([][]float64, len(c.MarginalDims))
			for r, dim := range c.MarginalDims {
				mp[r] = pts[dim]
			}
			mev, _ := m.Evaluate(mp)
			for j := range mev {
				check(fmt.Sprintf("Marginal.Evaluate[%d]", j), mev[j], float64(c.MarginalEvaluate[j]), kdeTol)
			}
		}
		other, err := NewGaussianKDE(resamplingRows(c.OtherData), &GaussianKDEOptions{BwFactor: 0.6})
		if err != nil {
			t.Fatalf("%s: other: %v", name, err)
		}
		ik, err := k.IntegrateKDE(other)
		if err != nil {
			t.Fatalf("%s: IntegrateKDE: %v", name, err)
		}
		check("IntegrateKDE", ik, float64(c.IntegrateKDE), 1e-12)
	}
	t.Logf("largest relative error against SciPy: %.2e over %d cases", worst, len(f.Cases))
}

type bootGolden struct {
	Statistic     string           `json:"statistic"`
	Method        string           `json:"method"`
	Level         float64          `json:"level"`
	Paired        bool             `json:"paired"`
	Samples       [][]golden.Float `json:"samples"`
	Distribution  []golden.Float   `json:"distribution"`
	Low           golden.Float     `json:"low"`
	High          golden.Float     `json:"high"`
	StandardError golden.Float     `json:"standard_error"`
}

// resamplingStats are the statistics of the golden files, written as
// NumPy computes them (pairwise sums, np.std with ddof = 0, np.median).
var resamplingStats = map[string]func(s [][]float64) float64{
	"mean": func(s [][]float64) float64 { return mean(s[0]) },
	"std":  func(s [][]float64) float64 { return math.Sqrt(variance(s[0], 0)) },
	"median": func(s [][]float64) float64 {
		x := slices.Clone(s[0])
		sort.Float64s(x)
		n := len(x)
		if n%2 == 1 {
			return x[n/2]
		}
		return (x[n/2-1] + x[n/2]) / 2
	},
	"diff_means": func(s [][]float64) float64 { return mean(s[0]) - mean(s[1]) },
	"pearson": func(s [][]float64) float64 {
		x, y := s[0], s[1]
		mx, my := mean(x), mean(y)
		xy, xx, yy := make([]float64, len(x)), make([]float64, len(x)), make([]float64, len(x))
		for i := range x {
			dx, dy := x[i]-mx, y[i]-my
			xy[i], xx[i], yy[i] = dx*dy, dx*dx, dy*dy
		}
		return sum(xy) / math.Sqrt(sum(xx)*sum(yy))
	},
	"var_of_means": func(s [][]float64) float64 {
		m := make([]float64, len(s))
		for i, v := range s {
			m[i] = mean(v)
		}
		return variance(m, 0)
	},
	"mean_diff_paired": func(s [][]float64) float64 {
		d := make([]float64, len(s[0]))
		for i := range d {
			d[i] = s[0][i] - s[1][i]
		}
		return mean(d)
	},
	"sum_first": func(s [][]float64) float64 { return sum(s[0]) },
}

// TestBootstrapIntervalGolden feeds SciPy's own bootstrap distribution to
// the interval computation of Bootstrap (percentile, basic and BCa with
// its jackknife acceleration) and compares the interval and standard
// error with SciPy's. The percentiles are NumPy's linear interpolation
// between two order statistics, so the bounds agree to rounding; BCa's
// levels go through ndtri/ndtr (1e-12 is their conditioning margin).
func TestBootstrapIntervalGolden(t *testing.T) {
	f := golden.Load[bootGolden](t, "stats/resampling_bootstrap.json")
	var worst float64
	for i, c := range f.Cases {
		name := fmt.Sprintf("%d/%s/%s/%v", i, c.Statistic, c.Method, c.Level)
		stat := resamplingStats[c.Statistic]
		level, method, err := bootstrapCheck("test", c.Level, c.Method)
		if err != nil {
			t.Fatal(err)
		}
		dist := golden.Floats(c.Distribution)
		ci, err := bootstrapInterval(resamplingRows(c.Samples), stat, dist, level, method, c.Paired)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for _, p := range [][3]float64{{ci.Low, float64(c.Low)}, {ci.High, float64(c.High)}, {math.Sqrt(variance(dist, 1)), float64(c.StandardError)}} {
			e := golden.RelErr(p[0], p[1])
			worst = max(worst, e)
			if !(e <= 1e-12) {
				t.Errorf("%s: got %v, SciPy %v (relative error %.2e)", name, p[0], p[1], e)
			}
		}
	}
	t.Logf("largest relative error against SciPy: %.2e over %d cases", worst, len(f.Cases))
}

type permGolden struct {
	Kind          string           `json:"kind"`
	Statistic     string           `json:"statistic"`
	Type          string           `json:"type"`
	Alternative   string           `json:"alternative"`
	NResamples    int              `json:"n_resamples"`
	Samples       [][]golden.Float `json:"samples"`
	WantStatistic golden.Float     `json:"want_statistic"`
	PValue        golden.Float     `json:"pvalue"`
	NullSorted    []golden.Float   `json:"null_sorted"`
}

// TestPermutationTestGolden checks exact permutation tests (every
// permutation enumerated, so the p-value is a ratio of counts and must
// equal SciPy's exactly) and MonteCarloTest with a deterministic rvs (sin
// of consecutive integers, drawn in the order SciPy draws its block). The
// null distributions are compared sorted to 1e-12 (the statistic's
// summation order on a permuted sample may differ from NumPy's batch).
func TestPermutationTestGolden(t *testing.T) {
	f := golden.Load[permGolden](t, "stats/resampling_perm.json.gz")
	for i, c := range f.Cases {
		name := fmt.Sprintf("%d/%s/%s/%s/%s/%d", i, c.Kind, c.Statistic, c.Type, c.Alternative, c.NResamples)
		s := resamplingRows(c.Samples)
		var res PermutationTestResult
		var err error
		if c.Kind == "permutation" {
			res, err = PermutationTest(s, resamplingStats[c.Statistic], &PermutationTestOptions{
				PermutationType: c.Type, NResamples: c.NResamples, Alternative: Alternative(c.Alternative)})
		} else {
			next := 0
			rvs := func(_ *rand.Rand, n int) []float64 {
				x := make([]float64, n)
				for j := range x {
					x[j] = math.Sin(float64(next))
					next++
				}
				return x
			}
			res, err = MonteCarloTest(s[0], rvs, func(x []float64) float64 { return resamplingStats[c.Statistic]([][]float64{x}) },
				&MonteCarloTestOptions{NResamples: c.NResamples, Alternative: Alternative(c.Alternative), Rand: rand.New(rand.NewPCG(1, 2))})
		}
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if e := golden.RelErr(res.Statistic, float64(c.WantStatistic)); !(e <= 1e-13) {
			t.Errorf("%s: Statistic = %v, SciPy %v", name, res.Statistic, c.WantStatistic)
		}
		if res.PValue != float64(c.PValue) {
			t.Errorf("%s: PValue = %v, SciPy %v", name, res.PValue, c.PValue)
		}
		got := slices.Clone(res.NullDistribution)
		sort.Float64s(got)
		if len(got) != len(c.NullSorted) {
			t.Errorf("%s: null distribution has %d values, SciPy %d", name, len(got), len(c.NullSorted))
			continue
		}
		for j, w := range golden.Floats(c.NullSorted) {
			if e := math.Abs(got[j] - w); !(e <= 1e-12*math.Max(1, math.Abs(w))) {
				t.Errorf("%s: sorted null[%d] = %v, SciPy %v", name, j, got[j], w)
				break
			}
		}
	}
}
