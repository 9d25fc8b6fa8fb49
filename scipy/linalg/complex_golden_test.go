package linalg

import (
	"math"
	"math/cmplx"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/goscipy/goscipy/internal/golden"
)

// Golden tests of the complex-input functions against SciPy 1.10.1
// (testdata/linalg/complex_*.json, from scripts/golden/linalg_complex.py).

type cxSolveCase struct {
	Name       string        `json:"name"`
	A          cmat2         `json:"a"`
	B          cmat2         `json:"b"`
	AssumeA    string        `json:"assume_a"`
	Lower      bool          `json:"lower"`
	Transposed bool          `json:"transposed"`
	ViaAT      bool          `json:"transposed_via_at"`
	Error      *string       `json:"error"`
	Warn       bool          `json:"warn"`
	X          cmat2         `json:"x"`
	RCond      *golden.Float `json:"rcond"`
}

// TestSolveCGolden compares SolveC with scipy.linalg.solve on complex
// general, complex symmetric, Hermitian, Hermitian positive definite,
// transposed (SciPy: solve(a.T, b)), singular, ill-conditioned and
// non-finite systems.
func TestSolveCGolden(t *testing.T) {
	f := golden.Load[cxSolveCase](t, "linalg/complex_solve.json")
	for _, c := range f.Cases {
		t.Run(c.Name, func(t *testing.T) {
			res, err := SolveC(c.A.cdense(), c.B.cdense(), &SolveOptions{AssumeA: c.AssumeA, Lower: c.Lower, Transposed: c.Transposed})
			if c.Error != nil {
				wantKind(t, err, kindOf(t, *c.Error), "")
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			n := len(c.A)
			// Both solutions come from backward-stable LAPACK solvers: each is
			// within about n·eps·κ of the exact one; 10·n·eps·κ allows for the
			// condition estimate being a few times low (as in TestSolveGolden).
			kappa := 1 / float64(*c.RCond)
			tol := 10 * float64(n) * eps * kappa
			if d := cxDiff(t, res.X, c.X.cdense()); !(d <= tol) {
				t.Errorf("x differs from SciPy by %.3g (tolerance %.3g)", d, tol)
			}
			// Same estimator (Higham's) on factorizations that agree to
			// rounding (for Transposed, LU of a against SciPy's LU of aᵀ: a
			// different path through the estimator, hence the factor 2).
			if r := res.RCond / float64(*c.RCond); !(r > 0.5 && r < 2) {
				t.Errorf("RCond %.6g, SciPy's LAPACK estimate %.6g", res.RCond, float64(*c.RCond))
			}
			if res.IllConditioned != c.Warn {
				t.Errorf("IllConditioned %v, SciPy warned %v", res.IllConditioned, c.Warn)
			}
		})
	}
}

type cxInvDetCase struct {
	Name      string         `json:"name"`
	A         cmat2          `json:"a"`
	Inv       cmat2          `json:"inv"`
	InvError  *string        `json:"inv_error"`
	Det       golden.Complex `json:"det"`
	Sign      golden.Complex `json:"sign"`
	LogAbsDet golden.Float   `json:"logabsdet"`
	Cond      *golden.Float  `json:"cond"`
}

// TestInvDetCGolden compares InvC, DetC and SlogDetC with scipy.linalg.inv,
// scipy.linalg.det and numpy.linalg.slogdet.
func TestInvDetCGolden(t *testing.T) {
	f := golden.Load[cxInvDetCase](t, "linalg/complex_inv_det.json")
	for _, c := range f.Cases {
		t.Run(c.Name, func(t *testing.T) {
			a := c.A.cdense()
			n := float64(len(c.A))
			inv, err := InvC(a, nil)
			if c.InvError != nil {
				wantKind(t, err, kindOf(t, *c.InvError), "a")
			} else {
				if err != nil {
					t.Fatal(err)
				}
				// The inverse's relative error is O(n·eps·κ₁).
				tol := 10 * n * eps * float64(*c.Cond)
				if d := cxDiff(t, inv, c.Inv.cdense()); !(d <= tol) {
					t.Errorf("inverse differs from SciPy by %.3g (tolerance %.3g)", d, tol)
				}
			}
			det, err := DetC(a, nil)
			if err != nil {
				t.Fatal(err)
			}
			sign, logAbs, err := SlogDetC(a, nil)
			if err != nil {
				t.Fatal(err)
			}
			want := complex128(c.Det)
			if c.Cond == nil {
				// Exactly singular: both give exactly 0 (a zero pivot).
				if det != 0 || sign != 0 || !math.IsInf(logAbs, -1) {
					t.Errorf("singular: det %v, slogdet (%v, %v)", det, sign, logAbs)
				}
				return
			}
			// The determinant from an LU factorization has relative error
			// O(n·eps·κ) (perturbation of a product of pivots); the log of
			// its modulus then has absolute error of the same size, and the
			// phase (sign) differs by as much.
			tol := 10 * n * eps * math.Max(1, float64(*c.Cond))
			if d := cmplx.Abs(det-want) / cmplx.Abs(want); !(d <= tol) {
				t.Errorf("det %v, SciPy %v (relative difference %.3g, tolerance %.3g)", det, want, d, tol)
			}
			if d := math.Abs(logAbs - float64(c.LogAbsDet)); !(d <= tol) {
				t.Errorf("logAbsDet %v, NumPy %v", logAbs, float64(c.LogAbsDet))
			}
			if d := cmplx.Abs(sign - complex128(c.Sign)); !(d <= tol) {
				t.Errorf("sign %v, NumPy %v", sign, complex128(c.Sign))
			}
			if m := cmplx.Abs(sign); math.Abs(m-1) > 4*eps {
				t.Errorf("|sign| = %v, want 1", m)
			}
		})
	}
}

type cxEigCase struct {
	Name           string           `json:"name"`
	A              cmat2            `json:"a"`
	B              cmat2            `json:"b"`
	W              []golden.Complex `json:"w"`
	VL             cmat2            `json:"vl"`
	VR             cmat2            `json:"vr"`
	EigVals        []golden.Complex `json:"eigvals"`
	CompareVectors bool             `json:"compare_vectors"`
	Block          int              `json:"block"`
}

// TestEigCGolden compares EigC and EigValsC with scipy.linalg.eig and
// eigvals on complex input.
//
// Both run zgeev/zggev on the same matrix, so the eigenvalues come in the
// same order. A simple eigenvalue moves by eps·‖A‖·κ(λ), modest for these
// random matrices: tolerance 1e4·n·eps·‖A‖. An eigenvalue of a Jordan block
// of size k moves by (eps·‖A‖)^(1/k): 10·(n·eps·‖A‖)^(1/k). Eigenvectors of
// simple eigenvalues are compared up to a unit complex factor (zgeev makes
// the largest component real, but two components of nearly equal modulus
// could pick different ones) with tolerance 1e-8, far above the O(eps·‖A‖
// /gap) perturbation of these well-separated spectra; multiple eigenvalues
// are checked through the residual ‖A·v − λ·B·v‖ instead.
func TestEigCGolden(t *testing.T) {
	f := golden.Load[cxEigCase](t, "linalg/complex_eig.json")
	for _, c := range f.Cases {
		t.Run(c.Name, func(t *testing.T) {
			a := c.A.cdense()
			n := len(c.A)
			o := &EigOptionsC{Left: true}
			if c.B != nil {
				o.B = c.B.cdense()
			}
			r, err := EigC(a, o)
			if err != nil {
				t.Fatal(err)
			}
			wv, err := EigValsC(a, o)
			if err != nil {
				t.Fatal(err)
			}
			scale := math.Max(1, cxMaxAbs(a)*float64(n))
			tol := 1e4 * float64(n) * eps * scale
			if c.Block > 1 {
				tol = 10 * math.Pow(float64(n)*eps*scale, 1/float64(c.Block))
			}
			want := golden.Complexes(c.W)
			for i, w := range want {
				for _, got := range []complex128{r.W[i], wv[i]} {
					if cmplx.IsInf(w) || cmplx.IsNaN(w) {
						if got != w && !(cmplx.IsNaN(w) && cmplx.IsNaN(got)) {
							t.Errorf("W[%d] = %v, SciPy %v", i, got, w)
						}
						continue
					}
					if d := cmplx.Abs(got - w); !(d <= tol*math.Max(1, cmplx.Abs(w))) {
						t.Errorf("W[%d] = %v, SciPy %v (difference %.3g, tolerance %.3g)", i, got, w, d, tol)
					}
				}
			}
			cxCheckEig(t, a, o.B, r)
			if !c.CompareVectors {
				return
			}
			for j := 0; j < n; j++ {
				if cmplx.IsInf(want[j]) {
					continue
				}
				if d := cxPhaseDist(cxCol(r.VR, j), cxCol(c.VR.cdense(), j)); !(d <= 1e-8) {
					t.Errorf("right eigenvector %d differs from SciPy's by %.3g", j, d)
				}
				if d := cxPhaseDist(cxCol(r.VL, j), cxCol(c.VL.cdense(), j)); !(d <= 1e-8) {
					t.Errorf("left eigenvector %d differs from SciPy's by %.3g", j, d)
				}
			}
		})
	}
}

// cxCheckEig checks the eigen-equations and the unit 2-norms of EigC's
// vectors (finite eigenvalues only).
func cxCheckEig(t *testing.T, a, b mat.CMatrix, r *EigResult) {
	t.Helper()
	n, _ := a.Dims()
	if b == nil {
		id := mat.NewCDense(n, n, cplxIdentity(n))
		b = id
	}
	scale := math.Max(1, cxMaxAbs(a)+cxMaxAbs(b))
	av, bv := cxMul(a, r.VR), cxMul(b, r.VR)
	uha, uhb := cxMul(r.VL.H(), a), cxMul(r.VL.H(), b)
	for j, w := range r.W {
		if cmplx.IsInf(w) || cmplx.IsNaN(w) {
			continue
		}
		var res, nv, nu float64
		for i := 0; i < n; i++ {
			res = math.Max(res, cmplx.Abs(av.At(i, j)-w*bv.At(i, j)))
			res = math.Max(res, cmplx.Abs(uha.At(j, i)-w*uhb.At(j, i)))
			nv += cmplx.Abs(r.VR.At(i, j)) * cmplx.Abs(r.VR.At(i, j))
			nu += cmplx.Abs(r.VL.At(i, j)) * cmplx.Abs(r.VL.At(i, j))
		}
		// Backward stability: the residual is O(n·eps·‖A‖·(1+|λ|)).
		if tol := 100 * float64(n) * eps * scale * math.Max(1, cmplx.Abs(w)); !(res <= tol) {
			t.Errorf("eigenpair %d: residual %.3g (tolerance %.3g)", j, res, tol)
		}
		if math.Abs(nv-1) > 1e-12 || math.Abs(nu-1) > 1e-12 {
			t.Errorf("eigenvector %d: squared norms %v (right), %v (left), want 1", j, nv, nu)
		}
	}
}

type cxEighCase struct {
	Name          string         `json:"name"`
	A             cmat2          `json:"a"`
	B             cmat2          `json:"b"`
	Lower         bool           `json:"lower"`
	Driver        *string        `json:"driver"`
	Type          int            `json:"type"`
	SubsetByIndex *[2]int        `json:"subset_by_index"`
	SubsetByValue *[2]float64    `json:"subset_by_value"`
	Error         *string        `json:"error"`
	W             []golden.Float `json:"w"`
	V             cmat2          `json:"v"`
	Distinct      bool           `json:"distinct"`
}

// TestEighCGolden compares EighC and EigvalsHC with scipy.linalg.eigh and
// eigvalsh on complex Hermitian input: drivers, both triangles (the other
// filled with garbage), subsets, generalized types 1–3, and B not positive
// definite. Hermitian eigenvalues are perfectly conditioned: they move by at
// most n·eps·‖A‖ (‖B⁻¹‖·‖A‖ for the generalized problem, κ(B) ≤ 10 here),
// so the tolerance is 100·n·eps·‖A‖. Eigenvectors of the distinct spectra are
// compared up to a unit complex factor (tolerance 1e-8 against the
// O(eps·‖A‖/gap) perturbation), and every case checks A·V = B·V·diag(W) and
// the normalisation of V.
func TestEighCGolden(t *testing.T) {
	f := golden.Load[cxEighCase](t, "linalg/complex_eigh.json")
	for _, c := range f.Cases {
		t.Run(c.Name, func(t *testing.T) {
			a := c.A.cdense()
			n := len(c.A)
			o := &EighOptionsC{Upper: !c.Lower, Type: c.Type, SubsetByIndex: c.SubsetByIndex, SubsetByValue: c.SubsetByValue}
			if c.Driver != nil {
				o.Driver = *c.Driver
			}
			if c.B != nil {
				o.B = c.B.cdense()
			}
			r, err := EighC(a, o)
			if c.Error != nil {
				wantKind(t, err, kindOf(t, *c.Error), "opts.B")
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			w, err := EigvalsHC(a, o)
			if err != nil {
				t.Fatal(err)
			}
			want := golden.Floats(c.W)
			if len(r.W) != len(want) || len(w) != len(want) {
				t.Fatalf("%d (EighC) and %d (EigvalsHC) eigenvalues, SciPy %d", len(r.W), len(w), len(want))
			}
			scale := math.Max(1, cxMaxAbs(a)*float64(n))
			tol := 100 * float64(n) * eps * scale
			for i := range want {
				if d := math.Abs(r.W[i] - want[i]); !(d <= tol) {
					t.Errorf("W[%d] = %v, SciPy %v (tolerance %.3g)", i, r.W[i], want[i], tol)
				}
				// Without vectors LAPACK takes another path (no
				// accumulation of the transformations): same tolerance.
				if d := math.Abs(w[i] - want[i]); !(d <= tol) {
					t.Errorf("EigvalsHC[%d] = %v, SciPy %v (tolerance %.3g)", i, w[i], want[i], tol)
				}
			}
			if c.Distinct {
				for j := range want {
					if d := cxPhaseDist(cxCol(r.V, j), cxCol(c.V.cdense(), j)); !(d <= 1e-8) {
						t.Errorf("eigenvector %d differs from SciPy's by %.3g", j, d)
					}
				}
			}
			cxCheckEigh(t, cxHermFull(a, c.Lower), o, r)
		})
	}
}

// cxHermFull returns the Hermitian matrix whose lower (or upper) triangle is
// a's, as LAPACK reads it.
func cxHermFull(a mat.CMatrix, lower bool) *mat.CDense {
	n, _ := a.Dims()
	h := mat.NewCDense(max(n, 1), max(n, 1), nil)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			switch {
			case i == j:
				h.Set(i, i, complex(real(a.At(i, i)), 0))
			case (i > j) == lower:
				h.Set(i, j, a.At(i, j))
				h.Set(j, i, cmplx.Conj(a.At(i, j)))
			}
		}
	}
	return h
}

