package stats

import (
	"math"

	"github.com/goscipy/goscipy/scipy/special"
)

// Helpers shared by the distributions built on special functions (gamma,
// beta, t, F, …): logarithms of incomplete gamma and beta functions where
// the plain values underflow, quantile solvers and Gauss–Legendre
// quadrature. Names carry the prefix sfd to stay clear of the rest of the
// package.

// sfdTiny is the threshold below which a probability is recomputed in
// logarithms: below the smallest normal float64 a value has lost relative
// precision.
const sfdTiny = 0x1p-1000

// sfdLog1mexp is log(1 - e^d) for d ≤ 0, accurate for d near 0 (log of
// -expm1) and for d ≪ 0 (log1p of -exp).
func sfdLog1mexp(d float64) float64 {
	if d > -math.Ln2 {
		return math.Log(-math.Expm1(d))
	}
	return math.Log1p(-math.Exp(d))
}

// sfdLog1pMul is log(1 + a·b): log1p of the rounded product where it is
// small, and the log of 1 + a·b rounded once (by FMA) where 1 + a·b is
// below 1/2 and the rounding of a·b would be magnified by the cancellation.
func sfdLog1pMul(a, b float64) float64 {
	p := a * b
	if p < -0.5 {
		// At an end of a support such as y = -1/c, 1 + a·b may come out
		// at or just below 0 because -1/c is itself rounded: the limit is
		// log 0.
		return math.Log(max(0, math.FMA(a, b, 1)))
	}
	return math.Log1p(p)
}

// sfdLogProb returns log p for a probability p whose complement is pc
// (both computed directly): log1p(-pc) when p > 1/2, log p when p is a
// normal float64, and small() (log p from logarithms) when p underflows.
func sfdLogProb(p, pc float64, small func() float64) float64 {
	switch {
	case math.IsNaN(p):
		return p
	case p > 0.5:
		return math.Log1p(-pc)
	case p >= sfdTiny:
		return math.Log(p)
	}
	return small()
}

// sfdLogBetaincSeries is log I_x(a, b) from the series
//
//	I_x(a, b) = x^a/B(a, b) · Σₙ (1-b)ₙ/n! · xⁿ/(a+n),
//
// with log x given separately (logx) so that x may underflow. It is used
// where I_x(a, b) underflows, which puts x far below the mean, where the
// terms fall geometrically.
func sfdLogBetaincSeries(a, b, x, logx float64) float64 {
	sum := 1 / a
	term := 1.0 // (1-b)ₙ xⁿ/n!
	for n := 1; n < 5000; n++ {
		term *= (float64(n) - b) * x / float64(n)
		t := term / (a + float64(n))
		sum += t
		if math.Abs(t) <= 1e-17*math.Abs(sum) {
			break
		}
	}
	return a*logx - special.Betaln(a, b) + math.Log(sum)
}

// sfdLogGammaincLower is log P(a, x) from the series
// P(a, x) = x^a e^{-x}/Γ(a+1) · Σₙ xⁿ/((a+1)…(a+n)), for x below or near a
// where P underflows.
func sfdLogGammaincLower(a, x float64) float64 {
	if x == 0 {
		return math.Inf(-1)
	}
	sum, term := 1.0, 1.0
	for n := 1; n < 10000; n++ {
		term *= x / (a + float64(n))
		sum += term
		if term <= 1e-17*sum {
			break
		}
	}
	return a*math.Log(x) - x - special.Gammaln(a+1) + math.Log(sum)
}

// sfdLogGammaincUpper is log Q(a, x) from Legendre's continued fraction
// Q(a, x) = x^a e^{-x}/Γ(a) · 1/(x+1-a- 1·(1-a)/(x+3-a- …)), evaluated by
// the modified Lentz method, for x beyond a where Q underflows.
func sfdLogGammaincUpper(a, x float64) float64 {
	if math.IsInf(x, 1) {
		return math.Inf(-1)
	}
	const tiny = 1e-300
	b := x + 1 - a
	c := 1 / tiny
	d := 1 / b
	h := d
	for i := 1; i < 10000; i++ {
		an := -float64(i) * (float64(i) - a)
		b += 2
		d = an*d + b
		if math.Abs(d) < tiny {
			d = tiny
		}
		c = b + an/c
		if math.Abs(c) < tiny {
			c = tiny
		}
		d = 1 / d
		del := d * c
		h *= del
		if math.Abs(del-1) < 1e-16 {
			break
		}
	}
	return a*math.Log(x) - x - special.Gammaln(a) + math.Log(h)
}

// sfdLogGammaP is log P(a, x), the logarithm of the regularized lower
// incomplete gamma function, accurate where P underflows or is near 1.
func sfdLogGammaP(a, x float64) float64 {
	return sfdLogProb(special.Gammainc(a, x), special.Gammaincc(a, x), func() float64 { return sfdLogGammaincLower(a, x) })
}

// sfdLogGammaQ is log Q(a, x), accurate where Q underflows or is near 1.
func sfdLogGammaQ(a, x float64) float64 {
	return sfdLogProb(special.Gammaincc(a, x), special.Gammainc(a, x), func() float64 { return sfdLogGammaincUpper(a, x) })
}

