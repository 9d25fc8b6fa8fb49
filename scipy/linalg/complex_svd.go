package linalg

import (
	"gonum.org/v1/gonum/lapack"
	"gonum.org/v1/gonum/mat"
)

// SVDResultC is the singular value decomposition a = U·diag(S)·Vh of a
// complex matrix: U and Vh are unitary, S real.
type SVDResultC struct {
	U  *mat.CDense // m×m, or m×k with Economy
	S  []float64   // the k = min(m,n) singular values, decreasing
	Vh *mat.CDense // n×n, or k×n with Economy
}

// SVDC computes the singular value decomposition of the m×n complex matrix
// a (zgesdd or zgesvd), like scipy.linalg.svd with complex input; the
// options are SVD's. Singular vectors are unique only up to a complex
// factor of modulus 1 shared by a column of U and the row of Vh (and, for
// repeated singular values, up to a unitary rotation of their subspace);
// SVDC returns LAPACK's.
//
// Errors: ErrShape for nil a, ErrNotFinite, ErrValue for an unknown driver,
// ErrNoConvergence when LAPACK's iteration fails (the message suggests the
// other driver).
func SVDC(a mat.CMatrix, opts *SVDOptions) (res *SVDResultC, err error) {
	const fn = "SVDC"
	defer recoverTo(fn, &err)
	return cplxSVD(fn, a, opts, true)
}

// SVDValsC returns the singular values of the m×n complex matrix a in
// decreasing order, like scipy.linalg.svdvals. Options and errors as SVDC.
func SVDValsC(a mat.CMatrix, opts *SVDOptions) (s []float64, err error) {
	const fn = "SVDValsC"
	defer recoverTo(fn, &err)
	r, err := cplxSVD(fn, a, opts, false)
	if err != nil {
		return nil, err
	}
	return r.S, nil
}

func cplxSVD(fn string, a mat.CMatrix, opts *SVDOptions, uv bool) (*SVDResultC, error) {
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
	f, m, n, err := cdenseCopy(fn, "a", a, false)
	if err != nil {
		return nil, err
	}
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
	u := make([]complex128, ur*uc)
	vt := make([]complex128, vr*n)
	if k == 0 {
		// Nothing to decompose: the full factors are identities, as NumPy
		// returns them.
		for i := 0; i < min(ur, uc); i++ {
			u[i*uc+i] = 1
		}
		for i := 0; i < min(vr, n); i++ {
			vt[i*n+i] = 1
		}
		return &SVDResultC{U: newCDense(ur, uc, u), S: s, Vh: newCDense(vr, n, vt)}, nil
	}
	ldu, ldvt := max1(uc), max1(n)
	if len(u) == 0 {
		u = make([]complex128, 1)
	}
	if len(vt) == 0 {
		vt = make([]complex128, 1)
	}
	mx := max(m, n)
	work := make([]complex128, 1)
	var ok bool
	if o.LapackDriver == "gesdd" {
		lw := k*k + 2*k + mx
		lrw := max(5*k*k+5*k, 2*mx*k+2*k*k+k)
		switch job {
		case lapack.SVDNone:
			lw, lrw = 2*k+mx, 7*k
		case lapack.SVDStore:
			lw = k*k + 3*k
		}
		iwork := make([]int, 8*k)
		rwork := make([]float64, lrw)
		impl.Zgesdd(job, m, n, f, n, s, u, ldu, vt, ldvt, work, -1, rwork, iwork)
		work = make([]complex128, max(int(real(work[0])), lw, 1))
		ok = impl.Zgesdd(job, m, n, f, n, s, u, ldu, vt, ldvt, work, len(work), rwork, iwork)
	} else {
		rwork := make([]float64, 5*k)
		impl.Zgesvd(job, job, m, n, f, n, s, u, ldu, vt, ldvt, work, -1, rwork)
		work = make([]complex128, max(int(real(work[0])), 2*k+mx, 1))
		ok = impl.Zgesvd(job, job, m, n, f, n, s, u, ldu, vt, ldvt, work, len(work), rwork)
	}
	if !ok {
		e := &Error{Kind: ErrNoConvergence, Func: fn, Arg: "a", Routine: "z" + o.LapackDriver, Info: 1}
		if o.LapackDriver == "gesdd" {
			e.Message = "SVD did not converge with gesdd: retry with LapackDriver: \"gesvd\""
		} else {
			e.Message = "SVD did not converge with gesvd: the matrix may be badly scaled; check its entries"
		}
		return nil, e
	}
	if !uv {
		return &SVDResultC{S: s}, nil
	}
	return &SVDResultC{U: newCDense(ur, uc, u[:ur*uc]), S: s, Vh: newCDense(vr, n, vt[:vr*n])}, nil
}
