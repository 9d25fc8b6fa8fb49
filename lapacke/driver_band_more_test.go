package lapacke

import (
	"testing"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/lapack"
)

// sbevRandom returns a random symmetric band matrix of order n with kd
// off-diagonals, both as a dense row-major matrix and in gonum's band
// format for ul (ldab = kd+1).
func sbevRandom(seed uint64, n, kd int, ul blas.Uplo) (full, ab []float64) {
	rnd := drvNewRand(seed)
	full = make([]float64, n*n)
	for i := 0; i < n; i++ {
		for j := i; j < min(n, i+kd+1); j++ {
			v := 2*rnd.Float64() - 1
			full[i*n+j], full[j*n+i] = v, v
		}
	}
	ld := kd + 1
	ab = make([]float64, n*ld)
	for i := 0; i < n; i++ {
		for j := max(0, i-kd); j < min(n, i+kd+1); j++ {
			switch {
			case ul == blas.Upper && j >= i:
				ab[i*ld+j-i] = full[i*n+j]
			case ul == blas.Lower && j <= i:
				ab[i*ld+kd+j-i] = full[i*n+j]
			}
		}
	}
	return full, ab
}

// TestDriverSbevdSbevx checks the band eigensolvers against the dense
// matrix (eigenpairs) and against Dsyevd (eigenvalues), for both triangles.
func TestDriverSbevdSbevx(t *testing.T) {
	impl := Implementation{}
	for _, n := range []int{0, 1, 2, 8, 15} {
		for _, kd := range []int{0, 1, 3} {
			for _, ul := range []blas.Uplo{blas.Upper, blas.Lower} {
				full, ab := sbevRandom(uint64(100*n+kd), n, kd, ul)
				want := make([]float64, n)
				dense := append([]float64(nil), full...)
				lw, liw := drvEvdSizes(false, n)
				impl.Dsyevd(lapack.EVNone, blas.Upper, n, dense, max(1, n), want, make([]float64, lw), lw, make([]int, liw), liw)

				// Dsbevd, both jobs, with the workspace query.
				work, iwork := make([]float64, 1), make([]int, 1)
				impl.Dsbevd(lapack.EVCompute, ul, n, kd, nil, kd+1, nil, nil, max(1, n), work, -1, iwork, -1)
				lw, liw = int(work[0]), iwork[0]
				if wl, wil := sbevdSizes(true, n); lw != wl || liw != wil {
					t.Errorf("n=%d: query %d %d, want %d %d", n, lw, liw, wl, wil)
				}
				w := make([]float64, n)
				z := make([]float64, n*n)
				abc := append([]float64(nil), ab...)
				if !impl.Dsbevd(lapack.EVCompute, ul, n, kd, abc, kd+1, w, z, max(1, n), make([]float64, lw), lw, make([]int, liw), liw) {
					t.Fatalf("n=%d kd=%d: Dsbevd failed", n, kd)
				}
				tdgSameValues(t, "Dsbevd", w, want)
				tdgCheckPairs(t, "Dsbevd", full, n, w, z, max(1, n), n)
				abc = append([]float64(nil), ab...)
				lw, liw = sbevdSizes(false, n)
				if !impl.Dsbevd(lapack.EVNone, ul, n, kd, abc, kd+1, w, nil, 1, make([]float64, lw), lw, make([]int, liw), liw) {
					t.Fatalf("n=%d kd=%d: Dsbevd N failed", n, kd)
				}
				tdgSameValues(t, "Dsbevd N", w, want)

				// Dsbevx over the three ranges.
				iu := min(2, n-1)
				for _, c := range []struct {
					rng    EVRange
					vl, vu float64
					il, iu int
					want   []float64
				}{
					{RangeAll, 0, 0, 0, 0, want},
					{RangeIndex, 0, 0, 0, iu, want[:iu+1]},
					{RangeValue, -0.4, 0.9, 0, 0, tdgInRange(want, -0.4, 0.9)},
				} {
					nc := n
					if c.rng == RangeIndex {
						nc = c.iu - c.il + 1
					}
					abc = append([]float64(nil), ab...)
					q := make([]float64, n*n)
					z := make([]float64, n*max(1, nc))
					ifail := make([]int, n)
					m, ok := impl.Dsbevx(lapack.EVCompute, c.rng, ul, n, kd, abc, kd+1, q, max(1, n), c.vl, c.vu, c.il, c.iu, 0, w, z, max(1, nc), make([]float64, 7*n), make([]int, 5*n), ifail)
					if !ok {
						t.Fatalf("n=%d kd=%d %c: Dsbevx failed %v", n, kd, c.rng, ifail)
					}
					tdgSameValues(t, "Dsbevx", w[:m], c.want)
					tdgCheckPairs(t, "Dsbevx", full, n, w, z, max(1, nc), m)
				}
			}
		}
	}
}

