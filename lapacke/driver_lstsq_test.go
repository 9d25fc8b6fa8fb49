package lapacke

import (
	"fmt"
	"math"
	"math/cmplx"
	"math/rand/v2"
	"slices"
	"testing"
)

// zdrvOrthoRows returns an orthonormal basis of the row space of r (full
// row rank), by modified Gram-Schmidt applied twice.
func zdrvOrthoRows(r zdrvMat) zdrvMat {
	q := zdrvMat{r.r, r.c, slices.Clone(r.d)}
	for pass := 0; pass < 2; pass++ {
		for i := 0; i < q.r; i++ {
			row := q.d[i*q.c : i*q.c+q.c]
			for k := 0; k < i; k++ {
				prev := q.d[k*q.c : k*q.c+q.c]
				var d complex128
				for j := range row {
					d += cmplx.Conj(prev[j]) * row[j]
				}
				for j := range row {
					row[j] -= d * prev[j]
				}
			}
			var nrm float64
			for _, v := range row {
				nrm = math.Hypot(nrm, cmplx.Abs(v))
			}
			for j := range row {
				row[j] /= complex(nrm, 0)
			}
		}
	}
	return q
}

// zdrvLowRank returns an m×n matrix of rank r, L*R with random factors, and
// R (whose rows span the row space of A).
func zdrvLowRank(rnd *rand.Rand, m, n, r int, isReal bool) (a, rr zdrvMat) {
	l := zdrvMatOf(zdrvGe(rnd, m, r, r), m, r, r)
	rr = zdrvMatOf(zdrvGe(rnd, r, n, n), r, n, n)
	if isReal {
		for i := range l.d {
			l.d[i] = complex(real(l.d[i]), 0)
		}
		for i := range rr.d {
			rr.d[i] = complex(real(rr.d[i]), 0)
		}
	}
	return l.mul(rr), rr
}

func (m zdrvMat) frob2() float64 {
	var s float64
	for _, v := range m.d {
		s += real(v)*real(v) + imag(v)*imag(v)
	}
	return s
}

// zdrvCheckLstsq checks that x is the minimum-norm least-squares solution
// for a (rank r, row space spanned by the rows of rr) and b: the normal
// equations Aᴴ(A*X - B) = 0 hold, and X lies in the row space.
func zdrvCheckLstsq(t *testing.T, name string, a, rr, b, x zdrvMat) {
	t.Helper()
	scale := a.norm1() * (a.norm1()*x.norm1() + b.norm1()) * float64(max(a.r, a.c))
	if e := a.H().mul(a.mul(x).sub(b)).maxAbs(); e > 1e-12*scale {
		t.Errorf("%s: normal equations residual %g (scale %g)", name, e, scale)
	}
	if rr.r == rr.c {
		return // full column rank: every X is in the row space
	}
	// Projection of X onto the row space, through an orthonormal basis.
	q := zdrvOrthoRows(rr)
	p := q.H().mul(q.mul(x))
	if e := p.sub(x).maxAbs(); e > 1e-12*float64(a.c)*max(1, x.maxAbs()) {
		t.Errorf("%s: solution not in the row space of A (off by %g): not minimum norm", name, e)
	}
}

// zdrvCheckSV checks singular values against A: decreasing, the sum of
// squares is ‖A‖_F², and those beyond the rank vanish.
func zdrvCheckSV(t *testing.T, name string, a zdrvMat, s []float64, r int) {
	t.Helper()
	var ss float64
	for i, v := range s {
		if i > 0 && v > s[i-1] {
			t.Errorf("%s: singular values not decreasing at %d", name, i)
		}
		ss += v * v
	}
	if f := a.frob2(); math.Abs(ss-f) > 1e-12*f*float64(len(s)) {
		t.Errorf("%s: Σs² = %g, ‖A‖_F² = %g", name, ss, f)
	}
	for i := r; i < len(s); i++ {
		if s[i] > 1e-12*s[0]*float64(len(s)) {
			t.Errorf("%s: s[%d] = %g beyond rank %d", name, i, s[i], r)
		}
	}
}

var drvLstsqCases = []struct{ m, n, nrhs, r int }{
	{0, 0, 1, 0}, {0, 3, 2, 0}, {3, 0, 2, 0}, {4, 3, 0, 3},
	{1, 1, 1, 1}, {6, 4, 2, 4}, {4, 6, 3, 4}, {30, 10, 2, 10}, {10, 30, 1, 10},
	{40, 40, 3, 40}, {50, 20, 2, 7}, {20, 50, 2, 7}, {60, 60, 1, 25}, {200, 8, 1, 8},
}

