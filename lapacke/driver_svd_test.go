package lapacke

import (
	"fmt"
	"math"
	"testing"

	"gonum.org/v1/gonum/lapack"
)

var drvSVDJobs = []lapack.SVDJob{lapack.SVDAll, lapack.SVDStore, lapack.SVDOverwrite, lapack.SVDNone}

var drvSVDSizes = [][2]int{{0, 0}, {0, 3}, {3, 0}, {1, 1}, {1, 4}, {5, 3}, {3, 5}, {30, 30}, {60, 20}, {20, 60}}

// zdrvSVDResult is what an SVD call returned, gathered from wherever the
// job put it; nil when not computed.
type zdrvSVDResult struct {
	s     []float64
	u, vt *zdrvMat // m×k and k×n with k = min(m,n), leading parts
}

// zdrvCheckSVD checks an SVD against A: singular values non-increasing and
// non-negative with Σs² = ‖A‖_F²; U and Vᴴ with orthonormal columns and rows;
// and A = U Σ Vᴴ when both are present.
func zdrvCheckSVD(t *testing.T, name string, full zdrvMat, r zdrvSVDResult) {
	t.Helper()
	m, n := full.r, full.c
	k := min(m, n)
	tol := 1e-13 * float64(max(m, n))
	var ss float64
	for i, v := range r.s[:k] {
		if v < 0 || (i > 0 && v > r.s[i-1]) {
			t.Errorf("%s: singular values not non-increasing and non-negative: %v", name, r.s[:k])
			break
		}
		ss += v * v
	}
	if f := full.frob2(); math.Abs(ss-f) > tol*f {
		t.Errorf("%s: Σs² = %g, ‖A‖_F² = %g", name, ss, f)
	}
	if r.u != nil {
		if e := r.u.H().mul(*r.u).sub(zdrvEye(r.u.c)).maxAbs(); e > tol {
			t.Errorf("%s: UᴴU - I = %g", name, e)
		}
	}
	if r.vt != nil {
		if e := r.vt.mul(r.vt.H()).sub(zdrvEye(r.vt.r)).maxAbs(); e > tol {
			t.Errorf("%s: VᴴV - I = %g", name, e)
		}
	}
	if r.u != nil && r.vt != nil {
		us := zdrvMat{m, k, make([]complex128, m*k)}
		for i := 0; i < m; i++ {
			for j := 0; j < k; j++ {
				us.d[i*k+j] = r.u.at(i, j) * complex(r.s[j], 0)
			}
		}
		vk := zdrvMat{k, n, r.vt.d[:k*n]}
		if e := us.mul(vk).sub(full).maxAbs(); e > tol*max(1, r.s[0]) {
			t.Errorf("%s: U Σ Vᴴ - A = %g", name, e)
		}
	}
}

// zdrvSub returns the leading r×c block of the row-major matrix a.
func zdrvSub(a []complex128, r, c, ld int) *zdrvMat {
	m := zdrvMatOf(a, r, c, ld)
	return &m
}

// drvSVDRun runs one SVD routine (real ones on complex data with zero
// imaginary parts) with lwork (-1 queries; the optimum is returned) and
// gathers the result.
type drvSVDRun func(jobU, jobVT lapack.SVDJob, m, n int, a []complex128, lda int, lwork int) (r zdrvSVDResult, ok bool, opt int)

