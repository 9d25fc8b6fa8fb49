package stats

import (
	"math"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"

	"github.com/goscipy/goscipy/scipy/special"
)

// MaxResamples is the largest number of resamples Bootstrap,
// PermutationTest and MonteCarloTest accept (and of points
// GaussianKDE.Resample draws): it bounds their running time and the
// memory of the returned distributions (8 bytes each).
const MaxResamples = 10_000_000

// ConfidenceInterval is a two-sided confidence interval [Low, High],
// SciPy's ConfidenceInterval(low, high).
type ConfidenceInterval struct {
	Low, High float64
}

// BootstrapOptions are the options of Bootstrap. Rand is required; the
// other zero values are SciPy's defaults.
type BootstrapOptions struct {
	// NResamples is the number of bootstrap resamples; 0 means 9999,
	// SciPy's default. At most MaxResamples.
	NResamples int
	// ConfidenceLevel is the confidence level of the interval, in (0, 1);
	// 0 means 0.95.
	ConfidenceLevel float64
	// Method is "BCa" (the zero value "", SciPy's default; bias-corrected
	// and accelerated), "percentile" or "basic"; case is ignored.
	Method string
	// Paired resamples the observations of all samples together (the
	// samples must then have the same length), SciPy's paired=True.
	Paired bool
	// Rand is the source of the resampling indices (required).
	Rand *rand.Rand
}

// BootstrapResult is the result of Bootstrap, with SciPy's fields: the
// confidence interval, the NResamples values of the statistic on the
// resamples, and their standard deviation (ddof = 1).
type BootstrapResult struct {
	ConfidenceInterval    ConfidenceInterval
	BootstrapDistribution []float64
	StandardError         float64
}

// Bootstrap computes a two-sided bootstrap confidence interval of
// statistic, scipy.stats.bootstrap. data holds one or more samples;
// statistic receives as many samples (the resampled ones, each the length
// of its original) and returns one value. Each resample draws every sample
// with replacement (all samples with the same indices when Paired) from
// opts.Rand, so the result depends only on the data and that source
// (SciPy's own random stream cannot be reproduced).
//
// Methods as SciPy 1.10: "percentile" takes NumPy's linear percentiles of
// the bootstrap distribution at (1-level)/2 and (1+level)/2; "basic"
// reflects them about the statistic of the data; "BCa" shifts the
// percentiles by the bias correction ndtri(fraction of the distribution
// below the observed statistic, ties counting half) and the acceleration
// from the jackknife (one leave-one-out statistic per observation of each
// sample). A NaN statistic or a degenerate distribution (BCa with every
// resample on one side, e.g. for min) gives NaN bounds, as SciPy.
//
// statistic is called NResamples+1 times (plus once per observation for
// BCa) on slices that Bootstrap owns and reuses: it may modify them but
// must not retain them. The caller's data are never passed to it.
//
// Errors: ErrEmpty for no samples or an empty sample; ErrValue for a
// sample with one observation (SciPy needs two), a nil statistic or Rand,
// NResamples outside [0, MaxResamples], a level outside (0, 1), an unknown
// Method, or a panic in statistic (named "statistic"); ErrShape for paired
// samples of different lengths.
func Bootstrap(data [][]float64, statistic func(samples [][]float64) float64, opts *BootstrapOptions) (res BootstrapResult, err error) {
	const fn = "Bootstrap"
	var o BootstrapOptions
	if opts != nil {
		o = *opts
	}
	if err := resampleCheckData(fn, data, o.Paired); err != nil {
		return BootstrapResult{}, err
	}
	if statistic == nil {
		return BootstrapResult{}, newErr(ErrValue, fn, "statistic", "must not be nil")
	}
	nres := o.NResamples
	if nres == 0 {
		nres = 9999
	}
	if nres < 0 || nres > MaxResamples {
		return BootstrapResult{}, newErr(ErrValue, fn, "opts.NResamples", "must be in [0, %d], got %d", MaxResamples, o.NResamples)
	}
	level, method, err := bootstrapCheck(fn, o.ConfidenceLevel, o.Method)
	if err != nil {
		return BootstrapResult{}, err
	}
	if o.Rand == nil {
		return BootstrapResult{}, newErr(ErrValue, fn, "opts.Rand", "a *rand.Rand is required")
	}
	defer resampleRecover(fn, &err)

	r := o.Rand
	bufs := make([][]float64, len(data))
	for j, s := range data {
		bufs[j] = make([]float64, len(s))
	}
	idx := make([]int, len(data[0]))
	dist := make([]float64, nres)
	for b := range dist {
		if o.Paired {
			for i := range idx {
				idx[i] = r.IntN(len(idx))
			}
			for j, s := range data {
				for i, k := range idx {
					bufs[j][i] = s[k]
				}
			}
		} else {
			for j, s := range data {
				for i := range bufs[j] {
					bufs[j][i] = s[r.IntN(len(s))]
				}
			}
		}
		dist[b] = statistic(bufs)
	}
	ci, err := bootstrapInterval(data, statistic, dist, level, method, o.Paired)
	if err != nil {
		return BootstrapResult{}, err
	}
	return BootstrapResult{ConfidenceInterval: ci, BootstrapDistribution: dist, StandardError: math.Sqrt(variance(dist, 1))}, nil
}

