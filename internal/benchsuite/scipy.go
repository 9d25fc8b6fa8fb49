package benchsuite

import (
	"math"
	"math/rand/v2"
	"slices"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/gonum/mathext"

	"github.com/goscipy/goscipy/scipy/fft"
	"github.com/goscipy/goscipy/scipy/linalg"
	"github.com/goscipy/goscipy/scipy/special"
	"github.com/goscipy/goscipy/scipy/stats"
)

// The scipy group times the safe API (issue 6: "a few scipy/* workloads as
// they land"): what a service calls, with its validation, allocation and
// caches, rather than the bare native routine. Kernels are named
// <package>_<function>.
func init() {
	register(&kernel{
		name: "special_ndtr", group: "scipy", shape: "special.Ndtr at n points uniform in [−8, 8]",
		tol:   func(int) float64 { return ndtrTol },
		setup: setupNdtr,
	})
	register(&kernel{
		name: "special_gammainc", group: "scipy", shape: "special.Gammainc(a, x) at n points, a in (0, 50], x in [0, 100]",
		tol:   func(int) float64 { return gammaincTol },
		setup: setupGammainc,
	})
	register(&kernel{
		name: "fft_rfft", group: "scipy", shape: "fft.RFFTInto of n real points (plan cache, Estimate plan)",
		flops: func(n float64) float64 { return 2.5 * n * math.Log2(n) },
		tol:   fftTol,
		setup: setupRFFT,
	})
	register(&kernel{
		name: "linalg_solve", group: "scipy", shape: "linalg.Solve(A, b), A n×n general (LU, condition estimate, finiteness check)",
		flops: func(n float64) float64 { return 2*n*n*n/3 + 2*n*n },
		tol:   matrixTol,
		setup: setupLinalgSolve,
	})
}

// ndtrTol bounds |Ndtr(x) − ref|/ref with ref = erfc(−x/√2)/2 from Go's
// math.Erfc: forming −x/√2 rounds, which perturbs erfc's result by up to
// about x²·ε relatively (64ε at |x| = 8), so the bound is 1000ε.
const ndtrTol = 1000 * eps

// gammaincTol bounds the relative difference from gonum's
// mathext.GammaIncReg, an independent implementation (Cephes's igam) whose
// own error reaches about 1e-12 at large a near x = a.
const gammaincTol = 1e-10

func setupNdtr(n int, rnd *rand.Rand, _ int) (*instance, error) {
	x := make([]float64, n)
	for i := range x {
		x[i] = 16*rnd.Float64() - 8
	}
	out := make([]float64, n)
	return &instance{
		run: func() error {
			for i, v := range x {
				out[i] = special.Ndtr(v)
			}
			return nil
		},
		outputs: [][]float64{out},
		measure: "max over points of |Ndtr(x) − erfc(−x/√2)/2| / (erfc(−x/√2)/2), Go's math.Erfc as reference",
		check: func() float64 {
			var e float64
			for i, v := range x {
				ref := 0.5 * math.Erfc(-v/math.Sqrt2)
				e = max(e, math.Abs(out[i]-ref)/ref)
			}
			return e
		},
	}, nil
}

func setupGammainc(n int, rnd *rand.Rand, _ int) (*instance, error) {
	a, x := make([]float64, n), make([]float64, n)
	for i := range a {
		a[i] = 50 * (1 - rnd.Float64()) // (0, 50]
		x[i] = 100 * rnd.Float64()
	}
	out := make([]float64, n)
	return &instance{
		run: func() error {
			for i := range a {
				out[i] = special.Gammainc(a[i], x[i])
			}
			return nil
		},
		outputs: [][]float64{out},
		measure: "max over points with a reference above 1e-300 of |P(a,x) − ref| / ref, gonum's mathext.GammaIncReg as reference",
		check: func() float64 {
			var e float64
			for i := range a {
				ref := mathext.GammaIncReg(a[i], x[i])
				if ref > 1e-300 {
					e = max(e, math.Abs(out[i]-ref)/ref)
				}
			}
			return e
		},
	}, nil
}

func setupRFFT(n int, rnd *rand.Rand, _ int) (*instance, error) {
	in, out := gaussian(rnd, n), make([]complex128, n/2+1)
	// Plan outside the timing, as the FFTW kernels do: the cache keeps it.
	if err := fft.RFFTInto(out, in, nil); err != nil {
		return nil, err
	}
	return &instance{
		run:     func() error { return fft.RFFTInto(out, in, nil) },
		outputs: [][]float64{complexBits(out)},
		measure: "max over sampled bins of |X_k − DFT_k| / Σ|x_j|, DFT_k summed directly in pure Go",
		check: func() float64 {
			x := make([]complex128, n)
			for i, v := range in {
				x[i] = complex(v, 0)
			}
			return binError(x, out, n, n/2+1)
		},
	}, nil
}

func setupLinalgSolve(n int, rnd *rand.Rand, _ int) (*instance, error) {
	a0, b0 := gaussian(rnd, n*n), gaussian(rnd, n)
	a, b := mat.NewDense(n, n, a0), mat.NewDense(n, 1, b0)
	x := make([]float64, n)
	return &instance{
		run: func() error {
			res, err := linalg.Solve(a, b, nil)
			if err != nil {
				return failed("linalg.Solve", err.Error())
			}
			mat.Col(x, 0, res.X)
			return nil
		},
		outputs: [][]float64{x},
		measure: "‖A·x − b‖₂ / (‖A‖_F·‖x‖₂ + ‖b‖₂), residual recomputed in pure Go",
		check: func() float64 {
			r := matVec(n, n, a0, x)
			for i := range r {
				r[i] -= b0[i]
			}
			return norm2(r) / (frobenius(a0)*norm2(x) + norm2(b0))
		},
	}, nil
}

func init() {
	register(&kernel{
		name: "stats_mannwhitneyu", group: "scipy", shape: "stats.MannWhitneyU of two normal samples of n each (asymptotic p-value, tie correction)",
		tol:   func(int) float64 { return 0 },
		setup: setupMannWhitneyU,
	})
}

func setupMannWhitneyU(n int, rnd *rand.Rand, _ int) (*instance, error) {
	x, y := gaussian(rnd, n), gaussian(rnd, n)
	for i := range y {
		y[i] += 0.1
	}
	out := make([]float64, 2)
	return &instance{
		run: func() error {
			r, err := stats.MannWhitneyU(x, y, nil)
			if err != nil {
				return failed("stats.MannWhitneyU", err.Error())
			}
			out[0], out[1] = r.Statistic, r.PValue
			return nil
		},
		outputs: [][]float64{out},
		measure: "|U - U_ref| / (n·n), U_ref counted in pure Go by binary search in sorted y (ties count 1/2)",
		check: func() float64 {
			s := slices.Clone(y)
			slices.Sort(s)
			var u float64
			for _, v := range x {
				lo, _ := slices.BinarySearch(s, v)
				hi := lo
				for hi < len(s) && s[hi] == v {
					hi++
				}
				u += float64(lo) + 0.5*float64(hi-lo)
			}
			return math.Abs(out[0]-u) / float64(n*n)
		},
	}, nil
}
