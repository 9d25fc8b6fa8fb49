package lapacke

import (
	"fmt"
	"slices"
	"testing"

	"gonum.org/v1/gonum/blas"
)

// zdrvLUCheck rebuilds P*L*U from a getrf-style factorization (L unit lower,
// U upper, row i interchanged with ipiv[i] in order) and returns its largest
// difference from full.
func zdrvLUCheck(full zdrvMat, a []complex128, m, n, lda int, ipiv []int) float64 {
	k := min(m, n)
	l := zdrvMat{m, k, make([]complex128, m*k)}
	u := zdrvMat{k, n, make([]complex128, k*n)}
	for i := 0; i < m; i++ {
		for j := 0; j < n; j++ {
			switch {
			case i > j && j < k:
				l.d[i*k+j] = a[i*lda+j]
			case i <= j && i < k:
				u.d[i*n+j] = a[i*lda+j]
			}
		}
		if i < k {
			l.d[i*k+i] = 1
		}
	}
	p := l.mul(u)
	for i := k - 1; i >= 0; i-- {
		r := ipiv[i]
		for c := 0; c < n; c++ {
			p.d[i*n+c], p.d[r*n+c] = p.d[r*n+c], p.d[i*n+c]
		}
	}
	return p.sub(full).maxAbs() / max(full.maxAbs(), 1)
}

func TestDriverZgesv(t *testing.T) {
	rnd := drvNewRand(11)
	impl := Implementation{}
	for _, n := range drvSizes {
		for _, nrhs := range []int{0, 1, 3} {
			lda, ldb := n+1, nrhs+2
			a := zdrvGe(rnd, n, n, lda)
			full := zdrvMatOf(a, n, n, lda)
			b := zdrvGe(rnd, n, nrhs, ldb)
			b0 := zdrvMatOf(b, n, nrhs, ldb)
			ipiv := make([]int, n)
			name := fmt.Sprintf("n=%d,nrhs=%d", n, nrhs)
			if !impl.Zgesv(n, nrhs, a, lda, ipiv, b, ldb) {
				t.Errorf("%s: unexpected failure", name)
				continue
			}
			zdrvCheckPad(t, name+" a", a, n, n, lda)
			zdrvCheckPad(t, name+" b", b, n, nrhs, ldb)
			if n == 0 || nrhs == 0 {
				continue
			}
			if r := zdrvResidual(full, zdrvMatOf(b, n, nrhs, ldb), b0); r > 100 {
				t.Errorf("%s: residual %g", name, r)
			}
			if e := zdrvLUCheck(full, a, n, n, lda, ipiv); e > 1e-13*float64(n) {
				t.Errorf("%s: P*L*U error %g", name, e)
			}
		}
	}
	a := []complex128{1, 2, 2, 4}
	if impl.Zgesv(2, 1, a, 2, make([]int, 2), []complex128{1, 1}, 1) {
		t.Error("singular matrix: ok is true")
	}
}

func TestDriverZposv(t *testing.T) {
	rnd := drvNewRand(12)
	impl := Implementation{}
	for _, n := range drvSizes {
		for _, nrhs := range []int{0, 1, 3} {
			for _, ldb := range []int{max(1, nrhs), nrhs + 2} {
				for _, ul := range drvUplos {
					lda := n + 3
					a := zdrvHPD(rnd, n, lda)
					full := zdrvMatOf(a, n, n, lda)
					zdrvScramble(a, n, lda, ul == blas.Upper)
					b := zdrvGe(rnd, n, nrhs, ldb)
					b0 := zdrvMatOf(b, n, nrhs, ldb)
					name := fmt.Sprintf("n=%d,nrhs=%d,ldb=%d,%c", n, nrhs, ldb, ul)
					if !impl.Zposv(ul, n, nrhs, a, lda, b, ldb) {
						t.Errorf("%s: unexpected failure", name)
						continue
					}
					zdrvCheckPad(t, name+" a", a, n, n, lda)
					zdrvCheckPad(t, name+" b", b, n, nrhs, ldb)
					if n == 0 || nrhs == 0 {
						continue
					}
					if r := zdrvResidual(full, zdrvMatOf(b, n, nrhs, ldb), b0); r > 100 {
						t.Errorf("%s: residual %g", name, r)
					}
					if e := zdrvCholCheck(full, a, n, lda, ul); e > 1e-13*float64(n) {
						t.Errorf("%s: factor error %g", name, e)
					}
				}
			}
		}
	}
	for _, ldb := range []int{1, 2} {
		n := 4
		a := zdrvHPD(rnd, n, n)
		a[2*n+2] = -50
		b := zdrvGe(rnd, n, 1, ldb)
		b0 := slices.Clone(b)
		if impl.Zposv(blas.Lower, n, 1, a, n, b, ldb) {
			t.Errorf("ldb=%d: ok for an indefinite matrix", ldb)
		}
		if !slices.Equal(b, b0) {
			t.Errorf("ldb=%d: b modified on failure", ldb)
		}
	}
}

func TestDriverZhesvZsysv(t *testing.T) {
	rnd := drvNewRand(13)
	impl := Implementation{}
	for _, herm := range []bool{true, false} {
		solve, gen, rname := impl.Zsysv, zdrvSymC, "Zsysv"
		if herm {
			solve, gen, rname = impl.Zhesv, zdrvHerm, "Zhesv"
		}
		for _, n := range drvSizes {
			for _, nrhs := range []int{0, 1, 4} {
				for _, ul := range drvUplos {
					lda, ldb := n+2, nrhs+1
					work := make([]complex128, 1)
					solve(ul, n, nrhs, nil, lda, nil, nil, ldb, work, -1)
					for _, lwork := range drvLWorks(1, int(real(work[0]))) {
						a := gen(rnd, n, lda)
						full := zdrvMatOf(a, n, n, lda)
						zdrvScramble(a, n, lda, ul == blas.Upper)
						b := zdrvGe(rnd, n, nrhs, ldb)
						b0 := zdrvMatOf(b, n, nrhs, ldb)
						ipiv := make([]int, n)
						name := fmt.Sprintf("%s n=%d,nrhs=%d,%c,lwork=%d", rname, n, nrhs, ul, lwork)
						if !solve(ul, n, nrhs, a, lda, ipiv, b, ldb, make([]complex128, lwork), lwork) {
							t.Errorf("%s: unexpected failure", name)
							continue
						}
						zdrvCheckPad(t, name, b, n, nrhs, ldb)
						if n == 0 || nrhs == 0 {
							continue
						}
						if r := zdrvResidual(full, zdrvMatOf(b, n, nrhs, ldb), b0); r > 100 {
							t.Errorf("%s: residual %g", name, r)
						}
					}
				}
			}
		}
		n := 3
		if solve(blas.Lower, n, 1, make([]complex128, n*n), n, make([]int, n), make([]complex128, n), 1, make([]complex128, 64), 64) {
			t.Errorf("%s: zero matrix: ok is true", rname)
		}
	}
}
