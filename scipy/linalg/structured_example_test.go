package linalg_test

import (
	"errors"
	"fmt"

	"gonum.org/v1/gonum/mat"

	"github.com/goscipy/goscipy/scipy/linalg"
)

func ExampleSolveBanded() {
	// The 5×5 matrix with 2 on the diagonal, -1 on the first sub- and
	// super-diagonals and 0.5 on the second super-diagonal, in SciPy's band
	// storage: row u-k holds super-diagonal k (right-aligned), row u the
	// diagonal, row u+k sub-diagonal k (left-aligned); the entries marked 0
	// in the corners are not used.
	l, u := 1, 2
	ab := mat.NewDense(l+u+1, 5, []float64{
		0, 0, 0.5, 0.5, 0.5, // second super-diagonal
		0, -1, -1, -1, -1, // first super-diagonal
		2, 2, 2, 2, 2, // diagonal
		-1, -1, -1, -1, 0, // sub-diagonal
	})
	b := mat.NewVecDense(5, []float64{1, 0, 0, 0, 1})
	x, err := linalg.SolveBanded(l, u, ab, b, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("x = %.4f\n", mat.Col(nil, 0, x))

	// An exactly singular band matrix is an ErrSingular error.
	zero := mat.NewDense(3, 2, []float64{0, 1, 0, 0, 0, 0})
	_, err = linalg.SolveBanded(1, 1, zero, mat.NewVecDense(2, []float64{1, 1}), nil)
	fmt.Println(errors.Is(err, linalg.ErrSingular))
	// Output:
	// x = [0.5909 0.2727 0.1818 0.4545 0.7273]
	// true
}

func ExampleEighTridiagonal() {
	// The eigenvalues 2 - 2cos(kπ/5), k = 1…4, of the 4×4 second-difference
	// matrix, the two smallest selected by index.
	d := []float64{2, 2, 2, 2}
	e := []float64{-1, -1, -1}
	r, err := linalg.EighTridiagonal(d, e, &linalg.EighTridiagonalOptions{
		Select: "i", SelectRange: [2]float64{0, 1},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("w = %.4f\n", r.W)
	rows, cols := r.V.Dims()
	fmt.Printf("V is %d×%d\n", rows, cols)
	// Output:
	// w = [0.3820 1.3820]
	// V is 4×2
}
