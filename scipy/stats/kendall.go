package stats

import (
	"math"
	"slices"
)

// KendallTauOptions are the options of KendallTau; nil is SciPy's default
// (tau-b, method "auto", two-sided, NaN propagates).
type KendallTauOptions struct {
	// Variant is "b" (the default, also "") or "c" (Stuart's tau-c).
	Variant string
	// Method is "auto" (the default, also ""; exact without ties when
	// n ≤ 33 or the statistic is at an extreme), "exact" or "asymptotic".
	Method      string
	Alternative Alternative
}

// KendallTau returns Kendall's rank correlation of x and y and the p-value
// of the test of no association, scipy.stats.kendalltau: tau-b (adjusted
// for ties) or tau-c, with the exact null distribution when there are no
// ties and the sample is small, and the normal approximation with tie
// corrections otherwise. Discordant pairs are counted in O(n log n) with a
// Fenwick tree. Empty, NaN-holding or constant input gives NaN, as SciPy.
//
// Errors: ErrShape when x and y differ in length; ErrValue for an unknown
// Variant, Method or Alternative, or the exact method with ties (SciPy
// raises).
func KendallTau(x, y []float64, opts *KendallTauOptions) (TestResult, error) {
	const fn = "KendallTau"
	var o KendallTauOptions
	if opts != nil {
		o = *opts
	}
	alt, err := checkAlt(fn, o.Alternative)
	if err != nil {
		return nanResult(), err
	}
	switch o.Variant {
	case "", "b", "c":
	default:
		return nanResult(), newErr(ErrValue, fn, "opts.Variant", "%q is not \"b\" or \"c\"", o.Variant)
	}
	switch o.Method {
	case "", "auto", "exact", "asymptotic":
	default:
		return nanResult(), newErr(ErrValue, fn, "opts.Method", "%q is not one of \"auto\", \"exact\", \"asymptotic\"", o.Method)
	}
	if err := pairs(fn, x, y); err != nil {
		return nanResult(), err
	}
	n := len(x)
	if n == 0 || slices.ContainsFunc(x, math.IsNaN) || slices.ContainsFunc(y, math.IsNaN) {
		return nanResult(), nil
	}
	// Dense ranks of x and y from one sort of each, with their tie
	// counts; then the pairs ordered by (x, y) by a stable counting sort
	// of y's order on x's rank.
	ey := tsArgsort(y)
	ry := make([]int32, n)
	ytie, y0, y1, ny := kendallDense(ey, ry)
	ex := tsArgsort(x)
	rx := make([]int32, n)
	xtie, x0, x1, nx := kendallDense(ex, rx)
	start := make([]int32, nx+2)
	for _, r := range rx {
		start[r+1]++
	}
	for r := 1; r < len(start); r++ {
		start[r] += start[r-1]
	}
	idx := make([]int32, n)
	for _, v := range ey {
		r := rx[v.i]
		idx[start[r]] = v.i
		start[r]++
	}
	dis := kendallDiscordant(idx, rx, ry, ny)
	var ntie int64 // pairs tied in both x and y
	for i := 0; i < n; {
		j := i + 1
		for j < n && rx[idx[j]] == rx[idx[i]] && ry[idx[j]] == ry[idx[i]] {
			j++
		}
		c := int64(j - i)
		ntie += c * (c - 1) / 2
		i = j
	}
	tot := int64(n) * int64(n-1) / 2
	if xtie == tot || ytie == tot {
		return nanResult(), nil
	}
	conMinusDis := float64(tot - xtie - ytie + ntie - 2*dis)
	var tau float64
	if o.Variant == "c" {
		minClasses := float64(min(nx, ny))
		tau = 2 * conMinusDis / (float64(n) * float64(n) * (minClasses - 1) / minClasses)
	} else {
		tau = conMinusDis / math.Sqrt(float64(tot-xtie)) / math.Sqrt(float64(tot-ytie))
	}
	tau = math.Max(-1, math.Min(1, tau))
	method := o.Method
	if method == "exact" && (xtie != 0 || ytie != 0) {
		return nanResult(), newErr(ErrValue, fn, "opts.Method", "ties found; the exact method cannot be used")
	}
	if method == "" || method == "auto" {
		method = "asymptotic"
		if xtie == 0 && ytie == 0 && (n <= 33 || min(dis, tot-dis) <= 1) {
			method = "exact"
		}
	}
	var p float64
	if method == "exact" {
		p = kendallExactP(n, tot-dis, alt)
	} else {
		m := float64(n) * float64(n-1)
		v := (m*(2*float64(n)+5)-x1-y1)/18 + 2*float64(xtie)*float64(ytie)/m + x0*y0/(9*m*float64(n-2))
		p = normPValue(conMinusDis/math.Sqrt(v), alt)
	}
	return TestResult{Statistic: tau, PValue: p, DF: math.NaN()}, nil
}

