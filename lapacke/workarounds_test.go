package lapacke

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"gonum.org/v1/gonum/lapack"
	"gonum.org/v1/gonum/lapack/gonum"
)

// Tests of the core's workarounds in workarounds.go (the drivers' are in
// driver_workaround_test.go and the drivers' own tests; workarounds.go names
// them all). The leading-dimension ones pass leading dimension 1 for an
// output that is not wanted, as gonum's callers do and as LAPACKE's
// row-major wrappers have rejected; a rejection prints "Wrong parameter"
// (caught by checkNoDiagnostics) and returns a negative info (turned into a
// panic by status). The results are compared with gonum's pure Go.

func TestWorkaroundDgesvdJobNoneLd1(t *testing.T) {
	rnd := rand.New(rand.NewPCG(1, 2))
	for _, c := range []struct {
		jobU, jobVT lapack.SVDJob
		m, n        int
	}{
		{lapack.SVDNone, lapack.SVDNone, 7, 4},
		{lapack.SVDNone, lapack.SVDNone, 4, 7},
		{lapack.SVDStore, lapack.SVDNone, 7, 4},
		{lapack.SVDNone, lapack.SVDStore, 4, 7},
	} {
		a := randMat(rnd, c.m, c.n, c.n)
		k := min(c.m, c.n)
		ldu, ldvt := 1, 1
		var u, vt []float64
		if c.jobU == lapack.SVDStore {
			ldu = k
			u = make([]float64, c.m*ldu)
		}
		if c.jobVT == lapack.SVDStore {
			ldvt = c.n
			vt = make([]float64, k*ldvt)
		}
		svd := func(impl full) []float64 {
			s := make([]float64, k)
			work := make([]float64, 1)
			impl.Dgesvd(c.jobU, c.jobVT, c.m, c.n, slices.Clone(a), c.n, s, nil, ldu, nil, ldvt, work, -1) // gonum slices a even in a query
			work = make([]float64, int(work[0]))
			impl.Dgesvd(c.jobU, c.jobVT, c.m, c.n, slices.Clone(a), c.n, s, slices.Clone(u), ldu, slices.Clone(vt), ldvt, work, len(work))
			return s
		}
		var got []float64
		checkNoDiagnostics(t, func() { got = svd(impl) })
		want := svd(gonum.Implementation{})
		if i, d := maxRelDiff(got, want); d > 1e-12 {
			t.Errorf("%c%c %d×%d: singular value %d differs from gonum by %g", c.jobU, c.jobVT, c.m, c.n, i, d)
		}
	}
}

func TestWorkaroundDgeevLdvl1(t *testing.T) {
	const n = 6
	rnd := rand.New(rand.NewPCG(3, 4))
	a := randMat(rnd, n, n, n)
	eig := func(impl full, jobvl lapack.LeftEVJob, jobvr lapack.RightEVJob) []float64 {
		wr, wi := make([]float64, n), make([]float64, n)
		ldvl, ldvr := 1, 1
		var vl, vr []float64
		if jobvl == lapack.LeftEVCompute {
			ldvl, vl = n, make([]float64, n*n)
		}
		if jobvr == lapack.RightEVCompute {
			ldvr, vr = n, make([]float64, n*n)
		}
		work := make([]float64, 4*n)
		if first := impl.Dgeev(jobvl, jobvr, n, slices.Clone(a), n, wr, wi, vl, ldvl, vr, ldvr, work, len(work)); first != 0 {
			t.Fatalf("Dgeev did not converge")
		}
		return sortedEigenvalues(wr, wi)
	}
	for _, jobs := range []struct {
		l lapack.LeftEVJob
		r lapack.RightEVJob
	}{{lapack.LeftEVNone, lapack.RightEVNone}, {lapack.LeftEVNone, lapack.RightEVCompute}, {lapack.LeftEVCompute, lapack.RightEVNone}} {
		var got []float64
		checkNoDiagnostics(t, func() { got = eig(impl, jobs.l, jobs.r) })
		want := eig(gonum.Implementation{}, jobs.l, jobs.r)
		if i, d := maxRelDiff(got, want); d > 1e-12 {
			t.Errorf("jobvl=%c jobvr=%c: eigenvalue component %d differs from gonum by %g", jobs.l, jobs.r, i, d)
		}
	}
}

func TestWorkaroundDggsvd3JobNoneLd1(t *testing.T) {
	const m, n, p = 6, 4, 5
	rnd := rand.New(rand.NewPCG(5, 6))
	a, b := randMat(rnd, m, n, n), randMat(rnd, p, n, n)
	gsvd := func(impl full) []float64 {
		alpha, beta := make([]float64, n), make([]float64, n)
		work := make([]float64, 1)
		impl.Dggsvd3(lapack.GSVDNone, lapack.GSVDNone, lapack.GSVDNone, m, n, p, nil, n, nil, n, alpha, beta, nil, 1, nil, 1, nil, 1, work, -1, make([]int, n))
		work = make([]float64, int(work[0]))
		k, l, ok := impl.Dggsvd3(lapack.GSVDNone, lapack.GSVDNone, lapack.GSVDNone, m, n, p, slices.Clone(a), n, slices.Clone(b), n,
			alpha, beta, nil, 1, nil, 1, nil, 1, work, len(work), make([]int, n))
		if !ok {
			t.Fatal("Dggsvd3 did not converge")
		}
		return slices.Concat([]float64{float64(k), float64(l)}, sortedEigenvalues(alpha, beta))
	}
	var got []float64
	checkNoDiagnostics(t, func() { got = gsvd(impl) })
	want := gsvd(gonum.Implementation{})
	if i, d := maxRelDiff(got, want); d > 1e-12 {
		t.Errorf("output %d differs from gonum by %g: got %v, want %v", i, d, got, want)
	}
}

