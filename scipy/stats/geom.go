package stats

import "math"

// Geom is the geometric distribution, scipy.stats.geom(p, loc): the number
// of trials up to and including the first success,
//
//	PMF(k) = (1-p)ᵏ⁻¹·p,  k = 1, 2, … (shifted by loc),
//
// with CDF = -expm1(k·log1p(-p)) and SF = exp(k·log1p(-p)), so neither
// tail rounds 1-p.
type Geom struct{ discrete }

var _ Discrete = (*Geom)(nil)

// NewGeom returns the geometric distribution with success probability p in
// (0, 1], shifted by loc. It returns an ErrValue error naming the argument
// for a p outside (0, 1] (or NaN) or a non-finite loc.
func NewGeom(p, loc float64) (*Geom, error) {
	const fn = "NewGeom"
	if !(p > 0 && p <= 1) {
		return nil, newErr(ErrValue, fn, "p", "must be in (0, 1], got %v", p)
	}
	if err := discreteCheckLoc(fn, loc); err != nil {
		return nil, err
	}
	return &Geom{newDiscrete(geomStd{p: p, l1q: math.Log1p(-p)}, loc)}, nil
}

// geomStd is the geometric distribution with loc 0; l1q is log(1-p).
type geomStd struct{ p, l1q float64 }

func (geomStd) support() (float64, float64) { return 1, math.Inf(1) }

func (g geomStd) logpmf(k float64) float64 {
	if g.p == 1 {
		if k == 1 {
			return 0
		}
		return math.Inf(-1)
	}
	return (k-1)*g.l1q + math.Log(g.p)
}

func (g geomStd) pmf(k float64) float64   { return math.Exp(g.logpmf(k)) }
func (g geomStd) cdf(k float64) float64   { return -math.Expm1(k * g.l1q) }
func (g geomStd) sf(k float64) float64    { return math.Exp(k * g.l1q) }
func (g geomStd) ppf(q float64) float64   { return discretePPF(g, q, math.Ceil(math.Log1p(-q)/g.l1q)-1) }
func (g geomStd) isf(q float64) float64   { return discreteISF(g, q, math.Ceil(math.Log(q)/g.l1q)-1) }
func (g geomStd) mode() float64           { return 1 }
func (g geomStd) ratio(float64) float64   { return 1 - g.p }
func (g geomStd) rawMoment(n int) float64 { return geomRaw(n, g.p) }

func (g geomStd) stats() (mean, variance, skew, kurt float64) {
	p, q := g.p, 1-g.p
	return 1 / p, q / (p * p), (2 - p) / math.Sqrt(q), (p*p - 6*p + 6) / q
}

// entropy is -log p - (1-p)·log(1-p)/p (0 for p = 1, where SciPy's formula
// gives 0·∞).
func (g geomStd) entropy() float64 {
	if g.p == 1 {
		return 0
	}
	return -math.Log(g.p) - (1-g.p)/g.p*g.l1q
}

// geomRaw is E[Yⁿ] for Y = 1 + G, G the number of failures, whose
// factorial moments are k!·((1-p)/p)ᵏ, by the binomial expansion (all
// terms positive).
func geomRaw(n int, p float64) float64 {
	r := (1 - p) / p
	g := make([]float64, n+1) // E[Gʲ]
	g[0] = 1
	for j := 1; j <= n; j++ {
		g[j] = discreteRawFromFactorial(j, func(k int) float64 { return math.Gamma(float64(k+1)) * math.Pow(r, float64(k)) })
	}
	var sum float64
	c := 1.0
	for j := 0; j <= n; j++ {
		sum += c * g[j]
		c = c * float64(n-j) / float64(j+1)
	}
	return sum
}
