package lapacke

import (
	"fmt"
	"math"
	"math/cmplx"
	"testing"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/lapack"
)

var drvSorts = []SchurSort{SortNone, SortLHP, SortRHP, SortIUC, SortOUC}

// drvStdSelect is SciPy's predicate for the standard problem, in Go, to
// check the C versions against.
func drvStdSelect(sort SchurSort, l complex128) bool {
	switch sort {
	case SortLHP:
		return real(l) < 0
	case SortRHP:
		return real(l) >= 0
	case SortIUC:
		return cmplx.Abs(l) <= 1
	case SortOUC:
		return cmplx.Abs(l) > 1
	}
	return false
}

// drvGenSelect is SciPy's predicate for the generalized problem.
func drvGenSelect(sort SchurSort, a, b complex128) bool {
	switch sort {
	case SortLHP:
		return b != 0 && real(a/b) < 0
	case SortRHP:
		return b != 0 && real(a/b) > 0
	case SortIUC:
		return b != 0 && cmplx.Abs(a/b) < 1
	case SortOUC:
		if b == 0 {
			return a != 0
		}
		return cmplx.Abs(a/b) > 1
	}
	return false
}

// drvCheckSorted checks sdim against the selection flags of the eigenvalues
// in Schur order: the first sdim are selected and the rest are not.
func drvCheckSorted(t *testing.T, name string, sel []bool, sdim int) {
	t.Helper()
	cnt := 0
	for i, s := range sel {
		if s {
			cnt++
		}
		if s != (i < sdim) {
			t.Errorf("%s: eigenvalue %d selected=%t with sdim %d (selection %v)", name, i, s, sdim, sel)
			return
		}
	}
	if cnt != sdim {
		t.Errorf("%s: sdim %d, %d selected", name, sdim, cnt)
	}
}

// drvQuasiCheck checks that t is upper quasi-triangular in standard form and
// that wr, wi are its eigenvalues in order; it returns the eigenvalues.
func drvQuasiCheck(t *testing.T, name string, tm drvMat, wr, wi []float64) []complex128 {
	t.Helper()
	n := tm.r
	w := make([]complex128, n)
	for i := 0; i < n; i++ {
		for j := 0; j < i-1; j++ {
			if tm.at(i, j) != 0 {
				t.Errorf("%s: T(%d,%d) = %g below the subdiagonal", name, i, j, tm.at(i, j))
				return w
			}
		}
	}
	for i := 0; i < n; i++ {
		if i+1 < n && tm.at(i+1, i) != 0 {
			a, b, c, d := tm.at(i, i), tm.at(i, i+1), tm.at(i+1, i), tm.at(i+1, i+1)
			if a != d || b*c >= 0 {
				t.Errorf("%s: 2×2 block at %d not in standard form", name, i)
			}
			im := math.Sqrt(math.Abs(b)) * math.Sqrt(math.Abs(c))
			w[i], w[i+1] = complex(a, im), complex(a, -im)
			if i+2 < n && tm.at(i+2, i+1) != 0 {
				t.Errorf("%s: adjacent 2×2 blocks at %d", name, i)
			}
			i++
			continue
		}
		w[i] = complex(tm.at(i, i), 0)
	}
	for i := range w {
		if cmplx.Abs(w[i]-complex(wr[i], wi[i])) > 1e-12*max(1, cmplx.Abs(w[i])) {
			t.Errorf("%s: eigenvalue %d is %v, T gives %v", name, i, complex(wr[i], wi[i]), w[i])
			break
		}
	}
	return w
}

// drvOrthoCheck returns ‖QᵀQ - I‖.
func drvOrthoCheck(q drvMat) float64 { return q.T().mul(q).sub(drvEye(q.r)).maxAbs() }

