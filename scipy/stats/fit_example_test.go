package stats_test

import (
	"fmt"
	"testing"

	"github.com/goscipy/goscipy/scipy/stats"
)

// Fit a gamma distribution with the location held at 0 (SciPy:
// gamma.fit(x, floc=0)), and a normal distribution by maximum likelihood.
func ExampleFit() {
	x := []float64{1.2, 3.4, 2.2, 0.8, 5.1, 2.9, 1.7, 4.4, 2.6, 3.1}
	g, err := stats.Fit(stats.GammaFamily, x, &stats.FitOptions{Fixed: map[string]float64{"loc": 0}})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("gamma: a=%.4f loc=%g scale=%.4f\n", g.Shapes[0], g.Loc, g.Scale)
	n, _ := stats.Fit(stats.NormFamily, x, nil)
	fmt.Printf("norm: loc=%.4f scale=%.4f -log L=%.4f\n", n.Loc, n.Scale, n.NLLF)
	// Output:
	// gamma: a=3.9611 loc=0 scale=0.6917
	// norm: loc=2.7400 scale=1.2823 -log L=16.6763
}

// BenchmarkFit fits samples of quantiles PPF((i+0.5)/n), permuted, the
// same data scripts/bench_fit_scipy.py gives SciPy.
func BenchmarkFit(b *testing.B) {
	for _, c := range []struct {
		name   string
		fam    *stats.Family
		params []float64
	}{
		{"norm", stats.NormFamily, []float64{1, 2}},
		{"gamma", stats.GammaFamily, []float64{2.5, 0, 1.5}},
		{"weibull_min", stats.WeibullMinFamily, []float64{1.8, 0, 2}},
	} {
		k := len(c.params)
		d, err := c.fam.New(c.params[:k-2], c.params[k-2], c.params[k-1])
		if err != nil {
			b.Fatal(err)
		}
		for _, n := range []int{100, 10000} {
			x := make([]float64, n)
			for i := range x {
				x[i] = d.PPF((float64((i*7919)%n) + 0.5) / float64(n))
			}
			b.Run(fmt.Sprintf("%s/n=%d", c.name, n), func(b *testing.B) {
				for i := 0; i < b.N; i++ {
					if _, err := stats.Fit(c.fam, x, nil); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
