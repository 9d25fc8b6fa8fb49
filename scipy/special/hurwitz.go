package special

import "math"

// bernoulliRatio[j] is B₂ⱼ₊₂/(2j+2)!, the coefficients of the Euler–Maclaurin
// correction terms.
var bernoulliRatio = [...]float64{
	0.08333333333333333, -0.001388888888888889, 3.306878306878307e-05,
	-8.267195767195768e-07, 2.08767569878681e-08, -5.284190138687493e-10,
	1.3382536530684679e-11, -3.3896802963225827e-13, 8.586062056277845e-15,
	-2.174868698558062e-16, 5.5090028283602295e-18, -1.3954464685812522e-19,
}

// hurwitzZeta returns ζ(s, q) = Σₖ (k+q)^(-s) with SciPy's (Cephes')
// conventions for its domain: +Inf at s = 1 and at non-positive integer q,
// NaN for s < 1 and for non-integer s with q < 0 (where (k+q)^(-s) is not
// real). q < 0 with integer s is summed like any q: the terms before k+q
// becomes positive are added one by one.
//
// The sum runs term by term until k+q ≥ 9 (and at least 10 terms, stopping
// early once a term is below ε relative to the sum, which happens quickly
// for large s), then adds the tail by the Euler–Maclaurin formula
// ∫ + f/2 - Σ B₂ⱼ/(2j)!·f^(2j-1) with up to 12 correction terms.
func hurwitzZeta(s, q float64) float64 {
	switch {
	case s == 1:
		return math.Inf(1)
	case s < 1:
		return math.NaN()
	}
	if q <= 0 {
		if q == math.Floor(q) {
			return math.Inf(1)
		}
		if s != math.Floor(s) {
			return math.NaN()
		}
	}
	if q > 1e8 {
		// ζ(s, q) = q^(1-s)·(1/(s-1) + 1/(2q) + s/(12q²) + …); the third
		// term is below 1e-17 relative here.
		return (1/(s-1) + 1/(2*q)) * math.Pow(q, 1-s)
	}
	return hurwitzEM(s, q)
}

// hurwitzEM is the Euler–Maclaurin evaluation of hurwitzZeta, without its
// domain checks: for q = 1 it is also the analytic continuation of ζ(s)
// to -1 < s < 1.
func hurwitzEM(s, q float64) float64 {
	sum := math.Pow(q, -s)
	a := q
	var b float64
	for i := 0; i < 9 || a <= 9; i++ {
		a++
		b = math.Pow(a, -s)
		sum += b
		if math.Abs(b/sum) < 0x1p-53 {
			return sum
		}
	}
	// Tail Σ_{k>a} f(k) with f(t) = t^(-s), the term at a already added:
	// ∫_a^∞ f - f(a)/2 - Σⱼ B₂ⱼ/(2j)!·f^(2j-1)(a), where
	// -f^(2j-1)(a) = s(s+1)…(s+2j-2)·a^(-s-2j+1).
	w := a
	sum += b*w/(s-1) - 0.5*b
	fac := 1.0 // s(s+1)…(s+2j-2)
	k := 0.0
	for _, c := range bernoulliRatio {
		fac *= s + k
		b /= w
		t := c * fac * b
		sum += t
		if math.Abs(t/sum) < 0x1p-53 {
			break
		}
		k++
		fac *= s + k
		b /= w
		k++
	}
	return sum
}

// hurwitzScaled returns Z = q^s·ζ(s, q) = Σₖ (1+k/q)^(-s) for s > 1, q > 0,
// which is ≥ 1 and never underflows. Terms are exp(-s·log1p(k/q)), whose
// rounding error is ε·s·log1p(k/q) — small for the terms that matter —
// summed until q+k ≥ 9 (and at least 10 terms) and completed by the
// Euler–Maclaurin tail as in hurwitzZeta.
func hurwitzScaled(s, q float64) float64 {
	sum := 1.0
	var b, a float64
	for k := 1; ; k++ {
		a = q + float64(k)
		b = math.Exp(-s * math.Log1p(float64(k)/q))
		sum += b
		if b < 0x1p-53*sum {
			return sum
		}
		if k >= 10 && a > 9 {
			break
		}
	}
	// Tail beyond a, scaled by q^s: b·(a/(s-1) - 1/2 + Σⱼ cⱼ·(s)₂ⱼ₋₁·a^(1-2j)).
	w := a
	sum += b*w/(s-1) - 0.5*b
	fac := 1.0
	k := 0.0
	for _, c := range bernoulliRatio {
		fac *= s + k
		b /= w
		t := c * fac * b
		sum += t
		if math.Abs(t) < 0x1p-53*sum {
			break
		}
		k++
		fac *= s + k
		b /= w
		k++
	}
	return sum
}
