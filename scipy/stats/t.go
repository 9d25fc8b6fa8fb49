package stats

import (
	"math"
	"math/rand/v2"

	"github.com/goscipy/goscipy/scipy/special"
)

// T is Student's t distribution with df degrees of freedom,
// scipy.stats.t(df, loc, scale):
//
//	PDF(x) = (1 + y²/df)^(-(df+1)/2) / (√df·B(df/2, 1/2)·scale).
//
// CDF and SF are special.Stdtr at y and -y; where they underflow, LogCDF
// and LogSF use log(I_z(df/2, 1/2)/2), z = df/(df+y²), from the power
// series of the incomplete beta function in logarithms. PPF and ISF
// invert I_z(df/2, 1/2) = 2·min(q, 1-q) with special.Betaincinv, solving
// for whichever of z and 1-z is smaller, so that quantiles near the median
// (z near 1) and far in the tails (z tiny, even below the float64 range
// for df < 1.3 at q = 1e-300) keep their relative accuracy. df need not be
// an integer.
type T struct {
	continuous
	df float64
}

// NewT returns Student's t distribution with df degrees of freedom. It
// returns an ErrValue error unless df is positive and finite, loc is
// finite and scale is positive and finite.
func NewT(df, loc, scale float64) (*T, error) {
	if err := checkPositive("NewT", "df", df); err != nil {
		return nil, err
	}
	if err := checkLocScale("NewT", loc, scale); err != nil {
		return nil, err
	}
	return &T{continuous{std: tStd{df}, loc: loc, scale: scale}, df}, nil
}

type tStd struct{ df float64 }

func (tStd) support() (float64, float64) { return math.Inf(-1), math.Inf(1) }

// log1pSq is log(1 + y²/df), by log1p below |y| = 1e150 and from log|y|
// above, where y² overflows.
func (d tStd) log1pSq(y float64) float64 {
	ay := math.Abs(y)
	if ay > 1e150 {
		return 2*math.Log(ay) - math.Log(d.df) + math.Log1p(d.df/ay/ay)
	}
	return math.Log1p(y * y / d.df)
}

func (d tStd) logpdf(y float64) float64 {
	if math.IsInf(y, 0) {
		return math.Inf(-1)
	}
	return -(d.df+1)/2*d.log1pSq(y) - 0.5*math.Log(d.df) - special.Betaln(d.df/2, 0.5)
}

func (d tStd) pdf(y float64) float64 { return math.Exp(d.logpdf(y)) }

// CDF is P(X ≤ x), as the embedded distribution's CDF, called directly
// rather than through its interface.
func (d T) CDF(x float64) float64 { return tStd{d.df}.cdf((x - d.loc) / d.scale) }

// cdf is special.Stdtr, except below |y| = 1e-100, where it is
// 1/2 + y·PDF(0) (the next term is O(y³)), beyond |y| = 1e100, where
// the tail comes from its logarithm (special.Stdtr returns NaN outside
// about [1e-160, 1e154]), and for integer df ≤ tIntMax at y ≥ -1/2, where
// the closed form tCDFInt is ten times faster.
func (d tStd) cdf(y float64) float64 {
	switch ay := math.Abs(y); {
	case math.IsNaN(y):
		return y
	case ay < 1e-100:
		return 0.5 + y*math.Exp(-0.5*math.Log(d.df)-special.Betaln(d.df/2, 0.5))
	case ay > 1e100:
		l := math.Exp(d.logLowerTail(y))
		if y < 0 {
			return l
		}
		return 1 - l
	case y >= -0.5 && d.df <= tIntMax && d.df == math.Trunc(d.df):
		return tCDFInt(int(d.df), y)
	}
	return special.Stdtr(d.df, y)
}

// tIntMax is the largest df for which cdf uses tCDFInt: its loop runs
// about df/2 times.
const tIntMax = 30

// tCDFInt is the CDF of Student's t with integer k ≥ 1 degrees of freedom
// at y ≥ -1/2 by the classical closed forms (Abramowitz and Stegun
// 26.7.3–4, as Cephes' stdtr): with x = |y|, θ = atan(x/√k) and
// z = 1 + x²/k, P(|T| < x) is (2/π)(θ + x/√k/z·Σ) for odd k and
// x/√(kz)·Σ for even k, Σ a finite sum of positive terms. The CDF is
// 1/2 ± P/2; at y ≥ -1/2 it is at least 0.3, so the subtraction costs
// under two bits (relative error below 1e-15 against special.Stdtr for
// k ≤ 30; TestTCDFInt). Below -1/2 the cancellation grows and Stdtr is
// used.
func tCDFInt(k int, y float64) float64 {
	x := math.Abs(y)
	rk := float64(k)
	z := 1 + x*x/rk
	var p float64
	if k&1 == 1 {
		xsqk := x / math.Sqrt(rk)
		p = math.Atan(xsqk)
		if k > 1 {
			f, tz := 1.0, 1.0
			for j := 3; j <= k-2; j += 2 {
				tz *= float64(j-1) / (z * float64(j))
				f += tz
			}
			p += f * xsqk / z
		}
		p *= 2 / math.Pi
	} else {
		f, tz := 1.0, 1.0
		for j := 2; j <= k-2; j += 2 {
			tz *= float64(j-1) / (z * float64(j))
			f += tz
		}
		p = f * x / math.Sqrt(z*rk)
	}
	if y < 0 {
		p = -p
	}
	return 0.5 + 0.5*p
}

