package special

import "math"

// Iteration caps of the continued fraction, in float64 and in
// double-double: near the mean it needs about √min(a, b) steps, so the caps
// bound the cost (to ~0.2 ms) for absurd parameters (a, b ≳ 1e7 within a
// standard deviation of the mean), where the result loses accuracy.
const (
	ibetaMaxIter   = 20000
	ibetaMaxIterDD = 3000
)

// Betainc returns the regularized incomplete beta function
// I_x(a, b) = 1/B(a, b) ∫₀ˣ t^(a-1)(1-t)^(b-1) dt (scipy.special.betainc,
// SciPy's argument order: a, b, x).
//
// It evaluates the continued fraction of I_x(a, b) (or of I_(1-x)(b, a)
// beyond the mean, with 1-x carried exactly in double-double) times the
// factor x^a(1-x)^b/(a·B(a, b)), whose logarithm is formed in double-double
// (for a, b ≥ 10 from Stirling's series with the terms a·log a, b·log b
// cancelled analytically, as a·log1pmx(d/a) + b·log1pmx(-d/b),
// d = bx - a(1-x)): tails keep their relative accuracy. The continued
// fraction takes O(√min(a, b)) steps near the mean; it is cut off at 3000
// (in double-double, for a+b ≥ 100), so beyond a, b ~ 1e7 results within
// a few standard deviations of the mean lose accuracy (SciPy's Cephes cuts
// off at 300 steps).
//
// Special cases are (as SciPy's):
//
//	Betainc(a, b, x) = NaN for a ≤ 0, b ≤ 0, x < 0 or x > 1
//	Betainc(a, b, 0) = 0, Betainc(a, b, 1) = 1 (a, b > 0)
//	Betainc with a NaN argument, or a = +Inf or b = +Inf for 0 < x < 1, = NaN
func Betainc(a, b, x float64) float64 {
	if !(a > 0 && b > 0) { // also NaN
		return math.NaN()
	}
	switch {
	case x == 0:
		return 0
	case x == 1:
		return 1
	case !(x > 0 && x < 1):
		return math.NaN()
	}
	return ibeta(a, b, ddF(x), ddSum(1, -x))
}

// ibeta returns I_x(a, b) for finite or infinite a, b > 0 and 0 < x < 1
// given as x and y = 1-x, both double-double (callers that form x from
// other quantities, like Stdtr's df/(df+t²), keep them exact this way).
//
// The continued fraction converges fast below its threshold
// x < (a+1)/(a+b+2), near the mean a/(a+b); beyond it I_(1-x)(b, a) is used.
// For a, b ≥ 50 within one standard deviation of the threshold both
// orientations converge, and the one with the smaller first parameter is
// taken: with a large
// first parameter the odd coefficients stay ≈ -1 for many steps and the
// recurrence cancels (1e-12 relative error at a = 1e5, b = 300 near the
// mean). Where the symmetric form would return 1-w with w > 0.9 and b < 1,
// the power series in x is summed instead (it has positive terms for
// b < 1), so that small results keep their relative accuracy.
func ibeta(a, b float64, x, y dd) float64 {
	i, _, _ := ibetaBoth(a, b, x, y)
	return i
}

// ibetaBoth returns I = I_x(a, b) and its complement 1-I, one of them
// computed directly and the other as 1 minus it; direct reports whether I
// was the direct one (then 1-I is accurate only where I ≤ 1/2, and
// conversely).
func ibetaBoth(a, b float64, x, y dd) (i, ic float64, direct bool) {
	if math.IsInf(a, 0) || math.IsInf(b, 0) {
		return math.NaN(), math.NaN(), true // SciPy's Cephes series give NaN
	}
	swap := x.hi > (a+1)/(a+b+2)
	if !swap {
		i = ibetaCF(a, b, x, y)
		return i, 1 - i, true
	}
	w := ibetaCF(b, a, y, x)
	// 1-w loses relative accuracy as w/(1-w) ≈ 9 at w = 0.9: below that
	// the subtraction is accurate enough, and the power series, whose
	// terms shrink like xⁿ, would need tens of thousands of terms for x
	// near 1 (Stdtr(198, 0.7) took 50 µs that way).
	if w > 0.9 && b < 1 && x.hi < 0.999 {
		i = ibetaPowerSeries(a, b, x, y)
		return i, 1 - i, true
	}
	return 1 - w, w, false
}

