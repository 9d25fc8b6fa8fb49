package lapacke

import (
	"fmt"
	"math"
	"math/cmplx"
	"slices"
	"testing"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/lapack"
)

var drvTranses = []blas.Transpose{blas.NoTrans, blas.Trans, blas.ConjTrans}

func (m zdrvMat) op(tr blas.Transpose) zdrvMat {
	switch tr {
	case blas.Trans:
		return m.T()
	case blas.ConjTrans:
		return m.H()
	}
	return m
}

// normInf is the maximum absolute row sum.
func (m zdrvMat) normInf() float64 { return m.T().norm1() }

// zdrvFullHerm rebuilds a Hermitian matrix from its ul triangle.
func zdrvFullHerm(a []complex128, n, lda int, ul blas.Uplo) zdrvMat {
	m := zdrvMat{n, n, make([]complex128, n*n)}
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			if (ul == blas.Upper && j >= i) || (ul == blas.Lower && j <= i) {
				m.d[i*n+j] = a[i*lda+j]
				m.d[j*n+i] = cmplx.Conj(a[i*lda+j])
			}
		}
	}
	return m
}

func TestDriverZgetrf(t *testing.T) {
	rnd := drvNewRand(21)
	impl := Implementation{}
	for _, m := range []int{0, 1, 4, 33} {
		for _, n := range []int{0, 1, 5, 40} {
			lda := n + 2
			a := zdrvGe(rnd, m, n, lda)
			full := zdrvMatOf(a, m, n, lda)
			ipiv := make([]int, min(m, n))
			name := fmt.Sprintf("m=%d,n=%d", m, n)
			if !impl.Zgetrf(m, n, a, lda, ipiv) {
				t.Errorf("%s: unexpected failure", name)
			}
			zdrvCheckPad(t, name, a, m, n, lda)
			if m*n == 0 {
				continue
			}
			if e := zdrvLUCheck(full, a, m, n, lda, ipiv); e > 1e-14*float64(max(m, n)) {
				t.Errorf("%s: P*L*U error %g", name, e)
			}
		}
	}
	a := []complex128{1, 1i, 1i, -1}
	if impl.Zgetrf(2, 2, a, 2, make([]int, 2)) {
		t.Error("singular matrix: ok is true")
	}
}

func TestDriverZgetrs(t *testing.T) {
	rnd := drvNewRand(22)
	impl := Implementation{}
	for _, n := range drvSizes {
		for _, nrhs := range []int{0, 1, 3} {
			for _, tr := range drvTranses {
				lda, ldb := n+1, nrhs+3
				a := zdrvGe(rnd, n, n, lda)
				full := zdrvMatOf(a, n, n, lda)
				ipiv := make([]int, n)
				impl.Zgetrf(n, n, a, lda, ipiv)
				a0 := slices.Clone(a)
				b := zdrvGe(rnd, n, nrhs, ldb)
				b0 := zdrvMatOf(b, n, nrhs, ldb)
				impl.Zgetrs(tr, n, nrhs, a, lda, ipiv, b, ldb)
				name := fmt.Sprintf("n=%d,nrhs=%d,%c", n, nrhs, tr)
				if !slices.Equal(a, a0) {
					t.Errorf("%s: a modified", name)
				}
				zdrvCheckPad(t, name, b, n, nrhs, ldb)
				if n == 0 || nrhs == 0 {
					continue
				}
				if r := zdrvResidual(full.op(tr), zdrvMatOf(b, n, nrhs, ldb), b0); r > 100 {
					t.Errorf("%s: residual %g", name, r)
				}
			}
		}
	}
}

