package special

import "math"

// The Kolmogorov distribution (the limit of √n·D_n for the two-sided
// Kolmogorov-Smirnov statistic) and the exact distribution of the
// one-sided statistic D_n⁺, as scipy.special's kolmogorov, kolmogi,
// smirnov and smirnovi.

// kolmogExp2 is exp(-2k²y²) with 2k²y² formed exactly (two floats), so
// that exponents up to 745 keep full relative accuracy.
func kolmogExp2(k, y float64) float64 {
	ky := k * y
	kl := math.FMA(k, y, -ky) // k·y = ky + kl exactly
	h, l := twoProd(ky, ky)
	l += 2 * ky * kl
	return math.Exp(-2*h) * math.Exp(-2*l)
}

// kolmogCDF is K(y) = √(2π)/y · Σ_{k≥1} exp(-(2k-1)²π²/(8y²)), the
// distribution function, accurate for small y (used for y < 1).
func kolmogCDF(y float64) float64 {
	if y <= 0 {
		return 0
	}
	w := math.Pi * math.Pi / (8 * y * y)
	var s float64
	for k := 1; k < 20; k++ {
		m := float64(2*k - 1)
		t := math.Exp(-m * m * w)
		s += t
		if t < 1e-18*s || t == 0 {
			break
		}
	}
	return math.Sqrt(2*math.Pi) / y * s
}

// kolmogSF is K̄(y) = 2Σ_{k≥1} (-1)^(k-1) exp(-2k²y²) for y ≥ 1 (the first
// term dominates: the second is below 2.5e-3 of it).
func kolmogSF(y float64) float64 {
	var s float64
	sign := 1.0
	for k := 1; k < 20; k++ {
		t := kolmogExp2(float64(k), y)
		s += sign * t
		if t < 1e-18*s || t == 0 {
			break
		}
		sign = -sign
	}
	return 2 * s
}

// Kolmogorov returns the survival function of the Kolmogorov
// distribution (scipy.special.kolmogorov),
//
//	K̄(y) = P(K > y) = 2 Σ_{k≥1} (-1)^(k-1) exp(-2k²y²),
//
// the limiting distribution of √n·D_n for the two-sided
// Kolmogorov-Smirnov statistic. For y ≥ 1 it sums this series (the
// exponents formed exactly, so the tail keeps its relative accuracy down
// to the subnormal values near y = 19.3); for y < 1 it computes
// 1 - K(y) with K(y) = √(2π)/y·Σ exp(-(2k-1)²π²/(8y²)) (K̄ > 0.27 there).
//
// Special cases are:
//
//	Kolmogorov(y) = 1 for y ≤ 0
//	Kolmogorov(+Inf) = 0
//	Kolmogorov(NaN) = NaN
func Kolmogorov(y float64) float64 {
	switch {
	case math.IsNaN(y):
		return y
	case y <= 0:
		return 1
	case math.IsInf(y, 1):
		return 0
	case y < 1:
		return 1 - kolmogCDF(y)
	}
	return kolmogSF(y)
}

// kolmogPDF is -dK̄/dy = 8y Σ_{k≥1} (-1)^(k-1) k² exp(-2k²y²), for the
// Newton steps of Kolmogi; for small y the derivative of the CDF series.
func kolmogPDF(y float64) float64 {
	if y < 1 {
		// d/dy of √(2π)/y·Σ exp(-m²w), w = π²/(8y²), dw/dy = -2w/y.
		w := math.Pi * math.Pi / (8 * y * y)
		var s float64
		for k := 1; k < 20; k++ {
			m := float64(2*k - 1)
			t := math.Exp(-m * m * w)
			s += t * (2*m*m*w - 1)
			if t < 1e-18 {
				break
			}
		}
		return math.Sqrt(2*math.Pi) / (y * y) * s
	}
	var s float64
	sign := 1.0
	for k := 1; k < 20; k++ {
		fk := float64(k)
		t := fk * fk * kolmogExp2(fk, y)
		s += sign * t
		if t < 1e-18*math.Abs(s) {
			break
		}
		sign = -sign
	}
	return 8 * y * s
}

