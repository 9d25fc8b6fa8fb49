package stats

import (
	"math"
	"math/rand/v2"
)

// Continuous is a continuous distribution with every parameter fixed: SciPy's
// frozen rv_continuous, such as scipy.stats.norm(loc, scale). Each
// distribution of this package (Norm, …) implements it; its constructor
// (NewNorm, …) validates the parameters, so every method of a value it
// returned is defined.
//
// Data-valued arguments follow SciPy: x outside the support gives a density
// of 0 (log-density -Inf) and a CDF of 0 or 1; a probability q outside
// [0, 1] or a NaN argument gives NaN. The tails are computed directly, never
// by subtraction: SF(x) is accurate where CDF(x) rounds to 1, ISF(q) where
// 1-q rounds, and the Log variants where the plain ones underflow.
//
// The methods are safe for concurrent use: a distribution is immutable.
type Continuous interface {
	// PDF is the probability density at x.
	PDF(x float64) float64
	// LogPDF is log(PDF(x)), accurate where PDF underflows.
	LogPDF(x float64) float64
	// CDF is P(X ≤ x).
	CDF(x float64) float64
	// LogCDF is log(CDF(x)), accurate where CDF underflows.
	LogCDF(x float64) float64
	// SF is the survival function P(X > x) = 1 - CDF(x), computed directly.
	SF(x float64) float64
	// LogSF is log(SF(x)), accurate where SF underflows.
	LogSF(x float64) float64
	// PPF is the quantile function, the inverse of CDF: the x with
	// CDF(x) = q. PPF(0) and PPF(1) are the ends of the support.
	PPF(q float64) float64
	// ISF is the inverse of SF: the x with SF(x) = q, accurate for q near 0.
	ISF(q float64) float64
	// Mean is E[X] (NaN where it does not exist, ±Inf where it diverges).
	Mean() float64
	// Var is the variance E[(X-Mean)²].
	Var() float64
	// Std is the standard deviation √Var.
	Std() float64
	// Skew is the skewness E[(X-Mean)³]/Std³.
	Skew() float64
	// Kurtosis is the excess kurtosis E[(X-Mean)⁴]/Var² - 3 (0 for the
	// normal distribution), SciPy's Fisher definition.
	Kurtosis() float64
	// Entropy is the differential entropy -E[log PDF(X)], in nats.
	Entropy() float64
	// Median is PPF(0.5).
	Median() float64
	// Interval returns the equal-tailed interval holding probability
	// confidence: (PPF((1-c)/2), PPF((1+c)/2)). It returns an ErrValue
	// error for a confidence outside [0, 1] (SciPy raises ValueError).
	Interval(confidence float64) (lo, hi float64, err error)
	// Moment is the non-central moment E[Xⁿ] of order n ≥ 0 (1 for n = 0);
	// NaN for a negative n.
	Moment(n int) float64
	// Support returns the interval outside which PDF is 0.
	Support() (lo, hi float64)
	// Rand draws a variate using r, which the caller owns (a *rand.Rand
	// is not safe for concurrent use).
	Rand(r *rand.Rand) float64
}

// standard is a distribution in standard form, loc 0 and scale 1: what each
// distribution implements. continuous adds loc and scale as
// scipy.stats.rv_continuous does: X = loc + scale·Y.
type standard interface {
	support() (a, b float64)
	pdf(y float64) float64
	logpdf(y float64) float64
	cdf(y float64) float64
	logcdf(y float64) float64
	sf(y float64) float64
	logsf(y float64) float64
	ppf(q float64) float64 // called with 0 < q < 1 only
	isf(q float64) float64 // called with 0 < q < 1 only
	// stats returns the mean, variance, skewness and excess kurtosis.
	stats() (mean, variance, skew, kurt float64)
	entropy() float64
	// rawMoment is E[Yⁿ] for n ≥ 1.
	rawMoment(n int) float64
	rand(r *rand.Rand) float64
}

// continuous supplies the Continuous methods of every distribution from
// its standard form, location and scale. Distributions embed it.
type continuous struct {
	std        standard
	loc, scale float64
}

func (d continuous) y(x float64) float64 { return (x - d.loc) / d.scale }

// PDF is the probability density at x.
func (d continuous) PDF(x float64) float64 { return d.std.pdf(d.y(x)) / d.scale }

// LogPDF is log(PDF(x)), accurate where PDF underflows.
func (d continuous) LogPDF(x float64) float64 { return d.std.logpdf(d.y(x)) - math.Log(d.scale) }

// CDF is P(X ≤ x).
func (d continuous) CDF(x float64) float64 { return d.std.cdf(d.y(x)) }

