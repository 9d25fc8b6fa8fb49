package stats

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestSlopesSelectMatchesSort checks slopesSelect, which TheilSlopes uses
// in place of SciPy's full sort: every requested rank must hold the value
// the sorted slice has there, for random data with many ties, for repeated
// and adjacent ranks and for the ends.
func TestSlopesSelectMatchesSort(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 9))
	for trial := range 300 {
		n := 1 + r.IntN(400)
		s := make([]float64, n)
		for i := range s {
			if trial%2 == 0 {
				s[i] = float64(r.IntN(7)) // ties
			} else {
				s[i] = r.NormFloat64()
			}
		}
		sorted := slices.Clone(s)
		slices.Sort(sorted)
		ks := []int{0, n - 1, n / 2, max(n/2-1, 0), r.IntN(n), r.IntN(n), r.IntN(n)}
		slopesSelect(s, slices.Clone(ks))
		for _, k := range ks {
			if s[k] != sorted[k] {
				t.Fatalf("trial %d, n=%d: rank %d holds %v, sorted has %v", trial, n, k, s[k], sorted[k])
			}
		}
	}
}
