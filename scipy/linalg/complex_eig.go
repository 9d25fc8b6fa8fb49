package linalg

import (
	"math"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/lapack"
	"gonum.org/v1/gonum/mat"

	"github.com/goscipy/goscipy/lapacke"
)

// EigOptionsC are the options of EigC and EigValsC: EigOptions with a
// complex B. The zero value (or nil) is SciPy's default: b=None,
// left=False, right=True, check_finite=True.
type EigOptionsC struct {
	// B, if not nil, makes the problem generalized: a·v = w·B·v (QZ,
	// zggev), with B the same order as a. B may be singular (infinite
	// eigenvalues).
	B mat.CMatrix
	// Left also computes the left eigenvectors (SciPy's left=True).
	Left bool
	// NoRight skips the right eigenvectors (SciPy's right=False).
	NoRight bool
	// SkipFiniteCheck has no effect: the NaN/Inf check is always made, as
	// for Eig.
	SkipFiniteCheck bool
}

// EigC computes the eigenvalues and eigenvectors of the general n×n complex
// matrix a (zgeev), or of the pencil (a, B) (zggev), like scipy.linalg.eig
// with complex input. The result is an EigResult as for Eig: W in LAPACK's
// order; column j of VR satisfies a·v = W[j]·v (a·v = W[j]·B·v) and column j
// of VL uᴴ·a = W[j]·uᴴ (uᴴ·a = W[j]·uᴴ·B); every vector has unit 2-norm, a
// standard problem's with its largest component real (zgeev's
// normalisation, which SciPy keeps; SciPy rescales zggev's vectors to unit
// 2-norm, and so does EigC). For singular B, W holds +Inf for an infinite
// eigenvalue and NaN+NaN·i for a singular pencil (NaN if every alpha is
// real), as SciPy's does.
//
// Errors: ErrShape if a or B is not square or their orders differ,
// ErrNotFinite, ErrNoConvergence if the QR (QZ) iteration fails.
func EigC(a mat.CMatrix, opts *EigOptionsC) (res *EigResult, err error) {
	const fn = "EigC"
	defer recoverTo(fn, &err)
	var o EigOptionsC
	if opts != nil {
		o = *opts
	}
	return cplxEig(fn, a, o)
}

// EigValsC returns the eigenvalues of the complex matrix a (or of the
// pencil (a, B)), like scipy.linalg.eigvals. Errors as EigC.
func EigValsC(a mat.CMatrix, opts *EigOptionsC) (w []complex128, err error) {
	const fn = "EigValsC"
	defer recoverTo(fn, &err)
	var o EigOptionsC
	if opts != nil {
		o = *opts
	}
	o.Left, o.NoRight = false, true
	r, err := cplxEig(fn, a, o)
	if err != nil {
		return nil, err
	}
	return r.W, nil
}

