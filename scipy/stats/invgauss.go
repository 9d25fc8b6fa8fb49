package stats

import (
	"math"
	"math/rand/v2"

	"github.com/goscipy/goscipy/scipy/special"
)

// InvGauss is the inverse Gaussian (Wald) distribution with mean mu,
// scipy.stats.invgauss(mu, loc, scale):
//
//	PDF(x) = exp(-(y-μ)²/(2yμ²)) / (√(2πy³)·scale),  y = (x-loc)/scale > 0.
//
// With u = (y/μ - 1)/√y and v = (y/μ + 1)/√y, CDF = Φ(u) + e^{2/μ}Φ(-v),
// computed as φ(u)·(R(-u) + R(v)) below the mean. SciPy's SF = Φ(-u) - e^{2/μ}Φ(-v) cancels in the
// upper tail (it is 0 or negative beyond a few hundred means); here, since
// e^{2/μ}φ(v) = φ(u), SF = φ(u)·(R(u) - R(v)) with the Mills ratio
// R = Φ(-x)/φ(x), and R(u) - R(v) = ∫ᵤᵛ R(x)·W(x) dx with
// W = 1/R - x = 1/(x + 2/(x + 3/(x + …))) (Laplace's continued fraction)
// by Gauss–Legendre quadrature, so the upper tail keeps its relative
// accuracy. PPF and ISF solve LogCDF = log q or LogSF = log q by
// safeguarded Newton iterations; the entropy comes from quadrature.
type InvGauss struct {
	continuous
	mu float64
}

// NewInvGauss returns the inverse Gaussian distribution with mean mu. It
// returns an ErrValue error unless mu is positive and finite, loc is
// finite and scale is positive and finite.
func NewInvGauss(mu, loc, scale float64) (*InvGauss, error) {
	if err := checkPositive("NewInvGauss", "mu", mu); err != nil {
		return nil, err
	}
	if err := checkLocScale("NewInvGauss", loc, scale); err != nil {
		return nil, err
	}
	s := &invgaussStd{mu: mu}
	// Entropy by quadrature in log y over the quantile range.
	lo, hi := math.Log(s.ppf(1e-20)), math.Log(s.isf(1e-20))
	s.ent = -sfdIntegrate(func(t float64) float64 {
		y := math.Exp(t)
		lp := s.logpdf(y)
		return y * math.Exp(lp) * lp
	}, lo, hi, 48)
	return &InvGauss{continuous{std: s, loc: loc, scale: scale}, mu}, nil
}

type invgaussStd struct {
	mu  float64
	ent float64
}

func (*invgaussStd) support() (float64, float64) { return 0, math.Inf(1) }

func (g *invgaussStd) logpdf(y float64) float64 {
	switch {
	case math.IsNaN(y):
		return y
	case !(y > 0) || math.IsInf(y, 1):
		return math.Inf(-1)
	}
	return -g.expo(y) - lnSqrt2Pi - 1.5*math.Log(y)
}

// expo is E = (y-μ)²/(2yμ²) = u²/2: as ((y-μ)/μ)²/(2y) near μ, and as
// y/(2μ²) - 1/μ + 1/(2y) away from it, where those terms do not cancel
// and each rounds once (E of several hundred in the tails).
func (g *invgaussStd) expo(y float64) float64 {
	if math.Abs(y-g.mu) < g.mu/2 {
		d := (y - g.mu) / g.mu
		return d * d / (2 * y)
	}
	return y/(2*g.mu*g.mu) - 1/g.mu + 1/(2*y)
}

func (g *invgaussStd) pdf(y float64) float64 { return math.Exp(g.logpdf(y)) }

func (g *invgaussStd) uv(y float64) (u, v float64) {
	sy := math.Sqrt(y)
	return (y/g.mu - 1) / sy, (y/g.mu + 1) / sy
}

// logcdf is log(Φ(u) + e^{2/μ}Φ(-v)), by logaddexp of the logs.
func (g *invgaussStd) logcdf(y float64) float64 {
	switch {
	case math.IsNaN(y):
		return y
	case y <= 0:
		return math.Inf(-1)
	case math.IsInf(y, 1):
		return 0
	}
	u, v := g.uv(y)
	if u >= 0 {
		return math.Log1p(-g.sf(y))
	}
	// Φ(u) + e^{2/μ}Φ(-v) = φ(u)·(R(-u) + R(v)), since e^{2/μ}φ(v) = φ(u).
	return -g.expo(y) - lnSqrt2Pi + math.Log(invgaussMills(-u)+invgaussMills(v))
}

func (g *invgaussStd) cdf(y float64) float64 {
	switch {
	case math.IsNaN(y):
		return y
	case y <= 0:
		return 0
	case math.IsInf(y, 1):
		return 1
	}
	u, _ := g.uv(y)
	if u >= 0 {
		return 1 - g.sf(y) // SF ≤ SF(μ) < 1/2
	}
	return math.Exp(g.logcdf(y))
}

