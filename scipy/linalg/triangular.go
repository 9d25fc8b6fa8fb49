package linalg

import (
	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/mat"
)

// SolveTriangularOptions are the options of SolveTriangular; the zero value
// (or nil) is SciPy's default: trans=0, lower=False, unit_diagonal=False,
// check_finite=True.
type SolveTriangularOptions struct {
	// Trans is "N" (or ""; solve a x = b), "T" (aᵀ x = b) or "C" (aᴴ x = b,
	// the same as "T" for real a).
	Trans string
	// Lower uses the lower triangle of a; otherwise the upper. The other
	// triangle is not read.
	Lower bool
	// UnitDiagonal assumes the diagonal of a is all ones and does not read it.
	UnitDiagonal bool
	// SkipFiniteCheck skips the NaN/Inf check (SciPy's check_finite=False).
	SkipFiniteCheck bool
}

// SolveTriangular solves a x = b for x with a n×n triangular (dtrtrs), like
// scipy.linalg.solve_triangular. b is n×k (a mat.Vector is n×1); neither a
// nor b is modified.
//
// Errors: ErrShape, ErrNotFinite, ErrValue for an unknown Trans, ErrSingular
// if a diagonal element is exactly zero (SciPy's "singular matrix:
// resolution failed at diagonal %d").
func SolveTriangular(a, b mat.Matrix, opts *SolveTriangularOptions) (x *mat.Dense, err error) {
	const fn = "SolveTriangular"
	defer recoverTo(fn, &err)
	var o SolveTriangularOptions
	if opts != nil {
		o = *opts
	}
	trans := blas.NoTrans
	switch o.Trans {
	case "", "N", "n":
	case "T", "t", "C", "c":
		trans = blas.Trans
	default:
		return nil, newErr(ErrValue, fn, "opts.Trans", "%q is not one of \"N\", \"T\", \"C\"", o.Trans)
	}
	n, err := square(fn, "a", a)
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
	af, _, _, err := denseCopy(fn, "a", a, o.SkipFiniteCheck)
	if err != nil {
		return nil, err
	}
	xd, _, _, err := denseCopy(fn, "b", b, o.SkipFiniteCheck)
	if err != nil {
		return nil, err
	}
	if n == 0 || k == 0 {
		return newDense(n, k, xd), nil
	}
	uplo, diag := blas.Upper, blas.NonUnit
	if o.Lower {
		uplo = blas.Lower
	}
	if o.UnitDiagonal {
		diag = blas.Unit
	}
	if !impl.Dtrtrs(uplo, trans, diag, n, k, af, n, xd, k) {
		i := zeroPivot(n, af, n)
		e := newErr(ErrSingular, fn, "a", "singular matrix: diagonal element (%d,%d) is exactly zero; consider LstSq for a least-squares solution", i+1, i+1)
		e.Routine, e.Info = "dtrtrs", i+1
		return nil, e
	}
	return newDense(n, k, xd), nil
}
