package linalg

import (
	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/mat"
)

// Banded matrices use SciPy's storage: a band matrix a of order n with l
// sub-diagonals and u super-diagonals is the (l+u+1)×n matrix ab with
//
//	ab[u+i-j, j] == a[i, j]   for max(0, j-u) <= i <= min(n-1, j+l),
//
// that is, row u of ab is the diagonal, row u-k the k-th super-diagonal
// (right-aligned: its first k entries are unused) and row u+k the k-th
// sub-diagonal (left-aligned: its last k entries are unused). A symmetric
// band matrix with kd off-diagonals stores one triangle in a (kd+1)×n
// array: the upper form (the default, lower=False) is the general form with
// l = 0, u = kd, the lower form ab[i-j, j] == a[i, j] for j <= i <= j+kd.
// The unused corner entries are never read, but the finite check looks at
// the whole of ab, as SciPy's check_finite does.

// HBandedOptions are the options of SolveHBanded and CholeskyBanded. The
// zero value (or nil) means SciPy's defaults: upper form, check_finite=True.
type HBandedOptions struct {
	// Lower says ab holds the lower form (ab[i-j, j] == a[i, j]); the zero
	// value means the upper form (ab[kd+i-j, j] == a[i, j]).
	Lower bool
	// SkipFiniteCheck skips the NaN/Inf check of the inputs (SciPy's
	// check_finite=False). With it, non-finite input gives unspecified
	// results but never a panic.
	SkipFiniteCheck bool
}

// SolveBanded solves a x = b for x, where a is the n×n band matrix with l
// sub-diagonals and u super-diagonals given in SciPy's band storage ab
// ((l+u+1)×n, ab[u+i-j, j] == a[i, j]), like scipy.linalg.solve_banded. b
// is n×k (a mat.Vector is n×1) and x has its shape. As in SciPy, a
// tridiagonal a (l = u = 1) is solved by LAPACK's dgtsv, any other by dgbsv,
// both LU with partial pivoting. ab and b are not modified.
//
// For n = 1, x = b / a[0,0] with the diagonal read from row u of ab
// (SciPy 1.10 reads row 1 whatever u is, which is only right for u = 1, and
// divides by zero where this returns ErrSingular). An empty system gives an
// empty x.
//
// Errors: ErrValue if l or u is negative; ErrShape if ab does not have
// l+u+1 rows or b does not have n rows; ErrNotFinite for NaN/Inf input;
// ErrSingular if a is exactly singular (LAPACK's info > 0; SciPy raises
// LinAlgError "singular matrix").
func SolveBanded(l, u int, ab, b mat.Matrix, opts *Options) (x *mat.Dense, err error) {
	const fn = "SolveBanded"
	defer recoverTo(fn, &err)
	if l < 0 {
		return nil, newErr(ErrValue, fn, "l", "the number of sub-diagonals is %d, must be >= 0", l)
	}
	if u < 0 {
		return nil, newErr(ErrValue, fn, "u", "the number of super-diagonals is %d, must be >= 0", u)
	}
	sab, rows, n, err := denseCopy(fn, "ab", ab, skip(opts))
	if err != nil {
		return nil, err
	}
	// gonum has no 3×0 matrices: an empty ab stands for any (l+u+1)×0.
	if rows != l+u+1 && n > 0 {
		return nil, newErr(ErrShape, fn, "ab", "has %d rows, expected l+u+1 = %d", rows, l+u+1)
	}
	xs, k, err := bandedRHS(fn, b, n, skip(opts))
	if err != nil {
		return nil, err
	}
	if n == 0 || k == 0 {
		return newDense(n, k, xs), nil
	}
	if n == 1 {
		d := sab[u*n]
		if d == 0 {
			return nil, bandedSingular(fn, "", 1)
		}
		for j := range xs {
			xs[j] /= d
		}
		return newDense(n, k, xs), nil
	}
	if l == 1 && u == 1 {
		dl := append([]float64(nil), sab[2*n:3*n-1]...)
		d := append([]float64(nil), sab[n:2*n]...)
		du := append([]float64(nil), sab[1:n]...)
		if !impl.Dgtsv(n, k, dl, d, du, xs, k) {
			return nil, bandedSingular(fn, "dgtsv", bandedZeroDiag(d))
		}
		return newDense(n, k, xs), nil
	}
	// lapacke's Dgbsv takes gonum's row-major band with room for the l
	// extra super-diagonals of U: a[i, j] is gab[i*ld+l+j-i].
	ld := 2*l + u + 1
	gab := make([]float64, n*ld)
	for i := 0; i < n; i++ {
		for j := max(0, i-l); j <= min(n-1, i+u); j++ {
			gab[i*ld+l+j-i] = sab[(u+i-j)*n+j]
		}
	}
	ipiv := make([]int, n)
	if !impl.Dgbsv(n, l, u, k, gab, ld, ipiv, xs, k) {
		// U(i,i) is gab[i*ld+l].
		info := 0
		for i := 0; i < n; i++ {
			if gab[i*ld+l] == 0 {
				info = i + 1
				break
			}
		}
		return nil, bandedSingular(fn, "dgbsv", info)
	}
	return newDense(n, k, xs), nil
}

