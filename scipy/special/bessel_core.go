package special

import "math"

// Shared machinery of the Bessel functions of real order and argument
// (bessel_j.go, bessel_i.go, bessel_sph.go). Every routine here takes an
// order v ≥ 0 and a finite x > 0; the exported functions handle the edges,
// negative orders and negative x.
//
// Notation: μ = v - n with n = floor(v+1/2), so |μ| ≤ 1/2. The functions
// of order μ and μ+1 come from Temme's series (x < 2), Steed's continued
// fractions (2 ≤ x < 25: besselJYSteed, besselKSteed) or Hankel's
// asymptotic expansion (x ≥ 25); the recurrence carries the dominant solution (Y, K)
// up to order v, and the ratio of the minimal solution (J_{v+1}/J_v,
// I_{v+1}/I_v) from its continued fraction gives J_v or I_v through the
// Wronskian. Values that overflow on the way are carried as a mantissa and
// a binary exponent.

// besselMaxRecur is the largest order carried by the recurrence for J and
// Y (a million steps, a few milliseconds).
const besselMaxRecur = 1e6

// besselHankelX is where Hankel's expansion takes over: at x ≥ 25 its
// smallest term for orders up to 3/2 is below 1e-20.
const besselHankelX = 25

// besselRgamC holds the Taylor coefficients of 1/Γ(1+z) at z = 0
// (computed with mpmath: mp.taylor(lambda z: 1/mp.gamma(1+z), 0, 26)),
// enough for |z| ≤ 1/2 to 1e-24.
var besselRgamC = [...]float64{
	1.0, 0.5772156649015329, -0.6558780715202539, -0.04200263503409524,
	0.16653861138229148, -0.04219773455554433, -0.009621971527876973,
	0.0072189432466631, -0.0011651675918590652, -0.00021524167411495098,
	0.0001280502823881162, -2.013485478078824e-05, -1.2504934821426706e-06,
	1.133027231981696e-06, -2.056338416977607e-07, 6.116095104481416e-09,
	5.002007644469223e-09, -1.18127457048702e-09, 1.0434267116911005e-10,
	7.782263439905071e-12, -3.696805618642206e-12, 5.100370287454476e-13,
	-2.0583260535665066e-14, -5.348122539423018e-15, 1.2267786282382608e-15,
	-1.1812593016974588e-16, 1.1866922547516004e-18,
}

// besselTemmeGammas returns Temme's Γ₁(μ) = (1/Γ(1-μ) - 1/Γ(1+μ))/(2μ) and
// Γ₂(μ) = (1/Γ(1-μ) + 1/Γ(1+μ))/2 for |μ| ≤ 1/2, from the Taylor series of
// 1/Γ(1+z) (no cancellation at μ = 0).
func besselTemmeGammas(mu float64) (g1, g2 float64) {
	m2 := mu * mu
	c := besselRgamC[:]
	last := len(c) - 1
	if last%2 == 0 {
		last-- // odd coefficients for g1
	}
	for k := last; k >= 1; k -= 2 {
		g1 = g1*m2 + c[k]
	}
	g1 = -g1
	lastE := len(c) - 1
	if lastE%2 == 1 {
		lastE--
	}
	for k := lastE; k >= 0; k -= 2 {
		g2 = g2*m2 + c[k]
	}
	return g1, g2
}

