package stats

import (
	"math"
	"testing"
)

// FuzzNewGaussianKDE builds estimates from arbitrary shapes and values:
// NewGaussianKDE and the evaluations must never panic, and a successful
// estimate must give finite non-negative densities at finite points.
func FuzzNewGaussianKDE(f *testing.F) {
	f.Add(uint8(1), []byte{1, 2, 3, 4, 5, 6, 7})
	f.Add(uint8(2), []byte{1, 200, 3, 40, 5, 6, 70, 8, 9, 1})
	f.Add(uint8(3), []byte{0, 0, 0, 0, 0, 0})
	f.Fuzz(func(t *testing.T, d uint8, raw []byte) {
		dim := int(d%4) + 1
		n := len(raw) / dim
		if n > 200 {
			n = 200
		}
		data := make([][]float64, dim)
		for k := range data {
			data[k] = make([]float64, n)
			for i := range data[k] {
				data[k][i] = float64(int8(raw[k*n+i])) / 8
			}
		}
		kde, err := NewGaussianKDE(data, nil)
		if err != nil {
			return
		}
		pts := make([][]float64, dim)
		for k := range pts {
			pts[k] = []float64{0, 1, -3}
		}
		ev, err := kde.Evaluate(pts)
		if err != nil {
			t.Fatal(err)
		}
		for _, v := range ev {
			if !(v >= 0) || math.IsInf(v, 0) {
				t.Fatalf("density %v", v)
			}
		}
		if _, err := kde.LogPDF(pts); err != nil {
			t.Fatal(err)
		}
	})
}
