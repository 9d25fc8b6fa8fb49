package stats

import (
	"errors"
	"math"
	"math/rand/v2"
	"sync"
	"testing"
)

// testDiscrete are instances of every discrete distribution, some shifted
// by loc, for the property tests.
func testDiscrete(t testing.TB) map[string]Discrete {
	t.Helper()
	out := map[string]Discrete{}
	add := func(name string, d Discrete, err error) {
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		out[name] = d
	}
	d1, e1 := NewBinom(20, 0.3, 1)
	add("Binom", d1, e1)
	d2, e2 := NewBernoulli(0.3, 0)
	add("Bernoulli", d2, e2)
	d3, e3 := NewPoisson(4.5, -2)
	add("Poisson", d3, e3)
	d4, e4 := NewGeom(0.25, 0)
	add("Geom", d4, e4)
	d5, e5 := NewNBinom(3.5, 0.4, 0)
	add("NBinom", d5, e5)
	d6, e6 := NewHypergeom(40, 15, 12, 0)
	add("Hypergeom", d6, e6)
	d7, e7 := NewBetaBinom(30, 2.5, 4, 0)
	add("BetaBinom", d7, e7)
	d8, e8 := NewBetaBinom(30, 0.5, 0.7, 0)
	add("BetaBinomU", d8, e8)
	d9, e9 := NewZipf(2.5, 0)
	add("Zipf", d9, e9)
	d10, e10 := NewDLaplace(0.6, 3)
	add("DLaplace", d10, e10)
	d11, e11 := NewRandInt(-4, 7, 1)
	add("RandInt", d11, e11)
	d12, e12 := NewPoisson(2500, 0)
	add("PoissonLarge", d12, e12)
	return out
}

// TestDiscreteEdges checks SciPy's conventions at the edges: NaN in gives
// NaN, probabilities outside [0, 1] give NaN, PPF(0) is one below the
// support and PPF(1) its top (ISF the other way round), CDF and SF are 0
// and 1 beyond the ends, PMF is 0 at non-integers and CDF(k) = CDF(⌊k⌋).
func TestDiscreteEdges(t *testing.T) {
	for name, d := range testDiscrete(t) {
		t.Run(name, func(t *testing.T) {
			nan := math.NaN()
			fs := map[string]func(float64) float64{"PMF": d.PMF, "LogPMF": d.LogPMF, "CDF": d.CDF, "LogCDF": d.LogCDF,
				"SF": d.SF, "LogSF": d.LogSF, "PPF": d.PPF, "ISF": d.ISF}
			for fname, f := range fs {
				if v := f(nan); !math.IsNaN(v) {
					t.Errorf("%s(NaN) = %v", fname, v)
				}
			}
			for _, q := range []float64{-0.1, 1.5, math.Inf(1), math.Inf(-1)} {
				if v := d.PPF(q); !math.IsNaN(v) {
					t.Errorf("PPF(%v) = %v, want NaN", q, v)
				}
				if v := d.ISF(q); !math.IsNaN(v) {
					t.Errorf("ISF(%v) = %v, want NaN", q, v)
				}
			}
			lo, hi := d.Support()
			if d.PPF(0) != lo-1 || d.PPF(1) != hi || d.ISF(0) != hi || d.ISF(1) != lo-1 {
				t.Errorf("PPF/ISF at 0 and 1: %v %v %v %v, support [%v, %v]", d.PPF(0), d.PPF(1), d.ISF(0), d.ISF(1), lo, hi)
			}
			if !math.IsInf(lo, -1) {
				if d.CDF(lo-1) != 0 || d.SF(lo-1) != 1 || d.PMF(lo-1) != 0 || !math.IsInf(d.LogPMF(lo-1), -1) ||
					!math.IsInf(d.LogCDF(lo-1), -1) || d.LogSF(lo-1) != 0 {
					t.Errorf("below the support: CDF %v SF %v PMF %v", d.CDF(lo-1), d.SF(lo-1), d.PMF(lo-1))
				}
			}
			if !math.IsInf(hi, 1) {
				if d.CDF(hi) != 1 || d.SF(hi) != 0 || d.PMF(hi+1) != 0 || !math.IsInf(d.LogSF(hi), -1) || d.LogCDF(hi) != 0 {
					t.Errorf("at the top of the support: CDF %v SF %v PMF(hi+1) %v", d.CDF(hi), d.SF(hi), d.PMF(hi+1))
				}
			}
			if d.CDF(math.Inf(1)) != 1 || d.SF(math.Inf(1)) != 0 || d.CDF(math.Inf(-1)) != 0 || d.SF(math.Inf(-1)) != 1 {
				t.Error("CDF/SF at ±Inf")
			}
			m := d.Median()
			if d.PMF(m+0.5) != 0 || !math.IsInf(d.LogPMF(m+0.5), -1) {
				t.Errorf("PMF(%v) = %v at a non-integer", m+0.5, d.PMF(m+0.5))
			}
			if d.CDF(m+0.5) != d.CDF(m) || d.SF(m+0.999) != d.SF(m) || d.LogCDF(m+0.25) != d.LogCDF(m) || d.LogSF(m+0.25) != d.LogSF(m) {
				t.Errorf("CDF(%v) = %v, CDF(%v) = %v", m+0.5, d.CDF(m+0.5), m, d.CDF(m))
			}
			if v := d.Moment(-1); !math.IsNaN(v) {
				t.Errorf("Moment(-1) = %v, want NaN", v)
			}
			if d.Moment(0) != 1 {
				t.Errorf("Moment(0) = %v", d.Moment(0))
			}
			for _, c := range []float64{-0.1, 1.1, math.NaN()} {
				if _, _, err := d.Interval(c); !errors.Is(err, ErrValue) {
					t.Errorf("Interval(%v): error %v, want ErrValue", c, err)
				}
			}
			if a, b, err := d.Interval(1); err != nil || a != lo-1 || b != hi {
				t.Errorf("Interval(1) = %v, %v, %v; want %v, %v", a, b, err, lo-1, hi)
			}
		})
	}
}

