package linalg

import (
	"math"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/lapack"
	"gonum.org/v1/gonum/mat"

	"github.com/goscipy/goscipy/lapacke"
)

// EighOptions are the options of Eigh and EigvalsH. The zero value (or nil)
// is SciPy's default: b=None, lower=True, driver "evr" (standard problem)
// or "gvd" (generalized), type=1, all eigenvalues, check_finite=True.
type EighOptions struct {
	// B, if not nil, makes the problem generalized: a·v = w·B·v (Type 1),
	// a·B·v = w·v (Type 2) or B·a·v = w·v (Type 3), with B symmetric
	// positive definite and the same order as a.
	B mat.Matrix
	// Type is SciPy's type, 1 (the zero value means 1), 2 or 3.
	Type int
	// Upper reads the upper triangles of a and B (SciPy's lower=False);
	// the zero value reads the lower ones, SciPy's default lower=True.
	Upper bool
	// Driver is "ev", "evd" or "evr" for the standard problem and "gvd"
	// for the generalized one; empty means "evr" or "gvd". ("evx", "gv" and
	// "gvx" are not available yet.)
	Driver string
	// SubsetByIndex, if not nil, selects the eigenvalues with ascending
	// indices SubsetByIndex[0] … SubsetByIndex[1] (0-based, inclusive).
	// Only with the "evr" driver.
	SubsetByIndex *[2]int
	// SubsetByValue, if not nil, selects the eigenvalues w with
	// SubsetByValue[0] < w <= SubsetByValue[1]. Only with "evr".
	SubsetByValue *[2]float64
	// SkipFiniteCheck limits the NaN/Inf check to the triangles of a and B
	// that are read (SciPy's check_finite=False skips it entirely, but
	// LAPACK's dsyevr can loop forever on NaN, so the triangle is always
	// checked).
	SkipFiniteCheck bool
}

// EighResult holds the eigenvalues W in ascending order and, from Eigh, the
// eigenvectors: column j of V belongs to W[j]. For the standard problem V is
// orthonormal; for the generalized one it is normalised as SciPy's: Vᵀ·B·V
// = I (types 1, 2) or Vᵀ·B⁻¹·V = I (type 3).
type EighResult struct {
	W []float64
	V *mat.Dense
}

// Eigh computes the eigenvalues and eigenvectors of the real symmetric
// n×n matrix a (only the triangle chosen by Upper is read), optionally of
// the generalized problem with B, like scipy.linalg.eigh. Eigenvectors are
// unique only up to sign (and for repeated eigenvalues up to a rotation of
// their eigenspace); they are LAPACK's, as SciPy's are for the same driver.
//
// Errors: ErrShape if a or B is not square or their orders differ,
// ErrNotFinite, ErrValue for a bad driver, type or subset,
// ErrNotPositiveDefinite if B is not positive definite, ErrNoConvergence.
func Eigh(a mat.Matrix, opts *EighOptions) (res *EighResult, err error) {
	const fn = "Eigh"
	defer recoverTo(fn, &err)
	return eigh(fn, a, opts, true)
}

// EigvalsH returns the eigenvalues of the symmetric matrix a (or of the
// generalized problem) in ascending order, like scipy.linalg.eigvalsh.
// Options and errors as Eigh.
func EigvalsH(a mat.Matrix, opts *EighOptions) (w []float64, err error) {
	const fn = "EigvalsH"
	defer recoverTo(fn, &err)
	r, err := eigh(fn, a, opts, false)
	if err != nil {
		return nil, err
	}
	return r.W, nil
}

