package linalg

import (
	"math"
	"math/cmplx"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/lapack"
	"gonum.org/v1/gonum/mat"
)

// SolveResultC is the solution of a complex system a x = b, with the
// conditioning information SciPy reports as a LinAlgWarning; the fields are
// SolveResult's.
type SolveResultC struct {
	// X is the n×k complex solution. It is an empty CDense when n or k is
	// zero.
	X *mat.CDense
	// RCond is LAPACK's estimate of the reciprocal condition number of a
	// in the 1-norm (∞-norm when Transposed), +Inf for an empty a.
	RCond float64
	// IllConditioned reports RCond < 2⁻⁵³, the condition under which SciPy
	// warns "Ill-conditioned matrix".
	IllConditioned bool
}

// SolveC solves the complex system a x = b for x, where a is n×n and b is
// n×k, like scipy.linalg.solve with complex input. a and b are not
// modified. The options are Solve's:
//
//   - AssumeA "gen" (LU, zgetrf/zgetrs), "sym" (complex symmetric a = aᵀ,
//     Bunch-Kaufman zsytrf/zsytrs, not Hermitian), "her" (Hermitian, zhetrf/
//     zhetrs; the imaginary parts of the diagonal are taken as zero) or
//     "pos" (Hermitian positive definite, zpotrf/zpotrs);
//   - Lower reads the lower triangle for "sym", "her" and "pos";
//   - Transposed solves aᵀ x = b (the plain transpose, not aᴴ). SciPy 1.10
//     raises NotImplementedError for complex a with transposed=True;
//     SolveC solves it: for "gen" by zgetrs with trans "T", reporting the
//     ∞-norm RCond as the real Solve does; for "sym" aᵀ = a; for "her" and
//     "pos" aᵀ = conj(a), solved as a·conj(x) = conj(b). To solve
//     aᴴ x = b, pass a.H().
//
// RCond comes from zgecon, zsycon, zhecon or zpocon, as in SciPy; for "sym",
// "her" and "pos" it uses the norm of the matrix actually solved (see the
// package documentation).
//
// Errors: ErrShape if a is not square or b does not have n rows, ErrNotFinite
// for NaN/Inf input, ErrValue for an unknown AssumeA, ErrSingular if a is
// exactly singular, ErrNotPositiveDefinite for "pos" when the Cholesky
// factorization fails.
func SolveC(a, b mat.CMatrix, opts *SolveOptions) (res *SolveResultC, err error) {
	const fn = "SolveC"
	defer recoverTo(fn, &err)
	var o SolveOptions
	if opts != nil {
		o = *opts
	}
	switch o.AssumeA {
	case "":
		o.AssumeA = "gen"
	case "gen", "sym", "her", "pos":
	default:
		return nil, newErr(ErrValue, fn, "opts.AssumeA", "%q is not one of \"gen\", \"sym\", \"her\", \"pos\"", o.AssumeA)
	}
	n, err := csquare(fn, "a", a)
	if err != nil {
		return nil, err
	}
	br, k, err := cdims(fn, "b", b)
	if err != nil {
		return nil, err
	}
	if br != n {
		return nil, newErr(ErrShape, fn, "b", "has %d rows, expected %d (the order of a)", br, n)
	}
	af, _, _, err := cdenseCopy(fn, "a", a, o.SkipFiniteCheck)
	if err != nil {
		return nil, err
	}
	x, _, _, err := cdenseCopy(fn, "b", b, o.SkipFiniteCheck)
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return &SolveResultC{X: newCDense(n, k, x), RCond: math.Inf(1)}, nil
	}
	uplo := blas.Upper
	if o.Lower {
		uplo = blas.Lower
	}
	conjRHS := o.Transposed && (o.AssumeA == "her" || o.AssumeA == "pos")
	if conjRHS {
		cplxConjInPlace(x)
	}
	var rcond float64
	switch o.AssumeA {
	case "gen":
		rcond, err = cplxSolveGen(fn, n, k, af, x, o.Transposed)
	case "sym", "her":
		rcond, err = cplxSolveSym(fn, n, k, af, x, uplo, o.AssumeA == "her")
	case "pos":
		rcond, err = cplxSolvePos(fn, n, k, af, x, uplo)
	}
	if err != nil {
		return nil, err
	}
	if conjRHS {
		cplxConjInPlace(x)
	}
	return &SolveResultC{X: newCDense(n, k, x), RCond: rcond, IllConditioned: !(rcond >= illCondThreshold)}, nil
}

