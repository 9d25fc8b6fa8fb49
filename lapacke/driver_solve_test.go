package lapacke

import (
	"fmt"
	"math"
	"slices"
	"testing"

	"gonum.org/v1/gonum/blas"
)

var drvUplos = []blas.Uplo{blas.Upper, blas.Lower}

// drvTri returns the ul triangle of the n×n matrix a as a dense matrix.
func drvTri(a []float64, n, lda int, ul blas.Uplo) drvMat {
	m := drvMat{n, n, make([]float64, n*n)}
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			if (ul == blas.Upper && j >= i) || (ul == blas.Lower && j <= i) {
				m.d[i*n+j] = a[i*lda+j]
			}
		}
	}
	return m
}

func zdrvTri(a []complex128, n, lda int, ul blas.Uplo) zdrvMat {
	m := zdrvMat{n, n, make([]complex128, n*n)}
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			if (ul == blas.Upper && j >= i) || (ul == blas.Lower && j <= i) {
				m.d[i*n+j] = a[i*lda+j]
			}
		}
	}
	return m
}

// drvCholCheck reports ‖A - UᵀU‖ or ‖A - LLᵀ‖ relative to ‖A‖.
func drvCholCheck(full drvMat, a []float64, n, lda int, ul blas.Uplo) float64 {
	f := drvTri(a, n, lda, ul)
	var p drvMat
	if ul == blas.Upper {
		p = f.T().mul(f)
	} else {
		p = f.mul(f.T())
	}
	return p.sub(full).maxAbs() / max(full.maxAbs(), 1)
}

func zdrvCholCheck(full zdrvMat, a []complex128, n, lda int, ul blas.Uplo) float64 {
	f := zdrvTri(a, n, lda, ul)
	var p zdrvMat
	if ul == blas.Upper {
		p = f.H().mul(f)
	} else {
		p = f.mul(f.H())
	}
	return p.sub(full).maxAbs() / max(full.maxAbs(), 1)
}

func TestDriverDposv(t *testing.T) {
	rnd := drvNewRand(1)
	impl := Implementation{}
	for _, n := range drvSizes {
		for _, nrhs := range []int{0, 1, 3} {
			for _, ldb := range []int{max(1, nrhs), nrhs + 2} {
				for _, ul := range drvUplos {
					lda := n + 3
					a := drvSPD(rnd, n, lda)
					full := drvMatOf(a, n, n, lda)
					drvScramble(a, n, lda, ul == blas.Upper)
					b := drvGe(rnd, n, nrhs, ldb)
					b0 := drvMatOf(b, n, nrhs, ldb)
					name := fmt.Sprintf("n=%d,nrhs=%d,ldb=%d,%c", n, nrhs, ldb, ul)
					if !impl.Dposv(ul, n, nrhs, a, lda, b, ldb) {
						t.Errorf("%s: unexpected failure", name)
						continue
					}
					drvCheckPad(t, name+" a", a, n, n, lda)
					drvCheckPad(t, name+" b", b, n, nrhs, ldb)
					if n == 0 || nrhs == 0 {
						continue
					}
					if r := drvResidual(full, drvMatOf(b, n, nrhs, ldb), b0); r > 100 {
						t.Errorf("%s: residual %g", name, r)
					}
					if e := drvCholCheck(full, a, n, lda, ul); e > 1e-13*float64(n) {
						t.Errorf("%s: factor error %g", name, e)
					}
				}
			}
		}
	}
}

func TestDriverDposvNotPD(t *testing.T) {
	rnd := drvNewRand(2)
	impl := Implementation{}
	for _, ldb := range []int{1, 3} {
		for _, ul := range drvUplos {
			n := 6
			a := drvSPD(rnd, n, n)
			// Make the leading 4×4 minor indefinite.
			a[3*n+3] = -100
			b := drvGe(rnd, n, 1, ldb)
			b0 := slices.Clone(b)
			if impl.Dposv(ul, n, 1, a, n, b, ldb) {
				t.Errorf("ldb=%d %c: ok for an indefinite matrix", ldb, ul)
			}
			if !slices.Equal(b, b0) {
				t.Errorf("ldb=%d %c: b modified on failure", ldb, ul)
			}
		}
	}
}

