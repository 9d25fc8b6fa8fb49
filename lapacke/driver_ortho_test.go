package lapacke

import (
	"fmt"
	"slices"
	"testing"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/lapack/gonum"
	"gonum.org/v1/gonum/lapack/testlapack"
)

// drvRQ runs gonum's RQ suites on Dorgrq and Dormrq: their unblocked
// Dorgr2 and Dormr2 are answered by the blocked routines with minimal
// workspace, and the RQ factorization comes from gonum's pure-Go Dgerqf so
// that the test does not depend on another LAPACKE wrapper.
type drvRQ struct{ impl Implementation }

func (drvRQ) Dgerqf(m, n int, a []float64, lda int, tau, work []float64, lwork int) {
	gonum.Implementation{}.Dgerqf(m, n, a, lda, tau, work, lwork)
}

func (r drvRQ) Dorgr2(m, n, k int, a []float64, lda int, tau, work []float64) {
	w := make([]float64, max(1, m))
	r.impl.Dorgrq(m, n, k, a, lda, tau, w, len(w))
}

func (r drvRQ) Dormr2(side blas.Side, trans blas.Transpose, m, n, k int, a []float64, lda int, tau, c []float64, ldc int, work []float64) {
	nw := n
	if side == blas.Right {
		nw = m
	}
	w := make([]float64, max(1, nw))
	r.impl.Dormrq(side, trans, m, n, k, a, lda, tau, c, ldc, w, len(w))
}

func TestDriverDorgrqGonum(t *testing.T) { testlapack.Dorgr2Test(t, drvRQ{}) }
func TestDriverDormrqGonum(t *testing.T) { testlapack.Dormr2Test(t, drvRQ{}) }

// TestDriverDorgrqDormrqLWork compares the blocked routines, at minimal,
// intermediate and optimal workspace, with gonum's unblocked Dorgr2 and
// Dormr2 on sizes large enough for LAPACK's blocked code paths.
func TestDriverDorgrqDormrqLWork(t *testing.T) {
	rnd := drvNewRand(41)
	impl := Implementation{}
	g := gonum.Implementation{}
	for _, mn := range [][2]int{{0, 0}, {1, 3}, {5, 5}, {40, 90}, {90, 90}} {
		m, n := mn[0], mn[1]
		for _, k := range []int{0, m / 2, m} {
			lda := n + 3
			a := drvGe(rnd, m, n, lda)
			tau := make([]float64, m)
			w := make([]float64, max(1, m*64))
			g.Dgerqf(m, n, a, lda, tau, w, len(w))
			want := slices.Clone(a)
			if m > 0 {
				g.Dorgr2(m, n, k, want, lda, tau[m-k:], make([]float64, m))
			}
			work := make([]float64, 1)
			impl.Dorgrq(m, n, k, a, lda, tau[m-k:], work, -1)
			for _, lwork := range drvLWorks(max(1, m), int(work[0])) {
				got := slices.Clone(a)
				impl.Dorgrq(m, n, k, got, lda, tau[m-k:], make([]float64, lwork), lwork)
				name := fmt.Sprintf("Dorgrq m=%d,n=%d,k=%d,lwork=%d", m, n, k, lwork)
				drvCheckPad(t, name, got, m, n, lda)
				if e := drvMatOf(got, m, n, lda).sub(drvMatOf(want, m, n, lda)).maxAbs(); e > 1e-13 {
					t.Errorf("%s: differs from Dorgr2 by %g", name, e)
				}
			}
			// Apply the k reflectors from both sides to a random C.
			if k == 0 {
				continue
			}
			for _, side := range []blas.Side{blas.Left, blas.Right} {
				for _, trans := range []blas.Transpose{blas.NoTrans, blas.Trans} {
					mc, nc := n, 7
					if side == blas.Right {
						mc, nc = 6, n
					}
					ldc := nc + 1
					c := drvGe(rnd, mc, nc, ldc)
					wantC := slices.Clone(c)
					nw := nc
					if side == blas.Right {
						nw = mc
					}
					ar := a[(m-k)*lda:]
					g.Dormr2(side, trans, mc, nc, k, ar, lda, tau[m-k:], wantC, ldc, make([]float64, nw))
					impl.Dormrq(side, trans, mc, nc, k, ar, lda, tau[m-k:], c, ldc, work, -1)
					for _, lwork := range drvLWorks(max(1, nw), int(work[0])) {
						got := slices.Clone(c)
						a0 := slices.Clone(a)
						impl.Dormrq(side, trans, mc, nc, k, ar, lda, tau[m-k:], got, ldc, make([]float64, lwork), lwork)
						name := fmt.Sprintf("Dormrq %c%c m=%d,n=%d,k=%d,lwork=%d", side, trans, mc, nc, k, lwork)
						if !slices.Equal(a, a0) {
							t.Errorf("%s: a modified", name)
						}
						drvCheckPad(t, name, got, mc, nc, ldc)
						if e := drvMatOf(got, mc, nc, ldc).sub(drvMatOf(wantC, mc, nc, ldc)).maxAbs(); e > 1e-13 {
							t.Errorf("%s: differs from Dormr2 by %g", name, e)
						}
					}
				}
			}
		}
	}
}

