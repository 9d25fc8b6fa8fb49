package linalg

import (
	"encoding/json"
	"math"
	"math/cmplx"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/goscipy/goscipy/internal/golden"
)

// decompNum is a golden number that is either real or [re, im].
type decompNum complex128

// UnmarshalJSON implements json.Unmarshaler.
func (v *decompNum) UnmarshalJSON(b []byte) error {
	if len(b) > 0 && b[0] == '[' {
		var c golden.Complex
		err := json.Unmarshal(b, &c)
		*v = decompNum(c)
		return err
	}
	var f golden.Float
	err := json.Unmarshal(b, &f)
	*v = decompNum(complex(float64(f), 0))
	return err
}

// decompMat is a golden matrix with real or complex elements.
type decompMat [][]decompNum

// re returns the real parts of m as a *mat.Dense.
func (m decompMat) re() *mat.Dense {
	if len(m) == 0 || len(m[0]) == 0 {
		return &mat.Dense{}
	}
	d := mat.NewDense(len(m), len(m[0]), nil)
	for i, row := range m {
		for j, v := range row {
			d.Set(i, j, real(complex128(v)))
		}
	}
	return d
}

// c returns m as a *mat.CDense.
func (m decompMat) c() *mat.CDense {
	if len(m) == 0 || len(m[0]) == 0 {
		return &mat.CDense{}
	}
	d := mat.NewCDense(len(m), len(m[0]), nil)
	for i, row := range m {
		for j, v := range row {
			d.Set(i, j, complex128(v))
		}
	}
	return d
}

func decompVec(v []decompNum) []complex128 {
	out := make([]complex128, len(v))
	for i, x := range v {
		out[i] = complex128(x)
	}
	return out
}

// decompTol is the default tolerance of the golden comparisons: the
// factors move by O(κ·n·eps) between LAPACK builds and argument layouts
// (κ < 1e3 for these small random inputs).
func decompTol(n int) float64 { return 1e3 * float64(max(n, 1)) * eps }

// decompChordal is the chordal distance between the generalized
// eigenvalues α1/β1 and α2/β2, which is defined for β = 0 too.
func decompChordal(a1, b1, a2, b2 complex128) float64 {
	n1 := math.Hypot(cmplx.Abs(a1), cmplx.Abs(b1))
	n2 := math.Hypot(cmplx.Abs(a2), cmplx.Abs(b2))
	if n1 == 0 || n2 == 0 {
		return math.Inf(1)
	}
	return cmplx.Abs(a1*b2-a2*b1) / (n1 * n2)
}

// decompRecon is ‖x·y·zᴴ − a‖_max / max(‖a‖_max, 1).
func decompRecon(x, y, z, a mat.CMatrix) float64 {
	p := cxMul(cxMul(x, y), z.H())
	r, c := a.Dims()
	var num float64
	for i := 0; i < r; i++ {
		for j := 0; j < c; j++ {
			num = math.Max(num, cmplx.Abs(p.At(i, j)-a.At(i, j)))
		}
	}
	return num / math.Max(cxMaxAbs(a), 1)
}

// decompQuasiErr checks that the real t is upper quasi-triangular: nothing
// below the subdiagonal and no two consecutive non-zero subdiagonal
// elements; it returns a description of the first violation or "".
func decompQuasiErr(t *mat.Dense) string {
	n, _ := t.Dims()
	for i := 0; i < n; i++ {
		for j := 0; j < i-1; j++ {
			if t.At(i, j) != 0 {
				return "non-zero below the subdiagonal"
			}
		}
		if i >= 2 && t.At(i, i-1) != 0 && t.At(i-1, i-2) != 0 {
			return "two consecutive subdiagonal elements"
		}
	}
	return ""
}

// decompTriErr reports whether the complex t has a non-zero below its
// diagonal.
func decompTriErr(t mat.CMatrix) bool {
	n, _ := t.Dims()
	for i := 0; i < n; i++ {
		for j := 0; j < i; j++ {
			if t.At(i, j) != 0 {
				return true
			}
		}
	}
	return false
}

