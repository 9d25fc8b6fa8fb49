package special

import "math"

const (
	maxGamma = 171.624376956302725 // Γ(x) overflows above this
	maxLog   = 7.09782712893383996843e2
)

// Beta returns the beta function B(a, b) = Γ(a)Γ(b)/Γ(a+b)
// (scipy.special.beta).
//
// For positive arguments with a+b ≤ 170 it is a ratio of Γ values; beyond,
// Stirling's series with the large logarithms cancelled analytically and
// the result's logarithm carried in double-double, so the relative error
// stays at a few ulps however large |log B| is. Negative arguments are
// reduced to positive ones by exact reflection identities (see
// betaSigned). SciPy differences logarithms of Γ for large or negative
// arguments and errs by up to ~6e-13 (B(501, 501)); the golden tests
// compare such points with mpmath (measured maximum 5.4e-14).
//
// Special cases follow SciPy (Cephes), including its treatment of negative
// integers through B(a, b) = ±B(1-a-b, b):
//
//	Beta(a, b) = Beta(b, a)
//	Beta(a, b) = +Inf for integer a ≤ 0 unless b is an integer with a+b ≤ 0
//	Beta(a, b) = ±0 when a+b is an integer ≤ 0 and a, b are not
//	Beta(+Inf, b) = 0 for finite b > 0
//	Beta(+Inf, +Inf) = NaN, Beta(-Inf, b) = +Inf
//	Beta(NaN, b) = NaN for b not an integer ≤ 0 (SciPy returns +Inf for
//	Beta(NaN, -3), which is kept)
func Beta(a, b float64) float64 {
	if a <= 0 && a == math.Floor(a) {
		return betaNegInt(a, b)
	}
	if b <= 0 && b == math.Floor(b) {
		return betaNegInt(b, a)
	}
	if math.Abs(a) < math.Abs(b) {
		a, b = b, a
	}
	switch {
	case math.IsNaN(a) || math.IsNaN(b):
		return math.NaN()
	case math.IsInf(a, 1):
		lb, sign := lbetaInfA(b)
		return sign * math.Exp(lb)
	}
	v, lv, sign := betaSigned(a, b)
	if math.IsNaN(v) {
		if lv > maxLog {
			return sign * math.Inf(1)
		}
		return sign * math.Exp(lv)
	}
	return v
}

// betaSigned returns B(a, b) for finite a, b that are not integers ≤ 0, as
// a value v, or, when v would over- or underflow in the formula at hand, as
// v = NaN with log|B| = lv and the sign. Negative arguments are reduced to
// positive ones by the reflection Γ(x)Γ(1-x) = π/sin(πx), which turns
// B(a, b) into an exact multiple of a beta function of positive arguments
// (with c = a+b):
//
//	a > 0 > b, c > 0:  B(a, b) = π / (sin(πb)·a·B(c, 1-b))
//	a > 0 > b, c < 0:  B(a, b) = sin(πc)/sin(πb) · B(a, 1-c)
//	a, b < 0:          B(a, b) = π·sin(πc) / (sin(πa)·sin(πb)·(1-c)·B(1-a, 1-b))
//
// c and the shifted arguments are carried in double-double (sin(πc) needs
// c exactly: -10.3 + -100.7 rounds to the pole -111 but is not one), so
// negative arguments are as accurate as positive ones; SciPy's differences
// of log-gamma values lose up to 1e-16·log|Γ| relative and it returns 0 at
// such rounded poles.
func betaSigned(a, b float64) (v, lv, sign float64) {
	if b > 0 && a > 0 {
		if v := betaPos(a, b); v != 0 && !math.IsInf(v, 0) {
			return v, 0, 1
		}
		return math.NaN(), lbetaPosAll(a, b), 1
	}
	if b > 0 {
		a, b = b, a // make a the positive one
	}
	c := ddSum(a, b)
	if c.lo == 0 && isNonPosInt(c.hi) {
		// 1/Γ(c) = 0: SciPy returns a zero signed like Γ(a)Γ(b).
		return math.Copysign(0, Gammasgn(a)*Gammasgn(b)), math.Inf(-1), 1
	}
	one := ddF(1)
	var num, den float64 // B = num/den · B(x, y)^±1
	var x, y dd
	var inv bool
	switch {
	case a > 0 && c.hi > 0:
		num, den = math.Pi, sinPi(b)*a
		x, y, inv = c, one.sub(ddF(b)), true
	case a > 0:
		num, den = sinPiDD(c), sinPi(b)
		x, y = ddF(a), one.sub(c)
	default:
		num, den = math.Pi*sinPiDD(c), sinPi(a)*sinPi(b)*one.sub(c).f()
		x, y, inv = one.sub(ddF(a)), one.sub(ddF(b)), true
	}
	sign = 1
	if (num < 0) != (den < 0) {
		sign = -1
	}
	if x.hi < y.hi {
		x, y = y, x
	}
	// First-order correction for the low parts of x and y:
	// log B(x+δx, y+δy) = log B(x, y) + δx(ψ(x)-ψ(x+y)) + δy(ψ(y)-ψ(x+y)).
	var corr float64
	if x.lo != 0 || y.lo != 0 {
		psc := Digamma(x.hi + y.hi)
		corr = x.lo*(Digamma(x.hi)-psc) + y.lo*(Digamma(y.hi)-psc)
	}
	lr := math.Log(math.Abs(num)) - math.Log(math.Abs(den))
	if bp := betaPos(x.hi, y.hi); bp != 0 && isFinite(bp) {
		if inv {
			v = num / den / bp * (1 - corr)
		} else {
			v = num / den * bp * (1 + corr)
		}
		if v != 0 && isFinite(v) {
			return v, math.Log(math.Abs(v)), sign
		}
	}
	lp := lbetaPosAll(x.hi, y.hi) + corr
	if inv {
		lp = -lp
	}
	return math.NaN(), lr + lp, sign
}

