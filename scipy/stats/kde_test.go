package stats

import (
	"errors"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"gonum.org/v1/gonum/mat"
)

func kdeNormalData(seed uint64, d, n int) [][]float64 {
	r := rand.New(rand.NewPCG(seed, 99))
	x := make([][]float64, d)
	for k := range x {
		x[k] = make([]float64, n)
		for i := range x[k] {
			x[k][i] = r.NormFloat64() * float64(k+1)
			if k > 0 {
				x[k][i] += 0.5 * x[0][i]
			}
		}
	}
	return x
}

// TestGaussianKDEProperties checks that the density integrates to 1, that
// LogPDF is the log of Evaluate and stays finite where Evaluate
// underflows, that NaN points give NaN, and that the data are not
// modified.
func TestGaussianKDEProperties(t *testing.T) {
	x := kdeNormalData(1, 1, 60)
	orig := slices.Clone(x[0])
	k, err := NewGaussianKDE(x, nil)
	if err != nil {
		t.Fatal(err)
	}
	x[0][0] = 1e9 // the estimator holds its own copy
	if got := k.Dataset()[0][0]; got != orig[0] {
		t.Errorf("Dataset()[0][0] = %v after the caller changed its slice, want %v", got, orig[0])
	}
	x[0][0] = orig[0]
	if p, _ := k.IntegrateBox1D(math.Inf(-1), math.Inf(1)); math.Abs(p-1) > 1e-14 {
		t.Errorf("IntegrateBox1D(-Inf, Inf) = %v, want 1", p)
	}
	// A midpoint rule over [-12, 12] (the density is negligible outside).
	const m = 4800
	grid := make([]float64, m)
	for i := range grid {
		grid[i] = -12 + 24*(float64(i)+0.5)/m
	}
	ev, _ := k.Evaluate([][]float64{grid})
	lp, _ := k.LogPDF([][]float64{grid})
	if s := sum(ev) * 24 / m; math.Abs(s-1) > 1e-9 {
		t.Errorf("∫ Evaluate = %v, want 1", s)
	}
	for i := range ev {
		if ev[i] > 1e-300 && math.Abs(lp[i]-math.Log(ev[i])) > 1e-13*math.Max(1, math.Abs(lp[i])) {
			t.Errorf("LogPDF(%v) = %v, log(Evaluate) = %v", grid[i], lp[i], math.Log(ev[i]))
		}
	}
	far := [][]float64{{1e4, math.NaN()}}
	ev, _ = k.Evaluate(far)
	lp, _ = k.LogPDF(far)
	if ev[0] != 0 || math.IsInf(lp[0], 0) || !(lp[0] < -1e6) {
		t.Errorf("far point: Evaluate = %v, LogPDF = %v; want 0 and a finite very negative log", ev[0], lp[0])
	}
	if !math.IsNaN(ev[1]) || !math.IsNaN(lp[1]) {
		t.Errorf("NaN point: Evaluate = %v, LogPDF = %v, want NaN", ev[1], lp[1])
	}
	// Zero weights remove their points: the estimate equals the one
	// without them.
	w := make([]float64, 60)
	for i := range w {
		w[i] = float64(i%3) / 2
	}
	kw, err := NewGaussianKDE(x, &GaussianKDEOptions{Weights: w, BwFactor: 0.4})
	if err != nil {
		t.Fatal(err)
	}
	var kept []float64
	var kw2 []float64
	for i, v := range w {
		if v > 0 {
			kept = append(kept, x[0][i])
			kw2 = append(kw2, v)
		}
	}
	kr, _ := NewGaussianKDE([][]float64{kept}, &GaussianKDEOptions{Weights: kw2, BwFactor: 0.4})
	a, _ := kw.Evaluate([][]float64{{-1, 0, 0.7, 2}})
	b, _ := kr.Evaluate([][]float64{{-1, 0, 0.7, 2}})
	for i := range a {
		if math.Abs(a[i]-b[i]) > 1e-14*b[i] {
			t.Errorf("zero weights: %v, without the points %v", a[i], b[i])
		}
	}
	if math.Abs(kw.Neff()-kr.Neff()) > 1e-12*kr.Neff() {
		t.Errorf("zero weights: Neff %v, without the points %v", kw.Neff(), kr.Neff())
	}
}

