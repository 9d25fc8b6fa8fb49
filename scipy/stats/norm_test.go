package stats

import (
	"errors"
	"math"
	"math/rand/v2"
	"testing"
)

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
