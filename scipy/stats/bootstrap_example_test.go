package stats_test

import (
	"fmt"
	"math/rand/v2"

	"github.com/goscipy/goscipy/scipy/stats"
)

func ExampleBootstrap() {
	x := []float64{2.1, 3.4, 1.9, 5.6, 4.2, 3.3, 2.8, 4.9, 3.7, 2.5, 4.4, 3.1}
	mean := func(s [][]float64) float64 {
		t := 0.0
		for _, v := range s[0] {
			t += v
		}
		return t / float64(len(s[0]))
	}
	res, err := stats.Bootstrap([][]float64{x}, mean, &stats.BootstrapOptions{Rand: rand.New(rand.NewPCG(1, 2))})
	if err != nil {
		panic(err)
	}
	ci := res.ConfidenceInterval // SciPy (another random stream): [2.9, 4.2]
	fmt.Printf("95%% BCa interval of the mean: [%.1f, %.1f] from %d resamples\n", ci.Low, ci.High, len(res.BootstrapDistribution))
	// Output:
	// 95% BCa interval of the mean: [2.9, 4.1] from 9999 resamples
}

func ExamplePermutationTest() {
	treated := []float64{2.1, 3.4, 1.9, 5.6, 4.2}
	control := []float64{1.2, 0.8, 2.5, 1.7}
	diff := func(s [][]float64) float64 {
		m := func(x []float64) float64 {
			t := 0.0
			for _, v := range x {
				t += v
			}
			return t / float64(len(x))
		}
		return m(s[0]) - m(s[1])
	}
	// C(9, 4) = 126 ≤ 9999 permutations: the test is exact and needs no
	// random source.
	res, err := stats.PermutationTest([][]float64{treated, control}, diff, &stats.PermutationTestOptions{Alternative: stats.Greater})
	if err != nil {
		panic(err)
	}
	fmt.Printf("statistic %.3f, p-value %.6f (%d permutations)\n", res.Statistic, res.PValue, len(res.NullDistribution))
	// Output:
	// statistic 1.890, p-value 0.031746 (126 permutations)
}

func ExampleNewGaussianKDE() {
	x := []float64{-1.2, -0.4, 0.1, 0.3, 0.9, 1.5, 2.2, 2.4, 3.0}
	kde, err := stats.NewGaussianKDE([][]float64{x}, nil) // 1-D data: one row
	if err != nil {
		panic(err)
	}
	pdf, _ := kde.Evaluate([][]float64{{0, 1, 2}})
	p, _ := kde.IntegrateBox1D(0, 2)
	fmt.Printf("factor %.4f\npdf %.4f\nP(0 < X < 2) = %.4f\n", kde.Factor(), pdf, p)
	// Output:
	// factor 0.6444
	// pdf [0.2063 0.2137 0.1996]
	// P(0 < X < 2) = 0.4219
}
