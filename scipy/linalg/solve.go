package linalg

import (
	"math"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/lapack"
	"gonum.org/v1/gonum/mat"

	"github.com/goscipy/goscipy/lapacke"
)

// impl is the native LAPACK every function calls directly (never through
// lapack64.Use, which would change a process-wide global).
var impl lapacke.Implementation

// illCondThreshold is LAPACK's dlamch('E') = 2⁻⁵³, the threshold below which
// SciPy's solve emits LinAlgWarning("Ill-conditioned matrix").
const illCondThreshold = 0x1p-53

// SolveOptions are the options of Solve. The zero value (or nil) means
// SciPy's defaults: assume_a="gen", lower=False, transposed=False,
// check_finite=True.
type SolveOptions struct {
	// AssumeA is the structure of a: "gen" (general, LU with partial
	// pivoting; the default when empty), "sym" (symmetric, Bunch-Kaufman
	// LDLᵀ), "her" (Hermitian; for real a the same as "sym") or "pos"
	// (symmetric positive definite, Cholesky).
	AssumeA string
	// Lower selects the lower triangle of a for "sym", "her" and "pos"
	// (the other triangle is not read). Ignored for "gen".
	Lower bool
	// Transposed solves aᵀ x = b instead of a x = b (only meaningful for
	// "gen"; the other structures are symmetric).
	Transposed bool
	// SkipFiniteCheck skips the check that a and b hold no NaN or Inf
	// (SciPy's check_finite=False). With it, non-finite input gives
	// unspecified results but never a panic.
	SkipFiniteCheck bool
}

// SolveResult is the solution of a x = b with the conditioning information
// SciPy reports as a LinAlgWarning.
type SolveResult struct {
	// X is the n×k solution (n×1 when b is a vector). It is an empty
	// Dense when n or k is zero.
	X *mat.Dense
	// RCond is LAPACK's estimate of the reciprocal condition number of a
	// in the 1-norm (∞-norm when Transposed), +Inf for an empty a.
	RCond float64
	// IllConditioned reports RCond < 2⁻⁵³ (LAPACK's dlamch('E')), the
	// condition under which SciPy warns "Ill-conditioned matrix": X is
	// returned but may have no correct digits.
	IllConditioned bool
}

// Solve solves a x = b (or aᵀ x = b) for x, where a is n×n and b is n×k
// (a mat.Vector is an n×1 matrix), like scipy.linalg.solve. a and b are not
// modified.
//
// Errors: ErrShape if a is not square or b does not have n rows, ErrNotFinite
// for NaN/Inf input, ErrValue for an unknown AssumeA, ErrSingular if a is
// exactly singular (an exact zero pivot), ErrNotPositiveDefinite for "pos"
// when the Cholesky factorization fails.
func Solve(a, b mat.Matrix, opts *SolveOptions) (res *SolveResult, err error) {
	const fn = "Solve"
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
	n, err := square(fn, "a", a)
	if err != nil {
		return nil, err
	}
	br, k, err := dims(fn, "b", b)
	if err != nil {
		return nil, err
	}
	if br != n {
		return nil, newErr(ErrShape, fn, "b", "has %d rows, expected %d (the order of a)", br, n)
	}
	// af is factored in place and never returned: a scratch buffer
	// (speed_pool.go), released when the solve is done.
	af, _, _, err := denseCopyScratch(fn, "a", a, o.SkipFiniteCheck)
	if err != nil {
		return nil, err
	}
	defer putScratch(af)
	x, _, _, err := denseCopy(fn, "b", b, o.SkipFiniteCheck)
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return &SolveResult{X: newDense(n, k, x), RCond: math.Inf(1)}, nil
	}
	uplo := blas.Upper
	if o.Lower {
		uplo = blas.Lower
	}
	var rcond float64
	switch o.AssumeA {
	case "gen":
		rcond, err = solveGen(fn, n, k, af, x, o.Transposed)
	case "sym", "her":
		rcond, err = solveSym(fn, n, k, af, x, uplo)
	case "pos":
		rcond, err = solvePos(fn, n, k, af, x, uplo)
	}
	if err != nil {
		return nil, err
	}
	return &SolveResult{X: newDense(n, k, x), RCond: rcond, IllConditioned: !(rcond >= illCondThreshold)}, nil
}

// solveGen solves as SciPy's "gen" path does (LU, condition estimate,
// solve), in place in x, through the LU factorization of aᵀ (lut.go). The
// condition is estimated in a's 1-norm, or its ∞-norm when trans (SciPy
// estimates the condition of aᵀ then).
func solveGen(fn string, n, k int, a, x []float64, trans bool) (float64, error) {
	norm := lapack.MaxColumnSum
	if trans {
		norm = lapack.MaxRowSum
	}
	anorm := impl.Dlange(norm, n, n, a, n, make([]float64, n))
	ipiv, ok := luT(n, a)
	if !ok {
		return 0, singularLUT(fn, "a", "dgetrf", n, a)
	}
	rcond := rcondT(n, a, anorm, trans)
	if k > 0 {
		solveT(n, k, a, ipiv, x, trans)
	}
	return rcond, nil
}

