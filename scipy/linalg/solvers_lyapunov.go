package linalg

import (
	"errors"
	"strings"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/mat"
)

// SolveContinuousLyapunov solves the continuous Lyapunov equation
// A·X + X·Aᵀ = Q for the n×n X, like scipy.linalg.solve_continuous_lyapunov
// (and its alias solve_lyapunov): Bartels–Stewart with the real Schur form
// A = U·R·Uᵀ (dgees) and dtrsyl on R·Y + Y·Rᵀ = Uᵀ·Q·U.
//
// The solution is unique when no two eigenvalues of A sum to zero. When
// some do (or nearly do), dtrsyl perturbs them and the returned X is
// inaccurate; SciPy then warns (RuntimeWarning) and returns it, and so does
// SolveContinuousLyapunov, without an error: check the residual when A may
// have such a pair. An empty a gives the empty result.
//
// Errors: ErrShape for a nil or non-square a, or a q not of a's shape,
// ErrNotFinite (always checked), ErrNoConvergence when the Schur
// factorization fails.
func SolveContinuousLyapunov(a, q mat.Matrix) (x *mat.Dense, err error) {
	const fn = "SolveContinuousLyapunov"
	defer recoverTo(fn, &err)
	n, af, qf, err := lyapInputs(fn, a, q)
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return &mat.Dense{}, nil
	}
	return lyapContinuous(fn, n, af, qf)
}

// lyapInputs validates a and q (square, same shape, finite) and returns
// row-major copies.
func lyapInputs(fn string, a, q mat.Matrix) (n int, af, qf []float64, err error) {
	n, err = square(fn, "a", a)
	if err != nil {
		return 0, nil, nil, err
	}
	qr, qc, err := dims(fn, "q", q)
	if err != nil {
		return 0, nil, nil, err
	}
	if qr != n || qc != n {
		return 0, nil, nil, newErr(ErrShape, fn, "q", "expected the shape of a, %d×%d, got %d×%d", n, n, qr, qc)
	}
	af, _, _, err = denseCopy(fn, "a", a, false)
	if err != nil {
		return 0, nil, nil, err
	}
	qf, _, _, err = denseCopy(fn, "q", q, false)
	if err != nil {
		return 0, nil, nil, err
	}
	return n, af, qf, nil
}

// lyapContinuous solves A·X + X·Aᵀ = Q for finite row-major n×n a and q,
// n > 0; a is overwritten.
func lyapContinuous(fn string, n int, a, q []float64) (*mat.Dense, error) {
	r, u, err := solversSchur(fn, "a", n, a)
	if err != nil {
		return nil, err
	}
	f := solversGemm(blas.Trans, blas.NoTrans, n, n, n, u, n, q, n)
	f = solversGemm(blas.NoTrans, blas.NoTrans, n, n, n, f, n, u, n)
	scale, _ := impl.Dtrsyl(blas.NoTrans, blas.Trans, 1, n, n, r, n, r, n, f, n)
	for i := range f {
		f[i] *= scale
	}
	y := solversGemm(blas.NoTrans, blas.NoTrans, n, n, n, u, n, f, n)
	y = solversGemm(blas.NoTrans, blas.Trans, n, n, n, y, n, u, n)
	return newDense(n, n, y), nil
}

// DiscreteLyapunovOptions are the options of SolveDiscreteLyapunov. The
// zero value (or nil) is SciPy's default method=None.
type DiscreteLyapunovOptions struct {
	// Method is "direct" (solve the n²×n² system (I − A⊗A)·vec(X) = vec(Q)
	// by LU: O(n⁶) time, O(n⁴) memory), "bilinear" (transform to a
	// continuous Lyapunov equation and use Bartels–Stewart: O(n³)), or ""
	// for SciPy's choice: "direct" when n < 10, "bilinear" otherwise.
	// Case is ignored, as in SciPy.
	Method string
}

