package stats

import (
	"math"
	"math/rand/v2"
)

// Chi2 is the chi-squared distribution with df degrees of freedom,
// scipy.stats.chi2(df, loc, scale): the gamma distribution with shape df/2
// and scale 2,
//
//	PDF(x) = y^(df/2-1) e^(-y/2) / (2^(df/2) Γ(df/2)·scale),  y ≥ 0.
//
// Every method is Gamma's at y/2 (exact in floating point); df need not be
// an integer.
type Chi2 struct {
	continuous
	df float64
}

// NewChi2 returns the chi-squared distribution with df degrees of freedom.
// It returns an ErrValue error unless df is positive and finite, loc is
// finite and scale is positive and finite.
func NewChi2(df, loc, scale float64) (*Chi2, error) {
	if err := checkPositive("NewChi2", "df", df); err != nil {
		return nil, err
	}
	if err := checkLocScale("NewChi2", loc, scale); err != nil {
		return nil, err
	}
	return &Chi2{continuous{std: chi2Std{gammaStd{df / 2}}, loc: loc, scale: scale}, df}, nil
}

// chi2Std is 2·G for G standard gamma with shape df/2.
type chi2Std struct{ g gammaStd }

func (chi2Std) support() (float64, float64) { return 0, math.Inf(1) }
func (c chi2Std) pdf(y float64) float64     { return c.g.pdf(y/2) / 2 }
func (c chi2Std) logpdf(y float64) float64  { return c.g.logpdf(y/2) - math.Ln2 }
func (c chi2Std) cdf(y float64) float64     { return c.g.cdf(y / 2) }
func (c chi2Std) logcdf(y float64) float64  { return c.g.logcdf(y / 2) }
func (c chi2Std) sf(y float64) float64      { return c.g.sf(y / 2) }
func (c chi2Std) logsf(y float64) float64   { return c.g.logsf(y / 2) }
func (c chi2Std) ppf(q float64) float64     { return 2 * c.g.ppf(q) }
func (c chi2Std) isf(q float64) float64     { return 2 * c.g.isf(q) }
func (c chi2Std) entropy() float64          { return c.g.entropy() + math.Ln2 }
func (c chi2Std) rawMoment(n int) float64   { return math.Ldexp(c.g.rawMoment(n), n) }
func (c chi2Std) rand(r *rand.Rand) float64 { return 2 * c.g.rand(r) }

// stats: mean df, variance 2df, skewness √(8/df), excess kurtosis 12/df.
func (c chi2Std) stats() (mean, variance, skew, kurt float64) {
	df := 2 * c.g.a
	return df, 2 * df, math.Sqrt(8 / df), 12 / df
}
