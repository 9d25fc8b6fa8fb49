package stats

import (
	"math/bits"
	"slices"
)

// speedSelect reorders s so that s[k] holds the value it would hold after
// sorting, with no greater value before it and no smaller one after it
// (NumPy's partition), in O(len(s)) expected time: Hoare partitioning
// around the median of three, falling back to sorting the remaining range
// after 2·log₂(n)+8 rounds, so the worst case stays O(n log n). s must
// hold no NaN; 0 ≤ k < len(s).
func speedSelect(s []float64, k int) {
	lo, hi := 0, len(s)-1
	budget := 2*bits.Len(uint(len(s))) + 8
	for hi-lo >= 16 {
		if budget == 0 {
			slices.Sort(s[lo : hi+1])
			return
		}
		budget--
		m := lo + (hi-lo)/2
		if s[m] < s[lo] {
			s[m], s[lo] = s[lo], s[m]
		}
		if s[hi] < s[m] {
			s[hi], s[m] = s[m], s[hi]
			if s[m] < s[lo] {
				s[m], s[lo] = s[lo], s[m]
			}
		}
		p := s[m]
		i, j := lo, hi
		for i <= j {
			for s[i] < p {
				i++
			}
			for p < s[j] {
				j--
			}
			if i <= j {
				s[i], s[j] = s[j], s[i]
				i++
				j--
			}
		}
		// s[lo..j] ≤ p ≤ s[i..hi], and every element between equals p.
		switch {
		case k <= j:
			hi = j
		case k >= i:
			lo = i
		default:
			return
		}
	}
	// Insertion sort of the short remaining range.
	for i := lo + 1; i <= hi; i++ {
		v := s[i]
		j := i
		for ; j > lo && v < s[j-1]; j-- {
			s[j] = s[j-1]
		}
		s[j] = v
	}
}

// speedMedianNoNaN returns NumPy's median of s (no NaN, len(s) ≥ 1),
// reordering s: the middle order statistic by speedSelect, and for an even
// length the mean of it and the largest value before it — the two middle
// values of the sorted sample, so the result equals sortedMedian's.
func speedMedianNoNaN(s []float64) float64 {
	h := len(s) / 2
	speedSelect(s, h)
	if len(s)%2 == 1 {
		return s[h]
	}
	lo := s[0]
	for _, v := range s[1:h] { // no NaN: a plain maximum, unlike slices.Max
		lo = max(lo, v)
	}
	return (lo + s[h]) / 2
}
