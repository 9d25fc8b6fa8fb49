package linalg

import (
	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/mat"

	"github.com/goscipy/goscipy/cblas"
)

// nativeBLAS does the matrix products of the algorithms written here (Expm)
// through OpenBLAS directly: gonum's mat.Mul would use the process-wide
// blas64 backend, pure Go unless the program installed cblas.
var nativeBLAS cblas.Implementation

// mul returns x·y for row-major dense matrices with contiguous rows (as this
// package creates them); both must be non-empty and conformable.
func mul(x, y *mat.Dense) *mat.Dense {
	m, k := x.Dims()
	_, n := y.Dims()
	xr, yr := x.RawMatrix(), y.RawMatrix()
	c := make([]float64, m*n)
	nativeBLAS.Dgemm(blas.NoTrans, blas.NoTrans, m, n, k, 1, xr.Data, xr.Stride, yr.Data, yr.Stride, 0, c, n)
	return mat.NewDense(m, n, c)
}

// gemmInto sets c = x·y + beta·c for n×n row-major slices and returns c.
func gemmInto(c []float64, n int, x, y []float64, beta float64) []float64 {
	nativeBLAS.Dgemm(blas.NoTrans, blas.NoTrans, n, n, n, 1, x, n, y, n, beta, c, n)
	return c
}