// TestDiscreteRoundTrips checks at quantiles across each distribution that
// PPF returns the smallest k with CDF(k) ≥ q and ISF the smallest with
// SF(k) ≤ q, that CDF + SF = 1, that PMF(k) = CDF(k) - CDF(k-1) and that
// the logs agree with the values: identities that tie the methods to each
// other independently of the golden data.
func TestDiscreteRoundTrips(t *testing.T) {
	for name, d := range testDiscrete(t) {
		t.Run(name, func(t *testing.T) {
			lo, _ := d.Support()
			for _, q := range []float64{1e-12, 1e-4, 0.03, 0.3, 0.5, 0.7, 0.97, 1 - 1e-4} {
				k := d.PPF(q)
				if c := d.CDF(k); c < q {
					t.Errorf("CDF(PPF(%v)) = CDF(%v) = %v < q", q, k, c)
				}
				if k > lo {
					if c := d.CDF(k - 1); c >= q {
						t.Errorf("CDF(PPF(%v)-1) = CDF(%v) = %v ≥ q", q, k-1, c)
					}
				}
				ki := d.ISF(q)
				if s := d.SF(ki); s > q {
					t.Errorf("SF(ISF(%v)) = SF(%v) = %v > q", q, ki, s)
				}
				if ki > lo {
					if s := d.SF(ki - 1); s <= q {
						t.Errorf("SF(ISF(%v)-1) = SF(%v) = %v ≤ q", q, ki-1, s)
					}
				}
				if s := d.CDF(k) + d.SF(k); math.Abs(s-1) > 1e-15 {
					t.Errorf("CDF + SF at %v = 1 %+.3g", k, s-1)
				}
				if p, diff := d.PMF(k), d.CDF(k)-d.CDF(k-1); math.Abs(p-diff) > 1e-14 {
					t.Errorf("PMF(%v) = %v, CDF difference %v", k, p, diff)
				}
				for _, pair := range [][2]float64{{d.LogPMF(k), d.PMF(k)}, {d.LogCDF(k), d.CDF(k)}, {d.LogSF(k), d.SF(k)}} {
					if pair[1] > 0 && math.Abs(pair[0]-math.Log(pair[1])) > 1e-13*max(1, math.Abs(pair[0])) {
						t.Errorf("log value %v, log of value %v at k = %v", pair[0], math.Log(pair[1]), k)
					}
				}
			}
		})
	}
}

