package lapacke

// Complex orthogonal (unitary) factorizations and their Q: QR (zgeqrf,
// zungqr), QR with column pivoting (zgeqp3), RQ (zgerqf, zungrq) and
// Hessenberg reduction (zgehrd, zunghr). Each is gonum's real routine of the
// same shape for complex128, with Qᴴ in place of Qᵀ.

/*
#cgo noescape LAPACKE_zgeqrf_work
#cgo nocallback LAPACKE_zgeqrf_work
#cgo noescape LAPACKE_zungqr_work
#cgo nocallback LAPACKE_zungqr_work
#cgo noescape LAPACKE_zgeqp3_work
#cgo nocallback LAPACKE_zgeqp3_work
#cgo noescape LAPACKE_zgerqf_work
#cgo nocallback LAPACKE_zgerqf_work
#cgo noescape LAPACKE_zungrq_work
#cgo nocallback LAPACKE_zungrq_work
#cgo noescape LAPACKE_zgehrd_work
#cgo nocallback LAPACKE_zgehrd_work
#cgo noescape LAPACKE_zunghr_work
#cgo nocallback LAPACKE_zunghr_work
#include <lapacke.h>
*/
import "C"

import "github.com/goscipy/goscipy/internal/nativecall"

// Zgeqrf computes the QR factorization A = Q*R of the m×n complex matrix A,
// using LAPACK's zgeqrf. It is gonum's Dgeqrf for complex data.
//
// On return, the elements on and above the diagonal of a hold the
// min(m,n)×n upper trapezoidal R, and the elements below the diagonal, with
// tau (length min(m,n)), hold Q as a product of elementary reflectors
// Q = H_0 * H_1 * … * H_{k-1}, H_i = I - tau[i] * v * vᴴ, with v[0:i] = 0,
// v[i] = 1 and v[i+1:m] stored in a[i+1:m, i].
//
// work must have length at least max(1,lwork) and lwork must be at least
// max(1,n) or -1. If lwork is -1, Zgeqrf only stores LAPACK's optimal lwork
// in work[0].
//
// Zgeqrf panics if m < 0, n < 0, lda < max(1,n), lwork is invalid, work or
// a is too short, or len(tau) != min(m,n).
func (Implementation) Zgeqrf(m, n int, a []complex128, lda int, tau, work []complex128, lwork int) {
	zdrvQRLike(false, m, n, a, lda, tau, work, lwork)
}

// Zgerqf computes the RQ factorization A = R*Q of the m×n complex matrix A,
// using LAPACK's zgerqf. It is gonum's Dgerqf for complex data.
//
// With k = min(m,n), on return R is in the last columns of a: if m <= n,
// the upper triangle of a[0:m, n-m:n] holds the m×m upper triangular R; if
// m >= n, the elements on and above the (m-n)-th subdiagonal hold the m×n
// upper trapezoidal R. The remaining elements of the last k rows, with tau
// (length k), hold Q = H_0ᴴ * H_1ᴴ * … * H_{k-1}ᴴ, H_i = I - tau[i]*v*vᴴ,
// where v[n-k+i] = 1, v[n-k+i+1:n] = 0 and conj(v[0:n-k+i]) is stored in
// a[m-k+i, 0:n-k+i].
//
// work must have length at least max(1,lwork) and lwork must be at least
// max(1,m) or -1. If lwork is -1, Zgerqf only stores LAPACK's optimal lwork
// in work[0].
//
// Zgerqf panics if m < 0, n < 0, lda < max(1,n), lwork is invalid, work or
// a is too short, or len(tau) != min(m,n).
func (Implementation) Zgerqf(m, n int, a []complex128, lda int, tau, work []complex128, lwork int) {
	zdrvQRLike(true, m, n, a, lda, tau, work, lwork)
}

