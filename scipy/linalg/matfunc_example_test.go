package linalg_test

import (
	"errors"
	"fmt"

	"gonum.org/v1/gonum/mat"

	"github.com/goscipy/goscipy/scipy/linalg"
)

func ExampleSqrtm() {
	a := mat.NewDense(2, 2, []float64{
		1, 3,
		1, 4,
	})
	r, err := linalg.Sqrtm(a, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%.8f\n", mat.Formatted(r.X))
	var sq mat.Dense
	sq.Mul(r.X, r.X)
	fmt.Printf("%.6f\n", mat.Formatted(&sq))

	// A negative eigenvalue makes the principal root complex: the real
	// function refuses and names the complex one.
	neg := mat.NewDense(1, 1, []float64{-4})
	_, err = linalg.Sqrtm(neg, nil)
	fmt.Println(errors.Is(err, linalg.ErrValue))
	rc, _ := linalg.SqrtmC(linalg.ToComplex(neg), nil)
	fmt.Println(rc.X.At(0, 0))
	// Output:
	// ⎡0.75592895  1.13389342⎤
	// ⎣0.37796447  1.88982237⎦
	// ⎡1.000000  3.000000⎤
	// ⎣1.000000  4.000000⎦
	// true
	// (0+2i)
}

func ExampleLogm() {
	a := mat.NewDense(2, 2, []float64{
		1, 3,
		1, 4,
	})
	r, err := linalg.Logm(a)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%.8f\n", mat.Formatted(r.X))
	fmt.Println("accurate:", r.ErrEst < 1e-12, "singular:", r.Singular)

	// expm inverts it.
	e, _ := linalg.Expm(r.X, nil)
	fmt.Printf("%.6f\n", mat.Formatted(e))
	// Output:
	// ⎡-1.02571087   2.05142174⎤
	// ⎣ 0.68380725   1.02571087⎦
	// accurate: true singular: false
	// ⎡1.000000  3.000000⎤
	// ⎣1.000000  4.000000⎦
}
