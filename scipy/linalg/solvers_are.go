package linalg

import (
	"math"
	"strconv"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/lapack"
	"gonum.org/v1/gonum/mat"

	"github.com/goscipy/goscipy/lapacke"
)

// AREOptions are the options of SolveContinuousAre and SolveDiscreteAre.
// The zero value (or nil) is SciPy's default: e=None, s=None,
// balanced=True.
type AREOptions struct {
	// E is the m×m non-singular matrix of the generalized equation; nil
	// means the identity.
	E mat.Matrix
	// S is the m×n cross-weighting matrix of the generalized equation; nil
	// means zero.
	S mat.Matrix
	// NoBalance skips the symplectic balancing of the pencil (SciPy's
	// balanced=False). The zero value balances, SciPy's default.
	NoBalance bool
}

// SolveContinuousAre solves the continuous-time algebraic Riccati equation
//
//	Aᵀ·X + X·A − X·B·R⁻¹·Bᵀ·X + Q = 0
//
// for its stabilizing solution X (m×m, symmetric), like
// scipy.linalg.solve_continuous_are; a is m×m, b m×n, q m×m symmetric and
// r n×n symmetric and non-singular. With opts.E or opts.S the generalized
// equation
//
//	Eᵀ·X·A + Aᵀ·X·E − (Eᵀ·X·B + S)·R⁻¹·(Bᵀ·X·E + Sᵀ) + Q = 0
//
// is solved. The method is SciPy's: the extended Hamiltonian pencil
//
//	[ A    0    B ]       [ E   0    0 ]
//	[−Q   −Aᵀ  −S ] − λ · [ 0   Eᵀ   0 ]
//	[ Sᵀ   Bᵀ   R ]       [ 0   0    0 ]
//
// is balanced (Benner's symplectic scaling, unless NoBalance; the scaling
// factors come from gonum's Go port of LAPACK's dgebal), deflated to
// 2m×2m by a QR factorization of its last n columns, and reduced by an
// ordered QZ decomposition (dgges with the left-half-plane eigenvalues
// first); X = U₂₁·U₁₁⁻¹ from the basis U of the stable deflating subspace,
// symmetrized as (X + Xᵀ)/2.
//
// A solution exists when (A, B) is stabilizable and the pencil has no
// eigenvalues on, or too close to, the imaginary axis. When it has none,
// SolveContinuousAre returns ErrSingular with SciPy's diagnosis: "failed to
// find a finite solution" (U₁₁ numerically singular, reciprocal condition
// number below eps) or "eigenvalues too close to the imaginary axis" (the
// computed U₁₁ᵀ·U₂₁ is far from symmetric). An empty a gives the empty
// result.
//
// Errors: ErrShape for nil or ill-shaped arguments (naming "a", "b", "q",
// "r", "opts.E" or "opts.S"), ErrNotFinite (always checked), ErrValue when
// q or r is not symmetric (‖M − Mᵀ‖₁ > 100·spacing(‖M‖₁), SciPy's test),
// ErrSingular when r or E is numerically singular (smallest singular value
// below eps·‖·‖₁) or no stabilizing solution was found, ErrNoConvergence
// when the QZ iteration fails.
func SolveContinuousAre(a, b, q, r mat.Matrix, opts *AREOptions) (x *mat.Dense, err error) {
	const fn = "SolveContinuousAre"
	defer recoverTo(fn, &err)
	return areSolve(fn, false, a, b, q, r, opts)
}