func TestDriverOrthoPanics(t *testing.T) {
	impl := Implementation{}
	f := make([]float64, 100)
	for _, c := range []struct {
		name, msg string
		f         func()
	}{
		{"Dorgrq m", mLT0, func() { impl.Dorgrq(-1, 3, 1, f, 3, f[:1], f, 3) }},
		{"Dorgrq n<m", mGTN, func() { impl.Dorgrq(3, 2, 1, f, 3, f[:1], f, 3) }},
		{"Dorgrq k", kLT0, func() { impl.Dorgrq(2, 3, -1, f, 3, f[:1], f, 3) }},
		{"Dorgrq k>m", kGTM, func() { impl.Dorgrq(2, 3, 3, f, 3, f[:1], f, 3) }},
		{"Dorgrq lda", badLdA, func() { impl.Dorgrq(2, 3, 1, f, 2, f[:1], f, 3) }},
		{"Dorgrq lwork", badLWork, func() { impl.Dorgrq(2, 3, 1, f, 3, f[:1], f, 1) }},
		{"Dorgrq work", shortWork, func() { impl.Dorgrq(2, 3, 1, f, 3, f[:1], f[:2], 3) }},
		{"Dorgrq a", shortA, func() { impl.Dorgrq(2, 3, 1, f[:5], 3, f[:1], f, 3) }},
		{"Dorgrq tau", badLenTau, func() { impl.Dorgrq(2, 3, 1, f, 3, f[:2], f, 3) }},

		{"Dormrq side", badSide, func() { impl.Dormrq('X', blas.NoTrans, 3, 4, 2, f, 3, f, f, 4, f, 4) }},
		{"Dormrq trans", badTrans, func() { impl.Dormrq(blas.Left, blas.ConjTrans, 3, 4, 2, f, 3, f, f, 4, f, 4) }},
		{"Dormrq m", mLT0, func() { impl.Dormrq(blas.Left, blas.NoTrans, -1, 4, 2, f, 3, f, f, 4, f, 4) }},
		{"Dormrq n", nLT0, func() { impl.Dormrq(blas.Left, blas.NoTrans, 3, -1, 2, f, 3, f, f, 4, f, 4) }},
		{"Dormrq k", kLT0, func() { impl.Dormrq(blas.Left, blas.NoTrans, 3, 4, -1, f, 3, f, f, 4, f, 4) }},
		{"Dormrq k>m", kGTM, func() { impl.Dormrq(blas.Left, blas.NoTrans, 3, 4, 4, f, 3, f, f, 4, f, 4) }},
		{"Dormrq k>n", kGTN, func() { impl.Dormrq(blas.Right, blas.NoTrans, 4, 3, 4, f, 3, f, f, 3, f, 4) }},
		{"Dormrq lda", badLdA, func() { impl.Dormrq(blas.Left, blas.NoTrans, 3, 4, 2, f, 2, f, f, 4, f, 4) }},
		{"Dormrq lda right", badLdA, func() { impl.Dormrq(blas.Right, blas.NoTrans, 3, 4, 2, f, 3, f, f, 4, f, 4) }},
		{"Dormrq ldc", badLdC, func() { impl.Dormrq(blas.Left, blas.NoTrans, 3, 4, 2, f, 3, f, f, 3, f, 4) }},
		{"Dormrq lwork", badLWork, func() { impl.Dormrq(blas.Left, blas.NoTrans, 3, 4, 2, f, 3, f, f, 4, f, 3) }},
		{"Dormrq lwork right", badLWork, func() { impl.Dormrq(blas.Right, blas.NoTrans, 3, 4, 2, f, 4, f, f, 4, f, 2) }},
		{"Dormrq work", shortWork, func() { impl.Dormrq(blas.Left, blas.NoTrans, 3, 4, 2, f, 3, f, f, 4, f[:3], 4) }},
		{"Dormrq a", shortA, func() { impl.Dormrq(blas.Left, blas.NoTrans, 3, 4, 2, f[:5], 3, f, f, 4, f, 4) }},
		{"Dormrq tau", shortTau, func() { impl.Dormrq(blas.Left, blas.NoTrans, 3, 4, 2, f, 3, f[:1], f, 4, f, 4) }},
		{"Dormrq c", shortC, func() { impl.Dormrq(blas.Left, blas.NoTrans, 3, 4, 2, f, 3, f, f[:11], 4, f, 4) }},
	} {
		drvPanics(t, c.name, c.msg, c.f)
	}
}
