package stats

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestSelect checks tsSelect against sorting on random samples of
// every length up to 300 and a few large ones, with many ties, all equal
// values, sorted and reversed input, signed zeros and infinities: s[k] must
// equal the sorted sample's k-th value and the partition property must
// hold; tsMedianNoNaN must equal sortedMedian bit for bit.
func TestSelect(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	gens := map[string]func(n int) []float64{
		"normal": func(n int) []float64 {
			s := make([]float64, n)
			for i := range s {
				s[i] = r.NormFloat64()
			}
			return s
		},
		"ties": func(n int) []float64 {
			s := make([]float64, n)
			for i := range s {
				s[i] = float64(r.IntN(3))
			}
			return s
		},
		"equal": func(n int) []float64 { s := make([]float64, n); return s },
		"sorted": func(n int) []float64 {
			s := make([]float64, n)
			for i := range s {
				s[i] = float64(i)
			}
			return s
		},
		"reversed": func(n int) []float64 {
			s := make([]float64, n)
			for i := range s {
				s[i] = float64(n - i)
			}
			return s
		},
		"special": func(n int) []float64 {
			vals := []float64{math.Inf(-1), math.Inf(1), 0, math.Copysign(0, -1), 1, -1}
			s := make([]float64, n)
			for i := range s {
				s[i] = vals[r.IntN(len(vals))]
			}
			return s
		},
	}
	sizes := []int{}
	for n := 1; n <= 300; n++ {
		sizes = append(sizes, n)
	}
	sizes = append(sizes, 1000, 4097, 10000)
	for name, gen := range gens {
		for _, n := range sizes {
			x := gen(n)
			sorted := slices.Clone(x)
			slices.Sort(sorted)
			for _, k := range []int{0, n / 2, n - 1, r.IntN(n)} {
				s := slices.Clone(x)
				tsSelect(s, k)
				if s[k] != sorted[k] {
					t.Fatalf("%s n=%d: s[%d] = %v, want %v", name, n, k, s[k], sorted[k])
				}
				if slices.Max(s[:k+1]) > s[k] || slices.Min(s[k:]) < s[k] {
					t.Fatalf("%s n=%d k=%d: not partitioned", name, n, k)
				}
			}
			got, want := tsMedianNoNaN(slices.Clone(x)), sortedMedian(sorted)
			if got != want && !(math.IsNaN(got) && math.IsNaN(want)) {
				t.Fatalf("%s n=%d: median %v, want %v", name, n, got, want)
			}
		}
	}
}
