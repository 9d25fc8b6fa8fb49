package stats_test

import (
	"fmt"

	"github.com/goscipy/goscipy/scipy/stats"
)

func ExampleKS2Samp() {
	// Do two samples come from the same distribution?
	a := []float64{0.61, 0.29, 0.06, 0.59, -1.73, -0.74, 0.51, -0.56, 0.39, 1.64, 0.05, -0.06, 0.64,
		-0.82, 0.37, 1.77, 1.09, -1.28, 2.36, 1.31, 1.05, -0.32, -0.4, 1.06, -2.47}
	b := []float64{2.2, 1.66, 1.38, 0.2, 0.36, 0, 0.96, 1.56, 0.44, 1.5, -0.3, 0.66, 2.31, 3.29,
		-0.27, -0.09, -0.68, 0.59, 1.58, 1.92}
	res, err := stats.KS2Samp(a, b, nil)
	if err != nil {
		panic(err)
	}
	fmt.Printf("D = %.4f at %v (sign %+d), p = %.6f\n", res.Statistic, res.StatisticLocation, res.StatisticSign, res.PValue)

	// One-sided: is the CDF of a's population above b's (a tends to be
	// smaller)?
	res, _ = stats.KS2Samp(a, b, &stats.KSOptions{Alternative: stats.Greater})
	fmt.Printf("greater: D = %.4f, p = %.6f\n", res.Statistic, res.PValue)
	// Output:
	// D = 0.3300 at 1.31 (sign +1), p = 0.143144
	// greater: D = 0.3300, p = 0.071582
}

func ExampleKSTest() {
	x := []float64{0.61, 0.29, 0.06, 0.59, -1.73, -0.74, 0.51, -0.56, 0.39, 1.64, 0.05, -0.06, 0.64,
		-0.82, 0.37, 1.77, 1.09, -1.28, 2.36, 1.31, 1.05, -0.32, -0.4, 1.06, -2.47}
	norm, _ := stats.NewNorm(0, 1)
	res, err := stats.KSTest(x, norm, nil)
	if err != nil {
		panic(err)
	}
	fmt.Printf("D = %.6f, p = %.6f\n", res.Statistic, res.PValue)

	// KS1Samp takes any CDF; here with Kolmogorov's asymptotic p-value.
	shifted, _ := stats.NewNorm(0.2, 1.1)
	res, _ = stats.KS1Samp(x, shifted.CDF, &stats.KSOptions{Method: "asymp"})
	fmt.Printf("asymp: D = %.6f, p = %.6f\n", res.Statistic, res.PValue)
	// Output:
	// D = 0.174092, p = 0.389741
	// asymp: D = 0.092604, p = 0.982847
}