// TestDiscreteSums checks that the PMF sums to CDF over the support and to
// 1 at its end (to where the remaining SF is below 1e-16), and that
// Σ k·PMF(k) and Σ k²·PMF(k) are Mean and Moment(2), for the light-tailed
// distributions.
func TestDiscreteSums(t *testing.T) {
	for name, d := range testDiscrete(t) {
		if name == "Zipf" {
			continue // a k^-2.5 tail: Σ k²·PMF diverges and Σ k·PMF converges too slowly
		}
		t.Run(name, func(t *testing.T) {
			lo, hi := d.Support()
			if math.IsInf(lo, -1) {
				lo = d.PPF(1e-17)
			}
			var s, s1, s2 float64
			med := d.Median()
			for k := lo; k <= hi; k++ {
				p := d.PMF(k)
				s += p
				s1 += k * p
				s2 += k * k * p
				if k == med {
					if c := d.CDF(k); math.Abs(s-c) > 1e-13 {
						t.Errorf("Σ PMF up to %v = %v, CDF %v", k, s, c)
					}
				}
				if k > med && d.SF(k) < 1e-17 {
					break
				}
			}
			if math.Abs(s-1) > 1e-13 {
				t.Errorf("Σ PMF = %v", s)
			}
			if m := d.Mean(); math.Abs(s1-m) > 1e-12*max(1, math.Abs(m)) {
				t.Errorf("Σ k·PMF = %v, Mean %v", s1, m)
			}
			if m2 := d.Moment(2); math.Abs(s2-m2) > 1e-12*max(1, math.Abs(m2)) {
				t.Errorf("Σ k²·PMF = %v, Moment(2) %v", s2, m2)
			}
			if v := d.Moment(2) - d.Mean()*d.Mean(); math.Abs(v-d.Var()) > 1e-12*max(1, d.Moment(2)) {
				t.Errorf("Moment(2) - Mean² = %v, Var %v", v, d.Var())
			}
		})
	}
}

// TestDiscreteRand checks each distribution's variates: the frequencies of
// the median value, of values at most the 10% quantile and of values above
// the 90% quantile, within 5 binomial standard errors of 5e4 draws.
func TestDiscreteRand(t *testing.T) {
	const n = 50000
	for name, d := range testDiscrete(t) {
		t.Run(name, func(t *testing.T) {
			r := rand.New(rand.NewPCG(11, 13))
			q10, med, q90 := d.PPF(0.1), d.Median(), d.PPF(0.9)
			var b10, atMed, a90 int
			for i := range n {
				x := d.Rand(r)
				if x != math.Floor(x) || (i < 1000 && d.PMF(x) == 0) {
					t.Fatalf("variate %v outside the support", x)
				}
				if x <= q10 {
					b10++
				}
				if x == med {
					atMed++
				}
				if x > q90 {
					a90++
				}
			}
			checkFractions(t, n, fraction{b10, d.CDF(q10), "at most q10"}, fraction{atMed, d.PMF(med), "at the median"}, fraction{a90, d.SF(q90), "above q90"})
		})
	}
}

// TestDiscreteRandFar checks the sampler where the walk from the mode is
// long (a Poisson with mean 1e8 has a standard deviation of 1e4, beyond
// the walk's cap, so PPF's bisection takes over): the sample mean is
// within 5 standard errors.
func TestDiscreteRandFar(t *testing.T) {
	d, err := NewPoisson(1e8, 0)
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(3, 4))
	const n = 400
	var s float64
	for range n {
		s += d.Rand(r)
	}
	if m := s / n; math.Abs(m-1e8) > 5*1e4/math.Sqrt(n) {
		t.Errorf("sample mean %v, want 1e8 ± %v", m, 5*1e4/math.Sqrt(n))
	}
}

