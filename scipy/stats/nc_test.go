package stats

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
)

// ncParams are (df, nc) pairs of the property tests: small and large df,
// small and large non-centrality, both signs of nc for NCT.
var ncx2Params = [][2]float64{{3, 2}, {0.1, 1}, {10, 1e4}, {1, 1e-10}, {50, 0.5}, {0.5, 100}}
var nctParams = [][2]float64{{5, 1}, {0.1, 1}, {10, 40}, {3, -2}, {30, -5}, {1.5, 0.5}}

func ncDists(t *testing.T) map[string]Continuous {
	out := map[string]Continuous{}
	for _, p := range ncx2Params {
		d, err := NewNCX2(p[0], p[1], 0, 1)
		if err != nil {
			t.Fatal(err)
		}
		out[fmt.Sprintf("ncx2(%v,%v)", p[0], p[1])] = d
	}
	for _, p := range nctParams {
		d, err := NewNCT(p[0], p[1], 0, 1)
		if err != nil {
			t.Fatal(err)
		}
		out[fmt.Sprintf("nct(%v,%v)", p[0], p[1])] = d
	}
	return out
}

// TestNCComplementAndRoundTrip checks, at the quantiles 0.01 … 0.99 of
// each distribution, that CDF and SF (each computed directly) add to 1
// within 3e-15 (each carries up to about 2e-15 relative error, the
// largest for nc = 1e4, where the Poisson weights' logarithms are
// largest), that LogCDF and LogSF are the logarithms of CDF and SF, and
// that CDF(PPF(q)) = q and SF(ISF(q)) = q to 5e-15 + κ·4e-16 relative,
// κ = max(|x|, 1)·PDF(x)/q the relative condition number of the
// probability at x (an x rounded to float64 moves it by κ/2 ulps; κ is
// about 140 at the 1% quantiles of nc = 1e4).
func TestNCComplementAndRoundTrip(t *testing.T) {
	for name, d := range ncDists(t) {
		tol := func(x, q float64) float64 { return 5e-15 + 4e-16*math.Max(1, math.Abs(x))*d.PDF(x)/q }
		for _, q := range []float64{0.01, 0.1, 0.3, 0.5, 0.7, 0.9, 0.99} {
			x := d.PPF(q)
			c, s := d.CDF(x), d.SF(x)
			if e := math.Abs(c + s - 1); !(e <= 3e-15) {
				t.Errorf("%s x=%v: CDF+SF-1 = %v", name, x, e)
			}
			if e := math.Abs(d.LogCDF(x) - math.Log(c)); !(e <= 1e-14) {
				t.Errorf("%s x=%v: LogCDF %v, log CDF %v", name, x, d.LogCDF(x), math.Log(c))
			}
			if e := math.Abs(d.LogSF(x) - math.Log(s)); !(e <= 1e-14) {
				t.Errorf("%s x=%v: LogSF %v, log SF %v", name, x, d.LogSF(x), math.Log(s))
			}
			if e := math.Abs(c-q) / q; !(e <= tol(x, q)) {
				t.Errorf("%s: CDF(PPF(%v)) = %v (rel %.2g > %.2g)", name, q, c, e, tol(x, q))
			}
			xi := d.ISF(q)
			if s2 := d.SF(xi); !(math.Abs(s2-q)/q <= tol(xi, q)) {
				t.Errorf("%s: SF(ISF(%v)) = %v (tol %.2g)", name, q, s2, tol(xi, q))
			}
		}
		if med := d.Median(); !(math.Abs(d.CDF(med)-0.5) <= 0.5*tol(med, 0.5)) {
			t.Errorf("%s: CDF(Median) = %v", name, d.CDF(med))
		}
		lo, hi, err := d.Interval(0.9)
		if err != nil || !(math.Abs(lo-d.PPF(0.05)) <= 1e-14*math.Abs(lo)) || !(math.Abs(hi-d.ISF(0.05)) <= 1e-14*math.Abs(hi)) {
			t.Errorf("%s: Interval(0.9) = %v, %v, %v", name, lo, hi, err)
		}
	}
}