// sinPiDD returns sin(π(c.hi+c.lo)) for |c.lo| ≤ ulp(c.hi):
// sin(πc.hi) + cos(πc.hi)·π·c.lo, the second-order term being below 1e-26.
func sinPiDD(c dd) float64 {
	return sinPi(c.hi) + cosPi(c.hi)*math.Pi*c.lo
}

// lbetaPosAll returns log B(a, b) for any a, b > 0.
func lbetaPosAll(a, b float64) float64 {
	if a < b {
		a, b = b, a
	}
	if a+b <= 170 && b > 1e-300 {
		return math.Log(betaGammaRatio(a, b))
	}
	return lbetaPos(a, b)
}

// lbetaInfA returns SciPy's log|B(+Inf, b)| and sign: its expansion for
// a ≫ |b|, log Γ(b) - b·log a + b(1-b)/(2a) + b(1-b)(1-2b)/(12a²) -
// b²(1-b)²/(12a³), evaluated at a = +Inf as SciPy does, so that the
// infinities and NaNs (b(1-b) overflowing for |b| > 1.3e154) match.
func lbetaInfA(b float64) (float64, float64) {
	a := math.Inf(1)
	r := lgamC(b)
	r -= b * math.Log(a)
	r += b * (1 - b) / (2 * a)
	r += b * (1 - b) * (1 - 2*b) / (12 * a * a)
	r += -b * b * (1 - b) * (1 - b) / (12 * a * a * a)
	return r, Gammasgn(b)
}

// betaNegInt is Cephes' treatment of B(a, b) for an integer a ≤ 0:
// ±B(1-a-b, b) when b is an integer with 1-a-b > 0, +Inf otherwise
// (including a = -Inf and a below the range of a C int).
func betaNegInt(a, b float64) float64 {
	if math.IsInf(a, 0) || a < math.MinInt32 {
		return math.Inf(1)
	}
	if isCInt(b) && 1-a-b > 0 {
		sign := 1.0
		if int64(b)%2 != 0 {
			sign = -1
		}
		return sign * Beta(1-a-b, b)
	}
	return math.Inf(1)
}

// isCInt reports whether b == (int)b holds in C for a 32-bit int: b is an
// integer within int32's range.
func isCInt(b float64) bool {
	return b == math.Trunc(b) && b >= math.MinInt32 && b <= math.MaxInt32
}

// betaGammaRatio returns Γ(a)Γ(b)/Γ(a+b) for |a|, |b|, |a+b| ≤ 171.6,
// dividing first by Γ(a+b) the factor closer to it in magnitude so that no
// intermediate overflows.
func betaGammaRatio(a, b float64) float64 {
	y := Gamma(a + b)
	ga, gb := Gamma(a), Gamma(b)
	if math.IsInf(y, 0) {
		// a+b is an integer ≤ 0 (a, b are not): 1/Γ(a+b) = 0, signed
		// like Γ(a)Γ(b) as in SciPy.
		return math.Copysign(0, ga*gb)
	}
	if y == 0 {
		return math.Inf(1)
	}
	if math.Abs(math.Abs(ga)-math.Abs(y)) > math.Abs(math.Abs(gb)-math.Abs(y)) {
		return gb / y * ga
	}
	return ga / y * gb
}

