package linalg

import (
	"sync"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// TestConcurrentMixed runs different functions from 16 goroutines at once
// on shared read-only inputs and checks every result against the one
// computed serially: the package keeps no shared mutable state, and inputs
// are never written.
func TestConcurrentMixed(t *testing.T) {
	const n, goroutines, rounds = 24, 16, 8
	a := randDense(n, n, 1)
	var spd mat.Dense
	spd.Mul(a, a.T())
	for i := 0; i < n; i++ {
		spd.Set(i, i, spd.At(i, i)+n)
	}
	b := randDense(n, 2, 2)
	calls := []func() (mat.Matrix, error){
		func() (mat.Matrix, error) {
			r, err := Solve(a, b, nil)
			if err != nil {
				return nil, err
			}
			return r.X, nil
		},
		func() (mat.Matrix, error) {
			r, err := Solve(&spd, b, &SolveOptions{AssumeA: "pos"})
			if err != nil {
				return nil, err
			}
			return r.X, nil
		},
		func() (mat.Matrix, error) { return Inv(a, nil) },
		func() (mat.Matrix, error) { return Expm(a, nil) },
		func() (mat.Matrix, error) { return Cholesky(&spd, nil) },
		func() (mat.Matrix, error) {
			r, err := LU(a, nil)
			if err != nil {
				return nil, err
			}
			return r.U, nil
		},
		func() (mat.Matrix, error) {
			d, err := Det(a, nil)
			return mat.NewDense(1, 1, []float64{d}), err
		},
		func() (mat.Matrix, error) {
			return SolveTriangular(a, b, &SolveTriangularOptions{Lower: true})
		},
		func() (mat.Matrix, error) {
			r, err := SVD(a, nil)
			if err != nil {
				return nil, err
			}
			return r.Vh, nil
		},
		func() (mat.Matrix, error) {
			r, err := Eigh(&spd, nil)
			if err != nil {
				return nil, err
			}
			return r.V, nil
		},
		func() (mat.Matrix, error) {
			r, err := LstSq(a, b, nil)
			if err != nil {
				return nil, err
			}
			return r.X, nil
		},
		func() (mat.Matrix, error) {
			r, err := QR(a, &QROptions{Pivoting: true})
			if err != nil {
				return nil, err
			}
			return r.R, nil
		},
		func() (mat.Matrix, error) {
			r, err := Pinv(a, nil)
			if err != nil {
				return nil, err
			}
			return r.B, nil
		},
		func() (mat.Matrix, error) {
			w, err := EigVals(a, nil)
			if err != nil {
				return nil, err
			}
			d := mat.NewDense(1, 2*len(w), nil)
			for i, v := range w {
				d.Set(0, 2*i, real(v))
				d.Set(0, 2*i+1, imag(v))
			}
			return d, nil
		},
	}
	want := make([]mat.Matrix, len(calls))
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
				if !mat.Equal(got, want[i]) {
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
}
