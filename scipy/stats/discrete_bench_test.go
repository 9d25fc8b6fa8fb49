package stats

import "testing"

// discreteBenchSink keeps the benchmarks' results alive.
var discreteBenchSink float64

// discreteBenchPoints returns n points evenly spaced in [lo, hi), rounded
// down to integers if integer.
func discreteBenchPoints(n int, lo, hi float64, integer bool) []float64 {
	x := make([]float64, n)
	for i := range x {
		x[i] = lo + (hi-lo)*float64(i)/float64(n)
		if integer {
			x[i] = float64(int(x[i]))
		}
	}
	return x
}

// BenchmarkBinomPMF evaluates Binom(1000, 0.3).PMF at 1e6 integer points
// across the support, 0…1000 (Loader's saddle-point form).
func BenchmarkBinomPMF(b *testing.B) {
	d, _ := NewBinom(1000, 0.3, 0)
	k := discreteBenchPoints(1_000_000, 0, 1001, true)
	b.Run("n=1000000", func(b *testing.B) {
		for b.Loop() {
			for _, v := range k {
				discreteBenchSink += d.PMF(v)
			}
		}
	})
}

// BenchmarkPoissonCDF evaluates Poisson(50).CDF at 1e6 points in [0, 120)
// (the regularized incomplete gamma function).
func BenchmarkPoissonCDF(b *testing.B) {
	d, _ := NewPoisson(50, 0)
	k := discreteBenchPoints(1_000_000, 0, 120, false)
	b.Run("n=1000000", func(b *testing.B) {
		for b.Loop() {
			for _, v := range k {
				discreteBenchSink += d.CDF(v)
			}
		}
	})
}

// BenchmarkBinomPPF inverts Binom(1000, 0.3).CDF at 1e4 probabilities.
func BenchmarkBinomPPF(b *testing.B) {
	d, _ := NewBinom(1000, 0.3, 0)
	q := discreteBenchPoints(10_000, 1e-9, 1, false)
	b.Run("n=10000", func(b *testing.B) {
		for b.Loop() {
			for _, v := range q {
				discreteBenchSink += d.PPF(v)
			}
		}
	})
}
