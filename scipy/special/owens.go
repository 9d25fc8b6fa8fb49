package special

import "math"

// owensRule is a Gauss-Legendre rule on [0, 1]. owens_table.go holds the
// rules (owensRules) and how many nodes each h·b and b takes (owensNodes).
type owensRule struct{ u, w []float64 }

// OwensT returns Owen's T function (scipy.special.owens_t),
//
//	T(h, a) = 1/(2π) ∫₀^a exp(-h²(1+x²)/2) / (1+x²) dx,
//
// the probability that a standard bivariate normal (X, Y) has X > h and
// 0 < Y < aX.
//
// For |a| ≤ 1 the integral is evaluated as exp(-h²/2)/(2π) times
// ∫₀^b exp(-h²x²/2)/(1+x²) dx, b = min(a, 9/h), by Gauss-Legendre
// quadrature of 10 to 26 points, as few as reach 2e-17 for the given h·b
// and b (all terms positive; the Gaussian factors are computed with
// h·x and h² split exactly, so that the exponents up to 40 add no
// rounding); for |a| > 1 by Owen's identity
//
//	T(h, a) = ½Q(h) + ½Q(ah) - Q(h)Q(ah) - T(ah, 1/a),  Q(x) = Ndtr(-x),
//
// written with upper tails so that nothing cancels for large h. (SciPy
// uses Patefield and Tandy's algorithm, accurate to about 1e-16 absolute;
// this is accurate to about 1e-15 relative, also where T underflows
// towards 1e-300.) T(-h, a) = T(h, a), T(h, -a) = -T(h, a).
//
// Special cases are:
//
//	OwensT(h, 0) = 0
//	OwensT(0, a) = atan(a)/(2π)
//	OwensT(h, ±Inf) = ±Q(|h|)/2 (±1/4 at h = 0)
//	OwensT(±Inf, a) = 0
//	OwensT(h, a) = NaN if h or a is NaN
func OwensT(h, a float64) float64 {
	switch {
	case math.IsNaN(h) || math.IsNaN(a):
		return math.NaN()
	case a == 0:
		return 0
	case a < 0:
		return -OwensT(h, -a)
	}
	h = math.Abs(h)
	switch {
	case math.IsInf(h, 1):
		return 0
	case h == 0:
		return math.Atan(a) / (2 * math.Pi)
	case math.IsInf(a, 1):
		return Ndtr(-h) / 2
	case a <= 1:
		return owensTSmall(h, a)
	}
	ah := a * h
	qh, qah := Ndtr(-h), Ndtr(-ah)
	var t float64
	if !math.IsInf(ah, 1) {
		t = owensTSmall(ah, 1/a)
	}
	return (qh/2 - qh*qah) + (qah/2 - t)
}

// owensTSmall is T(h, a) for h ≥ 0 finite and 0 < a ≤ 1.
func owensTSmall(h, a float64) float64 {
	if h > 40 {
		return 0 // below exp(-800)/(2π)
	}
	b := a
	if h*b > 9 {
		b = 9 / h
	}
	// The cell of s = h·b in owensNodes (h·(9/h) may round above 9).
	k := min(int(math.Ceil(2*h*b))-1, len(owensNodes[0])-1)
	row := 0
	if b > 0.5 {
		row = 1
	}
	r := &owensRules[(int(owensNodes[row][max(k, 0)])-10)/2]
	var s float64
	for i, u := range r.u {
		x := b * u
		// exp(-(hx)²/2) with hx = p + e and p² = q + ql exactly: the
		// tail -(ql + 2pe)/2 (below 1e-14) enters to first order.
		p, e := twoProd(h, x)
		q, ql := twoProd(p, p)
		g := expFast(-q/2) * (1 - (ql+2*p*e)/2)
		s += r.w[i] * g / (1 + x*x)
	}
	return expSq(h, -0.5) * s * b / (2 * math.Pi)
}
