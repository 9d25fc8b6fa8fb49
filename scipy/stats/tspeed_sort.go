package stats

import (
	"math"
	"slices"
)

// tsEnt is one element of an argsort: the order key of a value (tsKey)
// and its index in the input.
type tsEnt struct {
	k uint64
	i int32
}

// tsKey maps a value that is not NaN to a key whose unsigned order is the
// value's numeric order, with -0 and +0 mapped to the same key (they
// compare equal, so they tie in ranks).
func tsKey(v float64) uint64 {
	if v == 0 {
		v = 0 // +0
	}
	return tsOrderBits(v)
}

// tsOrderBits maps a value that is not NaN to a key whose unsigned order
// is the value's numeric order, -0 below +0; tsFromOrderBits inverts it.
func tsOrderBits(v float64) uint64 {
	b := math.Float64bits(v)
	if b>>63 != 0 {
		return ^b
	}
	return b | 1<<63
}

func tsFromOrderBits(b uint64) float64 {
	if b>>63 != 0 {
		return math.Float64frombits(b &^ (1 << 63))
	}
	return math.Float64frombits(^b)
}

// tsRadixMin is the length from which tsArgsort uses a radix sort; below
// it a comparison sort is faster than the radix sort's histograms.
const tsRadixMin = 768

// tsArgsort returns x's elements (none may be NaN) as (key, index) pairs
// sorted by value, equal values by index: the order of NumPy's stable
// argsort. Equal values have equal keys, so tie groups are runs of equal
// k. One allocation below tsRadixMin elements, two from it on.
func tsArgsort(x []float64) []tsEnt {
	e := make([]tsEnt, len(x))
	for i, v := range x {
		e[i] = tsEnt{tsKey(v), int32(i)}
	}
	if len(e) < tsRadixMin {
		tsSortEnts(e)
		return e
	}
	return tsRadixSort(e)
}

// tsArgsort2 is tsArgsort of the concatenation of a and b (indices of b's
// elements start at len(a)) without building the concatenation.
func tsArgsort2(a, b []float64) []tsEnt {
	e := make([]tsEnt, len(a)+len(b))
	for i, v := range a {
		e[i] = tsEnt{tsKey(v), int32(i)}
	}
	for i, v := range b {
		e[len(a)+i] = tsEnt{tsKey(v), int32(len(a) + i)}
	}
	if len(e) < tsRadixMin {
		tsSortEnts(e)
		return e
	}
	return tsRadixSort(e)
}

// tsLess orders entries by key, then index: a total order, so any sort
// gives the stable order.
func tsLess(a, b tsEnt) bool {
	return a.k < b.k || (a.k == b.k && a.i < b.i)
}

// tsSortEnts sorts e by tsLess: quicksort with a median-of-three pivot,
// insertion sort on short runs, and heapsort past a depth limit (so
// O(n log n) in the worst case).
func tsSortEnts(e []tsEnt) {
	depth := 0
	for n := len(e); n > 0; n >>= 1 {
		depth += 2
	}
	tsQuick(e, depth)
}

func tsQuick(e []tsEnt, depth int) {
	for len(e) > 16 {
		if depth == 0 {
			tsHeapSort(e)
			return
		}
		depth--
		n := len(e)
		m := n / 2
		// Median of three to e[0].
		if tsLess(e[m], e[0]) {
			e[m], e[0] = e[0], e[m]
		}
		if tsLess(e[n-1], e[0]) {
			e[n-1], e[0] = e[0], e[n-1]
		}
		if tsLess(e[n-1], e[m]) {
			e[n-1], e[m] = e[m], e[n-1]
		}
		// Now e[0] ≤ e[m] ≤ e[n-1]; the median is the pivot.
		e[0], e[m] = e[m], e[0]
		p := e[0]
		i, j := 1, n-1
		for {
			for i <= j && tsLess(e[i], p) {
				i++
			}
			for i <= j && tsLess(p, e[j]) {
				j--
			}
			if i >= j {
				break
			}
			e[i], e[j] = e[j], e[i]
			i++
			j--
		}
		e[0], e[j] = e[j], e[0]
		// Recurse into the smaller side, loop on the larger.
		if j < n-1-j {
			tsQuick(e[:j], depth)
			e = e[j+1:]
		} else {
			tsQuick(e[j+1:], depth)
			e = e[:j]
		}
	}
	for i := 1; i < len(e); i++ {
		v := e[i]
		j := i
		for j > 0 && tsLess(v, e[j-1]) {
			e[j] = e[j-1]
			j--
		}
		e[j] = v
	}
}

