package special

import "math"

const (
	airyC1 = 0.355028053887817239260063186004183176397979174199 // Ai(0) = 3^(-2/3)/Γ(2/3)
	airyC2 = 0.258819403792806798405183560189203963479091138354 // -Ai'(0) = 3^(-1/3)/Γ(1/3)
	sqrt3  = 1.73205080756887729352744634150587236694280525381
)

// Airy returns the Airy functions Ai(x), Bi(x) and their derivatives
// Ai'(x), Bi'(x) for real x, scipy.special.airy.
//
// Method: the Maclaurin series for -2.5 ≤ x ≤ 1; for x > 1 the modified
// Bessel functions of orders 1/3 and 2/3 at ζ = (2/3)x^(3/2) (Ai through
// K_ν alone, Bi through 2I_ν + (√3/π)K_ν, so neither cancels), with
// e^(∓ζ) applied from ζ in double-double, so that Ai keeps its relative
// accuracy down to the smallest normal number (Ai underflows to 0 near
// x = 104.8, Bi overflows to +Inf near x = 104.2); for -9.65 < x < -2.5
// the Bessel functions J and Y of orders 1/3 and 2/3; for x ≤ -9.65 the
// Hankel asymptotic expansions (DLMF 9.7.9-10) with the phase ζ - π/4 in
// double-double, so that the oscillations keep their phase at any |x|.
//
// Accuracy against mpmath over the golden data (|x| up to 1e6): below
// 1.2e-14 relative, except near the zeros in the oscillatory region x < 0
// where the value is under a tenth of the envelope |x|^(-1/4)/√π
// (|x|^(1/4)/√π for the derivatives): there the error is below 2.2e-15 of
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
	case x >= -2.5 && x <= 1:
		return airySeries(x)
	case x < 0:
		return airyNeg(x)
	}
	zeta := airyZeta(x)
	eai, eaip, ebi, ebip := airyPosScaled(x, zeta.f())
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
	case x <= 1:
		ai, aip, bi, bip := airySeries(x)
		zeta := airyZeta(x)
		return besselExpDD(ai, zeta), besselExpDD(aip, zeta), besselExpDD(bi, zeta.neg()), besselExpDD(bip, zeta.neg())
	}
	zeta := airyZeta(x)
	return airyPosScaled(x, zeta.f())
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

// airySeries sums the Maclaurin series of f, g (DLMF 9.4.1-2) and their
// derivatives: Ai = c1 f - c2 g, Bi = √3(c1 f + c2 g). For
// -2.5 ≤ x ≤ 1 the terms are below 60 in size and 40 terms suffice.
func airySeries(x float64) (ai, aip, bi, bip float64) {
	x3 := x * x * x
	f, g := 1.0, x
	fp, gp := 0.5*x*x, 1.0
	tf, tg, tfp, tgp := 1.0, x, fp, 1.0
	for k := 1; k < 60; k++ {
		kk := float64(3 * k)
		tf *= x3 / ((kk - 1) * kk)
		tg *= x3 / (kk * (kk + 1))
		tgp *= x3 / (kk * (kk - 2))
		f += tf
		g += tg
		gp += tgp
		if k >= 2 {
			tfp *= x3 / ((kk - 1) * (kk - 3))
			fp += tfp
		}
		if math.Abs(tf)+math.Abs(tg)+math.Abs(tfp)+math.Abs(tgp) < 1e-18*(math.Abs(f)+math.Abs(fp)) {
			break
		}
	}
	ai = airyC1*f - airyC2*g
	aip = airyC1*fp - airyC2*gp
	bi = sqrt3 * (airyC1*f + airyC2*g)
	bip = sqrt3 * (airyC1*fp + airyC2*gp)
	return ai, aip, bi, bip
}

// airyPosScaled returns Ai·e^ζ, Ai'·e^ζ, Bi·e^(-ζ), Bi'·e^(-ζ) for x > 1
// from the scaled modified Bessel functions at ζ (DLMF 9.6.15-16 with
// I_(-ν) = I_ν + (2/π) sin(νπ) K_ν).
func airyPosScaled(x, zeta float64) (eai, eaip, ebi, ebip float64) {
	k1, k2 := Kve(1.0/3, zeta), Kve(2.0/3, zeta)
	i1, i2 := Ive(1.0/3, zeta), Ive(2.0/3, zeta)
	r := math.Sqrt(x / 3)
	e2 := math.Exp(-2 * zeta)
	eai = r / math.Pi * k1
	eaip = -x / (math.Pi * sqrt3) * k2
	ebi = r * (2*i1 + sqrt3/math.Pi*k1*e2)
	ebip = x / sqrt3 * (2*i2 + sqrt3/math.Pi*k2*e2)
	return eai, eaip, ebi, ebip
}

// airyNeg is Airy for x < -2.5.
func airyNeg(x float64) (ai, aip, bi, bip float64) {
	t := -x
	zeta := airyZeta(t)
	if zeta.hi >= 20 {
		return airyNegAsymp(t, zeta)
	}
	// DLMF 9.6.6-7 with J_(-ν) = cos(νπ)J_ν - sin(νπ)Y_ν.
	z := zeta.f()
	j1, y1 := besselJY(1.0/3, z)
	j2, y2 := besselJY(2.0/3, z)
	s := math.Sqrt(t)
	ai = s / 2 * (j1 - y1/sqrt3)
	bi = -s / 2 * (j1/sqrt3 + y1)
	aip = t / 2 * (j2 + y2/sqrt3)
	bip = t / 2 * (j2/sqrt3 - y2)
	return ai, aip, bi, bip
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

// airyNegAsymp is Airy(-t) for ζ = (2/3)t^(3/2) ≥ 20, by DLMF 9.7.9-10;
// the smallest term there is below 3e-19 and the sums stop at it.
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