// TestNewDiscreteBadParams checks that invalid parameters are ErrValue
// errors naming the argument (SciPy returns a distribution that answers
// NaN).
func TestNewDiscreteBadParams(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	cases := []struct {
		name string
		make func() error
		arg  string
	}{
		{"Binom n<0", func() error { _, e := NewBinom(-1, 0.5, 0); return e }, "n"},
		{"Binom p>1", func() error { _, e := NewBinom(3, 1.5, 0); return e }, "p"},
		{"Binom p<0", func() error { _, e := NewBinom(3, -0.1, 0); return e }, "p"},
		{"Binom p NaN", func() error { _, e := NewBinom(3, nan, 0); return e }, "p"},
		{"Binom loc Inf", func() error { _, e := NewBinom(3, 0.5, inf); return e }, "loc"},
		{"Bernoulli p", func() error { _, e := NewBernoulli(2, 0); return e }, "p"},
		{"Bernoulli loc", func() error { _, e := NewBernoulli(0.5, nan); return e }, "loc"},
		{"Poisson mu<0", func() error { _, e := NewPoisson(-1, 0); return e }, "mu"},
		{"Poisson mu NaN", func() error { _, e := NewPoisson(nan, 0); return e }, "mu"},
		{"Poisson mu Inf", func() error { _, e := NewPoisson(inf, 0); return e }, "mu"},
		{"Geom p=0", func() error { _, e := NewGeom(0, 0); return e }, "p"},
		{"Geom p>1", func() error { _, e := NewGeom(1.1, 0); return e }, "p"},
		{"NBinom n=0", func() error { _, e := NewNBinom(0, 0.5, 0); return e }, "n"},
		{"NBinom n Inf", func() error { _, e := NewNBinom(inf, 0.5, 0); return e }, "n"},
		{"NBinom p=0", func() error { _, e := NewNBinom(2, 0, 0); return e }, "p"},
		{"Hypergeom M=0", func() error { _, e := NewHypergeom(0, 0, 0, 0); return e }, "M"},
		{"Hypergeom n>M", func() error { _, e := NewHypergeom(10, 11, 2, 0); return e }, "n"},
		{"Hypergeom n<0", func() error { _, e := NewHypergeom(10, -1, 2, 0); return e }, "n"},
		{"Hypergeom N>M", func() error { _, e := NewHypergeom(10, 3, 12, 0); return e }, "N"},
		{"BetaBinom n<0", func() error { _, e := NewBetaBinom(-2, 1, 1, 0); return e }, "n"},
		{"BetaBinom a=0", func() error { _, e := NewBetaBinom(5, 0, 1, 0); return e }, "a"},
		{"BetaBinom b NaN", func() error { _, e := NewBetaBinom(5, 1, nan, 0); return e }, "b"},
		{"Zipf a=1", func() error { _, e := NewZipf(1, 0); return e }, "a"},
		{"Zipf a Inf", func() error { _, e := NewZipf(inf, 0); return e }, "a"},
		{"DLaplace a=0", func() error { _, e := NewDLaplace(0, 0); return e }, "a"},
		{"DLaplace a NaN", func() error { _, e := NewDLaplace(nan, 0); return e }, "a"},
		{"RandInt high=low", func() error { _, e := NewRandInt(3, 3, 0); return e }, "high"},
		{"RandInt loc NaN", func() error { _, e := NewRandInt(3, 5, nan); return e }, "loc"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := c.make()
			var e *Error
			if !errors.As(err, &e) || e.Kind != ErrValue || e.Arg != c.arg {
				t.Errorf("error %v; want an ErrValue error naming %s", err, c.arg)
			}
		})
	}
}

