package special

import (
	"math"
	"math/big"
)

// hyp2NegSmall is the parameter size max(|a|, |b|, |c|) up to which
// Hyp2f1 at x < -1 keeps the path of hyp2f1Unit (Pfaff's transformation
// then the power series or the 1-w connection formula) without first
// trying hyp2NegX.
const hyp2NegSmall = 12

// hyp2NegMinX is the most negative x at which Hyp2f1 uses hyp2NegX:
// its series in w = x/(x-1) need ~40|x| terms where they decay only as
// w^k, so beyond it the older path (the 1-w connection formula in
// z = 1/(1-x)) is kept.
const hyp2NegMinX = -2000

// hyp2NegMaxParam is the largest max(|a|, |b|, |c|) for which Hyp2f1
// uses hyp2NegX (the golden data reach 200; the series' length and the
// precision needed grow with the parameters).
const hyp2NegMaxParam = 400

// hyp2NegOK is the estimated relative error below which hyp2NegX's
// result is accepted.
const hyp2NegOK = 1e-14

// hyp2PowScaled is s^p for s = sh+sl > 0 (a double-double) as m·2^e with
// m finite: p·log2(s) is split into an integer and a fraction, so the
// power neither overflows nor loses accuracy to a rounded exponent.
func hyp2PowScaled(sh, sl, p float64) (float64, int) {
	fr, k := math.Frexp(sh) // sh = fr·2^k, fr in [1/2, 1)
	hi := float64(k) * p
	lo := math.FMA(float64(k), p, -hi)
	n := math.Floor(hi)
	m := math.Pow(fr, p) * math.Exp2((hi-n)+lo)
	if sl != 0 {
		m *= math.Exp(p * math.Log1p(sl/sh))
	}
	return m, int(n)
}

// hyp2Ldexp is v·m·2^e without intermediate overflow or underflow.
func hyp2Ldexp(v, m float64, e int) float64 {
	f1, e1 := math.Frexp(v)
	f2, e2 := math.Frexp(m)
	return math.Ldexp(f1*f2, e1+e2+e)
}

// hyp2SeriesW sums the power series of ₂F₁(a, b; c; w) at 0 < w < 1 given
// as the double-double wh+wl (up to 60000 terms), with an estimate of its
// relative error (+Inf when it did not converge or overflowed). The
// float64 sum uses w = wh and corrects for wl to first order, Σ k t_k·wl/wh
// (near w = 1 the series is sensitive to w: a rounded w would cost
// |a-b|·u/(1-w)); where its error estimate exceeds 2e-14 the series is
// summed again in double-double.
func hyp2SeriesW(a, b, c, wh, wl float64) (float64, float64) {
	const maxTerms = 60000
	s, t, sa, sk := 1.0, 1.0, 1.0, 0.0
	var comp float64
	k := 0
	conv := false
	for ; k < maxTerms; k++ {
		kf := float64(k)
		t *= (a + kf) * (b + kf) / ((c + kf) * (kf + 1)) * wh
		var e float64
		s, e = twoSum(s, t)
		comp += e
		at := math.Abs(t)
		sa += at
		sk += (kf + 1) * t
		if !(math.Abs(sa) <= 1e300) {
			return s, math.Inf(1)
		}
		if at <= 1e-17*math.Abs(s) && kf > -a && kf > -b && kf > -c &&
			math.Abs((a+kf+1)*(b+kf+1)*wh) < math.Abs((c+kf+1)*(kf+2)) {
			conv = true
			break
		}
	}
	if !conv || s == 0 {
		return s, math.Inf(1)
	}
	err := 1.1e-16 * (sa/math.Abs(s)*(2+4*math.Sqrt(float64(k))) + 1)
	if err <= 2e-14 {
		return s + comp + sk*(wl/wh), err
	}
	w := dd{wh, wl}
	sd, td := ddF(1), ddF(1)
	for j := 0; j <= k+5; j++ {
		jf := float64(j)
		num := ddSum(a, jf).mul(ddSum(b, jf))
		den := ddSum(c, jf).mulF(jf + 1)
		td = td.mul(num).div(den).mul(w)
		sd = sd.add(td)
	}
	r := sd.f()
	if r == 0 {
		return r, math.Inf(1)
	}
	return r, 1.1e-16 + 1e-31*sa/math.Abs(r)*(1+float64(k))
}

