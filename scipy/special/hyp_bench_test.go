package special

import "testing"

// BenchmarkHyp2f1NearInt times Hyp2f1 near and at an integer c-a-b
// (hyp2f1NearInt's limit form of the connection formula): c-a-b = δ for
// δ in {0, 1e-9, 1e-3}, on 1e4 points x in [0.5, 0.99].
func BenchmarkHyp2f1NearInt(b *testing.B) {
	const n = 10000
	xs := make([]float64, n)
	for i := range xs {
		xs[i] = 0.5 + 0.49*float64(i)/(n-1)
	}
	out := make([]float64, n)
	for _, d := range []struct {
		name  string
		delta float64
	}{{"delta=0", 0}, {"delta=1e-9", 1e-9}, {"delta=1e-3", 1e-3}} {
		b.Run("n=10000/"+d.name, func(b *testing.B) {
			for b.Loop() {
				for i, x := range xs {
					out[i] = Hyp2f1(1.5, 2.5, 4+d.delta, x)
				}
			}
		})
	}
}
