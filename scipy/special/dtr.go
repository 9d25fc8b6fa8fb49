package special

import "math"

// Chdtr returns the chi-square cumulative distribution function with v
// degrees of freedom, P(v/2, x/2) (scipy.special.chdtr).
//
// Special cases are (as SciPy's): Chdtr(v, x) = NaN for x < 0 and for
// v < 0; Chdtr(0, x) = 1 for x > 0; NaN arguments give NaN.
func Chdtr(v, x float64) float64 {
	if x < 0 {
		return math.NaN()
	}
	return Gammainc(v/2, x/2)
}

// Chdtrc returns the chi-square survival function, Q(v/2, x/2)
// (scipy.special.chdtrc), computed directly in the upper tail.
//
// Special cases are (as SciPy's): Chdtrc(v, x) = 1 for x < 0; NaN for
// v < 0; NaN arguments give NaN.
func Chdtrc(v, x float64) float64 {
	if x < 0 {
		return 1
	}
	return Gammaincc(v/2, x/2)
}

// Pdtr returns the Poisson cumulative distribution function: the
// probability of at most ⌊k⌋ events at rate m, Q(⌊k⌋+1, m)
// (scipy.special.pdtr).
//
// Special cases are (as SciPy's): Pdtr(k, m) = NaN for k < 0 or m < 0;
// Pdtr(k, 0) = 1; Pdtr(+Inf, m) = 1; Pdtr(k, +Inf) = 0; NaN arguments give
// NaN.
func Pdtr(k, m float64) float64 {
	switch {
	case k < 0 || m < 0:
		return math.NaN()
	case m == 0:
		return 1
	}
	return Gammaincc(math.Floor(k)+1, m)
}

// Stdtr returns Student's t cumulative distribution function with df > 0
// degrees of freedom (scipy.special.stdtr; df need not be an integer):
// I_z(df/2, 1/2)/2 below 0 and 1 minus it above, z = df/(df+t²).
//
// z and 1-z = t²/(df+t²) are formed in double-double, so the result keeps
// its relative accuracy in the lower tail and for large df, where
// rounding z would cost df·1e-16 relative. SciPy 1.10 uses CDFLIB's cdft,
// whose relative error reaches ~1e-12 in places; those points are checked
// against mpmath.
//
// Special cases are (as SciPy's):
//
//	Stdtr(df, 0) = 0.5, and 0.5 for |t| < 1e-150 (the exact value rounds to it)
//	Stdtr(df, +Inf) = 1, Stdtr(df, -Inf) = 0
//	Stdtr(+Inf, t) = Ndtr(t)
//	Stdtr(df, t) = NaN for df ≤ 0
//	Stdtr with a NaN argument = NaN
func Stdtr(df, t float64) float64 {
	switch {
	case math.IsNaN(df) || math.IsNaN(t) || df <= 0:
		return math.NaN()
	case math.IsInf(df, 1):
		return Ndtr(t)
	case t == 0:
		return 0.5
	case math.IsInf(t, 1):
		return 1
	case math.IsInf(t, -1):
		return 0
	case math.Abs(t) < 1e-150:
		// t² underflows; the deviation from 1/2, about t·Γ((df+1)/2)/
		// (√(dfπ)·Γ(df/2)), is far below half an ulp of 1/2.
		return 0.5
	case math.Abs(t) > 1e150:
		return stdtrFar(df, t)
	}
	h, l := twoProd(t, t)
	t2 := dd{h, l}
	den := t2.addF(df)
	// One double-double division: the smaller of z and zc by division,
	// the other as 1 minus it (exact to the double-double rounding, and
	// at least 1/2, so without loss of relative accuracy).
	var z, zc dd
	if t2.hi < df {
		zc = t2.div(den)
		z = ddF(1).sub(zc)
	} else {
		z = ddF(df).div(den)
		zc = ddF(1).sub(z)
	}
	var p float64
	if z.hi == 0 {
		// t² ≫ df: I_z(df/2, 1/2) ≈ z^(df/2)/((df/2)·B(df/2, 1/2)),
		// z underflowing; compute from log z = log df - log(df+t²).
		lz := logx(df) - math.Log(den.hi)
		p = 0.5 * math.Exp(df/2*lz-Betaln(df/2, 0.5)) / (df / 2)
	} else {
		p = 0.5 * ibeta(df/2, 0.5, z, zc)
	}
	if t < 0 {
		return p
	}
	return 1 - p
}

