package linalg

import (
	"math"
	"testing"
)

// TestAllFinite checks the branch-free finiteness test against the
// element-by-element one, for every non-finite value at every position of
// slices short and long enough to reach both of its loops.
func TestAllFinite(t *testing.T) {
	for _, n := range []int{0, 1, 3, 4, 5, 8, 13} {
		s := make([]float64, n)
		for i := range s {
			s[i] = float64(i) - 2.5
		}
		if n > 0 {
			s[0] = math.MaxFloat64
		}
		if !allFinite(s) || firstNonFinite(s) != -1 {
			t.Fatalf("n=%d: finite slice reported non-finite", n)
		}
		for pos := range n {
			for _, bad := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
				old := s[pos]
				s[pos] = bad
				if allFinite(s) {
					t.Errorf("n=%d: %v at %d not detected", n, bad, pos)
				}
				if k := firstNonFinite(s); k != pos {
					t.Errorf("n=%d: %v at %d located at %d", n, bad, pos, k)
				}
				s[pos] = old
			}
		}
	}
}