// ibetaPowerSeries returns I_x(a, b) = x^a/(a·B(a, b))·
// (1 + a·Σ_{n≥1} (1-b)(2-b)…(n-b)/n! · xⁿ/(a+n)) for b < 1 (terms
// positive) and x < 0.999.
func ibetaPowerSeries(a, b float64, x, y dd) float64 {
	pre := expDD(logDD2(x).mulF(a).sub(lbetaDD(a, b))) / a
	xv := x.hi
	var s float64
	t := 1.0
	for n := 1; n < ibetaMaxIter; n++ {
		fn := float64(n)
		t *= (fn - b) / fn * xv
		term := t * a / (a + fn)
		s += term
		if term < 0x1p-54*s {
			break
		}
	}
	return pre * (1 + s)
}

// ibetaCF returns I_x(a, b) = x^a y^b/(a·B(a, b)) · cf(a, b, x) for
// x ≤ (a+1)/(a+b+2), with the continued fraction
// cf = 1/(1+ d₁/(1+ d₂/(1+ …))) (DLMF 8.17.22) by the modified Lentz
// method.
//
// For a+b ≥ 100 the recurrence runs in double-double: with a large first
// parameter its odd coefficients stay close to -1 for many steps, and the
// terms 1+d·(…) of Lentz's recurrence cancel: in float64 the relative error
// reaches 1e-12 at a = 5000, b = 1/2 and 1e-6 at a = 5e11 (Student's t with
// df = 1e12), in double-double it stays at a few ulps.
func ibetaCF(a, b float64, x, y dd) float64 {
	pre := ibetaPrefix(a, b, x, y)
	if pre == 0 {
		return 0
	}
	if a+b >= 100 {
		return pre * ibetaCFDD(a, b, x) / a
	}
	// The convergents A/B of K = 1 + d₁/(1 + d₂/(1 + …)) by the forward
	// recurrence A_n = A_{n-1} + d_n·A_{n-2} (B alike), cf = B/A: unlike
	// Lentz's method it has no division in the dependency chain from one
	// step to the next (one division per pair of steps, for the test).
	xv := x.hi
	qab, qap, qam := a+b, a+1, a-1
	a2, a1 := 1.0, 1+(-qab*xv/qap) // A₀, A₁
	b2, b1 := 1.0, 1.0             // B₀, B₁
	h := b1 / a1
	for m := 1; m < ibetaMaxIter; m++ {
		fm := float64(m)
		m2 := 2 * fm
		de := fm * (b - fm) * xv / ((qam + m2) * (a + m2))
		do := -(a + fm) * (qab + fm) * xv / ((a + m2) * (qap + m2))
		a2, b2 = a1+de*a2, b1+de*b2
		a1, b1 = a2+do*a1, b2+do*b1
		hn := b1 / a1
		if math.Abs(hn-h) <= 0x1p-53*math.Abs(hn) {
			h = hn
			break
		}
		h = hn
		// The convergents' numerators and denominators shrink or grow
		// geometrically: rescale them together (exactly, by a power of 2)
		// long before they leave the float64 range.
		if aa := math.Abs(a1); aa > 0x1p500 || aa < 0x1p-500 {
			_, e := math.Frexp(a1)
			a1, a2 = math.Ldexp(a1, -e), math.Ldexp(a2, -e)
			b1, b2 = math.Ldexp(b1, -e), math.Ldexp(b2, -e)
		}
	}
	return pre * h / a
}