// zdrvQRLike is Zgeqrf (!rq) and Zgerqf (rq).
func zdrvQRLike(rq bool, m, n int, a []complex128, lda int, tau, work []complex128, lwork int) {
	minw := max(1, n)
	if rq {
		minw = max(1, m)
	}
	switch {
	case m < 0:
		panic(mLT0)
	case n < 0:
		panic(nLT0)
	case lda < max(1, n):
		panic(badLdA)
	case lwork < minw && lwork != -1:
		panic(badLWork)
	case len(work) < max(1, lwork):
		panic(shortWork)
	}
	k := min(m, n)
	if k == 0 {
		work[0] = 1
		return
	}
	var pa, pt *C.lapack_complex_double
	if lwork != -1 {
		switch {
		case len(a) < (m-1)*lda+n:
			panic(shortA)
		case len(tau) != k:
			panic(badLenTau)
		}
		pa, pt = c128(a), c128(tau)
	}
	var st C.lapack_int
	cm, cn, clda, clwork := lint(m), lint(n), lint(lda), lint(lwork)
	s := enter(len(a))
	if rq {
		st = C.LAPACKE_zgerqf_work(rowMajor, cm, cn, pa, clda, pt, c128(work), clwork)
	} else {
		st = C.LAPACKE_zgeqrf_work(rowMajor, cm, cn, pa, clda, pt, c128(work), clwork)
	}
	nativecall.Exit(s)
	status(routineName(rq, "LAPACKE_zgerqf_work", "LAPACKE_zgeqrf_work"), st)
}

// Zungqr generates the m×n complex matrix Q with orthonormal columns
// defined as the first n columns of the product of k elementary reflectors
// Q = H_0 * H_1 * … * H_{k-1}, as returned by Zgeqrf, using LAPACK's zungqr.
// It is gonum's Dorgqr for complex data.
//
// On entry column i of a holds the vector defining H_i as Zgeqrf returns it;
// on return a holds Q. tau (length k) holds the scalar factors.
//
// work must have length at least max(1,lwork) and lwork must be at least
// max(1,n) or -1. If lwork is -1, Zungqr only stores LAPACK's optimal lwork
// in work[0].
//
// Zungqr panics if m < 0, n < 0, n > m, k < 0, k > n, lda < max(1,n), lwork
// is invalid, work or a is too short, or len(tau) != k.
func (Implementation) Zungqr(m, n, k int, a []complex128, lda int, tau, work []complex128, lwork int) {
	switch {
	case m < 0:
		panic(mLT0)
	case n < 0:
		panic(nLT0)
	case n > m:
		panic(nGTM)
	case k < 0:
		panic(kLT0)
	case k > n:
		panic(kGTN)
	case lda < max(1, n):
		panic(badLdA)
	case lwork < max(1, n) && lwork != -1:
		panic(badLWork)
	case len(work) < max(1, lwork):
		panic(shortWork)
	}
	if n == 0 {
		work[0] = 1
		return
	}
	if lwork == -1 {
		cm, cn, ck, clda := lint(m), lint(n), lint(k), lint(lda)
		s := enter(len(a))
		st := C.LAPACKE_zungqr_work(rowMajor, cm, cn, ck, nil, clda, nil, c128(work), -1)
		nativecall.Exit(s)
		status("LAPACKE_zungqr_work", st)
		return
	}
	switch {
	case len(a) < (m-1)*lda+n:
		panic(shortA)
	case len(tau) != k:
		panic(badLenTau)
	}
	cm, cn, ck, clda, clwork := lint(m), lint(n), lint(k), lint(lda), lint(lwork)
	s := enter(len(a))
	st := C.LAPACKE_zungqr_work(rowMajor, cm, cn, ck, c128(a), clda, c128(tau), c128(work), clwork)
	nativecall.Exit(s)
	status("LAPACKE_zungqr_work", st)
}

// Zungrq generates the m×n complex matrix Q with orthonormal rows defined
// as the last m rows of the product of k elementary reflectors
// Q = H_0ᴴ * H_1ᴴ * … * H_{k-1}ᴴ, as returned by Zgerqf, using LAPACK's
// zungrq. It is gonum's Dorgr2 for complex data, blocked and with a
// workspace argument.
//
// On entry row m-k+i of a holds the vector defining H_i as Zgerqf stores it
// in the last k rows of its a; on return a holds Q. tau (length k) holds the
// scalar factors.
//
// work must have length at least max(1,lwork) and lwork must be at least
// max(1,m) or -1. If lwork is -1, Zungrq only stores LAPACK's optimal lwork
// in work[0].
//
// Zungrq panics if m < 0, n < m, k < 0, k > m, lda < max(1,n), lwork is
// invalid, work or a is too short, or len(tau) != k.
func (Implementation) Zungrq(m, n, k int, a []complex128, lda int, tau, work []complex128, lwork int) {
	checkOrgrq(m, n, k, lda, lwork, len(work))
	if m == 0 {
		work[0] = 1
		return
	}
	if lwork == -1 {
		cm, cn, ck, clda := lint(m), lint(n), lint(k), lint(lda)
		s := enter(len(a))
		st := C.LAPACKE_zungrq_work(rowMajor, cm, cn, ck, nil, clda, nil, c128(work), -1)
		nativecall.Exit(s)
		status("LAPACKE_zungrq_work", st)
		return
	}
	switch {
	case len(a) < (m-1)*lda+n:
		panic(shortA)
	case len(tau) != k:
		panic(badLenTau)
	}
	cm, cn, ck, clda, clwork := lint(m), lint(n), lint(k), lint(lda), lint(lwork)
	s := enter(len(a))
	st := C.LAPACKE_zungrq_work(rowMajor, cm, cn, ck, c128(a), clda, c128(tau), c128(work), clwork)
	nativecall.Exit(s)
	status("LAPACKE_zungrq_work", st)
}

