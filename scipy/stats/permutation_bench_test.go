package stats

import (
	"math/rand/v2"
	"testing"
)

// BenchmarkPermutationTest times a two-sample independent permutation
// test of the difference of means on 100 observations (50 + 50) with
// SciPy's default 9999 resamples.
func BenchmarkPermutationTest(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 2))
	data := [][]float64{bootNormal(r, 50, 0.3), bootNormal(r, 50, 0)}
	b.Run("n=100", func(b *testing.B) {
		for b.Loop() {
			if _, err := PermutationTest(data, permDiffMeans, &PermutationTestOptions{Rand: r}); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkBootstrap times a BCa bootstrap of the mean of 100
// observations with SciPy's default 9999 resamples.
func BenchmarkBootstrap(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 2))
	data := [][]float64{bootNormal(r, 100, 0)}
	b.Run("n=100", func(b *testing.B) {
		for b.Loop() {
			if _, err := Bootstrap(data, bootMean, &BootstrapOptions{Rand: r}); err != nil {
				b.Fatal(err)
			}
		}
	})
}
