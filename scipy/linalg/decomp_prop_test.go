package linalg

import (
	"fmt"
	"math"
	"math/cmplx"
	"strings"
	"sync"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// decompSymRand returns a random symmetric indefinite n×n matrix.
func decompSymRand(n int, seed int64) *mat.Dense {
	m := randDense(n, n, seed)
	s := mat.NewDense(n, n, nil)
	s.Add(m, m.T())
	return s
}

// decompSymFull returns the full symmetric (Hermitian if herm) matrix whose
// lower (or upper) triangle is that of a.
func decompSymFull(a mat.CMatrix, lower, herm bool) *mat.CDense {
	n, _ := a.Dims()
	f := mat.NewCDense(n, n, nil)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			v := a.At(i, j)
			if (lower && j > i) || (!lower && j < i) {
				v = a.At(j, i)
				if herm {
					v = cmplx.Conj(v)
				}
			}
			if i == j && herm {
				v = complex(real(v), 0)
			}
			f.Set(i, j, v)
		}
	}
	return f
}

// decompCheckLDL checks a = Lu·D·Luᴴ (Luᵀ unless herm), that Lu[Perm] is
// unit triangular and that D is block diagonal with blocks of size <= 2.
func decompCheckLDL(t *testing.T, a mat.CMatrix, lu, d mat.CMatrix, perm []int, lower, herm bool) {
	t.Helper()
	n, _ := a.Dims()
	full := decompSymFull(a, lower, herm)
	lt := mat.NewCDense(n, n, nil)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			v := lu.At(j, i)
			if herm {
				v = cmplx.Conj(v)
			}
			lt.Set(i, j, v)
		}
	}
	p := cxMul(cxMul(lu, d), lt)
	var num float64
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			num = math.Max(num, cmplx.Abs(p.At(i, j)-full.At(i, j)))
		}
	}
	if e := num / math.Max(cxMaxAbs(full), 1); e > 1e3*float64(n)*eps {
		t.Errorf("‖Lu·D·Luᵀ − a‖ = %.3g", e)
	}
	seen := make([]bool, n)
	for i, pi := range perm {
		if pi < 0 || pi >= n || seen[pi] {
			t.Fatalf("Perm %v is not a permutation", perm)
		}
		seen[pi] = true
		for j := 0; j < n; j++ {
			v := lu.At(pi, j)
			switch {
			case i == j && v != 1:
				t.Fatalf("Lu[Perm][%d,%d] = %v, want 1", i, j, v)
			case (lower && j > i || !lower && j < i) && v != 0:
				t.Fatalf("Lu[Perm] is not triangular at (%d,%d)", i, j)
			}
		}
	}
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			if i-j > 1 || j-i > 1 {
				if d.At(i, j) != 0 {
					t.Fatalf("D(%d,%d) = %v outside the block diagonal", i, j, d.At(i, j))
				}
			}
		}
		if i > 0 && d.At(i, i-1) != 0 && i > 1 && d.At(i-1, i-2) != 0 {
			t.Fatalf("D has overlapping 2×2 blocks at %d", i)
		}
	}
}

// TestLDLProperties checks the LDL reconstruction and the structure of
// the factors for random symmetric indefinite, Hermitian and complex
// symmetric matrices in both triangles.
func TestLDLProperties(t *testing.T) {
	for n := 1; n <= 12; n += 3 {
		for _, upper := range []bool{false, true} {
			a := decompSymRand(n, int64(n))
			r, err := LDL(a, &LDLOptions{Upper: upper})
			if err != nil {
				t.Fatal(err)
			}
			decompCheckLDL(t, ToComplex(a), ToComplex(r.Lu), ToComplex(r.D), r.Perm, !upper, false)
			for _, sym := range []bool{false, true} {
				ac := cxRand(n, n, uint64(n))
				rc, err := LDLC(ac, &LDLOptions{Upper: upper, Symmetric: sym})
				if err != nil {
					t.Fatal(err)
				}
				decompCheckLDL(t, ac, rc.Lu, rc.D, rc.Perm, !upper, !sym)
			}
		}
	}
}

