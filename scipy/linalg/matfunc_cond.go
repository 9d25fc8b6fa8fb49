package linalg

import (
	"math"

	"gonum.org/v1/gonum/mat"
)

// ExpmCond returns the relative condition number of the matrix exponential
// of the real square matrix a in the Frobenius norm, like
// scipy.linalg.expm_cond: κ = ‖K‖₂·‖a‖_F/‖e^a‖_F, where the n²×n² matrix
// K is the Kronecker form of the Fréchet derivative (column i·n+j of K is
// vec L(a, e_i·e_jᵀ), with vec stacking columns). As in SciPy, K is formed
// explicitly from n² calls of ExpmFrechet and its 2-norm taken by an SVD:
// O(n⁵) time and n⁴ memory, so it is meant for small matrices (SciPy notes
// that a faster 1-norm estimate exists but does not implement it).
//
// Errors: ErrShape if a is not square, ErrNotFinite unless SkipFiniteCheck,
// ErrSingular as for ExpmFrechet, ErrNoConvergence if the SVD fails. An
// empty a gives NaN (0/0, as NumPy computes it). a is not modified.
func ExpmCond(a mat.Matrix, opts *Options) (kappa float64, err error) {
	const fn = "ExpmCond"
	defer recoverTo(fn, &err)
	n, err := square(fn, "a", a)
	if err != nil {
		return 0, err
	}
	af, _, _, err := denseCopy(fn, "a", a, skip(opts))
	if err != nil {
		return 0, err
	}
	if n == 0 {
		return math.NaN(), nil
	}
	nn := n * n
	k := make([]float64, nn*nn)
	e := make([]float64, nn)
	var x []float64
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			e[i*n+j] = 1
			r, l, err := mfExpmFrechet(fn, n, af, e)
			e[i*n+j] = 0
			if err != nil {
				return 0, err
			}
			x = r
			col := i*n + j
			// vec(L) stacks the columns of L: entry (p, q) goes to q·n + p.
			for p := 0; p < n; p++ {
				for q := 0; q < n; q++ {
					k[(q*n+p)*nn+col] = l[p*n+q]
				}
			}
		}
	}
	sv, err := SVDVals(mat.NewDense(nn, nn, k), nil)
	if err != nil {
		if ee, ok := err.(*Error); ok {
			ee.Func, ee.Arg = fn, "a"
		}
		return 0, err
	}
	aF := mat.Norm(mat.NewDense(n, n, af), 2)
	xF := mat.Norm(mat.NewDense(n, n, x), 2)
	return sv[0] * aF / xF, nil
}

// KhatriRao returns the Khatri–Rao product of a (m×k) and b (p×k), like
// scipy.linalg.khatri_rao: the column-wise Kronecker product, an (m·p)×k
// matrix whose column j is kron(a[:, j], b[:, j]).
//
// Errors: ErrShape if a or b is nil or their column counts differ (SciPy's
// ValueError). An empty a or b gives an empty result. a and b are not
// modified.
func KhatriRao(a, b mat.Matrix) (c *mat.Dense, err error) {
	const fn = "KhatriRao"
	defer recoverTo(fn, &err)
	m, k, err := dims(fn, "a", a)
	if err != nil {
		return nil, err
	}
	p, kb, err := dims(fn, "b", b)
	if err != nil {
		return nil, err
	}
	if kb != k {
		return nil, newErr(ErrShape, fn, "b", "both matrices must have the same number of columns, got %d and %d", k, kb)
	}
	if m*p == 0 || k == 0 {
		return &mat.Dense{}, nil
	}
	out := make([]float64, m*p*k)
	for i := 0; i < m; i++ {
		for r := 0; r < p; r++ {
			row := out[(i*p+r)*k : (i*p+r+1)*k]
			for j := range row {
				row[j] = a.At(i, j) * b.At(r, j)
			}
		}
	}
	return mat.NewDense(m*p, k, out), nil
}