// TestGaussianKDEResample checks the moments of resampled points: the
// mean is the weighted data mean and the covariance the weighted data
// covariance (population form) plus the kernel covariance, each within 5
// standard errors; and a fixed seed gives identical draws.
func TestGaussianKDEResample(t *testing.T) {
	x := kdeNormalData(2, 2, 50)
	w := make([]float64, 50)
	for i := range w {
		w[i] = 1 + float64(i%5)
	}
	w[7] = 0
	k, err := NewGaussianKDE(x, &GaussianKDEOptions{Weights: w})
	if err != nil {
		t.Fatal(err)
	}
	const n = 40000
	s, err := k.Resample(n, rand.New(rand.NewPCG(3, 4)))
	if err != nil {
		t.Fatal(err)
	}
	s2, _ := k.Resample(n, rand.New(rand.NewPCG(3, 4)))
	if !slices.Equal(s[0], s2[0]) || !slices.Equal(s[1], s2[1]) {
		t.Error("Resample with the same seed gave different draws")
	}
	wn := k.Weights()
	cov := k.Covariance()
	var mu [2]float64
	for a := range 2 {
		for i, v := range x[a] {
			mu[a] += wn[i] * v
		}
	}
	for a := range 2 {
		for b := range 2 {
			var want float64
			for i := range wn {
				want += wn[i] * (x[a][i] - mu[a]) * (x[b][i] - mu[b])
			}
			want += cov.At(a, b)
			var got, ma, mb float64
			for i := range n {
				ma += s[a][i]
				mb += s[b][i]
			}
			ma /= n
			mb /= n
			for i := range n {
				got += (s[a][i] - ma) * (s[b][i] - mb)
			}
			got /= n
			// Standard error of a sample covariance of normal-ish data:
			// sqrt((σ_aa σ_bb + σ_ab²)/n), estimated from want's diagonal.
			saa := cov.At(a, a) + kdeVarW(x[a], wn, mu[a])
			sbb := cov.At(b, b) + kdeVarW(x[b], wn, mu[b])
			se := math.Sqrt((saa*sbb + want*want) / n)
			if math.Abs(got-want) > 5*se {
				t.Errorf("resample covariance[%d][%d] = %v, want %v ± %v", a, b, got, want, 5*se)
			}
			if a == b && math.Abs(ma-mu[a]) > 5*math.Sqrt(saa/n) {
				t.Errorf("resample mean[%d] = %v, want %v ± %v", a, ma, mu[a], 5*math.Sqrt(saa/n))
			}
		}
	}
	// With a negligible bandwidth every draw sits on a data point, chosen
	// in proportion to its weight: never the zero-weight point 7, and the
	// heaviest points (weight 5) about 5 times as often as the lightest.
	tiny, _ := NewGaussianKDE(x, &GaussianKDEOptions{Weights: w, BwFactor: 1e-9})
	ts, _ := tiny.Resample(20000, rand.New(rand.NewPCG(8, 9)))
	counts := make([]float64, 50)
	for j := range ts[0] {
		best, bi := math.Inf(1), -1
		for i := range x[0] {
			if d := math.Abs(ts[0][j]-x[0][i]) + math.Abs(ts[1][j]-x[1][i]); d < best {
				best, bi = d, i
			}
		}
		counts[bi]++
	}
	if counts[7] != 0 {
		t.Errorf("the zero-weight point was drawn %v times", counts[7])
	}
	var light, heavy float64
	for i := range counts {
		switch w[i] {
		case 1:
			light += counts[i]
		case 5:
			heavy += counts[i]
		}
	}
	if r := heavy / light; math.Abs(r-5) > 0.6 {
		t.Errorf("draws of weight-5 points / weight-1 points = %v, want 5", r)
	}
	if z, err := k.Resample(0, rand.New(rand.NewPCG(1, 1))); err != nil || len(z) != 2 || len(z[0]) != 0 {
		t.Errorf("Resample(0) = %v, %v; want two empty rows", z, err)
	}
}

func kdeVarW(x, w []float64, mu float64) float64 {
	var s float64
	for i, v := range x {
		s += w[i] * (v - mu) * (v - mu)
	}
	return s
}