func cplxEig(fn string, a mat.CMatrix, o EigOptionsC) (*EigResult, error) {
	n, err := csquare(fn, "a", a)
	if err != nil {
		return nil, err
	}
	f, _, _, err := cdenseCopy(fn, "a", a, false)
	if err != nil {
		return nil, err
	}
	var bf []complex128
	if o.B != nil {
		nb, err := csquare(fn, "opts.B", o.B)
		if err != nil {
			return nil, err
		}
		if nb != n {
			return nil, newErr(ErrShape, fn, "opts.B", "is %d×%d, expected %d×%d like a", nb, nb, n, n)
		}
		if bf, _, _, err = cdenseCopy(fn, "opts.B", o.B, false); err != nil {
			return nil, err
		}
	}
	res := &EigResult{W: make([]complex128, n)}
	if n == 0 {
		if o.Left {
			res.VL = &mat.CDense{}
		}
		if !o.NoRight {
			res.VR = &mat.CDense{}
		}
		return res, nil
	}
	jobvl, jobvr := lapack.LeftEVNone, lapack.RightEVNone
	ldvl, ldvr := 1, 1
	vl, vr := make([]complex128, 1), make([]complex128, 1)
	if o.Left {
		jobvl, ldvl, vl = lapack.LeftEVCompute, n, make([]complex128, n*n)
	}
	if !o.NoRight {
		jobvr, ldvr, vr = lapack.RightEVCompute, n, make([]complex128, n*n)
	}
	work := []complex128{0}
	if bf == nil {
		rwork := make([]float64, 2*n)
		impl.Zgeev(jobvl, jobvr, n, f, n, res.W, vl, ldvl, vr, ldvr, work, -1, rwork)
		work = make([]complex128, max(int(real(work[0])), 2*n, 1))
		if first := impl.Zgeev(jobvl, jobvr, n, f, n, res.W, vl, ldvl, vr, ldvr, work, len(work), rwork); first > 0 {
			e := newErr(ErrNoConvergence, fn, "a", "the QR algorithm failed to compute all eigenvalues (only %d of %d converged); check a for extreme scaling", n-first, n)
			e.Routine, e.Info = "zgeev", first
			return nil, e
		}
	} else {
		alpha, beta := make([]complex128, n), make([]complex128, n)
		rwork := make([]float64, 8*n)
		impl.Zggev(jobvl, jobvr, n, f, n, bf, n, alpha, beta, vl, ldvl, vr, ldvr, work, -1, rwork)
		work = make([]complex128, max(int(real(work[0])), 2*n, 1))
		first, ok := impl.Zggev(jobvl, jobvr, n, f, n, bf, n, alpha, beta, vl, ldvl, vr, ldvr, work, len(work), rwork)
		if !ok {
			e := newErr(ErrNoConvergence, fn, "a", "the QZ algorithm failed for the pencil (a, B); check both for extreme scaling")
			e.Routine, e.Info = "zggev", first
			return nil, e
		}
		allReal := true
		for _, v := range alpha {
			allReal = allReal && imag(v) == 0
		}
		for j := range res.W {
			// SciPy's _make_eigvals, as in Eig.
			switch {
			case beta[j] != 0:
				res.W[j] = alpha[j] / beta[j]
			case alpha[j] != 0:
				res.W[j] = complex(math.Inf(1), 0)
			case allReal:
				res.W[j] = complex(math.NaN(), 0)
			default:
				res.W[j] = complex(math.NaN(), math.NaN())
			}
		}
		if o.Left {
			cplxNormaliseCols(n, vl)
		}
		if !o.NoRight {
			cplxNormaliseCols(n, vr)
		}
	}
	if o.Left {
		res.VL = newCDense(n, n, vl)
	}
	if !o.NoRight {
		res.VR = newCDense(n, n, vr)
	}
	return res, nil
}

// cplxNormaliseCols scales each column of the n×n row-major v to unit
// 2-norm (columns of zeros are left alone).
func cplxNormaliseCols(n int, v []complex128) {
	for j := 0; j < n; j++ {
		var s float64
		for i := 0; i < n; i++ {
			s = math.Hypot(s, cabs(v[i*n+j]))
		}
		if s > 0 {
			for i := 0; i < n; i++ {
				v[i*n+j] /= complex(s, 0)
			}
		}
	}
}

// EighOptionsC are the options of EighC and EigvalsHC: EighOptions with a
// complex Hermitian B. The zero value (or nil) is SciPy's default: b=None,
// lower=True, driver "evr" (standard problem) or "gvd" (generalized),
// type=1, all eigenvalues, check_finite=True.
type EighOptionsC struct {
	// B, if not nil, makes the problem generalized: a·v = w·B·v (Type 1),
	// a·B·v = w·v (Type 2) or B·a·v = w·v (Type 3), with B Hermitian
	// positive definite and the same order as a.
	B mat.CMatrix
	// Type is SciPy's type, 1 (the zero value means 1), 2 or 3.
	Type int
	// Upper reads the upper triangles of a and B (SciPy's lower=False).
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
	// that are read, as for Eigh.
	SkipFiniteCheck bool
}

