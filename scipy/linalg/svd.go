package linalg

import (
	"gonum.org/v1/gonum/lapack"
	"gonum.org/v1/gonum/mat"
)

// SVDOptions are the options of SVD and SVDVals. The zero value (or nil) is
// SciPy's default: full_matrices=True, lapack_driver="gesdd",
// check_finite=True.
type SVDOptions struct {
	// Economy returns the reduced decomposition, U m×k and Vh k×n with
	// k = min(m,n) (SciPy's full_matrices=False). The zero value, false,
	// is SciPy's default full_matrices=True: U m×m and Vh n×n.
	Economy bool
	// LapackDriver is "gesdd" (divide and conquer; the default when empty)
	// or "gesvd" (QR iteration: slower, but more robust when gesdd does not
	// converge).
	LapackDriver string
	// SkipFiniteCheck has no effect: the NaN/Inf check is always made,
	// because LAPACK's iterative algorithms may fail to terminate on
	// non-finite input (dsyevr does), which would hang the caller; the
	// O(n²) scan is negligible next to the O(n³) decomposition. (SciPy's
	// check_finite=False skips it.)
	SkipFiniteCheck bool
}

// SVDResult is the singular value decomposition a = U·diag(S)·Vh.
type SVDResult struct {
	U  *mat.Dense // m×m, or m×k with Economy
	S  []float64  // the k = min(m,n) singular values, decreasing
	Vh *mat.Dense // n×n, or k×n with Economy
}

// SVD computes the singular value decomposition of the m×n matrix a, like
// scipy.linalg.svd. Singular vectors are unique only up to sign (and, for
// repeated singular values, up to a rotation of their subspace); SVD returns
// LAPACK's, which are SciPy's for the same driver.
//
// Errors: ErrShape for nil a, ErrNotFinite, ErrValue for an unknown driver,
// ErrNoConvergence when LAPACK's iteration fails (the message suggests the
// other driver).
func SVD(a mat.Matrix, opts *SVDOptions) (res *SVDResult, err error) {
	const fn = "SVD"
	defer recoverTo(fn, &err)
	return svd(fn, a, opts, true)
}

// SVDVals returns the singular values of the m×n matrix a in decreasing
// order, like scipy.linalg.svdvals (gesdd without vectors; LapackDriver
// "gesvd" is honoured). Errors as SVD.
func SVDVals(a mat.Matrix, opts *SVDOptions) (s []float64, err error) {
	const fn = "SVDVals"
	defer recoverTo(fn, &err)
	r, err := svd(fn, a, opts, false)
	if err != nil {
		return nil, err
	}
	return r.S, nil
}

func svd(fn string, a mat.Matrix, opts *SVDOptions, uv bool) (*SVDResult, error) {
	var o SVDOptions
	if opts != nil {
		o = *opts
	}
	switch o.LapackDriver {
	case "":
		o.LapackDriver = "gesdd"
	case "gesdd", "gesvd":
	default:
		return nil, newErr(ErrValue, fn, "opts.LapackDriver", "%q is not \"gesdd\" or \"gesvd\"", o.LapackDriver)
	}
	// f (destroyed by LAPACK) and the workspace are scratch
	// (speed_pool.go).
	f, m, n, err := denseCopyScratch(fn, "a", a, false)
	if err != nil {
		return nil, err
	}
	defer putScratch(f)
	k := min(m, n)
	ur, uc, vr := m, m, n
	job := lapack.SVDAll
	if o.Economy {
		uc, vr = k, k
		job = lapack.SVDStore
	}
	if !uv {
		job = lapack.SVDNone
		ur, uc, vr = 0, 0, 0
	}
	s := make([]float64, k)
	u := make([]float64, ur*uc)
	vt := make([]float64, vr*n)
	if k == 0 {
		// Nothing to decompose: the full factors are identities, as NumPy
		// returns them.
		for i := 0; i < min(ur, uc); i++ {
			u[i*uc+i] = 1
		}
		for i := 0; i < min(vr, n); i++ {
			vt[i*n+i] = 1
		}
		return &SVDResult{U: newDense(ur, uc, u), S: s, Vh: newDense(vr, n, vt)}, nil
	}
	ldu, ldvt := max1(uc), max1(n)
	if len(u) == 0 {
		u = make([]float64, 1)
	}
	if len(vt) == 0 {
		vt = make([]float64, 1)
	}
	work := make([]float64, 1)
	var ok bool
	if o.LapackDriver == "gesdd" {
		iwork := make([]int, 8*k)
		impl.Dgesdd(job, m, n, f, n, s, u, ldu, vt, ldvt, work, -1, iwork)
		work = getScratch(lworkOf(work[0], gesddMinWork(job, m, n)))
		ok = impl.Dgesdd(job, m, n, f, n, s, u, ldu, vt, ldvt, work, len(work), iwork)
		putScratch(work)
	} else {
		impl.Dgesvd(job, job, m, n, f, n, s, u, ldu, vt, ldvt, work, -1)
		work = getScratch(lworkOf(work[0], gesvdMinWork(m, n)))
		ok = impl.Dgesvd(job, job, m, n, f, n, s, u, ldu, vt, ldvt, work, len(work))
		putScratch(work)
	}
	if !ok {
		e := &Error{Kind: ErrNoConvergence, Func: fn, Arg: "a", Routine: "d" + o.LapackDriver, Info: 1}
		if o.LapackDriver == "gesdd" {
			e.Message = "SVD did not converge with gesdd: retry with LapackDriver: \"gesvd\""
		} else {
			e.Message = "SVD did not converge with gesvd: the matrix may be badly scaled; check its entries"
		}
		return nil, e
	}
	if !uv {
		return &SVDResult{S: s}, nil
	}
	return &SVDResult{U: newDense(ur, uc, u[:ur*uc]), S: s, Vh: newDense(vr, n, vt[:vr*n])}, nil
}
