package lapacke

/*
#include <lapacke.h>
*/
import "C"

import "gonum.org/v1/gonum/lapack"

// This file records every place where this package works around a defect of
// LAPACKE, each with its upstream report, and holds the helpers that
// implement them. Each workaround has a named test in workarounds_test.go.
// The defects were checked against Debian bookworm's LAPACKE 3.11 (over
// OpenBLAS 0.3.21) with a small C program; goscipy may also be linked against
// older or newer LAPACKE builds, so workarounds for defects fixed by 3.11 are
// kept where they cost nothing.
//
// All the defects are in LAPACKE's LAPACK_ROW_MAJOR wrappers, which check
// leading dimensions of output matrices the caller did not ask for and
// reject, printing "Wrong parameter N in LAPACKE_…", arguments that LAPACK
// itself and gonum accept.
//
//  1. LAPACKE_?gesvd_work, row-major, checks ldu >= 1 and ldvt >= 1 even when
//     jobu or jobvt is 'N' (Reference-LAPACK/lapack#1090, OpenBLAS#5051,
//     reached from gonum/gonum#2008 through gonum/netlib with a zero stride;
//     fixed upstream long after 3.11 by Reference-LAPACK/lapack#1284 and
//     OpenMathLib/OpenBLAS#5052 and #5856). gonum's contract already demands
//     ldu, ldvt >= 1, so validated arguments cannot trigger it in 3.11; in
//     addition Dgesvd does not use the row-major wrapper at all but the
//     column-major path, which passes straight to LAPACK, on Aᵀ = V*Σ*Uᵀ with
//     the jobs and the U/Vᵀ arrays swapped (svdJobsTransposed), which also
//     saves LAPACKE's copies. Test: TestWorkaroundDgesvdJobNoneLd1, the
//     mat.SVD-with-SVDNone situation of gonum/gonum#2008.
//
//  2. LAPACKE_?gesdd_work, row-major, has the same defect for jobz 'N' with
//     ldu or ldvt smaller than the matrix (Reference-LAPACK/lapack#1125,
//     fixed by #1126 / OpenMathLib/OpenBLAS#5307, after 3.11). This
//     package's core does not call ?gesdd; a driver that does must call it
//     column-major on Aᵀ as Dgesvd does, or raise the leading dimensions.
//
//  3. LAPACKE_?geev_work, row-major, required ldvl >= n and ldvr >= n even
//     for eigenvectors not computed (Reference-LAPACK/lapack#327, fixed by
//     #665 and OpenMathLib/OpenBLAS#3818, released in LAPACK 3.11; Ubuntu
//     22.04's LAPACKE 3.10 still has it). Workaround: geevLeadingDims raises
//     them to n; LAPACK never touches the arrays then. Test:
//     TestWorkaroundDgeevLdvl1 (on 3.11 it passes with or without the
//     workaround).
//
//  4. LAPACKE_?ggsvd3_work, row-major, requires ldu >= m, ldv >= p and
//     ldq >= n even when jobu, jobv or jobq is 'N'; 3.11 fails with "Wrong
//     parameter 21" for ldq = 1 (the same class of defect; no upstream
//     report found; LAPACKE/src/lapacke_dggsvd3_work.c in Reference-LAPACK
//     still checks them unconditionally). Workaround: ggsvd3LeadingDims
//     raises them. Test: TestWorkaroundDggsvd3JobNoneLd1.
//
//  5. LAPACKE_?larfb_work, row-major, transposes the reflector block with the
//     wrong triangle for some direct/storev combinations and returns wrong
//     results (Reference-LAPACK/lapack#877, found by gonum/netlib's
//     TestDlarfb; fixed in 3.12). Workaround: this package never calls
//     LAPACKE_dlarfb and does not offer Dlarfb. Test: TestWorkaroundNoLarfb
//     checks that no source file calls it.
//
// LAPACK's own dggsvd3 documents lwork >= 1 although the dggsvp3 and dgeqp3
// it calls need more; that documentation gap is handled by ggsvd3MinWork in
// svd.go.

// svdJobsTransposed returns LAPACK's jobu and jobvt for the SVD of Aᵀ given
// gonum's jobs for A: the left singular vectors of Aᵀ are the right ones of
// A. See workaround 1.
func svdJobsTransposed(jobU, jobVT lapack.SVDJob) (jobu, jobvt C.char) {
	return C.char(jobVT), C.char(jobU)
}

// geevLeadingDims returns the ldvl and ldvr to pass to LAPACKE_dgeev_work in
// row-major order: at least n, as LAPACKE demands even for eigenvectors that
// are not computed (and then not referenced). See workaround 3.
func geevLeadingDims(n, ldvl, ldvr int) (C.lapack_int, C.lapack_int) {
	return lint(max(ldvl, n)), lint(max(ldvr, n))
}

// ggsvd3LeadingDims returns the ldu, ldv and ldq to pass to
// LAPACKE_dggsvd3_work in row-major order: raised to m, p and n for the
// matrices that are not computed (and then not referenced). See workaround 4.
func ggsvd3LeadingDims(wantu, wantv, wantq bool, m, n, p, ldu, ldv, ldq int) (C.lapack_int, C.lapack_int, C.lapack_int) {
	if !wantu {
		ldu = max(ldu, m)
	}
	if !wantv {
		ldv = max(ldv, p)
	}
	if !wantq {
		ldq = max(ldq, n)
	}
	return lint(ldu), lint(ldv), lint(ldq)
}
