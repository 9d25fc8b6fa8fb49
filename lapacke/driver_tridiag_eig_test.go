package lapacke

import (
	"math"
	"sort"
	"testing"

	"gonum.org/v1/gonum/lapack"
)

// tdgFull returns the n×n row-major matrix of the symmetric tridiagonal
// (d, e).
func tdgFull(d, e []float64) []float64 {
	n := len(d)
	a := make([]float64, n*n)
	for i := 0; i < n; i++ {
		a[i*n+i] = d[i]
		if i+1 < n {
			a[i*n+i+1], a[(i+1)*n+i] = e[i], e[i]
		}
	}
	return a
}

// tdgCheckPairs checks m eigenpairs of the symmetric n×n row-major full:
// w ascending, ‖A Z − Z Λ‖ and ‖ZᵀZ − I‖ at rounding level. z is n×m with
// leading dimension ldz; nil z checks only the order of w.
func tdgCheckPairs(t *testing.T, name string, full []float64, n int, w []float64, z []float64, ldz, m int) {
	t.Helper()
	var anorm float64
	for _, v := range full {
		anorm = math.Max(anorm, math.Abs(v))
	}
	tol := 1e-13 * float64(max(n, 1)) * math.Max(anorm, 1)
	for i := 1; i < m; i++ {
		if w[i] < w[i-1] {
			t.Errorf("%s: eigenvalues not ascending at %d", name, i)
		}
	}
	if z == nil {
		return
	}
	for j := 0; j < m; j++ {
		for i := 0; i < n; i++ {
			var s float64
			for k := 0; k < n; k++ {
				s += full[i*n+k] * z[k*ldz+j]
			}
			if r := math.Abs(s - w[j]*z[i*ldz+j]); r > tol {
				t.Fatalf("%s: (A z - w z)[%d] of pair %d is %g", name, i, j, r)
			}
		}
		for k := 0; k < m; k++ {
			var s float64
			for i := 0; i < n; i++ {
				s += z[i*ldz+j] * z[i*ldz+k]
			}
			if k == j {
				s--
			}
			if math.Abs(s) > 1e-13*float64(max(n, 1)) {
				t.Fatalf("%s: (ZᵀZ - I)[%d,%d] = %g", name, j, k, s)
			}
		}
	}
}

// tdgRandom returns a random tridiagonal matrix of order n; split zeroes
// one off-diagonal element so that the matrix has two blocks.
func tdgRandom(seed uint64, n int, split bool) (d, e []float64) {
	rnd := drvNewRand(seed)
	d, e = make([]float64, n), make([]float64, max(0, n-1))
	for i := range d {
		d[i] = 2*rnd.Float64() - 1
	}
	for i := range e {
		e[i] = 2*rnd.Float64() - 1
	}
	if split && n > 3 {
		e[n/2] = 0
	}
	return d, e
}

// tdgSterf returns the eigenvalues of (d, e) from the existing Dsterf.
func tdgSterf(d, e []float64) []float64 {
	w := append([]float64(nil), d...)
	ec := append([]float64(nil), e...)
	Implementation{}.Dsterf(len(d), w, ec)
	return w
}

func tdgSameValues(t *testing.T, name string, got, want []float64) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: %d eigenvalues, want %d", name, len(got), len(want))
	}
	for i := range got {
		if math.Abs(got[i]-want[i]) > 1e-13*math.Max(1, math.Abs(want[i])) {
			t.Errorf("%s: w[%d] = %v, want %v", name, i, got[i], want[i])
		}
	}
}

