package linalg

import (
	"math"

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
	f, _, _, err := denseCopy(fn, "a", a, skip(opts))
	if err != nil {
		return nil, err
	}
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
// squares it s times.
func expmPade(fn string, A *mat.Dense, n, m, s int) (*mat.Dense, error) {
	b := padeB[m]
	id := mat.NewDense(n, n, nil)
	for i := 0; i < n; i++ {
		id.Set(i, i, 1)
	}
	A2 := mul(A, A)
	U, V := mat.NewDense(n, n, nil), mat.NewDense(n, n, nil)
	if m < 13 {
		// U = A·Σ b[2k+1] A^(2k), V = Σ b[2k] A^(2k).
		pow := mat.DenseCopyOf(id)
		u := mat.NewDense(n, n, nil)
		u.Scale(b[1], id)
		V.Scale(b[0], id)
		for k := 2; k <= m; k += 2 {
			pow = mul(pow, A2)
			var t mat.Dense
			t.Scale(b[k+1], pow)
			u.Add(u, &t)
			t.Scale(b[k], pow)
			V.Add(V, &t)
		}
		U = mul(A, u)
	} else {
		A4 := mul(A2, A2)
		A6 := mul(A4, A2)
		lin := func(c6, c4, c2, c0 float64) *mat.Dense {
			r := mat.NewDense(n, n, nil)
			var t mat.Dense
			r.Scale(c6, A6)
			t.Scale(c4, A4)
			r.Add(r, &t)
			t.Scale(c2, A2)
			r.Add(r, &t)
			t.Scale(c0, id)
			r.Add(r, &t)
			return r
		}
		u := mul(A6, lin(b[13], b[11], b[9], 0))
		u.Add(u, lin(b[7], b[5], b[3], b[1]))
		U = mul(A, u)
		V = mul(A6, lin(b[12], b[10], b[8], 0))
		V.Add(V, lin(b[6], b[4], b[2], b[0]))
	}
	var p, q mat.Dense
	p.Add(V, U)
	q.Sub(V, U)
	res, err := Solve(&q, &p, &SolveOptions{SkipFiniteCheck: true})
	if err != nil {
		if e, ok := err.(*Error); ok {
			e.Func, e.Arg = fn, "a"
			e.Message = "the Padé denominator is singular; a may be too badly scaled for the matrix exponential"
		}
		return nil, err
	}
	r := res.X
	for i := 0; i < s; i++ {
		r = mul(r, r)
	}
	return r, nil
}
