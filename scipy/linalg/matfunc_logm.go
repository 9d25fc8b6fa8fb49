package linalg

import (
	"math"
	"math/cmplx"

	"gonum.org/v1/gonum/mat"
)

// LogmResult is the result of Logm.
type LogmResult struct {
	// X is the principal logarithm of a (n×n), expm(X) ≈ a.
	X *mat.Dense
	// ErrEst is SciPy's error estimate ‖expm(X) − a‖₁ / ‖a‖₁ (what
	// scipy.linalg.logm returns with disp=False; SciPy prints a warning
	// when it is not finite or ≥ 1000·eps).
	ErrEst float64
	// Singular reports that a is exactly singular (a zero eigenvalue: the
	// logarithm does not exist). As SciPy does after its
	// LogmExactlySingularWarning, the zero diagonal entries of the Schur
	// factor were replaced by 1e-20, so X is finite but is the logarithm
	// of a nearby matrix with an eigenvalue 1e-20 (log ≈ −46), and ErrEst
	// is large.
	Singular bool
	// NearlySingular reports that some eigenvalue has modulus below 1e-20
	// (SciPy's LogmNearlySingularWarning): X is likely inaccurate.
	NearlySingular bool
}

// LogmResultC is the result of LogmC: as LogmResult with a complex X.
type LogmResultC struct {
	// X is the principal logarithm of a (n×n).
	X *mat.CDense
	// ErrEst is ‖expm(X) − a‖₁ / ‖a‖₁.
	ErrEst float64
	// Singular and NearlySingular are as in LogmResult.
	Singular, NearlySingular bool
}

// Logm returns the principal logarithm of the real square matrix a, like
// scipy.linalg.logm: the inverse scaling and squaring algorithm of Al-Mohy
// and Higham ("Improved inverse scaling and squaring algorithms for the
// matrix logarithm", SIAM J. Sci. Comput. 34(4), 2012) on the complex Schur
// form a = Z·T·Zᴴ: square roots of T until T − I is small, a Padé
// approximant of log(I + R) by Gauss–Legendre quadrature of degree m ≤ 7,
// then scaling back by 2ˢ, with the diagonal and first superdiagonal
// recomputed from closed formulas. The 1-norms ‖(T − I)ᵖ‖₁ that choose s
// and m are computed exactly (SciPy estimates them with the randomized
// onenormest, which can only be smaller, so this never picks a less
// accurate degree).
//
// The principal logarithm of a real matrix is real unless a has negative
// real eigenvalues; SciPy then returns a complex array, while Logm returns
// an ErrValue error whose message says to call LogmC(ToComplex(a)).
// Imaginary parts up to 1e6·eps·max(1, max|X|) are rounding and are
// dropped (SciPy's _maybe_real uses the absolute 1e6·eps).
//
// A singular a has no logarithm: Logm mirrors SciPy, which warns and
// perturbs the zero eigenvalues to 1e-20, by returning that result with
// Singular set (see LogmResult).
//
// Errors: ErrShape if a is not square, ErrNotFinite (always checked),
// ErrValue for a complex logarithm or if a square-root step fails (SciPy
// returns a NaN matrix then), ErrNoConvergence if the Schur form fails. An
// empty a gives an empty X. a is not modified.
func Logm(a mat.Matrix) (res *LogmResult, err error) {
	const fn = "Logm"
	defer recoverTo(fn, &err)
	f, n, err := mfInput(fn, a)
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return &LogmResult{X: &mat.Dense{}}, nil
	}
	x, sing, near, err := mfLogm(fn, f, n)
	if err != nil {
		return nil, err
	}
	xr, err := mfReal(fn, "a has negative real eigenvalues", "LogmC(ToComplex(a))", n, x)
	if err != nil {
		return nil, err
	}
	res = &LogmResult{X: xr, Singular: sing, NearlySingular: near, ErrEst: math.Inf(1)}
	if mfAllFinite(x) {
		if e, err := Expm(xr, nil); err == nil {
			var d mat.Dense
			d.Sub(e, a)
			res.ErrEst = mat.Norm(&d, 1) / mat.Norm(a, 1)
		}
	}
	return res, nil
}