// invgaussW is W(x) = 1/R(x) - x = 1/(x + 2/(x + 3/(x + …))) for x ≥ 1,
// evaluated backward from a depth at which the continued fraction has
// converged to double precision.
func invgaussW(x float64) float64 {
	n := int(math.Ceil(650/(x*x))) + 20
	t := x
	for k := n; k >= 2; k-- {
		t = x + float64(k)/t
	}
	return 1 / t
}

// invgaussMills is R(x) = Φ(-x)/φ(x) = √(π/2)·erfcx(x/√2).
func invgaussMills(x float64) float64 { return math.Sqrt(math.Pi/2) * special.Erfcx(x/math.Sqrt2) }

// logsf is log φ(u) + log(R(u) - R(v)), the difference from the integral
// of R·W over [u, v] where it would cancel (u ≥ 1 and v - u ≤ u).
func (g *invgaussStd) logsf(y float64) float64 {
	switch {
	case math.IsNaN(y):
		return y
	case y <= 0:
		return 0
	case math.IsInf(y, 1):
		return math.Inf(-1)
	}
	u, v := g.uv(y)
	if u < 1 {
		if s := g.sf(y); s > 0.5 {
			return math.Log1p(-g.cdf(y))
		}
		return math.Log(g.sf(y))
	}
	var diff float64
	if v-u > u {
		diff = invgaussMills(u) - invgaussMills(v)
	} else {
		diff = sfdIntegrate(func(x float64) float64 { return invgaussMills(x) * invgaussW(x) }, u, v, 2)
	}
	return -g.expo(y) - lnSqrt2Pi + math.Log(diff)
}

func (g *invgaussStd) sf(y float64) float64 {
	switch {
	case math.IsNaN(y):
		return y
	case y <= 0:
		return 1
	case math.IsInf(y, 1):
		return 0
	}
	u, v := g.uv(y)
	if u < 1 {
		// Φ(-u) ≥ Φ(-1): the subtraction loses at most a few bits.
		return special.Ndtr(-u) - math.Exp(2/g.mu+special.LogNdtr(-v))
	}
	return math.Exp(g.logsf(y))
}

// quantile solves log CDF = log p (p ≤ pc) or log SF = log pc in log y.
func (g *invgaussStd) quantile(p, pc float64) float64 {
	// Start from the lognormal with the same mean and variance.
	s2 := math.Log1p(g.mu)
	y0 := math.Log(g.mu) - s2/2
	if p <= pc {
		y0 += math.Sqrt(s2) * special.Ndtri(p)
		if p < 1e-3 {
			y0 = math.Log(1 / (-2 * math.Log(p))) // log CDF ≈ -1/(2y)
		}
		lp := math.Log(p)
		t := sfdSolve(func(t float64) float64 { return g.logcdf(math.Exp(t)) - lp },
			func(t float64) float64 { y := math.Exp(t); return y * math.Exp(g.logpdf(y)-g.logcdf(y)) },
			math.Inf(-1), math.Inf(1), y0, true)
		return math.Exp(t)
	}
	y0 -= math.Sqrt(s2) * special.Ndtri(pc)
	if pc < 1e-3 {
		y0 = math.Log(g.mu + 2*g.mu*g.mu*-math.Log(pc)) // log SF ≈ -y/(2μ²)
	}
	lq := math.Log(pc)
	t := sfdSolve(func(t float64) float64 { return g.logsf(math.Exp(t)) - lq },
		func(t float64) float64 { y := math.Exp(t); return -y * math.Exp(g.logpdf(y)-g.logsf(y)) },
		math.Inf(-1), math.Inf(1), y0, false)
	return math.Exp(t)
}

func (g *invgaussStd) ppf(q float64) float64 { return g.quantile(q, 1-q) }
func (g *invgaussStd) isf(q float64) float64 { return g.quantile(1-q, q) }

// stats: mean μ, variance μ³, skewness 3√μ, excess kurtosis 15μ.
func (g *invgaussStd) stats() (mean, variance, skew, kurt float64) {
	m := g.mu
	return m, m * m * m, 3 * math.Sqrt(m), 15 * m
}

func (g *invgaussStd) entropy() float64 { return g.ent }

// rawMoment is μⁿ Σ_{k<n} (n-1+k)!/(k!(n-1-k)!)·(μ/2)^k.
func (g *invgaussStd) rawMoment(n int) float64 {
	var s float64
	c := 1.0 // (n-1+k)!/(k!(n-1-k)!)
	for k := 0; k < n; k++ {
		s += c * math.Pow(g.mu/2, float64(k))
		c = c * float64(n+k) * float64(n-1-k) / float64(k+1)
	}
	return math.Pow(g.mu, float64(n)) * s
}

// rand is Michael, Schucany and Haas's (1976) transformation method.
func (g *invgaussStd) rand(r *rand.Rand) float64 {
	m := g.mu
	n := r.NormFloat64()
	y := n * n
	x := m + m*m*y/2 - m/2*math.Sqrt(4*m*y+m*m*y*y)
	if openUnit(r) <= m/(m+x) {
		return x
	}
	return m * m / x
}
