package special

import "math"

// Legendre's elliptic integrals in SciPy's parameter convention
// (m = k², the square of the modulus), through Carlson's symmetric forms
// (ellip_carlson.go), DLMF 19.25:
//
//	K(m)    = RF(0, 1-m, 1)
//	E(m)    = 2·RG(0, 1-m, 1)
//	F(φ|m)  = sin φ · RF(cos²φ, 1-m sin²φ, 1)
//	E(φ|m)  = sin φ · RF(…) - (m/3) sin³φ · RD(cos²φ, 1-m sin²φ, 1)

// piHi + piLo is π to about 107 bits, for reducing φ modulo π.
const (
	ellipPiHi = 3.141592653589793116
	ellipPiLo = 1.2246467991473532e-16
)

// Ellipk returns the complete elliptic integral of the first kind
// (scipy.special.ellipk),
//
//	K(m) = ∫₀^{π/2} dθ / √(1 - m sin²θ),
//
// as Carlson's RF(0, 1-m, 1) = π/(2·AGM(1, √(1-m))) by the
// arithmetic-geometric mean (a few ulps; for m close to 1 use Ellipkm1,
// which takes 1-m without its rounding).
//
// Special cases are:
//
//	Ellipk(1) = +Inf
//	Ellipk(-Inf) = 0
//	Ellipk(m) = NaN for m > 1 or m = NaN
func Ellipk(m float64) float64 {
	switch {
	case math.IsNaN(m) || m > 1:
		return math.NaN()
	case m == 1:
		return math.Inf(1)
	}
	return Ellipkm1(1 - m)
}

// Ellipkm1 returns the complete elliptic integral of the first kind at
// m = 1-p (scipy.special.ellipkm1), K(1-p) = RF(0, p, 1) = π/(2·AGM(1, √p))
// by the arithmetic-geometric mean (a few ulps), accurate for small p where
// K(m) grows like ½·log(16/p).
//
// Special cases are:
//
//	Ellipkm1(0) = +Inf
//	Ellipkm1(+Inf) = 0
//	Ellipkm1(p) = NaN for p < 0 or p = NaN
func Ellipkm1(p float64) float64 {
	switch {
	case math.IsNaN(p) || p < 0:
		return math.NaN()
	case p == 0:
		return math.Inf(1)
	case math.IsInf(p, 1):
		return 0
	}
	return ellipKAGM(p)
}

// ellipKAGM is K(1-p) = π/(2·AGM(1, √p)) for finite p > 0: the
// arithmetic-geometric mean converges quadratically (about six steps for
// p in [1e-300, 1e300]) to a few ulps, and costs one square root a step
// where RF(0, p, 1) costs three.
func ellipKAGM(p float64) float64 {
	a, g := 1.0, math.Sqrt(p)
	if p > 1 {
		// AGM(1, √p) = √p·AGM(1/√p, 1): keep the arguments near 1 so that
		// a·g cannot overflow for p near the largest float.
		a, g = 1/g, 1
		for range 64 {
			if math.Abs(a-g) <= 0x1p-52*a {
				break
			}
			a, g = (a+g)/2, math.Sqrt(a*g)
		}
		return math.Pi / (2 * math.Sqrt(p) * (a + g) / 2)
	}
	for range 64 {
		if math.Abs(a-g) <= 0x1p-52*a {
			break
		}
		a, g = (a+g)/2, math.Sqrt(a*g)
	}
	return math.Pi / (a + g)
}

// Ellipe returns the complete elliptic integral of the second kind
// (scipy.special.ellipe),
//
//	E(m) = ∫₀^{π/2} √(1 - m sin²θ) dθ,
//
// as 2·RG(0, 1-m, 1) written with non-negative terms: for 0 ≤ m ≤ 1
// (1-m)·RF(0, 1, 1-m) + m(1-m)/3·RD(0, 1, 1-m), and for m < 0
// RF(0, 1-m, 1) - m/3·RD(0, 1-m, 1) (a few ulps, also as m → 1 where
// E(m) → 1 and as m → -∞ where E grows like √-m).
//
// Special cases are:
//
//	Ellipe(1) = 1
//	Ellipe(-Inf) = +Inf
//	Ellipe(m) = NaN for m > 1 or m = NaN
func Ellipe(m float64) float64 {
	switch {
	case math.IsNaN(m) || m > 1:
		return math.NaN()
	case m == 1:
		return 1
	case math.IsInf(m, -1):
		return math.Inf(1)
	}
	return ellipE(m, 1-m)
}

// ellipE is E(m) for finite m < 1 with p = 1-m given separately.
func ellipE(m, p float64) float64 {
	if m >= 0 {
		return p*EllipRF(0, 1, p) + m*p/3*EllipRD(0, 1, p)
	}
	return EllipRF(0, p, 1) - m/3*EllipRD(0, p, 1)
}

// ellipReduce splits |φ| = nπ + r, |r| ≤ π/2, with r computed in
// double-double (π to 107 bits), and returns n, the sign of r and
// sin|r|, cos|r|. Where |r| is within π/4 of π/2, cos|r| is computed as
// sin(π/2 - |r|) from the double-double difference, so that it keeps its
// relative accuracy next to π/2, where F(φ|m) for m near 1 is most
// sensitive to it. c < 0 means |r| exceeds π/2 by rounding.
func ellipReduce(phi float64) (n, sign, s, c float64) {
	ax := math.Abs(phi)
	rh, rl := ax, 0.0
	if ax > ellipPiHi/2 {
		n = math.Round(ax / math.Pi)
		ph, pl := twoProd(n, ellipPiHi)
		sh, sl := twoSum(ax, -ph)
		rh, rl = twoSum(sh, sl-pl-n*ellipPiLo)
	}
	sign = 1
	if rh < 0 {
		sign, rh, rl = -1, -rh, -rl
	}
	if rh > math.Pi/4 {
		dh := ellipPiHi/2 - rh // exact (Sterbenz)
		d := dh + (ellipPiLo/2 - rl)
		c, s = math.Sincos(d)
		return n, sign, s, c
	}
	s, c = math.Sincos(rh)
	s += c * rl
	return n, sign, s, c
}

