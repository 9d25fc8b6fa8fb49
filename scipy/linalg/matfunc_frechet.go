package linalg

import (
	"math"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/mat"
)

// ExpmFrechetOptions are the options of ExpmFrechet; nil means SciPy's
// defaults.
type ExpmFrechetOptions struct {
	// NoExpm leaves ExpmFrechetResult.Expm nil (SciPy's compute_expm=False).
	// The exponential is a by-product of the algorithm, so this saves no
	// work.
	NoExpm bool
	// SkipFiniteCheck skips the NaN/Inf check of a and e (SciPy's
	// check_finite=False); non-finite values then give unspecified
	// numbers, never a panic.
	SkipFiniteCheck bool
}

// ExpmFrechetResult is the result of ExpmFrechet.
type ExpmFrechetResult struct {
	// Expm is e^a (n×n), nil with NoExpm.
	Expm *mat.Dense
	// Frechet is L(a, e), the Fréchet derivative of the matrix exponential
	// at a in the direction e (n×n): e^{a+δe} = e^a + δ·L(a, e) + O(δ²).
	Frechet *mat.Dense
}

// mfEllTable61 are the largest ‖2⁻ˢa‖₁ for which the degree-m Padé
// approximant is accurate to 2⁻⁵³ (Al-Mohy and Higham 2009, Table 6.1),
// as in SciPy's ell_table_61; index 0 is unused.
var mfEllTable61 = [...]float64{0,
	2.11e-8, 3.56e-4, 1.08e-2, 6.49e-2, 2.00e-1, 4.37e-1,
	7.83e-1, 1.23e0, 1.78e0, 2.42e0, 3.13e0, 3.90e0,
	4.74e0, 5.63e0, 6.56e0, 7.52e0, 8.53e0, 9.56e0,
	1.06e1, 1.17e1}

// ExpmFrechet returns e^a and the Fréchet derivative L(a, e) of the matrix
// exponential at the real square matrix a in the direction e (same shape),
// like scipy.linalg.expm_frechet with its default method "SPS": Al-Mohy
// and Higham's scaling–Padé–squaring algorithm ("Computing the Fréchet
// derivative of the matrix exponential, with an application to condition
// number estimation", SIAM J. Matrix Anal. Appl. 30(4), 2009, Algorithm
// 6.4), which differentiates the Padé approximant and the squaring phase
// of Expm. L(a, e) is the top-right block of exp([[a, e], [0, a]]) (SciPy's
// method "blockEnlarge", not offered: it costs about 8/3 as much).
//
// Errors: ErrShape if a or e is not square or their shapes differ,
// ErrNotFinite unless SkipFiniteCheck, ErrSingular if the Padé denominator
// is singular (only extreme scaling can cause it). Empty a and e give empty
// results. a and e are not modified.
func ExpmFrechet(a, e mat.Matrix, opts *ExpmFrechetOptions) (res *ExpmFrechetResult, err error) {
	const fn = "ExpmFrechet"
	defer recoverTo(fn, &err)
	n, err := square(fn, "a", a)
	if err != nil {
		return nil, err
	}
	ne, err := square(fn, "e", e)
	if err != nil {
		return nil, err
	}
	if ne != n {
		return nil, newErr(ErrShape, fn, "e", "expected the shape of a, %d×%d, got %d×%d", n, n, ne, ne)
	}
	skipCheck := opts != nil && opts.SkipFiniteCheck
	af, _, _, err := denseCopy(fn, "a", a, skipCheck)
	if err != nil {
		return nil, err
	}
	ef, _, _, err := denseCopy(fn, "e", e, skipCheck)
	if err != nil {
		return nil, err
	}
	if n == 0 {
		res = &ExpmFrechetResult{Frechet: &mat.Dense{}}
		if opts == nil || !opts.NoExpm {
			res.Expm = &mat.Dense{}
		}
		return res, nil
	}
	r, l, err := mfExpmFrechet(fn, n, af, ef)
	if err != nil {
		return nil, err
	}
	res = &ExpmFrechetResult{Frechet: mat.NewDense(n, n, l)}
	if opts == nil || !opts.NoExpm {
		res.Expm = mat.NewDense(n, n, r)
	}
	return res, nil
}