// TestWorkaroundNoLarfb guards workaround 5: LAPACKE_dlarfb (wrong triangle
// in row-major before LAPACK 3.12) must not be called from this package.
func TestWorkaroundNoLarfb(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no Go files found in the package directory")
	}
	for _, f := range files {
		if f == "workarounds.go" || strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(string(src), "LAPACKE_dlarfb") || strings.Contains(string(src), "LAPACKE_slarfb") {
			t.Errorf("%s calls LAPACKE_?larfb, which is wrong in row-major order before LAPACK 3.12 (Reference-LAPACK/lapack#877)", f)
		}
	}
}

// TestWorkaroundGeqp3LeadingColumns guards workaround 6: with leading
// columns requested in jpvt, LAPACK 3.11's dgeqp3 writes up to two elements
// per leading column past lwork (Reference-LAPACK/lapack#342). work is the
// front of a longer buffer whose tail holds a sentinel that must survive.
// The defect needs dgeqp3's blocked code, which runs only when more free
// columns remain than the crossover (128), hence n = 300. zgeqp3 keeps its
// column norms in rwork and sizes its blocks correctly; it is checked the
// same way so that a library where it is not is noticed.
func TestWorkaroundGeqp3LeadingColumns(t *testing.T) {
	const m, n = 300, 300
	const nfxd = n / 3
	rnd := drvNewRand(342)
	lead := func() []int {
		jpvt := make([]int, n)
		for j := range jpvt {
			jpvt[j] = -1
			if j < nfxd {
				jpvt[j] = 0
			}
		}
		return jpvt
	}
	checkPivots := func(name string, jpvt []int) {
		t.Helper()
		seen := make([]bool, n)
		for _, p := range jpvt {
			if p < 0 || p >= n || seen[p] {
				t.Fatalf("%s: jpvt is not a permutation", name)
			}
			seen[p] = true
		}
		for j := 0; j < nfxd; j++ {
			if jpvt[j] >= nfxd {
				t.Errorf("%s: column %d of A*P is free column %d, want a leading one", name, j, jpvt[j])
				return
			}
		}
	}

	query := make([]float64, 1)
	impl.Dgeqp3(m, n, nil, n, nil, nil, query, -1)
	// The minimum (with which LAPACK takes blocks of 2), the minimum plus
	// the overrun (which the workaround can lower), and LAPACK's optimum.
	for _, lwork := range []int{3*n + 1, 3*n + 1 + 2*nfxd, int(query[0])} {
		name := fmt.Sprintf("Dgeqp3 lwork=%d", lwork)
		a := drvGe(rnd, m, n, n)
		orig := drvMatOf(a, m, n, n)
		jpvt, tau := lead(), make([]float64, n)
		w := drvTailed(lwork)
		checkNoDiagnostics(t, func() { impl.Dgeqp3(m, n, a, n, jpvt, tau, w[:lwork], lwork) })
		if !drvTailIntact(w, lwork) {
			t.Errorf("%s: dgeqp3 wrote past lwork", name)
		}
		if w[0] < 3*n+1 {
			t.Errorf("%s: work[0] = %g, want at least the minimum %d", name, w[0], 3*n+1)
		}
		checkPivots(name, jpvt)
		// A*P = Q*R.
		r := drvMat{m, n, make([]float64, m*n)}
		for i := 0; i < m; i++ {
			for j := i; j < n; j++ {
				r.d[i*n+j] = a[i*n+j]
			}
		}
		impl.Dorgqr(m, m, n, a, n, tau, make([]float64, m), m)
		ap := drvMat{m, n, make([]float64, m*n)}
		for i := 0; i < m; i++ {
			for j, p := range jpvt {
				ap.d[i*n+j] = orig.at(i, p)
			}
		}
		if e := drvMatOf(a, m, m, n).mul(r).sub(ap).maxAbs(); e > 1e-12*n {
			t.Errorf("%s: |Q*R - A*P| = %g", name, e)
		}
	}

	zquery := make([]complex128, 1)
	impl.Zgeqp3(m, n, nil, n, nil, nil, zquery, -1, nil)
	for _, lwork := range []int{n + 1, 2 * (n - nfxd + 1), 3 * (n - nfxd + 1), int(real(zquery[0]))} {
		name := fmt.Sprintf("Zgeqp3 lwork=%d", lwork)
		a := zdrvGe(rnd, m, n, n)
		jpvt, tau := lead(), make([]complex128, n)
		w := make([]complex128, lwork+drvTail)
		for i := lwork; i < len(w); i++ {
			w[i] = drvPadZ
		}
		checkNoDiagnostics(t, func() { impl.Zgeqp3(m, n, a, n, jpvt, tau, w[:lwork], lwork, make([]float64, 2*n)) })
		if slices.ContainsFunc(w[lwork:], func(v complex128) bool { return v != drvPadZ }) {
			t.Errorf("%s: zgeqp3 wrote past lwork", name)
		}
		checkPivots(name, jpvt)
	}
}