// decompRealEigs returns the eigenvalues of a real quasi-triangular t in
// diagonal order, a pair with the positive imaginary part first.
func decompRealEigs(t *mat.Dense) []complex128 {
	n, _ := t.Dims()
	var w []complex128
	for i := 0; i < n; {
		if i+1 < n && t.At(i+1, i) != 0 {
			a, b, c, d := t.At(i, i), t.At(i, i+1), t.At(i+1, i), t.At(i+1, i+1)
			tr, det := (a+d)/2, a*d-b*c
			s := cmplx.Sqrt(complex(tr*tr-det, 0))
			l1, l2 := complex(tr, 0)+s, complex(tr, 0)-s
			if imag(l1) < imag(l2) {
				l1, l2 = l2, l1
			}
			w = append(w, l1, l2)
			i += 2
		} else {
			w = append(w, complex(t.At(i, i), 0))
			i++
		}
	}
	return w
}

// decompRealGenEigs returns the (alpha, beta) of a real generalized Schur
// form in diagonal order; a 2×2 block's pair (from the quadratic
// det(A − λB) = 0 with B diagonal there) has beta 1 and the positive
// imaginary part first.
func decompRealGenEigs(aa, bb *mat.Dense) (al, be []complex128) {
	n, _ := aa.Dims()
	for i := 0; i < n; {
		if i+1 < n && aa.At(i+1, i) != 0 {
			a11, a12, a21, a22 := aa.At(i, i), aa.At(i, i+1), aa.At(i+1, i), aa.At(i+1, i+1)
			b11, b12, b22 := bb.At(i, i), bb.At(i, i+1), bb.At(i+1, i+1)
			// det([[a11−λb11, a12−λb12], [a21, a22−λb22]]) = 0.
			qa := complex(b11*b22, 0)
			qb := complex(-(a11*b22 + a22*b11 - a21*b12), 0)
			qc := complex(a11*a22-a12*a21, 0)
			s := cmplx.Sqrt(qb*qb - 4*qa*qc)
			l1, l2 := (-qb+s)/(2*qa), (-qb-s)/(2*qa)
			if imag(l1) < imag(l2) {
				l1, l2 = l2, l1
			}
			al = append(al, l1, l2)
			be = append(be, 1, 1)
			i += 2
		} else {
			al = append(al, complex(aa.At(i, i), 0))
			be = append(be, complex(bb.At(i, i), 0))
			i++
		}
	}
	return al, be
}

func decompEigDiff(got, want []complex128) float64 {
	if len(got) != len(want) {
		return math.Inf(1)
	}
	var d float64
	for i := range got {
		d = math.Max(d, cmplx.Abs(got[i]-want[i])/math.Max(1, cmplx.Abs(want[i])))
	}
	return d
}

type ldlGolden struct {
	Lu   decompMat `json:"lu"`
	D    decompMat `json:"d"`
	Perm []int     `json:"perm"`
}

type ldlCase struct {
	Name      string    `json:"name"`
	Complex   bool      `json:"complex"`
	Hermitian bool      `json:"hermitian"`
	A         decompMat `json:"a"`
	Lower     ldlGolden `json:"lower"`
	Upper     ldlGolden `json:"upper"`
}

