package special

import "math"

// besselJ0HankP[k] and besselJ0HankQ[k] are the coefficients of w^k,
// w = 1/x², in Hankel's P(0, x) and x·Q(0, x) (DLMF 10.17.3-4 with ν = 0):
// a_k = Π_{j ≤ k} (2j-1)²/(8j), P = Σ (-1)^k a_(2k) w^k,
// xQ = Σ (-1)^(k+1) a_(2k+1) w^k. Ten terms of each reach 1e-17 at
// x = 25: the first left out, a_20/25^20, is below 7e-18.
var besselJ0HankP, besselJ0HankQ = func() (p, q [10]float64) {
	a := 1.0
	for k := 0; k < 2*len(p); k++ {
		if k > 0 {
			f := float64(2*k - 1)
			a *= f * f / (8 * float64(k))
		}
		sgn := 1.0
		if (k/2)%2 == 1 {
			sgn = -1
		}
		if k%2 == 0 {
			p[k/2] = sgn * a
		} else {
			q[k/2] = -sgn * a
		}
	}
	return p, q
}()

// besselJ0 returns J_0(x) for finite x ≥ 0: below 25 the Taylor polynomial
// of degree 10 about the midpoint of the piece of width 1/4 holding x
// (bspeed_j0_table.go, |x - x_i| ≤ 1/8); from 25 on Hankel's expansion
// J_0 = (P·(cos x + sin x) - Q·(sin x - cos x))/√(πx) with P and Q as
// polynomials in 1/x² and one math.Sincos (whose argument reduction is
// exact). Both are accurate to a few 1e-17 of the envelope √(2/(πx)),
// also at the zeros.
func besselJ0(x float64) float64 {
	if x < besselJ0TabHi {
		i := int(x * besselJ0Per)
		t := x - (float64(i)+0.5)/besselJ0Per
		c := &besselJ0Tab[i]
		t2 := t * t
		// Estrin's scheme: the pairs are independent, halving Horner's
		// chain of dependent multiply-adds.
		p01 := c[0] + c[1]*t
		p23 := c[2] + c[3]*t
		p45 := c[4] + c[5]*t
		p67 := c[6] + c[7]*t
		p89 := c[8] + c[9]*t
		t4 := t2 * t2
		q0 := p01 + p23*t2
		q1 := p45 + p67*t2
		q2 := p89 + c[10]*t2
		return q0 + (q1+q2*t4)*t4
	}
	w := 1 / (x * x)
	p, q := &besselJ0HankP, &besselJ0HankQ
	var sp, sq float64
	for k := len(p) - 1; k >= 0; k-- {
		sp = sp*w + p[k]
		sq = sq*w + q[k]
	}
	sq /= x
	s, c := math.Sincos(x)
	return (sp*(c+s) - sq*(s-c)) * (1 / math.SqrtPi) / math.Sqrt(x)
}
