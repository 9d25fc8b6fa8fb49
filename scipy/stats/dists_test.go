package stats

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
)

// testDists are one instance of every continuous distribution, with a
// shape where it has one, for the property tests.
func testDists(t *testing.T) map[string]Continuous {
	t.Helper()
	out := map[string]Continuous{}
	add := func(name string, d Continuous, err error) {
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		out[name] = d
	}
	d1, e1 := NewNorm(1, 2)
	add("Norm", d1, e1)
	d2, e2 := NewExpon(1, 2)
	add("Expon", d2, e2)
	d3, e3 := NewUniform(1, 2)
	add("Uniform", d3, e3)
	d4, e4 := NewCauchy(1, 2)
	add("Cauchy", d4, e4)
	d5, e5 := NewLaplace(1, 2)
	add("Laplace", d5, e5)
	d6, e6 := NewLogistic(1, 2)
	add("Logistic", d6, e6)
	d7, e7 := NewGumbelR(1, 2)
	add("GumbelR", d7, e7)
	d8, e8 := NewGumbelL(1, 2)
	add("GumbelL", d8, e8)
	d9, e9 := NewRayleigh(1, 2)
	add("Rayleigh", d9, e9)
	d10, e10 := NewLognorm(0.7, 1, 2)
	add("Lognorm", d10, e10)
	d11, e11 := NewWeibullMin(1.7, 1, 2)
	add("WeibullMin", d11, e11)
	d12, e12 := NewWeibullMax(1.7, 1, 2)
	add("WeibullMax", d12, e12)
	d13, e13 := NewPareto(4.5, 1, 2)
	add("Pareto", d13, e13)
	return out
}

