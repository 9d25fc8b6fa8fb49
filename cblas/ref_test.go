package cblas

// hRef is the reference the harness compares Implementation with: gonum's
// pure Go implementation, with the gonum v0.17.0 bugs that routes.go works
// around corrected, so the tests hold Implementation to the right answer.

import (
	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/gonum"
)

type hRef struct{ gonum.Implementation }

// Sgemv and Dgemv: gonum's GemvT zeroes all of y when beta == 0; cut y to
// the vector first, as routes.go does (the native path needs no cut).
func (r hRef) Sgemv(tA blas.Transpose, m, n int, alpha float32, a []float32, lda int, x []float32, incX int, beta float32, y []float32, incY int) {
	if beta == 0 {
		y = clipY(tA, m, n, y, incY)
	}
	r.Implementation.Sgemv(tA, m, n, alpha, a, lda, x, incX, beta, y, incY)
}

func (r hRef) Dgemv(tA blas.Transpose, m, n int, alpha float64, a []float64, lda int, x []float64, incX int, beta float64, y []float64, incY int) {
	if beta == 0 {
		y = clipY(tA, m, n, y, incY)
	}
	r.Implementation.Dgemv(tA, m, n, alpha, a, lda, x, incX, beta, y, incY)
}

// Sger and Dger: gonum's assembly ignores negative increments. gonum
// validates (and panics) on a scratch copy of a; the update itself is then
// done by the textbook loop.
func (r hRef) Sger(m, n int, alpha float32, x []float32, incX int, y []float32, incY int, a []float32, lda int) {
	r.Implementation.Sger(m, n, alpha, x, incX, y, incY, append([]float32(nil), a...), lda)
	refGer(m, n, alpha, x, incX, y, incY, a, lda)
}

func (r hRef) Dger(m, n int, alpha float64, x []float64, incX int, y []float64, incY int, a []float64, lda int) {
	r.Implementation.Dger(m, n, alpha, x, incX, y, incY, append([]float64(nil), a...), lda)
	refGer(m, n, alpha, x, incX, y, incY, a, lda)
}

// refGer is A += alpha * x * yᵀ for valid arguments, with BLAS's meaning
// of negative increments (the vector starts at the far end).
func refGer[T float32 | float64](m, n int, alpha T, x []T, incX int, y []T, incY int, a []T, lda int) {
	if m == 0 || n == 0 || alpha == 0 {
		return
	}
	at := func(i, inc, n int) int {
		if inc < 0 {
			return (n - 1 - i) * -inc
		}
		return i * inc
	}
	for i := range m {
		for j := range n {
			a[i*lda+j] += alpha * x[at(i, incX, m)] * y[at(j, incY, n)]
		}
	}
}
