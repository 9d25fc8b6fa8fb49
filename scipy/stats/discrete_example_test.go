package stats_test

import (
	"fmt"

	"github.com/goscipy/goscipy/scipy/stats"
)

func ExampleNewBinom() {
	d, err := stats.NewBinom(100, 0.3, 0)
	if err != nil {
		panic(err)
	}
	fmt.Printf("P(X = 30) = %.6f\n", d.PMF(30))
	fmt.Printf("P(X ≤ 20) = %.6g\n", d.CDF(20))
	fmt.Printf("P(X > 60) = %.6g\n", d.SF(60))
	fmt.Printf("median = %v, 99th percentile = %v\n", d.Median(), d.PPF(0.99))
	lo, hi, _ := d.Interval(0.95)
	fmt.Printf("95%% interval = [%v, %v]\n", lo, hi)
	// Output:
	// P(X = 30) = 0.086784
	// P(X ≤ 20) = 0.0164629
	// P(X > 60) = 1.41989e-10
	// median = 30, 99th percentile = 41
	// 95% interval = [21, 39]
}

func ExampleNewPoisson() {
	d, err := stats.NewPoisson(4, 0)
	if err != nil {
		panic(err)
	}
	fmt.Printf("P(X = 0) = %.6f, P(X ≥ 10) = %.6g\n", d.PMF(0), d.SF(9))
	// Far in the tail the log survives where the value underflows.
	fmt.Printf("LogSF(400) = %.6g\n", d.LogSF(400))
	// Output:
	// P(X = 0) = 0.018316, P(X ≥ 10) = 0.00813224
	// LogSF(400) = -1454.58
}
