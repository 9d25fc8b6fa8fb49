package conformance

import (
	"errors"
	"fmt"
	"math"
	"math/cmplx"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// sizes are the matrix orders every comparison runs at: the degenerate 1,
// the smallest with off-diagonal structure, an odd size that breaks
// blocking and unrolling, and two sizes large enough for the native
// libraries' blocked and multi-threaded paths (and above cblas's small-size
// crossovers, so that native code really runs).
var sizes = []int{1, 2, 7, 64, 200}

func newRand(n int, salt uint64) *rand.Rand { return rand.New(rand.NewPCG(uint64(n), salt)) }

// TestMatMul compares Dense.Mul elementwise. Any summation order computes
// each entry of A·B with error at most γ_k·(|A|·|B|)ᵢⱼ, γ_k ≈ k·ε/2 for
// inner dimension k (Higham §3.5); two implementations differ by at most
// twice that, k·ε·(|A|·|B|)ᵢⱼ, and 2k·ε leaves room for γ's second-order
// term. The bound is componentwise, so it holds for badly scaled operands.
func TestMatMul(t *testing.T) {
	for _, n := range sizes {
		rnd := newRand(n, 1)
		k, p := n+2, n+1
		a, b := gaussian(rnd, n, k), gaussian(rnd, k, p)
		var at, bt mat.Dense
		at.CloneFrom(a.T())
		bt.CloneFrom(b.T())
		cases := []struct {
			name string
			a, b mat.Matrix
		}{
			{"NN", a, b},
			{"TN", at.T(), b},
			{"NT", a, bt.T()},
			{"TT", at.T(), bt.T()},
			// Rows of A and columns of B scaled over ±300 binary orders
			// (about 1e±90): products span 1e±180, far from overflow.
			{"scaled", scaleRows(a, powersOfTwo(n, 300)), scaleCols(b, powersOfTwo(p, 300))},
		}
		for _, tc := range cases {
			t.Run(fmt.Sprintf("%s/n=%d", tc.name, n), func(t *testing.T) {
				pure, native := both(func() *mat.Dense {
					var c mat.Dense
					c.Mul(tc.a, tc.b)
					return &c
				})
				usePureGo()
				var bound mat.Dense
				bound.Mul(abs(tc.a), abs(tc.b))
				checkElementwise(t, pure, native, &bound, 2*float64(k)*eps)
			})
		}
	}
}

// TestMatMulNonFinite checks that NaN and Inf propagate as IEEE arithmetic
// says: a NaN in row 0 of A makes row 0 of A·B NaN, an Inf in B[1][1] makes
// column 1 infinite (A has no zeros, so no 0·Inf = NaN arises).
func TestMatMulNonFinite(t *testing.T) {
	for _, n := range sizes[1:] {
		t.Run(fmt.Sprintf("n=%d", n), func(t *testing.T) {
			rnd := newRand(n, 2)
			a, b := gaussian(rnd, n, n), gaussian(rnd, n, n)
			a.Set(0, 0, math.NaN())
			b.Set(1, 1, math.Inf(1))
			pure, native := both(func() *mat.Dense {
				var c mat.Dense
				c.Mul(a, b)
				return &c
			})
			for i := range n {
				for j := range n {
					p, q := pure.At(i, j), native.At(i, j)
					switch {
					case i == 0 && !(math.IsNaN(p) && math.IsNaN(q)):
						t.Errorf("C[0][%d]: pure %v, native %v, want NaN from A[0][0]", j, p, q)
					case i > 0 && j == 1 && !(math.IsInf(p, 0) && p == q):
						t.Errorf("C[%d][1]: pure %v, native %v, want the same infinity", i, p, q)
					case i > 0 && j != 1 && (math.IsNaN(q) || math.IsInf(q, 0)):
						t.Errorf("C[%d][%d]: native %v, want finite (pure %v)", i, j, q, p)
					}
				}
			}
		})
	}
}

// checkElementwise asserts |pure−native| ≤ factor·bound elementwise.
func checkElementwise(t *testing.T, pure, native, bound mat.Matrix, factor float64) {
	t.Helper()
	r, c := pure.Dims()
	if nr, nc := native.Dims(); nr != r || nc != c {
		t.Fatalf("native result is %d×%d, pure Go %d×%d", nr, nc, r, c)
	}
	bad := 0
	for i := range r {
		for j := range c {
			d := math.Abs(pure.At(i, j) - native.At(i, j))
			if !(d <= factor*bound.At(i, j)) && bad < 5 {
				bad++
				t.Errorf("[%d][%d]: pure %v, native %v, |diff| %.3g > %.3g", i, j, pure.At(i, j), native.At(i, j), d, factor*bound.At(i, j))
			}
		}
	}
}

// solveCase is a square system A·X = B with what is needed to judge it.
type solveCase struct {
	name     string
	a        mat.Matrix
	kappa    float64 // 2-norm condition number of the problem as compared
	singular bool    // exactly or numerically singular: Condition error expected
	// norm maps a solution to the coordinates it is compared in (nil:
	// itself). Column scaling A·D by powers of two scales the exact
	// solution by D⁻¹, so D·X is compared, with the condition number of
	// the unscaled matrix.
	norm func(*mat.Dense) *mat.Dense
}

// solveCases are the systems TestMatSolve and TestMatInverse use.
func solveCases(n int) []solveCase {
	rnd := newRand(n, 3)
	usePureGo()
	g := gaussian(rnd, n, n)
	var gt mat.Dense
	gt.CloneFrom(g.T())
	cases := []solveCase{
		{name: "gaussian", a: g, kappa: cond2(g)},
		{name: "transposed", a: gt.T(), kappa: cond2(g)},
		{name: "hilbert", a: hilbert(n), kappa: cond2(hilbert(n))},
	}
	d := powersOfTwo(n, 200)
	cases = append(cases, solveCase{name: "colscaled", a: scaleCols(g, d), kappa: cond2(g),
		norm: func(x *mat.Dense) *mat.Dense { return scaleRows(x, d) }})
	if n > 1 {
		cases = append(cases, solveCase{name: "illcond1e10", a: withSingularValues(rnd, geometric(n, 1e10)), kappa: 1e10})
		dup := mat.DenseCopyOf(g)
		dup.SetRow(n-1, g.RawRowView(0))
		cases = append(cases, solveCase{name: "duplicate-rows", a: dup, kappa: math.Inf(1), singular: true})
	}
	zc := mat.DenseCopyOf(g)
	zc.SetCol(n/2, make([]float64, n))
	cases = append(cases, solveCase{name: "zero-column", a: zc, kappa: math.Inf(1), singular: true})
	return cases
}

// TestMatSolve compares Dense.Solve (LU with partial pivoting, dgetrf +
// dgetrs + dgecon) with 3 right-hand sides. The relative forward error of
// each is at most about c·n·ε·κ(A) (Higham Thm 9.4 with a small growth
// factor), see tol. Singular systems must give gonum's Condition error on
// both backends.
func TestMatSolve(t *testing.T) {
	for _, n := range sizes {
		for _, tc := range solveCases(n) {
			t.Run(fmt.Sprintf("%s/n=%d", tc.name, n), func(t *testing.T) {
				b := gaussian(newRand(n, 4), n, 3)
				type out struct {
					x   *mat.Dense
					err error
				}
				pure, native := both(func() out {
					var x mat.Dense
					err := x.Solve(tc.a, b)
					return out{&x, err}
				})
				compareOutcome(t, tc, pure.err, native.err)
				tl := tol(n, tc.kappa)
				if pure.err != nil || native.err != nil || !meaningful(tl) {
					return
				}
				px, nx := pure.x, native.x
				if tc.norm != nil {
					px, nx = tc.norm(px), tc.norm(nx)
				}
				if d := relDiff(px, nx); !(d <= tl) {
					t.Errorf("relative difference %.3g > %.3g (κ = %.3g)", d, tl, tc.kappa)
				}
			})
		}
	}
}

// compareOutcome checks that both backends agree on whether the problem is
// (numerically) singular, and that singular ones give mat.Condition.
func compareOutcome(t *testing.T, tc solveCase, pureErr, nativeErr error) {
	t.Helper()
	var pc, nc mat.Condition
	pureCond, nativeCond := errors.As(pureErr, &pc), errors.As(nativeErr, &nc)
	switch {
	case tc.singular && !(pureCond && nativeCond):
		t.Errorf("singular matrix: pure Go error %v, native error %v; want mat.Condition from both", pureErr, nativeErr)
	case (pureErr == nil) != (nativeErr == nil):
		t.Errorf("pure Go error %v, native error %v; want the same outcome", pureErr, nativeErr)
	case pureErr != nil && !(pureCond && nativeCond):
		t.Errorf("pure Go error %v, native error %v; want mat.Condition or nil", pureErr, nativeErr)
	}
}

// TestMatInverse compares Dense.Inverse (dgetrf + dgetri + dgecon). The
// computed inverse's relative error is bounded like a solve's, c·n·ε·κ
// (Higham §14.3).
func TestMatInverse(t *testing.T) {
	for _, n := range sizes {
		for _, tc := range solveCases(n) {
			t.Run(fmt.Sprintf("%s/n=%d", tc.name, n), func(t *testing.T) {
				type out struct {
					inv *mat.Dense
					err error
				}
				pure, native := both(func() out {
					var inv mat.Dense
					err := inv.Inverse(tc.a)
					return out{&inv, err}
				})
				compareOutcome(t, tc, pure.err, native.err)
				tl := tol(n, tc.kappa)
				if pure.err != nil || native.err != nil || !meaningful(tl) {
					return
				}
				pi, ni := pure.inv, native.inv
				if tc.norm != nil {
					pi, ni = tc.norm(pi), tc.norm(ni)
				}
				if d := relDiff(pi, ni); !(d <= tl) {
					t.Errorf("relative difference %.3g > %.3g (κ = %.3g)", d, tl, tc.kappa)
				}
			})
		}
	}
}

// TestMatLU compares LU factorizations. Partial pivoting picks the first
// entry of largest magnitude, so both backends choose the same pivots
// unless rounding breaks a near tie; with equal pivots the factors are
// perturbed by at most about c·n·ε·κ relative (Higham §9.13). An exactly
// singular matrix must give a zero determinant on both, and the condition
// estimates (dgecon) must agree within a factor of 2, the precision
// LAPACK's estimator promises nothing beyond but a wrong norm or a wrong
// triangle exceeds.
func TestMatLU(t *testing.T) {
	for _, n := range sizes {
		for _, tc := range solveCases(n) {
			if tc.norm != nil {
				continue // column scaling changes nothing for LU that Solve has not checked
			}
			t.Run(fmt.Sprintf("%s/n=%d", tc.name, n), func(t *testing.T) {
				type out struct {
					piv       []int
					l         *mat.TriDense
					u         *mat.TriDense
					det, cond float64
				}
				pure, native := both(func() out {
					var lu mat.LU
					lu.Factorize(tc.a)
					var l, u mat.TriDense
					lu.LTo(&l)
					lu.UTo(&u)
					return out{lu.RowPivots(nil), &l, &u, lu.Det(), lu.Cond()}
				})
				if tc.name == "zero-column" && (pure.det != 0 || native.det != 0) {
					t.Errorf("zero column: det pure %v, native %v, want exactly 0", pure.det, native.det)
				}
				tl := tol(n, tc.kappa)
				if !meaningful(tl) {
					return
				}
				if r := native.cond / pure.cond; !(r >= 0.5 && r <= 2) {
					t.Errorf("condition estimates: pure %.4g, native %.4g", pure.cond, native.cond)
				}
				if !equalInts(pure.piv, native.piv) {
					t.Logf("pivots differ (a near tie): pure %v, native %v", pure.piv, native.piv)
					if d := math.Abs(native.det-pure.det) / math.Abs(pure.det); !(d <= tl) {
						t.Errorf("determinants: pure %v, native %v, relative difference %.3g > %.3g", pure.det, native.det, d, tl)
					}
					return
				}
				if d := relDiff(pure.l, native.l); !(d <= tl) {
					t.Errorf("L: relative difference %.3g > %.3g (κ = %.3g)", d, tl, tc.kappa)
				}
				if d := relDiff(pure.u, native.u); !(d <= tl) {
					t.Errorf("U: relative difference %.3g > %.3g (κ = %.3g)", d, tl, tc.kappa)
				}
			})
		}
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestMatCholesky compares Cholesky factors (dpotrf). The factor of a
// positive definite A is unique and perturbed by at most about c·n·ε·κ(A)
// relative (Sun 1991; Higham §10.1), see tol. An indefinite matrix must
// fail on both backends. A matrix D·S·D with D powers of two has the exact
// factor D·L, so D⁻¹·L is compared with κ(S).
func TestMatCholesky(t *testing.T) {
	for _, n := range sizes {
		rnd := newRand(n, 5)
		g := gaussian(rnd, n, n)
		var gtg mat.SymDense
		gtg.SymOuterK(1, g.T())
		spd := mat.NewSymDense(n, nil)
		spd.AddSym(&gtg, scaledIdentity(n, float64(n)))
		d := powersOfTwo(n, 200)
		dinv := make([]float64, n)
		for i := range d {
			dinv[i] = 1 / d[i]
		}
		ev := make([]float64, n)
		for i := range ev {
			ev[i] = 1
		}
		ev[n-1] = -1
		cases := []struct {
			name  string
			a     mat.Symmetric
			kappa float64
			fails bool
			norm  func(*mat.TriDense) mat.Matrix
		}{
			{name: "spd", a: spd, kappa: cond2(spd)},
			{name: "scaled", a: symmetrize(scaleCols(scaleRows(spd, d), d)), kappa: cond2(spd),
				norm: func(l *mat.TriDense) mat.Matrix { return scaleRows(l, dinv) }},
			{name: "indefinite", a: symmetricWithEigenvalues(rnd, ev), fails: true},
		}
		if n > 1 {
			cases = append(cases, struct {
				name  string
				a     mat.Symmetric
				kappa float64
				fails bool
				norm  func(*mat.TriDense) mat.Matrix
			}{name: "illcond1e10", a: symmetricWithEigenvalues(rnd, geometric(n, 1e10)), kappa: 1e10})
		}
		if n <= 7 {
			// Beyond n ≈ 12 the Hilbert matrix is numerically indefinite and
			// whether dpotrf fails depends on rounding, so it is left out.
			cases = append(cases, struct {
				name  string
				a     mat.Symmetric
				kappa float64
				fails bool
				norm  func(*mat.TriDense) mat.Matrix
			}{name: "hilbert", a: hilbert(n), kappa: cond2(hilbert(n))})
		}
		for _, tc := range cases {
			t.Run(fmt.Sprintf("%s/n=%d", tc.name, n), func(t *testing.T) {
				type out struct {
					ok bool
					l  *mat.TriDense
				}
				pure, native := both(func() out {
					var ch mat.Cholesky
					ok := ch.Factorize(tc.a)
					var l mat.TriDense
					if ok {
						ch.LTo(&l)
					}
					return out{ok, &l}
				})
				if pure.ok == tc.fails || native.ok == tc.fails {
					t.Fatalf("Factorize ok: pure %v, native %v, want %v", pure.ok, native.ok, !tc.fails)
				}
				if tc.fails {
					return
				}
				var pl, nl mat.Matrix = pure.l, native.l
				if tc.norm != nil {
					pl, nl = tc.norm(pure.l), tc.norm(native.l)
				}
				if tl, d := tol(n, tc.kappa), relDiff(pl, nl); !(d <= tl) {
					t.Errorf("L: relative difference %.3g > %.3g (κ = %.3g)", d, tl, tc.kappa)
				}
			})
		}
	}
}

func scaledIdentity(n int, v float64) *mat.DiagDense {
	d := make([]float64, n)
	for i := range d {
		d[i] = v
	}
	return mat.NewDiagDense(n, d)
}

// TestMatQR compares QR factors (dgeqrf, dorgqr) of square and tall
// matrices. With R's diagonal made positive the factors are unique for a
// full-rank A and move by at most about c·n·ε·κ(A) relative (Chang and
// Paige; Higham §19.9), see tol; only Q's first n columns are determined
// by A. The native factors must also reproduce A to c·n·ε (backward
// stability, no κ).
func TestMatQR(t *testing.T) {
	for _, n := range sizes {
		rnd := newRand(n, 6)
		cases := []struct {
			name string
			a    *mat.Dense
		}{
			{"square", gaussian(rnd, n, n)},
			{"tall", gaussian(rnd, n+3, n)},
			{"hilbert", mat.DenseCopyOf(hilbert(n))},
		}
		if n > 1 {
			cases = append(cases, struct {
				name string
				a    *mat.Dense
			}{"illcond1e10", withSingularValues(rnd, geometric(n, 1e10))})
		}
		for _, tc := range cases {
			t.Run(fmt.Sprintf("%s/n=%d", tc.name, n), func(t *testing.T) {
				kappa := cond2(tc.a)
				m, _ := tc.a.Dims()
				type out struct{ q, r *mat.Dense }
				pure, native := both(func() out {
					var qr mat.QR
					qr.Factorize(tc.a)
					var q, r mat.Dense
					qr.QTo(&q)
					qr.RTo(&r)
					return out{&q, &r}
				})
				usePureGo()
				var qrProd mat.Dense
				qrProd.Mul(native.q, native.r)
				if tl, d := tol(m, 1), relDiff(tc.a, &qrProd); !(d <= tl) {
					t.Errorf("native Q·R differs from A by %.3g > %.3g", d, tl)
				}
				tl := tol(m, kappa)
				if !meaningful(tl) {
					return
				}
				pq, pr := positiveDiagonal(pure.q, pure.r, n)
				nq, nr := positiveDiagonal(native.q, native.r, n)
				if d := relDiff(pr, nr); !(d <= tl) {
					t.Errorf("R: relative difference %.3g > %.3g (κ = %.3g)", d, tl, kappa)
				}
				if d := relDiff(pq, nq); !(d <= tl) {
					t.Errorf("Q[:, :n]: relative difference %.3g > %.3g (κ = %.3g)", d, tl, kappa)
				}
			})
		}
	}
}

// positiveDiagonal returns Q's first n columns and R's first n rows with
// signs flipped so that R's diagonal is nonnegative.
func positiveDiagonal(q, r *mat.Dense, n int) (*mat.Dense, *mat.Dense) {
	m, _ := q.Dims()
	qn := mat.DenseCopyOf(q.Slice(0, m, 0, n))
	rn := mat.DenseCopyOf(r.Slice(0, n, 0, n))
	for i := range n {
		if rn.At(i, i) < 0 {
			for j := range n {
				rn.Set(i, j, -rn.At(i, j))
			}
			for j := range m {
				qn.Set(j, i, -qn.At(j, i))
			}
		}
	}
	return qn, rn
}

// TestMatSVD compares singular values (dgesvd). Singular values are
// perfectly conditioned in absolute terms: a backward error ‖ΔA‖ moves each
// by at most ‖ΔA‖₂ (Weyl), so |σᵢ − σ'ᵢ| ≤ tol(n, 1)·‖A‖₂ whatever the
// condition number; this also covers singular and ill-conditioned inputs.
// The native vectors must reproduce A and be orthonormal to c·n·ε.
func TestMatSVD(t *testing.T) {
	for _, n := range sizes {
		rnd := newRand(n, 7)
		g := gaussian(rnd, n, n)
		zc := mat.DenseCopyOf(g)
		zc.SetCol(n/2, make([]float64, n))
		cases := []struct {
			name string
			a    mat.Matrix
		}{
			{"square", g},
			{"tall", gaussian(rnd, n+3, n)},
			{"wide", gaussian(rnd, n, n+3)},
			{"hilbert", hilbert(n)},
			{"zero-column", zc},
			{"scaled", scaleCols(scaleRows(g, powersOfTwo(n, 100)), powersOfTwo(n, 100))},
		}
		for _, tc := range cases {
			t.Run(fmt.Sprintf("%s/n=%d", tc.name, n), func(t *testing.T) {
				type out struct {
					ok   bool
					s    []float64
					u, v *mat.Dense
				}
				pure, native := both(func() out {
					var svd mat.SVD
					ok := svd.Factorize(tc.a, mat.SVDThin)
					var u, v mat.Dense
					if ok {
						svd.UTo(&u)
						svd.VTo(&v)
					}
					return out{ok, svd.Values(nil), &u, &v}
				})
				if !pure.ok || !native.ok {
					t.Fatalf("Factorize ok: pure %v, native %v", pure.ok, native.ok)
				}
				r, c := tc.a.Dims()
				k := max(r, c)
				norm := pure.s[0]
				for i := range pure.s {
					if d := math.Abs(pure.s[i] - native.s[i]); !(d <= tol(k, 1)*norm) {
						t.Errorf("σ[%d]: pure %v, native %v, |diff| %.3g > %.3g", i, pure.s[i], native.s[i], d, tol(k, 1)*norm)
					}
				}
				usePureGo()
				var us, usv mat.Dense
				us.Mul(native.u, mat.NewDiagDense(len(native.s), native.s))
				usv.Mul(&us, native.v.T())
				if d := relDiff(tc.a, &usv); !(d <= tol(k, 1)) {
					t.Errorf("native U·Σ·Vᵀ differs from A by %.3g > %.3g", d, tol(k, 1))
				}
				checkOrthonormalColumns(t, "U", native.u, tol(k, 1))
				checkOrthonormalColumns(t, "V", native.v, tol(k, 1))
			})
		}
	}
}

// checkOrthonormalColumns asserts max|QᵀQ − I| ≤ tl.
func checkOrthonormalColumns(t *testing.T, name string, q *mat.Dense, tl float64) {
	t.Helper()
	var qtq mat.Dense
	qtq.Mul(q.T(), q)
	n, _ := qtq.Dims()
	for i := range n {
		qtq.Set(i, i, qtq.At(i, i)-1)
	}
	if d := mat.Norm(&qtq, math.Inf(1)); !(d <= tl*float64(n)) {
		t.Errorf("%s: ‖%sᵀ%s − I‖∞ = %.3g > %.3g", name, name, name, d, tl*float64(n))
	}
}

// TestMatEigen compares eigenvalues of nonsymmetric matrices (dgeev). By
// Bauer–Fike, a backward error ‖ΔA‖ moves each eigenvalue by at most
// κ₂(V)·‖ΔA‖₂, V the eigenvector matrix; κ₂(V) is computed from the
// pure-Go eigenvectors, so the bound tol(n, κ₂(V))·‖A‖_F adapts to
// non-normal matrices. Each eigenvalue of one backend must have one of the
// other's that close. The native eigenvectors must satisfy A·V = V·Λ to
// c·n·ε·‖A‖.
func TestMatEigen(t *testing.T) {
	for _, n := range sizes {
		rnd := newRand(n, 8)
		g := gaussian(rnd, n, n)
		d := powersOfTwo(n, 60)
		dinv := make([]float64, n)
		for i := range d {
			dinv[i] = 1 / d[i]
		}
		tri := mat.NewDense(n, n, nil)
		for i := range n {
			tri.Set(i, i, float64(i+1))
			for j := i + 1; j < n; j++ {
				tri.Set(i, j, 0.1*rnd.NormFloat64())
			}
		}
		cases := []struct {
			name string
			a    mat.Matrix
		}{
			{"gaussian", g},
			// D·G·D⁻¹ has G's eigenvalues; balancing (dgebal) should undo the
			// scaling on both backends.
			{"similarity-scaled", scaleCols(scaleRows(g, d), dinv)},
			{"triangular", tri},
			{"rotations", rotations(rnd, n)},
		}
		for _, tc := range cases {
			t.Run(fmt.Sprintf("%s/n=%d", tc.name, n), func(t *testing.T) {
				type out struct {
					ok  bool
					val []complex128
					vec *mat.CDense
				}
				pure, native := both(func() out {
					var eig mat.Eigen
					ok := eig.Factorize(tc.a, mat.EigenRight)
					var v mat.CDense
					if ok {
						eig.VectorsTo(&v)
					}
					return out{ok, eig.Values(nil), &v}
				})
				if !pure.ok || !native.ok {
					t.Fatalf("Factorize ok: pure %v, native %v", pure.ok, native.ok)
				}
				normA := mat.Norm(tc.a, 2)
				kv := cond2(realEmbedding(pure.vec))
				bound := tol(n, kv) * normA
				if !meaningful(bound / normA) {
					t.Logf("κ₂(V) = %.3g: eigenvalues not determined to any digit, only residuals checked", kv)
				} else {
					checkMatched(t, "native", native.val, pure.val, bound)
					checkMatched(t, "pure Go", pure.val, native.val, bound)
				}
				checkEigenResidual(t, tc.a, native.val, native.vec, tol(n, 1)*normA*math.Sqrt(float64(n)))
			})
		}
	}
}

// rotations is Q·blockdiag(rᵢ·R(θᵢ))·Qᵀ with 2×2 rotations R: a normal
// matrix (κ₂(V) = 1) whose eigenvalues come in complex pairs rᵢ·e^{±iθᵢ}.
func rotations(rnd *rand.Rand, n int) *mat.Dense {
	b := mat.NewDense(n, n, nil)
	for i := 0; i+1 < n; i += 2 {
		r, th := 1+rnd.Float64(), math.Pi*rnd.Float64()
		c, s := r*math.Cos(th), r*math.Sin(th)
		b.Set(i, i, c)
		b.Set(i, i+1, -s)
		b.Set(i+1, i, s)
		b.Set(i+1, i+1, c)
	}
	if n%2 == 1 {
		b.Set(n-1, n-1, 0.5)
	}
	q := orthogonal(rnd, n)
	var a mat.Dense
	a.Mul(q, b)
	a.Mul(&a, q.T())
	return &a
}

// realEmbedding is [[Re V, −Im V], [Im V, Re V]], whose singular values are
// V's, each twice, so that mat.Cond can measure a complex matrix.
func realEmbedding(v *mat.CDense) *mat.Dense {
	n, m := v.Dims()
	e := mat.NewDense(2*n, 2*m, nil)
	for i := range n {
		for j := range m {
			z := v.At(i, j)
			e.Set(i, j, real(z))
			e.Set(i, j+m, -imag(z))
			e.Set(i+n, j, imag(z))
			e.Set(i+n, j+m, real(z))
		}
	}
	return e
}

// checkMatched asserts that every value in got lies within bound of some
// value in want.
func checkMatched(t *testing.T, name string, got, want []complex128, bound float64) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: %d eigenvalues, other backend %d", name, len(got), len(want))
	}
	for i, g := range got {
		best := math.Inf(1)
		for _, w := range want {
			best = min(best, cmplx.Abs(g-w))
		}
		if !(best <= bound) {
			t.Errorf("%s eigenvalue %d = %v is %.3g from the other backend's, bound %.3g", name, i, g, best, bound)
		}
	}
}

// checkEigenResidual asserts ‖A·vⱼ − λⱼ·vⱼ‖₂ ≤ bound for each unit-norm vⱼ.
func checkEigenResidual(t *testing.T, a mat.Matrix, val []complex128, vec *mat.CDense, bound float64) {
	t.Helper()
	n, _ := a.Dims()
	for j, lam := range val {
		var res float64
		for i := range n {
			var s complex128
			for k := range n {
				s += complex(a.At(i, k), 0) * vec.At(k, j)
			}
			s -= lam * vec.At(i, j)
			res += real(s)*real(s) + imag(s)*imag(s)
		}
		if r := math.Sqrt(res); !(r <= bound) {
			t.Errorf("native eigenpair %d (λ = %v): residual %.3g > %.3g", j, lam, r, bound)
		}
	}
}

// TestMatEigenSym compares eigenvalues of symmetric matrices (dsyev). They
// are perfectly conditioned (Weyl): each moves by at most ‖ΔA‖₂, so sorted
// pairs must agree to tol(n, 1)·‖A‖₂ even with repeated eigenvalues, where
// the eigenvectors themselves are not unique; those are checked through
// A·V = V·Λ and VᵀV = I on the native result.
func TestMatEigenSym(t *testing.T) {
	for _, n := range sizes {
		rnd := newRand(n, 9)
		rep := make([]float64, n)
		for i := range rep {
			rep[i] = float64(1 + i%3) // 1, 2, 3, 1, 2, 3, …: each repeated ~n/3 times
		}
		diag := mat.NewSymDense(n, nil)
		for i := range n {
			diag.SetSym(i, i, math.Ldexp(float64(i%5)-2, 10*(i%7)-30))
		}
		cases := []struct {
			name string
			a    *mat.SymDense
		}{
			{"gaussian", symmetrize(gaussian(rnd, n, n))},
			{"repeated", symmetricWithEigenvalues(rnd, rep)},
			{"hilbert", hilbert(n)},
			{"diagonal-scaled", diag},
		}
		for _, tc := range cases {
			t.Run(fmt.Sprintf("%s/n=%d", tc.name, n), func(t *testing.T) {
				type out struct {
					ok  bool
					val []float64
					vec *mat.Dense
				}
				pure, native := both(func() out {
					var es mat.EigenSym
					ok := es.Factorize(tc.a, true)
					var v mat.Dense
					if ok {
						es.VectorsTo(&v)
					}
					return out{ok, es.Values(nil), &v}
				})
				if !pure.ok || !native.ok {
					t.Fatalf("Factorize ok: pure %v, native %v", pure.ok, native.ok)
				}
				normA := mat.Norm(tc.a, 2)
				bound := tol(n, 1) * normA
				for i := range pure.val {
					if d := math.Abs(pure.val[i] - native.val[i]); !(d <= bound) {
						t.Errorf("λ[%d]: pure %v, native %v, |diff| %.3g > %.3g", i, pure.val[i], native.val[i], d, bound)
					}
				}
				usePureGo()
				var av, vl mat.Dense
				av.Mul(tc.a, native.vec)
				vl.Mul(native.vec, mat.NewDiagDense(n, native.val))
				av.Sub(&av, &vl)
				if r := mat.Norm(&av, 2); !(r <= bound*math.Sqrt(float64(n))) {
					t.Errorf("native ‖A·V − V·Λ‖_F = %.3g > %.3g", r, bound*math.Sqrt(float64(n)))
				}
				checkOrthonormalColumns(t, "V", native.vec, tol(n, 1))
			})
		}
	}
}