// TestRQProperties checks a = R·Q, Q·Qᴴ = I and R's trapezoidal shape for
// random real and complex matrices of every shape class.
func TestRQProperties(t *testing.T) {
	for _, sh := range [][2]int{{1, 1}, {2, 5}, {5, 2}, {4, 4}, {7, 3}} {
		m, n := sh[0], sh[1]
		for _, mode := range []string{"full", "economic"} {
			a := randDense(m, n, int64(m*10+n))
			r, err := RQ(a, &RQOptions{Mode: mode})
			if err != nil {
				t.Fatal(err)
			}
			rc, qc := ToComplex(r.R), ToComplex(r.Q)
			_, qcols := qc.Dims()
			if e := decompRecon(rc, qc, cxIdent(qcols), ToComplex(a)); e > 1e3*eps*float64(m+n) {
				t.Errorf("%d×%d %s: ‖R·Q − a‖ = %.3g", m, n, mode, e)
			}
			if e := cxUnitaryErr(qc.H()); e > 1e3*eps*float64(m+n) {
				t.Errorf("%d×%d %s: ‖Q·Qᵀ − I‖ = %.3g", m, n, mode, e)
			}
			rr, rcols := r.R.Dims()
			for i := 0; i < rr; i++ {
				for j := 0; j < i+rcols-rr && j < rcols; j++ {
					if r.R.At(i, j) != 0 {
						t.Fatalf("%d×%d %s: R(%d,%d) = %v is below the trapezoid", m, n, mode, i, j, r.R.At(i, j))
					}
				}
			}
			z := cxRand(m, n, uint64(m*10+n))
			zr, err := RQC(z, &RQOptions{Mode: mode})
			if err != nil {
				t.Fatal(err)
			}
			_, qcols = zr.Q.Dims()
			if e := decompRecon(zr.R, zr.Q, cxIdent(qcols), z); e > 1e3*eps*float64(m+n) {
				t.Errorf("complex %d×%d %s: ‖R·Q − a‖ = %.3g", m, n, mode, e)
			}
		}
	}
}

// TestPolarProperties checks a = U·P (P·U), P Hermitian positive
// semidefinite and U with orthonormal columns or rows.
func TestPolarProperties(t *testing.T) {
	for _, sh := range [][2]int{{1, 1}, {3, 3}, {2, 6}, {6, 2}} {
		m, n := sh[0], sh[1]
		for _, side := range []string{"right", "left"} {
			a := randDense(m, n, int64(100+m*10+n))
			r, err := Polar(a, &PolarOptions{Side: side})
			if err != nil {
				t.Fatal(err)
			}
			u, p := ToComplex(r.U), ToComplex(r.P)
			var e float64
			if side == "right" {
				e = decompRecon(u, p, cxIdent(n), ToComplex(a))
			} else {
				e = decompRecon(p, u, cxIdent(n), ToComplex(a))
			}
			if e > 1e3*eps*float64(m+n) {
				t.Errorf("%d×%d %s: reconstruction %.3g", m, n, side, e)
			}
			if m >= n {
				e = cxUnitaryErr(u)
			} else {
				e = cxUnitaryErr(u.H())
			}
			if e > 1e3*eps*float64(m+n) {
				t.Errorf("%d×%d %s: U not orthonormal (%.3g)", m, n, side, e)
			}
			pr, _ := r.P.Dims()
			for i := 0; i < pr; i++ {
				for j := 0; j < pr; j++ {
					if math.Abs(r.P.At(i, j)-r.P.At(j, i)) > 1e3*eps*float64(m+n)*math.Max(1, mat.Norm(r.P, math.Inf(1))) {
						t.Fatalf("%d×%d %s: P not symmetric", m, n, side)
					}
				}
			}
			var ev mat.EigenSym
			sym := mat.NewSymDense(pr, nil)
			for i := 0; i < pr; i++ {
				for j := i; j < pr; j++ {
					sym.SetSym(i, j, r.P.At(i, j))
				}
			}
			if !ev.Factorize(sym, false) {
				t.Fatal("EigenSym failed")
			}
			for _, v := range ev.Values(nil) {
				if v < -1e3*eps*float64(m+n)*mat.Norm(a, 2) {
					t.Errorf("%d×%d %s: P has eigenvalue %g < 0", m, n, side, v)
				}
			}
		}
	}
}

