package stats

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"testing"

	"github.com/goscipy/goscipy/internal/golden"
)

// ksCase is one record of testdata/stats/ks.json.gz
// (scripts/golden/stats_ks.py).
type ksCase struct {
	Func string                     `json:"func"`
	A    json.RawMessage            `json:"a"`
	B    json.RawMessage            `json:"b"`
	CDF  string                     `json:"cdf"`
	Args map[string]string          `json:"args"`
	Want map[string]json.RawMessage `json:"want"`
}

// ksSample decodes a sample: a list of numbers, or {"weyl": [n, mult,
// shift, scale]} meaning shift + scale·((i·mult) mod 1) for i = 1..n,
// the same float64 operations as NumPy's.
func ksSample(t *testing.T, raw json.RawMessage) []float64 {
	t.Helper()
	var w struct {
		Weyl []float64 `json:"weyl"`
	}
	if len(raw) > 0 && raw[0] == '{' {
		if err := json.Unmarshal(raw, &w); err != nil || len(w.Weyl) != 4 {
			t.Fatalf("bad weyl sample %s: %v", raw, err)
		}
		n := int(w.Weyl[0])
		x := make([]float64, n)
		for i := range x {
			x[i] = w.Weyl[2] + w.Weyl[3]*math.Mod(float64(i+1)*w.Weyl[1], 1)
		}
		return x
	}
	var v []golden.Float
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatalf("bad sample: %v", err)
	}
	return golden.Floats(v)
}

func (c ksCase) want(t *testing.T, name string) float64 {
	t.Helper()
	var v golden.Float
	if err := json.Unmarshal(c.Want[name], &v); err != nil {
		t.Fatalf("want %s: %v", name, err)
	}
	return float64(v)
}

// ksTol is the relative tolerance against SciPy for statistics, locations
// and p-values. The statistics are the same floating-point expressions as
// SciPy's; the p-values come from the same algorithms (Smirnov's sum,
// Durbin's matrix power, Pomeranz's recursion, the Pelz–Good series, the
// lattice path recursions) whose summation orders differ from NumPy's
// (matrix products, convolutions) by a few ulps per step. Where a p-value
// is computed by SciPy as 1 - CDF it carries an absolute error of ~1e-16
// on both sides, so ksAbs is allowed on top (such p-values are above 6e-4
// by the branch rules, so the relative bound still holds to ~2e-13).
const (
	ksTol = 1e-11
	ksAbs = 1e-15
)

func ksClose(got, want float64) bool {
	if math.IsNaN(want) || math.IsNaN(got) || math.IsInf(want, 0) {
		return golden.RelErr(got, want) == 0
	}
	return math.Abs(got-want) <= ksTol*math.Abs(want)+ksAbs
}

// TestKSGolden checks KS1Samp, KSTest, KS2Samp and the kstwo distribution
// against SciPy 1.10.1.
func TestKSGolden(t *testing.T) {
	f := golden.Load[ksCase](t, "stats/ks.json.gz")
	norm, _ := NewNorm(0, 1)
	expon, _ := NewExpon(0, 1)
	uniform := func(x float64) float64 { return math.Min(math.Max(x, 0), 1) }
	var worstP, worstD float64
	counts := map[string]int{}
	for i, c := range f.Cases {
		name := fmt.Sprintf("%d/%s/%s/%v", i, c.Func, c.CDF, c.Args)
		counts[c.Func]++
		if c.Func == "kstwo" {
			nx := ksSample(t, c.A)
			n, x := int(nx[0]), nx[1]
			for _, k := range []string{"cdf", "sf"} {
				got := ksKolmogn(n, x, k == "cdf")
				if k == "sf" {
					got = ksTwoSF(x, n)
				}
				w := c.want(t, k)
				if !ksClose(got, w) {
					t.Errorf("%s n=%d x=%v %s: got %v, want %v (rel err %.3g)", name, n, x, k, got, w, golden.RelErr(got, w))
				}
				worstP = math.Max(worstP, ksRel(got, w))
			}
			continue
		}
		opts := &KSOptions{Alternative: Alternative(c.Args["alternative"]), Method: c.Args["method"]}
		a := ksSample(t, c.A)
		var r KSResult
		var err error
		switch c.Func {
		case "ks_1samp":
			switch c.CDF {
			case "uniform":
				r, err = KS1Samp(a, uniform, opts)
			case "norm":
				r, err = KSTest(a, norm, opts)
			case "expon":
				r, err = KSTest(a, expon, opts)
			default:
				t.Fatalf("%s: unknown cdf", name)
			}
		case "ks_2samp":
			r, err = KS2Samp(a, ksSample(t, c.B), opts)
		default:
			t.Fatalf("%s: unknown func", name)
		}
		if _, raised := c.Want["error"]; raised {
			if !errors.Is(err, ErrEmpty) {
				t.Errorf("%s: got %v, %v; want an ErrEmpty error (SciPy raises)", name, r, err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		for _, fv := range []struct {
			k   string
			got float64
		}{{"statistic", r.Statistic}, {"pvalue", r.PValue}, {"statistic_location", r.StatisticLocation}} {
			w := c.want(t, fv.k)
			if !ksClose(fv.got, w) {
				t.Errorf("%s: %s = %v, want %v (rel err %.3g)", name, fv.k, fv.got, w, golden.RelErr(fv.got, w))
			}
			if fv.k == "pvalue" {
				worstP = math.Max(worstP, ksRel(fv.got, w))
			} else {
				worstD = math.Max(worstD, ksRel(fv.got, w))
			}
		}
		if w := c.want(t, "statistic_sign"); float64(r.StatisticSign) != w {
			t.Errorf("%s: statistic_sign = %d, want %v", name, r.StatisticSign, w)
		}
	}
	t.Logf("cases %v; max rel err: p-values/probabilities %.3g, statistics/locations %.3g", counts, worstP, worstD)
}

// ksRel is the relative error with the absolute floor ksAbs, for logging.
func ksRel(got, want float64) float64 {
	if math.IsNaN(want) || math.IsInf(want, 0) {
		return golden.RelErr(got, want)
	}
	return math.Abs(got-want) / math.Max(math.Abs(want), ksAbs/ksTol)
}
