package conformance

import (
	"math"
	"math/rand/v2"

	"gonum.org/v1/gonum/blas/blas32"
	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/blas/cblas128"
	"gonum.org/v1/gonum/blas/cblas64"
	"gonum.org/v1/gonum/blas/gonum"
	gonumlapack "gonum.org/v1/gonum/lapack/gonum"
	"gonum.org/v1/gonum/lapack/lapack64"
	"gonum.org/v1/gonum/mat"

	"github.com/goscipy/goscipy/cblas"
	"github.com/goscipy/goscipy/lapacke"
)

// eps is float64's machine epsilon, 2⁻⁵² ≈ 2.2e-16 (twice the unit
// roundoff).
const eps = 0x1p-52

// usePureGo installs gonum's own implementations: gonum's defaults.
func usePureGo() {
	blas64.Use(gonum.Implementation{})
	blas32.Use(gonum.Implementation{})
	cblas128.Use(gonum.Implementation{})
	cblas64.Use(gonum.Implementation{})
	lapack64.Use(gonumlapack.Implementation{})
}

// useNative installs goscipy's native backends, as a user program would.
func useNative() {
	cblas.Use()
	lapacke.Use()
}

// both computes f on gonum's pure Go, then on the native backends, and
// leaves the pure-Go defaults installed.
func both[T any](f func() T) (pure, native T) {
	usePureGo()
	pure = f()
	useNative()
	defer usePureGo()
	native = f()
	return pure, native
}

// tol is the relative difference two backward-stable implementations may
// show on a problem of order n with condition number kappa. Each computes
// the exact answer to a problem perturbed by at most about c·n·ε relative to
// the data (Higham, Accuracy and Stability of Numerical Algorithms, chapters
// 3, 9, 10, 19), which moves the answer by at most c·n·ε·κ relative; two
// such answers differ by twice that. c = 8 covers the constants of these
// bounds (3n for LU's γ₃ₙ, growth factors of a few for the matrices used
// here); the n factor is already a worst case, so the bound is not tight,
// but a wrong result (a missed transpose, a bad leading dimension) is off
// by O(1) and cannot hide under it.
func tol(n int, kappa float64) float64 {
	return 2 * 8 * float64(max(n, 1)) * eps * kappa
}

// meaningful reports whether a tolerance still promises a digit: beyond
// 1/2 the problem is numerically singular and only the outcome (error or
// not) is compared.
func meaningful(tol float64) bool { return tol < 0.5 }

// relDiff is ‖a−b‖_F / ‖a‖_F, or ‖b‖_F when a is zero.
func relDiff(a, b mat.Matrix) float64 {
	var d mat.Dense
	d.Sub(a, b)
	na := mat.Norm(a, 2)
	if na == 0 {
		return mat.Norm(&d, 2)
	}
	return mat.Norm(&d, 2) / na
}

// --- test matrices (generated on pure Go, before any comparison) ---

func gaussian(rnd *rand.Rand, r, c int) *mat.Dense {
	d := make([]float64, r*c)
	for i := range d {
		d[i] = rnd.NormFloat64()
	}
	return mat.NewDense(r, c, d)
}

// orthogonal is the Q factor of a Gaussian matrix: a random orthogonal
// matrix.
func orthogonal(rnd *rand.Rand, n int) *mat.Dense {
	usePureGo()
	var qr mat.QR
	qr.Factorize(gaussian(rnd, n, n))
	var q mat.Dense
	qr.QTo(&q)
	return &q
}

// geometric returns n values from 1 down to 1/kappa in geometric steps.
func geometric(n int, kappa float64) []float64 {
	s := make([]float64, n)
	for i := range s {
		if n == 1 {
			s[i] = 1
			continue
		}
		s[i] = math.Pow(kappa, -float64(i)/float64(n-1))
	}
	return s
}

// withSingularValues is U·diag(sv)·Vᵀ for random orthogonal U and V: a
// matrix whose 2-norm condition number is max(sv)/min(sv) by construction.
func withSingularValues(rnd *rand.Rand, sv []float64) *mat.Dense {
	n := len(sv)
	u, v := orthogonal(rnd, n), orthogonal(rnd, n)
	var a mat.Dense
	a.Mul(u, mat.NewDiagDense(n, sv))
	a.Mul(&a, v.T())
	return &a
}

// symmetricWithEigenvalues is Q·diag(ev)·Qᵀ for a random orthogonal Q.
func symmetricWithEigenvalues(rnd *rand.Rand, ev []float64) *mat.SymDense {
	n := len(ev)
	q := orthogonal(rnd, n)
	var a mat.Dense
	a.Mul(q, mat.NewDiagDense(n, ev))
	a.Mul(&a, q.T())
	return symmetrize(&a)
}

// symmetrize returns (A + Aᵀ)/2 as a SymDense.
func symmetrize(a *mat.Dense) *mat.SymDense {
	n, _ := a.Dims()
	s := mat.NewSymDense(n, nil)
	for i := range n {
		for j := i; j < n; j++ {
			s.SetSym(i, j, (a.At(i, j)+a.At(j, i))/2)
		}
	}
	return s
}

// hilbert is the Hilbert matrix H[i][j] = 1/(i+j+1): symmetric positive
// definite and famously ill-conditioned (κ₂ ≈ 4.8e8 at n = 7, beyond 1/ε
// from n = 13 on).
func hilbert(n int) *mat.SymDense {
	s := mat.NewSymDense(n, nil)
	for i := range n {
		for j := i; j < n; j++ {
			s.SetSym(i, j, 1/float64(i+j+1))
		}
	}
	return s
}

// powersOfTwo returns n scale factors 2^k with k spread over ±span binary
// orders. Scaling by powers of two is exact, so a scaled problem's exact
// answer is the unscaled one's, rescaled.
func powersOfTwo(n, span int) []float64 {
	d := make([]float64, n)
	for i := range d {
		k := 0
		if n > 1 {
			k = -span + 2*span*i/(n-1)
		}
		d[i] = math.Ldexp(1, k)
	}
	return d
}

// scaleCols returns A·diag(d).
func scaleCols(a mat.Matrix, d []float64) *mat.Dense {
	var s mat.Dense
	s.Mul(a, mat.NewDiagDense(len(d), d))
	return &s
}

// scaleRows returns diag(d)·A.
func scaleRows(a mat.Matrix, d []float64) *mat.Dense {
	var s mat.Dense
	s.Mul(mat.NewDiagDense(len(d), d), a)
	return &s
}

// cond2 is the 2-norm condition number, computed on pure Go (+Inf for a
// singular matrix).
func cond2(a mat.Matrix) float64 {
	usePureGo()
	return mat.Cond(a, 2)
}

// abs returns |A| elementwise.
func abs(a mat.Matrix) *mat.Dense {
	var d mat.Dense
	d.Apply(func(_, _ int, v float64) float64 { return math.Abs(v) }, a)
	return &d
}