// ibetaCFDD is the continued fraction of ibetaCF in double-double.
func ibetaCFDD(a, b float64, x dd) float64 {
	one := ddF(1)
	qab, qap, qam := ddSum(a, b), ddSum(a, 1), ddSum(a, -1)
	c := one
	d := one.div(one.sub(qab.mul(x).div(qap)))
	h := d
	for m := 1; m < ibetaMaxIterDD; m++ {
		fm := float64(m)
		m2 := 2 * fm
		aa := ddSum(b, -fm).mulF(fm).mul(x).div(qam.addF(m2).mul(ddSum(a, m2)))
		d = one.add(aa.mul(d))
		c = one.add(aa.div(c))
		d = one.div(d)
		h = h.mul(d).mul(c)
		aa = ddSum(a, fm).mul(qab.addF(fm)).mul(x).div(ddSum(a, m2).mul(qap.addF(m2))).neg()
		d = one.add(aa.mul(d))
		c = one.add(aa.div(c))
		d = one.div(d)
		del := d.mul(c)
		h = h.mul(del)
		if math.Abs(del.hi-1) < 1e-30 {
			break
		}
	}
	return h.f()
}

// ibetaPrefix returns x^a·y^b/B(a, b) (y = 1-x) with its logarithm in
// double-double: for a, b ≥ 10 as
// √(ab/(2πc))·exp(a·log1pmx(d/a) + b·log1pmx(-d/b) + μ(c) - μ(a) - μ(b))
// with c = a+b and d = bx - ay (Stirling's series; cx/a = 1 + d/a), else
// as exp(a·log x + b·log y - log B(a, b)) (for a, b < 10 with
// a|log x| + b|log y| < 8 in float64, within a few ulps, divided by B).
func ibetaPrefix(a, b float64, x, y dd) float64 {
	if a >= 10 && b >= 10 {
		d := x.mulF(b).sub(y.mulF(a))
		e := log1pmxDD(d.div(ddF(a))).mulF(a).add(log1pmxDD(d.neg().div(ddF(b))).mulF(b))
		c := a + b
		e = e.addF(stirlingMu(c) - stirlingMu(a) - stirlingMu(b))
		return math.Sqrt(a/(2*math.Pi)*(b/c)) * expDD(e)
	}
	if a < 10 && b < 10 && min(a, b) > 1e-300 {
		// Moderate exponents in float64: the rounding of a·log x + b·log y
		// costs at most s·1.1e-16 relative with s = a|log x| + b|log y|,
		// a few ulps below s = 8; the double-double logarithms cost about
		// five times as much.
		lx := logx(x.hi) + x.lo/x.hi
		ly := logx(y.hi) + y.lo/y.hi
		if s := a*math.Abs(lx) + b*math.Abs(ly); s < 8 {
			if b == 0.5 { // Student's t: B(a, 1/2) = √π·Γ(a)/Γ(a+1/2), a Γ less
				return expFast(a*lx+b*ly) * Gamma(a+0.5) / (sqrtPi * Gamma(a))
			}
			return expFast(a*lx+b*ly) / betaGammaRatio(a, b)
		}
	}
	e := logDD2(x).mulF(a).add(logDD2(y).mulF(b))
	return expDD(e.sub(lbetaDD(a, b)))
}

// lbetaDD returns log B(a, b) for a, b > 0, in double-double where its
// terms are large (one argument ≥ 10), from Gamma values otherwise.
func lbetaDD(a, b float64) dd {
	if a < b {
		a, b = b, a
	}
	switch {
	case a < 10 && b > 1e-300:
		return ddF(math.Log(betaGammaRatio(a, b)))
	case a < 10:
		return ddF(Gammaln(a) + Gammaln(b) - Gammaln(a+b))
	case b < 10:
		// log Γ(b) - (log Γ(a+b) - log Γ(a))
		return lgammaDiffDD(a, b).neg().addF(Gammaln(b))
	}
	return lbetaPosDD(a, b)
}
