package benchsuite

import (
	"math"
	"slices"
	"testing"
)

// eigBlockVec on a hand-made spectrum: a real eigenvalue 2, then the pair
// 1 ± 3i. D = diag(2, [[1, 3], [−3, 1]]), so D·(1, 1, 2) = (2, 1+6, −3+2).
func TestEigBlockVec(t *testing.T) {
	got := eigBlockVec([]float64{2, 1, 1}, []float64{0, 3, -3}, []float64{1, 1, 2})
	if want := []float64{2, 7, -1}; !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// applyQ with one reflector in a 2×2: v = (1, 0.5), τ = 0.8, so
// H·w = w − τ·(vᵀw)·v; for w = (1, 2): vᵀw = 2, H·w = (1−1.6, 2−0.8).
func TestApplyQ(t *testing.T) {
	a := []float64{9, 9, 0.5, 9} // only a[1][0] is read below the diagonal
	got := applyQ(2, a, []float64{0.8, 0}, []float64{1, 2})
	want := []float64{1 - 1.6, 2 - 0.8}
	for i := range want {
		if math.Abs(got[i]-want[i]) > 1e-15 {
			t.Errorf("got %v, want %v", got, want)
		}
	}
}

func TestMatVecHelpers(t *testing.T) {
	a := []float64{1, 2, 3, 4, 5, 6} // 2×3
	if got := matVec(2, 3, a, []float64{1, 0, -1}); !slices.Equal(got, []float64{-2, -2}) {
		t.Errorf("matVec %v", got)
	}
	if got := matTVec(2, 3, a, []float64{1, -1}); !slices.Equal(got, []float64{-3, -3, -3}) {
		t.Errorf("matTVec %v", got)
	}
	// Upper triangle of [[1, 2], [2, 3]] with junk below.
	if got := symUpperVec(2, []float64{1, 2, 99, 3}, []float64{1, 1}); !slices.Equal(got, []float64{3, 5}) {
		t.Errorf("symUpperVec %v", got)
	}
	// [[2, 0], [0, 4]]·(1, 1) − (2, 3) = (0, 1); ‖·‖∞ = 1, ‖A‖∞ = 4, ‖x‖∞ = 1.
	if got := scaledResidual(2, []float64{2, 0, 0, 4}, []float64{1, 1}, []float64{2, 3}); got != 0.25 {
		t.Errorf("scaledResidual %v, want 0.25", got)
	}
}

// compensatedDot recovers a sum that plain summation loses entirely:
// 1e16 + 1 − 1e16 = 1.
func TestCompensatedDot(t *testing.T) {
	d, scale := compensatedDot([]float64{1e8, 1, -1e8}, []float64{1e8, 1, 1e8})
	if d != 1 || scale != 2e16+1 {
		t.Errorf("got %v, %v; want 1, 2e16+1", d, scale)
	}
}

// dftBin against hand values: x = (1, 2, 3, 4): X₀ = 10, X₁ = −2+2i,
// X₂ = −2.
func TestDFTBin(t *testing.T) {
	x := []complex128{1, 2, 3, 4}
	for k, want := range []complex128{10, complex(-2, 2), -2} {
		if got := dftBin(x, k); math.Abs(real(got-want))+math.Abs(imag(got-want)) > 1e-14 {
			t.Errorf("X_%d = %v, want %v", k, got, want)
		}
	}
}
