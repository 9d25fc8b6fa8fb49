package lapacke

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/lapack"
	"gonum.org/v1/gonum/lapack/gonum"
)

// lworkCase computes one routine's outputs with the given workspace.
type lworkCase struct {
	name    string
	minWork int
	// run calls the routine on fresh copies of its inputs and returns the
	// outputs to compare. lwork == -1 is a query; run then returns nil.
	run func(impl full, work []float64, lwork int) []float64
	tol float64
}

// floatsOf converts ints for comparison alongside float outputs.
func floatsOf(s []int) []float64 {
	f := make([]float64, len(s))
	for i, v := range s {
		f[i] = float64(v)
	}
	return f
}

func lworkCases() []lworkCase {
	rnd := rand.New(rand.NewPCG(7, 9))
	const m, n, ld = 300, 200, 211 // m, n > LAPACK's crossover (128) to the blocked code
	g := gonum.Implementation{}

	aGen := randMat(rnd, m, n, ld)
	aWide := randMat(rnd, n, m, m+3)
	aSq := randMat(rnd, n, n, ld)
	aSym := symMat(rnd, n, ld)
	bRHS := randMat(rnd, m, 5, 7)

	// Factorizations (by gonum) that the orthogonal-matrix routines consume.
	qr := slices.Clone(aGen)
	tauQR := make([]float64, n)
	{
		work := make([]float64, 1)
		g.Dgeqrf(m, n, qr, ld, tauQR, work, -1)
		work = make([]float64, int(work[0]))
		g.Dgeqrf(m, n, qr, ld, tauQR, work, len(work))
	}
	lq := slices.Clone(aWide)
	tauLQ := make([]float64, n)
	{
		work := make([]float64, 1)
		g.Dgelqf(n, m, lq, m+3, tauLQ, work, -1)
		work = make([]float64, int(work[0]))
		g.Dgelqf(n, m, lq, m+3, tauLQ, work, len(work))
	}
	lu := slices.Clone(aSq)
	ipiv := make([]int, n)
	g.Dgetrf(n, n, lu, ld, ipiv)
	hess := slices.Clone(aSq)
	tauH := make([]float64, n-1)
	{
		work := make([]float64, 1)
		g.Dgehrd(n, 0, n-1, hess, ld, tauH, work, -1)
		work = make([]float64, int(work[0]))
		g.Dgehrd(n, 0, n-1, hess, ld, tauH, work, len(work))
	}

	tri := slices.Clone(aSym)
	tauT := make([]float64, n-1)
	{
		work := make([]float64, 1)
		d, e := make([]float64, n), make([]float64, n-1)
		g.Dsytrd(blas.Upper, n, tri, ld, d, e, tauT, work, -1)
		work = make([]float64, int(work[0]))
		g.Dsytrd(blas.Upper, n, tri, ld, d, e, tauT, work, len(work))
	}

	return []lworkCase{
		{"Dsytrd", 1, func(impl full, work []float64, lwork int) []float64 {
			a, d, e, tau := slices.Clone(aSym), make([]float64, n), make([]float64, n-1), make([]float64, n-1)
			impl.Dsytrd(blas.Upper, n, a, ld, d, e, tau, work, lwork)
			return slices.Concat(a, d, e, tau)
		}, 1e-10},
		{"Dorgtr", n - 1, func(impl full, work []float64, lwork int) []float64 {
			a := slices.Clone(tri)
			impl.Dorgtr(blas.Upper, n, a, ld, tauT, work, lwork)
			return a
		}, 1e-10},
		{"Dgeqrf", n, func(impl full, work []float64, lwork int) []float64 {
			a, tau := slices.Clone(aGen), make([]float64, n)
			impl.Dgeqrf(m, n, a, ld, tau, work, lwork)
			return slices.Concat(a, tau)
		}, 1e-10},
		{"Dgelqf", n, func(impl full, work []float64, lwork int) []float64 {
			a, tau := slices.Clone(aWide), make([]float64, n)
			impl.Dgelqf(n, m, a, m+3, tau, work, lwork)
			return slices.Concat(a, tau)
		}, 1e-10},
		{"Dgerqf", n, func(impl full, work []float64, lwork int) []float64 {
			a, tau := slices.Clone(aWide), make([]float64, n)
			impl.Dgerqf(n, m, a, m+3, tau, work, lwork)
			return slices.Concat(a, tau)
		}, 1e-10},
		{"Dgeqp3", 3*n + 1, func(impl full, work []float64, lwork int) []float64 {
			a, tau, jpvt := slices.Clone(aGen), make([]float64, n), make([]int, n)
			for i := range jpvt {
				jpvt[i] = -1
			}
			jpvt[5] = 0 // one leading column
			impl.Dgeqp3(m, n, a, ld, jpvt, tau, work, lwork)
			return slices.Concat(a, tau, floatsOf(jpvt))
		}, 1e-10},
		{"Dorgqr", n, func(impl full, work []float64, lwork int) []float64 {
			a := slices.Clone(qr)
			impl.Dorgqr(m, n, n-10, a, ld, tauQR[:n-10], work, lwork)
			return a
		}, 1e-10},
		{"Dorglq", n, func(impl full, work []float64, lwork int) []float64 {
			a := slices.Clone(lq)
			impl.Dorglq(n, m, n-10, a, m+3, tauLQ[:n-10], work, lwork)
			return a
		}, 1e-10},
		{"Dormqr", 5, func(impl full, work []float64, lwork int) []float64 {
			c := slices.Clone(bRHS)
			impl.Dormqr(blas.Left, blas.Trans, m, 5, n, qr, ld, tauQR, c, 7, work, lwork)
			return c
		}, 1e-10},
		{"Dormlq", m, func(impl full, work []float64, lwork int) []float64 {
			c := randMat(rand.New(rand.NewPCG(1, 2)), m, m, m)
			impl.Dormlq(blas.Right, blas.NoTrans, m, m, n, lq, m+3, tauLQ, c, m, work, lwork)
			return c
		}, 1e-10},
		{"Dgetri", n, func(impl full, work []float64, lwork int) []float64 {
			a := slices.Clone(lu)
			impl.Dgetri(n, a, ld, ipiv, work, lwork)
			return a
		}, 1e-8},
		{"Dgels", n + max(n, 5), func(impl full, work []float64, lwork int) []float64 {
			a, b := slices.Clone(aGen), slices.Clone(bRHS)
			impl.Dgels(blas.NoTrans, m, n, 5, a, ld, b, 7, work, lwork)
			return b[:n*7] // the solution rows
		}, 1e-10},
		{"Dgesvd", max(3*n+m, 5*n), func(impl full, work []float64, lwork int) []float64 {
			a, s := slices.Clone(aGen), make([]float64, n)
			impl.Dgesvd(lapack.SVDNone, lapack.SVDNone, m, n, a, ld, s, nil, 1, nil, 1, work, lwork)
			return s
		}, 1e-10},
		{"Dsyev", 3*n - 1, func(impl full, work []float64, lwork int) []float64 {
			a, w := slices.Clone(aSym), make([]float64, n)
			impl.Dsyev(lapack.EVNone, blas.Lower, n, a, ld, w, work, lwork)
			return w
		}, 1e-10},
		{"Dgeev", 4 * n, func(impl full, work []float64, lwork int) []float64 {
			a, wr, wi := slices.Clone(aSq), make([]float64, n), make([]float64, n)
			vr := make([]float64, n*n)
			first := impl.Dgeev(lapack.LeftEVNone, lapack.RightEVCompute, n, a, ld, wr, wi, nil, 1, vr, n, work, lwork)
			if lwork == -1 {
				return nil
			}
			if first != 0 {
				panic(fmt.Sprintf("Dgeev: %d eigenvalues did not converge", first))
			}
			return sortedEigenvalues(wr, wi)
		}, 1e-9},
		{"Dgehrd", n, func(impl full, work []float64, lwork int) []float64 {
			a, tau := slices.Clone(aSq), make([]float64, n-1)
			impl.Dgehrd(n, 0, n-1, a, ld, tau, work, lwork)
			return slices.Concat(a, tau)
		}, 1e-10},
		{"Dorghr", n - 1, func(impl full, work []float64, lwork int) []float64 {
			a := slices.Clone(hess)
			impl.Dorghr(n, 0, n-1, a, ld, tauH, work, lwork)
			return a
		}, 1e-10},
		{"Dggsvd3", ggsvd3MinWork(m, n, 50), func(impl full, work []float64, lwork int) []float64 {
			const p = 50
			a, b := slices.Clone(aGen), randMat(rand.New(rand.NewPCG(3, 4)), p, n, n)
			alpha, beta := make([]float64, n), make([]float64, n)
			k, l, _ := impl.Dggsvd3(lapack.GSVDNone, lapack.GSVDNone, lapack.GSVDNone, m, n, p, a, ld, b, n,
				alpha, beta, nil, 1, nil, 1, nil, 1, work, lwork, make([]int, n))
			if lwork == -1 {
				return nil
			}
			// The order of the pairs within C and S is not unique; compare
			// them sorted.
			return slices.Concat([]float64{float64(k), float64(l)}, sortedEigenvalues(alpha, beta))
		}, 1e-9},
	}
}