func (d tStd) sf(y float64) float64 { return d.cdf(-y) }

// logLowerTail is log P(T < -|y|) = log(I_z(df/2, 1/2)/2) with log z =
// log df - log(df + y²), for the far tail where the probability
// underflows.
func (d tStd) logLowerTail(y float64) float64 {
	if math.IsInf(y, 0) {
		return math.Inf(-1)
	}
	ay := math.Abs(y)
	logz := -d.log1pSq(ay) // log(df/(df+y²)) = -log(1 + y²/df)
	return sfdLogBetaincSeries(d.df/2, 0.5, math.Exp(logz), logz) - math.Ln2
}

func (d tStd) logcdf(y float64) float64 {
	return sfdLogProb(d.cdf(y), d.sf(y), func() float64 { return d.logLowerTail(y) })
}

func (d tStd) logsf(y float64) float64 {
	return sfdLogProb(d.sf(y), d.cdf(y), func() float64 { return d.logLowerTail(y) })
}

// upper returns t ≥ 0 with P(|T| > t) = p, where pc = 1-p (the caller
// holds whichever is exact): z = df/(df+t²) solves I_z(df/2, 1/2) = p.
func (d tStd) upper(p, pc float64) float64 {
	a := d.df / 2
	z, zc := sfdBetaInv(a, 0.5, p, pc)
	if z > 1e-280 {
		return math.Sqrt(d.df) * math.Sqrt(zc) / math.Sqrt(z)
	}
	// z below or near the float64 range: solve log I_z(a, 1/2) = log p for
	// u = log z by Newton's method on the series, whose logarithmic
	// derivative is a to within z.
	lp := math.Log(p)
	u := (lp + math.Log(a) + special.Betaln(a, 0.5)) / a
	for i := 0; i < 50; i++ {
		f := sfdLogBetaincSeries(a, 0.5, math.Exp(u), u) - lp
		// d log I/du = z·z^(a-1)(1-z)^(-1/2)/(B·I) = exp(a·u - log(1-z)/2 - log B - log I).
		df := math.Exp(a*u - 0.5*math.Log1p(-math.Exp(u)) - special.Betaln(a, 0.5) - (f + lp))
		step := f / df
		u -= step
		if math.Abs(step) <= 1e-16*math.Abs(u) {
			break
		}
	}
	return math.Sqrt(d.df) * math.Exp(-u/2) * math.Sqrt(-math.Expm1(u))
}

// ppf: for q < 1/2, -upper(2q, 1-2q); 1-2q is exact for q ≥ 1/4, and below
// 2q is the smaller and exact one. For q > 1/2, 1-q is exact.
func (d tStd) ppf(q float64) float64 {
	switch {
	case q == 0.5:
		return 0
	case q < 0.5:
		return -d.upper(2*q, 1-2*q)
	}
	p := 1 - q
	return d.upper(2*p, 1-2*p)
}

func (d tStd) isf(q float64) float64 { return -d.ppf(q) }

// stats are SciPy's: mean 0 (df > 1, else +Inf), variance df/(df-2)
// (df > 2; +Inf for 1 < df ≤ 2, else NaN), skewness 0 (df > 3, else NaN),
// excess kurtosis 6/(df-4) (df > 4; +Inf for 2 < df ≤ 4, else NaN).
func (d tStd) stats() (mean, variance, skew, kurt float64) {
	df := d.df
	nan, inf := math.NaN(), math.Inf(1)
	mean, variance, skew, kurt = inf, nan, nan, nan
	if df > 1 {
		mean, variance = 0, inf
	}
	if df > 2 {
		variance, kurt = df/(df-2), inf
	}
	if df > 3 {
		skew = 0
	}
	if df > 4 {
		kurt = 6 / (df - 4)
	}
	return mean, variance, skew, kurt
}

// entropy is (df+1)/2·(ψ((df+1)/2) - ψ(df/2)) + log(√df·B(df/2, 1/2)).
func (d tStd) entropy() float64 {
	df := d.df
	return (df+1)/2*(special.Digamma((df+1)/2)-special.Digamma(df/2)) + 0.5*math.Log(df) + special.Betaln(df/2, 0.5)
}

// rawMoment is, for n < df, 0 for odd n and df^(n/2)·Π_{k≤n/2} (2k-1)/(df-2k)
// for even n; for n ≥ df, +Inf for even n and NaN for odd n, except the
// first moment, +Inf as SciPy's mean.
func (d tStd) rawMoment(n int) float64 {
	if float64(n) >= d.df {
		if n%2 == 0 || n == 1 {
			return math.Inf(1)
		}
		return math.NaN()
	}
	if n%2 == 1 {
		return 0
	}
	m := 1.0
	for k := 1; k <= n/2; k++ {
		m *= d.df * float64(2*k-1) / (d.df - float64(2*k))
	}
	return m
}

// rand is Z/√(V/df) for Z standard normal and V chi-squared with df
// degrees of freedom.
func (d tStd) rand(r *rand.Rand) float64 {
	return r.NormFloat64() / math.Sqrt(2*sfdRandGamma(r, d.df/2)/d.df)
}
