package lapacke

import (
	"testing"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/lapack/gonum"
	"gonum.org/v1/gonum/lapack/testlapack"
)

// gonum's conformance suite, one line per routine. It computes its reference
// products with blas64's default, gonum's pure-Go BLAS, so these tests check
// the native LAPACK against an independent BLAS; the repository's
// conformance test runs the same suite with blas64.Use(native BLAS). Each
// runs inside checkNoDiagnostics, so an argument that LAPACKE or LAPACK
// complains about (printing "Wrong parameter" or "illegal value") fails the
// test even where LAPACK then carries on.

var impl Implementation

// withUnblocked adds the unblocked routines Dorg2r, Dorgl2, Dorm2r and Dorml2,
// which LAPACKE does not export, so that DorgqrTest, DorglqTest, DormqrTest
// and DormlqTest can run. gonum/netlib forwards them to the blocked routine
// under test, which makes those suites compare Dorgqr with itself. Here they
// are gonum's pure-Go unblocked routines instead, so each suite compares the
// native blocked routine with an independent implementation.
type withUnblocked struct{ Implementation }

func (withUnblocked) Dorg2r(m, n, k int, a []float64, lda int, tau, work []float64) {
	gonum.Implementation{}.Dorg2r(m, n, k, a, lda, tau, work)
}

func (withUnblocked) Dorgl2(m, n, k int, a []float64, lda int, tau, work []float64) {
	gonum.Implementation{}.Dorgl2(m, n, k, a, lda, tau, work)
}

func (withUnblocked) Dorm2r(side blas.Side, trans blas.Transpose, m, n, k int, a []float64, lda int, tau, c []float64, ldc int, work []float64) {
	gonum.Implementation{}.Dorm2r(side, trans, m, n, k, a, lda, tau, c, ldc, work)
}

func (withUnblocked) Dorml2(side blas.Side, trans blas.Transpose, m, n, k int, a []float64, lda int, tau, c []float64, ldc int, work []float64) {
	gonum.Implementation{}.Dorml2(side, trans, m, n, k, a, lda, tau, c, ldc, work)
}

// withGonumDorgql adds gonum's pure-Go Dorgql, which this part of the package
// does not offer; DsytrdTest and the suites built on it use it only to form
// the reference Q from Dsytrd's reflectors.
type withGonumDorgql struct{ Implementation }

func (withGonumDorgql) Dorgql(m, n, k int, a []float64, lda int, tau, work []float64, lwork int) {
	gonum.Implementation{}.Dorgql(m, n, k, a, lda, tau, work, lwork)
}

// The 33 methods of lapack.Float64.

func TestDgecon(t *testing.T) { checkNoDiagnostics(t, func() { testlapack.DgeconTest(t, impl) }) }
func TestDgeev(t *testing.T)  { checkNoDiagnostics(t, func() { testlapack.DgeevTest(t, impl) }) }
func TestDgels(t *testing.T)  { checkNoDiagnostics(t, func() { testlapack.DgelsTest(t, impl) }) }
func TestDgelqf(t *testing.T) { checkNoDiagnostics(t, func() { testlapack.DgelqfTest(t, impl) }) }
func TestDgeqp3(t *testing.T) { checkNoDiagnostics(t, func() { testlapack.Dgeqp3Test(t, impl) }) }
func TestDgeqrf(t *testing.T) { checkNoDiagnostics(t, func() { testlapack.DgeqrfTest(t, impl) }) }

// DgesvdTest takes its tolerance as an argument; 1e-13 is what gonum uses.
func TestDgesvd(t *testing.T) {
	checkNoDiagnostics(t, func() { testlapack.DgesvdTest(t, impl, 1e-13) })
}

