package linalg_test

import (
	"fmt"

	"gonum.org/v1/gonum/mat"

	"github.com/goscipy/goscipy/scipy/linalg"
)

func ExampleSolveC() {
	// A Hermitian positive definite system, solved by Cholesky (zposv).
	a := mat.NewCDense(2, 2, []complex128{
		4, 1 - 2i,
		1 + 2i, 6,
	})
	b := mat.NewCDense(2, 1, []complex128{3 + 1i, 2})
	res, err := linalg.SolveC(a, b, &linalg.SolveOptions{AssumeA: "pos"})
	if err != nil {
		fmt.Println(err)
		return
	}
	x := res.X
	fmt.Printf("x = [%.4f, %.4f]\n", x.At(0, 0), x.At(1, 0))
	// Check the first equation: 4·x₀ + (1−2i)·x₁ = 3+1i.
	fmt.Printf("a·x row 0 = %.4f\n", 4*x.At(0, 0)+(1-2i)*x.At(1, 0))
	fmt.Println("ill-conditioned:", res.IllConditioned)

	// Real data goes through ToComplex.
	d, _ := linalg.DetC(linalg.ToComplex(mat.NewDense(2, 2, []float64{1, 2, 3, 4})), nil)
	fmt.Printf("det = %.4g (imaginary part %v)\n", real(d), imag(d) == 0)
	// Output:
	// x = [(0.8421+0.5263i), (0.3684-0.3684i)]
	// a·x row 0 = (3.0000+1.0000i)
	// ill-conditioned: false
	// det = -2 (imaginary part true)
}
