package stats

import (
	"math"
	"slices"
	"sync"
	"sync/atomic"
)

// AndersonKSampOptions are the options of AndersonKSamp; nil is SciPy's
// default (the midrank statistic).
type AndersonKSampOptions struct {
	// NoMidrank computes the statistic from the right-continuous
	// empirical distribution (SciPy's midrank=False, Scholz and Stephens'
	// A²_kN for discrete data) instead of the midrank one (A²_akN,
	// SciPy's default, for continuous and discrete data).
	NoMidrank bool
}

// AndersonKSampResult is the result of AndersonKSamp, with SciPy 1.10's
// fields: the normalized statistic, the critical values at the
// significance levels CriticalLevels, and the approximate p-value
// (SciPy's pvalue; its alias significance_level is not repeated).
// PValueCapped and PValueFloored report SciPy's two warnings: the
// statistic lies outside the critical values and PValue is the bound 0.25
// ("true value larger") or 0.001 ("true value smaller").
type AndersonKSampResult struct {
	Statistic      float64
	CriticalValues []float64
	CriticalLevels []float64 // 0.25, 0.1, 0.05, 0.025, 0.01, 0.005, 0.001
	PValue         float64
	PValueCapped   bool
	PValueFloored  bool
}

// adKSampSig are the significance levels of the critical values, from
// Scholz and Stephens' Table 2.
var adKSampSig = [7]float64{0.25, 0.1, 0.05, 0.025, 0.01, 0.005, 0.001}

// Scholz and Stephens' interpolation coefficients (Table 2) of the
// critical values in m = k - 1: b0 + b1/√m + b2/m.
var (
	adKSampB0 = [7]float64{0.675, 1.281, 1.645, 1.96, 2.326, 2.573, 3.085}
	adKSampB1 = [7]float64{-0.245, 0.25, 0.678, 1.149, 1.822, 2.364, 3.615}
	adKSampB2 = [7]float64{-0.105, -0.305, -0.362, -0.391, -0.396, -0.345, -0.154}
)

