package linalg_test

import (
	"fmt"

	"gonum.org/v1/gonum/mat"

	"github.com/goscipy/goscipy/scipy/linalg"
)

func ExampleLDL() {
	// A symmetric indefinite matrix with a zero diagonal needs a 2×2 pivot.
	a := mat.NewDense(3, 3, []float64{
		0, 1, 2,
		1, 0, 3,
		2, 3, 0,
	})
	r, err := linalg.LDL(a, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("Lu =\n%.4f\n", mat.Formatted(r.Lu))
	fmt.Printf("D =\n%.4f\n", mat.Formatted(r.D))
	fmt.Println("Perm =", r.Perm)
	// a = Lu·D·Luᵀ.
	var p mat.Dense
	p.Product(r.Lu, r.D, r.Lu.T())
	fmt.Println("reconstructs a:", mat.EqualApprox(&p, a, 1e-12))
	// Output:
	// Lu =
	// ⎡1.0000  0.0000  0.0000⎤
	// ⎢1.5000  0.5000  1.0000⎥
	// ⎣0.0000  1.0000  0.0000⎦
	// D =
	// ⎡ 0.0000   2.0000   0.0000⎤
	// ⎢ 2.0000   0.0000   0.0000⎥
	// ⎣ 0.0000   0.0000  -3.0000⎦
	// Perm = [0 2 1]
	// reconstructs a: true
}

func ExampleSchur() {
	a := mat.NewDense(3, 3, []float64{
		1, 2, 0,
		-2, 1, 0,
		0, 0, -3,
	})
	// Move the eigenvalues in the left half-plane to the top left.
	r, err := linalg.Schur(a, &linalg.SchurOptions{Sort: "lhp"})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("sdim =", r.Sdim)
	fmt.Printf("T[0,0] = %.4f\n", r.T.At(0, 0))
	// The complex Schur form, triangular, from the real one.
	c, err := linalg.RSF2CSF(r.T, r.Z, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	for i := 0; i < 3; i++ {
		fmt.Printf("λ%d = %.4f\n", i, c.T.At(i, i))
	}
	// Output:
	// sdim = 1
	// T[0,0] = -3.0000
	// λ0 = (-3.0000+0.0000i)
	// λ1 = (1.0000+2.0000i)
	// λ2 = (1.0000-2.0000i)
}