// mfDMul returns x·y for n×n row-major real matrices.
func mfDMul(n int, x, y []float64) []float64 {
	c := make([]float64, n*n)
	nativeBLAS.Dgemm(blas.NoTrans, blas.NoTrans, n, n, n, 1, x, n, y, n, 0, c, n)
	return c
}

// mfDMul2 returns x1·y1 + x2·y2 for n×n row-major real matrices.
func mfDMul2(n int, x1, y1, x2, y2 []float64) []float64 {
	c := mfDMul(n, x1, y1)
	nativeBLAS.Dgemm(blas.NoTrans, blas.NoTrans, n, n, n, 1, x2, n, y2, n, 1, c, n)
	return c
}

// mfDLin returns Σ coef[k]·mats[k] elementwise, plus id·I.
func mfDLin(n int, id float64, coef []float64, mats ...[]float64) []float64 {
	out := make([]float64, n*n)
	for k, m := range mats {
		c := coef[k]
		if c == 0 {
			continue
		}
		for i, v := range m {
			out[i] += c * v
		}
	}
	for i := 0; i < n; i++ {
		out[i*n+i] += id
	}
	return out
}

// mfExpmFrechet is SciPy's expm_frechet_algo_64 on n×n row-major a and e
// (n > 0, not modified): R = e^a and L = L(a, e).
func mfExpmFrechet(fn string, n int, a, e []float64) (r, l []float64, err error) {
	var norm float64
	for j := 0; j < n; j++ {
		var s float64
		for i := 0; i < n; i++ {
			s += math.Abs(a[i*n+j])
		}
		norm = math.Max(norm, s)
	}
	var U, V, Lu, Lv []float64
	s := -1
	for _, m := range []int{3, 5, 7, 9} {
		if norm <= mfEllTable61[m] {
			U, V, Lu, Lv = mfDiffPade(n, m, a, e)
			s = 0
			break
		}
	}
	if s < 0 {
		s = max(0, int(math.Ceil(math.Log2(norm/mfEllTable61[13]))))
		sc := math.Ldexp(1, -s)
		as, es := make([]float64, n*n), make([]float64, n*n)
		for i := range a {
			as[i], es[i] = sc*a[i], sc*e[i]
		}
		b := padeB[13]
		A2 := mfDMul(n, as, as)
		M2 := mfDMul2(n, as, es, es, as)
		A4 := mfDMul(n, A2, A2)
		M4 := mfDMul2(n, A2, M2, M2, A2)
		A6 := mfDMul(n, A2, A4)
		M6 := mfDMul2(n, A4, M2, M4, A2)
		W1 := mfDLin(n, 0, []float64{b[13], b[11], b[9]}, A6, A4, A2)
		W2 := mfDLin(n, b[1], []float64{b[7], b[5], b[3]}, A6, A4, A2)
		Z1 := mfDLin(n, 0, []float64{b[12], b[10], b[8]}, A6, A4, A2)
		Z2 := mfDLin(n, b[0], []float64{b[6], b[4], b[2]}, A6, A4, A2)
		W := mfDMul(n, A6, W1)
		mfDAdd(W, W2)
		U = mfDMul(n, as, W)
		V = mfDMul(n, A6, Z1)
		mfDAdd(V, Z2)
		Lw1 := mfDLin(n, 0, []float64{b[13], b[11], b[9]}, M6, M4, M2)
		Lw2 := mfDLin(n, 0, []float64{b[7], b[5], b[3]}, M6, M4, M2)
		Lz1 := mfDLin(n, 0, []float64{b[12], b[10], b[8]}, M6, M4, M2)
		Lz2 := mfDLin(n, 0, []float64{b[6], b[4], b[2]}, M6, M4, M2)
		Lw := mfDMul2(n, A6, Lw1, M6, W1)
		mfDAdd(Lw, Lw2)
		Lu = mfDMul2(n, as, Lw, es, W)
		Lv = mfDMul2(n, A6, Lz1, M6, Z1)
		mfDAdd(Lv, Lz2)
	}
	// R = (V − U)⁻¹(V + U); L = (V − U)⁻¹(Lu + Lv + (Lu − Lv)·R).
	q := make([]float64, n*n)
	r = make([]float64, n*n)
	for i := range q {
		q[i] = V[i] - U[i]
		r[i] = V[i] + U[i]
	}
	ipiv := make([]int, n)
	if !impl.Dgetrf(n, n, q, n, ipiv) {
		e := singularLU(fn, "a", "dgetrf", n, q)
		e.Message = "the Padé denominator is singular; a may be too badly scaled for the matrix exponential"
		return nil, nil, e
	}
	impl.Dgetrs(blas.NoTrans, n, n, q, n, ipiv, r, n)
	diff := make([]float64, n*n)
	for i := range diff {
		diff[i] = Lu[i] - Lv[i]
	}
	l = mfDMul(n, diff, r)
	for i := range l {
		l[i] += Lu[i] + Lv[i]
	}
	impl.Dgetrs(blas.NoTrans, n, n, q, n, ipiv, l, n)
	for k := 0; k < s; k++ {
		l = mfDMul2(n, r, l, l, r)
		r = mfDMul(n, r, r)
	}
	return r, l, nil
}