// Zgeqp3 computes the QR factorization with column pivoting A*P = Q*R of
// the m×n complex matrix A, using LAPACK's zgeqp3 (Level 3 BLAS). It is
// gonum's Dgeqp3 for complex data.
//
// On return a and tau (length at least min(m,n)) hold R and Q as for
// Zgeqrf. jpvt (length n) selects and reports the pivoting, 0-based as in
// gonum: on entry jpvt[j] >= 0 makes column j of A a leading column
// (permuted to the front) and jpvt[j] == -1 a free column; on return
// jpvt[j] == k means column j of A*P was column k of A.
//
// work must have length at least max(1,lwork) and lwork must be at least
// n+1 (1 if min(m,n) == 0) or -1; rwork must have length at least 2*n. If
// lwork is -1, Zgeqp3 only stores LAPACK's optimal lwork in work[0].
//
// Zgeqp3 panics if m < 0, n < 0, lda < max(1,n), lwork is invalid, a slice
// is too short, len(jpvt) != n, or an element of jpvt is below -1 or at
// least n.
func (Implementation) Zgeqp3(m, n int, a []complex128, lda int, jpvt []int, tau, work []complex128, lwork int, rwork []float64) {
	minmn := min(m, n)
	iws := n + 1
	if minmn == 0 {
		iws = 1
	}
	switch {
	case m < 0:
		panic(mLT0)
	case n < 0:
		panic(nLT0)
	case lda < max(1, n):
		panic(badLdA)
	case lwork < iws && lwork != -1:
		panic(badLWork)
	case len(work) < max(1, lwork):
		panic(shortWork)
	}
	if minmn == 0 {
		work[0] = 1
		return
	}
	if lwork == -1 {
		cm, cn, clda := lint(m), lint(n), lint(lda)
		s := enter(len(a))
		st := C.LAPACKE_zgeqp3_work(rowMajor, cm, cn, nil, clda, nil, nil, c128(work), -1, nil)
		nativecall.Exit(s)
		status("LAPACKE_zgeqp3_work", st)
		return
	}
	switch {
	case len(a) < (m-1)*lda+n:
		panic(shortA)
	case len(jpvt) != n:
		panic(badLenJpvt)
	case len(tau) < minmn:
		panic(shortTau)
	case len(rwork) < 2*n:
		panic(drvShortRWork)
	}
	p := jpvtIn(jpvt)
	cm, cn, clda, clwork := lint(m), lint(n), lint(lda), lint(lwork)
	s := enter(len(a))
	st := C.LAPACKE_zgeqp3_work(rowMajor, cm, cn, c128(a), clda, ip(p), c128(tau), c128(work), clwork, f64(rwork))
	nativecall.Exit(s)
	status("LAPACKE_zgeqp3_work", st)
	intsFrom(jpvt, p, 1)
}

