package linalg

import (
	"math"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/mat"
)

// Padé coefficients b_k of the [m/m] approximant to exp, and the largest
// 1-norm θ_m for which it is accurate to unit roundoff in backward error
// (Higham, "The scaling and squaring method for the matrix exponential
// revisited", SIAM J. Matrix Anal. Appl. 26(4), 2005, Table 2.3).
var (
	padeB = map[int][]float64{
		3:  {120, 60, 12, 1},
		5:  {30240, 15120, 3360, 420, 30, 1},
		7:  {17297280, 8648640, 1995840, 277200, 25200, 1512, 56, 1},
		9:  {17643225600, 8821612800, 2075673600, 302702400, 30270240, 2162160, 110880, 3960, 90, 1},
		13: {64764752532480000, 32382376266240000, 7771770303897600, 1187353796428800, 129060195264000, 10559470521600, 670442572800, 33522128640, 1323241920, 40840800, 960960, 16380, 182, 1},
	}
	padeTheta = []struct {
		m     int
		theta float64
	}{{3, 1.495585217958292e-2}, {5, 2.539398330063230e-1}, {7, 9.504178996162932e-1}, {9, 2.097847961257068e0}}
)

const theta13 = 5.371920351148152

// Expm returns the matrix exponential of the square matrix a by scaling and
// squaring with a Padé approximant of degree 3, 5, 7, 9 or 13 chosen from
// ‖a‖₁ (Higham 2005), the method scipy.linalg.expm builds on. SciPy 1.10
// refines the degree choice with Al-Mohy and Higham's (2009) bounds, which
// can choose fewer squarings for non-normal matrices; both are backward
// stable and agree to rounding on well-conditioned problems.
//
// Errors: ErrShape if a is not square, ErrNotFinite, ErrSingular if the Padé
// denominator is singular (which only non-finite-like scaling can cause).
func Expm(a mat.Matrix, opts *Options) (e *mat.Dense, err error) {
	const fn = "Expm"
	defer recoverTo(fn, &err)
	n, err := square(fn, "a", a)
	if err != nil {
		return nil, err
	}
	// f and every intermediate power are scratch (speed_pool.go); only
	// U and V, one of which becomes the result, are allocated afresh.
	f, _, _, err := denseCopyScratch(fn, "a", a, skip(opts))
	if err != nil {
		return nil, err
	}
	defer putScratch(f)
	if n == 0 {
		return &mat.Dense{}, nil
	}
	if n == 1 {
		return mat.NewDense(1, 1, []float64{math.Exp(f[0])}), nil
	}
	A := mat.NewDense(n, n, f)
	norm := mat.Norm(A, 1)
	for _, p := range padeTheta {
		if norm <= p.theta {
			return expmPade(fn, A, n, p.m, 0)
		}
	}
	s := 0
	if norm > theta13 {
		s = int(math.Ceil(math.Log2(norm / theta13)))
	}
	A.Scale(math.Ldexp(1, -s), A)
	return expmPade(fn, A, n, 13, s)
}

// expmPade evaluates the [m/m] Padé approximant r(A) = (V−U)⁻¹(V+U) and
// squares it s times. It works on raw row-major slices: the sums of scaled
// powers are formed in one pass each and accumulated into products by
// dgemm's beta, which took expm's time at n=100 from 2.6× to about SciPy's
// (BenchmarkExpm; the earlier version built each sum from mat.Dense Scale
// and Add temporaries).
func expmPade(fn string, A *mat.Dense, n, m, s int) (*mat.Dense, error) {
	b := padeB[m]
	a := A.RawMatrix().Data
	nn := n * n
	A2 := gemmInto(getScratch(nn), n, a, a, 0)
	defer putScratch(A2)
	U, V := make([]float64, nn), make([]float64, nn)
	if m < 13 {
		// U = A·Σ b[2k+1] A^(2k), V = Σ b[2k] A^(2k), powers of A2
		// computed one by one.
		u := getScratch(nn)
		defer putScratch(u)
		clear(u)
		addIdentity(u, n, b[1])
		addIdentity(V, n, b[0])
		pow, bufs := A2, [2][]float64{getScratch(nn), getScratch(nn)}
		defer putScratch(bufs[0])
		defer putScratch(bufs[1])
		for k := 2; k <= m; k += 2 {
			if k > 2 {
				// Alternate between two buffers, never A2 itself.
				pow = gemmInto(bufs[k/2%2], n, pow, A2, 0)
			}
			for i, v := range pow {
				u[i] += b[k+1] * v
				V[i] += b[k] * v
			}
		}
		gemmInto(U, n, a, u, 0)
	} else {
		A4 := gemmInto(getScratch(nn), n, A2, A2, 0)
		defer putScratch(A4)
		A6 := gemmInto(getScratch(nn), n, A4, A2, 0)
		defer putScratch(A6)
		// u = A6·(b13·A6 + b11·A4 + b9·A2) + b7·A6 + b5·A4 + b3·A2 + b1·I,
		// U = A·u, V = A6·(b12·A6 + b10·A4 + b8·A2) + b6·A6 + … + b0·I.
		t, u := getScratch(nn), getScratch(nn)
		defer putScratch(t)
		defer putScratch(u)
		expmLin(t, n, A6, A4, A2, b[13], b[11], b[9], 0)
		expmLin(u, n, A6, A4, A2, b[7], b[5], b[3], b[1])
		gemmInto(u, n, A6, t, 1)
		gemmInto(U, n, a, u, 0)
		expmLin(t, n, A6, A4, A2, b[12], b[10], b[8], 0)
		expmLin(V, n, A6, A4, A2, b[6], b[4], b[2], b[0])
		gemmInto(V, n, A6, t, 1)
	}
	// p = V + U and q = V − U are polynomials in A, so they commute and
	// q⁻¹·p = p·q⁻¹: X·q = p is qᵀ·Xᵀ = pᵀ, and the row-major q, p and X
	// are, read column-major, exactly qᵀ, pᵀ and Xᵀ. So LAPACK solves
	// on them as they lie, with no transposed copies (lut.go).
	p, q := U, V
	for i := range p {
		p[i], q[i] = V[i]+U[i], V[i]-U[i]
	}
	ipiv := make([]int, n)
	if !cm.Dgetrf(n, n, q, n, ipiv) {
		e := singularLUT(fn, "a", "dgetrf", n, q)
		e.Message = "the Padé denominator is singular; a may be too badly scaled for the matrix exponential"
		return nil, e
	}
	cm.Dgetrs(blas.NoTrans, n, n, q, n, ipiv, p, n)
	r, spare := p, q
	for i := 0; i < s; i++ {
		r, spare = gemmInto(spare, n, r, r, 0), r
	}
	return mat.NewDense(n, n, r), nil
}

// expmLin sets dst = c6·A6 + c4·A4 + c2·A2 + c0·I for n×n row-major
// matrices.
func expmLin(dst []float64, n int, A6, A4, A2 []float64, c6, c4, c2, c0 float64) {
	for i := range dst {
		dst[i] = c6*A6[i] + c4*A4[i] + c2*A2[i]
	}
	addIdentity(dst, n, c0)
}

// addIdentity adds c·I to the n×n row-major dst.
func addIdentity(dst []float64, n int, c float64) {
	for i := 0; i < n; i++ {
		dst[i*n+i] += c
	}
}
