package stats

import (
	"math/rand/v2"
	"testing"
)

// BenchmarkGaussianKDEEvaluate times Evaluate of a 1-D estimate of 1e4
// normal points at 1e3 points (1e7 kernel evaluations per op).
func BenchmarkGaussianKDEEvaluate(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 2))
	x := bootNormal(r, 10000, 0)
	k, err := NewGaussianKDE([][]float64{x}, nil)
	if err != nil {
		b.Fatal(err)
	}
	pts := [][]float64{linspace(-4, 4, 1000)}
	b.Run("n=10000,m=1000", func(b *testing.B) {
		for b.Loop() {
			if _, err := k.Evaluate(pts); err != nil {
				b.Fatal(err)
			}
		}
	})
}