// LogCDF is log(CDF(x)), accurate where CDF underflows.
func (d continuous) LogCDF(x float64) float64 { return d.std.logcdf(d.y(x)) }

// SF is the survival function P(X > x), computed directly.
func (d continuous) SF(x float64) float64 { return d.std.sf(d.y(x)) }

// LogSF is log(SF(x)), accurate where SF underflows.
func (d continuous) LogSF(x float64) float64 { return d.std.logsf(d.y(x)) }

// PPF is the quantile function: the x with CDF(x) = q; NaN for q outside
// [0, 1].
func (d continuous) PPF(q float64) float64 {
	if q > 0 && q < 1 {
		return d.loc + d.scale*d.std.ppf(q)
	}
	a, b := d.Support()
	switch q {
	case 0:
		return a
	case 1:
		return b
	}
	return math.NaN()
}

// ISF is the inverse survival function: the x with SF(x) = q; NaN for q
// outside [0, 1].
func (d continuous) ISF(q float64) float64 {
	if q > 0 && q < 1 {
		return d.loc + d.scale*d.std.isf(q)
	}
	a, b := d.Support()
	switch q {
	case 0:
		return b
	case 1:
		return a
	}
	return math.NaN()
}

// Mean is E[X].
func (d continuous) Mean() float64 {
	m, _, _, _ := d.std.stats()
	return d.loc + d.scale*m
}

// Var is the variance of X.
func (d continuous) Var() float64 {
	_, v, _, _ := d.std.stats()
	return d.scale * d.scale * v
}

// Std is the standard deviation of X.
func (d continuous) Std() float64 { return math.Sqrt(d.Var()) }

// Skew is the skewness of X.
func (d continuous) Skew() float64 {
	_, _, s, _ := d.std.stats()
	return s
}

// Kurtosis is the excess kurtosis of X.
func (d continuous) Kurtosis() float64 {
	_, _, _, k := d.std.stats()
	return k
}

// Entropy is the differential entropy of X in nats.
func (d continuous) Entropy() float64 { return d.std.entropy() + math.Log(d.scale) }

// Median is PPF(0.5).
func (d continuous) Median() float64 { return d.PPF(0.5) }

// Interval returns the equal-tailed interval with probability confidence,
// or an ErrValue error for a confidence outside [0, 1].
func (d continuous) Interval(confidence float64) (lo, hi float64, err error) {
	if !(confidence >= 0 && confidence <= 1) {
		return math.NaN(), math.NaN(), newErr(ErrValue, "Interval", "confidence", "%v is outside [0, 1]", confidence)
	}
	// (1-c)/2 for the lower tail and ISF of the same for the upper one:
	// PPF((1+c)/2) would round (1+c)/2 and lose the upper tail.
	tail := (1 - confidence) / 2
	return d.PPF(tail), d.ISF(tail), nil
}

// Moment is E[Xⁿ] for n ≥ 0, from the standard form's raw moments by the
// binomial expansion of (loc + scale·Y)ⁿ, as SciPy does; NaN for n < 0.
func (d continuous) Moment(n int) float64 {
	switch {
	case n < 0:
		return math.NaN()
	case n == 0:
		return 1
	}
	if d.loc == 0 {
		return math.Pow(d.scale, float64(n)) * d.std.rawMoment(n)
	}
	var sum float64
	binom := 1.0 // C(n, k)
	for k := 0; k <= n; k++ {
		mk := 1.0
		if k > 0 {
			mk = d.std.rawMoment(k)
		}
		sum += binom * math.Pow(d.loc, float64(n-k)) * math.Pow(d.scale, float64(k)) * mk
		binom = binom * float64(n-k) / float64(k+1)
	}
	return sum
}

// Support returns the interval outside which PDF is 0.
func (d continuous) Support() (lo, hi float64) {
	a, b := d.std.support()
	return d.loc + d.scale*a, d.loc + d.scale*b
}

// Rand draws a variate using r.
func (d continuous) Rand(r *rand.Rand) float64 { return d.loc + d.scale*d.std.rand(r) }

// checkLocScale validates loc and scale for the constructor fn.
func checkLocScale(fn string, loc, scale float64) error {
	if math.IsNaN(loc) || math.IsInf(loc, 0) {
		return newErr(ErrValue, fn, "loc", "must be finite, got %v", loc)
	}
	if !(scale > 0) || math.IsInf(scale, 1) {
		return newErr(ErrValue, fn, "scale", "must be positive and finite, got %v", scale)
	}
	return nil
}
