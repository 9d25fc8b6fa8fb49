package stats

import (
	"math"
	"slices"
	"sort"

	"github.com/goscipy/goscipy/scipy/special"
)

// The families of the package's continuous distributions, for Fit. Each
// is SciPy's distribution object of the same name (NormFamily is
// scipy.stats.norm); New builds members with the matching constructor.
var (
	NormFamily       = fitFamily0("norm", wrap0(NewNorm))
	ExponFamily      = fitFamily0("expon", wrap0(NewExpon))
	UniformFamily    = fitFamily0("uniform", wrap0(NewUniform))
	CauchyFamily     = fitFamily0("cauchy", wrap0(NewCauchy))
	LaplaceFamily    = fitFamily0("laplace", wrap0(NewLaplace))
	LogisticFamily   = fitFamily0("logistic", wrap0(NewLogistic))
	GumbelRFamily    = fitFamily0("gumbel_r", wrap0(NewGumbelR))
	GumbelLFamily    = fitFamily0("gumbel_l", wrap0(NewGumbelL))
	RayleighFamily   = fitFamily0("rayleigh", wrap0(NewRayleigh))
	MaxwellFamily    = fitFamily0("maxwell", wrap0(NewMaxwell))
	LognormFamily    = fitFamily1("lognorm", "s", wrap1(NewLognorm))
	GammaFamily      = fitFamily1("gamma", "a", wrap1(NewGamma))
	InvGaussFamily   = fitFamily1("invgauss", "mu", wrap1(NewInvGauss))
	ParetoFamily     = fitFamily1("pareto", "b", wrap1(NewPareto))
	WeibullMinFamily = fitFamily1("weibull_min", "c", wrap1(NewWeibullMin))
	WeibullMaxFamily = fitFamily1("weibull_max", "c", wrap1(NewWeibullMax))
	SkewNormFamily   = fitFamily1("skewnorm", "a", wrap1(NewSkewNorm))
	GenExtremeFamily = fitFamily1("genextreme", "c", wrap1(NewGenExtreme))
	GenParetoFamily  = fitFamily1("genpareto", "c", wrap1(NewGenPareto))
	TFamily          = fitFamily1("t", "df", wrap1(NewT))
	Chi2Family       = fitFamily1("chi2", "df", wrap1(NewChi2))
	InvGammaFamily   = fitFamily1("invgamma", "a", wrap1(NewInvGamma))
	TriangFamily     = fitFamily1("triang", "c", wrap1(NewTriang))
	VonMisesFamily   = fitFamily1("vonmises", "kappa", wrap1(NewVonMises))
	BetaFamily       = fitFamily2("beta", "a", "b", wrap2(NewBeta))
	FFamily          = fitFamily2("f", "dfn", "dfd", wrap2(NewF))
	ExponweibFamily  = fitFamily2("exponweib", "a", "c", wrap2(NewExponweib))
	TruncNormFamily  = fitFamily2("truncnorm", "a", "b", wrap2(NewTruncNorm))
)

// fitRegistry is every family, in registration order.
var fitRegistry []*Family

// Families returns the package's continuous families sorted by SciPy
// name (a new slice each call).
func Families() []*Family {
	out := slices.Clone(fitRegistry)
	sort.Slice(out, func(i, j int) bool { return out[i].name < out[j].name })
	return out
}

// fitRegister adds families to Families; a distribution's file may call
// it from its own init (all inits run before any caller of Families).
func fitRegister(fs ...*Family) { fitRegistry = append(fitRegistry, fs...) }

