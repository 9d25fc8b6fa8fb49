package stats

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"sync"
	"testing"

	"gonum.org/v1/gonum/stat/distuv"
)

// testDistsSpecial are one instance of every distribution built on
// special functions, with shapes away from the golden ones, for the
// property tests.
func testDistsSpecial(t *testing.T) map[string]Continuous {
	t.Helper()
	out := map[string]Continuous{}
	add := func(name string, d Continuous, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		out[name] = d
	}
	{
		d, err := NewGamma(1.7, 1, 2)
		add("Gamma", d, err)
	}
	{
		d, err := NewChi2(5, 1, 2)
		add("Chi2", d, err)
	}
	{
		d, err := NewBeta(2.3, 0.6, 1, 2)
		add("Beta", d, err)
	}
	{
		d, err := NewT(2.7, 1, 2)
		add("T", d, err)
	}
	{
		d, err := NewF(4, 11, 1, 2)
		add("F", d, err)
	}
	{
		d, err := NewInvGamma(3.3, 1, 2)
		add("InvGamma", d, err)
	}
	{
		d, err := NewMaxwell(1, 2)
		add("Maxwell", d, err)
	}
	{
		d, err := NewGenPareto(-0.3, 1, 2)
		add("GenPareto-", d, err)
	}
	{
		d, err := NewGenPareto(0.2, 1, 2)
		add("GenPareto+", d, err)
	}
	{
		d, err := NewGenExtreme(-0.15, 1, 2)
		add("GenExtreme-", d, err)
	}
	{
		d, err := NewGenExtreme(0.7, 1, 2)
		add("GenExtreme+", d, err)
	}
	{
		d, err := NewTriang(0.4, 1, 2)
		add("Triang", d, err)
	}
	{
		d, err := NewExponweib(2.2, 0.8, 1, 2)
		add("Exponweib", d, err)
	}
	{
		d, err := NewSkewNorm(2.5, 1, 2)
		add("SkewNorm", d, err)
	}
	{
		d, err := NewSkewNorm(-7, 1, 2)
		add("SkewNormNeg", d, err)
	}
	{
		d, err := NewInvGauss(0.8, 1, 2)
		add("InvGauss", d, err)
	}
	{
		d, err := NewVonMises(3, 1, 2)
		add("VonMises", d, err)
	}
	{
		d, err := NewTruncNorm(-1, 2, 1, 2)
		add("TruncNorm", d, err)
	}
	{
		d, err := NewTruncNorm(30, 40, 1, 2)
		add("TruncNormFar", d, err)
	}
	{
		d, err := NewTruncNorm(math.Inf(-1), -3, 1, 2)
		add("TruncNormLeft", d, err)
	}
	return out
}

