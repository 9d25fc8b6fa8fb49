package stats

import (
	"cmp"
	"math"
	"slices"
)

// EntropyOptions are the options of Entropy; nil is SciPy's default
// (natural logarithm, no second distribution).
type EntropyOptions struct {
	// QK, if not nil, is a second distribution: Entropy then returns the
	// Kullback–Leibler divergence Σ pk·log(pk/qk).
	QK []float64
	// Base of the logarithm; 0 means e.
	Base float64
}

// Entropy returns the Shannon entropy -Σ pk·log(pk) of the distribution
// pk (normalized to sum to 1 first), or with QK the relative entropy,
// scipy.stats.entropy. Zero probabilities contribute 0 (0·log 0 = 0); a
// positive pk where qk is 0 gives +Inf.
//
// Errors: ErrValue for a negative Base (or 1, where log base is 0), ErrShape
// when QK and pk differ in length.
func Entropy(pk []float64, opts *EntropyOptions) (float64, error) {
	const fn = "Entropy"
	var o EntropyOptions
	if opts != nil {
		o = *opts
	}
	if o.Base < 0 || o.Base == 1 || math.IsNaN(o.Base) {
		return math.NaN(), newErr(ErrValue, fn, "opts.Base", "must be positive and not 1, got %v", o.Base)
	}
	if o.QK != nil && len(o.QK) != len(pk) {
		return math.NaN(), newErr(ErrShape, fn, "opts.QK", "has %d elements, pk has %d", len(o.QK), len(pk))
	}
	sp := sum(pk)
	var sq float64
	if o.QK != nil {
		sq = sum(o.QK)
	}
	terms := make([]float64, len(pk))
	for i, v := range pk {
		p := v / sp
		if o.QK == nil {
			terms[i] = entr(p)
		} else {
			terms[i] = relEntr(p, o.QK[i]/sq)
		}
	}
	s := sum(terms)
	if o.Base > 0 {
		s /= math.Log(o.Base)
	}
	return s, nil
}

// entr is scipy.special.entr: -x·log x, 0 at 0, -Inf below.
func entr(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case x > 0:
		return -x * math.Log(x)
	case x == 0:
		return 0
	}
	return math.Inf(-1)
}

// relEntr is scipy.special.rel_entr: x·log(x/y), 0 for x = 0, +Inf where
// x > 0 and y = 0 or either is negative.
func relEntr(x, y float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsNaN(y):
		return math.NaN()
	case x > 0 && y > 0:
		return x * math.Log(x/y)
	case x == 0 && y >= 0:
		return 0
	}
	return math.Inf(1)
}

// DistanceOptions are the options of WassersteinDistance and
// EnergyDistance: weights of the values of each distribution (nil means
// equal).
type DistanceOptions struct {
	UWeights, VWeights []float64
}

// WassersteinDistance is the first Wasserstein (earth mover's) distance
// between the empirical distributions of u and v, ∫|U(t) - V(t)| dt,
// scipy.stats.wasserstein_distance.
//
// Errors: ErrEmpty for an empty distribution; ErrShape for weights of the
// wrong length; ErrValue for negative, non-finite or all-zero weights.
func WassersteinDistance(u, v []float64, opts *DistanceOptions) (float64, error) {
	return cdfDistance("WassersteinDistance", 1, u, v, opts)
}

// EnergyDistance is the energy distance between the empirical
// distributions of u and v, √2·(∫(U(t) - V(t))² dt)^(1/2),
// scipy.stats.energy_distance. Errors as WassersteinDistance.
func EnergyDistance(u, v []float64, opts *DistanceOptions) (float64, error) {
	d, err := cdfDistance("EnergyDistance", 2, u, v, opts)
	return math.Sqrt2 * d, err
}

// cdfDistance is SciPy's _cdf_distance: the Lᵖ distance between the two
// empirical CDFs, integrated exactly over the pooled sorted values. The
// pooled values are the merge of the two sorted samples, and both CDFs are
// evaluated along them by forward walks: O(n) after the two sorts, where
// SciPy sorts the pool again and binary-searches every point.
func cdfDistance(fn string, p int, u, v []float64, opts *DistanceOptions) (float64, error) {
	var o DistanceOptions
	if opts != nil {
		o = *opts
	}
	if o.UWeights == nil && o.VWeights == nil {
		return cdfDistanceUnweighted(fn, p, u, v)
	}
	uc, err := empiricalCDF(fn, "u", u, o.UWeights)
	if err != nil {
		return math.NaN(), err
	}
	vc, err := empiricalCDF(fn, "v", v, o.VWeights)
	if err != nil {
		return math.NaN(), err
	}
	// A NaN makes SciPy's pooled differences, and so the result, NaN; it
	// would also break the merge's ordering.
	if slices.ContainsFunc(uc.x, math.IsNaN) || slices.ContainsFunc(vc.x, math.IsNaN) {
		return math.NaN(), nil
	}
	all := make([]float64, 0, len(u)+len(v))
	i, j := 0, 0
	for i < len(uc.x) && j < len(vc.x) {
		if uc.x[i] <= vc.x[j] {
			all = append(all, uc.x[i])
			i++
		} else {
			all = append(all, vc.x[j])
			j++
		}
	}
	all = append(append(all, uc.x[i:]...), vc.x[j:]...)
	// i and j count the values of u and v at most all[k].
	terms := make([]float64, len(all)-1)
	ut, vt := uc.cum[len(uc.x)], vc.cum[len(vc.x)]
	i, j = 0, 0
	for k := range terms {
		t := all[k]
		for i < len(uc.x) && uc.x[i] <= t {
			i++
		}
		for j < len(vc.x) && vc.x[j] <= t {
			j++
		}
		d := math.Abs(uc.cum[i]/ut - vc.cum[j]/vt)
		if p == 2 {
			d *= d
		}
		terms[k] = d * (all[k+1] - t)
	}
	s := sum(terms)
	if p == 2 {
		return math.Sqrt(s), nil
	}
	return s, nil
}

