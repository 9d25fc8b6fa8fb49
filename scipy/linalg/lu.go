package linalg

import (
	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/mat"
)

// LUOptions are the options of LU; the zero value (or nil) is SciPy's
// default: permute_l=False, check_finite=True.
type LUOptions struct {
	// PermuteL returns P·L in L and leaves P nil (SciPy's permute_l=True).
	PermuteL bool
	// SkipFiniteCheck skips the NaN/Inf check (SciPy's check_finite=False).
	SkipFiniteCheck bool
}

// LUResult is the decomposition a = P·L·U of an m×n matrix, k = min(m,n).
type LUResult struct {
	P *mat.Dense // m×m permutation matrix; nil when PermuteL
	L *mat.Dense // m×k unit lower trapezoidal (P·L when PermuteL)
	U *mat.Dense // k×n upper trapezoidal
}

// LU computes the pivoted LU decomposition a = P·L·U of the m×n matrix a
// (dgetrf), like scipy.linalg.lu. An exactly singular a is factored without
// error, as in SciPy. Empty a gives empty factors (SciPy 1.10 raises).
//
// Errors: ErrShape for nil a, ErrNotFinite.
func LU(a mat.Matrix, opts *LUOptions) (res *LUResult, err error) {
	const fn = "LU"
	defer recoverTo(fn, &err)
	var o LUOptions
	if opts != nil {
		o = *opts
	}
	// Factor a column-major copy: the factors are read out into new
	// matrices anyway, and LAPACKE's row-major path would copy twice more.
	f, m, n, err := denseCopyT(fn, "a", a, o.SkipFiniteCheck)
	if err != nil {
		return nil, err
	}
	k := min(m, n)
	ipiv := make([]int, k)
	if k > 0 {
		cm.Dgetrf(m, n, f, m, ipiv)
	}
	// Transpose the column-major factors back into whichever of L (m×k)
	// and U (k×n) has a's shape, tile by tile (transposeInto), then move
	// the other factor's triangle out of it with contiguous row copies:
	// element by element, the strided reads of f cost as much as dgetrf
	// at n=100 (BenchmarkLU, pprof).
	// Below a few tiles the per-row copy and clear calls cost more than
	// they save, and the factors are read out element by element.
	var l, u []float64
	if m*n <= 4*transposeBlockSize*transposeBlockSize {
		l, u = make([]float64, m*k), make([]float64, k*n)
		for i := 0; i < m; i++ {
			for j := 0; j < min(i, k); j++ {
				l[i*k+j] = f[j*m+i]
			}
			if i < k {
				l[i*k+i] = 1
				for j := i; j < n; j++ {
					u[i*n+j] = f[j*m+i]
				}
			}
		}
	} else if m >= n { // k == n: L is m×n, U is n×n
		l, u = make([]float64, m*n), make([]float64, n*n)
		transposeInto(l, n, f, m, n, m)
		for i := 0; i < n; i++ {
			row := l[i*n : (i+1)*n]
			copy(u[i*n+i:(i+1)*n], row[i:])
			row[i] = 1
			clear(row[i+1:])
		}
	} else { // k == m: L is m×m, U is m×n
		l, u = make([]float64, m*m), make([]float64, m*n)
		transposeInto(u, n, f, m, n, m)
		for i := 0; i < m; i++ {
			row := u[i*n : (i+1)*n]
			copy(l[i*m:i*m+i], row[:i])
			l[i*m+i] = 1
			clear(row[:i])
		}
	}
	putScratch(f)
	// perm[i] is the row of a that ended in row i of L·U: apply the
	// interchanges to the identity ordering.
	perm := make([]int, m)
	for i := range perm {
		perm[i] = i
	}
	for i, p := range ipiv {
		perm[i], perm[p] = perm[p], perm[i]
	}
	res = &LUResult{U: newDense(k, n, u)}
	if o.PermuteL {
		pl := make([]float64, m*k)
		for i, r := range perm {
			copy(pl[r*k:(r+1)*k], l[i*k:(i+1)*k])
		}
		res.L = newDense(m, k, pl)
		return res, nil
	}
	p := make([]float64, m*m)
	for i, r := range perm {
		p[r*m+i] = 1 // a = P·(L·U): row r of a is row i of L·U
	}
	res.P, res.L = newDense(m, m, p), newDense(m, k, l)
	return res, nil
}

