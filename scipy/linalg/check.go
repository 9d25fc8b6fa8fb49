package linalg

import (
	"math"
	"math/cmplx"

	"gonum.org/v1/gonum/mat"
)

// dims returns the shape of m, or an ErrShape error naming arg when m is nil.
func dims(fn, arg string, m mat.Matrix) (r, c int, err error) {
	if m == nil {
		return 0, 0, newErr(ErrShape, fn, arg, "matrix is nil")
	}
	r, c = m.Dims()
	return r, c, nil
}

// square checks that m is non-nil and square and returns its order.
func square(fn, arg string, m mat.Matrix) (int, error) {
	r, c, err := dims(fn, arg, m)
	if err != nil {
		return 0, err
	}
	if r != c {
		return 0, newErr(ErrShape, fn, arg, "expected a square matrix, got %d×%d", r, c)
	}
	return r, nil
}

// denseCopy returns a row-major copy of m with stride max(1,c) (the data
// slice may be empty when r or c is zero) and, unless skip is set, checks
// that every element is finite.
func denseCopy(fn, arg string, m mat.Matrix, skip bool) (data []float64, r, c int, err error) {
	r, c, err = dims(fn, arg, m)
	if err != nil {
		return nil, 0, 0, err
	}
	if d, ok := m.(mat.RawMatrixer); ok && r > 0 && c > 0 {
		raw := d.RawMatrix()
		if raw.Stride == c && r*c >= denseCloneMin {
			// One contiguous block: append allocates without zeroing
			// first (growslice clears only beyond the copied length),
			// which make followed by copy cannot; the clearing was a
			// tenth of Cholesky's time at n=100 (pprof). Small blocks
			// are cheaper to zero than growslice's extra bookkeeping.
			data = append([]float64(nil), raw.Data[:r*c]...)
		} else {
			data = make([]float64, r*c)
			for i := 0; i < r; i++ {
				copy(data[i*c:(i+1)*c], raw.Data[i*raw.Stride:i*raw.Stride+c])
			}
		}
	} else {
		data = make([]float64, r*c)
		for i := 0; i < r; i++ {
			for j := 0; j < c; j++ {
				data[i*c+j] = m.At(i, j)
			}
		}
	}
	if !skip && !allFinite(data) {
		k := firstNonFinite(data)
		return nil, 0, 0, newErr(ErrNotFinite, fn, arg,
			"element (%d,%d) is %v; arrays must not contain infs or NaNs (set SkipFiniteCheck to skip this O(n²) check at your own risk)", k/c, k%c, data[k])
	}
	return data, r, c, nil
}

// denseCloneMin is the length (4 KiB of float64) from which denseCopy
// clones a contiguous matrix with append instead of make and copy.
const denseCloneMin = 512

// allFinite reports whether no element of s is NaN or ±Inf. v*0 is 0 for
// finite v and NaN otherwise, so the sums below are NaN exactly when some
// element is not finite: no branch per element, and four independent sums
// keep the loop from waiting on one addition chain. It is several times
// faster than testing math.IsNaN and math.IsInf element by element, which
// took a third of Cholesky's time at n=100 (BenchmarkCholesky, pprof).
func allFinite(s []float64) bool {
	var a0, a1, a2, a3 float64
	i := 0
	for ; i+4 <= len(s); i += 4 {
		a0 += s[i] * 0
		a1 += s[i+1] * 0
		a2 += s[i+2] * 0
		a3 += s[i+3] * 0
	}
	for ; i < len(s); i++ {
		a0 += s[i] * 0
	}
	sum := a0 + a1 + a2 + a3
	return sum == sum
}

// firstNonFinite returns the index of the first NaN or ±Inf in s, or -1.
func firstNonFinite(s []float64) int {
	for k, v := range s {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return k
		}
	}
	return -1
}

// cdenseCopy is denseCopy for complex matrices.
func cdenseCopy(fn, arg string, m mat.CMatrix, skip bool) (data []complex128, r, c int, err error) {
	if m == nil {
		return nil, 0, 0, newErr(ErrShape, fn, arg, "matrix is nil")
	}
	r, c = m.Dims()
	data = make([]complex128, r*c)
	for i := 0; i < r; i++ {
		for j := 0; j < c; j++ {
			data[i*c+j] = m.At(i, j)
		}
	}
	if !skip {
		for k, v := range data {
			if cmplx.IsNaN(v) || cmplx.IsInf(v) {
				return nil, 0, 0, newErr(ErrNotFinite, fn, arg,
					"element (%d,%d) is %v; arrays must not contain infs or NaNs (set SkipFiniteCheck to skip this O(n²) check at your own risk)", k/c, k%c, v)
			}
		}
	}
	return data, r, c, nil
}

// newDense wraps data as an r×c *mat.Dense; gonum panics on a zero
// dimension, so an empty result is the zero-value Dense, which gonum treats
// as an empty matrix.
func newDense(r, c int, data []float64) *mat.Dense {
	if r == 0 || c == 0 {
		return &mat.Dense{}
	}
	return mat.NewDense(r, c, data)
}

// newCDense is newDense for complex results.
func newCDense(r, c int, data []complex128) *mat.CDense {
	if r == 0 || c == 0 {
		return &mat.CDense{}
	}
	return mat.NewCDense(r, c, data)
}

// max1 is max(1, n), LAPACK's minimum leading dimension.
func max1(n int) int {
	if n < 1 {
		return 1
	}
	return n
}

// zeroPivot returns the 0-based index of the first exactly zero diagonal
// element of the n×n row-major factor u (stride ld), or -1.
func zeroPivot(n int, u []float64, ld int) int {
	for i := 0; i < n; i++ {
		if u[i*ld+i] == 0 {
			return i
		}
	}
	return -1
}

// triFinite checks the lower (or upper) triangle of the n×n row-major f for
// NaN and Inf.
func triFinite(fn, arg string, n int, f []float64, lower bool) *Error {
	for i := 0; i < n; i++ {
		lo, hi := i, n
		if lower {
			lo, hi = 0, i+1
		}
		for j := lo; j < hi; j++ {
			if v := f[i*n+j]; math.IsNaN(v) || math.IsInf(v, 0) {
				return newErr(ErrNotFinite, fn, arg, "element (%d,%d) is %v; arrays must not contain infs or NaNs", i, j, v)
			}
		}
	}
	return nil
}
