package lapacke

import (
	"fmt"
	"math/cmplx"
	"testing"
)

// zdrvOrthoErr returns ‖QᴴQ - I‖ (cols) or ‖QQᴴ - I‖ (rows) for the r×c
// matrix q.
func zdrvOrthoErr(q zdrvMat, cols bool) float64 {
	if cols {
		return q.H().mul(q).sub(zdrvEye(q.c)).maxAbs()
	}
	return q.mul(q.H()).sub(zdrvEye(q.r)).maxAbs()
}

func TestDriverZgeqrfZungqr(t *testing.T) {
	rnd := drvNewRand(51)
	impl := Implementation{}
	for _, mn := range [][2]int{{0, 0}, {0, 3}, {3, 0}, {1, 1}, {5, 3}, {3, 5}, {40, 40}, {90, 45}, {45, 90}} {
		m, n := mn[0], mn[1]
		k := min(m, n)
		lda := n + 2
		work := make([]complex128, 1)
		impl.Zgeqrf(m, n, nil, lda, nil, work, -1)
		for _, lwork := range drvLWorks(max(1, n), int(real(work[0]))) {
			a := zdrvGe(rnd, m, n, lda)
			full := zdrvMatOf(a, m, n, lda)
			tau := make([]complex128, k)
			name := fmt.Sprintf("m=%d,n=%d,lwork=%d", m, n, lwork)
			impl.Zgeqrf(m, n, a, lda, tau, make([]complex128, lwork), lwork)
			zdrvCheckPad(t, name, a, m, n, lda)
			if k == 0 {
				continue
			}
			r := zdrvMat{k, n, make([]complex128, k*n)}
			for i := 0; i < k; i++ {
				for j := i; j < n; j++ {
					r.d[i*n+j] = a[i*lda+j]
				}
			}
			// Q is m×k: the first k columns of a, generated in place.
			ldq := k + 1
			q := make([]complex128, (m-1)*ldq+k)
			for i := 0; i < m; i++ {
				copy(q[i*ldq:i*ldq+k], a[i*lda:i*lda+k])
			}
			w := make([]complex128, 1)
			impl.Zungqr(m, k, k, q, ldq, tau, w, -1)
			for _, lw := range drvLWorks(max(1, k), int(real(w[0]))) {
				qq := append([]complex128(nil), q...)
				impl.Zungqr(m, k, k, qq, ldq, tau, make([]complex128, lw), lw)
				qm := zdrvMatOf(qq, m, k, ldq)
				if e := zdrvOrthoErr(qm, true); e > 1e-13*float64(m) {
					t.Errorf("%s lw=%d: QᴴQ - I = %g", name, lw, e)
				}
				if e := qm.mul(r).sub(full).maxAbs(); e > 1e-13*float64(m) {
					t.Errorf("%s lw=%d: Q*R - A = %g", name, lw, e)
				}
			}
		}
	}
}

