package lapacke

import (
	"fmt"
	"math"
	"slices"
	"testing"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/lapack"
)

// zmoreInv1Norm returns ‖A⁻¹‖₁ of the n×n matrix full, by solving with the
// identity (Zgesv), or 0 when A is singular.
func zmoreInv1Norm(impl Implementation, full zdrvMat) float64 {
	n := full.r
	a := slices.Clone(full.d)
	x := zdrvEye(n)
	if !impl.Zgesv(n, n, a, n, make([]int, n), x.d, n) {
		return 0
	}
	return x.norm1()
}

// TestDriverZsytrsZheconZsycon solves with Zsytrs after Zsytrf and checks
// Zhecon and Zsycon against the exact reciprocal 1-norm condition number:
// Higham's estimator never overestimates ‖A⁻¹‖₁, so the estimate is at least
// the exact value (up to rounding), and in practice within a small factor of
// it.
func TestDriverZsytrsZheconZsycon(t *testing.T) {
	rnd := drvNewRand(77)
	impl := Implementation{}
	for _, herm := range []bool{true, false} {
		trf, con, gen, rname := impl.Zsytrf, impl.Zsycon, zdrvSymC, "Zsytrf"
		if herm {
			trf, con, gen, rname = impl.Zhetrf, impl.Zhecon, zdrvHerm, "Zhetrf"
		}
		for _, n := range drvSizes {
			for _, ul := range drvUplos {
				lda := n + 2
				a := gen(rnd, n, lda)
				full := zdrvMatOf(a, n, n, lda)
				zdrvScramble(a, n, lda, ul == blas.Upper)
				ipiv := make([]int, n)
				name := fmt.Sprintf("%s n=%d,%c", rname, n, ul)
				work := make([]complex128, 1)
				trf(ul, n, a, lda, ipiv, work, -1)
				lw := max(1, int(real(work[0])))
				if !trf(ul, n, a, lda, ipiv, make([]complex128, lw), lw) {
					t.Errorf("%s: unexpected failure", name)
					continue
				}
				a0 := slices.Clone(a)
				rc := con(ul, n, a, lda, ipiv, full.norm1(), make([]complex128, 2*n))
				if !slices.Equal(a, a0) {
					t.Errorf("%s: con modified a", name)
				}
				if n == 0 {
					if rc != 1 {
						t.Errorf("%s: rcond of the empty matrix is %v, want 1", name, rc)
					}
					continue
				}
				exact := 1 / (full.norm1() * zmoreInv1Norm(impl, full))
				if !(rc >= exact*(1-1e-8) && rc <= 10*exact) {
					t.Errorf("%s: rcond estimate %g, exact %g", name, rc, exact)
				}
				if herm {
					continue
				}
				for _, nrhs := range []int{0, 1, 3} {
					ldb := nrhs + 1
					b := zdrvGe(rnd, n, nrhs, ldb)
					b0 := zdrvMatOf(b, n, nrhs, ldb)
					impl.Zsytrs(ul, n, nrhs, a, lda, ipiv, b, ldb)
					zdrvCheckPad(t, name+" b", b, n, nrhs, ldb)
					if nrhs == 0 {
						continue
					}
					if r := zdrvResidual(full, zdrvMatOf(b, n, nrhs, ldb), b0); r > 100 {
						t.Errorf("%s nrhs=%d: residual %g", name, nrhs, r)
					}
				}
				if !slices.Equal(a, a0) {
					t.Errorf("%s: Zsytrs modified a", name)
				}
			}
		}
	}
	// A singular D gives rcond 0.
	for _, herm := range []bool{true, false} {
		a := make([]complex128, 4)
		ipiv := make([]int, 2)
		trf, con := impl.Zsytrf, impl.Zsycon
		if herm {
			trf, con = impl.Zhetrf, impl.Zhecon
		}
		if trf(blas.Lower, 2, a, 2, ipiv, make([]complex128, 1), 1) {
			t.Errorf("herm=%v: zero matrix factorized without failure", herm)
		}
		if rc := con(blas.Lower, 2, a, 2, ipiv, 0, make([]complex128, 4)); rc != 0 {
			t.Errorf("herm=%v: rcond of the zero matrix is %v", herm, rc)
		}
	}
}