// cplxConjInPlace conjugates every element of x.
func cplxConjInPlace(x []complex128) {
	for i, v := range x {
		x[i] = cmplx.Conj(v)
	}
}

// cplxSolveGen factors a = P L U (zgetrf), estimates rcond (zgecon) and
// solves in place in x (zgetrs).
func cplxSolveGen(fn string, n, k int, a, x []complex128, trans bool) (float64, error) {
	norm, t := lapack.MaxColumnSum, blas.NoTrans
	anorm := 0.0
	if trans {
		norm, t = lapack.MaxRowSum, blas.Trans
		anorm = cplxNormInf(n, n, a)
	} else {
		anorm = cplxNorm1(n, n, a)
	}
	ipiv := make([]int, n)
	if !impl.Zgetrf(n, n, a, n, ipiv) {
		return 0, cplxSingularLU(fn, "a", "zgetrf", n, a)
	}
	rcond := 0.0
	if !math.IsNaN(anorm) {
		rcond = impl.Zgecon(norm, n, a, n, anorm, make([]complex128, 2*n), make([]float64, 2*n))
	} else {
		rcond = math.NaN()
	}
	if k > 0 {
		impl.Zgetrs(t, n, k, a, n, ipiv, x, k)
	}
	return rcond, nil
}

// cplxSolveSym factors a = L D Lᵀ (zsytrf) or L D Lᴴ (zhetrf), estimates
// rcond (zsycon, zhecon) and solves (zsytrs, zhetrs), as SciPy's "sym" and
// "her" paths (?sysv/?hesv + ?sycon/?hecon) do.
func cplxSolveSym(fn string, n, k int, a, x []complex128, uplo blas.Uplo, herm bool) (float64, error) {
	anorm := cplxSymNorm1(n, a, uplo == blas.Lower, herm)
	trf, routine := impl.Zsytrf, "zsytrf"
	if herm {
		trf, routine = impl.Zhetrf, "zhetrf"
	}
	ipiv := make([]int, n)
	work := make([]complex128, 1)
	trf(uplo, n, a, n, ipiv, work, -1)
	work = make([]complex128, max(1, int(real(work[0]))))
	if !trf(uplo, n, a, n, ipiv, work, len(work)) {
		i := 0
		for ; i < n-1; i++ {
			if ipiv[i] >= 0 && a[i*n+i] == 0 {
				break
			}
		}
		e := newErr(ErrSingular, fn, "a", "matrix is singular: D(%d,%d) of the Bunch-Kaufman factorization is exactly zero; consider LstSq for a least-squares solution", i+1, i+1)
		e.Routine, e.Info = routine, i+1
		return 0, e
	}
	rcond := math.NaN()
	if !math.IsNaN(anorm) {
		if herm {
			rcond = impl.Zhecon(uplo, n, a, n, ipiv, anorm, make([]complex128, 2*n))
		} else {
			rcond = impl.Zsycon(uplo, n, a, n, ipiv, anorm, make([]complex128, 2*n))
		}
	}
	if k > 0 {
		if herm {
			impl.Zhetrs(uplo, n, k, a, n, ipiv, x, k)
		} else {
			impl.Zsytrs(uplo, n, k, a, n, ipiv, x, k)
		}
	}
	return rcond, nil
}

// cplxSolvePos factors a = Uᴴ U (zpotrf), estimates rcond (zpocon) and
// solves (zpotrs).
func cplxSolvePos(fn string, n, k int, a, x []complex128, uplo blas.Uplo) (float64, error) {
	anorm := cplxSymNorm1(n, a, uplo == blas.Lower, true)
	if !impl.Zpotrf(uplo, n, a, n) {
		return 0, cplxNotPosDef(fn, "a", "zpotrf", n, a, "; use AssumeA \"her\" or \"gen\" for indefinite matrices")
	}
	rcond := math.NaN()
	if !math.IsNaN(anorm) {
		rcond = impl.Zpocon(uplo, n, a, n, anorm, make([]complex128, 2*n), make([]float64, n))
	}
	if k > 0 {
		impl.Zpotrs(uplo, n, k, a, n, x, k)
	}
	return rcond, nil
}

