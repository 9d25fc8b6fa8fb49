package stats

import (
	"math"
	"slices"
)

// tieTerm is Σ (t³ - t) over the groups of equal values in x, the tie
// correction of the rank tests.
func tieTerm(x []float64) float64 {
	s := slices.Clone(x)
	slices.Sort(s)
	var tt float64
	for i := 0; i < len(s); {
		j := i + 1
		for j < len(s) && s[j] == s[i] {
			j++
		}
		t := float64(j - i)
		tt += t*t*t - t
		i = j
	}
	return tt
}

// Kruskal is the Kruskal–Wallis H test that samples come from the same
// distribution, scipy.stats.kruskal: H from the average ranks of the
// pooled data, corrected for ties, χ² with k-1 degrees of freedom. An
// empty sample, or a NaN under NanPropagate (the zero Options), gives NaN.
// The samples come as a slice, as for Levene.
//
// Errors: ErrValue for fewer than two samples, when all values are
// identical (SciPy raises), or a NaN under NanRaise.
func Kruskal(samples [][]float64, opts *Options) (TestResult, error) {
	const fn = "Kruskal"
	if err := checkGroups(fn, samples); err != nil {
		return nanResult(), err
	}
	var all []float64
	var n []int
	for _, s := range samples {
		d, nan, err := prepare(fn, "samples", s, policyOf(opts))
		if err != nil {
			return nanResult(), err
		}
		if nan || len(d) == 0 {
			return nanResult(), nil
		}
		all = append(all, d...)
		n = append(n, len(d))
	}
	ranks, tt := tsRankAvg(all)
	N := float64(len(all))
	ties := 1 - tt/(N*N*N-N)
	if ties == 0 {
		return nanResult(), newErr(ErrValue, fn, "samples", "all numbers are identical")
	}
	var ssbn float64
	j := 0
	for _, ni := range n {
		s := sum(ranks[j : j+ni])
		ssbn += s * s / float64(ni)
		j += ni
	}
	h := (12/(N*(N+1))*ssbn - 3*(N+1)) / ties
	df := float64(len(samples) - 1)
	return TestResult{Statistic: h, PValue: chi2SF(h, df), DF: df}, nil
}

// FriedmanChiSquare is the Friedman test for repeated measurements,
// scipy.stats.friedmanchisquare: each of the n subjects is measured under
// k ≥ 3 conditions (samples[j][i] is subject i under condition j), the
// measurements are ranked within subjects, and the statistic is χ² with
// k-1 degrees of freedom, corrected for ties.
//
// Errors: ErrValue for fewer than three samples; ErrShape when they differ
// in length.
func FriedmanChiSquare(samples ...[]float64) (TestResult, error) {
	const fn = "FriedmanChiSquare"
	k := len(samples)
	if k < 3 {
		return nanResult(), newErr(ErrValue, fn, "samples", "at least 3 sets of samples are required, got %d", k)
	}
	n := len(samples[0])
	for j, s := range samples {
		if len(s) != n {
			return nanResult(), newErr(ErrShape, fn, "samples", "sample %d has %d elements, sample 0 has %d", j, len(s), n)
		}
	}
	colSum := make([]float64, k)
	var ties float64
	row := make([]float64, k)
	for i := range n {
		for j := range k {
			row[j] = samples[j][i]
		}
		r, _ := RankData(row, nil)
		for j := range k {
			colSum[j] += r[j]
		}
		ties += tieTerm(row)
	}
	fk, fn2 := float64(k), float64(n)
	c := 1 - ties/(fk*(fk*fk-1)*fn2)
	var ssbn float64
	for _, s := range colSum {
		ssbn += s * s
	}
	chi := (12/(fk*fn2*(fk+1))*ssbn - 3*fn2*(fk+1)) / c
	return TestResult{Statistic: chi, PValue: chi2SF(chi, fk-1), DF: fk - 1}, nil
}

// MannWhitneyUOptions are the options of MannWhitneyU; nil is SciPy's
// default (continuity correction, two-sided, method "auto").
type MannWhitneyUOptions struct {
	// NoContinuity drops the continuity correction of the asymptotic
	// method (SciPy's use_continuity=False).
	NoContinuity bool
	Alternative  Alternative
	// Method is "auto" (the default, also ""): exact when either sample
	// has at most 8 elements and there are no ties, else asymptotic;
	// "exact" (the exact null distribution, not corrected for ties) or
	// "asymptotic" (normal approximation with tie correction).
	Method string
}