// TestLDLGolden compares LDL and LDLC with scipy.linalg.ldl. The
// Bunch-Kaufman factorization with its pivoting is deterministic, so Lu, D
// and Perm are compared directly (Perm exactly), in both triangles,
// including 2×2 pivots, a singular matrix and a non-symmetric one whose
// other triangle must be ignored.
func TestLDLGolden(t *testing.T) {
	f := golden.Load[ldlCase](t, "linalg/decomp_ldl.json")
	for _, c := range f.Cases {
		for _, upper := range []bool{false, true} {
			g := c.Lower
			if upper {
				g = c.Upper
			}
			t.Run(c.Name+map[bool]string{false: " lower", true: " upper"}[upper], func(t *testing.T) {
				n := len(c.A)
				tol := decompTol(n)
				o := &LDLOptions{Upper: upper, Symmetric: !c.Hermitian}
				var lu, d mat.CMatrix
				var perm []int
				if c.Complex {
					r, err := LDLC(c.A.c(), o)
					if err != nil {
						t.Fatal(err)
					}
					lu, d, perm = r.Lu, r.D, r.Perm
				} else {
					r, err := LDL(c.A.re(), o)
					if err != nil {
						t.Fatal(err)
					}
					lu, d, perm = ToComplex(r.Lu), ToComplex(r.D), r.Perm
				}
				for i := range g.Perm {
					if perm[i] != g.Perm[i] {
						t.Fatalf("Perm = %v, SciPy %v", perm, g.Perm)
					}
				}
				if e := cxDiff(t, lu, g.Lu.c()); e > tol {
					t.Errorf("Lu differs by %.3g", e)
				}
				if e := cxDiff(t, d, g.D.c()); e > tol {
					t.Errorf("D differs by %.3g", e)
				}
			})
		}
	}
}

type rqPair struct {
	R decompMat `json:"r"`
	Q decompMat `json:"q"`
}

type rqCase struct {
	Name     string    `json:"name"`
	Complex  bool      `json:"complex"`
	A        decompMat `json:"a"`
	Full     rqPair    `json:"full"`
	Economic rqPair    `json:"economic"`
	ROnly    decompMat `json:"r_only"`
}

// TestRQGolden compares RQ and RQC with scipy.linalg.rq in every mode.
// Householder RQ with LAPACK's signs is unique for full-rank a, so R and Q
// are compared directly; for the rank-deficient case only the
// reconstruction and the orthonormality of Q's rows are checked.
func TestRQGolden(t *testing.T) {
	f := golden.Load[rqCase](t, "linalg/decomp_rq.json")
	for _, c := range f.Cases {
		t.Run(c.Name, func(t *testing.T) {
			m, n := len(c.A), len(c.A[0])
			tol := decompTol(m + n)
			for _, v := range []struct {
				mode string
				want rqPair
			}{{"full", c.Full}, {"economic", c.Economic}, {"r", rqPair{R: c.ROnly}}} {
				var r, q mat.CMatrix
				if c.Complex {
					res, err := RQC(c.A.c(), &RQOptions{Mode: v.mode})
					if err != nil {
						t.Fatal(err)
					}
					r = res.R
					if res.Q != nil {
						q = res.Q
					}
				} else {
					res, err := RQ(c.A.re(), &RQOptions{Mode: v.mode})
					if err != nil {
						t.Fatal(err)
					}
					r = ToComplex(res.R)
					if res.Q != nil {
						q = ToComplex(res.Q)
					}
				}
				if (q == nil) != (v.mode == "r") {
					t.Fatalf("mode %s: Q present = %v", v.mode, q != nil)
				}
				if c.Name == "rank deficient" {
					if q != nil {
						if e := decompRecon(r, q, cxIdent(len(v.want.Q[0])), c.A.c()); e > tol {
							t.Errorf("mode %s: ‖R·Q − a‖ = %.3g", v.mode, e)
						}
						if e := cxUnitaryErr(q.H()); e > tol {
							t.Errorf("mode %s: Q·Qᴴ − I = %.3g", v.mode, e)
						}
					}
					continue
				}
				if e := cxDiff(t, r, v.want.R.c()); e > tol {
					t.Errorf("mode %s: R differs by %.3g", v.mode, e)
				}
				if q != nil {
					if e := cxDiff(t, q, v.want.Q.c()); e > tol {
						t.Errorf("mode %s: Q differs by %.3g", v.mode, e)
					}
				}
			}
		})
	}
}

// cxIdent returns the n×n complex identity.
func cxIdent(n int) *mat.CDense {
	return newCDense(n, n, cplxIdentity(n))
}

type polarPair struct {
	U decompMat `json:"u"`
	P decompMat `json:"p"`
}