// Zgehrd reduces the block A[ilo:ihi+1, ilo:ihi+1] of the n×n complex
// matrix A to upper Hessenberg form H by a unitary similarity
// Qᴴ * A * Q = H, using LAPACK's zgehrd. It is gonum's Dgehrd for complex
// data; ilo and ihi are 0-based as there (typically from balancing), with
// 0 <= ilo <= ihi < n, or ilo == 0 and ihi == -1 when n == 0.
//
// On return the upper triangle and first subdiagonal of a hold H, and the
// elements below the first subdiagonal, with tau (length n-1), hold
// Q = H_ilo * … * H_{ihi-1}, H_i = I - tau[i]*v*vᴴ, v[0:i+1] = 0,
// v[i+1] = 1, v[ihi+1:n] = 0 and v[i+2:ihi+1] stored in a[i+2:ihi+1, i].
// tau[:ilo] and tau[ihi:] are set to zero.
//
// work must have length at least max(1,lwork) and lwork must be at least
// max(1,n) or -1. If lwork is -1, Zgehrd only stores LAPACK's optimal lwork
// in work[0].
//
// Zgehrd panics if n < 0, ilo or ihi is out of range, lda < max(1,n), lwork
// is invalid, work or a is too short, or len(tau) != n-1 (n > 0).
func (Implementation) Zgehrd(n, ilo, ihi int, a []complex128, lda int, tau, work []complex128, lwork int) {
	switch {
	case n < 0:
		panic(nLT0)
	case ilo < 0 || max(0, n-1) < ilo:
		panic(badIlo)
	case ihi < min(ilo, n-1) || n <= ihi:
		panic(badIhi)
	case lda < max(1, n):
		panic(badLdA)
	case lwork < max(1, n) && lwork != -1:
		panic(badLWork)
	case len(work) < max(1, lwork):
		panic(shortWork)
	}
	if n == 0 {
		work[0] = 1
		return
	}
	if lwork == -1 {
		cn, cilo, cihi, clda := lint(n), lint(ilo+1), lint(ihi+1), lint(lda)
		s := enter(len(a))
		st := C.LAPACKE_zgehrd_work(rowMajor, cn, cilo, cihi, nil, clda, nil, c128(work), -1)
		nativecall.Exit(s)
		status("LAPACKE_zgehrd_work", st)
		return
	}
	switch {
	case len(a) < (n-1)*lda+n:
		panic(shortA)
	case len(tau) != n-1:
		panic(badLenTau)
	}
	cn, cilo, cihi, clda, clwork := lint(n), lint(ilo+1), lint(ihi+1), lint(lda), lint(lwork)
	s := enter(len(a))
	st := C.LAPACKE_zgehrd_work(rowMajor, cn, cilo, cihi, c128(a), clda, c128(tau), c128(work), clwork)
	nativecall.Exit(s)
	status("LAPACKE_zgehrd_work", st)
}

// Zunghr generates the n×n unitary matrix Q of a Hessenberg reduction by
// Zgehrd, using LAPACK's zunghr. It is gonum's Dorghr for complex data.
//
// On entry a and tau (length at least n-1) hold Zgehrd's results for the
// same ilo and ihi (0-based, 0 <= ilo <= ihi < n, or ilo == 0 and ihi == -1
// when n == 0); on return a holds Q.
//
// work must have length at least max(1,lwork) and lwork must be at least
// max(1,ihi-ilo) or -1. If lwork is -1, Zunghr only stores LAPACK's optimal
// lwork in work[0].
//
// Zunghr panics if n < 0, ilo or ihi is out of range, lda < max(1,n), lwork
// is invalid, or a slice is too short.
func (Implementation) Zunghr(n, ilo, ihi int, a []complex128, lda int, tau, work []complex128, lwork int) {
	nh := ihi - ilo
	switch {
	case n < 0:
		panic(nLT0)
	case ilo < 0 || max(1, n) <= ilo:
		panic(badIlo)
	case ihi < min(ilo, n-1) || n <= ihi:
		panic(badIhi)
	case lda < max(1, n):
		panic(badLdA)
	case lwork < max(1, nh) && lwork != -1:
		panic(badLWork)
	case len(work) < max(1, lwork):
		panic(shortWork)
	}
	if n == 0 {
		work[0] = 1
		return
	}
	if lwork == -1 {
		cn, cilo, cihi, clda := lint(n), lint(ilo+1), lint(ihi+1), lint(lda)
		s := enter(len(a))
		st := C.LAPACKE_zunghr_work(rowMajor, cn, cilo, cihi, nil, clda, nil, c128(work), -1)
		nativecall.Exit(s)
		status("LAPACKE_zunghr_work", st)
		return
	}
	switch {
	case len(a) < (n-1)*lda+n:
		panic(shortA)
	case len(tau) < n-1:
		panic(shortTau)
	}
	cn, cilo, cihi, clda, clwork := lint(n), lint(ilo+1), lint(ihi+1), lint(lda), lint(lwork)
	s := enter(len(a))
	st := C.LAPACKE_zunghr_work(rowMajor, cn, cilo, cihi, c128(a), clda, c128(tau), c128(work), clwork)
	nativecall.Exit(s)
	status("LAPACKE_zunghr_work", st)
}