func TestDriverDgees(t *testing.T) {
	rnd := drvNewRand(101)
	impl := Implementation{}
	mixed := map[SchurSort]int{}
	for _, n := range drvSizes {
		for _, jobvs := range []lapack.SchurComp{lapack.SchurOrig, lapack.SchurNone} {
			for _, sort := range drvSorts {
				lda, ldvs := n+1, n+2
				if jobvs == lapack.SchurNone {
					ldvs = 1 // the row-major LAPACKE check this works around
				}
				work := make([]float64, 1)
				impl.Dgees(jobvs, sort, n, nil, lda, nil, nil, nil, ldvs, work, -1)
				for _, lwork := range drvLWorks(max(1, 3*n), int(work[0])) {
					a := drvGe(rnd, n, n, lda)
					// Scale so that all four predicates select some.
					for i := range a {
						if a[i] != drvPad {
							a[i] *= 0.5
						}
					}
					full := drvMatOf(a, n, n, lda)
					wr, wi := make([]float64, n), make([]float64, n)
					vs := drvGe(rnd, n, n, max(1, ldvs))
					name := fmt.Sprintf("n=%d,%c,%c,lwork=%d", n, jobvs, sort, lwork)
					var sdim, info int
					checkNoDiagnostics(t, func() {
						sdim, info = impl.Dgees(jobvs, sort, n, a, lda, wr, wi, vs, ldvs, make([]float64, lwork), lwork)
					})
					if info != 0 {
						t.Errorf("%s: info %d", name, info)
						continue
					}
					if n == 0 {
						continue
					}
					tm := drvMatOf(a, n, n, lda)
					w := drvQuasiCheck(t, name, tm, wr, wi)
					var tr float64
					for _, v := range w {
						tr += real(v)
					}
					var want float64
					for i := 0; i < n; i++ {
						want += full.at(i, i)
					}
					if math.Abs(tr-want) > 1e-12*float64(n) {
						t.Errorf("%s: Σλ = %g, trace %g", name, tr, want)
					}
					if sort == SortNone {
						if sdim != 0 {
							t.Errorf("%s: sdim %d without sorting", name, sdim)
						}
					} else {
						sel := make([]bool, n)
						for i := range w {
							sel[i] = drvStdSelect(sort, w[i])
						}
						// A conjugate pair is selected as a whole.
						for i := 0; i+1 < n; i++ {
							if wi[i] > 0 {
								sel[i] = sel[i] || sel[i+1]
								sel[i+1] = sel[i]
								i++
							}
						}
						drvCheckSorted(t, name, sel, sdim)
						if 0 < sdim && sdim < n {
							mixed[sort]++
						}
					}
					if jobvs == lapack.SchurOrig {
						z := drvMatOf(vs, n, n, ldvs)
						if e := drvOrthoCheck(z); e > 1e-13*float64(n) {
							t.Errorf("%s: ZᵀZ - I = %g", name, e)
						}
						if e := z.mul(tm).mul(z.T()).sub(full).maxAbs(); e > 1e-13*float64(n) {
							t.Errorf("%s: Z T Zᵀ - A = %g", name, e)
						}
					}
				}
			}
		}
	}
	for _, sort := range drvSorts[1:] {
		if mixed[sort] == 0 {
			t.Errorf("%c: no case selected some but not all eigenvalues", sort)
		}
	}
}

func TestDriverZgees(t *testing.T) {
	rnd := drvNewRand(102)
	impl := Implementation{}
	mixed := map[SchurSort]int{}
	for _, n := range drvSizes {
		for _, jobvs := range []lapack.SchurComp{lapack.SchurOrig, lapack.SchurNone} {
			for _, sort := range drvSorts {
				lda, ldvs := n+1, n+2
				if jobvs == lapack.SchurNone {
					ldvs = 1
				}
				work := make([]complex128, 1)
				impl.Zgees(jobvs, sort, n, nil, lda, nil, nil, ldvs, work, -1, nil)
				for _, lwork := range drvLWorks(max(1, 2*n), int(real(work[0]))) {
					a := zdrvGe(rnd, n, n, lda)
					for i := range a {
						if a[i] != drvPadZ {
							a[i] *= 0.5
						}
					}
					full := zdrvMatOf(a, n, n, lda)
					w := make([]complex128, n)
					vs := zdrvGe(rnd, n, n, max(1, ldvs))
					name := fmt.Sprintf("n=%d,%c,%c,lwork=%d", n, jobvs, sort, lwork)
					var sdim, info int
					checkNoDiagnostics(t, func() {
						sdim, info = impl.Zgees(jobvs, sort, n, a, lda, w, vs, ldvs, make([]complex128, lwork), lwork, make([]float64, n))
					})
					if info != 0 {
						t.Errorf("%s: info %d", name, info)
						continue
					}
					if n == 0 {
						continue
					}
					tm := zdrvMatOf(a, n, n, lda)
					for i := 0; i < n; i++ {
						for j := 0; j < i; j++ {
							if tm.at(i, j) != 0 {
								t.Fatalf("%s: T not upper triangular", name)
							}
						}
						if w[i] != tm.at(i, i) {
							t.Errorf("%s: w[%d] = %v, T(%d,%d) = %v", name, i, w[i], i, i, tm.at(i, i))
						}
					}
					if sort != SortNone {
						sel := make([]bool, n)
						for i := range w {
							sel[i] = drvStdSelect(sort, w[i])
						}
						drvCheckSorted(t, name, sel, sdim)
						if 0 < sdim && sdim < n {
							mixed[sort]++
						}
					} else if sdim != 0 {
						t.Errorf("%s: sdim %d without sorting", name, sdim)
					}
					if jobvs == lapack.SchurOrig {
						z := zdrvMatOf(vs, n, n, ldvs)
						if e := zdrvOrthoErr(z, true); e > 1e-13*float64(n) {
							t.Errorf("%s: ZᴴZ - I = %g", name, e)
						}
						if e := z.mul(tm).mul(z.H()).sub(full).maxAbs(); e > 1e-13*float64(n) {
							t.Errorf("%s: Z T Zᴴ - A = %g", name, e)
						}
					}
				}
			}
		}
	}
	for _, sort := range drvSorts[1:] {
		if mixed[sort] == 0 {
			t.Errorf("%c: no case selected some but not all eigenvalues", sort)
		}
	}
}

