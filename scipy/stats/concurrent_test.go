package stats

import (
	"math"
	"math/rand/v2"
	"sync"
	"testing"
)

// TestConcurrentDistributions calls every method of shared distributions
// from 16 goroutines, each with its own *rand.Rand, and checks the results
// equal the serial ones: distributions are immutable, so -race must stay
// silent and the answers must not depend on interleaving.
func TestConcurrentDistributions(t *testing.T) {
	var dists []Continuous
	for _, d := range testDists(t) {
		dists = append(dists, d)
	}
	eval := func(d Continuous, x float64) []float64 {
		lo, hi, _ := d.Interval(0.9)
		return []float64{d.PDF(x), d.LogPDF(x), d.CDF(x), d.LogCDF(x), d.SF(x), d.LogSF(x),
			d.PPF(0.3), d.ISF(0.3), d.Mean(), d.Var(), d.Entropy(), d.Moment(4), lo, hi}
	}
	want := make([][]float64, len(dists))
	for i, d := range dists {
		want[i] = eval(d, 1.25)
	}
	var wg sync.WaitGroup
	for g := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := rand.New(rand.NewPCG(uint64(g), 1))
			for k := range 200 {
				i := (g + k) % len(dists)
				got := eval(dists[i], 1.25)
				for j := range got {
					if got[j] != want[i][j] && !(math.IsNaN(got[j]) && math.IsNaN(want[i][j])) {
						t.Errorf("goroutine %d: value %d = %v, serial %v", g, j, got[j], want[i][j])
						return
					}
				}
				_ = dists[i].Rand(r)
			}
		}()
	}
	wg.Wait()
}
