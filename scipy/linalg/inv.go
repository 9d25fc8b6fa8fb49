package linalg

import (
	"math"

	"gonum.org/v1/gonum/mat"
)

// Options is the options struct of the functions that have no option but
// the finite check (Inv, Det, SlogDet). nil means SciPy's default,
// check_finite=True.
type Options struct {
	// SkipFiniteCheck skips the NaN/Inf check of the input (SciPy's
	// check_finite=False).
	SkipFiniteCheck bool
}

func skip(o *Options) bool { return o != nil && o.SkipFiniteCheck }

// Inv returns the inverse of the square matrix a, like scipy.linalg.inv
// (dgetrf + dgetri). An empty a gives an empty result (SciPy 1.10 raises
// instead). a is not modified.
//
// Errors: ErrShape if a is not square, ErrNotFinite, ErrSingular if a is
// exactly singular. Like SciPy, Inv does not report ill-conditioning; use
// Solve, whose result carries RCond, when that matters.
func Inv(a mat.Matrix, opts *Options) (inv *mat.Dense, err error) {
	const fn = "Inv"
	defer recoverTo(fn, &err)
	n, err := square(fn, "a", a)
	if err != nil {
		return nil, err
	}
	f, _, _, err := denseCopy(fn, "a", a, skip(opts))
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return &mat.Dense{}, nil
	}
	// The column-major inverse of aᵀ, which cm computes in f, is the
	// row-major inverse of a (lut.go).
	ipiv, ok := luT(n, f)
	if !ok {
		return nil, singularLUT(fn, "a", "dgetrf", n, f)
	}
	work := make([]float64, 1)
	cm.Dgetri(n, f, n, ipiv, work, -1)
	work = getScratch(max(n, int(work[0])))
	ok = cm.Dgetri(n, f, n, ipiv, work, len(work))
	putScratch(work)
	if !ok {
		return nil, singularLUT(fn, "a", "dgetri", n, f)
	}
	return newDense(n, n, f), nil
}

// luDiag factors a copy of a and returns the diagonal of U and the parity of
// the row permutation (true when odd).
func luDiag(fn string, a mat.Matrix, opts *Options) (diag []float64, odd bool, err error) {
	n, err := square(fn, "a", a)
	if err != nil {
		return nil, false, err
	}
	f, _, _, err := denseCopyScratch(fn, "a", a, skip(opts))
	if err != nil {
		return nil, false, err
	}
	// det aᵀ = det a, so the factorization of aᵀ serves (lut.go). A
	// singular a is not an error here: its determinant is 0.
	ipiv, _ := luT(n, f)
	diag = make([]float64, n)
	for i := range diag {
		diag[i] = f[i*n+i]
		if ipiv[i] != i {
			odd = !odd
		}
	}
	putScratch(f)
	return diag, odd, nil
}

// Det returns the determinant of the square matrix a, computed like
// scipy.linalg.det as the signed product of the diagonal of U in a = P L U.
// The determinant of a 0×0 matrix is 1 (NumPy's convention; SciPy 1.10
// raises). A singular a gives 0, not an error. The product may overflow to
// ±Inf or underflow to 0 for large n; SlogDet does not.
//
// Errors: ErrShape if a is not square, ErrNotFinite.
func Det(a mat.Matrix, opts *Options) (det float64, err error) {
	const fn = "Det"
	defer recoverTo(fn, &err)
	diag, odd, err := luDiag(fn, a, opts)
	if err != nil {
		return 0, err
	}
	det = 1
	for _, d := range diag {
		det *= d
	}
	if odd {
		det = -det
	}
	return det, nil
}

// SlogDet returns the sign and the natural logarithm of the absolute value
// of the determinant of a, so that det = sign·exp(logAbsDet) without
// overflow. SciPy has no slogdet; this is numpy.linalg.slogdet: a singular a
// gives sign 0 and logAbsDet -Inf, a 0×0 matrix sign 1 and logAbsDet 0.
//
// Errors: ErrShape if a is not square, ErrNotFinite.
func SlogDet(a mat.Matrix, opts *Options) (sign, logAbsDet float64, err error) {
	const fn = "SlogDet"
	defer recoverTo(fn, &err)
	diag, odd, err := luDiag(fn, a, opts)
	if err != nil {
		return 0, 0, err
	}
	sign = 1
	for _, d := range diag {
		if d == 0 {
			return 0, math.Inf(-1), nil
		}
		if d < 0 {
			sign = -sign
		}
		logAbsDet += math.Log(math.Abs(d))
	}
	if odd {
		sign = -sign
	}
	return sign, logAbsDet, nil
}
