package stats

import (
	"math"
	"slices"
)

// NanPolicy is SciPy's nan_policy: what a function of a sample does when
// the sample holds NaN. The zero value is NanPropagate, SciPy's default.
type NanPolicy string

// The values of NanPolicy.
const (
	// NanPropagate: the result is NaN (SciPy's default; also the zero
	// value "").
	NanPropagate NanPolicy = "propagate"
	// NanOmit: NaNs are removed before computing.
	NanOmit NanPolicy = "omit"
	// NanRaise: a NaN is an ErrValue error.
	NanRaise NanPolicy = "raise"
)

// prepare applies policy to the sample x of the function fn: it returns
// the data to compute on (x itself, or a copy without NaN for NanOmit) and
// whether the result must be NaN (NanPropagate with a NaN present). An
// unknown policy or a NaN under NanRaise is an ErrValue error. x is never
// modified.
func prepare(fn, arg string, x []float64, policy NanPolicy) (data []float64, propagate bool, err error) {
	switch policy {
	case "", NanPropagate, NanOmit, NanRaise:
	default:
		return nil, false, newErr(ErrValue, fn, "opts.NanPolicy", "%q is not one of \"propagate\", \"omit\", \"raise\"", policy)
	}
	i := slices.IndexFunc(x, math.IsNaN)
	if i < 0 {
		return x, false, nil
	}
	switch policy {
	case NanOmit:
		data = make([]float64, 0, len(x)-1)
		for _, v := range x {
			if !math.IsNaN(v) {
				data = append(data, v)
			}
		}
		return data, false, nil
	case NanRaise:
		return nil, false, newErr(ErrValue, fn, arg, "element %d is NaN; the input contains nan values (NanPolicy %q)", i, NanRaise)
	}
	return x, true, nil
}

// sum is the pairwise sum of x, as NumPy's np.sum: blocks of 128 summed
// in eight interleaved accumulators, halves combined recursively, so the
// rounding error grows as O(log n) rather than O(n).
func sum(x []float64) float64 {
	if len(x) <= 128 {
		var a [8]float64
		i := 0
		for ; i+8 <= len(x); i += 8 {
			a[0] += x[i]
			a[1] += x[i+1]
			a[2] += x[i+2]
			a[3] += x[i+3]
			a[4] += x[i+4]
			a[5] += x[i+5]
			a[6] += x[i+6]
			a[7] += x[i+7]
		}
		s := ((a[0] + a[1]) + (a[2] + a[3])) + ((a[4] + a[5]) + (a[6] + a[7]))
		for ; i < len(x); i++ {
			s += x[i]
		}
		return s
	}
	h := len(x) / 2
	h -= h % 8
	return sum(x[:h]) + sum(x[h:])
}

// mean is the arithmetic mean of x, NaN when x is empty.
func mean(x []float64) float64 {
	if len(x) == 0 {
		return math.NaN()
	}
	return sum(x) / float64(len(x))
}

// centralMoments returns the central moments of orders 2, 3 and 4 of x
// about its mean m, each computed by a second pass over the deviations as
// SciPy's _moment does.
func centralMoments(x []float64, m float64) (m2, m3, m4 float64) {
	d2, d3, d4 := make([]float64, len(x)), make([]float64, len(x)), make([]float64, len(x))
	for i, v := range x {
		d := v - m
		d2[i] = d * d
		d3[i] = d2[i] * d
		d4[i] = d2[i] * d2[i]
	}
	n := float64(len(x))
	return sum(d2) / n, sum(d3) / n, sum(d4) / n
}

// variance is Σ(x-mean)²/(n-ddof) as NumPy's var: the divisor is
// max(n-ddof, 0), so ddof ≥ n gives +Inf (NaN for constant data), and an
// empty sample NaN.
func variance(x []float64, ddof int) float64 {
	n := len(x)
	if n == 0 {
		return math.NaN()
	}
	return sumSqDev(x, mean(x)) / float64(max(n-ddof, 0))
}

// sumSqDev is sum of (x[i]-m)², pairwise exactly as sum of the array of
// squared deviations (NumPy's var), without allocating that array.
func sumSqDev(x []float64, m float64) float64 {
	if len(x) <= 128 {
		var a [8]float64
		i := 0
		for ; i+8 <= len(x); i += 8 {
			for k := range 8 {
				d := x[i+k] - m
				a[k] += d * d
			}
		}
		s := ((a[0] + a[1]) + (a[2] + a[3])) + ((a[4] + a[5]) + (a[6] + a[7]))
		for ; i < len(x); i++ {
			d := x[i] - m
			s += d * d
		}
		return s
	}
	h := len(x) / 2
	h -= h % 8
	return sumSqDev(x[:h], m) + sumSqDev(x[h:], m)
}
