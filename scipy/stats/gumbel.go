package stats

import (
	"math"
	"math/rand/v2"

	"github.com/goscipy/goscipy/scipy/special"
)

// eulerGamma is the Euler–Mascheroni constant γ.
const eulerGamma = 0.57721566490153286060651209008240243

// GumbelR is the right-skewed Gumbel (type I extreme value) distribution of
// maxima, scipy.stats.gumbel_r(loc, scale): CDF(x) = exp(-exp(-y)).
type GumbelR struct{ continuous }

// GumbelL is the left-skewed Gumbel distribution of minima,
// scipy.stats.gumbel_l(loc, scale): the distribution of -X for X ~
// GumbelR(-loc, scale), CDF(x) = 1 - exp(-exp(y)).
type GumbelL struct{ continuous }

// NewGumbelR returns the Gumbel distribution of maxima with location loc
// and scale scale. It returns an ErrValue error unless loc is finite and
// scale is positive and finite.
func NewGumbelR(loc, scale float64) (*GumbelR, error) {
	if err := checkLocScale("NewGumbelR", loc, scale); err != nil {
		return nil, err
	}
	return &GumbelR{continuous{std: gumbelRStd{}, loc: loc, scale: scale}}, nil
}

// NewGumbelL returns the Gumbel distribution of minima with location loc
// and scale scale. Errors as NewGumbelR.
func NewGumbelL(loc, scale float64) (*GumbelL, error) {
	if err := checkLocScale("NewGumbelL", loc, scale); err != nil {
		return nil, err
	}
	return &GumbelL{continuous{std: mirrored{gumbelRStd{}}, loc: loc, scale: scale}}, nil
}

type gumbelRStd struct{}

func (gumbelRStd) support() (float64, float64) { return math.Inf(-1), math.Inf(1) }

func (g gumbelRStd) pdf(y float64) float64 { return math.Exp(g.logpdf(y)) }

func (gumbelRStd) logpdf(y float64) float64 {
	if math.IsInf(y, -1) {
		return y // -y - e^{-y} would be Inf - Inf
	}
	return -y - math.Exp(-y)
}
func (gumbelRStd) cdf(y float64) float64    { return math.Exp(-math.Exp(-y)) }
func (gumbelRStd) logcdf(y float64) float64 { return -math.Exp(-y) }
func (gumbelRStd) sf(y float64) float64     { return -math.Expm1(-math.Exp(-y)) }

// logsf is log(1 - exp(-e^{-y})), by log1p(-CDF) where CDF is small and
// log(-expm1(…)) where it is near 1.
func (g gumbelRStd) logsf(y float64) float64 {
	switch t := math.Exp(-y); {
	case t > math.Ln2:
		return math.Log1p(-math.Exp(-t))
	case t < 1e-20:
		// log(1 - e^{-t}) = log t - t/2 + O(t²) with log t = -y, which
		// survives when e^{-y} underflows.
		return -y - t/2
	default:
		return math.Log(-math.Expm1(-t))
	}
}

func (gumbelRStd) ppf(q float64) float64 { return -math.Log(-math.Log(q)) }
func (gumbelRStd) isf(q float64) float64 { return -math.Log(-math.Log1p(-q)) }

func (gumbelRStd) stats() (mean, variance, skew, kurt float64) {
	return eulerGamma, math.Pi * math.Pi / 6, 12 * math.Sqrt(6) * special.Zeta(3) / (math.Pi * math.Pi * math.Pi), 2.4
}

func (gumbelRStd) entropy() float64 { return eulerGamma + 1 }

// rawMoment comes from the cumulants κ₁ = γ and κₖ = (k-1)!·ζ(k).
func (gumbelRStd) rawMoment(n int) float64 {
	k := make([]float64, n)
	k[0] = eulerGamma
	for j := 2; j <= n; j++ {
		k[j-1] = math.Gamma(float64(j)) * special.Zeta(float64(j))
	}
	return rawFromCumulants(k)[n-1]
}

// rand is -log(E) for E ~ Exp(1).
func (gumbelRStd) rand(r *rand.Rand) float64 { return -math.Log(r.ExpFloat64()) }
