package stats

import (
	"math"
	"math/rand/v2"

	"github.com/goscipy/goscipy/scipy/special"
)

// GenExtreme is the generalized extreme value distribution with shape c,
// scipy.stats.genextreme(c, loc, scale), in SciPy's sign convention (c is
// minus the ξ of most texts): with t(y) = (1 - c·y)^(1/c),
//
//	CDF(x) = exp(-t(y)),  PDF(x) = t^(1-c)·exp(-t)/scale,
//
// on y < 1/c for c > 0, y > 1/c for c < 0 and the whole line for c = 0,
// where it is the Gumbel distribution GumbelR. t comes from
// log1p(-c·y)/c, so small c keeps its accuracy; SF is -expm1(-t) and
// LogSF log(-expm1(-t)), computed directly.
type GenExtreme struct {
	continuous
	c float64
}

// NewGenExtreme returns the generalized extreme value distribution with
// shape c (any finite c). It returns an ErrValue error unless c and loc
// are finite and scale is positive and finite.
func NewGenExtreme(c, loc, scale float64) (*GenExtreme, error) {
	if math.IsNaN(c) || math.IsInf(c, 0) {
		return nil, newErr(ErrValue, "NewGenExtreme", "c", "must be finite, got %v", c)
	}
	if err := checkLocScale("NewGenExtreme", loc, scale); err != nil {
		return nil, err
	}
	var s standard = genextremeStd{c}
	if c == 0 {
		s = gumbelRStd{}
	}
	return &GenExtreme{continuous{std: s, loc: loc, scale: scale}, c}, nil
}

// genextremeStd is the standard form for c ≠ 0 (c = 0 uses gumbelRStd).
type genextremeStd struct{ c float64 }

func (g genextremeStd) support() (float64, float64) {
	if g.c > 0 {
		return math.Inf(-1), 1 / g.c
	}
	return 1 / g.c, math.Inf(1)
}

// logt is log t(y) = log1p(-c·y)/c, -Inf at the upper end for c > 0 and
// +Inf at the lower end for c < 0.
func (g genextremeStd) logt(y float64) float64 { return sfdLog1pMul(-g.c, y) / g.c }

// side is -1 below the support, +1 above it, 0 inside (ends included).
func (g genextremeStd) side(y float64) int {
	lo, hi := g.support()
	switch {
	case y < lo:
		return -1
	case y > hi:
		return 1
	}
	return 0
}

func (g genextremeStd) pdf(y float64) float64 {
	if math.IsNaN(y) {
		return y
	}
	return math.Exp(g.logpdf(y))
}

// logpdf is -t + (1/c - 1)·log1p(-c·y); at the finite end the density is 0,
// 1 (c = 1) or +Inf (c > 1).
func (g genextremeStd) logpdf(y float64) float64 {
	if math.IsNaN(y) {
		return y
	}
	if g.side(y) != 0 || math.IsInf(y, 0) {
		return math.Inf(-1)
	}
	lo, hi := g.support()
	if y == lo { // c < 0: t = +Inf
		return math.Inf(-1)
	}
	if y == hi { // c > 0: t = 0
		return math.Log(betaEnd(1/g.c, 1))
	}
	return -math.Exp(g.logt(y)) + (1/g.c-1)*sfdLog1pMul(-g.c, y)
}

func (g genextremeStd) cdf(y float64) float64 {
	switch g.side(y) {
	case -1:
		return 0
	case 1:
		return 1
	}
	return math.Exp(-math.Exp(g.logt(y)))
}

func (g genextremeStd) logcdf(y float64) float64 {
	switch g.side(y) {
	case -1:
		return math.Inf(-1)
	case 1:
		return 0
	}
	return -math.Exp(g.logt(y))
}

func (g genextremeStd) sf(y float64) float64 {
	switch g.side(y) {
	case -1:
		return 1
	case 1:
		return 0
	}
	return -math.Expm1(-math.Exp(g.logt(y)))
}

