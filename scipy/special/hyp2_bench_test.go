package special

import "testing"

// BenchmarkHyp2f1NegLarge times Hyp2f1 at x < -1 with large parameters
// (hyp2NegX: Pfaff's series in double-double or big precision): a = 50,
// b = 60, c = 1.5 (terms cancelling by ~30 digits: big precision) and
// c = 130.7 (positive terms), on 100 points x in [-1000, -2].
func BenchmarkHyp2f1NegLarge(b *testing.B) {
	const n = 100
	xs := make([]float64, n)
	for i := range xs {
		xs[i] = -2 - 998*float64(i)/(n-1)
	}
	out := make([]float64, n)
	for _, c := range []float64{1.5, 130.7} {
		name := "c=1.5"
		if c != 1.5 {
			name = "c=130.7"
		}
		b.Run("n=100/"+name, func(b *testing.B) {
			for b.Loop() {
				for i, x := range xs {
					out[i] = Hyp2f1(50, 60, c, x)
				}
			}
		})
	}
}
