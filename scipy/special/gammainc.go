package special

import "math"

// Regions of the incomplete gamma functions, as in SciPy (Cephes' igam.c
// after DiDonato & Morris and Temme): Temme's uniform expansion where a is
// large and x near a, the power series of P and Legendre's continued
// fraction of Q elsewhere. SciPy narrows Temme's region to
// |x-a|/a < 4.5/√a for a > 200 and sums up to 2000 series terms outside
// it, which does not converge for a ≳ 1e7; here the region is
// |x-a|/a < 0.3 for every a > 20, where the expansion converges as fast or
// faster.
const (
	igamTemmeMinA  = 20
	igamTemmeRatio = 0.3
	igamMaxIter    = 10000
)

// Gammainc returns the regularized lower incomplete gamma function
// P(a, x) = γ(a, x)/Γ(a) = 1/Γ(a) ∫₀ˣ t^(a-1) e^(-t) dt
// (scipy.special.gammainc).
//
// The factor x^a·e^(-x)/Γ(a) that scales every formula is computed with
// its logarithm in double-double (Stirling's series with the large terms
// cancelled analytically), so results keep their relative accuracy in the
// far tails (P(100, 10) ≈ 4.6e-63) where SciPy's exp(a·log x - x -
// lgamma(a)) loses ~1e-16·|a·log x - x| relative.
//
// Special cases are (as SciPy's):
//
//	Gammainc(a, x) = NaN for a < 0 or x < 0
//	Gammainc(0, x) = 1 for x > 0, NaN for x = 0
//	Gammainc(a, 0) = 0 for a > 0
//	Gammainc(a, +Inf) = 1 for finite a, Gammainc(+Inf, x) = 0 for finite x
//	Gammainc(+Inf, +Inf) = NaN
//	Gammainc(NaN, x) = Gammainc(a, NaN) = NaN
func Gammainc(a, x float64) float64 {
	switch {
	case x < 0 || a < 0:
		return math.NaN()
	case a == 0:
		if x > 0 {
			return 1
		}
		return math.NaN()
	case x == 0:
		return 0
	case math.IsInf(a, 1):
		if math.IsInf(x, 1) {
			return math.NaN()
		}
		return 0
	case math.IsInf(x, 1):
		return 1
	case math.IsNaN(a) || math.IsNaN(x):
		return math.NaN()
	}
	if a > igamTemmeMinA && math.Abs(x-a)/a < igamTemmeRatio {
		p, _ := igamTemme(a, x)
		return p
	}
	if x > 1 && x > a {
		return 1 - igamcCF(a, x)
	}
	return igamSeries(a, x)
}

// Gammaincc returns the regularized upper incomplete gamma function
// Q(a, x) = 1 - P(a, x) = Γ(a, x)/Γ(a) (scipy.special.gammaincc), computed
// directly (not as 1-P) where it is small, with the accuracy notes of
// Gammainc: Q(a, x) for large x or large a in the upper tail keeps its
// relative accuracy (SciPy's is ~1e-16·|log Q| there).
//
// Special cases are (as SciPy's):
//
//	Gammaincc(a, x) = NaN for a < 0 or x < 0
//	Gammaincc(0, x) = 0 for x > 0, NaN for x = 0
//	Gammaincc(a, 0) = 1 for a > 0
//	Gammaincc(a, +Inf) = 0 for finite a, Gammaincc(+Inf, x) = 1 for finite x
//	Gammaincc(+Inf, +Inf) = NaN
//	Gammaincc(NaN, x) = Gammaincc(a, NaN) = NaN
func Gammaincc(a, x float64) float64 {
	switch {
	case x < 0 || a < 0:
		return math.NaN()
	case a == 0:
		if x > 0 {
			return 0
		}
		return math.NaN()
	case x == 0:
		return 1
	case math.IsInf(a, 1):
		if math.IsInf(x, 1) {
			return math.NaN()
		}
		return 1
	case math.IsInf(x, 1):
		return 0
	case math.IsNaN(a) || math.IsNaN(x):
		return math.NaN()
	}
	if a > igamTemmeMinA && math.Abs(x-a)/a < igamTemmeRatio {
		_, q := igamTemme(a, x)
		return q
	}
	switch {
	case x > 1.1:
		if x < a {
			return 1 - igamSeries(a, x)
		}
		return igamcCF(a, x)
	case x <= 0.5:
		if -0.4/math.Log(x) < a {
			return 1 - igamSeries(a, x)
		}
		return igamcSeries(a, x)
	case x*1.1 < a:
		return 1 - igamSeries(a, x)
	}
	return igamcSeries(a, x)
}

