package stats

import (
	"encoding/json"
	"fmt"
	"math"
	"testing"

	"github.com/goscipy/goscipy/internal/golden"
)

// tspeedCase is one record of testdata/stats/tspeed.json
// (scripts/golden/stats_tspeed.py): a rank-based test on samples of 100 to
// 3000 values, each sample given as (n, seed, m) for tspeedSample.
type tspeedCase struct {
	Func    string                     `json:"func"`
	Samples [][3]int                   `json:"samples"`
	Want    map[string]json.RawMessage `json:"want"`
}

// tspeedSample is the generator's sample(n, seed, m): integer hashing and
// dyadic scaling, so Go and NumPy hold the same bits.
func tspeedSample(n, seed, m int) []float64 {
	out := make([]float64, n)
	for i := range out {
		h := uint32(uint64(i)*2654435761 + uint64(seed)*40503 + 1)
		h ^= h >> 13
		h *= 0x5BD1E995
		h ^= h >> 15
		v := float64(int(h%uint32(m))-m/2) / 1024
		if (h>>24)&1 == 1 {
			v = -v
		}
		out[i] = v
	}
	return out
}

// TestTSpeedGolden checks the rank-based tests against SciPy 1.10.1 on
// samples large enough for the radix-sort ranking (and smaller ones for
// the comparison sort), with few and with many ties and signed zeros.
// Tolerance: testsTol (1e-11), as the main golden test. Shapiro–Wilk's
// SciPy side computes in single precision (see TestHypothesisTestsGolden):
// W is held to 5e-5 as there; its p-values here reach 1e-30, where the
// float32 rounding of W, amplified by the normal tail, moves p by up to
// 2.1e-4 relative (measured), so p is held to 5e-4.
func TestTSpeedGolden(t *testing.T) {
	f := golden.Load[tspeedCase](t, "stats/tspeed.json")
	if len(f.Cases) == 0 {
		t.Fatal("no cases")
	}
	for i, c := range f.Cases {
		if c.Func == "t_cdf" {
			continue // TestTCDFInt
		}
		s := make([][]float64, len(c.Samples))
		for j, p := range c.Samples {
			s[j] = tspeedSample(p[0], p[1], p[2])
		}
		name := fmt.Sprintf("%d/%s/n=%d/m=%d", i, c.Func, c.Samples[0][0], c.Samples[0][2])
		got, err := tspeedRun(c.Func, s)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		for field, raw := range c.Want {
			tol := testsTol
			if c.Func == "shapiro" {
				tol = 5e-5
				if field == "pvalue" {
					tol = 5e-4
				}
			}
			var ws []golden.Float
			if json.Unmarshal(raw, &ws) != nil {
				var w golden.Float
				if err := json.Unmarshal(raw, &w); err != nil {
					t.Fatalf("%s: %s: %v", name, field, err)
				}
				ws = []golden.Float{w}
			}
			want := golden.Floats(ws)
			g := got[field]
			if len(g) != len(want) {
				t.Errorf("%s: %s has %d values, want %d", name, field, len(g), len(want))
				continue
			}
			for j, w := range want {
				e := golden.RelErr(g[j], w)
				if math.Abs(w) < 1e-300 {
					e = math.Abs(g[j] - w)
				}
				if !(e <= tol) {
					t.Errorf("%s: %s[%d] = %v, SciPy %v (relative error %.2e)", name, field, j, g[j], w, e)
				}
			}
		}
	}
}

