package stats

import (
	"math"
	"slices"
)

// AnsariOptions are the options of Ansari; nil is SciPy's default
// (two-sided).
type AnsariOptions struct {
	// Alternative is the alternative hypothesis about the ratio of the
	// scale of x's distribution to y's: TwoSided (the default, also ""),
	// Less (below 1) or Greater (above 1).
	Alternative Alternative
}

// ansariExactMax is the size from which Ansari switches to the normal
// approximation: the exact distribution is used when both samples have
// fewer elements (SciPy 1.10.1's rule).
const ansariExactMax = 55

// Ansari is the Ansari–Bradley test that the distributions of x and y,
// of the same shape and median, have equal scales,
// scipy.stats.ansari. Statistic is AB = Σ over x of min(r, N+1-r), the
// ranks r of x in the pooled sample of size N (midranks for ties): small
// when x is the more dispersed. DF is NaN.
//
// PValue comes from the exact null distribution of AB when both samples
// have fewer than 55 elements and there are no ties (two-sided: twice the
// smaller tail, at most 1), otherwise from the normal approximation with
// the tie-corrected variance. SciPy 1.10.1 counts the exact distribution
// in single precision (AS 93), so its p-values differ from the exact ones
// by up to ~1e-7 relative once the counts exceed 2^24 (samples of about
// 20 each); Ansari counts in float64 and gives the exact p-value to
// ~1e-14. x and y are not modified.
//
// A NaN in x or y gives a NaN statistic and p-value.
//
// Errors: ErrEmpty when x or y is empty; ErrValue for an unknown
// Alternative.
func Ansari(x, y []float64, opts *AnsariOptions) (TestResult, error) {
	const fn = "Ansari"
	var o AnsariOptions
	if opts != nil {
		o = *opts
	}
	alt, err := checkAlt(fn, o.Alternative)
	if err != nil {
		return nanResult(), err
	}
	n, m := len(x), len(y)
	if m < 1 {
		return nanResult(), newErr(ErrEmpty, fn, "y", "not enough other observations: y is empty")
	}
	if n < 1 {
		return nanResult(), newErr(ErrEmpty, fn, "x", "not enough test observations: x is empty")
	}
	if slices.ContainsFunc(x, math.IsNaN) || slices.ContainsFunc(y, math.IsNaN) {
		return nanResult(), nil
	}
	N := n + m
	rank, tt := tsRankAvg2(x, y)
	sym := make([]float64, N)
	for i, r := range rank {
		sym[i] = math.Min(r, float64(N)-r+1)
	}
	ab := sum(sym[:n])
	repeats := tt > 0
	if !repeats && n < ansariExactMax && m < ansariExactMax {
		cdf, sf := ansariTails(ab, n, m)
		var p float64
		switch alt {
		case TwoSided:
			p = 2 * math.Min(cdf, sf)
		case Greater:
			// AB is small when x's scale is the larger.
			p = cdf
		default:
			p = sf
		}
		return TestResult{Statistic: ab, PValue: math.Min(1, p), DF: math.NaN()}, nil
	}
	fn1, fm, fN := float64(n), float64(m), float64(N)
	var mean, v float64
	if N%2 == 1 {
		mean = fn1 * (fN + 1) * (fN + 1) / 4 / fN
		v = fn1 * fm * (fN + 1) * (3 + fN*fN) / (48 * fN * fN)
	} else {
		mean = fn1 * (fN + 2) / 4
		v = fm * fn1 * (fN + 2) * (fN - 2) / 48 / (fN - 1)
	}
	if repeats {
		sq := make([]float64, N)
		for i, s := range sym {
			sq[i] = s * s
		}
		fac := sum(sq)
		if N%2 == 1 {
			v = fm * fn1 * (16*fN*fac - math.Pow(fN+1, 4)) / (16 * fN * fN * (fN - 1))
		} else {
			v = fm * fn1 * (16*fac - fN*(fN+2)*(fN+2)) / (16 * fN * (fN - 1))
		}
	}
	z := (mean - ab) / math.Sqrt(v)
	return TestResult{Statistic: ab, PValue: normPValue(z, alt), DF: math.NaN()}, nil
}

// ansariTails returns P(AB ≤ ab) and P(AB ≥ ab) under the null
// hypothesis for samples of sizes n (the one summed) and m without ties:
// AB is the sum of a random n-subset of the scores min(i, N+1-i),
// i = 1..N, whose distribution is counted by dynamic programming over the
// scores (counts in float64, exact below 2^53 and within a few ulps
// beyond). A non-integer ab is rounded down for the upper tail and up for
// the lower, as SciPy.
func ansariTails(ab float64, n, m int) (cdf, sf float64) {
	N := n + m
	maxSum := 0
	for i := range n {
		maxSum += (N + 1 - i) / 2 // the n largest scores
	}
	// ways[k*(maxSum+1)+s] counts the k-subsets of the scores seen so
	// far with sum s.
	w := maxSum + 1
	ways := make([]float64, (n+1)*w)
	ways[0] = 1
	top := 0 // the largest sum reachable so far
	for i := 1; i <= N; i++ {
		sc := min(i, N+1-i)
		top = min(top+sc, maxSum)
		for k := min(i, n); k >= 1; k-- {
			dst := ways[k*w : (k+1)*w]
			src := ways[(k-1)*w : k*w]
			for s := top; s >= sc; s-- {
				dst[s] += src[s-sc]
			}
		}
	}
	dist := ways[n*w : (n+1)*w]
	hi := math.Ceil(ab)
	lo := math.Floor(ab)
	var lower, upper, total float64
	for s, c := range dist {
		total += c
		if float64(s) <= hi {
			lower += c
		}
		if float64(s) >= lo {
			upper += c
		}
	}
	return lower / total, upper / total
}
