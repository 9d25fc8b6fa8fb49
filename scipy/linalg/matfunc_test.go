package linalg

import (
	"fmt"
	"math"
	"math/cmplx"
	"strings"
	"sync"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/goscipy/goscipy/internal/golden"
)

// mfShifted returns a random n×n matrix shifted by s·I (eigenvalues near
// s, spread about √n).
func mfShifted(n int, seed int64, s float64) *mat.Dense {
	a := randDense(n, n, seed)
	for i := 0; i < n; i++ {
		a.Set(i, i, a.At(i, i)+s)
	}
	return a
}

// mfCShifted is mfShifted for complex matrices.
func mfCShifted(n int, seed uint64, s complex128) *mat.CDense {
	a := cxRand(n, n, seed)
	for i := 0; i < n; i++ {
		a.Set(i, i, a.At(i, i)+s)
	}
	return a
}

// mfCRel is ‖got − want‖_max/‖want‖_max for complex matrices.
func mfCRel(got, want mat.CMatrix) float64 {
	r, c := want.Dims()
	w := mat.NewCDense(r, c, cdataOf(want))
	return mfDiffC(got, w)
}

// TestSqrtmProperties checks X·X = a for real and complex input, blocked
// and unblocked, and that the blocked algorithm agrees with the point one.
// The residual of a Schur square root is O(eps·‖X‖²) (Higham 1987), so the
// bound is 1e3·n·eps·‖X‖²_max/‖a‖_max.
func TestSqrtmProperties(t *testing.T) {
	for _, bs := range []int{0, 1, 3, 7} {
		a := mfShifted(20, 5, 8)
		r, err := Sqrtm(a, &SqrtmOptions{Blocksize: bs})
		if err != nil {
			t.Fatal(err)
		}
		var sq mat.Dense
		sq.Mul(r.X, r.X)
		xm := mat.Norm(r.X, math.Inf(1))
		if d := relDiff(t, &sq, a); d > 1e3*20*mfEps*xm*xm/mat.Norm(a, math.Inf(1)) {
			t.Errorf("blocksize %d: X² − a: %.3g", bs, d)
		}
		if r.ErrEst > 1e-10 {
			t.Errorf("blocksize %d: ErrEst %.3g", bs, r.ErrEst)
		}
		r0, _ := Sqrtm(a, nil)
		if d := relDiff(t, r.X, r0.X); d > 1e-12 {
			t.Errorf("blocksize %d differs from default by %.3g", bs, d)
		}
	}
	ac := mfCShifted(9, 6, 2i)
	rc, err := SqrtmC(ac, &SqrtmOptions{Blocksize: 2})
	if err != nil {
		t.Fatal(err)
	}
	if d := mfCRel(cxMul(rc.X, rc.X), ac); d > 1e-12 {
		t.Errorf("complex X² − a: %.3g", d)
	}
}

// TestLogmProperties checks Expm(Logm(a)) = a for real and complex input,
// and Logm(Expm(b)) = b for b with small eigenvalues (inside the strip
// where log is the inverse of exp).
func TestLogmProperties(t *testing.T) {
	a := mfShifted(10, 7, 6)
	r, err := Logm(a)
	if err != nil {
		t.Fatal(err)
	}
	e, err := Expm(r.X, nil)
	if err != nil {
		t.Fatal(err)
	}
	if d := relDiff(t, e, a); d > 1e3*10*mfEps*mat.Cond(a, 1) {
		t.Errorf("expm(logm(a)) − a: %.3g", d)
	}
	if r.ErrEst > 1e3*mfEps || r.Singular || r.NearlySingular {
		t.Errorf("ErrEst %.3g, flags %v %v", r.ErrEst, r.Singular, r.NearlySingular)
	}
	b := randDense(6, 6, 8)
	b.Scale(0.3, b)
	eb, _ := Expm(b, nil)
	rb, err := Logm(eb)
	if err != nil {
		t.Fatal(err)
	}
	if d := relDiff(t, rb.X, b); d > 1e-12 {
		t.Errorf("logm(expm(b)) − b: %.3g", d)
	}
	ac := mfCShifted(7, 9, 3-1i)
	rc, err := LogmC(ac)
	if err != nil {
		t.Fatal(err)
	}
	ec, err := ExpmC(rc.X, nil)
	if err != nil {
		t.Fatal(err)
	}
	if d := mfCRel(ec, ac); d > 1e-11 {
		t.Errorf("complex expm(logm(a)) − a: %.3g", d)
	}
}