// TestDiscreteDegenerate checks parameters SciPy accepts that put all the
// mass on one value: binom with p = 0 or 1 or n = 0, poisson with mu = 0,
// hypergeom with no marked objects, geom with p = 1.
func TestDiscreteDegenerate(t *testing.T) {
	mk := func(d Discrete, err error) Discrete {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	for _, c := range []struct {
		name string
		d    Discrete
		at   float64
	}{
		{"Binom p=0", mk(NewBinom(5, 0, 0)), 0},
		{"Binom p=1", mk(NewBinom(5, 1, 0)), 5},
		{"Binom n=0", mk(NewBinom(0, 0.4, 2)), 2},
		{"Poisson mu=0", mk(NewPoisson(0, 0)), 0},
		{"Hypergeom n=0", mk(NewHypergeom(10, 0, 4, 0)), 0},
		{"Geom p=1", mk(NewGeom(1, 0)), 1},
		{"NBinom p=1", mk(NewNBinom(2.5, 1, 0)), 0},
	} {
		d := c.d
		if d.PMF(c.at) != 1 || d.LogPMF(c.at) != 0 || d.CDF(c.at) != 1 || d.SF(c.at) != 0 || d.CDF(c.at-1) != 0 || d.SF(c.at-1) != 1 {
			t.Errorf("%s: PMF %v, CDF %v, SF %v at %v", c.name, d.PMF(c.at), d.CDF(c.at), d.SF(c.at), c.at)
		}
		if d.PPF(0.5) != c.at || d.ISF(0.5) != c.at || d.Median() != c.at {
			t.Errorf("%s: PPF(0.5) = %v, ISF(0.5) = %v, want %v", c.name, d.PPF(0.5), d.ISF(0.5), c.at)
		}
		if d.Mean() != c.at || d.Var() != 0 || d.Entropy() != 0 {
			t.Errorf("%s: Mean %v, Var %v, Entropy %v", c.name, d.Mean(), d.Var(), d.Entropy())
		}
		r := rand.New(rand.NewPCG(1, 1))
		for range 10 {
			if x := d.Rand(r); x != c.at {
				t.Errorf("%s: Rand = %v", c.name, x)
				break
			}
		}
	}
}

// TestConcurrentDiscrete calls every method of shared discrete
// distributions from 16 goroutines, each with its own *rand.Rand, and
// checks the results equal the serial ones.
func TestConcurrentDiscrete(t *testing.T) {
	var dists []Discrete
	for _, d := range testDiscrete(t) {
		dists = append(dists, d)
	}
	eval := func(d Discrete) []float64 {
		k := d.Median() + 1
		lo, hi, _ := d.Interval(0.9)
		return []float64{d.PMF(k), d.LogPMF(k), d.CDF(k), d.LogCDF(k), d.SF(k), d.LogSF(k),
			d.PPF(0.3), d.ISF(0.3), d.Mean(), d.Var(), d.Entropy(), d.Moment(3), lo, hi}
	}
	want := make([][]float64, len(dists))
	for i, d := range dists {
		want[i] = eval(d)
	}
	var wg sync.WaitGroup
	for g := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := rand.New(rand.NewPCG(uint64(g), 1))
			for k := range 100 {
				i := (g + k) % len(dists)
				got := eval(dists[i])
				for j := range got {
					if got[j] != want[i][j] && !(math.IsNaN(got[j]) && math.IsNaN(want[i][j])) {
						t.Errorf("goroutine %d: value %d = %v, serial %v", g, j, got[j], want[i][j])
						return
					}
				}
				_ = dists[i].Rand(r)
			}
		}()
	}
	wg.Wait()
}

// TestDiscreteLoc checks the loc shift against the unshifted distribution,
// including a non-integer loc (SciPy allows one: the support moves off the
// integers, and PMF is nonzero only at k with k-loc an integer).
func TestDiscreteLoc(t *testing.T) {
	d0, err0 := NewBinom(12, 0.35, 0)
	d1, err1 := NewBinom(12, 0.35, 2.5)
	if err0 != nil || err1 != nil {
		t.Fatal(err0, err1)
	}
	for k := -1.0; k <= 13; k++ {
		if d1.PMF(k+2.5) != d0.PMF(k) || d1.CDF(k+2.5) != d0.CDF(k) || d1.SF(k+2.75) != d0.SF(k) || d1.LogSF(k+2.5) != d0.LogSF(k) {
			t.Errorf("k = %v: shifted PMF %v CDF %v, unshifted %v %v", k, d1.PMF(k+2.5), d1.CDF(k+2.5), d0.PMF(k), d0.CDF(k))
		}
		if d1.PMF(k) != 0 {
			t.Errorf("PMF(%v) = %v off the shifted support", k, d1.PMF(k))
		}
	}
	for _, q := range []float64{0, 0.01, 0.5, 0.99, 1} {
		if d1.PPF(q) != d0.PPF(q)+2.5 || d1.ISF(q) != d0.ISF(q)+2.5 {
			t.Errorf("PPF(%v) = %v, unshifted %v", q, d1.PPF(q), d0.PPF(q))
		}
	}
	if d1.Mean() != d0.Mean()+2.5 || d1.Var() != d0.Var() || d1.Entropy() != d0.Entropy() {
		t.Errorf("Mean %v Var %v Entropy %v", d1.Mean(), d1.Var(), d1.Entropy())
	}
	// E[(Y+2.5)³] by the binomial expansion against the direct sum.
	var m3 float64
	for k := 0.0; k <= 12; k++ {
		m3 += math.Pow(k+2.5, 3) * d0.PMF(k)
	}
	if got := d1.Moment(3); math.Abs(got-m3) > 1e-12*m3 {
		t.Errorf("Moment(3) = %v, direct sum %v", got, m3)
	}
}
