package linalg_test

import (
	"errors"
	"fmt"

	"gonum.org/v1/gonum/mat"

	"github.com/goscipy/goscipy/scipy/linalg"
)

func ExampleSolve() {
	a := mat.NewDense(3, 3, []float64{
		3, 2, 0,
		1, -1, 0,
		0, 5, 1,
	})
	b := mat.NewVecDense(3, []float64{2, 4, -1})
	res, err := linalg.Solve(a, b, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("x = %.4g\n", res.X.RawMatrix().Data)
	fmt.Println("ill-conditioned:", res.IllConditioned)

	// A singular matrix is an error of kind ErrSingular with a remedy.
	_, err = linalg.Solve(mat.NewDense(2, 2, []float64{1, 2, 2, 4}), mat.NewVecDense(2, nil), nil)
	fmt.Println(errors.Is(err, linalg.ErrSingular))
	fmt.Println(err)
	// Output:
	// x = [2 -2 9]
	// ill-conditioned: false
	// true
	// linalg.Solve: a: matrix is singular: pivot 2 of the LU factorization of its transpose is exactly zero; consider LstSq for a least-squares solution (dgetrf info=2)
}

func ExampleLstSq() {
	// Fit y = c0 + c1·t to four points.
	a := mat.NewDense(4, 2, []float64{
		1, 0,
		1, 1,
		1, 2,
		1, 3,
	})
	y := mat.NewVecDense(4, []float64{1, 3, 4, 7})
	res, err := linalg.LstSq(a, y, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("c = %.4f, rank %d, residues %.4f\n", res.X.RawMatrix().Data, res.Rank, res.Residues)
	// Output:
	// c = [0.9000 1.9000], rank 2, residues [0.7000]
}

func ExampleEigh() {
	a := mat.NewDense(2, 2, []float64{
		2, 1,
		1, 2,
	})
	res, err := linalg.Eigh(a, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("w = %.4f\n", res.W)
	// Eigenvectors are defined up to sign; print |v|.
	for i := 0; i < 2; i++ {
		fmt.Printf("|v| row %d: %.4f %.4f\n", i, abs(res.V.At(i, 0)), abs(res.V.At(i, 1)))
	}
	// Output:
	// w = [1.0000 3.0000]
	// |v| row 0: 0.7071 0.7071
	// |v| row 1: 0.7071 0.7071
}

func ExampleSVD() {
	a := mat.NewDense(3, 2, []float64{
		3, 0,
		0, 4,
		0, 0,
	})
	res, err := linalg.SVD(a, &linalg.SVDOptions{Economy: true})
	if err != nil {
		fmt.Println(err)
		return
	}
	ur, uc := res.U.Dims()
	fmt.Printf("s = %.4f, U %d×%d\n", res.S, ur, uc)
	// Output:
	// s = [4.0000 3.0000], U 3×2
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}
