package special

import "math"

// sinPi returns sin(πx) with the argument reduced exactly: x is reduced
// modulo 2 before the multiplication by π, so sinPi is exact at integers
// (±0) and keeps full relative accuracy near them, where math.Sin(math.Pi*x)
// loses it to the rounding of π·x.
func sinPi(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return math.NaN()
	}
	s := 1.0
	if x < 0 {
		x, s = -x, -1
	}
	r := math.Mod(x, 2) // exact
	if r >= 1 {
		r, s = r-1, -s // exact: r in [1, 2)
	}
	if r > 0.5 {
		r = 1 - r // exact by Sterbenz's lemma
	}
	if r <= 0.25 {
		return s * math.Sin(math.Pi*r)
	}
	return s * math.Cos(math.Pi*(0.5-r))
}

// cosPi returns cos(πx) with the same exact reduction as sinPi: exactly 0
// at half-integers, ±1 at integers.
func cosPi(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return math.NaN()
	}
	x = math.Abs(x)
	r := math.Mod(x, 2)
	s := 1.0
	if r >= 1 {
		r, s = r-1, -1
	}
	// cos(π r) for r in [0, 1): symmetric about 1/2 with a sign change.
	if r > 0.5 {
		r, s = 1-r, -s
	}
	if r == 0.5 {
		return 0
	}
	if r <= 0.25 {
		return s * math.Cos(math.Pi*r)
	}
	return s * math.Sin(math.Pi*(0.5-r))
}

// cotPi returns cot(πx) = cos(πx)/sin(πx) with exact argument reduction;
// ±Inf at integers (the sign of the sine's zero).
func cotPi(x float64) float64 {
	return cosPi(x) / sinPi(x)
}

func isFinite(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) }

// logx is the natural logarithm, correct also for subnormal x (Go's
// math.Log returns about -709.09 for every subnormal input; log(5e-324) is
// -744.44): logFast, which scales subnormal inputs into the normal range.
func logx(x float64) float64 { return logFast(x) }
