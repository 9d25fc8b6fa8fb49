package linalg

import (
	"fmt"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// benchSizes are the orders of issue 5's benchmark table;
// scripts/bench-linalg.sh runs the same calls in SciPy and gonum's mat.
var benchSizes = []int{10, 100, 1000}

func benchSPD(n int) *mat.Dense {
	a := randDense(n, n, int64(n))
	var s mat.Dense
	s.Mul(a, a.T())
	for i := 0; i < n; i++ {
		s.Set(i, i, s.At(i, i)+float64(n))
	}
	return &s
}

func benchEach(b *testing.B, f func(b *testing.B, n int)) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) { f(b, n) })
	}
}

func BenchmarkSolve(b *testing.B) {
	benchEach(b, func(b *testing.B, n int) {
		a, rhs := randDense(n, n, 1), randDense(n, 1, 2)
		for b.Loop() {
			if _, err := Solve(a, rhs, nil); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkInv(b *testing.B) {
	benchEach(b, func(b *testing.B, n int) {
		a := randDense(n, n, 1)
		for b.Loop() {
			if _, err := Inv(a, nil); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkDet(b *testing.B) {
	benchEach(b, func(b *testing.B, n int) {
		a := randDense(n, n, 1)
		for b.Loop() {
			if _, err := Det(a, nil); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkCholesky(b *testing.B) {
	benchEach(b, func(b *testing.B, n int) {
		a := benchSPD(n)
		for b.Loop() {
			if _, err := Cholesky(a, nil); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkLU(b *testing.B) {
	benchEach(b, func(b *testing.B, n int) {
		a := randDense(n, n, 1)
		for b.Loop() {
			if _, err := LU(a, nil); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkSVD(b *testing.B) {
	benchEach(b, func(b *testing.B, n int) {
		a := randDense(n, n, 1)
		for b.Loop() {
			if _, err := SVD(a, nil); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkEigh(b *testing.B) {
	benchEach(b, func(b *testing.B, n int) {
		a := benchSPD(n)
		for b.Loop() {
			if _, err := Eigh(a, nil); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkLstSq(b *testing.B) {
	benchEach(b, func(b *testing.B, n int) {
		a, rhs := randDense(n, n, 1), randDense(n, 1, 2)
		for b.Loop() {
			if _, err := LstSq(a, rhs, nil); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkEig(b *testing.B) {
	benchEach(b, func(b *testing.B, n int) {
		a := randDense(n, n, 1)
		for b.Loop() {
			if _, err := Eig(a, nil); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkExpm(b *testing.B) {
	benchEach(b, func(b *testing.B, n int) {
		a := randDense(n, n, 1)
		a.Scale(1/float64(n), a)
		for b.Loop() {
			if _, err := Expm(a, nil); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkGonum times gonum's pure-Go mat (its default lapack64 backend,
// untouched by this package) on the same work, the "ours/gonum" column of
// scripts/bench-linalg.sh.
func BenchmarkGonum(b *testing.B) {
	b.Run("Solve", func(b *testing.B) {
		benchEach(b, func(b *testing.B, n int) {
			a, rhs := randDense(n, n, 1), randDense(n, 1, 2)
			var x mat.Dense
			for b.Loop() {
				if err := x.Solve(a, rhs); err != nil {
					b.Fatal(err)
				}
			}
		})
	})
	b.Run("Inv", func(b *testing.B) {
		benchEach(b, func(b *testing.B, n int) {
			a := randDense(n, n, 1)
			var x mat.Dense
			for b.Loop() {
				if err := x.Inverse(a); err != nil {
					b.Fatal(err)
				}
			}
		})
	})
	b.Run("Det", func(b *testing.B) {
		benchEach(b, func(b *testing.B, n int) {
			a := randDense(n, n, 1)
			for b.Loop() {
				mat.Det(a)
			}
		})
	})
	b.Run("Cholesky", func(b *testing.B) {
		benchEach(b, func(b *testing.B, n int) {
			a := benchSPD(n)
			s := mat.NewSymDense(n, nil)
			for i := 0; i < n; i++ {
				for j := i; j < n; j++ {
					s.SetSym(i, j, a.At(i, j))
				}
			}
			var c mat.Cholesky
			for b.Loop() {
				if !c.Factorize(s) {
					b.Fatal("not positive definite")
				}
			}
		})
	})
	b.Run("SVD", func(b *testing.B) {
		benchEach(b, func(b *testing.B, n int) {
			a := randDense(n, n, 1)
			var s mat.SVD
			for b.Loop() {
				if !s.Factorize(a, mat.SVDFull) {
					b.Fatal("no convergence")
				}
			}
		})
	})
	b.Run("Eigh", func(b *testing.B) {
		benchEach(b, func(b *testing.B, n int) {
			a := benchSPD(n)
			s := mat.NewSymDense(n, nil)
			for i := 0; i < n; i++ {
				for j := i; j < n; j++ {
					s.SetSym(i, j, a.At(i, j))
				}
			}
			var e mat.EigenSym
			for b.Loop() {
				if !e.Factorize(s, true) {
					b.Fatal("no convergence")
				}
			}
		})
	})
	b.Run("Eig", func(b *testing.B) {
		benchEach(b, func(b *testing.B, n int) {
			a := randDense(n, n, 1)
			var e mat.Eigen
			for b.Loop() {
				if !e.Factorize(a, mat.EigenRight) {
					b.Fatal("no convergence")
				}
			}
		})
	})
	b.Run("Expm", func(b *testing.B) {
		benchEach(b, func(b *testing.B, n int) {
			a := randDense(n, n, 1)
			a.Scale(1/float64(n), a)
			var e mat.Dense
			for b.Loop() {
				e.Exp(a)
			}
		})
	})
	b.Run("LU", func(b *testing.B) {
		benchEach(b, func(b *testing.B, n int) {
			a := randDense(n, n, 1)
			var lu mat.LU
			for b.Loop() {
				lu.Factorize(a)
			}
		})
	})
}
