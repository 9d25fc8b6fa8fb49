package special

import (
	"math"
	"testing"

	"gonum.org/v1/gonum/mathext"
)

// Inputs of the benchmarks of this file, 1e6 points each, built by the same
// formulas as scripts/bench_special_scipy.py's lines for ellipk, lambertw,
// wofz and owens_t: m in [0, 0.99] for Ellipk; z = x + 0i, x in [-0.3, 10]
// for Lambertw (k = 0; the branch-point series below -0.3 + 0.045/e is not
// reached); z = x + iy, x in [-10, 10], y in [0.01, 5] for Wofz (both
// the series and the continued fraction); h in [-5, 5], a in [0.1, 3]
// for OwensT (both the quadrature and Owen's identity).
var (
	benchM     = linspace(0, 0.99, benchN)
	benchLW    = linspace(-0.3, 10, benchN)
	benchWofzX = linspace(-10, 10, benchN)
	benchWofzY = linspace(0.01, 5, benchN)
	benchOwH   = linspace(-5, 5, benchN)
	benchOwA   = linspace(0.1, 3, benchN)
	benchCOut  = make([]complex128, benchN)
)

// BenchmarkEllipk times Ellipk and gonum's mathext.EllipticF(π/2, m) on 1e6
// points.
func BenchmarkEllipk(b *testing.B) {
	b.Run("n=1000000/goscipy", func(b *testing.B) {
		for b.Loop() {
			for i, m := range benchM {
				benchOut[i] = Ellipk(m)
			}
		}
	})
	b.Run("n=1000000/gonum", func(b *testing.B) {
		for b.Loop() {
			for i, m := range benchM {
				benchOut[i] = mathext.EllipticF(math.Pi/2, m)
			}
		}
	})
}

// BenchmarkLambertw times Lambertw(x, 0, 1e-8) on 1e6 real points.
func BenchmarkLambertw(b *testing.B) {
	b.Run("n=1000000/goscipy", func(b *testing.B) {
		for b.Loop() {
			for i, x := range benchLW {
				benchCOut[i] = Lambertw(complex(x, 0), 0, 1e-8)
			}
		}
	})
}

// BenchmarkWofz times Wofz on 1e6 points of the upper half plane.
func BenchmarkWofz(b *testing.B) {
	b.Run("n=1000000/goscipy", func(b *testing.B) {
		for b.Loop() {
			for i, x := range benchWofzX {
				benchCOut[i] = Wofz(complex(x, benchWofzY[i]))
			}
		}
	})
}

// BenchmarkOwensT times OwensT on 1e6 points.
func BenchmarkOwensT(b *testing.B) {
	b.Run("n=1000000/goscipy", func(b *testing.B) {
		for b.Loop() {
			for i, h := range benchOwH {
				benchOut[i] = OwensT(h, benchOwA[i])
			}
		}
	})
}
