package linalg

import (
	"math"

	"gonum.org/v1/gonum/mat"
)

// SubspaceOptions are the options of NullSpace and Orth. The zero value (or
// nil) is SciPy's default rcond=None.
type SubspaceOptions struct {
	// Rcond is the relative condition number: singular values
	// s <= Rcond·max(s) count as zero. 0, the default, means SciPy's
	// eps·max(m,n).
	Rcond float64
}

// NullSpace returns an orthonormal basis of the null space of the m×n
// matrix a, from its full SVD (gesdd), like scipy.linalg.null_space: the
// n×k matrix of the right singular vectors whose singular values are at
// most Rcond·max(s), k = n − rank. The basis is unique only up to an
// orthogonal transformation of its columns; NullSpace returns LAPACK's,
// which is SciPy's. A full-rank a (k = 0) gives the empty mat.Dense (gonum
// has no n×0 matrices). An a with no rows gives the n×n identity.
//
// Errors: ErrShape for nil a, ErrNotFinite, ErrValue for a negative or NaN
// Rcond, ErrNoConvergence from the SVD.
func NullSpace(a mat.Matrix, opts *SubspaceOptions) (q *mat.Dense, err error) {
	const fn = "NullSpace"
	defer recoverTo(fn, &err)
	rcond, err := subspaceRcond(fn, opts)
	if err != nil {
		return nil, err
	}
	m, n, err := dims(fn, "a", a)
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return &mat.Dense{}, nil
	}
	s, err := svd(fn, a, nil, true)
	if err != nil {
		return nil, err
	}
	num := subspaceRank(s.S, m, n, rcond)
	k := n - num
	out := make([]float64, n*k)
	for i := 0; i < n; i++ {
		for j := 0; j < k; j++ {
			out[i*k+j] = s.Vh.At(num+j, i)
		}
	}
	return newDense(n, k, out), nil
}

// Orth returns an orthonormal basis of the range of the m×n matrix a, from
// its economy SVD (gesdd), like scipy.linalg.orth: the m×r matrix of the
// left singular vectors whose singular values exceed Rcond·max(s), r the
// effective rank. The basis is unique only up to an orthogonal
// transformation of its columns; Orth returns LAPACK's, which is SciPy's.
// A zero or empty a (r = 0) gives the empty mat.Dense.
//
// Errors: ErrShape for nil a, ErrNotFinite, ErrValue for a negative or NaN
// Rcond, ErrNoConvergence from the SVD.
func Orth(a mat.Matrix, opts *SubspaceOptions) (q *mat.Dense, err error) {
	const fn = "Orth"
	defer recoverTo(fn, &err)
	rcond, err := subspaceRcond(fn, opts)
	if err != nil {
		return nil, err
	}
	m, n, err := dims(fn, "a", a)
	if err != nil {
		return nil, err
	}
	if m == 0 || n == 0 {
		return &mat.Dense{}, nil
	}
	s, err := svd(fn, a, &SVDOptions{Economy: true}, true)
	if err != nil {
		return nil, err
	}
	num := subspaceRank(s.S, m, n, rcond)
	out := make([]float64, m*num)
	for i := 0; i < m; i++ {
		for j := 0; j < num; j++ {
			out[i*num+j] = s.U.At(i, j)
		}
	}
	return newDense(m, num, out), nil
}

// subspaceRcond validates opts.Rcond; 0 stays 0, meaning the default.
func subspaceRcond(fn string, opts *SubspaceOptions) (float64, error) {
	if opts == nil {
		return 0, nil
	}
	if !(opts.Rcond >= 0) {
		return 0, newErr(ErrValue, fn, "opts.Rcond", "%v must be non-negative", opts.Rcond)
	}
	return opts.Rcond, nil
}

// subspaceRank counts the singular values above rcond·max(s), with rcond 0
// meaning eps·max(m,n) as in SciPy's null_space and orth.
func subspaceRank(s []float64, m, n int, rcond float64) int {
	if rcond == 0 {
		rcond = eps52 * float64(max(m, n))
	}
	var smax float64
	for _, v := range s {
		smax = math.Max(smax, v)
	}
	tol := smax * rcond
	num := 0
	for _, v := range s {
		if v > tol {
			num++
		}
	}
	return num
}
