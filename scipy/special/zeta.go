package special

import "math"

// Zeta returns the Riemann zeta function ζ(x) (scipy.special.zeta with
// q = None): 1 + Zetac(x) for x > 1, the alternating series
// η(x)/(1-2^(1-x)) by Borwein's algorithm for -1 < x < 1, and for x ≤ -1
// the functional equation
// ζ(x) = 2^x π^(x-1) sin(πx/2) Γ(1-x) ζ(1-x), with sin(πx/2) reduced
// exactly (so ζ is exactly 0 at negative even integers) and, for x < -30,
// the factor (2π)^x Γ(1-x) formed from its double-double logarithm.
//
// Special cases are (as SciPy's):
//
//	Zeta(1) = +Inf
//	Zeta(±0) = -0.5
//	Zeta(+Inf) = 1
//	Zeta(-Inf) = NaN
//	Zeta(x) = 0 for even integers x < 0
//	Zeta(x) = ±Inf for x < -300 or so where |ζ(x)| overflows
//	Zeta(NaN) = NaN
func Zeta(x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsInf(x, -1):
		return math.NaN()
	case x == 1:
		return math.Inf(1)
	case x > 1:
		return 1 + Zetac(x)
	}
	return zetaReflect(x)
}

// Zetac returns ζ(x) - 1 (scipy.special.zetac), accurate where ζ(x) is
// close to 1: Σ_{k≥2} k^(-x) by the Hurwitz series ζ(x, 2) for x > 1.
//
// Special cases are (as SciPy's):
//
//	Zetac(1) = +Inf
//	Zetac(+Inf) = 0
//	Zetac(-Inf) = NaN
//	Zetac(x) = -1 for even integers x < 0
//	Zetac(NaN) = NaN
func Zetac(x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsInf(x, -1):
		return math.NaN()
	case x == 1:
		return math.Inf(1)
	case math.IsInf(x, 1):
		return 0
	case x > 1:
		if x > 1100 {
			return 0 // 2^-x underflows
		}
		return hurwitzZeta(x, 2)
	case x == 0:
		return -1.5
	}
	// Below 1 the subtraction loses relative accuracy only where ζ(x)
	// itself crosses 1 (near x = -15.6, -18.9, …).
	return zetaReflect(x) - 1
}

// zetaReflect returns ζ(x) for x < 1: by the Euler–Maclaurin series for
// -1 < x < 1, by the functional equation below.
func zetaReflect(x float64) float64 {
	switch {
	case x == 0:
		return -0.5
	case math.Abs(x) < 1e-9:
		// ζ(x) = -1/2 - x·log(2π)/2 + O(x²)
		return -0.5 - lnSqrt2Pi*x
	case x > -1:
		// ζ(x) = η(x)/(1 - 2^(1-x)), the alternating Dirichlet series η
		// summed by Borwein's algorithm: no cancellation between large
		// terms (the Euler–Maclaurin sum loses a factor ~100 here).
		return zetaBorweinEta(x) / -math.Expm1((1-x)*math.Ln2)
	}
	q := 1 - x // ≥ 0; ζ(q) by the Hurwitz series
	zq := hurwitzZeta(q, 1)
	s := sinPi(x / 2)
	if s == 0 {
		return 0 // trivial zeros
	}
	if x > -30 {
		// 2^x π^(x-1) Γ(1-x): no overflow.
		return math.Pow(2*math.Pi, x) / math.Pi * s * Gamma(q) * zq
	}
	// log((2π)^x Γ(q)/π) = (q-1/2)·log(q/(2π)) - q + log 2 + μ(q), by
	// Stirling's series (with x = 1-q), in double-double.
	l := logDD2(ddF(q).div(ddPi.mulF(2))).mulF(q - 0.5).addF(-q).add(ddLn2).addF(stirlingMu(q))
	if l.hi > 710 {
		return math.Copysign(math.Inf(1), s)
	}
	return s * expDD(l) * zq
}

// HurwitzZeta returns the Hurwitz zeta function ζ(x, q) = Σₖ (k+q)^(-x)
// (scipy.special.zeta(x, q)), with SciPy's (Cephes') domain conventions.
//
// Special cases are (as SciPy's):
//
//	HurwitzZeta(1, q) = +Inf
//	HurwitzZeta(x, q) = NaN for x < 1
//	HurwitzZeta(x, q) = +Inf for integer q ≤ 0
//	HurwitzZeta(x, q) = NaN for q < 0 and non-integer x
//	HurwitzZeta(x, +Inf) = 0 for x > 1
//	HurwitzZeta(1, NaN) = +Inf and HurwitzZeta(NaN, q) = +Inf for integer
//	q ≤ 0 (SciPy's order of tests); other NaN arguments give NaN
func HurwitzZeta(x, q float64) float64 {
	return hurwitzZeta(x, q)
}

// borweinD holds Borwein's d_k for n = 24 (error ~3·(3+√8)^(-24) ≈ 1e-18
// relative for -1 < s < 1): d_k = n·Σ_{i≤k} (n+i-1)!·4^i/((n-i)!·(2i)!).
var borweinD = func() [25]float64 {
	const n = 24
	var d [25]float64
	var s float64
	for i := 0; i <= n; i++ {
		// term (n+i-1)!·4^i/((n-i)!·(2i)!), by logarithms of gamma values
		lt := lgammaF(float64(n+i)) + float64(i)*math.Log(4) - lgammaF(float64(n-i+1)) - lgammaF(float64(2*i+1))
		s += math.Exp(lt)
		d[i] = n * s
	}
	return d
}()

func lgammaF(x float64) float64 {
	v, _ := math.Lgamma(x)
	return v
}

// zetaBorweinEta returns η(s) = Σ_{k≥1} (-1)^(k-1) k^(-s) by Borwein's
// algorithm 2: η(s) = -1/d_n · Σ_{k<n} (-1)^k (d_k - d_n)/(k+1)^s.
func zetaBorweinEta(s float64) float64 {
	n := len(borweinD) - 1
	dn := borweinD[n]
	var sum float64
	for k := n - 1; k >= 0; k-- {
		t := (borweinD[k] - dn) / math.Pow(float64(k+1), s)
		if k%2 == 1 {
			t = -t
		}
		sum += t
	}
	return -sum / dn
}
