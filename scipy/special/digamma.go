package special

import "math"

// digammaRoot is a zero r = hi+lo of ψ with the Taylor coefficients of ψ
// about it (see gen_tables.py).
type digammaRoot struct {
	hi, lo float64
	c      [digammaDeg]float64
}

// Radii of the Taylor expansions about the zeros of ψ: within them the
// polynomial is used because ψ(x) itself is small there and any formula
// that subtracts O(1) quantities loses relative accuracy. The positive
// zero's expansion converges with ratio |t|/1.46 and the negative zeros'
// with ratio |t|/0.3 or better, so 22 terms leave < 1e-17.
const (
	digammaPosRadius = 0.2
	digammaNegRadius = 0.05
)

// Digamma returns ψ(x) = Γ'(x)/Γ(x), the logarithmic derivative of the
// gamma function (scipy.special.digamma, psi).
//
// Near the positive zero (1.4616…) and the first 40 negative zeros ψ is
// evaluated from its Taylor series about the zero (coefficients from mpmath),
// so the relative error stays at a few ulps even there. SciPy's own
// reflection formula loses relative accuracy near the negative zeros, where
// the golden tests compare with mpmath instead. Below x = -40, within
// about 1e-3 of a zero, the relative error grows like 1e-16·log|x|/|ψ(x)|.
//
// Special cases are (as SciPy's):
//
//	Digamma(+Inf) = +Inf
//	Digamma(-Inf) = NaN
//	Digamma(+0) = -Inf
//	Digamma(-0) = +Inf
//	Digamma(x) = NaN for integer x < 0
//	Digamma(NaN) = NaN
func Digamma(x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x
	case math.IsInf(x, -1):
		return math.NaN()
	case x == 0:
		return math.Copysign(math.Inf(1), -x)
	case x < 0 && x == math.Floor(x):
		return math.NaN()
	}
	if x > -float64(len(digammaRoots)-1) && x < 1.7 {
		if r := digammaNearRoot(x); !math.IsNaN(r) {
			return r
		}
	}
	if x < 0 {
		// Reflection: ψ(x) = ψ(1-x) - π·cot(πx).
		return digammaPos(1-x) - math.Pi*cotPi(x)
	}
	return digammaPos(x)
}

// digammaNearRoot evaluates ψ from the Taylor series about the nearest
// tabulated zero, or returns NaN when x is not within that zero's radius.
func digammaNearRoot(x float64) float64 {
	var r *digammaRoot
	radius := digammaNegRadius
	if x > 0 {
		r, radius = &digammaRoots[0], digammaPosRadius
	} else {
		n := int(math.Floor(-x)) + 1 // x in (-n, -n+1)
		if n > len(digammaRoots)-1 {
			return math.NaN()
		}
		r = &digammaRoots[n]
	}
	t := (x - r.hi) - r.lo // x - hi is exact when x is near hi
	if math.Abs(t) > radius {
		return math.NaN()
	}
	p := r.c[digammaDeg-1]
	for k := digammaDeg - 2; k >= 0; k-- {
		p = p*t + r.c[k]
	}
	return p * t
}

// digammaPos returns ψ(x) for x > 0: the recurrence ψ(x) = ψ(x+1) - 1/x up
// to x ≥ 10, then the asymptotic series
// ψ(x) = log x - 1/(2x) - Σ B₂ₖ/(2k·x^(2k)), whose eighth term is below
// 1e-17 at x = 10.
func digammaPos(x float64) float64 {
	if x < 1e-8 {
		// ψ(x) = -1/x - γ + (π²/6)·x + O(x²).
		return -1/x - eulerGamma + 1.6449340668482264*x
	}
	var acc float64
	for x < 10 {
		acc -= 1 / x
		x++
	}
	z := 1 / (x * x)
	p := -3617.0 / 8160
	p = p*z + 1.0/12
	p = p*z - 691.0/32760
	p = p*z + 1.0/132
	p = p*z - 1.0/240
	p = p*z + 1.0/252
	p = p*z - 1.0/120
	p = p*z + 1.0/12
	return acc + math.Log(x) - 0.5/x - p*z
}