// besselTemmeCommon returns the starting values of Temme's series for
// |μ| ≤ 1/2 and 0 < x < 2: f₀/c, p₀/c, q₀/c with c = 1/π for Y and 1/2
// for K (f₀ carrying its factor 2 for Y is applied by the caller), that
// is f = (μπ/sin μπ)(cosh σ·Γ₁ + (sinh σ/σ)·ln(2/x)·Γ₂), p = (x/2)^(-μ)Γ(1+μ),
// q = (x/2)^μ Γ(1-μ), σ = μ ln(2/x).
func besselTemmeCommon(mu, x float64) (f, p, q float64) {
	g1, g2 := besselTemmeGammas(mu)
	l := math.Ln2 - logx(x) // ln(2/x), also for subnormal x
	sigma := mu * l
	// e = (x/2)^(-μ) = e^σ from math.Pow, exact to an ulp: math.Exp(σ)
	// would carry σ's rounding error, σ·2⁻⁵³ ≈ 4e-14 at x = 1e-300.
	e := math.Pow(x, -mu) * math.Pow(2, mu)
	ch := (e + 1/e) / 2 // cosh σ
	shs := 1.0          // sinh σ / σ
	switch {
	case math.Abs(sigma) < 0.5:
		if sigma != 0 {
			shs = math.Sinh(sigma) / sigma
		}
	default:
		shs = (e - 1/e) / (2 * sigma)
	}
	fact := 1.0 // μπ / sin μπ
	if mu != 0 {
		fact = math.Pi * mu / sinPi(mu)
	}
	f = fact * (ch*g1 + shs*l*g2)
	p = e / (g2 - mu*g1)
	q = 1 / (e * (g2 + mu*g1))
	return f, p, q
}

// besselYTemme returns Y_μ(x) and Y_{μ+1}(x) for |μ| ≤ 1/2 and 0 < x < 2
// by Temme's series, as mantissas y0, y1 and a binary exponent e (the
// values are y0·2^e, y1·2^e; Y_{μ+1} overflows for tiny x).
func besselYTemme(mu, x float64) (y0, y1 float64, e int) {
	f, p, q := besselTemmeCommon(mu, x)
	f *= 2 / math.Pi
	p /= math.Pi
	q /= math.Pi
	r := 0.0 // (2/μ) sin²(μπ/2)
	if mu != 0 {
		s := sinPi(mu / 2)
		r = 2 * s * s / mu
	}
	c := 1.0
	d := -x * x / 4
	g := f + r*q
	s0 := g // Σ c_k g_k
	s1 := p // Σ c_k (p_k - k g_k)
	for k := 1; k < 200; k++ {
		fk := float64(k)
		f = (fk*f + p + q) / (fk*fk - mu*mu)
		p /= fk - mu
		q /= fk + mu
		c *= d / fk
		g = f + r*q
		t0 := c * g
		t1 := c * (p - fk*g)
		s0 += t0
		s1 += t1
		if math.Abs(t0) < 1e-17*math.Abs(s0) && math.Abs(t1) < 1e-17*math.Abs(s1) {
			break
		}
	}
	// Y_μ = -s0, Y_{μ+1} = -(2/x)·s1, with 2/x split as (2/m)·2^(-ex).
	if x >= 0x1p-500 {
		return -s0, -2 / x * s1, 0
	}
	m, ex := math.Frexp(x)
	return math.Ldexp(-s0, ex), -2 / m * s1, -ex
}

// besselJRatio returns J_{v+1}(x)/J_v(x) from the continued fraction
// 1/(2(v+1)/x - 1/(2(v+2)/x - …)) by the modified Lentz method; it
// converges in about max(x-v, 0) + 30 terms.
func besselJRatio(v, x float64) float64 {
	return besselRatioCF(v, x, -1)
}

// besselIRatio returns I_{v+1}(x)/I_v(x) from 1/(2(v+1)/x + 1/(2(v+2)/x + …)).
func besselIRatio(v, x float64) float64 {
	return besselRatioCF(v, x, 1)
}