// cxCheckEigh checks A·V = B·V·W (type 1; A·B·V = V·W type 2; B·A·V = V·W
// type 3) and the normalisation Vᴴ·B·V = I (types 1, 2), Vᴴ·B⁻¹·V = I (type
// 3; checked as V = B·Y with Yᴴ·B·Y = I is not needed: we check
// Vᴴ·V = I for the standard problem only and the equation for all).
func cxCheckEigh(t *testing.T, h mat.CMatrix, o *EighOptionsC, r *EighResultC) {
	t.Helper()
	n, m := r.V.Dims()
	if n == 0 {
		return
	}
	var b mat.CMatrix = mat.NewCDense(n, n, cplxIdentity(n))
	if o.B != nil {
		b = cxHermFull(o.B, !o.Upper)
	}
	var lhs, rhs *mat.CDense
	vw := mat.NewCDense(n, m, nil)
	for i := 0; i < n; i++ {
		for j := 0; j < m; j++ {
			vw.Set(i, j, r.V.At(i, j)*complex(r.W[j], 0))
		}
	}
	switch o.Type {
	case 0, 1:
		lhs, rhs = cxMul(h, r.V), cxMul(b, vw)
	case 2:
		lhs, rhs = cxMul(h, cxMul(b, r.V)), vw
	case 3:
		lhs, rhs = cxMul(b, cxMul(h, r.V)), vw
	}
	scale := (cxMaxAbs(h) + 1) * (cxMaxAbs(b) + 1) * cxMaxAbs(r.V) * float64(n)
	if d := cxDiff(t, lhs, rhs) * math.Max(cxMaxAbs(rhs), 1e-300); !(d <= 1e3*eps*scale) {
		t.Errorf("eigen-equation residual %.3g (scale %.3g)", d, scale)
	}
	if o.B == nil {
		if e := cxUnitaryErr(r.V); e > 100*float64(n)*eps {
			t.Errorf("VᴴV differs from I by %.3g", e)
		}
	} else if o.Type != 3 {
		p := cxMul(r.V.H(), cxMul(b, r.V))
		for i := 0; i < m; i++ {
			p.Set(i, i, p.At(i, i)-1)
		}
		if e := cxMaxAbs(p); e > 1e3*float64(n)*eps*cxMaxAbs(b) {
			t.Errorf("VᴴBV differs from I by %.3g", e)
		}
	}
}

