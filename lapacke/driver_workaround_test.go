package lapacke

import (
	"fmt"
	"testing"

	"gonum.org/v1/gonum/lapack"
)

// Tests that fail if one of the drivers' workarounds for LAPACK or LAPACKE
// defects is removed. Where the defect is an out-of-bounds write, work is
// given a tail beyond lwork filled with a sentinel, which LAPACK must not
// touch.

const drvTail = 64

func drvTailed(lwork int) []float64 {
	w := make([]float64, lwork+drvTail)
	for i := lwork; i < len(w); i++ {
		w[i] = drvPad
	}
	return w
}

func drvTailIntact(w []float64, lwork int) bool {
	for _, v := range w[lwork:] {
		if v != drvPad {
			return false
		}
	}
	return true
}

// TestDriverWorkaroundDgelsyLeadingColumns: dgeqp3 inside dgelsy writes past
// lwork when jpvt requests leading columns (Reference-LAPACK/lapack#342). The
// defect needs dgeqp3's blocked code, which runs only when more than the
// crossover (128) free columns remain, hence the 300×300 case.
func TestDriverWorkaroundDgelsyLeadingColumns(t *testing.T) {
	rnd := drvNewRand(71)
	impl := Implementation{}
	for _, mn := range [][2]int{{60, 40}, {40, 90}, {300, 300}} {
		m, n, nrhs := mn[0], mn[1], 1
		mx := max(m, n)
		a := drvGe(rnd, m, n, n)
		b := drvGe(rnd, mx, nrhs, nrhs)
		jpvt := make([]int, n)
		for j := range jpvt {
			jpvt[j] = -1
			if j < n/3 {
				jpvt[j] = 0 // leading
			}
		}
		lwork := max(min(m, n)+3*n+1, 2*min(m, n)+nrhs)
		w := drvTailed(lwork)
		checkNoDiagnostics(t, func() { impl.Dgelsy(m, n, nrhs, a, n, b, nrhs, jpvt, 1e-10, w, lwork) })
		if !drvTailIntact(w, lwork) {
			t.Errorf("m=%d,n=%d: dgelsy wrote past lwork", m, n)
		}
		for j := 0; j < n/3; j++ {
			if jpvt[j] >= n/3 {
				t.Errorf("m=%d,n=%d: leading column %d not kept in front (jpvt %v)", m, n, j, jpvt[:n/3])
				break
			}
		}
	}
}

// TestDriverWorkaroundDgelsyMinimalWork: dgelsy accepts an lwork below what
// its dgeqp3 call needs; Dgelsy's documented minimum must run cleanly.
func TestDriverWorkaroundDgelsyMinimalWork(t *testing.T) {
	rnd := drvNewRand(72)
	impl := Implementation{}
	m, n, nrhs := 40, 40, 3
	a := drvGe(rnd, m, n, n)
	b := drvGe(rnd, m, nrhs, nrhs)
	jpvt := make([]int, n)
	for j := range jpvt {
		jpvt[j] = -1
	}
	lwork := max(m+3*n+1, 2*m+nrhs)
	checkNoDiagnostics(t, func() { impl.Dgelsy(m, n, nrhs, a, n, b, nrhs, jpvt, 1e-10, make([]float64, lwork), lwork) })
	drvPanics(t, "lwork below the documented minimum", badLWork, func() {
		impl.Dgelsy(m, n, nrhs, a, n, b, nrhs, jpvt, 1e-10, make([]float64, lwork), m+max(2*m, n+1, m+nrhs))
	})
}

// TestDriverWorkaroundZgelsdPath2a: zgelsd's path for n much larger than m
// overruns work for lwork in a window above its threshold
// (Reference-LAPACK/lapack#1037).
func TestDriverWorkaroundZgelsdPath2a(t *testing.T) {
	rnd := drvNewRand(73)
	impl := Implementation{}
	for _, c := range []struct{ m, n, nrhs, lwork int }{
		{30, 100, 5, 1100},  // window, lowered lwork is still valid
		{30, 100, 40, 1300}, // window, temporary buffer needed
		{40, 200, 10, 0},    // the documented minimum
	} {
		m, n, nrhs := c.m, c.n, c.nrhs
		minw, lr, li := zdrvGelsdSizes(m, n, nrhs)
		lwork := max(c.lwork, minw)
		a := zdrvGe(rnd, m, n, n)
		full := zdrvMatOf(a, m, n, n)
		b := zdrvGe(rnd, n, nrhs, nrhs)
		bm := zdrvMatOf(b, m, nrhs, nrhs)
		w := make([]complex128, lwork+drvTail)
		for i := lwork; i < len(w); i++ {
			w[i] = drvPadZ
		}
		s := make([]float64, m)
		name := fmt.Sprintf("m=%d,n=%d,nrhs=%d,lwork=%d", m, n, nrhs, lwork)
		var ok bool
		checkNoDiagnostics(t, func() {
			_, ok = impl.Zgelsd(m, n, nrhs, a, n, b, nrhs, s, -1, w, lwork, make([]float64, lr), make([]int, li))
		})
		if !ok {
			t.Errorf("%s: not ok", name)
		}
		for _, v := range w[lwork:] {
			if v != drvPadZ {
				t.Errorf("%s: zgelsd wrote past lwork", name)
				break
			}
		}
		// Full row rank: the solution satisfies A*X = B.
		if e := full.mul(zdrvMatOf(b, n, nrhs, nrhs)).sub(bm).maxAbs(); e > 1e-10 {
			t.Errorf("%s: A*X - B = %g", name, e)
		}
	}
}

