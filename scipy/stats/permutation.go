package stats

import (
	"math"
	"math/rand/v2"
	"strings"
)

// PermutationTestOptions are the options of PermutationTest; the zero
// values are SciPy's defaults.
type PermutationTestOptions struct {
	// PermutationType is "independent" (the zero value "", SciPy's
	// default: the pooled observations are reassigned to the samples),
	// "samples" (paired data: each observation's values are permuted
	// across the samples; with one sample, its signs are flipped) or
	// "pairings" (the order of every sample is permuted, breaking the
	// pairing); case is ignored.
	PermutationType string
	// NResamples is the number of random permutations; 0 means 9999,
	// SciPy's default. When the number of distinct permutations is at
	// most NResamples, all of them are enumerated instead (an exact
	// test). At most MaxResamples.
	NResamples int
	// Alternative is the alternative hypothesis: TwoSided (the zero
	// value), Less (the statistic is small under the alternative) or
	// Greater.
	Alternative Alternative
	// Rand is the source of the random permutations, required unless the
	// test is exact.
	Rand *rand.Rand
}

// PermutationTestResult is the result of PermutationTest (and
// MonteCarloTest), with SciPy's fields: the statistic of the data, its
// p-value, and the statistic's values under the null hypothesis.
type PermutationTestResult struct {
	Statistic        float64
	PValue           float64
	NullDistribution []float64
}

// PermutationTest performs a permutation test of statistic on the samples
// in data, scipy.stats.permutation_test (SciPy 1.10). statistic receives
// as many samples as data holds, in the same order and lengths, and
// returns one value.
//
// When the number of distinct permutations (a multinomial coefficient for
// "independent", (k!)^n for "samples" with k ≥ 2 samples of n
// observations, 2^n for "samples" with one sample, (n!)^k for "pairings")
// is at most NResamples, every one is enumerated and the p-value is exact:
// the fraction of the null distribution at least as extreme as the
// statistic. Otherwise NResamples random permutations are drawn from
// opts.Rand and the p-value is (count + 1)/(NResamples + 1), counting the
// observed arrangement as SciPy does. Ties are judged with SciPy's
// relative tolerance of 1e-14 (at least 1e-14 absolute); the two-sided
// p-value is twice the smaller one-sided one, clipped to 1.
//
// statistic is called once per permutation plus once on the data, always
// on slices PermutationTest owns (it may modify them but must not retain
// them).
//
// Errors: ErrValue for fewer than two samples with "independent", a sample
// with fewer than two observations (ErrEmpty when empty), an unknown
// PermutationType or Alternative, NResamples outside [0, MaxResamples], a
// nil statistic, a nil Rand when the test is not exact, or a panic in
// statistic; ErrShape for samples of different lengths with "samples" or
// "pairings".
func PermutationTest(data [][]float64, statistic func(samples [][]float64) float64, opts *PermutationTestOptions) (res PermutationTestResult, err error) {
	const fn = "PermutationTest"
	var o PermutationTestOptions
	if opts != nil {
		o = *opts
	}
	ptype := strings.ToLower(o.PermutationType)
	switch ptype {
	case "":
		ptype = "independent"
	case "independent", "samples", "pairings":
	default:
		return PermutationTestResult{}, newErr(ErrValue, fn, "opts.PermutationType", "%q is not one of \"independent\", \"samples\", \"pairings\"", o.PermutationType)
	}
	if ptype == "independent" && len(data) < 2 {
		return PermutationTestResult{}, newErr(ErrValue, fn, "data", "must contain at least two samples, got %d", len(data))
	}
	if err := resampleCheckData(fn, data, ptype != "independent"); err != nil {
		return PermutationTestResult{}, err
	}
	if statistic == nil {
		return PermutationTestResult{}, newErr(ErrValue, fn, "statistic", "must not be nil")
	}
	alt, err := checkAlt(fn, o.Alternative)
	if err != nil {
		return PermutationTestResult{}, err
	}
	nres := o.NResamples
	if nres == 0 {
		nres = 9999
	}
	if nres < 0 || nres > MaxResamples {
		return PermutationTestResult{}, newErr(ErrValue, fn, "opts.NResamples", "must be in [0, %d], got %d", MaxResamples, o.NResamples)
	}

	k, n := len(data), len(data[0])
	var nmax float64
	switch ptype {
	case "independent":
		total := 0
		nmax = 1
		for _, s := range data {
			total += len(s)
			nmax *= permBinom(total, len(s))
		}
	case "samples":
		if k == 1 {
			nmax = math.Pow(2, float64(n))
		} else {
			nmax = math.Pow(permFactorial(k), float64(n))
		}
	default:
		nmax = math.Pow(permFactorial(n), float64(k))
	}
	exact := float64(nres) >= nmax
	if !exact && o.Rand == nil {
		return PermutationTestResult{}, newErr(ErrValue, fn, "opts.Rand", "a *rand.Rand is required for a randomized test (%d resamples < %g permutations)", nres, nmax)
	}
	defer resampleRecover(fn, &err)

	observed := resampleCall(statistic, data)
	var null []float64
	switch {
	case exact:
		null = make([]float64, 0, int(nmax))
		emit := func(b [][]float64) { null = append(null, statistic(b)) }
		switch ptype {
		case "independent":
			permEnumIndependent(data, emit)
		case "samples":
			permEnumSamples(data, emit)
		default:
			permEnumPairings(data, emit)
		}
	default:
		null = make([]float64, nres)
		permRandom(data, ptype, o.Rand, statistic, null)
	}
	adj := 1.0
	count := float64(nres)
	if exact {
		adj, count = 0, float64(len(null))
	}
	gamma := math.Max(1e-14, math.Abs(1e-14*observed))
	if math.IsNaN(observed) {
		gamma = math.NaN()
	}
	less := func() float64 {
		c := 0
		for _, v := range null {
			if v <= observed+gamma {
				c++
			}
		}
		return (float64(c) + adj) / (count + adj)
	}
	greater := func() float64 {
		c := 0
		for _, v := range null {
			if v >= observed-gamma {
				c++
			}
		}
		return (float64(c) + adj) / (count + adj)
	}
	var p float64
	switch alt {
	case Less:
		p = less()
	case Greater:
		p = greater()
	default:
		p = 2 * math.Min(less(), greater())
	}
	p = math.Min(math.Max(p, 0), 1)
	return PermutationTestResult{Statistic: observed, PValue: p, NullDistribution: null}, nil
}