// bootstrapCheck validates the confidence level (0 = 0.95) and method of
// fn and returns them normalized ("bca", "percentile", "basic").
func bootstrapCheck(fn string, level float64, method string) (float64, string, error) {
	if level == 0 {
		level = 0.95
	}
	if !(level > 0 && level < 1) {
		return 0, "", newErr(ErrValue, fn, "opts.ConfidenceLevel", "must be in (0, 1), got %v", level)
	}
	m := strings.ToLower(method)
	switch m {
	case "":
		m = "bca"
	case "bca", "percentile", "basic":
	default:
		return 0, "", newErr(ErrValue, fn, "opts.Method", "%q is not one of \"BCa\", \"percentile\", \"basic\"", method)
	}
	return level, m, nil
}

// resampleCheckData validates the samples of Bootstrap: at least one,
// each with at least two observations, of equal lengths when paired.
func resampleCheckData(fn string, data [][]float64, paired bool) error {
	if len(data) == 0 {
		return newErr(ErrEmpty, fn, "data", "must contain at least one sample")
	}
	for j, s := range data {
		switch {
		case len(s) == 0:
			return newErr(ErrEmpty, fn, "data", "sample %d is empty", j)
		case len(s) == 1:
			return newErr(ErrValue, fn, "data", "sample %d has one observation; each sample must contain two or more", j)
		case paired && len(s) != len(data[0]):
			return newErr(ErrShape, fn, "data", "paired samples must have the same length: sample %d has %d observations, sample 0 has %d", j, len(s), len(data[0]))
		}
	}
	return nil
}

// resampleRecover turns a panic (from the caller's statistic or rvs) into
// an ErrValue error of fn naming the statistic.
func resampleRecover(fn string, err *error) {
	if p := recover(); p != nil {
		*err = newErr(ErrValue, fn, "statistic", "panicked: %v", p)
	}
}

// resampleCall calls statistic on copies of data (so that the caller's
// slices are never passed to it).
func resampleCall(statistic func([][]float64) float64, data [][]float64) float64 {
	c := make([][]float64, len(data))
	for j, s := range data {
		c[j] = slices.Clone(s)
	}
	return statistic(c)
}

// bootstrapInterval is the confidence interval of Bootstrap from a given
// bootstrap distribution dist, as SciPy 1.10's bootstrap after its
// resampling loop (level in (0, 1), method normalized by bootstrapCheck).
func bootstrapInterval(data [][]float64, statistic func([][]float64) float64, dist []float64, level float64, method string, paired bool) (ConfidenceInterval, error) {
	alpha := (1 - level) / 2
	lo, hi := alpha, 1-alpha
	if method == "bca" {
		lo, hi = bootstrapBCaLevels(data, statistic, dist, alpha, paired)
	}
	sorted := slices.Clone(dist)
	hasNaN := slices.ContainsFunc(sorted, math.IsNaN)
	sort.Float64s(sorted)
	pct := func(q float64) float64 {
		if hasNaN || math.IsNaN(q) || len(sorted) == 0 {
			return math.NaN()
		}
		return percentile(sorted, q*100, "linear")
	}
	ci := ConfidenceInterval{Low: pct(lo), High: pct(hi)}
	if method == "basic" {
		t := resampleCall(statistic, data)
		ci = ConfidenceInterval{Low: 2*t - ci.High, High: 2*t - ci.Low}
	}
	return ci, nil
}

// bootstrapBCaLevels returns the BCa-adjusted lower and upper percentile
// levels (in [0, 1]) for the nominal alpha, SciPy's _bca_interval: the bias
// correction z0 from the fraction of dist below the observed statistic
// and the acceleration from the jackknife statistics of each sample
// (of all samples together when paired).
func bootstrapBCaLevels(data [][]float64, statistic func([][]float64) float64, dist []float64, alpha float64, paired bool) (float64, float64) {
	theta := resampleCall(statistic, data)
	var below, atMost int
	for _, v := range dist {
		if v < theta {
			below++
		}
		if v <= theta {
			atMost++
		}
	}
	z0 := special.Ndtri(float64(below+atMost) / float64(2*len(dist)))

	// Jackknife: leave out one observation of sample j (of every sample
	// when paired), the other samples whole.
	bufs := make([][]float64, len(data))
	jack := func(j, leave int) {
		for s := range data {
			if s == j || paired {
				bufs[s] = bufs[s][:0]
				for i, v := range data[s] {
					if i != leave {
						bufs[s] = append(bufs[s], v)
					}
				}
			} else {
				bufs[s] = append(bufs[s][:0], data[s]...)
			}
		}
	}
	for s := range data {
		bufs[s] = make([]float64, 0, len(data[s]))
	}
	groups := len(data)
	if paired {
		groups = 1
	}
	var num, den float64
	for j := range groups {
		n := len(data[j])
		th := make([]float64, n)
		for i := range n {
			jack(j, i)
			th[i] = statistic(bufs)
		}
		m := mean(th)
		u3, u2 := make([]float64, n), make([]float64, n)
		for i, v := range th {
			u := float64(n-1) * (m - v)
			u2[i] = u * u
			u3[i] = u2[i] * u
		}
		fn := float64(n)
		num += sum(u3) / (fn * fn * fn)
		den += sum(u2) / (fn * fn)
	}
	a := 1.0 / 6 * num / math.Pow(den, 1.5)
	za := special.Ndtri(alpha)
	n1 := z0 + za
	n2 := z0 - za
	return special.Ndtr(z0 + n1/(1-a*n1)), special.Ndtr(z0 + n2/(1-a*n2))
}
