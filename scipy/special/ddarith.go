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

// div is a/b: q1 ≈ a.hi/b.hi, the remainder a - b·q1 formed exactly to
// double-double rounding (b.hi·q1 by twoProd; a.hi - b.hi·q1 cancels
// exactly, by Sterbenz's lemma), and the correction q2 = remainder/b.hi
// (Dekker's division, "sloppy" in the QD library: relative error about
// 2⁻¹⁰⁴, against three correction steps' 2⁻¹⁰⁶ at twice the cost). One
// reciprocal serves both quotients.
func (a dd) div(b dd) dd {
	inv := 1 / b.hi
	q1 := a.hi * inv
	p := b.mulF(q1)
	s1, s2 := twoSum(a.hi, -p.hi)
	s2 -= p.lo
	s2 += a.lo
	q2 := (s1 + s2) * inv
	return fastTwoSum(q1, q2)
}

func (a dd) f() float64 { return a.hi + a.lo }

// ddSum returns a+b for float64 a, b exactly as a double-double.
func ddSum(a, b float64) dd {
	s, e := twoSum(a, b)
	return dd{s, e}
}

// logDD returns log(x) in double-double, to about 1e-23 relative (and
// 1e-23 absolute near x = 1): with x = 2^e·m, m in [3/4, 3/2), and c the
// multiple of 1/128 nearest to m, log x = e·log 2 + log c + log(1+r),
// |r| = |m-c|/c < 2⁻⁷, log c from a table (gen_tables.py, mpmath) and
// log(1+r) from its series with the first two terms in double-double. For
// x near 1, e = 0 and c = 1, so nothing cancels. Zero, negative, infinite
// and NaN x give math.Log's value.
func logDD(x float64) dd {
	if !(x > 0) || math.IsInf(x, 1) {
		return dd{math.Log(x), 0}
	}
	var scale int
	if x < 0x1p-1022 {
		x *= 0x1p54
		scale = -54
	}
	m, e := math.Frexp(x) // m in [0.5, 1)
	if m < 0.75 {
		m *= 2
		e--
	}
	// m in [0.75, 1.5); c the nearest multiple of 1/128, |m-c| ≤ 1/256
	j := int((m-0.75)*128 + 0.5)
	c := 0.75 + float64(j)/128
	q := m - c // exact by Sterbenz's lemma
	rh := q / c
	rl := math.FMA(-rh, c, q) / c
	// log(1+r) = r - r²/2 + r³·(1/3 - r/4 + r²/5 - …)
	r2h, r2l := twoProd(rh, rh)
	r2l += 2 * rh * rl
	p := logSeriesC[len(logSeriesC)-1]
	for k := len(logSeriesC) - 2; k >= 0; k-- {
		p = p*rh + logSeriesC[k]
	}
	p *= r2h * rh
	l := dd{rh, rl}.add(dd{-0.5 * r2h, -0.5 * r2l}).addF(p)
	if e+scale == 0 && j == 32 { // c = 1: log c = 0, no multiple of log 2
		return l
	}
	return logTable[j].add(l).add(ddLn2.mulF(float64(e + scale)))
}

// logSeriesC[k] = (-1)^k/(k+3): the coefficients of (log(1+r) - r + r²/2)/r³.
var logSeriesC = func() (c [11]float64) {
	for k := range c {
		c[k] = 1 / float64(k+3)
		if k%2 == 1 {
			c[k] = -c[k]
		}
	}
	return c
}()

// logDD2 returns log(x) for a double-double x > 0.
func logDD2(x dd) dd {
	return logDD(x.hi).addF(x.lo / x.hi)
}

// expDD returns exp(L) for a double-double L, as accurate as math.Exp.
func expDD(l dd) float64 {
	return expFast(l.hi) * (1 + l.lo)
}