func init() {
	// SciPy's _open_support_mask: the ends of the support are outside.
	for _, f := range []*Family{InvGammaFamily, InvGaussFamily, LognormFamily, RayleighFamily} {
		f.open = true
	}
	ExponweibFamily.lik = fitLikExponweib
	InvGaussFamily.lik = fitLikInvGauss
	VonMisesFamily.lik = fitLikVonMises
	SkewNormFamily.lik = fitLikSkewNorm
	TruncNormFamily.lik = fitLikTruncNorm
	GammaFamily.lik = fitLikGamma
	WeibullMinFamily.lik = fitLikWeibullMin
	// SciPy's own _fitstart and fit methods.
	CauchyFamily.start = fitStartCauchy
	GammaFamily.start = fitStartGamma
	BetaFamily.start = fitStartBeta
	GenExtremeFamily.start = fitStartGenExtreme
	TruncNormFamily.start = fitStartTruncNorm
	NormFamily.fit = fitNorm
	ExponFamily.fit = fitExpon
	UniformFamily.fit = fitUniform
	LaplaceFamily.fit = fitLaplace
	LogisticFamily.fit = fitLogistic
	GumbelRFamily.fit = fitGumbelR
	GumbelLFamily.fit = fitGumbelL
	RayleighFamily.fit = fitRayleigh
	LognormFamily.fit = fitLognorm
	GammaFamily.fit = fitGamma
	InvGaussFamily.fit = fitInvGauss
	ParetoFamily.fit = fitPareto
	BetaFamily.fit = fitBeta
	WeibullMinFamily.fit = fitWeibullMin
	SkewNormFamily.fit = fitSkewNorm

	fitRegister(
		NormFamily, ExponFamily, UniformFamily, CauchyFamily, LaplaceFamily,
		LogisticFamily, GumbelRFamily, GumbelLFamily, RayleighFamily,
		MaxwellFamily, LognormFamily, GammaFamily, InvGaussFamily,
		ParetoFamily, WeibullMinFamily, WeibullMaxFamily, SkewNormFamily,
		GenExtremeFamily, GenParetoFamily, TFamily, Chi2Family,
		InvGammaFamily, TriangFamily, VonMisesFamily, BetaFamily, FFamily,
		ExponweibFamily, TruncNormFamily,
	)
}

// Constructors of families with zero, one and two shape parameters. A
// family added later (NCT, NCX2, …) is an exported variable such as
//
//	NCTFamily = fitFamily2("nct", "df", "nc", wrap2(NewNCT))
//
// registered with fitRegister in an init, plus, where SciPy has them, its
// _fitstart (start), fit, _open_support_mask (open) and a cheap
// likelihood form (lik) when the constructor integrates moments.
func fitFamily0(name string, build func([]float64) (Continuous, error)) *Family {
	return &Family{name: name, build: build}
}

func fitFamily1(name, s string, build func([]float64) (Continuous, error)) *Family {
	return &Family{name: name, shapes: []string{s}, build: build}
}

func fitFamily2(name, s1, s2 string, build func([]float64) (Continuous, error)) *Family {
	return &Family{name: name, shapes: []string{s1, s2}, build: build}
}

func wrap0[D Continuous](ctor func(loc, scale float64) (D, error)) func([]float64) (Continuous, error) {
	return func(p []float64) (Continuous, error) {
		d, err := ctor(p[0], p[1])
		if err != nil {
			return nil, err
		}
		return d, nil
	}
}

func wrap1[D Continuous](ctor func(s, loc, scale float64) (D, error)) func([]float64) (Continuous, error) {
	return func(p []float64) (Continuous, error) {
		d, err := ctor(p[0], p[1], p[2])
		if err != nil {
			return nil, err
		}
		return d, nil
	}
}

func wrap2[D Continuous](ctor func(s1, s2, loc, scale float64) (D, error)) func([]float64) (Continuous, error) {
	return func(p []float64) (Continuous, error) {
		d, err := ctor(p[0], p[1], p[2], p[3])
		if err != nil {
			return nil, err
		}
		return d, nil
	}
}

// fitStartCauchy is cauchy's _fitstart: the median and half the
// interquartile range.
func fitStartCauchy(_ *Family, data []float64) []float64 {
	s := slices.Clone(data)
	sort.Float64s(s)
	p25, p50, p75 := percentile(s, 25, "linear"), percentile(s, 50, "linear"), percentile(s, 75, "linear")
	return []float64{p50, (p75 - p25) / 2}
}

// fitStartGamma is gamma's _fitstart: the shape 4/g1² from the sample
// skewness g1 (regularized by 1e-8).
func fitStartGamma(f *Family, data []float64) []float64 {
	g := skewOf(data, false)
	return f.startFromShapes(data, []float64{4 / (1e-8 + g*g)})
}

