package stats

import (
	"math"
	"math/rand/v2"

	"github.com/goscipy/goscipy/scipy/special"
)

// TruncNorm is the normal distribution truncated to [a, b] in standard
// units, scipy.stats.truncnorm(a, b, loc, scale): the support is
// [loc + a·scale, loc + b·scale] and
//
//	PDF(x) = φ(y) / ((Φ(b) - Φ(a))·scale),  y = (x-loc)/scale.
//
// Every probability is written without cancellation, however far out the
// interval lies (a = 30, b = 40 has Φ(b) - Φ(a) ≈ 5e-198): for 0 ≤ a the
// masses are ratios Φ(-y)/Φ(-a) = exp(-(y²-a²)/2)·R(y)/R(a), with the
// Mills ratio R(y) = Φ(-y)/φ(y) from special.Erfcx and y² - a² in
// double-double, and 1 - Φ(-v)/Φ(-u) comes from expm1 or, where it is
// small, from Gauss–Legendre quadrature of φ over [u, v]; b ≤ 0 is the
// mirror image, and an interval around 0 uses erf and the tails. PPF and
// ISF solve LogCDF = log q or LogSF = log q by safeguarded Newton
// iterations. The mean, variance, skewness, kurtosis, entropy and raw
// moments come from Gauss–Legendre quadrature of the density (exact to
// rounding for this smooth integrand), where SciPy's closed forms cancel
// (SciPy's variance at a = 30 loses about 6 digits).
type TruncNorm struct {
	continuous
	a, b float64
}

// NewTruncNorm returns the normal distribution truncated to [a, b] (in
// standard units), then shifted by loc and scaled by scale. a may be -Inf
// and b +Inf. It returns an ErrValue error unless a < b (neither NaN, a <
// +Inf, b > -Inf), loc is finite and scale is positive and finite.
func NewTruncNorm(a, b, loc, scale float64) (*TruncNorm, error) {
	const fn = "NewTruncNorm"
	if math.IsNaN(a) || math.IsInf(a, 1) {
		return nil, newErr(ErrValue, fn, "a", "must be a number below +Inf, got %v", a)
	}
	if math.IsNaN(b) || math.IsInf(b, -1) || !(a < b) {
		return nil, newErr(ErrValue, fn, "b", "must exceed a = %v, got %v", a, b)
	}
	if err := checkLocScale(fn, loc, scale); err != nil {
		return nil, err
	}
	var s standard
	switch {
	case a >= 0:
		s = newTruncnormStd(a, b)
	case b <= 0:
		s = mirrored{newTruncnormStd(-b, -a)}
	default:
		s = newTruncnormStd(a, b)
	}
	return &TruncNorm{continuous{std: s, loc: loc, scale: scale}, a, b}, nil
}

// truncnormStd is the standard normal truncated to [a, b] with either
// 0 ≤ a (right: everything relative to Φ(-a)) or a < 0 < b (middle).
type truncnormStd struct {
	a, b   float64
	right  bool
	logRa  float64 // right: log R(a)
	fab    float64 // right: F(a, b) = 1 - Φ(-b)/Φ(-a)
	logFab float64
	z      float64 // middle: Φ(b) - Φ(a)
	logZ   float64
	// The statistics, from quadrature over [qlo, qhi].
	mean, variance, skew, kurt, ent float64
	qlo, qhi, origin                float64 // quadrature interval; origin is a for a ≥ 0, else 0
}

// truncnormMills is log R(x), R(x) = Φ(-x)/φ(x) = √(π/2)·erfcx(x/√2).
func truncnormMills(x float64) float64 {
	if math.IsInf(x, 1) {
		return math.Inf(-1)
	}
	return math.Log(math.Sqrt(math.Pi/2) * special.Erfcx(x/math.Sqrt2))
}

