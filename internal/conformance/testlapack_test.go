package conformance

import (
	"testing"

	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/lapack/testlapack"

	"github.com/goscipy/goscipy/cblas"
	"github.com/goscipy/goscipy/lapacke"
)

// These tests run gonum's testlapack functions for the LAPACK routines
// gonum's mat calls, with lapacke.Implementation as the routine under test
// and cblas.Implementation installed in blas64: testlapack computes its
// reference products and residuals through blas64, so the whole check runs
// on the native BLAS+LAPACK pair. The lapacke package runs the full suite
// with gonum's pure-Go BLAS as the reference; this adds the pair.

var impl = lapacke.Implementation{}

// pair installs native BLAS for the duration of one test.
func pair(t *testing.T) {
	blas64.Use(cblas.Implementation{})
	t.Cleanup(usePureGo)
}

func TestPairDgetrf(t *testing.T) { pair(t); testlapack.DgetrfTest(t, impl) }
func TestPairDgetrs(t *testing.T) { pair(t); testlapack.DgetrsTest(t, impl) }
func TestPairDgetri(t *testing.T) { pair(t); testlapack.DgetriTest(t, impl) }
func TestPairDgecon(t *testing.T) { pair(t); testlapack.DgeconTest(t, impl) }
func TestPairDpotrf(t *testing.T) { pair(t); testlapack.DpotrfTest(t, impl) }
func TestPairDpotrs(t *testing.T) { pair(t); testlapack.DpotrsTest(t, impl) }
func TestPairDpocon(t *testing.T) { pair(t); testlapack.DpoconTest(t, impl) }
func TestPairDgeqrf(t *testing.T) { pair(t); testlapack.DgeqrfTest(t, impl) }
func TestPairDgels(t *testing.T)  { pair(t); testlapack.DgelsTest(t, impl) }
func TestPairDtrtrs(t *testing.T) { pair(t); testlapack.DtrtrsTest(t, impl) }
func TestPairDtrcon(t *testing.T) { pair(t); testlapack.DtrconTest(t, impl) }
func TestPairDlange(t *testing.T) { pair(t); testlapack.DlangeTest(t, impl) }
func TestPairDlansy(t *testing.T) { pair(t); testlapack.DlansyTest(t, impl) }
func TestPairDsyev(t *testing.T)  { pair(t); testlapack.DsyevTest(t, impl) }
func TestPairDgeev(t *testing.T)  { pair(t); testlapack.DgeevTest(t, impl) }

// DgesvdTest's tolerance bounds its scaled residuals; 1e-13 is what gonum
// uses for its own implementation.
func TestPairDgesvd(t *testing.T) { pair(t); testlapack.DgesvdTest(t, impl, 1e-13) }
