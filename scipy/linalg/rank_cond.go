package linalg

import (
	"errors"
	"math"

	"gonum.org/v1/gonum/mat"
)

// CondOptions are the options of Cond. The zero value (or nil) is NumPy's
// default p=None: the 2-norm condition number from the singular values.
type CondOptions struct {
	// P is numpy.linalg.cond's p as a string: "" or "2" (largest over
	// smallest singular value; the default), "-2" (smallest over largest),
	// "fro", "nuc", "inf", "-inf", "1" or "-1" (norm(a)·norm(inv(a)) in
	// that norm; see NormOptions.Ord).
	P string
}

// Cond returns the condition number of the matrix a, like
// numpy.linalg.cond (SciPy has no cond of its own).
//
// For P "" (the default), "2" and "-2", a may be m×n and the result is the
// ratio of its extreme singular values. For the other norms a must be
// square and the result is Norm(a)·Norm(Inv(a)). As in NumPy, a singular
// matrix is not an error: an exactly singular a (a zero pivot in its LU
// factorization, or a zero smallest singular value) gives +Inf. A matrix
// that is singular only to rounding gives a large finite value (about
// 1/eps), as in NumPy.
//
// Errors: ErrShape for nil or empty a (NumPy raises LinAlgError) and for a
// non-square a with a norm other than the 2-norms, ErrNotFinite for NaN or
// ±Inf entries (NumPy returns NaN; the SVD could fail to terminate on them),
// ErrValue for an unknown P, ErrNoConvergence from the SVD.
func Cond(a mat.Matrix, opts *CondOptions) (c float64, err error) {
	const fn = "Cond"
	defer recoverTo(fn, &err)
	var o CondOptions
	if opts != nil {
		o = *opts
	}
	m, n, err := dims(fn, "a", a)
	if err != nil {
		return 0, err
	}
	if m == 0 || n == 0 {
		return 0, newErr(ErrShape, fn, "a", "cond is not defined on empty arrays (%d×%d)", m, n)
	}
	switch o.P {
	case "", "2", "-2":
		s, err := svd(fn, a, nil, false)
		if err != nil {
			return 0, err
		}
		hi, lo := s.S[0], s.S[len(s.S)-1]
		if o.P == "-2" {
			hi, lo = lo, hi
		}
		r := hi / lo
		if math.IsNaN(r) { // 0/0: the zero matrix
			r = math.Inf(1)
		}
		return r, nil
	case "fro", "nuc", "inf", "-inf", "1", "-1":
	default:
		return 0, newErr(ErrValue, fn, "opts.P", "%q is not a condition-number order (\"\", \"2\", \"-2\", \"fro\", \"nuc\", \"inf\", \"-inf\", \"1\", \"-1\")", o.P)
	}
	if m != n {
		return 0, newErr(ErrShape, fn, "a", "expected a square matrix for P %q, got %d×%d (only the 2-norm condition number is defined for rectangular matrices)", o.P, m, n)
	}
	f, _, _, err := denseCopy(fn, "a", a, false)
	if err != nil {
		return 0, err
	}
	ad := newDense(n, n, f)
	inv, err := Inv(ad, nil)
	if err != nil {
		if errors.Is(err, ErrSingular) {
			return math.Inf(1), nil
		}
		return 0, rankRefunc(fn, err)
	}
	na, err := Norm(ad, &NormOptions{Ord: o.P, SkipFiniteCheck: true})
	if err != nil {
		return 0, rankRefunc(fn, err)
	}
	if !allFinite(inv.RawMatrix().Data) {
		// The inverse overflowed: a is singular to working precision.
		return math.Inf(1), nil
	}
	ni, err := Norm(inv, &NormOptions{Ord: o.P, SkipFiniteCheck: true})
	if err != nil {
		return 0, rankRefunc(fn, err)
	}
	r := na * ni
	if math.IsNaN(r) {
		r = math.Inf(1)
	}
	return r, nil
}

// MatrixRankOptions are the options of MatrixRank. The zero value (or nil)
// is NumPy's default: tol=None, hermitian=False.
type MatrixRankOptions struct {
	// Tol is the threshold below which singular values count as zero; 0,
	// the default, means NumPy's S.max()·max(m,n)·eps. (To count every
	// non-zero singular value pass a tiny positive Tol such as
	// math.SmallestNonzeroFloat64.)
	Tol float64
	// Hermitian says a is symmetric: the singular values are then the
	// absolute eigenvalues of its lower triangle (dsyevr), which is cheaper
	// than an SVD. The upper triangle is not read.
	Hermitian bool
}

// MatrixRank returns the rank of the m×n matrix a: the number of singular
// values greater than the tolerance, like numpy.linalg.matrix_rank. An
// empty a has rank 0 (NumPy raises).
//
// Errors: ErrShape for nil a, ErrNotFinite, ErrValue for a negative or NaN
// Tol, ErrNoConvergence from the SVD or eigensolver.
func MatrixRank(a mat.Matrix, opts *MatrixRankOptions) (rank int, err error) {
	const fn = "MatrixRank"
	defer recoverTo(fn, &err)
	var o MatrixRankOptions
	if opts != nil {
		o = *opts
	}
	if !(o.Tol >= 0) {
		return 0, newErr(ErrValue, fn, "opts.Tol", "%v must be non-negative", o.Tol)
	}
	m, n, err := dims(fn, "a", a)
	if err != nil {
		return 0, err
	}
	var s []float64
	if o.Hermitian {
		if m != n {
			return 0, newErr(ErrShape, fn, "a", "expected a square matrix with Hermitian, got %d×%d", m, n)
		}
		if n == 0 {
			return 0, nil
		}
		w, err := EigvalsH(a, nil)
		if err != nil {
			return 0, rankRefunc(fn, err)
		}
		s = make([]float64, len(w))
		for i, v := range w {
			s[i] = math.Abs(v)
		}
	} else {
		r, err := svd(fn, a, nil, false)
		if err != nil {
			return 0, err
		}
		s = r.S
	}
	if len(s) == 0 {
		return 0, nil
	}
	tol := o.Tol
	if tol == 0 {
		var smax float64
		for _, v := range s {
			smax = math.Max(smax, v)
		}
		tol = smax * float64(max(m, n)) * eps52
	}
	for _, v := range s {
		if v > tol {
			rank++
		}
	}
	return rank, nil
}

// rankRefunc re-labels an *Error from a function this package calls
// internally (Inv, Eigh, Solve, …) with the public function fn that the
// caller actually called.
func rankRefunc(fn string, err error) error {
	var e *Error
	if errors.As(err, &e) {
		c := *e
		c.Func = fn
		return &c
	}
	return err
}