func TestDriverDgges(t *testing.T) {
	rnd := drvNewRand(103)
	impl := Implementation{}
	mixed := map[SchurSort]int{}
	for _, n := range drvSizes {
		for _, jl := range []lapack.SchurComp{lapack.SchurOrig, lapack.SchurNone} {
			for _, sort := range drvSorts {
				jr := lapack.SchurOrig
				if sort == SortIUC {
					jr = lapack.SchurNone
				}
				lda, ldb, ldv := n+1, n+2, n+3
				ldvsl, ldvsr := ldv, ldv
				if jl == lapack.SchurNone {
					ldvsl = 1
				}
				if jr == lapack.SchurNone {
					ldvsr = 1
				}
				work := make([]float64, 1)
				impl.Dgges(jl, jr, sort, n, nil, lda, nil, ldb, nil, nil, nil, nil, ldvsl, nil, ldvsr, work, -1)
				minw := 1
				if n > 0 {
					minw = max(8*n, 6*n+16)
				}
				for _, lwork := range drvLWorks(minw, int(work[0])) {
					a, b := drvGe(rnd, n, n, lda), drvGe(rnd, n, n, ldb)
					fa, fb := drvMatOf(a, n, n, lda), drvMatOf(b, n, n, ldb)
					ar, ai, be := make([]float64, n), make([]float64, n), make([]float64, n)
					vsl, vsr := make([]float64, n*ldv), make([]float64, n*ldv)
					name := fmt.Sprintf("n=%d,%c%c,%c,lwork=%d", n, jl, jr, sort, lwork)
					var sdim, info int
					checkNoDiagnostics(t, func() {
						sdim, info = impl.Dgges(jl, jr, sort, n, a, lda, b, ldb, ar, ai, be, vsl, ldvsl, vsr, ldvsr, make([]float64, lwork), lwork)
					})
					if info != 0 {
						t.Errorf("%s: info %d", name, info)
						continue
					}
					if n == 0 {
						continue
					}
					s, tt := drvMatOf(a, n, n, lda), drvMatOf(b, n, n, ldb)
					for i := 0; i < n; i++ {
						for j := 0; j < i; j++ {
							if tt.at(i, j) != 0 || (j < i-1 && s.at(i, j) != 0) {
								t.Fatalf("%s: (S,T) not in generalized Schur form at (%d,%d)", name, i, j)
							}
						}
					}
					// Selection, with LAPACK's pair rule.
					if sort != SortNone {
						sel := make([]bool, n)
						for i := 0; i < n; i++ {
							sel[i] = drvGenSelect(sort, complex(ar[i], ai[i]), complex(be[i], 0))
						}
						for i := 0; i+1 < n; i++ {
							if ai[i] > 0 {
								sel[i] = sel[i] || sel[i+1]
								sel[i+1] = sel[i]
								i++
							}
						}
						drvCheckSorted(t, name, sel, sdim)
						if 0 < sdim && sdim < n {
							mixed[sort]++
						}
					}
					// Real eigenvalues are the diagonals of S and T.
					for i := 0; i < n; i++ {
						if ai[i] == 0 && (ar[i] != s.at(i, i) || be[i] != tt.at(i, i)) {
							t.Errorf("%s: eigenvalue %d (%g/%g) is not S(i,i)/T(i,i) = %g/%g", name, i, ar[i], be[i], s.at(i, i), tt.at(i, i))
						}
					}
					if jl == lapack.SchurOrig && jr == lapack.SchurOrig {
						q, z := drvMatOf(vsl, n, n, ldv), drvMatOf(vsr, n, n, ldv)
						if e := max(drvOrthoCheck(q), drvOrthoCheck(z)); e > 1e-13*float64(n) {
							t.Errorf("%s: Q or Z not orthogonal (%g)", name, e)
						}
						if e := q.mul(s).mul(z.T()).sub(fa).maxAbs(); e > 1e-13*float64(n) {
							t.Errorf("%s: Q S Zᵀ - A = %g", name, e)
						}
						if e := q.mul(tt).mul(z.T()).sub(fb).maxAbs(); e > 1e-13*float64(n) {
							t.Errorf("%s: Q T Zᵀ - B = %g", name, e)
						}
					}
				}
			}
		}
	}
	for _, sort := range drvSorts[1:] {
		if mixed[sort] == 0 {
			t.Errorf("%c: no case selected some but not all eigenvalues", sort)
		}
	}
}

