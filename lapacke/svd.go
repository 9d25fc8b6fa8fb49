package lapacke

/*
#include <lapacke.h>
#cgo noescape LAPACKE_dgesvd_work
#cgo nocallback LAPACKE_dgesvd_work
#cgo noescape LAPACKE_dggsvd3_work
#cgo nocallback LAPACKE_dggsvd3_work
*/
import "C"

import (
	"math"

	"gonum.org/v1/gonum/lapack"

	"github.com/goscipy/goscipy/internal/nativecall"
)

// Dgesvd computes the singular value decomposition of the m×n matrix A,
//
//	A = U * Σ * Vᵀ,
//
// with s (length ≥ min(m,n)) receiving the singular values in decreasing
// order. jobU selects the columns of U: SVDAll (all m, u is m×m), SVDStore
// (the first min(m,n), u is m×min(m,n)), SVDOverwrite (the first min(m,n),
// written into a) or SVDNone; jobVT likewise selects rows of Vᵀ (vt n×n or
// min(m,n)×n). At most one of them may be SVDOverwrite. Unlike gonum's
// pure-Go Dgesvd, which panics "dgesvd: not coded for overwrite", this
// implementation supports SVDOverwrite. a is destroyed unless a job is
// SVDOverwrite.
//
// It calls LAPACKE_dgesvd_work in column-major order on Aᵀ = V * Σ * Uᵀ, so
// the roles of U and Vᵀ (and of the two jobs) swap and nothing is copied;
// this also sidesteps LAPACKE's row-major leading-dimension bug, see
// workarounds.go.
//
// work must have length at least max(1,lwork), and lwork must be at least
// max(3*min(m,n)+max(m,n), 5*min(m,n)) (1 if min(m,n) == 0) or -1; if lwork
// is -1 the optimal length is stored in work[0] and nothing else is done.
//
// It returns whether the bidiagonal QR iteration converged; if not, work[1:]
// holds the unconverged superdiagonal as in LAPACK. It panics with gonum's
// messages on invalid arguments.
func (Implementation) Dgesvd(jobU, jobVT lapack.SVDJob, m, n int, a []float64, lda int, s, u []float64, ldu int, vt []float64, ldvt int, work []float64, lwork int) (ok bool) {
	wantua := jobU == lapack.SVDAll
	wantus := jobU == lapack.SVDStore
	wantuo := jobU == lapack.SVDOverwrite
	wantun := jobU == lapack.SVDNone
	if !(wantua || wantus || wantuo || wantun) {
		panic(badSVDJob)
	}
	wantva := jobVT == lapack.SVDAll
	wantvs := jobVT == lapack.SVDStore
	wantvas := wantva || wantvs
	wantvo := jobVT == lapack.SVDOverwrite
	wantvn := jobVT == lapack.SVDNone
	if !(wantva || wantvs || wantvo || wantvn) {
		panic(badSVDJob)
	}
	if wantuo && wantvo {
		panic(bothSVDOver)
	}
	minmn := min(m, n)
	minwork := 1
	if minmn > 0 {
		minwork = max(3*minmn+max(m, n), 5*minmn)
	}
	switch {
	case m < 0:
		panic(mLT0)
	case n < 0:
		panic(nLT0)
	case lda < max(1, n):
		panic(badLdA)
	case ldu < 1, wantua && ldu < m, wantus && ldu < minmn:
		panic(badLdU)
	case ldvt < 1 || (wantvas && ldvt < n):
		panic(badLdVT)
	case lwork < minwork && lwork != -1:
		panic(badLWork)
	case len(work) < max(1, lwork):
		panic(shortWork)
	}
	if minmn == 0 {
		work[0] = 1
		return true
	}
	jobu, jobvt := svdJobsTransposed(jobU, jobVT)
	cm, cn, clda, cldu, cldvt, clwork := lint(m), lint(n), lint(lda), lint(ldu), lint(ldvt), lint(lwork)
	if lwork == -1 {
		st := enter(len(a))
		info := C.LAPACKE_dgesvd_work(colMajor, jobu, jobvt, cn, cm, nil, clda, nil, nil, cldvt, nil, cldu, f64(work), clwork)
		nativecall.Exit(st)
		status("LAPACKE_dgesvd_work", info)
		work[0] = math.Max(work[0], float64(minwork))
		return true
	}
	if len(a) < (m-1)*lda+n {
		panic(shortA)
	}
	if len(s) < minmn {
		panic(shortS)
	}
	if (len(u) < (m-1)*ldu+m && wantua) || (len(u) < (m-1)*ldu+minmn && wantus) {
		panic(shortU)
	}
	if (len(vt) < (n-1)*ldvt+n && wantva) || (len(vt) < (minmn-1)*ldvt+n && wantvs) {
		panic(shortVT)
	}
	// LAPACK's U of Aᵀ is our Vᵀ read column-major, and its Vᵀ is our U.
	var pu, pvt *C.double
	if wantua || wantus {
		pu = f64(u)
	}
	if wantvas {
		pvt = f64(vt)
	}
	st := enter(len(a))
	info := C.LAPACKE_dgesvd_work(colMajor, jobu, jobvt, cn, cm, f64(a), clda, f64(s), pvt, cldvt, pu, cldu, f64(work), clwork)
	nativecall.Exit(st)
	return status("LAPACKE_dgesvd_work", info) == 0
}

