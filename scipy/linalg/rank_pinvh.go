package linalg

import (
	"math"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/mat"
)

// PinvHOptions are the options of PinvH. The zero value (or nil) is SciPy's
// default: atol=0, rtol=n·eps, lower=True, check_finite=True.
type PinvHOptions struct {
	// Atol is the absolute cutoff for small eigenvalues (0, the default,
	// means none).
	Atol float64
	// Rtol is the cutoff relative to the largest absolute eigenvalue; 0
	// means SciPy's default n·eps. Eigenvalues with |λ| <= Atol +
	// Rtol·max|λ| are treated as zero.
	Rtol float64
	// Upper reads the upper triangle of a (SciPy's lower=False); the zero
	// value reads the lower triangle, SciPy's default.
	Upper bool
}

// PinvH computes the Moore–Penrose pseudo-inverse of the symmetric n×n
// matrix a from its eigendecomposition (dsyevr through Eigh), like
// scipy.linalg.pinvh with return_rank=True: B = V·diag(1/λ)·Vᵀ over the
// eigenvalues above the cutoff, and Rank, their number. Only the triangle
// selected by Upper is read. An empty a gives an empty B and rank 0 (SciPy
// 1.10 raises).
//
// Errors: ErrShape for nil or non-square a, ErrNotFinite (for the triangle
// read), ErrValue for negative or NaN tolerances, ErrNoConvergence from the
// eigensolver.
func PinvH(a mat.Matrix, opts *PinvHOptions) (res *PinvResult, err error) {
	const fn = "PinvH"
	defer recoverTo(fn, &err)
	var o PinvHOptions
	if opts != nil {
		o = *opts
	}
	if !(o.Atol >= 0) {
		return nil, newErr(ErrValue, fn, "opts.Atol", "%v must be non-negative", o.Atol)
	}
	if !(o.Rtol >= 0) {
		return nil, newErr(ErrValue, fn, "opts.Rtol", "%v must be non-negative", o.Rtol)
	}
	n, err := square(fn, "a", a)
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return &PinvResult{B: &mat.Dense{}}, nil
	}
	e, err := Eigh(a, &EighOptions{Upper: o.Upper})
	if err != nil {
		return nil, rankRefunc(fn, err)
	}
	if o.Rtol == 0 {
		o.Rtol = float64(n) * eps52
	}
	var maxS float64
	for _, w := range e.W {
		maxS = math.Max(maxS, math.Abs(w))
	}
	val := o.Atol + maxS*o.Rtol
	var keep []int
	for k, w := range e.W {
		if math.Abs(w) > val {
			keep = append(keep, k)
		}
	}
	// B = V[:, keep]·diag(1/λ[keep])·V[:, keep]ᵀ, symmetric by construction.
	r := len(keep)
	vs := make([]float64, n*r) // V[:, keep]·diag(1/λ)
	v := make([]float64, n*r)  // V[:, keep]
	for i := 0; i < n; i++ {
		for c, k := range keep {
			x := e.V.At(i, k)
			v[i*r+c] = x
			vs[i*r+c] = x / e.W[k]
		}
	}
	b := make([]float64, n*n)
	if r > 0 {
		nativeBLAS.Dgemm(blas.NoTrans, blas.Trans, n, n, r, 1, vs, r, v, r, 0, b, n)
	}
	return &PinvResult{B: newDense(n, n, b), Rank: r}, nil
}
