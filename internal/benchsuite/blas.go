package benchsuite

import (
	"math"
	"math/rand/v2"

	"gonum.org/v1/gonum/blas"

	"github.com/goscipy/goscipy/cblas"
)

var bl = cblas.Implementation{}

func init() {
	register(&kernel{
		name: "dgemm", group: "blas", shape: "C = A·B, all n×n",
		flops: func(n float64) float64 { return 2 * n * n * n },
		tol:   matrixTol,
		setup: setupDgemm,
	})
	register(&kernel{
		name: "dgemv", group: "blas", shape: "y = A·x, A n×n",
		flops: func(n float64) float64 { return 2 * n * n },
		tol:   matrixTol,
		setup: setupDgemv,
	})
	register(&kernel{
		name: "ddot", group: "blas", shape: "xᵀy, vectors of length n",
		flops: func(n float64) float64 { return 2 * n },
		tol:   matrixTol,
		setup: setupDdot,
	})
	register(&kernel{
		name: "dtrsm", group: "blas", shape: "X = L⁻¹·B, L lower n×n, B n×n",
		flops: func(n float64) float64 { return n * n * n },
		tol:   matrixTol,
		setup: setupDtrsm,
	})
	register(&kernel{
		name: "dsyrk", group: "blas", shape: "C = A·Aᵀ (upper), A n×n",
		flops: func(n float64) float64 { return n * n * (n + 1) },
		tol:   matrixTol,
		setup: setupDsyrk,
	})
}

func setupDgemm(n int, rnd *rand.Rand, _ int) (*instance, error) {
	a, b, c := gaussian(rnd, n*n), gaussian(rnd, n*n), make([]float64, n*n)
	return &instance{
		run: func() error {
			bl.Dgemm(blas.NoTrans, blas.NoTrans, n, n, n, 1, a, n, b, n, 0, c, n)
			return nil
		},
		outputs: [][]float64{c},
		measure: "‖C·v − A·(B·v)‖ / (‖A‖‖B‖‖v‖), random v",
		check: func() float64 {
			v := gaussian(checkRNG(n), n)
			return diffNorm2(matVec(n, n, c, v), matVec(n, n, a, matVec(n, n, b, v))) /
				(frobenius(a) * frobenius(b) * norm2(v))
		},
	}, nil
}

func setupDgemv(n int, rnd *rand.Rand, _ int) (*instance, error) {
	a, x, y := gaussian(rnd, n*n), gaussian(rnd, n), make([]float64, n)
	return &instance{
		run: func() error {
			bl.Dgemv(blas.NoTrans, n, n, 1, a, n, x, 1, 0, y, 1)
			return nil
		},
		outputs: [][]float64{y},
		measure: "‖y − A·x‖ / (‖A‖‖x‖), A·x in pure Go",
		check: func() float64 {
			return diffNorm2(y, matVec(n, n, a, x)) / (frobenius(a) * norm2(x))
		},
	}, nil
}

func setupDdot(n int, rnd *rand.Rand, _ int) (*instance, error) {
	x, y, d := gaussian(rnd, n), gaussian(rnd, n), make([]float64, 1)
	return &instance{
		run: func() error {
			d[0] = bl.Ddot(n, x, 1, y, 1)
			return nil
		},
		outputs: [][]float64{d},
		measure: "|d − xᵀy| / Σ|xᵢyᵢ|, xᵀy compensated in pure Go",
		check: func() float64 {
			ref, scale := compensatedDot(x, y)
			return math.Abs(d[0]-ref) / scale
		},
	}, nil
}

// compensatedDot returns xᵀy to about twice working precision (each
// product split exactly with an FMA, the parts summed with Neumaier's
// compensation) and Σ|xᵢyᵢ|.
func compensatedDot(x, y []float64) (dot, scale float64) {
	var sum neumaier
	for i := range x {
		p := x[i] * y[i]
		sum.add(p)
		sum.add(math.FMA(x[i], y[i], -p))
		scale += math.Abs(p)
	}
	return sum.sum(), scale
}

func setupDtrsm(n int, rnd *rand.Rand, _ int) (*instance, error) {
	// L: unit-interval entries below a diagonal of n, so L/n = I + N with
	// ‖N‖∞ < 1 and L is well conditioned (a Gaussian triangle is not).
	l := make([]float64, n*n)
	off := uniform(rnd, n*n)
	for i := range n {
		for j := range i {
			l[i*n+j] = off[i*n+j]
		}
		l[i*n+i] = float64(n) + math.Abs(off[i*n+i])
	}
	b0 := gaussian(rnd, n*n)
	x := make([]float64, n*n)
	return &instance{
		reset: func() { copy(x, b0) },
		run: func() error {
			bl.Dtrsm(blas.Left, blas.Lower, blas.NoTrans, blas.NonUnit, n, n, 1, l, n, x, n)
			return nil
		},
		outputs: [][]float64{x},
		measure: "‖L·(X·v) − B·v‖ / (‖L‖‖X‖‖v‖), random v",
		check: func() float64 {
			v := gaussian(checkRNG(n), n)
			return diffNorm2(matVec(n, n, l, matVec(n, n, x, v)), matVec(n, n, b0, v)) /
				(frobenius(l) * frobenius(x) * norm2(v))
		},
	}, nil
}

func setupDsyrk(n int, rnd *rand.Rand, _ int) (*instance, error) {
	a := gaussian(rnd, n*n)
	// beta = 0: the upper triangle is overwritten without being read and
	// the lower one is never touched, so c needs no reset.
	c := make([]float64, n*n)
	return &instance{
		run: func() error {
			bl.Dsyrk(blas.Upper, blas.NoTrans, n, n, 1, a, n, 0, c, n)
			return nil
		},
		outputs: [][]float64{c},
		measure: "‖C·v − A·(Aᵀ·v)‖ / (‖A‖²‖v‖), C from its upper triangle, random v",
		check: func() float64 {
			v := gaussian(checkRNG(n), n)
			return diffNorm2(symUpperVec(n, c, v), matVec(n, n, a, matTVec(n, n, a, v))) /
				(frobenius(a) * frobenius(a) * norm2(v))
		},
	}, nil
}

// symUpperVec returns S·v for the symmetric S whose upper triangle is
// stored in row-major c.
func symUpperVec(n int, c, v []float64) []float64 {
	y := make([]float64, n)
	for i := range n {
		y[i] += c[i*n+i] * v[i]
		for j := i + 1; j < n; j++ {
			s := c[i*n+j]
			y[i] += s * v[j]
			y[j] += s * v[i]
		}
	}
	return y
}