// truncnormHalfSqDiff returns (v² - u²)/2 as an unevaluated sum hi + lo
// (double-double, by FMA), so that exp(-hi)·exp(-lo) keeps full relative
// accuracy even where the difference is hundreds.
func truncnormHalfSqDiff(v, u float64) (hi, lo float64) {
	h1 := v * v
	l1 := math.FMA(v, v, -h1)
	h2 := u * u
	l2 := math.FMA(u, u, -h2)
	s := h1 - h2
	bv := s - h1
	e := (h1 - (s - bv)) + (-h2 - bv)
	return s / 2, (e + l1 - l2) / 2
}

// truncnormLogRatio is log(Φ(-v)/Φ(-u)) for 0 ≤ u ≤ v, as hi + lo.
func truncnormLogRatio(u, v float64) (hi, lo float64) {
	if math.IsInf(v, 1) {
		return math.Inf(-1), 0
	}
	h, l := truncnormHalfSqDiff(v, u)
	return -h, -l + truncnormMills(v) - truncnormMills(u)
}

// truncnormF is F(u, v) = 1 - Φ(-v)/Φ(-u) = (Φ(-u) - Φ(-v))/Φ(-u) for
// 0 ≤ u ≤ v ≤ +Inf, to full relative accuracy: -expm1 of the log ratio
// where that is below -0.3, and otherwise φ(u)/Φ(-u) times the integral of
// exp(-s(2u+s)/2) over [0, v-u] by 24-point Gauss–Legendre (the exponent
// stays below 0.3 there, so the rule is exact to rounding).
func truncnormF(u, v float64) float64 {
	if v <= u {
		return 0
	}
	hi, lo := truncnormLogRatio(u, v)
	if lr := hi + lo; lr < -0.3 {
		return -math.Expm1(lr)
	}
	w := v - u
	integral := sfdIntegrate(func(s float64) float64 { return math.Exp(-s * (2*u + s) / 2) }, 0, w, 1)
	return integral * math.Exp(-truncnormMills(u))
}

func newTruncnormStd(a, b float64) *truncnormStd {
	t := truncnormNormalized(a, b)
	// The quadrature interval drops 1e-20 of the mass at each infinite
	// end; at a finite end the rounding of the quantile could drop far
	// more (pdf·ulp in a narrow interval), so the end itself is used
	// unless the quantile leaves out no more than 1e-18.
	t.qlo, t.qhi = t.ppf(1e-20), t.isf(1e-20)
	if t.qlo < a || math.IsNaN(t.qlo) || (!math.IsInf(a, 0) && t.cdf(t.qlo) > 1e-18) {
		t.qlo = a
	}
	if t.qhi > b || math.IsNaN(t.qhi) || (!math.IsInf(b, 0) && t.sf(t.qhi) > 1e-18) {
		t.qhi = b
	}
	if t.right {
		t.origin = a
	}
	mu := t.integrate(func(s float64) float64 { return s }) // E[Y - origin]
	t.mean = t.origin + mu
	c2 := t.integrate(func(s float64) float64 { d := s - mu; return d * d })
	c3 := t.integrate(func(s float64) float64 { d := s - mu; return d * d * d })
	c4 := t.integrate(func(s float64) float64 { d := s - mu; return d * d * d * d })
	t.variance, t.skew, t.kurt = c2, c3/math.Pow(c2, 1.5), c4/(c2*c2)-3
	t.ent = -t.integrate(t.logpdfS)
	return t
}

// truncnormNormalized is the standard form with only its normalization
// set: enough for the density and the tails, not for the moments (Fit's
// likelihood uses it alone).
func truncnormNormalized(a, b float64) *truncnormStd {
	t := &truncnormStd{a: a, b: b, right: a >= 0}
	if t.right {
		t.logRa = truncnormMills(a)
		t.fab = truncnormF(a, b)
		t.logFab = math.Log(t.fab)
	} else {
		t.z = (math.Erf(b/math.Sqrt2) + math.Erf(-a/math.Sqrt2)) / 2
		t.logZ = math.Log(t.z)
	}
	return t
}

// pdfS and logpdfS are the density at y = origin + s as functions of s,
// exact in s: for a ≥ 0, exp(-s(2a+s)/2)/(R(a)·F(a, b)), so that the
// quadrature of the moments never rounds origin + s (which in a narrow
// interval far out would cost ulp(a)/(b-a) relative).
func (t *truncnormStd) logpdfS(s float64) float64 {
	if t.right {
		return -s*(2*t.a+s)/2 - t.logRa - t.logFab
	}
	return t.logpdf(s)
}