func TestDriverZsytrsZheconPanics(t *testing.T) {
	impl := Implementation{}
	z := make([]complex128, 100)
	ip := []int{0, 1, 2}
	for _, c := range []struct {
		name, msg string
		f         func()
	}{
		{"Zsytrs uplo", badUplo, func() { impl.Zsytrs('X', 3, 1, z, 3, ip, z, 1) }},
		{"Zsytrs n", nLT0, func() { impl.Zsytrs(blas.Upper, -1, 1, z, 3, ip, z, 1) }},
		{"Zsytrs nrhs", nrhsLT0, func() { impl.Zsytrs(blas.Upper, 3, -1, z, 3, ip, z, 1) }},
		{"Zsytrs lda", badLdA, func() { impl.Zsytrs(blas.Upper, 3, 1, z, 2, ip, z, 1) }},
		{"Zsytrs a", shortA, func() { impl.Zsytrs(blas.Upper, 3, 1, z[:8], 3, ip, z, 1) }},
		{"Zsytrs ipiv", badLenIpiv, func() { impl.Zsytrs(blas.Upper, 3, 1, z, 3, ip[:2], z, 1) }},
		{"Zsytrs b", shortB, func() { impl.Zsytrs(blas.Upper, 3, 1, z, 3, ip, z[:2], 1) }},
		{"Zsytrs ipiv pairs", badElemIpiv, func() { impl.Zsytrs(blas.Lower, 3, 1, z, 3, []int{0, 1, -2}, z, 1) }},
		{"Zhecon uplo", badUplo, func() { impl.Zhecon('X', 3, z, 3, ip, 1, z) }},
		{"Zhecon n", nLT0, func() { impl.Zhecon(blas.Upper, -1, z, 3, ip, 1, z) }},
		{"Zhecon lda", badLdA, func() { impl.Zhecon(blas.Upper, 3, z, 2, ip, 1, z) }},
		{"Zhecon anorm", negANorm, func() { impl.Zhecon(blas.Upper, 3, z, 3, ip, -1, z) }},
		{"Zhecon a", shortA, func() { impl.Zhecon(blas.Upper, 3, z[:8], 3, ip, 1, z) }},
		{"Zhecon ipiv", badLenIpiv, func() { impl.Zhecon(blas.Upper, 3, z, 3, ip[:2], 1, z) }},
		{"Zhecon work", shortWork, func() { impl.Zhecon(blas.Upper, 3, z, 3, ip, 1, z[:5]) }},
		{"Zsycon ipiv range", badElemIpiv, func() { impl.Zsycon(blas.Upper, 3, z, 3, []int{0, 3, 2}, 1, z) }},
		{"Zsycon ipiv pairs", badElemIpiv, func() { impl.Zsycon(blas.Lower, 3, z, 3, []int{0, 1, -2}, 1, z) }},
	} {
		drvPanics(t, c.name, c.msg, c.f)
	}
}

// TestDriverZheev checks Zheev's eigenpairs (A·V = V·Λ, VᴴV = I, ascending
// W) for both triangles, with the other scrambled, at the minimum and the
// optimal workspace, and that EVNone gives the same eigenvalues.
func TestDriverZheev(t *testing.T) {
	rnd := drvNewRand(78)
	impl := Implementation{}
	for _, n := range drvSizes {
		for _, ul := range drvUplos {
			lda := n + 1
			work := make([]complex128, 1)
			impl.Zheev(lapack.EVCompute, ul, n, nil, lda, nil, work, -1, nil)
			for _, lwork := range drvLWorks(max(1, 2*n-1), int(real(work[0]))) {
				a := zdrvHerm(rnd, n, lda)
				full := zdrvMatOf(a, n, n, lda)
				zdrvScramble(a, n, lda, ul == blas.Upper)
				a2 := slices.Clone(a)
				name := fmt.Sprintf("n=%d,%c,lwork=%d", n, ul, lwork)
				w := make([]float64, n)
				rwork := make([]float64, max(1, 3*n-2))
				if !impl.Zheev(lapack.EVCompute, ul, n, a, lda, w, make([]complex128, lwork), lwork, rwork) {
					t.Errorf("%s: unexpected failure", name)
					continue
				}
				zdrvCheckPad(t, name, a, n, n, lda)
				v := zdrvMatOf(a, n, n, lda)
				zdrvCheckEig(t, name, full, w, &v)
				w2 := make([]float64, n)
				if !impl.Zheev(lapack.EVNone, ul, n, a2, lda, w2, make([]complex128, lwork), lwork, rwork) {
					t.Errorf("%s EVNone: unexpected failure", name)
					continue
				}
				for i := range w {
					if math.Abs(w[i]-w2[i]) > 1e-13*float64(n)*max(1, full.norm1()) {
						t.Errorf("%s: EVNone W[%d] = %v, EVCompute %v", name, i, w2[i], w[i])
					}
				}
			}
		}
	}
	z := make([]complex128, 100)
	f := make([]float64, 100)
	V, U := lapack.EVCompute, blas.Upper
	for _, c := range []struct {
		name, msg string
		f         func()
	}{
		{"Zheev jobz", badEVJob, func() { impl.Zheev('X', U, 3, z, 3, f, z, 100, f) }},
		{"Zheev uplo", badUplo, func() { impl.Zheev(V, 'X', 3, z, 3, f, z, 100, f) }},
		{"Zheev n", nLT0, func() { impl.Zheev(V, U, -1, z, 3, f, z, 100, f) }},
		{"Zheev lda", badLdA, func() { impl.Zheev(V, U, 3, z, 2, f, z, 100, f) }},
		{"Zheev lwork", badLWork, func() { impl.Zheev(V, U, 3, z, 3, f, z, 4, f) }},
		{"Zheev work", shortWork, func() { impl.Zheev(V, U, 3, z, 3, f, z[:4], 5, f) }},
		{"Zheev a", shortA, func() { impl.Zheev(V, U, 3, z[:8], 3, f, z, 5, f) }},
		{"Zheev w", shortW, func() { impl.Zheev(V, U, 3, z, 3, f[:2], z, 5, f) }},
		{"Zheev rwork", drvShortRWork, func() { impl.Zheev(V, U, 3, z, 3, f, z, 5, f[:6]) }},
	} {
		drvPanics(t, c.name, c.msg, c.f)
	}
}