// cdfDistanceUnweighted is cdfDistance with unit weights: the CDFs at the
// k-th pooled value are i/len(u) and j/len(v) with i, j the counts of u's
// and v's values at most it (as cdfDistance's cum[i]/cum[n] with cum[i] =
// i), the sorted samples, pool and terms sharing one allocation.
func cdfDistanceUnweighted(fn string, p int, u, v []float64) (float64, error) {
	if len(u) == 0 {
		return math.NaN(), newErr(ErrEmpty, fn, "u", "the distribution can't be empty")
	}
	if len(v) == 0 {
		return math.NaN(), newErr(ErrEmpty, fn, "v", "the distribution can't be empty")
	}
	nu, nv := len(u), len(v)
	n := nu + nv
	// us and vs end in a +Inf sentinel, so the merge needs no bounds
	// tests; data holding an infinity (or a NaN) take the general path.
	buf := make([]float64, 3*n+1)
	us, vs, terms := buf[:nu+1:nu+1], buf[nu+1:n+2:n+2], buf[n+2:2*n+1]
	for i, x := range u {
		if x-x != 0 {
			return cdfDistanceGeneral(fn, p, u, v, buf[2*n+1:])
		}
		us[i] = x
	}
	for i, x := range v {
		if x-x != 0 {
			return cdfDistanceGeneral(fn, p, u, v, buf[2*n+1:])
		}
		vs[i] = x
	}
	us[nu], vs[nv] = math.Inf(1), math.Inf(1)
	tsSortNoNaN(us[:nu])
	tsSortNoNaN(vs[:nv])
	// After the k-th pooled value t is taken (u's first among ties), i
	// and j values of u and v are used; when the next pooled value is
	// larger they are the counts of values at most t, and when it ties
	// the term is 0 whatever the counts.
	fu, fv := float64(nu), float64(nv)
	i, j := 0, 0
	for k := range terms {
		var t float64
		if us[i] <= vs[j] {
			t = us[i]
			i++
		} else {
			t = vs[j]
			j++
		}
		next := min(us[i], vs[j])
		d := math.Abs(float64(i)/fu - float64(j)/fv)
		if p == 2 {
			d *= d
		}
		terms[k] = d * (next - t)
	}
	s := sum(terms)
	if p == 2 {
		return math.Sqrt(s), nil
	}
	return s, nil
}

// cdfDistanceGeneral is cdfDistanceUnweighted for samples holding a NaN
// (the result is NaN) or an infinity: the merge with bounds tests, then
// both CDFs walked along the pool. buf has room for the pool.
func cdfDistanceGeneral(fn string, p int, u, v, buf []float64) (float64, error) {
	if slices.ContainsFunc(u, math.IsNaN) || slices.ContainsFunc(v, math.IsNaN) {
		return math.NaN(), nil
	}
	nu, nv := len(u), len(v)
	n := nu + nv
	us, vs := slices.Clone(u), slices.Clone(v)
	tsSortNoNaN(us)
	tsSortNoNaN(vs)
	all := buf[:n]
	i, j := 0, 0
	for k := range all {
		if j == nv || (i < nu && us[i] <= vs[j]) {
			all[k] = us[i]
			i++
		} else {
			all[k] = vs[j]
			j++
		}
	}
	terms := make([]float64, n-1)
	fu, fv := float64(nu), float64(nv)
	i, j = 0, 0
	for k := range terms {
		t := all[k]
		for i < nu && us[i] <= t {
			i++
		}
		for j < nv && vs[j] <= t {
			j++
		}
		d := math.Abs(float64(i)/fu - float64(j)/fv)
		if p == 2 {
			d *= d
		}
		terms[k] = d * (all[k+1] - t)
	}
	s := sum(terms)
	if p == 2 {
		return math.Sqrt(s), nil
	}
	return s, nil
}

// ecdf is the empirical CDF of sorted values with cumulative weights.
type ecdf struct {
	x   []float64
	cum []float64 // cum[i] = total weight of x[:i]; cum[len(x)] the total
}

func empiricalCDF(fn, arg string, x, w []float64) (ecdf, error) {
	if len(x) == 0 {
		return ecdf{}, newErr(ErrEmpty, fn, arg, "the distribution can't be empty")
	}
	if w != nil && len(w) != len(x) {
		return ecdf{}, newErr(ErrShape, fn, arg+" weights", "have %d elements, %s has %d", len(w), arg, len(x))
	}
	e := ecdf{cum: make([]float64, len(x)+1)}
	if w == nil {
		// Unit weights: cum[i] = i exactly, whatever the order of ties.
		e.x = slices.Clone(x)
		tsSortFloats(e.x)
		for i := range e.cum {
			e.cum[i] = float64(i)
		}
		return e, nil
	}
	idx := make([]int, len(x))
	for i := range idx {
		idx[i] = i
	}
	// Stable, so that tied values add their weights in input order.
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(x[a], x[b]) })
	e.x = make([]float64, len(x))
	for k, i := range idx {
		e.x[k] = x[i]
		wi := w[i]
		if !(wi >= 0) || math.IsInf(wi, 0) {
			return ecdf{}, newErr(ErrValue, fn, arg+" weights", "element %d is %v; weights must be non-negative and finite", i, wi)
		}
		e.cum[k+1] = e.cum[k] + wi
	}
	if e.cum[len(x)] == 0 {
		return ecdf{}, newErr(ErrValue, fn, arg+" weights", "sum to zero")
	}
	return e, nil
}
