package lapacke

/*
#include <lapacke.h>
*/
import "C"

import "gonum.org/v1/gonum/lapack"

// This file records every place where this package works around a defect of
// LAPACKE or LAPACK, each with its upstream report and the tests that fail
// without it, and holds the helpers that implement them. The defects were
// checked against Debian bookworm's LAPACKE 3.11 over OpenBLAS 0.3.21
// (whose LAPACK is Reference LAPACK 3.11 with a few routines replaced);
// goscipy may also be linked against older or newer builds, so workarounds
// for defects fixed since are kept where they cost little.
//
// Most defects are in LAPACKE's LAPACK_ROW_MAJOR wrappers, which check
// leading dimensions of output matrices the caller did not ask for and
// reject, printing "Wrong parameter N in LAPACKE_…", arguments that LAPACK
// itself and gonum accept. Where the workaround is to raise such a leading
// dimension, lapackeLd computes it; LAPACK never references those arrays.
// The others are workspace overruns and argument rejections in LAPACK, and
// workspace formulas that depend on LAPACK internals.
//
//  1. LAPACKE_?gesvd_work, row-major, checks ldu >= 1 and ldvt >= 1 even when
//     jobu or jobvt is 'N' (Reference-LAPACK/lapack#1090, OpenBLAS#5051,
//     reached from gonum/gonum#2008 through gonum/netlib with a zero stride;
//     fixed upstream long after 3.11 by Reference-LAPACK/lapack#1284 and
//     OpenMathLib/OpenBLAS#5052 and #5856). gonum's contract already demands
//     ldu, ldvt >= 1, so validated arguments cannot trigger it in 3.11; in
//     addition Dgesvd and Zgesvd do not use the row-major wrapper at all but
//     the column-major path, which passes straight to LAPACK, on
//     Aᵀ = V*Σ*Uᵀ with the jobs and the U/Vᵀ arrays swapped
//     (svdJobsTransposed), which also saves LAPACKE's copies. Test:
//     TestWorkaroundDgesvdJobNoneLd1, the mat.SVD-with-SVDNone situation of
//     gonum/gonum#2008.
//
//  2. LAPACKE_?gesdd_work, row-major, rejects ldvt < n (and ldu < m) even
//     when Vᵀ (or U) is not computed (Reference-LAPACK/lapack#1125, fixed by
//     #1126 and OpenMathLib/OpenBLAS#5307, after 3.11). Dgesdd and Zgesdd
//     run jobz 'A', 'S' and 'N' column-major on Aᵀ as Dgesvd does; jobz 'O'
//     must stay row-major (LAPACK's choice of which factor overwrites A
//     depends on m >= n), so they pass ldvt raised to n when m < n and Vᵀ is
//     not referenced. Test: TestDriverWorkaroundGesddLd1.
//
//  3. LAPACKE_?geev_work, row-major, required ldvl >= n and ldvr >= n even
//     for eigenvectors not computed (Reference-LAPACK/lapack#327, fixed by
//     #665 and OpenMathLib/OpenBLAS#3818, released in LAPACK 3.11; Ubuntu
//     22.04's LAPACKE 3.10 still has it). Workaround: geevLeadingDims raises
//     them to n for Dgeev and Zgeev. Test: TestWorkaroundDgeevLdvl1 (on 3.11
//     it passes with or without the workaround).
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
//  6. LAPACK's dgeqp3, when jpvt marks leading columns and free columns
//     remain, sizes its blocks from the free columns but places its F
//     matrix after all 2*n column norms, so it writes up to two elements
//     per leading column past the lwork it was given
//     (Reference-LAPACK/lapack#342; fix proposed in #1035, unmerged).
//     Dgelsy runs dgeqp3 on the tail of its workspace and inherits the
//     overrun. Workaround: geqp3Work lowers the lwork passed by that slack
//     when the minimum allows, and otherwise hands LAPACK a temporary buffer
//     with the slack (Dgeqp3 copies its work[0] back, as gonum documents
//     it). zgeqp3 keeps the norms in rwork and is not affected. Tests:
//     TestWorkaroundGeqp3LeadingColumns, TestDriverWorkaroundDgelsyLeadingColumns.
//
//  7. LAPACKE_?gees_work, row-major, requires ldvs >= n even when jobvs is
//     'N' (the class of #1090; LAPACKE/src/lapacke_dgees_work.c checks it
//     unconditionally). Workaround: Dgees and Zgees pass ldvs raised to n.
//     Tests: TestDriverDgees, TestDriverZgees (ldvs = 1 with SchurNone).
//
//  8. LAPACKE_?trsen_work, row-major, requires ldq >= n even when compq is
//     'N' (the same class). Workaround: Dtrsen and Ztrsen pass ldq raised
//     to n. Test: TestDriverTrsen (ldq = 1 without Q).
//
//  9. LAPACKE_dormrq_work, row-major, transposes A as k×m whatever the side,
//     so with side 'R' and m != n it reads the wrong block (out of bounds
//     when n > m) or rejects a valid lda with "Wrong parameter 8"; it is so
//     in 3.11 and in upstream HEAD (no report found). Workaround: Dormrq
//     never calls it but LAPACK's dormql, column-major, from the other side
//     on Cᵀ, which is the same product in the same memory. Tests:
//     TestDriverDormrqGonum (gonum's Dormr2Test), TestDriverDorgrqDormrqLWork.
//
//  10. LAPACK 3.11's ?gelsd rejects nrhs == 0 in its ?lalsd, printing an
//      XERBLA message (Reference-LAPACK/lapack#1037, unmerged), and OpenBLAS
//      0.3.21's ?gelss reads and writes past a zero-width B
//      (Reference-LAPACK/lapack#875, fixed by #876 after 3.11 and in
//      OpenBLAS 0.3.24). Workaround: for nrhs == 0 Dgelsd, Zgelsd, Dgelss
//      and Zgelss solve one zero right-hand side instead (nrhsZero), which
//      yields the same singular values and rank. Test:
//      TestDriverWorkaroundNrhsZero.
//
//  11. LAPACK 3.11's zgelsd takes its path for n much larger than m as soon
//      as lwork allows the LQ factorization, but then gives zlalsd fewer
//      elements than it needs for nrhs right-hand sides, writing past the
//      end of work for lwork in a window above that threshold
//      (Reference-LAPACK/lapack#1037, unmerged). Workaround: zgelsdWork
//      lowers the lwork passed below the window when the minimum allows, and
//      otherwise hands LAPACK a large enough temporary buffer. Test:
//      TestDriverWorkaroundZgelsdPath2a.
//
//  12. LAPACK's dgelsy checks lwork against mn + max(2*mn, n+1, mn+nrhs),
//      less than the 3*n+1 that the dgeqp3 it calls on the tail of work
//      needs (mn+3*n+1 in all), so it accepts an lwork with which dgeqp3
//      then fails with an XERBLA message. Workaround: Dgelsy requires its
//      documented max(mn+3*n+1, 2*mn+nrhs). Test:
//      TestDriverWorkaroundDgelsyMinimalWork.
//
//  13. LAPACK's zgeev, in a workspace query with eigenvectors wanted, lets
//      ztrevc3 store its own answer in rwork[0], which LAPACK documents as
//      unreferenced then. Workaround: Zgeev's query passes a one-element
//      rwork, so callers may pass none. Test: TestDriverZgeev (queries with
//      a nil rwork).
//
//  14. ?gelsd's minimal workspaces depend on SMLSIZ, which LAPACK takes from
//      ILAENV; LAPACKE 3.11 offers no ilaenv, so Dgelsd and Zgelsd assume
//      the reference value 25 (drvSmlsiz) in the minimums they document and
//      check. Test: TestDriverGelsdWorkspaceAgrees compares those formulas
//      with the library's own workspace queries.
//
//  15. LAPACK 3.11's dsbevd and dsbevx, for a band wider than the matrix
//      (kd > n-1) with values large or small enough that they rescale,
//      scale the band through dlascl with kl, ku > n-1, which leaves it
//      unscaled: the eigenvalues come out wrong or info is negative (found
//      by FuzzStructured in scipy/linalg; no upstream report found).
//      Workaround: sbevClampKd (driver_band_more.go) repacks such a band
//      with kd = n-1 into a copy. Test: TestDriverSbevKdAboveN.
//
//  16. LAPACK 3.11's dsbevd returns AB(1,1) for n = 1 whatever the
//      triangle, which for UPLO = 'U' and kd > 0 lies outside the band
//      (dsbev reads AB(KD+1,1)); scipy.linalg.eig_banded 1.10 returns that
//      wrong value. Workaround: the same repacking (kd = 0 for n = 1).
//      Test: TestDriverSbevdSbevx (n = 1, kd > 0).
//
// LAPACK's own dggsvd3 documents lwork >= 1 although the dggsvp3 and dgeqp3
// it calls need more; that documentation gap is handled by ggsvd3MinWork in
// svd.go.