// TestLworkSweep runs every routine that takes a workspace with lwork equal
// to the documented minimum, LAPACK's optimum (from lwork == -1) and values
// in between, on inputs large enough for LAPACK's blocked code paths, and
// compares each result with gonum's pure-Go result computed with its own
// optimal workspace. testlapack sweeps lwork for only some routines; this
// covers all of them, including the query (lwork == -1 must report at least
// the minimum). Compared are the outputs that are unique mathematically
// (factors in LAPACK's sign convention, which gonum shares; eigen- and
// singular values; solutions), so the check is independent of blocking.
func TestLworkSweep(t *testing.T) {
	checkNoDiagnostics(t, func() {
		for _, c := range lworkCases() {
			// gonum's result with gonum's optimal workspace is the reference.
			gq := make([]float64, 1)
			c.run(gonum.Implementation{}, gq, -1)
			want := c.run(gonum.Implementation{}, make([]float64, int(gq[0])), int(gq[0]))

			q := make([]float64, 1)
			c.run(impl, q, -1)
			opt := int(q[0])
			if opt < c.minWork {
				t.Errorf("%s: workspace query returned %d, less than the minimum %d", c.name, opt, c.minWork)
				continue
			}
			for _, lwork := range []int{c.minWork, c.minWork + 1, (c.minWork + opt) / 2, opt, opt + 17} {
				work := make([]float64, lwork)
				for i := range work {
					work[i] = math.NaN() // work must be output-only scratch
				}
				got := c.run(impl, work, lwork)
				if len(got) != len(want) {
					t.Errorf("%s lwork=%d: %d outputs, want %d", c.name, lwork, len(got), len(want))
					continue
				}
				if i, diff := maxRelDiff(got, want); diff > c.tol {
					t.Errorf("%s lwork=%d (min %d, opt %d): output %d differs from gonum by %.3g (got %v, want %v)",
						c.name, lwork, c.minWork, opt, i, diff, got[i], want[i])
				}
			}
		}
	})
}
