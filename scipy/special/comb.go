package special

import (
	"math"
	"math/big"
)

// Factorial returns n! = Γ(n+1) in floating point (scipy.special.factorial
// with exact=False): 0 for n < 0, Γ(n+1) otherwise, including non-integer n.
//
// Special cases are:
//
//	Factorial(n) = 0 for n < 0, including -Inf
//	Factorial(+Inf) = +Inf
//	Factorial(n) = +Inf for n > 170.62… (overflow)
//	Factorial(NaN) = NaN
func Factorial(n float64) float64 {
	if n < 0 {
		return 0
	}
	return Gamma(n + 1)
}

// FactorialExact returns n! exactly (scipy.special.factorial with
// exact=True): 0 for n < 0, 1 for n = 0. The result has about n·log₂(n)
// bits; time and memory grow accordingly.
func FactorialExact(n int64) *big.Int {
	if n < 0 {
		return new(big.Int)
	}
	return new(big.Int).MulRange(1, n)
}

// Factorial2 returns the double factorial n!! = n·(n-2)·(n-4)·… in floating
// point (scipy.special.factorial2 with exact=False, which accepts only
// integers). SciPy evaluates Γ(n/2+1)·2^(n/2) (even n) and
// Γ(n/2+1)·2^(n/2+1/2)/√π (odd n); here the product itself is
// accumulated in double-double, so the result is the correctly rounded
// integer (SciPy's differs from it by a few ulps, 7!! = 105.00000000000001;
// the golden tests compare with mpmath).
//
// Special cases are (as SciPy's):
//
//	Factorial2(n) = 0 for n < -1
//	Factorial2(-1) = Factorial2(0) = 1
//	Factorial2(n) = +Inf for n > 300 (overflow)
func Factorial2(n int64) float64 {
	switch {
	case n < -1:
		return 0
	case n <= 0:
		return 1
	case n > 300:
		return math.Inf(1) // 301!! ≈ 1.13e309
	}
	p := newDDProd()
	for k := n; k > 1; k -= 2 {
		p.mul(float64(k))
	}
	return p.value()
}

// Factorial2Exact returns n!! exactly (scipy.special.factorial2 with
// exact=True): 0 for n < -1, 1 for n = -1 and n = 0.
func Factorial2Exact(n int64) *big.Int {
	switch {
	case n < -1:
		return new(big.Int)
	case n <= 0:
		return big.NewInt(1)
	}
	return rangeProd(n, 2)
}

// rangeProd returns hi·(hi-step)·(hi-2·step)·…, over the terms ≥ 1, as a
// balanced product tree so that the big multiplications stay of similar
// sizes (much faster than multiplying one small factor at a time).
func rangeProd(hi, step int64) *big.Int {
	cnt := (hi-1)/step + 1 // terms hi, hi-step, …, > 0
	var rec func(first, n int64) *big.Int
	rec = func(first, n int64) *big.Int {
		if n <= 16 {
			r := big.NewInt(1)
			var t big.Int
			for i := int64(0); i < n; i++ {
				r.Mul(r, t.SetInt64(first-i*step))
			}
			return r
		}
		h := n / 2
		a := rec(first, h)
		return a.Mul(a, rec(first-h*step, n-h))
	}
	return rec(hi, cnt)
}

// Comb returns the number of combinations of n things taken k at a time in
// floating point (scipy.special.comb with exact=False): Binom(n, k) where
// 0 ≤ k ≤ n, and 0 elsewhere — also when n or k is NaN, as in SciPy.
// Non-integer arguments are accepted as Binom accepts them.
//
// Special cases are:
//
//	Comb(n, k) = 0 for k < 0, n < 0, k > n, or NaN arguments
//	Comb(+Inf, k) = +Inf for finite k ≥ 0
//	Comb(+Inf, +Inf) = NaN
func Comb(n, k float64) float64 {
	if !(k <= n && n >= 0 && k >= 0) {
		return 0
	}
	return Binom(n, k)
}

// CombRepetition returns the number of combinations with repetition of n
// things taken k at a time in floating point, Comb(n+k-1, k)
// (scipy.special.comb with repetition=True), including SciPy's result 0 for
// n = k = 0.
func CombRepetition(n, k float64) float64 {
	return Comb(n+k-1, k)
}