// igamLogFac returns log(x^a·e^(-x)/Γ(a)) in double-double for a ≥ 10, as
// log √(a/(2π)) + D - μ(a) with D = a·log1pmx((x-a)/a) (the large terms
// a·log a of log Γ(a) and a·log x cancel analytically), and D itself,
// which Temme's expansion uses as -aη²/2.
//
// D is first computed in float64 (relative error about 3 ulps, so an
// absolute error below 2e-15 while |D| < 6); only larger |D| is recomputed
// in double-double, which costs five times as much.
func igamLogFac(a, x float64) (l, d dd) {
	d = igamD(a, x)
	l = d.addF(0.5*logFast(a/(2*math.Pi)) - stirlingMu(a))
	return l, d
}

// igamD is the D of igamLogFac alone (Temme's expansion needs no more).
func igamD(a, x float64) dd {
	if d0 := a * log1pmx((x-a)/a); math.Abs(d0) < 6 {
		return ddF(d0)
	}
	u := ddSum(x, -a).div(ddF(a))
	return log1pmxDD(u).mulF(a)
}

// igamFac returns x^a·e^(-x)/Γ(a) with relative error of a few ulps.
func igamFac(a, x float64) float64 {
	if a < 10 {
		// a·log x - x ≤ a(log a - 1) < 14: no overflow; Γ(a) by Rgamma.
		// The exponent in float64 errs by (|a·log x| + x)·1.1e-16 at
		// most: below 20 that is 2.2e-15 relative in the result, and
		// double-double (five times slower) is kept for larger terms.
		lx := logx(x)
		if al := a * lx; math.Abs(al)+x < 20 {
			return expFast(al-x) * Rgamma(a)
		}
		return expDD(logDD(x).mulF(a).addF(-x)) * Rgamma(a)
	}
	l, _ := igamLogFac(a, x)
	return expDD(l)
}

// igamSeries returns P(a, x) = x^a e^(-x)/Γ(a+1) · Σₙ xⁿ/((a+1)…(a+n)).
func igamSeries(a, x float64) float64 {
	fac := igamFac(a, x)
	if fac == 0 {
		return 0
	}
	// Two terms per division: with q = x/((a+n+1)(a+n+2)), the next terms
	// are t·q·(a+n+2) and t·q·x (each a rounding or two more than by
	// dividing term by term, and half the divisions, the slow operation).
	sum, term, ap := 1.0, 1.0, a
	for i := 0; i < igamMaxIter; i += 2 {
		a1, a2 := ap+1, ap+2
		ap = a2
		q := x / (a1 * a2)
		t1 := term * q * a2
		term *= q * x
		sum += t1
		if t1 <= 0x1p-53*sum {
			break
		}
		sum += term
		if term <= 0x1p-53*sum {
			break
		}
	}
	return fac / a * sum
}

// igamcCF returns Q(a, x) = x^a e^(-x)/Γ(a) · 1/(x+1-a- 1(1-a)/(x+3-a- …)),
// Legendre's continued fraction, by the modified Lentz method.
func igamcCF(a, x float64) float64 {
	fac := igamFac(a, x)
	if fac == 0 {
		return 0
	}
	const tiny = 0x1p-1000
	b := x + 1 - a
	c := 1 / tiny
	d := 1 / b
	h := d
	for i := 1; i < igamMaxIter; i++ {
		an := -float64(i) * (float64(i) - a)
		b += 2
		d = an*d + b
		if math.Abs(d) < tiny {
			d = tiny
		}
		c = b + an/c
		if math.Abs(c) < tiny {
			c = tiny
		}
		d = 1 / d
		del := d * c
		h *= del
		if math.Abs(del-1) < 0x1p-53 {
			break
		}
	}
	return fac * h
}

// igamcSeries returns Q(a, x) for small x (x ≤ 1.1 with a not large) as
// 1 - x^a/Γ(a+1) - x^a/Γ(a)·Σ_{n≥1} (-x)ⁿ/(n!(a+n)), the first difference
// as -expm1(a·log x - log Γ(1+a)) so that Q stays accurate when a is tiny.
func igamcSeries(a, x float64) float64 {
	sum, fac := 0.0, 1.0
	for n := 1; n < igamMaxIter; n++ {
		fac *= -x / float64(n)
		term := fac / (a + float64(n))
		sum += term
		if math.Abs(term) <= 0x1p-53*math.Abs(sum) {
			break
		}
	}
	lx := logx(x)
	return -math.Expm1(a*lx-lgam1p(a)) - math.Exp(a*lx)*Rgamma(a)*sum
}

