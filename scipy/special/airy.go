package special

import "math"

// Airy returns the Airy functions Ai(x), Bi(x) and their derivatives
// Ai'(x), Bi'(x) for real x, scipy.special.airy.
//
// Method: for -10 ≤ x ≤ 10 a Taylor step of the Airy equation y″ = xy
// from the nearest node of a grid of spacing 1/4 (|x - x₀| ≤ 1/8), whose
// values come from mpmath (airy_table.go); for x > 10 the asymptotic
// expansions DLMF 9.7.5-8 with e^(∓ζ), ζ = (2/3)x^(3/2), applied from ζ
// in double-double, so that Ai keeps its relative accuracy down to the
// smallest normal number (Ai underflows to 0 near x = 104.8, Bi overflows
// to +Inf near x = 104.2); for x < -10 the Hankel asymptotic expansions
// (DLMF 9.7.9-10) with the phase ζ - π/4 in double-double, so that the
// oscillations keep their phase at any |x|. At |x| > 10, ζ > 21 and the
// expansions' smallest terms are below 1e-19.
//
// Accuracy against mpmath over the golden data (|x| up to 1e6): below
// 1.7e-15 relative, except near the zeros in the oscillatory region x < 0
// where the value is under a tenth of the envelope |x|^(-1/4)/√π
// (|x|^(1/4)/√π for the derivatives): there the error is below 2.5e-16 of
// the envelope (a zero is not representable, and the value there is only
// as small as the rounding of x allows). SciPy 1.10.1 (AMOS beyond
// |x| = 10) returns NaN for Bi above x = 103.9 and for every output below
// x = -1e7; Airy returns +Inf and the values, as mpmath.
//
// Special cases are (as SciPy 1.10.1's):
//
//	Airy(±Inf) = NaN, NaN, NaN, NaN
//	Airy(NaN) = NaN, NaN, NaN, NaN
//	Airy(x) = NaN, NaN, NaN, NaN for x < -1e200 (the phase (2/3)|x|^(3/2)
//	overflows)
func Airy(x float64) (ai, aip, bi, bip float64) {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 0) || x < -1e200:
		n := math.NaN()
		return n, n, n, n
	case x >= airyTabLo && x <= airyTabHi:
		return airyTaylor(x)
	case x < 0:
		return airyNegAsymp(-x, airyZeta(x))
	}
	zeta := airyZeta(x)
	eai, eaip, ebi, ebip := airyPosAsymp(x, zeta.f())
	ai = besselExpDD(eai, zeta.neg())
	aip = besselExpDD(eaip, zeta.neg())
	bi = besselExpDD(ebi, zeta)
	bip = besselExpDD(ebip, zeta)
	if aip == 0 {
		aip = 0 // underflow: +0, as SciPy
	}
	return ai, aip, bi, bip
}

// Airye returns the exponentially scaled Airy functions,
// scipy.special.airye: with ζ = (2/3)x^(3/2),
//
//	eAi = Ai(x)·e^ζ, eAi' = Ai'(x)·e^ζ, eBi = Bi(x)·e^(-ζ), eBi' = Bi'(x)·e^(-ζ)
//
// for x ≥ 0, and the unscaled values for x < 0 (where SciPy's complex
// scaling factor exp(±Re ζ) is 1). The method and accuracy are Airy's.
// SciPy 1.10.1 returns NaN for eAi and eAi' at x ≤ -1000 (AMOS) and for
// every output beyond |x| = 1e7; Airye returns the values, as mpmath.
//
// Special cases are (as SciPy 1.10.1's):
//
//	Airye(±Inf) = NaN, NaN, NaN, NaN
//	Airye(NaN) = NaN, NaN, NaN, NaN
//	Airye(x) = NaN, NaN, NaN, NaN for x < -1e200
func Airye(x float64) (eai, eaip, ebi, ebip float64) {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 0) || x < -1e200:
		n := math.NaN()
		return n, n, n, n
	case x < 0:
		return Airy(x)
	case x <= airyTabHi:
		ai, aip, bi, bip := airyTaylor(x)
		zeta := airyZeta(x)
		return besselExpDD(ai, zeta), besselExpDD(aip, zeta), besselExpDD(bi, zeta.neg()), besselExpDD(bip, zeta.neg())
	}
	zeta := airyZeta(x)
	return airyPosAsymp(x, zeta.f())
}

// airyZeta returns ζ = (2/3)|x|^(3/2) in double-double.
func airyZeta(x float64) dd {
	x = math.Abs(x)
	if x == 0 {
		return dd{}
	}
	s := math.Sqrt(x)
	p, e := twoProd(s, s)
	sq := fastTwoSum(s, ((x-p)-e)/(2*s)) // √x to ~106 bits
	return sq.mulF(x).mul(ddThird).mulF(2)
}

// airyTaylorTerms is the number of Taylor coefficients past y and y'
// that airyTaylor sums. The coefficients a_n of y(x₀+t) = Σ a_n t^n
// shrink like (√|x₀|·|t|)^n/n! times the envelope: at |x₀| = 10 and
// |t| = 1/8 the term n = 19 is below 1e-19 of it (and its derivative's
// below 1e-18).
const airyTaylorTerms = 18