// permBinom is the binomial coefficient C(n, k) as a float64.
func permBinom(n, k int) float64 {
	k = min(k, n-k)
	c := 1.0
	for i := 1; i <= k; i++ {
		c = c * float64(n-k+i) / float64(i)
	}
	return math.Round(c)
}

// permFactorial is n! as a float64 (+Inf beyond 170).
func permFactorial(n int) float64 {
	f := 1.0
	for i := 2; i <= n; i++ {
		f *= float64(i)
	}
	return f
}

// permEnumIndependent calls emit with every assignment of the pooled
// observations to samples of the original sizes (as ordered groups).
func permEnumIndependent(data [][]float64, emit func([][]float64)) {
	var pool []float64
	for _, s := range data {
		pool = append(pool, s...)
	}
	k := len(data)
	bufs := make([][]float64, k)
	for j, s := range data {
		bufs[j] = make([]float64, len(s))
	}
	used := make([]bool, len(pool))
	var fill func(j, pos, start int)
	fill = func(j, pos, start int) {
		if j == k-1 {
			// The last sample takes what is left.
			t := 0
			for i, u := range used {
				if !u {
					bufs[j][t] = pool[i]
					t++
				}
			}
			emit(bufs)
			return
		}
		if pos == len(bufs[j]) {
			fill(j+1, 0, 0)
			return
		}
		for i := start; i < len(pool); i++ {
			if used[i] {
				continue
			}
			used[i] = true
			bufs[j][pos] = pool[i]
			fill(j, pos+1, i+1)
			used[i] = false
		}
	}
	fill(0, 0, 0)
}