// igamTemme returns P(a, x) and Q(a, x) from Temme's uniform expansion
// (DLMF 8.12): with D = a·log1pmx((x-a)/a) = -aη²/2 (η of the sign of x-a),
// y = √(-D) = |η|·√(a/2) and S = Σₖ cₖ(η)/aᵏ,
//
//	x ≥ a:  Q = e^D·(erfcx(y)/2 + S/√(2πa)),  P = 1-Q
//	x < a:  P = e^D·(erfcx(y)/2 - S/√(2πa)),  Q = 1-P
//
// e^D from the double-double D, so erfc of the rounded y never enters.
func igamTemme(a, x float64) (p, q float64) {
	d := igamD(a, x)
	y := math.Sqrt(max(0, -d.hi))
	eta := y * math.Sqrt(2/a)
	if x < a {
		eta = -eta
	}
	s := temmeSum(a, eta)
	ed := expDD(d)
	r := s / math.Sqrt(2*math.Pi*a)
	if x >= a {
		q = ed * (0.5*erfcxPos(y) + r)
		return 1 - q, q
	}
	p = ed * (0.5*erfcxPos(y) - r)
	return p, 1 - p
}

// temmeSum returns Σₖ cₖ(η)·a^(-k), each cₖ(η) = Σₙ d_{k,n}ηⁿ summed until
// its terms are below ε, the outer sum until its terms stop decreasing or
// fall below ε (the expansion is asymptotic).
func temmeSum(a, eta float64) float64 {
	var etapow [len(temmeD[0])]float64
	etapow[0] = 1
	maxpow := 0 // powers of η are formed as far as a row needs them
	sum, afac, old := 0.0, 1.0, math.Inf(1)
	inva := 1 / a // a multiplication per term, not a division in the chain
	for k := range temmeD {
		row := &temmeD[k]
		ck := row[0]
		if eta != 0 {
			for n := 1; n < len(row); n++ {
				if n > maxpow {
					etapow[n] = etapow[n-1] * eta
					maxpow = n
				}
				t := row[n] * etapow[n]
				ck += t
				if math.Abs(t) < 0x1p-53*math.Abs(ck) {
					break
				}
			}
		}
		term := ck * afac
		at := math.Abs(term)
		if at > old {
			break
		}
		sum += term
		if at < 0x1p-53*math.Abs(sum) {
			break
		}
		old = at
		afac *= inva
	}
	return sum
}

// lgam1p returns log Γ(1+a), accurate also for small |a| where 1+a rounds:
// the Taylor series -γa + Σₖ (-1)ᵏζ(k)aᵏ/k for |a| ≤ 1/2, and
// log(a) + log Γ(a) shifted around a = 1.
func lgam1p(a float64) float64 {
	switch {
	case math.Abs(a) <= 0.5:
		return lgam1pTaylor(a)
	case math.Abs(a-1) < 0.5:
		return math.Log(a) + lgam1pTaylor(a-1)
	}
	return Gammaln(a + 1)
}

// zetaInt[k] = ζ(k) for k = 2..len-1 (index 0 and 1 unused).
var zetaInt = func() [60]float64 {
	var z [60]float64
	for k := 2; k < len(z); k++ {
		z[k] = hurwitzZeta(float64(k), 1)
	}
	return z
}()

func lgam1pTaylor(a float64) float64 {
	if a == 0 {
		return 0
	}
	// Σ_{k≥2} (-a)^k ζ(k)/k: |a| ≤ 1/2 and ζ(k) → 1, 55 terms < 1e-18.
	var s float64
	p := a * a
	for k := 2; k < len(zetaInt); k++ {
		t := p * zetaInt[k] / float64(k)
		if k%2 == 1 {
			t = -t
		}
		s += t
		if math.Abs(t) < 1e-18*math.Abs(s) {
			break
		}
		p *= a
	}
	return -eulerGamma*a + s
}

// log1pmxDD returns log(1+u) - u in double-double for u > -1: for
// |u| < 1/2 from log(1+u) = 2·atanh(z), z = u/(2+u), as
// -u·z + 2z³·(1/3 + z²/5 + …), otherwise as log(1+u) - u directly.
func log1pmxDD(u dd) dd {
	if math.Abs(u.hi) >= 0.5 {
		return logDD2(u.addF(1)).sub(u)
	}
	z := u.div(u.addF(2))
	z2 := z.mul(z)
	zz := z2.hi
	var t float64
	for k := 47; k >= 5; k -= 2 {
		t = t*zz + recipOdd[k]
	}
	s := ddThird.add(z2.mulF(t))
	return u.mul(z).neg().add(z2.mul(z).mul(s).mulF(2))
}
