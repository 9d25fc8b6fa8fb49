package linalg

import (
	"fmt"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// TestWorkspaceLargerSizes runs every workspace-using path at sizes where
// LAPACK's blocked code paths (and their workspace queries) differ from the
// small golden cases: a too-small workspace would surface as an internal
// error here. BenchmarkSVD/n=100 first exposed one (dgesdd's query answering
// less than lapacke's documented minimum).
func TestWorkspaceLargerSizes(t *testing.T) {
	for _, s := range [][2]int{{130, 130}, {150, 70}, {70, 150}} {
		m, n := s[0], s[1]
		a := randDense(m, n, int64(m+n))
		b := randDense(m, 2, 1)
		name := fmt.Sprintf("%dx%d", m, n)
		for _, d := range []string{"gelsd", "gelsy", "gelss"} {
			if _, err := LstSq(a, b, &LstSqOptions{LapackDriver: d}); err != nil {
				t.Errorf("%s LstSq %s: %v", name, d, err)
			}
		}
		for _, d := range []string{"gesdd", "gesvd"} {
			for _, econ := range []bool{false, true} {
				if _, err := SVD(a, &SVDOptions{LapackDriver: d, Economy: econ}); err != nil {
					t.Errorf("%s SVD %s: %v", name, d, err)
				}
			}
			if _, err := SVDVals(a, &SVDOptions{LapackDriver: d}); err != nil {
				t.Errorf("%s SVDVals %s: %v", name, d, err)
			}
		}
		if m != n {
			continue
		}
		var sym, spd mat.Dense
		sym.Add(a, a.T())
		spd.Mul(a, a.T())
		for i := 0; i < n; i++ {
			spd.Set(i, i, spd.At(i, i)+float64(n))
		}
		for _, d := range []string{"ev", "evd", "evr"} {
			if _, err := Eigh(&sym, &EighOptions{Driver: d}); err != nil {
				t.Errorf("Eigh %s: %v", d, err)
			}
			if _, err := EigvalsH(&sym, &EighOptions{Driver: d}); err != nil {
				t.Errorf("EigvalsH %s: %v", d, err)
			}
		}
		if _, err := Eigh(&sym, &EighOptions{B: &spd}); err != nil {
			t.Errorf("Eigh generalized: %v", err)
		}
		if _, err := Solve(&sym, b, &SolveOptions{AssumeA: "sym"}); err != nil {
			t.Errorf("Solve sym: %v", err)
		}
		if _, err := Inv(a, nil); err != nil {
			t.Errorf("Inv: %v", err)
		}
	}
}
