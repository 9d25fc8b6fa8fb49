package special

import "math"

// Hyperu returns Tricomi's confluent hypergeometric function U(a, b, x)
// for x > 0, scipy.special.hyperu.
//
// Method: for a ≥ 1 the integral U = x^(-a)/Γ(a)·∫₀^∞ e^(-u) u^(a-1)
// (1+u/x)^(b-a-1) du (DLMF 13.4.4) by the trapezoidal rule in log u. For
// non-integer b, x ≤ 2 (x ≤ 20 when a < 1), first DLMF 13.2.42 in terms
// of M, Γ(1-b)/Γ(a-b+1)·M(a, b, x) + Γ(b-1)/Γ(a)·x^(1-b) M(a-b+1, 2-b, x),
// with the M series in double-double where needed, wherever its
// estimated error (the series' estimates and a few ulps for the gamma
// functions, weighted by how much the two terms cancel) is below 5e-14.
// Otherwise, for a < 1, the recurrence in a (DLMF 13.3.7) downward from
// the two orders in [1, 3). a a non-positive integer gives the polynomial
// (-1)^n (b)_n M(-n, b, x). Accuracy against mpmath over the golden data
// (hyper_hyp.json: a in [-4, 6], b in [-3, 5], x from 1e-300 to 1e4;
// hyp_edge.json: 300 more points with a in [-6, 1), b in [-4, 6],
// x in [1e-3, 100]): 1e-13 relative (measured maximum 4.0e-14). Beyond
// those ranges the downward recurrence is not stable everywhere: at 3000
// random points with a in [-8, 1), b in [-5, 8], x in [1e-3, 200], 5
// exceeded 1e-13 (the largest 2e-13, at a = -7.5, where the problem's
// own condition number times eps is 5e-13). SciPy 1.10.1 (Zhang and
// Jin's CHGU) is farther than 1e-13 from mpmath at 43 of the 260 points
// of hyper_hyp.json; this follows mpmath.
//
// Special cases are (as SciPy 1.10.1's, except at x = +Inf, where SciPy
// returns NaN for most a > 0 and Hyperu the limit):
//
//	Hyperu(a, b, x) = NaN for x < 0 (-Inf included)
//	Hyperu(a, b, +Inf) = 0 for a > 0, +Inf for a < 0
//	Hyperu(a, b, 0) = Γ(1-b)/Γ(a-b+1) for b < 1, +Inf for b ≥ 1 (unless a
//	is a non-positive integer: the polynomial's value)
//	Hyperu(0, b, x) = 1 and Hyperu(a, a+1, x) = x^(-a)
//	Hyperu with a NaN argument, or a = ±Inf or b = ±Inf, = NaN
func Hyperu(a, b, x float64) float64 {
	switch {
	case math.IsNaN(a) || math.IsNaN(b) || math.IsNaN(x) || x < 0 || math.IsInf(a, 0) || math.IsInf(b, 0):
		return math.NaN()
	case a == 0:
		return 1
	case math.IsInf(x, 1):
		if a > 0 {
			return 0
		}
		return x
	case isNonPosInt(a):
		// U(-n, b, x) = (-1)^n (b)_n M(-n, b, x) (DLMF 13.2.7).
		n := -a
		if n > 1e6 {
			return math.NaN() // degree beyond a million: not attempted
		}
		p := hyp1f1Poly(a, b, x)
		pn := 1.0
		for k := 0; k < int(n); k++ {
			pn *= b + float64(k)
		}
		if math.Mod(n, 2) == 1 {
			pn = -pn
		}
		return pn*p + 0 // +0 for a zero value, as SciPy
	case x == 0:
		if b < 1 {
			return Gamma(1-b) * Rgamma(a-b+1)
		}
		return math.Inf(1)
	case b == a+1:
		return math.Pow(x, -a)
	}
	if (x <= 2 || a < 1 && x <= hyperuSmallXMax) && b != math.Round(b) {
		if r, ok := hyperuSmallX(a, b, x); ok {
			return r
		}
	}
	if a >= 1 {
		return hyperuQuad(a, b, x)
	}
	// U(c-1) = -(b-2c-x) U(c) - c(c-b+1) U(c+1), from c+1 = a+n+1 down.
	n := math.Ceil(1 - a)
	if n > 1e5 {
		return math.NaN()
	}
	c := a + n
	u1 := hyperuQuad(c+1, b, x)
	u0 := hyperuQuad(c, b, x)
	for ; c > a+0.5; c-- {
		u0, u1 = -(b-2*c-x)*u0-c*(c-b+1)*u1, u0
	}
	return u0
}

