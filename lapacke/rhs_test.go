package lapacke

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/lapack/gonum"
)

// TestRHSLayouts checks the routines that solve on the transposed view of A
// and transpose B into a column-major buffer (or, for one contiguous column,
// use it in place) against gonum's pure Go, for each way B can be laid out:
// a single column with ldb 1 (used in place), a single column with a larger
// stride, and several columns with padding, whose padding must survive.
func TestRHSLayouts(t *testing.T) {
	const n, kd = 9, 2
	rnd := rand.New(rand.NewPCG(31, 32))
	spd := symMat(rnd, n, n)
	for i := 0; i < n; i++ {
		spd[i*n+i] += 2 * n
	}
	chol := slices.Clone(spd)
	gonum.Implementation{}.Dpotrf(blas.Upper, n, chol, n)
	band := make([]float64, n*(kd+1)) // upper band storage of an SPD band matrix
	for i := 0; i < n; i++ {
		for j := 0; j <= kd; j++ {
			band[i*(kd+1)+j] = rnd.Float64()
		}
		band[i*(kd+1)] = 4 * kd
	}
	bandChol := slices.Clone(band)
	gonum.Implementation{}.Dpbtrf(blas.Upper, n, kd, bandChol, kd+1)
	dl, d, du := randMat(rnd, 1, n-1, n-1), randMat(rnd, 1, n, n), randMat(rnd, 1, n-1, n-1)
	for i := range d {
		d[i] += 4
	}
	pd, pe := slices.Clone(d), slices.Clone(du)
	for i := range pd {
		pd[i] = 4 + rnd.Float64()
	}
	ptd, pte := slices.Clone(pd), slices.Clone(pe)
	gonum.Implementation{}.Dpttrf(n, ptd, pte)

	type solver func(impl full, nrhs int, b []float64, ldb int)
	for _, s := range []struct {
		name  string
		solve solver
	}{
		{"Dpotrs", func(impl full, nrhs int, b []float64, ldb int) { impl.Dpotrs(blas.Upper, n, nrhs, chol, n, b, ldb) }},
		{"Dtrtrs", func(impl full, nrhs int, b []float64, ldb int) {
			impl.Dtrtrs(blas.Upper, blas.Trans, blas.NonUnit, n, nrhs, chol, n, b, ldb)
		}},
		{"Dpbtrs", func(impl full, nrhs int, b []float64, ldb int) {
			impl.Dpbtrs(blas.Upper, n, kd, nrhs, bandChol, kd+1, b, ldb)
		}},
		{"Dtbtrs", func(impl full, nrhs int, b []float64, ldb int) {
			impl.Dtbtrs(blas.Upper, blas.NoTrans, blas.NonUnit, n, kd, nrhs, bandChol, kd+1, b, ldb)
		}},
		{"Dgtsv", func(impl full, nrhs int, b []float64, ldb int) {
			impl.Dgtsv(n, nrhs, slices.Clone(dl), slices.Clone(d), slices.Clone(du), b, ldb)
		}},
		{"Dptsv", func(impl full, nrhs int, b []float64, ldb int) {
			impl.Dptsv(n, nrhs, slices.Clone(pd), slices.Clone(pe), b, ldb)
		}},
		{"Dpttrs", func(impl full, nrhs int, b []float64, ldb int) { impl.Dpttrs(n, nrhs, ptd, pte, b, ldb) }},
	} {
		for _, shape := range [][2]int{{1, 1}, {1, 3}, {3, 5}, {4, 4}} {
			nrhs, ldb := shape[0], shape[1]
			name := fmt.Sprintf("%s/nrhs=%d/ldb=%d", s.name, nrhs, ldb)
			b := randMat(rnd, n, ldb, ldb)
			want := slices.Clone(b)
			s.solve(gonum.Implementation{}, nrhs, want, ldb)
			got := slices.Clone(b)
			s.solve(impl, nrhs, got, ldb)
			if i, diff := maxRelDiff(got, want); diff > 1e-12 {
				t.Errorf("%s: element %d differs from gonum by %g", name, i, diff)
			}
		}
	}
}