func TestDriverZgerqfZungrq(t *testing.T) {
	rnd := drvNewRand(52)
	impl := Implementation{}
	for _, mn := range [][2]int{{0, 0}, {0, 3}, {3, 0}, {1, 1}, {5, 3}, {3, 5}, {40, 40}, {90, 45}, {45, 90}} {
		m, n := mn[0], mn[1]
		k := min(m, n)
		lda := n + 1
		work := make([]complex128, 1)
		impl.Zgerqf(m, n, nil, lda, nil, work, -1)
		for _, lwork := range drvLWorks(max(1, m), int(real(work[0]))) {
			a := zdrvGe(rnd, m, n, lda)
			full := zdrvMatOf(a, m, n, lda)
			tau := make([]complex128, k)
			name := fmt.Sprintf("m=%d,n=%d,lwork=%d", m, n, lwork)
			impl.Zgerqf(m, n, a, lda, tau, make([]complex128, lwork), lwork)
			zdrvCheckPad(t, name, a, m, n, lda)
			if k == 0 {
				continue
			}
			// R is m×k: a[:, n-k:n] on and above its (m-k)-th subdiagonal.
			r := zdrvMat{m, k, make([]complex128, m*k)}
			for i := 0; i < m; i++ {
				for j := 0; j < k; j++ {
					if j >= i-(m-k) {
						r.d[i*k+j] = a[i*lda+n-k+j]
					}
				}
			}
			// Q is k×n, generated from the last k rows.
			q := append([]complex128(nil), a[(m-k)*lda:]...)
			w := make([]complex128, 1)
			impl.Zungrq(k, n, k, q, lda, tau, w, -1)
			for _, lw := range drvLWorks(max(1, k), int(real(w[0]))) {
				qq := append([]complex128(nil), q...)
				impl.Zungrq(k, n, k, qq, lda, tau, make([]complex128, lw), lw)
				qm := zdrvMatOf(qq, k, n, lda)
				if e := zdrvOrthoErr(qm, false); e > 1e-13*float64(n) {
					t.Errorf("%s lw=%d: QQᴴ - I = %g", name, lw, e)
				}
				if e := r.mul(qm).sub(full).maxAbs(); e > 1e-13*float64(n) {
					t.Errorf("%s lw=%d: R*Q - A = %g", name, lw, e)
				}
			}
		}
	}
}

func TestDriverZgeqp3(t *testing.T) {
	rnd := drvNewRand(53)
	impl := Implementation{}
	for _, mn := range [][2]int{{0, 0}, {3, 0}, {1, 1}, {6, 4}, {4, 6}, {50, 40}, {40, 70}} {
		m, n := mn[0], mn[1]
		k := min(m, n)
		lda := n + 2
		work := make([]complex128, 1)
		impl.Zgeqp3(m, n, nil, lda, nil, nil, work, -1, nil)
		iws := n + 1
		if k == 0 {
			iws = 1
		}
		for _, lwork := range drvLWorks(iws, int(real(work[0]))) {
			for _, lead := range []bool{false, true} {
				a := zdrvGe(rnd, m, n, lda)
				full := zdrvMatOf(a, m, n, lda)
				jpvt := make([]int, n)
				for j := range jpvt {
					jpvt[j] = -1
				}
				// Ask for the last column to lead.
				if lead && n > 0 {
					jpvt[n-1] = 0
				}
				tau := make([]complex128, k)
				name := fmt.Sprintf("m=%d,n=%d,lwork=%d,lead=%t", m, n, lwork, lead)
				impl.Zgeqp3(m, n, a, lda, jpvt, tau, make([]complex128, lwork), lwork, make([]float64, 2*n))
				zdrvCheckPad(t, name, a, m, n, lda)
				if k == 0 {
					continue
				}
				seen := make([]bool, n)
				for _, p := range jpvt {
					if p < 0 || p >= n || seen[p] {
						t.Fatalf("%s: jpvt %v is not a permutation", name, jpvt)
					}
					seen[p] = true
				}
				if lead && jpvt[0] != n-1 {
					t.Errorf("%s: leading column not first: jpvt %v", name, jpvt)
				}
				// Free columns come out with non-increasing |R(i,i)|.
				start := 0
				if lead {
					start = 1
				}
				for i := start + 1; i < k; i++ {
					if cmplx.Abs(a[i*lda+i]) > cmplx.Abs(a[(i-1)*lda+i-1])*(1+1e-12) {
						t.Errorf("%s: |R(%d,%d)| increases", name, i, i)
					}
				}
				r := zdrvMat{k, n, make([]complex128, k*n)}
				for i := 0; i < k; i++ {
					for j := i; j < n; j++ {
						r.d[i*n+j] = a[i*lda+j]
					}
				}
				q := make([]complex128, (m-1)*k+k)
				for i := 0; i < m; i++ {
					copy(q[i*k:i*k+k], a[i*lda:i*lda+k])
				}
				impl.Zungqr(m, k, k, q, k, tau, make([]complex128, k), k)
				qr := zdrvMatOf(q, m, k, k).mul(r)
				// Column j of A*P is column jpvt[j] of A.
				var e float64
				for i := 0; i < m; i++ {
					for j := 0; j < n; j++ {
						e = max(e, cmplx.Abs(qr.at(i, j)-full.at(i, jpvt[j])))
					}
				}
				if e > 1e-13*float64(m) {
					t.Errorf("%s: Q*R - A*P = %g", name, e)
				}
			}
		}
	}
}