// CombExact returns the binomial coefficient C(n, k) exactly
// (scipy.special.comb with exact=True): 0 when k < 0, n < 0 or k > n.
// CombExact(1000, 500) has 299 decimal digits.
func CombExact(n, k int64) *big.Int {
	if k > n || n < 0 || k < 0 {
		return new(big.Int)
	}
	return new(big.Int).Binomial(n, k)
}

// CombRepetitionExact returns C(n+k-1, k) exactly (scipy.special.comb with
// exact=True, repetition=True), 0 where SciPy gives 0 (n+k-1 < 0, k < 0).
// It is correct also when n+k-1 exceeds the int64 range.
func CombRepetitionExact(n, k int64) *big.Int {
	if k < 0 {
		return new(big.Int)
	}
	if n <= 0 {
		// n+k-1 < k: zero, as in SciPy (including n = k = 0).
		return new(big.Int)
	}
	if k <= math.MaxInt64-n+1 {
		return CombExact(n+k-1, k)
	}
	// N = n+k-1 overflows int64; use C(N, k) = C(N, n-1) with the n-1
	// numerator factors N-n+2 … N = k+1 … k+n-1 formed in big arithmetic.
	m := n - 1
	num := big.NewInt(1)
	var t, one big.Int
	one.SetInt64(1)
	base := new(big.Int).SetInt64(k)
	for j := int64(1); j <= m; j++ {
		t.Add(base, t.SetInt64(j))
		num.Mul(num, &t)
	}
	return num.Quo(num, new(big.Int).MulRange(1, m))
}

// Perm returns the number of k-permutations of n things, n!/(n-k)!, in
// floating point (scipy.special.perm with exact=False): Poch(n-k+1, k)
// where 0 ≤ k ≤ n and 0 elsewhere, including NaN arguments.
//
// Special cases are:
//
//	Perm(n, k) = 0 for k < 0, n < 0, k > n, or NaN arguments
//	Perm(+Inf, k) = +Inf for finite k ≥ 1
//	Perm(+Inf, +Inf) = NaN
func Perm(n, k float64) float64 {
	if !(k <= n && n >= 0 && k >= 0) {
		return 0
	}
	return Poch(n-k+1, k)
}

// PermExact returns n!/(n-k)! exactly (scipy.special.perm with exact=True):
// 0 when k > n, n < 0 or k < 0.
func PermExact(n, k int64) *big.Int {
	if k > n || n < 0 || k < 0 {
		return new(big.Int)
	}
	if k == 0 {
		return big.NewInt(1)
	}
	return rangeProd(n, 1).Quo(rangeProd(n, 1), rangeProdOrOne(n-k))
}

func rangeProdOrOne(n int64) *big.Int {
	if n <= 0 {
		return big.NewInt(1)
	}
	return rangeProd(n, 1)
}