// LogmC returns the principal logarithm of the complex square matrix a,
// like scipy.linalg.logm with complex input; see Logm for the method, the
// singular case and the errors (no ErrValue for negative eigenvalues here).
// a is not modified.
func LogmC(a mat.CMatrix) (res *LogmResultC, err error) {
	const fn = "LogmC"
	defer recoverTo(fn, &err)
	f, n, err := mfInputC(fn, a)
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return &LogmResultC{X: &mat.CDense{}}, nil
	}
	x, sing, near, err := mfLogm(fn, f, n)
	if err != nil {
		return nil, err
	}
	res = &LogmResultC{X: mat.NewCDense(n, n, x), Singular: sing, NearlySingular: near, ErrEst: math.Inf(1)}
	if mfAllFinite(x) {
		if e, err := ExpmC(res.X, nil); err == nil {
			d := make([]complex128, n*n)
			for i := 0; i < n; i++ {
				for j := 0; j < n; j++ {
					d[i*n+j] = e.At(i, j) - f[i*n+j]
				}
			}
			res.ErrEst = cplxNorm1(n, n, d) / cplxNorm1(n, n, f)
		}
	}
	return res, nil
}

// mfLogm is SciPy's _logm on the n×n row-major a (n > 0, not modified).
func mfLogm(fn string, a []complex128, n int) (x []complex128, singular, nearly bool, err error) {
	t, z, err := mfSchur(fn, a, n, true)
	if err != nil {
		return nil, false, false, err
	}
	// SciPy's _logm_force_nonsingular_triangular_matrix.
	const triEps = 1e-20
	for i := 0; i < n; i++ {
		if t[i*n+i] == 0 {
			singular = true
		} else if cmplx.Abs(t[i*n+i]) < triEps {
			nearly = true
		}
	}
	if singular {
		nearly = false
		for i := 0; i < n; i++ {
			if t[i*n+i] == 0 {
				t[i*n+i] = triEps
			}
		}
	}
	u, ok := mfLogmTriu(n, t)
	if !ok {
		return nil, false, false, newErr(ErrValue, fn, "a",
			"a square root in the inverse scaling and squaring failed (SciPy returns a NaN matrix here)")
	}
	return mfBack(n, z, u), singular, nearly, nil
}

// mfLogmTheta are the bounds θ_m on ‖T − I‖ for the degree-m Padé
// approximant of log(I + X) (Al-Mohy and Higham 2012, Table 2.1), as in
// SciPy's _logm_triu; index 0 is unused.
var mfLogmTheta = [...]float64{0,
	1.59e-5, 2.31e-3, 1.94e-2, 6.21e-2,
	1.28e-1, 2.06e-1, 2.88e-1, 3.67e-1,
	4.39e-1, 5.03e-1, 5.60e-1, 6.09e-1,
	6.52e-1, 6.89e-1, 7.21e-1, 7.49e-1}

// mfLogmTriu is SciPy's _logm_triu: the principal logarithm of the n×n
// upper triangular t0 with nonzero diagonal. ok is false if a square root
// failed.
func mfLogmTriu(n int, t0 []complex128) ([]complex128, bool) {
	r, s, m, ok := mfInverseSquaring(n, t0, mfLogmTheta[:8])
	if !ok {
		return nil, false
	}
	nodes, weights := mfGaussLegendre(m)
	u := make([]complex128, n*n)
	shifted := make([]complex128, n*n)
	rhs := make([]complex128, n*n)
	for q := range nodes {
		alpha, beta := complex(0.5*weights[q], 0), complex(0.5+0.5*nodes[q], 0)
		for i := range r {
			shifted[i] = beta * r[i]
			rhs[i] = alpha * r[i]
		}
		for i := 0; i < n; i++ {
			shifted[i*n+i]++
		}
		x := mfSolveUpper(n, shifted, rhs)
		for i := range u {
			u[i] += x[i]
		}
	}
	sc := complex(math.Ldexp(1, s), 0)
	for i := range u {
		u[i] *= sc
	}
	if mfPrincipalBranch(n, t0) {
		for i := 0; i < n; i++ {
			u[i*n+i] = cmplx.Log(t0[i*n+i])
		}
		for i := 0; i+1 < n; i++ {
			u[i*n+i+1] = mfLogmSuperdiag(t0[i*n+i], t0[(i+1)*n+i+1], t0[i*n+i+1])
		}
	}
	for i := 1; i < n; i++ {
		for j := 0; j < i; j++ {
			u[i*n+j] = 0
		}
	}
	return u, true
}

