package linalg

import (
	"math"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// lowRank returns an m×n matrix of rank k (a random m×k times k×n).
func lowRank(m, n, k int, seed int64) *mat.Dense {
	var a mat.Dense
	a.Mul(randDense(m, k, seed), randDense(k, n, seed+1))
	return &a
}

// orthonormalErr is ‖QᵀQ − I‖_max.
func orthonormalErr(q *mat.Dense) float64 {
	_, c := q.Dims()
	var g mat.Dense
	g.Mul(q.T(), q)
	for i := 0; i < c; i++ {
		g.Set(i, i, g.At(i, i)-1)
	}
	return mat.Norm(&g, math.Inf(1))
}

func TestCondProperties(t *testing.T) {
	a := randDense(6, 6, 1)
	inv, err := Inv(a, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"", "2", "fro", "nuc", "inf", "1"} {
		ca, err := Cond(a, &CondOptions{P: p})
		if err != nil {
			t.Fatal(err)
		}
		ci, err := Cond(inv, &CondOptions{P: p})
		if err != nil {
			t.Fatal(err)
		}
		// cond(A) = cond(A⁻¹), up to the rounding of the inverse.
		if e := math.Abs(ca-ci) / ca; e > 1e-12 {
			t.Errorf("P %q: cond(A) %v, cond(inv A) %v", p, ca, ci)
		}
		if ca < 1 {
			t.Errorf("P %q: cond %v < 1", p, ca)
		}
	}
	// An orthogonal matrix has 2-norm condition number 1.
	q := mat.NewDense(2, 2, []float64{0.6, -0.8, 0.8, 0.6})
	if c, err := Cond(q, nil); err != nil || math.Abs(c-1) > 4*eps {
		t.Errorf("orthogonal: %v, %v", c, err)
	}
	// Rectangular: the 2-norm works, the others are shape errors.
	if c, err := Cond(mat.NewDense(1, 2, []float64{3, 4}), nil); err != nil || c != 1 {
		t.Errorf("1×2: %v, %v; want 1", c, err)
	}
	_, err = Cond(randDense(3, 2, 1), &CondOptions{P: "1"})
	wantKind(t, err, ErrShape, "a")
	// Exactly singular: +Inf, as NumPy, for every order.
	s := mat.NewDense(2, 2, []float64{1, 2, 0, 0})
	for _, p := range []string{"", "fro", "nuc", "inf", "-inf", "1", "-1"} {
		if c, err := Cond(s, &CondOptions{P: p}); err != nil || !math.IsInf(c, 1) {
			t.Errorf("singular P %q: %v, %v; want +Inf", p, c, err)
		}
	}
	_, err = Cond(&mat.Dense{}, nil)
	wantKind(t, err, ErrShape, "a")
	_, err = Cond(nil, nil)
	wantKind(t, err, ErrShape, "a")
	_, err = Cond(a, &CondOptions{P: "3"})
	wantKind(t, err, ErrValue, "opts.P")
	bad := mat.DenseCopyOf(a)
	bad.Set(1, 2, math.NaN())
	_, err = Cond(bad, &CondOptions{P: "1"})
	wantKind(t, err, ErrNotFinite, "a")
	_, err = Cond(bad, nil)
	wantKind(t, err, ErrNotFinite, "a")
}

func TestMatrixRankProperties(t *testing.T) {
	for _, s := range [][3]int{{5, 7, 2}, {8, 3, 3}, {6, 6, 5}, {1, 1, 1}} {
		a := lowRank(s[0], s[1], s[2], int64(s[0]))
		if r, err := MatrixRank(a, nil); err != nil || r != s[2] {
			t.Errorf("%v: rank %d, %v", s, r, err)
		}
		if s[0] == s[1] {
			var sym mat.Dense
			sym.Mul(a, a.T())
			if r, err := MatrixRank(&sym, &MatrixRankOptions{Hermitian: true}); err != nil || r != s[2] {
				t.Errorf("%v hermitian: rank %d, %v", s, r, err)
			}
		}
	}
	if r, err := MatrixRank(&mat.Dense{}, nil); err != nil || r != 0 {
		t.Errorf("empty: %d, %v", r, err)
	}
	if r, err := MatrixRank(mat.NewDense(2, 2, nil), nil); err != nil || r != 0 {
		t.Errorf("zero: %d, %v", r, err)
	}
	// A huge Tol cuts everything.
	if r, err := MatrixRank(randDense(3, 3, 1), &MatrixRankOptions{Tol: 1e300}); err != nil || r != 0 {
		t.Errorf("huge tol: %d, %v", r, err)
	}
	_, err := MatrixRank(randDense(3, 3, 1), &MatrixRankOptions{Tol: -1})
	wantKind(t, err, ErrValue, "opts.Tol")
	_, err = MatrixRank(randDense(3, 2, 1), &MatrixRankOptions{Hermitian: true})
	wantKind(t, err, ErrShape, "a")
	bad := randDense(3, 3, 1)
	bad.Set(0, 0, math.Inf(1))
	_, err = MatrixRank(bad, nil)
	wantKind(t, err, ErrNotFinite, "a")
}

func TestNullSpaceOrthProperties(t *testing.T) {
	for _, s := range [][3]int{{4, 7, 2}, {7, 4, 3}, {5, 5, 5}, {3, 3, 1}} {
		m, n, k := s[0], s[1], s[2]
		a := lowRank(m, n, k, int64(m+n))
		ns, err := NullSpace(a, nil)
		if err != nil {
			t.Fatal(err)
		}
		if k == n {
			if !ns.IsEmpty() {
				t.Errorf("%v: full rank, null space not empty", s)
			}
		} else {
			if _, c := ns.Dims(); c != n-k {
				t.Errorf("%v: null space dimension %d, want %d", s, c, n-k)
			}
			var an mat.Dense
			an.Mul(a, ns)
			if e := mat.Norm(&an, math.Inf(1)) / mat.Norm(a, math.Inf(1)); e > 1e-14 {
				t.Errorf("%v: ‖A·N‖/‖A‖ = %.3g", s, e)
			}
			if e := orthonormalErr(ns); e > 1e-14 {
				t.Errorf("%v: null space not orthonormal (%.3g)", s, e)
			}
		}
		q, err := Orth(a, nil)
		if err != nil {
			t.Fatal(err)
		}
		if _, c := q.Dims(); c != k {
			t.Errorf("%v: range dimension %d, want %d", s, c, k)
		}
		if e := orthonormalErr(q); e > 1e-14 {
			t.Errorf("%v: orth not orthonormal (%.3g)", s, e)
		}
		// The range of A is the span of Q: (I − QQᵀ)A = 0.
		var pa, r mat.Dense
		pa.Product(q, q.T(), a)
		r.Sub(a, &pa)
		if e := mat.Norm(&r, math.Inf(1)) / mat.Norm(a, math.Inf(1)); e > 1e-14 {
			t.Errorf("%v: A not in span(Q) (%.3g)", s, e)
		}
	}
	// No rows: every vector is in the null space.
	z := mat.NewDense(1, 3, nil)
	if ns, err := NullSpace(z, nil); err != nil || !mat.EqualApprox(projector(ns, 3), projector(mat.NewDense(3, 3, []float64{1, 0, 0, 0, 1, 0, 0, 0, 1}), 3), 1e-15) {
		t.Errorf("zero row: %v, %v", ns, err)
	}
	if q, err := Orth(z, nil); err != nil || !q.IsEmpty() {
		t.Errorf("zero orth: %v, %v", q, err)
	}
	if q, err := Orth(&mat.Dense{}, nil); err != nil || !q.IsEmpty() {
		t.Errorf("empty orth: %v, %v", q, err)
	}
	_, err := NullSpace(z, &SubspaceOptions{Rcond: math.NaN()})
	wantKind(t, err, ErrValue, "opts.Rcond")
	_, err = Orth(nil, nil)
	wantKind(t, err, ErrShape, "a")
	bad := randDense(2, 2, 1)
	bad.Set(1, 1, math.NaN())
	_, err = NullSpace(bad, nil)
	wantKind(t, err, ErrNotFinite, "a")
}

func TestPinvHProperties(t *testing.T) {
	var s mat.Dense
	a := lowRank(6, 6, 4, 3)
	// Symmetric indefinite of rank 4.
	s.Product(a, mat.NewDiagDense(6, []float64{1, -2, 3, -4, 5, -6}), a.T())
	res, err := PinvH(&s, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Rank != 4 {
		t.Errorf("rank %d, want 4", res.Rank)
	}
	// The Penrose conditions A·B·A = A and B·A·B = B.
	var aba, bab mat.Dense
	aba.Product(&s, res.B, &s)
	bab.Product(res.B, &s, res.B)
	if d := relDiff(t, &aba, &s); d > 1e-12 {
		t.Errorf("ABA ≠ A: %.3g", d)
	}
	if d := relDiff(t, &bab, res.B); d > 1e-12 {
		t.Errorf("BAB ≠ B: %.3g", d)
	}
	// Only one triangle is read.
	lowerOnly, upperOnly := mat.DenseCopyOf(&s), mat.DenseCopyOf(&s)
	for i := 0; i < 6; i++ {
		for j := i + 1; j < 6; j++ {
			lowerOnly.Set(i, j, 99)
			upperOnly.Set(j, i, -99)
		}
	}
	rl, err := PinvH(lowerOnly, nil)
	if err != nil {
		t.Fatal(err)
	}
	ru, err := PinvH(upperOnly, &PinvHOptions{Upper: true})
	if err != nil {
		t.Fatal(err)
	}
	if d := relDiff(t, rl.B, res.B); d > 1e-12 {
		t.Errorf("lower triangle: differs by %.3g", d)
	}
	if d := relDiff(t, ru.B, res.B); d > 1e-12 {
		t.Errorf("upper triangle: differs by %.3g", d)
	}
	if r, err := PinvH(&mat.Dense{}, nil); err != nil || !r.B.IsEmpty() || r.Rank != 0 {
		t.Errorf("empty: %v, %v", r, err)
	}
	if r, err := PinvH(mat.NewDense(1, 1, []float64{-4}), nil); err != nil || r.B.At(0, 0) != -0.25 || r.Rank != 1 {
		t.Errorf("1×1: %v, %v", r, err)
	}
	_, err = PinvH(randDense(2, 3, 1), nil)
	wantKind(t, err, ErrShape, "a")
	_, err = PinvH(&s, &PinvHOptions{Rtol: -1})
	wantKind(t, err, ErrValue, "opts.Rtol")
	_, err = PinvH(&s, &PinvHOptions{Atol: math.NaN()})
	wantKind(t, err, ErrValue, "opts.Atol")
	bad := mat.DenseCopyOf(&s)
	bad.Set(3, 1, math.Inf(1))
	_, err = PinvH(bad, nil)
	wantKind(t, err, ErrNotFinite, "a")
}

func TestInvPascalProperties(t *testing.T) {
	// Pascal(n)·InvPascal(n) = I exactly while every product term is an
	// integer below 2⁵³.
	for _, kind := range []string{"", "symmetric", "lower", "upper"} {
		for _, n := range []int{1, 2, 7, 12} {
			p, err := Pascal(n, kind)
			if err != nil {
				t.Fatal(err)
			}
			ip, err := InvPascal(n, kind)
			if err != nil {
				t.Fatal(err)
			}
			var prod mat.Dense
			prod.Mul(p, ip)
			for i := 0; i < n; i++ {
				for j := 0; j < n; j++ {
					want := 0.0
					if i == j {
						want = 1
					}
					if prod.At(i, j) != want {
						t.Fatalf("%q n=%d: (P·P⁻¹)[%d,%d] = %v", kind, n, i, j, prod.At(i, j))
					}
				}
			}
		}
	}
	if p, err := InvPascal(-3, ""); err != nil || !p.IsEmpty() {
		t.Errorf("n=-3: %v, %v", p, err)
	}
	_, err := InvPascal(3, "diagonal")
	wantKind(t, err, ErrValue, "kind")
}
