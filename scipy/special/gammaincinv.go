package special

import "math"

// Gammaincinv returns the inverse of the regularized lower incomplete gamma
// function in x: the x ≥ 0 with P(a, x) = p (scipy.special.gammaincinv).
//
// It solves log P(a, eᵗ) = log p (or log Q = log(1-p) when p > 1/2, with
// 1-p exact) by Newton's method in t = log x, safeguarded by bisection,
// from Wilson–Hilferty's or the small-x approximation. For a < 1 and
// x < 1, log P is evaluated as a·log x - log Γ(1+a) + log1p(a·T), so that
// its error scales with a: x is then accurate although
// d log P/d log x ≈ a is small (SciPy's three Halley steps on P itself
// lose ~1e-16/a relative there; those points are checked against mpmath).
//
// Special cases are (as SciPy's):
//
//	Gammaincinv(a, 0) = 0, Gammaincinv(a, 1) = +Inf for a ≥ 0
//	Gammaincinv(a, p) = NaN for a < 0, p < 0 or p > 1
//	Gammaincinv(0, p) = NaN and Gammaincinv(+Inf, p) = NaN for 0 < p < 1
//	Gammaincinv(NaN, p) = Gammaincinv(a, NaN) = NaN
//	Gammaincinv(a, p) = 0 where the solution underflows
func Gammaincinv(a, p float64) float64 {
	switch {
	case math.IsNaN(a) || math.IsNaN(p) || a < 0 || p < 0 || p > 1:
		return math.NaN()
	case p == 0:
		return 0
	case p == 1:
		return math.Inf(1)
	case a == 0 || math.IsInf(a, 1):
		return math.NaN()
	}
	if p <= 0.5 {
		return igamInv(a, p, true)
	}
	return igamInv(a, 1-p, false)
}

// Gammainccinv returns the inverse of the regularized upper incomplete
// gamma function in x: the x ≥ 0 with Q(a, x) = q
// (scipy.special.gammainccinv), by the method of Gammaincinv.
//
// Special cases are (as SciPy's):
//
//	Gammainccinv(a, 0) = +Inf, Gammainccinv(a, 1) = 0 for a ≥ 0
//	Gammainccinv(a, q) = NaN for a < 0, q < 0 or q > 1
//	Gammainccinv(0, q) = NaN and Gammainccinv(+Inf, q) = NaN for 0 < q < 1
//	Gammainccinv(NaN, q) = Gammainccinv(a, NaN) = NaN
func Gammainccinv(a, q float64) float64 {
	switch {
	case math.IsNaN(a) || math.IsNaN(q) || a < 0 || q < 0 || q > 1:
		return math.NaN()
	case q == 0:
		return math.Inf(1)
	case q == 1:
		return 0
	case a == 0 || math.IsInf(a, 1):
		return math.NaN()
	}
	if q <= 0.5 {
		return igamInv(a, q, false)
	}
	return igamInv(a, 1-q, true)
}

