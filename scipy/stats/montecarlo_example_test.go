package stats_test

import (
	"fmt"
	"math/rand/v2"

	"github.com/goscipy/goscipy/scipy/stats"
)

func ExampleMonteCarloTest() {
	// Is this sample's mean plausible for a standard normal population?
	x := []float64{0.9, 1.6, 0.2, 1.1, 2.0, 0.7, 1.4, 0.3, 1.8, 1.2}
	rvs := func(r *rand.Rand, n int) []float64 {
		s := make([]float64, n)
		for i := range s {
			s[i] = r.NormFloat64()
		}
		return s
	}
	mean := func(s []float64) float64 {
		t := 0.0
		for _, v := range s {
			t += v
		}
		return t / float64(len(s))
	}
	res, err := stats.MonteCarloTest(x, rvs, mean, &stats.MonteCarloTestOptions{Rand: rand.New(rand.NewPCG(1, 2))})
	if err != nil {
		panic(err)
	}
	// The exact two-sided p-value is 2·P(Z ≥ 1.12·√10) ≈ 0.0004; the Monte
	// Carlo one counts the sample itself: (count+1)/(NResamples+1), doubled.
	fmt.Printf("statistic %.2f, p-value %.4f\n", res.Statistic, res.PValue)
	// Output:
	// statistic 1.12, p-value 0.0006
}