type polarCase struct {
	Name    string    `json:"name"`
	Complex bool      `json:"complex"`
	A       decompMat `json:"a"`
	Right   polarPair `json:"right"`
	Left    polarPair `json:"left"`
}

// TestPolarGolden compares Polar and PolarC with scipy.linalg.polar on both
// sides. P is unique, and so is U for full-rank a, so both are compared
// directly; the singular case's U is only checked through a = U·P.
func TestPolarGolden(t *testing.T) {
	f := golden.Load[polarCase](t, "linalg/decomp_polar.json")
	for _, c := range f.Cases {
		for _, side := range []string{"right", "left"} {
			want := c.Right
			if side == "left" {
				want = c.Left
			}
			t.Run(c.Name+" "+side, func(t *testing.T) {
				m, n := len(c.A), len(c.A[0])
				tol := decompTol(m + n)
				var u, p mat.CMatrix
				if c.Complex {
					r, err := PolarC(c.A.c(), &PolarOptions{Side: side})
					if err != nil {
						t.Fatal(err)
					}
					u, p = r.U, r.P
				} else {
					r, err := Polar(c.A.re(), &PolarOptions{Side: side})
					if err != nil {
						t.Fatal(err)
					}
					u, p = ToComplex(r.U), ToComplex(r.P)
				}
				if e := cxDiff(t, p, want.P.c()); e > tol {
					t.Errorf("P differs by %.3g", e)
				}
				if c.Name != "singular 3x3" {
					if e := cxDiff(t, u, want.U.c()); e > tol {
						t.Errorf("U differs by %.3g", e)
					}
				}
				var e float64
				if side == "right" {
					e = decompRecon(u, p, cxIdent(n), c.A.c())
				} else {
					e = decompRecon(p, u, cxIdent(n), c.A.c())
				}
				if e > tol {
					t.Errorf("reconstruction error %.3g", e)
				}
			})
		}
	}
}

type hessCase struct {
	Name    string    `json:"name"`
	Complex bool      `json:"complex"`
	A       decompMat `json:"a"`
	H       decompMat `json:"h"`
	Q       decompMat `json:"q"`
}

// TestHessenbergGolden compares Hessenberg and HessenbergC with
// scipy.linalg.hessenberg. The reduction is unique up to a unimodular
// diagonal D (Q → Q·D, H → Dᴴ·H·D); D is estimated from the columns of Q
// and removed before comparing, so a different sign convention would still
// pass while any other difference fails. Without CalcQ, H must be the same.
func TestHessenbergGolden(t *testing.T) {
	f := golden.Load[hessCase](t, "linalg/decomp_hessenberg.json")
	for _, c := range f.Cases {
		t.Run(c.Name, func(t *testing.T) {
			n := len(c.A)
			tol := decompTol(n)
			var h, q, hOnly mat.CMatrix
			if c.Complex {
				r, err := HessenbergC(c.A.c(), &HessenbergOptions{CalcQ: true})
				if err != nil {
					t.Fatal(err)
				}
				h, q = r.H, r.Q
				r2, err := HessenbergC(c.A.c(), nil)
				if err != nil {
					t.Fatal(err)
				}
				if r2.Q != nil {
					t.Error("Q without CalcQ")
				}
				hOnly = r2.H
			} else {
				r, err := Hessenberg(c.A.re(), &HessenbergOptions{CalcQ: true})
				if err != nil {
					t.Fatal(err)
				}
				h, q = ToComplex(r.H), ToComplex(r.Q)
				r2, err := Hessenberg(c.A.re(), nil)
				if err != nil {
					t.Fatal(err)
				}
				if r2.Q != nil {
					t.Error("Q without CalcQ")
				}
				hOnly = ToComplex(r2.H)
			}
			if e := cxDiff(t, hOnly, h); e != 0 {
				t.Errorf("H without CalcQ differs by %.3g", e)
			}
			wantQ, wantH := c.Q.c(), c.H.c()
			// d[j] = phase of <wantQ_j, q_j>.
			d := make([]complex128, n)
			for j := 0; j < n; j++ {
				var s complex128
				for i := 0; i < n; i++ {
					s += cmplx.Conj(wantQ.At(i, j)) * q.At(i, j)
				}
				d[j] = 1
				if a := cmplx.Abs(s); a > 0 {
					d[j] = s / complex(a, 0)
				}
			}
			qn := mat.NewCDense(n, n, nil)
			hn := mat.NewCDense(n, n, nil)
			for i := 0; i < n; i++ {
				for j := 0; j < n; j++ {
					qn.Set(i, j, q.At(i, j)*cmplx.Conj(d[j]))
					hn.Set(i, j, d[i]*h.At(i, j)*cmplx.Conj(d[j]))
				}
			}
			if e := cxDiff(t, qn, wantQ); e > tol {
				t.Errorf("Q differs by %.3g (after removing column phases)", e)
			}
			if e := cxDiff(t, hn, wantH); e > tol {
				t.Errorf("H differs by %.3g (after removing phases)", e)
			}
			for i := 0; i < n; i++ {
				for j := 0; j < i-1; j++ {
					if h.At(i, j) != 0 {
						t.Fatalf("H(%d,%d) = %v below the subdiagonal", i, j, h.At(i, j))
					}
				}
			}
			if e := decompRecon(q, h, q, c.A.c()); e > tol {
				t.Errorf("‖Q·H·Qᴴ − a‖ = %.3g", e)
			}
		})
	}
}

