package linalg

import (
	"math"
	"math/cmplx"

	"gonum.org/v1/gonum/mat"
)

// FunmResult is the result of Funm.
type FunmResult struct {
	// F is f(a) (n×n).
	F *mat.Dense
	// ErrEst is SciPy's error estimate min(1, max(eps, eps/δ·‖triu(T,1)‖₁))
	// with δ the smallest distance between successive diagonal entries of
	// the Schur factor T met by the recurrence (and |T(0,0)|); +Inf if F
	// has a non-finite entry. SciPy prints a warning when it exceeds
	// 1000·eps: the recurrence divides by eigenvalue differences and is
	// inaccurate for close or repeated eigenvalues.
	ErrEst float64
}

// FunmResultC is the result of FunmC: as FunmResult with a complex F.
type FunmResultC struct {
	// F is f(a) (n×n).
	F *mat.CDense
	// ErrEst is as in FunmResult.
	ErrEst float64
}

// Funm returns the matrix function f(a) of the real square matrix a, like
// scipy.linalg.funm: Parlett's recurrence on the complex Schur form
// a = Z·T·Zᴴ (F(i,i) = f(T(i,i)), and F(i,j) from
// T(i,j)(F(j,j) − F(i,i)) + Σ_k (T(i,k)F(k,j) − F(i,k)T(k,j)) divided by
// T(j,j) − T(i,i)), then F = Z·F·Zᴴ. f is called once per eigenvalue and
// must be the scalar function whose matrix version is wanted (it need not be
// safe for concurrent use: Funm calls it from one goroutine).
//
// The recurrence is accurate only for well-separated eigenvalues: for
// repeated ones it divides by zero differences (SciPy then skips the
// division, giving a wrong result for non-normal a) and ErrEst is large.
// Prefer Expm, Logm, Sqrtm, Cosm and the like when they exist.
//
// f(a) of a real a is real when f maps conjugates to conjugates
// (f(conj z) = conj f(z)) as analytic functions with real Taylor
// coefficients do. Funm returns the real part when the imaginary part is
// rounding (up to 1e6·eps·max(1, max|F|)), and otherwise an ErrValue error
// saying to call FunmC(ToComplex(a), f) (SciPy returns a complex array).
//
// Errors: ErrShape if a is not square or f is nil, ErrNotFinite (always
// checked), ErrValue for a complex result, ErrNoConvergence if the Schur
// form fails. An empty a gives an empty F. a is not modified.
func Funm(a mat.Matrix, f func(complex128) complex128) (res *FunmResult, err error) {
	const fn = "Funm"
	defer recoverTo(fn, &err)
	if f == nil {
		return nil, newErr(ErrShape, fn, "f", "the function is nil")
	}
	d, n, err := mfInput(fn, a)
	if err != nil {
		return nil, err
	}
	x, est, err := mfFunm(fn, d, n, f)
	if err != nil {
		return nil, err
	}
	xr, err := mfReal(fn, "f does not map conjugate eigenvalues to conjugate values", "FunmC(ToComplex(a), f)", n, x)
	if err != nil {
		return nil, err
	}
	return &FunmResult{F: xr, ErrEst: est}, nil
}

// FunmC returns f(a) for the complex square matrix a, like scipy.linalg.funm
// with complex input; see Funm for the method and errors. a is not
// modified.
func FunmC(a mat.CMatrix, f func(complex128) complex128) (res *FunmResultC, err error) {
	const fn = "FunmC"
	defer recoverTo(fn, &err)
	if f == nil {
		return nil, newErr(ErrShape, fn, "f", "the function is nil")
	}
	d, n, err := mfInputC(fn, a)
	if err != nil {
		return nil, err
	}
	x, est, err := mfFunm(fn, d, n, f)
	if err != nil {
		return nil, err
	}
	return &FunmResultC{F: newCDense(n, n, x), ErrEst: est}, nil
}

// mfFunm is SciPy's funm on the n×n row-major a (not modified): the result
// and the error estimate.
func mfFunm(fn string, a []complex128, n int, f func(complex128) complex128) ([]complex128, float64, error) {
	if n == 0 {
		return nil, 0, nil
	}
	t, z, err := mfSchur(fn, a, n, false)
	if err != nil {
		return nil, 0, err
	}
	out, est := mfFunmSchur(n, t, z, f)
	return out, est, nil
}

// mfFunmSchur is funm given the Schur form a = Z·T·Zᴴ (n > 0): f(a) and
// SciPy's error estimate.
func mfFunmSchur(n int, t, z []complex128, f func(complex128) complex128) ([]complex128, float64) {
	fm, minden := mfParlett(n, t, f)
	out := mfBack(n, z, fm)
	const tol = mfEps
	if minden == 0 {
		minden = tol
	}
	// ‖triu(T, 1)‖₁: the largest column sum of the strict upper triangle.
	var nrm float64
	for j := 0; j < n; j++ {
		var s float64
		for i := 0; i < j; i++ {
			s += cmplx.Abs(t[i*n+j])
		}
		nrm = math.Max(nrm, s)
	}
	est := math.Min(1, math.Max(tol, tol/minden*nrm))
	// SciPy tests prod(~isfinite(F)), which is true only when every entry
	// is non-finite; any non-finite entry makes the result unusable, so
	// we report +Inf then.
	if !mfAllFinite(out) {
		est = math.Inf(1)
	}
	return out, est
}

// mfParlett applies f to the upper triangular t by Parlett's recurrence
// (SciPy's loop order: superdiagonal by superdiagonal) and returns f(t) and
// the smallest |T(j,j) − T(i,i)| met (starting from |T(0,0)|).
func mfParlett(n int, t []complex128, f func(complex128) complex128) ([]complex128, float64) {
	fm := make([]complex128, n*n)
	for i := 0; i < n; i++ {
		fm[i*n+i] = f(t[i*n+i])
	}
	minden := cmplx.Abs(t[0])
	for p := 1; p < n; p++ {
		for i := 0; i+p < n; i++ {
			j := i + p
			s := t[i*n+j] * (fm[j*n+j] - fm[i*n+i])
			var val complex128
			for k := i + 1; k < j; k++ {
				val += t[i*n+k]*fm[k*n+j] - fm[i*n+k]*t[k*n+j]
			}
			s += val
			den := t[j*n+j] - t[i*n+i]
			if den != 0 {
				s /= den
			}
			fm[i*n+j] = s
			minden = math.Min(minden, cmplx.Abs(den))
		}
	}
	return fm, minden
}
