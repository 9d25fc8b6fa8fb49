package stats

import (
	"sync"
	"testing"
)

// TestTSpeedCachesConcurrent runs Shapiro and AndersonKSamp, whose
// per-size caches are shared, from several goroutines over sizes that
// fill the caches, and checks every result against a serial first run
// (go test -race checks the sharing).
func TestTSpeedCachesConcurrent(t *testing.T) {
	sizes := []int{5, 12, 50, 101, 300}
	type res struct{ w, p, a float64 }
	want := map[int]res{}
	for _, n := range sizes {
		x, y := benchSamples(n, 0.3)
		sw, err := Shapiro(x, nil)
		if err != nil {
			t.Fatal(err)
		}
		ad, err := AndersonKSamp([][]float64{x, y}, nil)
		if err != nil {
			t.Fatal(err)
		}
		want[n] = res{sw.Statistic, sw.PValue, ad.Statistic}
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range 3 {
				n := sizes[(g+r)%len(sizes)]
				x, y := benchSamples(n, 0.3)
				sw, _ := Shapiro(x, nil)
				ad, _ := AndersonKSamp([][]float64{x, y}, nil)
				if got := (res{sw.Statistic, sw.PValue, ad.Statistic}); got != want[n] {
					t.Errorf("n=%d: concurrent %v, serial %v", n, got, want[n])
				}
			}
		}()
	}
	wg.Wait()
}
