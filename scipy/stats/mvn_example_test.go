package stats_test

import (
	"fmt"
	"math/rand/v2"

	"gonum.org/v1/gonum/mat"

	"github.com/goscipy/goscipy/scipy/stats"
)

func ExampleNewMultivariateNormal() {
	mean := []float64{1, -2}
	cov := mat.NewSymDense(2, []float64{
		2.0, 0.6,
		0.6, 1.0,
	})
	d, err := stats.NewMultivariateNormal(mean, cov, nil)
	if err != nil {
		panic(err)
	}
	p, _ := d.PDF([]float64{1.5, -1})
	lp, _ := d.LogPDF([]float64{1.5, -1})
	fmt.Printf("pdf = %.6f, logpdf = %.6f, entropy = %.6f\n", p, lp, d.Entropy())

	// In two dimensions the CDF is a closed form (Genz's bivariate normal).
	c, _ := d.CDF([]float64{1.5, -1}, nil)
	fmt.Printf("P(X ≤ (1.5, -1)) = %.10f\n", c)

	// A box: P(0 < X1 ≤ 2, -3 < X2 ≤ -1).
	b, _ := d.CDF([]float64{2, -1}, &stats.MVNCDFOptions{LowerLimit: []float64{0, -3}})
	fmt.Printf("P(box) = %.10f\n", b)

	x := d.Rand(rand.New(rand.NewPCG(1, 2)))
	fmt.Println("draw of length", len(x))
	// Output:
	// pdf = 0.075150, logpdf = -2.588274, entropy = 3.085225
	// P(X ≤ (1.5, -1)) = 0.5784916962
	// P(box) = 0.3760250568
	// draw of length 2
}

func ExampleMultivariateNormal_CDFWithError() {
	// Four equicorrelated standard normals (ρ = 1/2): P(all ≤ 0) = 1/5.
	d := 4
	cov := mat.NewSymDense(d, nil)
	for i := range d {
		for j := i; j < d; j++ {
			v := 0.5
			if i == j {
				v = 1
			}
			cov.SetSym(i, j, v)
		}
	}
	m, err := stats.NewMultivariateNormal(nil, cov, nil)
	if err != nil {
		panic(err)
	}
	res, _ := m.CDFWithError(make([]float64, d), &stats.MVNCDFOptions{AbsEps: 1e-6, RelEps: 1e-6})
	fmt.Printf("P = %.5f, converged: %v, error estimate below 1e-6: %v\n",
		res.Value, res.Converged, res.ErrorEstimate <= 1e-6)
	// Output:
	// P = 0.20000, converged: true, error estimate below 1e-6: true
}
