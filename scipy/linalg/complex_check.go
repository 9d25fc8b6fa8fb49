package linalg

import (
	"math"
	"math/cmplx"

	"gonum.org/v1/gonum/mat"
)

// Helpers shared by the complex-input functions (the …C variants). The
// copy into a row-major buffer with the finite check is cdenseCopy in
// check.go.

// cdims returns the shape of the complex matrix m, or an ErrShape error
// naming arg when m is nil.
func cdims(fn, arg string, m mat.CMatrix) (r, c int, err error) {
	if m == nil {
		return 0, 0, newErr(ErrShape, fn, arg, "matrix is nil")
	}
	r, c = m.Dims()
	return r, c, nil
}

// csquare checks that the complex matrix m is non-nil and square and
// returns its order.
func csquare(fn, arg string, m mat.CMatrix) (int, error) {
	r, c, err := cdims(fn, arg, m)
	if err != nil {
		return 0, err
	}
	if r != c {
		return 0, newErr(ErrShape, fn, arg, "expected a square matrix, got %d×%d", r, c)
	}
	return r, nil
}

// cplxNotFinite reports whether z has a NaN or infinite part.
func cplxNotFinite(z complex128) bool { return cmplx.IsNaN(z) || cmplx.IsInf(z) }

// cplxTriFinite checks the lower (or upper) triangle of the n×n row-major
// complex f for NaN and Inf.
func cplxTriFinite(fn, arg string, n int, f []complex128, lower bool) *Error {
	for i := 0; i < n; i++ {
		lo, hi := i, n
		if lower {
			lo, hi = 0, i+1
		}
		for j := lo; j < hi; j++ {
			if v := f[i*n+j]; cplxNotFinite(v) {
				return newErr(ErrNotFinite, fn, arg, "element (%d,%d) is %v; arrays must not contain infs or NaNs", i, j, v)
			}
		}
	}
	return nil
}

// cplxNorm1 is the 1-norm (largest column sum of moduli) of the m×n
// row-major complex a with stride n.
func cplxNorm1(m, n int, a []complex128) float64 {
	s := make([]float64, n)
	for i := 0; i < m; i++ {
		for j, v := range a[i*n : i*n+n] {
			s[j] += cmplx.Abs(v)
		}
	}
	var mx float64
	for _, v := range s {
		if !(v <= mx) { // NaN propagates
			mx = v
		}
	}
	return mx
}

// cplxNormInf is the ∞-norm (largest row sum of moduli) of the m×n
// row-major complex a with stride n.
func cplxNormInf(m, n int, a []complex128) float64 {
	var mx float64
	for i := 0; i < m; i++ {
		var s float64
		for _, v := range a[i*n : i*n+n] {
			s += cmplx.Abs(v)
		}
		if !(s <= mx) {
			mx = s
		}
	}
	return mx
}

// cplxSymNorm1 is the 1-norm of the n×n symmetric (herm false) or
// Hermitian (herm true) matrix whose lower (or upper) triangle is stored in
// the row-major a; a Hermitian matrix's diagonal is taken as real, as LAPACK
// takes it.
func cplxSymNorm1(n int, a []complex128, lower, herm bool) float64 {
	s := make([]float64, n)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			if (lower && j > i) || (!lower && j < i) {
				continue
			}
			v := cmplx.Abs(a[i*n+j])
			if i == j {
				if herm {
					v = math.Abs(real(a[i*n+j]))
				}
				s[i] += v
				continue
			}
			s[i] += v
			s[j] += v
		}
	}
	var mx float64
	for _, v := range s {
		if !(v <= mx) {
			mx = v
		}
	}
	return mx
}

// cplxSingularLU builds the ErrSingular error for a complex LU factor (n×n,
// row-major) with an exact zero pivot.
func cplxSingularLU(fn, arg, routine string, n int, lu []complex128) *Error {
	i := 0
	for ; i < n-1; i++ {
		if lu[i*n+i] == 0 {
			break
		}
	}
	e := newErr(ErrSingular, fn, arg, "matrix is singular: U(%d,%d) is exactly zero; consider LstSq for a least-squares solution", i+1, i+1)
	e.Routine, e.Info = routine, i+1
	return e
}

// cplxNotPosDef builds the ErrNotPositiveDefinite error after a failed
// zpotrf, which stops at the first leading minor whose pivot is not
// positive, leaving the earlier diagonal entries positive real square
// roots. hint completes the message ("; use …").
func cplxNotPosDef(fn, arg, routine string, n int, f []complex128, hint string) *Error {
	i := 0
	for ; i < n-1; i++ {
		if d := f[i*n+i]; !(real(d) > 0) || imag(d) != 0 {
			break
		}
	}
	e := newErr(ErrNotPositiveDefinite, fn, arg, "matrix is not positive definite: the leading minor of order %d is not positive definite%s", i+1, hint)
	e.Routine, e.Info = routine, i+1
	return e
}

// cplxIdentity returns the n×n identity as a row-major slice.
func cplxIdentity(n int) []complex128 {
	d := make([]complex128, n*n)
	for i := 0; i < n; i++ {
		d[i*n+i] = 1
	}
	return d
}
