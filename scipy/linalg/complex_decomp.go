package linalg

import (
	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/mat"
)

// CholeskyC returns the Cholesky factor of the Hermitian positive definite
// n×n complex matrix a (zpotrf), like scipy.linalg.cholesky with complex
// input: U with a = Uᴴ·U, or L with a = L·Lᴴ when Lower; the other triangle
// of the result is zero, and the factor's diagonal is real and positive.
// Only the chosen triangle of a is read (the imaginary parts of its diagonal
// taken as zero), but all of a is checked for finiteness unless
// SkipFiniteCheck, as SciPy does.
//
// Errors: ErrShape if a is not square, ErrNotFinite, ErrNotPositiveDefinite
// (naming the failing leading minor).
func CholeskyC(a mat.CMatrix, opts *CholeskyOptions) (c *mat.CDense, err error) {
	const fn = "CholeskyC"
	defer recoverTo(fn, &err)
	var o CholeskyOptions
	if opts != nil {
		o = *opts
	}
	n, err := csquare(fn, "a", a)
	if err != nil {
		return nil, err
	}
	f, _, _, err := cdenseCopy(fn, "a", a, o.SkipFiniteCheck)
	if err != nil {
		return nil, err
	}
	uplo := blas.Upper
	if o.Lower {
		uplo = blas.Lower
	}
	if n > 0 && !impl.Zpotrf(uplo, n, f, n) {
		return nil, cplxNotPosDef(fn, "a", "zpotrf", n, f, "; a must be Hermitian positive definite")
	}
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			if (o.Lower && j > i) || (!o.Lower && j < i) {
				f[i*n+j] = 0
			}
		}
	}
	return newCDense(n, n, f), nil
}

// QRResultC is the decomposition a = Q·R (a[:, P] = Q·R with pivoting) of a
// complex matrix; the fields are QRResult's.
type QRResultC struct {
	Q *mat.CDense // unitary; nil for Mode "r"
	R *mat.CDense // upper trapezoidal
	// P is the column permutation with Pivoting: column j of a·P is column
	// P[j] of a (0-based). nil without Pivoting.
	P []int
}

// QRC computes the QR decomposition of the m×n complex matrix a (zgeqrf or
// zgeqp3, then zungqr), like scipy.linalg.qr with complex input; the
// options are QR's (Mode "full", "economic" or "r"; Pivoting). The factors
// follow LAPACK's Householder convention, as SciPy's do: R's diagonal is
// real (zlarfg's reflectors make it so) but may be negative.
//
// Errors: ErrShape for nil a, ErrNotFinite, ErrValue for an unknown Mode.
func QRC(a mat.CMatrix, opts *QROptions) (res *QRResultC, err error) {
	const fn = "QRC"
	defer recoverTo(fn, &err)
	var o QROptions
	if opts != nil {
		o = *opts
	}
	switch o.Mode {
	case "":
		o.Mode = "full"
	case "full", "economic", "r":
	default:
		return nil, newErr(ErrValue, fn, "opts.Mode", "%q is not one of \"full\", \"economic\", \"r\"", o.Mode)
	}
	f, m, n, err := cdenseCopy(fn, "a", a, o.SkipFiniteCheck)
	if err != nil {
		return nil, err
	}
	k := min(m, n)
	tau := make([]complex128, k)
	res = &QRResultC{}
	if o.Pivoting {
		res.P = make([]int, n)
		for j := range res.P {
			res.P[j] = -1 // every column free
		}
	}
	if k > 0 {
		work := []complex128{0}
		if o.Pivoting {
			rwork := make([]float64, 2*n)
			impl.Zgeqp3(m, n, f, n, res.P, tau, work, -1, rwork)
			work = make([]complex128, max(int(real(work[0])), n+1))
			impl.Zgeqp3(m, n, f, n, res.P, tau, work, len(work), rwork)
		} else {
			impl.Zgeqrf(m, n, f, n, tau, work, -1)
			work = make([]complex128, max(int(real(work[0])), n, 1))
			impl.Zgeqrf(m, n, f, n, tau, work, len(work))
		}
	} else if o.Pivoting {
		for j := range res.P {
			res.P[j] = j
		}
	}
	rr := m
	if o.Mode == "economic" {
		rr = k
	}
	r := make([]complex128, rr*n)
	for i := 0; i < min(rr, k); i++ {
		copy(r[i*n+i:(i+1)*n], f[i*n+i:(i+1)*n])
	}
	res.R = newCDense(rr, n, r)
	if o.Mode == "r" {
		return res, nil
	}
	qc := m
	if o.Mode == "economic" {
		qc = k
	}
	q := make([]complex128, m*qc)
	for i := 0; i < m; i++ {
		copy(q[i*qc:i*qc+min(k, qc)], f[i*n:i*n+min(k, qc)])
	}
	if k == 0 {
		for i := 0; i < min(m, qc); i++ {
			q[i*qc+i] = 1
		}
	} else if qc > 0 {
		work := []complex128{0}
		impl.Zungqr(m, qc, k, q, qc, tau, work, -1)
		work = make([]complex128, max(int(real(work[0])), qc, 1))
		impl.Zungqr(m, qc, k, q, qc, tau, work, len(work))
	}
	res.Q = newCDense(m, qc, q)
	return res, nil
}