// InvC returns the inverse of the square complex matrix a, like
// scipy.linalg.inv with complex input (zgetrf + zgetri). An empty a gives an
// empty result. a is not modified.
//
// Errors: ErrShape if a is not square, ErrNotFinite, ErrSingular if a is
// exactly singular.
func InvC(a mat.CMatrix, opts *Options) (inv *mat.CDense, err error) {
	const fn = "InvC"
	defer recoverTo(fn, &err)
	n, err := csquare(fn, "a", a)
	if err != nil {
		return nil, err
	}
	f, _, _, err := cdenseCopy(fn, "a", a, skip(opts))
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return &mat.CDense{}, nil
	}
	ipiv := make([]int, n)
	if !impl.Zgetrf(n, n, f, n, ipiv) {
		return nil, cplxSingularLU(fn, "a", "zgetrf", n, f)
	}
	work := make([]complex128, 1)
	impl.Zgetri(n, f, n, ipiv, work, -1)
	work = make([]complex128, max(n, int(real(work[0]))))
	if !impl.Zgetri(n, f, n, ipiv, work, len(work)) {
		return nil, cplxSingularLU(fn, "a", "zgetri", n, f)
	}
	return newCDense(n, n, f), nil
}

// cplxLUDiag factors a copy of a and returns the diagonal of U and the
// parity of the row permutation (true when odd).
func cplxLUDiag(fn string, a mat.CMatrix, opts *Options) (diag []complex128, odd bool, err error) {
	n, err := csquare(fn, "a", a)
	if err != nil {
		return nil, false, err
	}
	f, _, _, err := cdenseCopy(fn, "a", a, skip(opts))
	if err != nil {
		return nil, false, err
	}
	ipiv := make([]int, n)
	if n > 0 {
		// A singular a is not an error here: its determinant is 0.
		impl.Zgetrf(n, n, f, n, ipiv)
	}
	diag = make([]complex128, n)
	for i := range diag {
		diag[i] = f[i*n+i]
		if ipiv[i] != i {
			odd = !odd
		}
	}
	return diag, odd, nil
}

// DetC returns the determinant of the square complex matrix a, like
// scipy.linalg.det with complex input: the signed product of the diagonal of
// U in a = P L U (zgetrf). The determinant of a 0×0 matrix is 1; a singular
// a gives 0, not an error. The product may overflow or underflow for large
// n; SlogDetC does not.
//
// Errors: ErrShape if a is not square, ErrNotFinite.
func DetC(a mat.CMatrix, opts *Options) (det complex128, err error) {
	const fn = "DetC"
	defer recoverTo(fn, &err)
	diag, odd, err := cplxLUDiag(fn, a, opts)
	if err != nil {
		return 0, err
	}
	det = 1
	for _, d := range diag {
		det *= d
	}
	if odd {
		det = -det
	}
	return det, nil
}

// SlogDetC returns the phase and the natural logarithm of the modulus of
// the determinant of the complex matrix a, so that det =
// sign·exp(logAbsDet) without overflow, as numpy.linalg.slogdet does for
// complex input: sign has modulus 1, or is 0 (with logAbsDet -Inf) when a
// is singular; a 0×0 matrix gives sign 1 and logAbsDet 0.
//
// Errors: ErrShape if a is not square, ErrNotFinite.
func SlogDetC(a mat.CMatrix, opts *Options) (sign complex128, logAbsDet float64, err error) {
	const fn = "SlogDetC"
	defer recoverTo(fn, &err)
	diag, odd, err := cplxLUDiag(fn, a, opts)
	if err != nil {
		return 0, 0, err
	}
	sign = 1
	for _, d := range diag {
		m := cmplx.Abs(d)
		if m == 0 {
			return 0, math.Inf(-1), nil
		}
		sign *= d / complex(m, 0)
		logAbsDet += math.Log(m)
	}
	if odd {
		sign = -sign
	}
	// Renormalise the accumulated phase to modulus 1 against rounding.
	if m := cmplx.Abs(sign); m > 0 && !math.IsNaN(m) {
		sign /= complex(m, 0)
	}
	return sign, logAbsDet, nil
}
