package lapacke

import (
	"fmt"
	"math/cmplx"
	"slices"
	"testing"

	"gonum.org/v1/gonum/blas"
)

// zdrvBKRebuild rebuilds A from a Bunch-Kaufman factorization stored as
// LAPACK's ?sytrf/?hetrf document it, with ipiv in this package's 0-based
// encoding: U = P(n-1)*U(n-1)*…*P(k)*U(k)*… (or L = P(0)*L(0)*…), then
// A = U*D*Uᵀ (Uᴴ when herm). Agreement with the input checks both the
// factorization and the pivot encoding.
func zdrvBKRebuild(a []complex128, n, lda int, ipiv []int, ul blas.Uplo, herm bool) zdrvMat {
	m := zdrvEye(n)
	d := zdrvMat{n, n, make([]complex128, n*n)}
	swapCols := func(i, j int) {
		for r := 0; r < n; r++ {
			m.d[r*n+i], m.d[r*n+j] = m.d[r*n+j], m.d[r*n+i]
		}
	}
	// mulV right-multiplies m by I + V, where V's columns cols hold
	// a[rows, cols].
	mulV := func(rows, cols []int) {
		for _, c := range cols {
			for r := 0; r < n; r++ {
				var s complex128
				for _, i := range rows {
					s += m.d[r*n+i] * a[i*lda+c]
				}
				m.d[r*n+c] += s
			}
		}
	}
	span := func(lo, hi int) []int {
		var s []int
		for i := lo; i < hi; i++ {
			s = append(s, i)
		}
		return s
	}
	offd := func(v complex128) complex128 {
		if herm {
			return cmplx.Conj(v)
		}
		return v
	}
	if ul == blas.Upper {
		for k := n - 1; k >= 0; {
			if ipiv[k] >= 0 {
				swapCols(k, ipiv[k])
				mulV(span(0, k), []int{k})
				d.d[k*n+k] = a[k*lda+k]
				k--
				continue
			}
			swapCols(k-1, ^ipiv[k])
			mulV(span(0, k-1), []int{k - 1, k})
			d.d[(k-1)*n+k-1] = a[(k-1)*lda+k-1]
			d.d[(k-1)*n+k] = a[(k-1)*lda+k]
			d.d[k*n+k-1] = offd(a[(k-1)*lda+k])
			d.d[k*n+k] = a[k*lda+k]
			k -= 2
		}
	} else {
		for k := 0; k < n; {
			if ipiv[k] >= 0 {
				swapCols(k, ipiv[k])
				mulV(span(k+1, n), []int{k})
				d.d[k*n+k] = a[k*lda+k]
				k++
				continue
			}
			swapCols(k+1, ^ipiv[k])
			mulV(span(k+2, n), []int{k, k + 1})
			d.d[k*n+k] = a[k*lda+k]
			d.d[(k+1)*n+k] = a[(k+1)*lda+k]
			d.d[k*n+k+1] = offd(a[(k+1)*lda+k])
			d.d[(k+1)*n+k+1] = a[(k+1)*lda+k+1]
			k += 2
		}
	}
	if herm {
		return m.mul(d).mul(m.H())
	}
	return m.mul(d).mul(m.T())
}

func drvToZ(a []float64) []complex128 {
	z := make([]complex128, len(a))
	for i, v := range a {
		z[i] = complex(v, 0)
	}
	return z
}

func TestDriverDsytrfDsytrs(t *testing.T) {
	rnd := drvNewRand(31)
	impl := Implementation{}
	pairs := 0
	for _, n := range drvSizes {
		for _, ul := range drvUplos {
			lda := n + 2
			work := make([]float64, 1)
			impl.Dsytrf(ul, n, nil, lda, nil, work, -1)
			for _, lwork := range drvLWorks(1, int(work[0])) {
				a := drvSym(rnd, n, lda)
				full := drvMatOf(a, n, n, lda)
				drvScramble(a, n, lda, ul == blas.Upper)
				ipiv := make([]int, n)
				name := fmt.Sprintf("n=%d,%c,lwork=%d", n, ul, lwork)
				if !impl.Dsytrf(ul, n, a, lda, ipiv, make([]float64, lwork), lwork) {
					t.Errorf("%s: unexpected failure", name)
					continue
				}
				drvCheckPad(t, name, a, n, n, lda)
				if n == 0 {
					continue
				}
				neg := 0
				for _, p := range ipiv {
					if p < 0 {
						neg++
					}
				}
				pairs += neg / 2
				re := zdrvBKRebuild(drvToZ(a), n, lda, ipiv, ul, false)
				if e := re.sub(zdrvMatOf(drvToZ(full.d), n, n, n)).maxAbs(); e > 1e-13*float64(n) {
					t.Errorf("%s: rebuilt A differs by %g (%d 2×2 pivots)", name, e, neg/2)
				}
				a0 := slices.Clone(a)
				for _, nrhs := range []int{1, 3} {
					ldb := nrhs + 1
					b := drvGe(rnd, n, nrhs, ldb)
					b0 := drvMatOf(b, n, nrhs, ldb)
					impl.Dsytrs(ul, n, nrhs, a, lda, ipiv, b, ldb)
					if r := drvResidual(full, drvMatOf(b, n, nrhs, ldb), b0); r > 100 {
						t.Errorf("%s nrhs=%d: residual %g", name, nrhs, r)
					}
					drvCheckPad(t, name, b, n, nrhs, ldb)
				}
				if !slices.Equal(a, a0) {
					t.Errorf("%s: Dsytrs modified a", name)
				}
			}
		}
	}
	if pairs == 0 {
		t.Error("no 2×2 pivot occurred: the encoding of negative pivots is untested")
	}
	n := 2
	if impl.Dsytrf(blas.Lower, n, make([]float64, n*n), n, make([]int, n), make([]float64, 1), 1) {
		t.Error("zero matrix: ok is true")
	}
}

