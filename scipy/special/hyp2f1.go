package special

import "math"

// Hyp2f1 returns the Gauss hypergeometric function ₂F₁(a, b; c; x) for
// real arguments, scipy.special.hyp2f1.
//
// Method: Cephes' case analysis (which fixes SciPy's values at the
// edges), with the evaluation inside the unit interval redone: for x < 0
// Pfaff's transformation to w = x/(x-1) ∈ (0, 1); then the power series
// for w ≤ 1/2 (in double-double arithmetic where its estimated error
// exceeds 2e-14) and for w > 1/2 the transformation to 1-w (DLMF 15.8.4)
// or the power series, whichever has the smaller error estimate. Within
// 0.1 of an integer m = c-a-b (b-a after Pfaff's transformation) the
// connection formula is used in a limit form uniform in δ = c-a-b-m: its
// two halves, each of size 1/δ, are combined term by term with the
// gamma-function differences taken as difference quotients of log Γ, so
// nothing cancels as δ → 0; at δ = 0 it is Abramowitz-Stegun 15.3.11.
// For x in [-2000, -1) with max(|a|, |b|, |c|) in (12, 400] Pfaff's
// series in w = x/(x-1) is summed first, with a and b in either order, w
// and 1-x in double-double, the power (1-x)^(-a) scaled by powers of two
// (so that only values that overflow float64 give ±Inf), and in
// math/big precision where the terms cancel beyond double-double
// (a, b large of either sign; up to ~10 ms for |x| near 1000); this is
// tested to 1e-13 (or u·cond near zeros) on hyp_neg.json. For x < -2000,
// or x < -1 with a parameter beyond ±400, the general path below runs and
// its accuracy there is not verified by golden data.
// Euler's transformation (1-x)^(c-a-b) ₂F₁(c-a, c-b; c; x) when c-a-b ≤
// -0.9. Polynomials (a or b a non-positive integer) are summed directly in
// double-double at any x. Accuracy against mpmath over the golden data
// (hyper_hyp2f1.json and hyp_edge.json, the latter with δ from 1e-15 to
// 5e-2 and 0, for 1/2 < x < 1 and x < -1): 1e-13 relative (measured
// maximum 2.3e-14; 1.0e-14 near an integer c-a-b).
//
// Special cases are (as SciPy 1.10.1's):
//
//	Hyp2f1(a, b, c, 0) = 1; Hyp2f1(0, b, c, x) = Hyp2f1(a, 0, c, x) = 1
//	Hyp2f1(a, b, c, 1) = Γ(c)Γ(c-a-b)/(Γ(c-a)Γ(c-b)) for c-a-b > 0,
//	±Inf for c-a-b ≤ 0 (not a polynomial)
//	Hyp2f1(a, b, c, x) = +Inf for x > 1 unless it is a polynomial or
//	c-a-b is an integer ≤ -1 (then (1-x)^(c-a-b)·₂F₁(c-a, c-b; c; x))
//	Hyp2f1(a, b, c, x) = +Inf for c a non-positive integer, unless a or b
//	is a non-positive integer greater than c (a terminating sum)
//	Hyp2f1(a, b, b, x) = (1-x)^(-a) and Hyp2f1(a, b, a, x) = (1-x)^(-b)
//	for -1 ≤ x < 1 (for b = c a non-positive integer: Σ_{k≤-b} (a)_k x^k/k!)
//	Hyp2f1(a, b, c, -Inf) = the limit: 0 for a, b > 0, else ±Inf (the
//	sign of the dominant term of DLMF 15.8.2); SciPy 1.10.1 returns NaN
//	for some of these (b-a an integer, polynomials of high degree)
//	Hyp2f1 with a NaN argument = NaN
func Hyp2f1(a, b, c, x float64) float64 {
	switch {
	case math.IsNaN(a) || math.IsNaN(b) || math.IsNaN(c):
		return math.NaN()
	case a == 0 || b == 0:
		return 1
	case math.IsNaN(x):
		return math.NaN()
	case x == 0:
		return 1
	case math.IsInf(a, 0) || math.IsInf(b, 0):
		return math.NaN()
	case math.IsInf(c, 0):
		return 1
	}
	negA, negB := isNonPosInt(a), isNonPosInt(b)
	if math.IsInf(x, -1) && !negA && !negB && !isNonPosInt(c) {
		return hyp2f1MinusInf(a, b, c)
	}
	if x < -1 && x >= hyp2NegMinX && !negA && !negB && !isNonPosInt(c) &&
		hyp2NegSmall < max(math.Abs(a), math.Abs(b), math.Abs(c)) &&
		max(math.Abs(a), math.Abs(b), math.Abs(c)) <= hyp2NegMaxParam {
		// Large parameters: Pfaff's series in double-double or big
		// precision, before Euler's transformation (whose power and
		// ₂F₁ overflow and underflow separately).
		if v, ok := hyp2NegX(a, b, c, x); ok {
			return v
		}
	}
	s := 1 - x
	d := c - a - b
	if d <= -1 && (d == math.Round(d) || s >= 0) && !negA && !negB {
		return math.Pow(s, d) * Hyp2f1(c-a, c-b, c, x)
	}
	if d <= 0 && x == 1 && !negA && !negB {
		return math.Inf(1)
	}
	if math.Abs(x) < 1 || x == -1 {
		if b == c {
			if negB {
				return hyp2f1Trunc(a, 1, 1, x, int(-b))
			}
			return math.Pow(s, -a)
		}
		if a == c {
			return math.Pow(s, -b)
		}
	}
	if isNonPosInt(c) {
		if (negA && a > c) || (negB && b > c) {
			return hyp2f1Poly(a, b, c, x)
		}
		return math.Inf(1)
	}
	if negA || negB {
		return hyp2f1Poly(a, b, c, x)
	}
	switch {
	case math.IsInf(x, 1):
		return math.Inf(1)
	case math.IsInf(x, -1):
		return hyp2f1MinusInf(a, b, c)
	case x > 1:
		return math.Inf(1)
	case x == 1:
		return hyp2f1Gauss(a, b, c)
	case x < 0:
		// Pfaff: (1-x)^(-a) F(a, c-b; c; x/(x-1)), or with a and b
		// exchanged: a terminating series if c-b or c-a allows, else the
		// smaller exponent.
		w := x / (x - 1)
		ua, ub := a, b
		if isNonPosInt(c-a) && !isNonPosInt(c-b) || (!isNonPosInt(c-b) && math.Abs(b) < math.Abs(a)) {
			ua, ub = b, a
		}
		f := hyp2f1Unit(ua, c-ub, c, w, 1/s)
		return f * math.Exp(-ua*math.Log1p(-x))
	}
	return hyp2f1Unit(a, b, c, x, s)
}