// TestSpecialDistEdges checks SciPy's conventions at the edges for every
// special-function distribution: NaN in gives NaN, probabilities outside
// [0, 1] give NaN, PPF and ISF at 0 and 1 are the ends of the support, CDF
// and SF are 0 and 1 beyond the ends, the density is 0 there.
func TestSpecialDistEdges(t *testing.T) {
	for name, d := range testDistsSpecial(t) {
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
			if d.LogCDF(above) != 0 || d.LogSF(below) != 0 {
				t.Errorf("LogCDF above = %v, LogSF below = %v, want 0", d.LogCDF(above), d.LogSF(below))
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

// TestSpecialDistRoundTrips checks, at quantiles from 1e-200 to 1-1e-12,
// that CDF(PPF(q)) = q and SF(ISF(q)) = q, that CDF + SF = 1, that the
// logs agree with the values, and that the numerical derivative of CDF is
// PDF: identities tying the methods together independently of the golden
// data.
func TestSpecialDistRoundTrips(t *testing.T) {
	for name, d := range testDistsSpecial(t) {
		t.Run(name, func(t *testing.T) {
			lo, hi := d.Support()
			for _, q := range []float64{1e-200, 1e-12, 1e-4, 0.03, 0.3, 0.5, 0.7, 0.97, 1 - 1e-4, 1 - 1e-12} {
				x := d.PPF(q)
				// The round trip is limited by the conditioning of the CDF
				// at x in the relative error of x: |x·PDF/CDF| ulps. Next to
				// a finite end loc + scale·y rounds away what is left of y,
				// so those points are not compared.
				cond := math.Abs(x*d.PDF(x)) / min(q, 1-q)
				if !(x-lo <= 1e-8*max(1, math.Abs(lo))) {
					if got := d.CDF(x); math.Abs(got-q) > (1e-12+4e-16*cond)*q {
						t.Errorf("CDF(PPF(%v)) = %v", q, got)
					}
				}
				xi := d.ISF(q)
				condi := math.Abs(xi*d.PDF(xi)) / min(q, 1-q)
				if !(hi-xi <= 1e-8*max(1, math.Abs(hi))) {
					if got := d.SF(xi); math.Abs(got-q) > (1e-12+4e-16*condi)*q {
						t.Errorf("SF(ISF(%v)) = %v", q, got)
					}
				}
				// CDF and SF are each within about an ulp of 1/2 or more,
				// and SF may come from a rounded argument (1-y, dfd/(dfd+dfn·y)):
				// 1e-15 allows for both.
				if s := d.CDF(x) + d.SF(x); math.Abs(s-1) > 1e-15 {
					t.Errorf("CDF + SF at %v = 1 %+.3g", x, s-1)
				}
				for _, pair := range [][2]float64{{d.LogPDF(x), d.PDF(x)}, {d.LogCDF(x), d.CDF(x)}, {d.LogSF(x), d.SF(x)}} {
					if math.Abs(pair[0]-math.Log(pair[1])) > 1e-13*max(1, math.Abs(pair[0])) {
						t.Errorf("log value %v, log of value %v at x = %v", pair[0], math.Log(pair[1]), x)
					}
				}
				if q > 1e-3 && q < 1-1e-3 {
					// Central difference of the smaller tail, with a step
					// small against the distance to the neighbouring
					// quantiles (the scale on which PDF changes) and large
					// against the ulp of x.
					h := 1e-5 * min(d.Std(), math.Abs(x-d.PPF(q/2)), math.Abs(d.ISF((1-q)/2)-x))
					if math.IsNaN(h) || h == 0 || math.IsInf(h, 0) {
						h = 1e-6
					}
					h = max(h, 1e-9*max(1, math.Abs(x)))
					num := (d.CDF(x+h) - d.CDF(x-h)) / (2 * h)
					if q > 0.5 {
						num = (d.SF(x-h) - d.SF(x+h)) / (2 * h)
					}
					if p := d.PDF(x); math.Abs(num-p) > 2e-5*p+1e-10 {
						t.Errorf("PDF(%v) = %v, dCDF/dx ≈ %v", x, p, num)
					}
				}
			}
		})
	}
}

// TestSpecialDistRand checks each distribution's variates with
// checkRandQuantiles on 1e5 draws.
func TestSpecialDistRand(t *testing.T) {
	for name, d := range testDistsSpecial(t) {
		t.Run(name, func(t *testing.T) {
			checkRandQuantiles(t, d, rand.New(rand.NewPCG(11, 13)), 100000)
		})
	}
}

// TestNewSpecialBadParams checks that invalid shape, loc and scale
// parameters are ErrValue errors naming the argument.
func TestNewSpecialBadParams(t *testing.T) {
	type ctor struct {
		args []string // shape parameter names, then loc and scale
		good []float64
		make func(v []float64) error
	}
	e := func(_ any, err error) error { return err }
	ctors := map[string]ctor{
		"Gamma":      {[]string{"a"}, []float64{2}, func(v []float64) error { return e(NewGamma(v[0], v[1], v[2])) }},
		"Chi2":       {[]string{"df"}, []float64{2}, func(v []float64) error { return e(NewChi2(v[0], v[1], v[2])) }},
		"Beta":       {[]string{"a", "b"}, []float64{2, 3}, func(v []float64) error { return e(NewBeta(v[0], v[1], v[2], v[3])) }},
		"T":          {[]string{"df"}, []float64{2}, func(v []float64) error { return e(NewT(v[0], v[1], v[2])) }},
		"F":          {[]string{"dfn", "dfd"}, []float64{2, 3}, func(v []float64) error { return e(NewF(v[0], v[1], v[2], v[3])) }},
		"InvGamma":   {[]string{"a"}, []float64{2}, func(v []float64) error { return e(NewInvGamma(v[0], v[1], v[2])) }},
		"Maxwell":    {nil, nil, func(v []float64) error { return e(NewMaxwell(v[0], v[1])) }},
		"GenPareto":  {[]string{"c"}, []float64{0.1}, func(v []float64) error { return e(NewGenPareto(v[0], v[1], v[2])) }},
		"GenExtreme": {[]string{"c"}, []float64{0.1}, func(v []float64) error { return e(NewGenExtreme(v[0], v[1], v[2])) }},
		"TruncNorm":  {[]string{"a", "b"}, []float64{-1, 2}, func(v []float64) error { return e(NewTruncNorm(v[0], v[1], v[2], v[3])) }},
		"Exponweib":  {[]string{"a", "c"}, []float64{2, 3}, func(v []float64) error { return e(NewExponweib(v[0], v[1], v[2], v[3])) }},
		"SkewNorm":   {[]string{"a"}, []float64{2}, func(v []float64) error { return e(NewSkewNorm(v[0], v[1], v[2])) }},
		"VonMises":   {[]string{"kappa"}, []float64{2}, func(v []float64) error { return e(NewVonMises(v[0], v[1], v[2])) }},
		"InvGauss":   {[]string{"mu"}, []float64{2}, func(v []float64) error { return e(NewInvGauss(v[0], v[1], v[2])) }},
		"Triang":     {[]string{"c"}, []float64{0.5}, func(v []float64) error { return e(NewTriang(v[0], v[1], v[2])) }},
	}
	for name, c := range ctors {
		type bad struct {
			i   int
			v   float64
			arg string
		}
		var cases []bad
		k := len(c.good)
		for i, a := range c.args {
			for _, v := range sfdBadShapes[name+"."+a] {
				cases = append(cases, bad{i, v, a})
			}
		}
		cases = append(cases, bad{k, math.NaN(), "loc"}, bad{k, math.Inf(1), "loc"},
			bad{k + 1, 0, "scale"}, bad{k + 1, -2, "scale"}, bad{k + 1, math.Inf(1), "scale"}, bad{k + 1, math.NaN(), "scale"})
		for _, b := range cases {
			t.Run(fmt.Sprintf("%s/%s=%v", name, b.arg, b.v), func(t *testing.T) {
				v := append(append([]float64{}, c.good...), 0, 1)
				if err := c.make(v); err != nil {
					t.Fatalf("good parameters %v: %v", v, err)
				}
				v[b.i] = b.v
				err := c.make(v)
				var se *Error
				if !errors.As(err, &se) || se.Kind != ErrValue || se.Arg != b.arg {
					t.Errorf("error %v; want an ErrValue error naming %s", err, b.arg)
				}
			})
		}
	}
}

// sfdBadShapes lists, by "Dist.arg", shape values each constructor must
// reject.
var sfdBadShapes = map[string][]float64{
	"Gamma.a":        {0, -1, math.NaN(), math.Inf(1)},
	"Chi2.df":        {0, -1, math.NaN(), math.Inf(1)},
	"Beta.a":         {0, -1, math.NaN(), math.Inf(1)},
	"Beta.b":         {0, -1, math.NaN(), math.Inf(1)},
	"T.df":           {0, -1, math.NaN(), math.Inf(1)},
	"F.dfn":          {0, -1, math.NaN(), math.Inf(1)},
	"F.dfd":          {0, -1, math.NaN(), math.Inf(1)},
	"InvGamma.a":     {0, -1, math.NaN(), math.Inf(1)},
	"GenPareto.c":    {math.NaN(), math.Inf(1), math.Inf(-1)},
	"GenExtreme.c":   {math.NaN(), math.Inf(1), math.Inf(-1)},
	"TruncNorm.a":    {math.NaN(), math.Inf(1)},
	"TruncNorm.b":    {math.NaN(), math.Inf(-1), -1, -2},
	"Exponweib.a":    {0, -1, math.NaN(), math.Inf(1)},
	"Exponweib.c":    {0, -1, math.NaN(), math.Inf(1)},
	"SkewNorm.a":     {math.NaN(), math.Inf(1), math.Inf(-1)},
	"VonMises.kappa": {0, -1, math.NaN(), math.Inf(1)},
	"InvGauss.mu":    {0, -1, math.NaN(), math.Inf(1)},
	"Triang.c":       {-0.1, 1.1, math.NaN(), math.Inf(1)},
}

// TestConcurrentSpecialDists calls every method of shared special-function
// distributions from 16 goroutines, each with its own *rand.Rand, and
// checks the results equal the serial ones.
func TestConcurrentSpecialDists(t *testing.T) {
	var dists []Continuous
	for _, d := range testDistsSpecial(t) {
		dists = append(dists, d)
	}
	eval := func(d Continuous, x float64) []float64 {
		lo, hi, _ := d.Interval(0.9)
		return []float64{d.PDF(x), d.LogPDF(x), d.CDF(x), d.LogCDF(x), d.SF(x), d.LogSF(x),
			d.PPF(0.3), d.ISF(0.3), d.Mean(), d.Var(), d.Entropy(), d.Moment(2), lo, hi}
	}
	want := make([][]float64, len(dists))
	for i, d := range dists {
		want[i] = eval(d, 1.25)
	}
	var wg sync.WaitGroup
	for g := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := rand.New(rand.NewPCG(uint64(g), 1))
			for k := range 30 {
				i := (g + k) % len(dists)
				got := eval(dists[i], 1.25)
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

// BenchmarkTCDF times T.CDF (df = 5) and gonum's distuv.StudentsT.CDF
// on 1e6 points in [-10, 10].
func BenchmarkTCDF(b *testing.B) {
	d, _ := NewT(5, 0, 1)
	g := distuv.StudentsT{Mu: 0, Sigma: 1, Nu: 5}
	benchPair(b, benchX, d.CDF, g.CDF)
}

// BenchmarkTPPF times T.PPF (df = 5) and gonum's distuv.StudentsT.Quantile.
func BenchmarkTPPF(b *testing.B) {
	d, _ := NewT(5, 0, 1)
	g := distuv.StudentsT{Mu: 0, Sigma: 1, Nu: 5}
	benchPair(b, benchQ, d.PPF, g.Quantile)
}

// BenchmarkGammaCDF times Gamma.CDF (a = 2.5) and gonum's distuv.Gamma.CDF
// on 1e6 points in [-10, 10].
func BenchmarkGammaCDF(b *testing.B) {
	d, _ := NewGamma(2.5, 0, 1)
	g := distuv.Gamma{Alpha: 2.5, Beta: 1}
	benchPair(b, benchX, d.CDF, g.CDF)
}

// BenchmarkBetaPPF times Beta.PPF (a = 2, b = 5) and gonum's
// distuv.Beta.Quantile.
func BenchmarkBetaPPF(b *testing.B) {
	d, _ := NewBeta(2, 5, 0, 1)
	g := distuv.Beta{Alpha: 2, Beta: 5}
	benchPair(b, benchQ, d.PPF, g.Quantile)
}
