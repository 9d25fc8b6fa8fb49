package stats

import (
	"math"
	"math/rand/v2"
	"slices"
	"sync"
	"testing"
)

// TestConcurrentResampling runs GaussianKDE (shared), Bootstrap,
// PermutationTest and MonteCarloTest from 16 goroutines, each with its own
// *rand.Rand, and checks every result equals the serial one for the same
// seed: the functions keep no shared state, so -race must stay silent and
// the answers depend only on the caller's source.
func TestConcurrentResampling(t *testing.T) {
	data := kdeNormalData(9, 2, 40)
	kde, err := NewGaussianKDE(data, nil)
	if err != nil {
		t.Fatal(err)
	}
	pts := [][]float64{{-1, 0, 0.5, 2}, {0, 1, -1, 3}}
	run := func(g int) []float64 {
		seed := func() *rand.Rand { return rand.New(rand.NewPCG(uint64(g), 77)) }
		var out []float64
		ev, _ := kde.Evaluate(pts)
		lp, _ := kde.LogPDF(pts)
		rs, _ := kde.Resample(5, seed())
		out = append(append(append(out, ev...), lp...), rs[0]...)
		b, _ := Bootstrap([][]float64{data[0]}, bootMean, &BootstrapOptions{NResamples: 200, Rand: seed()})
		out = append(out, b.ConfidenceInterval.Low, b.ConfidenceInterval.High, b.StandardError)
		p, _ := PermutationTest([][]float64{data[0][:20], data[1][:20]}, permDiffMeans, &PermutationTestOptions{NResamples: 200, Rand: seed()})
		out = append(out, p.Statistic, p.PValue)
		m, _ := MonteCarloTest(data[0], func(r *rand.Rand, n int) []float64 { return bootNormal(r, n, 0) },
			func(x []float64) float64 { return mean(x) }, &MonteCarloTestOptions{NResamples: 200, Rand: seed()})
		return append(out, m.Statistic, m.PValue)
	}
	want := make([][]float64, 16)
	for g := range want {
		want[g] = run(g)
	}
	var wg sync.WaitGroup
	for g := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 3 {
				got := run(g)
				if !slices.EqualFunc(got, want[g], func(a, b float64) bool { return a == b || math.IsNaN(a) && math.IsNaN(b) }) {
					t.Errorf("goroutine %d: results differ from the serial run", g)
					return
				}
			}
		}()
	}
	wg.Wait()
}
