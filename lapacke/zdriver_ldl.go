package lapacke

// Complex Hermitian and complex symmetric indefinite (Bunch-Kaufman)
// factorizations and the Hermitian solve.

/*
#cgo noescape LAPACKE_zhetrf_work
#cgo nocallback LAPACKE_zhetrf_work
#cgo noescape LAPACKE_zsytrf_work
#cgo nocallback LAPACKE_zsytrf_work
#cgo noescape LAPACKE_zhetrs_work
#cgo nocallback LAPACKE_zhetrs_work
#include <lapacke.h>
*/
import "C"

import (
	"gonum.org/v1/gonum/blas"

	"github.com/goscipy/goscipy/internal/nativecall"
)

// Zhetrf computes the Bunch-Kaufman factorization of the n×n Hermitian
// matrix A, using LAPACK's zhetrf:
//
//	A = U*D*Uᴴ  if ul == blas.Upper,
//	A = L*D*Lᴴ  if ul == blas.Lower,
//
// where U (L) is a product of permutation and unit upper (lower) triangular
// matrices and D is Hermitian block diagonal with 1×1 and 2×2 blocks.
//
// Storage, the ipiv encoding, ok, work, lwork and panics are as for Dsytrf.
// The imaginary parts of A's diagonal are taken as zero.
func (Implementation) Zhetrf(ul blas.Uplo, n int, a []complex128, lda int, ipiv []int, work []complex128, lwork int) (ok bool) {
	return zdrvSytrf(true, ul, n, a, lda, ipiv, work, lwork)
}

// Zsytrf computes the Bunch-Kaufman factorization of the n×n complex
// symmetric (A = Aᵀ, not Hermitian) matrix A, using LAPACK's zsytrf:
//
//	A = U*D*Uᵀ  if ul == blas.Upper,
//	A = L*D*Lᵀ  if ul == blas.Lower,
//
// where D is complex symmetric block diagonal with 1×1 and 2×2 blocks.
//
// Storage, the ipiv encoding, ok, work, lwork and panics are as for Dsytrf.
func (Implementation) Zsytrf(ul blas.Uplo, n int, a []complex128, lda int, ipiv []int, work []complex128, lwork int) (ok bool) {
	return zdrvSytrf(false, ul, n, a, lda, ipiv, work, lwork)
}

// zdrvSytrf is Zhetrf (herm) and Zsytrf (!herm), through LAPACKE's row-major
// path for the reason given at Dsytrf.
func zdrvSytrf(herm bool, ul blas.Uplo, n int, a []complex128, lda int, ipiv []int, work []complex128, lwork int) bool {
	checkSytrf(ul, n, lda, lwork, len(work))
	if n == 0 {
		work[0] = 1
		return true
	}
	var pa *C.lapack_complex_double
	var pp *C.lapack_int
	var p []C.lapack_int
	if lwork != -1 {
		switch {
		case len(a) < (n-1)*lda+n:
			panic(shortA)
		case len(ipiv) != n:
			panic(badLenIpiv)
		}
		p = make([]C.lapack_int, n)
		pa, pp = c128(a), &p[0]
	}
	var st C.lapack_int
	cn, clda, clwork := lint(n), lint(lda), lint(lwork)
	s := enter(len(a))
	if herm {
		st = C.LAPACKE_zhetrf_work(rowMajor, C.char(ul), cn, pa, clda, pp, c128(work), clwork)
	} else {
		st = C.LAPACKE_zsytrf_work(rowMajor, C.char(ul), cn, pa, clda, pp, c128(work), clwork)
	}
	nativecall.Exit(s)
	info := status(routineName(herm, "LAPACKE_zhetrf_work", "LAPACKE_zsytrf_work"), st)
	if lwork == -1 {
		return true
	}
	drvSymPivOut(ipiv, p)
	return info == 0
}

// Zhetrs solves A * X = B for X, where the n×n Hermitian matrix A has been
// factorized by Zhetrf with the same ul and B and X are n×nrhs, using
// LAPACK's zhetrs.
//
// a and ipiv are Zhetrf's results and are not modified; on return b holds
// X. Panics are as for Dsytrs.
func (Implementation) Zhetrs(ul blas.Uplo, n, nrhs int, a []complex128, lda int, ipiv []int, b []complex128, ldb int) {
	if checkSytrs(ul, n, nrhs, lda, ldb, len(a), ipiv, len(b)) {
		return
	}
	p := drvSymPivIn(ipiv)
	cn, cnrhs, clda, cldb := lint(n), lint(nrhs), lint(lda), lint(ldb)
	s := enter(len(a))
	st := C.LAPACKE_zhetrs_work(rowMajor, C.char(ul), cn, cnrhs, c128(a), clda, ip(p), c128(b), cldb)
	nativecall.Exit(s)
	status("LAPACKE_zhetrs_work", st)
}
