// Package lapacke implements gonum's lapack.Float64 interface, more of
// gonum's LAPACK method set, and the LAPACK drivers and complex routines
// that scipy.linalg needs, by calling the system's LAPACKE (linked through
// pkg-config; Debian's liblapacke over OpenBLAS's LAPACK by default).
//
// # Coverage
//
// Implementation has all 33 methods of lapack.Float64, so
//
//	lapacke.Use() // lapack64.Use(lapacke.Implementation{})
//
// routes gonum's lapack64 functions, and with them mat's decompositions
// (LU, Cholesky, QR, LQ, SVD, EigenSym, Eigen, GSVD, condition numbers), to
// native LAPACK. Call blas64.Use with the cblas package as well: gonum's mat
// reaches BLAS and LAPACK through separate globals. lapack64.Gtsv, Lagtm,
// Langb, Langt, Lansb and Lantb stay pure Go whatever is installed, because
// gonum calls its own implementation for them directly.
//
// With gonum's signatures, so that gonum's testlapack suites run on them
// unchanged, Implementation also has Dgesv, Dgetf2, Dgtsv, Dptsv, Dpttrf,
// Dpttrs, Dptcon, Dgeqr2, Dgelq2, Dgerqf, Dgehrd, Dorghr, Dlauum, Dsytrd,
// Dorgtr, Dsteqr and Dsterf. Dlangb is not offered: gonum's takes an m×n
// band matrix and LAPACK's dlangb only a square one. Dlarfb is not offered
// either (see workarounds.go).
//
// The LAPACK drivers gonum lacks have new signatures that follow gonum's
// conventions (driver_*.go for real data, zdriver_*.go for complex data;
// each method's doc comment gives its SciPy counterpart where there is one):
//
//   - linear systems: Dposv, Dsysv, Dgbsv, Dpbsv; Zgesv, Zposv, Zhesv,
//     Zsysv; factorizations and their solves Dsytrf, Dsytrs, Zgetrf,
//     Zgetrs, Zgetri, Zpotrf, Zpotrs, Zpotri, Ztrtri, Zhetrf, Zhetrs,
//     Zsytrf, Zsytrs; condition estimates Zgecon, Zpocon, Ztrcon, Zhecon,
//     Zsycon;
//   - least squares of any rank: Dgelsd, Dgelsy, Dgelss and Zgelsd,
//     Zgelsy, Zgelss (scipy.linalg.lstsq's three drivers);
//   - singular values: Dgesdd, Zgesdd, Zgesvd;
//   - symmetric and Hermitian eigenproblems: Dsyevd, Dsyevr, Dsygvd and
//     Zheev, Zheevd, Zheevr, Zhegvd; symmetric band: Dsbevd, Dsbevx;
//     symmetric tridiagonal: Dstev, Dstebz, Dstein, Dstemr; general ones:
//     Zgeev, Dggev, Zggev;
//   - Schur forms: Dgees, Dgges, Dtrsen, Dtgsen, Dtrsyl and Zgees, Zgges,
//     Ztrsen, Ztgsen, Ztrsyl (Dtgsen and Ztgsen with ijob = 0 only: no
//     condition estimates);
//   - orthogonal and unitary factors: Dorgrq, Dormrq, Zgeqrf, Zungqr,
//     Zgerqf, Zungrq, Zgeqp3, Zgehrd, Zunghr.
//
// ColMajor gives Dgetrf, Dgetrs, Dgecon and Dgetri on column-major storage,
// LAPACK's own layout: LU has no transposed equivalent, so Implementation's
// row-major LU goes through LAPACKE's copying path, and callers that only
// need what an LU factorization gives (scipy/linalg's Solve, Inv, Det) use
// ColMajor on the transpose instead.
//
// A complex routine takes gonum's arguments for the real one of the same
// name with []complex128 data, plus LAPACK's real workspace rwork where
// LAPACK has one.
//
// # Flag types
//
// Where gonum's lapack package has a type for a LAPACK flag (lapack.SVDJob,
// lapack.EVJob, lapack.SchurComp, …) the drivers use it. Four flags have
// no gonum type and are defined here: EVOrder (Dstebz's ordering:
// OrderBlock, OrderEntire), EVRange (which eigenvalues Dsyevr and
// Zheevr compute: RangeAll, RangeValue, RangeIndex), CondJob (which
// condition numbers Dtrsen and Ztrsen compute: CondNone, CondEigenvalues,
// CondSubspace, CondBoth) and SchurSort (which eigenvalues the Schur drivers
// move to the top left: SortNone and SciPy's predicates SortLHP, SortRHP,
// SortIUC, SortOUC, evaluated in C because LAPACK calls them back).
//
// # Index conventions
//
// Every index is 0-based, as in gonum, and converted to and from LAPACK's
// 1-based ones here: row pivots ipiv (row i was interchanged with row
// ipiv[i]), column pivots jpvt (on entry -1 marks a free column and any
// value in [0,n) a leading one, as in gonum's Dgeqp3; on return jpvt[j] = k
// means column j of A*P is column k of A), the eigenvalue range il…iu of
// Dsyevr and Zheevr (inclusive), the balancing range ilo…ihi of Zgehrd and
// Zunghr, the support isuppz of Dsyevr and Zheevr, and iblock, isplit and
// ifail of Dstebz, Dstein and Dsbevx (-1 in ifail means none). The pivots of the
// symmetric and Hermitian indefinite factorizations (Dsytrf, Zhetrf, Zsytrf)
// keep LAPACK's sign convention: a non-negative entry is LAPACK's minus one,
// a negative one (a 2×2 block) is LAPACK's value, that is ^k for 0-based
// row k; Dsytrf's doc comment has the details.
//
// # Contract
//
// Every method follows gonum's contract for the same method (for a new
// driver, the contract its doc comment states in gonum's terms): the same
// arguments, the same results up to rounding, and the same panics, with
// gonum's messages (errors.go is generated from gonum's source by
// gen_errors.go; driver_errors.go adds the few gonum has no message for),
// raised in Go before C is called, in gonum's order. C never sees an
// argument LAPACK would reject: that would print "Wrong parameter" and, in
// some builds, end the process. Beyond gonum's checks, index arguments that
// LAPACK trusts as array offsets (pivots, permutations) are checked to be in
// range, and a LAPACK rejection that slips through anyway panics with a
// "lapacke:" message rather than returning garbage. Numerical outcomes
// (singular, not positive definite, not converged) are return values, as in
// gonum. The known, deliberate differences from gonum's pure-Go code are
// documented on the methods: Dgesvd supports SVDOverwrite, Dggsvd3 requires
// the workspace LAPACK really needs, Dgetf2 runs the blocked factorization,
// and out-of-range pivots panic instead of being used.
//
// Workspace arguments are the caller's: the LAPACKE_*_work functions are
// called with the caller's work and lwork, and lwork == -1 asks LAPACK's own
// workspace query, whose answer (raised to at least the documented minimum
// where gonum does so) is stored in work[0], and for drivers with integer or
// real workspaces in iwork[0] and rwork[0] as well. Integer workspaces that
// are pure scratch reuse the caller's []int memory. Where LAPACK would write
// past the workspace it is given (see workarounds.go), the lwork passed is
// lowered or a temporary buffer is used. Dimensions must fit LAPACK's
// integer type (32 bits in Debian's build); larger ones panic.
//
// # Non-finite input
//
// As in gonum, NaN and ±Inf are not checked for: they pass to LAPACK, which
// gives unspecified results. Beware that some of LAPACK's iterations do not
// terminate on them: Dsyevr and Zheevr (MRRR) were seen to loop forever on a
// NaN entry with OpenBLAS 0.3.21's LAPACK, and the QR iterations behind the
// eigenvalue, Schur and SVD drivers are not guaranteed to stop either.
// Check finiteness first when the data may hold them (scipy/linalg does, by
// default, and always for the iterative drivers).
//
// Implementation is an empty struct and safe for concurrent use. Every call
// into LAPACK goes through the semaphore of internal/nativecall, which bounds
// the number of goroutines inside the native library at once. Everything
// that can panic (dimension conversions, slice checks, the status check of
// LAPACK's info) happens before a slot is taken or after it is given back,
// so a panic cannot leak a slot; TestNativeCallRegionsCannotPanic checks
// this for every call site. Calls on matrices of 2048 elements or more
// first yield the goroutine when no native call has yielded for 4 ms
// (yield.go), so that a loop of LAPACK calls keeps its P instead of losing
// it to Go's sysmon at every tick.
//
// # Storage order
//
// gonum stores matrices row-major; LAPACK computes column-major. LAPACKE's
// LAPACK_ROW_MAJOR mode bridges the two by allocating column-major copies of
// every matrix argument and transposing them in and out on each call, which
// dominates the cost for small matrices. A row-major matrix read
// column-major is its transpose, so wherever LAPACK solves the transposed
// problem with the same arithmetic this package calls LAPACKE with
// LAPACK_COL_MAJOR on the caller's memory and copies nothing:
//
//   - symmetric and triangular factors, with the triangle swapped: Dpotrf,
//     Dpotri, Dpotrs, Dpocon, Dpstrf, Dlauum, Dtrtri, Dtrtrs, Dtrcon, Dsyev,
//     Dposv, Dsyevd, Dsyevr, Dsygvd (whose eigenvectors are then transposed
//     in place); for complex Hermitian matrices the swapped triangle is that
//     of conj(A), so Zpotrf, Zpotrs, Zpotri, Zpocon, Zposv, Zheev, Zheevd, Zheevr
//     and Zhegvd run on conjugates; Ztrtri and Ztrcon on the transpose;
//   - band matrices, whose gonum storage is LAPACK's band storage of the
//     transpose: Dpbtrf, Dpbtrs, Dpbcon, Dtbtrs, Dpbsv, Dsbevd, Dsbevx;
//   - norms, with the 1-norm and ∞-norm swapped: Dlange, Dlansy, Dlantr;
//   - QR ↔ LQ and RQ ↔ QL, which are transposes of each other, including
//     the orthogonal factors: Dgeqrf, Dgeqr2, Dgelqf, Dgelq2, Dgerqf, Dorgqr,
//     Dorglq, Dormqr, Dormlq, and Dormrq (as dormql);
//   - the SVD of Aᵀ = V*Σ*Uᵀ: Dgesvd, Zgesvd, and Dgesdd and Zgesdd except
//     with SVDOverwrite;
//   - row and column permutations: Dlapmr, Dlapmt;
//   - tridiagonal systems, which have no matrix argument: Dgtsv, Dptsv,
//     Dpttrf, Dpttrs, Dptcon, Dsteqr, Dsterf.
//
// Where only A can be used in place, the right-hand side B is transposed
// into one buffer (Dpotrs, Dpbtrs, Dtrtrs, Dtbtrs, Dgtsv, Dptsv, Dpttrs,
// Dposv, Dpbsv, and conjugated Zpotrs and Zposv), or used in place when it
// is a single contiguous column. Dgbsv copies its band into LAPACK's layout
// as well. LAPACKE's row-major path remains
// where no transposed equivalent exists: LU with row pivoting (Dgetrf,
// Dgetf2, Dgetrs, Dgetri, Dgecon, Dgesv and the complex ones), pivoted QR
// (Dgeqp3, Zgeqp3), Dgels, the least-squares drivers, the nonsymmetric
// eigen and Schur drivers (Dgeev, Zgeev, Dggev, Zggev, Dgees, Zgees, Dgges,
// Zgges, Dtrsen, Ztrsen, Dtrsyl, Ztrsyl), whose results (the order of the
// eigenvalues, the Schur form) would differ for the transposed problem, the
// Bunch-Kaufman factorizations (whose stored factors LAPACK documents only
// for the untransposed matrix), Dggsvd3, the complex QR and RQ routines and
// Dorgrq, and the Hessenberg and tridiagonal reductions (Dgehrd, Dorghr,
// Dsytrd, Dorgtr, Zgehrd, Zunghr).
//
// # LAPACKE defects
//
// workarounds.go lists every defect of LAPACKE and LAPACK this package works
// around or avoids, each with its upstream report and the tests that fail
// without the workaround.
package lapacke

import "gonum.org/v1/gonum/lapack"

//go:generate go run gen_errors.go

var _ lapack.Float64 = Implementation{}