// hyp2f1MinusInf is the limit of ₂F₁(a, b; c; x) as x → -Inf, a, b not
// non-positive integers, c not a non-positive integer: the dominant term
// C·(-x)^(-min(a, b)) of DLMF 15.8.2 (with a logarithm when a = b).
func hyp2f1MinusInf(a, b, c float64) float64 {
	if math.Min(a, b) > 0 {
		return 0
	}
	lo, hi := math.Min(a, b), math.Max(a, b)
	inf := math.Inf(1)
	if lo == hi {
		return math.Copysign(inf, Gammasgn(c)*Gammasgn(lo)*Gammasgn(c-lo))
	}
	if isNonPosInt(c - lo) {
		// The coefficient of (-x)^(-lo) vanishes: the other term leads.
		if hi > 0 {
			return 0
		}
		return math.Copysign(inf, Gammasgn(c)*Gammasgn(lo-hi)*Gammasgn(lo)*Gammasgn(c-hi))
	}
	return math.Copysign(inf, Gammasgn(c)*Gammasgn(hi-lo)*Gammasgn(hi)*Gammasgn(c-lo))
}

// hyp2f1Gauss is Gauss's sum Γ(c)Γ(c-a-b)/(Γ(c-a)Γ(c-b)), c-a-b > 0.
func hyp2f1Gauss(a, b, c float64) float64 {
	return hyp2f1GammaRatio([]float64{c, c - a - b}, []float64{c - a, c - b})
}