func TestDriverZgges(t *testing.T) {
	rnd := drvNewRand(104)
	impl := Implementation{}
	mixed := map[SchurSort]int{}
	for _, n := range drvSizes {
		for _, sort := range drvSorts {
			for _, want := range []bool{true, false} {
				jv := lapack.SchurNone
				if want {
					jv = lapack.SchurOrig
				}
				lda, ldb, ldv := n+1, n+2, n+3
				ldvs := ldv
				if !want {
					ldvs = 1
				}
				work := make([]complex128, 1)
				impl.Zgges(jv, jv, sort, n, nil, lda, nil, ldb, nil, nil, nil, ldvs, nil, ldvs, work, -1, nil)
				for _, lwork := range drvLWorks(max(1, 2*n), int(real(work[0]))) {
					a, b := zdrvGe(rnd, n, n, lda), zdrvGe(rnd, n, n, ldb)
					fa, fb := zdrvMatOf(a, n, n, lda), zdrvMatOf(b, n, n, ldb)
					alpha, beta := make([]complex128, n), make([]complex128, n)
					vsl, vsr := make([]complex128, n*ldv), make([]complex128, n*ldv)
					name := fmt.Sprintf("n=%d,%c,%c,lwork=%d", n, jv, sort, lwork)
					var sdim, info int
					checkNoDiagnostics(t, func() {
						sdim, info = impl.Zgges(jv, jv, sort, n, a, lda, b, ldb, alpha, beta, vsl, ldvs, vsr, ldvs, make([]complex128, lwork), lwork, make([]float64, 8*n))
					})
					if info != 0 {
						t.Errorf("%s: info %d", name, info)
						continue
					}
					if n == 0 {
						continue
					}
					s, tt := zdrvMatOf(a, n, n, lda), zdrvMatOf(b, n, n, ldb)
					for i := 0; i < n; i++ {
						for j := 0; j < i; j++ {
							if s.at(i, j) != 0 || tt.at(i, j) != 0 {
								t.Fatalf("%s: (S,T) not upper triangular", name)
							}
						}
						if alpha[i] != s.at(i, i) || beta[i] != tt.at(i, i) || imag(beta[i]) != 0 || real(beta[i]) < 0 {
							t.Errorf("%s: alpha/beta %d do not match the diagonals", name, i)
						}
					}
					if sort != SortNone {
						sel := make([]bool, n)
						for i := range sel {
							sel[i] = drvGenSelect(sort, alpha[i], beta[i])
						}
						drvCheckSorted(t, name, sel, sdim)
						if 0 < sdim && sdim < n {
							mixed[sort]++
						}
					}
					if want {
						q, z := zdrvMatOf(vsl, n, n, ldv), zdrvMatOf(vsr, n, n, ldv)
						if e := max(zdrvOrthoErr(q, true), zdrvOrthoErr(z, true)); e > 1e-13*float64(n) {
							t.Errorf("%s: Q or Z not unitary (%g)", name, e)
						}
						if e := q.mul(s).mul(z.H()).sub(fa).maxAbs(); e > 1e-13*float64(n) {
							t.Errorf("%s: Q S Zᴴ - A = %g", name, e)
						}
						if e := q.mul(tt).mul(z.H()).sub(fb).maxAbs(); e > 1e-13*float64(n) {
							t.Errorf("%s: Q T Zᴴ - B = %g", name, e)
						}
					}
				}
			}
		}
	}
	for _, sort := range drvSorts[1:] {
		if mixed[sort] == 0 {
			t.Errorf("%c: no case selected some but not all eigenvalues", sort)
		}
	}
}

