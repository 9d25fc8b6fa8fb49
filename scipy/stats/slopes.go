package stats

import (
	"math"
	"slices"

	"github.com/goscipy/goscipy/scipy/special"
)

// TheilSlopesOptions are the options of TheilSlopes; nil is SciPy's
// default (95% interval, method "separate").
type TheilSlopesOptions struct {
	// Confidence is the level of the slope's interval; 0 means 0.95.
	// SciPy's alpha: a value above 0.5 and its complement give the same
	// interval.
	Confidence float64
	// Method for the intercept: "separate" (the default, also "":
	// median(y) - slope·median(x)) or "joint" (median(y - slope·x)).
	Method string
}

// TheilSlopesResult is the Theil–Sen line with SciPy's field names.
type TheilSlopesResult struct {
	Slope, Intercept    float64
	LowSlope, HighSlope float64 // the confidence interval of Slope
}

// TheilSlopes fits the Theil–Sen line to the points (x[i], y[i]) (note
// SciPy's argument order: y first; x nil means 0, 1, …, n-1),
// scipy.stats.theilslopes: the median of the slopes of all pairs with
// distinct x, and Sen's confidence interval from the normal approximation
// with tie corrections. All x equal gives NaN (SciPy warns).
//
// Errors: ErrShape when x and y differ in length; ErrValue for an unknown
// Method or a Confidence outside (0, 1).
func TheilSlopes(y, x []float64, opts *TheilSlopesOptions) (TheilSlopesResult, error) {
	const fn = "TheilSlopes"
	var o TheilSlopesOptions
	if opts != nil {
		o = *opts
	}
	nan := math.NaN()
	bad := TheilSlopesResult{nan, nan, nan, nan}
	alpha := o.Confidence
	if alpha == 0 {
		alpha = 0.95
	}
	if !(alpha > 0 && alpha < 1) {
		return bad, newErr(ErrValue, fn, "opts.Confidence", "must be in (0, 1), got %v", alpha)
	}
	switch o.Method {
	case "", "separate", "joint":
	default:
		return bad, newErr(ErrValue, fn, "opts.Method", "%q is not \"separate\" or \"joint\"", o.Method)
	}
	x, err := xOrRange(fn, y, x)
	if err != nil {
		return bad, err
	}
	n := len(y)
	slopes := theilPairSlopes(x, y)
	if len(slopes) == 0 {
		return bad, nil
	}
	if alpha > 0.5 {
		alpha = 1 - alpha
	}
	z := special.Ndtri(alpha / 2)
	fy := float64(n)
	sigsq := (fy*(fy-1)*(2*fy+5) - tieSum(x) - tieSum(y)) / 18
	sigma := math.Sqrt(sigsq)
	nt := float64(len(slopes))
	ru := min(int(math.RoundToEven((nt-z*sigma)/2)), len(slopes)-1)
	rl := max(int(math.RoundToEven((nt+z*sigma)/2))-1, 0)
	ciOK := !math.IsNaN(sigma) && ru >= 0 && rl < len(slopes)
	// SciPy sorts every slope but reads only the median and the two
	// confidence ranks: selecting those order statistics gives the same
	// values in O(n²) instead of O(n² log n). A NaN slope keeps the sort,
	// whose order then decides the result as before.
	h := len(slopes) / 2
	if slices.ContainsFunc(slopes, math.IsNaN) {
		tsSortFloats(slopes)
	} else {
		ks := []int{h}
		if len(slopes)%2 == 0 {
			ks = append(ks, h-1)
		}
		if ciOK {
			ks = append(ks, rl, ru)
		}
		theilSelect(slopes, ks)
	}
	res := TheilSlopesResult{Slope: sortedMedian(slopes)}
	if o.Method == "joint" {
		r := make([]float64, n)
		for i := range r {
			r[i] = y[i] - res.Slope*x[i]
		}
		res.Intercept = median(r)
	} else {
		res.Intercept = median(y) - res.Slope*median(x)
	}
	if !ciOK {
		res.LowSlope, res.HighSlope = nan, nan
	} else {
		res.LowSlope, res.HighSlope = slopes[rl], slopes[ru]
	}
	return res, nil
}

