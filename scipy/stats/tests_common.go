package stats

import (
	"math"

	"github.com/goscipy/goscipy/scipy/special"
)

// Alternative is the alternative hypothesis of a test, SciPy's
// alternative argument. The zero value means TwoSided, SciPy's default.
type Alternative string

// The values of Alternative.
const (
	TwoSided Alternative = "two-sided"
	Less     Alternative = "less"
	Greater  Alternative = "greater"
)

// checkAlt validates alt for fn and returns it with "" read as TwoSided.
func checkAlt(fn string, alt Alternative) (Alternative, error) {
	switch alt {
	case "":
		return TwoSided, nil
	case TwoSided, Less, Greater:
		return alt, nil
	}
	return "", newErr(ErrValue, fn, "opts.Alternative", "%q is not one of \"two-sided\", \"less\", \"greater\"", alt)
}

// TestResult is the result of a hypothesis test, with SciPy's field names:
// the test statistic, its p-value, and the degrees of freedom of the
// reference distribution where the test has them (NaN otherwise).
type TestResult struct {
	Statistic float64
	PValue    float64
	DF        float64
}

// nanResult is the result SciPy gives when a NaN propagates.
func nanResult() TestResult {
	return TestResult{Statistic: math.NaN(), PValue: math.NaN(), DF: math.NaN()}
}

// tPValue is the p-value of the statistic t of a Student t distribution
// with df degrees of freedom, as SciPy's _ttest_finish: P(T ≤ t) for Less,
// P(T ≥ t) for Greater, twice the smaller tail for TwoSided. Tails come
// from special.Stdtr directly, never as 1 - CDF.
func tPValue(t, df float64, alt Alternative) float64 {
	switch alt {
	case Less:
		return special.Stdtr(df, t)
	case Greater:
		return special.Stdtr(df, -t)
	}
	return math.Min(1, 2*special.Stdtr(df, -math.Abs(t)))
}

// normPValue is tPValue for a standard normal statistic z.
func normPValue(z float64, alt Alternative) float64 {
	switch alt {
	case Less:
		return special.Ndtr(z)
	case Greater:
		return special.Ndtr(-z)
	}
	return math.Min(1, 2*special.Ndtr(-math.Abs(z)))
}

// chi2SF is P(X ≥ x) for X ~ χ²(df).
func chi2SF(x, df float64) float64 { return special.Chdtrc(df, x) }

// fSF is P(X ≥ f) for X ~ F(dfn, dfd), from the regularized incomplete
// beta function of the complement (no 1 - CDF).
func fSF(f, dfn, dfd float64) float64 {
	if math.IsNaN(f) {
		return math.NaN()
	}
	if f <= 0 {
		return 1
	}
	if math.IsInf(f, 1) {
		return 0
	}
	return special.Betainc(dfd/2, dfn/2, dfd/(dfd+dfn*f))
}
