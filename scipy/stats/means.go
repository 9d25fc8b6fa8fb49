package stats

import (
	"math"
	"slices"
)

// MeanOptions are the options of Gmean, Hmean and Pmean; nil is SciPy's
// default (equal weights, NaN propagates).
type MeanOptions struct {
	// Weights, if not nil, has one non-negative weight per element of x.
	Weights []float64
	// NanPolicy says what a NaN in x does. With NanOmit the weights of
	// the omitted elements are dropped too.
	NanPolicy NanPolicy
}

// weighted applies the options to x for fn: the data and weights to use
// (nil weights mean equal ones) and whether the result is NaN.
func weighted(fn string, x []float64, opts *MeanOptions) (data, w []float64, nan bool, err error) {
	var o MeanOptions
	if opts != nil {
		o = *opts
	}
	if o.Weights != nil && len(o.Weights) != len(x) {
		return nil, nil, false, newErr(ErrShape, fn, "opts.Weights", "has %d elements, x has %d", len(o.Weights), len(x))
	}
	data, nan, err = prepare(fn, "x", x, o.NanPolicy)
	if err != nil || nan || o.Weights == nil {
		return data, nil, nan, err
	}
	if len(data) == len(x) {
		return data, o.Weights, false, nil
	}
	for i, v := range x {
		if !math.IsNaN(v) {
			w = append(w, o.Weights[i])
		}
	}
	return data, w, false, nil
}

// average is Σ wᵢ·f(xᵢ) / Σ wᵢ (the plain mean of f(xᵢ) when w is nil).
func average(data, w []float64, f func(float64) float64) float64 {
	v := make([]float64, len(data))
	for i, x := range data {
		v[i] = f(x)
	}
	if w == nil {
		return mean(v)
	}
	for i := range v {
		v[i] *= w[i]
	}
	return sum(v) / sum(w)
}

// Gmean returns the weighted geometric mean exp(Σ wᵢ log xᵢ / Σ wᵢ),
// scipy.stats.gmean. A zero element gives 0, a negative one NaN, an empty
// sample NaN, as in SciPy.
//
// Errors: ErrShape when Weights and x differ in length; ErrValue for an
// unknown NanPolicy or a NaN under NanRaise.
func Gmean(x []float64, opts *MeanOptions) (float64, error) {
	data, w, nan, err := weighted("Gmean", x, opts)
	if err != nil || nan {
		return math.NaN(), err
	}
	return math.Exp(average(data, w, math.Log)), nil
}

// Hmean returns the weighted harmonic mean Σ wᵢ / Σ (wᵢ/xᵢ),
// scipy.stats.hmean. A zero element gives 0; an empty sample NaN.
//
// Errors: ErrValue when an element is negative (SciPy raises "Harmonic
// mean only defined if all elements greater than or equal to zero"), for
// an unknown NanPolicy or a NaN under NanRaise; ErrShape when Weights and
// x differ in length.
func Hmean(x []float64, opts *MeanOptions) (float64, error) {
	const fn = "Hmean"
	data, w, nan, err := weighted(fn, x, opts)
	if err != nil || nan {
		return math.NaN(), err
	}
	if i := slices.IndexFunc(data, func(v float64) bool { return v < 0 }); i >= 0 {
		return math.NaN(), newErr(ErrValue, fn, "x", "element %v is negative; the harmonic mean is only defined for elements ≥ 0", data[i])
	}
	return 1 / average(data, w, func(v float64) float64 { return 1 / v }), nil
}

// Pmean returns the weighted power (generalized) mean
// (Σ wᵢ xᵢᵖ / Σ wᵢ)^(1/p), scipy.stats.pmean; p = 0 is the geometric mean.
//
// Errors: ErrValue when an element is negative (SciPy raises), when p is
// NaN, for an unknown NanPolicy or a NaN under NanRaise; ErrShape when
// Weights and x differ in length.
func Pmean(x []float64, p float64, opts *MeanOptions) (float64, error) {
	const fn = "Pmean"
	if math.IsNaN(p) {
		return math.NaN(), newErr(ErrValue, fn, "p", "is NaN")
	}
	data, w, nan, err := weighted(fn, x, opts)
	if err != nil || nan {
		return math.NaN(), err
	}
	if i := slices.IndexFunc(data, func(v float64) bool { return v < 0 }); i >= 0 {
		return math.NaN(), newErr(ErrValue, fn, "x", "element %v is negative; the power mean is only defined for elements ≥ 0", data[i])
	}
	if p == 0 {
		return math.Exp(average(data, w, math.Log)), nil
	}
	return math.Pow(average(data, w, func(v float64) float64 { return math.Pow(v, p) }), 1/p), nil
}