// AndersonKSamp is the k-sample Anderson–Darling test that the samples
// come from the same (unspecified) distribution,
// scipy.stats.anderson_ksamp (SciPy 1.10): Scholz and Stephens' (1987)
// statistic, midrank by default, standardized as (A² - (k-1))/σ with its
// exact variance under the null hypothesis. The critical values are at the
// levels CriticalLevels; PValue interpolates them with SciPy's
// quadratic fit of log(level) against the critical value, and is capped
// at 0.25 and floored at 0.001 outside them (PValueCapped,
// PValueFloored). The statistic depends only on the ranks: ties are
// handled exactly, and ±Inf are ordinary values. SciPy ≥ 1.11's
// permutation method is not offered.
//
// Errors: ErrValue for fewer than two samples, a NaN, fewer than two
// distinct values, fewer than four observations in all (SciPy raises
// IndexError for two and returns NaN for three, where σ² divides by
// zero), or one observation in every sample (σ² = 0: SciPy's answer is
// rounding noise); ErrEmpty for an empty sample.
func AndersonKSamp(samples [][]float64, opts *AndersonKSampOptions) (AndersonKSampResult, error) {
	const fn = "AndersonKSamp"
	var o AndersonKSampOptions
	if opts != nil {
		o = *opts
	}
	res := AndersonKSampResult{Statistic: math.NaN(), PValue: math.NaN()}
	k := len(samples)
	if k < 2 {
		return res, newErr(ErrValue, fn, "samples", "at least 2 samples are needed, got %d", k)
	}
	total := 0
	for i, s := range samples {
		if len(s) == 0 {
			return res, newErr(ErrEmpty, fn, "samples", "sample %d is empty", i)
		}
		if slices.ContainsFunc(s, math.IsNaN) {
			return res, newErr(ErrValue, fn, "samples", "sample %d contains NaN", i)
		}
		total += len(s)
	}
	// One allocation for every work array: each sample sorted in its
	// segment of sorted (total), the pooled sort by merging them (two
	// buffers of total, the free one then holding the distinct values),
	// lj (total), the scratch of the statistic (6·total at most) and invn
	// (k).
	arena := make([]float64, 10*total+k)
	take := func(n int) []float64 {
		a := arena[:n:n]
		arena = arena[n:]
		return a
	}
	sortedAll := take(total)
	sorted := make([][]float64, k)
	off := 0
	for i, s := range samples {
		seg := sortedAll[off : off+len(s) : off+len(s)]
		copy(seg, s)
		tsSortNoNaN(seg)
		sorted[i] = seg
		off += len(s)
	}
	z, tmp := take(total), take(total)
	z = append(z[:0], sorted[0]...)
	for _, seg := range sorted[1:] {
		tmp = adKSampMerge(tmp[:0], z, seg)
		z, tmp = tmp, z
	}
	// Distinct values and their multiplicities in the pooled sample.
	zs, lj := tmp[:0], take(total)[:0]
	for i := 0; i < len(z); {
		j := i + 1
		for j < len(z) && z[j] == z[i] {
			j++
		}
		zs = append(zs, z[i])
		lj = append(lj, float64(j-i))
		i = j
	}
	if len(zs) < 2 {
		return res, newErr(ErrValue, fn, "samples", "need more than one distinct observation, all equal %v", zs[0])
	}
	if total < 4 {
		return res, newErr(ErrValue, fn, "samples", "at least 4 observations are needed in all, got %d", total)
	}
	if total == k {
		return res, newErr(ErrValue, fn, "samples", "every sample has a single observation: the statistic is constant (σ² = 0)")
	}
	N := float64(total)
	var a2 float64
	if o.NoMidrank {
		a2 = adKSampRight(sorted, zs, lj, N, take(6*total))
	} else {
		a2 = adKSampMidrank(sorted, zs, lj, N, take(6*total))
	}

	// The variance of A² under the null hypothesis, Scholz and Stephens'
	// equation (4), in SciPy's order of operations.
	invn := take(k)
	for i, s := range samples {
		invn[i] = 1 / float64(len(s))
	}
	H := sum(invn)
	h, gs := adKSampHG(total)
	// k², N² and N³ are exact integers in SciPy (and here, for N < 2²⁰).
	kf, k2 := float64(k), float64(k*k)
	n2, n3 := N*N, N*N*N
	ca := (4*gs-6)*(kf-1) + (10-6*gs)*H
	cb := (2*gs-4)*k2 + 8*h*kf + (2*gs-14*h-4)*H - 8*h + 4*gs - 6
	cc := (6*h+2*gs-2)*k2 + (4*h-4*gs+6)*kf + (2*h-6)*H + 4*h
	cd := (2*h+6)*k2 - 4*h*kf
	sigmasq := (ca*n3 + cb*n2 + cc*N + cd) / ((N - 1) * (N - 2) * (N - 3))
	m := kf - 1
	res.Statistic = (a2 - m) / math.Sqrt(sigmasq)

	crit := make([]float64, len(adKSampB0))
	for i := range crit {
		crit[i] = adKSampB0[i] + adKSampB1[i]/math.Sqrt(m) + adKSampB2[i]/m
	}
	res.CriticalValues = crit
	res.CriticalLevels = slices.Clone(adKSampSig[:])
	switch {
	case res.Statistic < slices.Min(crit):
		res.PValue, res.PValueCapped = slices.Max(adKSampSig[:]), true
	case res.Statistic > slices.Max(crit):
		res.PValue, res.PValueFloored = slices.Min(adKSampSig[:]), true
	default:
		c := adPolyfit2(crit, adKSampSig[:])
		res.PValue = math.Exp((c[0]*res.Statistic+c[1])*res.Statistic + c[2])
	}
	return res, nil
}

// adKSampHG returns, for N = total ≥ 4, h = Σ_{i=1}^{N-1} 1/i (summed from
// 1/(N-1) down) and g = Σ_{i=1}^{N-2} Σ_{j=i+1}^{N-1} 1/((N-i)·j) (as
// SciPy: partial sums of 1/(N-1), 1/(N-2), …, 1/2 over their counts, then
// NumPy's pairwise sum), cached by N: the terms of σ² that depend on the
// total size only.
func adKSampHG(total int) (h, gs float64) {
	if c, ok := adKSampHGCache.Load(total); ok {
		hg := c.([2]float64)
		return hg[0], hg[1]
	}
	g := make([]float64, total-2)
	var acc float64
	for i := range g {
		acc += 1 / float64(total-1-i)
		g[i] = acc / float64(i+2)
	}
	h, gs = acc+1, sum(g)
	if adKSampHGCount.Load() < adKSampHGMax {
		if _, loaded := adKSampHGCache.LoadOrStore(total, [2]float64{h, gs}); !loaded {
			adKSampHGCount.Add(1)
		}
	}
	return h, gs
}

// adKSampHGCache holds adKSampHG's results for up to adKSampHGMax sizes.
var (
	adKSampHGCache sync.Map // int → [2]float64
	adKSampHGCount atomic.Int32
)

const adKSampHGMax = 256

// adKSampMerge appends the merge of the sorted a and b to dst.
func adKSampMerge(dst, a, b []float64) []float64 {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if b[j] < a[i] {
			dst = append(dst, b[j])
			j++
		} else {
			dst = append(dst, a[i])
			i++
		}
	}
	dst = append(dst, a[i:]...)
	return append(dst, b[j:]...)
}