// besselRatioCF evaluates 1/(b₁ + s/(b₂ + s/(b₃ + …))), b_k = 2(v+k)/x.
func besselRatioCF(v, x, s float64) float64 {
	const tiny = 0x1p-1000
	if x < 1e-150 {
		// the ratio is x/(2(v+1))·(1 + O(x²)), and 2/x may overflow
		return x / (2 * (v + 1))
	}
	// The convergents A_n/B_n of K = b₁ + s/(b₂ + s/(b₃ + …)) by the
	// forward recurrence A_n = b_{n+1}·A_{n-1} + s·A_{n-2} (B alike), the
	// ratio B/A: unlike Lentz's method, no division in the dependency chain
	// from one step to the next. A and B are rescaled together (exactly,
	// by a power of 2) before they can overflow or underflow.
	xi := 2 / x
	a2, a1 := 1.0, (v+1)*xi // A_{-1}, A_0
	b2, b1 := 0.0, 1.0      // B_{-1}, B_0
	h := b1 / a1
	for k := 2; k < 10_000_000; k++ {
		bk := (v + float64(k)) * xi
		a2, a1 = a1, bk*a1+s*a2
		b2, b1 = b1, bk*b1+s*b2
		hn := b1 / a1
		if math.Abs(hn-h) < 1e-16*math.Abs(hn) || math.IsNaN(hn) {
			return hn
		}
		h = hn
		if m := math.Abs(a1); m > 0x1p500 || (m < 0x1p-500 && m != 0) {
			_, e := math.Frexp(a1)
			a1, a2 = math.Ldexp(a1, -e), math.Ldexp(a2, -e)
			b1, b2 = math.Ldexp(b1, -e), math.Ldexp(b2, -e)
		}
	}
	return h
}

// besselJYSteed returns J_μ(x), Y_μ(x) and Y_{μ+1}(x) for |μ| ≤ 1/2 and
// x ≥ 2 by Steed's method: the continued fraction for
// p + iq = (J'_μ + iY'_μ)/(J_μ + iY_μ)
// = -1/(2x) + i + (i/x)·((1/2)²-μ²)/(2(x+i) + ((3/2)²-μ²)/(2(x+2i) + …)),
// the ratio f = J'_μ/J_μ from besselJRatio, and the Wronskian
// J_μY'_μ - J'_μY_μ = 2/(πx). The common sign of J_μ and Y_μ, which the
// Wronskian leaves open, is the one whose phase atan2(Y, J) is nearest
// the first terms of Hankel's phase x - (μ/2+1/4)π + (4μ²-1)/(8x).
func besselJYSteed(mu, x float64) (j, y, y1 float64) {
	const tiny = 0x1p-1000
	// Lentz for h = a1/(b1 + a2/(b2 + …)), a_k = (k-1/2)² - μ², b_k = 2(x + ik).
	hh := complex(tiny, 0)
	c := hh
	d := complex(0, 0)
	for k := 1; k < 100000; k++ {
		fk := float64(k)
		a := complex((fk-0.5)*(fk-0.5)-mu*mu, 0)
		b := complex(2*x, 2*fk)
		d = b + a*d
		if d == 0 {
			d = complex(tiny, 0)
		}
		c = b + a/c
		if c == 0 {
			c = complex(tiny, 0)
		}
		d = 1 / d
		delta := c * d
		hh *= delta
		if math.Abs(real(delta)-1)+math.Abs(imag(delta)) < 1e-16 {
			break
		}
	}
	pq := complex(-0.5/x, 1) + complex(0, 1/x)*hh
	p, q := real(pq), imag(pq)
	f := mu/x - besselJRatio(mu, x)
	w := 2 / (math.Pi * x)
	gam := (p - f) / q
	j = math.Sqrt(w / (q + gam*(p-f)))
	y = gam * j
	if math.IsInf(gam, 0) || math.IsNaN(y) {
		// J_μ(x) = 0 to working precision: Y_μ = ±sqrt(w/q).
		j, y = 0, math.Sqrt(w/q)
	}
	// sign from the approximate phase
	th := x - (mu/2+0.25)*math.Pi + (4*mu*mu-1)/(8*x)
	sn, cs := math.Sincos(th)
	if j*cs+y*sn < 0 {
		j, y = -j, -y
	}
	yp := p*y + q*j // Y'_μ
	y1 = mu/x*y - yp
	return j, y, y1
}

