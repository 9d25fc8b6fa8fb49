package linalg

import (
	"fmt"
	"sync"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// TestConcurrentSolvers runs the matrix-equation and rank functions from 16
// goroutines at once on shared read-only inputs and checks each result
// against the serial one bit for bit: no shared mutable state, no input
// written.
func TestConcurrentSolvers(t *testing.T) {
	const n, goroutines, rounds = 8, 16, 4
	a, b := randDense(n, n, 1), randDense(n, 2, 2)
	q, r := symmetricPD(n, 3), symmetricPD(2, 4)
	c := randDense(n, n, 5)
	calls := []func() (mat.Matrix, error){
		func() (mat.Matrix, error) { return SolveSylvester(a, c, q) },
		func() (mat.Matrix, error) { return SolveContinuousLyapunov(a, q) },
		func() (mat.Matrix, error) {
			return SolveDiscreteLyapunov(a, q, &DiscreteLyapunovOptions{Method: "bilinear"})
		},
		func() (mat.Matrix, error) { return SolveContinuousAre(a, b, q, r, nil) },
		func() (mat.Matrix, error) { return SolveDiscreteAre(a, b, q, r, &AREOptions{S: randDense(n, 2, 6)}) },
		func() (mat.Matrix, error) {
			res, err := PinvH(q, nil)
			if err != nil {
				return nil, err
			}
			return res.B, nil
		},
		func() (mat.Matrix, error) { return NullSpace(lowRank(n, n, 5, 7), nil) },
		func() (mat.Matrix, error) { return Orth(lowRank(n, n, 5, 7), nil) },
		func() (mat.Matrix, error) {
			v, err := Cond(a, &CondOptions{P: "1"})
			return mat.NewDense(1, 1, []float64{v}), err
		},
		func() (mat.Matrix, error) { return InvPascal(n, "") },
	}
	want := make([]mat.Matrix, len(calls))
	for i, f := range calls {
		m, err := f()
		if err != nil {
			t.Fatalf("call %d: %v", i, err)
		}
		want[i] = m
	}
	var wg sync.WaitGroup
	errs := make(chan error, goroutines*rounds*len(calls))
	for g := 0; g < goroutines; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := 0; k < rounds; k++ {
				i := (g + k) % len(calls)
				m, err := calls[i]()
				if err != nil {
					errs <- err
					continue
				}
				if !mat.Equal(m, want[i]) {
					errs <- fmt.Errorf("call %d: result differs from the serial one", i)
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}
