package stats_test

import (
	"fmt"

	"github.com/goscipy/goscipy/scipy/stats"
)

func ExampleNewNorm() {
	d, err := stats.NewNorm(100, 15)
	if err != nil {
		panic(err)
	}
	fmt.Printf("P(X > 145) = %.6g\n", d.SF(145))
	fmt.Printf("99th percentile = %.4f\n", d.PPF(0.99))
	lo, hi, _ := d.Interval(0.95)
	fmt.Printf("95%% interval = [%.3f, %.3f]\n", lo, hi)

	// The far tail is a number, not 0 or 1 - 1.
	z, _ := stats.NewNorm(0, 1)
	fmt.Printf("SF(10) = %.6g, LogSF(40) = %.6g\n", z.SF(10), z.LogSF(40))
	// Output:
	// P(X > 145) = 0.0013499
	// 99th percentile = 134.8952
	// 95% interval = [70.601, 129.399]
	// SF(10) = 7.61985e-24, LogSF(40) = -804.608
}