func tsHeapSort(e []tsEnt) {
	n := len(e)
	down := func(i, n int) {
		for {
			c := 2*i + 1
			if c >= n {
				return
			}
			if c+1 < n && tsLess(e[c], e[c+1]) {
				c++
			}
			if !tsLess(e[i], e[c]) {
				return
			}
			e[i], e[c] = e[c], e[i]
			i = c
		}
	}
	for i := n/2 - 1; i >= 0; i-- {
		down(i, n)
	}
	for i := n - 1; i > 0; i-- {
		e[0], e[i] = e[i], e[0]
		down(0, i)
	}
}

// tsRadixSort sorts e, whose indices are in increasing order, by key with
// a least-significant-digit radix sort on 11-bit digits (stable, so equal
// keys keep their index order), skipping the digits on which all keys
// agree. It returns the sorted slice, which is e or a new one.
func tsRadixSort(e []tsEnt) []tsEnt {
	const bits, passes = 11, 6
	const size = 1 << bits
	var hist [passes * size]int32
	for _, v := range e {
		k := v.k
		for p := range passes {
			hist[p*size+int(k>>(p*bits)&(size-1))]++
		}
	}
	tmp := make([]tsEnt, len(e))
	n := int32(len(e))
	for p := range passes {
		h := hist[p*size : (p+1)*size]
		shift := p * bits
		if h[int(e[0].k>>shift&(size-1))] == n {
			continue
		}
		var s int32
		for d := range h {
			c := h[d]
			h[d] = s
			s += c
		}
		for _, v := range e {
			d := int(v.k >> shift & (size - 1))
			tmp[h[d]] = v
			h[d]++
		}
		e, tmp = tmp, e
	}
	return e
}

// tsRankAvg returns the average ranks (1 to n, ties sharing the mean of
// their positions) of x, which holds no NaN, in x's order, as RankData's
// default, and Σ (t³ - t) over the groups of t equal values.
// A NaN in x makes every rank and the tie term NaN (RankData's default).
func tsRankAvg(x []float64) (ranks []float64, ties float64) {
	if slices.ContainsFunc(x, math.IsNaN) {
		return tsNaNRanks(len(x))
	}
	return tsRanksOf(tsArgsort(x), len(x))
}

func tsNaNRanks(n int) ([]float64, float64) {
	r := make([]float64, n)
	for i := range r {
		r[i] = math.NaN()
	}
	return r, math.NaN()
}

// tsRankAvg2 is tsRankAvg of the concatenation of a and b.
func tsRankAvg2(a, b []float64) (ranks []float64, ties float64) {
	if slices.ContainsFunc(a, math.IsNaN) || slices.ContainsFunc(b, math.IsNaN) {
		return tsNaNRanks(len(a) + len(b))
	}
	return tsRanksOf(tsArgsort2(a, b), len(a)+len(b))
}

// tsRanksOf turns a sorted argsort of n elements into average ranks and
// the tie term.
func tsRanksOf(e []tsEnt, n int) ([]float64, float64) {
	r := make([]float64, n)
	var tt float64
	for i := 0; i < len(e); {
		j := i + 1
		for j < len(e) && e[j].k == e[i].k {
			j++
		}
		if j == i+1 {
			r[e[i].i] = float64(i + 1)
		} else {
			avg := float64(i+1+j) / 2
			for _, v := range e[i:j] {
				r[v.i] = avg
			}
			t := float64(j - i)
			tt += t*t*t - t
		}
		i = j
	}
	return r, tt
}

// tsSortFloats sorts s in place in increasing order, as slices.Sort:
// tsSortSmall below tsRadixMin elements, a radix sort on order keys from
// it on (-0 sorts before +0 there, an order slices.Sort may also give). A
// slice holding a NaN goes to slices.Sort, which puts NaNs first.
func tsSortFloats(s []float64) {
	if slices.ContainsFunc(s, math.IsNaN) {
		slices.Sort(s)
		return
	}
	tsSortNoNaN(s)
}

// tsSortNoNaN is tsSortFloats of an s known to hold no NaN.
func tsSortNoNaN(s []float64) {
	if len(s) < tsRadixMin {
		tsSortSmall(s)
		return
	}
	const bits, passes = 11, 6
	const size = 1 << bits
	keys := make([]uint64, 2*len(s))
	k, tmp := keys[:len(s)], keys[len(s):]
	var hist [passes * size]int32
	for i, v := range s {
		b := tsOrderBits(v)
		k[i] = b
		for p := range passes {
			hist[p*size+int(b>>(p*bits)&(size-1))]++
		}
	}
	n := int32(len(s))
	for p := range passes {
		h := hist[p*size : (p+1)*size]
		shift := p * bits
		if h[int(k[0]>>shift&(size-1))] == n {
			continue
		}
		var c int32
		for d := range h {
			t := h[d]
			h[d] = c
			c += t
		}
		for _, v := range k {
			d := int(v >> shift & (size - 1))
			tmp[h[d]] = v
			h[d]++
		}
		k, tmp = tmp, k
	}
	for i, b := range k {
		s[i] = tsFromOrderBits(b)
	}
}

