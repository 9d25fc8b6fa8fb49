package special

import (
	"testing"

	"gonum.org/v1/gonum/mathext"
	"gonum.org/v1/gonum/stat/distuv"
)

// benchN is the number of points each benchmark evaluates per operation, as
// SciPy's side of scripts/bench-special.sh does (one ufunc call on 1e6
// points): ns/op is the time per 1e6 evaluations.
const benchN = 1_000_000

// The inputs are evenly spaced and built by the same formulas in
// scripts/bench_special_scipy.py: x in [-10, 10] for Ndtr, p in
// [1e-9, 1-1e-9] for Ndtri, a = x in [0.5, 50] for Gammainc (half of them
// in Temme's region, half in the series).
var (
	benchX   = linspace(-10, 10, benchN)
	benchP   = linspace(1e-9, 1-1e-9, benchN)
	benchA   = linspace(0.5, 50, benchN)
	benchOut = make([]float64, benchN)
)

func linspace(lo, hi float64, n int) []float64 {
	s := make([]float64, n)
	for i := range s {
		s[i] = lo + (hi-lo)*float64(i)/float64(n-1)
	}
	return s
}

// BenchmarkNdtr times Ndtr and gonum's distuv.UnitNormal.CDF on 1e6 points.
func BenchmarkNdtr(b *testing.B) {
	b.Run("n=1000000/goscipy", func(b *testing.B) {
		for b.Loop() {
			for i, x := range benchX {
				benchOut[i] = Ndtr(x)
			}
		}
	})
	b.Run("n=1000000/gonum", func(b *testing.B) {
		for b.Loop() {
			for i, x := range benchX {
				benchOut[i] = distuv.UnitNormal.CDF(x)
			}
		}
	})
}

// BenchmarkNdtri times Ndtri and gonum's distuv.UnitNormal.Quantile on 1e6
// points.
func BenchmarkNdtri(b *testing.B) {
	b.Run("n=1000000/goscipy", func(b *testing.B) {
		for b.Loop() {
			for i, p := range benchP {
				benchOut[i] = Ndtri(p)
			}
		}
	})
	b.Run("n=1000000/gonum", func(b *testing.B) {
		for b.Loop() {
			for i, p := range benchP {
				benchOut[i] = distuv.UnitNormal.Quantile(p)
			}
		}
	})
}

// BenchmarkGammainc times Gammainc and gonum's mathext.GammaIncReg on 1e6
// points.
func BenchmarkGammainc(b *testing.B) {
	b.Run("n=1000000/goscipy", func(b *testing.B) {
		for b.Loop() {
			for i, a := range benchA {
				benchOut[i] = Gammainc(a, a)
			}
		}
	})
	b.Run("n=1000000/gonum", func(b *testing.B) {
		for b.Loop() {
			for i, a := range benchA {
				benchOut[i] = mathext.GammaIncReg(a, a)
			}
		}
	})
}
