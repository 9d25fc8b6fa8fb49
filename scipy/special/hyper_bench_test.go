package special

import "testing"

// The hypergeometric and Airy benchmarks use the inputs of bench_test.go,
// built by the same formulas in scripts/bench_special_scipy.py (see the
// lines to add there in the report of issue 7, point 1): x in [-10, 10]
// (benchX) and a in [0.5, 50] (benchA).

// BenchmarkHyp2f1 times Hyp2f1(1.5, 2.5, 4.25, x/10.5) on 1e6 points
// x/10.5 in [-0.95, 0.95] (series, Pfaff and 1-x regions).
func BenchmarkHyp2f1(b *testing.B) {
	b.Run("n=1000000/goscipy", func(b *testing.B) {
		for b.Loop() {
			for i, x := range benchX {
				benchOut[i] = Hyp2f1(1.5, 2.5, 4.25, x/10.5)
			}
		}
	})
}

// BenchmarkHyp1f1 times Hyp1f1(a/10, 2.5, x) on 1e6 points, a/10 in
// [0.05, 5], x in [-10, 10].
func BenchmarkHyp1f1(b *testing.B) {
	b.Run("n=1000000/goscipy", func(b *testing.B) {
		for b.Loop() {
			for i, x := range benchX {
				benchOut[i] = Hyp1f1(benchA[i]/10, 2.5, x)
			}
		}
	})
}

// BenchmarkAiry times Airy (all four outputs) on 1e6 points x in
// [-10, 10].
func BenchmarkAiry(b *testing.B) {
	b.Run("n=1000000/goscipy", func(b *testing.B) {
		for b.Loop() {
			for i, x := range benchX {
				ai, aip, bi, bip := Airy(x)
				benchOut[i] = ai + aip + bi + bip
			}
		}
	})
}