type drvLstsqDriver struct {
	name string
	// run solves with the given lwork (-1 queries and returns the optimum
	// as lwork) and returns rank, ok and s (nil for gelsy).
	run func(m, n, nrhs int, a []complex128, lda int, b []complex128, ldb int, lwork int) (rank int, ok bool, s []float64, opt int)
	// min is the documented minimal lwork.
	min func(m, n, nrhs int) int
}

func drvRealLstsqDrivers(impl Implementation) []drvLstsqDriver {
	const rcond = 1e-9
	toR := func(z []complex128) []float64 {
		f := make([]float64, len(z))
		for i, v := range z {
			f[i] = real(v)
		}
		return f
	}
	back := func(z []complex128, f []float64) {
		for i := range z {
			z[i] = complex(f[i], 0)
		}
	}
	return []drvLstsqDriver{
		{"Dgelsd", func(m, n, nrhs int, a []complex128, lda int, b []complex128, ldb, lwork int) (int, bool, []float64, int) {
			ra, rb := toR(a), toR(b)
			s := make([]float64, min(m, n))
			w := make([]float64, max(1, lwork))
			_, li := 1, 1
			if min(m, n) > 0 {
				_, li = drvGelsdSizes(m, n, max(nrhs, 1))
			}
			iw := make([]int, li)
			rank, ok := impl.Dgelsd(m, n, nrhs, ra, lda, rb, ldb, s, rcond, w, lwork, iw)
			back(a, ra)
			back(b, rb)
			return rank, ok, s, int(w[0])
		}, func(m, n, nrhs int) int {
			if min(m, n) == 0 {
				return 1
			}
			l, _ := drvGelsdSizes(m, n, max(nrhs, 1))
			return l
		}},
		{"Dgelsy", func(m, n, nrhs int, a []complex128, lda int, b []complex128, ldb, lwork int) (int, bool, []float64, int) {
			ra, rb := toR(a), toR(b)
			w := make([]float64, max(1, lwork))
			jpvt := make([]int, n)
			for i := range jpvt {
				jpvt[i] = -1
			}
			rank := impl.Dgelsy(m, n, nrhs, ra, lda, rb, ldb, jpvt, rcond, w, lwork)
			back(a, ra)
			back(b, rb)
			return rank, true, nil, int(w[0])
		}, func(m, n, nrhs int) int {
			mn := min(m, n)
			if mn == 0 || nrhs == 0 {
				return 1
			}
			return max(mn+3*n+1, 2*mn+nrhs)
		}},
		{"Dgelss", func(m, n, nrhs int, a []complex128, lda int, b []complex128, ldb, lwork int) (int, bool, []float64, int) {
			ra, rb := toR(a), toR(b)
			s := make([]float64, min(m, n))
			w := make([]float64, max(1, lwork))
			rank, ok := impl.Dgelss(m, n, nrhs, ra, lda, rb, ldb, s, rcond, w, lwork)
			back(a, ra)
			back(b, rb)
			return rank, ok, s, int(w[0])
		}, func(m, n, nrhs int) int {
			if min(m, n) == 0 {
				return 1
			}
			return drvGelssMin(m, n, max(nrhs, 1))
		}},
	}
}

func drvComplexLstsqDrivers(impl Implementation) []drvLstsqDriver {
	const rcond = 1e-9
	return []drvLstsqDriver{
		{"Zgelsd", func(m, n, nrhs int, a []complex128, lda int, b []complex128, ldb, lwork int) (int, bool, []float64, int) {
			s := make([]float64, min(m, n))
			w := make([]complex128, max(1, lwork))
			_, lr, li := 1, 1, 1
			if min(m, n) > 0 {
				_, lr, li = zdrvGelsdSizes(m, n, max(nrhs, 1))
			}
			rank, ok := impl.Zgelsd(m, n, nrhs, a, lda, b, ldb, s, rcond, w, lwork, make([]float64, lr), make([]int, li))
			return rank, ok, s, int(real(w[0]))
		}, func(m, n, nrhs int) int {
			if min(m, n) == 0 {
				return 1
			}
			l, _, _ := zdrvGelsdSizes(m, n, max(nrhs, 1))
			return l
		}},
		{"Zgelsy", func(m, n, nrhs int, a []complex128, lda int, b []complex128, ldb, lwork int) (int, bool, []float64, int) {
			w := make([]complex128, max(1, lwork))
			jpvt := make([]int, n)
			for i := range jpvt {
				jpvt[i] = -1
			}
			rank := impl.Zgelsy(m, n, nrhs, a, lda, b, ldb, jpvt, rcond, w, lwork, make([]float64, 2*n))
			return rank, true, nil, int(real(w[0]))
		}, func(m, n, nrhs int) int {
			mn := min(m, n)
			if mn == 0 || nrhs == 0 {
				return 1
			}
			return mn + max(2*mn, n+1, mn+nrhs)
		}},
		{"Zgelss", func(m, n, nrhs int, a []complex128, lda int, b []complex128, ldb, lwork int) (int, bool, []float64, int) {
			s := make([]float64, min(m, n))
			w := make([]complex128, max(1, lwork))
			rank, ok := impl.Zgelss(m, n, nrhs, a, lda, b, ldb, s, rcond, w, lwork, make([]float64, 5*min(m, n)))
			return rank, ok, s, int(real(w[0]))
		}, func(m, n, nrhs int) int {
			mn := min(m, n)
			if mn == 0 {
				return 1
			}
			return 2*mn + max(nrhs, max(m, n))
		}},
	}
}