func TestDriverDsysv(t *testing.T) {
	rnd := drvNewRand(3)
	impl := Implementation{}
	for _, n := range drvSizes {
		for _, nrhs := range []int{0, 1, 4} {
			for _, ul := range drvUplos {
				lda, ldb := n+2, nrhs+1
				// Query once per shape, then sweep lwork.
				work := make([]float64, 1)
				impl.Dsysv(ul, n, nrhs, nil, lda, nil, nil, ldb, work, -1)
				for _, lwork := range drvLWorks(1, int(work[0])) {
					a := drvSym(rnd, n, lda)
					full := drvMatOf(a, n, n, lda)
					drvScramble(a, n, lda, ul == blas.Upper)
					b := drvGe(rnd, n, nrhs, ldb)
					b0 := drvMatOf(b, n, nrhs, ldb)
					ipiv := make([]int, n)
					name := fmt.Sprintf("n=%d,nrhs=%d,%c,lwork=%d", n, nrhs, ul, lwork)
					if !impl.Dsysv(ul, n, nrhs, a, lda, ipiv, b, ldb, make([]float64, lwork), lwork) {
						t.Errorf("%s: unexpected failure", name)
						continue
					}
					drvCheckPad(t, name, b, n, nrhs, ldb)
					if n == 0 || nrhs == 0 {
						continue
					}
					for i, p := range ipiv {
						if p >= n || p < -n {
							t.Errorf("%s: ipiv[%d] = %d out of range", name, i, p)
						}
					}
					if r := drvResidual(full, drvMatOf(b, n, nrhs, ldb), b0); r > 100 {
						t.Errorf("%s: residual %g", name, r)
					}
				}
			}
		}
	}
	// A zero matrix has D(0,0) == 0: the factorization completes, ok is false.
	n := 3
	a := make([]float64, n*n)
	if impl.Dsysv(blas.Upper, n, 1, a, n, make([]int, n), make([]float64, n), 1, make([]float64, 64), 64) {
		t.Error("zero matrix: ok is true")
	}
}

// drvBand returns a random n×n band matrix with kl sub- and ku
// superdiagonals, diagonally dominant when dominant is set, in gonum's band
// layout with leading dimension ldab and offset off (the column of the
// diagonal), and the same matrix dense.
func drvBand(n, kl, ku, ldab, off int, dominant bool, next func() float64) ([]float64, drvMat) {
	ab := make([]float64, max(0, (n-1)*ldab+ldab))
	for i := range ab {
		ab[i] = drvPad
	}
	full := drvMat{n, n, make([]float64, n*n)}
	for i := 0; i < n; i++ {
		for j := max(0, i-kl); j <= min(n-1, i+ku); j++ {
			v := next()
			if i == j && dominant {
				v = float64(kl+ku+2) * math.Copysign(1, v)
			}
			full.d[i*n+j] = v
			ab[i*ldab+off+j-i] = v
		}
	}
	return ab, full
}

func TestDriverDgbsv(t *testing.T) {
	rnd := drvNewRand(4)
	impl := Implementation{}
	next := func() float64 { return 2*rnd.Float64() - 1 }
	for _, n := range drvSizes {
		for _, kk := range [][2]int{{0, 0}, {1, 0}, {0, 2}, {2, 1}, {3, 4}} {
			kl, ku := kk[0], kk[1]
			for _, nrhs := range []int{0, 1, 3} {
				ldab, ldb := 2*kl+ku+1+1, max(1, nrhs)
				ab, full := drvBand(n, kl, ku, ldab, kl, false, next)
				b := drvGe(rnd, n, nrhs, ldb)
				b0 := drvMatOf(b, n, nrhs, ldb)
				ipiv := make([]int, n)
				name := fmt.Sprintf("n=%d,kl=%d,ku=%d,nrhs=%d", n, kl, ku, nrhs)
				ok := impl.Dgbsv(n, kl, ku, nrhs, ab, ldab, ipiv, b, ldb)
				if !ok {
					t.Errorf("%s: unexpected failure", name)
					continue
				}
				if n == 0 || nrhs == 0 {
					continue
				}
				if r := drvResidual(full, drvMatOf(b, n, nrhs, ldb), b0); r > 1000 {
					t.Errorf("%s: residual %g", name, r)
				}
				// Rebuild A from U, the multipliers and the interchanges,
				// undoing the elimination as dgbtrs applies it.
				m := drvMat{n, n, make([]float64, n*n)}
				for i := 0; i < n; i++ {
					for j := i; j <= min(n-1, i+kl+ku); j++ {
						m.d[i*n+j] = ab[i*ldab+kl+j-i]
					}
					// The last column of each band row is the padding.
					if ab[i*ldab+ldab-1] != drvPad {
						t.Errorf("%s: padding modified in row %d", name, i)
					}
				}
				for j := n - 2; j >= 0; j-- {
					for i := j + 1; i <= min(n-1, j+kl); i++ {
						l := ab[i*ldab+kl+j-i]
						for c := 0; c < n; c++ {
							m.d[i*n+c] += l * m.d[j*n+c]
						}
					}
					p := ipiv[j]
					for c := 0; c < n; c++ {
						m.d[j*n+c], m.d[p*n+c] = m.d[p*n+c], m.d[j*n+c]
					}
				}
				if e := m.sub(full).maxAbs(); e > 1e-13*float64(n) {
					t.Errorf("%s: P*L*U differs from A by %g", name, e)
				}
			}
		}
	}
	// A band matrix with a zero column is singular.
	n, kl, ku := 5, 1, 1
	ab, _ := drvBand(n, kl, ku, 4, kl, true, next)
	for i := 0; i < n; i++ {
		for j := max(0, i-kl); j <= min(n-1, i+ku); j++ {
			if j == 2 {
				ab[i*4+kl+j-i] = 0
			}
		}
	}
	if impl.Dgbsv(n, kl, ku, 1, ab, 4, make([]int, n), make([]float64, n), 1) {
		t.Error("singular band matrix: ok is true")
	}
}