// EighResultC holds the real eigenvalues W of a Hermitian problem in
// ascending order and, from EighC, the complex eigenvectors: column j of V
// belongs to W[j]. For the standard problem V is unitary; for the
// generalized one Vᴴ·B·V = I (types 1, 2) or Vᴴ·B⁻¹·V = I (type 3).
type EighResultC struct {
	W []float64
	V *mat.CDense
}

// EighC computes the eigenvalues and eigenvectors of the complex Hermitian
// n×n matrix a (only the triangle chosen by Upper is read, the imaginary
// parts of its diagonal taken as zero), optionally of the generalized
// problem with Hermitian positive definite B, like scipy.linalg.eigh with
// complex input (zheevr, zheevd, zheev, zhegvd). Eigenvectors are unique only up
// to a complex factor of modulus 1 (and for repeated eigenvalues up to a
// unitary rotation of their eigenspace); they are LAPACK's.
//
// Errors: ErrShape if a or B is not square or their orders differ,
// ErrNotFinite, ErrValue for a bad driver, type or subset,
// ErrNotPositiveDefinite if B is not positive definite, ErrNoConvergence.
func EighC(a mat.CMatrix, opts *EighOptionsC) (res *EighResultC, err error) {
	const fn = "EighC"
	defer recoverTo(fn, &err)
	return cplxEigh(fn, a, opts, true)
}

// EigvalsHC returns the eigenvalues of the complex Hermitian matrix a (or of
// the generalized problem) in ascending order, like scipy.linalg.eigvalsh.
// Options and errors as EighC.
func EigvalsHC(a mat.CMatrix, opts *EighOptionsC) (w []float64, err error) {
	const fn = "EigvalsHC"
	defer recoverTo(fn, &err)
	r, err := cplxEigh(fn, a, opts, false)
	if err != nil {
		return nil, err
	}
	return r.W, nil
}