// besselHankel returns J_ν(x) and Y_ν(x) for x ≥ 25 and |ν| ≤ 3/2 from
// Hankel's expansions J = √(2/(πx))(P cos χ - Q sin χ),
// Y = √(2/(πx))(P sin χ + Q cos χ), χ = x - (ν/2+1/4)π, summed until the
// terms stop decreasing or fall below 1e-17. cos χ and sin χ are formed
// from math.Sincos(x), whose argument reduction is exact, so the phase is
// right also for x = 1e15.
func besselHankel(nu, x float64) (j, y float64) {
	m := 4 * nu * nu
	var pp, qq float64
	a := 1.0
	prev := math.Inf(1)
	for k := 0; k < 200; k++ {
		if k > 0 {
			fk := float64(k)
			a *= (m - (2*fk-1)*(2*fk-1)) / (8 * fk * x)
		}
		at := math.Abs(a)
		if at > prev {
			break
		}
		switch k % 4 {
		case 0:
			pp += a
		case 1:
			qq += a
		case 2:
			pp -= a
		case 3:
			qq -= a
		}
		if at < 1e-17*math.Abs(pp) || a == 0 {
			break
		}
		prev = at
	}
	sx, cx := math.Sincos(x)
	ph := nu/2 + 0.25
	sp, cp := sinPi(ph), cosPi(ph)
	cchi := cx*cp + sx*sp
	schi := sx*cp - cx*sp
	s := math.Sqrt(2/math.Pi) / math.Sqrt(x) // √(2/(πx)) without overflow of πx
	return s * (pp*cchi - qq*schi), s * (pp*schi + qq*cchi)
}

// besselJY returns J_v(x) and Y_v(x) for v ≥ 0 and finite x > 0. Y_v
// overflows to -Inf and J_v underflows to 0 where the true values do.
//
// Orders v ≥ 2000 with x ≤ v/2 give exactly 0 and -Inf (J_v(v/2) < e^(-0.45v)
// underflows); orders above besselMaxRecur with x ≥ v² use Hankel's
// expansion of order v directly, and between v/2 and v² such orders give
// NaN: the recurrence would take v steps (SciPy returns NaN for Y there).
func besselJY(v, x float64) (j, y float64) {
	switch {
	case v == 0:
		return besselJ0(x), math.Y0(x)
	case v == 1:
		return math.J1(x), math.Y1(x)
	case v >= 2000 && x <= v/2:
		return 0, math.Inf(-1)
	case v > besselMaxRecur:
		if x >= v*v {
			return besselHankel(v, x)
		}
		return math.NaN(), math.NaN()
	}
	n := math.Floor(v + 0.5)
	mu := v - n
	nn := int(n)
	var y0, y1 float64 // Y_μ, Y_{μ+1} mantissas
	e := 0             // binary exponent of the Y mantissas
	forwardJ := false
	var j0, j1 float64
	switch {
	case x < 2:
		y0, y1, e = besselYTemme(mu, x)
	case x < besselHankelX:
		var jmu float64
		jmu, y0, y1 = besselJYSteed(mu, x)
		if nn == 0 {
			return jmu, y0
		}
	default:
		j0, y0 = besselHankel(mu, x)
		if nn == 0 && v <= x {
			return j0, y0
		}
		j1, y1 = besselHankel(mu+1, x)
		forwardJ = v <= x
	}
	if forwardJ {
		// both solutions oscillate below the turning point: the recurrence
		// is neutrally stable for J and Y alike.
		for k := 0; k < nn; k++ {
			t := 2 * (mu + float64(k) + 1) / x
			j0, j1 = j1, t*j1-j0
			y0, y1 = y1, t*y1-y0
		}
		return j0, y0
	}
	// Y_{ν+1} = (2ν/x) Y_ν - Y_{ν-1} from ν = μ+1 up to v, rescaling the
	// mantissas when they grow past 1 (one step may multiply by 2(v+1)/x).
	for k := 0; k < nn; k++ {
		if a := math.Abs(y1); a > 1 && !math.IsInf(a, 0) {
			_, s := math.Frexp(y1)
			y0 = math.Ldexp(y0, -s)
			y1 = math.Ldexp(y1, -s)
			e += s
		}
		t := 2 * (mu + float64(k) + 1) / x
		y0, y1 = y1, t*y1-y0
	}
	// now y0 = Y_v, y1 = Y_{v+1} (×2^e); J_v(R·Y_v - Y_{v+1}) = 2/(πx).
	r := besselJRatio(v, x)
	jm := (2 / math.Pi) / (x * (r*y0 - y1))
	return math.Ldexp(jm, -e), math.Ldexp(y0, e)
}

