package special

import "math"

// Exp1 returns the exponential integral E₁(x) = ∫₁^∞ e^(-xt)/t dt for
// x > 0 (scipy.special.exp1 on real input): the power series
// -γ - log x + Σ (-1)^(k+1) x^k/(k·k!) for x ≤ 1, the continued fraction
// e^(-x)/(x+1- 1/(x+3- 4/(x+5- …))) beyond.
//
// Special cases are (as SciPy's):
//
//	Exp1(±0) = +Inf
//	Exp1(+Inf) = 0
//	Exp1(x) = NaN for x < 0, including -Inf
//	Exp1(NaN) = NaN
func Exp1(x float64) float64 {
	switch {
	case math.IsNaN(x) || x < 0:
		return math.NaN()
	case x == 0:
		return math.Inf(1)
	case math.IsInf(x, 1):
		return 0
	}
	return expn1(x)
}

// expn1 is E₁(x) for finite x > 0.
func expn1(x float64) float64 {
	if x <= 1 {
		var s float64
		t := 1.0
		for k := 1; k < 100; k++ {
			t *= -x / float64(k)
			term := -t / float64(k)
			s += term
			if math.Abs(term) < 1e-17*math.Abs(s) {
				break
			}
		}
		return -eulerGamma - logx(x) + s
	}
	return math.Exp(-x) * expnCF(1, x)
}

// expnCF returns e^x·Eₙ(x) for x > 1 (or x > 0 when n is large) from the
// continued fraction 1/(x+n- 1·n/(x+n+2- 2(n+1)/(x+n+4- …))), by the
// modified Lentz method.
func expnCF(n, x float64) float64 {
	const tiny = 0x1p-1000
	b := x + n
	c := 1 / tiny
	d := 1 / b
	h := d
	for i := 1; i < 10000; i++ {
		fi := float64(i)
		a := -fi * (n - 1 + fi)
		b += 2
		d = 1 / (a*d + b)
		c = b + a/c
		del := c * d
		h *= del
		if math.Abs(del-1) < 0x1p-53 {
			break
		}
	}
	return h
}

// Expi returns the exponential integral Ei(x) = -PV∫_{-x}^∞ e^(-t)/t dt
// (scipy.special.expi on real input): -E₁(-x) for x < 0; for x > 0 the
// series γ + log x + Σ x^k/(k·k!) up to x = 40 and the asymptotic series
// e^x/x·Σ k!/x^k beyond. Near its zero x₀ = 0.3725…, where the series
// cancels, it uses the Taylor series about x₀ (coefficients from mpmath),
// so the relative accuracy holds there too.
//
// Special cases are (as SciPy's):
//
//	Expi(±0) = -Inf
//	Expi(-Inf) = -0
//	Expi(+Inf) = NaN (SciPy's value)
//	Expi(x) = +Inf for x > 716.35 (overflow)
//	Expi(NaN) = NaN
func Expi(x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return math.NaN()
	case x == 0:
		return math.Inf(-1)
	case math.IsInf(x, -1):
		return math.Copysign(0, -1)
	case x < 0:
		return -expn1(-x)
	}
	if t := (x - eiRootHi) - eiRootLo; math.Abs(t) < 0.05 {
		p := eiRootC[len(eiRootC)-1]
		for k := len(eiRootC) - 2; k >= 0; k-- {
			p = p*t + eiRootC[k]
		}
		return p * t
	}
	if x <= 40 {
		var s float64
		t := 1.0
		for k := 1; k < 500; k++ {
			t *= x / float64(k)
			term := t / float64(k)
			s += term
			if term < 1e-17*s {
				break
			}
		}
		return eulerGamma + logx(x) + s
	}
	if x > 716.5 {
		return math.Inf(1)
	}
	// e^x/x·Σ_{k=0}^{K} k!/x^k, truncated at its smallest term (k ≈ x):
	// the remainder is below e^(-x) relative, 4e-18 at x = 40.
	var s float64 = 1
	t := 1.0
	for k := 1; float64(k) < x; k++ { // terms decrease while k < x
		t *= float64(k) / x
		s += t
		if t < 1e-17*s {
			break
		}
	}
	if x < 709 {
		return math.Exp(x) / x * s
	}
	// e^x overflows before the product does (x ≤ 716.5): e^(x-1)·e, with
	// x-1 exact.
	return math.Exp(x-1) / x * s * math.E
}

// Expn returns the generalized exponential integral
// Eₙ(x) = ∫₁^∞ e^(-xt)/tⁿ dt (scipy.special.expn), for integer n ≥ 0; like
// SciPy, a non-integer n is truncated (with a deprecation warning there).
// It uses e^(-x)/x for n = 0, the power series with its ψ(n) term for
// x ≤ 1 and n ≤ 50, and the continued fraction otherwise.
//
// Special cases are (as SciPy's):
//
//	Expn(n, 0) = +Inf for n ≤ 1, 1/(n-1) for n ≥ 2
//	Expn(n, +Inf) = 0
//	Expn(n, x) = NaN for n < 0, x < 0, infinite n
//	Expn with a NaN argument = NaN
func Expn(n, x float64) float64 {
	switch {
	case math.IsNaN(n) || math.IsNaN(x):
		return math.NaN()
	case math.IsInf(n, 0) || n < 0 || x < 0:
		return math.NaN()
	}
	n = math.Trunc(n)
	switch {
	case x == 0:
		if n <= 1 {
			return math.Inf(1)
		}
		return 1 / (n - 1)
	case math.IsInf(x, 1):
		return 0
	case n == 0:
		return math.Exp(-x) / x
	case n == 1:
		return expn1(x)
	case x > 1 || n > 50:
		if x > 745.2 {
			return 0
		}
		return math.Exp(-x) * expnCF(n, x)
	}
	// x ≤ 1: Eₙ(x) = (-x)^(n-1)/(n-1)!·(ψ(n) - log x)
	//               - Σ_{k≥0, k≠n-1} (-x)^k/(k!·(k-n+1)).
	var s float64
	t := 1.0 // (-x)^k/k!
	nm1 := n - 1
	var tn float64 // (-x)^(n-1)/(n-1)!
	for k := 0.0; k < 1000; k++ {
		if k > 0 {
			t *= -x / k
		}
		if k == nm1 {
			tn = t
			continue
		}
		term := t / (k - nm1)
		s -= term
		if k > nm1 && math.Abs(term) < 1e-17*math.Abs(s) {
			break
		}
	}
	return tn*(Digamma(n)-logx(x)) + s
}