func cplxEigh(fn string, a mat.CMatrix, opts *EighOptionsC, vectors bool) (*EighResultC, error) {
	var o EighOptionsC
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
		return nil, newErr(ErrValue, fn, "opts.Driver", "%q is not available for the complex %s problem (use \"ev\", \"evd\" or \"evr\" without B, \"gvd\" with B)",
			o.Driver, map[bool]string{true: "generalized", false: "standard"}[gen])
	}
	if o.SubsetByIndex != nil && o.SubsetByValue != nil {
		return nil, newErr(ErrValue, fn, "opts.SubsetByIndex", "give only one of SubsetByIndex and SubsetByValue")
	}
	if subset && o.Driver != "evr" {
		return nil, newErr(ErrValue, fn, "opts.Driver", "subsets need the \"evr\" driver and no B (got %q)", o.Driver)
	}
	n, err := csquare(fn, "a", a)
	if err != nil {
		return nil, err
	}
	f, _, _, err := cdenseCopy(fn, "a", a, o.SkipFiniteCheck)
	if err != nil {
		return nil, err
	}
	uplo := blas.Lower
	if o.Upper {
		uplo = blas.Upper
	}
	if o.SkipFiniteCheck {
		// The triangle LAPACK reads is checked even so (see Eigh).
		if e := cplxTriFinite(fn, "a", n, f, !o.Upper); e != nil {
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
	var bf []complex128
	if gen {
		nb, err := csquare(fn, "opts.B", o.B)
		if err != nil {
			return nil, err
		}
		if nb != n {
			return nil, newErr(ErrShape, fn, "opts.B", "is %d×%d, expected %d×%d like a", nb, nb, n, n)
		}
		if bf, _, _, err = cdenseCopy(fn, "opts.B", o.B, o.SkipFiniteCheck); err != nil {
			return nil, err
		}
		if e := cplxTriFinite(fn, "opts.B", n, bf, !o.Upper); e != nil {
			return nil, e
		}
	}
	if n == 0 {
		return &EighResultC{W: []float64{}, V: &mat.CDense{}}, nil
	}
	w := make([]float64, n)
	if o.Driver == "ev" {
		work := []complex128{0}
		impl.Zheev(jobz, uplo, n, f, n, w, work, -1, nil)
		work = make([]complex128, max(int(real(work[0])), 2*n-1, 1))
		if !impl.Zheev(jobz, uplo, n, f, n, w, work, len(work), make([]float64, max(1, 3*n-2))) {
			return nil, noConv(fn, "zheev", "the QR iteration did not converge; retry with Driver \"evr\" or \"evd\"")
		}
		r := &EighResultC{W: w}
		if vectors {
			r.V = newCDense(n, n, f)
		}
		return r, nil
	}
	if gen || o.Driver == "evd" {
		lw, lrw, liw := cplxEvdMinWork(vectors, n)
		work, rwork, iwork := []complex128{0}, []float64{0}, []int{0}
		if gen {
			impl.Zhegvd(o.Type, jobz, uplo, n, f, n, bf, n, w, work, -1, rwork, -1, iwork, -1)
		} else {
			impl.Zheevd(jobz, uplo, n, f, n, w, work, -1, rwork, -1, iwork, -1)
		}
		work = make([]complex128, max(int(real(work[0])), lw))
		rwork = make([]float64, max(int(rwork[0]), lrw))
		iwork = make([]int, max(iwork[0], liw))
		if gen {
			minor, ok := impl.Zhegvd(o.Type, jobz, uplo, n, f, n, bf, n, w, work, len(work), rwork, len(rwork), iwork, len(iwork))
			if !ok {
				if minor > 0 {
					e := newErr(ErrNotPositiveDefinite, fn, "opts.B", "B is not positive definite: its leading minor of order %d is not positive; the generalized problem needs a Hermitian positive definite B (use EigC for general pencils)", minor)
					e.Routine, e.Info = "zhegvd", n+minor
					return nil, e
				}
				return nil, noConv(fn, "zhegvd", "the eigenvalue algorithm did not converge; check the scaling of a and B")
			}
		} else if !impl.Zheevd(jobz, uplo, n, f, n, w, work, len(work), rwork, len(rwork), iwork, len(iwork)) {
			return nil, noConv(fn, "zheevd", "divide and conquer did not converge; retry with Driver \"evr\"")
		}
		r := &EighResultC{W: w}
		if vectors {
			r.V = newCDense(n, n, f)
		}
		return r, nil
	}
	zc := n
	if rng == lapacke.RangeIndex {
		zc = iu - il + 1
	}
	z, ldz := make([]complex128, 1), 1
	if vectors {
		z, ldz = make([]complex128, n*zc), zc
	}
	isuppz := make([]int, 2*zc)
	work, rwork, iwork := []complex128{0}, []float64{0}, []int{0}
	impl.Zheevr(jobz, rng, uplo, n, f, n, vl, vu, il, iu, 0, w, z, ldz, isuppz, work, -1, rwork, -1, iwork, -1)
	work = make([]complex128, max(int(real(work[0])), 2*n, 1))
	rwork = make([]float64, max(int(rwork[0]), 24*n, 1))
	iwork = make([]int, max(iwork[0], 10*n, 1))
	m, ok := impl.Zheevr(jobz, rng, uplo, n, f, n, vl, vu, il, iu, 0, w, z, ldz, isuppz, work, len(work), rwork, len(rwork), iwork, len(iwork))
	if !ok {
		return nil, noConv(fn, "zheevr", "the MRRR algorithm failed; retry with Driver \"evd\"")
	}
	r := &EighResultC{W: w[:m]}
	if vectors {
		v := make([]complex128, n*m)
		for i := 0; i < n; i++ {
			copy(v[i*m:(i+1)*m], z[i*zc:i*zc+m])
		}
		r.V = newCDense(n, m, v)
	}
	return r, nil
}

// cplxEvdMinWork is zheevd's (and zhegvd's) documented minimum lwork,
// lrwork and liwork.
func cplxEvdMinWork(vectors bool, n int) (lwork, lrwork, liwork int) {
	switch {
	case n <= 1:
		return 1, 1, 1
	case vectors:
		return 2*n + n*n, 1 + 5*n + 2*n*n, 3 + 5*n
	}
	return n + 1, n, 1
}
