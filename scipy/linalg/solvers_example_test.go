package linalg_test

import (
	"fmt"

	"gonum.org/v1/gonum/mat"

	"github.com/goscipy/goscipy/scipy/linalg"
)

func ExampleSolveSylvester() {
	// SciPy's example: A·X + X·B = Q.
	a := mat.NewDense(3, 3, []float64{
		-3, -2, 0,
		-1, -1, 3,
		3, -5, -1,
	})
	b := mat.NewDense(1, 1, []float64{1})
	q := mat.NewDense(3, 1, []float64{1, 2, 3})
	x, err := linalg.SolveSylvester(a, b, q)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("x = %.4f\n", mat.Col(nil, 0, x))
	// Output:
	// x = [0.0625 -0.5625 0.6875]
}

func ExampleSolveContinuousAre() {
	// SciPy's example (CAREX 2): Aᵀ·X + X·A − X·B·R⁻¹·Bᵀ·X + Q = 0.
	a := mat.NewDense(2, 2, []float64{4, 3, -4.5, -3.5})
	b := mat.NewDense(2, 1, []float64{1, -1})
	q := mat.NewDense(2, 2, []float64{9, 6, 6, 4})
	r := mat.NewDense(1, 1, []float64{1})
	x, err := linalg.SolveContinuousAre(a, b, q, r, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%.8f\n", mat.Formatted(x))

	// Without a stabilizing solution the error says so.
	_, err = linalg.SolveContinuousAre(
		mat.NewDense(2, 2, []float64{1, 0, 0, -1}), // unstable mode 1 ...
		mat.NewDense(2, 1, []float64{0, 1}),        // ... that b cannot reach
		mat.NewDense(2, 2, nil), r, nil)
	fmt.Println(err)
	// Output:
	// ⎡21.72792206  14.48528137⎤
	// ⎣14.48528137   9.65685425⎦
	// linalg.SolveContinuousAre: failed to find a finite solution: the stable subspace basis block U₁₁ is exactly singular; (A, B) may not be stabilizable
}