type schurEntry struct {
	T           decompMat   `json:"t"`
	Z           decompMat   `json:"z"`
	Sdim        int         `json:"sdim"`
	W           []decompNum `json:"w"`
	ComplexSdim *int        `json:"complex_sdim"`
	ComplexW    []decompNum `json:"complex_w"`
	RSFT        decompMat   `json:"rsf2csf_t"`
	RSFZ        decompMat   `json:"rsf2csf_z"`
}

type schurCase struct {
	Name    string                `json:"name"`
	Complex bool                  `json:"complex"`
	A       decompMat             `json:"a"`
	Sorts   map[string]schurEntry `json:"sorts"`
}

// TestSchurGolden checks Schur and SchurC against scipy.linalg.schur for
// every sort. The Schur form is not unique, so it compares what is: Sdim
// exactly, the eigenvalues in the order of T's diagonal (which the sort
// fixes), and the invariants (a = Z·T·Zᴴ, Z orthogonal/unitary, T upper
// quasi-triangular/triangular). For real input it also checks SciPy's
// output="complex" through SchurC(ToComplex(a)), and RSF2CSF applied to
// SciPy's own (T, Z), which is deterministic and compared directly.
// SortFunc is checked against SciPy's callable sort with the same
// predicate.
func TestSchurGolden(t *testing.T) {
	f := golden.Load[schurCase](t, "linalg/decomp_schur.json")
	for _, c := range f.Cases {
		for _, sort := range []string{"none", "lhp", "rhp", "iuc", "ouc", "func_re_gt_half", "func_complex", "func_im_pos"} {
			if c.Complex && sort == "func_complex" || !c.Complex && sort == "func_im_pos" {
				continue
			}
			g, ok := c.Sorts[sort]
			if !ok {
				t.Fatalf("%s: no sort %s in golden file", c.Name, sort)
			}
			t.Run(c.Name+" "+sort, func(t *testing.T) {
				n := len(c.A)
				tol := decompTol(n)
				o := &SchurOptions{Sort: sort}
				switch sort {
				case "none":
					o = nil
				case "func_re_gt_half":
					o = &SchurOptions{SortFunc: func(l complex128) bool { return real(l) > 0.5 }}
				case "func_complex":
					o = &SchurOptions{SortFunc: func(l complex128) bool { return imag(l) != 0 }}
				case "func_im_pos":
					o = &SchurOptions{SortFunc: func(l complex128) bool { return imag(l) > 0 }}
				}
				ac := c.A.c()
				if c.Complex {
					r, err := SchurC(ac, o)
					if err != nil {
						t.Fatal(err)
					}
					decompCheckSchurC(t, ac, r, g.Sdim, decompVec(g.W), tol)
					return
				}
				r, err := Schur(c.A.re(), o)
				if err != nil {
					t.Fatal(err)
				}
				if r.Sdim != g.Sdim {
					t.Errorf("Sdim = %d, SciPy %d", r.Sdim, g.Sdim)
				}
				if s := decompQuasiErr(r.T); s != "" {
					t.Errorf("T is not quasi-triangular: %s", s)
				}
				if e := decompEigDiff(decompRealEigs(r.T), decompVec(g.W)); e > tol {
					t.Errorf("eigenvalues differ by %.3g: %v, SciPy %v", e, decompRealEigs(r.T), decompVec(g.W))
				}
				tc, zc := ToComplex(r.T), ToComplex(r.Z)
				if e := decompRecon(zc, tc, zc, ac); e > tol {
					t.Errorf("‖Z·T·Zᵀ − a‖ = %.3g", e)
				}
				if e := cxUnitaryErr(zc); e > tol {
					t.Errorf("‖ZᵀZ − I‖ = %.3g", e)
				}
				if o != nil && o.SortFunc != nil {
					return
				}
				// output="complex".
				rc, err := SchurC(ToComplex(c.A.re()), o)
				if err != nil {
					t.Fatal(err)
				}
				sd := 0
				if g.ComplexSdim != nil {
					sd = *g.ComplexSdim
				}
				decompCheckSchurC(t, ac, rc, sd, decompVec(g.ComplexW), tol)
				// rsf2csf on SciPy's real Schur form.
				rs, err := RSF2CSF(g.T.re(), g.Z.re(), nil)
				if err != nil {
					t.Fatal(err)
				}
				if e := cxDiff(t, rs.T, g.RSFT.c()); e > tol {
					t.Errorf("RSF2CSF T differs by %.3g", e)
				}
				if e := cxDiff(t, rs.Z, g.RSFZ.c()); e > tol {
					t.Errorf("RSF2CSF Z differs by %.3g", e)
				}
				if decompTriErr(rs.T) {
					t.Error("RSF2CSF T is not triangular")
				}
			})
		}
	}
}

