package special

import "testing"

func benchA(b *testing.B, lo, hi float64) {
	xs := linspace(lo, hi, 100000)
	for b.Loop() {
		for i, a := range xs {
			benchOut[i] = Gammainc(a, a)
		}
	}
}
func BenchmarkGA1(b *testing.B)  { benchA(b, 0.5, 10) }
func BenchmarkGA2(b *testing.B)  { benchA(b, 10, 20) }
func BenchmarkGA3(b *testing.B)  { benchA(b, 20, 50) }
func BenchmarkFac1(b *testing.B) {
	xs := linspace(0.5, 10, 100000)
	for b.Loop() {
		for i, a := range xs {
			benchOut[i] = igamFac(a, a)
		}
	}
}
