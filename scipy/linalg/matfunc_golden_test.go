package linalg

import (
	"math"
	"math/cmplx"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/goscipy/goscipy/internal/golden"
)

// mfCase is one case of the matfunc_*.json golden files written by
// scripts/golden/linalg_matfunc.py: a real (A) or complex (AC) input and
// SciPy's output, always stored complex.
type mfCase struct {
	Name      string        `json:"name"`
	A         mat2          `json:"a"`
	AC        cmat2         `json:"ac"`
	Out       cmat2         `json:"out"`
	Cplx      bool          `json:"cplx"`
	ErrEst    *golden.Float `json:"errest"`
	Err       string        `json:"err"`
	Warn      bool          `json:"warn"`
	Blocksize int           `json:"blocksize"`
	F         string        `json:"f"`
	P         golden.Float  `json:"p"`
	Newton    bool          `json:"newton"`
}

// n is the order of the case's input.
func (c mfCase) n() int {
	if c.AC != nil {
		return len(c.AC)
	}
	return len(c.A)
}

// mfDiffC is ‖got − want‖_max / max(‖want‖_max, tiny) for complex results;
// +Inf if the shapes or NaN patterns differ.
func mfDiffC(got mat.CMatrix, want *mat.CDense) float64 {
	gr, gc := got.Dims()
	wr, wc := want.Dims()
	if gr != wr || gc != wc {
		return math.Inf(1)
	}
	var num, den float64
	for i := 0; i < wr; i++ {
		for j := 0; j < wc; j++ {
			g, w := got.At(i, j), want.At(i, j)
			if cmplx.IsNaN(g) != cmplx.IsNaN(w) {
				return math.Inf(1)
			}
			num = math.Max(num, cmplx.Abs(g-w))
			den = math.Max(den, cmplx.Abs(w))
		}
	}
	if den == 0 {
		return num
	}
	return num / den
}

// mfRealAsC views a real matrix as complex for mfDiffC.
type mfRealAsC struct{ mat.Matrix }

func (m mfRealAsC) At(i, j int) complex128 { return complex(m.Matrix.At(i, j), 0) }
func (m mfRealAsC) H() mat.CMatrix         { return mfRealAsC{m.Matrix.T()} }
func (m mfRealAsC) Conj() mat.CMatrix      { return m }
func (m mfRealAsC) T() mat.CMatrix         { return mfRealAsC{m.Matrix.T()} }

// mfRunGolden drives a golden file: for a real input it calls real (which
// must fail with ErrValue when SciPy's result is complex, and then complex
// on ToComplex(a) must match), for a complex input complex; each returns
// the result (nil with an error) and its error estimate (NaN if none).
// tol gives the allowed relative difference of a case.
func mfRunGolden(t *testing.T, file string,
	real func(c mfCase, a *mat.Dense) (mat.Matrix, float64, error),
	cplx func(c mfCase, a *mat.CDense) (mat.CMatrix, float64, error),
	tol func(c mfCase) float64) {
	t.Helper()
	f := golden.Load[mfCase](t, file)
	for _, c := range f.Cases {
		t.Run(c.Name, func(t *testing.T) {
			want := c.Out.cdense()
			var got mat.CMatrix
			var err error
			if c.AC == nil {
				var r mat.Matrix
				r, _, err = real(c, c.A.dense())
				switch {
				case c.Err != "":
					wantKind(t, err, kindOf(t, c.Err), "")
					return
				case c.Cplx:
					wantKind(t, err, ErrValue, "a")
					got, _, err = cplx(c, ToComplex(c.A.dense()))
				case err == nil:
					got = mfRealAsC{r}
				}
			} else {
				got, _, err = cplx(c, c.AC.cdense())
				if c.Err != "" {
					wantKind(t, err, kindOf(t, c.Err), "")
					return
				}
			}
			if err != nil {
				t.Fatal(err)
			}
			d, tl := mfDiffC(got, want), tol(c)
			t.Logf("difference %.3g, tolerance %.3g", d, tl)
			if !(d <= tl) {
				t.Errorf("differs from SciPy by %.3g (tolerance %.3g)", d, tl)
			}
		})
	}
}