// decompSchurSel is SciPy's standard sort predicate.
func decompSchurSel(sort string, l complex128) bool {
	switch sort {
	case "lhp":
		return real(l) < 0
	case "rhp":
		return real(l) >= 0
	case "iuc":
		return cmplx.Abs(l) <= 1
	case "ouc":
		return cmplx.Abs(l) > 1
	}
	return false
}

// decompGenSel is SciPy's ordqz predicate on α/β.
func decompGenSel(sort string, a, b complex128) bool {
	if b == 0 {
		return sort == "ouc" && a != 0
	}
	l := a / b
	switch sort {
	case "lhp":
		return real(l) < 0
	case "rhp":
		return real(l) > 0
	case "iuc":
		return cmplx.Abs(l) < 1
	}
	return cmplx.Abs(l) > 1
}

// TestSchurSortProperties checks, for random real and complex matrices and
// every sort, that exactly the first Sdim eigenvalues on T's diagonal are
// selected (a real pair counting as two when either member is), with the
// reconstruction; and that RSF2CSF of the real form is a triangular
// Schur form of a.
func TestSchurSortProperties(t *testing.T) {
	for _, n := range []int{1, 2, 5, 9} {
		a := randDense(n, n, int64(200+n))
		a.Scale(0.5, a)
		ac := ToComplex(a)
		for _, sort := range []string{"", "lhp", "rhp", "iuc", "ouc"} {
			r, err := Schur(a, &SchurOptions{Sort: sort})
			if err != nil {
				t.Fatal(err)
			}
			w := decompRealEigs(r.T)
			sel := make([]bool, n)
			for i := range w {
				sel[i] = decompSchurSel(sort, w[i])
			}
			for i := 0; i+1 < n; i++ {
				if imag(w[i]) > 0 { // a pair moves as a whole
					s := sel[i] || sel[i+1]
					sel[i], sel[i+1] = s, s
				}
			}
			want := 0
			for i, s := range sel {
				if s {
					want++
				}
				if sort != "" && s != (i < r.Sdim) {
					t.Errorf("n=%d %q: eigenvalue %d (%v) selected=%v but Sdim=%d", n, sort, i, w[i], s, r.Sdim)
				}
			}
			if sort != "" && want != r.Sdim {
				t.Errorf("n=%d %q: Sdim = %d, %d selected", n, sort, r.Sdim, want)
			}
			zc, tc := ToComplex(r.Z), ToComplex(r.T)
			if e := decompRecon(zc, tc, zc, ac); e > 1e3*eps*float64(n) {
				t.Errorf("n=%d %q: reconstruction %.3g", n, sort, e)
			}
			cs, err := RSF2CSF(r.T, r.Z, nil)
			if err != nil {
				t.Fatal(err)
			}
			if decompTriErr(cs.T) {
				t.Errorf("n=%d %q: RSF2CSF T not triangular", n, sort)
			}
			if e := decompRecon(cs.Z, cs.T, cs.Z, ac); e > 1e3*eps*float64(n) {
				t.Errorf("n=%d %q: RSF2CSF reconstruction %.3g", n, sort, e)
			}
			if e := cxUnitaryErr(cs.Z); e > 1e3*eps*float64(n) {
				t.Errorf("n=%d %q: RSF2CSF Z not unitary (%.3g)", n, sort, e)
			}
			z := cxRand(n, n, uint64(300+n))
			rc, err := SchurC(z, &SchurOptions{Sort: sort})
			if err != nil {
				t.Fatal(err)
			}
			for i := 0; i < n; i++ {
				s := decompSchurSel(sort, rc.T.At(i, i))
				if sort != "" && s != (i < rc.Sdim) {
					t.Errorf("complex n=%d %q: eigenvalue %d selected=%v, Sdim=%d", n, sort, i, s, rc.Sdim)
				}
			}
		}
	}
}