// Dggsvd3 computes the generalized singular value decomposition of the m×n
// matrix A and the p×n matrix B,
//
//	Uᵀ * A * Q = D1 * [ 0 R ],
//	Vᵀ * B * Q = D2 * [ 0 R ],
//
// exactly as gonum's Dggsvd3 documents (k+l is the effective rank of
// [Aᵀ Bᵀ]ᵀ, alpha and beta of length n receive the generalized singular
// value pairs, R is left in a and b, and U, V, Q (m×m, p×p, n×n) are computed
// when jobU, jobV, jobQ are GSVDU, GSVDV, GSVDQ). It uses
// LAPACKE_dggsvd3_work (row-major: there is no transposed equivalent), with
// leading dimensions of matrices that are not computed raised to what
// LAPACKE checks (see workarounds.go). On return iwork (length ≥ n) holds the
// zero-based sorting permutation of alpha.
//
// work must have length at least max(1,lwork), and lwork must be -1 or at
// least n + max(3*n+1, m, p), the least LAPACK's internal dggsvp3 and
// dgeqp3 calls accept (gonum documents "greater than n" and panics deeper
// down for less). If lwork is -1 the optimal length is stored in work[0] and
// nothing else is done.
//
// It returns k, l and whether the Jacobi iteration converged. It panics with
// gonum's messages on invalid arguments.
func (Implementation) Dggsvd3(jobU, jobV, jobQ lapack.GSVDJob, m, n, p int, a []float64, lda int, b []float64, ldb int, alpha, beta, u []float64, ldu int, v []float64, ldv int, q []float64, ldq int, work []float64, lwork int, iwork []int) (k, l int, ok bool) {
	wantu := jobU == lapack.GSVDU
	wantv := jobV == lapack.GSVDV
	wantq := jobQ == lapack.GSVDQ
	switch {
	case !wantu && jobU != lapack.GSVDNone:
		panic(badGSVDJob + "U")
	case !wantv && jobV != lapack.GSVDNone:
		panic(badGSVDJob + "V")
	case !wantq && jobQ != lapack.GSVDNone:
		panic(badGSVDJob + "Q")
	case m < 0:
		panic(mLT0)
	case n < 0:
		panic(nLT0)
	case p < 0:
		panic(pLT0)
	case lda < max(1, n):
		panic(badLdA)
	case ldb < max(1, n):
		panic(badLdB)
	case ldu < 1, wantu && ldu < m:
		panic(badLdU)
	case ldv < 1, wantv && ldv < p:
		panic(badLdV)
	case ldq < 1, wantq && ldq < n:
		panic(badLdQ)
	case len(iwork) < n:
		panic(shortWork)
	case lwork < 1 && lwork != -1:
		panic(badLWork)
	case len(work) < max(1, lwork):
		panic(shortWork)
	}
	if len(iwork) != n {
		// gonum's internal Dggsvp3 requires exactly n.
		panic(shortWork)
	}
	lduC, ldvC, ldqC := ggsvd3LeadingDims(wantu, wantv, wantq, m, n, p, ldu, ldv, ldq)
	cm, cn, cp, clda, cldb, clwork := lint(m), lint(n), lint(p), lint(lda), lint(ldb), lint(lwork)
	var ck, cl C.lapack_int
	if lwork == -1 {
		s := enter(len(a))
		info := C.LAPACKE_dggsvd3_work(rowMajor, C.char(jobU), C.char(jobV), C.char(jobQ), cm, cn, cp, &ck, &cl,
			nil, clda, nil, cldb, nil, nil, nil, lduC, nil, ldvC, nil, ldqC, f64(work), clwork, nil)
		nativecall.Exit(s)
		status("LAPACKE_dggsvd3_work", info)
		work[0] = math.Max(work[0], float64(ggsvd3MinWork(m, n, p)))
		return 0, 0, true
	}
	switch {
	case len(a) < (m-1)*lda+n:
		panic(shortA)
	case len(b) < (p-1)*ldb+n:
		panic(shortB)
	case wantu && len(u) < (m-1)*ldu+m:
		panic(shortU)
	case wantv && len(v) < (p-1)*ldv+p:
		panic(shortV)
	case wantq && len(q) < (n-1)*ldq+n:
		panic(shortQ)
	case len(alpha) != n:
		panic(badLenAlpha)
	case len(beta) != n:
		panic(badLenBeta)
	case lwork < ggsvd3MinWork(m, n, p):
		// gonum panics with the same message from its inner Dgeqp3.
		panic(badLWork)
	}
	var pu, pv, pq *C.double
	if wantu {
		pu = f64(u)
	}
	if wantv {
		pv = f64(v)
	}
	if wantq {
		pq = f64(q)
	}
	ciwork := make([]C.lapack_int, max(1, n))
	s := enter(len(a))
	info := C.LAPACKE_dggsvd3_work(rowMajor, C.char(jobU), C.char(jobV), C.char(jobQ), cm, cn, cp, &ck, &cl,
		f64(a), clda, f64(b), cldb, f64(alpha), f64(beta), pu, lduC, pv, ldvC, pq, ldqC, f64(work), clwork, ip(ciwork))
	nativecall.Exit(s)
	ok = status("LAPACKE_dggsvd3_work", info) == 0
	intsFrom(iwork[:n], ciwork[:n], 1)
	return int(ck), int(cl), ok
}

// ggsvd3MinWork is the least lwork LAPACK's dggsvd3 runs with: n for its own
// copy of alpha plus what the dggsvp3 it calls needs (dgeqp3 wants 3*n+1,
// the unblocked orthogonal updates m or p). LAPACK documents only
// "lwork >= 1", and a smaller value makes an inner routine report an illegal
// argument.
func ggsvd3MinWork(m, n, p int) int {
	return n + max(3*n+1, m, p)
}
