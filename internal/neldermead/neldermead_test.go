package neldermead

import (
	"context"
	"errors"
	"math"
	"testing"

	"github.com/goscipy/goscipy/internal/golden"
)

func rosen(x []float64) float64 {
	s := 0.0
	for i := 0; i+1 < len(x); i++ {
		a := x[i+1] - x[i]*x[i]
		b := 1 - x[i]
		s += 100*a*a + b*b
	}
	return s
}

func quad(x []float64) float64 {
	s := 0.0
	for i, v := range x {
		d := v - float64(i+1)
		s += d * d * float64(i+1)
	}
	return s
}

func absval(x []float64) float64 {
	s := 0.0
	for _, v := range x {
		s += math.Abs(v - 0.5)
	}
	return s
}

type fminCase struct {
	Func   string         `json:"func"`
	X0     []float64      `json:"x0"`
	Opts   map[string]any `json:"opts"`
	X      []golden.Float `json:"x"`
	Fun    golden.Float   `json:"fun"`
	NIt    int            `json:"nit"`
	NFev   int            `json:"nfev"`
	Status int            `json:"status"`
}

// TestMinimizeGolden follows scipy.optimize.fmin / minimize(method=
// "Nelder-Mead") (testdata/neldermead/fmin.json, scripts/golden/stats_fit.py):
// the same path, so the same iteration and evaluation counts and status,
// and the same final point up to rounding in the objective (1e-10 relative:
// the objectives are summed in the same order, but NumPy's vectorized
// rosen may round differently in the last bit, which the simplex can
// amplify only slightly over a few hundred steps).
func TestMinimizeGolden(t *testing.T) {
	f := golden.Load[fminCase](t, "neldermead/fmin.json")
	funcs := map[string]func([]float64) float64{"rosen": rosen, "quad": quad, "abs": absval}
	for i, c := range f.Cases {
		num := func(k string) float64 { v, _ := c.Opts[k].(float64); return v }
		adaptive, _ := c.Opts["adaptive"].(bool)
		o := &Options{XTol: num("xtol"), FTol: num("ftol"), MaxIter: int(num("maxiter")), MaxFev: int(num("maxfun")), Adaptive: adaptive}
		x0 := append([]float64(nil), c.X0...)
		r, err := Minimize(context.Background(), funcs[c.Func], x0, o)
		if err != nil {
			t.Fatalf("%d %s: %v", i, c.Func, err)
		}
		for j := range x0 {
			if x0[j] != c.X0[j] {
				t.Errorf("%d: x0 modified", i)
			}
		}
		if r.NIt != c.NIt || r.NFev != c.NFev || r.Status != c.Status || r.Success != (c.Status == 0) {
			t.Errorf("%d %s %v: nit %d nfev %d status %d, SciPy %d %d %d", i, c.Func, c.Opts, r.NIt, r.NFev, r.Status, c.NIt, c.NFev, c.Status)
		}
		want := golden.Floats(c.X)
		for j := range want {
			if e := golden.RelErr(r.X[j], want[j]); e > 1e-10 && math.Abs(r.X[j]-want[j]) > 1e-12 {
				t.Errorf("%d %s: x[%d] = %v, SciPy %v (err %.2g)", i, c.Func, j, r.X[j], want[j], e)
			}
		}
		if e := math.Abs(r.Fun - float64(c.Fun)); e > 1e-10*math.Max(1, math.Abs(float64(c.Fun))) {
			t.Errorf("%d %s: fun = %v, SciPy %v", i, c.Func, r.Fun, c.Fun)
		}
	}
}

// TestMinimizeProperties: the minimum of a shifted quadratic is found to
// the tolerance, infinite objectives are survived, cancellation stops it.
func TestMinimizeProperties(t *testing.T) {
	r, err := Minimize(nil, quad, []float64{0, 0, 0}, &Options{XTol: 1e-10, FTol: 1e-14, MaxIter: 10000, MaxFev: 10000})
	if err != nil || !r.Success {
		t.Fatalf("quad: %v %+v", err, r)
	}
	for i, v := range r.X {
		if math.Abs(v-float64(i+1)) > 1e-7 {
			t.Errorf("quad: x[%d] = %v, want %d", i, v, i+1)
		}
	}
	// A barrier: +Inf left of 0.3; the minimum of (x-1)² lies inside.
	barrier := func(x []float64) float64 {
		if x[0] < 0.3 {
			return math.Inf(1)
		}
		return (x[0] - 1) * (x[0] - 1)
	}
	if r, err := Minimize(nil, barrier, []float64{2}, nil); err != nil || math.Abs(r.X[0]-1) > 1e-3 {
		t.Errorf("barrier: %v %v", r.X, err)
	}
	// NaN objective values sort last, as in NumPy.
	nanLeft := func(x []float64) float64 {
		if x[0] < 0.5 {
			return math.NaN()
		}
		return (x[0] - 1) * (x[0] - 1)
	}
	if r, err := Minimize(nil, nanLeft, []float64{3}, nil); err != nil || math.Abs(r.X[0]-1) > 1e-3 {
		t.Errorf("nan: %v %v", r.X, err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Minimize(ctx, rosen, []float64{-1.2, 1}, nil); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: err = %v", err)
	}
	if _, err := Minimize(nil, rosen, nil, nil); !errors.Is(err, ErrInput) {
		t.Errorf("empty x0: err = %v", err)
	}
	if _, err := Minimize(nil, rosen, []float64{1, 2}, &Options{InitialSimplex: [][]float64{{1, 2}, {3, 4}}}); !errors.Is(err, ErrInput) {
		t.Errorf("bad simplex: err = %v", err)
	}
	r, err = Minimize(nil, rosen, []float64{1, 2}, &Options{InitialSimplex: [][]float64{{-1, 1}, {-1.1, 1}, {-1, 1.1}}})
	if err != nil || math.Abs(r.X[0]-1) > 1e-3 || math.Abs(r.X[1]-1) > 1e-3 {
		t.Errorf("initial simplex: %v %v", r.X, err)
	}
}

func BenchmarkMinimize(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := Minimize(nil, rosen, []float64{-1.2, 1}, nil); err != nil {
			b.Fatal(err)
		}
	}
}