// hyp2f1GammaRatio is ∏Γ(num)/∏Γ(den), through logarithms when a
// gamma function would overflow.
func hyp2f1GammaRatio(num, den []float64) float64 {
	small := true
	for _, v := range num {
		if math.Abs(v) > 170 {
			small = false
		}
	}
	for _, v := range den {
		if math.Abs(v) > 170 {
			small = false
		}
	}
	if small {
		r := 1.0
		for _, v := range num {
			r *= Gamma(v)
		}
		for _, v := range den {
			r *= Rgamma(v)
		}
		return r
	}
	l, sg := 0.0, 1.0
	for _, v := range num {
		l += Gammaln(v)
		sg *= Gammasgn(v)
	}
	for _, v := range den {
		if isNonPosInt(v) {
			return 0
		}
		l -= Gammaln(v)
		sg *= Gammasgn(v)
	}
	return sg * math.Exp(l)
}

// hyp2f1Trunc sums Σ_{k=0}^{n} (a)_k (b)_k/((c)_k k!) x^k in
// double-double.
func hyp2f1Trunc(a, b, c, x float64, n int) float64 {
	if n > 1e6 {
		return math.NaN() // degree beyond a million: not attempted
	}
	s, t := ddF(1), ddF(1)
	xd := ddF(x)
	for k := 0; k < n; k++ {
		kf := float64(k)
		num := ddSum(a, kf).mul(ddSum(b, kf))
		den := ddSum(c, kf).mulF(kf + 1)
		t = t.mul(num).div(den).mul(xd)
		if t.hi == 0 || math.IsNaN(t.hi) {
			break // the remaining terms are exact zeros (or NaN: x = ±Inf handled by callers)
		}
		s = s.add(t)
	}
	return s.f()
}

// hyp2f1Poly is the terminating series for a or b a non-positive
// integer (the one nearer zero sets the degree), at any x: at x = ±Inf
// the sign of its leading term.
func hyp2f1Poly(a, b, c, x float64) float64 {
	n := math.Inf(1)
	if isNonPosInt(a) {
		n = -a
	}
	if isNonPosInt(b) && -b < n {
		n = -b
	}
	if isNonPosInt(c) && -c < n {
		return math.Inf(1) // not reached: callers check a, b > c
	}
	if n > 1e6 {
		return math.NaN()
	}
	if math.IsInf(x, 0) {
		// Leading term (a)_n (b)_n/((c)_n n!) x^n.
		sg := 1.0
		for k := 0; k < int(n); k++ {
			kf := float64(k)
			sg *= math.Copysign(1, (a+kf)*(b+kf)/(c+kf))
		}
		if x < 0 && math.Mod(n, 2) == 1 {
			sg = -sg
		}
		return math.Copysign(math.Inf(1), sg)
	}
	return hyp2f1Trunc(a, b, c, x, int(n))
}

// hyp2f1SeriesDDAbove is the estimated relative error of the float64
// power series above which hyp2f1SeriesErr sums in double-double.
const hyp2f1SeriesDDAbove = 2e-14