// mfCond1 is the 1-norm condition number of the case's input (real or
// complex), used to scale tolerances of functions whose conditioning
// follows that of a. It is capped at 1e4 so that singular inputs keep a
// finite tolerance (their results here agree with SciPy to 1e-14).
func mfCond1(c mfCase) float64 {
	return math.Min(1e4, mfCond1Raw(c))
}

// mfCond1Raw is the uncapped mfCond1.
func mfCond1Raw(c mfCase) float64 {
	if c.AC == nil {
		return mat.Cond(c.A.dense(), 1)
	}
	n := len(c.AC)
	d := make([]complex128, n*n)
	for i, row := range c.AC {
		for j, v := range row {
			d[i*n+j] = complex128(v)
		}
	}
	inv, err := mfInv("test", n, d)
	if err != nil {
		return math.Inf(1)
	}
	return cplxNorm1(n, n, d) * cplxNorm1(n, n, inv)
}

// TestSqrtmGolden compares Sqrtm/SqrtmC with scipy.linalg.sqrtm, including
// the blocked algorithm, negative eigenvalues (a complex root: ErrValue from
// Sqrtm) and a nilpotent matrix (no root: ErrSingular). Both sides solve the
// same triangular recurrences from different (equally valid) Schur forms;
// the square root's relative condition number is at most about κ₁(a)^½
// times a modest factor for these matrices, so 1e3·n·eps·max(1, κ₁(a)) is a
// safe bound that a wrong recurrence (errors ≥ 1e-3) would break.
func TestSqrtmGolden(t *testing.T) {
	mfRunGolden(t, "linalg/matfunc_sqrtm.json",
		func(c mfCase, a *mat.Dense) (mat.Matrix, float64, error) {
			r, err := Sqrtm(a, &SqrtmOptions{Blocksize: c.Blocksize})
			if err != nil {
				return nil, 0, err
			}
			return r.X, r.ErrEst, nil
		},
		func(c mfCase, a *mat.CDense) (mat.CMatrix, float64, error) {
			r, err := SqrtmC(a, &SqrtmOptions{Blocksize: c.Blocksize})
			if err != nil {
				return nil, 0, err
			}
			return r.X, r.ErrEst, nil
		},
		func(c mfCase) float64 { return 1e3 * float64(c.n()) * mfEps * math.Max(1, mfCond1(c)) })
}

