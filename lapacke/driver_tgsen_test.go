package lapacke

import (
	"fmt"
	"testing"

	"gonum.org/v1/gonum/lapack"
)

// TestDriverDtgsen reorders unsorted Dgges output with Dtgsen for every
// SciPy predicate and checks the selected eigenvalues come first (pairs as
// a whole), m, the generalized Schur form and reconstruction of (A, B),
// and that the result equals Dgges's own sorted output, which calls dtgsen
// the same way.
func TestDriverDtgsen(t *testing.T) {
	rnd := drvNewRand(211)
	impl := Implementation{}
	for _, n := range []int{0, 1, 2, 5, 12} {
		for _, sort := range drvSorts[1:] {
			lda, ldb, ldq := n+1, n+2, n+3
			a0, b0 := drvGe(rnd, n, n, lda), drvGe(rnd, n, n, ldb)
			gges := func(s SchurSort) (a, b, ar, ai, be, q, z []float64, sdim int) {
				a, b = append([]float64(nil), a0...), append([]float64(nil), b0...)
				ar, ai, be = make([]float64, n), make([]float64, n), make([]float64, n)
				q, z = make([]float64, n*ldq), make([]float64, n*ldq)
				w := make([]float64, max(1, 8*n, 6*n+16))
				sdim, info := impl.Dgges(lapack.SchurOrig, lapack.SchurOrig, s, n, a, lda, b, ldb, ar, ai, be, q, ldq, z, ldq, w, len(w))
				if info != 0 && info != n+2 {
					t.Fatalf("n=%d: Dgges info %d", n, info)
				}
				return a, b, ar, ai, be, q, z, sdim
			}
			a, b, ar, ai, be, q, z, _ := gges(SortNone)
			sel := make([]bool, n)
			for i := range sel {
				sel[i] = drvGenSelect(sort, complex(ar[i], ai[i]), complex(be[i], 0))
			}
			name := fmt.Sprintf("n=%d,%c", n, sort)
			work := make([]float64, 1)
			mq, _ := impl.Dtgsen(true, true, sel, n, a, lda, nil, ldb, nil, nil, nil, nil, ldq, nil, ldq, work, -1)
			if want := max(1, 4*n+16); n > 0 && int(work[0]) < want {
				t.Errorf("%s: query answered %g < %d", name, work[0], want)
			}
			work = make([]float64, max(1, int(work[0])))
			var m int
			var ok bool
			checkNoDiagnostics(t, func() {
				m, ok = impl.Dtgsen(true, true, sel, n, a, lda, b, ldb, ar, ai, be, q, ldq, z, ldq, work, len(work))
			})
			if !ok {
				t.Fatalf("%s: reordering failed", name)
			}
			if m != mq {
				t.Errorf("%s: m = %d, query said %d", name, m, mq)
			}
			if n == 0 {
				continue
			}
			now := make([]bool, n)
			for i := range now {
				now[i] = drvGenSelect(sort, complex(ar[i], ai[i]), complex(be[i], 0))
			}
			for i := 0; i+1 < n; i++ {
				if ai[i] > 0 {
					now[i] = now[i] || now[i+1]
					now[i+1] = now[i]
					i++
				}
			}
			drvCheckSorted(t, name, now, m)
			s, tt := drvMatOf(a, n, n, lda), drvMatOf(b, n, n, ldb)
			for i := 0; i < n; i++ {
				for j := 0; j < i; j++ {
					if tt.at(i, j) != 0 || (j < i-1 && s.at(i, j) != 0) {
						t.Fatalf("%s: not in generalized Schur form at (%d,%d)", name, i, j)
					}
				}
			}
			qm, zm := drvMatOf(q, n, n, ldq), drvMatOf(z, n, n, ldq)
			fa, fb := drvMatOf(a0, n, n, lda), drvMatOf(b0, n, n, ldb)
			if e := max(drvOrthoCheck(qm), drvOrthoCheck(zm)); e > 1e-13*float64(n) {
				t.Errorf("%s: Q or Z not orthogonal (%g)", name, e)
			}
			if e := qm.mul(s).mul(zm.T()).sub(fa).maxAbs(); e > 1e-13*float64(n) {
				t.Errorf("%s: Q S Zᵀ - A = %g", name, e)
			}
			if e := qm.mul(tt).mul(zm.T()).sub(fb).maxAbs(); e > 1e-13*float64(n) {
				t.Errorf("%s: Q T Zᵀ - B = %g", name, e)
			}
			// Dgges's sort does the same.
			a2, b2, _, _, _, q2, z2, sdim := gges(sort)
			if sdim != m {
				t.Errorf("%s: m = %d, Dgges sdim %d", name, m, sdim)
			}
			if e := s.sub(drvMatOf(a2, n, n, lda)).maxAbs() + tt.sub(drvMatOf(b2, n, n, ldb)).maxAbs() +
				qm.sub(drvMatOf(q2, n, n, ldq)).maxAbs() + zm.sub(drvMatOf(z2, n, n, ldq)).maxAbs(); e > 1e-12*float64(n) {
				t.Errorf("%s: differs from Dgges's sorted form by %g", name, e)
			}
		}
	}
}