func decompCheckSchurC(t *testing.T, a mat.CMatrix, r *SchurResultC, sdim int, w []complex128, tol float64) {
	t.Helper()
	if r.Sdim != sdim {
		t.Errorf("complex Sdim = %d, SciPy %d", r.Sdim, sdim)
	}
	if decompTriErr(r.T) {
		t.Error("complex T is not triangular")
	}
	n, _ := r.T.Dims()
	got := make([]complex128, n)
	for i := range got {
		got[i] = r.T.At(i, i)
	}
	if e := decompEigDiff(got, w); e > tol {
		t.Errorf("complex eigenvalues differ by %.3g: %v, SciPy %v", e, got, w)
	}
	if e := decompRecon(r.Z, r.T, r.Z, a); e > tol {
		t.Errorf("‖Z·T·Zᴴ − a‖ = %.3g", e)
	}
	if e := cxUnitaryErr(r.Z); e > tol {
		t.Errorf("‖ZᴴZ − I‖ = %.3g", e)
	}
}

type qzEntry struct {
	AA           decompMat   `json:"aa"`
	BB           decompMat   `json:"bb"`
	Q            decompMat   `json:"q"`
	Z            decompMat   `json:"z"`
	Alpha        []decompNum `json:"alpha"`
	Beta         []decompNum `json:"beta"`
	ComplexAlpha []decompNum `json:"complex_alpha"`
	ComplexBeta  []decompNum `json:"complex_beta"`
}

type qzCase struct {
	Name      string             `json:"name"`
	Complex   bool               `json:"complex"`
	A         decompMat          `json:"a"`
	B         decompMat          `json:"b"`
	QZ        qzEntry            `json:"qz"`
	QZComplex *qzEntry           `json:"qz_complex"`
	OrdQZ     map[string]qzEntry `json:"ordqz"`
}

