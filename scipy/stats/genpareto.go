package stats

import (
	"math"
	"math/rand/v2"

	"github.com/goscipy/goscipy/scipy/special"
)

// GenPareto is the generalized Pareto distribution with shape c,
// scipy.stats.genpareto(c, loc, scale):
//
//	SF(x) = (1 + c·y)^(-1/c)  (e^(-y) for c = 0),  PDF(x) = (1 + c·y)^(-1-1/c)/scale,
//
// on y ≥ 0, and y ≤ -1/c for c < 0. Every method is written through the
// cumulative hazard H(y) = log1p(c·y)/c (SF = e^(-H), CDF = -expm1(-H)),
// so small c and both tails keep their relative accuracy; PPF and ISF are
// expm1(-c·log1p(-q))/c and expm1(-c·log q)/c.
type GenPareto struct {
	continuous
	c float64
}

// NewGenPareto returns the generalized Pareto distribution with shape c
// (any finite c; c = 0 is the exponential distribution). It returns an
// ErrValue error unless c and loc are finite and scale is positive and
// finite.
func NewGenPareto(c, loc, scale float64) (*GenPareto, error) {
	if math.IsNaN(c) || math.IsInf(c, 0) {
		return nil, newErr(ErrValue, "NewGenPareto", "c", "must be finite, got %v", c)
	}
	if err := checkLocScale("NewGenPareto", loc, scale); err != nil {
		return nil, err
	}
	return &GenPareto{continuous{std: genparetoStd{c}, loc: loc, scale: scale}, c}, nil
}

type genparetoStd struct{ c float64 }

func (g genparetoStd) support() (float64, float64) {
	if g.c < 0 {
		return 0, -1 / g.c
	}
	return 0, math.Inf(1)
}

// hazard is H(y) = log1p(c·y)/c (y for c = 0), for y in the support.
func (g genparetoStd) hazard(y float64) float64 {
	if g.c == 0 {
		return y
	}
	return sfdLog1pMul(g.c, y) / g.c
}

// in reports whether y is inside the support (ends included).
func (g genparetoStd) in(y float64) bool {
	_, hi := g.support()
	return y >= 0 && y <= hi
}

func (g genparetoStd) pdf(y float64) float64 {
	if math.IsNaN(y) {
		return y
	}
	if !g.in(y) {
		return 0
	}
	return math.Exp(g.logpdf(y))
}

// logpdf is -(1+1/c)·log1p(c·y) (-y for c = 0), by special.Xlog1py so that
// c = -1 gives the uniform density 1 at the upper end.
func (g genparetoStd) logpdf(y float64) float64 {
	switch {
	case math.IsNaN(y):
		return y
	case !g.in(y) || math.IsInf(y, 1):
		return math.Inf(-1)
	case g.c == 0:
		return -y
	}
	if y == -1/g.c {
		return -special.Xlog1py(g.c+1, -1) / g.c
	}
	return -(g.c + 1) * sfdLog1pMul(g.c, y) / g.c
}

func (g genparetoStd) cdf(y float64) float64 {
	switch {
	case math.IsNaN(y):
		return y
	case y <= 0:
		return 0
	case !g.in(y):
		return 1
	}
	return -math.Expm1(-g.hazard(y))
}

func (g genparetoStd) logcdf(y float64) float64 {
	switch {
	case math.IsNaN(y):
		return y
	case y <= 0:
		return math.Inf(-1)
	case !g.in(y):
		return 0
	}
	return sfdLog1mexp(-g.hazard(y))
}

func (g genparetoStd) sf(y float64) float64 {
	switch {
	case math.IsNaN(y):
		return y
	case y <= 0:
		return 1
	case !g.in(y):
		return 0
	}
	return math.Exp(-g.hazard(y))
}

func (g genparetoStd) logsf(y float64) float64 {
	switch {
	case math.IsNaN(y):
		return y
	case y <= 0:
		return 0
	case !g.in(y):
		return math.Inf(-1)
	}
	return -g.hazard(y)
}

// fromLogSF is the y with log SF(y) = ls: expm1(-c·ls)/c, -ls for c = 0.
func (g genparetoStd) fromLogSF(ls float64) float64 {
	if g.c == 0 {
		return -ls
	}
	return math.Expm1(-g.c*ls) / g.c
}

func (g genparetoStd) ppf(q float64) float64 { return g.fromLogSF(math.Log1p(-q)) }
func (g genparetoStd) isf(q float64) float64 { return g.fromLogSF(math.Log(q)) }

// stats are SciPy's: mean 1/(1-c) (c < 1, else +Inf), variance
// 1/((1-c)²(1-2c)) (c < 1/2), skewness 2(1+c)√(1-2c)/(1-3c) (c < 1/3),
// excess kurtosis 3(1-2c)(2c²+c+3)/((1-3c)(1-4c)) - 3 (c < 1/4), NaN
// beyond.
func (g genparetoStd) stats() (mean, variance, skew, kurt float64) {
	c := g.c
	mean, variance, skew, kurt = math.Inf(1), math.NaN(), math.NaN(), math.NaN()
	if c < 1 {
		mean = 1 / (1 - c)
	}
	if c < 0.5 {
		variance = 1 / ((1 - c) * (1 - c) * (1 - 2*c))
	}
	if c < 1.0/3 {
		skew = 2 * (1 + c) * math.Sqrt(1-2*c) / (1 - 3*c)
	}
	if c < 0.25 {
		kurt = 3*(1-2*c)*(2*c*c+c+3)/((1-3*c)*(1-4*c)) - 3
	}
	return mean, variance, skew, kurt
}

// entropy is 1 + c.
func (g genparetoStd) entropy() float64 { return 1 + g.c }

// rawMoment is n!/Π_{k≤n}(1-k·c) for c < 1/n, +Inf otherwise.
func (g genparetoStd) rawMoment(n int) float64 {
	if g.c*float64(n) >= 1 {
		return math.Inf(1)
	}
	m := 1.0
	for k := 1; k <= n; k++ {
		m *= float64(k) / (1 - float64(k)*g.c)
	}
	return m
}

func (g genparetoStd) rand(r *rand.Rand) float64 { return g.isf(openUnit(r)) }