// TestOrdQZSortProperties checks that OrdQZ and OrdQZC put exactly the
// selected generalized eigenvalues first (pairs as a whole), with the
// default sort "lhp", and that the reconstruction holds.
func TestOrdQZSortProperties(t *testing.T) {
	for _, n := range []int{1, 3, 8} {
		a, b := randDense(n, n, int64(400+n)), randDense(n, n, int64(500+n))
		for _, sort := range []string{"", "lhp", "rhp", "iuc", "ouc"} {
			r, err := OrdQZ(a, b, &OrdQZOptions{Sort: sort})
			if err != nil {
				t.Fatal(err)
			}
			s := sort
			if s == "" {
				s = "lhp"
			}
			sel := make([]bool, n)
			for i := range sel {
				sel[i] = decompGenSel(s, r.Alpha[i], complex(r.Beta[i], 0))
			}
			for i := 0; i+1 < n; i++ {
				if imag(r.Alpha[i]) > 0 {
					x := sel[i] || sel[i+1]
					sel[i], sel[i+1] = x, x
				}
			}
			// Selected ones form a prefix.
			for i := 1; i < n; i++ {
				if sel[i] && !sel[i-1] {
					t.Errorf("n=%d %q: selected eigenvalue %d after an unselected one (alpha %v beta %v)", n, sort, i, r.Alpha, r.Beta)
				}
			}
			decompCheckQZ(t, fmt.Sprintf("OrdQZ n=%d %q", n, sort), ToComplex(a), ToComplex(b),
				ToComplex(r.AA), ToComplex(r.BB), ToComplex(r.Q), ToComplex(r.Z), 1e3*eps*float64(n))
			za, zb := cxRand(n, n, uint64(600+n)), cxRand(n, n, uint64(700+n))
			rc, err := OrdQZC(za, zb, &OrdQZOptions{Sort: sort})
			if err != nil {
				t.Fatal(err)
			}
			for i := 1; i < n; i++ {
				if decompGenSel(s, rc.Alpha[i], rc.Beta[i]) && !decompGenSel(s, rc.Alpha[i-1], rc.Beta[i-1]) {
					t.Errorf("complex n=%d %q: selected eigenvalue %d after an unselected one", n, sort, i)
				}
			}
			decompCheckQZ(t, fmt.Sprintf("OrdQZC n=%d %q", n, sort), za, zb, rc.AA, rc.BB, rc.Q, rc.Z, 1e3*eps*float64(n))
		}
	}
}

// TestDecompEmptyAndOne checks 0×0 input (empty results, no error: SciPy
// 1.10 raises for most of these, see the doc comments) and 1×1 input.
func TestDecompEmptyAndOne(t *testing.T) {
	e, ec := &mat.Dense{}, &mat.CDense{}
	calls := map[string]func() error{
		"LDL":         func() error { _, err := LDL(e, nil); return err },
		"LDLC":        func() error { _, err := LDLC(ec, nil); return err },
		"RQ":          func() error { _, err := RQ(e, nil); return err },
		"RQC":         func() error { _, err := RQC(ec, nil); return err },
		"Polar":       func() error { _, err := Polar(e, nil); return err },
		"PolarC":      func() error { _, err := PolarC(ec, nil); return err },
		"Hessenberg":  func() error { _, err := Hessenberg(e, &HessenbergOptions{CalcQ: true}); return err },
		"HessenbergC": func() error { _, err := HessenbergC(ec, &HessenbergOptions{CalcQ: true}); return err },
		"Schur":       func() error { _, err := Schur(e, &SchurOptions{Sort: "lhp"}); return err },
		"SchurC":      func() error { _, err := SchurC(ec, nil); return err },
		"RSF2CSF":     func() error { _, err := RSF2CSF(e, e, nil); return err },
		"QZ":          func() error { _, err := QZ(e, e); return err },
		"QZC":         func() error { _, err := QZC(ec, ec); return err },
		"OrdQZ":       func() error { _, err := OrdQZ(e, e, nil); return err },
		"OrdQZC":      func() error { _, err := OrdQZC(ec, ec, nil); return err },
	}
	for name, f := range calls {
		if err := f(); err != nil {
			t.Errorf("%s(empty): %v", name, err)
		}
	}
	one := mat.NewDense(1, 1, []float64{-3})
	l, err := LDL(one, nil)
	if err != nil || l.D.At(0, 0) != -3 || l.Lu.At(0, 0) != 1 || l.Perm[0] != 0 {
		t.Errorf("LDL 1×1: %v %v", l, err)
	}
	s, err := Schur(one, &SchurOptions{Sort: "lhp"})
	if err != nil || s.T.At(0, 0) != -3 || math.Abs(s.Z.At(0, 0)) != 1 || s.Sdim != 1 {
		t.Errorf("Schur 1×1: %v %v", s, err)
	}
	p, err := Polar(one, nil)
	if err != nil || math.Abs(p.U.At(0, 0)+1) > eps || math.Abs(p.P.At(0, 0)-3) > 4*eps {
		t.Errorf("Polar 1×1: %v %v", p, err)
	}
}