// drvSchurForm returns T (Schur canonical form) and Q with A = Q T Qᵀ for a
// random n×n matrix, from Dgees.
func drvSchurForm(t *testing.T, impl Implementation, a []float64, n, lda int) (tm, q []float64) {
	t.Helper()
	tm = append([]float64(nil), a...)
	q = make([]float64, n*n)
	lw := max(1, 3*n) * 8
	if _, info := impl.Dgees(lapack.SchurOrig, SortNone, n, tm, lda, make([]float64, n), make([]float64, n), q, max(1, n), make([]float64, lw), lw); info != 0 {
		t.Fatalf("Dgees failed: info %d", info)
	}
	return tm, q
}

func zdrvSchurForm(t *testing.T, impl Implementation, a []complex128, n, lda int) (tm, q []complex128) {
	t.Helper()
	tm = append([]complex128(nil), a...)
	q = make([]complex128, n*n)
	lw := max(1, 2*n) * 8
	if _, info := impl.Zgees(lapack.SchurOrig, SortNone, n, tm, lda, make([]complex128, n), q, max(1, n), make([]complex128, lw), lw, make([]float64, n)); info != 0 {
		t.Fatalf("Zgees failed: info %d", info)
	}
	return tm, q
}

func TestDriverTrsyl(t *testing.T) {
	rnd := drvNewRand(105)
	impl := Implementation{}
	for _, isReal := range []bool{true, false} {
		transes := []blas.Transpose{blas.NoTrans, blas.ConjTrans}
		if isReal {
			transes = []blas.Transpose{blas.NoTrans, blas.Trans, blas.ConjTrans}
		}
		for _, mn := range [][2]int{{0, 0}, {0, 3}, {3, 0}, {1, 1}, {4, 6}, {20, 13}} {
			m, n := mn[0], mn[1]
			for _, ta := range transes {
				for _, tb := range transes {
					for _, isgn := range []int{1, -1} {
						lda, ldb, ldc := m+1, n+2, n+1
						name := fmt.Sprintf("real=%t m=%d,n=%d,%c%c,isgn=%d", isReal, m, n, ta, tb, isgn)
						var am, bm, cm, xm zdrvMat
						var scale float64
						var ok bool
						if isReal {
							// Shift B so that A and -isgn*B have distinct spectra.
							b := drvGe(rnd, n, n, ldb)
							for i := 0; i < n; i++ {
								b[i*ldb+i] += float64(3 * isgn)
							}
							at, _ := drvSchurForm(t, impl, drvGe(rnd, m, m, lda), m, lda)
							bt, _ := drvSchurForm(t, impl, b, n, ldb)
							c := drvGe(rnd, m, n, ldc)
							am, bm, cm = zdrvMatOf(drvToZ(at), m, m, lda), zdrvMatOf(drvToZ(bt), n, n, ldb), zdrvMatOf(drvToZ(c), m, n, ldc)
							checkNoDiagnostics(t, func() { scale, ok = impl.Dtrsyl(ta, tb, isgn, m, n, at, lda, bt, ldb, c, ldc) })
							xm = zdrvMatOf(drvToZ(c), m, n, ldc)
							drvCheckPad(t, name, c, m, n, ldc)
						} else {
							b := zdrvGe(rnd, n, n, ldb)
							for i := 0; i < n; i++ {
								b[i*ldb+i] += complex(float64(3*isgn), 0)
							}
							at, _ := zdrvSchurForm(t, impl, zdrvGe(rnd, m, m, lda), m, lda)
							bt, _ := zdrvSchurForm(t, impl, b, n, ldb)
							c := zdrvGe(rnd, m, n, ldc)
							am, bm, cm = zdrvMatOf(at, m, m, lda), zdrvMatOf(bt, n, n, ldb), zdrvMatOf(c, m, n, ldc)
							checkNoDiagnostics(t, func() { scale, ok = impl.Ztrsyl(ta, tb, isgn, m, n, at, lda, bt, ldb, c, ldc) })
							xm = zdrvMatOf(c, m, n, ldc)
							zdrvCheckPad(t, name, c, m, n, ldc)
						}
						if !ok || scale <= 0 || scale > 1 {
							t.Errorf("%s: ok %t scale %g", name, ok, scale)
							continue
						}
						if m == 0 || n == 0 {
							continue
						}
						opA, opB := am, bm
						if ta != blas.NoTrans {
							opA = am.H()
						}
						if tb != blas.NoTrans {
							opB = bm.H()
						}
						lhs := opA.mul(xm)
						xb := xm.mul(opB)
						for i := range lhs.d {
							lhs.d[i] += complex(float64(isgn), 0)*xb.d[i] - complex(scale, 0)*cm.d[i]
						}
						if e := lhs.maxAbs(); e > 1e-12*(am.norm1()+bm.norm1())*xm.norm1() {
							t.Errorf("%s: residual %g", name, e)
						}
					}
				}
			}
		}
	}
	// Common eigenvalues of A and -isgn*B: the equation is singular and
	// LAPACK perturbs it (ok false).
	one := []float64{1}
	if _, ok := impl.Dtrsyl(blas.NoTrans, blas.NoTrans, -1, 1, 1, one, 1, one, 1, []float64{1}, 1); ok {
		t.Error("Dtrsyl: singular equation gave ok")
	}
	zone := []complex128{1i}
	if _, ok := impl.Ztrsyl(blas.NoTrans, blas.NoTrans, -1, 1, 1, zone, 1, zone, 1, []complex128{1}, 1); ok {
		t.Error("Ztrsyl: singular equation gave ok")
	}
}

