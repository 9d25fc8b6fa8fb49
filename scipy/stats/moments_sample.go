package stats

import "math"

// MomentOptions are the options of Moment; nil is SciPy's default (center
// at the sample mean, NaN propagates).
type MomentOptions struct {
	// Center is the point the moment is taken about; nil means the sample
	// mean (a central moment).
	Center *float64
	// NanPolicy says what a NaN in x does.
	NanPolicy NanPolicy
}

// Moment returns the order-th moment of the sample x about Center,
// scipy.stats.moment: mean((x - c)^order). Order 0 gives 1, and order 1
// about the mean gives exactly 0, as in SciPy; an empty sample gives NaN.
//
// Errors: ErrValue for a negative order, an unknown NanPolicy, or a NaN
// under NanRaise.
func Moment(x []float64, order int, opts *MomentOptions) (float64, error) {
	const fn = "Moment"
	var o MomentOptions
	if opts != nil {
		o = *opts
	}
	if order < 0 {
		return math.NaN(), newErr(ErrValue, fn, "order", "must be non-negative, got %d", order)
	}
	data, nan, err := prepare(fn, "x", x, o.NanPolicy)
	switch {
	case err != nil:
		return math.NaN(), err
	case nan || len(data) == 0:
		return math.NaN(), nil
	case order == 0:
		return 1, nil
	case order == 1 && o.Center == nil:
		return 0, nil
	}
	c := mean(data)
	if o.Center != nil {
		c = *o.Center
	}
	p := make([]float64, len(data))
	for i, v := range data {
		p[i] = powInt(v-c, order)
	}
	return mean(p), nil
}

// powInt is d^k by repeated squaring, as SciPy's _moment computes the
// powers of the deviations.
func powInt(d float64, k int) float64 {
	r := 1.0
	for k > 0 {
		if k&1 == 1 {
			r *= d
		}
		d *= d
		k >>= 1
	}
	return r
}

// ShapeOptions are the options of Skew and Kurtosis; nil is SciPy's
// default (bias=True, Fisher's excess kurtosis, NaN propagates).
type ShapeOptions struct {
	// Unbiased applies the small-sample correction (SciPy's bias=False):
	// the adjusted Fisher–Pearson skewness G1, the unbiased kurtosis
	// estimator.
	Unbiased bool
	// Pearson returns the kurtosis itself instead of the excess kurtosis
	// (SciPy's fisher=False). Skew ignores it.
	Pearson bool
	// NanPolicy says what a NaN in x does.
	NanPolicy NanPolicy
}

// resolution is NumPy's finfo(float64).resolution, which SciPy uses to
// decide that a sample's variance is zero.
const resolution = 1e-15

// shapeMoments returns n, m2, m3, m4 and whether the variance is zero by
// SciPy's test m2 ≤ (resolution·mean)².
func shapeMoments(data []float64) (n, m2, m3, m4 float64, zero bool) {
	m := mean(data)
	m2, m3, m4 = centralMoments(data, m)
	r := resolution * m
	return float64(len(data)), m2, m3, m4, m2 <= r*r
}

// Skew returns the sample skewness of x, scipy.stats.skew: the
// Fisher–Pearson coefficient m3/m2^1.5, or with Unbiased the adjusted
// G1 = √(n(n-1))/(n-2)·m3/m2^1.5 (which needs n > 2; below, the biased
// value is returned, as SciPy does). A sample with zero variance, or an
// empty one, gives NaN.
//
// Errors: ErrValue for an unknown NanPolicy or a NaN under NanRaise.
func Skew(x []float64, opts *ShapeOptions) (float64, error) {
	var o ShapeOptions
	if opts != nil {
		o = *opts
	}
	data, nan, err := prepare("Skew", "x", x, o.NanPolicy)
	if err != nil || nan || len(data) == 0 {
		return math.NaN(), err
	}
	return skewOf(data, o.Unbiased), nil
}

func skewOf(data []float64, unbiased bool) float64 {
	n, m2, m3, _, zero := shapeMoments(data)
	if zero {
		return math.NaN()
	}
	g1 := m3 / math.Pow(m2, 1.5)
	if unbiased && n > 2 {
		return math.Sqrt((n-1)*n) / (n - 2) * g1
	}
	return g1
}

// Kurtosis returns the sample kurtosis of x, scipy.stats.kurtosis: the
// excess m4/m2² - 3 (Fisher's definition; m4/m2² with Pearson), or with
// Unbiased the unbiased estimator
// ((n²-1)·m4/m2² - 3(n-1)²)/((n-2)(n-3)) + 3 (which needs n > 3; below,
// the biased value). A sample with zero variance, or an empty one, gives
// NaN.
//
// Errors: ErrValue for an unknown NanPolicy or a NaN under NanRaise.
func Kurtosis(x []float64, opts *ShapeOptions) (float64, error) {
	var o ShapeOptions
	if opts != nil {
		o = *opts
	}
	data, nan, err := prepare("Kurtosis", "x", x, o.NanPolicy)
	if err != nil || nan || len(data) == 0 {
		return math.NaN(), err
	}
	return kurtosisOf(data, o.Unbiased, o.Pearson), nil
}

func kurtosisOf(data []float64, unbiased, pearson bool) float64 {
	n, m2, _, m4, zero := shapeMoments(data)
	if zero {
		return math.NaN()
	}
	k := m4 / (m2 * m2)
	if unbiased && n > 3 {
		k = ((n*n-1)*k-3*(n-1)*(n-1))/((n-2)*(n-3)) + 3
	}
	if pearson {
		return k
	}
	return k - 3
}