// ModeResult is the most common value of a sample and how often it
// occurs (SciPy's ModeResult).
type ModeResult struct {
	Mode  float64
	Count int
}

// Mode returns the most frequent value of x and its count,
// scipy.stats.mode (keepdims=False); among equally frequent values the
// smallest. Under NanPropagate a NaN counts as a value larger than all
// others, as in SciPy 1.10, so NaN is the mode only when it is the most
// frequent.
//
// Errors: ErrEmpty for an empty sample (after omitting NaN), as SciPy 1.10
// raises; ErrValue for an unknown NanPolicy or a NaN under NanRaise.
func Mode(x []float64, opts *Options) (ModeResult, error) {
	data, _, err := prepare("Mode", "x", x, policyOf(opts))
	if err != nil {
		return ModeResult{Mode: math.NaN()}, err
	}
	if len(data) == 0 {
		return ModeResult{Mode: math.NaN()}, newErr(ErrEmpty, "Mode", "x", "the input must not be empty (SciPy 1.10 raises)")
	}
	s := slices.Clone(data)
	slices.SortFunc(s, compareNaNLast)
	best := ModeResult{Mode: s[0], Count: 0}
	for i := 0; i < len(s); {
		j := i + 1
		for j < len(s) && (s[j] == s[i] || (math.IsNaN(s[j]) && math.IsNaN(s[i]))) {
			j++
		}
		if j-i > best.Count {
			best = ModeResult{Mode: s[i], Count: j - i}
		}
		i = j
	}
	return best, nil
}

// compareNaNLast orders floats with NaN after everything, as NumPy sorts.
func compareNaNLast(a, b float64) int {
	switch an, bn := math.IsNaN(a), math.IsNaN(b); {
	case an && bn:
		return 0
	case an:
		return 1
	case bn:
		return -1
	}
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Options is the options struct of the sample functions whose only option
// is the NaN policy; nil means NanPropagate.
type Options struct {
	NanPolicy NanPolicy
}

func policyOf(o *Options) NanPolicy {
	if o == nil {
		return ""
	}
	return o.NanPolicy
}

// TrimMean returns the mean of x after removing int(proportion·n) of the
// smallest and as many of the largest elements, scipy.stats.trim_mean. An
// empty sample gives NaN; NaN elements sort last, as in SciPy, which does
// not look for them.
//
// Errors: ErrValue for a negative or NaN proportion, or one that would cut
// more than everything, int(p·n) > n - int(p·n) (SciPy's "Proportion too
// big."); a proportion that cuts exactly everything gives NaN.
func TrimMean(x []float64, proportion float64) (float64, error) {
	t, err := trim("TrimMean", x, proportion, false)
	if err != nil {
		return math.NaN(), err
	}
	return mean(t), nil
}

// TrimBoth returns x without int(proportion·n) of its smallest and as many
// of its largest elements, scipy.stats.trimboth, as a new sorted slice
// (SciPy returns them partitioned, in no particular order).
//
// Errors: as TrimMean, except that cutting exactly everything is an error
// too (SciPy's trimboth tests lowercut ≥ uppercut where trim_mean tests >).
func TrimBoth(x []float64, proportion float64) ([]float64, error) {
	return trim("TrimBoth", x, proportion, true)
}

// trim sorts a copy of x and cuts int(p·n) from each end; all says
// whether cutting everything (an empty result from a non-empty x) is an
// error.
func trim(fn string, x []float64, p float64, all bool) ([]float64, error) {
	n := len(x)
	if math.IsNaN(p) || p < 0 {
		return nil, newErr(ErrValue, fn, "proportion", "must be in [0, 0.5), got %v", p)
	}
	lo := int(p * float64(n))
	if lo > n-lo || (all && n > 0 && lo == n-lo) {
		return nil, newErr(ErrValue, fn, "proportion", "%v is too big: it cuts %d from each end of %d elements", p, lo, n)
	}
	s := slices.Clone(x)
	slices.SortFunc(s, compareNaNLast)
	return s[lo : n-lo], nil
}