// SolveDiscreteLyapunov solves the discrete Lyapunov (Stein) equation
// A·X·Aᵀ − X + Q = 0 for the n×n X, like
// scipy.linalg.solve_discrete_lyapunov.
//
// The "bilinear" method computes B = (Aᵀ − I)(Aᵀ + I)⁻¹ and
// C = 2(A + I)⁻¹·Q·(Aᵀ + I)⁻¹ and returns SolveContinuousLyapunov(Bᵀ, −C)
// (Popov's transformation, as SciPy). The solution is unique when no
// product of two eigenvalues of A equals 1; with a stable A (spectral
// radius below 1) and a symmetric Q the solution is symmetric. An empty a
// gives the empty result.
//
// Errors: ErrShape for a nil or non-square a, or a q not of a's shape,
// ErrNotFinite (always checked), ErrValue for an unknown Method,
// ErrSingular when the direct system I − A⊗A is exactly singular (two
// eigenvalues of A multiply to 1) or, for "bilinear", when A + I is (−1 is
// an eigenvalue of A), ErrNoConvergence from the Schur factorization.
func SolveDiscreteLyapunov(a, q mat.Matrix, opts *DiscreteLyapunovOptions) (x *mat.Dense, err error) {
	const fn = "SolveDiscreteLyapunov"
	defer recoverTo(fn, &err)
	var o DiscreteLyapunovOptions
	if opts != nil {
		o = *opts
	}
	method := strings.ToLower(o.Method)
	switch method {
	case "", "direct", "bilinear":
	default:
		return nil, newErr(ErrValue, fn, "opts.Method", "unknown solver %q (\"direct\" or \"bilinear\")", o.Method)
	}
	n, af, qf, err := lyapInputs(fn, a, q)
	if err != nil {
		return nil, err
	}
	if method == "" {
		method = "direct"
		if n >= 10 {
			method = "bilinear"
		}
	}
	if n == 0 {
		return &mat.Dense{}, nil
	}
	if method == "direct" {
		return lyapDirect(fn, n, af, qf)
	}
	return lyapBilinear(fn, n, af, qf)
}

// lyapDirect solves (I − A⊗A)·vec(X) = vec(Q) with row-major vec, which is
// X − A·X·Aᵀ = Q.
func lyapDirect(fn string, n int, a, q []float64) (*mat.Dense, error) {
	nn := n * n
	lhs := make([]float64, nn*nn)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			aij := a[i*n+j]
			for k := 0; k < n; k++ {
				row := (i*n + k) * nn
				for l := 0; l < n; l++ {
					lhs[row+j*n+l] = -aij * a[k*n+l]
				}
			}
		}
	}
	for i := 0; i < nn; i++ {
		lhs[i*nn+i]++
	}
	res, err := Solve(mat.NewDense(nn, nn, lhs), mat.NewDense(nn, 1, q), &SolveOptions{SkipFiniteCheck: true})
	if err != nil {
		if errors.Is(err, ErrSingular) {
			return nil, &Error{Kind: ErrSingular, Func: fn, Arg: "a", Routine: "dgetrf",
				Message: "I − A⊗A is singular: two eigenvalues of a multiply to 1, so the equation has no unique solution"}
		}
		return nil, rankRefunc(fn, err)
	}
	return newDense(n, n, res.X.RawMatrix().Data), nil
}

// lyapBilinear solves A·X·Aᵀ − X + Q = 0 through the continuous equation
// B·X + X·Bᵀ = −C with B = ((Aᵀ − I)(Aᵀ + I)⁻¹)ᵀ, C = 2(A + I)⁻¹·Q·(Aᵀ + I)⁻¹.
func lyapBilinear(fn string, n int, a, q []float64) (*mat.Dense, error) {
	aI := make([]float64, n*n)  // A + I
	atI := make([]float64, n*n) // Aᵀ + I
	atm := make([]float64, n*n) // Aᵀ − I
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			aI[i*n+j] = a[i*n+j]
			atI[j*n+i] = a[i*n+j]
			atm[j*n+i] = a[i*n+j]
		}
		aI[i*n+i]++
		atI[i*n+i]++
		atm[i*n+i]--
	}
	inv := func(f []float64) ([]float64, error) {
		r, err := Inv(mat.NewDense(n, n, f), &Options{SkipFiniteCheck: true})
		if err != nil {
			if errors.Is(err, ErrSingular) {
				return nil, &Error{Kind: ErrSingular, Func: fn, Arg: "a", Routine: "dgetrf",
					Message: "A + I is singular (−1 is an eigenvalue of a), so the bilinear method cannot be used; try Method \"direct\""}
			}
			return nil, rankRefunc(fn, err)
		}
		return r.RawMatrix().Data, nil
	}
	atIinv, err := inv(atI)
	if err != nil {
		return nil, err
	}
	aIinv, err := inv(aI)
	if err != nil {
		return nil, err
	}
	b := solversGemm(blas.NoTrans, blas.NoTrans, n, n, n, atm, n, atIinv, n)
	c := solversGemm(blas.NoTrans, blas.NoTrans, n, n, n, aIinv, n, q, n)
	c = solversGemm(blas.NoTrans, blas.NoTrans, n, n, n, c, n, atIinv, n)
	bt := make([]float64, n*n)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			bt[j*n+i] = b[i*n+j]
		}
	}
	for i := range c {
		c[i] *= -2
	}
	return lyapContinuous(fn, n, bt, c)
}
