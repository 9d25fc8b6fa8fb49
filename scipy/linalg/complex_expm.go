package linalg

import (
	"math"
	"math/cmplx"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/mat"
)

// cplxMul returns x·y for n×n row-major complex matrices, through
// OpenBLAS's zgemm (see nativeBLAS in gemm.go).
func cplxMul(n int, x, y []complex128) []complex128 {
	c := make([]complex128, n*n)
	nativeBLAS.Zgemm(blas.NoTrans, blas.NoTrans, n, n, n, 1, x, n, y, n, 0, c, n)
	return c
}

// cplxAxpy sets y += alpha·x elementwise.
func cplxAxpy(alpha float64, x, y []complex128) {
	ca := complex(alpha, 0)
	for i, v := range x {
		y[i] += ca * v
	}
}

// ExpmC returns the matrix exponential of the square complex matrix a, like
// scipy.linalg.expm with complex input, by the same algorithm as Expm:
// scaling and squaring with a Padé approximant of degree 3, 5, 7, 9 or 13
// chosen from ‖a‖₁ (Higham 2005; SciPy 1.10 adds the 2009 refinement of the
// degree choice, which agrees to rounding on well-conditioned problems). For
// a real a, ExpmC(ToComplex(a)) equals Expm(a) to rounding.
//
// Errors: ErrShape if a is not square, ErrNotFinite, ErrSingular if the Padé
// denominator is singular (which only extreme scaling can cause).
func ExpmC(a mat.CMatrix, opts *Options) (e *mat.CDense, err error) {
	const fn = "ExpmC"
	defer recoverTo(fn, &err)
	n, err := csquare(fn, "a", a)
	if err != nil {
		return nil, err
	}
	f, _, _, err := cdenseCopy(fn, "a", a, skip(opts))
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return &mat.CDense{}, nil
	}
	if n == 1 {
		return mat.NewCDense(1, 1, []complex128{cmplx.Exp(f[0])}), nil
	}
	norm := cplxNorm1(n, n, f)
	if !(norm <= math.MaxFloat64) {
		// Only reachable with SkipFiniteCheck: the result is unspecified;
		// NaN everywhere avoids an absurd number of squarings.
		for i := range f {
			f[i] = cmplx.NaN()
		}
		return mat.NewCDense(n, n, f), nil
	}
	for _, p := range padeTheta {
		if norm <= p.theta {
			return cplxExpmPade(fn, f, n, p.m, 0)
		}
	}
	s := 0
	if norm > theta13 {
		s = int(math.Ceil(math.Log2(norm / theta13)))
	}
	sc := complex(math.Ldexp(1, -s), 0)
	for i := range f {
		f[i] *= sc
	}
	return cplxExpmPade(fn, f, n, 13, s)
}

// cplxExpmPade evaluates the [m/m] Padé approximant r(A) = (V−U)⁻¹(V+U) of
// the n×n row-major A and squares it s times (expmPade for complex data).
func cplxExpmPade(fn string, A []complex128, n, m, s int) (*mat.CDense, error) {
	b := padeB[m]
	id := cplxIdentity(n)
	A2 := cplxMul(n, A, A)
	var U, V []complex128
	if m < 13 {
		// U = A·Σ b[2k+1] A^(2k), V = Σ b[2k] A^(2k).
		pow := id
		u := make([]complex128, n*n)
		V = make([]complex128, n*n)
		cplxAxpy(b[1], id, u)
		cplxAxpy(b[0], id, V)
		for k := 2; k <= m; k += 2 {
			pow = cplxMul(n, pow, A2)
			cplxAxpy(b[k+1], pow, u)
			cplxAxpy(b[k], pow, V)
		}
		U = cplxMul(n, A, u)
	} else {
		A4 := cplxMul(n, A2, A2)
		A6 := cplxMul(n, A4, A2)
		lin := func(c6, c4, c2, c0 float64) []complex128 {
			r := make([]complex128, n*n)
			cplxAxpy(c6, A6, r)
			cplxAxpy(c4, A4, r)
			cplxAxpy(c2, A2, r)
			cplxAxpy(c0, id, r)
			return r
		}
		u := cplxMul(n, A6, lin(b[13], b[11], b[9], 0))
		cplxAxpy(1, lin(b[7], b[5], b[3], b[1]), u)
		U = cplxMul(n, A, u)
		V = cplxMul(n, A6, lin(b[12], b[10], b[8], 0))
		cplxAxpy(1, lin(b[6], b[4], b[2], b[0]), V)
	}
	p, q := make([]complex128, n*n), make([]complex128, n*n)
	for i := range p {
		p[i] = V[i] + U[i]
		q[i] = V[i] - U[i]
	}
	ipiv := make([]int, n)
	if !impl.Zgetrf(n, n, q, n, ipiv) {
		e := cplxSingularLU(fn, "a", "zgetrf", n, q)
		e.Message = "the Padé denominator is singular; a may be too badly scaled for the matrix exponential"
		return nil, e
	}
	impl.Zgetrs(blas.NoTrans, n, n, q, n, ipiv, p, n)
	r := p
	for i := 0; i < s; i++ {
		r = cplxMul(n, r, r)
	}
	return mat.NewCDense(n, n, r), nil
}