// bandedZeroDiag returns the 1-based index of the first zero in the
// diagonal of U that dgtsv leaves in d, or 0.
func bandedZeroDiag(d []float64) int {
	for i, v := range d {
		if v == 0 {
			return i + 1
		}
	}
	return 0
}

// bandedSingular is the ErrSingular error of the banded solvers; info is
// the 1-based index of the zero pivot (0 if unknown).
func bandedSingular(fn, routine string, info int) *Error {
	e := newErr(ErrSingular, fn, "ab", "matrix is singular: U(%d,%d) of its LU factorization is exactly zero", info, info)
	if info == 0 {
		e.Message = "matrix is singular"
	}
	e.Routine, e.Info = routine, info
	return e
}

// bandedRHS checks that b has n rows and copies it into a row-major n×k
// slice.
func bandedRHS(fn string, b mat.Matrix, n int, skipCheck bool) (xs []float64, k int, err error) {
	r, k, err := dims(fn, "b", b)
	if err != nil {
		return nil, 0, err
	}
	if r != n {
		return nil, 0, newErr(ErrShape, fn, "b", "has %d rows, expected %d (the number of columns of the band array)", r, n)
	}
	xs, _, _, err = denseCopy(fn, "b", b, skipCheck)
	return xs, k, err
}

// bandedSymToGonum converts the (kd+1)×n SciPy band array sab of a
// symmetric matrix (upper or lower form) into gonum's band format for the
// same triangle, as lapacke's Dpbtrf, Dpbsv and Dsbevd take it: upper
// a[i, j] (i <= j) is g[i*(kd+1)+j-i], lower a[i, j] (j <= i) is
// g[i*(kd+1)+kd+j-i].
func bandedSymToGonum(sab []float64, kd, n int, lower bool) []float64 {
	ld := kd + 1
	g := make([]float64, n*ld)
	for i := 0; i < n; i++ {
		if lower {
			for j := max(0, i-kd); j <= i; j++ {
				g[i*ld+kd+j-i] = sab[(i-j)*n+j]
			}
		} else {
			for j := i; j <= min(n-1, i+kd); j++ {
				g[i*ld+j-i] = sab[(kd+i-j)*n+j]
			}
		}
	}
	return g
}

// bandedSymFromGonum is the inverse of bandedSymToGonum: it stores the band
// entries of g into sab, leaving the unused corners of sab as they are.
func bandedSymFromGonum(sab, g []float64, kd, n int, lower bool) {
	ld := kd + 1
	for i := 0; i < n; i++ {
		if lower {
			for j := max(0, i-kd); j <= i; j++ {
				sab[(i-j)*n+j] = g[i*ld+kd+j-i]
			}
		} else {
			for j := i; j <= min(n-1, i+kd); j++ {
				sab[(kd+i-j)*n+j] = g[i*ld+j-i]
			}
		}
	}
}

// bandedUplo maps the Lower option to gonum's triangle.
func bandedUplo(lower bool) blas.Uplo {
	if lower {
		return blas.Lower
	}
	return blas.Upper
}

