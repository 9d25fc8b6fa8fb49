package stats

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"testing"

	"github.com/goscipy/goscipy/internal/golden"
)

// describeCase is one call of testdata/stats/describe.json
// (scripts/golden/stats_describe.py): a SciPy function, its sample and
// arguments, and SciPy's result or the exception it raised.
type describeCase struct {
	Func   string                     `json:"func"`
	Sample string                     `json:"sample"`
	X      []golden.Float             `json:"x"`
	Args   map[string]json.RawMessage `json:"args"`
	Want   json.RawMessage            `json:"want"`
}

func (c describeCase) arg(name string, v any) {
	if raw, ok := c.Args[name]; ok {
		if err := json.Unmarshal(raw, v); err != nil {
			panic(fmt.Sprintf("%s: arg %s: %v", c.Func, name, err))
		}
	}
}

func (c describeCase) policy() NanPolicy {
	var p string
	c.arg("nan_policy", &p)
	return NanPolicy(p)
}

// describeTol is the relative tolerance against SciPy. The sample
// functions use NumPy's own pairwise summation and SciPy's order of
// operations, so most results agree to a few ulps; 1e-13 leaves room for
// the exponentials of Gmean and Pmean and for the skewness and kurtosis of
// the sample offset by 1e8, whose deviations from the mean carry the mean's
// absolute rounding (1e8·ε) — identical here only because the means are.
const describeTol = 1e-13

// TestDescribeGolden runs every recorded call against SciPy 1.10.1.
func TestDescribeGolden(t *testing.T) {
	f := golden.Load[describeCase](t, "stats/describe.json.gz")
	for i, c := range f.Cases {
		name := fmt.Sprintf("%d/%s/%s/%s", i, c.Func, c.Sample, argString(c.Args))
		x := make([]float64, len(c.X))
		for j, v := range c.X {
			x[j] = float64(v)
		}
		var wantErr struct {
			Error string `json:"error"`
		}
		if json.Unmarshal(c.Want, &wantErr) == nil && wantErr.Error != "" {
			got, err := runDescribe(c, x)
			switch {
			case wantErr.Error == "ZeroDivisionError":
				// NumPy's average raises for weights summing to zero
				// (an empty sample with an empty weight list); the Go
				// functions return NaN for every empty sample instead.
				if err == nil && !allNaN(got) {
					t.Errorf("%s: got %v, want NaN (SciPy raises ZeroDivisionError)", name, got)
				}
			case err == nil:
				t.Errorf("%s: got %v, want an error (SciPy raises %s)", name, got, wantErr.Error)
			}
			continue
		}
		got, err := runDescribe(c, x)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		want := decodeWant(t, c)
		if len(got) != len(want) {
			t.Errorf("%s: got %d values %v, want %d %v", name, len(got), got, len(want), want)
			continue
		}
		for j := range got {
			if e := golden.RelErr(got[j], want[j]); !(e <= describeTol) {
				t.Errorf("%s: value %d = %v, SciPy %v (relative error %.2e)", name, j, got[j], want[j], e)
			}
		}
	}
}

func argString(a map[string]json.RawMessage) string {
	b, _ := json.Marshal(a)
	return string(b)
}

func allNaN(v []float64) bool {
	for _, x := range v {
		if !math.IsNaN(x) {
			return false
		}
	}
	return true
}

// decodeWant flattens SciPy's result to the order runDescribe returns.
func decodeWant(t *testing.T, c describeCase) []float64 {
	t.Helper()
	switch c.Func {
	case "describe":
		var d struct {
			NObs                                         int
			Min, Max, Mean, Variance, Skewness, Kurtosis golden.Float
		}
		if err := json.Unmarshal(c.Want, &d); err != nil {
			t.Fatal(err)
		}
		return []float64{float64(d.NObs), float64(d.Min), float64(d.Max), float64(d.Mean), float64(d.Variance), float64(d.Skewness), float64(d.Kurtosis)}
	case "mode":
		var m struct {
			Mode  golden.Float
			Count int
		}
		if err := json.Unmarshal(c.Want, &m); err != nil {
			t.Fatal(err)
		}
		return []float64{float64(m.Mode), float64(m.Count)}
	case "zscore", "rankdata", "trimboth":
		var v []golden.Float
		if err := json.Unmarshal(c.Want, &v); err != nil {
			t.Fatal(err)
		}
		return golden.Floats(v)
	}
	var v golden.Float
	if err := json.Unmarshal(c.Want, &v); err != nil {
		t.Fatal(err)
	}
	return []float64{float64(v)}
}

