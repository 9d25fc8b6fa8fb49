package linalg

import (
	"errors"
	"fmt"
	"math"
	"math/cmplx"
	"sort"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// Property and error tests of the complex-input functions.

// TestToComplex checks the conversion of dense, non-dense, empty and nil
// matrices.
func TestToComplex(t *testing.T) {
	if ToComplex(nil) != nil {
		t.Error("ToComplex(nil) is not nil")
	}
	if c := ToComplex(&mat.Dense{}); !c.IsEmpty() {
		t.Error("ToComplex of an empty Dense is not empty")
	}
	a := randDense(3, 4, 7)
	for _, m := range []mat.Matrix{a, a.T()} {
		c := ToComplex(m)
		r, k := m.Dims()
		if cr, ck := c.Dims(); cr != r || ck != k {
			t.Fatalf("shape %d×%d, want %d×%d", cr, ck, r, k)
		}
		for i := 0; i < r; i++ {
			for j := 0; j < k; j++ {
				if c.At(i, j) != complex(m.At(i, j), 0) {
					t.Fatalf("(%d,%d) = %v, want %v", i, j, c.At(i, j), m.At(i, j))
				}
			}
		}
	}
}

// TestSolveCResiduals checks a x = b (aᵀ x = b when Transposed) to backward
// error O(eps) for every structure, and that the inputs are not modified.
func TestSolveCResiduals(t *testing.T) {
	for _, n := range []int{1, 2, 7, 30} {
		g := cxRand(n, n, uint64(n))
		h := cxHerm(n, uint64(n)+100)
		p := cxHPD(n, uint64(n)+200)
		s := mat.NewCDense(n, n, nil)
		for i := 0; i < n; i++ {
			for j := 0; j < n; j++ {
				s.Set(i, j, g.At(i, j)+g.At(j, i))
			}
		}
		b := cxRand(n, 3, uint64(n)+300)
		for _, c := range []struct {
			assume string
			a      *mat.CDense
			trans  bool
		}{{"gen", g, false}, {"gen", g, true}, {"sym", s, false}, {"sym", s, true}, {"her", h, false}, {"her", h, true}, {"pos", p, false}, {"pos", p, true}} {
			for _, lower := range []bool{false, true} {
				name := fmt.Sprintf("n=%d %s trans=%v lower=%v", n, c.assume, c.trans, lower)
				a0, b0 := cxCopy(c.a), cxCopy(b)
				res, err := SolveC(c.a, b, &SolveOptions{AssumeA: c.assume, Lower: lower, Transposed: c.trans})
				if err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				var op mat.CMatrix = c.a
				if c.trans {
					op = c.a.T()
				}
				// 100·eps covers the growth factor of these small random
				// systems.
				if r := cxResidual(op, res.X, b); r > 100*eps {
					t.Errorf("%s: backward error %.3g", name, r)
				}
				if !(res.RCond > 0 && res.RCond <= 1+4*eps) { // an estimate of 1/κ ≤ 1, up to rounding
					t.Errorf("%s: RCond %v", name, res.RCond)
				}
				if !mat.CEqual(a0, c.a) || !mat.CEqual(b0, b) {
					t.Errorf("%s: input modified", name)
				}
			}
		}
	}
}

// TestSolveCErrors checks the error kinds and arguments of SolveC on bad
// shapes, options, non-finite values, singular and indefinite matrices,
// and the empty and 1×1 systems.
func TestSolveCErrors(t *testing.T) {
	a := cxRand(3, 3, 1)
	b := cxRand(3, 1, 2)
	nan := cxCopy(a)
	nan.Set(1, 1, cmplx.NaN())
	inf := cxCopy(b)
	inf.Set(2, 0, complex(0, math.Inf(-1)))
	sing := mat.NewCDense(2, 2, []complex128{1 + 1i, 2 + 2i, 2 + 2i, 4 + 4i})
	for _, c := range []struct {
		name string
		a, b mat.CMatrix
		o    *SolveOptions
		kind Kind
		arg  string
	}{
		{"nil a", nil, b, nil, ErrShape, "a"},
		{"nil b", a, nil, nil, ErrShape, "b"},
		{"not square", cxRand(3, 2, 3), b, nil, ErrShape, "a"},
		{"b rows", a, cxRand(2, 1, 4), nil, ErrShape, "b"},
		{"assume_a", a, b, &SolveOptions{AssumeA: "tri"}, ErrValue, "opts.AssumeA"},
		{"nan a", nan, b, nil, ErrNotFinite, "a"},
		{"inf b", a, inf, nil, ErrNotFinite, "b"},
		{"singular", sing, cxRand(2, 1, 5), nil, ErrSingular, "a"},
		{"singular her", mat.NewCDense(2, 2, nil), cxRand(2, 1, 5), &SolveOptions{AssumeA: "her"}, ErrSingular, "a"},
		{"singular sym", mat.NewCDense(2, 2, nil), cxRand(2, 1, 5), &SolveOptions{AssumeA: "sym"}, ErrSingular, "a"},
		{"indefinite pos", cxHerm(4, 6), cxRand(4, 1, 7), &SolveOptions{AssumeA: "pos"}, ErrNotPositiveDefinite, "a"},
	} {
		_, err := SolveC(c.a, c.b, c.o)
		t.Run(c.name, func(t *testing.T) { wantKind(t, err, c.kind, c.arg) })
	}
	_, err := SolveC(sing, cxRand(2, 1, 5), nil)
	var e *Error
	if !errors.As(err, &e) || e.Routine != "zgetrf" || e.Info != 2 || e.Func != "SolveC" {
		t.Errorf("singular: got %#v, want zgetrf info 2 in SolveC", err)
	}
	res, err := SolveC(&mat.CDense{}, &mat.CDense{}, nil)
	if err != nil || !res.X.IsEmpty() || !math.IsInf(res.RCond, 1) {
		t.Errorf("empty system: %v, %v", res, err)
	}
	res, err = SolveC(mat.NewCDense(1, 1, []complex128{2i}), mat.NewCDense(1, 1, []complex128{4}), nil)
	if err != nil || res.X.At(0, 0) != -2i || res.RCond != 1 {
		t.Errorf("1×1 system: %v, %v", res, err)
	}
	// With the check skipped, non-finite input gives some answer but no
	// panic and no error other than singularity.
	for _, as := range []string{"gen", "sym", "her", "pos"} {
		_, err := SolveC(nan, inf, &SolveOptions{AssumeA: as, SkipFiniteCheck: true})
		if err != nil && !errors.Is(err, ErrSingular) && !errors.Is(err, ErrNotPositiveDefinite) {
			t.Errorf("%s with NaN, check skipped: %v", as, err)
		}
	}
}

// TestSolveCIllConditioned checks that a system singular to working
// precision is solved with IllConditioned set.
func TestSolveCIllConditioned(t *testing.T) {
	a := mat.NewCDense(2, 2, []complex128{1, 1i, 1, 1i * (1 + 1e-17)})
	a.Set(1, 1, 1i+1e-17)
	res, err := SolveC(a, cxRand(2, 1, 1), nil)
	if err != nil {
		t.Fatal(err)
	}
	if !res.IllConditioned || !(res.RCond < 0x1p-53) {
		t.Errorf("RCond %v, IllConditioned %v", res.RCond, res.IllConditioned)
	}
}

// TestInvCDetC checks a·InvC(a) = I, DetC and SlogDetC against Det and
// SlogDet on real input, det(ab) = det(a)·det(b), and the 0×0, singular and
// error cases.
func TestInvCDetC(t *testing.T) {
	for _, n := range []int{1, 3, 20} {
		a := cxRand(n, n, uint64(10+n))
		inv, err := InvC(a, nil)
		if err != nil {
			t.Fatal(err)
		}
		p := cxMul(a, inv)
		for i := 0; i < n; i++ {
			p.Set(i, i, p.At(i, i)-1)
		}
		if e := cxMaxAbs(p); e > 1e3*float64(n)*eps {
			t.Errorf("n=%d: a·inv(a) differs from I by %.3g", n, e)
		}
		b := cxRand(n, n, uint64(20+n))
		da, _ := DetC(a, nil)
		db, _ := DetC(b, nil)
		dab, _ := DetC(cxMul(a, b), nil)
		if d := cmplx.Abs(dab-da*db) / cmplx.Abs(dab); d > 1e3*float64(n)*eps {
			t.Errorf("n=%d: det(ab) − det(a)det(b) relative %.3g", n, d)
		}
		sign, logAbs, _ := SlogDetC(a, nil)
		if d := cmplx.Abs(sign*complex(math.Exp(logAbs), 0)-da) / cmplx.Abs(da); d > 1e3*float64(n)*eps {
			t.Errorf("n=%d: sign·exp(logAbsDet) differs from DetC by %.3g", n, d)
		}
		r := randDense(n, n, int64(n))
		dr, _ := Det(r, nil)
		dc, _ := DetC(ToComplex(r), nil)
		if d := cmplx.Abs(dc-complex(dr, 0)) / math.Abs(dr); d > 100*float64(n)*eps || imag(dc) != 0 {
			t.Errorf("n=%d: DetC of real input %v, Det %v", n, dc, dr)
		}
		sr, lr, _ := SlogDet(r, nil)
		sc, lc, _ := SlogDetC(ToComplex(r), nil)
		if sc != complex(sr, 0) || math.Abs(lc-lr) > 100*float64(n)*eps {
			t.Errorf("n=%d: SlogDetC of real input (%v, %v), SlogDet (%v, %v)", n, sc, lc, sr, lr)
		}
	}
	if d, err := DetC(&mat.CDense{}, nil); d != 1 || err != nil {
		t.Errorf("DetC of 0×0: %v, %v", d, err)
	}
	if s, l, err := SlogDetC(&mat.CDense{}, nil); s != 1 || l != 0 || err != nil {
		t.Errorf("SlogDetC of 0×0: %v, %v, %v", s, l, err)
	}
	if inv, err := InvC(&mat.CDense{}, nil); err != nil || !inv.IsEmpty() {
		t.Errorf("InvC of 0×0: %v, %v", inv, err)
	}
	sing := mat.NewCDense(2, 2, []complex128{1i, 2i, 2, 4})
	_, err := InvC(sing, nil)
	wantKind(t, err, ErrSingular, "a")
	if s, l, _ := SlogDetC(mat.NewCDense(2, 2, nil), nil); s != 0 || !math.IsInf(l, -1) {
		t.Errorf("SlogDetC of zero matrix: %v, %v", s, l)
	}
	nan := cxRand(2, 2, 1)
	nan.Set(0, 1, complex(math.Inf(1), 0))
	for name, f := range map[string]func() error{
		"InvC nan":     func() error { _, err := InvC(nan, nil); return err },
		"DetC nan":     func() error { _, err := DetC(nan, nil); return err },
		"SlogDetC nan": func() error { _, _, err := SlogDetC(nan, nil); return err },
	} {
		t.Run(name, func(t *testing.T) { wantKind(t, f(), ErrNotFinite, "a") })
	}
	_, err = DetC(cxRand(2, 3, 1), nil)
	wantKind(t, err, ErrShape, "a")
	_, err = InvC(nil, nil)
	wantKind(t, err, ErrShape, "a")
}

// TestEigCProperties checks a·V = V·diag(W) and uᴴ·a = W·uᴴ on random
// matrices, agreement with Eig on real input, the generalized problem, and
// the empty and error cases.
func TestEigCProperties(t *testing.T) {
	for _, n := range []int{1, 2, 9, 25} {
		a := cxRand(n, n, uint64(30+n))
		r, err := EigC(a, &EigOptionsC{Left: true})
		if err != nil {
			t.Fatal(err)
		}
		cxCheckEig(t, a, nil, r)
		// V·diag(W)·V⁻¹ rebuilds a (the random spectrum is simple, so V is
		// well conditioned enough for a 1e4·n·eps reconstruction).
		inv, err := InvC(r.VR, nil)
		if err != nil {
			t.Fatal(err)
		}
		vw := mat.NewCDense(n, n, nil)
		for i := 0; i < n; i++ {
			for j := 0; j < n; j++ {
				vw.Set(i, j, r.VR.At(i, j)*r.W[j])
			}
		}
		if d := cxDiff(t, cxMul(vw, inv), a); d > 1e4*float64(n)*eps {
			t.Errorf("n=%d: V·W·V⁻¹ differs from a by %.3g", n, d)
		}
		b := cxRand(n, n, uint64(40+n))
		g, err := EigC(a, &EigOptionsC{B: b, Left: true})
		if err != nil {
			t.Fatal(err)
		}
		cxCheckEig(t, a, b, g)
		// Real input: the eigenvalues are Eig's, as multisets.
		ra := randDense(n, n, int64(n))
		wr, err := EigVals(ra, nil)
		if err != nil {
			t.Fatal(err)
		}
		wc, err := EigValsC(ToComplex(ra), nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range [][]complex128{wr, wc} {
			sort.Slice(w, func(i, j int) bool {
				if math.Abs(real(w[i])-real(w[j])) > 1e-8 {
					return real(w[i]) < real(w[j])
				}
				return imag(w[i]) < imag(w[j])
			})
		}
		for i := range wr {
			if cmplx.Abs(wr[i]-wc[i]) > 1e4*float64(n)*eps*math.Max(1, cmplx.Abs(wr[i])) {
				t.Errorf("n=%d: real input: EigValsC %v, EigVals %v", n, wc, wr)
				break
			}
		}
	}
	r, err := EigC(&mat.CDense{}, &EigOptionsC{Left: true})
	if err != nil || len(r.W) != 0 || !r.VL.IsEmpty() || !r.VR.IsEmpty() {
		t.Errorf("empty: %v, %v", r, err)
	}
	r, err = EigC(cxRand(3, 3, 1), &EigOptionsC{NoRight: true})
	if err != nil || r.VR != nil || r.VL != nil {
		t.Errorf("NoRight: %v, %v", r, err)
	}
	nan := cxRand(3, 3, 2)
	nan.Set(2, 0, cmplx.NaN())
	_, err = EigC(nan, &EigOptionsC{SkipFiniteCheck: true})
	wantKind(t, err, ErrNotFinite, "a")
	_, err = EigC(cxRand(3, 3, 2), &EigOptionsC{B: nan})
	wantKind(t, err, ErrNotFinite, "opts.B")
	_, err = EigC(cxRand(3, 3, 2), &EigOptionsC{B: cxRand(2, 2, 1)})
	wantKind(t, err, ErrShape, "opts.B")
	_, err = EigValsC(cxRand(3, 2, 2), nil)
	wantKind(t, err, ErrShape, "a")
}

// TestEighCProperties checks the drivers against each other, subsets
// against the full spectrum, real input against Eigh, and the option and
// finiteness errors.
func TestEighCProperties(t *testing.T) {
	const n = 20
	h := cxHerm(n, 50)
	full, err := EighC(h, nil)
	if err != nil {
		t.Fatal(err)
	}
	cxCheckEigh(t, h, &EighOptionsC{}, full)
	evd, err := EighC(h, &EighOptionsC{Driver: "evd", Upper: true})
	if err != nil {
		t.Fatal(err)
	}
	cxCheckEigh(t, h, &EighOptionsC{}, evd)
	scale := 100 * n * eps * cxMaxAbs(h) * n
	for i := range full.W {
		if math.Abs(full.W[i]-evd.W[i]) > scale {
			t.Errorf("W[%d]: evr %v, evd %v", i, full.W[i], evd.W[i])
		}
	}
	ev, err := EighC(h, &EighOptionsC{Driver: "ev"})
	if err != nil {
		t.Fatal(err)
	}
	cxCheckEigh(t, h, &EighOptionsC{}, ev)
	for i := range full.W {
		if math.Abs(full.W[i]-ev.W[i]) > scale {
			t.Errorf("W[%d]: evr %v, ev %v", i, full.W[i], ev.W[i])
		}
	}
	sub, err := EighC(h, &EighOptionsC{SubsetByIndex: &[2]int{3, 7}})
	if err != nil {
		t.Fatal(err)
	}
	if len(sub.W) != 5 {
		t.Fatalf("subset by index gave %d eigenvalues", len(sub.W))
	}
	for i, w := range sub.W {
		if math.Abs(w-full.W[3+i]) > scale {
			t.Errorf("subset W[%d] = %v, full %v", i, w, full.W[3+i])
		}
	}
	cxCheckEigh(t, h, &EighOptionsC{}, sub)
	lo, hi := full.W[5]-1e-6, full.W[9]+1e-6
	sv, err := EigvalsHC(h, &EighOptionsC{SubsetByValue: &[2]float64{lo, hi}})
	if err != nil || len(sv) != 5 {
		t.Errorf("subset by value: %v, %v", sv, err)
	}
	rs := randDense(n, n, 3)
	var sym mat.SymDense
	sym.SymOuterK(1, rs)
	wr, err := EigvalsH(&sym, nil)
	if err != nil {
		t.Fatal(err)
	}
	wc, err := EigvalsHC(ToComplex(&sym), nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := range wr {
		if math.Abs(wr[i]-wc[i]) > 100*n*eps*math.Abs(wr[n-1]) {
			t.Errorf("real input W[%d]: EigvalsHC %v, EigvalsH %v", i, wc[i], wr[i])
		}
	}
	// NaN in the triangle that is not read: accepted only with
	// SkipFiniteCheck; in the triangle read: always an error.
	bad := cxCopy(h)
	bad.Set(0, 5, cmplx.NaN())
	if _, err := EighC(bad, &EighOptionsC{SkipFiniteCheck: true}); err != nil {
		t.Errorf("NaN in the unread triangle with the check skipped: %v", err)
	}
	_, err = EighC(bad, nil)
	wantKind(t, err, ErrNotFinite, "a")
	_, err = EighC(bad, &EighOptionsC{SkipFiniteCheck: true, Upper: true})
	wantKind(t, err, ErrNotFinite, "a")
	for _, c := range []struct {
		name string
		o    *EighOptionsC
		kind Kind
		arg  string
	}{
		{"driver evx", &EighOptionsC{Driver: "evx"}, ErrValue, "opts.Driver"},
		{"driver gvd without B", &EighOptionsC{Driver: "gvd"}, ErrValue, "opts.Driver"},
		{"type 4", &EighOptionsC{Type: 4}, ErrValue, "opts.Type"},
		{"two subsets", &EighOptionsC{SubsetByIndex: &[2]int{0, 1}, SubsetByValue: &[2]float64{0, 1}}, ErrValue, "opts.SubsetByIndex"},
		{"bad index", &EighOptionsC{SubsetByIndex: &[2]int{3, n}}, ErrValue, "opts.SubsetByIndex"},
		{"bad interval", &EighOptionsC{SubsetByValue: &[2]float64{1, 0}}, ErrValue, "opts.SubsetByValue"},
		{"subset with evd", &EighOptionsC{Driver: "evd", SubsetByIndex: &[2]int{0, 1}}, ErrValue, "opts.Driver"},
		{"B shape", &EighOptionsC{B: cxHPD(3, 1)}, ErrShape, "opts.B"},
		{"B not PD", &EighOptionsC{B: cxHerm(n, 9)}, ErrNotPositiveDefinite, "opts.B"},
	} {
		_, err := EighC(h, c.o)
		t.Run(c.name, func(t *testing.T) { wantKind(t, err, c.kind, c.arg) })
	}
	r, err := EighC(&mat.CDense{}, nil)
	if err != nil || len(r.W) != 0 || !r.V.IsEmpty() {
		t.Errorf("empty: %v, %v", r, err)
	}
}

// TestSVDCProperties checks the reconstruction on random, wide, tall,
// rank-deficient and empty matrices for both drivers and modes, real input
// against SVD, and the errors.
func TestSVDCProperties(t *testing.T) {
	for _, sh := range [][2]int{{1, 1}, {5, 3}, {3, 5}, {30, 30}, {40, 7}} {
		a := cxRand(sh[0], sh[1], uint64(sh[0]*100+sh[1]))
		for _, drv := range []string{"gesdd", "gesvd"} {
			for _, econ := range []bool{false, true} {
				r, err := SVDC(a, &SVDOptions{LapackDriver: drv, Economy: econ})
				if err != nil {
					t.Fatal(err)
				}
				ur, uc := r.U.Dims()
				vr, vc := r.Vh.Dims()
				k := min(sh[0], sh[1])
				wantUC, wantVR := sh[0], sh[1]
				if econ {
					wantUC, wantVR = k, k
				}
				if ur != sh[0] || uc != wantUC || vr != wantVR || vc != sh[1] {
					t.Fatalf("%v %s econ=%v: U %d×%d, Vh %d×%d", sh, drv, econ, ur, uc, vr, vc)
				}
				cxCheckSVD(t, a, r)
			}
		}
		ra := randDense(sh[0], sh[1], 5)
		sr, _ := SVDVals(ra, nil)
		sc, err := SVDValsC(ToComplex(ra), nil)
		if err != nil {
			t.Fatal(err)
		}
		for i := range sr {
			if math.Abs(sr[i]-sc[i]) > 10*float64(max(sh[0], sh[1]))*eps*sr[0] {
				t.Errorf("%v: real input S[%d]: SVDValsC %v, SVDVals %v", sh, i, sc[i], sr[i])
			}
		}
	}
	r, err := SVDC(&mat.CDense{}, nil)
	if err != nil || len(r.S) != 0 {
		t.Errorf("empty: %v, %v", r, err)
	}
	nan := cxRand(3, 2, 1)
	nan.Set(1, 1, complex(math.NaN(), 1))
	_, err = SVDC(nan, &SVDOptions{SkipFiniteCheck: true})
	wantKind(t, err, ErrNotFinite, "a")
	_, err = SVDValsC(cxRand(2, 2, 1), &SVDOptions{LapackDriver: "gejsv"})
	wantKind(t, err, ErrValue, "opts.LapackDriver")
	_, err = SVDC(nil, nil)
	wantKind(t, err, ErrShape, "a")
}

// TestExpmCProperties checks ExpmC against the Taylor series for a tiny
// matrix, against Expm on real input, exp(A)·exp(−A) = I, unitarity of
// exp(iH) for Hermitian H, and the trivial and error cases.
func TestExpmCProperties(t *testing.T) {
	const n = 6
	tiny := cxRand(n, n, 60)
	for i := range tiny.RawCMatrix().Data {
		tiny.RawCMatrix().Data[i] *= 1e-3
	}
	got, err := ExpmC(tiny, nil)
	if err != nil {
		t.Fatal(err)
	}
	// Σ_{k≤8} A^k/k! is exact to rounding for ‖A‖ ≈ 1e-2.
	series := mat.NewCDense(n, n, cplxIdentity(n))
	term := mat.NewCDense(n, n, cplxIdentity(n))
	for k := 1; k <= 8; k++ {
		term = cxMul(term, tiny)
		for i := range term.RawCMatrix().Data {
			term.RawCMatrix().Data[i] /= complex(float64(k), 0)
			series.RawCMatrix().Data[i] += term.RawCMatrix().Data[i]
		}
	}
	if d := cxDiff(t, got, series); d > 10*eps {
		t.Errorf("tiny A: ExpmC differs from the series by %.3g", d)
	}
	for _, s := range []float64{0.5, 4, 40} {
		r := randDense(n, n, 61)
		r.Scale(s/mat.Norm(r, 1), r)
		er, err := Expm(r, nil)
		if err != nil {
			t.Fatal(err)
		}
		ec, err := ExpmC(ToComplex(r), nil)
		if err != nil {
			t.Fatal(err)
		}
		// Same algorithm and degree; only the rounding of complex versus
		// real BLAS differs, amplified by the squarings.
		if d := cxDiff(t, ec, ToComplex(er)); d > 100*n*eps*s {
			t.Errorf("‖A‖₁=%v: ExpmC of real input differs from Expm by %.3g", s, d)
		}
		a := cxRand(n, n, 62)
		for i := range a.RawCMatrix().Data {
			a.RawCMatrix().Data[i] *= complex(s/10, 0)
		}
		neg := cxCopy(a)
		for i := range neg.RawCMatrix().Data {
			neg.RawCMatrix().Data[i] = -neg.RawCMatrix().Data[i]
		}
		ep, _ := ExpmC(a, nil)
		em, _ := ExpmC(neg, nil)
		p := cxMul(ep, em)
		for i := 0; i < n; i++ {
			p.Set(i, i, p.At(i, i)-1)
		}
		if e := cxMaxAbs(p); e > 1e3*n*eps*cxMaxAbs(ep)*cxMaxAbs(em) {
			t.Errorf("scale %v: exp(A)·exp(−A) differs from I by %.3g", s, e)
		}
		ih := cxHerm(n, 63)
		for i := range ih.RawCMatrix().Data {
			ih.RawCMatrix().Data[i] *= complex(0, s)
		}
		u, _ := ExpmC(ih, nil)
		if e := cxUnitaryErr(u); e > 1e3*n*eps*math.Max(1, s) {
			t.Errorf("scale %v: exp(iH) is not unitary: %.3g", s, e)
		}
	}
	one, err := ExpmC(mat.NewCDense(1, 1, []complex128{complex(0, math.Pi)}), nil)
	if err != nil || cmplx.Abs(one.At(0, 0)+1) > 4*eps {
		t.Errorf("exp(iπ) = %v, %v", one, err)
	}
	if e, err := ExpmC(&mat.CDense{}, nil); err != nil || !e.IsEmpty() {
		t.Errorf("empty: %v, %v", e, err)
	}
	bad := cxRand(2, 2, 1)
	bad.Set(0, 0, cmplx.Inf())
	_, err = ExpmC(bad, nil)
	wantKind(t, err, ErrNotFinite, "a")
	_, err = ExpmC(cxRand(2, 3, 1), nil)
	wantKind(t, err, ErrShape, "a")
}

// TestCholeskyQRLUCProperties checks the factorizations' reconstructions on
// random and empty matrices, and their errors.
func TestCholeskyQRLUCProperties(t *testing.T) {
	for _, n := range []int{1, 4, 17} {
		p := cxHPD(n, uint64(70+n))
		for _, lower := range []bool{false, true} {
			c, err := CholeskyC(p, &CholeskyOptions{Lower: lower})
			if err != nil {
				t.Fatal(err)
			}
			var rec *mat.CDense
			if lower {
				rec = cxMul(c, c.H())
			} else {
				rec = cxMul(c.H(), c)
			}
			if d := cxDiff(t, rec, p); d > 100*float64(n)*eps {
				t.Errorf("n=%d lower=%v: factor does not rebuild a: %.3g", n, lower, d)
			}
			for i := 0; i < n; i++ {
				if d := c.At(i, i); imag(d) != 0 || !(real(d) > 0) {
					t.Errorf("n=%d: diagonal %v not real positive", n, d)
				}
				for j := 0; j < n; j++ {
					if (lower && j > i || !lower && j < i) && c.At(i, j) != 0 {
						t.Fatalf("n=%d lower=%v: (%d,%d) = %v outside the triangle", n, lower, i, j, c.At(i, j))
					}
				}
			}
		}
	}
	_, err := CholeskyC(cxHerm(5, 1), nil)
	wantKind(t, err, ErrNotPositiveDefinite, "a")
	if c, err := CholeskyC(&mat.CDense{}, nil); err != nil || !c.IsEmpty() {
		t.Errorf("empty Cholesky: %v, %v", c, err)
	}
	for _, sh := range [][2]int{{1, 1}, {6, 3}, {3, 6}, {9, 9}} {
		a := cxRand(sh[0], sh[1], uint64(80+sh[0]+sh[1]))
		for _, mode := range []string{"full", "economic"} {
			for _, piv := range []bool{false, true} {
				r, err := QRC(a, &QROptions{Mode: mode, Pivoting: piv})
				if err != nil {
					t.Fatal(err)
				}
				cxCheckQRGolden(t, cxDecompCase{A: cxToCmat2(a), R: cxToCmat2(r.R), Q: cxToCmat2(r.Q), Mode: mode, Pivoting: piv, PRaw: cxIntsAny(r.P)}, r, 0)
			}
		}
		lu, err := LUC(a, nil)
		if err != nil {
			t.Fatal(err)
		}
		if d := cxDiff(t, cxMul(ToComplex(lu.P), cxMul(lu.L, lu.U)), a); d > 100*float64(max(sh[0], sh[1]))*eps {
			t.Errorf("%v: P·L·U differs from a by %.3g", sh, d)
		}
		pl, err := LUC(a, &LUOptions{PermuteL: true})
		if err != nil || pl.P != nil {
			t.Fatal(err)
		}
		if d := cxDiff(t, cxMul(pl.L, pl.U), a); d > 100*float64(max(sh[0], sh[1]))*eps {
			t.Errorf("%v: (P·L)·U differs from a by %.3g", sh, d)
		}
	}
	_, err = QRC(cxRand(2, 2, 1), &QROptions{Mode: "raw"})
	wantKind(t, err, ErrValue, "opts.Mode")
	if r, err := QRC(&mat.CDense{}, nil); err != nil || !r.R.IsEmpty() {
		t.Errorf("empty QR: %v, %v", r, err)
	}
	lf, err := LUFactorC(mat.NewCDense(2, 2, []complex128{1, 2, 2, 4}), nil)
	if err != nil || !lf.Singular {
		t.Fatalf("singular LUFactorC: %v, %v", lf, err)
	}
	_, err = LUSolveC(lf, cxRand(2, 1, 1), nil)
	wantKind(t, err, ErrSingular, "lu")
	_, err = LUSolveC(nil, cxRand(2, 1, 1), nil)
	wantKind(t, err, ErrShape, "lu")
	_, err = LUSolveC(&LUFactorizationC{LU: cxRand(2, 2, 1), Piv: []int{5, 1}}, cxRand(2, 1, 1), nil)
	wantKind(t, err, ErrValue, "lu.Piv")
	_, err = LUSolveC(&LUFactorizationC{LU: cxRand(2, 2, 1), Piv: []int{1, 1}}, cxRand(2, 1, 1), &LUSolveOptions{Trans: "H"})
	wantKind(t, err, ErrValue, "opts.Trans")
	_, err = LUSolveC(&LUFactorizationC{LU: cxRand(2, 2, 1), Piv: []int{1, 1}}, cxRand(3, 1, 1), nil)
	wantKind(t, err, ErrShape, "b")
}

// cxToCmat2 converts m to the golden files' row-list form.
func cxToCmat2(m *mat.CDense) cmat2 {
	if m == nil {
		return nil
	}
	r, c := m.Dims()
	out := make(cmat2, r)
	for i := range out {
		out[i] = make([]goldenComplex, c)
		for j := range out[i] {
			out[i][j] = goldenComplex(m.At(i, j))
		}
	}
	return out
}

// cxIntsAny converts a permutation to the []any a decoded JSON list is.
func cxIntsAny(p []int) any {
	if p == nil {
		return nil
	}
	out := make([]any, len(p))
	for i, v := range p {
		out[i] = float64(v)
	}
	return out
}
