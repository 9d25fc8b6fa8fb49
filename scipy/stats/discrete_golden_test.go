package stats

import (
	"math"
	"testing"

	"github.com/goscipy/goscipy/internal/golden"
)

// discreteCase is one parameter set of a discrete distribution in a golden
// file (scripts/golden/stats_discrete.py): mpmath's values at integer
// points reaching into both tails, exact quantiles, and exact moments and
// statistics.
type discreteCase struct {
	Params []float64 `json:"params"`
	Loc    float64   `json:"loc"`
	Points []struct {
		K      float64      `json:"k"`
		PMF    golden.Float `json:"pmf"`
		LogPMF golden.Float `json:"logpmf"`
		CDF    golden.Float `json:"cdf"`
		LogCDF golden.Float `json:"logcdf"`
		SF     golden.Float `json:"sf"`
		LogSF  golden.Float `json:"logsf"`
		// PSlack is the relative change of CDF or SF when p is replaced by
		// 1 - fl(1-p) (binom, nbinom): what evaluating the incomplete beta
		// function at a rounded 1-p would cost. For information only: Binom
		// and NBinom sum the tails where it matters and are held to the
		// plain tolerance.
		PSlack float64 `json:"pslack"`
		// SciPy holds SciPy's PMF, LogPMF, CDF, LogCDF, SF, LogSF, for
		// information (NaN where its generic summation is infeasible).
		SciPy []golden.Float `json:"scipy"`
	} `json:"points"`
	Quantiles []struct {
		Q      float64        `json:"q"`
		PPF    golden.Float   `json:"ppf"`
		ISF    golden.Float   `json:"isf"`
		PPFTie bool           `json:"ppf_tie"`
		ISFTie bool           `json:"isf_tie"`
		SciPy  []golden.Float `json:"scipy"`
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
	// SciPyStats is SciPy's mean, variance, skewness, kurtosis and
	// entropy, for information.
	SciPyStats []golden.Float `json:"scipy_stats"`
}

// goldenDiscrete maps each golden file to its constructor; params holds
// the case's parameters in SciPy's order.
var goldenDiscrete = []struct {
	file string
	make func(params []float64, loc float64) (Discrete, error)
	// tol overrides the 1e-13 target for named methods, each with the
	// reason in a comment where it is set.
	tol map[string]float64
}{
	{"binom", func(p []float64, l float64) (Discrete, error) { return NewBinom(int(p[0]), p[1], l) }, nil},
	{"bernoulli", func(p []float64, l float64) (Discrete, error) { return NewBernoulli(p[0], l) }, nil},
	{"poisson", func(p []float64, l float64) (Discrete, error) { return NewPoisson(p[0], l) }, nil},
	{"geom", func(p []float64, l float64) (Discrete, error) { return NewGeom(p[0], l) }, nil},
	{"nbinom", func(p []float64, l float64) (Discrete, error) { return NewNBinom(p[0], p[1], l) }, nil},
	{"hypergeom", func(p []float64, l float64) (Discrete, error) {
		return NewHypergeom(int(p[0]), int(p[1]), int(p[2]), l)
	}, nil},
	{"betabinom", func(p []float64, l float64) (Discrete, error) { return NewBetaBinom(int(p[0]), p[1], p[2], l) }, nil},
	{"zipf", func(p []float64, l float64) (Discrete, error) { return NewZipf(p[0], l) }, nil},
	{"dlaplace", func(p []float64, l float64) (Discrete, error) { return NewDLaplace(p[0], l) }, nil},
	{"randint", func(p []float64, l float64) (Discrete, error) { return NewRandInt(int(p[0]), int(p[1]), l) }, nil},
}

// TestDiscreteGolden checks every discrete distribution against mpmath at
// points deep in both tails (where the PMF and the tails underflow, for
// the logarithms), exact quantiles down to 1e-300, moments and statistics.
func TestDiscreteGolden(t *testing.T) {
	for _, g := range goldenDiscrete {
		t.Run(g.file, func(t *testing.T) {
			f := golden.Load[discreteCase](t, "stats/discrete_"+g.file+".json")
			for _, c := range f.Cases {
				d, err := g.make(c.Params, c.Loc)
				if err != nil {
					t.Fatal(err)
				}
				checkDiscreteGolden(t, g.file, d, c, g.tol)
			}
		})
	}
}

// checkDiscreteGolden compares every method of d with a golden case.
//
// Tolerances: 1e-13 relative, the package's target, except where tol says
// otherwise, plus two allowances no float64 evaluation avoids. A value
// formed as exp(L) (every PMF, and the tails built from it) carries L's
// absolute rounding, a few ulps of |L|, as relative error: 4·eps·|log v|
// is allowed (2e-13 at v = 1e-200), and a logarithm near 0 computed as
// log1p(-v) inherits v's allowance. Quantiles must be exact, or within
// one where a neighbouring CDF is within 1e-12 of q (a tie rounding may
// break either way).
func checkDiscreteGolden(t *testing.T, name string, d Discrete, c discreteCase, tol map[string]float64) {
	t.Helper()
	const eps = 0x1p-52
	worst := map[string]float64{}
	target := func(what string) float64 {
		if v, ok := tol[what]; ok {
			return v
		}
		return 1e-13
	}
	for _, p := range c.Points {
		check := func(what string, got, want, slack float64) {
			t.Helper()
			e := relErrNormal(got, want)
			worst[what] = max(worst[what], e)
			if !(e <= target(what)+slack) {
				t.Errorf("%s%v(loc=%g).%s(%v) = %v, mpmath %v (error %.2e > %.2e)", name, c.Params, c.Loc, what, p.K, got, want, e, target(what)+slack)
			}
		}
		expSlack := func(logv float64) float64 {
			if math.IsInf(logv, 0) {
				return 0
			}
			return 4 * eps * math.Abs(logv)
		}
		// Near 1, LogCDF is log1p(-SF) ≈ -SF and inherits SF's relative
		// error (and conversely).
		carried := func(logv, other, logOther float64) float64 {
			if logv == 0 || math.IsInf(logv, 0) {
				return 0
			}
			return expSlack(logOther) * other / math.Abs(logv)
		}
		check("PMF", d.PMF(p.K), float64(p.PMF), expSlack(float64(p.LogPMF)))
		check("LogPMF", d.LogPMF(p.K), float64(p.LogPMF), 0)
		check("CDF", d.CDF(p.K), float64(p.CDF), expSlack(float64(p.LogCDF)))
		check("LogCDF", d.LogCDF(p.K), float64(p.LogCDF), carried(float64(p.LogCDF), float64(p.SF), float64(p.LogSF)))
		check("SF", d.SF(p.K), float64(p.SF), expSlack(float64(p.LogSF)))
		check("LogSF", d.LogSF(p.K), float64(p.LogSF), carried(float64(p.LogSF), float64(p.CDF), float64(p.LogCDF)))
	}
	for _, q := range c.Quantiles {
		qcheck := func(what string, got, want float64, tie bool) {
			t.Helper()
			if math.IsNaN(want) {
				return // beyond 2⁵³: not an integer in float64, not recorded
			}
			ok := got == want || (tie && math.Abs(got-want) == 1)
			if !ok {
				worst[what] = math.Inf(1)
				t.Errorf("%s%v(loc=%g).%s(%v) = %v, mpmath %v (tie %v)", name, c.Params, c.Loc, what, q.Q, got, want, tie)
			}
		}
		qcheck("PPF", d.PPF(q.Q), float64(q.PPF), q.PPFTie)
		qcheck("ISF", d.ISF(q.Q), float64(q.ISF), q.ISFTie)
	}
	scalar := func(what string, got, want float64) {
		t.Helper()
		e := golden.RelErr(got, want)
		if want == 0 {
			e = math.Abs(got) // a zero mean or skew
		}
		worst[what] = max(worst[what], e)
		if !(e <= target(what)) {
			t.Errorf("%s%v(loc=%g).%s = %v, want %v (error %.2e)", name, c.Params, c.Loc, what, got, want, e)
		}
	}
	scalar("Mean", d.Mean(), float64(c.Mean))
	scalar("Var", d.Var(), float64(c.Var))
	scalar("Std", d.Std(), float64(c.Std))
	scalar("Skew", d.Skew(), float64(c.Skew))
	scalar("Kurtosis", d.Kurtosis(), float64(c.Kurtosis))
	scalar("Entropy", d.Entropy(), float64(c.Entropy))
	if got := d.Median(); got != float64(c.Median) {
		t.Errorf("%s%v(loc=%g).Median = %v, want %v", name, c.Params, c.Loc, got, float64(c.Median))
	}
	lo, hi, err := d.Interval(0.95)
	if err != nil {
		t.Fatal(err)
	}
	for i, got := range []float64{lo, hi} {
		if want := float64(c.Interval95[i]); !math.IsNaN(want) && got != want {
			t.Errorf("%s%v(loc=%g).Interval(0.95)[%d] = %v, want %v", name, c.Params, c.Loc, i, got, want)
		}
	}
	for n, m := range c.Moments {
		// With loc ≠ 0 the binomial expansion of E[(loc+Y)ⁿ] may cancel:
		// MomentCond[n] = Σ|terms|/|sum| bounds the loss.
		got, want := d.Moment(n), float64(m)
		e := golden.RelErr(got, want)
		worst["Moment"] = max(worst["Moment"], e)
		if lim := target("Moment") + 8*eps*c.MomentCond[n]; !(e <= lim) {
			t.Errorf("%s%v(loc=%g).Moment(%d) = %v, want %v (error %.2e > %.2e)", name, c.Params, c.Loc, n, got, want, e, lim)
		}
	}
	t.Logf("%s%v(loc=%g): worst errors %v", name, c.Params, c.Loc, worst)
}