func TestDriverZgetri(t *testing.T) {
	rnd := drvNewRand(23)
	impl := Implementation{}
	for _, n := range drvSizes {
		lda := n + 2
		work := make([]complex128, 1)
		impl.Zgetri(n, nil, lda, nil, work, -1)
		for _, lwork := range drvLWorks(max(1, n), int(real(work[0]))) {
			a := zdrvGe(rnd, n, n, lda)
			full := zdrvMatOf(a, n, n, lda)
			ipiv := make([]int, n)
			impl.Zgetrf(n, n, a, lda, ipiv)
			name := fmt.Sprintf("n=%d,lwork=%d", n, lwork)
			if !impl.Zgetri(n, a, lda, ipiv, make([]complex128, lwork), lwork) {
				t.Errorf("%s: unexpected failure", name)
				continue
			}
			zdrvCheckPad(t, name, a, n, n, lda)
			if n == 0 {
				continue
			}
			inv := zdrvMatOf(a, n, n, lda)
			if e := full.mul(inv).sub(zdrvEye(n)).maxAbs(); e > 1e-12*float64(n)*full.norm1()*inv.norm1() {
				t.Errorf("%s: A*inv(A) - I = %g", name, e)
			}
		}
	}
	// A singular U: the inverse is not computed and a is unchanged.
	a := []complex128{1, 2, 0, 0}
	a0 := slices.Clone(a)
	if impl.Zgetri(2, a, 2, []int{0, 1}, make([]complex128, 4), 4) {
		t.Error("singular: ok is true")
	}
	if !slices.Equal(a, a0) {
		t.Error("singular: a modified")
	}
}

func TestDriverZpotrfZpotrsZpotri(t *testing.T) {
	rnd := drvNewRand(24)
	impl := Implementation{}
	for _, n := range drvSizes {
		for _, ul := range drvUplos {
			lda := n + 1
			a := zdrvHPD(rnd, n, lda)
			full := zdrvMatOf(a, n, n, lda)
			zdrvScramble(a, n, lda, ul == blas.Upper)
			name := fmt.Sprintf("n=%d,%c", n, ul)
			if !impl.Zpotrf(ul, n, a, lda) {
				t.Errorf("%s: Zpotrf failed", name)
				continue
			}
			zdrvCheckPad(t, name, a, n, n, lda)
			if n > 0 {
				if e := zdrvCholCheck(full, a, n, lda, ul); e > 1e-13*float64(n) {
					t.Errorf("%s: factor error %g", name, e)
				}
			}
			for _, nrhs := range []int{0, 1, 3} {
				for _, ldb := range []int{max(1, nrhs), nrhs + 2} {
					b := zdrvGe(rnd, n, nrhs, ldb)
					b0 := zdrvMatOf(b, n, nrhs, ldb)
					impl.Zpotrs(ul, n, nrhs, a, lda, b, ldb)
					zdrvCheckPad(t, name, b, n, nrhs, ldb)
					if n > 0 && nrhs > 0 {
						if r := zdrvResidual(full, zdrvMatOf(b, n, nrhs, ldb), b0); r > 100 {
							t.Errorf("%s nrhs=%d ldb=%d: residual %g", name, nrhs, ldb, r)
						}
					}
				}
			}
			if !impl.Zpotri(ul, n, a, lda) {
				t.Errorf("%s: Zpotri failed", name)
				continue
			}
			if n == 0 {
				continue
			}
			inv := zdrvFullHerm(a, n, lda, ul)
			if e := full.mul(inv).sub(zdrvEye(n)).maxAbs(); e > 1e-12*float64(n) {
				t.Errorf("%s: A*inv(A) - I = %g", name, e)
			}
		}
	}
	a := []complex128{1, 2, 2, 1}
	if impl.Zpotrf(blas.Upper, 2, a, 2) {
		t.Error("indefinite: Zpotrf ok is true")
	}
	if impl.Zpotri(blas.Lower, 2, []complex128{0, 0, 0, 1}, 2) {
		t.Error("zero factor diagonal: Zpotri ok is true")
	}
}