// besselKTemme returns K_μ(x) and K_{μ+1}(x) for |μ| ≤ 1/2 and 0 < x < 2
// by Temme's series, as mantissas and a binary exponent like besselYTemme.
func besselKTemme(mu, x float64) (k0, k1 float64, e int) {
	f, p, q := besselTemmeCommon(mu, x)
	p /= 2
	q /= 2
	c := 1.0
	d := x * x / 4
	s0 := f // Σ c_k f_k
	s1 := p // Σ c_k (p_k - k f_k)
	for k := 1; k < 200; k++ {
		fk := float64(k)
		f = (fk*f + p + q) / (fk*fk - mu*mu)
		p /= fk - mu
		q /= fk + mu
		c *= d / fk
		t0 := c * f
		t1 := c * (p - fk*f)
		s0 += t0
		s1 += t1
		if math.Abs(t0) < 1e-17*math.Abs(s0) && math.Abs(t1) < 1e-17*math.Abs(s1) {
			break
		}
	}
	if x >= 0x1p-500 {
		return s0, 2 / x * s1, 0
	}
	m, ex := math.Frexp(x)
	return math.Ldexp(s0, ex), 2 / m * s1, -ex
}

// besselKHankel returns e^x·K_ν(x) for x ≥ 25 and |ν| ≤ 3/2 from the
// asymptotic expansion √(π/(2x))·Σ a_k(ν)/x^k, a_k = Π(4ν²-(2j-1)²)/(k!8^k),
// summed while its terms decrease (the smallest is below 1e-20).
func besselKHankel(nu, x float64) float64 {
	m := 4 * nu * nu
	s, a := 1.0, 1.0
	prev := math.Inf(1)
	for k := 1; k < 200; k++ {
		fk := float64(k)
		a *= (m - (2*fk-1)*(2*fk-1)) / (8 * fk * x)
		at := math.Abs(a)
		if at > prev || a == 0 {
			break
		}
		s += a
		if at < 1e-17*math.Abs(s) {
			break
		}
		prev = at
	}
	return math.Sqrt(math.Pi/2) / math.Sqrt(x) * s
}

// besselIHankel returns e^(-x)·I_ν(x) from the asymptotic expansion
// Σ (-1)^k a_k(ν)/x^k / √(2πx), or ok = false where its terms do not fall
// below 1e-17 (the neglected part, of relative size e^(-2x), is far below
// that for x ≥ 25).
func besselIHankel(nu, x float64) (float64, bool) {
	m := 4 * nu * nu
	s, a := 1.0, 1.0
	prev := math.Inf(1)
	for k := 1; k < 300; k++ {
		fk := float64(k)
		a *= -(m - (2*fk-1)*(2*fk-1)) / (8 * fk * x)
		at := math.Abs(a)
		if at > prev {
			return 0, false
		}
		s += a
		if at < 1e-17*math.Abs(s) || a == 0 {
			return s / math.Sqrt(2*math.Pi) / math.Sqrt(x), true
		}
		prev = at
	}
	return 0, false
}

