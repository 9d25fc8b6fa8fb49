package linalg

import (
	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/lapack"
	"gonum.org/v1/gonum/mat"

	"github.com/goscipy/goscipy/lapacke"
)

// SolveSylvester solves the Sylvester equation A·X + X·B = Q for the m×n
// matrix X, where a is m×m, b is n×n and q is m×n, like
// scipy.linalg.solve_sylvester: the Bartels–Stewart algorithm, with the
// real Schur forms A = U·R·Uᵀ and Bᵀ = V·S·Vᵀ (dgees), the triangular
// equation R·Y + Y·Sᵀ = Uᵀ·Q·V solved by dtrsyl, and X = U·Y·Vᵀ.
//
// The solution is unique when A and −B have no eigenvalue in common. When
// they do (or nearly do), dtrsyl perturbs the offending values and
// SolveSylvester returns the resulting, typically huge or inaccurate, X
// without an error, as SciPy does; check the residual when A and −B may
// share eigenvalues. Empty inputs (m or n zero) give the empty result.
//
// Errors: ErrShape for a nil or non-square a or b, or a q that is not m×n
// (naming the argument), ErrNotFinite for NaN or ±Inf in any input (always
// checked: the Schur iteration could otherwise fail to terminate),
// ErrNoConvergence when the Schur factorization fails.
func SolveSylvester(a, b, q mat.Matrix) (x *mat.Dense, err error) {
	const fn = "SolveSylvester"
	defer recoverTo(fn, &err)
	m, err := square(fn, "a", a)
	if err != nil {
		return nil, err
	}
	n, err := square(fn, "b", b)
	if err != nil {
		return nil, err
	}
	qr, qc, err := dims(fn, "q", q)
	if err != nil {
		return nil, err
	}
	if qr != m || qc != n {
		return nil, newErr(ErrShape, fn, "q", "expected %d×%d (rows of a × columns of b), got %d×%d", m, n, qr, qc)
	}
	af, _, _, err := denseCopy(fn, "a", a, false)
	if err != nil {
		return nil, err
	}
	bf, _, _, err := denseCopy(fn, "b", b, false)
	if err != nil {
		return nil, err
	}
	qf, _, _, err := denseCopy(fn, "q", q, false)
	if err != nil {
		return nil, err
	}
	if m == 0 || n == 0 {
		return &mat.Dense{}, nil
	}
	r, u, err := solversSchur(fn, "a", m, af)
	if err != nil {
		return nil, err
	}
	// Schur form of Bᵀ, as SciPy takes schur(b.conj().T).
	bt := make([]float64, n*n)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			bt[j*n+i] = bf[i*n+j]
		}
	}
	s, v, err := solversSchur(fn, "b", n, bt)
	if err != nil {
		return nil, err
	}
	// F = Uᵀ·Q·V.
	f := solversGemm(blas.Trans, blas.NoTrans, m, n, m, u, m, qf, n)
	f = solversGemm(blas.NoTrans, blas.NoTrans, m, n, n, f, n, v, n)
	scale, _ := impl.Dtrsyl(blas.NoTrans, blas.Trans, 1, m, n, r, m, s, n, f, n)
	for i := range f {
		f[i] *= scale
	}
	// X = U·Y·Vᵀ.
	y := solversGemm(blas.NoTrans, blas.NoTrans, m, n, m, u, m, f, n)
	y = solversGemm(blas.NoTrans, blas.Trans, m, n, n, y, n, v, n)
	return newDense(m, n, y), nil
}

// solversSchur returns the real Schur factorization a = Z·T·Zᵀ of the n×n
// row-major a (n > 0; a is overwritten by T and returned as t), by dgees.
func solversSchur(fn, arg string, n int, a []float64) (t, z []float64, err error) {
	z = make([]float64, n*n)
	wr, wi := make([]float64, n), make([]float64, n)
	work := make([]float64, 1)
	impl.Dgees(lapack.SchurOrig, lapacke.SortNone, n, a, n, wr, wi, z, n, work, -1)
	work = make([]float64, lworkOf(work[0], 3*n))
	_, info := impl.Dgees(lapack.SchurOrig, lapacke.SortNone, n, a, n, wr, wi, z, n, work, len(work))
	if info != 0 {
		return nil, nil, &Error{Kind: ErrNoConvergence, Func: fn, Arg: arg, Routine: "dgees", Info: info,
			Message: "Schur form not found: the QR algorithm did not converge; the matrix may be badly scaled or ill-conditioned"}
	}
	return a, z, nil
}

// solversGemm returns the m×n row-major product op(A)·op(B), where op(A)
// is m×k and op(B) is k×n, with leading dimensions lda and ldb; all of m,
// n and k must be positive.
func solversGemm(ta, tb blas.Transpose, m, n, k int, a []float64, lda int, b []float64, ldb int) []float64 {
	c := make([]float64, m*n)
	nativeBLAS.Dgemm(ta, tb, m, n, k, 1, a, lda, b, ldb, 0, c, n)
	return c
}