// TestDriverStev checks Dstev's eigenpairs against the matrix and its
// eigenvalues against Dsterf.
func TestDriverStev(t *testing.T) {
	impl := Implementation{}
	for _, n := range []int{0, 1, 2, 7, 12} {
		d, e := tdgRandom(uint64(n)+1, n, true)
		full := tdgFull(d, e)
		want := tdgSterf(d, e)
		w := append([]float64(nil), d...)
		ec := append([]float64(nil), e...)
		z := make([]float64, n*n)
		if !impl.Dstev(lapack.EVCompute, n, w, ec, z, max(1, n), make([]float64, max(1, 2*n-2))) {
			t.Fatalf("n=%d: no convergence", n)
		}
		tdgSameValues(t, "Dstev", w, want)
		tdgCheckPairs(t, "Dstev", full, n, w, z, max(1, n), n)
		w2 := append([]float64(nil), d...)
		if !impl.Dstev(lapack.EVNone, n, w2, append([]float64(nil), e...), nil, 1, nil) {
			t.Fatalf("n=%d: no convergence without vectors", n)
		}
		tdgSameValues(t, "Dstev N", w2, want)
	}
}

// TestDriverStebzStein checks bisection in both orders, with all, value and
// index ranges, and inverse iteration on the block-ordered result.
func TestDriverStebzStein(t *testing.T) {
	impl := Implementation{}
	for _, n := range []int{1, 2, 9, 16} {
		d, e := tdgRandom(uint64(n)+10, n, true)
		full := tdgFull(d, e)
		want := tdgSterf(d, e)
		for _, c := range []struct {
			rng    EVRange
			vl, vu float64
			il, iu int
			want   []float64
		}{
			{RangeAll, 0, 0, 0, 0, want},
			{RangeIndex, 0, 0, n / 3, n - 1, want[n/3:]},
			{RangeValue, -0.5, 0.5, 0, 0, tdgInRange(want, -0.5, 0.5)},
		} {
			w := make([]float64, n)
			ib, is := make([]int, n), make([]int, n)
			m, ns, ok := impl.Dstebz(c.rng, OrderEntire, n, c.vl, c.vu, c.il, c.iu, 0, d, e, w, ib, is, make([]float64, 4*n), make([]int, 3*n))
			if !ok {
				t.Fatalf("n=%d %c: Dstebz failed", n, c.rng)
			}
			if n > 3 && ns != 2 {
				t.Errorf("n=%d: nsplit %d, want 2", n, ns)
			}
			// Bisection with abstol 0 gets eigenvalues to eps·‖T‖.
			for i := 0; i < m && i < len(c.want); i++ {
				if math.Abs(w[i]-c.want[i]) > 1e-14*float64(n)*4 {
					t.Errorf("n=%d %c: w[%d] = %v, want %v", n, c.rng, i, w[i], c.want[i])
				}
			}
			if m != len(c.want) {
				t.Fatalf("n=%d %c: m = %d, want %d", n, c.rng, m, len(c.want))
			}
			m, _, ok = impl.Dstebz(c.rng, OrderBlock, n, c.vl, c.vu, c.il, c.iu, 0, d, e, w, ib, is, make([]float64, 4*n), make([]int, 3*n))
			if !ok || m != len(c.want) {
				t.Fatalf("n=%d %c: block order m=%d ok=%v", n, c.rng, m, ok)
			}
			z := make([]float64, n*max(1, m))
			ifail := make([]int, m)
			if !impl.Dstein(n, d, e, m, w, ib, is, z, max(1, m), make([]float64, 5*n), make([]int, n), ifail) {
				t.Fatalf("n=%d: Dstein failed: %v", n, ifail)
			}
			for _, f := range ifail {
				if f != -1 {
					t.Errorf("ifail %v, want all -1", ifail)
					break
				}
			}
			// Block order is not ascending overall: check pairs one by one.
			for j := 0; j < m; j++ {
				col := make([]float64, n)
				for i := range col {
					col[i] = z[i*max(1, m)+j]
				}
				tdgCheckPairs(t, "Dstein", full, n, w[j:j+1], col, 1, 1)
			}
		}
	}
}

// tdgInRange returns the sorted values of w in (lo, hi].
func tdgInRange(w []float64, lo, hi float64) []float64 {
	var out []float64
	for _, v := range w {
		if lo < v && v <= hi {
			out = append(out, v)
		}
	}
	sort.Float64s(out)
	return out
}