// TestFunmProperties checks Funm(a, exp) = Expm(a) and Funm(a, z²) = a² on
// matrices with well-separated eigenvalues (Parlett's recurrence is exact
// in exact arithmetic there).
func TestFunmProperties(t *testing.T) {
	a := mat.NewDense(4, 4, []float64{
		1, 2, 0.5, -1,
		0, 3, 1, 0.25,
		0.5, 0, -2, 1,
		0, 0.3, 0, 5,
	})
	r, err := Funm(a, cmplx.Exp)
	if err != nil {
		t.Fatal(err)
	}
	e, _ := Expm(a, nil)
	if d := relDiff(t, r.F, e); d > 1e-12 {
		t.Errorf("funm(a, exp) − expm(a): %.3g", d)
	}
	if r.ErrEst > 1e-12 {
		t.Errorf("ErrEst %.3g", r.ErrEst)
	}
	r, err = Funm(a, func(z complex128) complex128 { return z * z })
	if err != nil {
		t.Fatal(err)
	}
	var sq mat.Dense
	sq.Mul(a, a)
	if d := relDiff(t, r.F, &sq); d > 1e-12 {
		t.Errorf("funm(a, z²) − a²: %.3g", d)
	}
	// A real result is refused when f does not respect conjugation.
	_, err = Funm(a, func(z complex128) complex128 { return 1i * z })
	wantKind(t, err, ErrValue, "a")
	if !strings.Contains(err.Error(), "FunmC") {
		t.Errorf("message %q does not name FunmC", err)
	}
	_, err = Funm(a, nil)
	wantKind(t, err, ErrShape, "f")
}

// TestTrigProperties checks sin² + cos² = I, cosh² − sinh² = I, and the
// quotients tan = cos⁻¹·sin, tanh = cosh⁻¹·sinh, for real and complex a.
func TestTrigProperties(t *testing.T) {
	a := randDense(6, 6, 10)
	a.Scale(0.4, a)
	c, err1 := Cosm(a)
	s, err2 := Sinm(a)
	tn, err3 := Tanm(a)
	ch, err4 := Coshm(a)
	sh, err5 := Sinhm(a)
	th, err6 := Tanhm(a)
	for _, err := range []error{err1, err2, err3, err4, err5, err6} {
		if err != nil {
			t.Fatal(err)
		}
	}
	var c2, s2, sum mat.Dense
	c2.Mul(c, c)
	s2.Mul(s, s)
	sum.Add(&c2, &s2)
	if d := relDiff(t, &sum, eye(6)); d > 1e-13 {
		t.Errorf("cos² + sin² − I: %.3g", d)
	}
	c2.Mul(ch, ch)
	s2.Mul(sh, sh)
	sum.Sub(&c2, &s2)
	if d := relDiff(t, &sum, eye(6)); d > 1e-13 {
		t.Errorf("cosh² − sinh² − I: %.3g", d)
	}
	var p mat.Dense
	p.Mul(c, tn)
	if d := relDiff(t, &p, s); d > 1e-13 {
		t.Errorf("cos·tan − sin: %.3g", d)
	}
	p.Mul(ch, th)
	if d := relDiff(t, &p, sh); d > 1e-13 {
		t.Errorf("cosh·tanh − sinh: %.3g", d)
	}
	// The complex variants agree with the real ones on real input.
	ac := ToComplex(a)
	for name, pair := range map[string]func() (mat.Matrix, mat.CMatrix, error){
		"cosm":  func() (mat.Matrix, mat.CMatrix, error) { x, err := CosmC(ac); return c, x, err },
		"sinm":  func() (mat.Matrix, mat.CMatrix, error) { x, err := SinmC(ac); return s, x, err },
		"tanm":  func() (mat.Matrix, mat.CMatrix, error) { x, err := TanmC(ac); return tn, x, err },
		"coshm": func() (mat.Matrix, mat.CMatrix, error) { x, err := CoshmC(ac); return ch, x, err },
		"sinhm": func() (mat.Matrix, mat.CMatrix, error) { x, err := SinhmC(ac); return sh, x, err },
		"tanhm": func() (mat.Matrix, mat.CMatrix, error) { x, err := TanhmC(ac); return th, x, err },
	} {
		want, got, err := pair()
		if err != nil {
			t.Fatal(name, err)
		}
		if d := mfDiffC(got, mat.NewCDense(6, 6, cdataOf(mfRealAsC{want}))); d > 1e-13 {
			t.Errorf("%sC differs from the real result by %.3g", name, d)
		}
	}
}