// mfPrincipalBranch reports whether no diagonal entry of t is on the closed
// negative real axis (SciPy's has_principal_branch).
func mfPrincipalBranch(n int, t []complex128) bool {
	for i := 0; i < n; i++ {
		v := t[i*n+i]
		if !(real(v) > 0 || imag(v) != 0) {
			return false
		}
	}
	return true
}

// mfUnwind is the unwinding number ⌈(Im z − π)/(2π)⌉.
func mfUnwind(z complex128) float64 {
	return math.Ceil((imag(z) - math.Pi) / (2 * math.Pi))
}

// mfLogmSuperdiag is the (1,2) entry of log([[l1, t12], [0, l2]]) computed
// stably (Higham, Functions of Matrices, eq. 11.28), as SciPy's
// _logm_superdiag_entry.
func mfLogmSuperdiag(l1, l2, t12 complex128) complex128 {
	switch {
	case l1 == l2:
		return t12 / l1
	case cmplx.Abs(l2-l1) > cmplx.Abs(l1+l2)/2:
		return t12 * (cmplx.Log(l2) - cmplx.Log(l1)) / (l2 - l1)
	default:
		z := (l2 - l1) / (l2 + l1)
		u := mfUnwind(cmplx.Log(l2) - cmplx.Log(l1))
		at := cmplx.Atanh(z)
		if u != 0 {
			at += complex(0, math.Pi*u)
		}
		return t12 * 2 * at / (l2 - l1)
	}
}

// mfFracSuperdiag is the (1,2) entry of [[l1, t12], [0, l2]]^p computed
// stably (Higham and Lin 2011, eq. 5.6), as SciPy's
// _fractional_power_superdiag_entry.
func mfFracSuperdiag(l1, l2, t12 complex128, p float64) complex128 {
	cp := complex(p, 0)
	switch {
	case l1 == l2:
		return t12 * cp * cmplx.Pow(l1, cp-1)
	case cmplx.Abs(l2-l1) > cmplx.Abs(l1+l2)/2:
		return t12 * (cmplx.Pow(l2, cp) - cmplx.Pow(l1, cp)) / (l2 - l1)
	default:
		z := (l2 - l1) / (l2 + l1)
		logL1, logL2 := cmplx.Log(l1), cmplx.Log(l2)
		at := cmplx.Atanh(z)
		tmpA := t12 * cmplx.Exp(cp/2*(logL2+logL1))
		var tmpB complex128
		if u := mfUnwind(logL2 - logL1); u != 0 {
			tmpB = cp * (at + complex(0, math.Pi*u))
		} else {
			tmpB = cp * at
		}
		tmpC := 2 * cmplx.Sinh(tmpB) / (l2 - l1)
		return tmpA * tmpC
	}
}

// mfBriggs returns a^(1/2^k) − 1 accurately (Al-Mohy 2012, Algorithm 2;
// SciPy's _briggs_helper_function).
func mfBriggs(a complex128, k int) complex128 {
	switch k {
	case 0:
		return a - 1
	case 1:
		return cmplx.Sqrt(a) - 1
	}
	kHat := k
	if cmplx.Phase(a) >= math.Pi/2 {
		a = cmplx.Sqrt(a)
		kHat = k - 1
	}
	z0 := a - 1
	a = cmplx.Sqrt(a)
	r := 1 + a
	for j := 1; j < kHat; j++ {
		a = cmplx.Sqrt(a)
		r *= 1 + a
	}
	return z0 / r
}

// mfPowNorm returns ‖(T − I)ᵖ‖₁^(1/p) for the n×n upper triangular t,
// computed exactly where SciPy estimates it with onenormest.
func mfPowNorm(n int, t []complex128, p int) float64 {
	m := append([]complex128(nil), t...)
	for i := 0; i < n; i++ {
		m[i*n+i]--
	}
	pw := m
	for k := 1; k < p; k++ {
		pw = cplxMul(n, pw, m)
	}
	return math.Pow(cplxNorm1(n, n, pw), 1/float64(p))
}