// TestLogmGolden compares Logm/LogmC with scipy.linalg.logm, including
// negative eigenvalues (complex logarithm: ErrValue from Logm) and singular
// input (SciPy's 1e-20 perturbation; compared loosely since the result is
// the logarithm of the perturbed matrix, whose conditioning is ~1e20: only
// the well-determined part agrees, so those cases check the Singular flag
// and finiteness instead). The logarithm's condition number is about κ₁(a)
// for these matrices, and its absolute rounding is relative to ‖a‖ (not to
// ‖log a‖, which is small near I); tolerance
// 1e3·n·eps·max(1, κ₁(a))·max(1, ‖a‖_max/‖log a‖_max).
func TestLogmGolden(t *testing.T) {
	f := golden.Load[mfCase](t, "linalg/matfunc_logm.json")
	for _, c := range f.Cases {
		if c.Warn && c.AC == nil {
			t.Run(c.Name, func(t *testing.T) {
				r, err := Logm(c.A.dense())
				if err != nil {
					t.Fatal(err)
				}
				// SciPy's real Schur form of [[1,2],[2,4]] has an exactly
				// zero eigenvalue while zgees may return one of size 1e-30:
				// either flag mirrors SciPy's singularity warning.
				if !r.Singular && !r.NearlySingular {
					t.Errorf("neither Singular nor NearlySingular is set")
				}
				if !mfAllFinite(cdataOf(mfRealAsC{r.X})) {
					t.Errorf("result not finite: %v", mat.Formatted(r.X))
				}
			})
		}
	}
	mfRunGolden(t, "linalg/matfunc_logm.json",
		func(c mfCase, a *mat.Dense) (mat.Matrix, float64, error) {
			if c.Warn {
				return mfRealAsCDense(c.Out.cdense()), 0, nil // checked above
			}
			r, err := Logm(a)
			if err != nil {
				return nil, 0, err
			}
			if r.Singular || r.NearlySingular {
				return nil, 0, newErr(ErrValue, "test", "a", "unexpected singularity flag")
			}
			if r.ErrEst > 1e3*mfEps {
				return nil, 0, newErr(ErrValue, "test", "a", "error estimate %g too large", r.ErrEst)
			}
			return r.X, r.ErrEst, nil
		},
		func(c mfCase, a *mat.CDense) (mat.CMatrix, float64, error) {
			r, err := LogmC(a)
			if err != nil {
				return nil, 0, err
			}
			if r.ErrEst > 1e3*mfEps {
				return nil, 0, newErr(ErrValue, "test", "a", "error estimate %g too large", r.ErrEst)
			}
			return r.X, r.ErrEst, nil
		},
		func(c mfCase) float64 {
			var amax float64
			if c.AC == nil {
				amax = mfMaxAbs(cdataOf(mfRealAsC{c.A.dense()}))
			} else {
				amax = mfMaxAbs(cdataOf(c.AC.cdense()))
			}
			ratio := amax / mfMaxAbs(cdataOf(c.Out.cdense()))
			return 1e3 * float64(c.n()) * mfEps * math.Max(1, mfCond1(c)) * math.Max(1, ratio)
		})
}

// cdataOf copies a complex matrix into a row-major slice.
func cdataOf(m mat.CMatrix) []complex128 {
	r, c := m.Dims()
	d := make([]complex128, 0, r*c)
	for i := 0; i < r; i++ {
		for j := 0; j < c; j++ {
			d = append(d, m.At(i, j))
		}
	}
	return d
}

// mfRealAsCDense returns the real part of a complex matrix.
func mfRealAsCDense(m *mat.CDense) *mat.Dense {
	r, c := m.Dims()
	d := mat.NewDense(r, c, nil)
	for i := 0; i < r; i++ {
		for j := 0; j < c; j++ {
			d.Set(i, j, real(m.At(i, j)))
		}
	}
	return d
}

// mfFuncs are the scalar functions the funm golden file names.
var mfFuncs = map[string]func(complex128) complex128{
	"exp":    cmplx.Exp,
	"sin":    cmplx.Sin,
	"sqrt":   cmplx.Sqrt,
	"square": func(z complex128) complex128 { return z * z },
}

// TestFunmGolden compares Funm/FunmC with scipy.linalg.funm. Parlett's
// recurrence divides by eigenvalue differences, so both implementations'
// rounding errors scale with SciPy's own estimate ErrEst (and with the
// Schur form each side computed); the tolerance is
// 1e3·n·eps·max(1, κ₁(a)) + 1e3·ErrEst.
func TestFunmGolden(t *testing.T) {
	mfRunGolden(t, "linalg/matfunc_funm.json",
		func(c mfCase, a *mat.Dense) (mat.Matrix, float64, error) {
			r, err := Funm(a, mfFuncs[c.F])
			if err != nil {
				return nil, 0, err
			}
			return r.F, r.ErrEst, nil
		},
		func(c mfCase, a *mat.CDense) (mat.CMatrix, float64, error) {
			r, err := FunmC(a, mfFuncs[c.F])
			if err != nil {
				return nil, 0, err
			}
			return r.F, r.ErrEst, nil
		},
		func(c mfCase) float64 {
			return 1e3*float64(c.n())*mfEps*math.Max(1, mfCond1(c)) + 1e3*float64(*c.ErrEst)
		})
}