type cxSVDCase struct {
	Name          string         `json:"name"`
	A             cmat2          `json:"a"`
	Full          bool           `json:"full"`
	Driver        string         `json:"driver"`
	U             cmat2          `json:"u"`
	S             []golden.Float `json:"s"`
	Vh            cmat2          `json:"vh"`
	SVDVals       []golden.Float `json:"svdvals"`
	RankDeficient bool           `json:"rank_deficient"`
}

// TestSVDCGolden compares SVDC and SVDValsC with scipy.linalg.svd and
// svdvals on complex input. Singular values are perfectly conditioned
// (they move by at most ‖ΔA‖₂): tolerance 10·max(m,n)·eps·S[0]. Singular
// vectors of the distinct singular values are compared up to a unit
// complex factor, the same for u_j and v_j (checked by the reconstruction
// U·diag(S)·Vh = a); the zero singular values of the rank-deficient case
// have arbitrary vectors and are checked through the reconstruction only.
func TestSVDCGolden(t *testing.T) {
	f := golden.Load[cxSVDCase](t, "linalg/complex_svd.json")
	for _, c := range f.Cases {
		t.Run(c.Name, func(t *testing.T) {
			a := c.A.cdense()
			o := &SVDOptions{Economy: !c.Full, LapackDriver: c.Driver}
			r, err := SVDC(a, o)
			if err != nil {
				t.Fatal(err)
			}
			s, err := SVDValsC(a, o)
			if err != nil {
				t.Fatal(err)
			}
			m, n := a.Dims()
			want := golden.Floats(c.S)
			tol := 10 * float64(max(m, n)) * eps * want[0]
			for i := range want {
				if math.Abs(r.S[i]-want[i]) > tol || math.Abs(s[i]-want[i]) > tol {
					t.Errorf("S[%d] = %v (SVDValsC %v), SciPy %v", i, r.S[i], s[i], want[i])
				}
			}
			ur, uc := r.U.Dims()
			vr, vc := r.Vh.Dims()
			wu, wv := c.U.cdense(), c.Vh.cdense()
			if wr, wc := wu.Dims(); ur != wr || uc != wc {
				t.Fatalf("U is %d×%d, SciPy's %d×%d", ur, uc, wr, wc)
			}
			if wr, wc := wv.Dims(); vr != wr || vc != wc {
				t.Fatalf("Vh is %d×%d, SciPy's %d×%d", vr, vc, wr, wc)
			}
			if !c.RankDeficient {
				for j := range want {
					if d := cxPhaseDist(cxCol(r.U, j), cxCol(wu, j)); !(d <= 1e-8) {
						t.Errorf("left singular vector %d differs from SciPy's by %.3g", j, d)
					}
					if d := cxPhaseDist(cxCol(r.Vh.H(), j), cxCol(wv.H(), j)); !(d <= 1e-8) {
						t.Errorf("right singular vector %d differs from SciPy's by %.3g", j, d)
					}
				}
			}
			cxCheckSVD(t, a, r)
		})
	}
}