// TestSignmProperties checks S² = I and S·a = a·S on the Funm path and the
// Newton path, and that real and complex variants agree.
func TestSignmProperties(t *testing.T) {
	sym := randDense(6, 6, 11)
	var a mat.Dense
	a.Add(sym, sym.T())
	newton := mat.NewDense(3, 3, []float64{1, 1e3, 0, 0, 1 + 1e-9, 1, 0, 0, -2})
	for name, m := range map[string]*mat.Dense{"symmetric": &a, "newton": newton} {
		r, err := Signm(m)
		if err != nil {
			t.Fatal(name, err)
		}
		n, _ := m.Dims()
		var sq, sa, as mat.Dense
		sq.Mul(r.X, r.X)
		nx := mat.Norm(r.X, math.Inf(1))
		if d := relDiff(t, &sq, eye(n)); d > 1e3*float64(n)*mfEps*nx*nx {
			t.Errorf("%s: S² − I: %.3g", name, d)
		}
		sa.Mul(r.X, m)
		as.Mul(m, r.X)
		if d := relDiff(t, &sa, &as); d > 1e3*float64(n)*mfEps*nx*nx {
			t.Errorf("%s: S·a − a·S: %.3g", name, d)
		}
		rc, err := SignmC(ToComplex(m))
		if err != nil {
			t.Fatal(name, err)
		}
		if d := mfDiffC(rc.X, mat.NewCDense(n, n, cdataOf(mfRealAsC{r.X}))); d > 1e-10 {
			t.Errorf("%s: SignmC differs from Signm by %.3g", name, d)
		}
	}
}

// TestFractionalMatrixPowerProperties checks a^½ = Sqrtm(a), a² = a·a,
// a⁻¹ = Inv(a), (a^⅓)³ = a and a^p·a^q = a^(p+q).
func TestFractionalMatrixPowerProperties(t *testing.T) {
	a := mfShifted(8, 12, 5)
	half, err := FractionalMatrixPower(a, 0.5)
	if err != nil {
		t.Fatal(err)
	}
	sq, _ := Sqrtm(a, nil)
	if d := relDiff(t, half, sq.X); d > 1e-12 {
		t.Errorf("a^0.5 − sqrtm(a): %.3g", d)
	}
	two, _ := FractionalMatrixPower(a, 2)
	var aa mat.Dense
	aa.Mul(a, a)
	if d := relDiff(t, two, &aa); d > 1e-14 {
		t.Errorf("a^2 − a·a: %.3g", d)
	}
	inv, _ := FractionalMatrixPower(a, -1)
	ai, _ := Inv(a, nil)
	if d := relDiff(t, inv, ai); d > 1e-13 {
		t.Errorf("a^-1 − inv(a): %.3g", d)
	}
	third, _ := FractionalMatrixPower(a, 1.0/3)
	var cube mat.Dense
	cube.Mul(third, third)
	cube.Mul(&cube, third)
	if d := relDiff(t, &cube, a); d > 1e-12 {
		t.Errorf("(a^⅓)³ − a: %.3g", d)
	}
	p1, _ := FractionalMatrixPower(a, 0.7)
	p2, _ := FractionalMatrixPower(a, 1.6)
	p3, _ := FractionalMatrixPower(a, 2.3)
	var prod mat.Dense
	prod.Mul(p1, p2)
	if d := relDiff(t, &prod, p3); d > 1e-12 {
		t.Errorf("a^0.7·a^1.6 − a^2.3: %.3g", d)
	}
	id, _ := FractionalMatrixPower(a, 0)
	if d := relDiff(t, id, eye(8)); d != 0 {
		t.Errorf("a^0 − I: %.3g", d)
	}
}

