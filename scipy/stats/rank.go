package stats

import (
	"math"
	"slices"
	"sort"
)

// RankOptions are the options of RankData; nil is SciPy's default
// (method "average", NaN propagates).
type RankOptions struct {
	// Method assigns ranks to ties: "average" (the default, also ""),
	// "min", "max", "dense" or "ordinal".
	Method string
	// NanPolicy: NanPropagate makes every rank NaN when x holds a NaN;
	// NanOmit ranks the other elements and gives the NaNs rank NaN.
	NanPolicy NanPolicy
}

// RankData returns the ranks of x, 1 to n, scipy.stats.rankdata, as a new
// slice in x's order.
//
// Errors: ErrValue for an unknown Method or NanPolicy, or a NaN under
// NanRaise.
func RankData(x []float64, opts *RankOptions) ([]float64, error) {
	const fn = "RankData"
	var o RankOptions
	if opts != nil {
		o = *opts
	}
	switch o.Method {
	case "", "average", "min", "max", "dense", "ordinal":
	default:
		return nil, newErr(ErrValue, fn, "opts.Method", "%q is not one of \"average\", \"min\", \"max\", \"dense\", \"ordinal\"", o.Method)
	}
	_, nan, err := prepare(fn, "x", x, o.NanPolicy)
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
	// The non-NaN elements sorted by value, ties by position: the order
	// of SciPy's stable mergesort (so "ordinal" ranks ties in order of
	// appearance). orig maps positions in vals back to x when NaNs were
	// left out.
	vals := x
	var orig []int32
	if slices.ContainsFunc(x, math.IsNaN) {
		vals = make([]float64, 0, len(x))
		orig = make([]int32, 0, len(x))
		for i, v := range x {
			if math.IsNaN(v) {
				out[i] = math.NaN()
			} else {
				vals = append(vals, v)
				orig = append(orig, int32(i))
			}
		}
	}
	e := tsArgsort(vals)
	if orig != nil {
		for k := range e {
			e[k].i = orig[e[k].i]
		}
	}
	dense := 0
	for i := 0; i < len(e); {
		j := i + 1
		for j < len(e) && e[j].k == e[i].k {
			j++
		}
		dense++
		for k := i; k < j; k++ {
			var r float64
			switch o.Method {
			case "min":
				r = float64(i + 1)
			case "max":
				r = float64(j)
			case "dense":
				r = float64(dense)
			case "ordinal":
				r = float64(k + 1)
			default:
				r = float64(i+1+j) / 2
			}
			out[e[k].i] = r
		}
		i = j
	}
	return out, nil
}

// PercentileOptions are the options of PercentileOfScore; nil is SciPy's
// default (kind "rank", NaN propagates).
type PercentileOptions struct {
	// Kind: "rank" (the default, also ""; ties get the average of "weak"
	// and "strict" plus a half step), "weak" (percentage ≤ score),
	// "strict" (percentage < score) or "mean" (average of weak and
	// strict).
	Kind string
	// NanPolicy says what a NaN in a does.
	NanPolicy NanPolicy
}

// PercentileOfScore returns the percentile rank of score relative to a,
// scipy.stats.percentileofscore, in [0, 100]. An empty a or a NaN score
// gives NaN.
//
// Errors: ErrValue for an unknown Kind or NanPolicy, or a NaN under
// NanRaise.
func PercentileOfScore(a []float64, score float64, opts *PercentileOptions) (float64, error) {
	const fn = "PercentileOfScore"
	var o PercentileOptions
	if opts != nil {
		o = *opts
	}
	switch o.Kind {
	case "", "rank", "weak", "strict", "mean":
	default:
		return math.NaN(), newErr(ErrValue, fn, "opts.Kind", "%q is not one of \"rank\", \"weak\", \"strict\", \"mean\"", o.Kind)
	}
	data, nan, err := prepare(fn, "a", a, o.NanPolicy)
	if err != nil || nan || len(data) == 0 || math.IsNaN(score) {
		return math.NaN(), err
	}
	var left, right int
	for _, v := range data {
		if v < score {
			left++
		}
		if v <= score {
			right++
		}
	}
	n := float64(len(data))
	switch o.Kind {
	case "weak":
		return float64(right) / n * 100, nil
	case "strict":
		return float64(left) / n * 100, nil
	case "mean":
		return float64(left+right) / n * 50, nil
	}
	plus := 0
	if right > left {
		plus = 1
	}
	return float64(left+right+plus) * 50 / n, nil
}

// ScoreAtPercentileOptions are the options of ScoreAtPercentile; nil is
// SciPy's default (no limits, interpolation "fraction").
type ScoreAtPercentileOptions struct {
	// Limit, if not nil, restricts a to the values in [Limit[0], Limit[1]]
	// before the percentile is taken.
	Limit *[2]float64
	// Interpolation between the two data points around the percentile:
	// "fraction" (linear, the default, also ""), "lower" or "higher".
	Interpolation string
}