// cxCheckSVD checks U·diag(S)·Vh = a and that U and Vh are unitary.
func cxCheckSVD(t *testing.T, a mat.CMatrix, r *SVDResultC) {
	t.Helper()
	m, n := a.Dims()
	k := min(m, n)
	if k == 0 {
		return
	}
	us := mat.NewCDense(m, k, nil)
	for i := 0; i < m; i++ {
		for j := 0; j < k; j++ {
			us.Set(i, j, r.U.At(i, j)*complex(r.S[j], 0))
		}
	}
	vh := r.Vh.Slice(0, k, 0, n)
	if d := cxDiff(t, cxMul(us, vh), a); d > 100*float64(max(m, n))*eps {
		t.Errorf("U·S·Vh differs from a by %.3g", d)
	}
	if e := cxUnitaryErr(r.U); e > 100*float64(m)*eps {
		t.Errorf("UᴴU differs from I by %.3g", e)
	}
	if e := cxUnitaryErr(r.Vh.H()); e > 100*float64(n)*eps {
		t.Errorf("Vh·Vhᴴ differs from I by %.3g", e)
	}
}

type cxExpmCase struct {
	Name string `json:"name"`
	A    cmat2  `json:"a"`
	Expm cmat2  `json:"expm"`
}

// TestExpmCGolden compares ExpmC with scipy.linalg.expm on complex input,
// with norms that select each Padé degree and the scaling. SciPy 1.10's
// 2009 degree choice can differ from ours (Higham 2005), so the two agree to
// the backward error of the method amplified by the conditioning of exp,
// not bit for bit: 1e3·n·eps relative to the result's scale, times
// max(1,‖A‖₁) for the squarings.
func TestExpmCGolden(t *testing.T) {
	f := golden.Load[cxExpmCase](t, "linalg/complex_expm.json")
	for _, c := range f.Cases {
		t.Run(c.Name, func(t *testing.T) {
			a := c.A.cdense()
			n, _ := a.Dims()
			got, err := ExpmC(a, nil)
			if err != nil {
				t.Fatal(err)
			}
			f, _, _, _ := cdenseCopy("", "", a, true)
			tol := 1e3 * float64(n) * eps * math.Max(1, cplxNorm1(n, n, f))
			if d := cxDiff(t, got, c.Expm.cdense()); !(d <= tol) {
				t.Errorf("expm differs from SciPy by %.3g (tolerance %.3g)", d, tol)
			}
		})
	}
}