// TestExpmFrechetProperties checks L(a, e) against the top-right block of
// exp([[a, e], [0, a]]) (SciPy's blockEnlarge method), and its linearity
// in e, for norms that select Padé degree 3 up to 13 with squaring.
func TestExpmFrechetProperties(t *testing.T) {
	for _, s := range []float64{1e-3, 0.1, 1, 5, 40} {
		n := 5
		a := randDense(n, n, 13)
		a.Scale(s/mat.Norm(a, 1), a)
		e := randDense(n, n, 14)
		r, err := ExpmFrechet(a, e, nil)
		if err != nil {
			t.Fatal(err)
		}
		big := mat.NewDense(2*n, 2*n, nil)
		for i := 0; i < n; i++ {
			for j := 0; j < n; j++ {
				big.Set(i, j, a.At(i, j))
				big.Set(n+i, n+j, a.At(i, j))
				big.Set(i, n+j, e.At(i, j))
			}
		}
		eb, err := Expm(big, nil)
		if err != nil {
			t.Fatal(err)
		}
		ea := eb.Slice(0, n, 0, n)
		l := eb.Slice(0, n, n, 2*n)
		// Both are backward stable; their differences grow with the
		// squarings like Expm's (see TestExpmGolden).
		tol := 1e3 * float64(n) * mfEps * math.Max(1, s) * math.Max(1, s)
		if d := relDiff(t, r.Expm, ea); d > tol {
			t.Errorf("norm %v: Expm differs from the block method by %.3g", s, d)
		}
		if d := relDiff(t, r.Frechet, l); d > tol {
			t.Errorf("norm %v: Frechet differs from the block method by %.3g", s, d)
		}
		var e2 mat.Dense
		e2.Scale(-2, e)
		r2, _ := ExpmFrechet(a, &e2, &ExpmFrechetOptions{NoExpm: true})
		if r2.Expm != nil {
			t.Errorf("NoExpm: Expm is set")
		}
		var lin mat.Dense
		lin.Scale(-2, r.Frechet)
		if d := relDiff(t, r2.Frechet, &lin); d > 1e-14 {
			t.Errorf("norm %v: L(a, −2e) ≠ −2L(a, e): %.3g", s, d)
		}
	}
}

