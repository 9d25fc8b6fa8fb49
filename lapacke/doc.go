// Package lapacke implements gonum's lapack.Float64 interface, and more of
// gonum's LAPACK method set, by calling the system's LAPACKE (linked through
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
// Dorgtr, Dsteqr and Dsterf; the driver_*.go and zdriver_*.go files add
// LAPACK drivers and complex routines that gonum lacks. Dlangb is not
// offered: gonum's takes an m×n band matrix and LAPACK's dlangb only a
// square one. Dlarfb is not offered either (see workarounds.go).
//
// # Contract
//
// Every method follows gonum's contract for the same method: the same
// arguments, the same results up to rounding, and the same panics, with
// gonum's messages (errors.go is generated from gonum's source by
// gen_errors.go), raised in Go before C is called, in gonum's order. C never
// sees an argument LAPACK would reject: that would print "Wrong parameter"
// and, in some builds, end the process. Beyond gonum's checks, index
// arguments that LAPACK trusts as array offsets (pivots, permutations) are
// checked to be in range, and a LAPACK rejection that slips through anyway
// panics with a "lapacke:" message rather than returning garbage. Numerical
// outcomes (singular, not positive definite, not converged) are return
// values, as in gonum. The known, deliberate differences from gonum's
// pure-Go code are documented on the methods: Dgesvd supports SVDOverwrite,
// Dggsvd3 requires the workspace LAPACK really needs, Dgetf2 runs the blocked
// factorization, and out-of-range pivots panic instead of being used.
//
// Workspace arguments are the caller's: the LAPACKE_*_work functions are
// called with the caller's work and lwork, and lwork == -1 asks LAPACK's own
// workspace query, whose answer (raised to at least the documented minimum)
// is stored in work[0]. Integer workspaces that are pure scratch reuse the
// caller's []int memory. Dimensions must fit LAPACK's integer type (32 bits
// in Debian's build); larger ones panic.
//
// Implementation is an empty struct and safe for concurrent use. Every call
// into LAPACK goes through the semaphore of internal/nativecall, which bounds
// the number of goroutines inside the native library at once.
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
//     Dpotri, Dpotrs, Dpocon, Dpstrf, Dlauum, Dtrtri, Dtrtrs, Dtrcon, Dsyev
//     (whose eigenvectors are then transposed in place);
//   - band matrices, whose gonum storage is LAPACK's band storage of the
//     transpose: Dpbtrf, Dpbtrs, Dpbcon, Dtbtrs;
//   - norms, with the 1-norm and ∞-norm swapped: Dlange, Dlansy, Dlantr;
//   - QR ↔ LQ and RQ ↔ QL, which are transposes of each other, including
//     the orthogonal factors: Dgeqrf, Dgeqr2, Dgelqf, Dgelq2, Dgerqf, Dorgqr,
//     Dorglq, Dormqr, Dormlq;
//   - the SVD of Aᵀ = V*Σ*Uᵀ: Dgesvd;
//   - row and column permutations: Dlapmr, Dlapmt;
//   - tridiagonal systems, which have no matrix argument: Dgtsv, Dptsv,
//     Dpttrf, Dpttrs, Dptcon, Dsteqr, Dsterf.
//
// Where only A can be used in place, the right-hand side B is transposed
// into one buffer (Dpotrs, Dpbtrs, Dtrtrs, Dtbtrs, Dgtsv, Dptsv, Dpttrs),
// or used in place when it is a single contiguous column. LAPACKE's
// row-major path remains where no transposed equivalent exists: LU with row
// pivoting (Dgetrf, Dgetf2, Dgetrs, Dgetri, Dgecon, Dgesv), pivoted QR
// (Dgeqp3), Dgels (which must leave the factorization gonum documents),
// Dgeev, Dggsvd3, and the Hessenberg and tridiagonal reductions (Dgehrd,
// Dorghr, Dsytrd, Dorgtr).
//
// # LAPACKE defects
//
// workarounds.go lists every defect of LAPACKE's row-major wrappers this
// package works around or avoids, each with its upstream report and a named
// test.
package lapacke

import "gonum.org/v1/gonum/lapack"

//go:generate go run gen_errors.go

var _ lapack.Float64 = Implementation{}