// TestDriverZtgsen is TestDriverDtgsen for Ztgsen and Zgges.
func TestDriverZtgsen(t *testing.T) {
	rnd := drvNewRand(212)
	impl := Implementation{}
	for _, n := range []int{0, 1, 2, 5, 12} {
		for _, sort := range drvSorts[1:] {
			lda, ldb, ldq := n+1, n+2, n+3
			a0, b0 := zdrvGe(rnd, n, n, lda), zdrvGe(rnd, n, n, ldb)
			gges := func(s SchurSort) (a, b, al, be, q, z []complex128, sdim int) {
				a, b = append([]complex128(nil), a0...), append([]complex128(nil), b0...)
				al, be = make([]complex128, n), make([]complex128, n)
				q, z = make([]complex128, n*ldq), make([]complex128, n*ldq)
				w := make([]complex128, max(1, 2*n))
				sdim, info := impl.Zgges(lapack.SchurOrig, lapack.SchurOrig, s, n, a, lda, b, ldb, al, be, q, ldq, z, ldq, w, len(w), make([]float64, 8*n))
				if info != 0 && info != n+2 {
					t.Fatalf("n=%d: Zgges info %d", n, info)
				}
				return a, b, al, be, q, z, sdim
			}
			a, b, al, be, q, z, _ := gges(SortNone)
			sel := make([]bool, n)
			for i := range sel {
				sel[i] = drvGenSelect(sort, al[i], be[i])
			}
			name := fmt.Sprintf("n=%d,%c", n, sort)
			work := make([]complex128, 1)
			mq, _ := impl.Ztgsen(true, true, sel, n, nil, lda, nil, ldb, nil, nil, nil, ldq, nil, ldq, work, -1)
			work = make([]complex128, max(1, int(real(work[0]))))
			var m int
			var ok bool
			checkNoDiagnostics(t, func() {
				m, ok = impl.Ztgsen(true, true, sel, n, a, lda, b, ldb, al, be, q, ldq, z, ldq, work, len(work))
			})
			if !ok {
				t.Fatalf("%s: reordering failed", name)
			}
			if m != mq {
				t.Errorf("%s: m = %d, query said %d", name, m, mq)
			}
			if n == 0 {
				continue
			}
			now := make([]bool, n)
			for i := range now {
				now[i] = drvGenSelect(sort, al[i], be[i])
			}
			drvCheckSorted(t, name, now, m)
			s, tt := zdrvMatOf(a, n, n, lda), zdrvMatOf(b, n, n, ldb)
			qm, zm := zdrvMatOf(q, n, n, ldq), zdrvMatOf(z, n, n, ldq)
			fa, fb := zdrvMatOf(a0, n, n, lda), zdrvMatOf(b0, n, n, ldb)
			for i := 0; i < n; i++ {
				for j := 0; j < i; j++ {
					if s.at(i, j) != 0 || tt.at(i, j) != 0 {
						t.Fatalf("%s: not triangular at (%d,%d)", name, i, j)
					}
				}
			}
			if e := qm.mul(s).mul(zm.H()).sub(fa).maxAbs(); e > 1e-13*float64(n) {
				t.Errorf("%s: Q S Zᴴ - A = %g", name, e)
			}
			if e := qm.mul(tt).mul(zm.H()).sub(fb).maxAbs(); e > 1e-13*float64(n) {
				t.Errorf("%s: Q T Zᴴ - B = %g", name, e)
			}
			a2, b2, _, _, q2, z2, sdim := gges(sort)
			if sdim != m {
				t.Errorf("%s: m = %d, Zgges sdim %d", name, m, sdim)
			}
			if e := s.sub(zdrvMatOf(a2, n, n, lda)).maxAbs() + tt.sub(zdrvMatOf(b2, n, n, ldb)).maxAbs() +
				qm.sub(zdrvMatOf(q2, n, n, ldq)).maxAbs() + zm.sub(zdrvMatOf(z2, n, n, ldq)).maxAbs(); e > 1e-12*float64(n) {
				t.Errorf("%s: differs from Zgges's sorted form by %g", name, e)
			}
		}
	}
}

