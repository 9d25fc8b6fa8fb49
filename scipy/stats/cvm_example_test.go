package stats_test

import (
	"fmt"

	"github.com/goscipy/goscipy/scipy/stats"
)

// Test whether a sample comes from the standard normal distribution, then
// from the normal distribution with mean 1, passing a frozen
// distribution's CDF method.
func ExampleCramerVonMises() {
	x := []float64{0.61, -1.25, 0.37, 1.94, -0.18, 0.82, -0.55, 1.31, 0.05, -0.97}
	for _, loc := range []float64{0, 1} {
		d, _ := stats.NewNorm(loc, 1)
		res, err := stats.CramerVonMises(x, d.CDF)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("loc %g: statistic %.6f, p-value %.6f\n", loc, res.Statistic, res.PValue)
	}
	// Output:
	// loc 0: statistic 0.045100, p-value 0.915190
	// loc 1: statistic 0.535929, p-value 0.030198
}

// Compare two small samples with the exact null distribution (the
// default for sizes up to 20) and with the asymptotic one.
func ExampleCramerVonMises2Samp() {
	x := []float64{0.61, -1.25, 0.37, 1.94, -0.18, 0.82, -0.55, 1.31, 0.05, -0.97}
	y := []float64{2.4, -3.1, 0.9, -1.7, 4.2, -0.4, 2.9, -2.6}
	exact, _ := stats.CramerVonMises2Samp(x, y, nil)
	asym, _ := stats.CramerVonMises2Samp(x, y, &stats.CramerVonMises2SampOptions{Method: "asymptotic"})
	fmt.Printf("statistic %.6f, exact p %.6f, asymptotic p %.6f\n", exact.Statistic, exact.PValue, asym.PValue)
	// Output:
	// statistic 0.208796, exact p 0.276064, asymptotic p 0.266232
}

// Test whether two samples have the same scale; y is visibly more
// dispersed, so the one-sided alternative "x's scale is smaller" has half
// the two-sided p-value.
func ExampleAnsari() {
	x := []float64{0.61, -1.25, 0.37, 1.94, -0.18, 0.82, -0.55, 1.31, 0.05, -0.97}
	y := []float64{2.4, -3.1, 0.9, -1.7, 4.2, -0.4, 2.9, -2.6}
	two, _ := stats.Ansari(x, y, nil)
	less, _ := stats.Ansari(x, y, &stats.AnsariOptions{Alternative: stats.Less})
	fmt.Printf("AB = %g, two-sided p %.6f, less p %.6f\n", two.Statistic, two.PValue, less.PValue)
	// Output:
	// AB = 65, two-sided p 0.006947, less p 0.003474
}

// A gardener counts 0 faulty plants among 100 of one variety and 3 among
// 100 of another: is the difference of the rates significant?
func ExamplePoissonMeansTest() {
	res, err := stats.PoissonMeansTest(0, 100, 3, 100, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("statistic %.6f, p-value %.6f\n", res.Statistic, res.PValue)
	// Output:
	// statistic -1.732051, p-value 0.088379
}

// Barnard's and Boschloo's exact tests of a 2×2 table whose columns are
// two binomial samples (successes in the first row).
func ExampleBarnardExact() {
	table := [2][2]int{{7, 12}, {8, 3}}
	b, _ := stats.BarnardExact(table, nil)
	s, _ := stats.BoschlooExact(table, nil)
	fmt.Printf("Barnard: statistic %.6f, p-value %.6f\n", b.Statistic, b.PValue)
	fmt.Printf("Boschloo: statistic %.6f, p-value %.6f\n", s.Statistic, s.PValue)
	// Output:
	// Barnard: statistic -1.894338, p-value 0.068153
	// Boschloo: statistic 0.064068, p-value 0.068218
}