func TestDriverZhetrfZsytrf(t *testing.T) {
	rnd := drvNewRand(32)
	impl := Implementation{}
	pairs := 0
	for _, herm := range []bool{true, false} {
		trf, gen, rname := impl.Zsytrf, zdrvSymC, "Zsytrf"
		if herm {
			trf, gen, rname = impl.Zhetrf, zdrvHerm, "Zhetrf"
		}
		for _, n := range drvSizes {
			for _, ul := range drvUplos {
				lda := n + 1
				work := make([]complex128, 1)
				trf(ul, n, nil, lda, nil, work, -1)
				for _, lwork := range drvLWorks(1, int(real(work[0]))) {
					a := gen(rnd, n, lda)
					full := zdrvMatOf(a, n, n, lda)
					zdrvScramble(a, n, lda, ul == blas.Upper)
					ipiv := make([]int, n)
					name := fmt.Sprintf("%s n=%d,%c,lwork=%d", rname, n, ul, lwork)
					if !trf(ul, n, a, lda, ipiv, make([]complex128, lwork), lwork) {
						t.Errorf("%s: unexpected failure", name)
						continue
					}
					zdrvCheckPad(t, name, a, n, n, lda)
					if n == 0 {
						continue
					}
					for _, p := range ipiv {
						if p < 0 {
							pairs++
						}
					}
					re := zdrvBKRebuild(a, n, lda, ipiv, ul, herm)
					if e := re.sub(full).maxAbs(); e > 1e-13*float64(n) {
						t.Errorf("%s: rebuilt A differs by %g", name, e)
					}
					if !herm {
						continue
					}
					a0 := slices.Clone(a)
					for _, nrhs := range []int{1, 2} {
						ldb := nrhs + 2
						b := zdrvGe(rnd, n, nrhs, ldb)
						b0 := zdrvMatOf(b, n, nrhs, ldb)
						impl.Zhetrs(ul, n, nrhs, a, lda, ipiv, b, ldb)
						if r := zdrvResidual(full, zdrvMatOf(b, n, nrhs, ldb), b0); r > 100 {
							t.Errorf("%s nrhs=%d: residual %g", name, nrhs, r)
						}
					}
					if !slices.Equal(a, a0) {
						t.Errorf("%s: Zhetrs modified a", name)
					}
				}
			}
		}
	}
	if pairs == 0 {
		t.Error("no 2×2 pivot occurred: the encoding of negative pivots is untested")
	}
}