// LUResultC is the decomposition a = P·L·U of an m×n complex matrix,
// k = min(m,n); the fields are LUResult's, P real as in SciPy.
type LUResultC struct {
	P *mat.Dense  // m×m permutation matrix; nil when PermuteL
	L *mat.CDense // m×k unit lower trapezoidal (P·L when PermuteL)
	U *mat.CDense // k×n upper trapezoidal
}

// LUC computes the pivoted LU decomposition a = P·L·U of the m×n complex
// matrix a (zgetrf), like scipy.linalg.lu with complex input; options as
// LU. An exactly singular a is factored without error, as in SciPy.
//
// Errors: ErrShape for nil a, ErrNotFinite.
func LUC(a mat.CMatrix, opts *LUOptions) (res *LUResultC, err error) {
	const fn = "LUC"
	defer recoverTo(fn, &err)
	var o LUOptions
	if opts != nil {
		o = *opts
	}
	f, m, n, err := cdenseCopy(fn, "a", a, o.SkipFiniteCheck)
	if err != nil {
		return nil, err
	}
	k := min(m, n)
	ipiv := make([]int, k)
	if k > 0 {
		impl.Zgetrf(m, n, f, n, ipiv)
	}
	l := make([]complex128, m*k)
	u := make([]complex128, k*n)
	for i := 0; i < m; i++ {
		for j := 0; j < min(i, k); j++ {
			l[i*k+j] = f[i*n+j]
		}
		if i < k {
			l[i*k+i] = 1
			copy(u[i*n+i:(i+1)*n], f[i*n+i:(i+1)*n])
		}
	}
	// perm[i] is the row of a that ended in row i of L·U.
	perm := make([]int, m)
	for i := range perm {
		perm[i] = i
	}
	for i, p := range ipiv {
		perm[i], perm[p] = perm[p], perm[i]
	}
	res = &LUResultC{U: newCDense(k, n, u)}
	if o.PermuteL {
		pl := make([]complex128, m*k)
		for i, r := range perm {
			copy(pl[r*k:(r+1)*k], l[i*k:(i+1)*k])
		}
		res.L = newCDense(m, k, pl)
		return res, nil
	}
	p := make([]float64, m*m)
	for i, r := range perm {
		p[r*m+i] = 1
	}
	res.P, res.L = newDense(m, m, p), newCDense(m, k, l)
	return res, nil
}