// tsSortSmall sorts s, which holds no NaN, in increasing order with plain
// comparisons (slices.Sort also orders NaNs, which costs a test per
// comparison): quicksort with a median-of-three pivot and a branch-free
// Lomuto partition, runs equal to an earlier pivot gathered in one pass
// (so many ties cost no more than few), insertion sort on short runs, and
// slices.Sort past a depth limit (so O(n log n) in the worst case).
func tsSortSmall(s []float64) {
	depth := 0
	for n := len(s); n > 0; n >>= 1 {
		depth += 2
	}
	tsQuickF(s, depth, 0, false)
}

// tsQuickF sorts s; when hasLo, every element of s is at least lo.
func tsQuickF(s []float64, depth int, lo float64, hasLo bool) {
	for len(s) > 16 {
		if depth == 0 {
			slices.Sort(s)
			return
		}
		depth--
		j, p, ties := tsPartition(s, lo, hasLo)
		if ties {
			s = s[j:] // s[:j] are all p, the least value: sorted already
			continue
		}
		if j < len(s)-1-j {
			tsQuickF(s[:j], depth, lo, hasLo)
			s = s[j+1:]
			lo, hasLo = p, true
		} else {
			tsQuickF(s[j+1:], depth, p, true)
			s = s[:j]
		}
	}
	tsInsertionSort(s)
}

// tsPartition is one round of tsQuickF and tsSelect: it takes the median
// of s's first, middle and last elements as the pivot p (len(s) > 2) and
// partitions s around it by a branch-free Lomuto pass. When every element
// is at least lo (hasLo) and p = lo, p is the least value: its copies
// gather at the front and it returns their count j with ties, s[:j] all
// p. Otherwise it returns p's final index j, with s[:j] < p ≤ s[j+1:].
func tsPartition(s []float64, lo float64, hasLo bool) (j int, p float64, ties bool) {
	n := len(s)
	m := n / 2
	if s[m] < s[0] {
		s[m], s[0] = s[0], s[m]
	}
	if s[n-1] < s[0] {
		s[n-1], s[0] = s[0], s[n-1]
	}
	if s[n-1] < s[m] {
		s[n-1], s[m] = s[m], s[n-1]
	}
	s[0], s[m] = s[m], s[0]
	p = s[0]
	lt := 1
	if hasLo && !(lo < p) {
		for i := 1; i < n; i++ {
			v := s[i]
			s[i] = s[lt]
			s[lt] = v
			inc := 0
			if !(p < v) {
				inc = 1
			}
			lt += inc
		}
		return lt, p, true
	}
	// s[1:lt] < p ≤ s[lt:i].
	for i := 1; i < n; i++ {
		v := s[i]
		s[i] = s[lt]
		s[lt] = v
		inc := 0
		if v < p {
			inc = 1
		}
		lt += inc
	}
	j = lt - 1
	s[0], s[j] = s[j], s[0]
	return j, p, false
}

// tsInsertionSort sorts the short s (no NaN) by insertion.
func tsInsertionSort(s []float64) {
	for i := 1; i < len(s); i++ {
		v := s[i]
		j := i
		for j > 0 && v < s[j-1] {
			s[j] = s[j-1]
			j--
		}
		s[j] = v
	}
}

// tsSelect reorders s, which holds no NaN, so that s[k] holds the value it
// would hold after sorting, with no greater value before it and no smaller
// one after it (NumPy's partition), 0 ≤ k < len(s): quickselect with
// tsQuickF's partition, O(len(s)) expected, falling back to sorting the
// remaining range after 2·log₂(n)+8 rounds.
func tsSelect(s []float64, k int) {
	budget := 8
	for n := len(s); n > 0; n >>= 1 {
		budget += 2
	}
	var lo float64
	hasLo := false
	for len(s) > 16 {
		if budget == 0 {
			slices.Sort(s)
			return
		}
		budget--
		j, p, ties := tsPartition(s, lo, hasLo)
		switch {
		case ties && k < j:
			return // s[k] is p, the least value
		case ties:
			s, k = s[j:], k-j
		case k == j:
			return
		case k < j:
			s = s[:j]
		default:
			s, k = s[j+1:], k-j-1
			lo, hasLo = p, true
		}
	}
	tsInsertionSort(s)
}

// tsMedianNoNaN is NumPy's median of s (no NaN, len(s) ≥ 1), reordering
// s: the middle order statistic by tsSelect, and for an even length the
// mean of it and the largest value before it, the two middle values of the
// sorted sample.
func tsMedianNoNaN(s []float64) float64 {
	h := len(s) / 2
	tsSelect(s, h)
	if len(s)%2 == 1 {
		return s[h]
	}
	lo := s[0]
	for _, v := range s[1:h] {
		lo = max(lo, v)
	}
	return (lo + s[h]) / 2
}