func TestDriverLstsq(t *testing.T) {
	rnd := drvNewRand(61)
	impl := Implementation{}
	for _, isReal := range []bool{true, false} {
		drivers := drvComplexLstsqDrivers(impl)
		if isReal {
			drivers = drvRealLstsqDrivers(impl)
		}
		for _, d := range drivers {
			for _, c := range drvLstsqCases {
				m, n, nrhs, r := c.m, c.n, c.nrhs, c.r
				mx := max(m, n)
				lda, ldb := n+2, nrhs+1
				full, rr := zdrvLowRank(rnd, m, n, r, isReal)
				bfull := zdrvMatOf(zdrvGe(rnd, m, nrhs, max(1, nrhs)), m, nrhs, max(1, nrhs))
				if isReal {
					for i := range bfull.d {
						bfull.d[i] = complex(real(bfull.d[i]), 0)
					}
				}
				_, _, _, opt := d.run(m, n, nrhs, nil, lda, nil, ldb, -1)
				for _, lwork := range drvLWorks(d.min(m, n, nrhs), opt) {
					name := fmt.Sprintf("%s m=%d,n=%d,nrhs=%d,r=%d,lwork=%d", d.name, m, n, nrhs, r, lwork)
					a := make([]complex128, max(0, (m-1)*lda+n))
					for i := 0; i < m; i++ {
						copy(a[i*lda:i*lda+n], full.d[i*n:i*n+n])
					}
					b := make([]complex128, max(0, (mx-1)*ldb+nrhs))
					pad := drvPadZ
					if isReal {
						// The real drivers see only real parts.
						pad = complex(drvPad, 0)
					}
					for i := range b {
						b[i] = pad
					}
					for i := 0; i < m; i++ {
						copy(b[i*ldb:i*ldb+nrhs], bfull.d[i*nrhs:i*nrhs+nrhs])
					}
					b0 := slices.Clone(b)
					var rank int
					var ok bool
					var s []float64
					checkNoDiagnostics(t, func() { rank, ok, s, _ = d.run(m, n, nrhs, a, lda, b, ldb, lwork) })
					if !ok {
						t.Errorf("%s: not ok", name)
						continue
					}
					if m == 0 || n == 0 || (nrhs == 0 && d.name[1:] == "gelsy") {
						if rank != 0 || !slices.Equal(b, b0) {
							t.Errorf("%s: empty problem gave rank %d or modified b", name, rank)
						}
						continue
					}
					if rank != r {
						t.Errorf("%s: rank %d, want %d", name, rank, r)
					}
					if s != nil {
						zdrvCheckSV(t, name, full, s, r)
					}
					if nrhs == 0 {
						continue
					}
					for i := 0; i < mx; i++ {
						for j := nrhs; j < ldb && i*ldb+j < len(b); j++ {
							if b[i*ldb+j] != pad {
								t.Errorf("%s: padding of b modified at (%d,%d)", name, i, j)
							}
						}
					}
					zdrvCheckLstsq(t, name, full, rr, bfull, zdrvMatOf(b, n, nrhs, ldb))
					if d.name[1:] == "gelss" && m >= n {
						// The first n rows of a hold Vᵀ (Vᴴ): orthonormal rows,
						// and ‖A vᵢ‖ = sᵢ.
						k := min(m, n)
						vt := zdrvMatOf(a, k, n, lda)
						if e := vt.mul(vt.H()).sub(zdrvEye(k)).maxAbs(); e > 1e-12*float64(n) {
							t.Errorf("%s: rows of Vᴴ not orthonormal (%g)", name, e)
						}
						av := full.mul(vt.H())
						for i := 0; i < k; i++ {
							var nrm float64
							for j := 0; j < m; j++ {
								nrm = math.Hypot(nrm, cmplx.Abs(av.at(j, i)))
							}
							if math.Abs(nrm-s[i]) > 1e-12*s[0]*float64(mx) {
								t.Errorf("%s: ‖A v_%d‖ = %g, s = %g", name, i, nrm, s[i])
							}
						}
					}
				}
			}
		}
	}
}