// lapackeLd returns the leading dimension to give a LAPACKE row-major
// wrapper for a matrix with cols columns that LAPACK will not reference,
// because the caller did not ask for it: the wrappers check ld >= cols even
// then (workarounds 2, 3, 4, 7 and 8). For a wanted matrix ld >= cols
// already holds and ld is returned unchanged.
func lapackeLd(ld, cols int) int {
	return max(ld, cols)
}

// svdJobsTransposed returns LAPACK's jobu and jobvt for the SVD of Aᵀ given
// gonum's jobs for A: the left singular vectors of Aᵀ are the right ones of
// A. See workaround 1.
func svdJobsTransposed(jobU, jobVT lapack.SVDJob) (jobu, jobvt C.char) {
	return C.char(jobVT), C.char(jobU)
}

// geevLeadingDims returns the ldvl and ldvr to pass to LAPACKE_dgeev_work
// and LAPACKE_zgeev_work in row-major order: at least n, as LAPACKE 3.10
// demands even for eigenvectors that are not computed (and then not
// referenced). See workaround 3.
func geevLeadingDims(n, ldvl, ldvr int) (C.lapack_int, C.lapack_int) {
	return lint(lapackeLd(ldvl, n)), lint(lapackeLd(ldvr, n))
}

// ggsvd3LeadingDims returns the ldu, ldv and ldq to pass to
// LAPACKE_dggsvd3_work in row-major order: raised to m, p and n for the
// matrices that are not computed (and then not referenced). See workaround 4.
func ggsvd3LeadingDims(wantu, wantv, wantq bool, m, n, p, ldu, ldv, ldq int) (C.lapack_int, C.lapack_int, C.lapack_int) {
	if !wantu {
		ldu = lapackeLd(ldu, m)
	}
	if !wantv {
		ldv = lapackeLd(ldv, p)
	}
	if !wantq {
		ldq = lapackeLd(ldq, n)
	}
	return lint(ldu), lint(ldv), lint(ldq)
}