// SolveDiscreteAre solves the discrete-time algebraic Riccati equation
//
//	Aᵀ·X·A − X − (Aᵀ·X·B)·(R + Bᵀ·X·B)⁻¹·(Bᵀ·X·A) + Q = 0
//
// for its stabilizing solution X (m×m, symmetric), like
// scipy.linalg.solve_discrete_are; a is m×m, b m×n, q m×m symmetric and
// r n×n symmetric. With opts.E or opts.S the generalized equation
//
//	Aᵀ·X·A − Eᵀ·X·E − (Aᵀ·X·B + S)·(R + Bᵀ·X·B)⁻¹·(Bᵀ·X·A + Sᵀ) + Q = 0
//
// is solved. The method is SciPy's: the extended symplectic pencil
//
//	[ A   0   B ]       [ E   0   0 ]
//	[−Q   Eᵀ −S ] − λ · [ 0   Aᵀ  0 ]
//	[ Sᵀ  0   R ]       [ 0  −Bᵀ  0 ]
//
// balanced, deflated and reduced by an ordered QZ decomposition with the
// eigenvalues inside the unit circle first, as for SolveContinuousAre.
//
// A solution exists when (A, B) is stabilizable and the pencil has no
// eigenvalues on, or too close to, the unit circle; otherwise the error is
// ErrSingular ("failed to find a finite solution" or "eigenvalues too close
// to the unit circle"). An empty a gives the empty result.
//
// Errors: as SolveContinuousAre, except that r need not be non-singular.
func SolveDiscreteAre(a, b, q, r mat.Matrix, opts *AREOptions) (x *mat.Dense, err error) {
	const fn = "SolveDiscreteAre"
	defer recoverTo(fn, &err)
	return areSolve(fn, true, a, b, q, r, opts)
}