func TestDriverTrsen(t *testing.T) {
	rnd := drvNewRand(106)
	impl := Implementation{}
	jobs := []CondJob{CondNone, CondEigenvalues, CondSubspace, CondBoth}
	for _, n := range []int{0, 1, 2, 5, 12, 40} {
		for _, job := range jobs {
			for _, wantq := range []bool{true, false} {
				compq := lapack.UpdateSchurNone
				if wantq {
					compq = lapack.UpdateSchur
				}
				ldt, ldq := n+1, n+2
				if !wantq {
					ldq = 1
				}
				// Real.
				{
					a := drvGe(rnd, n, n, ldt)
					full := drvMatOf(a, n, n, ldt)
					tm, q0 := drvSchurForm(t, impl, a, n, ldt)
					wr0, wi0 := drvDiagEig(tm, n, ldt)
					before := drvQuasiCheck(t, "input", drvMatOf(tm, n, n, ldt), wr0, wi0)
					sel := make([]bool, n)
					want := 0
					for i := range sel {
						// Select eigenvalues with negative real part,
						// conjugate pairs through one member only.
						sel[i] = real(before[i]) < 0 && imag(before[i]) >= 0
						if sel[i] {
							want++
							if imag(before[i]) > 0 {
								want++
							}
						}
					}
					q := make([]float64, max(0, (n-1)*ldq+n))
					if wantq {
						for i := 0; i < n; i++ {
							copy(q[i*ldq:i*ldq+n], q0[i*n:i*n+n])
						}
					}
					work, iwork := make([]float64, 1), make([]int, 1)
					mq, _, _, _ := impl.Dtrsen(job, compq, sel, n, tm, ldt, nil, ldq, nil, nil, work, -1, iwork, -1)
					if mq != want {
						t.Errorf("Dtrsen n=%d %c: query m = %d, want %d", n, job, mq, want)
					}
					wr, wi := make([]float64, n), make([]float64, n)
					name := fmt.Sprintf("Dtrsen n=%d,%c,%c", n, job, compq)
					var m int
					var s, sep float64
					var ok bool
					checkNoDiagnostics(t, func() {
						m, s, sep, ok = impl.Dtrsen(job, compq, sel, n, tm, ldt, q, ldq, wr, wi, make([]float64, int(work[0])), int(work[0]), make([]int, iwork[0]), iwork[0])
					})
					if !ok || m != want {
						t.Errorf("%s: ok %t, m %d want %d", name, ok, m, want)
						continue
					}
					drvCheckCond(t, name, job, s, sep, m, n)
					if n == 0 {
						continue
					}
					after := drvQuasiCheck(t, name, drvMatOf(tm, n, n, ldt), wr, wi)
					for i, v := range after {
						if (real(v) < 0) != (i < m) {
							t.Errorf("%s: eigenvalue %d = %v on the wrong side of m = %d", name, i, v, m)
							break
						}
					}
					if wantq {
						qm, tmm := drvMatOf(q, n, n, ldq), drvMatOf(tm, n, n, ldt)
						if e := qm.mul(tmm).mul(qm.T()).sub(full).maxAbs(); e > 1e-12*float64(n) {
							t.Errorf("%s: Q T Qᵀ - A = %g", name, e)
						}
					}
				}
				// Complex.
				{
					a := zdrvGe(rnd, n, n, ldt)
					full := zdrvMatOf(a, n, n, ldt)
					tm, q0 := zdrvSchurForm(t, impl, a, n, ldt)
					sel := make([]bool, n)
					want := 0
					for i := range sel {
						sel[i] = real(tm[i*ldt+i]) < 0
						if sel[i] {
							want++
						}
					}
					q := make([]complex128, max(0, (n-1)*ldq+n))
					if wantq {
						for i := 0; i < n; i++ {
							copy(q[i*ldq:i*ldq+n], q0[i*n:i*n+n])
						}
					}
					work := make([]complex128, 1)
					impl.Ztrsen(job, compq, sel, n, tm, ldt, nil, ldq, nil, work, -1)
					w := make([]complex128, n)
					name := fmt.Sprintf("Ztrsen n=%d,%c,%c", n, job, compq)
					var m int
					var s, sep float64
					var ok bool
					lw := int(real(work[0]))
					checkNoDiagnostics(t, func() {
						m, s, sep, ok = impl.Ztrsen(job, compq, sel, n, tm, ldt, q, ldq, w, make([]complex128, lw), lw)
					})
					if !ok || m != want {
						t.Errorf("%s: ok %t, m %d want %d", name, ok, m, want)
						continue
					}
					drvCheckCond(t, name, job, s, sep, m, n)
					for i := 0; i < n; i++ {
						if w[i] != tm[i*ldt+i] || (real(w[i]) < 0) != (i < m) {
							t.Errorf("%s: eigenvalue %d = %v misplaced (m %d)", name, i, w[i], m)
							break
						}
					}
					if wantq && n > 0 {
						qm, tmm := zdrvMatOf(q, n, n, ldq), zdrvMatOf(tm, n, n, ldt)
						if e := qm.mul(tmm).mul(qm.H()).sub(full).maxAbs(); e > 1e-12*float64(n) {
							t.Errorf("%s: Q T Qᴴ - A = %g", name, e)
						}
					}
				}
			}
		}
	}
}

