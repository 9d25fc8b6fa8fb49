package stats

import (
	"math"
	"slices"

	"github.com/goscipy/goscipy/scipy/special"
)

// Fligner is the Fligner–Killeen test of equal variances, robust to
// non-normality, scipy.stats.fligner: the absolute deviations from each
// sample's center are ranked, mapped to normal scores Φ⁻¹(1/2 +
// rank/(2(N+1))), and their between-group spread is χ² with k-1 degrees of
// freedom. The options are Levene's (center "median" by default). An empty
// sample gives NaN.
//
// Errors: ErrValue for fewer than two samples or an unknown Center.
func Fligner(samples [][]float64, opts *LeveneOptions) (TestResult, error) {
	const fn = "Fligner"
	var o LeveneOptions
	if opts != nil {
		o = *opts
	}
	if err := checkGroups(fn, samples); err != nil {
		return nanResult(), err
	}
	for _, s := range samples {
		if len(s) == 0 {
			return nanResult(), nil
		}
	}
	cut := o.ProportionToCut
	if cut == 0 {
		cut = 0.05
	}
	center := median
	switch o.Center {
	case "", "median":
	case "mean":
		center = mean
	case "trimmed":
		trimmed := make([][]float64, len(samples))
		for i, s := range samples {
			t, err := trim(fn, s, cut, true)
			if err != nil {
				return nanResult(), err
			}
			trimmed[i] = t
		}
		samples = trimmed
		center = mean
	default:
		return nanResult(), newErr(ErrValue, fn, "opts.Center", "%q is not one of \"mean\", \"median\", \"trimmed\"", o.Center)
	}
	var z []float64
	var n []int
	for _, s := range samples {
		c := center(s)
		for _, v := range s {
			z = append(z, math.Abs(v-c))
		}
		n = append(n, len(s))
	}
	ranks, _ := RankData(z, nil)
	ntot := float64(len(z))
	a := make([]float64, len(z))
	for i, r := range ranks {
		a[i] = special.Ndtri(r/(2*(ntot+1)) + 0.5)
	}
	abar := mean(a)
	v := variance(a, 1)
	terms := make([]float64, len(n))
	j := 0
	for i, ni := range n {
		d := sum(a[j:j+ni])/float64(ni) - abar
		terms[i] = float64(ni) * d * d
		j += ni
	}
	x := sum(terms) / v
	df := float64(len(samples) - 1)
	return TestResult{Statistic: x, PValue: chi2SF(x, df), DF: df}, nil
}

// MoodOptions are the options of Mood; nil is SciPy's default
// (two-sided).
type MoodOptions struct {
	Alternative Alternative
}

// Mood is Mood's two-sample test of equal scale, scipy.stats.mood: the
// sum of squared deviations of x's ranks from the mean rank in the pooled
// sample, standardized to a normal Z; with ties, Mielke's correction
// averages the scores over each tie and adjusts the variance, as SciPy.
//
// Errors: ErrValue for fewer than three observations in all, or an unknown
// Alternative.
func Mood(x, y []float64, opts *MoodOptions) (TestResult, error) {
	const fn = "Mood"
	var o MoodOptions
	if opts != nil {
		o = *opts
	}
	alt, err := checkAlt(fn, o.Alternative)
	if err != nil {
		return nanResult(), err
	}
	n, m := float64(len(x)), float64(len(y))
	N := n + m
	if N < 3 {
		return nanResult(), newErr(ErrValue, fn, "x", "not enough observations: %v in all, at least 3 are needed", N)
	}
	if slices.ContainsFunc(x, math.IsNaN) || slices.ContainsFunc(y, math.IsNaN) {
		return nanResult(), nil
	}
	e := tsArgsort2(x, y)
	ranks, tt := tsRanksOf(e, len(e))
	psi := func(i float64) float64 { d := i - (N+1)/2; return d * d }
	var z float64
	if tt == 0 {
		var M float64
		for _, r := range ranks[:len(x)] {
			M += psi(r)
		}
		mn := n * (N*N - 1) / 12
		v := m * n * (N + 1) * (N + 2) * (N - 2) / 180
		z = (M - mn) / math.Sqrt(v)
	} else {
		// Mielke's tie correction: for each distinct value with t_j
		// occurrences (a_j of them in x) at positions S_{j-1}+1 … S_j, the
		// average score φ_j of those positions.
		var T, S, corr float64
		nx := int32(len(x))
		for i := 0; i < len(e); {
			j := i + 1
			for j < len(e) && e[j].k == e[i].k {
				j++
			}
			t := float64(j - i)
			var a float64
			for _, v := range e[i:j] {
				if v.i < nx {
					a++
				}
			}
			var phi float64
			for p := S + 1; p <= S+t; p++ {
				phi += psi(p)
			}
			T += phi / t * a
			prev := S
			S += t
			d := N - S - prev
			corr += t * (t*t - 1) * (t*t - 4 + 15*d*d)
			i = j
		}
		mn := n * (N*N - 1) / 12
		v := m*n*(N+1)*(N*N-4)/180 - m*n/(180*N*(N-1))*corr
		z = (T - mn) / math.Sqrt(v)
	}
	return TestResult{Statistic: z, PValue: normPValue(z, alt), DF: math.NaN()}, nil
}
