package stats

import (
	"math"
	"slices"
)

// DescribeOptions are the options of Describe; nil is SciPy's default
// (ddof=1, bias=True, NaN propagates).
type DescribeOptions struct {
	// DDOF is the delta degrees of freedom of the variance; nil means 1,
	// SciPy's default (use new(0) for the population variance).
	DDOF *int
	// Unbiased corrects skewness and kurtosis for bias (bias=False).
	Unbiased bool
	// NanPolicy says what a NaN in x does.
	NanPolicy NanPolicy
}

// DescribeResult holds the summary statistics of a sample, with SciPy's
// DescribeResult fields (minmax split into Min and Max).
type DescribeResult struct {
	NObs     int
	Min, Max float64
	Mean     float64
	Variance float64
	Skewness float64
	Kurtosis float64 // excess kurtosis (Fisher)
}

// Describe returns the number of observations, minimum, maximum, mean,
// variance (with DDOF), skewness and excess kurtosis of x,
// scipy.stats.describe. With a NaN and NanPropagate every statistic but
// NObs is NaN.
//
// Errors: ErrEmpty for an empty sample (after omitting NaN), as SciPy
// raises; ErrValue for a negative DDOF, an unknown NanPolicy or a NaN
// under NanRaise.
func Describe(x []float64, opts *DescribeOptions) (DescribeResult, error) {
	const fn = "Describe"
	var o DescribeOptions
	if opts != nil {
		o = *opts
	}
	ddof := 1
	if o.DDOF != nil {
		ddof = *o.DDOF
	}
	if ddof < 0 {
		return DescribeResult{}, newErr(ErrValue, fn, "opts.DDOF", "must be non-negative, got %d", ddof)
	}
	data, nan, err := prepare(fn, "x", x, o.NanPolicy)
	if err != nil {
		return DescribeResult{}, err
	}
	if len(data) == 0 {
		return DescribeResult{}, newErr(ErrEmpty, fn, "x", "the input must not be empty")
	}
	if nan {
		n := math.NaN()
		return DescribeResult{NObs: len(data), Min: n, Max: n, Mean: n, Variance: n, Skewness: n, Kurtosis: n}, nil
	}
	return DescribeResult{
		NObs: len(data), Min: slices.Min(data), Max: slices.Max(data),
		Mean: mean(data), Variance: variance(data, ddof),
		Skewness: skewOf(data, o.Unbiased), Kurtosis: kurtosisOf(data, o.Unbiased, false),
	}, nil
}

// DDOFOptions are the options of Variation, Sem and Zscore.
type DDOFOptions struct {
	// DDOF is the delta degrees of freedom of the standard deviation; nil
	// means SciPy's default for the function (0 for Variation and Zscore,
	// 1 for Sem).
	DDOF *int
	// NanPolicy says what a NaN in x does.
	NanPolicy NanPolicy
}

func ddofOf(fn string, o *DDOFOptions, def int) (int, NanPolicy, error) {
	if o == nil {
		return def, "", nil
	}
	d := def
	if o.DDOF != nil {
		d = *o.DDOF
	}
	if d < 0 {
		return 0, "", newErr(ErrValue, fn, "opts.DDOF", "must be non-negative, got %d", d)
	}
	return d, o.NanPolicy, nil
}

// Variation returns the coefficient of variation std(x, ddof)/mean(x),
// scipy.stats.variation. As in SciPy: ddof = n gives ±Inf (the sign of the
// mean; NaN for constant data), ddof > n or an empty sample NaN; a zero
// mean gives ±Inf, or NaN when the standard deviation is 0 too.
//
// Errors: ErrValue for a negative DDOF, an unknown NanPolicy or a NaN
// under NanRaise.
func Variation(x []float64, opts *DDOFOptions) (float64, error) {
	const fn = "Variation"
	ddof, policy, err := ddofOf(fn, opts, 0)
	if err != nil {
		return math.NaN(), err
	}
	data, nan, err := prepare(fn, "x", x, policy)
	n := len(data)
	switch {
	case err != nil:
		return math.NaN(), err
	case nan || n == 0 || ddof > n:
		return math.NaN(), nil
	case ddof == n:
		// SciPy's special case: ±Inf with the sign of the mean when the
		// data vary, NaN when they do not.
		if variance(data, 0) > 0 {
			return math.Copysign(math.Inf(1), mean(data)), nil
		}
		return math.NaN(), nil
	}
	return math.Sqrt(variance(data, ddof)) / mean(data), nil
}

// Sem returns the standard error of the mean std(x, ddof)/√n,
// scipy.stats.sem (ddof 1 by default). As in NumPy, ddof ≥ n divides by 0:
// +Inf, or NaN for constant data; an empty sample gives NaN.
//
// Errors: ErrValue for a negative DDOF, an unknown NanPolicy or a NaN
// under NanRaise.
func Sem(x []float64, opts *DDOFOptions) (float64, error) {
	const fn = "Sem"
	ddof, policy, err := ddofOf(fn, opts, 1)
	if err != nil {
		return math.NaN(), err
	}
	data, nan, err := prepare(fn, "x", x, policy)
	if err != nil || nan {
		return math.NaN(), err
	}
	return math.Sqrt(variance(data, ddof)) / math.Sqrt(float64(len(data))), nil
}

// Zscore returns (x - mean)/std(x, ddof) element by element,
// scipy.stats.zscore (ddof 0 by default), as a new slice. With NanOmit the
// statistics ignore NaNs and the NaNs stay NaN in place; with
// NanPropagate a NaN makes every element NaN. A sample with zero standard
// deviation gives NaN everywhere (0/0).
//
// Errors: ErrValue for a negative DDOF, an unknown NanPolicy or a NaN
// under NanRaise.
func Zscore(x []float64, opts *DDOFOptions) ([]float64, error) {
	const fn = "Zscore"
	ddof, policy, err := ddofOf(fn, opts, 0)
	if err != nil {
		return nil, err
	}
	data, nan, err := prepare(fn, "x", x, policy)
	if err != nil {
		return nil, err
	}
	out := make([]float64, len(x))
	if nan {
		for i := range out {
			out[i] = math.NaN()
		}
		return out, nil
	}
	m, s := mean(data), math.Sqrt(variance(data, ddof))
	for i, v := range x {
		out[i] = (v - m) / s
	}
	return out, nil
}