func tspeedRun(fn string, s [][]float64) (map[string][]float64, error) {
	tr := func(r TestResult, err error) (map[string][]float64, error) {
		return map[string][]float64{"statistic": {r.Statistic}, "pvalue": {r.PValue}}, err
	}
	corr := func() []float64 { // the generator's y = a + c
		y := make([]float64, len(s[0]))
		for i := range y {
			y[i] = s[0][i] + s[1][i]
		}
		return y
	}
	switch fn {
	case "kendalltau":
		return tr(KendallTau(s[0], corr(), nil))
	case "kendalltau_c":
		return tr(KendallTau(s[0], corr(), &KendallTauOptions{Variant: "c"}))
	case "spearmanr":
		return tr(SpearmanR(s[0], corr(), nil))
	case "wilcoxon":
		return tr(Wilcoxon(s[0], corr(), nil))
	case "mannwhitneyu":
		return tr(MannWhitneyU(s[0], s[1], nil))
	case "kruskal":
		return tr(Kruskal(s, nil))
	case "ansari":
		return tr(Ansari(s[0], s[1], nil))
	case "mood":
		return tr(Mood(s[0], s[1], nil))
	case "ks_2samp":
		r, err := KS2Samp(s[0], s[1], &KSOptions{Method: "asymp"})
		return map[string][]float64{"statistic": {r.Statistic}, "pvalue": {r.PValue}}, err
	case "cramervonmises_2samp":
		return tr(CramerVonMises2Samp(s[0], s[1], nil))
	case "anderson_ksamp":
		r, err := AndersonKSamp(s, nil)
		return map[string][]float64{"statistic": {r.Statistic}, "pvalue": {r.PValue}}, err
	case "wasserstein_distance":
		d, err := WassersteinDistance(s[0], s[1], nil)
		return map[string][]float64{"statistic": {d}}, err
	case "energy_distance":
		d, err := EnergyDistance(s[0], s[1], nil)
		return map[string][]float64{"statistic": {d}}, err
	case "shapiro":
		return tr(Shapiro(s[0], nil))
	}
	line := func() (x, y []float64) { // the generator's x and y = c + x/2
		x, y = s[0], make([]float64, len(s[0]))
		for i := range y {
			y[i] = s[1][i] + x[i]/2
		}
		return x, y
	}
	switch fn {
	case "theilslopes_separate", "theilslopes_joint":
		x, y := line()
		r, err := TheilSlopes(y, x, &TheilSlopesOptions{Method: fn[len("theilslopes_"):]})
		return map[string][]float64{"slope": {r.Slope}, "intercept": {r.Intercept}, "low": {r.LowSlope}, "high": {r.HighSlope}}, err
	case "siegelslopes_hierarchical", "siegelslopes_separate":
		x, y := line()
		r, err := SiegelSlopes(y, x, &SiegelSlopesOptions{Method: fn[len("siegelslopes_"):]})
		return map[string][]float64{"slope": {r.Slope}, "intercept": {r.Intercept}}, err
	}
	const pre = "rankdata_"
	if len(fn) > len(pre) && fn[:len(pre)] == pre {
		r, err := RankData(s[0], &RankOptions{Method: fn[len(pre):]})
		var ssq float64
		for _, v := range r {
			ssq += v * v
		}
		return map[string][]float64{"ssq": {ssq}, "head": r[:50]}, err
	}
	return nil, fmt.Errorf("unknown function %q", fn)
}

// TestTCDFInt checks T.CDF and T.SF at integer df, where the closed forms
// of tCDFInt serve y ≥ -1/2 (and special.Stdtr the rest), against mpmath
// at 40 digits. Tolerance 2e-15 relative where the closed forms serve: they
// lose under two bits to the subtraction 1/2 - P/2 at y ≥ -1/2 (measured
// 7e-16 against special.Stdtr on a dense grid) and a few ulps in the atan
// and the sum. Elsewhere special.Stdtr answers, held to 1e-14 (it reaches
// 4.4e-15 at y = ±1.5 here; the package target is 1e-13).
func TestTCDFInt(t *testing.T) {
	f := golden.Load[tspeedCase](t, "stats/tspeed.json")
	var pts []struct {
		DF, Y, CDF, SF golden.Float
	}
	for _, c := range f.Cases {
		if c.Func == "t_cdf" {
			if err := json.Unmarshal(c.Want["points"], &pts); err != nil {
				t.Fatal(err)
			}
		}
	}
	if len(pts) == 0 {
		t.Fatal("no t_cdf points")
	}
	for _, p := range pts {
		d, err := NewT(float64(p.DF), 0, 1)
		if err != nil {
			t.Fatal(err)
		}
		y := float64(p.Y)
		for _, c := range []struct {
			name      string
			got, want float64
		}{{"CDF", d.CDF(y), float64(p.CDF)}, {"SF", d.SF(y), float64(p.SF)}} {
			yy := y
			if c.name == "SF" {
				yy = -y
			}
			tol := 1e-14
			if yy >= -0.5 && p.DF <= tIntMax {
				tol = 2e-15
			}
			if e := golden.RelErr(c.got, c.want); !(e <= tol) {
				t.Errorf("df=%v y=%v: %s = %v, mpmath %v (relative error %.2e)", p.DF, y, c.name, c.got, c.want, e)
			}
		}
	}
}