// TestDriverWorkaroundNrhsZero: dgelsd/zgelsd reject nrhs == 0 and dgelss
// accesses B out of bounds with it; the drivers still return s and rank.
func TestDriverWorkaroundNrhsZero(t *testing.T) {
	rnd := drvNewRand(74)
	impl := Implementation{}
	m, n := 30, 12
	a := drvGe(rnd, m, n, n)
	want := make([]float64, n)
	{
		aa := append([]float64(nil), a...)
		bb := make([]float64, m)
		impl.Dgelss(m, n, 1, aa, n, bb, 1, want, -1, make([]float64, 1000), 1000)
	}
	checkNoDiagnostics(t, func() {
		for _, name := range []string{"Dgelsd", "Dgelss", "Zgelsd", "Zgelss"} {
			s := make([]float64, n)
			var rank int
			var ok bool
			switch name {
			case "Dgelsd":
				aa := append([]float64(nil), a...)
				minw, li := drvGelsdSizes(m, n, 1)
				rank, ok = impl.Dgelsd(m, n, 0, aa, n, make([]float64, m-1), 1, s, -1, make([]float64, minw), minw, make([]int, li))
			case "Dgelss":
				aa := append([]float64(nil), a...)
				rank, ok = impl.Dgelss(m, n, 0, aa, n, make([]float64, m-1), 1, s, -1, make([]float64, 1000), 1000)
			case "Zgelsd":
				minw, lr, li := zdrvGelsdSizes(m, n, 1)
				rank, ok = impl.Zgelsd(m, n, 0, drvToZ(a), n, make([]complex128, m-1), 1, s, -1, make([]complex128, minw), minw, make([]float64, lr), make([]int, li))
			case "Zgelss":
				rank, ok = impl.Zgelss(m, n, 0, drvToZ(a), n, make([]complex128, m-1), 1, s, -1, make([]complex128, 1000), 1000, make([]float64, 5*n))
			}
			if !ok || rank != n {
				t.Errorf("%s nrhs=0: rank %d ok %t", name, rank, ok)
			}
			for i := range s {
				if d := s[i] - want[i]; d > 1e-12 || d < -1e-12 {
					t.Errorf("%s nrhs=0: s[%d] = %g, want %g", name, i, s[i], want[i])
					break
				}
			}
		}
	})
}

// TestDriverWorkaroundGesddLd1: LAPACKE's row-major ?gesdd rejects ldvt < n
// even when Vᵀ is not computed (Reference-LAPACK/lapack#1125). Dgesdd and
// Zgesdd must accept leading dimension 1 for the factors they do not return.
func TestDriverWorkaroundGesddLd1(t *testing.T) {
	rnd := drvNewRand(75)
	impl := Implementation{}
	for _, mn := range [][2]int{{5, 3}, {3, 5}} {
		m, n := mn[0], mn[1]
		k := min(m, n)
		for _, jobz := range []lapack.SVDJob{lapack.SVDNone, lapack.SVDOverwrite} {
			ldu, ldvt := 1, 1
			if jobz == lapack.SVDOverwrite {
				// The factor that does not fit in a is still returned.
				if m < n {
					ldu = m
				} else {
					ldvt = n
				}
			}
			name := fmt.Sprintf("m=%d,n=%d,%c", m, n, jobz)
			u, vt := make([]float64, max(1, m*ldu)), make([]float64, max(1, n*ldvt))
			checkNoDiagnostics(t, func() {
				lw := drvGesddMinWork(jobz, k, max(m, n))
				if !impl.Dgesdd(jobz, m, n, drvGe(rnd, m, n, n), n, make([]float64, k), u, ldu, vt, ldvt, make([]float64, lw), lw, make([]int, 8*k)) {
					t.Errorf("Dgesdd %s: not ok", name)
				}
				zu, zvt := make([]complex128, len(u)), make([]complex128, len(vt))
				zlw, zlr := zdrvGesddMinWork(jobz, k, max(m, n))
				if !impl.Zgesdd(jobz, m, n, zdrvGe(rnd, m, n, n), n, make([]float64, k), zu, ldu, zvt, ldvt, make([]complex128, zlw), zlw, make([]float64, zlr), make([]int, 8*k)) {
					t.Errorf("Zgesdd %s: not ok", name)
				}
			})
		}
	}
}