func TestDriverZtrtri(t *testing.T) {
	rnd := drvNewRand(25)
	impl := Implementation{}
	for _, n := range drvSizes {
		for _, ul := range drvUplos {
			for _, diag := range []blas.Diag{blas.NonUnit, blas.Unit} {
				lda := n + 2
				a := zdrvGe(rnd, n, n, lda)
				for i := 0; i < n; i++ {
					a[i*lda+i] += 4 // keep it well conditioned
				}
				tri := zdrvTri(a, n, lda, ul)
				if diag == blas.Unit {
					for i := 0; i < n; i++ {
						tri.d[i*n+i] = 1
						a[i*lda+i] = 1e30 // must not be read
					}
				}
				zdrvScramble(a, n, lda, ul == blas.Upper)
				name := fmt.Sprintf("n=%d,%c,%c", n, ul, diag)
				if !impl.Ztrtri(ul, diag, n, a, lda) {
					t.Errorf("%s: unexpected failure", name)
					continue
				}
				zdrvCheckPad(t, name, a, n, n, lda)
				inv := zdrvTri(a, n, lda, ul)
				if diag == blas.Unit {
					for i := 0; i < n; i++ {
						if a[i*lda+i] != 1e30 {
							t.Errorf("%s: unit diagonal written", name)
						}
						inv.d[i*n+i] = 1
					}
				}
				if n > 0 {
					// Unit triangles of this size are ill conditioned, so
					// the bound scales with the condition number.
					if e := tri.mul(inv).sub(zdrvEye(n)).maxAbs(); e > 1e-14*float64(n)*tri.norm1()*inv.norm1() {
						t.Errorf("%s: T*inv(T) - I = %g", name, e)
					}
				}
			}
		}
	}
	a := []complex128{1, 5, 0, 0}
	a0 := slices.Clone(a)
	if impl.Ztrtri(blas.Upper, blas.NonUnit, 2, a, 2) {
		t.Error("singular: ok is true")
	}
	if !slices.Equal(a, a0) {
		t.Error("singular: a modified")
	}
}

// zdrvRcondCheck checks an estimate against the true reciprocal condition
// number: LAPACK's estimator bounds ‖A⁻¹‖ from below, so the estimate is
// never smaller than the truth, and for these sizes it is within a small
// factor of it.
func zdrvRcondCheck(t *testing.T, name string, got, want, factor float64) {
	t.Helper()
	if got < want*(1-1e-10) || got > want*factor {
		t.Errorf("%s: rcond %g, true %g", name, got, want)
	}
}

func TestDriverZgecon(t *testing.T) {
	rnd := drvNewRand(26)
	impl := Implementation{}
	for _, n := range []int{1, 2, 5, 20} {
		for _, norm := range []lapack.MatrixNorm{lapack.MaxColumnSum, lapack.MaxRowSum} {
			lda := n + 1
			a := zdrvGe(rnd, n, n, lda)
			// Scale the first row so that the two norms differ widely.
			for j := 0; j < n; j++ {
				a[j] *= 50
			}
			full := zdrvMatOf(a, n, n, lda)
			anorm, nrm := full.norm1(), (zdrvMat).norm1
			if norm == lapack.MaxRowSum {
				anorm, nrm = full.normInf(), (zdrvMat).normInf
			}
			ipiv := make([]int, n)
			impl.Zgetrf(n, n, a, lda, ipiv)
			inv := slices.Clone(a)
			impl.Zgetri(n, inv, lda, ipiv, make([]complex128, n), n)
			want := 1 / (anorm * nrm(zdrvMatOf(inv, n, n, lda)))
			got := impl.Zgecon(norm, n, a, lda, anorm, make([]complex128, 2*n), make([]float64, 2*n))
			zdrvRcondCheck(t, fmt.Sprintf("n=%d,%c", n, norm), got, want, 10)
		}
	}
	if r := impl.Zgecon(lapack.MaxColumnSum, 0, nil, 1, 1, nil, nil); r != 1 {
		t.Errorf("n=0: rcond %g, want 1", r)
	}
	if r := impl.Zgecon(lapack.MaxColumnSum, 2, []complex128{1, 0, 0, 1}, 2, 0, make([]complex128, 4), make([]float64, 4)); r != 0 {
		t.Errorf("anorm=0: rcond %g, want 0", r)
	}
}

func TestDriverZpocon(t *testing.T) {
	rnd := drvNewRand(27)
	impl := Implementation{}
	for _, n := range []int{1, 2, 5, 20} {
		for _, ul := range drvUplos {
			lda := n + 2
			a := zdrvHPD(rnd, n, lda)
			// Spread the eigenvalues so the condition number is not tiny.
			for i := 0; i < n; i++ {
				a[i*lda+i] *= complex(math.Pow(10, float64(i%4)), 0)
			}
			full := zdrvMatOf(a, n, n, lda)
			anorm := full.norm1()
			impl.Zpotrf(ul, n, a, lda)
			inv := slices.Clone(a)
			impl.Zpotri(ul, n, inv, lda)
			want := 1 / (anorm * zdrvFullHerm(inv, n, lda, ul).norm1())
			got := impl.Zpocon(ul, n, a, lda, anorm, make([]complex128, 2*n), make([]float64, n))
			zdrvRcondCheck(t, fmt.Sprintf("n=%d,%c", n, ul), got, want, 10)
		}
	}
}