// stdtrFar is Stdtr for |t| > 1e150, where t² overflows or loses the
// product's low part: with r = df/t² (formed as (df/|t|)/|t|), the tail
// is I_z(df/2, 1/2)/2 for z = r/(1+r) ≪ 1, whose series' first term
// z^(df/2)/((df/2)·B(df/2, 1/2)) is exact to O(z), computed from
// log z = log df - 2·log|t| - log1p(r). Where r is not small (df above
// about 1e280) the distribution is normal to far better than float64.
func stdtrFar(df, t float64) float64 {
	a := math.Abs(t)
	r := df / a / a
	if r > 1e-20 {
		return Ndtr(t)
	}
	lz := logx(df) - 2*math.Log(a) - math.Log1p(r)
	p := 0.5 * math.Exp(df/2*lz-Betaln(df/2, 0.5)) / (df / 2)
	if t < 0 {
		return p
	}
	return 1 - p
}

// Fdtr returns the F cumulative distribution function with dfn and dfd
// degrees of freedom, I_w(dfn/2, dfd/2) with w = dfn·x/(dfd+dfn·x)
// (scipy.special.fdtr); w and 1-w = dfd/(dfd+dfn·x) are formed in
// double-double.
//
// Special cases are (as SciPy's): Fdtr = NaN for dfn ≤ 0, dfd ≤ 0 or
// x < 0, and where SciPy's w is NaN (x = +Inf, dfn = +Inf);
// Fdtr(dfn, dfd, 0) = 0; Fdtr(dfn, +Inf, x) = 0; NaN arguments give NaN.
func Fdtr(dfn, dfd, x float64) float64 {
	if !(dfn > 0 && dfd > 0 && x >= 0) {
		return math.NaN()
	}
	w := dfn * x
	w = w / (dfd + w) // SciPy's w, for its special values
	switch {
	case math.IsNaN(w):
		return math.NaN()
	case w == 0:
		return 0
	case w == 1:
		return 1
	}
	h, l := twoProd(dfn, x)
	u := dd{h, l}
	den := u.addF(dfd)
	return ibeta(dfn/2, dfd/2, u.div(den), ddF(dfd).div(den))
}

// Bdtr returns the binomial cumulative distribution function: the
// probability of at most ⌊k⌋ successes in n trials of probability p
// (scipy.special.bdtr), I_(1-p)(n-⌊k⌋, ⌊k⌋+1) with 1-p exact in
// double-double. n is truncated to an integer as SciPy does (with a
// deprecation warning there).
//
// Special cases are (as SciPy's): Bdtr = NaN for p < 0, p > 1, ⌊k⌋ < 0,
// ⌊k⌋ > n, and for NaN or infinite n; Bdtr(k, n, p) = 1 for ⌊k⌋ = n;
// NaN k or p give NaN.
func Bdtr(k, n, p float64) float64 {
	if math.IsNaN(n) || math.IsInf(n, 0) || math.IsNaN(p) || math.IsNaN(k) {
		return math.NaN()
	}
	nn := math.Trunc(n)
	if nn > math.MaxInt32 || nn < math.MinInt32 {
		return math.NaN() // SciPy's C int cannot hold it
	}
	fk := math.Floor(k)
	switch {
	case p < 0 || p > 1 || fk < 0 || nn < fk:
		return math.NaN()
	case fk == nn:
		return 1
	}
	dn := nn - fk
	switch p {
	case 0:
		return 1
	case 1:
		return 0
	}
	if fk == 0 {
		// (1-p)^(n-k), its logarithm in double-double (1-p exact).
		return expDD(logDD2(ddSum(1, -p)).mulF(dn))
	}
	return ibeta(dn, fk+1, ddSum(1, -p), ddF(p))
}