// hyp2f1SeriesErr sums the power series at 0 ≤ y < 1 (up to 20000 terms)
// with an estimate of its relative error; double-double when the plain
// sum's estimate exceeds hyp2f1SeriesDDAbove.
//
// The float64 sum is compensated (twoSum), so its error is that of the
// terms, which carry a few roundings per step inherited along the
// product. Those are of random sign and grow as √k rather than as the
// worst-case k: the estimate is (2+4√k)·u·Σ|t_j|/|Σt_j|, u = 1.1e-16.
// Over 20000 random series (a, b in [-6, 6], c in [0.1, 12], 0 < y <
// 0.97, up to 1500 terms) the error of the uncompensated float64 sum
// against the double-double one stayed below 3.7·u·√k·Σ|t_j|/|Σt_j|. With
// the 2e-14 switch the float64 sum is kept for series without
// cancellation of up to ~2000 terms, and double-double is used wherever
// the terms cancel by more than a factor of a few hundred.
func hyp2f1SeriesErr(a, b, c, y float64) (float64, float64) {
	s, t, sa := 1.0, 1.0, 1.0
	var comp float64 // the sum's rounding errors (compensated summation)
	var err float64 = math.Inf(1)
	k := 0
	for ; k < 20000; k++ {
		kf := float64(k)
		t *= (a + kf) * (b + kf) / ((c + kf) * (kf + 1)) * y
		var e float64
		s, e = twoSum(s, t)
		comp += e
		at := math.Abs(t)
		sa += at
		if !(math.Abs(s) <= math.MaxFloat64) { // ±Inf or NaN
			return s, math.Inf(1)
		}
		// Stop at a small term once the ratios can no longer grow: past
		// -a, -b and -c (where a factor near zero can make one term small).
		if at <= 1e-17*math.Abs(s) && kf > -a && kf > -b && kf > -c &&
			math.Abs((a+kf+1)*(b+kf+1)*y) < math.Abs((c+kf+1)*(kf+2)) {
			err = 1.1e-16 * (sa/math.Abs(s)*(2+4*math.Sqrt(kf)) + 1)
			break
		}
	}
	if err <= hyp2f1SeriesDDAbove || math.IsInf(err, 1) {
		return s + comp, err
	}
	sd, td := ddF(1), ddF(1)
	for j := 0; j <= k+5; j++ {
		jf := float64(j)
		num := ddSum(a, jf).mul(ddSum(b, jf))
		den := ddSum(c, jf).mulF(jf + 1)
		td = td.mul(num).div(den).mulF(y)
		sd = sd.add(td)
	}
	return sd.f(), 1.1e-16 + 1e-31*sa/math.Abs(s)*(1+float64(k))
}

// hyp2f1Unit is ₂F₁(a, b; c; y) for 0 < y < 1 with z = 1-y given
// accurately, c not a non-positive integer: polynomial, power series, or
// the 1-y connection formula, whichever has the smaller error estimate.
func hyp2f1Unit(a, b, c, y, z float64) float64 {
	if isNonPosInt(a) || isNonPosInt(b) {
		return hyp2f1Poly(a, b, c, y)
	}
	if y <= 0.5 {
		ds, _ := hyp2f1SeriesErr(a, b, c, y)
		return ds
	}
	// For y > 3/4 the connection formula (its series in z = 1-y < 1/4
	// converge fast) is tried first; the power series in y, which needs
	// hundreds of terms there, only where the connection formula's error
	// estimate exceeds hyp2f1ConnOK, and the more accurate one is kept.
	seriesOK := y <= 0.95 || math.Abs(c) > 10*(math.Abs(a)+math.Abs(b)+1)
	if y <= 0.75 {
		// Up to 3/4 the power series is the cheaper: tried first.
		if ds, de := hyp2f1SeriesErr(a, b, c, y); de <= hyp2f1ConnOK {
			return ds
		}
	}
	d := c - a - b
	md := math.Round(d)
	eps := d - md
	near := math.Abs(eps) <= hypNearIntMaxEps
	var cs, ce float64
	ok := false
	switch {
	case near && md < 0:
		// Euler: (1-y)^d F(c-a, c-b; c; y) has c-a-b = -d, near a
		// positive integer.
		return math.Pow(z, d) * hyp2f1Unit(c-a, c-b, c, y, z)
	case d == md && d > 1e4:
		// c ≫ a, b: the power series converges.
		ds, _ := hyp2f1SeriesErr(a, b, c, y)
		return ds
	case near:
		cs, ce, ok = hyp2f1NearInt(a, b, c, int(md), eps, z)
	}
	switch {
	case ok:
	case d == md:
		cs, ce = hyp2f1Degenerate(a, b, int(d), z)
	default:
		// DLMF 15.8.4 at z = 1-y.
		s, se := hyp2f1SeriesErr(a, b, a+b-c+1, z)
		t, te := hyp2f1SeriesErr(c-a, c-b, d+1, z)
		g1 := hyp2f1GammaRatio([]float64{c, d}, []float64{c - a, c - b})
		g2 := hyp2f1GammaRatio([]float64{c, -d}, []float64{a, b})
		u, v := g1*s, g2*math.Pow(z, d)*t
		cs = u + v
		ce = (math.Abs(u)*(se+2e-15) + math.Abs(v)*(te+2e-15)) / math.Abs(cs)
	}
	if ce <= hyp2f1ConnOK || !seriesOK {
		return cs
	}
	if ds, de := hyp2f1SeriesErr(a, b, c, y); de < ce {
		return ds
	}
	return cs
}

