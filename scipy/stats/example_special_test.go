package stats_test

import (
	"fmt"

	"github.com/goscipy/goscipy/scipy/stats"
)

// Student's t with 5 degrees of freedom: the two-sided 95% critical value
// and a tail probability far beyond float64's 1 - CDF.
func ExampleNewT() {
	d, err := stats.NewT(5, 0, 1)
	if err != nil {
		panic(err)
	}
	fmt.Printf("%.6f\n", d.ISF(0.025))
	fmt.Printf("%.6e\n", d.SF(1e3))
	// Output:
	// 2.570582
	// 9.490066e-15
}

// The gamma distribution's tails: SF where CDF rounds to 1, and LogCDF
// where CDF underflows.
func ExampleNewGamma() {
	d, err := stats.NewGamma(2.5, 0, 1)
	if err != nil {
		panic(err)
	}
	fmt.Printf("%.6e\n", d.SF(60))
	fmt.Printf("%.4f\n", d.LogCDF(1e-300))
	// Output:
	// 3.138580e-24
	// -1728.1398
}

// A normal truncated far in its tail, [30, 40] standard deviations, where
// Φ(40) - Φ(30) ≈ 5e-198 is out of reach of subtraction.
func ExampleNewTruncNorm() {
	d, err := stats.NewTruncNorm(30, 40, 0, 1)
	if err != nil {
		panic(err)
	}
	fmt.Printf("%.6f %.6f\n", d.Mean(), d.Median())
	fmt.Printf("%.6e\n", d.SF(31))
	// Output:
	// 30.033260 30.023070
	// 5.492984e-14
}