func (g genextremeStd) logsf(y float64) float64 {
	switch g.side(y) {
	case -1:
		return 0
	case 1:
		return math.Inf(-1)
	}
	lt := g.logt(y)
	if lt < -30 {
		// log(1 - e^{-t}) = log t - t/2 + O(t²), without forming t.
		return lt - math.Exp(lt)/2
	}
	return sfdLog1mexp(-math.Exp(lt))
}

// fromLogT is the y with log t(y) = lt: -expm1(c·lt)/c.
func (g genextremeStd) fromLogT(lt float64) float64 { return -math.Expm1(g.c*lt) / g.c }

func (g genextremeStd) ppf(q float64) float64 { return g.fromLogT(math.Log(-math.Log(q))) }
func (g genextremeStd) isf(q float64) float64 { return g.fromLogT(math.Log(-math.Log1p(-q))) }

// gk returns Γ(1 + k·c) for k = 1…4.
func (g genextremeStd) gk() [5]float64 {
	var out [5]float64
	for k := 1; k <= 4; k++ {
		out[k] = special.Gamma(1 + float64(k)*g.c)
	}
	return out
}

// stats are SciPy's, from g_k = Γ(1+kc): mean (1-g₁)/c, variance
// (g₂-g₁²)/c², skewness sign(c)(-g₃ + 3g₁g₂ - 2g₁³)/(g₂-g₁²)^(3/2), excess
// kurtosis (g₄ - 4g₁g₃ + 6g₁²g₂ - 3g₁⁴)/(g₂-g₁²)² - 3. The k-th of them
// exists for c > -1/k, is +Inf at c = -1/k and NaN below, as SciPy
// returns. 1-g₁ and g₂-g₁² come from expm1 of log-gamma differences so that
// small c keeps its accuracy.
func (g genextremeStd) stats() (mean, variance, skew, kurt float64) {
	c := g.c
	gk := g.gk()
	lim := func(k float64) (ok bool, v float64) {
		switch {
		case c > -1/k:
			return true, 0
		case c == -1/k:
			return false, math.Inf(1)
		}
		return false, math.NaN()
	}
	g1 := gk[1]
	omg1 := -math.Expm1(special.Gammaln(1 + c)) // 1 - g₁
	g2mg12 := g1 * g1 * math.Expm1(special.Gammaln(1+2*c)-2*special.Gammaln(1+c))
	if ok, v := lim(1); ok {
		mean = omg1 / c
	} else {
		mean = v
	}
	if ok, v := lim(2); ok {
		variance = g2mg12 / (c * c)
	} else {
		variance = v
	}
	if ok, v := lim(3); ok {
		skew = math.Copysign(1, c) * (-gk[3] + (gk[2]+2*g2mg12)*g1) / math.Pow(g2mg12, 1.5)
	} else {
		skew = v
	}
	if ok, v := lim(4); ok {
		kurt = (gk[4]+(-4*gk[3]+3*(gk[2]+g2mg12)*g1)*g1)/(g2mg12*g2mg12) - 3
	} else {
		kurt = v
	}
	return mean, variance, skew, kurt
}

// entropy is γ(1 - c) + 1.
func (g genextremeStd) entropy() float64 { return eulerGamma*(1-g.c) + 1 }

// rawMoment is c^(-n) Σ_k C(n, k)(-1)^k Γ(1+kc) for c > -1/n, +Inf at
// c = -1/n and NaN below, as SciPy's moment.
func (g genextremeStd) rawMoment(n int) float64 {
	c := g.c
	switch fn := float64(n); {
	case c == -1/fn:
		return math.Inf(1)
	case c < -1/fn:
		return math.NaN()
	}
	var s float64
	binom := 1.0
	for k := 0; k <= n; k++ {
		term := binom * special.Gamma(1+float64(k)*c)
		if k%2 == 1 {
			term = -term
		}
		s += term
		binom = binom * float64(n-k) / float64(k+1)
	}
	return s / math.Pow(c, float64(n))
}

func (g genextremeStd) rand(r *rand.Rand) float64 { return g.ppf(openUnit(r)) }