// TestMatfuncHardInputs covers empty, 1×1, singular, defective,
// negative-eigenvalue, non-finite and non-square inputs for every function.
func TestMatfuncHardInputs(t *testing.T) {
	empty := &mat.Dense{}
	// Empty input gives an empty result everywhere.
	if r, err := Sqrtm(empty, nil); err != nil || !r.X.IsEmpty() {
		t.Errorf("Sqrtm empty: %v", err)
	}
	if r, err := SqrtmC(&mat.CDense{}, nil); err != nil || !r.X.IsEmpty() {
		t.Errorf("SqrtmC empty: %v", err)
	}
	if r, err := Logm(empty); err != nil || !r.X.IsEmpty() {
		t.Errorf("Logm empty: %v", err)
	}
	if r, err := LogmC(&mat.CDense{}); err != nil || !r.X.IsEmpty() {
		t.Errorf("LogmC empty: %v", err)
	}
	if r, err := Funm(empty, cmplx.Exp); err != nil || !r.F.IsEmpty() {
		t.Errorf("Funm empty: %v", err)
	}
	if r, err := Signm(empty); err != nil || !r.X.IsEmpty() {
		t.Errorf("Signm empty: %v", err)
	}
	if x, err := FractionalMatrixPower(empty, 0.5); err != nil || !x.IsEmpty() {
		t.Errorf("FractionalMatrixPower empty: %v", err)
	}
	for name, f := range map[string]func(mat.Matrix) (*mat.Dense, error){
		"Cosm": Cosm, "Sinm": Sinm, "Tanm": Tanm, "Coshm": Coshm, "Sinhm": Sinhm, "Tanhm": Tanhm,
	} {
		if x, err := f(empty); err != nil || !x.IsEmpty() {
			t.Errorf("%s empty: %v", name, err)
		}
	}
	if r, err := ExpmFrechet(empty, empty, nil); err != nil || !r.Frechet.IsEmpty() || !r.Expm.IsEmpty() {
		t.Errorf("ExpmFrechet empty: %v", err)
	}

	// 1×1.
	one := func(v float64) *mat.Dense { return mat.NewDense(1, 1, []float64{v}) }
	if r, err := Sqrtm(one(4), nil); err != nil || r.X.At(0, 0) != 2 {
		t.Errorf("Sqrtm([[4]]) = %v, %v", r, err)
	}
	_, err := Sqrtm(one(-4), nil)
	wantKind(t, err, ErrValue, "a")
	if !strings.Contains(err.Error(), "SqrtmC") {
		t.Errorf("message %q does not name SqrtmC", err)
	}
	if r, err := SqrtmC(ToComplex(one(-4)), nil); err != nil || r.X.At(0, 0) != 2i {
		t.Errorf("SqrtmC([[-4]]) = %v, %v", r, err)
	}
	if r, err := Logm(one(math.E)); err != nil || math.Abs(r.X.At(0, 0)-1) > 2*mfEps {
		t.Errorf("Logm([[e]]) = %v, %v", r, err)
	}
	_, err = Logm(one(-1))
	wantKind(t, err, ErrValue, "a")
	if !strings.Contains(err.Error(), "LogmC") {
		t.Errorf("message %q does not name LogmC", err)
	}
	// −1 is on the branch cut, so SciPy skips the exact diagonal and keeps
	// the quadrature's value, −2.9e-16 + 3.14159265i; so do we.
	if r, err := LogmC(ToComplex(one(-1))); err != nil || cmplx.Abs(r.X.At(0, 0)-complex(0, math.Pi)) > 1e-14 {
		t.Errorf("LogmC([[-1]]) = %v, %v", r, err)
	}
	if x, err := FractionalMatrixPower(one(8), 1.0/3); err != nil || math.Abs(x.At(0, 0)-2) > 4*mfEps {
		t.Errorf("FractionalMatrixPower([[8]], 1/3) = %v, %v", x, err)
	}
	if r, err := Signm(one(-3)); err != nil || r.X.At(0, 0) != -1 {
		t.Errorf("Signm([[-3]]) = %v, %v", r, err)
	}

	// Defective (Jordan blocks): closed forms.
	jordan := mat.NewDense(2, 2, []float64{4, 1, 0, 4})
	if r, err := Sqrtm(jordan, nil); err != nil {
		t.Error(err)
	} else if d := relDiff(t, r.X, mat.NewDense(2, 2, []float64{2, 0.25, 0, 2})); d > 4*mfEps {
		t.Errorf("sqrtm(Jordan) off by %.3g: %v", d, mat.Formatted(r.X))
	}
	if r, err := Logm(mat.NewDense(2, 2, []float64{1, 1, 0, 1})); err != nil {
		t.Error(err)
	} else if d := relDiff(t, r.X, mat.NewDense(2, 2, []float64{0, 1, 0, 0})); d > 4*mfEps {
		t.Errorf("logm(Jordan) off by %.3g: %v", d, mat.Formatted(r.X))
	}

	// Singular.
	_, err = Sqrtm(mat.NewDense(2, 2, []float64{0, 1, 0, 0}), nil)
	wantKind(t, err, ErrSingular, "a")
	if r, err := Sqrtm(mat.NewDense(2, 2, []float64{0, 0, 0, 9}), nil); err != nil {
		t.Error(err)
	} else if d := relDiff(t, r.X, mat.NewDense(2, 2, []float64{0, 0, 0, 3})); d != 0 {
		t.Errorf("sqrtm(diag(0, 9)) off by %.3g", d)
	}
	if r, err := Logm(mat.NewDense(2, 2, []float64{1, 1, 0, 0})); err != nil || !r.Singular {
		t.Errorf("Logm singular: %+v, %v", r, err)
	}
	_, err = FractionalMatrixPower(mat.NewDense(2, 2, []float64{1, 2, 2, 4}), -0.5)
	wantKind(t, err, ErrSingular, "a")
	_, err = FractionalMatrixPower(mat.NewDense(2, 2, []float64{1, 2, 2, 4}), -1)
	wantKind(t, err, ErrSingular, "a")

	// Non-finite and non-square inputs, and bad options.
	nan := mat.NewDense(2, 2, []float64{1, math.NaN(), 0, 1})
	inf := mat.NewDense(2, 2, []float64{1, 0, math.Inf(-1), 1})
	rect := mat.NewDense(2, 3, nil)
	calls := map[string]func(mat.Matrix) error{
		"Sqrtm":  func(a mat.Matrix) error { _, err := Sqrtm(a, nil); return err },
		"Logm":   func(a mat.Matrix) error { _, err := Logm(a); return err },
		"Funm":   func(a mat.Matrix) error { _, err := Funm(a, cmplx.Exp); return err },
		"Signm":  func(a mat.Matrix) error { _, err := Signm(a); return err },
		"FMP":    func(a mat.Matrix) error { _, err := FractionalMatrixPower(a, 0.5); return err },
		"FMPint": func(a mat.Matrix) error { _, err := FractionalMatrixPower(a, 3); return err },
		"Cosm":   func(a mat.Matrix) error { _, err := Cosm(a); return err },
		"Sinm":   func(a mat.Matrix) error { _, err := Sinm(a); return err },
		"Tanm":   func(a mat.Matrix) error { _, err := Tanm(a); return err },
		"Coshm":  func(a mat.Matrix) error { _, err := Coshm(a); return err },
		"Sinhm":  func(a mat.Matrix) error { _, err := Sinhm(a); return err },
		"Tanhm":  func(a mat.Matrix) error { _, err := Tanhm(a); return err },
		"ExpmFrechet": func(a mat.Matrix) error {
			_, err := ExpmFrechet(a, a, nil)
			return err
		},
		"SqrtmC": func(a mat.Matrix) error { _, err := SqrtmC(ToComplex(a), nil); return err },
		"LogmC":  func(a mat.Matrix) error { _, err := LogmC(ToComplex(a)); return err },
		"FunmC":  func(a mat.Matrix) error { _, err := FunmC(ToComplex(a), cmplx.Exp); return err },
		"SignmC": func(a mat.Matrix) error { _, err := SignmC(ToComplex(a)); return err },
		"FMPC":   func(a mat.Matrix) error { _, err := FractionalMatrixPowerC(ToComplex(a), 0.5); return err },
		"CosmC":  func(a mat.Matrix) error { _, err := CosmC(ToComplex(a)); return err },
		"TanhmC": func(a mat.Matrix) error { _, err := TanhmC(ToComplex(a)); return err },
	}
	for name, call := range calls {
		t.Run(name, func(t *testing.T) {
			wantKind(t, call(nan), ErrNotFinite, "a")
			wantKind(t, call(inf), ErrNotFinite, "a")
			wantKind(t, call(rect), ErrShape, "a")
		})
	}
	_, err = Sqrtm(eye(2), &SqrtmOptions{Blocksize: -1})
	wantKind(t, err, ErrValue, "opts.Blocksize")
	_, err = FractionalMatrixPower(eye(2), math.NaN())
	wantKind(t, err, ErrValue, "p")
	_, err = ExpmFrechet(eye(2), eye(3), nil)
	wantKind(t, err, ErrShape, "e")
	_, err = ExpmFrechet(eye(2), mat.NewDense(2, 2, []float64{math.NaN(), 0, 0, 0}), nil)
	wantKind(t, err, ErrNotFinite, "e")
	_, err = Sqrtm(nil, nil)
	wantKind(t, err, ErrShape, "a")
	// SkipFiniteCheck with NaN and Inf gives unspecified numbers or an
	// error, never a panic or a hang.
	for _, bad := range []*mat.Dense{nan, inf} {
		_, err = ExpmFrechet(bad, eye(2), &ExpmFrechetOptions{SkipFiniteCheck: true})
		if e, ok := err.(*Error); ok && strings.Contains(e.Message, "internal error") {
			t.Errorf("ExpmFrechet with SkipFiniteCheck: %v", err)
		}
	}
}