// fitStartGenExtreme is genextreme's _fitstart: c = ±0.5 by the sign of
// the skewness.
func fitStartGenExtreme(f *Family, data []float64) []float64 {
	c := -0.5
	if skewOf(data, false) < 0 {
		c = 0.5
	}
	return f.startFromShapes(data, []float64{c})
}

// fitStartTruncNorm is truncnorm's _fitstart: the truncation points at
// the data's extremes.
func fitStartTruncNorm(f *Family, data []float64) []float64 {
	lo, hi := fitMinMax(data)
	return f.startFromShapes(data, []float64{lo, hi})
}

// fitStartBeta is beta's _fitstart: the (a, b) whose skewness and excess
// kurtosis equal the sample's, solved from (1, 1) (SciPy uses fsolve and
// keeps its last point when it fails; here Newton's method with a
// numerical Jacobian, and (1, 1) on failure).
func fitStartBeta(f *Family, data []float64) []float64 {
	g1 := skewOf(data, false)
	g2 := kurtosisOf(data, false, false)
	F := func(v [2]float64) [2]float64 {
		a, b := v[0], v[1]
		sk := 2 * (b - a) * math.Sqrt(a+b+1) / (a + b + 2) / math.Sqrt(a*b)
		ku := a*a*a - a*a*(2*b-1) + b*b*(b+1) - 2*a*b*(b+2)
		ku /= a * b * (a + b + 2) * (a + b + 3)
		ku *= 6
		return [2]float64{sk - g1, ku - g2}
	}
	jac := func(v [2]float64) [2][2]float64 {
		var j [2][2]float64
		f0 := F(v)
		for k := 0; k < 2; k++ {
			w := v
			h := 1.4901161193847656e-08 * math.Max(math.Abs(v[k]), 1)
			w[k] += h
			f1 := F(w)
			j[0][k] = (f1[0] - f0[0]) / h
			j[1][k] = (f1[1] - f0[1]) / h
		}
		return j
	}
	v, ok := fitNewton2(F, jac, [2]float64{1, 1}, func(v [2]float64) bool { return v[0] > 0 && v[1] > 0 })
	if !ok {
		v = [2]float64{1, 1}
	}
	return f.startFromShapes(data, v[:])
}

// Standard forms for the likelihood, with the constructors' parameter
// checks but without their numerically integrated moments.

func fitFinitePositive(v float64) bool { return v > 0 && !math.IsInf(v, 1) }

func fitLikExponweib(s []float64) (standard, bool) {
	if !fitFinitePositive(s[0]) || !fitFinitePositive(s[1]) {
		return nil, false
	}
	return &exponweibStd{a: s[0], c: s[1]}, true
}

func fitLikInvGauss(s []float64) (standard, bool) {
	if !fitFinitePositive(s[0]) {
		return nil, false
	}
	return &invgaussStd{mu: s[0]}, true
}

func fitLikVonMises(s []float64) (standard, bool) {
	if !fitFinitePositive(s[0]) {
		return nil, false
	}
	return &vonmisesStd{k: s[0], logNorm: math.Log(2 * math.Pi * special.I0e(s[0]))}, true
}

func fitLikSkewNorm(s []float64) (standard, bool) {
	a := s[0]
	if math.IsNaN(a) || math.IsInf(a, 0) {
		return nil, false
	}
	var st standard = &skewnormStd{a: math.Abs(a)}
	if a < 0 {
		st = mirrored{st}
	}
	return st, true
}

// fitLikTruncNorm is NewTruncNorm's standard form with only the
// normalization its logpdf uses.
func fitLikTruncNorm(s []float64) (standard, bool) {
	a, b := s[0], s[1]
	if math.IsNaN(a) || math.IsInf(a, 1) || math.IsNaN(b) || math.IsInf(b, -1) || !(a < b) {
		return nil, false
	}
	mirror := b <= 0 && a < 0
	if mirror {
		a, b = -b, -a
	}
	t := truncnormNormalized(a, b)
	if mirror {
		return mirrored{t}, true
	}
	return t, true
}
