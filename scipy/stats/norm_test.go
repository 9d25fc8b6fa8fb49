package stats

import (
	"errors"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/goscipy/goscipy/internal/golden"
)

// distCase is one (loc, scale) of a distribution in a stats golden file
// (scripts/golden/stats.py): mpmath's values at points and quantiles, and
// SciPy's closed-form moments.
type distCase struct {
	Loc    float64 `json:"loc"`
	Scale  float64 `json:"scale"`
	Points []struct {
		X      float64        `json:"x"`
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
}

// relErrNormal is golden.RelErr with the denominator at least the smallest
// normal float64: a subnormal result carries absolute, not relative,
// rounding error, and SciPy's and mpmath's own subnormals are only that
// accurate.
func relErrNormal(got, want float64) float64 {
	e := golden.RelErr(got, want)
	if w := math.Abs(want); w > 0 && w < 0x1p-1022 && !math.IsInf(e, 1) {
		return math.Abs(got-want) / 0x1p-1022
	}
	return e
}

// checkDistGolden compares every method of d with a golden case. The
// tolerance at a point is 1e-13 relative (the package's target) plus the
// conditioning of the input itself: x is a float64, y = (x-loc)/scale
// rounds by up to an ulp, and a tail value f(y) moves by |y·f'(y)/f(y)|
// ulps per ulp of y, about y² ulps for the normal tails (1444 at y = 38),
// which no implementation can avoid. cond gives that factor at y.
func checkDistGolden(t *testing.T, name string, d Continuous, c distCase, cond func(y float64) float64) {
	t.Helper()
	const eps = 0x1p-52
	worst := map[string]float64{}
	check := func(what string, x, got, want, tol float64) {
		t.Helper()
		e := relErrNormal(got, want)
		worst[what] = max(worst[what], e)
		if !(e <= tol) {
			t.Errorf("%s(loc=%g, scale=%g).%s(%v) = %v, mpmath %v (error %.2e > %.2e)", name, c.Loc, c.Scale, what, x, got, want, e, tol)
		}
	}
	for _, p := range c.Points {
		y := (p.X - c.Loc) / c.Scale
		tol := 1e-13 + 4*eps*cond(y)
		check("PDF", p.X, d.PDF(p.X), float64(p.PDF), tol)
		check("LogPDF", p.X, d.LogPDF(p.X), float64(p.LogPDF), tol)
		check("CDF", p.X, d.CDF(p.X), float64(p.CDF), tol)
		check("LogCDF", p.X, d.LogCDF(p.X), float64(p.LogCDF), tol)
		check("SF", p.X, d.SF(p.X), float64(p.SF), tol)
		check("LogSF", p.X, d.LogSF(p.X), float64(p.LogSF), tol)
	}
	for _, q := range c.Quantiles {
		// Quantiles are compared relative to max(1, |x|/scale) in units
		// of scale: near the median x - loc is tiny and carries the
		// absolute rounding of loc + scale·y.
		qerr := func(what string, got, want float64) {
			t.Helper()
			e := math.Abs(got-want) / (c.Scale * max(1, math.Abs(want-c.Loc)/c.Scale))
			if math.IsInf(want, 0) || math.IsNaN(want) {
				e = golden.RelErr(got, want)
			}
			worst[what] = max(worst[what], e)
			if !(e <= 1e-13) {
				t.Errorf("%s(loc=%g, scale=%g).%s(%v) = %v, mpmath %v (error %.2e)", name, c.Loc, c.Scale, what, q.Q, got, want, e)
			}
		}
		qerr("PPF", d.PPF(q.Q), float64(q.PPF))
		qerr("ISF", d.ISF(q.Q), float64(q.ISF))
	}
	scalar := func(what string, got, want float64) {
		t.Helper()
		e := golden.RelErr(got, want)
		if want == 0 {
			e = math.Abs(got) / c.Scale // a zero mean or skew, in units of scale
		}
		worst[what] = max(worst[what], e)
		if !(e <= 1e-13) {
			t.Errorf("%s(loc=%g, scale=%g).%s = %v, SciPy %v", name, c.Loc, c.Scale, what, got, want)
		}
	}
	scalar("Mean", d.Mean(), float64(c.Mean))
	scalar("Var", d.Var(), float64(c.Var))
	scalar("Std", d.Std(), float64(c.Std))
	scalar("Skew", d.Skew(), float64(c.Skew))
	scalar("Kurtosis", d.Kurtosis(), float64(c.Kurtosis))
	scalar("Entropy", d.Entropy(), float64(c.Entropy))
	scalar("Median", d.Median(), float64(c.Median))
	lo, hi, err := d.Interval(0.95)
	if err != nil {
		t.Fatal(err)
	}
	scalar("Interval.lo", lo, float64(c.Interval95[0]))
	scalar("Interval.hi", hi, float64(c.Interval95[1]))
	for n, m := range c.Moments {
		// SciPy's higher moments carry its own rounding (15.000000000000004
		// for the normal's sixth); 1e-13 relative covers it.
		scalar("Moment", d.Moment(n), float64(m))
	}
	t.Logf("%s(loc=%g, scale=%g): worst errors %v", name, c.Loc, c.Scale, worst)
}

// TestNormGolden checks Norm against mpmath at points deep in both tails
// and quantiles down to 1e-300, for three (loc, scale) pairs.
func TestNormGolden(t *testing.T) {
	f := golden.Load[distCase](t, "stats/norm.json")
	for _, c := range f.Cases {
		d, err := NewNorm(c.Loc, c.Scale)
		if err != nil {
			t.Fatal(err)
		}
		checkDistGolden(t, "Norm", d, c, func(y float64) float64 { return 1 + y*y })
	}
}

// TestNormEdges checks SciPy's conventions at the edges: NaN in gives NaN,
// probabilities outside [0, 1] give NaN, the ends of the support.
func TestNormEdges(t *testing.T) {
	d, _ := NewNorm(0, 1)
	nan := math.NaN()
	for _, f := range []func(float64) float64{d.PDF, d.LogPDF, d.CDF, d.LogCDF, d.SF, d.LogSF, d.PPF, d.ISF} {
		if v := f(nan); !math.IsNaN(v) {
			t.Errorf("NaN argument gave %v", v)
		}
	}
	for _, q := range []float64{-0.1, 1.5, math.Inf(1)} {
		if v := d.PPF(q); !math.IsNaN(v) {
			t.Errorf("PPF(%v) = %v, want NaN", q, v)
		}
		if v := d.ISF(q); !math.IsNaN(v) {
			t.Errorf("ISF(%v) = %v, want NaN", q, v)
		}
	}
	if d.PPF(0) != math.Inf(-1) || d.PPF(1) != math.Inf(1) || d.ISF(0) != math.Inf(1) || d.ISF(1) != math.Inf(-1) {
		t.Error("PPF/ISF at 0 and 1 are not the ends of the support")
	}
	if d.CDF(math.Inf(-1)) != 0 || d.CDF(math.Inf(1)) != 1 || d.SF(math.Inf(1)) != 0 || d.PDF(math.Inf(1)) != 0 {
		t.Error("CDF/SF/PDF at ±Inf")
	}
	if v := d.LogPDF(math.Inf(1)); !math.IsInf(v, -1) {
		t.Errorf("LogPDF(+Inf) = %v, want -Inf", v)
	}
	if v := d.Moment(-1); !math.IsNaN(v) {
		t.Errorf("Moment(-1) = %v, want NaN", v)
	}
	for _, c := range []float64{-0.1, 1.1, math.NaN()} {
		if _, _, err := d.Interval(c); !errors.Is(err, ErrValue) {
			t.Errorf("Interval(%v): error %v, want ErrValue", c, err)
		}
	}
	if lo, hi, err := d.Interval(1); err != nil || !math.IsInf(lo, -1) || !math.IsInf(hi, 1) {
		t.Errorf("Interval(1) = %v, %v, %v", lo, hi, err)
	}
}

// TestNewNormBadParams checks that invalid parameters are errors naming
// the argument, as issue 7 asks (SciPy would return NaN everywhere).
func TestNewNormBadParams(t *testing.T) {
	for _, c := range []struct {
		loc, scale float64
		arg        string
	}{
		{0, 0, "scale"}, {0, -1, "scale"}, {0, math.NaN(), "scale"}, {0, math.Inf(1), "scale"},
		{math.NaN(), 1, "loc"}, {math.Inf(-1), 1, "loc"},
	} {
		d, err := NewNorm(c.loc, c.scale)
		var e *Error
		if d != nil || !errors.As(err, &e) || e.Kind != ErrValue || e.Arg != c.arg {
			t.Errorf("NewNorm(%v, %v) = %v, %v; want an ErrValue error naming %s", c.loc, c.scale, d, err, c.arg)
		}
	}
}

// TestNormRand checks the variates' first two moments against loc and
// scale: with 1e5 draws the sample mean is within 5 standard errors.
func TestNormRand(t *testing.T) {
	d, _ := NewNorm(3, 2)
	r := rand.New(rand.NewPCG(1, 2))
	const n = 100000
	var s, s2 float64
	for range n {
		x := d.Rand(r)
		s += x
		s2 += x * x
	}
	mean := s / n
	sd := math.Sqrt(s2/n - mean*mean)
	if math.Abs(mean-3) > 5*2/math.Sqrt(n) || math.Abs(sd-2) > 0.05 {
		t.Errorf("sample mean %v, sd %v; want 3, 2", mean, sd)
	}
}
