package lapacke

// Real symmetric indefinite (Bunch-Kaufman) factorization and solve.

/*
#cgo noescape LAPACKE_dsytrf_work
#cgo nocallback LAPACKE_dsytrf_work
#cgo noescape LAPACKE_dsytrs_work
#cgo nocallback LAPACKE_dsytrs_work
#include <lapacke.h>
*/
import "C"

import (
	"gonum.org/v1/gonum/blas"

	"github.com/goscipy/goscipy/internal/nativecall"
)

// drvCheckSymPiv panics unless ipiv is a valid Bunch-Kaufman pivot vector
// for an n×n matrix (encoding at Dsytrf): every interchange is a row in
// [0,n), and the negative entries pair up into 2×2 blocks the way LAPACK's
// ?sytrs walks them. LAPACK trusts ipiv, and a bad one would make it index
// outside the matrix.
func drvCheckSymPiv(ul blas.Uplo, ipiv []int, n int) {
	for _, p := range ipiv {
		if p >= n || p < -n {
			panic(badElemIpiv)
		}
	}
	if ul == blas.Upper {
		for k := n - 1; k >= 0; {
			if ipiv[k] >= 0 {
				k--
				continue
			}
			if k < 1 || ipiv[k-1] != ipiv[k] {
				panic(badElemIpiv)
			}
			k -= 2
		}
		return
	}
	for k := 0; k < n; {
		if ipiv[k] >= 0 {
			k++
			continue
		}
		if k+1 >= n || ipiv[k+1] != ipiv[k] {
			panic(badElemIpiv)
		}
		k += 2
	}
}

// Dsytrf computes the Bunch-Kaufman factorization of the n×n symmetric
// matrix A, using LAPACK's dsytrf:
//
//	A = U*D*Uᵀ  if ul == blas.Upper,
//	A = L*D*Lᵀ  if ul == blas.Lower,
//
// where U (L) is a product of permutation and unit upper (lower) triangular
// matrices and D is symmetric block diagonal with 1×1 and 2×2 blocks.
//
// On entry a holds the ul triangle of A. On return that triangle holds D and
// the multipliers, element for element as LAPACK's dsytrf documents them for
// this (row-major) matrix. ipiv, of length n, holds the interchanges and
// block structure with LAPACK's convention made 0-based. This signature and
// the encoding are new (gonum has no Bunch-Kaufman routines):
//
//   - ipiv[k] >= 0: D(k,k) is a 1×1 block, and rows and columns k and
//     ipiv[k] were interchanged;
//   - ipiv[k] < 0 with ul == blas.Upper: ipiv[k-1] == ipiv[k], D(k-1:k+1,
//     k-1:k+1) is a 2×2 block, and rows and columns k-1 and ^ipiv[k]
//     (= -ipiv[k]-1) were interchanged;
//   - ipiv[k] < 0 with ul == blas.Lower: ipiv[k+1] == ipiv[k], D(k:k+2,
//     k:k+2) is a 2×2 block, and rows and columns k+1 and ^ipiv[k] were
//     interchanged.
//
// Negative entries are therefore LAPACK's values unchanged, and non-negative
// ones are LAPACK's minus one.
//
// ok is false if D is exactly singular (some D(k,k) is zero); the
// factorization is complete, but solving with it would divide by zero.
//
// work must have length at least max(1,lwork) and lwork must be at least 1
// or -1. If lwork is -1, Dsytrf only stores LAPACK's optimal lwork in
// work[0].
//
// Dsytrf panics if ul is not blas.Upper or blas.Lower, n < 0,
// lda < max(1,n), lwork is invalid, work or a is too short, or
// len(ipiv) != n.
//
// It goes through LAPACKE's row-major path (a transposed copy) so that the
// stored factorization is the documented one; the copy-free column-major
// path on the opposite triangle would pivot in the opposite order.
func (Implementation) Dsytrf(ul blas.Uplo, n int, a []float64, lda int, ipiv []int, work []float64, lwork int) (ok bool) {
	checkSytrf(ul, n, lda, lwork, len(work))
	if n == 0 {
		work[0] = 1
		return true
	}
	if lwork == -1 {
		cn, clda := lint(n), lint(lda)
		s := enter(len(a))
		st := C.LAPACKE_dsytrf_work(rowMajor, C.char(ul), cn, nil, clda, nil, f64(work), -1)
		nativecall.Exit(s)
		status("LAPACKE_dsytrf_work", st)
		return true
	}
	switch {
	case len(a) < (n-1)*lda+n:
		panic(shortA)
	case len(ipiv) != n:
		panic(badLenIpiv)
	}
	p := make([]C.lapack_int, n)
	cn, clda, clwork := lint(n), lint(lda), lint(lwork)
	s := enter(len(a))
	st := C.LAPACKE_dsytrf_work(rowMajor, C.char(ul), cn, f64(a), clda, ip(p), f64(work), clwork)
	nativecall.Exit(s)
	info := status("LAPACKE_dsytrf_work", st)
	drvSymPivOut(ipiv, p)
	return info == 0
}

// Dsytrs solves A * X = B for X, where the n×n symmetric matrix A has been
// factorized by Dsytrf with the same ul and B and X are n×nrhs, using
// LAPACK's dsytrs. This signature is new; it follows gonum's Dgetrs.
//
// a and ipiv are Dsytrf's results and are not modified; on return b holds
// X. A singular D (Dsytrf returned false) gives infinities or NaNs in X.
//
// Dsytrs panics if ul is not blas.Upper or blas.Lower, n < 0, nrhs < 0,
// lda < max(1,n), ldb < max(1,nrhs), a or b is too short, len(ipiv) != n,
// or ipiv is not a valid pivot vector (see Dsytrf).
func (Implementation) Dsytrs(ul blas.Uplo, n, nrhs int, a []float64, lda int, ipiv []int, b []float64, ldb int) {
	if checkSytrs(ul, n, nrhs, lda, ldb, len(a), ipiv, len(b)) {
		return
	}
	p := drvSymPivIn(ipiv)
	cn, cnrhs, clda, cldb := lint(n), lint(nrhs), lint(lda), lint(ldb)
	s := enter(len(a))
	st := C.LAPACKE_dsytrs_work(rowMajor, C.char(ul), cn, cnrhs, f64(a), clda, ip(p), f64(b), cldb)
	nativecall.Exit(s)
	status("LAPACKE_dsytrs_work", st)
}