// Poch returns the Pochhammer symbol (rising factorial)
// (a)ₘ = Γ(a+m)/Γ(a) (scipy.special.poch).
//
// Like SciPy it first reduces m to |m| < 1 by the recurrences
// (a)ₘ = (a)ₘ₋₁·(a+m-1), multiplying here in double-double so that long
// products keep full accuracy, then evaluates the fractional remainder by
// gamma ratios (through Stirling's series for large a, where SciPy's
// difference of log-gamma values loses ~1e-16·log Γ(a) relative).
//
// Special cases follow SciPy:
//
//	Poch(a, 0) = 1, also for a = NaN… except Poch(NaN, m) = NaN for m ≠ 0
//	Poch(a, m) = +Inf where a+m is an integer ≤ 0 and a is not
//	Poch(a, m) = 0 where a is an integer ≤ 0 and a+m is not
func Poch(a, m float64) float64 {
	r := newDDProd()
	// SciPy's reduction loops; each ends within a few hundred steps because
	// the factors a+m-1, a+m-2, … grow in magnitude and the product over-
	// or underflows, except for |m| ≥ 2^52 with a+m = -1 (m-1 == m), where
	// the cap stops what would otherwise cycle forever.
	const maxSteps = 1 << 16
	for i := 0; m >= 1 && i < maxSteps; i++ {
		if a+m == 1 {
			break
		}
		m--
		r.mul(a + m)
		if v := r.value(); !isFinite(v) || v == 0 {
			break
		}
	}
	for i := 0; m <= -1 && i < maxSteps; i++ {
		if a+m == 0 {
			break
		}
		r.div(a + m)
		m++
		if v := r.value(); !isFinite(v) || v == 0 {
			break
		}
	}
	rv := r.value()
	switch {
	case m == 0:
		return rv
	case a > 1e4 && math.Abs(m) <= 1:
		if !isFinite(a) || !isFinite(rv) {
			// SciPy's expansion, for its infinities and NaNs.
			return rv * math.Pow(a, m) * (1 + m*(m-1)/(2*a) + m*(m-1)*(m-2)*(3*m-1)/(24*a*a) +
				m*m*(m-1)*(m-1)*(m-2)*(m-3)/(48*a*a*a))
		}
		return rv * expDD(lgammaDiffDD(a, m))
	case pochNonPosInt(a+m) && !pochNonPosInt(a) && a+m != m:
		return math.Inf(1)
	case !pochNonPosInt(a+m) && pochNonPosInt(a):
		return 0
	}
	sg := Gammasgn(a+m) * Gammasgn(a)
	if isFinite(a) && isFinite(a+m) && isFinite(rv) && rv != 0 {
		if g := gammaRatioAbs(a, m); !math.IsNaN(g) {
			return rv * g * sg
		}
	}
	// Non-finite arguments, or a product that over- or underflowed: SciPy's
	// exp(lgam(a+m) - lgam(a)), with Cephes' lgam(±Inf) = ±Inf, for its
	// infinities, zeros and NaNs.
	return rv * math.Exp(lgamC(a+m)-lgamC(a)) * sg
}

// pochNonPosInt is SciPy's test in poch: an integer ≤ 0 of magnitude below
// 1e13 (larger ones are not treated as poles there).
func pochNonPosInt(x float64) bool {
	return x <= 0 && x == math.Ceil(x) && math.Abs(x) < 1e13
}

// lgamC is log|Γ(x)| with Cephes' value for infinite x (lgam(x) = x).
func lgamC(x float64) float64 {
	if math.IsInf(x, 0) {
		return x
	}
	return Gammaln(x)
}

// gammaRatioAbs returns |Γ(a+m)/Γ(a)| for finite a, a+m that are not
// poles: through Stirling's series when both are ≥ 10 (from m itself, so
// that the rounding of a+m does not enter), Γ values when both are in
// range, log-gamma values otherwise.
func gammaRatioAbs(a, m float64) float64 {
	c := a + m
	if a >= 10 && c >= 10 {
		return expDD(lgammaDiffDD(a, m))
	}
	if math.Abs(c) < maxGamma-1 && math.Abs(a) < maxGamma-1 {
		gc, ga := Gamma(c), Gamma(a)
		if isFinite(gc) && isFinite(ga) && ga != 0 {
			return math.Abs(gc / ga)
		}
	}
	return math.Exp(Gammaln(c) - Gammaln(a))
}

// lgammaDiffDD returns log Γ(a+m) - log Γ(a) for a ≥ 10 and a+m ≥ 10
// without forming the two large logarithms:
//
//	m·log(a+m) - m/(2a) + (a-1/2)·log1pmx(m/a) + μ(a+m) - μ(a)
//
// with μ the remainder of Stirling's series; the first term, the only one
// that may be large, is formed in double-double from a+m in double-double.
func lgammaDiffDD(a, m float64) dd {
	c := ddSum(a, m)
	r := logDD2(c).mulF(m)
	return r.addF(-m/(2*a) + (a-0.5)*log1pmx(m/a) + (stirlingMu(c.hi) - stirlingMu(a)))
}