func (t *truncnormStd) pdfS(s float64) float64 {
	if t.right {
		return math.Exp(-s*(2*t.a+s)/2-t.logRa) / t.fab
	}
	return t.pdf(s)
}

// integrate is E[g(Y - origin)] by 64 panels of Gauss–Legendre in
// s = y - origin over the interval holding all but 2e-20 of the mass,
// divided by the same rule's total mass so that the normalisation cancels.
func (t *truncnormStd) integrate(g func(float64) float64) float64 {
	lo, hi := t.qlo-t.origin, t.qhi-t.origin
	num := sfdIntegrate(func(s float64) float64 { return g(s) * t.pdfS(s) }, lo, hi, 64)
	den := sfdIntegrate(t.pdfS, lo, hi, 64)
	return num / den
}

func (t *truncnormStd) support() (float64, float64) { return t.a, t.b }

func (t *truncnormStd) out(y float64) bool { return y < t.a || y > t.b || math.IsInf(y, 0) }

func (t *truncnormStd) logpdf(y float64) float64 {
	switch {
	case math.IsNaN(y):
		return y
	case t.out(y):
		return math.Inf(-1)
	case t.right:
		h, l := truncnormHalfSqDiff(y, t.a)
		return -h - l - t.logRa - t.logFab
	}
	return -0.5*y*y - lnSqrt2Pi - t.logZ
}

// pdf is exp(-(y²-a²)/2)/(R(a)·F(a, b)) for a ≥ 0 and φ(y)/Z around 0.
func (t *truncnormStd) pdf(y float64) float64 {
	switch {
	case math.IsNaN(y):
		return y
	case t.out(y):
		return 0
	case t.right:
		h, l := truncnormHalfSqDiff(y, t.a)
		return math.Exp(-h) * math.Exp(-l-t.logRa) / t.fab
	}
	return expHalfSq(y) / math.Sqrt(2*math.Pi) / t.z
}

// lowerMass is log P(a ≤ Y ≤ y)·Z-normalised: log CDF(y).
func (t *truncnormStd) logcdf(y float64) float64 {
	switch {
	case math.IsNaN(y):
		return y
	case y <= t.a:
		return math.Inf(-1)
	case y >= t.b:
		return 0
	case t.right:
		if c := t.cdf(y); c > 0.5 {
			return math.Log1p(-t.sf(y))
		}
		return math.Log(truncnormF(t.a, y)) - t.logFab
	case y <= 0:
		return special.LogNdtr(y) + math.Log(truncnormF(-y, -t.a)) - t.logZ
	}
	if c := t.cdf(y); c > 0.5 {
		return math.Log1p(-t.sf(y))
	}
	return math.Log(t.cdf(y))
}

func (t *truncnormStd) cdf(y float64) float64 {
	switch {
	case math.IsNaN(y):
		return y
	case y <= t.a:
		return 0
	case y >= t.b:
		return 1
	case t.right:
		return truncnormF(t.a, y) / t.fab
	case y <= 0:
		return math.Exp(special.LogNdtr(y)-t.logZ) * truncnormF(-y, -t.a)
	}
	return (math.Erf(y/math.Sqrt2) + math.Erf(-t.a/math.Sqrt2)) / (2 * t.z)
}

func (t *truncnormStd) logsf(y float64) float64 {
	switch {
	case math.IsNaN(y):
		return y
	case y <= t.a:
		return 0
	case y >= t.b:
		return math.Inf(-1)
	case t.right:
		if s := t.sf(y); s > 0.5 {
			return math.Log1p(-t.cdf(y))
		}
		hi, lo := truncnormLogRatio(t.a, y)
		return hi + (lo + math.Log(truncnormF(y, t.b)) - t.logFab)
	case y >= 0:
		return special.LogNdtr(-y) + math.Log(truncnormF(y, t.b)) - t.logZ
	}
	if s := t.sf(y); s > 0.5 {
		return math.Log1p(-t.cdf(y))
	}
	return math.Log(t.sf(y))
}

