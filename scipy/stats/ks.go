package stats

import (
	"math"
	"slices"

	"github.com/goscipy/goscipy/scipy/special"
)

// KSOptions are the options of KS1Samp, KSTest and KS2Samp; nil is SciPy's
// default (two-sided, method "auto", NaN propagates).
type KSOptions struct {
	// Alternative is the alternative hypothesis on the CDFs: TwoSided
	// (the zero value), Less (the statistic is D⁻, the largest amount by
	// which the empirical CDF of x, or of a, falls below the other CDF) or
	// Greater (D⁺, the largest amount by which it exceeds it).
	Alternative Alternative
	// Method computes the p-value. KS1Samp and KSTest: "auto" (the zero
	// value; the same as "exact"), "exact" (the finite-n distribution of
	// the statistic), "approx" (twice the one-sided p-value, two-sided
	// only; one-sided tests are always exact) or "asymp" (Kolmogorov's
	// limiting distribution of √n·D, two-sided only). KS2Samp: "auto"
	// (the zero value; "exact" when both samples have at most 10000
	// values, else "asymp"), "exact" or "asymp" (Smirnov's limit for
	// two-sided tests, Hodges' approximation for one-sided ones).
	Method string
	// NanPolicy says what a NaN in a sample does. SciPy 1.10 has no
	// nan_policy here (a NaN gives a NaN statistic); this follows the
	// nan_policy SciPy 1.11 added, whose default propagate gives NaN too.
	NanPolicy NanPolicy
}

// KSResult is the result of KS1Samp, KSTest and KS2Samp, with the fields of
// SciPy's KstestResult.
type KSResult struct {
	// Statistic is the Kolmogorov–Smirnov statistic D (D⁺ or D⁻ for a
	// one-sided alternative).
	Statistic float64
	// PValue is the p-value of Statistic under the chosen Alternative.
	PValue float64
	// StatisticLocation is the observation at which the distance between
	// the CDFs is Statistic (SciPy's statistic_location); NaN where the
	// result is NaN.
	StatisticLocation float64
	// StatisticSign is +1 when the empirical CDF of x (or of a) exceeds
	// the other CDF at StatisticLocation, -1 otherwise (SciPy's
	// statistic_sign); 0 where the result is NaN.
	StatisticSign int
}

// ksNaN is the result of a test whose input holds a NaN.
func ksNaN() KSResult {
	return KSResult{Statistic: math.NaN(), PValue: math.NaN(), StatisticLocation: math.NaN()}
}

// ksOptions reads opts for the function fn, checking its Method against
// the allowed ones.
func ksOptions(fn string, opts *KSOptions, methods ...string) (KSOptions, error) {
	var o KSOptions
	if opts != nil {
		o = *opts
	}
	alt, err := checkAlt(fn, o.Alternative)
	if err != nil {
		return o, err
	}
	o.Alternative = alt
	if o.Method == "" {
		o.Method = "auto"
	}
	if !slices.Contains(methods, o.Method) {
		return o, newErr(ErrValue, fn, "opts.Method", "%q is not one of %q", o.Method, methods)
	}
	return o, nil
}

// KS1Samp is the one-sample Kolmogorov–Smirnov test of the null
// hypothesis that the sample x comes from the continuous distribution
// with CDF cdf, scipy.stats.ks_1samp. With the sorted sample x₍₁₎ ≤ … ≤
// x₍ₙ₎, D⁺ = maxᵢ (i/n - cdf(x₍ᵢ₎)) and D⁻ = maxᵢ (cdf(x₍ᵢ₎) - (i-1)/n);
// the two-sided statistic is the larger (D⁻ on a tie).
//
// P-values: one-sided from the exact distribution of D⁺
// (special.Smirnov); two-sided, with Method "auto" or "exact", from the
// exact distribution of D for this n (SciPy's kstwo: Durbin's matrix,
// Pomeranz's recursion or the Pelz–Good series, chosen by Simard and
// L'Ecuyer's rules); "approx" doubles the one-sided p-value and "asymp"
// uses Kolmogorov's limit (special.Kolmogorov(√n·D)). cdf is called once
// for each value of x; a NaN it returns gives NaN statistic and p-value.
// x is not modified.
//
// Errors: ErrEmpty for an empty x (after omitting NaN), as SciPy raises;
// ErrValue for an unknown Alternative, Method or NanPolicy, a nil cdf, or
// a NaN under NanRaise. SciPy reads an unknown method as "approx"; this
// function rejects it.
func KS1Samp(x []float64, cdf func(float64) float64, opts *KSOptions) (KSResult, error) {
	return ks1Samp("KS1Samp", x, cdf, opts)
}