// mfInverseSquaring is SciPy's _inverse_squaring_helper (Al-Mohy and Higham
// 2012, Algorithm 4.1 lines 1–26): it takes square roots of the n×n upper
// triangular t0 (nonzero diagonal) s times and picks the Padé degree m from
// the bounds theta[1..7], and returns R = T^(1/2ˢ) − I with its diagonal
// and superdiagonal recomputed accurately. ok is false if a square root
// failed.
func mfInverseSquaring(n int, t0 []complex128, theta []float64) (r []complex128, s, m int, ok bool) {
	diag := make([]complex128, n)
	for i := range diag {
		diag[i] = t0[i*n+i]
	}
	maxDev := func() float64 {
		var d float64
		for _, v := range diag {
			d = math.Max(d, cmplx.Abs(v-1))
		}
		return d
	}
	s0 := 0
	// Bounded: repeated square roots of a finite nonzero number reach
	// |z − 1| ≤ θ₇ within about 64 steps.
	for maxDev() > theta[7] && s0 < 1100 {
		for i := range diag {
			diag[i] = cmplx.Sqrt(diag[i])
		}
		s0++
	}
	t := t0
	for i := 0; i < s0; i++ {
		if t, ok = mfSqrtmTriu(n, t, 64); !ok {
			return nil, 0, 0, false
		}
	}
	s = s0
	k := 0
	d2 := mfPowNorm(n, t, 2)
	d3 := mfPowNorm(n, t, 3)
	a2 := math.Max(d2, d3)
	for _, i := range []int{1, 2} {
		if a2 <= theta[i] {
			m = i
			break
		}
	}
	for iter := 0; m == 0 && iter < 200; iter++ {
		if s > s0 {
			d3 = mfPowNorm(n, t, 3)
		}
		d4 := mfPowNorm(n, t, 4)
		a3 := math.Max(d3, d4)
		if a3 <= theta[7] {
			j1 := 7
			for _, i := range []int{3, 4, 5, 6, 7} {
				if a3 <= theta[i] {
					j1 = i
					break
				}
			}
			if j1 <= 6 {
				m = j1
				break
			} else if a3/2 <= theta[5] && k < 2 {
				k++
				if t, ok = mfSqrtmTriu(n, t, 64); !ok {
					return nil, 0, 0, false
				}
				s++
				continue
			}
		}
		d5 := mfPowNorm(n, t, 5)
		a4 := math.Max(d4, d5)
		eta := math.Min(a3, a4)
		for _, i := range []int{6, 7} {
			if eta <= theta[i] {
				m = i
				break
			}
		}
		if m != 0 {
			break
		}
		if t, ok = mfSqrtmTriu(n, t, 64); !ok {
			return nil, 0, 0, false
		}
		s++
	}
	if m == 0 {
		m = 7 // only reachable with non-finite data
	}
	r = append([]complex128(nil), t...)
	for i := 0; i < n; i++ {
		r[i*n+i]--
	}
	if mfPrincipalBranch(n, t0) {
		for j := 0; j < n; j++ {
			r[j*n+j] = mfBriggs(t0[j*n+j], s)
		}
		p := math.Ldexp(1, -s)
		for j := 0; j+1 < n; j++ {
			r[j*n+j+1] = mfFracSuperdiag(t0[j*n+j], t0[(j+1)*n+j+1], t0[j*n+j+1], p)
		}
	}
	return r, s, m, true
}

// mfGaussLegendre returns the m-point Gauss–Legendre nodes and weights on
// [−1, 1] (scipy.special.roots_legendre), by Newton's method on the
// Legendre polynomial from Tricomi's initial guesses.
func mfGaussLegendre(m int) (nodes, weights []float64) {
	nodes, weights = make([]float64, m), make([]float64, m)
	for i := 0; i < m; i++ {
		x := math.Cos(math.Pi * (float64(i) + 0.75) / (float64(m) + 0.5))
		var dp float64
		for it := 0; it < 100; it++ {
			p0, p1 := 1.0, x
			for k := 2; k <= m; k++ {
				p0, p1 = p1, (float64(2*k-1)*x*p1-float64(k-1)*p0)/float64(k)
			}
			dp = float64(m) * (x*p1 - p0) / (x*x - 1)
			dx := p1 / dp
			x -= dx
			if math.Abs(dx) <= 1e-16 {
				break
			}
		}
		p0, p1 := 1.0, x
		for k := 2; k <= m; k++ {
			p0, p1 = p1, (float64(2*k-1)*x*p1-float64(k-1)*p0)/float64(k)
		}
		dp = float64(m) * (x*p1 - p0) / (x*x - 1)
		nodes[m-1-i] = x
		weights[m-1-i] = 2 / ((1 - x*x) * dp * dp)
	}
	return nodes, weights
}