// adKSampCounts returns, for the sorted sample s and each distinct pooled
// value zs[j], the number of elements of s at most zs[j] (le) and equal to
// it (eq), by one merge pass.
func adKSampCounts(s, zs []float64, le, eq []float64) {
	p := 0
	for j, v := range zs {
		for p < len(s) && s[p] < v {
			p++
		}
		start := p
		for p < len(s) && s[p] == v {
			p++
		}
		le[j], eq[j] = float64(p), float64(p-start)
	}
}

// adKSampMidrank is Scholz and Stephens' midrank statistic A²_akN (their
// equation 7), summed as SciPy does, from the sorted samples. buf is
// scratch of at least 6·len(zs).
func adKSampMidrank(sorted [][]float64, zs, lj []float64, N float64, buf []float64) float64 {
	L := len(zs)
	bj, le, eq, inner := buf[:L], buf[L:2*L], buf[2*L:3*L], buf[3*L:4*L]
	// The factors of each term that do not depend on the sample.
	w, den := buf[4*L:5*L], buf[5*L:6*L]
	var below float64
	for j := range zs {
		bj[j] = below + lj[j]/2
		below += lj[j]
		w[j] = lj[j] / N
		den[j] = bj[j]*(N-bj[j]) - N*lj[j]/4
	}
	var a2 float64
	for _, s := range sorted {
		adKSampCounts(s, zs, le, eq)
		ni := float64(len(s))
		for j := range zs {
			mij := le[j] - eq[j]/2
			d := N*mij - bj[j]*ni
			inner[j] = w[j] * (d * d) / den[j]
		}
		a2 += sum(inner) / ni
	}
	return a2 * ((N - 1) / N)
}

// adKSampRight is Scholz and Stephens' statistic A²_kN from the
// right-continuous empirical distributions (their equation 6), over all
// distinct values but the largest, from the sorted samples. buf is
// scratch of at least 4·len(zs).
func adKSampRight(sorted [][]float64, zs, lj []float64, N float64, buf []float64) float64 {
	L := len(zs) - 1
	bj, le, eq, inner := buf[:L], buf[L:2*L], buf[2*L:3*L], buf[3*L:4*L]
	var cum float64
	for j := range L {
		cum += lj[j]
		bj[j] = cum
	}
	var a2 float64
	for _, s := range sorted {
		adKSampCounts(s, zs[:L], le, eq)
		ni := float64(len(s))
		for j := range L {
			d := N*le[j] - bj[j]*ni
			inner[j] = lj[j] / N * (d * d) / (bj[j] * (N - bj[j]))
		}
		a2 += sum(inner) / ni
	}
	return a2
}

// adPolyfit2 returns the coefficients (highest power first) of the
// least-squares quadratic through (x[i], log y[i]), NumPy's
// polyfit(x, log(y), 2): the Vandermonde columns scaled to unit norm, then
// Householder QR.
func adPolyfit2(x, y []float64) [3]float64 {
	n := len(x)
	a := make([][3]float64, n)
	b := make([]float64, n)
	var scale [3]float64
	for i, v := range x {
		a[i] = [3]float64{v * v, v, 1}
		b[i] = math.Log(y[i])
		for c := range 3 {
			scale[c] += a[i][c] * a[i][c]
		}
	}
	for c := range 3 {
		scale[c] = math.Sqrt(scale[c])
		for i := range a {
			a[i][c] /= scale[c]
		}
	}
	// Householder reflections make a upper triangular and apply to b.
	for c := range 3 {
		var nrm float64
		for i := c; i < n; i++ {
			nrm = math.Hypot(nrm, a[i][c])
		}
		if a[c][c] > 0 {
			nrm = -nrm
		}
		// v = a[c:, c] - nrm e_1, reflection I - 2vvᵀ/vᵀv.
		v := make([]float64, n-c)
		for i := c; i < n; i++ {
			v[i-c] = a[i][c]
		}
		v[0] -= nrm
		var vv float64
		for _, t := range v {
			vv += t * t
		}
		if vv == 0 {
			continue
		}
		for cc := c; cc < 3; cc++ {
			var d float64
			for i := c; i < n; i++ {
				d += v[i-c] * a[i][cc]
			}
			d = 2 * d / vv
			for i := c; i < n; i++ {
				a[i][cc] -= d * v[i-c]
			}
		}
		var d float64
		for i := c; i < n; i++ {
			d += v[i-c] * b[i]
		}
		d = 2 * d / vv
		for i := c; i < n; i++ {
			b[i] -= d * v[i-c]
		}
	}
	var coef [3]float64
	for c := 2; c >= 0; c-- {
		s := b[c]
		for cc := c + 1; cc < 3; cc++ {
			s -= a[c][cc] * coef[cc]
		}
		coef[c] = s / a[c][c]
	}
	for c := range 3 {
		coef[c] /= scale[c]
	}
	return coef
}
