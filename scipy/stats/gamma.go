package stats

import (
	"math"
	"math/rand/v2"

	"github.com/goscipy/goscipy/scipy/special"
)

// Gamma is the gamma distribution with shape a, scipy.stats.gamma(a, loc,
// scale):
//
//	PDF(x) = y^(a-1) e^(-y) / (Γ(a)·scale),  y = (x-loc)/scale ≥ 0.
//
// CDF and SF are the regularized incomplete gamma functions P(a, y) and
// Q(a, y) (special.Gammainc, special.Gammaincc), each computed directly;
// LogCDF and LogSF switch to their series and continued fraction in
// logarithms where the values underflow. PPF and ISF are
// special.Gammaincinv and special.Gammainccinv.
type Gamma struct {
	continuous
	a float64
}

// NewGamma returns the gamma distribution with shape a. It returns an
// ErrValue error unless a is positive and finite, loc is finite and scale
// is positive and finite.
func NewGamma(a, loc, scale float64) (*Gamma, error) {
	if err := checkPositive("NewGamma", "a", a); err != nil {
		return nil, err
	}
	if err := checkLocScale("NewGamma", loc, scale); err != nil {
		return nil, err
	}
	return &Gamma{continuous{std: gammaStd{a}, loc: loc, scale: scale}, a}, nil
}

// gammaStd is the standard gamma distribution with shape a.
type gammaStd struct{ a float64 }

func (gammaStd) support() (float64, float64) { return 0, math.Inf(1) }

func (g gammaStd) pdf(y float64) float64 {
	if y < 0 || math.IsInf(y, 1) {
		return 0
	}
	if y == 0 {
		switch {
		case g.a < 1:
			return math.Inf(1)
		case g.a == 1:
			return 1
		}
		return 0
	}
	// y^(a-1)·e^(-y)/Γ(a) directly where nothing overflows: exp of the
	// logarithm would multiply its rounding by |log pdf| (~480 at
	// y = 1e-300).
	if g.a < 170 {
		if v := math.Pow(y, g.a-1) * math.Exp(-y) / math.Gamma(g.a); v > 0x1p-1000 && !math.IsInf(v, 0) {
			return v
		}
	}
	return math.Exp(g.logpdf(y))
}

// logpdf is (a-1)·log y - y - log Γ(a).
func (g gammaStd) logpdf(y float64) float64 {
	if y < 0 || math.IsInf(y, 1) {
		return math.Inf(-1)
	}
	if y == 0 {
		return math.Log(g.pdf(0))
	}
	return special.Xlogy(g.a-1, y) - y - special.Gammaln(g.a)
}

func (g gammaStd) cdf(y float64) float64 {
	if y <= 0 {
		return 0
	}
	return special.Gammainc(g.a, y)
}

func (g gammaStd) logcdf(y float64) float64 {
	if y <= 0 {
		return math.Inf(-1)
	}
	return sfdLogGammaP(g.a, y)
}

func (g gammaStd) sf(y float64) float64 {
	if y <= 0 {
		return 1
	}
	return special.Gammaincc(g.a, y)
}

func (g gammaStd) logsf(y float64) float64 {
	if y <= 0 {
		return 0
	}
	return sfdLogGammaQ(g.a, y)
}

func (g gammaStd) ppf(q float64) float64 { return special.Gammaincinv(g.a, q) }
func (g gammaStd) isf(q float64) float64 { return special.Gammainccinv(g.a, q) }

// stats: mean a, variance a, skewness 2/√a, excess kurtosis 6/a.
func (g gammaStd) stats() (mean, variance, skew, kurt float64) {
	return g.a, g.a, 2 / math.Sqrt(g.a), 6 / g.a
}

// entropy is a + log Γ(a) + (1-a)ψ(a).
func (g gammaStd) entropy() float64 {
	return g.a + special.Gammaln(g.a) + (1-g.a)*special.Digamma(g.a)
}

// rawMoment is the rising factorial a(a+1)…(a+n-1).
func (g gammaStd) rawMoment(n int) float64 { return sfdPoch(g.a, n) }

func (g gammaStd) rand(r *rand.Rand) float64 { return sfdRandGamma(r, g.a) }

// sfdPoch is the rising factorial a(a+1)…(a+n-1), 1 for n = 0.
func sfdPoch(a float64, n int) float64 {
	p := 1.0
	for k := 0; k < n; k++ {
		p *= a + float64(k)
	}
	return p
}

// sfdRandGamma draws a standard gamma variate of shape a by Marsaglia and
// Tsang's method (2000), with the boost G(a) = G(a+1)·U^(1/a) for a < 1
// (in logarithms, so that tiny shapes do not underflow to 0 needlessly).
func sfdRandGamma(r *rand.Rand, a float64) float64 {
	if a < 1 {
		g := sfdRandGamma(r, a+1)
		return g * math.Exp(math.Log(openUnit(r))/a)
	}
	d := a - 1.0/3
	c := 1 / math.Sqrt(9*d)
	for {
		x := r.NormFloat64()
		v := 1 + c*x
		if v <= 0 {
			continue
		}
		v = v * v * v
		u := openUnit(r)
		if u < 1-0.0331*x*x*x*x || math.Log(u) < 0.5*x*x+d*(1-v+math.Log(v)) {
			return d * v
		}
	}
}