// ellipDelta2 returns 1 - m sin²φ given s = sin φ, c = cos φ and m ≤ 1,
// written without cancellation: (1-m) + m cos²φ where m sin²φ is close to 1.
func ellipDelta2(m, s, c float64) float64 {
	ms := m * s * s
	if m <= 0 || ms < 0.5 {
		return 1 - ms
	}
	return (1 - m) + m*c*c
}

// Ellipkinc returns the incomplete elliptic integral of the first kind
// (scipy.special.ellipkinc),
//
//	F(φ|m) = ∫₀^φ dθ / √(1 - m sin²θ),
//
// as sin φ·RF(cos²φ, 1-m sin²φ, 1) for |φ| ≤ π/2 and by the
// quasi-periodicity F(φ + nπ|m) = F(φ|m) + 2n·K(m) beyond (a few ulps
// relative to the result, plus the rounding of φ - nπ in double-double).
//
// Special cases are:
//
//	Ellipkinc(±0, m) = ±0
//	Ellipkinc(±Inf, m) = ±Inf for finite m ≤ 1
//	Ellipkinc(φ, 1) = +Inf for |φ| ≥ π/2, of either sign, as SciPy
//	  (artanh(sin φ) within)
//	Ellipkinc(φ, -Inf) = 0 for finite φ, NaN for infinite φ
//	Ellipkinc(φ, m) = NaN for m > 1 (as SciPy) or a NaN argument
func Ellipkinc(phi, m float64) float64 {
	switch {
	case math.IsNaN(phi) || math.IsNaN(m) || m > 1:
		return math.NaN()
	case math.IsInf(m, -1):
		if math.IsInf(phi, 0) {
			return math.NaN()
		}
		return 0
	case math.IsInf(phi, 0) || phi == 0:
		return phi
	case m == 1 && math.Abs(phi) >= math.Pi/2:
		return math.Inf(1) // unsigned, as SciPy
	}
	n, sign, s, c := ellipReduce(phi)
	f := ellipFsc(s, math.Abs(c), m)
	if c < 0 {
		f = 2*Ellipk(m) - f
	}
	f = sign * f
	if n != 0 {
		f += 2 * n * Ellipk(m)
	}
	return math.Copysign(f, phi)
}

// ellipFsc is F(φ|m) for 0 ≤ φ ≤ π/2 given s = sin φ, c = cos φ ≥ 0, and
// finite m ≤ 1.
func ellipFsc(s, c, m float64) float64 {
	if c == 0 {
		return Ellipk(m)
	}
	return s * EllipRF(c*c, ellipDelta2(m, s, c), 1)
}

// Ellipeinc returns the incomplete elliptic integral of the second kind
// (scipy.special.ellipeinc),
//
//	E(φ|m) = ∫₀^φ √(1 - m sin²θ) dθ,
//
// for |φ| ≤ π/2 and 0 < m ≤ 1 as (1-m)·F(φ|m) + m(1-m)/3·sin³φ·
// RD(cos²φ, 1, Δ²) + m·sin φ cos φ/Δ with Δ² = 1 - m sin²φ (DLMF
// 19.25.9, every term non-negative), for m ≤ 0 as sin φ·RF(cos²φ, Δ², 1)
// - (m/3)·sin³φ·RD(cos²φ, Δ², 1), and beyond π/2 by the quasi-periodicity
// E(φ + nπ|m) = E(φ|m) + 2n·E(m) (a few ulps relative to the result).
//
// Special cases are:
//
//	Ellipeinc(±0, m) = ±0 for m > -Inf
//	Ellipeinc(±Inf, m) = ±Inf for m ≤ 1
//	Ellipeinc(φ, -Inf) = +Inf for finite φ, of either sign, as SciPy
//	Ellipeinc(φ, m) = NaN for m > 1 (as SciPy) or a NaN argument
func Ellipeinc(phi, m float64) float64 {
	switch {
	case math.IsNaN(phi) || math.IsNaN(m) || m > 1:
		return math.NaN()
	case math.IsInf(phi, 0):
		return phi
	case math.IsInf(m, -1):
		return math.Inf(1) // unsigned, as SciPy
	case phi == 0:
		return phi
	}
	n, sign, s, c := ellipReduce(phi)
	e := ellipEsc(s, math.Abs(c), m)
	if c < 0 {
		e = 2*Ellipe(m) - e
	}
	e = sign * e
	if n != 0 {
		e += 2 * n * Ellipe(m)
	}
	return math.Copysign(e, phi)
}

// ellipEsc is E(φ|m) for 0 ≤ φ ≤ π/2 given s = sin φ, c = cos φ ≥ 0, and
// finite m ≤ 1.
func ellipEsc(s, c, m float64) float64 {
	if c == 0 {
		return Ellipe(m)
	}
	if m == 1 {
		return s
	}
	c2 := c * c
	d2 := ellipDelta2(m, s, c)
	s3 := s * s * s
	if m <= 0 {
		return s*EllipRF(c2, d2, 1) - m/3*s3*EllipRD(c2, d2, 1)
	}
	p := 1 - m
	return p*s*EllipRF(c2, d2, 1) + m*p/3*s3*EllipRD(c2, 1, d2) + m*s*c/math.Sqrt(d2)
}
