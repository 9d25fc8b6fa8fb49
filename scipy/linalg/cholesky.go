package linalg

import (
	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/mat"
)

// CholeskyOptions are the options of Cholesky and ChoFactor; the zero value
// (or nil) is SciPy's default: lower=False, check_finite=True.
type CholeskyOptions struct {
	// Lower computes a = L·Lᵀ from the lower triangle; otherwise a = Uᵀ·U
	// from the upper triangle. The other triangle of a is not read (but is
	// checked for finiteness unless SkipFiniteCheck, as SciPy does).
	Lower bool
	// SkipFiniteCheck skips the NaN/Inf check (SciPy's check_finite=False).
	SkipFiniteCheck bool
}

// Cholesky returns the Cholesky factor of the symmetric positive definite
// n×n matrix a (dpotrf), like scipy.linalg.cholesky: U with a = Uᵀ·U, or
// L with a = L·Lᵀ when Lower; the other triangle of the result is zero.
//
// Errors: ErrShape if a is not square, ErrNotFinite, ErrNotPositiveDefinite
// (naming the failing leading minor).
func Cholesky(a mat.Matrix, opts *CholeskyOptions) (c *mat.Dense, err error) {
	const fn = "Cholesky"
	defer recoverTo(fn, &err)
	cf, err := choFactor(fn, a, opts)
	if err != nil {
		return nil, err
	}
	// Zero the other triangle in place: cf.C was made by choFactor with
	// stride n, and slice clears beat n² Set calls (a tenth of the time at
	// n=100).
	raw := cf.C.RawMatrix()
	for i := 0; i < raw.Rows; i++ {
		row := raw.Data[i*raw.Stride : i*raw.Stride+raw.Cols]
		if cf.Lower {
			clear(row[i+1:])
		} else {
			clear(row[:i])
		}
	}
	return cf.C, nil
}

// ChoFactorization is the result of ChoFactor (scipy.linalg.cho_factor):
// the factor in the Lower (or upper) triangle of C; the other triangle holds
// a's entries, as in SciPy, and is never read by ChoSolve.
type ChoFactorization struct {
	C     *mat.Dense
	Lower bool
}

// ChoFactor computes the Cholesky factorization of a for use by ChoSolve,
// like scipy.linalg.cho_factor. Errors as Cholesky.
func ChoFactor(a mat.Matrix, opts *CholeskyOptions) (cf *ChoFactorization, err error) {
	const fn = "ChoFactor"
	defer recoverTo(fn, &err)
	return choFactor(fn, a, opts)
}

func choFactor(fn string, a mat.Matrix, opts *CholeskyOptions) (*ChoFactorization, error) {
	var o CholeskyOptions
	if opts != nil {
		o = *opts
	}
	n, err := square(fn, "a", a)
	if err != nil {
		return nil, err
	}
	f, _, _, err := denseCopy(fn, "a", a, o.SkipFiniteCheck)
	if err != nil {
		return nil, err
	}
	uplo := blas.Upper
	if o.Lower {
		uplo = blas.Lower
	}
	if n > 0 && !impl.Dpotrf(uplo, n, f, n) {
		return nil, notPosDef(fn, "a", n, f)
	}
	return &ChoFactorization{C: newDense(n, n, f), Lower: o.Lower}, nil
}

// ChoSolve solves a x = b given the ChoFactor of a (dpotrs), like
// scipy.linalg.cho_solve. b is n×k; neither argument is modified.
//
// Errors: ErrShape for a nil or non-square factor or b with the wrong
// number of rows, ErrNotFinite for NaN/Inf in b or the factor's triangle.
func ChoSolve(cf *ChoFactorization, b mat.Matrix, opts *Options) (x *mat.Dense, err error) {
	const fn = "ChoSolve"
	defer recoverTo(fn, &err)
	if cf == nil || cf.C == nil {
		return nil, newErr(ErrShape, fn, "cf", "factorization is nil")
	}
	n, err := square(fn, "cf.C", cf.C)
	if err != nil {
		return nil, err
	}
	br, k, err := dims(fn, "b", b)
	if err != nil {
		return nil, err
	}
	if br != n {
		return nil, newErr(ErrShape, fn, "b", "has %d rows, expected %d (the order of a)", br, n)
	}
	c, _, _, err := denseCopy(fn, "cf.C", cf.C, true)
	if err != nil {
		return nil, err
	}
	if !skip(opts) {
		if e := triFinite(fn, "cf.C", n, c, cf.Lower); e != nil {
			return nil, e
		}
	}
	xd, _, _, err := denseCopy(fn, "b", b, skip(opts))
	if err != nil {
		return nil, err
	}
	if n == 0 || k == 0 {
		return newDense(n, k, xd), nil
	}
	uplo := blas.Upper
	if cf.Lower {
		uplo = blas.Lower
	}
	impl.Dpotrs(uplo, n, k, c, n, xd, k)
	return newDense(n, k, xd), nil
}
