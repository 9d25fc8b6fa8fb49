package linalg

import (
	"math"

	"gonum.org/v1/gonum/mat"
)

// SignmResult is the result of Signm.
type SignmResult struct {
	// X is the matrix sign function of a (n×n): X² = I, and X commutes
	// with a.
	X *mat.Dense
	// ErrEst is SciPy's error estimate: Funm's when the Schur–Parlett
	// result is accepted, otherwise ‖P² − P‖₁ for the projector
	// P = (X² + X)/2 of the last Newton step. SciPy prints a warning when
	// it is not finite or ≥ 1000·eps.
	ErrEst float64
}

// SignmResultC is the result of SignmC: as SignmResult with a complex X.
type SignmResultC struct {
	// X is the matrix sign function of a (n×n).
	X *mat.CDense
	// ErrEst is as in SignmResult.
	ErrEst float64
}

// mfSignmMaxIter bounds the Newton iteration, as SciPy's loop does.
const mfSignmMaxIter = 100

// Signm returns the matrix sign function of the real square matrix a, like
// scipy.linalg.signm (SciPy's disp=False: the error estimate is always
// returned, and nothing is printed). It first applies Funm with the
// rounded sign of the real part of each eigenvalue (real parts below
// 1000·eps·max Re λ count as zero); if that estimate is below 1000·eps the
// result is returned. Otherwise it runs the Newton iteration
// X ← (X + X⁻¹)/2 from X₀ = a + I/(2σ_max), at most 100 steps, stopping
// when ‖P² − P‖₁ < 1000·eps for P = (X² + X)/2 or when that quantity stops
// changing. A Funm result with a non-negligible imaginary part (possible
// only through rounding of nearly imaginary eigenvalues) also goes to the
// Newton iteration, whose iterates are real.
//
// The sign function is undefined for eigenvalues on the imaginary axis;
// SciPy's result is then a partial projection and ErrEst is large, and so
// here.
//
// Errors: ErrShape if a is not square, ErrNotFinite (always checked),
// ErrSingular if a Newton iterate is singular, ErrNoConvergence if the
// Schur form or the SVD fails. An empty a gives an empty X. a is not
// modified.
func Signm(a mat.Matrix) (res *SignmResult, err error) {
	const fn = "Signm"
	defer recoverTo(fn, &err)
	d, n, err := mfInput(fn, a)
	if err != nil {
		return nil, err
	}
	x, est, err := mfSignm(fn, d, n, true)
	if err != nil {
		return nil, err
	}
	xr, err := mfReal(fn, "of rounding in the Schur form", "SignmC(ToComplex(a))", n, x)
	if err != nil {
		return nil, err
	}
	return &SignmResult{X: xr, ErrEst: est}, nil
}

// SignmC returns the matrix sign function of the complex square matrix a,
// like scipy.linalg.signm with complex input; see Signm for the method and
// errors. a is not modified.
func SignmC(a mat.CMatrix) (res *SignmResultC, err error) {
	const fn = "SignmC"
	defer recoverTo(fn, &err)
	d, n, err := mfInputC(fn, a)
	if err != nil {
		return nil, err
	}
	x, est, err := mfSignm(fn, d, n, false)
	if err != nil {
		return nil, err
	}
	return &SignmResultC{X: newCDense(n, n, x), ErrEst: est}, nil
}

// mfSignm is SciPy's signm on the n×n row-major a (not modified); wantReal
// sends a Funm result with a non-negligible imaginary part to the Newton
// iteration.
func mfSignm(fn string, a []complex128, n int, wantReal bool) ([]complex128, float64, error) {
	if n == 0 {
		return nil, 0, nil
	}
	t, z, err := mfSchur(fn, a, n, false)
	if err != nil {
		return nil, 0, err
	}
	// SciPy's rounded_sign: c = 1e3·eps·amax(λ), where amax orders complex
	// numbers by real part first, so only the largest real part matters.
	maxRe := math.Inf(-1)
	for i := 0; i < n; i++ {
		maxRe = math.Max(maxRe, real(t[i*n+i]))
	}
	c := 1e3 * mfEps * maxRe
	sign := func(v complex128) complex128 {
		rx := real(v)
		if !(math.Abs(rx) > c) {
			return 0
		}
		switch {
		case rx > 0:
			return 1
		case rx < 0:
			return -1
		}
		return 0
	}
	result, est := mfFunmSchur(n, t, z, sign)
	const errtol = 1e3 * mfEps
	if est < errtol && (!wantReal || mfIsReal(result)) {
		return result, est, nil
	}
	sv, err := SVDValsC(mat.NewCDense(n, n, append([]complex128(nil), a...)), nil)
	if err != nil {
		if e, ok := err.(*Error); ok {
			e.Func, e.Arg = fn, "a"
		}
		return nil, 0, err
	}
	shift := complex(0.5/sv[0], 0)
	s0 := append([]complex128(nil), a...)
	for i := 0; i < n; i++ {
		s0[i*n+i] += shift
	}
	prev := est
	for it := 0; it < mfSignmMaxIter; it++ {
		inv, err := mfInv(fn, n, s0)
		if err != nil {
			if e, ok := err.(*Error); ok {
				e.Message = "a Newton iterate of the sign function is singular (a may have eigenvalues on the imaginary axis, where the sign function is undefined)"
			}
			return nil, 0, err
		}
		for i := range s0 {
			s0[i] = 0.5 * (s0[i] + inv[i])
		}
		pp := cplxMul(n, s0, s0)
		for i := range pp {
			pp[i] = 0.5 * (pp[i] + s0[i])
		}
		pp2 := cplxMul(n, pp, pp)
		for i := range pp2 {
			pp2[i] -= pp[i]
		}
		est = cplxNorm1(n, n, pp2)
		if est < errtol || prev == est {
			break
		}
		prev = est
	}
	return s0, est, nil
}
