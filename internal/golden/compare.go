package golden

import "math"

// RelErr is |got-want| / |want|, or |got-want| when want is zero, with NaN
// equal to NaN and an infinity equal to the same infinity (error 0): the
// measure used when a tolerance is "relative". Any other disagreement on
// non-finite values is +Inf.
func RelErr(got, want float64) float64 {
	switch {
	case math.IsNaN(want) || math.IsNaN(got):
		if math.IsNaN(want) && math.IsNaN(got) {
			return 0
		}
		return math.Inf(1)
	case math.IsInf(want, 0) || math.IsInf(got, 0):
		if got == want {
			return 0
		}
		return math.Inf(1)
	}
	d := math.Abs(got - want)
	if want == 0 {
		return d
	}
	return d / math.Abs(want)
}

// MaxNormErr is max|got[i]-want[i]| / max|want[i]| (the denominator replaced
// by 1 when want is all zeros): the error of a vector result relative to its
// scale, the right measure for transforms and solves whose small entries carry
// absolute, not relative, rounding error. It returns +Inf when the lengths
// differ or when a NaN or infinity appears on one side only.
func MaxNormErr(got, want []complex128) float64 {
	if len(got) != len(want) {
		return math.Inf(1)
	}
	var diff, scale float64
	for i := range want {
		g, w := got[i], want[i]
		if isNonFinite(g) || isNonFinite(w) {
			if RelErr(real(g), real(w)) != 0 || RelErr(imag(g), imag(w)) != 0 {
				return math.Inf(1)
			}
			continue
		}
		diff = max(diff, abs(g-w))
		scale = max(scale, abs(w))
	}
	if scale == 0 {
		return diff
	}
	return diff / scale
}

func abs(z complex128) float64 { return math.Hypot(real(z), imag(z)) }

func isNonFinite(z complex128) bool {
	return math.IsNaN(real(z)) || math.IsNaN(imag(z)) || math.IsInf(real(z), 0) || math.IsInf(imag(z), 0)
}
