package stats

import (
	"math"
	"math/rand/v2"

	"github.com/goscipy/goscipy/scipy/special"
)

// Logistic is the logistic distribution, scipy.stats.logistic(loc, scale):
// CDF(x) = 1/(1+exp(-y)), PDF(x) = exp(-y)/(scale·(1+exp(-y))²).
type Logistic struct{ continuous }

// NewLogistic returns the logistic distribution centred at loc with scale
// scale. It returns an ErrValue error unless loc is finite and scale is
// positive and finite.
func NewLogistic(loc, scale float64) (*Logistic, error) {
	if err := checkLocScale("NewLogistic", loc, scale); err != nil {
		return nil, err
	}
	return &Logistic{continuous{std: logisticStd{}, loc: loc, scale: scale}}, nil
}

type logisticStd struct{}

func (logisticStd) support() (float64, float64) { return math.Inf(-1), math.Inf(1) }

// pdf is written in |y| so that exp never overflows.
func (logisticStd) pdf(y float64) float64 {
	e := math.Exp(-math.Abs(y))
	return e / ((1 + e) * (1 + e))
}

func (logisticStd) logpdf(y float64) float64 {
	a := math.Abs(y)
	return -a - 2*math.Log1p(math.Exp(-a))
}

func (logisticStd) cdf(y float64) float64    { return special.Expit(y) }
func (logisticStd) logcdf(y float64) float64 { return special.LogExpit(y) }
func (logisticStd) sf(y float64) float64     { return special.Expit(-y) }
func (logisticStd) logsf(y float64) float64  { return special.LogExpit(-y) }
func (logisticStd) ppf(q float64) float64    { return special.Logit(q) }
func (logisticStd) isf(q float64) float64    { return -special.Logit(q) }

func (logisticStd) stats() (mean, variance, skew, kurt float64) {
	return 0, math.Pi * math.Pi / 3, 0, 1.2
}

func (logisticStd) entropy() float64 { return 2 }

// rawMoment is 0 for odd n and 2(1-2^{1-n})·n!·ζ(n) for even n.
func (logisticStd) rawMoment(n int) float64 {
	if n%2 == 1 {
		return 0
	}
	fn := float64(n)
	return 2 * (1 - math.Pow(2, 1-fn)) * math.Gamma(fn+1) * special.Zeta(fn)
}

func (l logisticStd) rand(r *rand.Rand) float64 { return l.ppf(openUnit(r)) }