// TestSignmGolden compares Signm/SignmC with scipy.linalg.signm, both the
// Schur–Parlett path and the Newton iteration. The sign function's
// conditioning grows with the non-normality and the eigenvalues' distance
// to the imaginary axis; 1e3·n·eps·max(1, κ₁(a)) covers these cases.
func TestSignmGolden(t *testing.T) {
	mfRunGolden(t, "linalg/matfunc_signm.json",
		func(c mfCase, a *mat.Dense) (mat.Matrix, float64, error) {
			r, err := Signm(a)
			if err != nil {
				return nil, 0, err
			}
			return r.X, r.ErrEst, nil
		},
		func(c mfCase, a *mat.CDense) (mat.CMatrix, float64, error) {
			r, err := SignmC(a)
			if err != nil {
				return nil, 0, err
			}
			return r.X, r.ErrEst, nil
		},
		func(c mfCase) float64 { return 1e3 * float64(c.n()) * mfEps * math.Max(1, mfCond1(c)) })
}

// TestFractionalMatrixPowerGolden compares FractionalMatrixPower(C) with
// scipy.linalg.fractional_matrix_power over integer and fractional,
// positive and negative powers, including the singular Funm fallback and
// the singular negative power (SciPy's NaN matrix, ErrSingular here). The
// power's condition number is about |p|·κ₁(a)^max(1,|p|) for these
// matrices, so the tolerance is 1e3·n·eps·max(1, κ₁(a))^max(1, |p|).
func TestFractionalMatrixPowerGolden(t *testing.T) {
	mfRunGolden(t, "linalg/matfunc_fracpow.json",
		func(c mfCase, a *mat.Dense) (mat.Matrix, float64, error) {
			x, err := FractionalMatrixPower(a, float64(c.P))
			return x, 0, err
		},
		func(c mfCase, a *mat.CDense) (mat.CMatrix, float64, error) {
			x, err := FractionalMatrixPowerC(a, float64(c.P))
			return x, 0, err
		},
		func(c mfCase) float64 {
			e := math.Max(1, math.Abs(float64(c.P)))
			return 1e3 * float64(c.n()) * mfEps * math.Pow(math.Max(1, mfCond1(c)), e)
		})
}

// TestTrigGolden compares Cosm … Tanhm and their complex variants with
// SciPy. Both sides go through the matrix exponential (SciPy's degree
// choice may differ, see Expm) with ‖a‖ ≤ 3, so 1e3·n·eps·max(1, ‖a‖₁)² as
// in TestExpmGolden, times κ(cos a) or κ(cosh a) for the quotients.
func TestTrigGolden(t *testing.T) {
	realFns := map[string]func(mat.Matrix) (*mat.Dense, error){
		"cosm": Cosm, "sinm": Sinm, "tanm": Tanm, "coshm": Coshm, "sinhm": Sinhm, "tanhm": Tanhm,
	}
	cplxFns := map[string]func(mat.CMatrix) (*mat.CDense, error){
		"cosm": CosmC, "sinm": SinmC, "tanm": TanmC, "coshm": CoshmC, "sinhm": SinhmC, "tanhm": TanhmC,
	}
	mfRunGolden(t, "linalg/matfunc_trig.json",
		func(c mfCase, a *mat.Dense) (mat.Matrix, float64, error) {
			x, err := realFns[c.F](a)
			return x, 0, err
		},
		func(c mfCase, a *mat.CDense) (mat.CMatrix, float64, error) {
			x, err := cplxFns[c.F](a)
			return x, 0, err
		},
		func(c mfCase) float64 {
			var an float64
			if c.AC == nil {
				an = mat.Norm(c.A.dense(), 1)
			} else {
				an = cplxNorm1(c.n(), c.n(), cdataOf(c.AC.cdense()))
			}
			tol := 1e3 * float64(c.n()) * mfEps * math.Max(1, an) * math.Max(1, an)
			if c.F == "tanm" || c.F == "tanhm" {
				tol *= 100
			}
			return tol
		})
}