func TestDriverLDLPanics(t *testing.T) {
	impl := Implementation{}
	f := make([]float64, 100)
	z := make([]complex128, 100)
	ip := []int{0, 1, 2}
	for _, c := range []struct {
		name, msg string
		f         func()
	}{
		{"Dsytrf uplo", badUplo, func() { impl.Dsytrf('X', 3, f, 3, ip, f, 1) }},
		{"Dsytrf n", nLT0, func() { impl.Dsytrf(blas.Upper, -1, f, 3, ip, f, 1) }},
		{"Dsytrf lda", badLdA, func() { impl.Dsytrf(blas.Upper, 3, f, 2, ip, f, 1) }},
		{"Dsytrf lwork", badLWork, func() { impl.Dsytrf(blas.Upper, 3, f, 3, ip, f, 0) }},
		{"Dsytrf work", shortWork, func() { impl.Dsytrf(blas.Upper, 3, f, 3, ip, f[:1], 2) }},
		{"Dsytrf a", shortA, func() { impl.Dsytrf(blas.Upper, 3, f[:8], 3, ip, f, 1) }},
		{"Dsytrf ipiv", badLenIpiv, func() { impl.Dsytrf(blas.Upper, 3, f, 3, ip[:2], f, 1) }},

		{"Dsytrs uplo", badUplo, func() { impl.Dsytrs('X', 3, 1, f, 3, ip, f, 1) }},
		{"Dsytrs n", nLT0, func() { impl.Dsytrs(blas.Upper, -1, 1, f, 3, ip, f, 1) }},
		{"Dsytrs nrhs", nrhsLT0, func() { impl.Dsytrs(blas.Upper, 3, -1, f, 3, ip, f, 1) }},
		{"Dsytrs lda", badLdA, func() { impl.Dsytrs(blas.Upper, 3, 1, f, 2, ip, f, 1) }},
		{"Dsytrs ldb", badLdB, func() { impl.Dsytrs(blas.Upper, 3, 2, f, 3, ip, f, 1) }},
		{"Dsytrs a", shortA, func() { impl.Dsytrs(blas.Upper, 3, 1, f[:8], 3, ip, f, 1) }},
		{"Dsytrs ipiv", badLenIpiv, func() { impl.Dsytrs(blas.Upper, 3, 1, f, 3, ip[:2], f, 1) }},
		{"Dsytrs b", shortB, func() { impl.Dsytrs(blas.Upper, 3, 1, f, 3, ip, f[:2], 1) }},
		{"Dsytrs ipiv range", badElemIpiv, func() { impl.Dsytrs(blas.Upper, 3, 1, f, 3, []int{0, 3, 2}, f, 1) }},
		{"Dsytrs ipiv range neg", badElemIpiv, func() { impl.Dsytrs(blas.Upper, 3, 1, f, 3, []int{0, -4, -4}, f, 1) }},
		{"Dsytrs upper pair at top", badElemIpiv, func() { impl.Dsytrs(blas.Upper, 3, 1, f, 3, []int{-1, 1, 2}, f, 1) }},
		{"Dsytrs upper unpaired", badElemIpiv, func() { impl.Dsytrs(blas.Upper, 3, 1, f, 3, []int{0, -2, -1}, f, 1) }},
		{"Dsytrs lower pair at bottom", badElemIpiv, func() { impl.Dsytrs(blas.Lower, 3, 1, f, 3, []int{0, 1, -1}, f, 1) }},
		{"Dsytrs lower odd run", badElemIpiv, func() { impl.Dsytrs(blas.Lower, 3, 1, f, 3, []int{-1, -1, -1}, f, 1) }},

		{"Zhetrs uplo", badUplo, func() { impl.Zhetrs('X', 3, 1, z, 3, ip, z, 1) }},
		{"Zhetrs n", nLT0, func() { impl.Zhetrs(blas.Upper, -1, 1, z, 3, ip, z, 1) }},
		{"Zhetrs nrhs", nrhsLT0, func() { impl.Zhetrs(blas.Upper, 3, -1, z, 3, ip, z, 1) }},
		{"Zhetrs lda", badLdA, func() { impl.Zhetrs(blas.Upper, 3, 1, z, 2, ip, z, 1) }},
		{"Zhetrs ldb", badLdB, func() { impl.Zhetrs(blas.Upper, 3, 2, z, 3, ip, z, 1) }},
		{"Zhetrs a", shortA, func() { impl.Zhetrs(blas.Upper, 3, 1, z[:8], 3, ip, z, 1) }},
		{"Zhetrs ipiv", badLenIpiv, func() { impl.Zhetrs(blas.Upper, 3, 1, z, 3, ip[:2], z, 1) }},
		{"Zhetrs b", shortB, func() { impl.Zhetrs(blas.Upper, 3, 1, z, 3, ip, z[:2], 1) }},
		{"Zhetrs ipiv pairs", badElemIpiv, func() { impl.Zhetrs(blas.Lower, 3, 1, z, 3, []int{0, 1, -2}, z, 1) }},
	} {
		drvPanics(t, c.name, c.msg, c.f)
	}
	// Valid 2×2 pairings must be accepted.
	impl.Dsytrs(blas.Upper, 3, 1, []float64{1, 0, 0, 0, 1, 1, 0, 1, 1}, 3, []int{0, -2, -2}, make([]float64, 3), 1)
	impl.Dsytrs(blas.Lower, 3, 1, []float64{1, 0, 0, 1, 1, 0, 0, 0, 1}, 3, []int{-1, -1, 2}, make([]float64, 3), 1)
	for _, trf := range []struct {
		name string
		f    func(blas.Uplo, int, []complex128, int, []int, []complex128, int) bool
	}{{"Zhetrf", impl.Zhetrf}, {"Zsytrf", impl.Zsytrf}} {
		f := trf.f
		for _, c := range []struct {
			name, msg string
			f         func()
		}{
			{"uplo", badUplo, func() { f('X', 3, z, 3, ip, z, 1) }},
			{"n", nLT0, func() { f(blas.Upper, -1, z, 3, ip, z, 1) }},
			{"lda", badLdA, func() { f(blas.Upper, 3, z, 2, ip, z, 1) }},
			{"lwork", badLWork, func() { f(blas.Upper, 3, z, 3, ip, z, 0) }},
			{"work", shortWork, func() { f(blas.Upper, 3, z, 3, ip, z[:1], 2) }},
			{"a", shortA, func() { f(blas.Upper, 3, z[:8], 3, ip, z, 1) }},
			{"ipiv", badLenIpiv, func() { f(blas.Upper, 3, z, 3, ip[:2], z, 1) }},
		} {
			drvPanics(t, trf.name+" "+c.name, c.msg, c.f)
		}
	}
}