func TestDriverZgehrdZunghr(t *testing.T) {
	rnd := drvNewRand(54)
	impl := Implementation{}
	for _, n := range drvSizes {
		ranges := [][2]int{{0, n - 1}}
		if n > 3 {
			ranges = append(ranges, [2]int{1, n - 2}, [2]int{n / 2, n / 2})
		}
		for _, r := range ranges {
			ilo, ihi := r[0], r[1]
			lda := n + 1
			work := make([]complex128, 1)
			impl.Zgehrd(n, ilo, ihi, nil, lda, nil, work, -1)
			for _, lwork := range drvLWorks(max(1, n), int(real(work[0]))) {
				a := zdrvGe(rnd, n, n, lda)
				// Outside rows and columns ilo…ihi, A is already upper
				// triangular, as balancing leaves it.
				for i := 0; i < n; i++ {
					for j := 0; j < i; j++ {
						if j < ilo || i > ihi {
							a[i*lda+j] = 0
						}
					}
				}
				full := zdrvMatOf(a, n, n, lda)
				tau := make([]complex128, max(0, n-1))
				name := fmt.Sprintf("n=%d,ilo=%d,ihi=%d,lwork=%d", n, ilo, ihi, lwork)
				impl.Zgehrd(n, ilo, ihi, a, lda, tau, make([]complex128, lwork), lwork)
				zdrvCheckPad(t, name, a, n, n, lda)
				if n == 0 {
					continue
				}
				for i, v := range tau {
					if (i < ilo || i >= ihi) && v != 0 {
						t.Errorf("%s: tau[%d] = %v, want 0", name, i, v)
					}
				}
				h := zdrvMat{n, n, make([]complex128, n*n)}
				for i := 0; i < n; i++ {
					for j := max(0, i-1); j < n; j++ {
						h.d[i*n+j] = a[i*lda+j]
					}
				}
				w := make([]complex128, 1)
				impl.Zunghr(n, ilo, ihi, nil, lda, nil, w, -1)
				for _, lw := range drvLWorks(max(1, ihi-ilo), int(real(w[0]))) {
					q := append([]complex128(nil), a...)
					impl.Zunghr(n, ilo, ihi, q, lda, tau, make([]complex128, lw), lw)
					qm := zdrvMatOf(q, n, n, lda)
					if e := zdrvOrthoErr(qm, true); e > 1e-13*float64(n) {
						t.Errorf("%s lw=%d: QᴴQ - I = %g", name, lw, e)
					}
					if e := qm.mul(h).mul(qm.H()).sub(full).maxAbs(); e > 1e-13*float64(n) {
						t.Errorf("%s lw=%d: Q*H*Qᴴ - A = %g", name, lw, e)
					}
				}
			}
		}
	}
}