// airyTaylorInv[n] = 1/((n+2)(n+1)), the divisor of the recurrence.
var airyTaylorInv = func() (r [airyTaylorTerms]float64) {
	for n := range r {
		r[n] = 1 / float64((n+2)*(n+1))
	}
	return r
}()

// airyTaylor is Airy for airyTabLo ≤ x ≤ airyTabHi: from the tabulated
// values at the nearest node x₀, the Taylor coefficients of Ai and Bi at
// x₀ follow from y″ = xy: (n+2)(n+1)a_(n+2) = x₀a_n + a_(n-1).
func airyTaylor(x float64) (ai, aip, bi, bip float64) {
	i := int(math.Round((x - airyTabLo) * airyTabPer))
	x0 := airyTabLo + float64(i)/airyTabPer
	t := x - x0 // exact: x and x₀ are within a factor 2, or x₀ = 0
	y := &airyTab[i]
	a0, a1, b0, b1 := y[0], y[1], y[2], y[3]
	sa, sb := a0+a1*t, b0+b1*t // Σ a_n t^n
	da, db := a1, b1           // Σ n a_n t^(n-1)
	var am, bm float64         // a_(n-1)
	tn := t                    // t^(n+1)
	for n := 0; n < airyTaylorTerms; n++ {
		a2 := (x0*a0 + am) * airyTaylorInv[n]
		b2 := (x0*b0 + bm) * airyTaylorInv[n]
		c := float64(n+2) * tn
		da += a2 * c
		db += b2 * c
		tn *= t
		sa += a2 * tn
		sb += b2 * tn
		am, a0, a1 = a0, a1, a2
		bm, b0, b1 = b0, b1, b2
	}
	return sa, da, sb, db
}

// airyPosAsymp returns Ai·e^ζ, Ai'·e^ζ, Bi·e^(-ζ), Bi'·e^(-ζ) for x > 10
// (ζ > 21) from DLMF 9.7.5-8; the sums stop at a term below 1e-18, and
// Bi's exponentially small part (relative size e^(-2ζ) < 1e-18) is left
// out.
func airyPosAsymp(x, zeta float64) (eai, eaip, ebi, ebip float64) {
	iz := 1 / zeta
	var su, sv, au, av float64
	pw, sgn := 1.0, 1.0 // ζ^(-k), (-1)^k
	for k := 0; k < len(airyU); k++ {
		tu, tv := airyU[k]*pw, airyV[k]*pw
		if k > 0 && math.Abs(tu) < 1e-18 {
			break
		}
		su += tu
		sv += tv
		au += sgn * tu
		av += sgn * tv
		sgn = -sgn
		pw *= iz
	}
	q := math.Sqrt(math.Sqrt(x))
	eai = au / (2 * math.SqrtPi * q)
	eaip = -q * av / (2 * math.SqrtPi)
	ebi = su / (math.SqrtPi * q)
	ebip = q * sv / math.SqrtPi
	return eai, eaip, ebi, ebip
}

// airyU[k] and airyV[k] are the coefficients u_k, v_k of DLMF 9.7.2.
var airyU, airyV = airyCoefs()

func airyCoefs() (u, v [40]float64) {
	u[0], v[0] = 1, 1
	for k := 1; k < len(u); k++ {
		kf := float64(k)
		u[k] = u[k-1] * (6*kf - 5) * (6*kf - 3) * (6*kf - 1) / ((2*kf - 1) * 216 * kf)
		v[k] = -(6*kf + 1) / (6*kf - 1) * u[k]
	}
	return u, v
}

// airyNegAsymp is Airy(-t) for t > 10 (ζ = (2/3)t^(3/2) > 21), by DLMF
// 9.7.9-10; the sums stop at a term below 1e-18.
func airyNegAsymp(t float64, zeta dd) (ai, aip, bi, bip float64) {
	z := zeta.f()
	iz := 1 / z
	var pu, qu, pv, qv float64
	pw := 1.0 // ζ^(-k)
	sgn := 1.0
	for k := 0; k < len(airyU); k++ {
		tu := airyU[k] * pw
		if k > 0 && math.Abs(tu) < 1e-18 {
			break
		}
		if k%2 == 0 {
			pu += sgn * tu
			pv += sgn * airyV[k] * pw
		} else {
			qu += sgn * tu
			qv += sgn * airyV[k] * pw
			sgn = -sgn
		}
		pw *= iz
	}
	// θ = ζ - π/4 with ζ in double-double: sin/cos of ζ.hi are exact
	// (Go reduces large arguments exactly), the rest is small.
	const piOver4Hi, piOver4Lo = 0.7853981633974483, 3.061616997868383e-17
	d := (zeta.lo - piOver4Hi) - piOver4Lo
	sh, ch := math.Sincos(zeta.hi)
	sd, cd := math.Sincos(d)
	sth := sh*cd + ch*sd
	cth := ch*cd - sh*sd
	q := math.Sqrt(math.Sqrt(t))
	a := 1 / (q * math.Sqrt(math.Pi))
	b := q / math.Sqrt(math.Pi)
	ai = a * (cth*pu + sth*qu)
	bi = a * (-sth*pu + cth*qu)
	aip = b * (sth*pv - cth*qv)
	bip = b * (cth*pv + sth*qv)
	return ai, aip, bi, bip
}
