package linalg

import (
	"math"
	"math/cmplx"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/lapack"
	"gonum.org/v1/gonum/mat"

	"github.com/goscipy/goscipy/lapacke"
)

// Shared helpers of the matrix functions (Sqrtm, Logm, Funm, Signm,
// FractionalMatrixPower and their complex variants). Every algorithm runs on
// the complex Schur form A = Z·T·Zᴴ, T upper triangular, computed by zgees;
// SciPy computes the real Schur form of a real matrix and converts it with
// rsf2csf when it has 2×2 blocks, which gives the same function value to
// rounding (the primary matrix function does not depend on the Schur basis).

// mfInput copies the real square a into a complex row-major slice, checking
// shape and finiteness (always: the Schur form iterates, and NaN could make
// it loop).
func mfInput(fn string, a mat.Matrix) ([]complex128, int, error) {
	n, err := square(fn, "a", a)
	if err != nil {
		return nil, 0, err
	}
	f, _, _, err := denseCopy(fn, "a", a, false)
	if err != nil {
		return nil, 0, err
	}
	z := make([]complex128, n*n)
	for i, v := range f {
		z[i] = complex(v, 0)
	}
	return z, n, nil
}

// mfInputC is mfInput for a complex a.
func mfInputC(fn string, a mat.CMatrix) ([]complex128, int, error) {
	n, err := csquare(fn, "a", a)
	if err != nil {
		return nil, 0, err
	}
	f, _, _, err := cdenseCopy(fn, "a", a, false)
	if err != nil {
		return nil, 0, err
	}
	return f, n, nil
}

// mfSchur returns the complex Schur form T and the unitary Z of the n×n
// row-major a (not modified). An upper triangular a is its own Schur form
// and Z is nil then, as SciPy skips the factorization for triangular input
// in logm and fractional_matrix_power.
func mfSchur(fn string, a []complex128, n int, skipTriangular bool) (t, z []complex128, err error) {
	t = append([]complex128(nil), a...)
	if skipTriangular && mfIsUpper(t, n) {
		return t, nil, nil
	}
	z = make([]complex128, n*n)
	w := make([]complex128, n)
	rwork := make([]float64, max1(n))
	query := make([]complex128, 1)
	impl.Zgees(lapack.SchurOrig, lapacke.SortNone, n, t, max1(n), w, z, max1(n), query, -1, rwork)
	lwork := max(int(real(query[0])), 2*n, 1)
	work := make([]complex128, lwork)
	_, info := impl.Zgees(lapack.SchurOrig, lapacke.SortNone, n, t, max1(n), w, z, max1(n), work, lwork, rwork)
	if info != 0 {
		return nil, nil, &Error{Kind: ErrNoConvergence, Func: fn, Arg: "a", Routine: "zgees", Info: info,
			Message: "the QR algorithm failed to compute the Schur form"}
	}
	// zgees leaves rounding-level garbage nowhere below the diagonal, but
	// make the triangle exact so that "upper triangular" tests are reliable.
	for i := 1; i < n; i++ {
		for j := 0; j < i; j++ {
			t[i*n+j] = 0
		}
	}
	return t, z, nil
}

// mfIsUpper reports whether the n×n row-major a is upper triangular.
func mfIsUpper(a []complex128, n int) bool {
	for i := 1; i < n; i++ {
		for j := 0; j < i; j++ {
			if a[i*n+j] != 0 {
				return false
			}
		}
	}
	return true
}

// mfBack returns Z·U·Zᴴ, or U itself when z is nil.
func mfBack(n int, z, u []complex128) []complex128 {
	if z == nil {
		return u
	}
	zu := cplxMul(n, z, u)
	out := make([]complex128, n*n)
	nativeBLAS.Zgemm(blas.NoTrans, blas.ConjTrans, n, n, n, 1, zu, n, z, n, 0, out, n)
	return out
}