// areSolve is SolveContinuousAre (discrete false) and SolveDiscreteAre
// (discrete true), following scipy/linalg/_solvers.py of SciPy 1.10.
func areSolve(fn string, discrete bool, a, b, q, r mat.Matrix, opts *AREOptions) (*mat.Dense, error) {
	var o AREOptions
	if opts != nil {
		o = *opts
	}
	m, n, af, bf, qf, rf, ef, sf, err := areInputs(fn, discrete, a, b, q, r, o)
	if err != nil {
		return nil, err
	}
	if m == 0 {
		return &mat.Dense{}, nil
	}
	N := 2*m + n
	h := make([]float64, N*N)
	j := make([]float64, N*N)
	set := func(d []float64, i0, j0, rows, cols int, src []float64, ld int, alpha float64, trans bool) {
		for i := 0; i < rows; i++ {
			for k := 0; k < cols; k++ {
				v := 0.0
				if src == nil {
					if i == k {
						v = 1
					}
				} else if trans {
					v = src[k*ld+i]
				} else {
					v = src[i*ld+k]
				}
				d[(i0+i)*N+j0+k] = alpha * v
			}
		}
	}
	// The pencil H − λJ (SciPy's H and J; ef == nil means E = I, sf == nil
	// means S = 0, which the zero-initialized blocks already hold).
	set(h, 0, 0, m, m, af, m, 1, false)
	set(h, 0, 2*m, m, n, bf, n, 1, false)
	set(h, m, 0, m, m, qf, m, -1, false)
	set(h, 2*m, 2*m, n, n, rf, n, 1, false)
	if sf != nil {
		set(h, m, 2*m, m, n, sf, n, -1, false)
		set(h, 2*m, 0, n, m, sf, n, 1, true)
	}
	if !discrete {
		set(h, m, m, m, m, af, m, -1, true)
		set(h, 2*m, m, n, m, bf, n, 1, true)
		set(j, 0, 0, m, m, ef, m, 1, false)
		set(j, m, m, m, m, ef, m, 1, true)
	} else {
		set(h, m, m, m, m, ef, m, 1, true)
		set(j, 0, 0, m, m, ef, m, 1, false)
		set(j, m, m, m, m, af, m, 1, true)
		set(j, 2*m, m, n, m, bf, n, -1, true)
	}

	// Symplectic balancing (Benner 2001): balance |H| + |J| without its
	// diagonal by scaling only (dgebal job 'S'), then impose the
	// diag(D, D⁻¹) structure with D = 2^round((log2 s[m+i] − log2 s[i])/2),
	// rounding half to even as Python 3's round does.
	var sca []float64
	if !o.NoBalance {
		mm := make([]float64, N*N)
		for i := range mm {
			mm[i] = math.Abs(h[i]) + math.Abs(j[i])
		}
		for i := 0; i < N; i++ {
			mm[i*N+i] = 0
		}
		sca = make([]float64, N)
		gonumImpl.Dgebal(lapack.Scale, N, mm, N, sca)
		allOne := true
		for _, v := range sca {
			if math.Abs(v-1) > 1e-8+1e-5 { // numpy.allclose(sca, 1)
				allOne = false
			}
		}
		if allOne {
			sca = nil
		} else {
			l := make([]float64, N)
			for i, v := range sca {
				l[i] = math.Log2(v)
			}
			for i := 0; i < m; i++ {
				s := math.RoundToEven((l[m+i] - l[i]) / 2)
				sca[i] = math.Exp2(s)
				sca[m+i] = math.Exp2(-s)
			}
			for i := 0; i < N; i++ {
				for k := 0; k < N; k++ {
					f := sca[i] * (1 / sca[k])
					h[i*N+k] *= f
					j[i*N+k] *= f
				}
			}
		}
	}

	// Deflate the pencil to 2m×2m with the full QR factorization of its
	// last n columns: H₂ = Q[:, n:]ᵀ·H[:, :2m], likewise J.
	qfull := make([]float64, N*N)
	if n > 0 {
		for i := 0; i < N; i++ {
			copy(qfull[i*N:i*N+n], h[i*N+2*m:(i+1)*N])
		}
		tau := make([]float64, n)
		work := make([]float64, 1)
		impl.Dgeqrf(N, n, qfull, N, tau, work, -1)
		impl.Dorgqr(N, N, n, qfull, N, tau, work, -1)
		work = make([]float64, lworkOf(work[0], N))
		impl.Dgeqrf(N, n, qfull, N, tau, work, len(work))
		impl.Dorgqr(N, N, n, qfull, N, tau, work, len(work))
	} else {
		for i := 0; i < N; i++ {
			qfull[i*N+i] = 1
		}
	}
	m2 := 2 * m
	h2 := solversGemm(blas.Trans, blas.NoTrans, m2, m2, N, qfull[n:], N, h, N)
	var j2 []float64
	if discrete {
		j2 = solversGemm(blas.Trans, blas.NoTrans, m2, m2, N, qfull[n:], N, j, N)
	} else {
		// J's last n rows are zero.
		j2 = solversGemm(blas.Trans, blas.NoTrans, m2, m2, m2, qfull[n:], N, j, N)
	}

	if !allFinite(h2) || !allFinite(j2) {
		return nil, newErr(ErrValue, fn, "", "the extended pencil overflowed; scale the problem (the entries of a, b, q and r are too large)")
	}

	// Ordered QZ: the stable generalized eigenvalues first.
	sort := lapacke.SortLHP
	if discrete {
		sort = lapacke.SortIUC
	}
	alphar, alphai, beta := make([]float64, m2), make([]float64, m2), make([]float64, m2)
	vsl, u := make([]float64, m2*m2), make([]float64, m2*m2)
	work := make([]float64, 1)
	impl.Dgges(lapack.SchurOrig, lapack.SchurOrig, sort, m2, h2, m2, j2, m2, alphar, alphai, beta, vsl, m2, u, m2, work, -1)
	work = make([]float64, lworkOf(work[0], max(8*m2, 6*m2+16)))
	_, info := impl.Dgges(lapack.SchurOrig, lapack.SchurOrig, sort, m2, h2, m2, j2, m2, alphar, alphai, beta, vsl, m2, u, m2, work, len(work))
	// info m2+2 (rounding moved a reordered eigenvalue across the
	// boundary) is not fatal: SciPy's ordqz does not see it, and the checks
	// below catch a subspace that is not the stable one.
	if info != 0 && info != m2+2 {
		return nil, &Error{Kind: ErrNoConvergence, Func: fn, Routine: "dgges", Info: info,
			Message: "the ordered QZ decomposition of the extended pencil failed; the problem may be badly scaled (try without NoBalance) or ill-posed"}
	}

	// The stable subspace basis [U₁₁; U₂₁] (m×m blocks, contiguous).
	u00, u10 := make([]float64, m*m), make([]float64, m*m)
	if ef != nil {
		// SciPy: u = qr([E·U₁₁; U₂₁]), to undo E.
		w := make([]float64, m2*m)
		eu := solversGemm(blas.NoTrans, blas.NoTrans, m, m, m, ef, m, u, m2)
		copy(w, eu)
		for i := 0; i < m; i++ {
			copy(w[(m+i)*m:(m+i+1)*m], u[(m+i)*m2:(m+i)*m2+m])
		}
		tau := make([]float64, m)
		wk := make([]float64, 1)
		impl.Dgeqrf(m2, m, w, m, tau, wk, -1)
		impl.Dorgqr(m2, m, m, w, m, tau, wk, -1)
		wk = make([]float64, lworkOf(wk[0], m))
		impl.Dgeqrf(m2, m, w, m, tau, wk, len(wk))
		impl.Dorgqr(m2, m, m, w, m, tau, wk, len(wk))
		copy(u00, w[:m*m])
		copy(u10, w[m*m:])
	} else {
		for i := 0; i < m; i++ {
			copy(u00[i*m:(i+1)*m], u[i*m2:i*m2+m])
			copy(u10[i*m:(i+1)*m], u[(m+i)*m2:(m+i)*m2+m])
		}
	}

	// X = U₂₁·U₁₁⁻¹ through U₁₁ = P·L·U, after SciPy's check that
	// 1/cond₂(U) >= eps.
	boundary := "imaginary axis"
	pencil := "Hamiltonian"
	if discrete {
		boundary, pencil = "unit circle", "symplectic"
	}
	noSolution := func(msg string) error {
		return &Error{Kind: ErrSingular, Func: fn, Message: msg}
	}
	lu := append([]float64(nil), u00...)
	ipiv := make([]int, m)
	if !impl.Dgetrf(m, m, lu, m, ipiv) {
		return nil, noSolution("failed to find a finite solution: the stable subspace basis block U₁₁ is exactly singular; (A, B) may not be stabilizable")
	}
	uu := make([]float64, m*m)
	for i := 0; i < m; i++ {
		copy(uu[i*m+i:(i+1)*m], lu[i*m+i:(i+1)*m])
	}
	sv, err := svd(fn, newDense(m, m, uu), nil, false)
	if err != nil {
		return nil, err
	}
	if rc := sv.S[m-1] / sv.S[0]; !(rc >= eps52) {
		return nil, noSolution("failed to find a finite solution: the stable subspace basis block U₁₁ is numerically singular (1/cond = " + strconv.FormatFloat(rc, 'g', 3, 64) + " < eps); (A, B) may not be stabilizable or the " + pencil + " pencil may have eigenvalues on the " + boundary)
	}
	xs := append([]float64(nil), u10...)
	nativeBLAS.Dtrsm(blas.Right, blas.Upper, blas.NoTrans, blas.NonUnit, m, m, 1, lu, m, xs, m)
	nativeBLAS.Dtrsm(blas.Right, blas.Lower, blas.NoTrans, blas.Unit, m, m, 1, lu, m, xs, m)
	for k := m - 1; k >= 0; k-- { // X = Y·Pᵀ: undo the row interchanges on columns
		if p := ipiv[k]; p != k {
			for i := 0; i < m; i++ {
				xs[i*m+k], xs[i*m+p] = xs[i*m+p], xs[i*m+k]
			}
		}
	}
	if sca != nil {
		for i := 0; i < m; i++ {
			for k := 0; k < m; k++ {
				xs[i*m+k] *= sca[i] * sca[k]
			}
		}
	}

	// SciPy's success check: U₁₁ᵀ·U₂₁ must be symmetric (Laub, Thm. 5).
	us := solversGemm(blas.Trans, blas.NoTrans, m, m, m, u00, m, u10, m)
	nus := areNorm1(m, us, false)
	thr := math.Max(areSpacing(1000), 0.1*nus)
	if areNorm1(m, us, true) > thr {
		return nil, noSolution("the associated " + pencil + " pencil has eigenvalues too close to the " + boundary + "; no stabilizing solution was found")
	}
	out := make([]float64, m*m)
	for i := 0; i < m; i++ {
		for k := 0; k < m; k++ {
			out[i*m+k] = (xs[i*m+k] + xs[k*m+i]) / 2
		}
	}
	return newDense(m, m, out), nil
}