// decompCheckGen compares generalized eigenvalues pairwise in order by
// chordal distance (defined for β = 0) and checks that real betas are >= 0.
func decompCheckGen(t *testing.T, what string, al, be, wal, wbe []complex128, tol float64) {
	t.Helper()
	if len(al) != len(wal) || len(be) != len(wbe) {
		t.Fatalf("%s: %d eigenvalues, SciPy %d", what, len(al), len(wal))
	}
	for i := range al {
		if d := decompChordal(al[i], be[i], wal[i], wbe[i]); d > tol {
			t.Errorf("%s: eigenvalue %d is %v/%v, SciPy %v/%v (chordal distance %.3g)", what, i, al[i], be[i], wal[i], wbe[i], d)
		}
		if imag(be[i]) == 0 && real(be[i]) < 0 {
			t.Errorf("%s: beta[%d] = %v < 0", what, i, be[i])
		}
	}
}

// decompCheckQZ checks the invariants of a generalized Schur form:
// a = Q·AA·Zᴴ, b = Q·BB·Zᴴ, Q and Z unitary, BB triangular, AA triangular
// (or quasi-triangular when real).
func decompCheckQZ(t *testing.T, what string, a, b, aa, bb, q, z mat.CMatrix, tol float64) {
	t.Helper()
	if e := decompRecon(q, aa, z, a); e > tol {
		t.Errorf("%s: ‖Q·AA·Zᴴ − a‖ = %.3g", what, e)
	}
	if e := decompRecon(q, bb, z, b); e > tol {
		t.Errorf("%s: ‖Q·BB·Zᴴ − b‖ = %.3g", what, e)
	}
	if e := math.Max(cxUnitaryErr(q), cxUnitaryErr(z)); e > tol {
		t.Errorf("%s: Q or Z not unitary (%.3g)", what, e)
	}
	if decompTriErr(bb) {
		t.Errorf("%s: BB is not triangular", what)
	}
}

// decompOrdQZOpts returns the options for a golden ordqz key: a named sort,
// or the Go version of the generator's callable.
func decompOrdQZOpts(key string) *OrdQZOptions {
	switch key {
	case "func_big":
		return &OrdQZOptions{SortFunc: func(a, b complex128) bool { return cmplx.Abs(a) > 2*cmplx.Abs(b) }}
	case "func_re_pos":
		return &OrdQZOptions{SortFunc: func(a, b complex128) bool { return real(a*cmplx.Conj(b)) > 0 }}
	case "func_complex":
		return &OrdQZOptions{SortFunc: func(a, b complex128) bool { return imag(a) != 0 }}
	}
	return &OrdQZOptions{Sort: key}
}

