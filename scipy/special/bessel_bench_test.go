package special

import (
	"math"
	"testing"
)

// The Bessel benchmarks use x = a in [0.5, 50] (benchA) and the order
// v = a/5 in [0.1, 10], the same formulas as scripts/bench_special_scipy.py:
// half of the points are in Steed's and Temme's range (x < 25), half in
// Hankel's.

// BenchmarkJv times Jv(a/5, a) on 1e6 points.
func BenchmarkJv(b *testing.B) {
	b.Run("n=1000000/goscipy", func(b *testing.B) {
		for b.Loop() {
			for i, a := range benchA {
				benchOut[i] = Jv(a/5, a)
			}
		}
	})
}

// BenchmarkJ0 times J0 and Go's math.J0 (less accurate: see the golden
// test's notes in bessel_test.go) on 1e6 points x in [0.5, 50].
func BenchmarkJ0(b *testing.B) {
	b.Run("n=1000000/goscipy", func(b *testing.B) {
		for b.Loop() {
			for i, a := range benchA {
				benchOut[i] = J0(a)
			}
		}
	})
	b.Run("n=1000000/gomath", func(b *testing.B) {
		for b.Loop() {
			for i, a := range benchA {
				benchOut[i] = math.J0(a)
			}
		}
	})
}

// BenchmarkKv times Kv(a/5, a) on 1e6 points.
func BenchmarkKv(b *testing.B) {
	b.Run("n=1000000/goscipy", func(b *testing.B) {
		for b.Loop() {
			for i, a := range benchA {
				benchOut[i] = Kv(a/5, a)
			}
		}
	})
}