// theilPairSlopes returns the slopes (y[i]-y[j])/(x[i]-x[j]) of the pairs
// with x[i] > x[j], in no particular order. With x sorted first (x without
// NaN), the pairs come as a < b in that order and the test x[b] > x[a]
// fails only on ties, which spares the mispredicted branch of the plain
// double loop; the slope values are the same.
func theilPairSlopes(x, y []float64) []float64 {
	n := len(x)
	slopes := make([]float64, 0, n*(n-1)/2)
	if slices.ContainsFunc(x, math.IsNaN) {
		for i := range n {
			for j := range n {
				if dx := x[i] - x[j]; dx > 0 {
					slopes = append(slopes, (y[i]-y[j])/dx)
				}
			}
		}
		return slopes
	}
	e := tsArgsort(x)
	xs, ys := make([]float64, n), make([]float64, n)
	for k, v := range e {
		xs[k], ys[k] = x[v.i], y[v.i]
	}
	for a := range n {
		xa, ya := xs[a], ys[a]
		for b := a + 1; b < n; b++ {
			if dx := xs[b] - xa; dx > 0 {
				slopes = append(slopes, (ys[b]-ya)/dx)
			}
		}
	}
	return slopes
}

// tieSum is Σ k(k-1)(2k+5) over the groups of k > 1 equal values.
func tieSum(v []float64) float64 {
	s := slices.Clone(v)
	tsSortFloats(s)
	var t float64
	for i := 0; i < len(s); {
		j := i + 1
		for j < len(s) && s[j] == s[i] {
			j++
		}
		if k := float64(j - i); k > 1 {
			t += k * (k - 1) * (2*k + 5)
		}
		i = j
	}
	return t
}

// slopesSelect reorders s (no NaN) so that s[k] holds its sorted value for
// every k in ks, by selecting the middle rank and recursing into the two
// sides, which the selection leaves below and above it.
func slopesSelect(s []float64, ks []int) {
	slices.Sort(ks)
	var rec func(lo, hi int, ks []int)
	rec = func(lo, hi int, ks []int) {
		if len(ks) == 0 || hi-lo <= 1 {
			return
		}
		m := len(ks) / 2
		k := ks[m]
		tsSelect(s[lo:hi], k-lo)
		rec(lo, k, ks[:m])
		rec(k+1, hi, ks[m+1:])
	}
	rec(0, len(s), slices.Compact(ks))
}

// theilSelect sets s[k], for every k in ks, to the value s would hold
// there after sorting; s (no NaN) is reordered and its other elements may
// be overwritten. From 1024 elements on it brackets the ranks first: two
// pivots chosen from a sorted sample of 128 elements, with a margin of
// 12 sample ranks (over four standard deviations of a sample rank), one
// pass that counts the elements below the low pivot and gathers those
// between the pivots, and slopesSelect on the gathered ones; when the
// bracket misses a rank (improbable), slopesSelect on all of s.
func theilSelect(s []float64, ks []int) {
	n := len(s)
	if n < 1024 || len(ks) == 0 {
		slopesSelect(s, ks)
		return
	}
	const m, margin = 128, 12
	var sample [m]float64
	for i := range sample {
		sample[i] = s[i*n/m+n/(2*m)]
	}
	tsSortNoNaN(sample[:])
	kmin, kmax := slices.Min(ks), slices.Max(ks)
	lo := sample[max(0, kmin*m/n-margin)]
	hi := sample[min(m-1, kmax*m/n+1+margin)]
	mid := make([]float64, n)
	below, nm := 0, 0
	for _, v := range s {
		mid[nm] = v
		in, lt := 0, 0
		if v < lo {
			lt = 1
		}
		if !(v < lo) && !(hi < v) {
			in = 1
		}
		below += lt
		nm += in
	}
	mid = mid[:nm]
	if below > kmin || below+nm <= kmax {
		slopesSelect(s, ks)
		return
	}
	rel := make([]int, len(ks))
	for i, k := range ks {
		rel[i] = k - below
	}
	slopesSelect(mid, slices.Clone(rel))
	for i, k := range ks {
		s[k] = mid[rel[i]]
	}
}

// sortedMedian is the median of the sorted, non-empty s.
func sortedMedian(s []float64) float64 {
	h := len(s) / 2
	if len(s)%2 == 1 {
		return s[h]
	}
	return (s[h-1] + s[h]) / 2
}

// xOrRange returns x, or 0, 1, …, len(y)-1 when x is nil, checking the
// lengths.
func xOrRange(fn string, y, x []float64) ([]float64, error) {
	if x == nil {
		x = make([]float64, len(y))
		for i := range x {
			x[i] = float64(i)
		}
		return x, nil
	}
	if len(x) != len(y) {
		return nil, newErr(ErrShape, fn, "x", "has %d elements, y has %d", len(x), len(y))
	}
	return x, nil
}