// TestDecompErrors checks the error kinds and arguments: nil and
// non-square inputs, NaN and Inf, mismatched pairs and invalid options.
func TestDecompErrors(t *testing.T) {
	sq := randDense(3, 3, 1)
	rect := randDense(2, 3, 2)
	nan := mat.DenseCopyOf(sq)
	nan.Set(1, 2, math.NaN())
	inf := mat.DenseCopyOf(sq)
	inf.Set(0, 0, math.Inf(-1))
	csq, crect := ToComplex(sq), ToComplex(rect)
	cnan := ToComplex(sq)
	cnan.Set(2, 1, complex(0, math.Inf(1)))
	var nilM mat.Matrix
	var nilC mat.CMatrix
	for _, c := range []struct {
		name string
		err  error
		kind Kind
		arg  string
	}{
		{"LDL nil", second(LDL(nilM, nil)), ErrShape, "a"},
		{"LDL rect", second(LDL(rect, nil)), ErrShape, "a"},
		{"LDL nan", second(LDL(nan, nil)), ErrNotFinite, "a"},
		{"LDLC rect", second(LDLC(crect, nil)), ErrShape, "a"},
		{"LDLC inf", second(LDLC(cnan, nil)), ErrNotFinite, "a"},
		{"RQ nil", second(RQ(nilM, nil)), ErrShape, "a"},
		{"RQ inf", second(RQ(inf, nil)), ErrNotFinite, "a"},
		{"RQ mode", second(RQ(sq, &RQOptions{Mode: "raw"})), ErrValue, "opts.Mode"},
		{"RQC mode", second(RQC(csq, &RQOptions{Mode: "x"})), ErrValue, "opts.Mode"},
		{"RQC nan", second(RQC(cnan, nil)), ErrNotFinite, "a"},
		{"Polar nil", second(Polar(nilM, nil)), ErrShape, "a"},
		{"Polar nan", second(Polar(nan, nil)), ErrNotFinite, "a"},
		{"Polar side", second(Polar(sq, &PolarOptions{Side: "up"})), ErrValue, "opts.Side"},
		{"PolarC nan", second(PolarC(cnan, nil)), ErrNotFinite, "a"},
		{"Hessenberg rect", second(Hessenberg(rect, nil)), ErrShape, "a"},
		{"Hessenberg nan", second(Hessenberg(nan, nil)), ErrNotFinite, "a"},
		{"HessenbergC nil", second(HessenbergC(nilC, nil)), ErrShape, "a"},
		{"Schur rect", second(Schur(rect, nil)), ErrShape, "a"},
		{"Schur nan", second(Schur(nan, nil)), ErrNotFinite, "a"},
		{"Schur inf", second(Schur(inf, &SchurOptions{Sort: "iuc"})), ErrNotFinite, "a"},
		{"Schur sort", second(Schur(sq, &SchurOptions{Sort: "abc"})), ErrValue, "opts.Sort"},
		{"SchurC nan", second(SchurC(cnan, nil)), ErrNotFinite, "a"},
		{"SchurC rect", second(SchurC(crect, nil)), ErrShape, "a"},
		{"RSF2CSF nan t", second(RSF2CSF(nan, sq, nil)), ErrNotFinite, "t"},
		{"RSF2CSF rect z", second(RSF2CSF(sq, rect, nil)), ErrShape, "z"},
		{"RSF2CSF mismatch", second(RSF2CSF(sq, randDense(2, 2, 3), nil)), ErrShape, "z"},
		{"QZ nan a", second(QZ(nan, sq)), ErrNotFinite, "a"},
		{"QZ inf b", second(QZ(sq, inf)), ErrNotFinite, "b"},
		{"QZ rect", second(QZ(rect, rect)), ErrShape, "a"},
		{"QZ mismatch", second(QZ(sq, randDense(2, 2, 4))), ErrShape, "b"},
		{"QZ nil b", second(QZ(sq, nilM)), ErrShape, "b"},
		{"QZC nan", second(QZC(csq, cnan)), ErrNotFinite, "b"},
		{"OrdQZ sort", second(OrdQZ(sq, sq, &OrdQZOptions{Sort: "none"})), ErrValue, "opts.Sort"},
		{"OrdQZ nan", second(OrdQZ(nan, sq, nil)), ErrNotFinite, "a"},
		{"OrdQZC mismatch", second(OrdQZC(csq, crect, nil)), ErrShape, "b"},
	} {
		t.Run(c.name, func(t *testing.T) { wantKind(t, c.err, c.kind, c.arg) })
	}
	// The iterative ones have no SkipFiniteCheck and must not suggest it.
	for _, err := range []error{second(Schur(nan, nil)), second(QZC(csq, cnan))} {
		if msg := err.Error(); !strings.Contains(msg, "always checked") || strings.Contains(msg, "SkipFiniteCheck") {
			t.Errorf("message %q", msg)
		}
	}
}