type cxDecompCase struct {
	Name     string       `json:"name"`
	Kind     string       `json:"kind"`
	A        cmat2        `json:"a"`
	Lower    bool         `json:"lower"`
	C        cmat2        `json:"c"`
	Error    *string      `json:"error"`
	Mode     string       `json:"mode"`
	Pivoting bool         `json:"pivoting"`
	Q        cmat2        `json:"q"`
	R        cmat2        `json:"r"`
	P        golden.Float `json:"-"`
	PRaw     any          `json:"p"`
	L        cmat2        `json:"l"`
	U        cmat2        `json:"u"`
	LU       cmat2        `json:"lu"`
	Piv      []int        `json:"piv"`
	B        cmat2        `json:"b"`
	X        []cmat2      `json:"x"`
}

// TestDecompCGolden compares CholeskyC, QRC, LUC, LUFactorC and LUSolveC with
// scipy.linalg.cholesky, qr, lu, lu_factor and lu_solve on complex input.
// The factors are unique (Cholesky with a positive diagonal; LU with
// partial pivoting; QR up to a sign per row of R, since zgeqrf's R has a
// real diagonal) and computed by the same LAPACK routines, so they agree to
// rounding amplified by the (modest) condition of these random matrices:
// tolerance 1e3·n·eps relative to the factor's scale.
func TestDecompCGolden(t *testing.T) {
	f := golden.Load[cxDecompCase](t, "linalg/complex_decomp.json")
	for _, c := range f.Cases {
		t.Run(c.Name, func(t *testing.T) {
			a := c.A.cdense()
			m, n := a.Dims()
			tol := 1e3 * float64(max(m, n)) * eps
			switch c.Kind {
			case "cholesky":
				got, err := CholeskyC(a, &CholeskyOptions{Lower: c.Lower})
				if c.Error != nil {
					wantKind(t, err, kindOf(t, *c.Error), "a")
					return
				}
				if err != nil {
					t.Fatal(err)
				}
				if d := cxDiff(t, got, c.C.cdense()); !(d <= tol) {
					t.Errorf("factor differs from SciPy's by %.3g", d)
				}
			case "qr":
				r, err := QRC(a, &QROptions{Mode: c.Mode, Pivoting: c.Pivoting})
				if err != nil {
					t.Fatal(err)
				}
				cxCheckQRGolden(t, c, r, tol)
			case "lu":
				r, err := LUC(a, nil)
				if err != nil {
					t.Fatal(err)
				}
				if d := relDiff(t, r.P, c.P2()); d != 0 {
					t.Errorf("P differs from SciPy's")
				}
				if d := cxDiff(t, r.L, c.L.cdense()); !(d <= tol) {
					t.Errorf("L differs from SciPy's by %.3g", d)
				}
				if d := cxDiff(t, r.U, c.U.cdense()); !(d <= tol) {
					t.Errorf("U differs from SciPy's by %.3g", d)
				}
				if c.LU == nil {
					return
				}
				lf, err := LUFactorC(a, nil)
				if err != nil {
					t.Fatal(err)
				}
				if d := cxDiff(t, lf.LU, c.LU.cdense()); !(d <= tol) {
					t.Errorf("LU differs from SciPy's by %.3g", d)
				}
				for i, p := range c.Piv {
					if lf.Piv[i] != p {
						t.Fatalf("Piv %v, SciPy %v", lf.Piv, c.Piv)
					}
				}
				for i, tr := range []string{"N", "T", "C"} {
					x, err := LUSolveC(lf, c.B.cdense(), &LUSolveOptions{Trans: tr})
					if err != nil {
						t.Fatal(err)
					}
					if d := cxDiff(t, x, c.X[i].cdense()); !(d <= tol) {
						t.Errorf("LUSolveC trans %s differs from SciPy by %.3g", tr, d)
					}
				}
			}
		})
	}
}

