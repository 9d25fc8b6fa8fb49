package stats

import (
	"cmp"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestTSArgsort checks the argsort behind the rank tests against a stable
// comparison sort of the indices, below and above the radix threshold,
// with ties, signed zeros and infinities.
func TestTSArgsort(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for _, n := range []int{0, 1, 2, 5, 17, 100, tsRadixMin - 1, tsRadixMin, 5000} {
		for _, kind := range []string{"cont", "ties", "special"} {
			x := make([]float64, n)
			for i := range x {
				switch kind {
				case "cont":
					x[i] = rng.NormFloat64() * math.Pow(10, float64(rng.IntN(40)-20))
				case "ties":
					x[i] = float64(rng.IntN(7)) - 3
				default:
					x[i] = []float64{math.Inf(1), math.Inf(-1), 0, math.Copysign(0, -1), 1e-310, -1e-310, 2, -2}[rng.IntN(8)]
				}
			}
			want := make([]int, n)
			for i := range want {
				want[i] = i
			}
			slices.SortStableFunc(want, func(a, b int) int { return cmp.Compare(x[a], x[b]) })
			got := tsArgsort(x)
			for i := range want {
				if int(got[i].i) != want[i] && x[got[i].i] != x[want[i]] {
					t.Fatalf("n=%d %s: position %d holds index %d (%v), want %d (%v)", n, kind, i, got[i].i, x[got[i].i], want[i], x[want[i]])
				}
				if int(got[i].i) != want[i] {
					t.Fatalf("n=%d %s: position %d holds index %d, want %d (tie order not stable)", n, kind, i, got[i].i, want[i])
				}
				if i > 0 && (got[i].k == got[i-1].k) != (x[got[i].i] == x[got[i-1].i]) {
					t.Fatalf("n=%d %s: keys at %d disagree with value equality", n, kind, i)
				}
			}
		}
	}
}

// TestTSSortFloats checks tsSortFloats against slices.Sort below and above
// the radix threshold, with ties, signed zeros, infinities and NaN.
func TestTSSortFloats(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	for _, n := range []int{0, 1, 2, 13, 100, 500, tsRadixMin, 3000} {
		for _, kind := range []string{"cont", "ties", "special", "nan", "sorted", "reversed"} {
			x := make([]float64, n)
			for i := range x {
				switch kind {
				case "ties":
					x[i] = float64(rng.IntN(5))
				case "special", "nan":
					x[i] = []float64{math.Inf(1), math.Inf(-1), 0, math.Copysign(0, -1), 1e-310, -1e-310, 2, -2}[rng.IntN(8)]
				case "sorted":
					x[i] = float64(i)
				case "reversed":
					x[i] = float64(-i)
				default:
					x[i] = rng.NormFloat64()
				}
			}
			if kind == "nan" && n > 0 {
				x[rng.IntN(n)] = math.NaN()
			}
			want := slices.Clone(x)
			slices.Sort(want)
			got := slices.Clone(x)
			tsSortFloats(got)
			for i := range want {
				if !(got[i] == want[i] || math.IsNaN(got[i]) && math.IsNaN(want[i])) {
					t.Fatalf("n=%d %s: position %d is %v, want %v", n, kind, i, got[i], want[i])
				}
			}
		}
	}
}

// TestTSSelect checks tsSelect and tsMedianNoNaN against a sort, with
// ties, for every rank of small samples and some of larger ones.
func TestTSSelect(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	for _, n := range []int{1, 2, 3, 16, 17, 40, 101, 1000} {
		for _, ties := range []bool{false, true} {
			x := make([]float64, n)
			for i := range x {
				x[i] = rng.NormFloat64()
				if ties {
					x[i] = float64(rng.IntN(4))
				}
			}
			want := slices.Clone(x)
			slices.Sort(want)
			for k := 0; k < n; k += 1 + n/50 {
				s := slices.Clone(x)
				tsSelect(s, k)
				if s[k] != want[k] {
					t.Fatalf("n=%d ties=%v: s[%d] = %v, want %v", n, ties, k, s[k], want[k])
				}
				for i := range s {
					if (i < k && s[i] > s[k]) || (i > k && s[i] < s[k]) {
						t.Fatalf("n=%d ties=%v k=%d: s[%d] = %v on the wrong side of %v", n, ties, k, i, s[i], s[k])
					}
				}
			}
			med := want[n/2]
			if n%2 == 0 {
				med = (want[n/2-1] + want[n/2]) / 2
			}
			if got := tsMedianNoNaN(slices.Clone(x)); got != med {
				t.Fatalf("n=%d ties=%v: median %v, want %v", n, ties, got, med)
			}
		}
	}
}

// TestTheilSelect checks TheilSlopes' bracketed selection against a sort,
// on continuous data, heavy ties and a sorted input, for rank sets with
// repeats and extremes (which make the bracket fall back).
func TestTheilSelect(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 14))
	for _, n := range []int{1000, 1024, 4950, 20000} {
		for _, kind := range []string{"cont", "ties", "sorted"} {
			x := make([]float64, n)
			for i := range x {
				switch kind {
				case "ties":
					x[i] = float64(rng.IntN(6))
				case "sorted":
					x[i] = float64(i)
				default:
					x[i] = rng.NormFloat64()
				}
			}
			want := slices.Clone(x)
			slices.Sort(want)
			for _, ks := range [][]int{{n / 2}, {n/2 - 1, n / 2, n/2 - n/5, n/2 + n/5}, {0, n - 1}, {n / 3, n / 3, n / 2}} {
				s := slices.Clone(x)
				theilSelect(s, slices.Clone(ks))
				for _, k := range ks {
					if s[k] != want[k] {
						t.Fatalf("n=%d %s ks=%v: s[%d] = %v, want %v", n, kind, ks, k, s[k], want[k])
					}
				}
			}
		}
	}
}