// TestDriverBandMorePanics checks the panics on invalid arguments.
func TestDriverBandMorePanics(t *testing.T) {
	impl := Implementation{}
	f := make([]float64, 400)
	iw := make([]int, 400)
	V, N := lapack.EVCompute, lapack.EVNone
	U := blas.Upper
	for _, c := range []struct {
		name, msg string
		f         func()
	}{
		{"Dsbevd jobz", badEVJob, func() { impl.Dsbevd('X', U, 3, 1, f, 2, f, f, 3, f, 100, iw, 100) }},
		{"Dsbevd uplo", badUplo, func() { impl.Dsbevd(V, 'X', 3, 1, f, 2, f, f, 3, f, 100, iw, 100) }},
		{"Dsbevd n", nLT0, func() { impl.Dsbevd(V, U, -1, 1, f, 2, f, f, 3, f, 100, iw, 100) }},
		{"Dsbevd kd", kdLT0, func() { impl.Dsbevd(V, U, 3, -1, f, 2, f, f, 3, f, 100, iw, 100) }},
		{"Dsbevd ldab", badLdA, func() { impl.Dsbevd(V, U, 3, 1, f, 1, f, f, 3, f, 100, iw, 100) }},
		{"Dsbevd ldz", badLdZ, func() { impl.Dsbevd(V, U, 3, 1, f, 2, f, f, 2, f, 100, iw, 100) }},
		{"Dsbevd lwork", badLWork, func() { impl.Dsbevd(V, U, 3, 1, f, 2, f, f, 3, f, 33, iw, 100) }},
		{"Dsbevd lwork N", badLWork, func() { impl.Dsbevd(N, U, 3, 1, f, 2, f, f, 3, f, 5, iw, 100) }},
		{"Dsbevd liwork", drvBadLIWork, func() { impl.Dsbevd(V, U, 3, 1, f, 2, f, f, 3, f, 34, iw, 17) }},
		{"Dsbevd ab", shortAB, func() { impl.Dsbevd(V, U, 3, 1, f[:5], 2, f, f, 3, f, 34, iw, 18) }},
		{"Dsbevd w", shortW, func() { impl.Dsbevd(V, U, 3, 1, f, 2, f[:2], f, 3, f, 34, iw, 18) }},
		{"Dsbevd z", shortZ, func() { impl.Dsbevd(V, U, 3, 1, f, 2, f, f[:8], 3, f, 34, iw, 18) }},

		{"Dsbevx range", drvBadEVRange, func() { impl.Dsbevx(V, 'X', U, 3, 1, f, 2, f, 3, 0, 0, 0, 0, 0, f, f, 3, f, iw, iw) }},
		{"Dsbevx vlvu", drvBadVlVu, func() { impl.Dsbevx(V, RangeValue, U, 3, 1, f, 2, f, 3, 1, 0, 0, 0, 0, f, f, 3, f, iw, iw) }},
		{"Dsbevx iu", drvBadIu, func() { impl.Dsbevx(V, RangeIndex, U, 3, 1, f, 2, f, 3, 0, 0, 0, 3, 0, f, f, 3, f, iw, iw) }},
		{"Dsbevx ldq", badLdQ, func() { impl.Dsbevx(V, RangeAll, U, 3, 1, f, 2, f, 2, 0, 0, 0, 0, 0, f, f, 3, f, iw, iw) }},
		{"Dsbevx ldz", badLdZ, func() { impl.Dsbevx(V, RangeIndex, U, 3, 1, f, 2, f, 3, 0, 0, 0, 1, 0, f, f, 1, f, iw, iw) }},
		{"Dsbevx q", shortQ, func() { impl.Dsbevx(V, RangeAll, U, 3, 1, f, 2, f[:8], 3, 0, 0, 0, 0, 0, f, f, 3, f, iw, iw) }},
		{"Dsbevx ifail", tdgShortIfail, func() { impl.Dsbevx(V, RangeAll, U, 3, 1, f, 2, f, 3, 0, 0, 0, 0, 0, f, f, 3, f, iw, iw[:2]) }},
		{"Dsbevx work", shortWork, func() { impl.Dsbevx(N, RangeAll, U, 3, 1, f, 2, f, 1, 0, 0, 0, 0, 0, f, f, 1, f[:20], iw, iw) }},
		{"Dsbevx iwork", shortIWork, func() { impl.Dsbevx(N, RangeAll, U, 3, 1, f, 2, f, 1, 0, 0, 0, 0, 0, f, f, 1, f, iw[:14], iw) }},
	} {
		drvPanics(t, c.name, c.msg, c.f)
	}
}