// P2 decodes the case's permutation matrix (lu) from its raw JSON value.
func (c cxDecompCase) P2() *mat.Dense {
	rows := c.PRaw.([]any)
	p := mat.NewDense(len(rows), len(rows), nil)
	for i, row := range rows {
		for j, v := range row.([]any) {
			p.Set(i, j, v.(float64))
		}
	}
	return p
}

// cxCheckQRGolden compares QRC's factors with SciPy's, allowing a sign per
// row of R (and the matching column of Q), and checks Q·R = a·P.
func cxCheckQRGolden(t *testing.T, c cxDecompCase, r *QRResultC, tol float64) {
	t.Helper()
	a := c.A.cdense()
	m, n := a.Dims()
	k := min(m, n)
	if c.Pivoting {
		for j, v := range c.PRaw.([]any) {
			if r.P[j] != int(v.(float64)) {
				t.Fatalf("P %v, SciPy %v", r.P, c.PRaw)
			}
		}
	} else if r.P != nil {
		t.Errorf("P %v without pivoting", r.P)
	}
	wr := c.R.cdense()
	rr, _ := r.R.Dims()
	sign := make([]complex128, rr)
	for i := range sign {
		sign[i] = 1
		if i < k && real(r.R.At(i, i))*real(wr.At(i, i)) < 0 {
			sign[i] = -1
		}
	}
	aligned := mat.NewCDense(rr, n, nil)
	for i := 0; i < rr; i++ {
		if imag(r.R.At(min(i, k-1), min(i, k-1))) != 0 {
			t.Errorf("R[%d,%d] = %v is not real", i, i, r.R.At(i, i))
		}
		for j := 0; j < n; j++ {
			aligned.Set(i, j, sign[i]*r.R.At(i, j))
		}
	}
	if d := cxDiff(t, aligned, wr); !(d <= tol) {
		t.Errorf("R differs from SciPy's by %.3g", d)
	}
	if c.Mode == "r" {
		if r.Q != nil {
			t.Error("Q is not nil in mode \"r\"")
		}
		return
	}
	wq := c.Q.cdense()
	for j := 0; j < k; j++ {
		for i := 0; i < m; i++ {
			if d := cmplx.Abs(sign[j]*r.Q.At(i, j) - wq.At(i, j)); !(d <= tol) {
				t.Fatalf("Q[%d,%d] = %v, SciPy %v", i, j, r.Q.At(i, j), wq.At(i, j))
			}
		}
	}
	if e := cxUnitaryErr(r.Q); e > 100*float64(m)*eps {
		t.Errorf("QᴴQ differs from I by %.3g", e)
	}
	ap := mat.NewCDense(m, n, nil)
	for j := 0; j < n; j++ {
		src := j
		if r.P != nil {
			src = r.P[j]
		}
		for i := 0; i < m; i++ {
			ap.Set(i, j, a.At(i, src))
		}
	}
	if d := cxDiff(t, cxMul(r.Q, r.R), ap); d > 100*float64(max(m, n))*eps {
		t.Errorf("Q·R differs from a·P by %.3g", d)
	}
}