// KSTest is the one-sample Kolmogorov–Smirnov test of the null hypothesis
// that x comes from the distribution dist, scipy.stats.kstest with a
// frozen distribution (or its CDF) as cdf: KS1Samp(x, dist.CDF, opts).
// SciPy's two-sample form kstest(a, b) is KS2Samp(a, b, opts).
//
// Errors: as KS1Samp; ErrValue for a nil dist.
func KSTest(x []float64, dist Continuous, opts *KSOptions) (KSResult, error) {
	const fn = "KSTest"
	if dist == nil {
		return ksNaN(), newErr(ErrValue, fn, "dist", "is nil")
	}
	return ks1Samp(fn, x, dist.CDF, opts)
}

func ks1Samp(fn string, x []float64, cdf func(float64) float64, opts *KSOptions) (KSResult, error) {
	o, err := ksOptions(fn, opts, "auto", "exact", "approx", "asymp")
	if err != nil {
		return ksNaN(), err
	}
	if cdf == nil {
		return ksNaN(), newErr(ErrValue, fn, "cdf", "is nil")
	}
	data, nan, err := prepare(fn, "x", x, o.NanPolicy)
	if err != nil {
		return ksNaN(), err
	}
	if len(data) == 0 {
		return ksNaN(), newErr(ErrEmpty, fn, "x", "must not be empty")
	}
	if nan {
		return ksNaN(), nil
	}
	xs := slices.Clone(data)
	tsSortFloats(xs)
	n := len(xs)
	nf := float64(n)
	// D⁺ and D⁻ with the first index of the maximum, a NaN winning as in
	// NumPy's argmax.
	dPlus, iPlus := math.Inf(-1), 0
	dMinus, iMinus := math.Inf(-1), 0
	plusNaN, minusNaN := false, false
	for i, v := range xs {
		c := cdf(v)
		p := float64(i+1)/nf - c
		m := c - float64(i)/nf
		if !plusNaN && (math.IsNaN(p) || p > dPlus) {
			dPlus, iPlus, plusNaN = p, i, math.IsNaN(p)
		}
		if !minusNaN && (math.IsNaN(m) || m > dMinus) {
			dMinus, iMinus, minusNaN = m, i, math.IsNaN(m)
		}
	}
	switch o.Alternative {
	case Greater:
		return KSResult{dPlus, ksOneSF(dPlus, n), xs[iPlus], 1}, nil
	case Less:
		return KSResult{dMinus, ksOneSF(dMinus, n), xs[iMinus], -1}, nil
	}
	r := KSResult{dMinus, 0, xs[iMinus], -1}
	if dPlus > dMinus {
		r = KSResult{dPlus, 0, xs[iPlus], 1}
	}
	switch o.Method {
	case "asymp":
		r.PValue = special.Kolmogorov(r.Statistic * math.Sqrt(nf))
	case "approx":
		r.PValue = 2 * ksOneSF(r.Statistic, n)
	default:
		r.PValue = ksTwoSF(r.Statistic, n)
	}
	r.PValue = ksClip(r.PValue)
	return r, nil
}

// ksMaxAutoN is the largest sample size for which KS2Samp's "auto" method
// tries the exact p-value.
const ksMaxAutoN = 10000