// TestDriverSbevKdAboveN checks the band eigensolvers on bands wider than
// the matrix with entries that make LAPACK scale (around 1e200 and 1e-200):
// without sbevClampKd, LAPACK's DLASCL rejects kd > n-1 and the driver
// returns a negative info.
func TestDriverSbevKdAboveN(t *testing.T) {
	impl := Implementation{}
	for _, scale := range []float64{1e200, 1e-200, 1} {
		for _, ul := range []blas.Uplo{blas.Upper, blas.Lower} {
			n, kd := 3, 5
			full, ab := sbevRandom(7, n, kd, ul)
			for i := range full {
				full[i] *= scale
			}
			for i := range ab {
				ab[i] *= scale
			}
			want := make([]float64, n)
			lw, liw := drvEvdSizes(false, n)
			impl.Dsyevd(lapack.EVNone, blas.Upper, n, append([]float64(nil), full...), n, want, make([]float64, lw), lw, make([]int, liw), liw)
			w := make([]float64, n)
			z := make([]float64, n*n)
			lw, liw = sbevdSizes(true, n)
			if !impl.Dsbevd(lapack.EVCompute, ul, n, kd, append([]float64(nil), ab...), kd+1, w, z, n, make([]float64, lw), lw, make([]int, liw), liw) {
				t.Fatalf("scale %g: Dsbevd failed", scale)
			}
			for i := range w {
				if d := (w[i] - want[i]) / scale; d > 1e-14 || d < -1e-14 {
					t.Errorf("scale %g %c: Dsbevd w[%d] = %g, want %g", scale, ul, i, w[i], want[i])
				}
			}
			m, ok := impl.Dsbevx(lapack.EVCompute, RangeIndex, ul, n, kd, append([]float64(nil), ab...), kd+1, make([]float64, n*n), n, 0, 0, 0, n-1, 0, w, z, n, make([]float64, 7*n), make([]int, 5*n), make([]int, n))
			if !ok || m != n {
				t.Fatalf("scale %g: Dsbevx m=%d ok=%v", scale, m, ok)
			}
			for i := range w {
				if d := (w[i] - want[i]) / scale; d > 1e-14 || d < -1e-14 {
					t.Errorf("scale %g %c: Dsbevx w[%d] = %g, want %g", scale, ul, i, w[i], want[i])
				}
			}
		}
	}
}