// hyp2f1ConnOK is the estimated relative error of the 1-x connection
// formula below which hyp2f1Unit takes it without also summing the power
// series in y.
const hyp2f1ConnOK = 1e-14

// hyp2f1Degenerate is ₂F₁(a, b; a+b+m; y) for an integer m ≥ 0, 1/2 < y < 1
// (Abramowitz-Stegun 15.3.11), a, b not non-positive integers:
//
//	Γ(m)Γ(c)/(Γ(a+m)Γ(b+m)) Σ_{n<m} (a)_n(b)_n/(n!(1-m)_n) z^n
//	- Γ(c)/(Γ(a)Γ(b)) (-z)^m Σ_n (a+m)_n(b+m)_n/(n!(n+m)!) z^n
//	  ·[log z - ψ(n+1) - ψ(n+m+1) + ψ(a+n+m) + ψ(b+n+m)],  z = 1-y.
func hyp2f1Degenerate(a, b float64, m int, z float64) (float64, float64) {
	mf := float64(m)
	c := a + b + mf
	var t1 float64
	if m > 0 {
		s, t := 1.0, 1.0
		for n := 0; n < m-1; n++ {
			nf := float64(n)
			t *= (a + nf) * (b + nf) / ((nf + 1) * (1 - mf + nf)) * z
			s += t
		}
		t1 = hyp2f1GammaRatio([]float64{mf, c}, []float64{a + mf, b + mf}) * s
	}
	// ψ(1) = -γ, ψ(m+1) = -γ + H_m.
	psi1 := -eulerGamma
	psim := -eulerGamma
	for k := 1; k <= m; k++ {
		psim += 1 / float64(k)
	}
	psia, psib := Digamma(a+mf), Digamma(b+mf)
	lz := math.Log(z)
	// term_n = (a+m)_n (b+m)_n/(n!(n+m)!) z^n
	term := 1.0
	for k := 2; k <= m; k++ {
		term /= float64(k)
	}
	var sum, sa float64
	for n := 0; n < 2000; n++ {
		nf := float64(n)
		if n > 0 {
			term *= (a + mf + nf - 1) * (b + mf + nf - 1) / (nf * (nf + mf)) * z
			psi1 += 1 / nf
			psim += 1 / (nf + mf)
			psia += 1 / (a + mf + nf - 1)
			psib += 1 / (b + mf + nf - 1)
		}
		v := term * (lz - psi1 - psim + psia + psib)
		sum += v
		sa += math.Abs(term) * (math.Abs(lz) + math.Abs(psi1) + math.Abs(psim) + math.Abs(psia) + math.Abs(psib))
		if math.Abs(v) <= 1e-17*math.Abs(sum) && n > 2 {
			break
		}
	}
	g := hyp2f1GammaRatio([]float64{c}, []float64{a, b})
	sgn := 1.0
	if m%2 == 1 {
		sgn = -1
	}
	u := g * sgn * math.Pow(z, mf)
	r := t1 - u*sum
	err := (math.Abs(t1)*2e-15 + math.Abs(u)*(sa*1e-16+math.Abs(sum)*2e-15)) / math.Abs(r)
	return r, err
}