// mfDAdd sets x += y.
func mfDAdd(x, y []float64) {
	for i, v := range y {
		x[i] += v
	}
}

// mfDiffPade returns U, V of the degree-m Padé approximant of e^a and their
// Fréchet derivatives Lu, Lv in the direction e (SciPy's _diff_pade3 … 9).
func mfDiffPade(n, m int, a, e []float64) (U, V, Lu, Lv []float64) {
	b := padeB[m]
	// Even powers A^(2k) and their derivatives M_(2k), k = 1 … m/2.
	pows := [][]float64{nil}
	ders := [][]float64{nil}
	A2 := mfDMul(n, a, a)
	M2 := mfDMul2(n, a, e, e, a)
	pows = append(pows, A2)
	ders = append(ders, M2)
	for k := 2; 2*k <= m-1; k++ {
		// SciPy's recurrences: A4 = A2·A2, M4 = A2·M2 + M2·A2;
		// A6 = A2·A4, M6 = A4·M2 + M4·A2; A8 = A4·A4, M8 = A4·M4 + M4·A4.
		var p, d []float64
		switch k {
		case 2:
			p, d = mfDMul(n, A2, A2), mfDMul2(n, A2, M2, M2, A2)
		case 3:
			p, d = mfDMul(n, A2, pows[2]), mfDMul2(n, pows[2], M2, ders[2], A2)
		case 4:
			p, d = mfDMul(n, pows[2], pows[2]), mfDMul2(n, pows[2], ders[2], ders[2], pows[2])
		}
		pows = append(pows, p)
		ders = append(ders, d)
	}
	K := len(pows) - 1 // m = 2K+1
	oddC, evenC := make([]float64, K), make([]float64, K)
	for k := 1; k <= K; k++ {
		oddC[k-1], evenC[k-1] = b[2*k+1], b[2*k]
	}
	u := mfDLin(n, b[1], oddC, pows[1:]...)
	U = mfDMul(n, a, u)
	V = mfDLin(n, b[0], evenC, pows[1:]...)
	lu := mfDLin(n, 0, oddC, ders[1:]...)
	Lu = mfDMul2(n, a, lu, e, u)
	Lv = mfDLin(n, 0, evenC, ders[1:]...)
	return U, V, Lu, Lv
}
