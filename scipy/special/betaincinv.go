package special

import "math"

// Betaincinv returns the inverse of the regularized incomplete beta
// function in x: the x in [0, 1] with I_x(a, b) = y
// (scipy.special.betaincinv).
//
// It solves for x where the solution is below 1/2 and for 1-x above, each
// time for the smaller of I and 1-I (log I = log y or log(1-I) = log(1-y),
// the complement computed directly as I_(1-x)(b, a)), by Newton's method in
// the logarithm of the variable safeguarded by bisection, finishing with a
// Newton step on the variable itself. Its relative error is at most
// max(1e-13, 2e-15·κ) with κ = max(y, 1-y)/(x·∂I/∂x) the condition number
// of x in the relative error of I or 1-I (κ ≈ 1/a for small a): no inverse
// can beat the accuracy of the function it inverts. SciPy's incbi stops at a relative change of ~1e-15 after its
// own (Cephes) iteration and can be off by more near the ends; the golden
// tests compare with mpmath there.
//
// Special cases are (as SciPy's):
//
//	Betaincinv(a, b, y) = 0 for y ≤ 0, 1 for y ≥ 1 (SciPy does not check
//	y's range)
//	Betaincinv(a, b, y) = NaN for a ≤ 0 or b ≤ 0 with 0 < y < 1
//	Betaincinv with a NaN or infinite parameter = NaN
func Betaincinv(a, b, y float64) float64 {
	switch {
	case y <= 0:
		return 0
	case y >= 1:
		return 1
	case math.IsNaN(a) || math.IsNaN(b) || math.IsNaN(y) || !(a > 0 && b > 0):
		return math.NaN()
	case math.IsInf(a, 1) || math.IsInf(b, 1):
		return math.NaN()
	}
	// Solve in the variable that is small at the solution (x below 1/2,
	// 1-x above), for the smaller of I and 1-I, each computed directly.
	if y < ibeta(a, b, ddF(0.5), ddF(0.5)) {
		return ibetaInvSolve(a, b, y, 1-y, y <= 0.5)
	}
	// 1 - x solves I_(1-x)(b, a) = 1-y.
	return 1 - ibetaInvSolve(b, a, 1-y, y, y >= 0.5)
}

// ibetaInvSolve returns the v in (0, 1/2] with I_v(p, q) = w, given w and
// its complement wc = 1-w (one of them exact): with direct, by Newton's
// method on log I_v(p, q) = log w, otherwise on
// log I_(1-v)(q, p) = log(1 - I_v(p, q)) = log wc. The iteration runs in
// t = log v, safeguarded by bisection, with a last Newton step on v.
func ibetaInvSolve(p, q, w, wc float64, direct bool) float64 {
	lw := logx(w)
	if !direct {
		lw = logx(wc)
	}
	lbeta := lbetaDD(p, q).f()
	lwAlt := logx(wc) // the other equation's target
	if !direct {
		lwAlt = logx(w)
	}
	// G(v) increasing in v, and dG/d(log v): log I - log w, or
	// log(1-w) - log(1-I), whichever ibetaBoth computed without a
	// subtraction at v (both vanish at the solution).
	evalV := func(v float64) (g, dg float64) {
		// v·∂I/∂v = v^p (1-v)^(q-1)/B(p, q)
		dv := math.Exp(p*logx(v) + (q-1)*math.Log1p(-v) - lbeta)
		iv, ic, dir := ibetaBoth(p, q, ddF(v), ddSum(1, -v))
		useI := direct
		if dir != direct && ((dir && iv < ic) || (!dir && ic < iv)) {
			useI = dir // the preferred one was subtracted: switch
		}
		lI, lC := lw, lwAlt
		if !direct {
			lI, lC = lwAlt, lw
		}
		if useI {
			return math.Log(iv) - lI, dv / iv
		}
		return lC - math.Log(ic), dv / ic
	}
	// Start: I ≈ v^p/(p·B(p, q)) for small v, below 1/2.
	var t float64
	if direct {
		t = (lw + math.Log(p) + lbeta) / p
	} else {
		t = (math.Log1p(-wc) + math.Log(p) + lbeta) / p
	}
	hiT := -math.Ln2 + 1e-15
	lo, hi := math.Inf(-1), hiT
	if !(t < hiT) {
		t = -math.Ln2 - 0.5
	}
	for i := 0; i < 100; i++ {
		v := math.Exp(t)
		if v == 0 {
			return 0
		}
		g, dg := evalV(v)
		if g == 0 {
			return v
		}
		if g < 0 || math.IsInf(g, -1) {
			lo = max(lo, t)
		} else {
			hi = min(hi, t)
		}
		// A Newton step below t's resolution means convergence; without
		// this test, t - step == t fails the bracket test below (t is an
		// end of the bracket) and bisection restarts from the far end.
		if step := g / dg; math.Abs(step) <= 1e-15*max(1, math.Abs(t)) {
			break
		}
		nt := t - g/dg
		if !(nt > lo && nt < hi) || math.IsNaN(nt) {
			if math.IsInf(lo, -1) {
				nt = t - max(1, math.Abs(t))
			} else {
				nt = 0.5 * (lo + hi)
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
	v := math.Exp(t)
	if v > 0 && v < 1 {
		if g, dg := evalV(v); dg > 0 && !math.IsInf(dg, 0) && math.Abs(g/dg) < 1e-8 {
			v *= 1 - g/dg
		}
	}
	return v
}