type mfFrechetCase struct {
	Name    string `json:"name"`
	A       mat2   `json:"a"`
	E       mat2   `json:"e"`
	Expm    mat2   `json:"expm"`
	Frechet mat2   `json:"frechet"`
}

// TestExpmFrechetGolden compares ExpmFrechet with scipy.linalg.expm_frechet
// (method "SPS"), which is the same algorithm step for step: the norms
// select every Padé degree and 0 to 4 squarings, and the results agree to
// a few hundred ulps of the result's scale (tolerance
// 1e3·n·eps·max(1, ‖a‖₁), the rounding growth of the squaring phase).
func TestExpmFrechetGolden(t *testing.T) {
	f := golden.Load[mfFrechetCase](t, "linalg/matfunc_frechet.json")
	for _, c := range f.Cases {
		t.Run(c.Name, func(t *testing.T) {
			a := c.A.dense()
			r, err := ExpmFrechet(a, c.E.dense(), nil)
			if err != nil {
				t.Fatal(err)
			}
			n := len(c.A)
			tol := 1e3 * float64(n) * mfEps * math.Max(1, mat.Norm(a, 1))
			if d := relDiff(t, r.Expm, c.Expm.dense()); d > tol {
				t.Errorf("Expm differs from SciPy by %.3g (tolerance %.3g)", d, tol)
			}
			if d := relDiff(t, r.Frechet, c.Frechet.dense()); d > tol {
				t.Errorf("Frechet differs from SciPy by %.3g (tolerance %.3g)", d, tol)
			}
		})
	}
}

type mfCondCase struct {
	Name  string       `json:"name"`
	A     mat2         `json:"a"`
	Kappa golden.Float `json:"kappa"`
}

// TestExpmCondGolden compares ExpmCond with scipy.linalg.expm_cond. Both
// build the same Kronecker matrix from Fréchet derivatives and take its
// largest singular value; the differences are those of ExpmFrechet and
// SciPy's newer expm in the denominator, so 1e3·n·eps·max(1, ‖a‖₁)²
// relative, as for Expm.
func TestExpmCondGolden(t *testing.T) {
	f := golden.Load[mfCondCase](t, "linalg/matfunc_cond.json")
	for _, c := range f.Cases {
		t.Run(c.Name, func(t *testing.T) {
			a := c.A.dense()
			k, err := ExpmCond(a, nil)
			if err != nil {
				t.Fatal(err)
			}
			an := math.Max(1, mat.Norm(a, 1))
			if d := golden.RelErr(k, float64(c.Kappa)); d > 1e3*float64(len(c.A))*mfEps*an*an {
				t.Errorf("κ = %v, SciPy %v (relative error %.3g)", k, float64(c.Kappa), d)
			}
		})
	}
}

type mfKhatriRaoCase struct {
	Name string `json:"name"`
	A    mat2   `json:"a"`
	B    mat2   `json:"b"`
	Out  mat2   `json:"out"`
}

// TestKhatriRaoGolden compares KhatriRao with scipy.linalg.khatri_rao: each
// entry is one product, so the results agree exactly.
func TestKhatriRaoGolden(t *testing.T) {
	f := golden.Load[mfKhatriRaoCase](t, "linalg/matfunc_khatri_rao.json")
	for _, c := range f.Cases {
		t.Run(c.Name, func(t *testing.T) {
			got, err := KhatriRao(c.A.dense(), c.B.dense())
			if err != nil {
				t.Fatal(err)
			}
			if !mat.Equal(got, c.Out.dense()) {
				t.Errorf("got %v, want %v", mat.Formatted(got), mat.Formatted(c.Out.dense()))
			}
		})
	}
}