// besselIKScaled returns e^(-x)·I_v(x) and e^x·K_v(x) for v ≥ 0 and finite
// x > 0 as mantissas with binary exponents: Ive = im·2^(-e), Kve = km·2^e.
// Orders v ≥ besselDebyeV use Debye's expansion (besselIKDebye) instead.
func besselIKScaled(v, x float64) (im, km float64, e int) {
	k0, k1, e := besselKScaled(v, x)
	if x >= besselHankelX && x >= v*v {
		if iv, ok := besselIHankel(v, x); ok {
			return math.Ldexp(iv, e), k0, e
		}
	}
	// I_v K_{v+1} + I_{v+1} K_v = 1/x with I_{v+1} = r·I_v.
	r := besselIRatio(v, x)
	return 1 / (x * (k1 + r*k0)), k0, e
}

// besselKScaled returns e^x·K_v(x) = k0·2^e and e^x·K_{v+1}(x) = k1·2^e
// for v ≥ 0 and finite x > 0 (the K half of besselIKScaled, without the
// continued fraction that I_v needs).
func besselKScaled(v, x float64) (k0, k1 float64, e int) {
	n := math.Floor(v + 0.5)
	mu := v - n
	nn := int(n)
	switch {
	case x < 2:
		k0, k1, e = besselKTemme(mu, x)
		ex := math.Exp(x)
		k0 *= ex
		k1 *= ex
	case x < besselHankelX:
		k0, k1 = besselKSteed(mu, x)
	default:
		k0 = besselKHankel(mu, x)
		k1 = besselKHankel(mu+1, x)
	}
	// K_{ν+1} = (2ν/x) K_ν + K_{ν-1}: all terms positive, stable.
	for k := 0; k < nn; k++ {
		if k1 > 1 && !math.IsInf(k1, 0) {
			_, s := math.Frexp(k1)
			k0 = math.Ldexp(k0, -s)
			k1 = math.Ldexp(k1, -s)
			e += s
		}
		t := 2 * (mu + float64(k) + 1) / x
		k0, k1 = k1, t*k1+k0
	}
	return k0, k1, e
}

// besselDebyeV is the order from which I_v and K_v come from Debye's
// uniform expansion: at v ≥ 50 its terms u_k(t)/v^k fall below 1e-17 by
// k = 12 for every x.
const besselDebyeV = 50

// besselDebyeU holds the coefficients (of t^0, t^1, …) of Debye's
// polynomials u_0 … u_15, from u_0 = 1 and
// u_{k+1}(t) = t²(1-t²)u_k'(t)/2 + (1/8)∫₀ᵗ (1-5s²) u_k(s) ds.
var besselDebyeU = func() [16][]float64 {
	var u [16][]float64
	u[0] = []float64{1}
	for k := 0; k+1 < len(u); k++ {
		a := u[k]
		next := make([]float64, len(a)+3)
		for j := 1; j < len(a); j++ {
			d := float64(j) * a[j] // coefficient of t^(j-1) in u_k'
			next[j+1] += d / 2     // t²/2 · u_k'
			next[j+3] -= d / 2     // -t⁴/2 · u_k'
		}
		for j := range a {
			next[j+1] += a[j] / (8 * float64(j+1))
			next[j+3] -= 5 * a[j] / (8 * float64(j+3))
		}
		u[k+1] = next
	}
	return u
}()