func TestDriverZtrcon(t *testing.T) {
	rnd := drvNewRand(28)
	impl := Implementation{}
	// T = I + e₀vᵀ with v₀ = 0 has T⁻¹ = I - e₀vᵀ: its 1-norm and
	// infinity-norm condition numbers are exactly (1+max|vⱼ|)² and
	// (1+Σ|vⱼ|)², far apart, and the estimator is exact on it.
	for _, ul := range drvUplos {
		n := 5
		a := make([]complex128, n*n)
		for i := 0; i < n; i++ {
			a[i*n+i] = 1
		}
		for j := 1; j < n; j++ {
			if ul == blas.Upper {
				a[j] = 100i
			} else {
				a[j*n] = 100i
			}
		}
		// For the lower case the row of multipliers is a column, which
		// swaps the two norms.
		c1, cinf := 101.0*101, 401.0*401
		if ul == blas.Lower {
			c1, cinf = cinf, c1
		}
		for _, c := range []struct {
			norm lapack.MatrixNorm
			want float64
		}{{lapack.MaxColumnSum, 1 / c1}, {lapack.MaxRowSum, 1 / cinf}} {
			got := impl.Ztrcon(c.norm, ul, blas.NonUnit, n, a, n, make([]complex128, 2*n), make([]float64, n))
			if math.Abs(got-c.want) > 1e-12*c.want {
				t.Errorf("%c %c: rcond %g, want %g", ul, c.norm, got, c.want)
			}
		}
	}
	for _, n := range []int{1, 3, 20} {
		for _, ul := range drvUplos {
			for _, diag := range []blas.Diag{blas.NonUnit, blas.Unit} {
				for _, norm := range []lapack.MatrixNorm{lapack.MaxColumnSum, lapack.MaxRowSum} {
					a := zdrvGe(rnd, n, n, n)
					for i := 0; i < n; i++ {
						a[i*n+i] += 2
					}
					tri := zdrvTri(a, n, n, ul)
					if diag == blas.Unit {
						for i := 0; i < n; i++ {
							tri.d[i*n+i] = 1
						}
					}
					inv := slices.Clone(tri.d)
					impl.Ztrtri(ul, blas.NonUnit, n, inv, n)
					invm := zdrvTri(inv, n, n, ul)
					want := 1 / (tri.norm1() * invm.norm1())
					if norm == lapack.MaxRowSum {
						want = 1 / (tri.normInf() * invm.normInf())
					}
					got := impl.Ztrcon(norm, ul, diag, n, a, n, make([]complex128, 2*n), make([]float64, n))
					zdrvRcondCheck(t, fmt.Sprintf("n=%d,%c,%c,%c", n, ul, diag, norm), got, want, 10)
				}
			}
		}
	}
}