// LUFactorizationC is the compact LU factorization of a complex matrix
// (scipy.linalg.lu_factor with complex input); the fields are
// LUFactorization's.
type LUFactorizationC struct {
	LU  *mat.CDense
	Piv []int
	// Singular reports an exactly zero diagonal element of U; LUSolveC
	// then returns ErrSingular.
	Singular bool
}

// LUFactorC computes the pivoted LU factorization of the m×n complex
// matrix a (zgetrf), like scipy.linalg.lu_factor. A singular a is not an
// error: the result's Singular field reports it.
//
// Errors: ErrShape for nil a, ErrNotFinite.
func LUFactorC(a mat.CMatrix, opts *Options) (lu *LUFactorizationC, err error) {
	const fn = "LUFactorC"
	defer recoverTo(fn, &err)
	f, m, n, err := cdenseCopy(fn, "a", a, skip(opts))
	if err != nil {
		return nil, err
	}
	k := min(m, n)
	ipiv := make([]int, k)
	ok := true
	if k > 0 {
		ok = impl.Zgetrf(m, n, f, n, ipiv)
	}
	return &LUFactorizationC{LU: newCDense(m, n, f), Piv: ipiv, Singular: !ok}, nil
}

// LUSolveC solves a x = b given the LUFactorC of the square complex matrix
// a, like scipy.linalg.lu_solve. b is n×k; neither lu nor b is modified.
// opts.Trans is "N" (or ""; a x = b), "T" (aᵀ x = b) or "C" (aᴴ x = b).
//
// Errors: ErrShape if lu is nil, not square or b has the wrong number of
// rows, ErrValue for a bad Trans or pivot, ErrNotFinite, ErrSingular if U
// has an exactly zero diagonal element.
func LUSolveC(lu *LUFactorizationC, b mat.CMatrix, opts *LUSolveOptions) (x *mat.CDense, err error) {
	const fn = "LUSolveC"
	defer recoverTo(fn, &err)
	var o LUSolveOptions
	if opts != nil {
		o = *opts
	}
	trans := blas.NoTrans
	switch o.Trans {
	case "", "N", "n":
	case "T", "t":
		trans = blas.Trans
	case "C", "c":
		trans = blas.ConjTrans
	default:
		return nil, newErr(ErrValue, fn, "opts.Trans", "%q is not one of \"N\", \"T\", \"C\"", o.Trans)
	}
	if lu == nil || lu.LU == nil {
		return nil, newErr(ErrShape, fn, "lu", "factorization is nil")
	}
	n, err := csquare(fn, "lu.LU", lu.LU)
	if err != nil {
		return nil, err
	}
	if len(lu.Piv) != n {
		return nil, newErr(ErrShape, fn, "lu.Piv", "has length %d, expected %d", len(lu.Piv), n)
	}
	for i, p := range lu.Piv {
		if p < i || p >= n {
			return nil, newErr(ErrValue, fn, "lu.Piv", "Piv[%d] = %d is outside [%d, %d)", i, p, i, n)
		}
	}
	br, k, err := cdims(fn, "b", b)
	if err != nil {
		return nil, err
	}
	if br != n {
		return nil, newErr(ErrShape, fn, "b", "has %d rows, expected %d (the order of a)", br, n)
	}
	f, _, _, err := cdenseCopy(fn, "lu.LU", lu.LU, true)
	if err != nil {
		return nil, err
	}
	xd, _, _, err := cdenseCopy(fn, "b", b, o.SkipFiniteCheck)
	if err != nil {
		return nil, err
	}
	if n == 0 || k == 0 {
		return newCDense(n, k, xd), nil
	}
	for i := 0; i < n; i++ {
		if f[i*n+i] == 0 {
			return nil, cplxSingularLU(fn, "lu", "zgetrs", n, f)
		}
	}
	impl.Zgetrs(trans, n, k, f, n, lu.Piv, xd, k)
	return newCDense(n, k, xd), nil
}
