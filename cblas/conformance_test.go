package cblas

// gonum's BLAS conformance suite, blas/testblas, one test per suite
// function (all 71 exported functions that take a *testing.T, listed with go doc), each
// run twice by conformance: with the normal small-size dispatch, and with
// nativeOnly set so that every size, even n = 1, reaches the native library.
// testblas covers the Float64 and Complex128 interfaces, including the
// panics on invalid arguments; Float32 and Complex64 are covered by the
// differential tests in diff32_test.go.

import (
	"testing"

	"gonum.org/v1/gonum/blas/testblas"
)

// conformance runs test under both dispatch modes as subtests "dispatch"
// and "native". It must not be called from parallel tests: nativeOnly is
// package state.
func conformance(t *testing.T, test func(t *testing.T)) {
	t.Run("dispatch", test)
	t.Run("native", func(t *testing.T) {
		nativeOnly.Store(true)
		defer nativeOnly.Store(false)
		test(t)
	})
}

// confImpl is the implementation under test.
var confImpl Implementation

func TestDasum(t *testing.T) { conformance(t, func(t *testing.T) { testblas.DasumTest(t, confImpl) }) }
func TestDaxpy(t *testing.T) { conformance(t, func(t *testing.T) { testblas.DaxpyTest(t, confImpl) }) }
func TestDcopy(t *testing.T) { conformance(t, func(t *testing.T) { testblas.DcopyTest(t, confImpl) }) }
func TestDdot(t *testing.T)  { conformance(t, func(t *testing.T) { testblas.DdotTest(t, confImpl) }) }
func TestDgbmv(t *testing.T) { conformance(t, func(t *testing.T) { testblas.DgbmvTest(t, confImpl) }) }
func TestDgemv(t *testing.T) { conformance(t, func(t *testing.T) { testblas.DgemvTest(t, confImpl) }) }
func TestDger(t *testing.T)  { conformance(t, func(t *testing.T) { testblas.DgerTest(t, confImpl) }) }
func TestDnrm2(t *testing.T) { conformance(t, func(t *testing.T) { testblas.Dnrm2Test(t, confImpl) }) }
func TestDrot(t *testing.T)  { conformance(t, func(t *testing.T) { testblas.DrotTest(t, confImpl) }) }

// Extreme values on: Drotg is routed to gonum (routes.go), so the suite
// must pass in full, unlike gonum/netlib, which skips them.
func TestDrotg(t *testing.T) {
	conformance(t, func(t *testing.T) { testblas.DrotgTest(t, confImpl, false) })
}