// Polygamma returns ψ⁽ⁿ⁾(x), the n-th derivative of the digamma function
// (scipy.special.polygamma): Digamma(x) for n = 0, otherwise
// (-1)^(n+1)·n!·ζ(n+1, x) with the Hurwitz zeta function. n must be a
// non-negative integer, as in SciPy, whose formula gives NaN (or ±Inf from
// Γ(n+1)) for other n, and so does Polygamma.
//
// For integer 1 ≤ n ≤ 170 it improves on SciPy's evaluation in two
// places, where the golden tests compare with mpmath:
//   - x < 0 uses the reflection ψ⁽ⁿ⁾(x) = (-1)ⁿψ⁽ⁿ⁾(1-x) - dⁿ/dxⁿ π·cot(πx)
//     (the derivative as a polynomial in cot(πx)); SciPy sums the Hurwitz
//     series through the negative terms, which cancel for even n
//     (SciPy's ψ⁽³⁰⁾(-1.5) is wrong by a factor 3e5);
//   - the factor n!·x^(-n-1) is formed in double-double with its binary
//     exponent apart, so results that SciPy underflows to 0 (ψ⁽¹⁰⁰⁾(1e4)
//     ≈ -9.4e-245) are returned.
//
// Special cases are (as SciPy's), for integer n ≥ 1:
//
//	Polygamma(n, +Inf) = 0
//	Polygamma(n, -Inf) = ±Inf (SciPy's value, the sign of (-1)^(n+1))
//	Polygamma(n, x) = ±Inf for integer x ≤ 0, the sign of (-1)^(n+1)
//	Polygamma(n, NaN) = NaN, Polygamma(NaN, x) = NaN
func Polygamma(n, x float64) float64 {
	if n == 0 {
		return Digamma(x)
	}
	if n >= 1 && n <= 170 && n == math.Floor(n) && isFinite(x) && !isNonPosInt(x) {
		k := int(n)
		if x > 0 {
			return polygammaPos(k, x)
		}
		// Reflection, see the doc comment.
		r := polygammaPos(k, 1-x)
		if k%2 == 1 {
			r = -r
		}
		return r - math.Pow(math.Pi, n+1)*cotDeriv(k, cotPi(x))
	}
	return math.Pow(-1, n+1) * Gamma(n+1) * hurwitzZeta(n+1, x)
}

// polygammaPos returns ψ⁽ⁿ⁾(x) = (-1)^(n+1)·n!·x^(-n-1)·Z for n ≥ 1, x > 0,
// with Z = x^(n+1)·ζ(n+1, x) from hurwitzScaled.
func polygammaPos(n int, x float64) float64 {
	s := float64(n + 1)
	z := hurwitzScaled(s, x)
	xs := powInt(x, n+1) // x^(n+1)
	f := newDDProd()     // n!
	for i := 2; i <= n; i++ {
		f.mul(float64(i))
	}
	m := (f.hi + f.lo) / (xs.hi + xs.lo) * z
	v := math.Ldexp(m, f.exp-xs.exp)
	if n%2 == 0 {
		return -v
	}
	return v
}

// cotDeriv returns Pₙ(c), where dⁿ/dyⁿ cot(y) = Pₙ(cot y): P₀(c) = c and
// Pₖ₊₁(c) = -(1+c²)·Pₖ'(c), a polynomial of degree n+1 with the parity of
// n+1. For the derivative in x of π·cot(πx) multiply by π^(n+1).
func cotDeriv(n int, c float64) float64 {
	p := make([]float64, n+2)
	p[1] = 1
	d := make([]float64, n+2)
	for k := 0; k < n; k++ {
		// d = P', then P = -(d + c²·d)
		for j := range d {
			d[j] = 0
		}
		for j := 1; j < len(p); j++ {
			d[j-1] = float64(j) * p[j]
		}
		for j := range p {
			v := d[j]
			if j >= 2 {
				v += d[j-2]
			}
			p[j] = -v
		}
	}
	var r float64
	for j := len(p) - 1; j >= 0; j-- {
		r = r*c + p[j]
	}
	return r
}