// TestNCReducesToCentral checks that nc = 0 gives Chi2 and T of this
// package: NCX2 exactly (SciPy also switches to chi2), NCT by its own
// quadrature to 1e-13, in the tails too.
func TestNCReducesToCentral(t *testing.T) {
	for _, df := range []float64{0.3, 1, 3, 12} {
		n, _ := NewNCX2(df, 0, 0, 1)
		c, _ := NewChi2(df, 0, 1)
		for _, x := range []float64{1e-5, 0.5, 3, 40, 700} {
			if n.PDF(x) != c.PDF(x) || n.CDF(x) != c.CDF(x) || n.LogSF(x) != c.LogSF(x) || n.PPF(0.3) != c.PPF(0.3) {
				t.Errorf("NCX2(%v, 0) differs from Chi2 at %v", df, x)
			}
		}
		if n.Entropy() != c.Entropy() || n.Var() != c.Var() {
			t.Errorf("NCX2(%v, 0) stats differ from Chi2", df)
		}
		// nc = 1e-12 moves every value by about nc/2 relative.
		s, _ := NewNCX2(df, 1e-12, 0, 1)
		for _, x := range []float64{1e-5, 0.5, 3, 40} {
			if e := math.Abs(s.CDF(x)-c.CDF(x)) / c.CDF(x); !(e <= 1e-11) {
				t.Errorf("NCX2(%v, 1e-12).CDF(%v) = %v, Chi2 %v", df, x, s.CDF(x), c.CDF(x))
			}
		}
	}
	for _, df := range []float64{0.5, 2, 5, 40} {
		n, _ := NewNCT(df, 0, 0, 1)
		c, _ := NewT(df, 0, 1)
		for _, x := range []float64{-1e6, -30, -2, -0.1, 0, 0.7, 4, 1e3, 1e20} {
			for _, m := range []struct {
				name      string
				got, want float64
			}{
				{"PDF", n.PDF(x), c.PDF(x)}, {"CDF", n.CDF(x), c.CDF(x)}, {"SF", n.SF(x), c.SF(x)},
				{"LogCDF", n.LogCDF(x), c.LogCDF(x)}, {"LogSF", n.LogSF(x), c.LogSF(x)},
			} {
				if e := ncRel(m.got, m.want); !(e <= 1e-13) {
					t.Errorf("NCT(%v, 0).%s(%v) = %v, T %v (rel %.2g)", df, m.name, x, m.got, m.want, e)
				}
			}
		}
		if df > 4 {
			// SciPy 1.10 reports 0 here; T's excess kurtosis is 6/(df-4).
			for _, m := range [][2]float64{{n.Mean(), c.Mean()}, {n.Var(), c.Var()}, {n.Skew(), c.Skew()}, {n.Kurtosis(), c.Kurtosis()}} {
				if !(math.Abs(m[0]-m[1]) <= 1e-14*math.Abs(m[1])) {
					t.Errorf("NCT(%v, 0) stats %v, T %v", df, m[0], m[1])
				}
			}
		}
		for _, q := range []float64{1e-30, 0.2, 0.5, 0.9} {
			if e := math.Abs(n.PPF(q)-c.PPF(q)) / math.Max(1, math.Abs(c.PPF(q))); !(e <= 1e-13) {
				t.Errorf("NCT(%v, 0).PPF(%v) = %v, T %v", df, q, n.PPF(q), c.PPF(q))
			}
		}
	}
}

// TestNCEdges checks NaN arguments (NaN), the ends of the support and
// probabilities outside [0, 1].
func TestNCEdges(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	for name, d := range ncDists(t) {
		for _, v := range []float64{d.PDF(nan), d.LogPDF(nan), d.CDF(nan), d.LogCDF(nan), d.SF(nan), d.LogSF(nan),
			d.PPF(nan), d.ISF(nan), d.PPF(-0.1), d.ISF(1.5), d.Moment(-1)} {
			if !math.IsNaN(v) {
				t.Errorf("%s: got %v for a NaN or invalid argument, want NaN", name, v)
			}
		}
		lo, hi := d.Support()
		if d.CDF(hi) != 1 || d.SF(hi) != 0 || d.CDF(-inf) != 0 || d.SF(-inf) != 1 || d.PDF(inf) != 0 || d.LogSF(inf) != math.Inf(-1) {
			t.Errorf("%s: wrong values at the ends of the support", name)
		}
		if d.PPF(0) != lo || d.PPF(1) != hi || d.ISF(0) != hi || d.ISF(1) != lo || d.Moment(0) != 1 {
			t.Errorf("%s: PPF/ISF at 0 and 1 are not the support's ends", name)
		}
		if _, _, err := d.Interval(2); !errors.Is(err, ErrValue) {
			t.Errorf("%s: Interval(2) error %v, want ErrValue", name, err)
		}
	}
	d, _ := NewNCX2(3, 2, 0, 1)
	if d.PDF(-1) != 0 || d.CDF(-1) != 0 || d.SF(0) != 1 || d.LogCDF(0) != math.Inf(-1) {
		t.Error("NCX2 below its support")
	}
	for _, c := range []struct {
		df, want float64
	}{{1, inf}, {2, math.Exp(-1) / 2}, {3, 0}} {
		if v, _ := NewNCX2(c.df, 2, 0, 1); v.PDF(0) != c.want {
			t.Errorf("NCX2(%v, 2).PDF(0) = %v, want %v", c.df, v.PDF(0), c.want)
		}
	}
	// SciPy's NaN statistics where the moments diverge, and divergent
	// higher moments.
	n, _ := NewNCT(3.5, 1, 0, 1)
	if !math.IsNaN(n.Kurtosis()) || math.IsNaN(n.Skew()) || !math.IsInf(n.Moment(4), 1) || !math.IsNaN(n.Moment(5)) {
		t.Errorf("NCT(3.5, 1): kurtosis %v skew %v m4 %v m5 %v", n.Kurtosis(), n.Skew(), n.Moment(4), n.Moment(5))
	}
	n, _ = NewNCT(1, 1, 0, 1)
	if !math.IsNaN(n.Mean()) || !math.IsNaN(n.Var()) {
		t.Errorf("NCT(1, 1): mean %v var %v, want NaN", n.Mean(), n.Var())
	}
}

