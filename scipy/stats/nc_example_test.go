package stats_test

import (
	"fmt"

	"github.com/goscipy/goscipy/scipy/stats"
)

// The non-central chi-squared distribution: the power of a chi-squared
// test is the SF of the alternative at the null's critical value.
func ExampleNewNCX2() {
	null, _ := stats.NewChi2(3, 0, 1)
	alt, err := stats.NewNCX2(3, 10, 0, 1)
	if err != nil {
		panic(err)
	}
	crit := null.ISF(0.05)
	fmt.Printf("critical value %.4f, power %.4f\n", crit, alt.SF(crit))
	fmt.Printf("mean %v, variance %v\n", alt.Mean(), alt.Var())
	fmt.Printf("far tail: SF(1e4) underflows to %v, LogSF(1e4) = %.2f\n", alt.SF(1e4), alt.LogSF(1e4))
	// Output:
	// critical value 7.8147, power 0.7611
	// mean 13, variance 46
	// far tail: SF(1e4) underflows to 0, LogSF(1e4) = -4690.81
}

// The non-central t distribution: the power of a one-sided t test.
func ExampleNewNCT() {
	null, _ := stats.NewT(20, 0, 1)
	alt, _ := stats.NewNCT(20, 2.5, 0, 1)
	crit := null.ISF(0.05)
	fmt.Printf("power %.4f, median %.4f\n", alt.SF(crit), alt.Median())
	// Output:
	// power 0.7791, median 2.5329
}
