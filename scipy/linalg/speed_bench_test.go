package linalg

import "testing"

// BenchmarkQR times the default QR (mode "full", no pivoting) on the
// matrices of bench_test.go; issue 5's table lists QR beside the functions
// benchmarked there.
func BenchmarkQR(b *testing.B) {
	benchEach(b, func(b *testing.B, n int) {
		a := randDense(n, n, 1)
		for b.Loop() {
			if _, err := QR(a, nil); err != nil {
				b.Fatal(err)
			}
		}
	})
}