// hyp2NegX is ₂F₁(a, b; c; x) for x < -1, a, b, c not non-positive
// integers, by Pfaff's transformation (1-x)^(-a) ₂F₁(a, c-b; c; w),
// w = x/(x-1), with a and b in either order, each summed as a power
// series in w (hyp2SeriesW) from w and 1-x in double-double; the
// power (1-x)^(-a) is scaled (hyp2PowScaled) so that the product
// overflows or underflows only where the value does. ok is false where
// neither series reached an estimated error of hyp2NegOK.
func hyp2NegX(a, b, c, x float64) (float64, bool) {
	s := ddSum(1, -x)
	z := ddF(1).div(s)
	w := ddF(1).sub(z)
	bestErr := math.Inf(1)
	var best float64
	var bestP float64
	for i, p := range [2][2]float64{{a, b}, {b, a}} {
		if i == 1 && a == b {
			break
		}
		v, e := hyp2SeriesW(p[0], c-p[1], c, w.hi, w.lo)
		if e < bestErr {
			best, bestErr, bestP = v, e, p[0]
		}
		if bestErr <= 1e-15 {
			break
		}
	}
	if !(bestErr <= hyp2NegOK) {
		return hyp2NegBig(a, b, c, x)
	}
	m, e := hyp2PowScaled(s.hi, s.lo, -bestP)
	return hyp2Ldexp(best, m, e), true
}

// hyp2SeriesBig sums the power series of ₂F₁(a, b; c; w), w = x/(x-1)
// for x < -1, in binary floating point of prec bits (math/big), up to
// 100000 terms. It returns the sum rounded to float64 (as a mantissa and
// a power of two, so that no range is lost) and a bound on its relative
// error from the roundings (each term carries at most 4(k+1) of them);
// +Inf when the series did not converge or the sum is zero.
func hyp2SeriesBig(a, b, c, x float64, prec uint) (float64, int, float64) {
	nf := func(v float64) *big.Float { return new(big.Float).SetPrec(prec).SetFloat64(v) }
	w := nf(x)
	w.Quo(w, nf(x-1).Sub(nf(x), nf(1)))
	s, t, sa := nf(1), nf(1), nf(1)
	ab, bb, cb := nf(a), nf(b), nf(c)
	num, den, tmp := nf(0), nf(0), nf(0)
	one := nf(1)
	conv := false
	k := 0
	for ; k < 100000; k++ {
		kf := float64(k)
		num.Mul(ab, bb)
		den.Mul(cb, tmp.SetFloat64(kf+1))
		t.Mul(t, num)
		t.Quo(t, den)
		t.Mul(t, w)
		s.Add(s, t)
		sa.Add(sa, tmp.Abs(t))
		ab.Add(ab, one)
		bb.Add(bb, one)
		cb.Add(cb, one)
		if t.Sign() == 0 && kf > -a && kf > -b {
			conv = true
			break
		}
		if s.Sign() != 0 && kf > -a && kf > -b && kf > -c &&
			t.MantExp(nil) < s.MantExp(nil)-70 &&
			math.Abs((a+kf+1)*(b+kf+1)) < math.Abs((c+kf+1)*(kf+2)) {
			conv = true
			break
		}
	}
	if !conv || s.Sign() == 0 {
		return 0, 0, math.Inf(1)
	}
	// Relative error bound: Σ|t_k|·4(k+1)·2^-prec/|s|.
	eSa, eS := sa.MantExp(nil), s.MantExp(nil)
	rel := 4 * float64(k+2) * math.Ldexp(1, eSa-eS+1-int(prec))
	m := new(big.Float)
	e := s.MantExp(m)
	mf, _ := m.Float64()
	return mf, e, rel
}

// hyp2NegBig is hyp2NegX's last resort: Pfaff's transformation with the
// smaller of a and b in front (its series in w decays fastest), the
// series summed by hyp2SeriesBig at a precision raised (by the bits the
// previous pass lacked) until the rounding error bound is below 1e-16 (the terms of that series can
// cancel by hundreds of digits where ₂F₁ oscillates in x, a and b both
// large and negative). ok is false beyond 4096 bits.
func hyp2NegBig(a, b, c, x float64) (float64, bool) {
	ua, ub := a, b
	if b < a {
		ua, ub = b, a
	}
	for prec := uint(192); prec <= 4096; {
		m, e, rel := hyp2SeriesBig(ua, c-ub, c, x, prec)
		if math.IsInf(rel, 1) {
			return 0, false
		}
		if rel <= 1e-16 {
			s := ddSum(1, -x)
			pm, pe := hyp2PowScaled(s.hi, s.lo, -ua)
			return hyp2Ldexp(m, pm, pe+e), true
		}
		// Enough bits for the cancellation seen at this precision.
		prec += (uint(math.Log2(rel*1e16))/64 + 1) * 64
	}
	return 0, false
}