// sfdBetaInv returns x and 1-x for the x with I_x(a, b) = p, where pc =
// 1-p is given as well (the caller holds whichever of p and pc is exact).
// The smaller probability is inverted (through the complement
// I_{1-x}(b, a) = pc when pc < p), and where the solution is on the far
// side of 1/2 the other end is recomputed from the larger probability when
// that is the more accurate of the two: its rounding costs about ε/pc
// relative, the subtraction from 1 about ε/x.
func sfdBetaInv(a, b, p, pc float64) (x, xc float64) {
	if p <= pc {
		x = special.Betaincinv(a, b, p)
		if x <= 0.5 || 1-x > p {
			return x, 1 - x
		}
		xc = special.Betaincinv(b, a, pc)
		return 1 - xc, xc
	}
	xc = special.Betaincinv(b, a, pc)
	if xc <= 0.5 || 1-xc > pc {
		return 1 - xc, xc
	}
	x = special.Betaincinv(a, b, p)
	return x, 1 - x
}

// sfdLogBetaI is log I_x(a, b) where xc = 1-x is given exactly and logx is
// log x (x may underflow), accurate where I underflows or is near 1.
func sfdLogBetaI(a, b, x, xc, logx float64) float64 {
	return sfdLogProb(special.Betainc(a, b, x), special.Betainc(b, a, xc), func() float64 {
		return sfdLogBetaincSeries(a, b, x, logx)
	})
}

// sfdSolve finds the y in [lo, hi] where the monotone function f, of
// derivative df, is 0 (increasing when inc, else decreasing), by Newton's
// method from y0 safeguarded by bisection. Infinite ends are replaced by
// doubling steps from y0 until the sign changes; f may be ±Inf (a
// logarithm of an underflowed probability), which bisection handles.
func sfdSolve(f, df func(y float64) float64, lo, hi, y0 float64, inc bool) float64 {
	g := func(y float64) float64 {
		if inc {
			return f(y)
		}
		return -f(y)
	}
	step := max(1, math.Abs(y0))
	if math.IsInf(hi, 1) {
		hi = y0
		for i := 0; g(hi) < 0 && i < 2100; i++ {
			lo, hi = max(lo, hi), hi+step
			step *= 2
		}
	}
	step = max(1, math.Abs(y0))
	if math.IsInf(lo, -1) {
		lo = y0
		for i := 0; g(lo) > 0 && i < 2100; i++ {
			hi, lo = min(hi, lo), lo-step
			step *= 2
		}
	}
	y := y0
	if !(y > lo && y < hi) {
		y = lo + (hi-lo)/2
	}
	for i := 0; i < 200; i++ {
		v := g(y)
		if v == 0 {
			return y
		}
		if v < 0 {
			lo = y
		} else {
			hi = y
		}
		d := df(y)
		if !inc {
			d = -d
		}
		next := y - v/d
		if !(next > lo && next < hi) || math.IsNaN(next) || math.IsInf(d, 0) {
			next = lo + (hi-lo)/2
			if math.IsInf(next, 0) || next == lo || next == hi {
				next = lo/2 + hi/2
			}
		}
		if math.Abs(next-y) <= 1e-16*math.Abs(y) || next == y {
			return next
		}
		if hi-lo <= 1e-16*max(math.Abs(lo), math.Abs(hi)) {
			return next
		}
		y = next
	}
	return y
}

// sfdGL holds the 24-point Gauss–Legendre rule on [-1, 1] (nodes and
// weights), computed once by Newton's method on the Legendre polynomial.
var sfdGLx, sfdGLw = sfdGaussLegendre(24)

func sfdGaussLegendre(n int) (x, w []float64) {
	x, w = make([]float64, n), make([]float64, n)
	for i := 0; i < (n+1)/2; i++ {
		z := math.Cos(math.Pi * (float64(i) + 0.75) / (float64(n) + 0.5))
		var dp float64
		for it := 0; it < 100; it++ {
			p0, p1 := 1.0, z
			for k := 2; k <= n; k++ {
				p0, p1 = p1, ((2*float64(k)-1)*z*p1-float64(k-1)*p0)/float64(k)
			}
			dp = float64(n) * (z*p1 - p0) / (z*z - 1)
			dz := p1 / dp
			z -= dz
			if math.Abs(dz) < 1e-17 {
				break
			}
		}
		p0, p1 := 1.0, z
		for k := 2; k <= n; k++ {
			p0, p1 = p1, ((2*float64(k)-1)*z*p1-float64(k-1)*p0)/float64(k)
		}
		dp = float64(n) * (z*p1 - p0) / (z*z - 1)
		x[i], x[n-1-i] = -z, z
		w[i] = 2 / ((1 - z*z) * dp * dp)
		w[n-1-i] = w[i]
	}
	return x, w
}

// sfdIntegrate is ∫ f over [lo, hi] by the 24-point Gauss–Legendre rule on
// panels equal panels.
func sfdIntegrate(f func(float64) float64, lo, hi float64, panels int) float64 {
	h := (hi - lo) / float64(panels)
	var sum float64
	for p := 0; p < panels; p++ {
		a := lo + float64(p)*h
		c, r := a+h/2, h/2
		for i, xi := range sfdGLx {
			sum += sfdGLw[i] * r * f(c+r*xi)
		}
	}
	return sum
}
