package linalg

import (
	"fmt"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// solversBenchSizes are the orders of the matrix-equation benchmarks.
var solversBenchSizes = []int{10, 100}

func solversBenchEach(b *testing.B, f func(b *testing.B, n int)) {
	for _, n := range solversBenchSizes {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) { f(b, n) })
	}
}

func BenchmarkSolveSylvester(b *testing.B) {
	solversBenchEach(b, func(b *testing.B, n int) {
		x, y, q := randDense(n, n, 1), randDense(n, n, 2), randDense(n, n, 3)
		for b.Loop() {
			if _, err := SolveSylvester(x, y, q); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkSolveContinuousLyapunov(b *testing.B) {
	solversBenchEach(b, func(b *testing.B, n int) {
		a, q := randDense(n, n, 1), symmetricPD(n, 2)
		for b.Loop() {
			if _, err := SolveContinuousLyapunov(a, q); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// areBenchProblem is a random stabilizable problem with n/10+1 inputs.
func areBenchProblem(n int) (a, bm, q, r *mat.Dense) {
	k := n/10 + 1
	return randDense(n, n, 1), randDense(n, k, 2), symmetricPD(n, 3), symmetricPD(k, 4)
}

func BenchmarkSolveContinuousAre(b *testing.B) {
	solversBenchEach(b, func(b *testing.B, n int) {
		a, bm, q, r := areBenchProblem(n)
		for b.Loop() {
			if _, err := SolveContinuousAre(a, bm, q, r, nil); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkSolveDiscreteAre(b *testing.B) {
	solversBenchEach(b, func(b *testing.B, n int) {
		a, bm, q, r := areBenchProblem(n)
		for b.Loop() {
			if _, err := SolveDiscreteAre(a, bm, q, r, nil); err != nil {
				b.Fatal(err)
			}
		}
	})
}
