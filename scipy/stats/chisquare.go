package stats

import "math"

// ChiSquareOptions are the options of ChiSquare; nil is SciPy's default
// (uniform expected frequencies, ddof 0).
type ChiSquareOptions struct {
	// FExp are the expected frequencies, one per observed one; nil means
	// all equal to the mean of the observed frequencies. Their sum must
	// match the observed sum to a relative 1e-8, as SciPy requires.
	FExp []float64
	// DDOF reduces the k-1 degrees of freedom.
	DDOF int
}

// ChiSquare is Pearson's chi-square goodness-of-fit test of observed
// frequencies fObs, scipy.stats.chisquare: Σ (O-E)²/E against χ² with
// k-1-DDOF degrees of freedom.
//
// A DDOF that leaves no degrees of freedom gives a NaN p-value, as in
// SciPy.
//
// Errors: ErrShape when FExp and fObs differ in length; ErrValue when
// their sums differ by more than 1e-8 relative to the smaller (SciPy
// raises); ErrEmpty for no observations.
func ChiSquare(fObs []float64, opts *ChiSquareOptions) (TestResult, error) {
	const fn = "ChiSquare"
	var o ChiSquareOptions
	if opts != nil {
		o = *opts
	}
	k := len(fObs)
	if k == 0 {
		return nanResult(), newErr(ErrEmpty, fn, "fObs", "no observed frequencies")
	}
	exp := o.FExp
	if exp == nil {
		m := mean(fObs)
		exp = make([]float64, k)
		for i := range exp {
			exp[i] = m
		}
	} else {
		if len(exp) != k {
			return nanResult(), newErr(ErrShape, fn, "opts.FExp", "has %d elements, fObs has %d", len(exp), k)
		}
		so, se := sum(fObs), sum(exp)
		if d := math.Abs(so - se); d > 1e-8*math.Min(so, se) {
			return nanResult(), newErr(ErrValue, fn, "opts.FExp", "sums to %v but fObs sums to %v; they must agree to a relative tolerance of 1e-8", se, so)
		}
	}
	df := float64(k - 1 - o.DDOF)
	terms := make([]float64, k)
	for i := range fObs {
		d := fObs[i] - exp[i]
		terms[i] = d * d / exp[i]
	}
	stat := sum(terms)
	p := math.NaN() // SciPy's chi2.sf with df ≤ 0
	if df > 0 {
		p = chi2SF(stat, df)
	}
	return TestResult{Statistic: stat, PValue: p, DF: df}, nil
}