func TestDriverDpbsv(t *testing.T) {
	rnd := drvNewRand(5)
	impl := Implementation{}
	next := func() float64 { return 2*rnd.Float64() - 1 }
	for _, n := range drvSizes {
		for _, kd := range []int{0, 1, 3} {
			for _, ul := range drvUplos {
				for _, nrhs := range []int{0, 1, 2} {
					ldab, ldb := kd+2, nrhs+1
					// A symmetric diagonally dominant band matrix with a
					// positive diagonal is positive definite.
					_, g := drvBand(n, kd, kd, 2*kd+1, kd, true, next)
					full := drvMat{n, n, make([]float64, n*n)}
					ab := make([]float64, max(0, n*ldab))
					for i := range ab {
						ab[i] = drvPad
					}
					for i := 0; i < n; i++ {
						for j := i; j <= min(n-1, i+kd); j++ {
							v := g.at(i, j)
							if i == j {
								v = math.Abs(v)
							}
							full.d[i*n+j], full.d[j*n+i] = v, v
							if ul == blas.Upper {
								ab[i*ldab+j-i] = v
							} else {
								ab[j*ldab+kd+i-j] = v
							}
						}
					}
					b := drvGe(rnd, n, nrhs, ldb)
					b0 := drvMatOf(b, n, nrhs, ldb)
					name := fmt.Sprintf("n=%d,kd=%d,%c,nrhs=%d", n, kd, ul, nrhs)
					if !impl.Dpbsv(ul, n, kd, nrhs, ab, ldab, b, ldb) {
						t.Errorf("%s: unexpected failure", name)
						continue
					}
					if n == 0 || nrhs == 0 {
						continue
					}
					if r := drvResidual(full, drvMatOf(b, n, nrhs, ldb), b0); r > 100 {
						t.Errorf("%s: residual %g", name, r)
					}
					f := drvMat{n, n, make([]float64, n*n)}
					for i := 0; i < n; i++ {
						for j := i; j <= min(n-1, i+kd); j++ {
							if ul == blas.Upper {
								f.d[i*n+j] = ab[i*ldab+j-i]
							} else {
								f.d[j*n+i] = ab[j*ldab+kd+i-j]
							}
						}
						if ab[i*ldab+ldab-1] != drvPad {
							t.Errorf("%s: padding modified in row %d", name, i)
						}
					}
					var p drvMat
					if ul == blas.Upper {
						p = f.T().mul(f)
					} else {
						p = f.mul(f.T())
					}
					if e := p.sub(full).maxAbs(); e > 1e-13*float64(n) {
						t.Errorf("%s: factor error %g", name, e)
					}
				}
			}
		}
	}
	// A negative diagonal is not positive definite.
	ab := []float64{1, 0, -1, 0, 1, 0}
	if impl.Dpbsv(blas.Upper, 3, 1, 1, ab, 2, []float64{1, 1, 1}, 1) {
		t.Error("indefinite band matrix: ok is true")
	}
}