// kendallDense writes into r the 0-based dense ranks of the values
// sorted in e (equal values share a rank) and returns, over the groups of
// t > 1 equal values, Σ t(t-1)/2, Σ t(t-1)(t-2) and Σ t(t-1)(2t+5) (as
// SciPy's count_rank_tie), and the number of distinct values.
func kendallDense(e []tsEnt, r []int32) (pairs int64, t2, t5 float64, distinct int) {
	for i := 0; i < len(e); {
		j := i + 1
		for j < len(e) && e[j].k == e[i].k {
			j++
		}
		for _, v := range e[i:j] {
			r[v.i] = int32(distinct)
		}
		if c := int64(j - i); c > 1 {
			pairs += c * (c - 1) / 2
			fc := float64(c)
			t2 += fc * (fc - 1) * (fc - 2)
			t5 += fc * (fc - 1) * (2*fc + 5)
		}
		distinct++
		i = j
	}
	return pairs, t2, t5, distinct
}

// kendallDiscordant counts the pairs i < j (in the order idx, sorted by x
// then y) with x strictly increasing and y strictly decreasing: for each
// group of equal x, the earlier points with a larger y, counted in a
// Fenwick tree over y's ny dense ranks; the group joins the tree
// afterwards.
func kendallDiscordant(idx, rx, ry []int32, ny int) int64 {
	n := len(idx)
	tree := make([]int32, ny+1)
	var dis, seen int64
	for i := 0; i < n; {
		j := i + 1
		for j < n && rx[idx[j]] == rx[idx[i]] {
			j++
		}
		for _, p := range idx[i:j] {
			var c int64 // earlier points with y rank ≤ this one's
			for q := int(ry[p]) + 1; q > 0; q -= q & -q {
				c += int64(tree[q])
			}
			dis += seen - c
		}
		for _, p := range idx[i:j] {
			for q := int(ry[p]) + 1; q <= ny; q += q & -q {
				tree[q]++
			}
		}
		seen += int64(j - i)
		i = j
	}
	return dis
}

// kendallExactP is SciPy's _kendall_p_exact: the p-value of c concordant
// pairs among n untied observations, from the number of permutations with
// each count of inversions (the Mahonian numbers), computed by repeated
// cumulative sums (scaled by 1/j each step for n ≥ 171, where n! would
// overflow).
func kendallExactP(n int, c int64, alt Alternative) float64 {
	tot := int64(n) * int64(n-1) / 2
	inRight := c >= tot-c
	c = min(c, tot-c)
	var prob, mass float64
	switch {
	case n == 1:
		prob, mass = 1, 1
	case n == 2:
		prob, mass = 1, 0.5
	case c == 0:
		prob = 0
		if n < 171 {
			prob = 2 / math.Gamma(float64(n+1))
		}
		mass = prob / 2
	case c == 1:
		prob = 0
		if n < 172 {
			prob = 2 / math.Gamma(float64(n))
		}
		mass = float64(n-1) / math.Gamma(float64(n+1))
	case 4*c == int64(n)*int64(n-1) && alt == TwoSided:
		prob = 1
	default:
		k := int(c)
		cur := make([]float64, k+1)
		cur[0], cur[1] = 1, 1
		scaled := n >= 171
		for j := 3; j <= n; j++ {
			for i := 1; i <= k; i++ {
				cur[i] += cur[i-1]
			}
			if scaled {
				for i := range cur {
					cur[i] /= float64(j)
				}
			}
			if j <= k {
				for i := k; i >= j; i-- {
					cur[i] -= cur[i-j]
				}
			}
		}
		s := sum(cur)
		if scaled {
			prob, mass = s, cur[k]/2
		} else {
			f := math.Gamma(float64(n + 1))
			prob, mass = 2*s/f, cur[k]/f
		}
	}
	if alt != TwoSided {
		if inRight == (alt == Greater) {
			prob /= 2
		} else {
			prob = 1 - prob/2 + mass
		}
	}
	return math.Max(0, math.Min(1, prob))
}