func TestDriverZorthoPanics(t *testing.T) {
	impl := Implementation{}
	z := make([]complex128, 100)
	r := make([]float64, 100)
	jp := []int{-1, -1, -1}
	for _, c := range []struct {
		name, msg string
		f         func()
	}{
		{"Zgeqrf m", mLT0, func() { impl.Zgeqrf(-1, 3, z, 3, z[:3], z, 3) }},
		{"Zgeqrf n", nLT0, func() { impl.Zgeqrf(3, -1, z, 3, z[:3], z, 3) }},
		{"Zgeqrf lda", badLdA, func() { impl.Zgeqrf(3, 3, z, 2, z[:3], z, 3) }},
		{"Zgeqrf lwork", badLWork, func() { impl.Zgeqrf(3, 3, z, 3, z[:3], z, 2) }},
		{"Zgeqrf work", shortWork, func() { impl.Zgeqrf(3, 3, z, 3, z[:3], z[:2], 3) }},
		{"Zgeqrf a", shortA, func() { impl.Zgeqrf(3, 3, z[:8], 3, z[:3], z, 3) }},
		{"Zgeqrf tau", badLenTau, func() { impl.Zgeqrf(3, 3, z, 3, z[:2], z, 3) }},

		{"Zgerqf m", mLT0, func() { impl.Zgerqf(-1, 3, z, 3, z[:3], z, 3) }},
		{"Zgerqf n", nLT0, func() { impl.Zgerqf(3, -1, z, 3, z[:3], z, 3) }},
		{"Zgerqf lda", badLdA, func() { impl.Zgerqf(3, 3, z, 2, z[:3], z, 3) }},
		{"Zgerqf lwork", badLWork, func() { impl.Zgerqf(3, 4, z, 4, z[:3], z, 2) }},
		{"Zgerqf work", shortWork, func() { impl.Zgerqf(3, 3, z, 3, z[:3], z[:2], 3) }},
		{"Zgerqf a", shortA, func() { impl.Zgerqf(3, 3, z[:8], 3, z[:3], z, 3) }},
		{"Zgerqf tau", badLenTau, func() { impl.Zgerqf(3, 3, z, 3, z[:2], z, 3) }},

		{"Zungqr m", mLT0, func() { impl.Zungqr(-1, 3, 1, z, 3, z[:1], z, 3) }},
		{"Zungqr n", nLT0, func() { impl.Zungqr(3, -1, 1, z, 3, z[:1], z, 3) }},
		{"Zungqr n>m", nGTM, func() { impl.Zungqr(3, 4, 1, z, 4, z[:1], z, 4) }},
		{"Zungqr k", kLT0, func() { impl.Zungqr(3, 3, -1, z, 3, z[:1], z, 3) }},
		{"Zungqr k>n", kGTN, func() { impl.Zungqr(3, 2, 3, z, 3, z[:1], z, 3) }},
		{"Zungqr lda", badLdA, func() { impl.Zungqr(3, 3, 1, z, 2, z[:1], z, 3) }},
		{"Zungqr lwork", badLWork, func() { impl.Zungqr(3, 3, 1, z, 3, z[:1], z, 2) }},
		{"Zungqr work", shortWork, func() { impl.Zungqr(3, 3, 1, z, 3, z[:1], z[:2], 3) }},
		{"Zungqr a", shortA, func() { impl.Zungqr(3, 3, 1, z[:8], 3, z[:1], z, 3) }},
		{"Zungqr tau", badLenTau, func() { impl.Zungqr(3, 3, 1, z, 3, z[:2], z, 3) }},

		{"Zungrq m", mLT0, func() { impl.Zungrq(-1, 3, 1, z, 3, z[:1], z, 3) }},
		{"Zungrq n<m", mGTN, func() { impl.Zungrq(3, 2, 1, z, 3, z[:1], z, 3) }},
		{"Zungrq k", kLT0, func() { impl.Zungrq(2, 3, -1, z, 3, z[:1], z, 3) }},
		{"Zungrq k>m", kGTM, func() { impl.Zungrq(2, 3, 3, z, 3, z[:1], z, 3) }},
		{"Zungrq lda", badLdA, func() { impl.Zungrq(2, 3, 1, z, 2, z[:1], z, 3) }},
		{"Zungrq lwork", badLWork, func() { impl.Zungrq(2, 3, 1, z, 3, z[:1], z, 1) }},
		{"Zungrq work", shortWork, func() { impl.Zungrq(2, 3, 1, z, 3, z[:1], z[:1], 2) }},
		{"Zungrq a", shortA, func() { impl.Zungrq(2, 3, 1, z[:5], 3, z[:1], z, 3) }},
		{"Zungrq tau", badLenTau, func() { impl.Zungrq(2, 3, 1, z, 3, z[:2], z, 3) }},

		{"Zgeqp3 m", mLT0, func() { impl.Zgeqp3(-1, 3, z, 3, jp, z, z, 4, r) }},
		{"Zgeqp3 n", nLT0, func() { impl.Zgeqp3(3, -1, z, 3, jp, z, z, 4, r) }},
		{"Zgeqp3 lda", badLdA, func() { impl.Zgeqp3(3, 3, z, 2, jp, z, z, 4, r) }},
		{"Zgeqp3 lwork", badLWork, func() { impl.Zgeqp3(3, 3, z, 3, jp, z, z, 3, r) }},
		{"Zgeqp3 work", shortWork, func() { impl.Zgeqp3(3, 3, z, 3, jp, z, z[:3], 4, r) }},
		{"Zgeqp3 a", shortA, func() { impl.Zgeqp3(3, 3, z[:8], 3, jp, z, z, 4, r) }},
		{"Zgeqp3 jpvt", badLenJpvt, func() { impl.Zgeqp3(3, 3, z, 3, jp[:2], z, z, 4, r) }},
		{"Zgeqp3 tau", shortTau, func() { impl.Zgeqp3(3, 3, z, 3, jp, z[:2], z, 4, r) }},
		{"Zgeqp3 rwork", drvShortRWork, func() { impl.Zgeqp3(3, 3, z, 3, jp, z, z, 4, r[:5]) }},
		{"Zgeqp3 jpvt value", badJpvt, func() { impl.Zgeqp3(3, 3, z, 3, []int{-2, -1, -1}, z, z, 4, r) }},
		{"Zgeqp3 jpvt value n", badJpvt, func() { impl.Zgeqp3(3, 3, z, 3, []int{3, -1, -1}, z, z, 4, r) }},

		{"Zgehrd n", nLT0, func() { impl.Zgehrd(-1, 0, 2, z, 3, z[:2], z, 3) }},
		{"Zgehrd ilo", badIlo, func() { impl.Zgehrd(3, 3, 2, z, 3, z[:2], z, 3) }},
		{"Zgehrd ihi", badIhi, func() { impl.Zgehrd(3, 1, 0, z, 3, z[:2], z, 3) }},
		{"Zgehrd ihi n", badIhi, func() { impl.Zgehrd(3, 0, 3, z, 3, z[:2], z, 3) }},
		{"Zgehrd lda", badLdA, func() { impl.Zgehrd(3, 0, 2, z, 2, z[:2], z, 3) }},
		{"Zgehrd lwork", badLWork, func() { impl.Zgehrd(3, 0, 2, z, 3, z[:2], z, 2) }},
		{"Zgehrd work", shortWork, func() { impl.Zgehrd(3, 0, 2, z, 3, z[:2], z[:2], 3) }},
		{"Zgehrd a", shortA, func() { impl.Zgehrd(3, 0, 2, z[:8], 3, z[:2], z, 3) }},
		{"Zgehrd tau", badLenTau, func() { impl.Zgehrd(3, 0, 2, z, 3, z[:3], z, 3) }},

		{"Zunghr n", nLT0, func() { impl.Zunghr(-1, 0, 2, z, 3, z[:2], z, 3) }},
		{"Zunghr ilo", badIlo, func() { impl.Zunghr(3, 3, 2, z, 3, z[:2], z, 3) }},
		{"Zunghr ihi", badIhi, func() { impl.Zunghr(3, 1, 0, z, 3, z[:2], z, 3) }},
		{"Zunghr lda", badLdA, func() { impl.Zunghr(3, 0, 2, z, 2, z[:2], z, 3) }},
		{"Zunghr lwork", badLWork, func() { impl.Zunghr(3, 0, 2, z, 3, z[:2], z, 1) }},
		{"Zunghr work", shortWork, func() { impl.Zunghr(3, 0, 2, z, 3, z[:2], z[:1], 2) }},
		{"Zunghr a", shortA, func() { impl.Zunghr(3, 0, 2, z[:8], 3, z[:2], z, 3) }},
		{"Zunghr tau", shortTau, func() { impl.Zunghr(3, 0, 2, z, 3, z[:1], z, 3) }},
	} {
		drvPanics(t, c.name, c.msg, c.f)
	}
}