// TestDriverGelsdWorkspaceAgrees checks the workspace formulas of Dgelsd and
// Zgelsd, which assume LAPACK's reference SMLSIZ, against the library's own
// answers to a workspace query (minimal iwork and rwork lengths).
func TestDriverGelsdWorkspaceAgrees(t *testing.T) {
	impl := Implementation{}
	for _, m := range []int{1, 2, 13, 25, 26, 27, 51, 52, 53, 104, 208, 400} {
		for _, n := range []int{1, 26, 52, 104, 300} {
			for _, nrhs := range []int{1, 3} {
				w, iw := make([]float64, 1), make([]int, 1)
				impl.Dgelsd(m, n, nrhs, nil, n, nil, nrhs, nil, -1, w, -1, iw)
				_, li := drvGelsdSizes(m, n, nrhs)
				if iw[0] != li {
					t.Errorf("Dgelsd m=%d,n=%d: LAPACK wants liwork %d, formula %d", m, n, iw[0], li)
				}
				if l, _ := drvGelsdSizes(m, n, nrhs); int(w[0]) < l {
					t.Errorf("Dgelsd m=%d,n=%d: optimal lwork %v below the minimum %d", m, n, w[0], l)
				}
				zw, rw := make([]complex128, 1), make([]float64, 1)
				impl.Zgelsd(m, n, nrhs, nil, n, nil, nrhs, nil, -1, zw, -1, rw, iw)
				_, lr, li := zdrvGelsdSizes(m, n, nrhs)
				if iw[0] != li || int(rw[0]) != lr {
					t.Errorf("Zgelsd m=%d,n=%d: LAPACK wants lrwork %v liwork %d, formula %d %d", m, n, rw[0], iw[0], lr, li)
				}
			}
		}
	}
}

