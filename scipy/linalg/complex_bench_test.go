package linalg

import (
	"fmt"
	"testing"
)

// cxBenchSizes are the orders the complex benchmarks run at.
var cxBenchSizes = []int{10, 100}

func cxBenchEach(b *testing.B, f func(b *testing.B, n int)) {
	for _, n := range cxBenchSizes {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) { f(b, n) })
	}
}

func BenchmarkSolveC(b *testing.B) {
	cxBenchEach(b, func(b *testing.B, n int) {
		a, rhs := cxRand(n, n, 1), cxRand(n, 1, 2)
		for b.Loop() {
			if _, err := SolveC(a, rhs, nil); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkEigC(b *testing.B) {
	cxBenchEach(b, func(b *testing.B, n int) {
		a := cxRand(n, n, 1)
		for b.Loop() {
			if _, err := EigC(a, nil); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkEighC(b *testing.B) {
	cxBenchEach(b, func(b *testing.B, n int) {
		a := cxHerm(n, 1)
		for b.Loop() {
			if _, err := EighC(a, nil); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkSVDC(b *testing.B) {
	cxBenchEach(b, func(b *testing.B, n int) {
		a := cxRand(n, n, 1)
		for b.Loop() {
			if _, err := SVDC(a, nil); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkExpmC(b *testing.B) {
	cxBenchEach(b, func(b *testing.B, n int) {
		a := cxRand(n, n, 1)
		for b.Loop() {
			if _, err := ExpmC(a, nil); err != nil {
				b.Fatal(err)
			}
		}
	})
}
