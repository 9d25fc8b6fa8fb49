package stats

import (
	"math"
	"testing"

	"github.com/goscipy/goscipy/internal/golden"
)

// distCase is one (shape, loc, scale) of a distribution in a stats golden
// file (scripts/golden/stats.py): mpmath's values at points and quantiles,
// mpmath's raw moments and SciPy's closed-form statistics.
type distCase struct {
	Shape  []float64 `json:"shape"`
	Loc    float64   `json:"loc"`
	Scale  float64   `json:"scale"`
	Points []struct {
		X      float64        `json:"x"`
		Cond   golden.Float   `json:"cond"`
		PDF    golden.Float   `json:"pdf"`
		LogPDF golden.Float   `json:"logpdf"`
		CDF    golden.Float   `json:"cdf"`
		LogCDF golden.Float   `json:"logcdf"`
		SF     golden.Float   `json:"sf"`
		LogSF  golden.Float   `json:"logsf"`
		SciPy  []golden.Float `json:"scipy"`
	} `json:"points"`
	Quantiles []struct {
		Q     float64        `json:"q"`
		PPF   golden.Float   `json:"ppf"`
		ISF   golden.Float   `json:"isf"`
		SciPy []golden.Float `json:"scipy"`
	} `json:"quantiles"`
	Mean       golden.Float   `json:"mean"`
	Var        golden.Float   `json:"var"`
	Std        golden.Float   `json:"std"`
	Skew       golden.Float   `json:"skew"`
	Kurtosis   golden.Float   `json:"kurtosis"`
	Entropy    golden.Float   `json:"entropy"`
	Median     golden.Float   `json:"median"`
	Interval95 []golden.Float `json:"interval95"`
	Moments    []golden.Float `json:"moments"`
	MomentCond []float64      `json:"moment_cond"`
}

// goldenDists maps each golden file to its constructor; shape holds the
// case's shape parameters in SciPy's order.
var goldenDists = []struct {
	file string
	make func(shape []float64, loc, scale float64) (Continuous, error)
	// tol overrides the 1e-13 target for named methods, each with the
	// reason in a comment where it is set.
	tol map[string]float64
}{
	{"norm", func(_ []float64, l, s float64) (Continuous, error) { return NewNorm(l, s) }, nil},
	{"expon", func(_ []float64, l, s float64) (Continuous, error) { return NewExpon(l, s) }, nil},
	{"uniform", func(_ []float64, l, s float64) (Continuous, error) { return NewUniform(l, s) }, nil},
	{"cauchy", func(_ []float64, l, s float64) (Continuous, error) { return NewCauchy(l, s) }, nil},
	{"laplace", func(_ []float64, l, s float64) (Continuous, error) { return NewLaplace(l, s) }, nil},
	{"logistic", func(_ []float64, l, s float64) (Continuous, error) { return NewLogistic(l, s) }, nil},
	{"gumbel_r", func(_ []float64, l, s float64) (Continuous, error) { return NewGumbelR(l, s) }, nil},
	{"gumbel_l", func(_ []float64, l, s float64) (Continuous, error) { return NewGumbelL(l, s) }, nil},
	{"rayleigh", func(_ []float64, l, s float64) (Continuous, error) { return NewRayleigh(l, s) }, nil},
	// z = log(y)/s rounds in the logarithm and in the division, and the
	// normal tail at z moves by about z² ulps per ulp of z: z² = 1357 at
	// y = 1e4, s = 0.25, where 1.6e-13 was measured.
	{"lognorm", func(sh []float64, l, s float64) (Continuous, error) { return NewLognorm(sh[0], l, s) },
		map[string]float64{"PDF": 3e-13, "CDF": 3e-13, "SF": 3e-13, "LogCDF": 3e-13, "LogSF": 3e-13}},
	// Skewness and kurtosis come from Γ(1+k/c), k ≤ 4, by the raw-moment
	// formulas, which cancel (Σ|terms|/|result| ≈ 400 for the kurtosis at
	// c = 2.5) and so multiply math.Gamma's ~1e-15 error: 6e-13 measured.
	{"weibull_min", func(sh []float64, l, s float64) (Continuous, error) { return NewWeibullMin(sh[0], l, s) },
		map[string]float64{"Skew": 2e-12, "Kurtosis": 2e-12}},
	{"weibull_max", func(sh []float64, l, s float64) (Continuous, error) { return NewWeibullMax(sh[0], l, s) },
		map[string]float64{"Skew": 2e-12, "Kurtosis": 2e-12}},
	{"pareto", func(sh []float64, l, s float64) (Continuous, error) { return NewPareto(sh[0], l, s) }, nil},
}

// TestDistGolden checks every distribution against mpmath at points deep
// in both tails and quantiles down to 1e-300, for three (loc, scale) pairs
// and each shape in the golden file.
func TestDistGolden(t *testing.T) {
	for _, g := range goldenDists {
		t.Run(g.file, func(t *testing.T) {
			f := golden.Load[distCase](t, "stats/"+g.file+".json")
			for _, c := range f.Cases {
				d, err := g.make(c.Shape, c.Loc, c.Scale)
				if err != nil {
					t.Fatal(err)
				}
				checkDistGolden(t, g.file, d, c, g.tol)
			}
		})
	}
}

// relErrNormal is golden.RelErr with the denominator at least the smallest
// normal float64: a subnormal result carries absolute, not relative,
// rounding error, and mpmath's value rounded to a subnormal is only that
// accurate.
func relErrNormal(got, want float64) float64 {
	e := golden.RelErr(got, want)
	if w := math.Abs(want); w > 0 && w < 0x1p-1022 && !math.IsInf(e, 1) {
		return math.Abs(got-want) / 0x1p-1022
	}
	return e
}

