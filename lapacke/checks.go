package lapacke

import (
	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/lapack"
)

// Argument checks shared by a real routine and its complex counterpart, or
// by several routines with the same arguments. Each panics with gonum's
// messages in gonum's order (the order of the routine's doc comment), so a
// caller sees the same panic from both implementations.

// checkUploSquare checks the triangle ul, the order n, lda, and for n > 0 the
// length of a, of a routine on one n×n triangle (Dpotrf, Dpotri, Zpotrf,
// Zpotri). It reports whether n is zero, when there is nothing to do.
func checkUploSquare(ul blas.Uplo, n, lda, lenA int) (empty bool) {
	switch {
	case ul != blas.Upper && ul != blas.Lower:
		panic(badUplo)
	case n < 0:
		panic(nLT0)
	case lda < max(1, n):
		panic(badLdA)
	}
	if n == 0 {
		return true
	}
	if lenA < (n-1)*lda+n {
		panic(shortA)
	}
	return false
}

// checkSolveDims checks the triangle ul and the dimensions of a solve with
// an n×n triangle of A and an n×nrhs B.
func checkSolveDims(ul blas.Uplo, n, nrhs, lda, ldb int) {
	switch {
	case ul != blas.Upper && ul != blas.Lower:
		panic(badUplo)
	case n < 0:
		panic(nLT0)
	case nrhs < 0:
		panic(nrhsLT0)
	case lda < max(1, n):
		panic(badLdA)
	case ldb < max(1, nrhs):
		panic(badLdB)
	}
}

// checkUploSolve checks the arguments of a solve with an n×n triangle of A
// and an n×nrhs B (Dpotrs, Zpotrs, Dposv, Zposv). It reports whether n or
// nrhs is zero, when there is nothing to do; the lengths are checked only
// otherwise.
func checkUploSolve(ul blas.Uplo, n, nrhs, lda, ldb, lenA, lenB int) (empty bool) {
	checkSolveDims(ul, n, nrhs, lda, ldb)
	if n == 0 || nrhs == 0 {
		return true
	}
	switch {
	case lenA < (n-1)*lda+n:
		panic(shortA)
	case lenB < (n-1)*ldb+nrhs:
		panic(shortB)
	}
	return false
}

// checkGetrf checks the arguments of an LU factorization of an m×n matrix
// (Dgetrf, Zgetrf). It reports whether min(m,n) is zero.
func checkGetrf(m, n, lda, lenA, lenIpiv int) (empty bool) {
	switch {
	case m < 0:
		panic(mLT0)
	case n < 0:
		panic(nLT0)
	case lda < max(1, n):
		panic(badLdA)
	}
	if min(m, n) == 0 {
		return true
	}
	switch {
	case lenA < (m-1)*lda+n:
		panic(shortA)
	case lenIpiv != min(m, n):
		panic(badLenIpiv)
	}
	return false
}

// checkOrgrq checks the arguments of Dorgrq and Zungrq up to the workspace.
func checkOrgrq(m, n, k, lda, lwork, lenWork int) {
	switch {
	case m < 0:
		panic(mLT0)
	case n < m:
		panic(mGTN)
	case k < 0:
		panic(kLT0)
	case k > m:
		panic(kGTM)
	case lda < max(1, n):
		panic(badLdA)
	case lwork < max(1, m) && lwork != -1:
		panic(badLWork)
	case lenWork < max(1, lwork):
		panic(shortWork)
	}
}

// checkEigSym checks the job, triangle, order and lda of the symmetric and
// Hermitian eigensolvers (Dsyevd, Zheevd, and after itype Dsygvd, Zhegvd)
// and reports whether eigenvectors are wanted.
func checkEigSym(jobz lapack.EVJob, ul blas.Uplo, n, lda int) (wantz bool) {
	wantz = jobz == lapack.EVCompute
	switch {
	case !wantz && jobz != lapack.EVNone:
		panic(badEVJob)
	case ul != blas.Upper && ul != blas.Lower:
		panic(badUplo)
	case n < 0:
		panic(nLT0)
	case lda < max(1, n):
		panic(badLdA)
	}
	return wantz
}

// gvdResult maps the info of ?sygvd and ?hegvd (after status) to Dsygvd's
// (minor, ok): info > n means B's leading minor of order info-n is not
// positive, 0 < info <= n that the eigensolver did not converge.
func gvdResult(info, n int) (minor int, ok bool) {
	switch {
	case info > n:
		return info - n, false
	case info > 0:
		return 0, false
	}
	return 0, true
}

