package linalg

import (
	"math"
	"math/cmplx"

	"gonum.org/v1/gonum/mat"
)

// FractionalMatrixPower returns a^p for the real square matrix a and a real
// p, like scipy.linalg.fractional_matrix_power. An integer p is a matrix
// power by repeated squaring (NumPy's matrix_power; a negative p inverts a
// first). Otherwise p is split as p = q + t with q an integer and
// |t| < 1 chosen from the 2-norm condition number of a (Higham and Lin,
// "A Schur–Padé algorithm for fractional powers of a matrix", SIAM J.
// Matrix Anal. Appl. 32(3), 2011, Algorithm 5.1), and a^t is computed by
// the Schur–Padé method: square roots of the Schur factor T, a Padé
// approximant of (I − R)^t, and repeated squaring, with the diagonal and
// superdiagonal of the last stage recomputed exactly as SciPy does. When
// that fails (a singular a) and p > 0, SciPy falls back on Funm with
// z ↦ z^t; so does FractionalMatrixPower.
//
// The result for a real a is real unless a has negative real eigenvalues
// (or zero ones with p < 1); SciPy then returns a complex array, while
// FractionalMatrixPower returns an ErrValue error saying to call
// FractionalMatrixPowerC(ToComplex(a), p). Imaginary parts up to
// 1e6·eps·max(1, max|X|) are rounding and are dropped (SciPy returns a
// complex array with them for a real a with complex eigenvalues).
//
// Errors: ErrShape if a is not square, ErrNotFinite (always checked; a
// non-finite p is ErrValue), ErrSingular for a negative power of a singular
// a (SciPy returns a NaN matrix for a non-integer p and raises for an
// integer one), ErrValue for a complex result, ErrNoConvergence if the
// Schur form or the SVD fails. An empty a gives an empty result. a is not
// modified.
func FractionalMatrixPower(a mat.Matrix, p float64) (x *mat.Dense, err error) {
	const fn = "FractionalMatrixPower"
	defer recoverTo(fn, &err)
	d, n, err := mfInput(fn, a)
	if err != nil {
		return nil, err
	}
	r, err := mfFracPow(fn, d, n, p)
	if err != nil {
		return nil, err
	}
	return mfReal(fn, "a has negative real eigenvalues (or zero ones)", "FractionalMatrixPowerC(ToComplex(a), p)", n, r)
}

// FractionalMatrixPowerC returns a^p for the complex square matrix a, like
// scipy.linalg.fractional_matrix_power with complex input; see
// FractionalMatrixPower for the method and errors. a is not modified.
func FractionalMatrixPowerC(a mat.CMatrix, p float64) (x *mat.CDense, err error) {
	const fn = "FractionalMatrixPowerC"
	defer recoverTo(fn, &err)
	d, n, err := mfInputC(fn, a)
	if err != nil {
		return nil, err
	}
	r, err := mfFracPow(fn, d, n, p)
	if err != nil {
		return nil, err
	}
	return newCDense(n, n, r), nil
}

// mfFracPow is SciPy's _fractional_matrix_power on the n×n row-major a.
func mfFracPow(fn string, a []complex128, n int, p float64) ([]complex128, error) {
	if math.IsNaN(p) || math.IsInf(p, 0) {
		return nil, newErr(ErrValue, fn, "p", "the power must be finite, got %v", p)
	}
	if n == 0 {
		return nil, nil
	}
	if p == math.Trunc(p) {
		if math.Abs(p) > 1<<62 {
			return nil, newErr(ErrValue, fn, "p", "the integer power %g is too large", p)
		}
		return mfPower(fn, n, a, int(p))
	}
	sv, err := SVDValsC(mat.NewCDense(n, n, append([]complex128(nil), a...)), nil)
	if err != nil {
		if e, ok := err.(*Error); ok {
			e.Func, e.Arg = fn, "a"
		}
		return nil, err
	}
	if smin := sv[len(sv)-1]; smin != 0 {
		k2 := sv[0] / smin
		p1 := p - math.Floor(p)
		p2 := p - math.Ceil(p)
		var q int
		var t float64
		if p1*math.Pow(k2, 1-p1) <= -p2*k2 {
			q, t = int(math.Floor(p)), p1
		} else {
			q, t = int(math.Ceil(p)), p2
		}
		if r, ok, err := mfRemainderPower(fn, n, a, t); err != nil {
			return nil, err
		} else if ok {
			if qm, err := mfPower(fn, n, a, q); err == nil {
				return cplxMul(n, qm, r), nil
			}
		}
	}
	if p < 0 {
		return nil, newErr(ErrSingular, fn, "a",
			"a is singular, so its negative power %g does not exist (SciPy returns a NaN matrix)", p)
	}
	t := p - math.Floor(p)
	ct := complex(t, 0)
	r, _, err := mfFunm(fn, a, n, func(z complex128) complex128 { return cmplx.Pow(z, ct) })
	if err != nil {
		return nil, err
	}
	qm, err := mfPower(fn, n, a, int(math.Floor(p)))
	if err != nil {
		return nil, err
	}
	return cplxMul(n, qm, r), nil
}