// igamInv solves P(a, x) = v (lower) or Q(a, x) = v (!lower) for
// 0 < v ≤ 1/2 (v ≤ 1/2 keeps log v well conditioned).
func igamInv(a, v float64, lower bool) float64 {
	lv := logx(v)
	// G(t) = ±(log F(a, eᵗ) - log v), increasing in t.
	evalX := func(x float64) (g, dg float64) {
		t := math.Log(x)
		var lf, r float64 // log F and d log F/dt
		// d log P/dt = fac/P and d log Q/dt = -fac/Q with
		// fac = x^a e^(-x)/Γ(a); only the root's position needs full
		// accuracy, the slope only speeds the iteration.
		lfac := a*t - x - Gammaln(a)
		if lower {
			lf = igamLogP(a, x)
			r = math.Exp(lfac - lf)
		} else {
			lf = math.Log(Gammaincc(a, x))
			r = -math.Exp(lfac - lf)
		}
		g = lf - lv
		if !lower {
			g, r = -g, -r
		}
		return g, r
	}
	eval := func(t float64) (float64, float64) { return evalX(math.Exp(t)) }
	t := igamInvGuess(a, v, lower)
	if t < -745 {
		return 0 // the solution underflows
	}
	// Bracket [lo, hi] of the root in t, widened until found.
	lo, hi := math.Inf(-1), math.Inf(1)
	for i := 0; i < 200; i++ {
		t = min(t, 709.7)
		g, dg := eval(t)
		if g == 0 || math.IsNaN(g) {
			break
		}
		if g < 0 {
			lo = max(lo, t)
		} else {
			hi = min(hi, t)
		}
		step := -g / dg
		nt := t + step
		if !(nt > lo && nt < hi) || math.IsNaN(nt) || math.IsInf(dg, 0) || dg <= 0 {
			switch {
			case !math.IsInf(lo, 0) && !math.IsInf(hi, 0):
				nt = 0.5 * (lo + hi)
			case math.IsInf(hi, 1):
				nt = t + max(1, math.Abs(t))
			default:
				nt = t - max(1, math.Abs(t))
			}
		}
		done := math.Abs(nt-t) <= 1e-15*max(1, math.Abs(t)) || hi-lo <= 1e-15*max(1, math.Abs(t))
		t = nt
		if done {
			break
		}
		if t < -745 {
			return 0
		}
	}
	// A last Newton step on x itself: t = log x carries an absolute
	// rounding error of |t|·1e-16, which would limit x's relative accuracy
	// to that (8e-14 at x = 1e-300); the step evaluates G at the float64 x.
	x := math.Exp(t)
	if x > 0 && !math.IsInf(x, 0) {
		if g, dg := evalX(x); dg > 0 && !math.IsInf(dg, 0) && math.Abs(g/dg) < 1e-8 {
			x *= 1 - g/dg
		}
	}
	return x
}

// igamLogP returns log P(a, x), as a·log x - log Γ(1+a) + log1p(a·T) with
// T = Σ_{n≥1} (-x)ⁿ/(n!(a+n)) for a < 1, x < 1 (error proportional to a),
// else as the logarithm of Gammainc.
func igamLogP(a, x float64) float64 {
	if a < 1 && x < 1 {
		var s, fac float64 = 0, 1
		for n := 1; n < 200; n++ {
			fac *= -x / float64(n)
			term := fac / (a + float64(n))
			s += term
			if math.Abs(term) <= 1e-17*math.Abs(s) {
				break
			}
		}
		return a*logx(x) - lgam1p(a) + math.Log1p(a*s)
	}
	return math.Log(Gammainc(a, x))
}

// igamInvGuess returns a starting log x: Wilson–Hilferty's cube
// approximation for a ≥ 1 where it is positive, otherwise the leading terms
// P ≈ x^a/Γ(a+1) (lower tail) or Q ≈ x^(a-1)e^(-x)/Γ(a) (upper tail).
func igamInvGuess(a, v float64, lower bool) float64 {
	if a >= 1 {
		z := Ndtri(v)
		if !lower {
			z = -z
		}
		c := 1 - 1/(9*a) + z/(3*math.Sqrt(a))
		if c > 0 {
			return math.Log(a) + 3*math.Log(c)
		}
	}
	if lower {
		return (logx(v) + lgam1p(a)) / a
	}
	if v > 0.1 && a < 1 {
		// Q = 1-P not small: x is small when a is.
		return (math.Log1p(-v) + lgam1p(a)) / a
	}
	// x ≈ -log(v·Γ(a)) + (a-1)·log x, two fixed-point steps.
	lg := Gammaln(a)
	x := max(1, -logx(v)-lg)
	for i := 0; i < 2; i++ {
		x = max(1e-3, -logx(v)-lg+(a-1)*math.Log(x))
	}
	return math.Log(x)
}