// KS2Samp is the two-sample Kolmogorov–Smirnov test of the null hypothesis
// that a and b come from the same continuous distribution,
// scipy.stats.ks_2samp (and scipy.stats.kstest with two samples). The
// statistic is the largest difference between the empirical CDFs F_a - F_b
// (Greater), F_b - F_a (Less) or either (TwoSided), evaluated at every
// observation, so ties are handled as SciPy does.
//
// P-values: "exact" counts lattice paths (Hodges' treatment of the
// Drion–Gnedenko–Korolyuk method; the two-sided probability by Viehmann's
// stable recursion for 1 - p), after rounding D to the nearest multiple of
// 1/lcm(n_a, n_b); the Statistic returned is that rounded value, as in
// SciPy. When the exact computation fails (overflow, or lcm(n_a, n_b) past
// 2³¹-1 for an explicit "exact"), it falls back to "asymp" as SciPy does
// (SciPy also warns). "asymp" uses the two-sided finite-n Kolmogorov
// distribution at n = round(n_a·n_b/(n_a+n_b)) (NaN when that rounds to 0)
// or Hodges' one-sided approximation. a and b are not modified.
//
// Errors: ErrEmpty for an empty a or b (after omitting NaN), as SciPy
// raises; ErrValue for an unknown Alternative, Method ("auto", "exact",
// "asymp") or NanPolicy, or a NaN under NanRaise.
func KS2Samp(a, b []float64, opts *KSOptions) (KSResult, error) {
	const fn = "KS2Samp"
	o, err := ksOptions(fn, opts, "auto", "exact", "asymp")
	if err != nil {
		return ksNaN(), err
	}
	da, nanA, err := prepare(fn, "a", a, o.NanPolicy)
	if err != nil {
		return ksNaN(), err
	}
	db, nanB, err := prepare(fn, "b", b, o.NanPolicy)
	if err != nil {
		return ksNaN(), err
	}
	if len(da) == 0 {
		return ksNaN(), newErr(ErrEmpty, fn, "a", "must not be empty")
	}
	if len(db) == 0 {
		return ksNaN(), newErr(ErrEmpty, fn, "b", "must not be empty")
	}
	if nanA || nanB {
		return ksNaN(), nil
	}
	s1, s2 := slices.Clone(da), slices.Clone(db)
	tsSortFloats(s1)
	tsSortFloats(s2)
	n1, n2 := len(s1), len(s2)
	// Differences of the right-continuous empirical CDFs at every
	// observation, s1's then s2's, keeping the first minimum and maximum.
	// The counts c1 = #{s1 ≤ v}, c2 = #{s2 ≤ v} only grow along a sorted
	// sample, so each pass walks both samples once.
	minD, maxD := math.Inf(1), math.Inf(-1)
	var minLoc, maxLoc float64
	for _, s := range [2][]float64{s1, s2} {
		c1, c2 := 0, 0
		for _, v := range s {
			for c1 < n1 && s1[c1] <= v {
				c1++
			}
			for c2 < n2 && s2[c2] <= v {
				c2++
			}
			d := float64(c1)/float64(n1) - float64(c2)/float64(n2)
			if d < minD {
				minD, minLoc = d, v
			}
			if d > maxD {
				maxD, maxLoc = d, v
			}
		}
	}
	minS := ksClip(-minD)
	r := KSResult{Statistic: maxD, StatisticLocation: maxLoc, StatisticSign: 1}
	if o.Alternative == Less || (o.Alternative == TwoSided && minS > maxD) {
		r = KSResult{Statistic: minS, StatisticLocation: minLoc, StatisticSign: -1}
	}
	d := r.Statistic
	g := ksGCD(n1, n2)
	n1g, n2g := n1/g, n2/g
	method := o.Method
	switch method {
	case "auto":
		method = "exact"
		if max(n1, n2) > ksMaxAutoN {
			method = "asymp"
		}
	case "exact":
		if float64(n1g) >= float64(math.MaxInt32)/float64(n2g) {
			method = "asymp"
		}
	}
	prob := math.NaN()
	if method == "exact" {
		var ok bool
		ok, d, prob = ksExact2Samp(n1, n2, g, d, o.Alternative)
		if !ok {
			method = "asymp"
		}
	}
	if method == "asymp" {
		m, n := float64(max(n1, n2)), float64(min(n1, n2))
		en := m * n / (m + n)
		if o.Alternative == TwoSided {
			prob = ksTwoSF(d, int(math.RoundToEven(en)))
		} else {
			z := math.Sqrt(en) * d
			expt := -2*(z*z) - 2*z*(m+2*n)/math.Sqrt(m*n*(m+n))/3.0
			prob = math.Exp(expt)
		}
	}
	r.Statistic = d
	r.PValue = ksClip(prob)
	return r, nil
}

// ksGCD is the greatest common divisor of positive a and b.
func ksGCD(a, b int) int {
	for b != 0 { // Euclid: b strictly decreases
		a, b = b, a%b
	}
	return a
}

// ksFloorDiv is ⌊a/b⌋ for b > 0.
func ksFloorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && a < 0 {
		q--
	}
	return q
}

// ksCeilDiv is ⌈a/b⌉ for b > 0.
func ksCeilDiv(a, b int) int { return -ksFloorDiv(-a, b) }

// ksExact2Samp is the exact p-value of the two-sample statistic d for
// sample sizes n1, n2 with gcd g: it reports whether the computation
// succeeded, d rounded to a multiple of 1/lcm, and the p-value.
func ksExact2Samp(n1, n2, g int, d float64, alt Alternative) (bool, float64, float64) {
	lcm := (n1 / g) * n2
	h := int(math.RoundToEven(d * float64(lcm)))
	d = float64(h) / float64(lcm)
	if h == 0 {
		return true, d, 1
	}
	var prob float64
	switch {
	case alt == TwoSided && n1 == n2:
		prob = ksOutsideSquare(n1, h)
	case alt == TwoSided:
		prob = ksOutsideBand(n1, n2, g, h)
	case n1 == n2:
		// binom(2n, n-h)/binom(2n, n) as a product of h ratios.
		prob = 1
		for j := range h {
			prob *= float64(n1-j) / (float64(n1+j) + 1)
		}
	default:
		// Every count below is at most binom(n1+n2, n1): when that
		// overflows, SciPy's computation fails too, so stop early.
		total := special.Binom(float64(n1+n2), float64(n1))
		if math.IsInf(total, 0) {
			return false, d, math.NaN()
		}
		paths := ksPathsBelow(n1, n2, g, h)
		if math.IsNaN(paths) || math.IsInf(paths, 0) || math.IsInf(total, 0) || paths > total {
			return false, d, math.NaN()
		}
		prob = paths / total
	}
	if math.IsInf(prob, 0) || math.IsNaN(prob) {
		return false, d, math.NaN()
	}
	if !(prob >= 0 && prob <= 1) {
		return false, d, prob
	}
	return true, d, prob
}