func TestDrotm(t *testing.T) { conformance(t, func(t *testing.T) { testblas.DrotmTest(t, confImpl) }) }
func TestDrotmg(t *testing.T) {
	conformance(t, func(t *testing.T) { testblas.DrotmgTest(t, confImpl) })
}
func TestDsbmv(t *testing.T) { conformance(t, func(t *testing.T) { testblas.DsbmvTest(t, confImpl) }) }
func TestDscal(t *testing.T) { conformance(t, func(t *testing.T) { testblas.DscalTest(t, confImpl) }) }
func TestDspmv(t *testing.T) { conformance(t, func(t *testing.T) { testblas.DspmvTest(t, confImpl) }) }
func TestDspr2(t *testing.T) { conformance(t, func(t *testing.T) { testblas.Dspr2Test(t, confImpl) }) }
func TestDspr(t *testing.T)  { conformance(t, func(t *testing.T) { testblas.DsprTest(t, confImpl) }) }
func TestDswap(t *testing.T) { conformance(t, func(t *testing.T) { testblas.DswapTest(t, confImpl) }) }
func TestDsymm(t *testing.T) { conformance(t, func(t *testing.T) { testblas.DsymmTest(t, confImpl) }) }
func TestDsymv(t *testing.T) { conformance(t, func(t *testing.T) { testblas.DsymvTest(t, confImpl) }) }
func TestDsyr2(t *testing.T) { conformance(t, func(t *testing.T) { testblas.Dsyr2Test(t, confImpl) }) }
func TestDsyr2k(t *testing.T) {
	conformance(t, func(t *testing.T) { testblas.Dsyr2kTest(t, confImpl) })
}
func TestDsyr(t *testing.T)  { conformance(t, func(t *testing.T) { testblas.DsyrTest(t, confImpl) }) }
func TestDsyrk(t *testing.T) { conformance(t, func(t *testing.T) { testblas.DsyrkTest(t, confImpl) }) }
func TestDtbmv(t *testing.T) { conformance(t, func(t *testing.T) { testblas.DtbmvTest(t, confImpl) }) }
func TestDtbsv(t *testing.T) { conformance(t, func(t *testing.T) { testblas.DtbsvTest(t, confImpl) }) }
func TestDtpmv(t *testing.T) { conformance(t, func(t *testing.T) { testblas.DtpmvTest(t, confImpl) }) }
func TestDtpsv(t *testing.T) { conformance(t, func(t *testing.T) { testblas.DtpsvTest(t, confImpl) }) }
func TestDtrmm(t *testing.T) { conformance(t, func(t *testing.T) { testblas.DtrmmTest(t, confImpl) }) }
func TestDtrmv(t *testing.T) { conformance(t, func(t *testing.T) { testblas.DtrmvTest(t, confImpl) }) }
func TestDtrsm(t *testing.T) { conformance(t, func(t *testing.T) { testblas.DtrsmTest(t, confImpl) }) }
func TestDtrsv(t *testing.T) { conformance(t, func(t *testing.T) { testblas.DtrsvTest(t, confImpl) }) }
func TestDtxmv(t *testing.T) { conformance(t, func(t *testing.T) { testblas.DtxmvTest(t, confImpl) }) }
func TestDzasum(t *testing.T) {
	conformance(t, func(t *testing.T) { testblas.DzasumTest(t, confImpl) })
}
func TestDznrm2(t *testing.T) {
	conformance(t, func(t *testing.T) { testblas.Dznrm2Test(t, confImpl) })
}
func TestIdamax(t *testing.T) {
	conformance(t, func(t *testing.T) { testblas.IdamaxTest(t, confImpl) })
}
func TestIzamax(t *testing.T) {
	conformance(t, func(t *testing.T) { testblas.IzamaxTest(t, confImpl) })
}
func TestDgemm(t *testing.T) { conformance(t, func(t *testing.T) { testblas.TestDgemm(t, confImpl) }) }
func TestZaxpy(t *testing.T) { conformance(t, func(t *testing.T) { testblas.ZaxpyTest(t, confImpl) }) }
func TestZcopy(t *testing.T) { conformance(t, func(t *testing.T) { testblas.ZcopyTest(t, confImpl) }) }
func TestZdotc(t *testing.T) { conformance(t, func(t *testing.T) { testblas.ZdotcTest(t, confImpl) }) }
func TestZdotu(t *testing.T) { conformance(t, func(t *testing.T) { testblas.ZdotuTest(t, confImpl) }) }
func TestZdscal(t *testing.T) {
	conformance(t, func(t *testing.T) { testblas.ZdscalTest(t, confImpl) })
}
func TestZgbmv(t *testing.T) { conformance(t, func(t *testing.T) { testblas.ZgbmvTest(t, confImpl) }) }
func TestZgemm(t *testing.T) { conformance(t, func(t *testing.T) { testblas.ZgemmTest(t, confImpl) }) }
func TestZgemv(t *testing.T) { conformance(t, func(t *testing.T) { testblas.ZgemvTest(t, confImpl) }) }
func TestZgerc(t *testing.T) { conformance(t, func(t *testing.T) { testblas.ZgercTest(t, confImpl) }) }
func TestZgeru(t *testing.T) { conformance(t, func(t *testing.T) { testblas.ZgeruTest(t, confImpl) }) }
func TestZhbmv(t *testing.T) { conformance(t, func(t *testing.T) { testblas.ZhbmvTest(t, confImpl) }) }
func TestZhemm(t *testing.T) { conformance(t, func(t *testing.T) { testblas.ZhemmTest(t, confImpl) }) }
func TestZhemv(t *testing.T) { conformance(t, func(t *testing.T) { testblas.ZhemvTest(t, confImpl) }) }
func TestZher2(t *testing.T) { conformance(t, func(t *testing.T) { testblas.Zher2Test(t, confImpl) }) }
func TestZher2k(t *testing.T) {
	conformance(t, func(t *testing.T) { testblas.Zher2kTest(t, confImpl) })
}
func TestZher(t *testing.T)  { conformance(t, func(t *testing.T) { testblas.ZherTest(t, confImpl) }) }
func TestZherk(t *testing.T) { conformance(t, func(t *testing.T) { testblas.ZherkTest(t, confImpl) }) }
func TestZhpmv(t *testing.T) { conformance(t, func(t *testing.T) { testblas.ZhpmvTest(t, confImpl) }) }
func TestZhpr2(t *testing.T) { conformance(t, func(t *testing.T) { testblas.Zhpr2Test(t, confImpl) }) }
func TestZhpr(t *testing.T)  { conformance(t, func(t *testing.T) { testblas.ZhprTest(t, confImpl) }) }
func TestZscal(t *testing.T) { conformance(t, func(t *testing.T) { testblas.ZscalTest(t, confImpl) }) }
func TestZswap(t *testing.T) { conformance(t, func(t *testing.T) { testblas.ZswapTest(t, confImpl) }) }
func TestZsymm(t *testing.T) { conformance(t, func(t *testing.T) { testblas.ZsymmTest(t, confImpl) }) }
func TestZsyr2k(t *testing.T) {
	conformance(t, func(t *testing.T) { testblas.Zsyr2kTest(t, confImpl) })
}
func TestZsyrk(t *testing.T) { conformance(t, func(t *testing.T) { testblas.ZsyrkTest(t, confImpl) }) }
func TestZtbmv(t *testing.T) { conformance(t, func(t *testing.T) { testblas.ZtbmvTest(t, confImpl) }) }
func TestZtbsv(t *testing.T) { conformance(t, func(t *testing.T) { testblas.ZtbsvTest(t, confImpl) }) }
func TestZtpmv(t *testing.T) { conformance(t, func(t *testing.T) { testblas.ZtpmvTest(t, confImpl) }) }
func TestZtpsv(t *testing.T) { conformance(t, func(t *testing.T) { testblas.ZtpsvTest(t, confImpl) }) }
func TestZtrmm(t *testing.T) { conformance(t, func(t *testing.T) { testblas.ZtrmmTest(t, confImpl) }) }
func TestZtrmv(t *testing.T) { conformance(t, func(t *testing.T) { testblas.ZtrmvTest(t, confImpl) }) }
func TestZtrsm(t *testing.T) { conformance(t, func(t *testing.T) { testblas.ZtrsmTest(t, confImpl) }) }
func TestZtrsv(t *testing.T) { conformance(t, func(t *testing.T) { testblas.ZtrsvTest(t, confImpl) }) }