// singularLU builds the ErrSingular error for an LU factor with an exact
// zero pivot.
func singularLU(fn, arg, routine string, n int, lu []float64) *Error {
	i := zeroPivot(n, lu, n)
	e := newErr(ErrSingular, fn, arg, "matrix is singular: U(%d,%d) is exactly zero; consider LstSq for a least-squares solution", i+1, i+1)
	e.Routine, e.Info = routine, i+1
	return e
}

// solveSym factors a = L D Lᵀ (dsytrf, Bunch-Kaufman), estimates rcond and
// solves (dsytrs), as SciPy's "sym" path (?sysv + ?sycon) does.
func solveSym(fn string, n, k int, a, x []float64, uplo blas.Uplo) (float64, error) {
	anorm := impl.Dlansy(lapack.MaxColumnSum, uplo, n, a, n, make([]float64, n))
	ipiv := make([]int, n)
	work := make([]float64, 1)
	impl.Dsytrf(uplo, n, a, n, ipiv, work, -1)
	work = make([]float64, lworkOf(work[0], 1))
	if !impl.Dsytrf(uplo, n, a, n, ipiv, work, len(work)) {
		i := 0
		for ; i < n; i++ {
			if ipiv[i] >= 0 && a[i*n+i] == 0 {
				break
			}
		}
		e := newErr(ErrSingular, fn, "a", "matrix is singular: D(%d,%d) of the LDLᵀ factorization is exactly zero; consider LstSq for a least-squares solution", i+1, i+1)
		e.Routine, e.Info = "dsytrf", i+1
		return 0, e
	}
	rcond := symRCond(n, a, ipiv, uplo, anorm)
	if k > 0 {
		impl.Dsytrs(uplo, n, k, a, n, ipiv, x, k)
	}
	return rcond, nil
}

// symRCond estimates the reciprocal 1-norm condition number of a symmetric
// matrix from its dsytrf factorization, as LAPACK's dsycon does (which the
// lapacke package does not wrap): Higham's estimator (gonum's pure-Go
// Dlacn2) of ‖A⁻¹‖₁ driven by solves with the factorization.
func symRCond(n int, af []float64, ipiv []int, uplo blas.Uplo, anorm float64) float64 {
	if anorm == 0 {
		return 0
	}
	v := make([]float64, n)
	xv := make([]float64, n)
	isgn := make([]int, n)
	var isave [3]int
	est, kase := 0.0, 0
	// Dlacn2 asks for at most 2·5+1 solves (its ITMAX is 5); the bound
	// only makes that visible here.
	for range 64 {
		est, kase = gonumImpl.Dlacn2(n, v, xv, isgn, est, kase, &isave)
		if kase == 0 {
			break
		}
		// A is symmetric, so A⁻ᵀ = A⁻¹ and both kinds of solve are the same.
		impl.Dsytrs(uplo, n, 1, af, n, ipiv, xv, 1)
	}
	if est == 0 {
		return 0
	}
	return (1 / est) / anorm
}

// solvePos factors a = Uᵀ U (dpotrf), estimates rcond (dpocon) and solves
// (dpotrs), as SciPy's "pos" path does.
func solvePos(fn string, n, k int, a, x []float64, uplo blas.Uplo) (float64, error) {
	anorm := impl.Dlansy(lapack.MaxColumnSum, uplo, n, a, n, make([]float64, n))
	if !impl.Dpotrf(uplo, n, a, n) {
		return 0, notPosDef(fn, "a", n, a)
	}
	rcond := impl.Dpocon(uplo, n, a, n, anorm, make([]float64, 3*n), make([]int, n))
	if k > 0 {
		impl.Dpotrs(uplo, n, k, a, n, x, k)
	}
	return rcond, nil
}

// notPosDef builds the ErrNotPositiveDefinite error after a failed dpotrf:
// the factorization stops at the first leading minor whose pivot is not
// positive, leaving that non-positive (or NaN) value on the diagonal while
// the earlier diagonal entries are positive square roots.
func notPosDef(fn, arg string, n int, f []float64) *Error {
	i := 0
	for ; i < n-1; i++ {
		if !(f[i*n+i] > 0) {
			break
		}
	}
	e := newErr(ErrNotPositiveDefinite, fn, arg, "matrix is not positive definite: the leading minor of order %d is not positive definite; use AssumeA \"sym\" or \"gen\" for indefinite matrices", i+1)
	e.Routine, e.Info = "dpotrf", i+1
	return e
}