// SiegelSlopesOptions are the options of SiegelSlopes; nil is SciPy's
// default (method "hierarchical").
type SiegelSlopesOptions struct {
	// Method for the intercept: "hierarchical" (the default, also "":
	// median(y - slope·x)) or "separate" (the repeated median of the
	// pairwise intercepts).
	Method string
}

// SiegelSlopesResult is the repeated-median line with SciPy's field names.
type SiegelSlopesResult struct {
	Slope, Intercept float64
}

// SiegelSlopes fits Siegel's repeated-median line to (x[i], y[i]) (y
// first; x nil means 0, 1, …, n-1), scipy.stats.siegelslopes: for each
// point the median of its slopes to the points with another x, then the
// median of those. O(n² log n).
//
// Errors: ErrShape when x and y differ in length; ErrEmpty for no points;
// ErrValue for an unknown Method.
func SiegelSlopes(y, x []float64, opts *SiegelSlopesOptions) (SiegelSlopesResult, error) {
	const fn = "SiegelSlopes"
	var o SiegelSlopesOptions
	if opts != nil {
		o = *opts
	}
	nan := math.NaN()
	bad := SiegelSlopesResult{nan, nan}
	switch o.Method {
	case "", "hierarchical", "separate":
	default:
		return bad, newErr(ErrValue, fn, "opts.Method", "%q is not \"hierarchical\" or \"separate\"", o.Method)
	}
	x, err := xOrRange(fn, y, x)
	if err != nil {
		return bad, err
	}
	n := len(y)
	if n == 0 {
		return bad, newErr(ErrEmpty, fn, "y", "no points")
	}
	slopes := siegelRowMedians(x, y)
	var inters []float64
	row := make([]float64, 0, n)
	for j := range n {
		if o.Method == "separate" {
			row = row[:0]
			for i := range n {
				if dx := x[j] - x[i]; dx != 0 {
					row = append(row, (y[i]*x[j]-y[j]*x[i])/dx)
				}
			}
			inters = append(inters, medianScratch(row, row))
		}
	}
	res := SiegelSlopesResult{Slope: median(slopes)}
	if o.Method == "separate" {
		res.Intercept = median(inters)
	} else {
		r := make([]float64, n)
		for i := range r {
			r[i] = y[i] - res.Slope*x[i]
		}
		res.Intercept = median(r)
	}
	return res, nil
}

// siegelRowMedians returns, for each point j, the median of its slopes
// (y[i]-y[j])/(x[i]-x[j]) to the points i with another x (NaN when there
// are none). Each pair's slope is computed once and stored in both rows:
// the swapped form negates numerator and denominator, which gives the same
// value exactly.
func siegelRowMedians(x, y []float64) []float64 {
	n := len(x)
	med := make([]float64, n)
	rowMedian := func(row []float64) float64 {
		if len(row) == 0 || slices.ContainsFunc(row, math.IsNaN) {
			return medianScratch(row, row)
		}
		return tsMedianNoNaN(row)
	}
	if n > siegelSymMax {
		// n² floats would be too much memory: one row at a time.
		row := make([]float64, 0, n)
		for j := range n {
			row = row[:0]
			for i := range n {
				if dx := x[i] - x[j]; dx != 0 {
					row = append(row, (y[i]-y[j])/dx)
				}
			}
			med[j] = rowMedian(row)
		}
		return med
	}
	buf := make([]float64, n*n)
	cnt := make([]int, n)
	for j := range n {
		xj, yj := x[j], y[j]
		for i := j + 1; i < n; i++ {
			if dx := x[i] - xj; dx != 0 {
				v := (y[i] - yj) / dx
				buf[j*n+cnt[j]] = v
				cnt[j]++
				buf[i*n+cnt[i]] = v
				cnt[i]++
			}
		}
	}
	for j := range n {
		med[j] = rowMedian(buf[j*n : j*n+cnt[j]])
	}
	return med
}

// siegelSymMax is the largest sample for which siegelRowMedians keeps all
// n² slopes (2 MiB), computing each pair once.
const siegelSymMax = 512

// PointBiserialR is the point-biserial correlation of the binary variable
// x (false/true as 0/1) with y, scipy.stats.pointbiserialr: Pearson's r
// and its two-sided p-value.
//
// Errors: as PearsonR.
func PointBiserialR(x []bool, y []float64) (PearsonRResult, error) {
	xf := make([]float64, len(x))
	for i, b := range x {
		if b {
			xf[i] = 1
		}
	}
	r, err := PearsonR(xf, y, nil)
	if e, ok := err.(*Error); ok {
		e.Func = "PointBiserialR"
	}
	return r, err
}