// mfGemm sets c = alpha·a·b + beta·c for row-major blocks given by their
// offsets and strides (m×k times k×n).
func mfGemm(m, n, k int, alpha complex128, a []complex128, lda int, b []complex128, ldb int, beta complex128, c []complex128, ldc int) {
	if m == 0 || n == 0 {
		return
	}
	if k == 0 {
		for i := 0; i < m; i++ {
			for j := 0; j < n; j++ {
				c[i*ldc+j] *= beta
			}
		}
		return
	}
	nativeBLAS.Zgemm(blas.NoTrans, blas.NoTrans, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
}

// mfSolveUpper returns X with S·X = rhs for the upper triangular n×n S
// (SciPy's solve_triangular(ident + beta*R, alpha*R) has S = I + beta·R).
func mfSolveUpper(n int, shiftedR, rhs []complex128) []complex128 {
	x := append([]complex128(nil), rhs...)
	nativeBLAS.Ztrsm(blas.Left, blas.Upper, blas.NoTrans, blas.NonUnit, n, n, 1, shiftedR, n, x, n)
	return x
}

// mfMaxAbs is the largest modulus of the elements of a (NaN if any is NaN).
func mfMaxAbs(a []complex128) float64 {
	var m float64
	for _, v := range a {
		if x := cmplx.Abs(v); x > m || math.IsNaN(x) {
			m = x
		}
	}
	return m
}

// mfRealTol is the largest imaginary part (relative to max(1, max|X|)) that
// mfReal drops as rounding. SciPy's _maybe_real uses the absolute tolerance
// 1e6·eps; scaling it by the result's size keeps large matrices, whose
// rounding is larger in absolute terms, from being reported complex.
const mfRealTol = 1e6 * mfEps

// mfEps is the float64 machine epsilon (numpy's finfo('d').eps).
const mfEps = 0x1p-52

// mfReal returns the real part of the n×n row-major x when its imaginary
// part is rounding (see mfRealTol), or an ErrValue error that gives the
// likely cause why and names the call cfn that gives the complex result.
func mfReal(fn, why, cfn string, n int, x []complex128) (*mat.Dense, error) {
	tol := mfRealTol * math.Max(1, mfMaxAbs(x))
	out := make([]float64, n*n)
	for i, v := range x {
		if math.Abs(imag(v)) > tol {
			return nil, newErr(ErrValue, fn, "a",
				"the result is complex (element (%d,%d) has imaginary part %.3g) because %s; call %s for the complex result",
				i/n, i%n, imag(v), why, cfn)
		}
		out[i] = real(v)
	}
	return newDense(n, n, out), nil
}

// mfIsReal reports whether mfReal would accept x.
func mfIsReal(x []complex128) bool {
	tol := mfRealTol * math.Max(1, mfMaxAbs(x))
	for _, v := range x {
		if math.Abs(imag(v)) > tol {
			return false
		}
	}
	return true
}

// mfFrob is the Frobenius norm of a complex slice.
func mfFrob(a []complex128) float64 {
	var scale, ssq float64 = 0, 1
	for _, v := range a {
		for _, x := range [2]float64{real(v), imag(v)} {
			if x == 0 {
				continue
			}
			ax := math.Abs(x)
			if scale < ax {
				ssq = 1 + ssq*(scale/ax)*(scale/ax)
				scale = ax
			} else {
				ssq += (ax / scale) * (ax / scale)
			}
		}
	}
	return scale * math.Sqrt(ssq)
}

// mfPower returns a^p for an integer p (NumPy's matrix_power: repeated
// squaring; p < 0 inverts first; p = 0 gives the identity). A singular a
// with p < 0 is ErrSingular.
func mfPower(fn string, n int, a []complex128, p int) ([]complex128, error) {
	if p == 0 {
		return cplxIdentity(n), nil
	}
	base := append([]complex128(nil), a...)
	if p < 0 {
		inv, err := mfInv(fn, n, base)
		if err != nil {
			return nil, err
		}
		base, p = inv, -p
	}
	var result []complex128
	for p > 0 {
		if p&1 == 1 {
			if result == nil {
				result = append([]complex128(nil), base...)
			} else {
				result = cplxMul(n, result, base)
			}
		}
		p >>= 1
		if p > 0 {
			base = cplxMul(n, base, base)
		}
	}
	return result, nil
}

// mfInv returns the inverse of the n×n row-major a (not modified), or
// ErrSingular.
func mfInv(fn string, n int, a []complex128) ([]complex128, error) {
	lu := append([]complex128(nil), a...)
	ipiv := make([]int, n)
	if !impl.Zgetrf(n, n, lu, max1(n), ipiv) {
		return nil, cplxSingularLU(fn, "a", "zgetrf", n, lu)
	}
	x := cplxIdentity(n)
	impl.Zgetrs(blas.NoTrans, n, n, lu, max1(n), ipiv, x, max1(n))
	return x, nil
}

// mfSolve returns a⁻¹·b for n×n row-major a and b (not modified), or
// ErrSingular.
func mfSolve(fn string, n int, a, b []complex128) ([]complex128, error) {
	lu := append([]complex128(nil), a...)
	ipiv := make([]int, n)
	if !impl.Zgetrf(n, n, lu, max1(n), ipiv) {
		return nil, cplxSingularLU(fn, "a", "zgetrf", n, lu)
	}
	x := append([]complex128(nil), b...)
	impl.Zgetrs(blas.NoTrans, n, n, lu, max1(n), ipiv, x, max1(n))
	return x, nil
}

// mfAllFinite reports whether every element of x is finite.
func mfAllFinite(x []complex128) bool {
	for _, v := range x {
		if cplxNotFinite(v) {
			return false
		}
	}
	return true
}
