package stats

import (
	"math"
	"math/rand/v2"
	"slices"
)

// MonteCarloTestOptions are the options of MonteCarloTest. Rand is
// required; the other zero values are SciPy's defaults.
type MonteCarloTestOptions struct {
	// NResamples is the number of samples drawn under the null
	// hypothesis; 0 means 9999, SciPy's default. At most MaxResamples.
	NResamples int
	// Alternative is the alternative hypothesis: TwoSided (the zero
	// value), Less (the statistic is small under the alternative) or
	// Greater.
	Alternative Alternative
	// Rand is passed to rvs for every draw (required).
	Rand *rand.Rand
}

// MonteCarloTestResult is the result of MonteCarloTest, with SciPy's
// fields: the statistic of the sample, its p-value, and the NResamples
// values of the statistic on samples drawn under the null hypothesis.
type MonteCarloTestResult = PermutationTestResult

// MonteCarloTest tests whether sample could come from the distribution
// that rvs draws from, scipy.stats.monte_carlo_test (SciPy 1.10): rvs(r,
// n) must return n fresh independent draws from r, and NResamples
// samples of len(sample) draws give the null distribution of statistic.
// The p-value counts the observed sample among them, as SciPy: (number of
// null values ≤ the statistic, + 1)/(NResamples + 1) for Less, with ≥ for
// Greater, twice the smaller of the two for TwoSided, clipped to 1 (no tie
// tolerance, unlike PermutationTest).
//
// statistic is called NResamples+1 times; it receives a copy of sample
// and then the slices rvs returns (it may modify them but must not retain
// them). A NaN statistic compares false, as in NumPy.
//
// Errors: ErrEmpty for an empty sample; ErrValue for a nil rvs, statistic
// or Rand, NResamples outside [0, MaxResamples], an unknown Alternative,
// or a panic in rvs or statistic (named "statistic"); ErrShape when rvs
// returns a slice of the wrong length.
func MonteCarloTest(sample []float64, rvs func(r *rand.Rand, n int) []float64, statistic func(x []float64) float64, opts *MonteCarloTestOptions) (res MonteCarloTestResult, err error) {
	const fn = "MonteCarloTest"
	var o MonteCarloTestOptions
	if opts != nil {
		o = *opts
	}
	if len(sample) == 0 {
		return MonteCarloTestResult{}, newErr(ErrEmpty, fn, "sample", "must not be empty")
	}
	if rvs == nil {
		return MonteCarloTestResult{}, newErr(ErrValue, fn, "rvs", "must not be nil")
	}
	if statistic == nil {
		return MonteCarloTestResult{}, newErr(ErrValue, fn, "statistic", "must not be nil")
	}
	alt, err := checkAlt(fn, o.Alternative)
	if err != nil {
		return MonteCarloTestResult{}, err
	}
	nres := o.NResamples
	if nres == 0 {
		nres = 9999
	}
	if nres < 0 || nres > MaxResamples {
		return MonteCarloTestResult{}, newErr(ErrValue, fn, "opts.NResamples", "must be in [0, %d], got %d", MaxResamples, o.NResamples)
	}
	if o.Rand == nil {
		return MonteCarloTestResult{}, newErr(ErrValue, fn, "opts.Rand", "a *rand.Rand is required")
	}
	defer resampleRecover(fn, &err)

	observed := statistic(slices.Clone(sample))
	null := make([]float64, nres)
	for b := range null {
		x := rvs(o.Rand, len(sample))
		if len(x) != len(sample) {
			return MonteCarloTestResult{}, newErr(ErrShape, fn, "rvs", "returned %d values, want %d (the sample's length)", len(x), len(sample))
		}
		null[b] = statistic(x)
	}
	return MonteCarloTestResult{Statistic: observed, PValue: monteCarloPValue(null, observed, alt), NullDistribution: null}, nil
}

// monteCarloPValue is SciPy 1.10's p-value of monte_carlo_test for the
// observed statistic and its null distribution.
func monteCarloPValue(null []float64, observed float64, alt Alternative) float64 {
	var le, ge int
	for _, v := range null {
		if v <= observed {
			le++
		}
		if v >= observed {
			ge++
		}
	}
	n := float64(len(null)) + 1
	pl, pg := float64(le+1)/n, float64(ge+1)/n
	var p float64
	switch alt {
	case Less:
		p = pl
	case Greater:
		p = pg
	default:
		p = 2 * math.Min(pl, pg)
	}
	return math.Min(math.Max(p, 0), 1)
}