// drvDiagEig reads the eigenvalues off a real Schur form, as wr and wi.
func drvDiagEig(tm []float64, n, ldt int) (wr, wi []float64) {
	wr, wi = make([]float64, n), make([]float64, n)
	for i := 0; i < n; i++ {
		wr[i] = tm[i*ldt+i]
		if i+1 < n && tm[(i+1)*ldt+i] != 0 {
			im := math.Sqrt(math.Abs(tm[i*ldt+i+1])) * math.Sqrt(math.Abs(tm[(i+1)*ldt+i]))
			wr[i+1] = tm[(i+1)*ldt+i+1]
			wi[i], wi[i+1] = im, -im
			i++
		}
	}
	return wr, wi
}

// drvCheckCond checks the plausibility of ?trsen's condition estimates: s
// in (0, 1] and sep > 0 when requested and meaningful, zero otherwise.
func drvCheckCond(t *testing.T, name string, job CondJob, s, sep float64, m, n int) {
	t.Helper()
	wants := job == CondEigenvalues || job == CondBoth
	wantsep := job == CondSubspace || job == CondBoth
	if !wants && s != 0 || !wantsep && sep != 0 {
		t.Errorf("%s: unrequested s %g or sep %g is not zero", name, s, sep)
	}
	if wants && n > 0 && (s <= 0 || s > 1) {
		t.Errorf("%s: s = %g outside (0, 1]", name, s)
	}
	if wantsep && n > 0 && m > 0 && m < n && sep <= 0 {
		t.Errorf("%s: sep = %g", name, sep)
	}
}
