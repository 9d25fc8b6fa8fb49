package cblas

import (
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/blas/gonum"
)

// TestUnitPathMatchesGonum checks the small-size unit-stride path of Ddot,
// Daxpy, Dscal and Dcopy (the Unit templates of internal/gen, which call gonum's kernels
// through package floats instead of through gonum's methods): bit for bit
// gonum's results at every length below the crossover that matters here,
// with zero, negative and NaN alpha and NaN and Inf in the data, and longer
// slices than n.
func TestUnitPathMatchesGonum(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	var impl Implementation
	var ref gonum.Implementation
	for n := 1; n <= 40; n++ {
		for trial := range 4 {
			x, y := make([]float64, n+trial), make([]float64, n+trial)
			for i := range x {
				x[i], y[i] = r.NormFloat64(), r.NormFloat64()
			}
			switch trial {
			case 2:
				x[n/2] = math.NaN()
			case 3:
				y[0] = math.Inf(-1)
			}
			got, want := impl.Ddot(n, x, 1, y, 1), ref.Ddot(n, x, 1, y, 1)
			if math.Float64bits(got) != math.Float64bits(want) {
				t.Errorf("Ddot n=%d trial %d: %v, gonum %v", n, trial, got, want)
			}
			for _, alpha := range []float64{0, 1, -0.75, math.NaN()} {
				gy, wy := append([]float64(nil), y...), append([]float64(nil), y...)
				impl.Daxpy(n, alpha, x, 1, gy, 1)
				ref.Daxpy(n, alpha, x, 1, wy, 1)
				sameBits(t, "Daxpy", n, trial, alpha, gy, wy)
				gx, wx := append([]float64(nil), x...), append([]float64(nil), x...)
				impl.Dscal(n, alpha, gx, 1)
				ref.Dscal(n, alpha, wx, 1)
				sameBits(t, "Dscal", n, trial, alpha, gx, wx)
			}
			gy, wy := append([]float64(nil), y...), append([]float64(nil), y...)
			impl.Dcopy(n, x, 1, gy, 1)
			ref.Dcopy(n, x, 1, wy, 1)
			sameBits(t, "Dcopy", n, trial, 0, gy, wy)
		}
	}
	if min(crossDot, crossAxpy, crossScal, crossCopy) <= 40 {
		t.Errorf("crossDot %d, crossAxpy %d, crossScal %d, crossCopy %d: lengths up to 40 no longer all take the small path this test covers",
			crossDot, crossAxpy, crossScal, crossCopy)
	}
}

// sameBits reports the first element where got and want differ in bits.
func sameBits(t *testing.T, name string, n, trial int, alpha float64, got, want []float64) {
	t.Helper()
	for i := range got {
		if math.Float64bits(got[i]) != math.Float64bits(want[i]) {
			t.Errorf("%s n=%d trial %d alpha=%v: element %d = %v, gonum %v", name, n, trial, alpha, i, got[i], want[i])
			return
		}
	}
}
