package linalg

import (
	"math"

	"gonum.org/v1/gonum/mat"
)

// SolveToeplitz solves T x = b for the n×n Toeplitz matrix T with first
// column c and first row r (T[i, j] = c[i-j] for i >= j, r[j-i] for
// j > i; r[0] is ignored, as in SciPy), like scipy.linalg.solve_toeplitz.
// A nil r means r = c, the symmetric Toeplitz matrix (SciPy's solve_toeplitz
// with c alone). b is n×k (a mat.Vector is n×1) and x has its shape. c, r
// and b are not modified; an empty system gives an empty x (SciPy 1.10
// raises).
//
// It uses Levinson-Durbin recursion, O(n²) time per right-hand side and
// O(n) extra memory, with SciPy's arithmetic, so it fails exactly where
// SciPy does: when a leading principal submatrix of T is singular, even if
// T itself is not. The recursion is not backward stable; for badly
// conditioned T (or ones with nearly singular leading minors) compare with
// Solve(Toeplitz(c, r), b, nil).
//
// Errors: ErrShape if r has a different length than c or b does not have
// n rows; ErrNotFinite for NaN/Inf input (unless opts.SkipFiniteCheck);
// ErrSingular when a leading principal minor is exactly singular (SciPy's
// LinAlgError "Singular principal minor"; Info is its order).
func SolveToeplitz(c, r []float64, b mat.Matrix, opts *Options) (x *mat.Dense, err error) {
	const fn = "SolveToeplitz"
	defer recoverTo(fn, &err)
	n := len(c)
	if r == nil {
		r = c
	}
	if len(r) != n {
		return nil, newErr(ErrShape, fn, "r", "has length %d, expected %d (the length of c); T must be square", len(r), n)
	}
	if !skip(opts) {
		if e := toeplitzFinite(fn, "c", c); e != nil {
			return nil, e
		}
		if e := toeplitzFinite(fn, "r", r); e != nil {
			return nil, e
		}
	}
	xs, k, err := bandedRHS(fn, b, n, skip(opts))
	if err != nil {
		return nil, err
	}
	if n == 0 || k == 0 {
		return newDense(n, k, xs), nil
	}
	if e := toeplitzLevinson(fn, c, r, xs, n, k); e != nil {
		return nil, e
	}
	return newDense(n, k, xs), nil
}

// toeplitzFinite reports the first NaN or Inf of v as ErrNotFinite.
func toeplitzFinite(fn, arg string, v []float64) *Error {
	for i, x := range v {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return newErr(ErrNotFinite, fn, arg, "element %d is %v; arrays must not contain infs or NaNs", i, x)
		}
	}
	return nil
}

// toeplitzLevinson overwrites the n×k row-major b with the solution of
// T x = b, T[i, j] = t(i-j) with t(k) = c[k], t(-k) = r[k].
//
// Levinson's recursion grows the solution of the leading m×m system one
// order at a time. Besides x it keeps the solutions g and h of the two
// "shifted" systems that the Toeplitz structure relates to each other
// (T_m g = the super-diagonal column of T reversed, T_m h = the
// sub-diagonal column, both divided by t(0) at the start). Each step needs
// two inner products for the new component of x (and of g, h) and a
// symmetric update of g and h from both ends. The order of operations is
// SciPy's (Alan Miller's toeplitz.f90), so the same inputs fail with the
// same exactly zero denominators.
func toeplitzLevinson(fn string, c, r, b []float64, n, k int) *Error {
	// a[n-1+d] = t(d) for -(n-1) <= d <= n-1: SciPy's layout, the first
	// row reversed followed by the first column, so the loops index it
	// directly.
	a := make([]float64, 2*n-1)
	for d := 0; d < n; d++ {
		a[n-1+d] = c[d]
		a[n-1-d] = r[d]
	}
	a[n-1] = c[0]
	singular := func(order int) *Error {
		e := newErr(ErrSingular, fn, "c", "the leading principal minor of order %d is exactly singular (Levinson recursion breaks down; Solve(Toeplitz(c, r), b, nil) may still solve it)", order)
		e.Info = order
		return e
	}
	t0 := a[n-1]
	if t0 == 0 {
		return singular(1)
	}
	for col := 0; col < k; col++ {
		b[col] /= t0
	}
	if n == 1 {
		return nil
	}
	g := make([]float64, n)
	h := make([]float64, n)
	num := make([]float64, k)
	g[0] = a[n-2] / t0
	h[0] = a[n] / t0
	for m := 1; m < n; m++ {
		// New last component of x:
		// (Σ_j t(m-j) x_j − b_m) / (Σ_j t(m-j) g_{m-1-j} − t0).
		den := -t0
		if k == 1 {
			xn := -b[m]
			for j := 0; j < m; j++ {
				tj := a[n-1+m-j]
				xn += tj * b[j]
				den += tj * g[m-j-1]
			}
			num[0] = xn
		} else {
			for col := 0; col < k; col++ {
				num[col] = -b[m*k+col]
			}
			for j := 0; j < m; j++ {
				tj := a[n-1+m-j]
				row := b[j*k : j*k+k]
				for col, v := range row {
					num[col] += tj * v
				}
				den += tj * g[m-j-1]
			}
		}
		if den == 0 {
			return singular(m + 1)
		}
		xm := b[m*k : m*k+k]
		for col := range xm {
			xm[col] = num[col] / den
		}
		if k == 1 {
			x := xm[0]
			for j := 0; j < m; j++ {
				b[j] -= x * g[m-j-1]
			}
		} else {
			for j := 0; j < m; j++ {
				gj := g[m-j-1]
				row := b[j*k : j*k+k]
				for col := range row {
					row[col] -= xm[col] * gj
				}
			}
		}
		if m == n-1 {
			return nil
		}
		// Extend g and h by one component.
		gNum, hNum, gDen := -a[n-m-2], -a[n+m], -t0
		for j := 0; j < m; j++ {
			gNum += a[n+j-m-1] * g[j]
			hNum += a[n+m-j-1] * h[j]
			gDen += a[n+j-m-1] * h[m-j-1]
		}
		if gDen == 0 {
			return singular(m + 1)
		}
		g[m] = gNum / gDen
		h[m] = hNum / den
		c1, c2 := g[m], h[m]
		for lo, hi := 0, m-1; lo < (m+1)>>1; lo, hi = lo+1, hi-1 {
			gl, gh, hl, hh := g[lo], g[hi], h[lo], h[hi]
			g[lo] = gl - c1*hh
			g[hi] = gh - c1*hl
			h[lo] = hl - c2*gh
			h[hi] = hh - c2*gl
		}
	}
	return nil
}
