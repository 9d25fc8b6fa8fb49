package special

import "math"

// dd is a double-double number hi+lo, |lo| ≤ ulp(hi)/2: about 106 bits.
// It carries the logarithms whose exponentials are the results (beta
// functions, gamma ratios, the prefactors of the incomplete gamma and beta
// functions): a float64 logarithm L of magnitude ~700 has an absolute
// rounding error of ~1e-13 and so exp(L) a relative one; with L in
// double-double, exp(L.hi)·(1+L.lo) is as accurate as math.Exp itself.
type dd struct{ hi, lo float64 }

var (
	ddLn2       = dd{0.6931471805599453, 2.3190468138462996e-17}
	ddLnSqrt2Pi = dd{0.9189385332046728, -3.8782941580672414e-17}
	ddPi        = dd{3.141592653589793, 1.2246467991473532e-16}
	ddThird     = dd{0.3333333333333333, 1.850371707708594e-17}
)

func ddF(x float64) dd { return dd{x, 0} }

// fastTwoSum assumes |a| ≥ |b| or a == 0.
func fastTwoSum(a, b float64) dd {
	s := a + b
	return dd{s, b - (s - a)}
}

func (a dd) add(b dd) dd {
	s, e := twoSum(a.hi, b.hi)
	t, f := twoSum(a.lo, b.lo)
	e += t
	r := fastTwoSum(s, e)
	r.lo += f
	return fastTwoSum(r.hi, r.lo)
}

func (a dd) addF(b float64) dd {
	s, e := twoSum(a.hi, b)
	e += a.lo
	return fastTwoSum(s, e)
}

func (a dd) neg() dd { return dd{-a.hi, -a.lo} }

func (a dd) sub(b dd) dd { return a.add(b.neg()) }

func (a dd) mul(b dd) dd {
	p, e := twoProd(a.hi, b.hi)
	e += a.hi*b.lo + a.lo*b.hi
	return fastTwoSum(p, e)
}

func (a dd) mulF(b float64) dd {
	p, e := twoProd(a.hi, b)
	e += a.lo * b
	return fastTwoSum(p, e)
}

func (a dd) div(b dd) dd {
	q := a.hi / b.hi
	r := a.sub(b.mulF(q)) // remainder, nearly exact
	q2 := r.hi / b.hi
	r = r.sub(b.mulF(q2))
	q3 := r.hi / b.hi
	s := fastTwoSum(q, q2)
	return s.addF(q3)
}

func (a dd) f() float64 { return a.hi + a.lo }

// ddSum returns a+b for float64 a, b exactly as a double-double.
func ddSum(a, b float64) dd {
	s, e := twoSum(a, b)
	return dd{s, e}
}

// logDD returns log(x) for finite x > 0 to about 1e-30 relative: with
// x = 2^e·m, m in [1/√2, √2), log m = 2·atanh(z), z = (m-1)/(m+1),
// |z| < 0.172, summed as 2z + 2z³·(1/3 + z²/5 + …) with the leading terms
// in double-double.
func logDD(x float64) dd {
	var scale int
	if x < 0x1p-1022 {
		x *= 0x1p54
		scale = -54
	}
	m, e := math.Frexp(x)
	if m < math.Sqrt2/2 {
		m *= 2
		e--
	}
	e += scale
	num := ddF(m - 1) // exact by Sterbenz's lemma
	den := ddSum(m, 1)
	z := num.div(den)
	z2 := z.mul(z)
	// T = 1/5 + z²/7 + z⁴/9 + …, in float64: z² < 0.03 and 22 terms
	// reach 1e-33.
	zz := z2.hi
	var t float64
	for k := 47; k >= 5; k -= 2 {
		t = t*zz + recipOdd[k]
	}
	s := ddThird.add(z2.mulF(t)) // 1/3 + z²·T
	lm := z.mulF(2).add(z2.mul(z).mul(s).mulF(2))
	return ddLn2.mulF(float64(e)).add(lm)
}

// logDD2 returns log(x) for a double-double x > 0.
func logDD2(x dd) dd {
	return logDD(x.hi).addF(x.lo / x.hi)
}

// expDD returns exp(L) for a double-double L, as accurate as math.Exp.
func expDD(l dd) float64 {
	return math.Exp(l.hi) * (1 + l.lo)
}
