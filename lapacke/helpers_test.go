package lapacke

import (
	"math"
	"math/rand/v2"
	"sort"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/lapack"
	"gonum.org/v1/gonum/lapack/gonum"
)

// Helpers shared by the tests of this part of the package.

// full is everything lapack.Float64 and the extra methods provide; both
// gonum's pure-Go implementation and this package satisfy it.
type full interface {
	lapack.Float64
	Dgehrd(n, ilo, ihi int, a []float64, lda int, tau, work []float64, lwork int)
	Dorghr(n, ilo, ihi int, a []float64, lda int, tau, work []float64, lwork int)
	Dgerqf(m, n int, a []float64, lda int, tau, work []float64, lwork int)
	Dsytrd(uplo blas.Uplo, n int, a []float64, lda int, d, e, tau, work []float64, lwork int)
	Dorgtr(uplo blas.Uplo, n int, a []float64, lda int, tau, work []float64, lwork int)
	Dgesv(n, nrhs int, a []float64, lda int, ipiv []int, b []float64, ldb int) bool
	Dgtsv(n, nrhs int, dl, d, du []float64, b []float64, ldb int) (ok bool)
	Dptsv(n, nrhs int, d, e []float64, b []float64, ldb int) (ok bool)
	Dpttrf(n int, d, e []float64) (ok bool)
	Dpttrs(n, nrhs int, d, e []float64, b []float64, ldb int)
}

var (
	_ full = Implementation{}
	_ full = gonum.Implementation{}
)

func randMat(rnd *rand.Rand, r, c, ld int) []float64 {
	a := make([]float64, r*ld)
	for i := range a {
		a[i] = rnd.NormFloat64()
	}
	return a
}

func symMat(rnd *rand.Rand, n, ld int) []float64 {
	a := randMat(rnd, n, n, ld)
	for i := 0; i < n; i++ {
		for j := 0; j < i; j++ {
			a[i*ld+j] = a[j*ld+i]
		}
	}
	return a
}

// sortedEigenvalues returns the pairs (wr[i], wi[i]) (eigenvalues, or
// generalized singular value pairs) ordered by wr then wi, so that
// implementations that produce them in a different order compare equal.
func sortedEigenvalues(wr, wi []float64) []float64 {
	idx := make([]int, len(wr))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(x, y int) bool {
		i, j := idx[x], idx[y]
		if wr[i] != wr[j] {
			return wr[i] < wr[j]
		}
		return wi[i] < wi[j]
	})
	out := make([]float64, 0, 2*len(wr))
	for _, i := range idx {
		out = append(out, wr[i], wi[i])
	}
	return out
}

// maxRelDiff returns the index and size of the largest difference between
// got and want, relative to max(1, |want|) elementwise.
func maxRelDiff(got, want []float64) (int, float64) {
	var at int
	var worst float64
	for i := range got {
		d := math.Abs(got[i]-want[i]) / math.Max(1, math.Abs(want[i]))
		if math.IsNaN(got[i]) != math.IsNaN(want[i]) {
			d = math.Inf(1)
		}
		if d > worst || (math.IsNaN(d) && !math.IsNaN(worst)) {
			at, worst = i, d
		}
	}
	return at, worst
}