// geqp3Work returns the workspace and lwork to hand to LAPACK's dgeqp3, or
// to a routine that runs dgeqp3 on the tail of its workspace (dgelsy), given
// the caller's work and lwork, the smallest lwork the routine accepts, and
// the LAPACK-style column flags p of the m×n matrix (nonzero: leading). See
// workaround 6: with nfxd leading columns and free columns still to
// factorize, dgeqp3 may write 2*nfxd elements past lwork. The lwork passed
// is lowered by that much when the minimum allows (dgeqp3 then takes
// blocks that fit); otherwise a buffer with that much slack is allocated,
// whose work[0] the caller copies back.
func geqp3Work(p []C.lapack_int, m, n int, work []float64, lwork, minimum int) ([]float64, int) {
	nfxd := 0
	for _, v := range p {
		if v != 0 {
			nfxd++
		}
	}
	if nfxd == 0 || nfxd >= min(m, n) {
		return work, lwork
	}
	slack := 2 * nfxd
	if lwork-slack >= minimum {
		return work, lwork - slack
	}
	return make([]float64, lwork+slack), lwork
}

// nrhsZero returns the right-hand side to hand to ?gelsd and ?gelss: b
// itself when nrhs > 0, and otherwise one zero column of length mx, which
// gives the same singular values and rank (workaround 10).
func nrhsZero[T float64 | complex128](nrhs int, b []T, ldb, mx int) (int, []T, int) {
	if nrhs > 0 {
		return nrhs, b, ldb
	}
	return 1, make([]T, mx), 1
}

// zgelsdWork returns the workspace and lwork to hand to zgelsd (workaround
// 11). LAPACK 3.11's zgelsd takes its "path 2a" (n much larger than m) as
// soon as lwork >= 4*m + m*m + max(m, 2*m-4, nrhs, n-3*m), but then gives
// zlalsd only lwork - m*m - 3*m elements where zlalsd needs m*nrhs. When
// lwork falls in that window, the lwork passed is lowered to select
// zgelsd's other algorithm if the minimum allows, and otherwise a large
// enough buffer is allocated for the call. Work is left alone in every other
// case.
func zgelsdWork(m, n, nrhs int, work []complex128, lwork int) ([]complex128, int) {
	if n <= m || n < drvMnthr(m, n) {
		return work, lwork
	}
	path2a := 4*m + m*m + max(m, 2*m-4, nrhs, n-3*m)
	need := m*m + 3*m + m*nrhs
	if lwork < path2a || lwork >= need {
		return work, lwork
	}
	if minw := max(2*m+n, 2*m+m*nrhs); path2a-1 >= minw {
		return work, path2a - 1
	}
	w := make([]complex128, need)
	return w, need
}