// mfFracTheta are the bounds θ_m for the degree-m Padé approximant of
// (1 − x)^t (Higham and Lin 2011, Table 3.1), as in SciPy's
// _remainder_matrix_power_triu; index 0 is unused.
var mfFracTheta = []float64{0, 1.51e-5, 2.24e-3, 1.88e-2, 6.04e-2, 1.24e-1, 2.00e-1, 2.79e-1}

// mfRemainderPower is SciPy's _remainder_matrix_power: a^t for −1 < t < 1
// by the Schur–Padé algorithm. ok is false (SciPy's LinAlgError, which the
// caller answers with the Funm fallback) when the Schur factor has a zero
// diagonal entry or a square root fails.
func mfRemainderPower(fn string, n int, a []complex128, t float64) (u []complex128, ok bool, err error) {
	tm, z, err := mfSchur(fn, a, n, true)
	if err != nil {
		return nil, false, err
	}
	for i := 0; i < n; i++ {
		if tm[i*n+i] == 0 {
			return nil, false, nil
		}
	}
	u, ok = mfRemainderTriu(n, tm, t)
	if !ok {
		return nil, false, nil
	}
	return mfBack(n, z, u), true, nil
}

// mfRemainderTriu is SciPy's _remainder_matrix_power_triu on the n×n upper
// triangular t0 with nonzero diagonal.
func mfRemainderTriu(n int, t0 []complex128, t float64) ([]complex128, bool) {
	ct := complex(t, 0)
	diagonal := true
	for i := 0; i < n && diagonal; i++ {
		for j := i + 1; j < n; j++ {
			if t0[i*n+j] != 0 {
				diagonal = false
				break
			}
		}
	}
	u := make([]complex128, n*n)
	if diagonal {
		for i := 0; i < n; i++ {
			u[i*n+i] = cmplx.Pow(t0[i*n+i], ct)
		}
		return u, true
	}
	r, s, m, ok := mfInverseSquaring(n, t0, mfFracTheta)
	if !ok {
		return nil, false
	}
	for i := range r {
		r[i] = -r[i]
	}
	u = mfFracPade(n, r, t, m)
	principal := mfPrincipalBranch(n, t0)
	for i := s; i >= 0; i-- {
		if i < s {
			u = cplxMul(n, u, u)
			continue
		}
		if principal {
			p := t * math.Ldexp(1, -i)
			cp := complex(p, 0)
			for j := 0; j < n; j++ {
				u[j*n+j] = cmplx.Pow(t0[j*n+j], cp)
			}
			for j := 0; j+1 < n; j++ {
				u[j*n+j+1] = mfFracSuperdiag(t0[j*n+j], t0[(j+1)*n+j+1], t0[j*n+j+1], p)
			}
		}
	}
	for i := 1; i < n; i++ {
		for j := 0; j < i; j++ {
			u[i*n+j] = 0
		}
	}
	return u, true
}

// mfFracPadeConst is the i-th coefficient of the continued fraction of
// (1 − x)^t (SciPy's _fractional_power_pade_constant).
func mfFracPadeConst(i int, t float64) float64 {
	switch {
	case i == 1:
		return -t
	case i%2 == 0:
		j := float64(i / 2)
		return (-j + t) / (2 * (2*j - 1))
	default:
		j := float64((i - 1) / 2)
		return (-j - t) / (2 * (2*j + 1))
	}
}

// mfFracPade evaluates the [m/m] Padé approximant of (I − R)^t for the
// n×n upper triangular R by its continued fraction, bottom up (SciPy's
// _fractional_power_pade, called with −R).
func mfFracPade(n int, r []complex128, t float64, m int) []complex128 {
	y := make([]complex128, n*n)
	c := complex(mfFracPadeConst(2*m, t), 0)
	for i := range r {
		y[i] = c * r[i]
	}
	rhs := make([]complex128, n*n)
	for j := 2*m - 1; j >= 1; j-- {
		c := complex(mfFracPadeConst(j, t), 0)
		for i := range r {
			rhs[i] = c * r[i]
		}
		for i := 0; i < n; i++ {
			y[i*n+i]++
		}
		y = mfSolveUpper(n, y, rhs)
	}
	for i := 0; i < n; i++ {
		y[i*n+i]++
	}
	return y
}
