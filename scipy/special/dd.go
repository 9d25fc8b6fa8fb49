package special

import "math"

// Double-double helpers: a value hi+lo with |lo| ≤ ulp(hi)/2, carried where
// one rounding would cost more accuracy than the result may lose (the
// exponent of exp(-x²/2) in the normal tail, for example).

// twoSum returns s = fl(a+b) and the exact error e, a+b = s+e (Knuth).
func twoSum(a, b float64) (s, e float64) {
	s = a + b
	bb := s - a
	e = (a - (s - bb)) + (b - bb)
	return s, e
}

// twoProd returns p = fl(a·b) and the exact error e, a·b = p+e, using a
// fused multiply-add.
func twoProd(a, b float64) (p, e float64) {
	p = a * b
	e = math.FMA(a, b, -p)
	return p, e
}

// expSq returns exp(s·x²) for s = ±1 or ±1/2, accurate to a few ulps even
// when s·x² is large: x² is split into an exact head and a small tail so
// that the rounding of x² (relative ε, absolute ε·x²) never reaches the
// exponent. Computing math.Exp(-x*x) directly has relative error up to
// ε·x², about 1.6e-13 at x = 27.
func expSq(x, s float64) float64 {
	hi, lo := twoProd(x, x) // x² = hi + lo exactly
	if e := s * hi; math.Abs(e) < 700 {
		// |s·lo| ≤ ulp(700)/2 < 6e-14: e^(s·lo) = 1 + s·lo to within
		// 2e-27, and expFast is twice as fast as math.Exp.
		return expFast(e) * (1 + s*lo)
	}
	return math.Exp(s*hi) * math.Exp(s*lo)
}

// ddProd accumulates a product of float64 factors in double-double with a
// separate binary exponent, so that long products (binomial coefficients,
// Pochhammer symbols) carry no rounding error worth mentioning (about 1e-31
// per factor) and no intermediate overflow.
type ddProd struct {
	hi, lo float64
	exp    int
}

func newDDProd() ddProd { return ddProd{hi: 1} }

// mulDD multiplies by the double-double x+xl.
func (p *ddProd) mulDD(x, xl float64) {
	h, l := twoProd(p.hi, x)
	if math.IsInf(h, 0) || math.IsNaN(h) || h == 0 {
		p.hi, p.lo = h, 0
		return
	}
	l += p.hi*xl + p.lo*x
	p.hi, p.lo = twoSum(h, l)
	p.norm()
}

// mul multiplies by x.
func (p *ddProd) mul(x float64) { p.mulDD(x, 0) }

// div divides by x.
func (p *ddProd) div(x float64) {
	q := p.hi / x
	if math.IsInf(q, 0) || math.IsNaN(q) || q == 0 {
		p.hi, p.lo = q, 0
		return
	}
	// remainder p - q·x, exact up to the lo parts
	h, l := twoProd(q, x)
	r := ((p.hi - h) - l + p.lo) / x
	p.hi, p.lo = twoSum(q, r)
	p.norm()
}

// norm moves the binary exponent of hi into exp when it leaves
// [2^-500, 2^500].
func (p *ddProd) norm() {
	if p.hi == 0 || math.IsInf(p.hi, 0) || math.IsNaN(p.hi) {
		return
	}
	if a := math.Abs(p.hi); a > 0x1p500 || a < 0x1p-500 {
		_, e := math.Frexp(p.hi)
		p.hi = math.Ldexp(p.hi, -e)
		p.lo = math.Ldexp(p.lo, -e)
		p.exp += e
	}
}

// value rounds the product to float64, overflowing to ±Inf and underflowing
// to ±0 as the exact product would.
func (p *ddProd) value() float64 {
	return math.Ldexp(p.hi+p.lo, p.exp)
}

// powInt returns x^n for n ≥ 0 as a ddProd, by binary powering in
// double-double: relative error about n·1e-32 (math.Pow's is up to
// n·1e-16 for large integer exponents).
func powInt(x float64, n int) ddProd {
	r := newDDProd()
	b := ddProd{hi: x}
	b.norm()
	for n > 0 {
		if n&1 == 1 {
			r.mulDD(b.hi, b.lo)
			r.exp += b.exp
			r.norm()
		}
		n >>= 1
		if n > 0 {
			h, l, e := b.hi, b.lo, b.exp
			b.exp = 0
			b.mulDD(h, l) // may move a factor 2^k into b.exp
			b.exp += 2 * e
		}
	}
	return r
}
