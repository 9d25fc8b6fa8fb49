package stats

import (
	"math"
	"math/rand/v2"

	"github.com/goscipy/goscipy/scipy/special"
)

// InvGamma is the inverse gamma distribution with shape a,
// scipy.stats.invgamma(a, loc, scale), the distribution of 1/G for G
// standard gamma with shape a:
//
//	PDF(x) = y^(-a-1) e^(-1/y) / (Γ(a)·scale),  y = (x-loc)/scale > 0.
//
// CDF(y) = Q(a, 1/y) and SF(y) = P(a, 1/y) (special.Gammaincc,
// special.Gammainc), PPF(q) = 1/Gammainccinv(a, q) and ISF(q) =
// 1/Gammaincinv(a, q).
type InvGamma struct {
	continuous
	a float64
}

// NewInvGamma returns the inverse gamma distribution with shape a. It
// returns an ErrValue error unless a is positive and finite, loc is finite
// and scale is positive and finite.
func NewInvGamma(a, loc, scale float64) (*InvGamma, error) {
	if err := checkPositive("NewInvGamma", "a", a); err != nil {
		return nil, err
	}
	if err := checkLocScale("NewInvGamma", loc, scale); err != nil {
		return nil, err
	}
	return &InvGamma{continuous{std: invgammaStd{a}, loc: loc, scale: scale}, a}, nil
}

type invgammaStd struct{ a float64 }

func (invgammaStd) support() (float64, float64) { return 0, math.Inf(1) }

func (g invgammaStd) pdf(y float64) float64 {
	if !(y > 0) || math.IsInf(y, 1) {
		if math.IsNaN(y) {
			return y
		}
		return 0
	}
	if g.a < 170 {
		if v := math.Pow(y, -g.a-1) * math.Exp(-1/y) / math.Gamma(g.a); v > 0x1p-1000 && !math.IsInf(v, 0) {
			return v
		}
	}
	return math.Exp(g.logpdf(y))
}

// logpdf is -(a+1)·log y - 1/y - log Γ(a).
func (g invgammaStd) logpdf(y float64) float64 {
	if !(y > 0) || math.IsInf(y, 1) {
		if math.IsNaN(y) {
			return y
		}
		return math.Inf(-1)
	}
	return -(g.a+1)*math.Log(y) - 1/y - special.Gammaln(g.a)
}

func (g invgammaStd) cdf(y float64) float64 {
	if y <= 0 {
		return 0
	}
	return special.Gammaincc(g.a, 1/y)
}

func (g invgammaStd) logcdf(y float64) float64 {
	if y <= 0 {
		return math.Inf(-1)
	}
	return sfdLogGammaQ(g.a, 1/y)
}

func (g invgammaStd) sf(y float64) float64 {
	if y <= 0 {
		return 1
	}
	return special.Gammainc(g.a, 1/y)
}

func (g invgammaStd) logsf(y float64) float64 {
	if y <= 0 {
		return 0
	}
	return sfdLogGammaP(g.a, 1/y)
}

func (g invgammaStd) ppf(q float64) float64 { return 1 / special.Gammainccinv(g.a, q) }
func (g invgammaStd) isf(q float64) float64 { return 1 / special.Gammaincinv(g.a, q) }

// stats: mean 1/(a-1) (a > 1, else +Inf), variance 1/((a-1)²(a-2)) (a > 2,
// else +Inf), skewness 4√(a-2)/(a-3) (a > 3, else NaN), excess kurtosis
// 6(5a-11)/((a-3)(a-4)) (a > 4, else NaN): SciPy's values.
func (g invgammaStd) stats() (mean, variance, skew, kurt float64) {
	a := g.a
	mean, variance, skew, kurt = math.Inf(1), math.Inf(1), math.NaN(), math.NaN()
	if a > 1 {
		mean = 1 / (a - 1)
	}
	if a > 2 {
		variance = 1 / ((a - 1) * (a - 1) * (a - 2))
	}
	if a > 3 {
		skew = 4 * math.Sqrt(a-2) / (a - 3)
	}
	if a > 4 {
		kurt = 6 * (5*a - 11) / ((a - 3) * (a - 4))
	}
	return mean, variance, skew, kurt
}

// entropy is a - (a+1)ψ(a) + log Γ(a).
func (g invgammaStd) entropy() float64 {
	return g.a - (g.a+1)*special.Digamma(g.a) + special.Gammaln(g.a)
}

// rawMoment is Γ(a-n)/Γ(a) = 1/((a-1)…(a-n)) for n < a, +Inf otherwise.
func (g invgammaStd) rawMoment(n int) float64 {
	if float64(n) >= g.a {
		return math.Inf(1)
	}
	m := 1.0
	for k := 1; k <= n; k++ {
		m /= g.a - float64(k)
	}
	return m
}

func (g invgammaStd) rand(r *rand.Rand) float64 { return 1 / sfdRandGamma(r, g.a) }