func TestDriverLstsqPanics(t *testing.T) {
	impl := Implementation{}
	f := make([]float64, 200)
	z := make([]complex128, 200)
	iw := make([]int, 200)
	jp := []int{-1, -1, -1}
	// Shapes: m=4, n=3, nrhs=2; b is 4×2.
	dmin, dli := drvGelsdSizes(4, 3, 2)
	fw := make([]float64, dmin)
	zmin, zlr, zli := zdrvGelsdSizes(4, 3, 2)
	zw := make([]complex128, max(zmin, 64))
	rw := make([]float64, zlr)
	for _, c := range []struct {
		name, msg string
		f         func()
	}{
		{"Dgelsd m", mLT0, func() { impl.Dgelsd(-1, 3, 2, f, 3, f, 2, f, 0, fw, dmin, iw) }},
		{"Dgelsd n", nLT0, func() { impl.Dgelsd(4, -1, 2, f, 3, f, 2, f, 0, fw, dmin, iw) }},
		{"Dgelsd nrhs", nrhsLT0, func() { impl.Dgelsd(4, 3, -1, f, 3, f, 2, f, 0, fw, dmin, iw) }},
		{"Dgelsd lda", badLdA, func() { impl.Dgelsd(4, 3, 2, f, 2, f, 2, f, 0, fw, dmin, iw) }},
		{"Dgelsd ldb", badLdB, func() { impl.Dgelsd(4, 3, 2, f, 3, f, 1, f, 0, fw, dmin, iw) }},
		{"Dgelsd lwork", badLWork, func() { impl.Dgelsd(4, 3, 2, f, 3, f, 2, f, 0, fw, dmin-1, iw) }},
		{"Dgelsd work", shortWork, func() { impl.Dgelsd(4, 3, 2, f, 3, f, 2, f, 0, fw[:dmin-1], dmin, iw) }},
		{"Dgelsd query iwork", shortIWork, func() { impl.Dgelsd(4, 3, 2, f, 3, f, 2, f, 0, fw, -1, nil) }},
		{"Dgelsd a", shortA, func() { impl.Dgelsd(4, 3, 2, f[:11], 3, f, 2, f, 0, fw, dmin, iw) }},
		{"Dgelsd b", shortB, func() { impl.Dgelsd(4, 3, 2, f, 3, f[:7], 2, f, 0, fw, dmin, iw) }},
		{"Dgelsd s", shortS, func() { impl.Dgelsd(4, 3, 2, f, 3, f, 2, f[:2], 0, fw, dmin, iw) }},
		{"Dgelsd iwork", shortIWork, func() { impl.Dgelsd(4, 3, 2, f, 3, f, 2, f, 0, fw, dmin, iw[:dli-1]) }},

		{"Dgelsy m", mLT0, func() { impl.Dgelsy(-1, 3, 2, f, 3, f, 2, jp, 0, f, 20) }},
		{"Dgelsy n", nLT0, func() { impl.Dgelsy(4, -1, 2, f, 3, f, 2, jp, 0, f, 20) }},
		{"Dgelsy nrhs", nrhsLT0, func() { impl.Dgelsy(4, 3, -1, f, 3, f, 2, jp, 0, f, 20) }},
		{"Dgelsy lda", badLdA, func() { impl.Dgelsy(4, 3, 2, f, 2, f, 2, jp, 0, f, 20) }},
		{"Dgelsy ldb", badLdB, func() { impl.Dgelsy(4, 3, 2, f, 3, f, 1, jp, 0, f, 20) }},
		{"Dgelsy lwork", badLWork, func() { impl.Dgelsy(4, 3, 2, f, 3, f, 2, jp, 0, f, 8) }},
		{"Dgelsy work", shortWork, func() { impl.Dgelsy(4, 3, 2, f, 3, f, 2, jp, 0, f[:8], 20) }},
		{"Dgelsy a", shortA, func() { impl.Dgelsy(4, 3, 2, f[:11], 3, f, 2, jp, 0, f, 20) }},
		{"Dgelsy b", shortB, func() { impl.Dgelsy(4, 3, 2, f, 3, f[:7], 2, jp, 0, f, 20) }},
		{"Dgelsy jpvt", badLenJpvt, func() { impl.Dgelsy(4, 3, 2, f, 3, f, 2, jp[:2], 0, f, 20) }},
		{"Dgelsy jpvt value", badJpvt, func() { impl.Dgelsy(4, 3, 2, f, 3, f, 2, []int{-1, 5, -1}, 0, f, 20) }},

		{"Dgelss m", mLT0, func() { impl.Dgelss(-1, 3, 2, f, 3, f, 2, f, 0, f, 20) }},
		{"Dgelss n", nLT0, func() { impl.Dgelss(4, -1, 2, f, 3, f, 2, f, 0, f, 20) }},
		{"Dgelss nrhs", nrhsLT0, func() { impl.Dgelss(4, 3, -1, f, 3, f, 2, f, 0, f, 20) }},
		{"Dgelss lda", badLdA, func() { impl.Dgelss(4, 3, 2, f, 2, f, 2, f, 0, f, 20) }},
		{"Dgelss ldb", badLdB, func() { impl.Dgelss(4, 3, 2, f, 3, f, 1, f, 0, f, 20) }},
		{"Dgelss lwork", badLWork, func() { impl.Dgelss(4, 3, 2, f, 3, f, 2, f, 0, f, 14) }},
		{"Dgelss work", shortWork, func() { impl.Dgelss(4, 3, 2, f, 3, f, 2, f, 0, f[:14], 20) }},
		{"Dgelss a", shortA, func() { impl.Dgelss(4, 3, 2, f[:11], 3, f, 2, f, 0, f, 20) }},
		{"Dgelss b", shortB, func() { impl.Dgelss(4, 3, 2, f, 3, f[:7], 2, f, 0, f, 20) }},
		{"Dgelss s", shortS, func() { impl.Dgelss(4, 3, 2, f, 3, f, 2, f[:2], 0, f, 20) }},

		{"Zgelsd m", mLT0, func() { impl.Zgelsd(-1, 3, 2, z, 3, z, 2, f, 0, zw, zmin, rw, iw) }},
		{"Zgelsd n", nLT0, func() { impl.Zgelsd(4, -1, 2, z, 3, z, 2, f, 0, zw, zmin, rw, iw) }},
		{"Zgelsd nrhs", nrhsLT0, func() { impl.Zgelsd(4, 3, -1, z, 3, z, 2, f, 0, zw, zmin, rw, iw) }},
		{"Zgelsd lda", badLdA, func() { impl.Zgelsd(4, 3, 2, z, 2, z, 2, f, 0, zw, zmin, rw, iw) }},
		{"Zgelsd ldb", badLdB, func() { impl.Zgelsd(4, 3, 2, z, 3, z, 1, f, 0, zw, zmin, rw, iw) }},
		{"Zgelsd lwork", badLWork, func() { impl.Zgelsd(4, 3, 2, z, 3, z, 2, f, 0, zw, zmin-1, rw, iw) }},
		{"Zgelsd work", shortWork, func() { impl.Zgelsd(4, 3, 2, z, 3, z, 2, f, 0, zw[:zmin-1], zmin, rw, iw) }},
		{"Zgelsd query rwork", drvShortRWork, func() { impl.Zgelsd(4, 3, 2, z, 3, z, 2, f, 0, zw, -1, nil, iw) }},
		{"Zgelsd query iwork", shortIWork, func() { impl.Zgelsd(4, 3, 2, z, 3, z, 2, f, 0, zw, -1, rw, nil) }},
		{"Zgelsd a", shortA, func() { impl.Zgelsd(4, 3, 2, z[:11], 3, z, 2, f, 0, zw, zmin, rw, iw) }},
		{"Zgelsd b", shortB, func() { impl.Zgelsd(4, 3, 2, z, 3, z[:7], 2, f, 0, zw, zmin, rw, iw) }},
		{"Zgelsd s", shortS, func() { impl.Zgelsd(4, 3, 2, z, 3, z, 2, f[:2], 0, zw, zmin, rw, iw) }},
		{"Zgelsd rwork", drvShortRWork, func() { impl.Zgelsd(4, 3, 2, z, 3, z, 2, f, 0, zw, zmin, rw[:zlr-1], iw) }},
		{"Zgelsd iwork", shortIWork, func() { impl.Zgelsd(4, 3, 2, z, 3, z, 2, f, 0, zw, zmin, rw, iw[:zli-1]) }},

		{"Zgelsy m", mLT0, func() { impl.Zgelsy(-1, 3, 2, z, 3, z, 2, jp, 0, zw, 20, f) }},
		{"Zgelsy lda", badLdA, func() { impl.Zgelsy(4, 3, 2, z, 2, z, 2, jp, 0, zw, 20, f) }},
		{"Zgelsy lwork", badLWork, func() { impl.Zgelsy(4, 3, 2, z, 3, z, 2, jp, 0, zw, 8, f) }},
		{"Zgelsy work", shortWork, func() { impl.Zgelsy(4, 3, 2, z, 3, z, 2, jp, 0, zw[:8], 20, f) }},
		{"Zgelsy a", shortA, func() { impl.Zgelsy(4, 3, 2, z[:11], 3, z, 2, jp, 0, zw, 20, f) }},
		{"Zgelsy b", shortB, func() { impl.Zgelsy(4, 3, 2, z, 3, z[:7], 2, jp, 0, zw, 20, f) }},
		{"Zgelsy jpvt", badLenJpvt, func() { impl.Zgelsy(4, 3, 2, z, 3, z, 2, jp[:2], 0, zw, 20, f) }},
		{"Zgelsy rwork", drvShortRWork, func() { impl.Zgelsy(4, 3, 2, z, 3, z, 2, jp, 0, zw, 20, f[:5]) }},

		{"Zgelss m", mLT0, func() { impl.Zgelss(-1, 3, 2, z, 3, z, 2, f, 0, zw, 20, f) }},
		{"Zgelss ldb", badLdB, func() { impl.Zgelss(4, 3, 2, z, 3, z, 1, f, 0, zw, 20, f) }},
		{"Zgelss lwork", badLWork, func() { impl.Zgelss(4, 3, 2, z, 3, z, 2, f, 0, zw, 9, f) }},
		{"Zgelss a", shortA, func() { impl.Zgelss(4, 3, 2, z[:11], 3, z, 2, f, 0, zw, 20, f) }},
		{"Zgelss s", shortS, func() { impl.Zgelss(4, 3, 2, z, 3, z, 2, f[:2], 0, zw, 20, f) }},
		{"Zgelss rwork", drvShortRWork, func() { impl.Zgelss(4, 3, 2, z, 3, z, 2, f, 0, zw, 20, f[:14]) }},
	} {
		drvPanics(t, c.name, c.msg, c.f)
	}
}
