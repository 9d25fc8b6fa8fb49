package linalg

import (
	"math"
	"math/cmplx"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// sylvesterResidual is ‖A·X + X·B − Q‖ / ((‖A‖ + ‖B‖)·‖X‖ + ‖Q‖) in the
// max norm: a backward error, O(eps) for Bartels–Stewart.
func sylvesterResidual(a, b, q, x mat.Matrix) float64 {
	var r, t mat.Dense
	r.Mul(a, x)
	t.Mul(x, b)
	r.Add(&r, &t)
	r.Sub(&r, q)
	inf := math.Inf(1)
	return mat.Norm(&r, inf) / ((mat.Norm(a, inf)+mat.Norm(b, inf))*mat.Norm(x, inf) + mat.Norm(q, inf))
}

// steinResidual is ‖A·X·Aᵀ − X + Q‖ relative to the size of its terms.
func steinResidual(a, q, x mat.Matrix) float64 {
	var axa, r mat.Dense
	axa.Product(a, x, a.T())
	r.Sub(&axa, x)
	r.Add(&r, q)
	inf := math.Inf(1)
	return mat.Norm(&r, inf) / (mat.Norm(&axa, inf) + mat.Norm(x, inf) + mat.Norm(q, inf))
}

// careResidual is ‖Aᵀ·X + X·A − X·B·R⁻¹·Bᵀ·X + Q‖ relative to the size of
// its terms, in the max norm.
func careResidual(a, b, q, r, x mat.Matrix) float64 {
	var t1, t2, rb, g, xgx, res mat.Dense
	t1.Mul(a.T(), x)
	t2.Mul(x, a)
	if err := rb.Solve(r, b.T()); err != nil {
		return math.Inf(1)
	}
	g.Mul(b, &rb) // B·R⁻¹·Bᵀ
	xgx.Product(x, &g, x)
	res.Add(&t1, &t2)
	res.Sub(&res, &xgx)
	res.Add(&res, q)
	inf := math.Inf(1)
	return mat.Norm(&res, inf) / (2*mat.Norm(&t1, inf) + mat.Norm(&xgx, inf) + mat.Norm(q, inf))
}

// dareResidual is ‖Aᵀ·X·A − X − Aᵀ·X·B·(R + Bᵀ·X·B)⁻¹·Bᵀ·X·A + Q‖ relative
// to the size of its terms, in the max norm.
func dareResidual(a, b, q, r, x mat.Matrix) float64 {
	var axa, axb, m, k, corr, res mat.Dense
	axa.Product(a.T(), x, a)
	axb.Product(a.T(), x, b)
	m.Product(b.T(), x, b)
	m.Add(&m, r)
	if err := k.Solve(&m, axb.T()); err != nil {
		return math.Inf(1)
	}
	corr.Mul(&axb, &k)
	res.Sub(&axa, x)
	res.Sub(&res, &corr)
	res.Add(&res, q)
	inf := math.Inf(1)
	return mat.Norm(&res, inf) / (mat.Norm(&axa, inf) + mat.Norm(x, inf) + mat.Norm(&corr, inf) + mat.Norm(q, inf))
}

// spectralAbscissa returns max Re λ (or max |λ| with modulus) of a.
func spectralExtent(t *testing.T, a mat.Matrix, modulus bool) float64 {
	t.Helper()
	var e mat.Eigen
	if !e.Factorize(a, mat.EigenNone) {
		t.Fatal("eigen failed")
	}
	best := math.Inf(-1)
	for _, v := range e.Values(nil) {
		x := real(v)
		if modulus {
			x = cmplx.Abs(v)
		}
		best = math.Max(best, x)
	}
	return best
}

// symmetricPD returns M·Mᵀ + I for a random n×n M.
func symmetricPD(n int, seed int64) *mat.Dense {
	m := randDense(n, n, seed)
	var s mat.Dense
	s.Mul(m, m.T())
	for i := 0; i < n; i++ {
		s.Set(i, i, s.At(i, i)+1)
	}
	return &s
}

// asym returns ‖X − Xᵀ‖_max / ‖X‖_max.
func asym(x mat.Matrix) float64 {
	var d mat.Dense
	d.Sub(x, x.T())
	inf := math.Inf(1)
	return mat.Norm(&d, inf) / mat.Norm(x, inf)
}

func TestSolveSylvesterProperties(t *testing.T) {
	for _, s := range [][2]int{{1, 1}, {1, 4}, {5, 3}, {8, 8}, {30, 17}} {
		m, n := s[0], s[1]
		a, b, q := randDense(m, m, 1), randDense(n, n, 2), randDense(m, n, 3)
		a0, b0, q0 := mat.DenseCopyOf(a), mat.DenseCopyOf(b), mat.DenseCopyOf(q)
		x, err := SolveSylvester(a, b, q)
		if err != nil {
			t.Fatalf("%d×%d: %v", m, n, err)
		}
		if r := sylvesterResidual(a, b, q, x); r > 1e-13 {
			t.Errorf("%d×%d: residual %.3g", m, n, r)
		}
		if !mat.Equal(a, a0) || !mat.Equal(b, b0) || !mat.Equal(q, q0) {
			t.Errorf("%d×%d: input modified", m, n)
		}
	}
}

func TestSolveSylvesterHardInputs(t *testing.T) {
	a, b, q := randDense(3, 3, 1), randDense(2, 2, 2), randDense(3, 2, 3)
	if x, err := SolveSylvester(&mat.Dense{}, &mat.Dense{}, &mat.Dense{}); err != nil || !x.IsEmpty() {
		t.Errorf("0×0: %v, %v", x, err)
	}
	_, err := SolveSylvester(randDense(3, 2, 1), b, q)
	wantKind(t, err, ErrShape, "a")
	_, err = SolveSylvester(a, randDense(2, 3, 1), q)
	wantKind(t, err, ErrShape, "b")
	_, err = SolveSylvester(a, b, randDense(2, 3, 1))
	wantKind(t, err, ErrShape, "q")
	_, err = SolveSylvester(a, nil, q)
	wantKind(t, err, ErrShape, "b")
	bad := mat.DenseCopyOf(q)
	bad.Set(1, 1, math.NaN())
	_, err = SolveSylvester(a, b, bad)
	wantKind(t, err, ErrNotFinite, "q")
	badA := mat.DenseCopyOf(a)
	badA.Set(0, 2, math.Inf(-1))
	_, err = SolveSylvester(badA, b, q)
	wantKind(t, err, ErrNotFinite, "a")
	// A and −B sharing an eigenvalue: no unique solution; like SciPy, a
	// (perturbed) answer and no error.
	if _, err := SolveSylvester(mat.NewDense(1, 1, []float64{1}), mat.NewDense(1, 1, []float64{-1}), mat.NewDense(1, 1, []float64{1})); err != nil {
		t.Errorf("common eigenvalue: %v", err)
	}
}

func TestSolveLyapunovProperties(t *testing.T) {
	for _, n := range []int{1, 2, 6, 15} {
		a := randDense(n, n, int64(n))
		q := symmetricPD(n, int64(n)+1)
		x, err := SolveContinuousLyapunov(a, q)
		if err != nil {
			t.Fatal(err)
		}
		if r := sylvesterResidual(a, a.T(), q, x); r > 1e-13 {
			t.Errorf("continuous n=%d: residual %.3g", n, r)
		}
		// A discrete-stable A: spectral radius 0.8.
		var as mat.Dense
		as.Scale(0.8/spectralExtent(t, a, true), a)
		var xs [3]*mat.Dense
		for i, meth := range []string{"", "direct", "Bilinear"} {
			x, err := SolveDiscreteLyapunov(&as, q, &DiscreteLyapunovOptions{Method: meth})
			if err != nil {
				t.Fatal(err)
			}
			if r := steinResidual(&as, q, x); r > 1e-12 {
				t.Errorf("discrete %q n=%d: residual %.3g", meth, n, r)
			}
			if s := asym(x); s > 1e-12 {
				t.Errorf("discrete %q n=%d: X not symmetric (%.3g)", meth, n, s)
			}
			xs[i] = x
		}
		if d := relDiff(t, xs[1], xs[2]); d > 1e-10 {
			t.Errorf("n=%d: direct and bilinear differ by %.3g", n, d)
		}
	}
}

func TestSolveLyapunovHardInputs(t *testing.T) {
	if x, err := SolveContinuousLyapunov(&mat.Dense{}, &mat.Dense{}); err != nil || !x.IsEmpty() {
		t.Errorf("0×0 continuous: %v, %v", x, err)
	}
	if x, err := SolveDiscreteLyapunov(&mat.Dense{}, &mat.Dense{}, nil); err != nil || !x.IsEmpty() {
		t.Errorf("0×0 discrete: %v, %v", x, err)
	}
	a := randDense(3, 3, 1)
	_, err := SolveContinuousLyapunov(a, randDense(3, 2, 1))
	wantKind(t, err, ErrShape, "q")
	_, err = SolveDiscreteLyapunov(randDense(2, 3, 1), a, nil)
	wantKind(t, err, ErrShape, "a")
	_, err = SolveDiscreteLyapunov(a, a, &DiscreteLyapunovOptions{Method: "schur"})
	wantKind(t, err, ErrValue, "opts.Method")
	bad := mat.DenseCopyOf(a)
	bad.Set(2, 0, math.NaN())
	_, err = SolveContinuousLyapunov(bad, a)
	wantKind(t, err, ErrNotFinite, "a")
	_, err = SolveDiscreteLyapunov(a, bad, nil)
	wantKind(t, err, ErrNotFinite, "q")
	// Eigenvalue 1: I − A⊗A is singular.
	id := mat.NewDense(2, 2, []float64{1, 0, 0, 0.5})
	_, err = SolveDiscreteLyapunov(id, id, &DiscreteLyapunovOptions{Method: "direct"})
	wantKind(t, err, ErrSingular, "a")
	// Eigenvalue −1: A + I is singular for the bilinear method.
	neg := mat.NewDense(2, 2, []float64{-1, 0, 0, 0.5})
	_, err = SolveDiscreteLyapunov(neg, id, &DiscreteLyapunovOptions{Method: "bilinear"})
	wantKind(t, err, ErrSingular, "a")
	// 1×1 by hand: a·x·a − x + q = 0 ⇒ x = q/(1 − a²).
	x, err := SolveDiscreteLyapunov(mat.NewDense(1, 1, []float64{0.5}), mat.NewDense(1, 1, []float64{3}), nil)
	if err != nil || math.Abs(x.At(0, 0)-4) > 4e-15 {
		t.Errorf("1×1: %v, %v; want 4", x, err)
	}
}

func TestSolveAreProperties(t *testing.T) {
	for _, s := range [][2]int{{1, 1}, {4, 1}, {6, 3}, {20, 5}} {
		m, n := s[0], s[1]
		a, b := randDense(m, m, int64(m)), randDense(m, n, int64(n)+7)
		q, r := symmetricPD(m, 3), symmetricPD(n, 4)
		for _, bal := range []bool{false, true} {
			opts := &AREOptions{NoBalance: bal}
			x, err := SolveContinuousAre(a, b, q, r, opts)
			if err != nil {
				t.Fatalf("care %d×%d: %v", m, n, err)
			}
			if res := careResidual(a, b, q, r, x); res > 1e-12 {
				t.Errorf("care %d×%d nobalance=%v: residual %.3g", m, n, bal, res)
			}
			if asym(x) != 0 {
				t.Errorf("care: X not exactly symmetric")
			}
			// Stabilizing: A − B·R⁻¹·Bᵀ·X is stable.
			var k, cl mat.Dense
			_ = k.Solve(r, b.T())
			cl.Product(b, &k, x)
			cl.Sub(a, &cl)
			if e := spectralExtent(t, &cl, false); !(e < 0) {
				t.Errorf("care %d×%d: closed loop not stable (max Re λ = %v)", m, n, e)
			}

			xd, err := SolveDiscreteAre(a, b, q, r, opts)
			if err != nil {
				t.Fatalf("dare %d×%d: %v", m, n, err)
			}
			// Random unstable A of order 20 (spectral radius ≈ 4.5):
			// without balancing the residual reaches 4e-11.
			if res := dareResidual(a, b, q, r, xd); res > 1e-10 {
				t.Errorf("dare %d×%d nobalance=%v: residual %.3g", m, n, bal, res)
			}
			// Stabilizing: A − B·(R + BᵀXB)⁻¹·BᵀXA has spectral radius < 1.
			var g, h, kd mat.Dense
			g.Product(b.T(), xd, b)
			g.Add(&g, r)
			h.Product(b.T(), xd, a)
			_ = kd.Solve(&g, &h)
			cl.Mul(b, &kd)
			cl.Sub(a, &cl)
			if e := spectralExtent(t, &cl, true); !(e < 1) {
				t.Errorf("dare %d×%d: closed loop not stable (spectral radius %v)", m, n, e)
			}
		}
	}
}

func TestSolveAreHardInputs(t *testing.T) {
	a, b, q, r := randDense(3, 3, 1), randDense(3, 2, 2), symmetricPD(3, 3), symmetricPD(2, 4)
	for _, f := range []func(a, b, q, r mat.Matrix, o *AREOptions) (*mat.Dense, error){SolveContinuousAre, SolveDiscreteAre} {
		if x, err := f(&mat.Dense{}, &mat.Dense{}, &mat.Dense{}, &mat.Dense{}, nil); err != nil || !x.IsEmpty() {
			t.Errorf("0×0: %v, %v", x, err)
		}
		_, err := f(randDense(3, 2, 1), b, q, r, nil)
		wantKind(t, err, ErrShape, "a")
		_, err = f(a, randDense(2, 2, 1), q, r, nil)
		wantKind(t, err, ErrShape, "b")
		_, err = f(a, b, symmetricPD(2, 1), r, nil)
		wantKind(t, err, ErrShape, "q")
		_, err = f(a, b, q, symmetricPD(3, 1), nil)
		wantKind(t, err, ErrShape, "r")
		_, err = f(a, b, q, r, &AREOptions{E: symmetricPD(2, 1)})
		wantKind(t, err, ErrShape, "opts.E")
		_, err = f(a, b, q, r, &AREOptions{S: randDense(3, 3, 1)})
		wantKind(t, err, ErrShape, "opts.S")
		_, err = f(a, b, randDense(3, 3, 9), r, nil)
		wantKind(t, err, ErrValue, "q")
		_, err = f(a, b, q, randDense(2, 2, 9), nil)
		wantKind(t, err, ErrValue, "r")
		_, err = f(a, b, q, r, &AREOptions{E: mat.NewDense(3, 3, []float64{1, 0, 0, 0, 1, 0, 0, 0, 0})})
		wantKind(t, err, ErrSingular, "opts.E")
		bad := mat.DenseCopyOf(b)
		bad.Set(2, 1, math.NaN())
		_, err = f(a, bad, q, r, nil)
		wantKind(t, err, ErrNotFinite, "b")
		badS := randDense(3, 2, 5)
		badS.Set(0, 0, math.Inf(1))
		_, err = f(a, b, q, r, &AREOptions{S: badS})
		wantKind(t, err, ErrNotFinite, "opts.S")
	}
	// CARE needs a non-singular r.
	_, err := SolveContinuousAre(a, b, q, mat.NewDense(2, 2, []float64{1, 0, 0, 0}), nil)
	wantKind(t, err, ErrSingular, "r")
	// No stabilizing solution: the unstable mode 1 is not reachable.
	_, err = SolveContinuousAre(mat.NewDense(2, 2, []float64{1, 0, 0, -1}), mat.NewDense(2, 1, []float64{0, 1}),
		mat.NewDense(2, 2, nil), mat.NewDense(1, 1, []float64{1}), nil)
	wantKind(t, err, ErrSingular, "")
	_, err = SolveDiscreteAre(mat.NewDense(2, 2, []float64{2, 0, 0, 0.5}), mat.NewDense(2, 1, []float64{0, 1}),
		mat.NewDense(2, 2, nil), mat.NewDense(1, 1, []float64{1}), nil)
	wantKind(t, err, ErrSingular, "")
	// 1×1 CARE by hand: 2ax − x²b²/r + q = 0 ⇒ x = r(a + √(a² + b²q/r))/b².
	x, err := SolveContinuousAre(mat.NewDense(1, 1, []float64{1}), mat.NewDense(1, 1, []float64{2}),
		mat.NewDense(1, 1, []float64{3}), mat.NewDense(1, 1, []float64{4}), nil)
	want := 4 * (1 + math.Sqrt(1+4*3/4.0)) / 4
	if err != nil || math.Abs(x.At(0, 0)-want) > 4*eps*want {
		t.Errorf("1×1 CARE: %v, %v; want %v", x, err, want)
	}
}