// ksOutsideSquare is P(D_{n,n} ≥ h/n), the proportion of lattice paths
// from (0, 0) to (n, n) reaching either line x - y = ±h: the alternating
// sum 2·Σ_k (-1)^(k+1) binom(2n, n-kh)/binom(2n, n), evaluated in nested
// (Horner-like) form to avoid cancellation.
func ksOutsideSquare(n, h int) float64 {
	p := 0.0
	for k := n / h; k >= 0; k-- {
		a := 1.0
		for j := range h {
			a = float64(n-k*h-j) * a / float64(n+k*h+j+1)
		}
		p = a * (1 - p)
	}
	return 2 * p
}

// ksOutsideBand is the proportion of lattice paths from (0, 0) to (m, n)
// that leave the band |x/m - y/n| < h/lcm(m, n), by Viehmann's recursion
// for the complement of the inside count, one column at a time over a
// sliding window of rows.
func ksOutsideBand(m, n, g, h int) float64 {
	if m < n {
		m, n = n, m
	}
	mg, ng := m/g, n/g
	minj, maxj := 0, min(ksCeilDiv(h, mg), n+1)
	curlen := maxj - minj
	lenA := min(2*maxj+2, n+1)
	a := make([]float64, lenA)
	for i := range a {
		a[i] = 1
	}
	for i := minj; i < maxj && i < lenA; i++ {
		a[i] = 0
	}
	get := func(i int) float64 {
		if i < 0 || i >= lenA {
			return 1 // outside the band
		}
		return a[i]
	}
	for i := 1; i <= m; i++ {
		fi := float64(i)
		lastMinj, lastLen := minj, curlen
		minj = min(max(ksFloorDiv(ng*i-h, mg)+1, 0), n)
		maxj = min(ksCeilDiv(ng*i+h, mg), n+1)
		if maxj <= minj {
			return 1
		}
		val := 1.0
		if minj == 0 {
			val = 0
		}
		for jj := range maxj - minj {
			j := float64(jj + minj)
			val = (get(jj+minj-lastMinj)*fi + val*j) / (fi + j)
			if jj < lenA {
				a[jj] = val
			}
		}
		curlen = maxj - minj
		for q := curlen; q < curlen+(lastLen-curlen) && q < lenA; q++ {
			a[q] = 1
		}
	}
	return get(maxj - minj - 1)
}

// ksPathsBelow counts the lattice paths from (0, 0) to (m, n) that touch
// the line m·y = n·x - h·g (Hodges' method): B(x_j, j), the paths first
// reaching the boundary at row j, times the continuations to (m, n). It
// stops with +Inf as soon as a count overflows.
func ksPathsBelow(m, n, g, h int) float64 {
	if m < n {
		m, n = n, m
	}
	mg, ng := m/g, n/g
	lxj := n + ksFloorDiv(mg-h, mg)
	if lxj <= 0 {
		return special.Binom(float64(m+n), float64(n))
	}
	xj := make([]int, lxj)
	for j := range xj {
		xj[j] = (h + mg*j + ng - 1) / ng
	}
	// xj[j]-xj[i] takes at most two values for each j-i, so the
	// binomials of the inner sum repeat: remember them.
	memo := make(map[[2]int]float64)
	binom := func(x, k int) float64 {
		key := [2]int{x, k}
		v, ok := memo[key]
		if !ok {
			v = special.Binom(float64(x+k), float64(k))
			memo[key] = v
		}
		return v
	}
	b := make([]float64, lxj)
	b[0] = 1
	for j := 1; j < lxj; j++ {
		bj := special.Binom(float64(xj[j]+j), float64(j))
		for i := range j {
			bj -= binom(xj[j]-xj[i], j-i) * b[i]
		}
		if math.IsInf(bj, 0) || math.IsNaN(bj) {
			return math.Inf(1)
		}
		b[j] = bj
	}
	paths := 0.0
	for j := range lxj {
		paths += b[j] * special.Binom(float64(m-xj[j]+n-j), float64(n-j))
	}
	return paths
}
