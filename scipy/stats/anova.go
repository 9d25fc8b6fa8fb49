package stats

import (
	"math"
	"slices"
)

// checkGroups validates the samples of a k-sample test fn: at least two,
// none nil-checked beyond length.
func checkGroups(fn string, samples [][]float64) error {
	if len(samples) < 2 {
		return newErr(ErrValue, fn, "samples", "at least two samples are required, got %d", len(samples))
	}
	return nil
}

// FOneway is the one-way analysis of variance of two or more independent
// samples, scipy.stats.f_oneway: F = (between-group mean square)/(within-
// group mean square) on k-1 and N-k degrees of freedom (DF holds the
// between-group k-1). As in SciPy, an empty sample or all samples of length
// one give NaN; samples each constant give F = +Inf and p = 0, or NaN when
// all share one value. The sums of squares follow SciPy's formulas (offset
// by the grand mean) so that results agree to rounding.
//
// Errors: ErrValue for fewer than two samples.
func FOneway(samples ...[]float64) (TestResult, error) {
	const fn = "FOneway"
	if err := checkGroups(fn, samples); err != nil {
		return nanResult(), err
	}
	total := 0
	for _, s := range samples {
		total += len(s)
	}
	all := make([]float64, 0, total) // the one allocation, reused below
	allOne, allConst := true, true
	for _, s := range samples {
		if len(s) == 0 {
			return nanResult(), nil
		}
		allOne = allOne && len(s) == 1
		allConst = allConst && slices.IndexFunc(s, func(v float64) bool { return v != s[0] }) < 0
		all = append(all, s...)
	}
	k, n := float64(len(samples)), float64(len(all))
	if allOne {
		return nanResult(), nil
	}
	dfbn, dfwn := k-1, n-k
	if allConst {
		if slices.IndexFunc(all, func(v float64) bool { return v != all[0] }) < 0 {
			return TestResult{Statistic: math.NaN(), PValue: math.NaN(), DF: dfbn}, nil
		}
		return TestResult{Statistic: math.Inf(1), PValue: 0, DF: dfbn}, nil
	}
	// all becomes the deviations from the grand mean, then their squares,
	// then each group's deviations in turn: the same sums as SciPy's
	// arrays, without an array each.
	offset := mean(all)
	for i := range all {
		all[i] -= offset
	}
	s := sum(all)
	normalizedSS := s * s / n
	for i, v := range all {
		all[i] = v * v
	}
	sstot := sum(all) - normalizedSS
	var ssbn float64
	for _, g := range samples {
		d := all[:len(g)]
		for i, v := range g {
			d[i] = v - offset
		}
		gs := sum(d)
		ssbn += gs * gs / float64(len(g))
	}
	ssbn -= normalizedSS
	sswn := sstot - ssbn
	f := (ssbn / dfbn) / (sswn / dfwn)
	return TestResult{Statistic: f, PValue: fSF(f, dfbn, dfwn), DF: dfbn}, nil
}

// Bartlett tests whether samples come from populations with equal
// variances (assuming normality), scipy.stats.bartlett: the statistic is
// χ²(k-1) under the null hypothesis. An empty sample gives NaN.
//
// Errors: ErrValue for fewer than two samples.
func Bartlett(samples ...[]float64) (TestResult, error) {
	const fn = "Bartlett"
	if err := checkGroups(fn, samples); err != nil {
		return nanResult(), err
	}
	k := float64(len(samples))
	var ntot, sp, sumLog, sumInv float64
	for _, s := range samples {
		if len(s) == 0 {
			return nanResult(), nil
		}
		ni, vi := float64(len(s)), variance(s, 1)
		ntot += ni
		sp += (ni - 1) * vi
		sumLog += (ni - 1) * math.Log(vi)
		sumInv += 1 / (ni - 1)
	}
	spsq := sp / (ntot - k)
	numer := (ntot-k)*math.Log(spsq) - sumLog
	denom := 1 + 1/(3*(k-1))*(sumInv-1/(ntot-k))
	t := numer / denom
	return TestResult{Statistic: t, PValue: chi2SF(t, k-1), DF: k - 1}, nil
}

// LeveneOptions are the options of Levene; nil is SciPy's default (center
// "median", the Brown–Forsythe test).
type LeveneOptions struct {
	// Center is "median" (the default, also ""), "mean" (Levene's
	// original test) or "trimmed" (the mean after cutting
	// ProportionToCut from each end).
	Center string
	// ProportionToCut is the trimming for Center "trimmed"; 0 means 0.05,
	// SciPy's default.
	ProportionToCut float64
}

// Levene tests whether samples come from populations with equal variances,
// scipy.stats.levene: the ANOVA F statistic of the absolute deviations
// from each sample's center, on k-1 and N-k degrees of freedom. The
// samples come as a slice (the other k-sample tests, which have no
// options, take them variadically).
//
// Errors: ErrValue for fewer than two samples or an unknown Center.
func Levene(samples [][]float64, opts *LeveneOptions) (TestResult, error) {
	const fn = "Levene"
	var o LeveneOptions
	if opts != nil {
		o = *opts
	}
	if err := checkGroups(fn, samples); err != nil {
		return nanResult(), err
	}
	cut := o.ProportionToCut
	if cut == 0 {
		cut = 0.05
	}
	maxLen, total := 0, 0
	for _, s := range samples {
		maxLen = max(maxLen, len(s))
		total += len(s)
	}
	// Two allocations besides the k-length ones: the absolute deviations
	// of all samples, and a scratch sample for the medians and the squared
	// deviations.
	scratch := make([]float64, maxLen)
	center := func(s []float64) float64 { return medianScratch(s, scratch) }
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
	k := float64(len(samples))
	var ntot, zbar float64
	z := make([][]float64, len(samples))
	zall := make([]float64, total)
	zbari := make([]float64, len(samples))
	off := 0
	for i, s := range samples {
		c := center(s)
		z[i] = zall[off : off+len(s) : off+len(s)]
		off += len(s)
		for j, v := range s {
			z[i][j] = math.Abs(v - c)
		}
		zbari[i] = mean(z[i])
		ni := float64(len(s))
		ntot += ni
		zbar += zbari[i] * ni
	}
	zbar /= ntot
	between := make([]float64, len(samples))
	var dvar float64
	for i := range samples {
		d := zbari[i] - zbar
		between[i] = float64(len(samples[i])) * d * d
		dev := scratch[:len(z[i])]
		for j, v := range z[i] {
			dev[j] = (v - zbari[i]) * (v - zbari[i])
		}
		dvar += sum(dev)
	}
	w := (ntot - k) * sum(between) / ((k - 1) * dvar)
	return TestResult{Statistic: w, PValue: fSF(w, k-1, ntot-k), DF: k - 1}, nil
}

// median is NumPy's median of x (the mean of the two middle values for an
// even length); NaN when x is empty.
func median(x []float64) float64 { return medianScratch(x, nil) }

// medianScratch is median, copying x into buf's array where it has room
// (cap(buf) ≥ len(x)) instead of a new one; buf may be x itself, which is
// then reordered.
func medianScratch(x, buf []float64) float64 {
	if len(x) == 0 {
		return math.NaN()
	}
	s := append(buf[:0], x...)
	if slices.ContainsFunc(s, math.IsNaN) {
		slices.SortFunc(s, compareNaNLast)
		return sortedMedian(s)
	}
	return tsMedianNoNaN(s) // selection, O(n), not a sort
}
