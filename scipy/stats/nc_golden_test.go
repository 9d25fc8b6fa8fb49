package stats

import (
	"fmt"
	"math"
	"sort"
	"testing"

	"github.com/goscipy/goscipy/internal/golden"
)

// ncCase is one (df, nc, loc, scale) of NCT or NCX2 in testdata/stats/nc.json
// (scripts/golden/stats_nc.py): mpmath's values at points in both tails,
// quantiles at the mpmath probabilities of those points, moments and
// entropy.
type ncCase struct {
	Dist   string  `json:"dist"`
	DF     float64 `json:"df"`
	NC     float64 `json:"nc"`
	Loc    float64 `json:"loc"`
	Scale  float64 `json:"scale"`
	Points []struct {
		X      float64      `json:"x"`
		PDF    golden.Float `json:"pdf"`
		LogPDF golden.Float `json:"logpdf"`
		CDF    golden.Float `json:"cdf"`
		LogCDF golden.Float `json:"logcdf"`
		SF     golden.Float `json:"sf"`
		LogSF  golden.Float `json:"logsf"`
	} `json:"points"`
	Quantiles []struct {
		Kind string  `json:"kind"`
		Q    float64 `json:"q"`
		X    float64 `json:"x"`
		Cond float64 `json:"cond"`
	} `json:"quantiles"`
	Mean     golden.Float   `json:"mean"`
	Var      golden.Float   `json:"var"`
	Skew     golden.Float   `json:"skew"`
	Kurtosis golden.Float   `json:"kurtosis"`
	Moments  []golden.Float `json:"moments"`
	Entropy  golden.Float   `json:"entropy"`
}

func (c ncCase) make() (Continuous, error) {
	if c.Dist == "nct" {
		return NewNCT(c.DF, c.NC, c.Loc, c.Scale)
	}
	return NewNCX2(c.DF, c.NC, c.Loc, c.Scale)
}

// ncTol are the relative tolerances against mpmath, per distribution and
// method, each the measured maximum rounded up (see the types' doc
// comments for where the error comes from).
var ncTol = map[string]map[string]float64{
	// CDF ≈ 1.5e-189 at df = 10, nc = 1e4, x = 5000: the Poisson weight
	// and gamma factor at the largest term are exponentials of logarithms
	// near -430, 1.3e-13 measured.
	"ncx2": {"CDF": 2e-13, "LogSF": 2e-13},
	// The central moments cancel: μ₄ = m₄ - 4m₁m₃ + 6m₁²m₂ - 3m₁⁴ loses
	// about three digits at df = 100, nc = 3 (1.5e-12 measured), the
	// skewness one (1.4e-13 at df = 30, nc = -5).
	"nct": {"Skew": 3e-13, "Kurtosis": 3e-12},
}

var ncTolScale = 1.0

func ncRel(got, want float64) float64 {
	if math.IsInf(want, 0) || want == 0 {
		if got == want {
			return 0
		}
		return math.Inf(1)
	}
	return relErrNormal(got, want)
}

// TestNCGolden checks every method of NCT and NCX2 against mpmath.
func TestNCGolden(t *testing.T) {
	f := golden.Load[ncCase](t, "stats/nc.json")
	worst := map[string]float64{}
	check := func(key string, e float64, what string) {
		if e > worst[key] || math.IsNaN(e) {
			worst[key] = e
		}
		tol := 1e-13 * ncTolScale
		if v, ok := ncTol[key[:len(key)-len(key[indexDot(key):])]][key[indexDot(key)+1:]]; ok {
			tol = v
		}
		if !(e <= tol) {
			t.Errorf("%s: rel err %.3g > %.3g (%s)", key, e, tol, what)
		}
	}
	for _, c := range f.Cases {
		d, err := c.make()
		if err != nil {
			t.Fatal(err)
		}
		name := fmt.Sprintf("%s(%v,%v,%v,%v)", c.Dist, c.DF, c.NC, c.Loc, c.Scale)
		for _, p := range c.Points {
			at := fmt.Sprintf("%s x=%v", name, p.X)
			for _, m := range []struct {
				n         string
				got, want float64
			}{
				{"PDF", d.PDF(p.X), float64(p.PDF)}, {"LogPDF", d.LogPDF(p.X), float64(p.LogPDF)},
				{"CDF", d.CDF(p.X), float64(p.CDF)}, {"LogCDF", d.LogCDF(p.X), float64(p.LogCDF)},
				{"SF", d.SF(p.X), float64(p.SF)}, {"LogSF", d.LogSF(p.X), float64(p.LogSF)},
			} {
				check(c.Dist+"."+m.n, ncRel(m.got, m.want), fmt.Sprintf("%s got %v want %v", at, m.got, m.want))
			}
		}
		for _, q := range c.Quantiles {
			got := d.PPF(q.Q)
			if q.Kind == "isf" {
				got = d.ISF(q.Q)
			}
			span := math.Abs(q.X - c.Loc)
			if c.Dist == "nct" {
				span = math.Max(span, c.Scale)
			}
			e := math.Abs(got-q.X) / span / math.Max(1, q.Cond)
			check(c.Dist+"."+q.Kind, e, fmt.Sprintf("%s q=%v got %v want %v cond %v", name, q.Q, got, q.X, q.Cond))
		}
		for _, m := range []struct {
			n         string
			got, want float64
		}{{"Mean", d.Mean(), float64(c.Mean)}, {"Var", d.Var(), float64(c.Var)}, {"Skew", d.Skew(), float64(c.Skew)}, {"Kurtosis", d.Kurtosis(), float64(c.Kurtosis)}} {
			if math.IsNaN(m.want) {
				if !math.IsNaN(m.got) {
					t.Errorf("%s %s = %v, want NaN", name, m.n, m.got)
				}
				continue
			}
			check(c.Dist+"."+m.n, ncRel(m.got, m.want), name)
		}
		if c.Loc == 0 && c.Scale == 1 {
			for i, w := range c.Moments {
				got := d.Moment(i + 1)
				if math.IsNaN(float64(w)) {
					if !(math.IsNaN(got) || math.IsInf(got, 1)) {
						t.Errorf("%s Moment(%d) = %v, want divergent", name, i+1, got)
					}
					continue
				}
				check(c.Dist+".Moment", ncRel(got, float64(w)), fmt.Sprintf("%s n=%d", name, i+1))
			}
		}
		if !math.IsNaN(float64(c.Entropy)) {
			check(c.Dist+".Entropy", ncRel(d.Entropy(), float64(c.Entropy)), name)
		}
	}
	keys := make([]string, 0, len(worst))
	for k := range worst {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		t.Logf("max rel err %-14s %.3g", k, worst[k])
	}
}

func indexDot(s string) int {
	for i := range s {
		if s[i] == '.' {
			return i
		}
	}
	return len(s)
}