// second returns the error of a two-result call.
func second[T any](_ T, err error) error { return err }

// TestDecompInputsUnmodified checks that no decomposition writes to its
// inputs.
func TestDecompInputsUnmodified(t *testing.T) {
	a := decompSymRand(5, 7)
	b := randDense(5, 5, 8)
	z := cxRand(5, 5, 9)
	a0, b0, z0 := mat.DenseCopyOf(a), mat.DenseCopyOf(b), cxCopy(z)
	LDL(a, nil)
	LDLC(z, nil)
	RQ(a, nil)
	RQC(z, nil)
	Polar(a, nil)
	PolarC(z, nil)
	Hessenberg(a, &HessenbergOptions{CalcQ: true})
	HessenbergC(z, &HessenbergOptions{CalcQ: true})
	s, _ := Schur(a, &SchurOptions{Sort: "lhp"})
	t0, zz0 := mat.DenseCopyOf(s.T), mat.DenseCopyOf(s.Z)
	RSF2CSF(s.T, s.Z, nil)
	SchurC(z, nil)
	QZ(a, b)
	QZC(z, z)
	OrdQZ(a, b, nil)
	OrdQZC(z, z, nil)
	if !mat.Equal(a, a0) || !mat.Equal(b, b0) || !mat.Equal(s.T, t0) || !mat.Equal(s.Z, zz0) || cxDiff(t, z, z0) != 0 {
		t.Error("an input was modified")
	}
}