// checkGgev checks the arguments of Dggev and Zggev up to the workspace,
// with lwork at least minwork, and reports which eigenvectors are wanted.
func checkGgev(jobvl lapack.LeftEVJob, jobvr lapack.RightEVJob, n, lda, ldb, ldvl, ldvr, lwork, minwork, lenWork int) (wantvl, wantvr bool) {
	wantvl = jobvl == lapack.LeftEVCompute
	wantvr = jobvr == lapack.RightEVCompute
	switch {
	case !wantvl && jobvl != lapack.LeftEVNone:
		panic(badLeftEVJob)
	case !wantvr && jobvr != lapack.RightEVNone:
		panic(badRightEVJob)
	case n < 0:
		panic(nLT0)
	case lda < max(1, n):
		panic(badLdA)
	case ldb < max(1, n):
		panic(badLdB)
	case ldvl < 1 || (wantvl && ldvl < n):
		panic(badLdVL)
	case ldvr < 1 || (wantvr && ldvr < n):
		panic(badLdVR)
	case lwork < minwork && lwork != -1:
		panic(badLWork)
	case lenWork < max(1, lwork):
		panic(shortWork)
	}
	return wantvl, wantvr
}

// checkGees checks the arguments of Dgees and Zgees up to the workspace,
// with lwork at least minwork, and reports whether Schur vectors are wanted.
func checkGees(jobvs lapack.SchurComp, sort SchurSort, n, lda, ldvs, lwork, minwork, lenWork int) (wantvs bool) {
	wantvs = drvWantSchur(jobvs)
	checkSchurSort(sort)
	switch {
	case n < 0:
		panic(nLT0)
	case lda < max(1, n):
		panic(badLdA)
	case ldvs < 1 || (wantvs && ldvs < n):
		panic(drvBadLdVS)
	case lwork < minwork && lwork != -1:
		panic(badLWork)
	case lenWork < max(1, lwork):
		panic(shortWork)
	}
	return wantvs
}

// checkGges checks the arguments of Dgges and Zgges up to the workspace,
// with lwork at least minwork, and reports which Schur vectors are wanted.
func checkGges(jobvsl, jobvsr lapack.SchurComp, sort SchurSort, n, lda, ldb, ldvsl, ldvsr, lwork, minwork, lenWork int) (wantvsl, wantvsr bool) {
	wantvsl, wantvsr = drvWantSchur(jobvsl), drvWantSchur(jobvsr)
	checkSchurSort(sort)
	switch {
	case n < 0:
		panic(nLT0)
	case lda < max(1, n):
		panic(badLdA)
	case ldb < max(1, n):
		panic(badLdB)
	case ldvsl < 1 || (wantvsl && ldvsl < n):
		panic(drvBadLdVSL)
	case ldvsr < 1 || (wantvsr && ldvsr < n):
		panic(drvBadLdVSR)
	case lwork < minwork && lwork != -1:
		panic(badLWork)
	case lenWork < max(1, lwork):
		panic(shortWork)
	}
	return wantvsl, wantvsr
}

// checkTrsen checks the flags and shape arguments of Dtrsen and Ztrsen and
// reports whether s, sep and Q are wanted.
func checkTrsen(job CondJob, compq lapack.UpdateSchurComp, n, ldt, ldq, lenSelected int) (wants, wantsep, wantq bool) {
	wants, wantsep = drvCheckCondJob(job)
	wantq = drvWantQ(compq)
	switch {
	case n < 0:
		panic(nLT0)
	case ldt < max(1, n):
		panic(badLdT)
	case ldq < 1 || (wantq && ldq < n):
		panic(badLdQ)
	case lenSelected != n:
		panic(badLenSelected)
	}
	return wants, wantsep, wantq
}

// checkSytrf checks the arguments of the symmetric and Hermitian indefinite
// factorizations (Dsytrf, Zhetrf, Zsytrf) up to the workspace.
func checkSytrf(ul blas.Uplo, n, lda, lwork, lenWork int) {
	switch {
	case ul != blas.Upper && ul != blas.Lower:
		panic(badUplo)
	case n < 0:
		panic(nLT0)
	case lda < max(1, n):
		panic(badLdA)
	case lwork < 1 && lwork != -1:
		panic(badLWork)
	case lenWork < max(1, lwork):
		panic(shortWork)
	}
}

// checkSysv checks the arguments of the symmetric and Hermitian indefinite
// solvers (Dsysv, Zhesv, Zsysv) up to the workspace.
func checkSysv(ul blas.Uplo, n, nrhs, lda, ldb, lwork, lenWork int) {
	checkSolveDims(ul, n, nrhs, lda, ldb)
	switch {
	case lwork < 1 && lwork != -1:
		panic(badLWork)
	case lenWork < max(1, lwork):
		panic(shortWork)
	}
}

// checkSytrs checks the arguments of Dsytrs and Zhetrs, including that ipiv
// is a pivot vector LAPACK can follow (drvCheckSymPiv). It reports whether
// n or nrhs is zero, when there is nothing to do; lengths and pivots are
// checked only otherwise.
func checkSytrs(ul blas.Uplo, n, nrhs, lda, ldb, lenA int, ipiv []int, lenB int) (empty bool) {
	checkSolveDims(ul, n, nrhs, lda, ldb)
	if n == 0 || nrhs == 0 {
		return true
	}
	switch {
	case lenA < (n-1)*lda+n:
		panic(shortA)
	case len(ipiv) != n:
		panic(badLenIpiv)
	case lenB < (n-1)*ldb+nrhs:
		panic(shortB)
	}
	drvCheckSymPiv(ul, ipiv, n)
	return false
}