// TestDriverTgsenPanics checks Dtgsen's and Ztgsen's argument panics.
func TestDriverTgsenPanics(t *testing.T) {
	impl := Implementation{}
	f := make([]float64, 9)
	z := make([]complex128, 9)
	sel := make([]bool, 3)
	w := make([]float64, 28)
	zw := make([]complex128, 4)
	for _, c := range []struct {
		name, msg string
		f         func()
	}{
		{"Dtgsen n", nLT0, func() { impl.Dtgsen(true, true, nil, -1, f, 3, f, 3, f, f, f, f, 3, f, 3, w, 28) }},
		{"Dtgsen lda", badLdA, func() { impl.Dtgsen(true, true, sel, 3, f, 2, f, 3, f, f, f, f, 3, f, 3, w, 28) }},
		{"Dtgsen ldb", badLdB, func() { impl.Dtgsen(true, true, sel, 3, f, 3, f, 2, f, f, f, f, 3, f, 3, w, 28) }},
		{"Dtgsen ldq", badLdQ, func() { impl.Dtgsen(true, true, sel, 3, f, 3, f, 3, f, f, f, f, 2, f, 3, w, 28) }},
		{"Dtgsen ldz", badLdZ, func() { impl.Dtgsen(true, true, sel, 3, f, 3, f, 3, f, f, f, f, 3, f, 0, w, 28) }},
		{"Dtgsen selected", badLenSelected, func() { impl.Dtgsen(true, true, sel[:2], 3, f, 3, f, 3, f, f, f, f, 3, f, 3, w, 28) }},
		{"Dtgsen lwork", badLWork, func() { impl.Dtgsen(true, true, sel, 3, f, 3, f, 3, f, f, f, f, 3, f, 3, w, 27) }},
		{"Dtgsen work", shortWork, func() { impl.Dtgsen(true, true, sel, 3, f, 3, f, 3, f, f, f, f, 3, f, 3, w[:20], 28) }},
		{"Dtgsen a", shortA, func() { impl.Dtgsen(true, true, sel, 3, f[:8], 3, f, 3, f, f, f, f, 3, f, 3, w, 28) }},
		{"Dtgsen q", shortQ, func() { impl.Dtgsen(true, true, sel, 3, f, 3, f, 3, f, f, f, f[:8], 3, f, 3, w, 28) }},
		{"Dtgsen beta", drvShortBeta, func() { impl.Dtgsen(true, true, sel, 3, f, 3, f, 3, f, f, f[:2], f, 3, f, 3, w, 28) }},
		{"Ztgsen n", nLT0, func() { impl.Ztgsen(true, true, nil, -1, z, 3, z, 3, z, z, z, 3, z, 3, zw, 4) }},
		{"Ztgsen ldz", badLdZ, func() { impl.Ztgsen(true, true, sel, 3, z, 3, z, 3, z, z, z, 3, z, 2, zw, 4) }},
		{"Ztgsen lwork", badLWork, func() { impl.Ztgsen(true, true, sel, 3, z, 3, z, 3, z, z, z, 3, z, 3, zw, 0) }},
		{"Ztgsen b", shortB, func() { impl.Ztgsen(true, true, sel, 3, z, 3, z[:8], 3, z, z, z, 3, z, 3, zw, 4) }},
		{"Ztgsen alpha", drvShortAlpha, func() { impl.Ztgsen(true, true, sel, 3, z, 3, z, 3, z[:2], z, z, 3, z, 3, zw, 4) }},
	} {
		drvPanics(t, c.name, c.msg, c.f)
	}
	// Unwanted Q and Z are not referenced; their leading dimensions may be 1.
	a := []float64{1, 2, 0, 3}
	b := []float64{1, 0, 0, 1}
	ar, ai, be := make([]float64, 2), make([]float64, 2), make([]float64, 2)
	if m, ok := impl.Dtgsen(false, false, []bool{false, true}, 2, a, 2, b, 2, ar, ai, be, nil, 1, nil, 1, w, 28); !ok || m != 1 || ar[0] != 3 {
		t.Errorf("Dtgsen without Q, Z: m=%d ok=%v alphar=%v", m, ok, ar)
	}
}