// MannWhitneyU is the Mann–Whitney U rank test of two independent
// samples, scipy.stats.mannwhitneyu. Statistic is U of x (the number of
// pairs with x above y, ties counting one half), whatever the
// alternative, as in SciPy.
//
// Errors: ErrEmpty for an empty sample; ErrValue for an unknown
// Alternative or Method.
func MannWhitneyU(x, y []float64, opts *MannWhitneyUOptions) (TestResult, error) {
	const fn = "MannWhitneyU"
	var o MannWhitneyUOptions
	if opts != nil {
		o = *opts
	}
	alt, err := checkAlt(fn, o.Alternative)
	if err != nil {
		return nanResult(), err
	}
	switch o.Method {
	case "", "auto", "exact", "asymptotic":
	default:
		return nanResult(), newErr(ErrValue, fn, "opts.Method", "%q is not one of \"auto\", \"exact\", \"asymptotic\"", o.Method)
	}
	if len(x) == 0 || len(y) == 0 {
		return nanResult(), newErr(ErrEmpty, fn, "x", "both samples must be non-empty (got %d and %d)", len(x), len(y))
	}
	if slices.ContainsFunc(x, math.IsNaN) || slices.ContainsFunc(y, math.IsNaN) {
		return nanResult(), nil
	}
	n1, n2 := len(x), len(y)
	ranks, ties := tsRankAvg2(x, y)
	method := o.Method
	if method == "" || method == "auto" {
		method = "exact"
		if (n1 > 8 && n2 > 8) || ties > 0 {
			method = "asymptotic"
		}
	}
	u1 := sum(ranks[:n1]) - float64(n1*(n1+1))/2
	u2 := float64(n1*n2) - u1
	u, f := math.Max(u1, u2), 2.0
	switch alt {
	case Greater:
		u, f = u1, 1
	case Less:
		u, f = u2, 1
	}
	var p float64
	if method == "exact" {
		p = mwuSF(int(u), n1, n2)
	} else {
		N := float64(n1 + n2)
		s := math.Sqrt(float64(n1*n2) / 12 * ((N + 1) - ties/(N*(N-1))))
		num := u - float64(n1*n2)/2
		if !o.NoContinuity {
			num -= 0.5
		}
		p = normPValue(num/s, Greater)
	}
	return TestResult{Statistic: u1, PValue: math.Max(0, math.Min(1, f*p)), DF: math.NaN()}, nil
}

// mwuSF is P(U ≥ k) under the null hypothesis for samples of sizes m and
// n, by the recurrence p(u; m, n) = m/(m+n)·p(u-n; m-1, n) +
// n/(m+n)·p(u; m, n-1) on probabilities (which cannot overflow), O(m·n·mn)
// time.
func mwuSF(k, m, n int) float64 {
	if k <= 0 {
		return 1
	}
	if k > m*n {
		return 0
	}
	// prob[i][j] is the distribution of U for sizes i and j, built up in
	// j for each i; only the previous i is kept.
	prev := make([][]float64, n+1) // i-1
	cur := make([][]float64, n+1)
	for j := 0; j <= n; j++ {
		prev[j] = []float64{1} // i = 0: U = 0
	}
	for i := 1; i <= m; i++ {
		cur[0] = []float64{1} // j = 0: U = 0
		for j := 1; j <= n; j++ {
			d := make([]float64, i*j+1)
			a, b := float64(i)/float64(i+j), float64(j)/float64(i+j)
			for u := range d {
				if v := u - j; v >= 0 && v < len(prev[j]) {
					d[u] += a * prev[j][v]
				}
				if u < len(cur[j-1]) {
					d[u] += b * cur[j-1][u]
				}
			}
			cur[j] = d
		}
		prev, cur = cur, prev
	}
	dist := prev[n]
	var s float64
	for u := k; u < len(dist); u++ {
		s += dist[u]
	}
	return s
}

// WilcoxonOptions are the options of Wilcoxon; nil is SciPy's default
// (zero method "wilcox", no correction, two-sided, method "auto").
type WilcoxonOptions struct {
	// ZeroMethod treats zero differences: "wilcox" (the default, also "":
	// dropped), "pratt" (ranked with the others, then dropped) or
	// "zsplit" (their ranks split between the positive and negative sums).
	ZeroMethod string
	// Correction applies a continuity correction of 1/2 in the normal
	// approximation.
	Correction  bool
	Alternative Alternative
	// Method is "auto" (the default, also ""; exact up to 50 differences
	// without zeros), "exact" or "approx".
	Method string
}