// ScoreAtPercentile returns the score at percentile per (in [0, 100]) of
// a, scipy.stats.scoreatpercentile. An empty a gives NaN. NaN in a sorts
// last, as in SciPy, which does not look for it.
//
// Errors: ErrValue for per outside [0, 100], an unknown Interpolation, or
// a Limit that leaves no element.
func ScoreAtPercentile(a []float64, per float64, opts *ScoreAtPercentileOptions) (float64, error) {
	const fn = "ScoreAtPercentile"
	var o ScoreAtPercentileOptions
	if opts != nil {
		o = *opts
	}
	if !(per >= 0 && per <= 100) {
		return math.NaN(), newErr(ErrValue, fn, "per", "must be in [0, 100], got %v", per)
	}
	switch o.Interpolation {
	case "", "fraction", "lower", "higher":
	default:
		return math.NaN(), newErr(ErrValue, fn, "opts.Interpolation", "%q is not one of \"fraction\", \"lower\", \"higher\"", o.Interpolation)
	}
	if len(a) == 0 {
		return math.NaN(), nil
	}
	s := make([]float64, 0, len(a))
	for _, v := range a {
		if o.Limit == nil || (v >= o.Limit[0] && v <= o.Limit[1]) {
			s = append(s, v)
		}
	}
	if len(s) == 0 {
		return math.NaN(), newErr(ErrValue, fn, "opts.Limit", "no element of a is within %v (SciPy raises)", *o.Limit)
	}
	slices.SortFunc(s, compareNaNLast)
	idx := per / 100 * float64(len(s)-1)
	lo, hi := math.Floor(idx), math.Ceil(idx)
	switch o.Interpolation {
	case "lower":
		return s[int(lo)], nil
	case "higher":
		return s[int(hi)], nil
	}
	return s[int(lo)] + (s[int(hi)]-s[int(lo)])*(idx-lo), nil
}

// IQROptions are the options of IQR; nil is SciPy's default (the 25th to
// 75th percentile, scale 1, linear interpolation, NaN propagates).
type IQROptions struct {
	// Rng are the two percentiles, in [0, 100]; nil means {25, 75}.
	Rng *[2]float64
	// Scale divides the range; 0 means 1. Normal divides by
	// 2·√2·erfinv(1/2) ≈ 1.349 instead (SciPy's scale="normal"), which
	// makes the IQR estimate the standard deviation of normal data.
	Scale  float64
	Normal bool
	// Interpolation is NumPy's percentile method: "linear" (the default,
	// also ""), "lower", "higher", "midpoint" or "nearest".
	Interpolation string
	// NanPolicy says what a NaN in x does.
	NanPolicy NanPolicy
}

// normalIQR is 2·√2·erfinv(1/2), the interquartile range of the standard
// normal distribution.
const normalIQR = 1.3489795003921634

// IQR returns the interquartile range of x, scipy.stats.iqr: the
// difference of its Rng percentiles, divided by the scale. An empty sample
// gives NaN.
//
// Errors: ErrValue for percentiles outside [0, 100], a negative or NaN
// Scale, an unknown Interpolation or NanPolicy, or a NaN under NanRaise.
func IQR(x []float64, opts *IQROptions) (float64, error) {
	const fn = "IQR"
	var o IQROptions
	if opts != nil {
		o = *opts
	}
	rng := [2]float64{25, 75}
	if o.Rng != nil {
		rng = *o.Rng
	}
	for _, r := range rng {
		if !(r >= 0 && r <= 100) {
			return math.NaN(), newErr(ErrValue, fn, "opts.Rng", "percentiles must be in [0, 100], got %v", rng)
		}
	}
	scale := o.Scale
	switch {
	case o.Normal:
		scale = normalIQR
	case scale == 0:
		scale = 1
	case !(scale > 0):
		return math.NaN(), newErr(ErrValue, fn, "opts.Scale", "must be positive, got %v", scale)
	}
	switch o.Interpolation {
	case "", "linear", "lower", "higher", "midpoint", "nearest":
	default:
		return math.NaN(), newErr(ErrValue, fn, "opts.Interpolation", "%q is not one of \"linear\", \"lower\", \"higher\", \"midpoint\", \"nearest\"", o.Interpolation)
	}
	data, nan, err := prepare(fn, "x", x, o.NanPolicy)
	if err != nil || nan || len(data) == 0 {
		return math.NaN(), err
	}
	s := slices.Clone(data)
	sort.Float64s(s)
	lo, hi := percentile(s, rng[0], o.Interpolation), percentile(s, rng[1], o.Interpolation)
	return (hi - lo) / scale, nil
}

// percentile is NumPy's np.percentile of the sorted, non-empty s at q in
// [0, 100] with the given method, linear interpolation as NumPy's _lerp
// (which interpolates from the nearer end).
func percentile(s []float64, q float64, method string) float64 {
	idx := q / 100 * float64(len(s)-1)
	lo := math.Floor(idx)
	i := int(lo)
	j := min(i+1, len(s)-1)
	t := idx - lo
	switch method {
	case "lower":
		return s[i]
	case "higher":
		return s[int(math.Ceil(idx))]
	case "midpoint":
		if t == 0 {
			return s[i]
		}
		return (s[i] + s[j]) / 2
	case "nearest":
		// NumPy rounds half to even.
		return s[int(math.RoundToEven(idx))]
	}
	a, b := s[i], s[j]
	d := b - a
	if t >= 0.5 {
		return b - d*(1-t)
	}
	return a + d*t
}