func TestDriverSolvePanics(t *testing.T) {
	impl := Implementation{}
	f := make([]float64, 100)
	w := make([]float64, 100)
	z := make([]complex128, 100)
	zw := make([]complex128, 100)
	ip := make([]int, 3)
	for _, c := range []struct {
		name, msg string
		f         func()
	}{
		{"Dposv uplo", badUplo, func() { impl.Dposv('X', 3, 1, f, 3, f, 1) }},
		{"Dposv n", nLT0, func() { impl.Dposv(blas.Upper, -1, 1, f, 3, f, 1) }},
		{"Dposv nrhs", nrhsLT0, func() { impl.Dposv(blas.Upper, 3, -1, f, 3, f, 1) }},
		{"Dposv lda", badLdA, func() { impl.Dposv(blas.Upper, 3, 1, f, 2, f, 1) }},
		{"Dposv ldb", badLdB, func() { impl.Dposv(blas.Upper, 3, 2, f, 3, f, 1) }},
		{"Dposv a", shortA, func() { impl.Dposv(blas.Upper, 3, 1, f[:8], 3, f, 1) }},
		{"Dposv b", shortB, func() { impl.Dposv(blas.Upper, 3, 1, f, 3, f[:2], 1) }},

		{"Dsysv uplo", badUplo, func() { impl.Dsysv('X', 3, 1, f, 3, ip, f, 1, w, 10) }},
		{"Dsysv n", nLT0, func() { impl.Dsysv(blas.Upper, -1, 1, f, 3, ip, f, 1, w, 10) }},
		{"Dsysv nrhs", nrhsLT0, func() { impl.Dsysv(blas.Upper, 3, -1, f, 3, ip, f, 1, w, 10) }},
		{"Dsysv lda", badLdA, func() { impl.Dsysv(blas.Upper, 3, 1, f, 2, ip, f, 1, w, 10) }},
		{"Dsysv ldb", badLdB, func() { impl.Dsysv(blas.Upper, 3, 2, f, 3, ip, f, 1, w, 10) }},
		{"Dsysv lwork", badLWork, func() { impl.Dsysv(blas.Upper, 3, 1, f, 3, ip, f, 1, w, 0) }},
		{"Dsysv work", shortWork, func() { impl.Dsysv(blas.Upper, 3, 1, f, 3, ip, f, 1, w[:5], 10) }},
		{"Dsysv a", shortA, func() { impl.Dsysv(blas.Upper, 3, 1, f[:8], 3, ip, f, 1, w, 10) }},
		{"Dsysv ipiv", badLenIpiv, func() { impl.Dsysv(blas.Upper, 3, 1, f, 3, ip[:2], f, 1, w, 10) }},
		{"Dsysv b", shortB, func() { impl.Dsysv(blas.Upper, 3, 1, f, 3, ip, f[:2], 1, w, 10) }},

		{"Dgbsv n", nLT0, func() { impl.Dgbsv(-1, 1, 1, 1, f, 4, ip, f, 1) }},
		{"Dgbsv kl", klLT0, func() { impl.Dgbsv(3, -1, 1, 1, f, 4, ip, f, 1) }},
		{"Dgbsv ku", kuLT0, func() { impl.Dgbsv(3, 1, -1, 1, f, 4, ip, f, 1) }},
		{"Dgbsv nrhs", nrhsLT0, func() { impl.Dgbsv(3, 1, 1, -1, f, 4, ip, f, 1) }},
		{"Dgbsv ldab", badLdA, func() { impl.Dgbsv(3, 1, 1, 1, f, 3, ip, f, 1) }},
		{"Dgbsv ldb", badLdB, func() { impl.Dgbsv(3, 1, 1, 2, f, 4, ip, f, 1) }},
		{"Dgbsv ab", shortAB, func() { impl.Dgbsv(3, 1, 1, 1, f[:11], 4, ip, f, 1) }},
		{"Dgbsv ipiv", badLenIpiv, func() { impl.Dgbsv(3, 1, 1, 1, f, 4, ip[:2], f, 1) }},
		{"Dgbsv b", shortB, func() { impl.Dgbsv(3, 1, 1, 1, f, 4, ip, f[:2], 1) }},

		{"Dpbsv uplo", badUplo, func() { impl.Dpbsv('X', 3, 1, 1, f, 2, f, 1) }},
		{"Dpbsv n", nLT0, func() { impl.Dpbsv(blas.Upper, -1, 1, 1, f, 2, f, 1) }},
		{"Dpbsv kd", kdLT0, func() { impl.Dpbsv(blas.Upper, 3, -1, 1, f, 2, f, 1) }},
		{"Dpbsv nrhs", nrhsLT0, func() { impl.Dpbsv(blas.Upper, 3, 1, -1, f, 2, f, 1) }},
		{"Dpbsv ldab", badLdA, func() { impl.Dpbsv(blas.Upper, 3, 1, 1, f, 1, f, 1) }},
		{"Dpbsv ldb", badLdB, func() { impl.Dpbsv(blas.Upper, 3, 1, 2, f, 2, f, 1) }},
		{"Dpbsv ab", shortAB, func() { impl.Dpbsv(blas.Upper, 3, 1, 1, f[:5], 2, f, 1) }},
		{"Dpbsv b", shortB, func() { impl.Dpbsv(blas.Upper, 3, 1, 1, f, 2, f[:2], 1) }},

		{"Zgesv n", nLT0, func() { impl.Zgesv(-1, 1, z, 3, ip, z, 1) }},
		{"Zgesv nrhs", nrhsLT0, func() { impl.Zgesv(3, -1, z, 3, ip, z, 1) }},
		{"Zgesv lda", badLdA, func() { impl.Zgesv(3, 1, z, 2, ip, z, 1) }},
		{"Zgesv ldb", badLdB, func() { impl.Zgesv(3, 2, z, 3, ip, z, 1) }},
		{"Zgesv a", shortA, func() { impl.Zgesv(3, 1, z[:8], 3, ip, z, 1) }},
		{"Zgesv ipiv", badLenIpiv, func() { impl.Zgesv(3, 1, z, 3, ip[:2], z, 1) }},
		{"Zgesv b", shortB, func() { impl.Zgesv(3, 1, z, 3, ip, z[:2], 1) }},

		{"Zposv uplo", badUplo, func() { impl.Zposv('X', 3, 1, z, 3, z, 1) }},
		{"Zposv n", nLT0, func() { impl.Zposv(blas.Upper, -1, 1, z, 3, z, 1) }},
		{"Zposv nrhs", nrhsLT0, func() { impl.Zposv(blas.Upper, 3, -1, z, 3, z, 1) }},
		{"Zposv lda", badLdA, func() { impl.Zposv(blas.Upper, 3, 1, z, 2, z, 1) }},
		{"Zposv ldb", badLdB, func() { impl.Zposv(blas.Upper, 3, 2, z, 3, z, 1) }},
		{"Zposv a", shortA, func() { impl.Zposv(blas.Upper, 3, 1, z[:8], 3, z, 1) }},
		{"Zposv b", shortB, func() { impl.Zposv(blas.Upper, 3, 1, z, 3, z[:2], 1) }},
	} {
		drvPanics(t, c.name, c.msg, c.f)
	}
	for _, sv := range []struct {
		name string
		f    func(ul blas.Uplo, n, nrhs int, a []complex128, lda int, ipiv []int, b []complex128, ldb int, work []complex128, lwork int) bool
	}{{"Zhesv", impl.Zhesv}, {"Zsysv", impl.Zsysv}} {
		f := sv.f
		for _, c := range []struct {
			name, msg string
			f         func()
		}{
			{"uplo", badUplo, func() { f('X', 3, 1, z, 3, ip, z, 1, zw, 10) }},
			{"n", nLT0, func() { f(blas.Upper, -1, 1, z, 3, ip, z, 1, zw, 10) }},
			{"nrhs", nrhsLT0, func() { f(blas.Upper, 3, -1, z, 3, ip, z, 1, zw, 10) }},
			{"lda", badLdA, func() { f(blas.Upper, 3, 1, z, 2, ip, z, 1, zw, 10) }},
			{"ldb", badLdB, func() { f(blas.Upper, 3, 2, z, 3, ip, z, 1, zw, 10) }},
			{"lwork", badLWork, func() { f(blas.Upper, 3, 1, z, 3, ip, z, 1, zw, 0) }},
			{"work", shortWork, func() { f(blas.Upper, 3, 1, z, 3, ip, z, 1, zw[:5], 10) }},
			{"a", shortA, func() { f(blas.Upper, 3, 1, z[:8], 3, ip, z, 1, zw, 10) }},
			{"ipiv", badLenIpiv, func() { f(blas.Upper, 3, 1, z, 3, ip[:2], z, 1, zw, 10) }},
			{"b", shortB, func() { f(blas.Upper, 3, 1, z, 3, ip, z[:2], 1, zw, 10) }},
		} {
			drvPanics(t, sv.name+" "+c.name, c.msg, c.f)
		}
	}
}
