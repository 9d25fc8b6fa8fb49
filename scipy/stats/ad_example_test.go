package stats_test

import (
	"fmt"

	"github.com/goscipy/goscipy/scipy/stats"
)

func ExampleAndersonKSamp() {
	x := []float64{0.64, -0.47, 1.21, 0.35, -1.02, 0.88, 0.13, -0.26, 1.57, 0.49}
	y := []float64{1.93, 1.12, 2.41, 0.98, 1.65, 2.87, 1.36, 0.57}
	r, err := stats.AndersonKSamp([][]float64{x, y}, nil)
	if err != nil {
		panic(err)
	}
	fmt.Printf("statistic %.4f, p-value %.4f\n", r.Statistic, r.PValue)
	for i, c := range r.CriticalValues {
		if r.Statistic > c {
			fmt.Printf("rejected at %g%% (critical value %.3f)\n", 100*r.CriticalLevels[i], c)
		}
	}

	// Samples from one distribution: the p-value is capped at 0.25.
	r, _ = stats.AndersonKSamp([][]float64{x, {0.51, -0.33, 0.92, 0.07, -0.71}}, nil)
	fmt.Printf("statistic %.4f, p-value %g, capped %v\n", r.Statistic, r.PValue, r.PValueCapped)
	// Output:
	// statistic 4.6132, p-value 0.0048
	// rejected at 25% (critical value 0.325)
	// rejected at 10% (critical value 1.226)
	// rejected at 5% (critical value 1.961)
	// rejected at 2.5% (critical value 2.718)
	// rejected at 1% (critical value 3.752)
	// rejected at 0.5% (critical value 4.592)
	// statistic -0.9719, p-value 0.25, capped true
}

func ExampleTTestInd() {
	a := []float64{1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30}
	b := []float64{0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29}
	r, err := stats.TTestInd(a, b, &stats.TTestIndOptions{Welch: true})
	if err != nil {
		panic(err)
	}
	fmt.Printf("t = %.4f, df = %.2f, p = %.4f\n", r.Statistic, r.DF, r.PValue)
	lo, hi, _ := r.ConfidenceInterval(0.95)
	fmt.Printf("95%% interval of mean(a) - mean(b): [%.4f, %.4f]\n", lo, hi)

	// One-sided: how much larger is a's mean at least?
	r, _ = stats.TTestInd(a, b, &stats.TTestIndOptions{Welch: true, Alternative: stats.Greater})
	lo, hi, _ = r.ConfidenceInterval(0.95)
	fmt.Printf("p = %.4f, interval [%.4f, %v]\n", r.PValue, lo, hi)
	// Output:
	// t = 1.2052, df = 15.80, p = 0.2459
	// 95% interval of mean(a) - mean(b): [-0.3286, 1.1924]
	// p = 0.1229, interval [-0.1943, +Inf]
}

func ExampleAnderson_gumbel() {
	// Annual maxima: is a Gumbel (type I extreme value) distribution of
	// maxima a fit?
	x := []float64{3.1, 4.7, 2.8, 5.9, 3.6, 4.1, 7.2, 3.3, 4.4, 5.0, 3.9, 6.1}
	r, err := stats.Anderson(x, "gumbel_r")
	if err != nil {
		panic(err)
	}
	fmt.Printf("A² = %.4f, fit loc %.4f, scale %.4f\n", r.Statistic, r.FitParams[0], r.FitParams[1])
	for i, c := range r.CriticalValues {
		fmt.Printf("%g%%: %.3f\n", r.SignificanceLevel[i], c)
	}
	// Output:
	// A² = 0.1490, fit loc 3.9112, scale 1.0053
	// 25%: 0.448
	// 10%: 0.602
	// 5%: 0.716
	// 2.5%: 0.829
	// 1%: 0.981
}
