package linalg

import (
	"math"

	"gonum.org/v1/gonum/mat"
)

// LstSqOptions are the options of LstSq. The zero value (or nil) is SciPy's
// default: cond=None (machine epsilon), lapack_driver="gelsd",
// check_finite=True.
type LstSqOptions struct {
	// Cond is the relative cutoff: singular values s[i] <= Cond·s[0] count
	// as zero when determining the rank (for "gelsy", the condition number
	// bound of the leading triangular block). 0 means SciPy's default,
	// machine epsilon 2⁻⁵²; a negative value is an error.
	Cond float64
	// LapackDriver is "gelsd" (SVD by divide and conquer; the default when
	// empty), "gelsy" (complete orthogonal factorization; fast, no singular
	// values) or "gelss" (SVD by QR iteration).
	LapackDriver string
	// SkipFiniteCheck has no effect: the NaN/Inf check is always made,
	// because LAPACK's iterative algorithms may fail to terminate on
	// non-finite input (dsyevr does), which would hang the caller; the
	// O(n²) scan is negligible next to the O(n³) decomposition. (SciPy's
	// check_finite=False skips it.)
	SkipFiniteCheck bool
}

// LstSqResult is the least-squares solution with SciPy's lstsq outputs.
type LstSqResult struct {
	// X is the n×k minimum-norm solution of minimize ‖b − a·x‖₂.
	X *mat.Dense
	// Residues holds the squared 2-norm of the residual of each column of b
	// when m > n and Rank == n; it is empty otherwise, and always for
	// "gelsy", as in SciPy 1.10.
	Residues []float64
	// Rank is the effective rank of a.
	Rank int
	// S holds the singular values of a in decreasing order; nil for
	// "gelsy", as SciPy returns None.
	S []float64
}

// LstSq computes the least-squares, minimum-norm solution of a·x ≈ b for
// an m×n matrix a of any rank and an m×k b (a mat.Vector is m×1), like
// scipy.linalg.lstsq. Neither input is modified.
//
// Errors: ErrShape if b does not have m rows, ErrNotFinite, ErrValue for an
// unknown driver or a negative Cond, ErrNoConvergence if the SVD does not
// converge (gelsd, gelss).
func LstSq(a, b mat.Matrix, opts *LstSqOptions) (res *LstSqResult, err error) {
	const fn = "LstSq"
	defer recoverTo(fn, &err)
	var o LstSqOptions
	if opts != nil {
		o = *opts
	}
	switch o.LapackDriver {
	case "":
		o.LapackDriver = "gelsd"
	case "gelsd", "gelsy", "gelss":
	default:
		return nil, newErr(ErrValue, fn, "opts.LapackDriver", "%q is not one of \"gelsd\", \"gelsy\", \"gelss\"", o.LapackDriver)
	}
	if o.Cond < 0 || math.IsNaN(o.Cond) {
		return nil, newErr(ErrValue, fn, "opts.Cond", "%v is negative; use 0 for the default cutoff", o.Cond)
	}
	if o.Cond == 0 {
		o.Cond = eps52
	}
	// af, bf, the padded right-hand side x and the workspaces never
	// reach the caller: scratch buffers (speed_pool.go).
	af, m, n, err := denseCopyScratch(fn, "a", a, false)
	if err != nil {
		return nil, err
	}
	defer putScratch(af)
	br, k, err := dims(fn, "b", b)
	if err != nil {
		return nil, err
	}
	if br != m {
		return nil, newErr(ErrShape, fn, "b", "has %d rows, expected %d (the rows of a)", br, m)
	}
	bf, _, _, err := denseCopyScratch(fn, "b", b, false)
	if err != nil {
		return nil, err
	}
	defer putScratch(bf)
	mn := min(m, n)
	if mn == 0 {
		// The minimum-norm solution of an empty problem is zero.
		r := &LstSqResult{X: newDense(n, k, make([]float64, n*k)), Residues: []float64{}}
		if o.LapackDriver != "gelsy" {
			r.S = []float64{}
		}
		return r, nil
	}
	mx := max(m, n)
	ldb := max1(k)
	x := getScratch(mx * ldb)
	defer putScratch(x)
	clear(x[m*ldb:]) // rows m… (m < n) as a fresh allocation had them
	if k < ldb {
		clear(x) // k == 0: no element is copied in
	}
	for i := 0; i < m; i++ {
		copy(x[i*ldb:i*ldb+k], bf[i*k:(i+1)*k])
	}
	var s []float64
	var rank int
	ok := true
	work := []float64{0}
	switch o.LapackDriver {
	case "gelsd":
		s = make([]float64, mn)
		iwork := []int{0}
		impl.Dgelsd(m, n, k, af, n, x, ldb, s, o.Cond, work, -1, iwork)
		work = getScratch(lworkOf(work[0], gelsdMinWork(m, n, k)))
		iwork = make([]int, max(iwork[0], gelsdMinIWork(m, n)))
		rank, ok = impl.Dgelsd(m, n, k, af, n, x, ldb, s, o.Cond, work, len(work), iwork)
	case "gelss":
		s = make([]float64, mn)
		impl.Dgelss(m, n, k, af, n, x, ldb, s, o.Cond, work, -1)
		work = getScratch(lworkOf(work[0], gelssMinWork(m, n, k)))
		rank, ok = impl.Dgelss(m, n, k, af, n, x, ldb, s, o.Cond, work, len(work))
	case "gelsy":
		jpvt := make([]int, n)
		for i := range jpvt {
			jpvt[i] = -1 // all columns free, as SciPy's zero jptv
		}
		impl.Dgelsy(m, n, k, af, n, x, ldb, jpvt, o.Cond, work, -1)
		work = getScratch(lworkOf(work[0], gelsyMinWork(m, n, k)))
		rank = impl.Dgelsy(m, n, k, af, n, x, ldb, jpvt, o.Cond, work, len(work))
	}
	putScratch(work)
	if !ok {
		e := newErr(ErrNoConvergence, fn, "a", "SVD did not converge in least squares with %s: retry with LapackDriver: \"gelsy\"", o.LapackDriver)
		e.Routine, e.Info = "d"+o.LapackDriver, 1
		return nil, e
	}
	r := &LstSqResult{Rank: rank, S: s, Residues: []float64{}}
	if m > n && rank == n && o.LapackDriver != "gelsy" {
		r.Residues = make([]float64, k)
		for i := n; i < m; i++ {
			for j := 0; j < k; j++ {
				r.Residues[j] += x[i*ldb+j] * x[i*ldb+j]
			}
		}
	}
	xd := make([]float64, n*k)
	for i := 0; i < n; i++ {
		copy(xd[i*k:(i+1)*k], x[i*ldb:i*ldb+k])
	}
	r.X = newDense(n, k, xd)
	return r, nil
}

// eps52 is float64's machine epsilon, numpy.finfo(float64).eps, SciPy's
// default lstsq cutoff.
const eps52 = 0x1p-52