// TestDistEdges checks SciPy's conventions at the edges for every
// distribution: NaN in gives NaN, probabilities outside [0, 1] give NaN,
// PPF and ISF at 0 and 1 are the ends of the support, CDF and SF are 0
// and 1 at the ends, the density is 0 outside the support.
func TestDistEdges(t *testing.T) {
	for name, d := range testDists(t) {
		t.Run(name, func(t *testing.T) {
			nan := math.NaN()
			fs := map[string]func(float64) float64{"PDF": d.PDF, "LogPDF": d.LogPDF, "CDF": d.CDF, "LogCDF": d.LogCDF,
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
			if d.PPF(0) != lo || d.PPF(1) != hi || d.ISF(0) != hi || d.ISF(1) != lo {
				t.Errorf("PPF/ISF at 0 and 1: %v %v %v %v, support [%v, %v]", d.PPF(0), d.PPF(1), d.ISF(0), d.ISF(1), lo, hi)
			}
			below, above := math.Inf(-1), math.Inf(1)
			if !math.IsInf(lo, -1) {
				below = lo - 1
			}
			if !math.IsInf(hi, 1) {
				above = hi + 1
			}
			if d.CDF(below) != 0 || d.SF(below) != 1 || d.CDF(above) != 1 || d.SF(above) != 0 {
				t.Errorf("CDF/SF beyond the support: %v %v %v %v", d.CDF(below), d.SF(below), d.CDF(above), d.SF(above))
			}
			if d.PDF(below) != 0 || d.PDF(above) != 0 || !math.IsInf(d.LogPDF(below), -1) || !math.IsInf(d.LogCDF(below), -1) || !math.IsInf(d.LogSF(above), -1) {
				t.Errorf("PDF/logs beyond the support: %v %v %v %v %v", d.PDF(below), d.PDF(above), d.LogPDF(below), d.LogCDF(below), d.LogSF(above))
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
		})
	}
}

// TestDistRoundTrips checks, at quantiles across the distribution, that
// CDF(PPF(q)) = q and SF(ISF(q)) = q, that CDF + SF = 1, that the logs
// agree with the values, and that the numerical derivative of CDF is PDF:
// identities that tie the methods to each other independently of the
// golden data.
func TestDistRoundTrips(t *testing.T) {
	for name, d := range testDists(t) {
		t.Run(name, func(t *testing.T) {
			for _, q := range []float64{1e-12, 1e-4, 0.03, 0.3, 0.5, 0.7, 0.97, 1 - 1e-4} {
				x := d.PPF(q)
				if got := d.CDF(x); math.Abs(got-q) > 1e-12*q+1e-15 {
					t.Errorf("CDF(PPF(%v)) = %v", q, got)
				}
				if got := d.SF(d.ISF(q)); math.Abs(got-q) > 1e-12*q+1e-15 {
					t.Errorf("SF(ISF(%v)) = %v", q, got)
				}
				if s := d.CDF(x) + d.SF(x); math.Abs(s-1) > 4e-16 {
					t.Errorf("CDF + SF at %v = 1 %+.3g", x, s-1)
				}
				for _, pair := range [][2]float64{{d.LogPDF(x), d.PDF(x)}, {d.LogCDF(x), d.CDF(x)}, {d.LogSF(x), d.SF(x)}} {
					if math.Abs(pair[0]-math.Log(pair[1])) > 1e-13*max(1, math.Abs(pair[0])) {
						t.Errorf("log value %v, log of value %v at x = %v", pair[0], math.Log(pair[1]), x)
					}
				}
				if q > 1e-6 && q < 1-1e-6 {
					// Central difference with step h: error O(h²·PDF'') plus
					// rounding eps/h, and O(h·|PDF'|) at a kink (Laplace's
					// peak): 2e-5 relative covers both.
					h := 1e-5 * d.Std()
					if math.IsNaN(h) || h == 0 {
						h = 1e-5
					}
					num := (d.CDF(x+h) - d.CDF(x-h)) / (2 * h)
					if p := d.PDF(x); math.Abs(num-p) > 2e-5*p+1e-10 {
						t.Errorf("PDF(%v) = %v, dCDF/dx ≈ %v", x, p, num)
					}
				}
			}
		})
	}
}

// TestDistRand checks each distribution's variates with checkRandQuantiles
// on 1e5 draws.
func TestDistRand(t *testing.T) {
	for name, d := range testDists(t) {
		t.Run(name, func(t *testing.T) {
			checkRandQuantiles(t, d, rand.New(rand.NewPCG(11, 13)), 100000)
		})
	}
}

// checkRandQuantiles checks n variates of d drawn with r: the fractions
// below the 10% quantile and the median and above the 90% quantile must be
// within 5 binomial standard errors of 0.1, 0.5 and 0.1.
func checkRandQuantiles(t *testing.T, d Continuous, r *rand.Rand, n int) {
	t.Helper()
	q10, q50, q90 := d.PPF(0.1), d.PPF(0.5), d.PPF(0.9)
	var b10, b50, a90 int
	for range n {
		x := d.Rand(r)
		if x < q10 {
			b10++
		}
		if x < q50 {
			b50++
		}
		if x > q90 {
			a90++
		}
	}
	checkFractions(t, n, fraction{b10, 0.1, "below q10"}, fraction{b50, 0.5, "below median"}, fraction{a90, 0.1, "above q90"})
}

// fraction is how many of n draws fell in an event, and the event's
// probability.
type fraction struct {
	got  int
	p    float64
	what string
}

// checkFractions fails unless each fraction's got/n is within 5 binomial
// standard errors of its p.
func checkFractions(t *testing.T, n int, fs ...fraction) {
	t.Helper()
	for _, c := range fs {
		se := math.Sqrt(c.p * (1 - c.p) / float64(n))
		if f := float64(c.got) / float64(n); math.Abs(f-c.p) > 5*se {
			t.Errorf("%s: fraction %v, want %v ± %v", c.what, f, c.p, 5*se)
		}
	}
}

// TestNewBadParams checks that invalid shape, loc and scale parameters are
// ErrValue errors naming the argument, as issue 7 asks (SciPy returns a
// distribution that answers NaN).
func TestNewBadParams(t *testing.T) {
	type ctor func(shape, loc, scale float64) (any, error)
	wrap := func(f func(float64, float64, float64) (any, error)) ctor { return ctor(f) }
	ctors := map[string]ctor{
		"Lognorm":    wrap(func(s, l, c float64) (any, error) { return NewLognorm(s, l, c) }),
		"WeibullMin": wrap(func(s, l, c float64) (any, error) { return NewWeibullMin(s, l, c) }),
		"WeibullMax": wrap(func(s, l, c float64) (any, error) { return NewWeibullMax(s, l, c) }),
		"Pareto":     wrap(func(s, l, c float64) (any, error) { return NewPareto(s, l, c) }),
		"Expon":      wrap(func(_, l, c float64) (any, error) { return NewExpon(l, c) }),
		"Uniform":    wrap(func(_, l, c float64) (any, error) { return NewUniform(l, c) }),
		"Cauchy":     wrap(func(_, l, c float64) (any, error) { return NewCauchy(l, c) }),
		"Laplace":    wrap(func(_, l, c float64) (any, error) { return NewLaplace(l, c) }),
		"Logistic":   wrap(func(_, l, c float64) (any, error) { return NewLogistic(l, c) }),
		"GumbelR":    wrap(func(_, l, c float64) (any, error) { return NewGumbelR(l, c) }),
		"GumbelL":    wrap(func(_, l, c float64) (any, error) { return NewGumbelL(l, c) }),
		"Rayleigh":   wrap(func(_, l, c float64) (any, error) { return NewRayleigh(l, c) }),
	}
	shaped := map[string]string{"Lognorm": "s", "WeibullMin": "c", "WeibullMax": "c", "Pareto": "b"}
	for name, f := range ctors {
		cases := []struct {
			shape, loc, scale float64
			arg               string
		}{{1, 0, 0, "scale"}, {1, 0, -2, "scale"}, {1, 0, math.Inf(1), "scale"}, {1, math.NaN(), 1, "loc"}}
		if a, ok := shaped[name]; ok {
			cases = append(cases, struct {
				shape, loc, scale float64
				arg               string
			}{0, 0, 1, a}, struct {
				shape, loc, scale float64
				arg               string
			}{math.NaN(), 0, 1, a}, struct {
				shape, loc, scale float64
				arg               string
			}{math.Inf(1), 0, 1, a})
		}
		for _, c := range cases {
			t.Run(fmt.Sprintf("%s/%s=%v,%v,%v", name, c.arg, c.shape, c.loc, c.scale), func(t *testing.T) {
				_, err := f(c.shape, c.loc, c.scale)
				var e *Error
				if !errors.As(err, &e) || e.Kind != ErrValue || e.Arg != c.arg {
					t.Errorf("error %v; want an ErrValue error naming %s", err, c.arg)
				}
			})
		}
	}
}