// Wilcoxon is the Wilcoxon signed-rank test that the paired differences
// x - y are symmetric about zero, scipy.stats.wilcoxon; y nil tests x
// itself. Statistic is the smaller of the positive and negative rank sums
// for TwoSided, the positive rank sum otherwise, as in SciPy. As in SciPy
// 1.10, the exact method falls back to the normal approximation when
// there are zeros, and reads a tied (half-integer) rank sum truncated to
// an integer. An empty difference gives NaN.
//
// Errors: ErrShape when y is not nil and differs in length from x;
// ErrValue for an unknown ZeroMethod, Alternative or Method, or when all
// differences are zero with "wilcox" or "pratt" in the normal
// approximation (SciPy raises).
func Wilcoxon(x, y []float64, opts *WilcoxonOptions) (TestResult, error) {
	const fn = "Wilcoxon"
	var o WilcoxonOptions
	if opts != nil {
		o = *opts
	}
	alt, err := checkAlt(fn, o.Alternative)
	if err != nil {
		return nanResult(), err
	}
	zm := o.ZeroMethod
	switch zm {
	case "":
		zm = "wilcox"
	case "wilcox", "pratt", "zsplit":
	default:
		return nanResult(), newErr(ErrValue, fn, "opts.ZeroMethod", "%q is not one of \"wilcox\", \"pratt\", \"zsplit\"", zm)
	}
	mode := o.Method
	switch mode {
	case "", "auto", "exact", "approx":
	default:
		return nanResult(), newErr(ErrValue, fn, "opts.Method", "%q is not one of \"auto\", \"exact\", \"approx\"", mode)
	}
	d := slices.Clone(x)
	if y != nil {
		if len(y) != len(x) {
			return nanResult(), newErr(ErrShape, fn, "y", "has %d elements, x has %d; the samples must have the same length", len(y), len(x))
		}
		for i := range d {
			d[i] -= y[i]
		}
	}
	if len(d) == 0 || slices.ContainsFunc(d, math.IsNaN) {
		return nanResult(), nil
	}
	if mode == "" || mode == "auto" {
		mode = "approx"
		if len(d) <= 50 {
			mode = "exact"
		}
	}
	nZero := 0
	for _, v := range d {
		if v == 0 {
			nZero++
		}
	}
	if nZero > 0 && mode == "exact" {
		mode = "approx"
	}
	if mode == "approx" {
		if (zm == "wilcox" || zm == "pratt") && nZero == len(d) {
			return nanResult(), newErr(ErrValue, fn, "x", "zero_method %q does not work if x - y is zero for all elements", zm)
		}
		if zm == "wilcox" {
			d = slices.DeleteFunc(d, func(v float64) bool { return v == 0 })
		}
	}
	count := float64(len(d))
	abs := make([]float64, len(d))
	for i, v := range d {
		abs[i] = math.Abs(v)
	}
	r, tt := tsRankAvg(abs)
	var rPlus, rMinus, rZero float64
	for i, v := range d {
		switch {
		case v > 0:
			rPlus += r[i]
		case v < 0:
			rMinus += r[i]
		default:
			rZero += r[i]
		}
	}
	if zm == "zsplit" {
		rPlus += rZero / 2
		rMinus += rZero / 2
	}
	T := rPlus
	if alt == TwoSided {
		T = math.Min(rPlus, rMinus)
	}
	var p float64
	if mode == "approx" {
		mn := count * (count + 1) * 0.25
		se := count * (count + 1) * (2*count + 1)
		// Equal ranks are exactly the ties of |d|, so the ranking's tie
		// term serves, except for "pratt", which leaves the zeros out.
		if zm == "pratt" {
			fz := float64(nZero)
			mn -= fz * (fz + 1) * 0.25
			se -= fz * (fz + 1) * (2*fz + 1)
			var rr []float64
			for i, v := range d {
				if v != 0 {
					rr = append(rr, r[i])
				}
			}
			tt = tieTerm(rr)
		}
		se -= 0.5 * tt
		se = math.Sqrt(se / 24)
		corr := 0.0
		if o.Correction {
			switch alt {
			case TwoSided:
				corr = 0.5 * sign(T-mn)
			case Less:
				corr = -0.5
			default:
				corr = 0.5
			}
		}
		p = normPValue((T-mn-corr)/se, alt)
	} else {
		pmf := signedRankPMF(len(d))
		rp := int(rPlus)
		below, above := 0.0, 0.0
		for k, v := range pmf {
			if k <= rp {
				below += v
			}
			if k >= rp {
				above += v
			}
		}
		switch alt {
		case Greater:
			p = above
		case Less:
			p = below
		default:
			if rp == (len(pmf)-1)/2 {
				p = 1
			} else {
				p = 2 * math.Min(above, below)
			}
		}
		p = math.Max(0, math.Min(1, p))
	}
	return TestResult{Statistic: T, PValue: p, DF: math.NaN()}, nil
}

// signedRankPMF is the null distribution of the positive rank sum of n
// nonzero, untied differences: the number of subsets of {1, …, n} with
// each sum, over 2ⁿ (counts kept as probabilities, halved per element, so
// nothing overflows).
func signedRankPMF(n int) []float64 {
	p := make([]float64, n*(n+1)/2+1)
	p[0] = 1
	top := 0
	for k := 1; k <= n; k++ {
		top += k
		for s := top; s >= 0; s-- {
			v := p[s] / 2
			if s >= k {
				v += p[s-k] / 2
			}
			p[s] = v
		}
	}
	return p
}
