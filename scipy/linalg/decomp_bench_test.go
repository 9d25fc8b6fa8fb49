package linalg

import (
	"fmt"
	"testing"
)

// decompBenchEach runs f at the decomposition benchmark sizes (the O(n³)
// iterative ones are too slow at n=1000 for routine runs).
func decompBenchEach(b *testing.B, f func(b *testing.B, n int)) {
	for _, n := range []int{10, 100} {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) { f(b, n) })
	}
}

func BenchmarkLDL(b *testing.B) {
	decompBenchEach(b, func(b *testing.B, n int) {
		a := decompSymRand(n, 1)
		for b.Loop() {
			if _, err := LDL(a, nil); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkSchur(b *testing.B) {
	decompBenchEach(b, func(b *testing.B, n int) {
		a := randDense(n, n, 2)
		for b.Loop() {
			if _, err := Schur(a, nil); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkQZ(b *testing.B) {
	decompBenchEach(b, func(b *testing.B, n int) {
		a, c := randDense(n, n, 3), randDense(n, n, 4)
		for b.Loop() {
			if _, err := QZ(a, c); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkOrdQZ(b *testing.B) {
	decompBenchEach(b, func(b *testing.B, n int) {
		a, c := randDense(n, n, 3), randDense(n, n, 4)
		for b.Loop() {
			if _, err := OrdQZ(a, c, nil); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkHessenberg(b *testing.B) {
	decompBenchEach(b, func(b *testing.B, n int) {
		a := randDense(n, n, 5)
		for b.Loop() {
			if _, err := Hessenberg(a, &HessenbergOptions{CalcQ: true}); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkRQ(b *testing.B) {
	decompBenchEach(b, func(b *testing.B, n int) {
		a := randDense(n, n, 6)
		for b.Loop() {
			if _, err := RQ(a, nil); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkPolar(b *testing.B) {
	decompBenchEach(b, func(b *testing.B, n int) {
		a := randDense(n, n, 7)
		for b.Loop() {
			if _, err := Polar(a, nil); err != nil {
				b.Fatal(err)
			}
		}
	})
}