// TestQZGolden checks QZ, QZC, OrdQZ and OrdQZC against scipy.linalg.qz
// and ordqz. Generalized Schur forms are not unique: the generalized
// eigenvalues in diagonal order (fixed by the sort) are compared with
// SciPy's by chordal distance, OrdQZ's Alpha/Beta likewise, and the
// invariants are checked. The "singular b" case has infinite eigenvalues.
// SortFunc is checked against SciPy's callable sort with the same
// predicate.
func TestQZGolden(t *testing.T) {
	f := golden.Load[qzCase](t, "linalg/decomp_qz.json")
	for _, c := range f.Cases {
		t.Run(c.Name, func(t *testing.T) {
			n := len(c.A)
			tol := decompTol(n)
			ac, bc := c.A.c(), c.B.c()
			if c.Complex {
				r, err := QZC(ac, bc)
				if err != nil {
					t.Fatal(err)
				}
				decompCheckQZ(t, "QZC", ac, bc, r.AA, r.BB, r.Q, r.Z, tol)
				if decompTriErr(r.AA) {
					t.Error("QZC: AA is not triangular")
				}
				wa, wb := c.QZ.AA.c(), c.QZ.BB.c()
				al, be, wal, wbe := make([]complex128, n), make([]complex128, n), make([]complex128, n), make([]complex128, n)
				for i := 0; i < n; i++ {
					al[i], be[i], wal[i], wbe[i] = r.AA.At(i, i), r.BB.At(i, i), wa.At(i, i), wb.At(i, i)
				}
				decompCheckGen(t, "QZC", al, be, wal, wbe, tol)
				for _, sort := range []string{"lhp", "rhp", "iuc", "ouc", "func_big", "func_re_pos"} {
					g, ok := c.OrdQZ[sort]
					if !ok {
						t.Fatalf("no ordqz %s in golden file", sort)
					}
					r, err := OrdQZC(ac, bc, decompOrdQZOpts(sort))
					if err != nil {
						t.Fatal(err)
					}
					decompCheckQZ(t, "OrdQZC "+sort, ac, bc, r.AA, r.BB, r.Q, r.Z, tol)
					decompCheckGen(t, "OrdQZC "+sort, r.Alpha, r.Beta, decompVec(g.Alpha), decompVec(g.Beta), tol)
				}
				return
			}
			a, b := c.A.re(), c.B.re()
			r, err := QZ(a, b)
			if err != nil {
				t.Fatal(err)
			}
			if s := decompQuasiErr(r.AA); s != "" {
				t.Errorf("AA: %s", s)
			}
			decompCheckQZ(t, "QZ", ac, bc, ToComplex(r.AA), ToComplex(r.BB), ToComplex(r.Q), ToComplex(r.Z), tol)
			al, be := decompRealGenEigs(r.AA, r.BB)
			wal, wbe := decompRealGenEigs(c.QZ.AA.re(), c.QZ.BB.re())
			decompCheckGen(t, "QZ", al, be, wal, wbe, tol)
			// output="complex".
			rc, err := QZC(ToComplex(a), ToComplex(b))
			if err != nil {
				t.Fatal(err)
			}
			decompCheckQZ(t, "QZC(ToComplex)", ac, bc, rc.AA, rc.BB, rc.Q, rc.Z, tol)
			al, be = make([]complex128, n), make([]complex128, n)
			for i := 0; i < n; i++ {
				al[i], be[i] = rc.AA.At(i, i), rc.BB.At(i, i)
			}
			decompCheckGen(t, "QZC(ToComplex)", al, be, decompVec(c.QZComplex.Alpha), decompVec(c.QZComplex.Beta), tol)
			for _, sort := range []string{"lhp", "rhp", "iuc", "ouc", "func_big", "func_complex"} {
				g, ok := c.OrdQZ[sort]
				if !ok {
					t.Fatalf("no ordqz %s in golden file", sort)
				}
				r, err := OrdQZ(a, b, decompOrdQZOpts(sort))
				if err != nil {
					t.Fatal(err)
				}
				if s := decompQuasiErr(r.AA); s != "" {
					t.Errorf("OrdQZ %s AA: %s", sort, s)
				}
				decompCheckQZ(t, "OrdQZ "+sort, ac, bc, ToComplex(r.AA), ToComplex(r.BB), ToComplex(r.Q), ToComplex(r.Z), tol)
				beta := make([]complex128, n)
				for i, v := range r.Beta {
					beta[i] = complex(v, 0)
				}
				decompCheckGen(t, "OrdQZ "+sort, r.Alpha, beta, decompVec(g.Alpha), decompVec(g.Beta), tol)
				if g.ComplexAlpha == nil {
					continue // no output="complex" data for callables
				}
				rc, err := OrdQZC(ToComplex(a), ToComplex(b), &OrdQZOptions{Sort: sort})
				if err != nil {
					t.Fatal(err)
				}
				decompCheckQZ(t, "OrdQZC(ToComplex) "+sort, ac, bc, rc.AA, rc.BB, rc.Q, rc.Z, tol)
				decompCheckGen(t, "OrdQZC(ToComplex) "+sort, rc.Alpha, rc.Beta, decompVec(g.ComplexAlpha), decompVec(g.ComplexBeta), tol)
			}
		})
	}
}