// LUFactorization is the compact LU factorization of scipy.linalg.lu_factor:
// L (unit diagonal not stored) and U share LU, and row i was interchanged
// with row Piv[i] (0-based, as in SciPy).
type LUFactorization struct {
	LU  *mat.Dense
	Piv []int
	// Singular reports an exactly zero diagonal element of U, for which
	// SciPy warns "Diagonal number %d is exactly zero. Singular matrix."
	// LUSolve then returns ErrSingular.
	Singular bool
}

// LUFactor computes the pivoted LU factorization of the m×n matrix a
// (dgetrf), like scipy.linalg.lu_factor. A singular a is not an error: the
// result's Singular field reports it.
//
// Errors: ErrShape for nil a, ErrNotFinite.
func LUFactor(a mat.Matrix, opts *Options) (lu *LUFactorization, err error) {
	const fn = "LUFactor"
	defer recoverTo(fn, &err)
	f, m, n, err := denseCopy(fn, "a", a, skip(opts))
	if err != nil {
		return nil, err
	}
	k := min(m, n)
	ipiv := make([]int, k)
	ok := true
	if k > 0 {
		ok = impl.Dgetrf(m, n, f, n, ipiv)
	}
	return &LUFactorization{LU: newDense(m, n, f), Piv: ipiv, Singular: !ok}, nil
}

// LUSolveOptions are the options of LUSolve; the zero value (or nil) is
// SciPy's default: trans=0, check_finite=True.
type LUSolveOptions struct {
	// Trans is "N" (or ""; a x = b), "T" or "C" (aᵀ x = b).
	Trans string
	// SkipFiniteCheck skips the NaN/Inf check of b.
	SkipFiniteCheck bool
}

// LUSolve solves a x = b given the LUFactor of the square matrix a, like
// scipy.linalg.lu_solve. b is n×k; neither lu nor b is modified.
//
// Errors: ErrShape if lu is nil, not square or b has the wrong number of
// rows, ErrValue for a bad Trans or pivot, ErrNotFinite, ErrSingular if U
// has an exactly zero diagonal element.
func LUSolve(lu *LUFactorization, b mat.Matrix, opts *LUSolveOptions) (x *mat.Dense, err error) {
	const fn = "LUSolve"
	defer recoverTo(fn, &err)
	var o LUSolveOptions
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
	if lu == nil || lu.LU == nil {
		return nil, newErr(ErrShape, fn, "lu", "factorization is nil")
	}
	n, err := square(fn, "lu.LU", lu.LU)
	if err != nil {
		return nil, err
	}
	if len(lu.Piv) != n {
		return nil, newErr(ErrShape, fn, "lu.Piv", "has length %d, expected %d", len(lu.Piv), n)
	}
	for i, p := range lu.Piv {
		if p < i || p >= n {
			// dgetrf only swaps row i with a later row; anything else is
			// not a factorization it produced.
			return nil, newErr(ErrValue, fn, "lu.Piv", "Piv[%d] = %d is outside [%d, %d)", i, p, i, n)
		}
	}
	br, k, err := dims(fn, "b", b)
	if err != nil {
		return nil, err
	}
	if br != n {
		return nil, newErr(ErrShape, fn, "b", "has %d rows, expected %d (the order of a)", br, n)
	}
	f, _, _, err := denseCopy(fn, "lu.LU", lu.LU, true)
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
	if zeroPivot(n, f, n) >= 0 {
		return nil, singularLU(fn, "lu", "dgetrs", n, f)
	}
	impl.Dgetrs(trans, n, k, f, n, lu.Piv, xd, k)
	return newDense(n, k, xd), nil
}