// runDescribe calls the Go function a golden record names.
func runDescribe(c describeCase, x []float64) ([]float64, error) {
	one := func(v float64, err error) ([]float64, error) { return []float64{v}, err }
	pol := c.policy()
	switch c.Func {
	case "moment":
		var order int
		var center *float64
		c.arg("order", &order)
		c.arg("center", &center)
		return one(Moment(x, order, &MomentOptions{Center: center, NanPolicy: pol}))
	case "skew":
		var bias bool
		c.arg("bias", &bias)
		return one(Skew(x, &ShapeOptions{Unbiased: !bias, NanPolicy: pol}))
	case "kurtosis":
		var bias, fisher bool
		c.arg("bias", &bias)
		c.arg("fisher", &fisher)
		return one(Kurtosis(x, &ShapeOptions{Unbiased: !bias, Pearson: !fisher, NanPolicy: pol}))
	case "describe":
		var ddof int
		var bias bool
		c.arg("ddof", &ddof)
		c.arg("bias", &bias)
		d, err := Describe(x, &DescribeOptions{DDOF: &ddof, Unbiased: !bias, NanPolicy: pol})
		return []float64{float64(d.NObs), d.Min, d.Max, d.Mean, d.Variance, d.Skewness, d.Kurtosis}, err
	case "variation", "sem", "zscore":
		var ddof int
		c.arg("ddof", &ddof)
		o := &DDOFOptions{DDOF: &ddof, NanPolicy: pol}
		switch c.Func {
		case "variation":
			return one(Variation(x, o))
		case "sem":
			return one(Sem(x, o))
		}
		return Zscore(x, o)
	case "mode":
		m, err := Mode(x, &Options{NanPolicy: pol})
		return []float64{m.Mode, float64(m.Count)}, err
	case "rankdata":
		var method string
		c.arg("method", &method)
		return RankData(x, &RankOptions{Method: method, NanPolicy: pol})
	case "percentileofscore":
		var score float64
		var kind string
		c.arg("score", &score)
		c.arg("kind", &kind)
		return one(PercentileOfScore(x, score, &PercentileOptions{Kind: kind, NanPolicy: pol}))
	case "iqr":
		o := &IQROptions{NanPolicy: pol}
		c.arg("interpolation", &o.Interpolation)
		c.arg("rng", &o.Rng)
		c.arg("normal", &o.Normal)
		c.arg("scale", &o.Scale)
		return one(IQR(x, o))
	case "trim_mean", "trimboth":
		var p float64
		c.arg("proportion", &p)
		if c.Func == "trimboth" {
			return TrimBoth(x, p)
		}
		return one(TrimMean(x, p))
	case "scoreatpercentile":
		var per float64
		o := &ScoreAtPercentileOptions{}
		c.arg("per", &per)
		c.arg("interpolation", &o.Interpolation)
		c.arg("limit", &o.Limit)
		return one(ScoreAtPercentile(x, per, o))
	case "gmean", "hmean", "pmean":
		o := &MeanOptions{}
		c.arg("weights", &o.Weights)
		switch c.Func {
		case "gmean":
			return one(Gmean(x, o))
		case "hmean":
			return one(Hmean(x, o))
		}
		var p float64
		c.arg("p", &p)
		return one(Pmean(x, p, o))
	}
	return nil, errors.New("unknown golden function " + c.Func)
}