// Kolmogi returns the inverse of Kolmogorov (scipy.special.kolmogi): the
// y ≥ 0 with K̄(y) = p. It starts from the one-term approximations
// (y ≈ √(-log(p/2)/2) in the tail, and K(y) ≈ √(2π)/y·exp(-π²/(8y²)) for p
// near 1) and refines by Newton's method on K̄(y) = p, or on
// K(y) = 1 - p (exact for p ≥ ½) where p > ½, so that both ends keep
// their relative accuracy.
//
// Special cases are:
//
//	Kolmogi(1) = 0
//	Kolmogi(0) = +Inf
//	Kolmogi(p) = NaN for p < 0, p > 1 or p = NaN
func Kolmogi(p float64) float64 {
	switch {
	case math.IsNaN(p) || p < 0 || p > 1:
		return math.NaN()
	case p == 1:
		return 0
	case p == 0:
		return math.Inf(1)
	}
	var y float64
	lower := p > 0.5 // solve K(y) = q = 1-p
	q := 1 - p
	if lower {
		// √(2π)/y·exp(-π²/(8y²)) = q: iterate y = π/√(8·log(√(2π)/(y q))).
		y = 0.8
		for range 30 {
			a := math.Log(math.Sqrt(2*math.Pi) / (y * q))
			if !(a > 0) {
				break
			}
			ny := math.Pi / math.Sqrt(8*a)
			if math.Abs(ny-y) < 1e-3*y {
				y = ny
				break
			}
			y = ny
		}
	} else {
		y = math.Sqrt(-math.Log(p/2) / 2)
	}
	for range 100 {
		var f float64
		if lower {
			f = kolmogCDF(y) - q // increasing in y
		} else {
			f = Kolmogorov(y) - p // decreasing in y
		}
		d := kolmogPDF(y)
		if d == 0 || !isFinite(d) {
			break
		}
		var dy float64
		if lower {
			dy = -f / d
		} else {
			dy = f / d
		}
		ny := y + dy
		if ny <= 0 {
			ny = y / 2
		}
		if math.Abs(ny-y) <= 1e-16*y {
			return ny
		}
		y = ny
	}
	return y
}

// smirnovTerms sums the Birnbaum-Tingey series of P(D_n⁺ ≥ d),
//
//	d·Σ_{j=0}^{⌊n(1-d)⌋} C(n, j)·(1-d-j/n)^(n-j)·(d+j/n)^(j-1),
//
// whose terms are positive. Each term is exp of its logarithm in
// double-double (1-d-j/n and d+j/n formed exactly as (n-j-nd)/n and
// (j+nd)/n, log C(n, j) accumulated in double-double), so that the
// powers of up to n do not multiply the rounding of their bases. Once the
// terms, which rise to one maximum and fall, drop below 1e-18 of the sum,
// the rest is left out.
func smirnovTerms(n int, d float64) float64 {
	fn := float64(n)
	ndh, ndl := twoProd(fn, d)
	ld := logDD(d)
	var logC dd // log C(n, j)
	var sum, prev float64
	jmax := int(math.Floor(fn - ndh))
	if float64(jmax) > fn-ndh-ndl { // rounding of n(1-d) put j/n above 1-d
		jmax--
	}
	for j := 0; j <= min(jmax, n); j++ {
		fj := float64(j)
		if j > 0 {
			// log C(n, j) = log C(n, j-1) + log((n-j+1)/j)
			logC = logC.add(logDD(fn - fj + 1)).sub(logDD(fj))
		}
		y := ddSum(fn-fj, -ndh).addF(-ndl) // n - j - nd
		z := ddSum(fj, ndh).addF(ndl)      // j + nd
		if y.hi <= 0 && n-j > 0 {
			continue // the term vanishes
		}
		l := ld.add(logC)
		if n-j > 0 {
			l = l.add(logDD2(y).sub(logDD(fn)).mulF(fn - fj))
		}
		l = l.add(logDD2(z).sub(logDD(fn)).mulF(fj - 1))
		t := expDD(l)
		sum += t
		if t < prev && t < 1e-18*sum {
			break
		}
		prev = t
	}
	return sum
}

// smirnovCDF is P(D_n⁺ < d) = 1 - Smirnov(n, d). Where d < 3/n it sums
// the complement of the Birnbaum-Tingey series (by Abel's identity the
// series over all j = 0…n sums to 1): d·Σ_{j>n(1-d)} C(n, j)·(d+j/n)^(j-1)·
// (1-d-j/n)^(n-j), at most three terms of alternating sign (j = n alone
// for d < 1/n: d(1+d)^(n-1)), which keeps the relative accuracy of the
// small CDF; elsewhere 1 - Smirnov(n, d), which is not small.
func smirnovCDF(n int, d float64) float64 {
	fn := float64(n)
	if !(d*fn < 3) {
		return 1 - Smirnov(n, d)
	}
	ndh, ndl := twoProd(fn, d)
	jmin := int(math.Floor(fn-ndh)) + 1
	if float64(jmin-1) > fn-ndh-ndl {
		jmin--
	}
	ld := logDD(d)
	var sum float64
	for j := max(jmin, 0); j <= n; j++ {
		fj := float64(j)
		// log C(n, j) = log n! - log j! - log (n-j)!: n-j ≤ 3, so
		// C(n, j) = C(n, n-j) is a product of at most three factors.
		c := dd{1, 0}
		for i := 0; i < n-j; i++ {
			c = c.mulF(fn - float64(i)).div(ddF(float64(i + 1)))
		}
		z := ddSum(fj, ndh).addF(ndl) // j + nd > 0
		l := ld.add(logDD2(c)).add(logDD2(z).sub(logDD(fn)).mulF(fj - 1))
		t := expDD(l)
		if n-j > 0 {
			y := ddSum(fn-fj, -ndh).addF(-ndl) // n - j - nd ≤ 0
			if y.hi == 0 {
				continue
			}
			ay := dd{math.Abs(y.hi), math.Copysign(y.lo, 1)}
			if y.hi < 0 {
				ay = y.neg()
			}
			t *= expDD(logDD2(ay).sub(logDD(fn)).mulF(fn - fj))
			if (n-j)%2 == 1 {
				t = -t
			}
		}
		sum += t
	}
	return sum
}