// besselIKDebye returns I_v(x) and K_v(x) for v ≥ besselDebyeV and finite
// x > 0 in the form I_v(x)·e^(-x) = im·exp(l), K_v(x)·e^x = km·exp(-l),
// from Debye's expansions with z = x/v, s = √(v²+x²), t = v/s:
// I_v(x) = e^(vη)/√(2πs)·Σ u_k(t)/v^k, K_v(x) = √(π/(2s))·e^(-vη)·Σ (-1)^k u_k(t)/v^k,
// vη = s + v·ln(x/(v+s)). The exponent l = vη - x = v²/(s+x) + v·ln(x/(v+s)),
// of size up to v·|ln x|, is carried in double-double: a float64 exponent
// of size 700 would already cost 1e-13 of relative accuracy.
func besselIKDebye(v, x float64) (im, km float64, l dd) {
	if v > 1e150 || x > 1e150 {
		// v² or x² overflows. With z = x/v, sq = √(1+z²):
		// l = v/(sq+z) - v·log1p((1 + 1/(sq+z))/z), free of cancellation
		// for large z (where l ≈ -v²/(2x) is small); for huge v it is far
		// beyond the float64 range unless z is within 1e-140 of the root
		// of l, so float64 arithmetic suffices.
		z := x / v
		sq := math.Hypot(1, z)
		lf := v/(sq+z) - v*math.Log1p((1+1/(sq+z))/z)
		t := 1 / sq
		si, sk := besselDebyeSums(v, t)
		rs := math.Sqrt(v) * math.Sqrt(sq) // √s
		return si / (math.Sqrt(2*math.Pi) * rs), sk * math.Sqrt(math.Pi/2) / rs, dd{lf, 0}
	}
	v2 := dd{}
	v2.hi, v2.lo = twoProd(v, v)
	x2 := dd{}
	x2.hi, x2.lo = twoProd(x, x)
	a := v2.add(x2)
	s0 := math.Sqrt(a.hi)
	sq, sqe := twoProd(s0, s0)
	s := fastTwoSum(s0, ((a.hi-sq)-sqe+a.lo)/(2*s0))
	l = v2.div(s.addF(x)).add(logDD(x).sub(logDD2(s.addF(v))).mulF(v))
	si, sk := besselDebyeSums(v, v/s.hi)
	return si / math.Sqrt(2*math.Pi*s.hi), sk * math.Sqrt(math.Pi/(2*s.hi)), l
}

// besselDebyeSums returns Σ u_k(t)/v^k and Σ (-1)^k u_k(t)/v^k, summed
// until the terms fall below 1e-17.
func besselDebyeSums(v, t float64) (si, sk float64) {
	vk := 1.0
	for k, c := range besselDebyeU {
		var p float64
		for j := len(c) - 1; j >= 0; j-- {
			p = p*t + c[j]
		}
		term := p * vk
		si += term
		if k%2 == 0 {
			sk += term
		} else {
			sk -= term
		}
		if k > 0 && math.Abs(term) < 1e-17 {
			break
		}
		vk /= v
	}
	return si, sk
}

// besselIKCore returns I_v(x)·e^(-x) = im·exp(l) and K_v(x)·e^x = km·exp(-l)
// for v ≥ 0 and finite x > 0 (l in double-double; see besselExpDD).
func besselIKCore(v, x float64) (im, km float64, l dd) {
	if v >= besselDebyeV {
		return besselIKDebye(v, x)
	}
	im, km, e := besselIKScaled(v, x)
	return im, km, ddLn2.mulF(float64(-e))
}

// besselKCore is the K half of besselIKCore: K_v(x)·e^x = km·exp(-l).
func besselKCore(v, x float64) (km float64, l dd) {
	if v >= besselDebyeV {
		_, km, l = besselIKDebye(v, x)
		return km, l
	}
	km, _, e := besselKScaled(v, x)
	return km, ddLn2.mulF(float64(-e))
}

// besselExpDD returns m·exp(l) for a double-double l, overflowing and
// underflowing only where the exact value does: exp(l) = 2^k·exp(r) with
// r = l - k·ln 2 reduced in double-double, |r| ≤ 0.35.
func besselExpDD(m float64, l dd) float64 {
	if m == 0 || math.IsNaN(m) || math.IsInf(m, 0) {
		return m
	}
	switch {
	case l.hi > 1e6:
		return math.Copysign(math.Inf(1), m)
	case l.hi < -1e6:
		return math.Copysign(0, m)
	}
	k := math.Round(l.hi / math.Ln2)
	p, pe := twoProd(k, ddLn2.hi)
	r := (l.hi - p) - pe - k*ddLn2.lo + l.lo
	return math.Ldexp(m*math.Exp(r), int(k))
}
