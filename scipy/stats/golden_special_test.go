package stats

import (
	"math"
	"testing"

	"github.com/goscipy/goscipy/internal/golden"
)

// goldenDistsSpecial are the distributions built on special functions,
// checked against mpmath (scripts/golden/stats_special.py) by the lead's
// checkDistGolden, in the same table shape as goldenDists.
var goldenDistsSpecial = []struct {
	file string
	make func(shape []float64, loc, scale float64) (Continuous, error)
	tol  map[string]float64
}{
	{"gamma", func(sh []float64, l, s float64) (Continuous, error) { return NewGamma(sh[0], l, s) }, nil},
	{"chi2", func(sh []float64, l, s float64) (Continuous, error) { return NewChi2(sh[0], l, s) }, nil},
	{"beta", func(sh []float64, l, s float64) (Continuous, error) { return NewBeta(sh[0], sh[1], l, s) }, nil},
	{"t", func(sh []float64, l, s float64) (Continuous, error) { return NewT(sh[0], l, s) }, nil},
	{"f", func(sh []float64, l, s float64) (Continuous, error) { return NewF(sh[0], sh[1], l, s) }, nil},
	{"invgamma", func(sh []float64, l, s float64) (Continuous, error) { return NewInvGamma(sh[0], l, s) }, nil},
	{"genpareto", func(sh []float64, l, s float64) (Continuous, error) { return NewGenPareto(sh[0], l, s) }, nil},
	{"genextreme", func(sh []float64, l, s float64) (Continuous, error) { return NewGenExtreme(sh[0], l, s) }, nil},
	{"triang", func(sh []float64, l, s float64) (Continuous, error) { return NewTriang(sh[0], l, s) }, nil},
	{"truncnorm", func(sh []float64, l, s float64) (Continuous, error) {
		return NewTruncNorm(sfdInfShape(sh[0]), sfdInfShape(sh[1]), l, s)
	},
		// truncnorm(2.5, 2.5001) is nearly uniform: its skewness 8.7e-5
		// is what is left of O(σ³) terms that cancel, and 1e-10 relative
		// (9e-15 absolute) was measured.
		map[string]float64{"Skew": 3e-10}},
	{"exponweib", func(sh []float64, l, s float64) (Continuous, error) { return NewExponweib(sh[0], sh[1], l, s) }, nil},
	{"skewnorm", func(sh []float64, l, s float64) (Continuous, error) { return NewSkewNorm(sh[0], l, s) }, nil},
	// The excess kurtosis E[Y⁴]/E[Y²]² - 3 cancels: 0.02 at κ = 50 is
	// 150 times smaller than its terms, and 7e-13 relative was measured.
	{"vonmises", func(sh []float64, l, s float64) (Continuous, error) { return NewVonMises(sh[0], l, s) },
		map[string]float64{"Kurtosis": 2e-12}},
	// SF = φ(u)·(R(u) - R(v)) far out carries the rounding of the
	// exponent u²/2 ≈ 200 and of the quadrature of R(u) - R(v): 1.6e-13
	// measured at y = 1e4, μ = 5.
	{"invgauss", func(sh []float64, l, s float64) (Continuous, error) { return NewInvGauss(sh[0], l, s) },
		map[string]float64{"SF": 3e-13, "LogCDF": 3e-13}},
	{"maxwell", func(_ []float64, l, s float64) (Continuous, error) { return NewMaxwell(l, s) }, nil},
}

// sfdInfShape maps the generator's stand-in ±MaxFloat64 for an infinite
// shape parameter (distCase.Shape is a []float64, and JSON has no
// infinities) back to ±Inf.
func sfdInfShape(v float64) float64 {
	if math.Abs(v) == math.MaxFloat64 {
		return math.Inf(int(math.Copysign(1, v)))
	}
	return v
}

// TestDistGoldenSpecial checks every method of the special-function
// distributions against mpmath at points deep in both tails and quantiles
// down to 1e-300, for two (loc, scale) pairs and each shape in the file.
func TestDistGoldenSpecial(t *testing.T) {
	for _, g := range goldenDistsSpecial {
		t.Run(g.file, func(t *testing.T) {
			f := golden.Load[distCase](t, "stats/"+g.file+".json")
			for _, c := range f.Cases {
				d, err := g.make(c.Shape, c.Loc, c.Scale)
				if err != nil {
					t.Fatal(err)
				}
				checkDistGolden(t, g.file, d, c, g.tol)
			}
		})
	}
}