// bandedNotPD is the ErrNotPositiveDefinite error of the symmetric band
// routines; minor is 1-based.
func bandedNotPD(fn, arg, routine string, minor int) *Error {
	e := newErr(ErrNotPositiveDefinite, fn, arg, "matrix is not positive definite: its leading minor of order %d is not positive", minor)
	e.Routine, e.Info = routine, minor
	return e
}

// bandedPDMinor returns the order of the first leading minor of the
// symmetric band matrix g (gonum format) that is not positive definite. It
// is only called after a factorization has failed, to report LAPACK's
// info, which lapacke's boolean interface drops: leading minors are
// positive definite up to some order and not beyond, so a binary search
// over refactorizations of leading blocks finds it in O(log n) of them.
func bandedPDMinor(g []float64, kd, n int, ul blas.Uplo) int {
	ld := kd + 1
	pd := func(m int) bool {
		c := append([]float64(nil), g[:m*ld]...)
		if ul == blas.Upper {
			// Rows of the upper form reach past column m-1: drop those
			// entries (the lower form's rows stay inside the block).
			for i := 0; i < m; i++ {
				for j := m; j <= i+kd; j++ {
					c[i*ld+j-i] = 0
				}
			}
		}
		return impl.Dpbtrf(ul, m, kd, c, ld)
	}
	lo, hi := 1, n // the answer is in [lo, hi]
	for lo < hi {
		mid := (lo + hi) / 2
		if pd(mid) {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// SolveHBanded solves a x = b for the symmetric (real Hermitian) positive
// definite band matrix a given by one triangle in SciPy's band storage ab
// ((kd+1)×n, upper form unless opts.Lower), like
// scipy.linalg.solveh_banded. b is n×k (a mat.Vector is n×1) and x has its
// shape. As in SciPy, kd = 1 (ab with two rows) is solved by LAPACK's dptsv
// (L·D·Lᵀ) and any other kd by dpbsv (band Cholesky). ab and b are not
// modified; an empty system gives an empty x.
//
// Errors: ErrShape if ab has no rows or b does not have n rows;
// ErrNotFinite for NaN/Inf input; ErrNotPositiveDefinite if a is not
// positive definite (Info is the order of the failing leading minor, as in
// SciPy's message "%dth leading minor not positive definite").
func SolveHBanded(ab, b mat.Matrix, opts *HBandedOptions) (x *mat.Dense, err error) {
	const fn = "SolveHBanded"
	defer recoverTo(fn, &err)
	var o HBandedOptions
	if opts != nil {
		o = *opts
	}
	sab, rows, n, err := denseCopy(fn, "ab", ab, o.SkipFiniteCheck)
	if err != nil {
		return nil, err
	}
	if rows == 0 && n > 0 {
		return nil, newErr(ErrShape, fn, "ab", "has no rows; a band array has kd+1 >= 1 rows")
	}
	xs, k, err := bandedRHS(fn, b, n, o.SkipFiniteCheck)
	if err != nil {
		return nil, err
	}
	if n == 0 || k == 0 {
		return newDense(n, k, xs), nil
	}
	kd := rows - 1
	if kd == 1 {
		var d, e []float64
		if o.Lower {
			d = append([]float64(nil), sab[:n]...)
			e = append([]float64(nil), sab[n:2*n-1]...)
		} else {
			d = append([]float64(nil), sab[n:2*n]...)
			e = append([]float64(nil), sab[1:n]...)
		}
		d0, e0 := append([]float64(nil), d...), append([]float64(nil), e...)
		if !impl.Dptsv(n, k, d, e, xs, k) {
			return nil, bandedNotPD(fn, "ab", "dptsv", bandedPttrfMinor(d0, e0))
		}
		return newDense(n, k, xs), nil
	}
	ul := bandedUplo(o.Lower)
	g := bandedSymToGonum(sab, kd, n, o.Lower)
	g0 := append([]float64(nil), g...)
	if !impl.Dpbsv(ul, n, kd, k, g, kd+1, xs, k) {
		return nil, bandedNotPD(fn, "ab", "dpbsv", bandedPDMinor(g0, kd, n, ul))
	}
	return newDense(n, k, xs), nil
}

// bandedPttrfMinor recomputes dpttrf's recurrence (l = e[i]/d[i],
// d[i+1] -= l·e[i]) on the original (d, e) and returns the 1-based index of
// the first pivot that is not positive, LAPACK's info.
func bandedPttrfMinor(d, e []float64) int {
	p := d[0]
	for i := 0; ; i++ {
		if !(p > 0) {
			return i + 1
		}
		if i+1 >= len(d) {
			return len(d)
		}
		p = d[i+1] - (e[i]/p)*e[i]
	}
}

// CholeskyBanded computes the Cholesky factor of the symmetric positive
// definite band matrix a given by one triangle in SciPy's band storage ab
// ((kd+1)×n, upper form unless opts.Lower), like
// scipy.linalg.cholesky_banded (LAPACK's dpbtrf). The factor is returned in
// the same storage and form: U with a = Uᵀ·U for the upper form, L with a
// = L·Lᵀ for the lower one; the unused corner entries are copied from ab,
// as SciPy leaves them. ab is not modified; an empty ab gives an empty
// result.
//
// Errors: ErrShape if ab has no rows; ErrNotFinite for NaN/Inf input;
// ErrNotPositiveDefinite if a is not positive definite (Info is the order
// of the failing leading minor).
func CholeskyBanded(ab mat.Matrix, opts *HBandedOptions) (cb *mat.Dense, err error) {
	const fn = "CholeskyBanded"
	defer recoverTo(fn, &err)
	var o HBandedOptions
	if opts != nil {
		o = *opts
	}
	sab, rows, n, err := denseCopy(fn, "ab", ab, o.SkipFiniteCheck)
	if err != nil {
		return nil, err
	}
	if rows == 0 && n > 0 {
		return nil, newErr(ErrShape, fn, "ab", "has no rows; a band array has kd+1 >= 1 rows")
	}
	if n == 0 {
		return newDense(rows, n, sab), nil
	}
	kd := rows - 1
	ul := bandedUplo(o.Lower)
	g := bandedSymToGonum(sab, kd, n, o.Lower)
	g0 := append([]float64(nil), g...)
	if !impl.Dpbtrf(ul, n, kd, g, kd+1) {
		return nil, bandedNotPD(fn, "ab", "dpbtrf", bandedPDMinor(g0, kd, n, ul))
	}
	bandedSymFromGonum(sab, g, kd, n, o.Lower)
	return newDense(rows, n, sab), nil
}

// ChoSolveBanded solves a x = b given the Cholesky factor cb of the
// symmetric positive definite band matrix a, as CholeskyBanded returns it
// (lower says which form cb has), like scipy.linalg.cho_solve_banded
// (LAPACK's dpbtrs). b is n×k (a mat.Vector is n×1) and x has its shape.
// cb and b are not modified; an empty system gives an empty x.
//
// Errors: ErrShape if cb has no rows or b does not have n rows (the number
// of columns of cb); ErrNotFinite for NaN/Inf input; ErrSingular if the
// factor has an exactly zero diagonal entry (SciPy returns Inf or NaN
// there).
func ChoSolveBanded(cb mat.Matrix, lower bool, b mat.Matrix, opts *Options) (x *mat.Dense, err error) {
	const fn = "ChoSolveBanded"
	defer recoverTo(fn, &err)
	sab, rows, n, err := denseCopy(fn, "cb", cb, skip(opts))
	if err != nil {
		return nil, err
	}
	if rows == 0 && n > 0 {
		return nil, newErr(ErrShape, fn, "cb", "has no rows; a band array has kd+1 >= 1 rows")
	}
	xs, k, err := bandedRHS(fn, b, n, skip(opts))
	if err != nil {
		return nil, err
	}
	if n == 0 || k == 0 {
		return newDense(n, k, xs), nil
	}
	kd := rows - 1
	diag := kd // row of the diagonal in the upper form
	if lower {
		diag = 0
	}
	for j := 0; j < n; j++ {
		if sab[diag*n+j] == 0 {
			e := newErr(ErrSingular, fn, "cb", "the Cholesky factor is singular: its diagonal entry %d is exactly zero", j+1)
			e.Info = j + 1
			return nil, e
		}
	}
	g := bandedSymToGonum(sab, kd, n, lower)
	impl.Dpbtrs(bandedUplo(lower), n, kd, k, g, kd+1, xs, k)
	return newDense(n, k, xs), nil
}