// Binom returns the binomial coefficient as a function of two real
// variables, Γ(n+1)/(Γ(k+1)Γ(n-k+1)) with SciPy's limits
// (scipy.special.binom).
//
// For integer k (and n not a negative integer) it is the product
// ∏ᵢ (n-k+i)/i over min(k, n-k) factors: SciPy does this in float64 for
// fewer than 20 factors and uses 1/((n+1)·B(n-k+1, k+1)) beyond, which
// errs by up to ~7e-13 (Binom(1000, 30)); here products of up to 600
// factors are accumulated in double-double, so integer cases are correctly
// rounded or nearly, and the golden tests compare them with mpmath.
// Non-integer k uses the beta function as SciPy does.
//
// Special cases are (as SciPy's):
//
//	Binom(n, k) = NaN for integer n < 0
//	Binom(n, k) = 0 for integers 0 ≤ n < k
//	Binom(+Inf, k) = +Inf for integer k ≥ 1, Binom(n, +Inf) = NaN
//	Binom(NaN, k) = Binom(n, NaN) = NaN
func Binom(n, k float64) float64 {
	if n < 0 && n == math.Floor(n) {
		return math.NaN()
	}
	kx := math.Floor(k)
	if k == kx && (math.Abs(n) > 1e-8 || n == 0) {
		nx := math.Floor(n)
		if nx == n && kx > nx/2 && nx > 0 {
			kx = nx - kx // symmetry C(n, k) = C(n, n-k)
		}
		if kx >= 0 && kx < 20 {
			// SciPy's float64 product (overflow-safe by rescaling); at
			// most 20 roundings each way, ≤ 4.4e-15.
			num, den := 1.0, 1.0
			for i := 1.0; i <= kx; i++ {
				num *= i + n - kx
				den *= i
				if math.Abs(num) > 1e50 {
					num /= den
					den = 1
				}
			}
			return num / den
		}
		if kx >= 20 && kx <= 600 && !math.IsInf(n, 0) {
			p := newDDProd()
			for i := 1.0; i <= kx; i++ {
				h, l := twoSum(n, i-kx) // n-kx+i exactly
				p.mulDD(h, l)
				p.div(i)
			}
			return p.value()
		}
	}
	switch {
	case n >= 1e10*k && k > 0:
		// Avoid under/overflow of the intermediate results.
		return math.Exp(-Betaln(1+n-k, 1+k) - math.Log(n+1))
	case k > 1e8*math.Abs(n):
		// k ≫ |n|, k > 0: by reflection
		// C(n, k) = Γ(n+1)·sin(π(k-n))/π · Γ(k-n)/Γ(k+1), with
		// sin(π(k-n)) = (-1)^⌊k⌋·sin(π(k-⌊k⌋-n)) reduced exactly and
		// the gamma ratio from Stirling's series. SciPy truncates an
		// expansion in 1/k after its second term, wrongly (the second
		// term should be n(n+1)/(2k), not n/(2k)), and multiplies by π
		// in floating point: it errs by up to ~5e-8 here.
		kx := math.Floor(k)
		sgn := 1.0
		if math.Mod(kx, 2) != 0 {
			sgn = -1
		}
		s := sinPi((k-kx)-n) * sgn / math.Pi
		var lr dd // log(Γ(k-n)/Γ(k+1))
		if k-n >= 10 && k+1 >= 10 {
			lr = lgammaDiffDD(k+1, -(n + 1))
		} else {
			lr = ddF(math.Log(math.Abs(Gamma(k-n) / Gamma(k+1))))
		}
		if g := Gamma(n + 1); isFinite(g) && g != 0 {
			return g * s * expDD(lr)
		}
		return Gammasgn(n+1) * s * expDD(lr.addF(Gammaln(n+1)))
	}
	if k < 0 && k != math.Floor(k) && -k >= 10 && math.Abs(n) <= -k && n-k+1 >= 10 {
		// By reflection of Γ(k+1):
		// C(n, k) = Γ(n+1)·sin(π(k+1))/π · Γ(-k)/Γ(n-k+1), the ratio from
		// Stirling's series with its exact difference n+1, where SciPy's
		// beta function of 1+n-k (rounded) and 1+k loses n when |k| ≫ |n|.
		s := -sinPi(k) / math.Pi
		lr := lgammaDiffDD(-k, n+1).neg() // log(Γ(-k)/Γ(n-k+1))
		if g := Gamma(n + 1); isFinite(g) && g != 0 {
			return g * s * expDD(lr)
		}
		return Gammasgn(n+1) * s * expDD(lr.addF(Gammaln(n+1)))
	}
	return 1 / (n + 1) / Beta(1+n-k, 1+k)
}