// TestNCBadParams checks that invalid parameters are ErrValue errors
// naming the argument.
func TestNCBadParams(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	type mk func(df, nc, loc, scale float64) error
	ctors := map[string]mk{
		"NCX2": func(a, b, l, s float64) error { _, err := NewNCX2(a, b, l, s); return err },
		"NCT":  func(a, b, l, s float64) error { _, err := NewNCT(a, b, l, s); return err },
	}
	cases := []struct {
		df, nc, loc, scale float64
		arg                string
		only               string
	}{
		{0, 1, 0, 1, "df", ""}, {-1, 1, 0, 1, "df", ""}, {nan, 1, 0, 1, "df", ""}, {inf, 1, 0, 1, "df", ""},
		{3, nan, 0, 1, "nc", ""}, {3, inf, 0, 1, "nc", ""}, {3, -inf, 0, 1, "nc", "NCT"}, {3, -1, 0, 1, "nc", "NCX2"},
		{3, 1, nan, 1, "loc", ""}, {3, 1, 0, 0, "scale", ""}, {3, 1, 0, -1, "scale", ""}, {3, 1, 0, inf, "scale", ""},
	}
	for name, f := range ctors {
		for _, c := range cases {
			if c.only != "" && c.only != name {
				continue
			}
			err := f(c.df, c.nc, c.loc, c.scale)
			var e *Error
			if !errors.As(err, &e) || e.Kind != ErrValue || e.Arg != c.arg {
				t.Errorf("New%s(%v, %v, %v, %v): error %v; want an ErrValue error naming %s", name, c.df, c.nc, c.loc, c.scale, err, c.arg)
			}
		}
	}
	if _, err := NewNCT(3, -2, 0, 1); err != nil {
		t.Errorf("NewNCT with negative nc: %v", err)
	}
}

// TestNCRand checks the samplers with checkRandQuantiles on 20000
// variates, and that a fixed seed reproduces its draws.
func TestNCRand(t *testing.T) {
	for name, d := range ncDists(t) {
		t.Run(name, func(t *testing.T) {
			checkRandQuantiles(t, d, rand.New(rand.NewPCG(3, 5)), 20000)
		})
		r1, r2 := rand.New(rand.NewPCG(7, 9)), rand.New(rand.NewPCG(7, 9))
		if a, b := d.Rand(r1), d.Rand(r2); a != b {
			t.Errorf("%s: same seed gave %v and %v", name, a, b)
		}
	}
}

func BenchmarkNCTCDF(b *testing.B) {
	d, _ := NewNCT(8, 1.5, 0, 1)
	for _, n := range []int{100, 10000} {
		xs := linspace(-5, 10, n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				for _, x := range xs {
					_ = d.CDF(x)
				}
			}
		})
	}
}

func BenchmarkNCX2CDF(b *testing.B) {
	for _, p := range [][2]float64{{4, 3}, {10, 1e4}} {
		d, _ := NewNCX2(p[0], p[1], 0, 1)
		m, s := d.Mean(), d.Std()
		for _, n := range []int{100, 10000} {
			xs := linspace(math.Max(0, m-6*s), m+6*s, n)
			b.Run(fmt.Sprintf("nc=%v/%d", p[1], n), func(b *testing.B) {
				for b.Loop() {
					for _, x := range xs {
						_ = d.CDF(x)
					}
				}
			})
		}
	}
}
