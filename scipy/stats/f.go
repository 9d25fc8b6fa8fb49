package stats

import (
	"math"
	"math/rand/v2"

	"github.com/goscipy/goscipy/scipy/special"
)

// F is the F (Fisher–Snedecor) distribution with dfn and dfd degrees of
// freedom, scipy.stats.f(dfn, dfd, loc, scale): with r = dfn·y/dfd,
//
//	PDF(x) = r^(dfn/2) (1+r)^(-(dfn+dfd)/2) / (y·B(dfn/2, dfd/2)·scale).
//
// CDF is special.Fdtr, I_w(dfn/2, dfd/2) with w = r/(1+r), and SF the
// complement I_(1/(1+r))(dfd/2, dfn/2) computed directly; LogCDF and LogSF
// use the power series of I in logarithms where the values underflow. PPF
// and ISF invert the smaller tail with special.Betaincinv, solving for the
// smaller of w and 1-w, and return y = (dfd/dfn)·w/(1-w).
type F struct {
	continuous
	dfn, dfd float64
}

// NewF returns the F distribution with dfn and dfd degrees of freedom. It
// returns an ErrValue error unless dfn and dfd are positive and finite,
// loc is finite and scale is positive and finite.
func NewF(dfn, dfd, loc, scale float64) (*F, error) {
	if err := checkPositive("NewF", "dfn", dfn); err != nil {
		return nil, err
	}
	if err := checkPositive("NewF", "dfd", dfd); err != nil {
		return nil, err
	}
	if err := checkLocScale("NewF", loc, scale); err != nil {
		return nil, err
	}
	return &F{continuous{std: fStd{dfn, dfd}, loc: loc, scale: scale}, dfn, dfd}, nil
}

type fStd struct{ m, n float64 }

func (fStd) support() (float64, float64) { return 0, math.Inf(1) }

func (d fStd) pdf(y float64) float64 {
	if y == 0 {
		return betaEnd(d.m/2, 1)
	}
	return math.Exp(d.logpdf(y))
}

// logpdf is (m/2)·log r - ((m+n)/2)·log1p(r) - log y - log B(m/2, n/2).
func (d fStd) logpdf(y float64) float64 {
	switch {
	case math.IsNaN(y):
		return y
	case y < 0 || math.IsInf(y, 1):
		return math.Inf(-1)
	case y == 0:
		return math.Log(d.pdf(0))
	}
	r := d.m * y / d.n
	l1p := math.Log1p(r)
	if math.IsInf(r, 1) {
		l1p = math.Log(d.m/d.n) + math.Log(y)
	}
	return d.m/2*(math.Log(d.m/d.n)+math.Log(y)) - (d.m+d.n)/2*l1p - math.Log(y) - special.Betaln(d.m/2, d.n/2)
}

func (d fStd) cdf(y float64) float64 {
	switch {
	case y <= 0:
		return 0
	case math.IsInf(y, 1):
		return 1
	}
	return special.Fdtr(d.m, d.n, y)
}

func (d fStd) sf(y float64) float64 {
	switch {
	case y <= 0:
		return 1
	case math.IsInf(y, 1):
		return 0
	}
	// Where the CDF is below 1/2 its complement loses nothing, while
	// dfd/(dfd+dfn·y) rounds to 1 for tiny y.
	if c := d.cdf(y); c < 0.5 {
		return 1 - c
	}
	return special.Betainc(d.n/2, d.m/2, d.n/(d.n+d.m*y))
}

// logr is log(dfn·y/dfd) and log1pr log(1 + dfn·y/dfd).
func (d fStd) logr(y float64) (logr, log1pr float64) {
	logr = math.Log(d.m/d.n) + math.Log(y)
	r := d.m * y / d.n
	if math.IsInf(r, 1) || r > 1e300 {
		return logr, logr + math.Log1p(1/r)
	}
	return logr, math.Log1p(r)
}

func (d fStd) logcdf(y float64) float64 {
	switch {
	case y <= 0:
		return math.Inf(-1)
	case math.IsInf(y, 1):
		return 0
	}
	return sfdLogProb(d.cdf(y), d.sf(y), func() float64 {
		lr, l1 := d.logr(y)
		lw := lr - l1
		return sfdLogBetaincSeries(d.m/2, d.n/2, math.Exp(lw), lw)
	})
}

func (d fStd) logsf(y float64) float64 {
	switch {
	case y <= 0:
		return 0
	case math.IsInf(y, 1):
		return math.Inf(-1)
	}
	return sfdLogProb(d.sf(y), d.cdf(y), func() float64 {
		_, l1 := d.logr(y)
		return sfdLogBetaincSeries(d.n/2, d.m/2, math.Exp(-l1), -l1)
	})
}

func (d fStd) fromW(w, wc float64) float64 {
	return d.n / d.m * (w / wc)
}

func (d fStd) ppf(q float64) float64 { return d.fromW(sfdBetaInv(d.m/2, d.n/2, q, 1-q)) }
func (d fStd) isf(q float64) float64 { return d.fromW(sfdBetaInv(d.m/2, d.n/2, 1-q, q)) }

// stats are SciPy's: mean n/(n-2) (n > 2, else +Inf), variance
// 2n²(m+n-2)/(m(n-2)²(n-4)) (n > 4, else +Inf), skewness
// (2m+n-2)√(8(n-4))/((n-6)√(m(m+n-2))) (n > 6, else NaN), excess kurtosis
// 12[m(5n-22)(m+n-2) + (n-4)(n-2)²]/(m(n-6)(n-8)(m+n-2)) (n > 8, else NaN),
// for m = dfn, n = dfd.
func (d fStd) stats() (mean, variance, skew, kurt float64) {
	m, n := d.m, d.n
	mean, variance, skew, kurt = math.Inf(1), math.Inf(1), math.NaN(), math.NaN()
	if n > 2 {
		mean = n / (n - 2)
	}
	if n > 4 {
		variance = 2 * n * n * (m + n - 2) / (m * (n - 2) * (n - 2) * (n - 4))
	}
	if n > 6 {
		skew = (2*m + n - 2) * math.Sqrt(8*(n-4)) / ((n - 6) * math.Sqrt(m*(m+n-2)))
	}
	if n > 8 {
		kurt = 12 * (m*(5*n-22)*(m+n-2) + (n-4)*(n-2)*(n-2)) / (m * (n - 6) * (n - 8) * (m + n - 2))
	}
	return mean, variance, skew, kurt
}

// entropy is log(n/m) + log B(m/2, n/2) + (1-m/2)ψ(m/2) - (1+n/2)ψ(n/2) +
// ((m+n)/2)ψ((m+n)/2).
func (d fStd) entropy() float64 {
	m, n := d.m/2, d.n/2
	return math.Log(d.n/d.m) + special.Betaln(m, n) + (1-m)*special.Digamma(m) - (1+n)*special.Digamma(n) + (m+n)*special.Digamma(m+n)
}

// rawMoment is (n/m)^k Π_{j<k} (m/2+j)/(n/2-1-j) for k < n/2, +Inf
// otherwise.
func (d fStd) rawMoment(k int) float64 {
	if float64(k) >= d.n/2 {
		return math.Inf(1)
	}
	v := 1.0
	for j := 0; j < k; j++ {
		v *= d.n / d.m * (d.m/2 + float64(j)) / (d.n/2 - 1 - float64(j))
	}
	return v
}

// rand is (U/dfn)/(V/dfd) for independent chi-squared U and V.
func (d fStd) rand(r *rand.Rand) float64 {
	return (sfdRandGamma(r, d.m/2) / d.m) / (sfdRandGamma(r, d.n/2) / d.n)
}