func TestDriverSVD(t *testing.T) {
	rnd := drvNewRand(81)
	impl := Implementation{}
	toR := func(z []complex128) []float64 {
		f := make([]float64, len(z))
		for i, v := range z {
			f[i] = real(v)
		}
		return f
	}
	// gather collects U and Vᴴ after a call, given where the jobs put them.
	gather := func(jobU, jobVT lapack.SVDJob, m, n int, a []complex128, lda int, s []float64, u []complex128, ldu int, vt []complex128, ldvt int) zdrvSVDResult {
		k := min(m, n)
		r := zdrvSVDResult{s: s}
		if k == 0 || len(a) == 0 {
			return r // a query or an empty matrix
		}
		switch jobU {
		case lapack.SVDAll, lapack.SVDStore:
			r.u = zdrvSub(u, m, k, ldu)
		case lapack.SVDOverwrite:
			r.u = zdrvSub(a, m, k, lda)
		}
		switch jobVT {
		case lapack.SVDAll, lapack.SVDStore:
			r.vt = zdrvSub(vt, k, n, ldvt)
		case lapack.SVDOverwrite:
			r.vt = zdrvSub(a, k, n, lda)
		}
		return r
	}
	// gesddJobs maps gesdd's jobz to the equivalent pair of jobs.
	gesddJobs := func(jobz lapack.SVDJob, m, n int) (lapack.SVDJob, lapack.SVDJob) {
		if jobz != lapack.SVDOverwrite {
			return jobz, jobz
		}
		if m >= n {
			return lapack.SVDOverwrite, lapack.SVDAll
		}
		return lapack.SVDAll, lapack.SVDOverwrite
	}
	type routine struct {
		name  string
		min   func(jobU, jobVT lapack.SVDJob, mn, mx int) int
		run   drvSVDRun
		pairs bool // takes jobU and jobVT separately
	}
	routines := []routine{
		{"Dgesdd", func(j, _ lapack.SVDJob, mn, mx int) int { return drvGesddMinWork(j, mn, mx) },
			func(jobU, _ lapack.SVDJob, m, n int, a []complex128, lda int, lwork int) (zdrvSVDResult, bool, int) {
				k := min(m, n)
				ju, jv := gesddJobs(jobU, m, n)
				ldu, ldvt := m+1, n+2
				ra := toR(a)
				s, u, vt := make([]float64, k), make([]float64, m*ldu), make([]float64, n*ldvt)
				w := make([]float64, max(1, lwork))
				ok := impl.Dgesdd(jobU, m, n, ra, lda, s, u, ldu, vt, ldvt, w, lwork, make([]int, 8*k))
				return gather(ju, jv, m, n, drvToZ(ra), lda, s, drvToZ(u), ldu, drvToZ(vt), ldvt), ok, int(w[0])
			}, false},
		{"Zgesdd", func(j, _ lapack.SVDJob, mn, mx int) int { l, _ := zdrvGesddMinWork(j, mn, mx); return l },
			func(jobU, _ lapack.SVDJob, m, n int, a []complex128, lda int, lwork int) (zdrvSVDResult, bool, int) {
				k := min(m, n)
				ju, jv := gesddJobs(jobU, m, n)
				ldu, ldvt := m+1, n+2
				s, u, vt := make([]float64, k), make([]complex128, m*ldu), make([]complex128, n*ldvt)
				w := make([]complex128, max(1, lwork))
				_, lr := zdrvGesddMinWork(jobU, k, max(m, n))
				ok := impl.Zgesdd(jobU, m, n, a, lda, s, u, ldu, vt, ldvt, w, lwork, make([]float64, lr), make([]int, 8*k))
				return gather(ju, jv, m, n, a, lda, s, u, ldu, vt, ldvt), ok, int(real(w[0]))
			}, false},
		{"Zgesvd", func(_, _ lapack.SVDJob, mn, mx int) int { return 2*mn + mx },
			func(jobU, jobVT lapack.SVDJob, m, n int, a []complex128, lda int, lwork int) (zdrvSVDResult, bool, int) {
				k := min(m, n)
				ldu, ldvt := m+1, n+2
				s, u, vt := make([]float64, k), make([]complex128, m*ldu), make([]complex128, n*ldvt)
				w := make([]complex128, max(1, lwork))
				ok := impl.Zgesvd(jobU, jobVT, m, n, a, lda, s, u, ldu, vt, ldvt, w, lwork, make([]float64, 5*k))
				return gather(jobU, jobVT, m, n, a, lda, s, u, ldu, vt, ldvt), ok, int(real(w[0]))
			}, true},
	}
	for _, rt := range routines {
		isReal := rt.name[0] == 'D'
		for _, sz := range drvSVDSizes {
			m, n := sz[0], sz[1]
			for _, jobU := range drvSVDJobs {
				jobVTs := []lapack.SVDJob{jobU}
				if rt.pairs {
					jobVTs = drvSVDJobs
				}
				for _, jobVT := range jobVTs {
					if rt.pairs && jobU == lapack.SVDOverwrite && jobVT == lapack.SVDOverwrite {
						continue
					}
					lda := n + 3
					_, _, opt := rt.run(jobU, jobVT, m, n, nil, lda, -1)
					minw := 1
					if min(m, n) > 0 {
						minw = rt.min(jobU, jobVT, min(m, n), max(m, n))
					}
					for _, lwork := range drvLWorks(minw, opt) {
						a := zdrvGe(rnd, m, n, lda)
						if isReal {
							for i := range a {
								a[i] = complex(real(a[i]), 0)
							}
						}
						full := zdrvMatOf(a, m, n, lda)
						name := fmt.Sprintf("%s %c%c m=%d,n=%d,lwork=%d", rt.name, jobU, jobVT, m, n, lwork)
						var r zdrvSVDResult
						var ok bool
						checkNoDiagnostics(t, func() { r, ok, _ = rt.run(jobU, jobVT, m, n, a, lda, lwork) })
						if !ok {
							t.Errorf("%s: not ok", name)
							continue
						}
						if min(m, n) == 0 {
							continue
						}
						zdrvCheckSVD(t, name, full, r)
					}
				}
			}
		}
	}
}