// betaPos returns B(a, b) for a ≥ b > 0: Γ(a)Γ(b)/Γ(a+b) directly while
// a+b ≤ 170, otherwise the exponential of the double-double logarithm of
// lbetaPosDD (times Γ(b) for b < 10).
func betaPos(a, b float64) float64 {
	c := a + b
	if c <= 170 && b > 1e-300 {
		return betaGammaRatio(a, b)
	}
	if math.IsInf(a, 1) {
		return 0
	}
	if a < 10 {
		// Only b ≤ 1e-300 gets here: B(a, b) = Γ(b)·Γ(a)/Γ(a+b), Γ(b)
		// overflowing exactly when the result does (Γ(a)/Γ(a+b) ≈ 1).
		return Gamma(b) * math.Exp(-lgammaDiffDD(a, b).f())
	}
	if b < 10 {
		return Gamma(b) * expDD(lgammaDiffDD(a, b).neg())
	}
	return expDD(lbetaPosDD(a, b))
}

// lbetaPosDD returns log B(a, b) for a ≥ b ≥ 10 in double-double from
// Stirling's series (c = a+b, μ its remainder, stirlingMu):
//
//	log √(2π) - log(c)/2 + (a-1/2)·log(a/c) + (b-1/2)·log(b/c) + μ(a) + μ(b) - μ(c)
//
// in which the large terms a·log a, c·log c of the log-gamma values have
// cancelled analytically; c, the ratios and their logarithms are carried in
// double-double, so the sum is good to ~1e-20 absolute although its terms
// reach hundreds.
func lbetaPosDD(a, b float64) dd {
	c := ddSum(a, b)
	la := logDD2(ddF(a).div(c)).mulF(a - 0.5)
	lb := logDD2(ddF(b).div(c)).mulF(b - 0.5)
	l := ddLnSqrt2Pi.sub(logDD2(c).mulF(0.5)).add(la).add(lb)
	return l.addF(stirlingMu(a) + stirlingMu(b) - stirlingMu(c.hi))
}

// lbetaPos returns log B(a, b) for a ≥ b > 0 with a ≥ 10 or a+b > 170.
func lbetaPos(a, b float64) float64 {
	switch {
	case a < 10:
		return Gammaln(a) + Gammaln(b) - Gammaln(a+b)
	case b < 10:
		return Gammaln(b) - lgammaDiffDD(a, b).f()
	}
	return lbetaPosDD(a, b).f()
}

// Betaln returns log|B(a, b)|, the logarithm of the absolute value of the
// beta function (scipy.special.betaln), with the same algorithms and
// accuracy notes as Beta; its relative error is a few ulps wherever
// |log B| is not close to 0.
//
// Special cases follow SciPy:
//
//	Betaln(a, b) = +Inf where Beta(a, b) = ±Inf
//	Betaln(a, b) = -Inf where Beta(a, b) = ±0
//	Betaln(NaN, b) = NaN (but +Inf for integer b ≤ 0, as SciPy)
func Betaln(a, b float64) float64 {
	if a <= 0 && a == math.Floor(a) {
		return lbetaNegInt(a, b)
	}
	if b <= 0 && b == math.Floor(b) {
		return lbetaNegInt(b, a)
	}
	if math.Abs(a) < math.Abs(b) {
		a, b = b, a
	}
	switch {
	case math.IsNaN(a) || math.IsNaN(b):
		return math.NaN()
	case math.IsInf(a, 1):
		lb, _ := lbetaInfA(b)
		return lb
	}
	if a > 0 && b > 0 {
		return lbetaPosAll(a, b)
	}
	v, lv, _ := betaSigned(a, b)
	if v == 0 {
		return math.Inf(-1) // a+b is an integer ≤ 0
	}
	return lv
}

func lbetaNegInt(a, b float64) float64 {
	if math.IsInf(a, 0) || a < math.MinInt32 {
		return math.Inf(1)
	}
	if isCInt(b) && 1-a-b > 0 {
		return Betaln(1-a-b, b)
	}
	return math.Inf(1)
}