// areInputs validates the arguments of the Riccati solvers as SciPy's
// _are_validate_args does and returns row-major copies (ef, sf nil when
// opts.E, opts.S are).
func areInputs(fn string, discrete bool, a, b, q, r mat.Matrix, o AREOptions) (m, n int, af, bf, qf, rf, ef, sf []float64, err error) {
	fail := func(e error) (int, int, []float64, []float64, []float64, []float64, []float64, []float64, error) {
		return 0, 0, nil, nil, nil, nil, nil, nil, e
	}
	if m, err = square(fn, "a", a); err != nil {
		return fail(err)
	}
	bm, n, err := dims(fn, "b", b)
	if err != nil {
		return fail(err)
	}
	if bm != m {
		return fail(newErr(ErrShape, fn, "b", "a and b should have the same number of rows: a is %d×%d, b is %d×%d", m, m, bm, n))
	}
	qn, err := square(fn, "q", q)
	if err != nil {
		return fail(err)
	}
	if qn != m {
		return fail(newErr(ErrShape, fn, "q", "a and q should have the same shape: a is %d×%d, q is %d×%d", m, m, qn, qn))
	}
	rn, err := square(fn, "r", r)
	if err != nil {
		return fail(err)
	}
	if rn != n {
		return fail(newErr(ErrShape, fn, "r", "r should be n×n with n = %d, the number of columns of b; got %d×%d", n, rn, rn))
	}
	if o.E != nil {
		en, err := square(fn, "opts.E", o.E)
		if err != nil {
			return fail(err)
		}
		if en != m {
			return fail(newErr(ErrShape, fn, "opts.E", "a and E should have the same shape: a is %d×%d, E is %d×%d", m, m, en, en))
		}
	}
	if o.S != nil {
		sr, sc := o.S.Dims()
		if sr != m || sc != n {
			return fail(newErr(ErrShape, fn, "opts.S", "b and S should have the same shape: b is %d×%d, S is %d×%d", m, n, sr, sc))
		}
	}
	for _, in := range []struct {
		arg string
		m   mat.Matrix
		dst *[]float64
	}{{"a", a, &af}, {"b", b, &bf}, {"q", q, &qf}, {"r", r, &rf}, {"opts.E", o.E, &ef}, {"opts.S", o.S, &sf}} {
		if in.m == nil {
			continue
		}
		d, _, _, err := denseCopy(fn, in.arg, in.m, false)
		if err != nil {
			return fail(err)
		}
		*in.dst = d
	}
	for _, in := range []struct {
		arg string
		d   []float64
		n   int
	}{{"q", qf, m}, {"r", rf, n}} {
		if areNorm1(in.n, in.d, true) > 100*areSpacing(areNorm1(in.n, in.d, false)) {
			return fail(newErr(ErrValue, fn, in.arg, "matrix should be symmetric (‖M − Mᵀ‖₁ = %g exceeds 100·spacing(‖M‖₁))", areNorm1(in.n, in.d, true)))
		}
	}
	singular := func(arg string, d []float64, k int) error {
		if k == 0 {
			return nil
		}
		sv, err := svd(fn, newDense(k, k, d), nil, false)
		if err != nil {
			return err
		}
		smin := sv.S[k-1]
		if smin == 0 || smin < eps52*areNorm1(k, d, false) {
			return newErr(ErrSingular, fn, arg, "matrix is numerically singular (smallest singular value %g)", smin)
		}
		return nil
	}
	if !discrete {
		if err := singular("r", rf, n); err != nil {
			return fail(err)
		}
	}
	if ef != nil {
		if err := singular("opts.E", ef, m); err != nil {
			return fail(err)
		}
	}
	return m, n, af, bf, qf, rf, ef, sf, nil
}

// areNorm1 is the 1-norm (largest absolute column sum) of the n×n
// row-major d, or of d − dᵀ when skew is set.
func areNorm1(n int, d []float64, skew bool) float64 {
	var best float64
	for k := 0; k < n; k++ {
		var s float64
		for i := 0; i < n; i++ {
			v := d[i*n+k]
			if skew {
				v -= d[k*n+i]
			}
			s += math.Abs(v)
		}
		if s > best || math.IsNaN(s) {
			best = s
		}
	}
	return best
}

// areSpacing is numpy.spacing for x >= 0: the distance from x to the next
// larger float64.
func areSpacing(x float64) float64 {
	return math.Nextafter(x, math.Inf(1)) - x
}