// TestConcurrentDecomp runs the decompositions from 16 goroutines at once
// and checks every result equals the serial one (run with -race).
func TestConcurrentDecomp(t *testing.T) {
	a := randDense(6, 6, 11)
	b := randDense(6, 6, 12)
	s := decompSymRand(6, 13)
	run := func() []float64 {
		var out []float64
		l, _ := LDL(s, nil)
		out = append(out, l.Lu.RawMatrix().Data...)
		r, _ := Schur(a, &SchurOptions{Sort: "ouc"})
		out = append(out, r.T.RawMatrix().Data...)
		q, _ := OrdQZ(a, b, &OrdQZOptions{Sort: "iuc"})
		out = append(out, q.AA.RawMatrix().Data...)
		h, _ := Hessenberg(a, &HessenbergOptions{CalcQ: true})
		out = append(out, h.Q.RawMatrix().Data...)
		p, _ := Polar(a, nil)
		out = append(out, p.P.RawMatrix().Data...)
		c, _ := RSF2CSF(r.T, r.Z, nil)
		out = append(out, real(c.T.At(1, 1)), imag(c.T.At(1, 1)))
		return out
	}
	want := run()
	var wg sync.WaitGroup
	errs := make(chan string, 16)
	for g := 0; g < 16; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 3; k++ {
				got := run()
				for i := range want {
					if got[i] != want[i] {
						errs <- fmt.Sprintf("result %d differs: %v vs %v", i, got[i], want[i])
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// TestSchurSortFuncMatchesSort checks that a SortFunc equal to one of the
// named predicates gives the Schur form of the named sort (LAPACK's ?gees
// sorts with the same ?trsen call), for real and complex input, and that a
// panicking SortFunc and Sort together with SortFunc are errors.
func TestSchurSortFuncMatchesSort(t *testing.T) {
	for _, n := range []int{3, 8} {
		a := randDense(n, n, int64(900+n))
		z := cxRand(n, n, uint64(900+n))
		for _, sort := range []string{"lhp", "rhp", "iuc", "ouc"} {
			f := func(l complex128) bool { return decompSchurSel(sort, l) }
			r1, err1 := Schur(a, &SchurOptions{Sort: sort})
			r2, err2 := Schur(a, &SchurOptions{SortFunc: f})
			if err1 != nil || err2 != nil {
				t.Fatal(err1, err2)
			}
			if r1.Sdim != r2.Sdim {
				t.Errorf("n=%d %s: Sdim %d with Sort, %d with SortFunc", n, sort, r1.Sdim, r2.Sdim)
			}
			if d := relDiff(t, r2.T, r1.T); d > 1e3*eps*float64(n) {
				t.Errorf("n=%d %s: T differs by %.3g", n, sort, d)
			}
			if d := relDiff(t, r2.Z, r1.Z); d > 1e3*eps*float64(n) {
				t.Errorf("n=%d %s: Z differs by %.3g", n, sort, d)
			}
			c1, err1 := SchurC(z, &SchurOptions{Sort: sort})
			c2, err2 := SchurC(z, &SchurOptions{SortFunc: f})
			if err1 != nil || err2 != nil {
				t.Fatal(err1, err2)
			}
			if c1.Sdim != c2.Sdim {
				t.Errorf("complex n=%d %s: Sdim %d with Sort, %d with SortFunc", n, sort, c1.Sdim, c2.Sdim)
			}
			if d := cxDiff(t, c2.T, c1.T); d > 1e3*eps*float64(n) {
				t.Errorf("complex n=%d %s: T differs by %.3g", n, sort, d)
			}
		}
	}
	a := randDense(4, 4, 1)
	_, err := Schur(a, &SchurOptions{Sort: "lhp", SortFunc: func(complex128) bool { return true }})
	wantKind(t, err, ErrValue, "opts.Sort")
	boom := func(complex128) bool { panic("boom") }
	_, err = Schur(a, &SchurOptions{SortFunc: boom})
	wantKind(t, err, ErrValue, "opts.SortFunc")
	_, err = SchurC(ToComplex(a), &SchurOptions{SortFunc: boom})
	wantKind(t, err, ErrValue, "opts.SortFunc")
}

// TestOrdQZSortFuncMatchesSort checks that a SortFunc equal to a named
// predicate gives the named sort's result exactly (the same selection goes
// to the same ?tgsen call), and the SortFunc errors.
func TestOrdQZSortFuncMatchesSort(t *testing.T) {
	a, b := randDense(7, 7, 31), randDense(7, 7, 32)
	za, zb := cxRand(7, 7, 33), cxRand(7, 7, 34)
	for _, sort := range []string{"lhp", "rhp", "iuc", "ouc"} {
		f := func(x, y complex128) bool { return decompGenSel(sort, x, y) }
		r1, err1 := OrdQZ(a, b, &OrdQZOptions{Sort: sort})
		r2, err2 := OrdQZ(a, b, &OrdQZOptions{SortFunc: f})
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		if !mat.Equal(r1.AA, r2.AA) || !mat.Equal(r1.BB, r2.BB) || !mat.Equal(r1.Q, r2.Q) || !mat.Equal(r1.Z, r2.Z) {
			t.Errorf("%s: OrdQZ with SortFunc differs from Sort", sort)
		}
		c1, err1 := OrdQZC(za, zb, &OrdQZOptions{Sort: sort})
		c2, err2 := OrdQZC(za, zb, &OrdQZOptions{SortFunc: f})
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		if cxDiff(t, c1.AA, c2.AA) != 0 || cxDiff(t, c1.Z, c2.Z) != 0 {
			t.Errorf("%s: OrdQZC with SortFunc differs from Sort", sort)
		}
	}
	_, err := OrdQZ(a, b, &OrdQZOptions{Sort: "lhp", SortFunc: func(x, y complex128) bool { return true }})
	wantKind(t, err, ErrValue, "opts.Sort")
	boom := func(x, y complex128) bool { panic("boom") }
	_, err = OrdQZ(a, b, &OrdQZOptions{SortFunc: boom})
	wantKind(t, err, ErrValue, "opts.SortFunc")
	_, err = OrdQZC(za, zb, &OrdQZOptions{SortFunc: boom})
	wantKind(t, err, ErrValue, "opts.SortFunc")
}
