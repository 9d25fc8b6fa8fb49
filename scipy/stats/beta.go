package stats

import (
	"math"
	"math/rand/v2"

	"github.com/goscipy/goscipy/scipy/special"
)

// Beta is the beta distribution with shapes a and b,
// scipy.stats.beta(a, b, loc, scale):
//
//	PDF(x) = y^(a-1) (1-y)^(b-1) / (B(a, b)·scale),  0 ≤ y ≤ 1.
//
// CDF is the regularized incomplete beta function I_y(a, b)
// (special.Betainc) and SF its complement I_(1-y)(b, a), each computed
// directly; LogCDF and LogSF use the power series of I in logarithms where
// the values underflow. PPF and ISF invert the smaller tail with
// special.Betaincinv and return the end nearer 0 or 1 through the
// complementary solution, so quantiles near 1 keep their distance to 1.
type Beta struct {
	continuous
	a, b float64
}

// NewBeta returns the beta distribution with shapes a and b. It returns an
// ErrValue error unless a and b are positive and finite, loc is finite and
// scale is positive and finite.
func NewBeta(a, b, loc, scale float64) (*Beta, error) {
	if err := checkPositive("NewBeta", "a", a); err != nil {
		return nil, err
	}
	if err := checkPositive("NewBeta", "b", b); err != nil {
		return nil, err
	}
	if err := checkLocScale("NewBeta", loc, scale); err != nil {
		return nil, err
	}
	return &Beta{continuous{std: betaStd{a, b}, loc: loc, scale: scale}, a, b}, nil
}

type betaStd struct{ a, b float64 }

func (betaStd) support() (float64, float64) { return 0, 1 }

// betaEnd is the density at an end of the support where the exponent is
// s-1: +Inf for s < 1, other for s = 1, 0 for s > 1 (other is the value of
// the remaining factor at that end).
func betaEnd(s, other float64) float64 {
	switch {
	case s < 1:
		return math.Inf(1)
	case s == 1:
		return other
	}
	return 0
}

func (d betaStd) pdf(y float64) float64 {
	switch {
	case !(y >= 0 && y <= 1):
		if math.IsNaN(y) {
			return y
		}
		return 0
	case y == 0:
		return betaEnd(d.a, d.b)
	case y == 1:
		return betaEnd(d.b, d.a)
	}
	// Directly where nothing overflows: exp of the logarithm would
	// multiply its rounding by |log pdf|.
	if bt := special.Beta(d.a, d.b); bt > 1e-290 && !math.IsInf(bt, 0) {
		v := math.Pow(y, d.a-1) * math.Pow(1-y, d.b-1) / bt
		if v > 0x1p-1000 && !math.IsInf(v, 0) {
			return v
		}
	}
	return math.Exp(d.logpdf(y))
}

// logpdf is (a-1)·log y + (b-1)·log1p(-y) - log B(a, b).
func (d betaStd) logpdf(y float64) float64 {
	switch {
	case !(y >= 0 && y <= 1):
		if math.IsNaN(y) {
			return y
		}
		return math.Inf(-1)
	case y == 0 || y == 1:
		return math.Log(d.pdf(y))
	}
	return special.Xlogy(d.a-1, y) + special.Xlog1py(d.b-1, -y) - special.Betaln(d.a, d.b)
}

func (d betaStd) cdf(y float64) float64 {
	switch {
	case y <= 0:
		return 0
	case y >= 1:
		return 1
	}
	return special.Betainc(d.a, d.b, y)
}

func (d betaStd) sf(y float64) float64 {
	switch {
	case y <= 0:
		return 1
	case y >= 1:
		return 0
	}
	// Below 1/2, 1-y rounds: where the CDF is below 1/2 its complement
	// loses nothing (relative error ≤ 1 ulp), and beyond, I_(1-y)(b, a)
	// is computed directly.
	if y < 0.5 {
		if c := special.Betainc(d.a, d.b, y); c < 0.5 {
			return 1 - c
		}
	}
	return special.Betainc(d.b, d.a, 1-y)
}

func (d betaStd) logcdf(y float64) float64 {
	switch {
	case y <= 0:
		return math.Inf(-1)
	case y >= 1:
		return 0
	}
	return sfdLogBetaI(d.a, d.b, y, 1-y, math.Log(y))
}

func (d betaStd) logsf(y float64) float64 {
	switch {
	case y <= 0:
		return 0
	case y >= 1:
		return math.Inf(-1)
	}
	return sfdLogBetaI(d.b, d.a, 1-y, y, math.Log1p(-y))
}

func (d betaStd) ppf(q float64) float64 {
	x, _ := sfdBetaInv(d.a, d.b, q, 1-q)
	return x
}

func (d betaStd) isf(q float64) float64 {
	x, _ := sfdBetaInv(d.a, d.b, 1-q, q)
	return x
}

// stats: mean a/(a+b), variance ab/((a+b)²(a+b+1)), skewness
// 2(b-a)√(a+b+1)/((a+b+2)√(ab)), excess kurtosis
// 6[(a-b)²(a+b+1) - ab(a+b+2)]/(ab(a+b+2)(a+b+3)).
func (d betaStd) stats() (mean, variance, skew, kurt float64) {
	a, b := d.a, d.b
	s := a + b
	mean = a / s
	variance = a * b / (s * s * (s + 1))
	skew = 2 * (b - a) * math.Sqrt(s+1) / ((s + 2) * math.Sqrt(a*b))
	kurt = 6 * ((a-b)*(a-b)*(s+1) - a*b*(s+2)) / (a * b * (s + 2) * (s + 3))
	return mean, variance, skew, kurt
}

// entropy is log B(a, b) - (a-1)ψ(a) - (b-1)ψ(b) + (a+b-2)ψ(a+b).
func (d betaStd) entropy() float64 {
	a, b := d.a, d.b
	return special.Betaln(a, b) - (a-1)*special.Digamma(a) - (b-1)*special.Digamma(b) + (a+b-2)*special.Digamma(a+b)
}

// rawMoment is Π_{k<n} (a+k)/(a+b+k).
func (d betaStd) rawMoment(n int) float64 {
	m := 1.0
	for k := 0; k < n; k++ {
		m *= (d.a + float64(k)) / (d.a + d.b + float64(k))
	}
	return m
}

// rand is Ga/(Ga+Gb) for independent gamma variates of shapes a and b.
func (d betaStd) rand(r *rand.Rand) float64 {
	for {
		x, y := sfdRandGamma(r, d.a), sfdRandGamma(r, d.b)
		if x+y > 0 {
			return x / (x + y)
		}
	}
}