// hyperuSmallXMax is the largest x at which hyperuSmallX is tried for
// a < 1 (for a ≥ 1, up to x = 2): beyond, its two terms cancel too much.
const hyperuSmallXMax = 20

// hyperuSmallX is U(a, b, x) for non-integer b from DLMF 13.2.42,
// Γ(1-b)/Γ(a-b+1)·M(a, b, x) + Γ(b-1)/Γ(a)·x^(1-b) M(a-b+1, 2-b, x);
// ok is false where the estimated error (the series' estimates and the rounding of the gamma
// functions, weighted by the terms' sizes against the sum) exceeds 5e-14.
func hyperuSmallX(a, b, x float64) (float64, bool) {
	if math.Abs(a) > 100 || math.Abs(b) > 100 {
		return 0, false
	}
	m1, e1 := hyperuM(a, b, x)
	m2, e2 := hyperuM(a-b+1, 2-b, x)
	t1 := Gamma(1-b) * Rgamma(a-b+1) * m1
	t2 := Gamma(b-1) * Rgamma(a) * math.Pow(x, 1-b) * m2
	r := t1 + t2
	// The series' own estimates, plus a few ulps for each term's gamma
	// functions and power, weighted by the terms' sizes against the sum.
	est := (math.Abs(t1)*(e1+1e-15) + math.Abs(t2)*(e2+1e-15)) / math.Abs(r)
	ok := est < 5e-14 && isFinite(r)
	return r, ok
}

// hyperuM is M(a, b, x) by its power series with an error estimate, in
// double-double where the float64 sum's estimate exceeds 1e-15.
func hyperuM(a, b, x float64) (float64, float64) {
	m, e := hyp1f1SeriesErr(a, b, x)
	if e > 1e-15 {
		if md, ed := hyp1f1SeriesDD(a, b, x); ed < e {
			return md, ed
		}
	}
	return m, e
}

// hyperuQuad is U(a, b, x) for a ≥ 1, x > 0 by DLMF 13.4.4,
// U = x^(-a)/Γ(a)·∫₀^∞ e^(-u) u^(a-1) (1+u/x)^(b-a-1) du, as the trapezoidal
// rule in v = log u with step h = π²/(45+a): the integrand is analytic in
// the strip |Im v| < π/2 and grows there by at most e^a, so the rule's
// error is below e^(a-π²/h) ≈ 3e-20, and
// the bend at u = x is resolved at any scale of x. The exponents are
// shifted by their maximum so that nothing overflows.
func hyperuQuad(a, b, x float64) float64 {
	// The rule's error is about e^(a-2πd/h) with d = π/2 (the integrand
	// grows by up to e^a off the real line).
	h := math.Pi * math.Pi / (45 + a)
	q := b - a - 1
	lx := math.Log(x)
	vlo := math.Min(lx, 0) - 45/a - 1
	vhi := math.Log(800 + 4*a)
	n := int((vhi-vlo)/h) + 1
	if n > 20000 {
		return math.NaN()
	}
	lf := func(v float64) float64 {
		u := math.Exp(v)
		// log(u^a (1+u/x)^q e^(-u)); log1p(u/x) = log(x+u) - log x.
		var l1 float64
		if u < x {
			l1 = math.Log1p(u / x)
		} else {
			l1 = v - lx + math.Log1p(x/u)
		}
		return a*v - u + q*l1
	}
	lmax := math.Inf(-1)
	for k := 0; k <= n; k++ {
		lmax = math.Max(lmax, lf(vlo+float64(k)*h))
	}
	var sum float64
	for k := 0; k <= n; k++ {
		sum += math.Exp(lf(vlo+float64(k)*h) - lmax)
	}
	// x^(-a)/Γ(a)·e^lmax·h·sum
	l := -a*lx + lmax - Gammaln(a)
	if a < 170 {
		return besselExpDD(sum*h*Rgamma(a), dd{-a*lx + lmax, 0})
	}
	return besselExpDD(sum*h, dd{l, 0})
}
