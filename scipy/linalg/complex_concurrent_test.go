package linalg

import (
	"sync"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// TestConcurrentComplex runs the complex-input functions from 16 goroutines
// at once on shared read-only inputs and checks every result against the
// one computed serially, and that the inputs are unchanged.
func TestConcurrentComplex(t *testing.T) {
	const n, goroutines, rounds = 16, 16, 6
	a := cxRand(n, n, 1)
	h := cxHerm(n, 2)
	p := cxHPD(n, 3)
	b := cxRand(n, 2, 4)
	a0, h0, p0, b0 := cxCopy(a), cxCopy(h), cxCopy(p), cxCopy(b)
	calls := []func() (mat.CMatrix, error){
		func() (mat.CMatrix, error) {
			r, err := SolveC(a, b, nil)
			if err != nil {
				return nil, err
			}
			return r.X, nil
		},
		func() (mat.CMatrix, error) {
			r, err := SolveC(h, b, &SolveOptions{AssumeA: "her"})
			if err != nil {
				return nil, err
			}
			return r.X, nil
		},
		func() (mat.CMatrix, error) {
			r, err := SolveC(p, b, &SolveOptions{AssumeA: "pos", Lower: true})
			if err != nil {
				return nil, err
			}
			return r.X, nil
		},
		func() (mat.CMatrix, error) { return InvC(a, nil) },
		func() (mat.CMatrix, error) {
			d, err := DetC(a, nil)
			return mat.NewCDense(1, 1, []complex128{d}), err
		},
		func() (mat.CMatrix, error) {
			r, err := EigC(a, &EigOptionsC{Left: true})
			if err != nil {
				return nil, err
			}
			return r.VL, nil
		},
		func() (mat.CMatrix, error) {
			r, err := EighC(h, nil)
			if err != nil {
				return nil, err
			}
			return r.V, nil
		},
		func() (mat.CMatrix, error) {
			r, err := EighC(h, &EighOptionsC{B: p})
			if err != nil {
				return nil, err
			}
			return r.V, nil
		},
		func() (mat.CMatrix, error) {
			r, err := SVDC(a, nil)
			if err != nil {
				return nil, err
			}
			return r.U, nil
		},
		func() (mat.CMatrix, error) { return ExpmC(a, nil) },
		func() (mat.CMatrix, error) { return CholeskyC(p, nil) },
		func() (mat.CMatrix, error) {
			r, err := QRC(a, &QROptions{Pivoting: true})
			if err != nil {
				return nil, err
			}
			return r.R, nil
		},
		func() (mat.CMatrix, error) {
			r, err := LUC(a, nil)
			if err != nil {
				return nil, err
			}
			return r.U, nil
		},
	}
	want := make([]mat.CMatrix, len(calls))
	for i, c := range calls {
		var err error
		if want[i], err = c(); err != nil {
			t.Fatal(err)
		}
	}
	var wg sync.WaitGroup
	errs := make(chan string, goroutines*rounds)
	for g := 0; g < goroutines; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for r := 0; r < rounds; r++ {
				i := (g + r) % len(calls)
				got, err := calls[i]()
				if err != nil {
					errs <- err.Error()
					continue
				}
				// The same LAPACK calls on the same data are deterministic.
				if !mat.CEqual(got, want[i]) {
					errs <- "result differs from the serial one"
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
	if !mat.CEqual(a, a0) || !mat.CEqual(h, h0) || !mat.CEqual(p, p0) || !mat.CEqual(b, b0) {
		t.Error("an input was modified")
	}
}