// TestDriverStemr checks MRRR with and without vectors over the three
// ranges, and its workspace query.
func TestDriverStemr(t *testing.T) {
	impl := Implementation{}
	for _, n := range []int{0, 1, 2, 9, 20} {
		d, e := tdgRandom(uint64(n)+20, n, n == 9)
		full := tdgFull(d, e)
		want := tdgSterf(d, e)
		work, iwork := make([]float64, 1), make([]int, 1)
		impl.Dstemr(lapack.EVCompute, RangeAll, n, nil, nil, 0, 0, 0, n-1, nil, nil, max(1, n), nil, true, work, -1, iwork, -1)
		if int(work[0]) != max(1, 18*n) || iwork[0] != max(1, 10*n) {
			t.Errorf("n=%d: query %v %v", n, work[0], iwork[0])
		}
		lw, liw := int(work[0]), iwork[0]
		for _, c := range []struct {
			rng    EVRange
			vl, vu float64
			il, iu int
			want   []float64
		}{
			{RangeAll, 0, 0, 0, n - 1, want},
			{RangeIndex, 0, 0, 0, min(2, n-1), want[:min(3, n)]},
			{RangeValue, -0.3, 0.7, 0, 0, tdgInRange(want, -0.3, 0.7)},
		} {
			if n == 0 && c.rng == RangeIndex {
				c.iu = -1
			}
			for _, jobz := range []lapack.EVJob{lapack.EVCompute, lapack.EVNone} {
				dc := append([]float64(nil), d...)
				ec := make([]float64, n)
				copy(ec, e)
				w := make([]float64, n)
				nc := n
				if c.rng == RangeIndex {
					nc = c.iu - c.il + 1
				}
				z := make([]float64, n*max(1, nc))
				m, _, ok := impl.Dstemr(jobz, c.rng, n, dc, ec, c.vl, c.vu, c.il, c.iu, w, z, max(1, nc), make([]int, 2*max(1, nc)), true, make([]float64, lw), lw, make([]int, liw), liw)
				if !ok {
					t.Fatalf("n=%d %c: Dstemr failed", n, c.rng)
				}
				tdgSameValues(t, "Dstemr", w[:m], c.want)
				if jobz == lapack.EVCompute {
					tdgCheckPairs(t, "Dstemr", full, n, w, z, max(1, nc), m)
				}
			}
		}
	}
}