func eigh(fn string, a mat.Matrix, opts *EighOptions, vectors bool) (*EighResult, error) {
	var o EighOptions
	if opts != nil {
		o = *opts
	}
	if o.Type == 0 {
		o.Type = 1
	}
	if o.Type < 1 || o.Type > 3 {
		return nil, newErr(ErrValue, fn, "opts.Type", "%d is not 1, 2 or 3", o.Type)
	}
	gen := o.B != nil
	subset := o.SubsetByIndex != nil || o.SubsetByValue != nil
	switch {
	case o.Driver == "" && gen:
		o.Driver = "gvd"
	case o.Driver == "":
		o.Driver = "evr"
	case !gen && (o.Driver == "ev" || o.Driver == "evd" || o.Driver == "evr"):
	case gen && o.Driver == "gvd":
	default:
		return nil, newErr(ErrValue, fn, "opts.Driver", "%q is not available for the %s problem (use \"ev\", \"evd\" or \"evr\" without B, \"gvd\" with B)",
			o.Driver, map[bool]string{true: "generalized", false: "standard"}[gen])
	}
	if o.SubsetByIndex != nil && o.SubsetByValue != nil {
		return nil, newErr(ErrValue, fn, "opts.SubsetByIndex", "give only one of SubsetByIndex and SubsetByValue")
	}
	if subset && o.Driver != "evr" {
		return nil, newErr(ErrValue, fn, "opts.Driver", "subsets need the \"evr\" driver and no B (got %q)", o.Driver)
	}
	n, err := square(fn, "a", a)
	if err != nil {
		return nil, err
	}
	// dsyevr returns its eigenvectors in a separate array, so for "evr"
	// the copy of a is scratch (speed_pool.go); the other drivers return
	// them in it.
	copyA := denseCopy
	if o.Driver == "evr" {
		copyA = denseCopyScratch
	}
	f, _, _, err := copyA(fn, "a", a, o.SkipFiniteCheck)
	if err != nil {
		return nil, err
	}
	uplo := blas.Lower
	if o.Upper {
		uplo = blas.Upper
	}
	if o.SkipFiniteCheck {
		// The triangle LAPACK reads is checked even so: dsyevr loops
		// forever on NaN input (found by FuzzSolve).
		if e := triFinite(fn, "a", n, f, !o.Upper); e != nil {
			return nil, e
		}
	}
	jobz := lapack.EVNone
	if vectors {
		jobz = lapack.EVCompute
	}
	rng, il, iu, vl, vu := lapacke.RangeAll, 0, n-1, 0.0, 0.0
	if s := o.SubsetByIndex; s != nil {
		if s[0] < 0 || s[1] < s[0] || s[1] >= n {
			return nil, newErr(ErrValue, fn, "opts.SubsetByIndex", "[%d, %d] is not a range of indices in [0, %d)", s[0], s[1], n)
		}
		rng, il, iu = lapacke.RangeIndex, s[0], s[1]
	}
	if s := o.SubsetByValue; s != nil {
		if !(s[0] < s[1]) || math.IsNaN(s[0]) || math.IsNaN(s[1]) {
			return nil, newErr(ErrValue, fn, "opts.SubsetByValue", "(%v, %v] is not an interval", s[0], s[1])
		}
		rng, vl, vu = lapacke.RangeValue, s[0], s[1]
	}
	if n == 0 {
		return &EighResult{W: []float64{}, V: &mat.Dense{}}, nil
	}
	w := make([]float64, n)
	if gen {
		nb, err := square(fn, "opts.B", o.B)
		if err != nil {
			return nil, err
		}
		if nb != n {
			return nil, newErr(ErrShape, fn, "opts.B", "is %d×%d, expected %d×%d like a", nb, nb, n, n)
		}
		bf, _, _, err := denseCopy(fn, "opts.B", o.B, o.SkipFiniteCheck)
		if err != nil {
			return nil, err
		}
		if e := triFinite(fn, "opts.B", n, bf, !o.Upper); e != nil {
			return nil, e
		}
		work, iwork := []float64{0}, []int{0}
		impl.Dsygvd(o.Type, jobz, uplo, n, f, n, bf, n, w, work, -1, iwork, -1)
		lw, liw := syevdMinWork(jobz, n)
		work, iwork = getScratch(lworkOf(work[0], lw)), make([]int, max(iwork[0], liw))
		minor, ok := impl.Dsygvd(o.Type, jobz, uplo, n, f, n, bf, n, w, work, len(work), iwork, len(iwork))
		putScratch(work)
		if !ok {
			if minor > 0 {
				e := newErr(ErrNotPositiveDefinite, fn, "opts.B", "B is not positive definite: its leading minor of order %d is not positive; the generalized problem needs a positive definite B (use Eig for general pencils)", minor)
				e.Routine, e.Info = "dsygvd", n+minor
				return nil, e
			}
			return nil, noConv(fn, "dsygvd", "the eigenvalue algorithm did not converge; check the scaling of a and B")
		}
		return eighResult(n, n, w, f, vectors), nil
	}
	switch o.Driver {
	case "ev":
		work := []float64{0}
		impl.Dsyev(jobz, uplo, n, f, n, w, work, -1)
		work = getScratch(lworkOf(work[0], 3*n-1))
		ok := impl.Dsyev(jobz, uplo, n, f, n, w, work, len(work))
		putScratch(work)
		if !ok {
			return nil, noConv(fn, "dsyev", "the QR iteration did not converge; retry with Driver \"evr\" or \"evd\"")
		}
		return eighResult(n, n, w, f, vectors), nil
	case "evd":
		work, iwork := []float64{0}, []int{0}
		impl.Dsyevd(jobz, uplo, n, f, n, w, work, -1, iwork, -1)
		lw, liw := syevdMinWork(jobz, n)
		work, iwork = getScratch(lworkOf(work[0], lw)), make([]int, max(iwork[0], liw))
		ok := impl.Dsyevd(jobz, uplo, n, f, n, w, work, len(work), iwork, len(iwork))
		putScratch(work)
		if !ok {
			return nil, noConv(fn, "dsyevd", "divide and conquer did not converge; retry with Driver \"evr\" or \"ev\"")
		}
		return eighResult(n, n, w, f, vectors), nil
	}
	zc := n
	if rng == lapacke.RangeIndex {
		zc = iu - il + 1
	}
	var z []float64
	ldz := 1
	isuppz := make([]int, 2*zc)
	if vectors {
		z, ldz = make([]float64, n*zc), zc
	} else {
		z = make([]float64, 1)
	}
	work, iwork := []float64{0}, []int{0}
	impl.Dsyevr(jobz, rng, uplo, n, f, n, vl, vu, il, iu, 0, w, z, ldz, isuppz, work, -1, iwork, -1)
	work, iwork = getScratch(lworkOf(work[0], 26*n)), make([]int, max(iwork[0], 10*n))
	m, ok := impl.Dsyevr(jobz, rng, uplo, n, f, n, vl, vu, il, iu, 0, w, z, ldz, isuppz, work, len(work), iwork, len(iwork))
	// Nothing returned refers to f or the workspace.
	putScratch(work)
	putScratch(f)
	if !ok {
		return nil, noConv(fn, "dsyevr", "the MRRR algorithm failed; retry with Driver \"evd\" or \"ev\"")
	}
	r := &EighResult{W: w[:m]}
	if vectors {
		v := z[:n*m]
		if m < zc {
			// Fewer eigenvalues than columns reserved (a value subset):
			// pack the first m columns. With all of them, z is already
			// the n×m result, and copying it again cost a few percent at
			// n=100 (BenchmarkEigh).
			v = make([]float64, n*m)
			for i := 0; i < n; i++ {
				copy(v[i*m:(i+1)*m], z[i*zc:i*zc+m])
			}
		}
		r.V = newDense(n, m, v)
	}
	return r, nil
}

// eighResult wraps eigenvalues and the n×n eigenvector matrix left in f by
// the drivers that overwrite a.
func eighResult(n, m int, w, f []float64, vectors bool) *EighResult {
	r := &EighResult{W: w[:m]}
	if vectors {
		r.V = newDense(n, m, f)
	}
	return r
}

// syevdMinWork is dsyevd's (and dsygvd's) documented minimum lwork and
// liwork.
func syevdMinWork(jobz lapack.EVJob, n int) (lwork, liwork int) {
	switch {
	case n <= 1:
		return 1, 1
	case jobz == lapack.EVNone:
		return 2*n + 1, 1
	}
	return 1 + 6*n + 2*n*n, 3 + 5*n
}

func noConv(fn, routine, msg string) *Error {
	e := newErr(ErrNoConvergence, fn, "a", "%s", msg)
	e.Routine, e.Info = routine, 1
	return e
}