// checkDistGolden compares every method of d with a golden case.
//
// Tolerances: 1e-13 relative, the package's target, except where tol says
// otherwise, plus the conditioning of the input where loc and scale are
// not 0 and 1: x is a float64 and y = (x-loc)/scale rounds by up to an ulp,
// which moves a value by cond ulps (the relative condition number
// |y·(log v)'(y)|, recorded by the generator: about y² in the normal
// tails, 1444 at y = 38), and no implementation can avoid that. Quantiles
// are compared in units of scale·max(|y|, 1) on the real line (near the
// median x-loc is tiny) and relative to y on a half line, plus two ulps of
// the result for the final loc + scale·y.
func checkDistGolden(t *testing.T, name string, d Continuous, c distCase, tol map[string]float64) {
	t.Helper()
	const eps = 0x1p-52
	worst := map[string]float64{}
	target := func(what string) float64 {
		if v, ok := tol[what]; ok {
			return v
		}
		return 1e-13
	}
	exactY := c.Loc == 0 && c.Scale == 1
	for _, p := range c.Points {
		slack := 0.0
		if !exactY {
			slack = 2 * eps * float64(p.Cond)
		}
		check := func(what string, got, want, slack float64) {
			t.Helper()
			e := relErrNormal(got, want)
			worst[what] = max(worst[what], e)
			if !(e <= target(what)+slack) {
				t.Errorf("%s%v(loc=%g, scale=%g).%s(%v) = %v, mpmath %v (error %.2e > %.2e)", name, c.Shape, c.Loc, c.Scale, what, p.X, got, want, e, target(what)+slack)
			}
		}
		// A logarithm moves by the relative change of its argument, so
		// its relative slack is the value's divided by |log|; LogPDF is
		// also logpdf(y) - log(scale), which cancels when the two are
		// close and then carries their absolute rounding.
		logSlack := func(want float64) float64 {
			if want == 0 || math.IsInf(want, 0) {
				return 0
			}
			return (slack + 2*eps*math.Abs(math.Log(c.Scale))) / math.Abs(want)
		}
		check("PDF", d.PDF(p.X), float64(p.PDF), slack)
		check("LogPDF", d.LogPDF(p.X), float64(p.LogPDF), logSlack(float64(p.LogPDF)))
		check("CDF", d.CDF(p.X), float64(p.CDF), slack)
		check("LogCDF", d.LogCDF(p.X), float64(p.LogCDF), logSlack(float64(p.LogCDF)))
		check("SF", d.SF(p.X), float64(p.SF), slack)
		check("LogSF", d.LogSF(p.X), float64(p.LogSF), logSlack(float64(p.LogSF)))
	}
	lo, _ := d.Support()
	floor := 1.0
	if !math.IsInf(lo, -1) {
		floor = 0
	}
	for _, q := range c.Quantiles {
		qcheck := func(what string, got, want float64) {
			t.Helper()
			var e float64
			if math.IsInf(want, 0) || math.IsNaN(want) {
				e = golden.RelErr(got, want)
			} else {
				y := (want - c.Loc) / c.Scale
				unit := c.Scale * max(math.Abs(y), floor)
				e = max(0, math.Abs(got-want)-2*eps*math.Abs(want)) / unit
				if unit == 0 && got == want {
					e = 0
				}
			}
			worst[what] = max(worst[what], e)
			if !(e <= target(what)) {
				t.Errorf("%s%v(loc=%g, scale=%g).%s(%v) = %v, mpmath %v (error %.2e)", name, c.Shape, c.Loc, c.Scale, what, q.Q, got, want, e)
			}
		}
		qcheck("PPF", d.PPF(q.Q), float64(q.PPF))
		qcheck("ISF", d.ISF(q.Q), float64(q.ISF))
	}
	scalar := func(what string, got, want float64) {
		t.Helper()
		e := golden.RelErr(got, want)
		if want == 0 {
			e = math.Abs(got) / c.Scale // a zero mean or skew, in units of scale
		}
		worst[what] = max(worst[what], e)
		if !(e <= target(what)) {
			t.Errorf("%s%v(loc=%g, scale=%g).%s = %v, want %v", name, c.Shape, c.Loc, c.Scale, what, got, want)
		}
	}
	scalar("Mean", d.Mean(), float64(c.Mean))
	scalar("Var", d.Var(), float64(c.Var))
	scalar("Std", d.Std(), float64(c.Std))
	scalar("Skew", d.Skew(), float64(c.Skew))
	scalar("Kurtosis", d.Kurtosis(), float64(c.Kurtosis))
	scalar("Entropy", d.Entropy(), float64(c.Entropy))
	scalar("Median", d.Median(), float64(c.Median))
	ilo, ihi, err := d.Interval(0.95)
	if err != nil {
		t.Fatal(err)
	}
	scalar("Interval", ilo, float64(c.Interval95[0]))
	scalar("Interval", ihi, float64(c.Interval95[1]))
	for n, m := range c.Moments {
		// With loc ≠ 0 the binomial expansion of E[(loc+scale·Y)ⁿ] may
		// cancel: MomentCond[n] = Σ|terms|/|sum| bounds the loss.
		got, want := d.Moment(n), float64(m)
		e := golden.RelErr(got, want)
		worst["Moment"] = max(worst["Moment"], e)
		if lim := target("Moment") + 8*eps*c.MomentCond[n]; !(e <= lim) {
			t.Errorf("%s%v(loc=%g, scale=%g).Moment(%d) = %v, want %v (error %.2e > %.2e)", name, c.Shape, c.Loc, c.Scale, n, got, want, e, lim)
		}
	}
	t.Logf("%s%v(loc=%g, scale=%g): worst errors %v", name, c.Shape, c.Loc, c.Scale, worst)
}