func TestDriverSVDPanics(t *testing.T) {
	impl := Implementation{}
	f := make([]float64, 200)
	z := make([]complex128, 200)
	iw := make([]int, 100)
	// m=4, n=3: mn=3, mx=4.
	dmin := drvGesddMinWork(lapack.SVDAll, 3, 4)
	zmin, zlr := zdrvGesddMinWork(lapack.SVDAll, 3, 4)
	fw := make([]float64, dmin)
	zw := make([]complex128, zmin)
	rw := make([]float64, max(zlr, 15))
	A, S, O, N := lapack.SVDAll, lapack.SVDStore, lapack.SVDOverwrite, lapack.SVDNone
	for _, c := range []struct {
		name, msg string
		f         func()
	}{
		{"Dgesdd job", badSVDJob, func() { impl.Dgesdd('X', 4, 3, f, 3, f, f, 4, f, 3, fw, dmin, iw) }},
		{"Dgesdd m", mLT0, func() { impl.Dgesdd(A, -1, 3, f, 3, f, f, 4, f, 3, fw, dmin, iw) }},
		{"Dgesdd n", nLT0, func() { impl.Dgesdd(A, 4, -1, f, 3, f, f, 4, f, 3, fw, dmin, iw) }},
		{"Dgesdd lda", badLdA, func() { impl.Dgesdd(A, 4, 3, f, 2, f, f, 4, f, 3, fw, dmin, iw) }},
		{"Dgesdd ldu A", badLdU, func() { impl.Dgesdd(A, 4, 3, f, 3, f, f, 3, f, 3, fw, dmin, iw) }},
		{"Dgesdd ldu S", badLdU, func() { impl.Dgesdd(S, 4, 3, f, 3, f, f, 2, f, 3, fw, dmin, iw) }},
		{"Dgesdd ldu O wide", badLdU, func() { impl.Dgesdd(O, 3, 4, f, 4, f, f, 2, f, 1, fw, dmin, iw) }},
		{"Dgesdd ldu 0", badLdU, func() { impl.Dgesdd(N, 4, 3, f, 3, f, f, 0, f, 1, fw, dmin, iw) }},
		{"Dgesdd ldvt A", badLdVT, func() { impl.Dgesdd(A, 4, 3, f, 3, f, f, 4, f, 2, fw, dmin, iw) }},
		{"Dgesdd ldvt O tall", badLdVT, func() { impl.Dgesdd(O, 4, 3, f, 3, f, f, 1, f, 2, fw, dmin, iw) }},
		{"Dgesdd ldvt 0", badLdVT, func() { impl.Dgesdd(N, 4, 3, f, 3, f, f, 1, f, 0, fw, dmin, iw) }},
		{"Dgesdd lwork", badLWork, func() { impl.Dgesdd(A, 4, 3, f, 3, f, f, 4, f, 3, fw, dmin-1, iw) }},
		{"Dgesdd work", shortWork, func() { impl.Dgesdd(A, 4, 3, f, 3, f, f, 4, f, 3, fw[:dmin-1], dmin, iw) }},
		{"Dgesdd a", shortA, func() { impl.Dgesdd(A, 4, 3, f[:11], 3, f, f, 4, f, 3, fw, dmin, iw) }},
		{"Dgesdd s", shortS, func() { impl.Dgesdd(A, 4, 3, f, 3, f[:2], f, 4, f, 3, fw, dmin, iw) }},
		{"Dgesdd u", shortU, func() { impl.Dgesdd(A, 4, 3, f, 3, f, f[:15], 4, f, 3, fw, dmin, iw) }},
		{"Dgesdd vt", shortVT, func() { impl.Dgesdd(A, 4, 3, f, 3, f, f, 4, f[:8], 3, fw, dmin, iw) }},
		{"Dgesdd iwork", shortIWork, func() { impl.Dgesdd(A, 4, 3, f, 3, f, f, 4, f, 3, fw, dmin, iw[:23]) }},

		{"Zgesdd job", badSVDJob, func() { impl.Zgesdd('X', 4, 3, z, 3, f, z, 4, z, 3, zw, zmin, rw, iw) }},
		{"Zgesdd ldu", badLdU, func() { impl.Zgesdd(A, 4, 3, z, 3, f, z, 3, z, 3, zw, zmin, rw, iw) }},
		{"Zgesdd ldvt", badLdVT, func() { impl.Zgesdd(S, 4, 3, z, 3, f, z, 4, z, 2, zw, zmin, rw, iw) }},
		{"Zgesdd lwork", badLWork, func() { impl.Zgesdd(A, 4, 3, z, 3, f, z, 4, z, 3, zw, zmin-1, rw, iw) }},
		{"Zgesdd a", shortA, func() { impl.Zgesdd(A, 4, 3, z[:11], 3, f, z, 4, z, 3, zw, zmin, rw, iw) }},
		{"Zgesdd rwork", drvShortRWork, func() { impl.Zgesdd(A, 4, 3, z, 3, f, z, 4, z, 3, zw, zmin, rw[:zlr-1], iw) }},
		{"Zgesdd iwork", shortIWork, func() { impl.Zgesdd(A, 4, 3, z, 3, f, z, 4, z, 3, zw, zmin, rw, iw[:23]) }},

		{"Zgesvd jobU", badSVDJob, func() { impl.Zgesvd('X', A, 4, 3, z, 3, f, z, 4, z, 3, zw, 10, rw) }},
		{"Zgesvd jobVT", badSVDJob, func() { impl.Zgesvd(A, 'X', 4, 3, z, 3, f, z, 4, z, 3, zw, 10, rw) }},
		{"Zgesvd both O", bothSVDOver, func() { impl.Zgesvd(O, O, 4, 3, z, 3, f, z, 4, z, 3, zw, 10, rw) }},
		{"Zgesvd m", mLT0, func() { impl.Zgesvd(A, A, -1, 3, z, 3, f, z, 4, z, 3, zw, 10, rw) }},
		{"Zgesvd n", nLT0, func() { impl.Zgesvd(A, A, 4, -1, z, 3, f, z, 4, z, 3, zw, 10, rw) }},
		{"Zgesvd lda", badLdA, func() { impl.Zgesvd(A, A, 4, 3, z, 2, f, z, 4, z, 3, zw, 10, rw) }},
		{"Zgesvd ldu", badLdU, func() { impl.Zgesvd(S, A, 4, 3, z, 3, f, z, 2, z, 3, zw, 10, rw) }},
		{"Zgesvd ldvt", badLdVT, func() { impl.Zgesvd(A, S, 4, 3, z, 3, f, z, 4, z, 2, zw, 10, rw) }},
		{"Zgesvd lwork", badLWork, func() { impl.Zgesvd(A, A, 4, 3, z, 3, f, z, 4, z, 3, zw, 9, rw) }},
		{"Zgesvd work", shortWork, func() { impl.Zgesvd(A, A, 4, 3, z, 3, f, z, 4, z, 3, zw[:9], 10, rw) }},
		{"Zgesvd a", shortA, func() { impl.Zgesvd(A, A, 4, 3, z[:11], 3, f, z, 4, z, 3, zw, 10, rw) }},
		{"Zgesvd s", shortS, func() { impl.Zgesvd(A, A, 4, 3, z, 3, f[:2], z, 4, z, 3, zw, 10, rw) }},
		{"Zgesvd u", shortU, func() { impl.Zgesvd(A, A, 4, 3, z, 3, f, z[:15], 4, z, 3, zw, 10, rw) }},
		{"Zgesvd vt", shortVT, func() { impl.Zgesvd(A, S, 4, 3, z, 3, f, z, 4, z[:8], 3, zw, 10, rw) }},
		{"Zgesvd rwork", drvShortRWork, func() { impl.Zgesvd(A, A, 4, 3, z, 3, f, z, 4, z, 3, zw, 10, rw[:14]) }},
	} {
		drvPanics(t, c.name, c.msg, c.f)
	}
}
