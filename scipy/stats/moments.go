package stats

import (
	"math"
	"math/rand/v2"
)

// openUnit returns a uniform variate in the open interval (0, 1): the 53
// random bits of r.Float64 shifted by half a step, so that inverse-CDF
// sampling never meets PPF(0) = -Inf or PPF(1) = +Inf.
func openUnit(r *rand.Rand) float64 {
	return (float64(r.Uint64()>>11) + 0.5) * 0x1p-53
}

// statsFromRaw returns the mean, variance, skewness and excess kurtosis from
// the first four raw moments, as scipy.stats does for distributions that
// define only raw moments. Infinite or undefined raw moments propagate as
// ±Inf or NaN, as in SciPy.
func statsFromRaw(m1, m2, m3, m4 float64) (mean, variance, skew, kurt float64) {
	mean = m1
	variance = m2 - m1*m1
	mu3 := m3 - 3*m1*m2 + 2*m1*m1*m1
	mu4 := m4 - 4*m1*m3 + 6*m1*m1*m2 - 3*m1*m1*m1*m1
	skew = mu3 / math.Pow(variance, 1.5)
	kurt = mu4/(variance*variance) - 3
	return mean, variance, skew, kurt
}

// rawFromCumulants returns the raw moments μ'₁…μ'ₙ from the cumulants
// κ₁…κₙ (k[i] is κ_{i+1}) by μ'ₙ = Σₖ C(n-1, k-1) κₖ μ'ₙ₋ₖ.
func rawFromCumulants(k []float64) []float64 {
	n := len(k)
	mu := make([]float64, n+1)
	mu[0] = 1
	for m := 1; m <= n; m++ {
		c := 1.0 // C(m-1, j-1)
		for j := 1; j <= m; j++ {
			mu[m] += c * k[j-1] * mu[m-j]
			c = c * float64(m-j) / float64(j)
		}
	}
	return mu[1:]
}
