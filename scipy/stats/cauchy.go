package stats

import (
	"math"
	"math/rand/v2"
)

// Cauchy is the Cauchy (Lorentz) distribution, scipy.stats.cauchy(loc,
// scale): PDF(x) = 1/(π·scale·(1+y²)). Its mean, variance, skewness,
// kurtosis and moments do not exist: they are NaN, as in SciPy.
type Cauchy struct{ continuous }

// NewCauchy returns the Cauchy distribution centred at loc with half-width
// scale. It returns an ErrValue error unless loc is finite and scale is
// positive and finite.
func NewCauchy(loc, scale float64) (*Cauchy, error) {
	if err := checkLocScale("NewCauchy", loc, scale); err != nil {
		return nil, err
	}
	return &Cauchy{continuous{std: cauchyStd{}, loc: loc, scale: scale}}, nil
}

type cauchyStd struct{}

func (cauchyStd) support() (float64, float64) { return math.Inf(-1), math.Inf(1) }

func (cauchyStd) pdf(y float64) float64 {
	if a := math.Abs(y); a > 1e150 {
		return 1 / (math.Pi * a) / a // y² would overflow
	}
	return 1 / (math.Pi * (1 + y*y))
}

func (cauchyStd) logpdf(y float64) float64 {
	if a := math.Abs(y); a > 1e150 {
		return -math.Log(math.Pi) - 2*math.Log(a)
	}
	return -math.Log(math.Pi) - math.Log1p(y*y)
}

// cdf is atan2(1, -y)/π: 1/2 + atan(y)/π without the cancellation in the
// lower tail, where it behaves as 1/(π|y|).
func (cauchyStd) cdf(y float64) float64 { return math.Atan2(1, -y) / math.Pi }
func (cauchyStd) sf(y float64) float64  { return math.Atan2(1, y) / math.Pi }

// logcdf is log1p(-SF) above the median, where CDF is near 1 and its
// logarithm is about -SF, which log(CDF) would round to 0.
func (c cauchyStd) logcdf(y float64) float64 {
	if y > 0 {
		return math.Log1p(-c.sf(y))
	}
	return math.Log(c.cdf(y))
}

func (c cauchyStd) logsf(y float64) float64 { return c.logcdf(-y) }

// ppf is tan(π(q-1/2)) in the middle, where q-1/2 is exact, and -cot(πq)
// or cot(π(1-q)) in the tails, where tan would sit next to its pole.
func (cauchyStd) ppf(q float64) float64 {
	switch {
	case q < 0.25:
		return -1 / math.Tan(math.Pi*q)
	case q > 0.75:
		return 1 / math.Tan(math.Pi*(1-q))
	}
	return math.Tan(math.Pi * (q - 0.5))
}

// isf uses the symmetry ISF(q) = -PPF(q).
func (c cauchyStd) isf(q float64) float64 { return -c.ppf(q) }

func (cauchyStd) stats() (mean, variance, skew, kurt float64) {
	return math.NaN(), math.NaN(), math.NaN(), math.NaN()
}

// entropy is log(4π).
func (cauchyStd) entropy() float64 { return math.Log(4 * math.Pi) }

func (cauchyStd) rawMoment(int) float64 { return math.NaN() }

func (c cauchyStd) rand(r *rand.Rand) float64 { return c.ppf(openUnit(r)) }