// TestGaussianKDEErrors checks every invalid input gives the documented
// kind of error (never a panic).
func TestGaussianKDEErrors(t *testing.T) {
	good := kdeNormalData(5, 2, 10)
	bad := []struct {
		name string
		data [][]float64
		opts *GaussianKDEOptions
		kind Kind
	}{
		{"nil", nil, nil, ErrEmpty},
		{"empty row", [][]float64{{}}, nil, ErrEmpty},
		{"one value", [][]float64{{1}}, nil, ErrValue},
		{"ragged", [][]float64{{1, 2, 3}, {1, 2}}, nil, ErrShape},
		{"d > n", [][]float64{{1, 2}, {3, 4}, {5, 7}}, nil, ErrShape},
		{"NaN", [][]float64{{1, math.NaN(), 3}}, nil, ErrValue},
		{"Inf", [][]float64{{1, math.Inf(1), 3}}, nil, ErrValue},
		{"constant", [][]float64{{2, 2, 2, 2}}, nil, ErrValue},
		{"collinear", [][]float64{{1, 2, 3, 4}, {2, 4, 6, 8}}, nil, ErrValue},
		{"weights length", good, &GaussianKDEOptions{Weights: []float64{1, 2}}, ErrShape},
		{"negative weight", good, &GaussianKDEOptions{Weights: []float64{1, 1, 1, 1, 1, 1, 1, 1, 1, -1}}, ErrValue},
		{"zero weights", good, &GaussianKDEOptions{Weights: make([]float64, 10)}, ErrValue},
		{"bw method", good, &GaussianKDEOptions{BwMethod: "wide"}, ErrValue},
		{"bw factor", good, &GaussianKDEOptions{BwFactor: -1}, ErrValue},
		{"bw factor NaN", good, &GaussianKDEOptions{BwFactor: math.NaN()}, ErrValue},
		{"bw func NaN", good, &GaussianKDEOptions{BwFunc: func(*GaussianKDE) float64 { return math.NaN() }}, ErrValue},
		{"bw func panics", good, &GaussianKDEOptions{BwFunc: func(*GaussianKDE) float64 { panic("boom") }}, ErrValue},
	}
	for _, c := range bad {
		_, err := NewGaussianKDE(c.data, c.opts)
		if !errors.Is(err, c.kind) {
			t.Errorf("%s: err = %v, want kind %v", c.name, err, c.kind)
		}
	}
	k, err := NewGaussianKDE(good, &GaussianKDEOptions{BwMethod: "Silverman"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := k.Evaluate([][]float64{{1, 2}}); !errors.Is(err, ErrShape) {
		t.Errorf("Evaluate with 1 row on 2-D data: %v, want ErrShape", err)
	}
	if _, err := k.LogPDF([][]float64{{1, 2}, {1}}); !errors.Is(err, ErrShape) {
		t.Errorf("LogPDF with ragged points: %v, want ErrShape", err)
	}
	if _, err := k.IntegrateBox1D(0, 1); !errors.Is(err, ErrShape) {
		t.Errorf("IntegrateBox1D on 2-D data: %v, want ErrShape", err)
	}
	if _, err := k.IntegrateGaussian([]float64{0}, mat.NewSymDense(2, nil)); !errors.Is(err, ErrShape) {
		t.Errorf("IntegrateGaussian with a short mean: %v, want ErrShape", err)
	}
	if _, err := k.IntegrateGaussian([]float64{0, 0}, nil); !errors.Is(err, ErrShape) {
		t.Errorf("IntegrateGaussian with nil cov: %v, want ErrShape", err)
	}
	neg := mat.NewSymDense(2, []float64{-100, 0, 0, -100})
	if _, err := k.IntegrateGaussian([]float64{0, 0}, neg); !errors.Is(err, ErrValue) {
		t.Errorf("IntegrateGaussian with a negative definite cov: %v, want ErrValue", err)
	}
	if _, err := k.Resample(-1, rand.New(rand.NewPCG(1, 1))); !errors.Is(err, ErrValue) {
		t.Errorf("Resample(-1): %v, want ErrValue", err)
	}
	if _, err := k.Resample(3, nil); !errors.Is(err, ErrValue) {
		t.Errorf("Resample with nil Rand: %v, want ErrValue", err)
	}
	for _, dims := range [][]int{nil, {2}, {-3}, {0, 0}, {1, -1}} {
		if _, err := k.Marginal(dims); err == nil {
			t.Errorf("Marginal(%v): no error", dims)
		}
	}
	if m, err := k.Marginal([]int{-1}); err != nil || m.D() != 1 || m.Factor() != k.Factor() {
		t.Errorf("Marginal([-1]) = %v, %v; want a 1-D estimate with the same factor", m, err)
	}
	one, _ := NewGaussianKDE([][]float64{good[0]}, nil)
	if _, err := k.IntegrateKDE(one); !errors.Is(err, ErrShape) {
		t.Errorf("IntegrateKDE of different dimensions: %v, want ErrShape", err)
	}
	if _, err := k.IntegrateKDE(nil); !errors.Is(err, ErrValue) {
		t.Errorf("IntegrateKDE(nil): %v, want ErrValue", err)
	}
	// The two-point 1-D case SciPy accepts.
	if _, err := NewGaussianKDE([][]float64{{1, 2}}, nil); err != nil {
		t.Errorf("two points: %v", err)
	}
}