func TestDgetrf(t *testing.T)  { checkNoDiagnostics(t, func() { testlapack.DgetrfTest(t, impl) }) }
func TestDgetri(t *testing.T)  { checkNoDiagnostics(t, func() { testlapack.DgetriTest(t, impl) }) }
func TestDgetrs(t *testing.T)  { checkNoDiagnostics(t, func() { testlapack.DgetrsTest(t, impl) }) }
func TestDggsvd3(t *testing.T) { checkNoDiagnostics(t, func() { testlapack.Dggsvd3Test(t, impl) }) }
func TestDlange(t *testing.T)  { checkNoDiagnostics(t, func() { testlapack.DlangeTest(t, impl) }) }
func TestDlansy(t *testing.T)  { checkNoDiagnostics(t, func() { testlapack.DlansyTest(t, impl) }) }
func TestDlantr(t *testing.T)  { checkNoDiagnostics(t, func() { testlapack.DlantrTest(t, impl) }) }
func TestDlapmr(t *testing.T)  { checkNoDiagnostics(t, func() { testlapack.DlapmrTest(t, impl) }) }
func TestDlapmt(t *testing.T)  { checkNoDiagnostics(t, func() { testlapack.DlapmtTest(t, impl) }) }
func TestDorglq(t *testing.T) {
	checkNoDiagnostics(t, func() { testlapack.DorglqTest(t, withUnblocked{impl}) })
}
func TestDorgqr(t *testing.T) {
	checkNoDiagnostics(t, func() { testlapack.DorgqrTest(t, withUnblocked{impl}) })
}
func TestDormlq(t *testing.T) {
	checkNoDiagnostics(t, func() { testlapack.DormlqTest(t, withUnblocked{impl}) })
}
func TestDormqr(t *testing.T) {
	checkNoDiagnostics(t, func() { testlapack.DormqrTest(t, withUnblocked{impl}) })
}
func TestDpbcon(t *testing.T) { checkNoDiagnostics(t, func() { testlapack.DpbconTest(t, impl) }) }
func TestDpbtrf(t *testing.T) { checkNoDiagnostics(t, func() { testlapack.DpbtrfTest(t, impl) }) }
func TestDpbtrs(t *testing.T) { checkNoDiagnostics(t, func() { testlapack.DpbtrsTest(t, impl) }) }
func TestDpocon(t *testing.T) { checkNoDiagnostics(t, func() { testlapack.DpoconTest(t, impl) }) }
func TestDpotrf(t *testing.T) { checkNoDiagnostics(t, func() { testlapack.DpotrfTest(t, impl) }) }
func TestDpotri(t *testing.T) { checkNoDiagnostics(t, func() { testlapack.DpotriTest(t, impl) }) }
func TestDpotrs(t *testing.T) { checkNoDiagnostics(t, func() { testlapack.DpotrsTest(t, impl) }) }
func TestDpstrf(t *testing.T) { checkNoDiagnostics(t, func() { testlapack.DpstrfTest(t, impl) }) }
func TestDsyev(t *testing.T)  { checkNoDiagnostics(t, func() { testlapack.DsyevTest(t, impl) }) }
func TestDtbtrs(t *testing.T) { checkNoDiagnostics(t, func() { testlapack.DtbtrsTest(t, impl) }) }
func TestDtrcon(t *testing.T) { checkNoDiagnostics(t, func() { testlapack.DtrconTest(t, impl) }) }
func TestDtrtri(t *testing.T) { checkNoDiagnostics(t, func() { testlapack.DtrtriTest(t, impl) }) }
func TestDtrtrs(t *testing.T) { checkNoDiagnostics(t, func() { testlapack.DtrtrsTest(t, impl) }) }

// Extra methods beyond lapack.Float64, with gonum's signatures.

func TestDgehrd(t *testing.T) { checkNoDiagnostics(t, func() { testlapack.DgehrdTest(t, impl) }) }
func TestDgelq2(t *testing.T) { checkNoDiagnostics(t, func() { testlapack.Dgelq2Test(t, impl) }) }
func TestDgeqr2(t *testing.T) { checkNoDiagnostics(t, func() { testlapack.Dgeqr2Test(t, impl) }) }
func TestDgerqf(t *testing.T) { checkNoDiagnostics(t, func() { testlapack.DgerqfTest(t, impl) }) }
func TestDgesv(t *testing.T)  { checkNoDiagnostics(t, func() { testlapack.DgesvTest(t, impl) }) }
func TestDgetf2(t *testing.T) { checkNoDiagnostics(t, func() { testlapack.Dgetf2Test(t, impl) }) }
func TestDgtsv(t *testing.T)  { checkNoDiagnostics(t, func() { testlapack.DgtsvTest(t, impl) }) }
func TestDlauum(t *testing.T) { checkNoDiagnostics(t, func() { testlapack.DlauumTest(t, impl) }) }
func TestDorghr(t *testing.T) { checkNoDiagnostics(t, func() { testlapack.DorghrTest(t, impl) }) }
func TestDorgtr(t *testing.T) {
	checkNoDiagnostics(t, func() { testlapack.DorgtrTest(t, withGonumDorgql{impl}) })
}
func TestDptcon(t *testing.T) { checkNoDiagnostics(t, func() { testlapack.DptconTest(t, impl) }) }
func TestDptsv(t *testing.T)  { checkNoDiagnostics(t, func() { testlapack.DptsvTest(t, impl) }) }
func TestDpttrf(t *testing.T) { checkNoDiagnostics(t, func() { testlapack.DpttrfTest(t, impl) }) }
func TestDpttrs(t *testing.T) { checkNoDiagnostics(t, func() { testlapack.DpttrsTest(t, impl) }) }
func TestDsteqr(t *testing.T) {
	checkNoDiagnostics(t, func() { testlapack.DsteqrTest(t, withGonumDorgql{impl}) })
}
func TestDsterf(t *testing.T) {
	checkNoDiagnostics(t, func() { testlapack.DsterfTest(t, withGonumDorgql{impl}) })
}
func TestDsytrd(t *testing.T) {
	checkNoDiagnostics(t, func() { testlapack.DsytrdTest(t, withGonumDorgql{impl}) })
}