// permNext advances p to the next permutation in lexicographic order and
// reports false (leaving p sorted again) after the last one.
func permNext(p []int) bool {
	i := len(p) - 2
	for i >= 0 && p[i] >= p[i+1] {
		i--
	}
	if i < 0 {
		for a, b := 0, len(p)-1; a < b; a, b = a+1, b-1 {
			p[a], p[b] = p[b], p[a]
		}
		return false
	}
	j := len(p) - 1
	for p[j] <= p[i] {
		j--
	}
	p[i], p[j] = p[j], p[i]
	for a, b := i+1, len(p)-1; a < b; a, b = a+1, b-1 {
		p[a], p[b] = p[b], p[a]
	}
	return true
}

// permOdometer runs through every combination of permutations of the
// index arrays perms (all starting sorted), calling f after each change.
func permOdometer(perms [][]int, f func()) {
	for {
		f()
		i := 0
		for i < len(perms) && !permNext(perms[i]) {
			i++
		}
		if i == len(perms) {
			return
		}
	}
}

func permIdentities(count, size int) [][]int {
	p := make([][]int, count)
	for i := range p {
		p[i] = make([]int, size)
		for j := range p[i] {
			p[i][j] = j
		}
	}
	return p
}

// permEnumPairings calls emit with every reordering of every sample.
func permEnumPairings(data [][]float64, emit func([][]float64)) {
	k, n := len(data), len(data[0])
	perms := permIdentities(k, n)
	bufs := make([][]float64, k)
	for j := range bufs {
		bufs[j] = make([]float64, n)
	}
	permOdometer(perms, func() {
		for j, s := range data {
			for i, t := range perms[j] {
				bufs[j][i] = s[t]
			}
		}
		emit(bufs)
	})
}

// permEnumSamples calls emit with every permutation of each observation's
// values across the samples (every sign pattern for one sample).
func permEnumSamples(data [][]float64, emit func([][]float64)) {
	k, n := len(data), len(data[0])
	bufs := make([][]float64, k)
	for j := range bufs {
		bufs[j] = make([]float64, n)
	}
	if k == 1 {
		signs := make([][]int, n)
		for i := range signs {
			signs[i] = []int{0, 1}
		}
		permOdometer(signs, func() {
			for i, v := range data[0] {
				if signs[i][0] == 1 {
					v = -v
				}
				bufs[0][i] = v
			}
			emit(bufs)
		})
		return
	}
	perms := permIdentities(n, k)
	permOdometer(perms, func() {
		for i := range n {
			for j, t := range perms[i] {
				bufs[j][i] = data[t][i]
			}
		}
		emit(bufs)
	})
}

// permRandom fills null with the statistic of len(null) random
// permutations of the given type drawn from r.
func permRandom(data [][]float64, ptype string, r *rand.Rand, statistic func([][]float64) float64, null []float64) {
	k, n := len(data), len(data[0])
	bufs := make([][]float64, k)
	for j, s := range data {
		bufs[j] = make([]float64, len(s))
	}
	var pool []float64
	for _, s := range data {
		pool = append(pool, s...)
	}
	perm := make([]int, max(len(pool), k))
	for b := range null {
		switch ptype {
		case "independent":
			for i := range pool {
				perm[i] = i
			}
			r.Shuffle(len(pool), func(a, c int) { perm[a], perm[c] = perm[c], perm[a] })
			t := 0
			for j := range bufs {
				for i := range bufs[j] {
					bufs[j][i] = pool[perm[t]]
					t++
				}
			}
		case "samples":
			if k == 1 {
				for i, v := range data[0] {
					if r.IntN(2) == 1 {
						v = -v
					}
					bufs[0][i] = v
				}
				break
			}
			p := perm[:k]
			for i := range n {
				for j := range p {
					p[j] = j
				}
				r.Shuffle(k, func(a, c int) { p[a], p[c] = p[c], p[a] })
				for j, t := range p {
					bufs[j][i] = data[t][i]
				}
			}
		default:
			p := perm[:n]
			for j, s := range data {
				for i := range p {
					p[i] = i
				}
				r.Shuffle(n, func(a, c int) { p[a], p[c] = p[c], p[a] })
				for i, t := range p {
					bufs[j][i] = s[t]
				}
			}
		}
		null[b] = statistic(bufs)
	}
}