func TestDriverZbasicPanics(t *testing.T) {
	impl := Implementation{}
	z := make([]complex128, 100)
	r := make([]float64, 100)
	ip := []int{0, 1, 2}
	for _, c := range []struct {
		name, msg string
		f         func()
	}{
		{"Zgetrf m", mLT0, func() { impl.Zgetrf(-1, 3, z, 3, ip) }},
		{"Zgetrf n", nLT0, func() { impl.Zgetrf(3, -1, z, 3, ip) }},
		{"Zgetrf lda", badLdA, func() { impl.Zgetrf(3, 3, z, 2, ip) }},
		{"Zgetrf a", shortA, func() { impl.Zgetrf(3, 3, z[:8], 3, ip) }},
		{"Zgetrf ipiv", badLenIpiv, func() { impl.Zgetrf(3, 3, z, 3, ip[:2]) }},

		{"Zgetrs trans", badTrans, func() { impl.Zgetrs('X', 3, 1, z, 3, ip, z, 1) }},
		{"Zgetrs n", nLT0, func() { impl.Zgetrs(blas.NoTrans, -1, 1, z, 3, ip, z, 1) }},
		{"Zgetrs nrhs", nrhsLT0, func() { impl.Zgetrs(blas.NoTrans, 3, -1, z, 3, ip, z, 1) }},
		{"Zgetrs lda", badLdA, func() { impl.Zgetrs(blas.NoTrans, 3, 1, z, 2, ip, z, 1) }},
		{"Zgetrs ldb", badLdB, func() { impl.Zgetrs(blas.NoTrans, 3, 2, z, 3, ip, z, 1) }},
		{"Zgetrs a", shortA, func() { impl.Zgetrs(blas.NoTrans, 3, 1, z[:8], 3, ip, z, 1) }},
		{"Zgetrs b", shortB, func() { impl.Zgetrs(blas.NoTrans, 3, 1, z, 3, ip, z[:2], 1) }},
		{"Zgetrs ipiv", badLenIpiv, func() { impl.Zgetrs(blas.NoTrans, 3, 1, z, 3, ip[:2], z, 1) }},
		{"Zgetrs ipiv value", badElemIpiv, func() { impl.Zgetrs(blas.NoTrans, 3, 1, z, 3, []int{0, 3, 2}, z, 1) }},
		{"Zgetrs ipiv negative", badElemIpiv, func() { impl.Zgetrs(blas.NoTrans, 3, 1, z, 3, []int{-1, 1, 2}, z, 1) }},

		{"Zgetri n", nLT0, func() { impl.Zgetri(-1, z, 3, ip, z, 3) }},
		{"Zgetri lda", badLdA, func() { impl.Zgetri(3, z, 2, ip, z, 3) }},
		{"Zgetri lwork", badLWork, func() { impl.Zgetri(3, z, 3, ip, z, 2) }},
		{"Zgetri work", shortWork, func() { impl.Zgetri(3, z, 3, ip, z[:2], 3) }},
		{"Zgetri a", shortA, func() { impl.Zgetri(3, z[:8], 3, ip, z, 3) }},
		{"Zgetri ipiv", badLenIpiv, func() { impl.Zgetri(3, z, 3, ip[:2], z, 3) }},
		{"Zgetri ipiv value", badElemIpiv, func() { impl.Zgetri(3, z, 3, []int{0, 7, 2}, z, 3) }},

		{"Zpotrf uplo", badUplo, func() { impl.Zpotrf('X', 3, z, 3) }},
		{"Zpotrf n", nLT0, func() { impl.Zpotrf(blas.Upper, -1, z, 3) }},
		{"Zpotrf lda", badLdA, func() { impl.Zpotrf(blas.Upper, 3, z, 2) }},
		{"Zpotrf a", shortA, func() { impl.Zpotrf(blas.Upper, 3, z[:8], 3) }},

		{"Zpotrs uplo", badUplo, func() { impl.Zpotrs('X', 3, 1, z, 3, z, 1) }},
		{"Zpotrs n", nLT0, func() { impl.Zpotrs(blas.Upper, -1, 1, z, 3, z, 1) }},
		{"Zpotrs nrhs", nrhsLT0, func() { impl.Zpotrs(blas.Upper, 3, -1, z, 3, z, 1) }},
		{"Zpotrs lda", badLdA, func() { impl.Zpotrs(blas.Upper, 3, 1, z, 2, z, 1) }},
		{"Zpotrs ldb", badLdB, func() { impl.Zpotrs(blas.Upper, 3, 2, z, 3, z, 1) }},
		{"Zpotrs a", shortA, func() { impl.Zpotrs(blas.Upper, 3, 1, z[:8], 3, z, 1) }},
		{"Zpotrs b", shortB, func() { impl.Zpotrs(blas.Upper, 3, 1, z, 3, z[:2], 1) }},

		{"Zpotri uplo", badUplo, func() { impl.Zpotri('X', 3, z, 3) }},
		{"Zpotri n", nLT0, func() { impl.Zpotri(blas.Upper, -1, z, 3) }},
		{"Zpotri lda", badLdA, func() { impl.Zpotri(blas.Upper, 3, z, 2) }},
		{"Zpotri a", shortA, func() { impl.Zpotri(blas.Upper, 3, z[:8], 3) }},

		{"Ztrtri uplo", badUplo, func() { impl.Ztrtri('X', blas.NonUnit, 3, z, 3) }},
		{"Ztrtri diag", badDiag, func() { impl.Ztrtri(blas.Upper, 'X', 3, z, 3) }},
		{"Ztrtri n", nLT0, func() { impl.Ztrtri(blas.Upper, blas.NonUnit, -1, z, 3) }},
		{"Ztrtri lda", badLdA, func() { impl.Ztrtri(blas.Upper, blas.NonUnit, 3, z, 2) }},
		{"Ztrtri a", shortA, func() { impl.Ztrtri(blas.Upper, blas.NonUnit, 3, z[:8], 3) }},

		{"Zgecon norm", badNorm, func() { impl.Zgecon('F', 3, z, 3, 1, z, r) }},
		{"Zgecon n", nLT0, func() { impl.Zgecon(lapack.MaxColumnSum, -1, z, 3, 1, z, r) }},
		{"Zgecon lda", badLdA, func() { impl.Zgecon(lapack.MaxColumnSum, 3, z, 2, 1, z, r) }},
		{"Zgecon anorm", negANorm, func() { impl.Zgecon(lapack.MaxColumnSum, 3, z, 3, -1, z, r) }},
		{"Zgecon a", shortA, func() { impl.Zgecon(lapack.MaxColumnSum, 3, z[:8], 3, 1, z, r) }},
		{"Zgecon work", shortWork, func() { impl.Zgecon(lapack.MaxColumnSum, 3, z, 3, 1, z[:5], r) }},
		{"Zgecon rwork", drvShortRWork, func() { impl.Zgecon(lapack.MaxColumnSum, 3, z, 3, 1, z, r[:5]) }},

		{"Zpocon uplo", badUplo, func() { impl.Zpocon('X', 3, z, 3, 1, z, r) }},
		{"Zpocon n", nLT0, func() { impl.Zpocon(blas.Upper, -1, z, 3, 1, z, r) }},
		{"Zpocon lda", badLdA, func() { impl.Zpocon(blas.Upper, 3, z, 2, 1, z, r) }},
		{"Zpocon anorm", negANorm, func() { impl.Zpocon(blas.Upper, 3, z, 3, -1, z, r) }},
		{"Zpocon a", shortA, func() { impl.Zpocon(blas.Upper, 3, z[:8], 3, 1, z, r) }},
		{"Zpocon work", shortWork, func() { impl.Zpocon(blas.Upper, 3, z, 3, 1, z[:5], r) }},
		{"Zpocon rwork", drvShortRWork, func() { impl.Zpocon(blas.Upper, 3, z, 3, 1, z, r[:2]) }},

		{"Ztrcon norm", badNorm, func() { impl.Ztrcon('F', blas.Upper, blas.NonUnit, 3, z, 3, z, r) }},
		{"Ztrcon uplo", badUplo, func() { impl.Ztrcon(lapack.MaxRowSum, 'X', blas.NonUnit, 3, z, 3, z, r) }},
		{"Ztrcon diag", badDiag, func() { impl.Ztrcon(lapack.MaxRowSum, blas.Upper, 'X', 3, z, 3, z, r) }},
		{"Ztrcon n", nLT0, func() { impl.Ztrcon(lapack.MaxRowSum, blas.Upper, blas.NonUnit, -1, z, 3, z, r) }},
		{"Ztrcon lda", badLdA, func() { impl.Ztrcon(lapack.MaxRowSum, blas.Upper, blas.NonUnit, 3, z, 2, z, r) }},
		{"Ztrcon a", shortA, func() { impl.Ztrcon(lapack.MaxRowSum, blas.Upper, blas.NonUnit, 3, z[:8], 3, z, r) }},
		{"Ztrcon work", shortWork, func() { impl.Ztrcon(lapack.MaxRowSum, blas.Upper, blas.NonUnit, 3, z, 3, z[:5], r) }},
		{"Ztrcon rwork", drvShortRWork, func() { impl.Ztrcon(lapack.MaxRowSum, blas.Upper, blas.NonUnit, 3, z, 3, z, r[:2]) }},
	} {
		drvPanics(t, c.name, c.msg, c.f)
	}
}