func (t *truncnormStd) sf(y float64) float64 {
	switch {
	case math.IsNaN(y):
		return y
	case y <= t.a:
		return 1
	case y >= t.b:
		return 0
	case t.right:
		hi, lo := truncnormLogRatio(t.a, y)
		return math.Exp(hi) * math.Exp(lo) * truncnormF(y, t.b) / t.fab
	case y >= 0:
		return math.Exp(special.LogNdtr(-y)-t.logZ) * truncnormF(y, t.b)
	}
	return (math.Erf(t.b/math.Sqrt2) + math.Erf(-y/math.Sqrt2)) / (2 * t.z)
}

// guess is a starting point for the quantile with lower probability p and
// upper probability pc: the exponential approximation of the tail beyond a
// for a ≥ 0, the normal quantile of Φ(a) + p·Z otherwise.
func (t *truncnormStd) guess(p, pc float64) float64 {
	var y float64
	if t.right {
		y = t.a - math.Log1p(-p*t.fab)/max(t.a, 1)
	} else {
		y = special.Ndtri(special.Ndtr(t.a) + p*t.z)
	}
	if !(y > t.a && y < t.b) {
		lo, hi := max(t.a, -40), min(t.b, 40)
		y = lo + (hi-lo)/2
	}
	return y
}

// quantile solves CDF(y) = p (where p ≤ pc) or SF(y) = pc in logarithms.
func (t *truncnormStd) quantile(p, pc float64) float64 {
	y0 := t.guess(p, pc)
	if p <= pc {
		lp := math.Log(p)
		return sfdSolve(func(y float64) float64 { return t.logcdf(y) - lp },
			func(y float64) float64 { return math.Exp(t.logpdf(y) - t.logcdf(y)) }, t.a, t.b, y0, true)
	}
	lq := math.Log(pc)
	return sfdSolve(func(y float64) float64 { return t.logsf(y) - lq },
		func(y float64) float64 { return -math.Exp(t.logpdf(y) - t.logsf(y)) }, t.a, t.b, y0, false)
}

func (t *truncnormStd) ppf(q float64) float64 { return t.quantile(q, 1-q) }
func (t *truncnormStd) isf(q float64) float64 { return t.quantile(1-q, q) }

func (t *truncnormStd) stats() (mean, variance, skew, kurt float64) {
	return t.mean, t.variance, t.skew, t.kurt
}

func (t *truncnormStd) entropy() float64 { return t.ent }

// rawMoment is E[Yⁿ] by the quadrature of the statistics.
func (t *truncnormStd) rawMoment(n int) float64 {
	return t.integrate(func(s float64) float64 { return math.Pow(t.origin+s, float64(n)) })
}

// rand draws by rejection. For a ≥ 0 the proposal is the exponential
// of rate λ = (a + √(a²+4))/2 from a, truncated to [a, b] by inversion,
// accepted with probability exp(-(z-λ)²/2) (Robert 1995); around 0 it is
// the normal itself, or the uniform on [a, b] accepted with probability
// exp(-z²/2) where Φ(b) - Φ(a) < 0.3.
func (t *truncnormStd) rand(r *rand.Rand) float64 {
	a, b := t.a, t.b
	if t.right {
		lam := (a + math.Sqrt(a*a+4)) / 2
		span := -math.Expm1(-lam * (b - a)) // mass of the exponential inside
		for {
			z := a - math.Log1p(-openUnit(r)*span)/lam
			if z > b {
				continue
			}
			d := z - lam
			if math.Log(openUnit(r)) <= -d*d/2 {
				return z
			}
		}
	}
	if t.z >= 0.3 {
		for {
			if z := r.NormFloat64(); z >= a && z <= b {
				return z
			}
		}
	}
	for {
		z := a + (b-a)*openUnit(r)
		if math.Log(openUnit(r)) <= -z*z/2 {
			return z
		}
	}
}