// Smirnov returns the survival function of the one-sided Kolmogorov-Smirnov
// statistic (scipy.special.smirnov), P(D_n⁺ ≥ d) for a sample of size n,
// by the exact Birnbaum-Tingey sum of positive terms evaluated in
// double-double logarithms (relative error a few ulps, in both tails; the
// cost grows with n·(1-d), at most n terms).
//
// Special cases are:
//
//	Smirnov(n, 0) = 1; Smirnov(n, 1) = 0; Smirnov(1, d) = 1 - d
//	Smirnov(n, d) = NaN for n < 1, d < 0, d > 1 or d = NaN
func Smirnov(n int, d float64) float64 {
	switch {
	case n < 1 || math.IsNaN(d) || d < 0 || d > 1:
		return math.NaN()
	case d == 0:
		return 1
	case d == 1:
		return 0
	case n == 1:
		return 1 - d
	}
	return smirnovTerms(n, d)
}

// Smirnovi returns the inverse of Smirnov in d (scipy.special.smirnovi):
// the d in [0, 1] with P(D_n⁺ ≥ d) = p. It brackets the root, starting from
// d ≈ √(-log p/(2n)), and solves log Smirnov(n, d) = log p, or for p > ½
// log P(D_n⁺ < d) = log(1-p) with the CDF summed without cancellation
// (so that p near 1, where d ≈ 1-p, keeps its relative accuracy), by the
// Illinois variant of regula falsi with bisection steps, to a relative
// tolerance of 1e-15 in d.
//
// Special cases are:
//
//	Smirnovi(n, 1) = 0; Smirnovi(n, 0) = 1
//	Smirnovi(n, p) = NaN for n < 1, p < 0, p > 1 or p = NaN
func Smirnovi(n int, p float64) float64 {
	switch {
	case n < 1 || math.IsNaN(p) || p < 0 || p > 1:
		return math.NaN()
	case p == 1:
		return 0
	case p == 0:
		return 1
	case n == 1:
		return 1 - p
	}
	lp := math.Log(p)
	f := func(d float64) float64 {
		s := Smirnov(n, d)
		if s <= 0 {
			return math.Inf(-1)
		}
		return math.Log(s) - lp // decreasing in d
	}
	if p > 0.5 {
		lq := math.Log(1 - p) // 1-p exact
		f = func(d float64) float64 {
			c := smirnovCDF(n, d)
			if c <= 0 {
				return math.Inf(1)
			}
			return lq - math.Log(c) // decreasing in d
		}
	}
	// Bracket [a, b] with f(a) > 0 > f(b).
	g := math.Sqrt(-lp / (2 * float64(n)))
	g = min(max(g, 1e-300), 1)
	a, b := g/2, min(2*g, 1)
	fa, fb := f(a), f(b)
	for fa < 0 && a > 1e-300 {
		b, fb = a, fa
		a /= 4
		fa = f(a)
	}
	for fb > 0 && b < 1 {
		a, fa = b, fb
		b = min(2*b, 1)
		fb = f(b)
	}
	if fa < 0 || fb > 0 {
		return math.NaN()
	}
	side := 0
	for range 200 {
		if b-a <= 1e-15*b {
			break
		}
		var m float64
		if isFinite(fa) && isFinite(fb) && fa != fb {
			m = (a*fb - b*fa) / (fb - fa)
			if !(m > a && m < b) {
				m = (a + b) / 2
			}
		} else {
			m = (a + b) / 2
		}
		fm := f(m)
		switch {
		case fm == 0:
			return m
		case fm > 0:
			a, fa = m, fm
			if side == 1 {
				fb /= 2 // Illinois: keep the other end moving
			}
			side = 1
		default:
			b, fb = m, fm
			if side == -1 {
				fa /= 2
			}
			side = -1
		}
	}
	return (a + b) / 2
}
