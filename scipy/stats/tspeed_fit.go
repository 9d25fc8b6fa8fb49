package stats

import (
	"math"

	"github.com/goscipy/goscipy/scipy/special"
)

// tsCont returns the embedded continuous distribution, so that Fit can
// evaluate the log-density of its result without an interface call and a
// logarithm of the scale per point.
func (d continuous) tsCont() continuous { return d }

// tsNLL is -Σ d.LogPDF(x) over data, summed in order: for a distribution
// built on continuous (whose LogPDF no type overrides) with log(scale)
// taken once, which gives the same terms bit for bit; otherwise through
// LogPDF.
func tsNLL(d Continuous, data []float64) float64 {
	nll := 0.0
	b, ok := d.(interface{ tsCont() continuous })
	if !ok {
		for _, x := range data {
			nll -= d.LogPDF(x)
		}
		return nll
	}
	c := b.tsCont()
	ls := math.Log(c.scale)
	for _, x := range data {
		nll -= c.std.logpdf((x-c.loc)/c.scale) - ls
	}
	return nll
}

// fitGammaLik is gamma's standard form for the likelihood: log Γ(a) once
// per parameter vector instead of once per point.
type fitGammaLik struct {
	gammaStd
	lg float64
}

// logpdf is gammaStd's, with log Γ(a) from the field.
func (g fitGammaLik) logpdf(y float64) float64 {
	if y > 0 && !math.IsInf(y, 1) {
		return special.Xlogy(g.a-1, y) - y - g.lg
	}
	return g.gammaStd.logpdf(y)
}

func fitLikGamma(s []float64) (standard, bool) {
	if !fitFinitePositive(s[0]) {
		return nil, false
	}
	return fitGammaLik{gammaStd{s[0]}, special.Gammaln(s[0])}, true
}

// fitWeibullLik is weibull_min's standard form for the likelihood: log c
// once per parameter vector instead of once per point.
type fitWeibullLik struct {
	weibullStd
	logc float64
}

// logpdf is weibullStd's, with log c from the field.
func (w fitWeibullLik) logpdf(y float64) float64 {
	if y > 0 && !math.IsInf(y, 1) {
		return w.logc + (w.c-1)*math.Log(y) - math.Pow(y, w.c)
	}
	return w.weibullStd.logpdf(y)
}

func fitLikWeibullMin(s []float64) (standard, bool) {
	if !fitFinitePositive(s[0]) {
		return nil, false
	}
	return fitWeibullLik{weibullStd{s[0]}, math.Log(s[0])}, true
}