// TestMatfuncInputsUnchanged checks that no function writes to its input.
func TestMatfuncInputsUnchanged(t *testing.T) {
	a := mfShifted(5, 15, 4)
	orig := mat.DenseCopyOf(a)
	ac := ToComplex(a)
	origC := mat.NewCDense(5, 5, cdataOf(ac))
	Sqrtm(a, nil)
	Logm(a)
	Funm(a, cmplx.Exp)
	Signm(a)
	FractionalMatrixPower(a, 0.3)
	Tanm(a)
	Tanhm(a)
	ExpmFrechet(a, a, nil)
	SqrtmC(ac, nil)
	LogmC(ac)
	FunmC(ac, cmplx.Sin)
	SignmC(ac)
	FractionalMatrixPowerC(ac, -0.3)
	TanmC(ac)
	if !mat.Equal(a, orig) {
		t.Error("real input modified")
	}
	if !mat.CEqual(ac, origC) {
		t.Error("complex input modified")
	}
}

// TestConcurrentMatfunc runs the matrix functions from 16 goroutines on a
// shared input and checks every result against the serial one.
func TestConcurrentMatfunc(t *testing.T) {
	const goroutines, rounds = 16, 3
	a := mfShifted(12, 16, 6)
	calls := []func() (mat.Matrix, error){
		func() (mat.Matrix, error) { r, err := Sqrtm(a, &SqrtmOptions{Blocksize: 5}); return resX(r, err) },
		func() (mat.Matrix, error) {
			r, err := Logm(a)
			if err != nil {
				return nil, err
			}
			return r.X, nil
		},
		func() (mat.Matrix, error) { return FractionalMatrixPower(a, 0.4) },
		func() (mat.Matrix, error) { return Cosm(a) },
		func() (mat.Matrix, error) {
			r, err := ExpmFrechet(a, eye(12), nil)
			if err != nil {
				return nil, err
			}
			return r.Frechet, nil
		},
	}
	want := make([]mat.Matrix, len(calls))
	for i, c := range calls {
		var err error
		if want[i], err = c(); err != nil {
			t.Fatal(err)
		}
	}
	var wg sync.WaitGroup
	errs := make(chan string, goroutines*rounds*len(calls))
	for g := 0; g < goroutines; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for r := 0; r < rounds; r++ {
				i := (g + r) % len(calls)
				got, err := calls[i]()
				if err != nil || !mat.Equal(got, want[i]) {
					errs <- "call " + string(rune('0'+i)) + " differs from the serial result"
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// resX unpacks a SqrtmResult.
func resX(r *SqrtmResult, err error) (mat.Matrix, error) {
	if err != nil {
		return nil, err
	}
	return r.X, nil
}

func BenchmarkSqrtm(b *testing.B) {
	for _, n := range []int{10, 100} {
		b.Run(benchName(n), func(b *testing.B) {
			a := mfShifted(n, int64(n), 2*math.Sqrt(float64(n)))
			for b.Loop() {
				if _, err := Sqrtm(a, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkLogm(b *testing.B) {
	for _, n := range []int{10, 100} {
		b.Run(benchName(n), func(b *testing.B) {
			a := mfShifted(n, int64(n), 2*math.Sqrt(float64(n)))
			for b.Loop() {
				if _, err := Logm(a); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkExpmFrechet(b *testing.B) {
	for _, n := range []int{10, 100} {
		b.Run(benchName(n), func(b *testing.B) {
			a, e := randDense(n, n, 1), randDense(n, n, 2)
			for b.Loop() {
				if _, err := ExpmFrechet(a, e, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkFractionalMatrixPower(b *testing.B) {
	for _, n := range []int{10, 100} {
		b.Run(benchName(n), func(b *testing.B) {
			a := mfShifted(n, int64(n), 2*math.Sqrt(float64(n)))
			for b.Loop() {
				if _, err := FractionalMatrixPower(a, 0.3); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// benchName is the sub-benchmark name of order n, as benchEach uses.
func benchName(n int) string { return fmt.Sprintf("n=%d", n) }

// TestExpmCondAndKhatriRaoHardInputs covers empty, mismatched, non-square
// and non-finite inputs, and κ(0) = 0 (‖0‖_F = 0 with e⁰ = I).
func TestExpmCondAndKhatriRaoHardInputs(t *testing.T) {
	if k, err := ExpmCond(&mat.Dense{}, nil); err != nil || !math.IsNaN(k) {
		t.Errorf("ExpmCond(empty) = %v, %v", k, err)
	}
	if k, err := ExpmCond(mat.NewDense(3, 3, nil), nil); err != nil || k != 0 {
		t.Errorf("ExpmCond(0) = %v, %v", k, err)
	}
	_, err := ExpmCond(mat.NewDense(2, 3, nil), nil)
	wantKind(t, err, ErrShape, "a")
	_, err = ExpmCond(mat.NewDense(1, 1, []float64{math.NaN()}), nil)
	wantKind(t, err, ErrNotFinite, "a")
	_, err = KhatriRao(mat.NewDense(2, 3, nil), mat.NewDense(2, 2, nil))
	wantKind(t, err, ErrShape, "b")
	_, err = KhatriRao(nil, mat.NewDense(2, 2, nil))
	wantKind(t, err, ErrShape, "a")
	if c, err := KhatriRao(&mat.Dense{}, &mat.Dense{}); err != nil || !c.IsEmpty() {
		t.Errorf("KhatriRao(empty) = %v, %v", c, err)
	}
	// κ of a normal matrix's exponential: for a = diag(d), L(a, E) has
	// entries E(i,j)·(e^{d_i} − e^{d_j})/(d_i − d_j), so ‖K‖₂ is the
	// largest divided difference.
	d := []float64{0.5, -1, 2}
	a := mat.NewDense(3, 3, nil)
	var xf, af, kmax float64
	for i, v := range d {
		a.Set(i, i, v)
		xf += math.Exp(2 * v)
		af += v * v
		for _, w := range d {
			dd := math.Exp(v)
			if v != w {
				dd = (math.Exp(v) - math.Exp(w)) / (v - w)
			}
			kmax = math.Max(kmax, dd)
		}
	}
	want := kmax * math.Sqrt(af) / math.Sqrt(xf)
	if k, err := ExpmCond(a, nil); err != nil || golden.RelErr(k, want) > 1e-13 {
		t.Errorf("ExpmCond(diag) = %v, want %v (%v)", k, want, err)
	}
}
