package special

import (
	"math"
	"testing"
	"time"
)

// edgeValues are the inputs at and beyond every domain edge: signed zeros,
// infinities, NaN, the smallest subnormal, the largest float, negative
// integers, values just off integers, and magnitudes past every internal
// threshold.
var edgeValues = []float64{
	math.NaN(), math.Inf(1), math.Inf(-1), 0, math.Copysign(0, -1),
	5e-324, -5e-324, 1e-300, 0.5, -0.5, 1, -1, 2, -2, 0.999999999, 1.000000001,
	171.7, -171.5, 1e10, -1e10, 0x1p52 + 0.5, -0x1p52, 1e300, -1e300,
	math.MaxFloat64, -math.MaxFloat64,
}

// TestNoPanicEdges evaluates every scalar function on all combinations of
// edgeValues: none may panic (a panic fails the test) or hang (go test's
// -timeout catches that; a wall-clock threshold here failed on a loaded
// machine and is no test of correctness, so the slowest grids are only
// logged). The golden tests pin the values at the edges SciPy defines;
// this one covers the combinations nobody would think of.
func TestNoPanicEdges(t *testing.T) {
	for name, f := range scalarFuncs {
		start := time.Now()
		n := arity[name]
		args := make([]float64, n)
		var rec func(k int)
		rec = func(k int) {
			if k == n {
				f(args)
				return
			}
			for _, v := range edgeValues {
				args[k] = v
				rec(k + 1)
			}
		}
		rec(0)
		if d := time.Since(start); d > time.Second {
			t.Logf("%s over the edge grid took %v", name, d)
		}
	}
	// The exact and slice functions, on edge sizes (not on huge n: their
	// cost grows with the size of the result, as in SciPy).
	for _, n := range []int64{-5, -1, 0, 1, 2, 170, 171} {
		for _, k := range []int64{-3, -1, 0, 1, 5, 171, 1 << 62} {
			if k > 1<<20 && n > 0 && n+k > 1<<20 {
				continue
			}
			CombExact(n, k)
			PermExact(n, k)
			CombRepetitionExact(n, min(k, 1000))
		}
		FactorialExact(n)
		Factorial2Exact(n)
		Factorial2(n)
	}
	for _, a := range [][]float64{nil, {}, {math.NaN()}, {math.Inf(1), math.Inf(-1)}, edgeValues} {
		Logsumexp(a, nil)
		LogsumexpSign(a, a)
		Logsumexp(a, []float64{1})
		Softmax(a)
		LogSoftmax(a)
	}
}

// arity is the number of arguments of each function in scalarFuncs.
var arity = map[string]int{
	"polygamma": 2, "beta": 2, "betaln": 2, "binom": 2, "comb": 2, "comb_rep": 2, "perm": 2, "poch": 2,
	"xlogy": 2, "xlog1py": 2, "boxcox": 2, "inv_boxcox": 2, "gammainc": 2, "gammaincc": 2,
	"gammaincinv": 2, "gammainccinv": 2, "betainc": 3, "betaincinv": 3, "chdtr": 2, "chdtrc": 2,
	"stdtr": 2, "fdtr": 3, "bdtr": 3, "pdtr": 2, "expn": 2, "hurwitz_zeta": 2,
}

func init() {
	for name := range scalarFuncs {
		if _, ok := arity[name]; !ok {
			arity[name] = 1
		}
	}
}

// FuzzScalar feeds arbitrary arguments to every scalar function: no panic,
// and where a function is a probability (a CDF, a regularized incomplete
// function) its result must be NaN or within [0, 1].
func FuzzScalar(f *testing.F) {
	f.Add(1.0, 2.0, 0.5)
	f.Add(-38.0, 1e-300, 0.999)
	f.Add(math.Inf(1), math.NaN(), 0.0)
	f.Add(171.7, -170.5, 5e-324)
	probs := map[string]bool{"ndtr": true, "gammainc": true, "gammaincc": true, "betainc": true,
		"chdtr": true, "chdtrc": true, "stdtr": true, "fdtr": true, "bdtr": true, "pdtr": true,
		"expit": true, "erfc": false}
	f.Fuzz(func(t *testing.T, x, y, z float64) {
		args := []float64{x, y, z}
		for name, fn := range scalarFuncs {
			v := fn(args[:arity[name]])
			if probs[name] && !math.IsNaN(v) && (v < 0 || v > 1) {
				t.Errorf("%s%v = %v, outside [0, 1]", name, args[:arity[name]], v)
			}
		}
	})
}

// FuzzLogsumexp checks that the slice functions never panic and that
// Logsumexp is at least max(a) and at most max(a) + log(len(a)) for finite
// unweighted input.
func FuzzLogsumexp(f *testing.F) {
	f.Add(0.0, -40.0, 3.0, 1.0)
	f.Add(math.Inf(1), 1.0, math.NaN(), -1.0)
	f.Fuzz(func(t *testing.T, a0, a1, a2, w float64) {
		a := []float64{a0, a1, a2}
		v, err := Logsumexp(a, nil)
		if err != nil {
			t.Fatalf("Logsumexp(%v): %v", a, err)
		}
		LogsumexpSign(a, []float64{w, -w, 1})
		Softmax(a)
		LogSoftmax(a)
		m := math.Max(a0, math.Max(a1, a2))
		if isFinite(a0) && isFinite(a1) && isFinite(a2) && isFinite(v) {
			if v < m || v > m+math.Log(3)+1e-12*math.Max(1, math.Abs(m)) {
				t.Errorf("Logsumexp(%v) = %v outside [max, max+log 3]", a, v)
			}
		}
	})
}