// TestDriverTridiagEigPanics checks the panics on invalid arguments.
func TestDriverTridiagEigPanics(t *testing.T) {
	impl := Implementation{}
	f := make([]float64, 400)
	iw := make([]int, 400)
	V := lapack.EVCompute
	one := []int{0, 0, 0}
	for _, c := range []struct {
		name, msg string
		f         func()
	}{
		{"Dstev jobz", badEVJob, func() { impl.Dstev('X', 3, f, f, f, 3, f) }},
		{"Dstev n", nLT0, func() { impl.Dstev(V, -1, f, f, f, 3, f) }},
		{"Dstev ldz", tdgBadLdZForStv, func() { impl.Dstev(V, 3, f, f, f, 2, f) }},
		{"Dstev d", shortD, func() { impl.Dstev(V, 3, f[:2], f, f, 3, f) }},
		{"Dstev e", shortE, func() { impl.Dstev(V, 3, f, f[:1], f, 3, f) }},
		{"Dstev z", shortZ, func() { impl.Dstev(V, 3, f, f, f[:8], 3, f) }},
		{"Dstev work", shortWork, func() { impl.Dstev(V, 3, f, f, f, 3, f[:3]) }},

		{"Dstebz order", tdgBadEVOrder, func() { impl.Dstebz(RangeAll, 'X', 3, 0, 0, 0, 0, 0, f, f, f, iw, iw, f, iw) }},
		{"Dstebz range", drvBadEVRange, func() { impl.Dstebz('X', OrderBlock, 3, 0, 0, 0, 0, 0, f, f, f, iw, iw, f, iw) }},
		{"Dstebz vlvu", drvBadVlVu, func() { impl.Dstebz(RangeValue, OrderBlock, 3, 1, 1, 0, 0, 0, f, f, f, iw, iw, f, iw) }},
		{"Dstebz vl NaN", drvBadVlVu, func() { impl.Dstebz(RangeValue, OrderBlock, 3, math.NaN(), 1, 0, 0, 0, f, f, f, iw, iw, f, iw) }},
		{"Dstebz il", drvBadIl, func() { impl.Dstebz(RangeIndex, OrderBlock, 3, 0, 0, -1, 1, 0, f, f, f, iw, iw, f, iw) }},
		{"Dstebz iu", drvBadIu, func() { impl.Dstebz(RangeIndex, OrderBlock, 3, 0, 0, 1, 3, 0, f, f, f, iw, iw, f, iw) }},
		{"Dstebz w", shortW, func() { impl.Dstebz(RangeAll, OrderBlock, 3, 0, 0, 0, 0, 0, f, f, f[:2], iw, iw, f, iw) }},
		{"Dstebz iblock", tdgShortIblock, func() { impl.Dstebz(RangeAll, OrderBlock, 3, 0, 0, 0, 0, 0, f, f, f, iw[:2], iw, f, iw) }},
		{"Dstebz work", shortWork, func() { impl.Dstebz(RangeAll, OrderBlock, 3, 0, 0, 0, 0, 0, f, f, f, iw, iw, f[:11], iw) }},
		{"Dstebz iwork", shortIWork, func() { impl.Dstebz(RangeAll, OrderBlock, 3, 0, 0, 0, 0, 0, f, f, f, iw, iw, f, iw[:8]) }},

		{"Dstein m", tdgMGTN, func() { impl.Dstein(3, f, f, 4, f, one, one, f, 4, f, iw, iw) }},
		{"Dstein ldz", badLdZ, func() { impl.Dstein(3, f, f, 3, f, one, one, f, 2, f, iw, iw) }},
		{"Dstein work", shortWork, func() { impl.Dstein(3, f, f, 3, f, one, []int{2}, f, 3, f[:14], iw, iw) }},
		{"Dstein iblock", tdgBadIblock, func() { impl.Dstein(3, f, f, 3, f, []int{0, 5, 5}, []int{2}, f, 3, f, iw, iw) }},
		{"Dstein isplit", tdgBadIsplit, func() { impl.Dstein(3, f, f, 3, f, one, []int{7}, f, 3, f, iw, iw) }},
		{"Dstein w order", tdgWNotSorted, func() { impl.Dstein(3, f, f, 2, []float64{1, 0}, one, []int{2}, f, 3, f, iw, iw) }},

		{"Dstemr jobz", badEVJob, func() { impl.Dstemr('X', RangeAll, 3, f, f, 0, 0, 0, 0, f, f, 3, iw, true, f, 54, iw, 30) }},
		{"Dstemr ldz", badLdZ, func() { impl.Dstemr(V, RangeAll, 3, f, f, 0, 0, 0, 0, f, f, 2, iw, true, f, 54, iw, 30) }},
		{"Dstemr lwork", badLWork, func() { impl.Dstemr(V, RangeAll, 3, f, f, 0, 0, 0, 0, f, f, 3, iw, true, f, 53, iw, 30) }},
		{"Dstemr liwork", drvBadLIWork, func() { impl.Dstemr(V, RangeAll, 3, f, f, 0, 0, 0, 0, f, f, 3, iw, true, f, 54, iw, 29) }},
		{"Dstemr e", shortE, func() { impl.Dstemr(V, RangeAll, 3, f, f[:2], 0, 0, 0, 0, f, f, 3, iw, true, f, 54, iw, 30) }},
		{"Dstemr isuppz", drvShortIsuppz, func() { impl.Dstemr(V, RangeAll, 3, f, f, 0, 0, 0, 0, f, f, 3, iw[:5], true, f, 54, iw, 30) }},
	} {
		drvPanics(t, c.name, c.msg, c.f)
	}
}
