package lapacke

import (
	"testing"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/lapack"
)

// TestDriverEigPanics checks the panics of the eigenvalue and Schur drivers
// on invalid arguments, one per check, in gonum's order.
func TestDriverEigPanics(t *testing.T) {
	impl := Implementation{}
	f := make([]float64, 400)
	z := make([]complex128, 400)
	iw := make([]int, 400)
	sel := make([]bool, 3)
	V, N := lapack.EVCompute, lapack.EVNone
	U := blas.Upper
	LV, RV := lapack.LeftEVCompute, lapack.RightEVCompute
	SV, SN := lapack.SchurOrig, lapack.SchurNone
	// n = 3 throughout; sizes large enough unless a test shortens one.
	for _, c := range []struct {
		name, msg string
		f         func()
	}{
		{"Dsyevd jobz", badEVJob, func() { impl.Dsyevd('X', U, 3, f, 3, f, f, 100, iw, 100) }},
		{"Dsyevd uplo", badUplo, func() { impl.Dsyevd(V, 'X', 3, f, 3, f, f, 100, iw, 100) }},
		{"Dsyevd n", nLT0, func() { impl.Dsyevd(V, U, -1, f, 3, f, f, 100, iw, 100) }},
		{"Dsyevd lda", badLdA, func() { impl.Dsyevd(V, U, 3, f, 2, f, f, 100, iw, 100) }},
		{"Dsyevd lwork", badLWork, func() { impl.Dsyevd(V, U, 3, f, 3, f, f, 36, iw, 100) }},
		{"Dsyevd lwork N", badLWork, func() { impl.Dsyevd(N, U, 3, f, 3, f, f, 6, iw, 100) }},
		{"Dsyevd work", shortWork, func() { impl.Dsyevd(V, U, 3, f, 3, f, f[:36], 37, iw, 100) }},
		{"Dsyevd liwork", drvBadLIWork, func() { impl.Dsyevd(V, U, 3, f, 3, f, f, 37, iw, 17) }},
		{"Dsyevd iwork", shortIWork, func() { impl.Dsyevd(V, U, 3, f, 3, f, f, 37, iw[:17], 18) }},
		{"Dsyevd a", shortA, func() { impl.Dsyevd(V, U, 3, f[:8], 3, f, f, 37, iw, 18) }},
		{"Dsyevd w", shortW, func() { impl.Dsyevd(V, U, 3, f, 3, f[:2], f, 37, iw, 18) }},

		{"Zheevd jobz", badEVJob, func() { impl.Zheevd('X', U, 3, z, 3, f, z, 100, f, 100, iw, 100) }},
		{"Zheevd uplo", badUplo, func() { impl.Zheevd(V, 'X', 3, z, 3, f, z, 100, f, 100, iw, 100) }},
		{"Zheevd n", nLT0, func() { impl.Zheevd(V, U, -1, z, 3, f, z, 100, f, 100, iw, 100) }},
		{"Zheevd lda", badLdA, func() { impl.Zheevd(V, U, 3, z, 2, f, z, 100, f, 100, iw, 100) }},
		{"Zheevd lwork", badLWork, func() { impl.Zheevd(V, U, 3, z, 3, f, z, 14, f, 100, iw, 100) }},
		{"Zheevd work", shortWork, func() { impl.Zheevd(V, U, 3, z, 3, f, z[:14], 15, f, 100, iw, 100) }},
		{"Zheevd lrwork", drvBadLRWork, func() { impl.Zheevd(V, U, 3, z, 3, f, z, 15, f, 33, iw, 100) }},
		{"Zheevd rwork", drvShortRWork, func() { impl.Zheevd(V, U, 3, z, 3, f, z, 15, f[:33], 34, iw, 100) }},
		{"Zheevd liwork", drvBadLIWork, func() { impl.Zheevd(V, U, 3, z, 3, f, z, 15, f, 34, iw, 17) }},
		{"Zheevd iwork", shortIWork, func() { impl.Zheevd(V, U, 3, z, 3, f, z, 15, f, 34, iw[:17], 18) }},
		{"Zheevd a", shortA, func() { impl.Zheevd(V, U, 3, z[:8], 3, f, z, 15, f, 34, iw, 18) }},
		{"Zheevd w", shortW, func() { impl.Zheevd(V, U, 3, z, 3, f[:2], z, 15, f, 34, iw, 18) }},

		{"Dsyevr jobz", badEVJob, func() { impl.Dsyevr('X', RangeAll, U, 3, f, 3, 0, 0, 0, 0, 0, f, f, 3, iw, f, 100, iw, 100) }},
		{"Dsyevr range", drvBadEVRange, func() { impl.Dsyevr(V, 'X', U, 3, f, 3, 0, 0, 0, 0, 0, f, f, 3, iw, f, 100, iw, 100) }},
		{"Dsyevr uplo", badUplo, func() { impl.Dsyevr(V, RangeAll, 'X', 3, f, 3, 0, 0, 0, 0, 0, f, f, 3, iw, f, 100, iw, 100) }},
		{"Dsyevr n", nLT0, func() { impl.Dsyevr(V, RangeAll, U, -1, f, 3, 0, 0, 0, 0, 0, f, f, 3, iw, f, 100, iw, 100) }},
		{"Dsyevr lda", badLdA, func() { impl.Dsyevr(V, RangeAll, U, 3, f, 2, 0, 0, 0, 0, 0, f, f, 3, iw, f, 100, iw, 100) }},
		{"Dsyevr vl vu", drvBadVlVu, func() { impl.Dsyevr(V, RangeValue, U, 3, f, 3, 1, 1, 0, 0, 0, f, f, 3, iw, f, 100, iw, 100) }},
		{"Dsyevr il", drvBadIl, func() { impl.Dsyevr(V, RangeIndex, U, 3, f, 3, 0, 0, -1, 1, 0, f, f, 3, iw, f, 100, iw, 100) }},
		{"Dsyevr il n", drvBadIl, func() { impl.Dsyevr(V, RangeIndex, U, 3, f, 3, 0, 0, 3, 3, 0, f, f, 3, iw, f, 100, iw, 100) }},
		{"Dsyevr iu", drvBadIu, func() { impl.Dsyevr(V, RangeIndex, U, 3, f, 3, 0, 0, 1, 0, 0, f, f, 3, iw, f, 100, iw, 100) }},
		{"Dsyevr iu n", drvBadIu, func() { impl.Dsyevr(V, RangeIndex, U, 3, f, 3, 0, 0, 1, 3, 0, f, f, 3, iw, f, 100, iw, 100) }},
		{"Dsyevr ldz", badLdZ, func() { impl.Dsyevr(V, RangeAll, U, 3, f, 3, 0, 0, 0, 0, 0, f, f, 2, iw, f, 100, iw, 100) }},
		{"Dsyevr ldz index", badLdZ, func() { impl.Dsyevr(V, RangeIndex, U, 3, f, 3, 0, 0, 0, 1, 0, f, f, 1, iw, f, 100, iw, 100) }},
		{"Dsyevr ldz 0", badLdZ, func() { impl.Dsyevr(N, RangeAll, U, 3, f, 3, 0, 0, 0, 0, 0, f, f, 0, iw, f, 100, iw, 100) }},
		{"Dsyevr lwork", badLWork, func() { impl.Dsyevr(V, RangeAll, U, 3, f, 3, 0, 0, 0, 0, 0, f, f, 3, iw, f, 77, iw, 100) }},
		{"Dsyevr work", shortWork, func() { impl.Dsyevr(V, RangeAll, U, 3, f, 3, 0, 0, 0, 0, 0, f, f, 3, iw, f[:77], 78, iw, 100) }},
		{"Dsyevr liwork", drvBadLIWork, func() { impl.Dsyevr(V, RangeAll, U, 3, f, 3, 0, 0, 0, 0, 0, f, f, 3, iw, f, 78, iw, 29) }},
		{"Dsyevr iwork", shortIWork, func() { impl.Dsyevr(V, RangeAll, U, 3, f, 3, 0, 0, 0, 0, 0, f, f, 3, iw, f, 78, iw[:29], 30) }},
		{"Dsyevr a", shortA, func() { impl.Dsyevr(V, RangeAll, U, 3, f[:8], 3, 0, 0, 0, 0, 0, f, f, 3, iw, f, 78, iw, 30) }},
		{"Dsyevr w", shortW, func() { impl.Dsyevr(V, RangeAll, U, 3, f, 3, 0, 0, 0, 0, 0, f[:2], f, 3, iw, f, 78, iw, 30) }},
		{"Dsyevr z", shortZ, func() { impl.Dsyevr(V, RangeAll, U, 3, f, 3, 0, 0, 0, 0, 0, f, f[:8], 3, iw, f, 78, iw, 30) }},
		{"Dsyevr isuppz", drvShortIsuppz, func() { impl.Dsyevr(V, RangeAll, U, 3, f, 3, 0, 0, 0, 0, 0, f, f, 3, iw[:5], f, 78, iw, 30) }},

		{"Zheevr range", drvBadEVRange, func() { impl.Zheevr(V, 'X', U, 3, z, 3, 0, 0, 0, 0, 0, f, z, 3, iw, z, 100, f, 100, iw, 100) }},
		{"Zheevr ldz", badLdZ, func() { impl.Zheevr(V, RangeAll, U, 3, z, 3, 0, 0, 0, 0, 0, f, z, 2, iw, z, 100, f, 100, iw, 100) }},
		{"Zheevr lwork", badLWork, func() { impl.Zheevr(V, RangeAll, U, 3, z, 3, 0, 0, 0, 0, 0, f, z, 3, iw, z, 5, f, 100, iw, 100) }},
		{"Zheevr lrwork", drvBadLRWork, func() { impl.Zheevr(V, RangeAll, U, 3, z, 3, 0, 0, 0, 0, 0, f, z, 3, iw, z, 6, f, 71, iw, 100) }},
		{"Zheevr rwork", drvShortRWork, func() { impl.Zheevr(V, RangeAll, U, 3, z, 3, 0, 0, 0, 0, 0, f, z, 3, iw, z, 6, f[:71], 72, iw, 100) }},
		{"Zheevr liwork", drvBadLIWork, func() { impl.Zheevr(V, RangeAll, U, 3, z, 3, 0, 0, 0, 0, 0, f, z, 3, iw, z, 6, f, 72, iw, 29) }},
		{"Zheevr z", shortZ, func() { impl.Zheevr(V, RangeAll, U, 3, z, 3, 0, 0, 0, 0, 0, f, z[:8], 3, iw, z, 6, f, 72, iw, 30) }},
		{"Zheevr isuppz", drvShortIsuppz, func() { impl.Zheevr(V, RangeAll, U, 3, z, 3, 0, 0, 0, 0, 0, f, z, 3, iw[:5], z, 6, f, 72, iw, 30) }},

		{"Dsygvd itype", drvBadItype, func() { impl.Dsygvd(0, V, U, 3, f, 3, f, 3, f, f, 100, iw, 100) }},
		{"Dsygvd itype 4", drvBadItype, func() { impl.Dsygvd(4, V, U, 3, f, 3, f, 3, f, f, 100, iw, 100) }},
		{"Dsygvd jobz", badEVJob, func() { impl.Dsygvd(1, 'X', U, 3, f, 3, f, 3, f, f, 100, iw, 100) }},
		{"Dsygvd uplo", badUplo, func() { impl.Dsygvd(1, V, 'X', 3, f, 3, f, 3, f, f, 100, iw, 100) }},
		{"Dsygvd n", nLT0, func() { impl.Dsygvd(1, V, U, -1, f, 3, f, 3, f, f, 100, iw, 100) }},
		{"Dsygvd lda", badLdA, func() { impl.Dsygvd(1, V, U, 3, f, 2, f, 3, f, f, 100, iw, 100) }},
		{"Dsygvd ldb", badLdB, func() { impl.Dsygvd(1, V, U, 3, f, 3, f, 2, f, f, 100, iw, 100) }},
		{"Dsygvd lwork", badLWork, func() { impl.Dsygvd(1, V, U, 3, f, 3, f, 3, f, f, 36, iw, 100) }},
		{"Dsygvd liwork", drvBadLIWork, func() { impl.Dsygvd(1, V, U, 3, f, 3, f, 3, f, f, 37, iw, 17) }},
		{"Dsygvd a", shortA, func() { impl.Dsygvd(1, V, U, 3, f[:8], 3, f, 3, f, f, 37, iw, 18) }},
		{"Dsygvd b", shortB, func() { impl.Dsygvd(1, V, U, 3, f, 3, f[:8], 3, f, f, 37, iw, 18) }},
		{"Dsygvd w", shortW, func() { impl.Dsygvd(1, V, U, 3, f, 3, f, 3, f[:2], f, 37, iw, 18) }},

		{"Zhegvd itype", drvBadItype, func() { impl.Zhegvd(0, V, U, 3, z, 3, z, 3, f, z, 100, f, 100, iw, 100) }},
		{"Zhegvd ldb", badLdB, func() { impl.Zhegvd(1, V, U, 3, z, 3, z, 2, f, z, 100, f, 100, iw, 100) }},
		{"Zhegvd lrwork", drvBadLRWork, func() { impl.Zhegvd(1, V, U, 3, z, 3, z, 3, f, z, 15, f, 33, iw, 100) }},
		{"Zhegvd b", shortB, func() { impl.Zhegvd(1, V, U, 3, z, 3, z[:8], 3, f, z, 15, f, 34, iw, 18) }},

		{"Dggev jobvl", badLeftEVJob, func() { impl.Dggev('X', RV, 3, f, 3, f, 3, f, f, f, f, 3, f, 3, f, 24) }},
		{"Dggev jobvr", badRightEVJob, func() { impl.Dggev(LV, 'X', 3, f, 3, f, 3, f, f, f, f, 3, f, 3, f, 24) }},
		{"Dggev n", nLT0, func() { impl.Dggev(LV, RV, -1, f, 3, f, 3, f, f, f, f, 3, f, 3, f, 24) }},
		{"Dggev lda", badLdA, func() { impl.Dggev(LV, RV, 3, f, 2, f, 3, f, f, f, f, 3, f, 3, f, 24) }},
		{"Dggev ldb", badLdB, func() { impl.Dggev(LV, RV, 3, f, 3, f, 2, f, f, f, f, 3, f, 3, f, 24) }},
		{"Dggev ldvl", badLdVL, func() { impl.Dggev(LV, RV, 3, f, 3, f, 3, f, f, f, f, 2, f, 3, f, 24) }},
		{"Dggev ldvr", badLdVR, func() { impl.Dggev(LV, RV, 3, f, 3, f, 3, f, f, f, f, 3, f, 2, f, 24) }},
		{"Dggev lwork", badLWork, func() { impl.Dggev(LV, RV, 3, f, 3, f, 3, f, f, f, f, 3, f, 3, f, 23) }},
		{"Dggev work", shortWork, func() { impl.Dggev(LV, RV, 3, f, 3, f, 3, f, f, f, f, 3, f, 3, f[:23], 24) }},
		{"Dggev a", shortA, func() { impl.Dggev(LV, RV, 3, f[:8], 3, f, 3, f, f, f, f, 3, f, 3, f, 24) }},
		{"Dggev b", shortB, func() { impl.Dggev(LV, RV, 3, f, 3, f[:8], 3, f, f, f, f, 3, f, 3, f, 24) }},
		{"Dggev alphar", drvShortAlphar, func() { impl.Dggev(LV, RV, 3, f, 3, f, 3, f[:2], f, f, f, 3, f, 3, f, 24) }},
		{"Dggev alphai", drvShortAlphai, func() { impl.Dggev(LV, RV, 3, f, 3, f, 3, f, f[:2], f, f, 3, f, 3, f, 24) }},
		{"Dggev beta", drvShortBeta, func() { impl.Dggev(LV, RV, 3, f, 3, f, 3, f, f, f[:2], f, 3, f, 3, f, 24) }},
		{"Dggev vl", shortVL, func() { impl.Dggev(LV, RV, 3, f, 3, f, 3, f, f, f, f[:8], 3, f, 3, f, 24) }},
		{"Dggev vr", shortVR, func() { impl.Dggev(LV, RV, 3, f, 3, f, 3, f, f, f, f, 3, f[:8], 3, f, 24) }},

		{"Zggev jobvl", badLeftEVJob, func() { impl.Zggev('X', RV, 3, z, 3, z, 3, z, z, z, 3, z, 3, z, 6, f) }},
		{"Zggev lwork", badLWork, func() { impl.Zggev(LV, RV, 3, z, 3, z, 3, z, z, z, 3, z, 3, z, 5, f) }},
		{"Zggev alpha", drvShortAlpha, func() { impl.Zggev(LV, RV, 3, z, 3, z, 3, z[:2], z, z, 3, z, 3, z, 6, f) }},
		{"Zggev beta", drvShortBeta, func() { impl.Zggev(LV, RV, 3, z, 3, z, 3, z, z[:2], z, 3, z, 3, z, 6, f) }},
		{"Zggev rwork", drvShortRWork, func() { impl.Zggev(LV, RV, 3, z, 3, z, 3, z, z, z, 3, z, 3, z, 6, f[:23]) }},

		{"Zgeev jobvl", badLeftEVJob, func() { impl.Zgeev('X', RV, 3, z, 3, z, z, 3, z, 3, z, 6, f) }},
		{"Zgeev jobvr", badRightEVJob, func() { impl.Zgeev(LV, 'X', 3, z, 3, z, z, 3, z, 3, z, 6, f) }},
		{"Zgeev n", nLT0, func() { impl.Zgeev(LV, RV, -1, z, 3, z, z, 3, z, 3, z, 6, f) }},
		{"Zgeev lda", badLdA, func() { impl.Zgeev(LV, RV, 3, z, 2, z, z, 3, z, 3, z, 6, f) }},
		{"Zgeev ldvl", badLdVL, func() { impl.Zgeev(LV, RV, 3, z, 3, z, z, 2, z, 3, z, 6, f) }},
		{"Zgeev ldvr", badLdVR, func() { impl.Zgeev(LV, RV, 3, z, 3, z, z, 3, z, 0, z, 6, f) }},
		{"Zgeev lwork", badLWork, func() { impl.Zgeev(LV, RV, 3, z, 3, z, z, 3, z, 3, z, 5, f) }},
		{"Zgeev work", shortWork, func() { impl.Zgeev(LV, RV, 3, z, 3, z, z, 3, z, 3, z[:5], 6, f) }},
		{"Zgeev a", shortA, func() { impl.Zgeev(LV, RV, 3, z[:8], 3, z, z, 3, z, 3, z, 6, f) }},
		{"Zgeev w", shortW, func() { impl.Zgeev(LV, RV, 3, z, 3, z[:2], z, 3, z, 3, z, 6, f) }},
		{"Zgeev vl", shortVL, func() { impl.Zgeev(LV, RV, 3, z, 3, z, z[:8], 3, z, 3, z, 6, f) }},
		{"Zgeev vr", shortVR, func() { impl.Zgeev(LV, RV, 3, z, 3, z, z, 3, z[:8], 3, z, 6, f) }},
		{"Zgeev rwork", drvShortRWork, func() { impl.Zgeev(LV, RV, 3, z, 3, z, z, 3, z, 3, z, 6, f[:5]) }},

		{"Dgees jobvs", badSchurComp, func() { impl.Dgees(lapack.SchurHess, SortNone, 3, f, 3, f, f, f, 3, f, 9) }},
		{"Dgees sort", drvBadSchurSort, func() { impl.Dgees(SV, 'X', 3, f, 3, f, f, f, 3, f, 9) }},
		{"Dgees n", nLT0, func() { impl.Dgees(SV, SortNone, -1, f, 3, f, f, f, 3, f, 9) }},
		{"Dgees lda", badLdA, func() { impl.Dgees(SV, SortNone, 3, f, 2, f, f, f, 3, f, 9) }},
		{"Dgees ldvs", drvBadLdVS, func() { impl.Dgees(SV, SortNone, 3, f, 3, f, f, f, 2, f, 9) }},
		{"Dgees ldvs 0", drvBadLdVS, func() { impl.Dgees(SN, SortNone, 3, f, 3, f, f, f, 0, f, 9) }},
		{"Dgees lwork", badLWork, func() { impl.Dgees(SV, SortNone, 3, f, 3, f, f, f, 3, f, 8) }},
		{"Dgees work", shortWork, func() { impl.Dgees(SV, SortNone, 3, f, 3, f, f, f, 3, f[:8], 9) }},
		{"Dgees a", shortA, func() { impl.Dgees(SV, SortNone, 3, f[:8], 3, f, f, f, 3, f, 9) }},
		{"Dgees wr", shortWr, func() { impl.Dgees(SV, SortNone, 3, f, 3, f[:2], f, f, 3, f, 9) }},
		{"Dgees wi", shortWi, func() { impl.Dgees(SV, SortNone, 3, f, 3, f, f[:2], f, 3, f, 9) }},
		{"Dgees vs", drvShortVS, func() { impl.Dgees(SV, SortNone, 3, f, 3, f, f, f[:8], 3, f, 9) }},

		{"Zgees jobvs", badSchurComp, func() { impl.Zgees('X', SortNone, 3, z, 3, z, z, 3, z, 6, f) }},
		{"Zgees sort", drvBadSchurSort, func() { impl.Zgees(SV, 0, 3, z, 3, z, z, 3, z, 6, f) }},
		{"Zgees ldvs", drvBadLdVS, func() { impl.Zgees(SV, SortNone, 3, z, 3, z, z, 2, z, 6, f) }},
		{"Zgees lwork", badLWork, func() { impl.Zgees(SV, SortNone, 3, z, 3, z, z, 3, z, 5, f) }},
		{"Zgees w", shortW, func() { impl.Zgees(SV, SortNone, 3, z, 3, z[:2], z, 3, z, 6, f) }},
		{"Zgees vs", drvShortVS, func() { impl.Zgees(SV, SortNone, 3, z, 3, z, z[:8], 3, z, 6, f) }},
		{"Zgees rwork", drvShortRWork, func() { impl.Zgees(SV, SortNone, 3, z, 3, z, z, 3, z, 6, f[:2]) }},

		{"Dgges jobvsl", badSchurComp, func() { impl.Dgges('X', SV, SortNone, 3, f, 3, f, 3, f, f, f, f, 3, f, 3, f, 40) }},
		{"Dgges jobvsr", badSchurComp, func() { impl.Dgges(SV, 'X', SortNone, 3, f, 3, f, 3, f, f, f, f, 3, f, 3, f, 40) }},
		{"Dgges sort", drvBadSchurSort, func() { impl.Dgges(SV, SV, 'X', 3, f, 3, f, 3, f, f, f, f, 3, f, 3, f, 40) }},
		{"Dgges n", nLT0, func() { impl.Dgges(SV, SV, SortNone, -1, f, 3, f, 3, f, f, f, f, 3, f, 3, f, 40) }},
		{"Dgges lda", badLdA, func() { impl.Dgges(SV, SV, SortNone, 3, f, 2, f, 3, f, f, f, f, 3, f, 3, f, 40) }},
		{"Dgges ldb", badLdB, func() { impl.Dgges(SV, SV, SortNone, 3, f, 3, f, 2, f, f, f, f, 3, f, 3, f, 40) }},
		{"Dgges ldvsl", drvBadLdVSL, func() { impl.Dgges(SV, SV, SortNone, 3, f, 3, f, 3, f, f, f, f, 2, f, 3, f, 40) }},
		{"Dgges ldvsr", drvBadLdVSR, func() { impl.Dgges(SV, SV, SortNone, 3, f, 3, f, 3, f, f, f, f, 3, f, 2, f, 40) }},
		{"Dgges lwork", badLWork, func() { impl.Dgges(SV, SV, SortNone, 3, f, 3, f, 3, f, f, f, f, 3, f, 3, f, 33) }},
		{"Dgges work", shortWork, func() { impl.Dgges(SV, SV, SortNone, 3, f, 3, f, 3, f, f, f, f, 3, f, 3, f[:33], 34) }},
		{"Dgges a", shortA, func() { impl.Dgges(SV, SV, SortNone, 3, f[:8], 3, f, 3, f, f, f, f, 3, f, 3, f, 40) }},
		{"Dgges b", shortB, func() { impl.Dgges(SV, SV, SortNone, 3, f, 3, f[:8], 3, f, f, f, f, 3, f, 3, f, 40) }},
		{"Dgges alphar", drvShortAlphar, func() { impl.Dgges(SV, SV, SortNone, 3, f, 3, f, 3, f[:2], f, f, f, 3, f, 3, f, 40) }},
		{"Dgges alphai", drvShortAlphai, func() { impl.Dgges(SV, SV, SortNone, 3, f, 3, f, 3, f, f[:2], f, f, 3, f, 3, f, 40) }},
		{"Dgges beta", drvShortBeta, func() { impl.Dgges(SV, SV, SortNone, 3, f, 3, f, 3, f, f, f[:2], f, 3, f, 3, f, 40) }},
		{"Dgges vsl", drvShortVSL, func() { impl.Dgges(SV, SV, SortNone, 3, f, 3, f, 3, f, f, f, f[:8], 3, f, 3, f, 40) }},
		{"Dgges vsr", drvShortVSR, func() { impl.Dgges(SV, SV, SortNone, 3, f, 3, f, 3, f, f, f, f, 3, f[:8], 3, f, 40) }},

		{"Zgges sort", drvBadSchurSort, func() { impl.Zgges(SV, SV, 'X', 3, z, 3, z, 3, z, z, z, 3, z, 3, z, 6, f) }},
		{"Zgges lwork", badLWork, func() { impl.Zgges(SV, SV, SortNone, 3, z, 3, z, 3, z, z, z, 3, z, 3, z, 5, f) }},
		{"Zgges alpha", drvShortAlpha, func() { impl.Zgges(SV, SV, SortNone, 3, z, 3, z, 3, z[:2], z, z, 3, z, 3, z, 6, f) }},
		{"Zgges rwork", drvShortRWork, func() { impl.Zgges(SV, SV, SortNone, 3, z, 3, z, 3, z, z, z, 3, z, 3, z, 6, f[:23]) }},

		{"Dtrsyl trana", badTrans, func() { impl.Dtrsyl('X', blas.NoTrans, 1, 3, 2, f, 3, f, 2, f, 2) }},
		{"Dtrsyl tranb", badTrans, func() { impl.Dtrsyl(blas.NoTrans, 'X', 1, 3, 2, f, 3, f, 2, f, 2) }},
		{"Dtrsyl isgn", drvBadIsgn, func() { impl.Dtrsyl(blas.NoTrans, blas.NoTrans, 0, 3, 2, f, 3, f, 2, f, 2) }},
		{"Dtrsyl m", mLT0, func() { impl.Dtrsyl(blas.NoTrans, blas.NoTrans, 1, -1, 2, f, 3, f, 2, f, 2) }},
		{"Dtrsyl n", nLT0, func() { impl.Dtrsyl(blas.NoTrans, blas.NoTrans, 1, 3, -1, f, 3, f, 2, f, 2) }},
		{"Dtrsyl lda", badLdA, func() { impl.Dtrsyl(blas.NoTrans, blas.NoTrans, 1, 3, 2, f, 2, f, 2, f, 2) }},
		{"Dtrsyl ldb", badLdB, func() { impl.Dtrsyl(blas.NoTrans, blas.NoTrans, 1, 3, 2, f, 3, f, 1, f, 2) }},
		{"Dtrsyl ldc", badLdC, func() { impl.Dtrsyl(blas.NoTrans, blas.NoTrans, 1, 3, 2, f, 3, f, 2, f, 1) }},
		{"Dtrsyl a", shortA, func() { impl.Dtrsyl(blas.NoTrans, blas.NoTrans, 1, 3, 2, f[:8], 3, f, 2, f, 2) }},
		{"Dtrsyl b", shortB, func() { impl.Dtrsyl(blas.NoTrans, blas.NoTrans, 1, 3, 2, f, 3, f[:3], 2, f, 2) }},
		{"Dtrsyl c", shortC, func() { impl.Dtrsyl(blas.NoTrans, blas.NoTrans, 1, 3, 2, f, 3, f, 2, f[:5], 2) }},

		{"Ztrsyl trans", badTrans, func() { impl.Ztrsyl(blas.Trans, blas.NoTrans, 1, 3, 2, z, 3, z, 2, z, 2) }},
		{"Ztrsyl tranb", badTrans, func() { impl.Ztrsyl(blas.NoTrans, blas.Trans, 1, 3, 2, z, 3, z, 2, z, 2) }},
		{"Ztrsyl isgn", drvBadIsgn, func() { impl.Ztrsyl(blas.NoTrans, blas.NoTrans, 2, 3, 2, z, 3, z, 2, z, 2) }},
		{"Ztrsyl c", shortC, func() { impl.Ztrsyl(blas.NoTrans, blas.NoTrans, 1, 3, 2, z, 3, z, 2, z[:5], 2) }},

		{"Dtrsen job", drvBadCondJob, func() { impl.Dtrsen('X', lapack.UpdateSchur, sel, 3, f, 3, f, 3, f, f, f, 9, iw, 9) }},
		{"Dtrsen compq", badUpdateSchurComp, func() { impl.Dtrsen(CondNone, 'X', sel, 3, f, 3, f, 3, f, f, f, 9, iw, 9) }},
		{"Dtrsen n", nLT0, func() { impl.Dtrsen(CondNone, lapack.UpdateSchur, sel, -1, f, 3, f, 3, f, f, f, 9, iw, 9) }},
		{"Dtrsen ldt", badLdT, func() { impl.Dtrsen(CondNone, lapack.UpdateSchur, sel, 3, f, 2, f, 3, f, f, f, 9, iw, 9) }},
		{"Dtrsen ldq", badLdQ, func() { impl.Dtrsen(CondNone, lapack.UpdateSchur, sel, 3, f, 3, f, 2, f, f, f, 9, iw, 9) }},
		{"Dtrsen selected", badLenSelected, func() { impl.Dtrsen(CondNone, lapack.UpdateSchur, sel[:2], 3, f, 3, f, 3, f, f, f, 9, iw, 9) }},
		{"Dtrsen t", shortT, func() { impl.Dtrsen(CondNone, lapack.UpdateSchur, sel, 3, f[:8], 3, f, 3, f, f, f, 9, iw, 9) }},
		{"Dtrsen lwork", badLWork, func() { impl.Dtrsen(CondNone, lapack.UpdateSchur, sel, 3, f, 3, f, 3, f, f, f, 2, iw, 9) }},
		{"Dtrsen lwork B", badLWork, func() {
			impl.Dtrsen(CondBoth, lapack.UpdateSchur, []bool{true, false, false}, 3, f, 3, f, 3, f, f, f, 3, iw, 9)
		}},
		{"Dtrsen liwork", drvBadLIWork, func() {
			impl.Dtrsen(CondBoth, lapack.UpdateSchur, []bool{true, false, false}, 3, f, 3, f, 3, f, f, f, 4, iw, 1)
		}},
		{"Dtrsen q", shortQ, func() { impl.Dtrsen(CondNone, lapack.UpdateSchur, sel, 3, f, 3, f[:8], 3, f, f, f, 9, iw, 9) }},
		{"Dtrsen wr", shortWr, func() { impl.Dtrsen(CondNone, lapack.UpdateSchur, sel, 3, f, 3, f, 3, f[:2], f, f, 9, iw, 9) }},
		{"Dtrsen wi", shortWi, func() { impl.Dtrsen(CondNone, lapack.UpdateSchur, sel, 3, f, 3, f, 3, f, f[:2], f, 9, iw, 9) }},

		{"Ztrsen job", drvBadCondJob, func() { impl.Ztrsen('X', lapack.UpdateSchur, sel, 3, z, 3, z, 3, z, z, 9) }},
		{"Ztrsen selected", badLenSelected, func() { impl.Ztrsen(CondNone, lapack.UpdateSchur, sel[:1], 3, z, 3, z, 3, z, z, 9) }},
		{"Ztrsen lwork", badLWork, func() {
			impl.Ztrsen(CondSubspace, lapack.UpdateSchur, []bool{true, false, false}, 3, z, 3, z, 3, z, z, 3)
		}},
		{"Ztrsen t", shortT, func() { impl.Ztrsen(CondNone, lapack.UpdateSchur, sel, 3, z[:8], 3, z, 3, z, z, 9) }},
		{"Ztrsen q", shortQ, func() { impl.Ztrsen(CondNone, lapack.UpdateSchur, sel, 3, z, 3, z[:8], 3, z, z, 9) }},
		{"Ztrsen w", shortW, func() { impl.Ztrsen(CondNone, lapack.UpdateSchur, sel, 3, z, 3, z, 3, z[:2], z, 9) }},
	} {
		drvPanics(t, c.name, c.msg, c.f)
	}
}
