package special

import "math"

// Carlson's symmetric elliptic integrals, real arguments, by Carlson's
// duplication algorithm (B. C. Carlson, "Numerical computation of real or
// complex elliptic integrals", Numer. Algorithms 10 (1995) 13-26): each
// duplication step x ← (x+λ)/4 with λ = √x√y + √y√z + √z√x divides the
// spread of the arguments by 4 without changing the integral; once the
// normalized deviations (A₀-x)/(4ⁿA) are below ellipDupTol a fifth-order
// Taylor polynomial in the elementary symmetric functions of the deviations
// gives the value to a few ulps. Arguments beyond 2^±1000 are rescaled by
// a power of 4 first (the integrals are homogeneous), so that no sum
// overflows and subnormal inputs keep their precision.

// ellipDupTol bounds the normalized deviations before the series is used:
// the series' truncation error is of order tol⁶ ≈ 1e-18.
const ellipDupTol = 1e-3

// ellipScale returns a power of 4, s, such that s·max(args) is well inside
// the normal range, or 1 when no rescaling is needed. The integrals are
// homogeneous of degree -1/2 (RF, RC), -3/2 (RD, RJ) and 1/2 (RG), and
// √s is exact.
func ellipScale(args ...float64) float64 {
	var mx float64
	mn := math.Inf(1)
	for _, a := range args {
		a = math.Abs(a)
		mx = max(mx, a)
		if a != 0 {
			mn = min(mn, a)
		}
	}
	switch {
	case mx > 0x1p1000:
		return 0x1p-200
	case mx < 0x1p-900 && mx > 0:
		return 0x1p400
	case mn < 0x1p-1000 && mx < 0x1p100:
		// Subnormal arguments beside ordinary ones: raising them to the
		// normal range keeps their precision in the sums.
		return 0x1p100
	}
	return 1
}

// EllipRF returns Carlson's completely symmetric elliptic integral of the
// first kind (scipy.special.elliprf, real arguments),
//
//	RF(x, y, z) = ½ ∫₀^∞ dt / √((t+x)(t+y)(t+z)),
//
// by Carlson's duplication algorithm (relative error a few ulps).
//
// Special cases are:
//
//	EllipRF(x, y, z) = NaN if an argument is negative or NaN
//	EllipRF(x, y, z) = +Inf if two arguments are zero
//	EllipRF(x, y, z) = 0 if an argument is +Inf (and none is NaN or negative)
func EllipRF(x, y, z float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsNaN(y) || math.IsNaN(z) || x < 0 || y < 0 || z < 0:
		return math.NaN()
	case math.IsInf(x, 1) || math.IsInf(y, 1) || math.IsInf(z, 1):
		return 0
	case (x == 0 && y == 0) || (y == 0 && z == 0) || (x == 0 && z == 0):
		return math.Inf(1)
	}
	if s := ellipScale(x, y, z); s != 1 {
		return ellipRF(x*s, y*s, z*s) * math.Sqrt(s)
	}
	return ellipRF(x, y, z)
}

// ellipRF is RF for finite non-negative arguments, at most one zero.
func ellipRF(x, y, z float64) float64 {
	a0 := (x + y + z) / 3
	x0, y0 := x, y
	q := max(math.Abs(a0-x), math.Abs(a0-y), math.Abs(a0-z)) / ellipDupTol
	a := a0
	f := 1.0 // 4⁻ⁿ
	for q*f > math.Abs(a) {
		sx, sy, sz := math.Sqrt(x), math.Sqrt(y), math.Sqrt(z)
		lam := sx*sy + sy*sz + sz*sx
		x, y, z = (x+lam)/4, (y+lam)/4, (z+lam)/4
		a = (a + lam) / 4
		f /= 4
	}
	X := (a0 - x0) / a * f
	Y := (a0 - y0) / a * f
	Z := -(X + Y)
	e2 := X*Y - Z*Z
	e3 := X * Y * Z
	p := 1 - e2/10 + e3/14 + e2*e2/24 - 3*e2*e3/44
	return p / math.Sqrt(a)
}

// EllipRC returns Carlson's degenerate elliptic integral
// (scipy.special.elliprc, real arguments),
//
//	RC(x, y) = RF(x, y, y) = ½ ∫₀^∞ dt / ((t+y)√(t+x)),
//
// and for y < 0 its Cauchy principal value √(x/(x-y))·RC(x-y, -y), by
// Carlson's duplication algorithm (a few ulps; no cancellation near x = y
// where the closed forms in arctan and artanh lose digits).
//
// Special cases are:
//
//	EllipRC(x, y) = NaN if x < 0 or an argument is NaN
//	EllipRC(x, 0) = NaN (SciPy's value; the integral diverges)
//	EllipRC(0, y) = π/(2√y) for y > 0
//	EllipRC(x, y) = 0 if x or y is +Inf
func EllipRC(x, y float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsNaN(y) || x < 0:
		return math.NaN()
	case y == 0:
		return math.NaN() // SciPy's value (the integral diverges)
	case math.IsInf(x, 1) || math.IsInf(y, 0):
		return 0
	case y < 0:
		if x == 0 {
			return 0 // the principal value vanishes: √(x/(x-y)) = 0
		}
		d := x - y
		if math.IsInf(d, 1) {
			return 0
		}
		return math.Sqrt(x/d) * EllipRC(d, -y)
	}
	if s := ellipScale(x, y); s != 1 {
		return ellipRC(x*s, y*s) * math.Sqrt(s)
	}
	return ellipRC(x, y)
}

// ellipRC is RC for finite x ≥ 0, y > 0.
func ellipRC(x, y float64) float64 {
	a0, y0 := (x+2*y)/3, y
	q := math.Abs(a0-x) / ellipDupTol
	a := a0
	f := 1.0
	for q*f > math.Abs(a) {
		lam := 2*math.Sqrt(x)*math.Sqrt(y) + y
		x, y = (x+lam)/4, (y+lam)/4
		a = (a + lam) / 4
		f /= 4
	}
	s := (y0 - a0) / a * f // (y₀-A₀)/(4ⁿA)
	// RC = A^(-1/2)·(1 + 3s²/10 + s³/7 + 3s⁴/8 + 9s⁵/22 + 159s⁶/208 + 9s⁷/8)
	p := 1 + s*s*(3.0/10+s*(1.0/7+s*(3.0/8+s*(9.0/22+s*(159.0/208+s*9.0/8)))))
	return p / math.Sqrt(a)
}

// EllipRD returns Carlson's elliptic integral of the second kind
// (scipy.special.elliprd, real arguments), symmetric in x and y,
//
//	RD(x, y, z) = 3/2 ∫₀^∞ dt / ((t+z)√((t+x)(t+y)(t+z))),
//
// by Carlson's duplication algorithm (a few ulps).
//
// Special cases are:
//
//	EllipRD(x, y, z) = NaN if an argument is negative or NaN
//	EllipRD(x, y, z) = +Inf if z = 0 or x = y = 0
//	EllipRD(x, y, z) = 0 if an argument is +Inf (and none is NaN or negative)
func EllipRD(x, y, z float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsNaN(y) || math.IsNaN(z) || x < 0 || y < 0 || z < 0:
		return math.NaN()
	case math.IsInf(x, 1) || math.IsInf(y, 1) || math.IsInf(z, 1):
		return 0
	case z == 0 || (x == 0 && y == 0):
		return math.Inf(1)
	}
	if s := ellipScale(x, y, z); s != 1 {
		r := math.Sqrt(s)
		return ellipRD(x*s, y*s, z*s) * (s * r)
	}
	return ellipRD(x, y, z)
}

// ellipRD is RD for finite non-negative arguments, z > 0, x+y > 0.
func ellipRD(x, y, z float64) float64 {
	a0 := (x + y + 3*z) / 5
	x0, y0 := x, y
	q := max(math.Abs(a0-x), math.Abs(a0-y), math.Abs(a0-z)) / ellipDupTol
	a := a0
	f := 1.0
	var sum float64
	for q*f > math.Abs(a) {
		sx, sy, sz := math.Sqrt(x), math.Sqrt(y), math.Sqrt(z)
		lam := sx*sy + sy*sz + sz*sx
		sum += f / (sz * (z + lam))
		x, y, z = (x+lam)/4, (y+lam)/4, (z+lam)/4
		a = (a + lam) / 4
		f /= 4
	}
	X := (a0 - x0) / a * f
	Y := (a0 - y0) / a * f
	Z := -(X + Y) / 3
	xy, z2 := X*Y, Z*Z
	e2 := xy - 6*z2
	e3 := (3*xy - 8*z2) * Z
	e4 := 3 * (xy - z2) * z2
	e5 := xy * z2 * Z
	p := 1 - 3*e2/14 + e3/6 + 9*e2*e2/88 - 3*e4/22 - 9*e2*e3/52 + 3*e5/26
	return f*p/(a*math.Sqrt(a)) + 3*sum
}

// EllipRJ returns Carlson's symmetric elliptic integral of the third kind
// (scipy.special.elliprj, real arguments),
//
//	RJ(x, y, z, p) = 3/2 ∫₀^∞ dt / ((t+p)√((t+x)(t+y)(t+z))),
//
// and for p < 0 its Cauchy principal value (Carlson 1995, eq. 2.22, which
// reduces it to RJ with a positive p, RF and RC). It uses Carlson's
// duplication algorithm (a few ulps for p > 0; the principal value can lose
// digits where its terms cancel, as SciPy's).
//
// Special cases are:
//
//	EllipRJ(x, y, z, p) = NaN if x, y or z is negative, or an argument is NaN
//	EllipRJ(x, y, z, p) = +Inf if two of x, y, z are zero
//	EllipRJ(x, y, z, 0) = NaN (SciPy's value: the integral diverges)
//	EllipRJ(x, y, z, p) = 0 if an argument is +Inf (and none is NaN or negative)
func EllipRJ(x, y, z, p float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsNaN(y) || math.IsNaN(z) || math.IsNaN(p) || x < 0 || y < 0 || z < 0:
		return math.NaN()
	case math.IsInf(x, 1) || math.IsInf(y, 1) || math.IsInf(z, 1) || math.IsInf(p, 0):
		return 0
	case (x == 0 && y == 0) || (y == 0 && z == 0) || (x == 0 && z == 0):
		return math.Inf(1)
	case p == 0:
		return math.NaN()
	case p < 0:
		return ellipRJNeg(x, y, z, -p)
	}
	// α and β are of degree 4 in the arguments: normalize the largest to
	// [1, 4) when it is far from 1 (only then, so that tiny arguments
	// beside large ones do not become subnormal).
	if mx := max(x, y, z, p); mx > 0x1p200 || mx < 0x1p-200 {
		s := ellipScaleTo1(mx)
		r := math.Sqrt(s)
		return ellipRJ(x*s, y*s, z*s, p*s) * (s * r)
	}
	return ellipRJ(x, y, z, p)
}

// ellipRJNeg is the Cauchy principal value of RJ(x, y, z, -q), q > 0:
// with x ≤ y ≤ z sorted and p = y + (z-y)(y-x)/(y+q) > 0,
//
//	(y+q)·RJ(x,y,z,-q) = (p-y)·RJ(x,y,z,p) - 3RF(x,y,z) + 3√(xyz/(xz+pq))·RC(xz+pq, pq).
func ellipRJNeg(x, y, z, q float64) float64 {
	if x > y {
		x, y = y, x
	}
	if y > z {
		y, z = z, y
	}
	if x > y {
		x, y = y, x
	}
	p := y + (z-y)*(y-x)/(y+q)
	xz := x * z
	pq := p * q
	rj := EllipRJ(x, y, z, p)
	rf := EllipRF(x, y, z)
	rc := EllipRC(xz+pq, pq)
	t := 0.0
	if x != 0 {
		t = 3 * math.Sqrt(x*y*z/(xz+pq)) * rc
	}
	return ((p-y)*rj - 3*rf + t) / (y + q)
}

// ellipRJ is RJ for finite non-negative x, y, z (at most one zero),
// p > 0, in Carlson's 1988 form (Math. Comp. 51, 267-280): each step adds
// 4⁻ᵐ·RC(αₘ, βₘ) with αₘ = (p(√x+√y+√z) + √(xyz))² and βₘ = p(p+λ)²,
// sums of positive terms, where the 1995 form RC(1, 1+eₘ) loses digits
// in 1+eₘ when eₘ is close to -1.
func ellipRJ(x, y, z, p float64) float64 {
	x0, y0, z0 := x, y, z
	a0 := (x + y + z + 2*p) / 5
	q := max(math.Abs(a0-x), math.Abs(a0-y), math.Abs(a0-z), math.Abs(a0-p)) / ellipDupTol
	a := a0
	f := 1.0 // 4⁻ᵐ
	var sum float64
	for q*f > math.Abs(a) {
		sx, sy, sz, sp := math.Sqrt(x), math.Sqrt(y), math.Sqrt(z), math.Sqrt(p)
		lam := sx*sy + sy*sz + sz*sx
		al := p*(sx+sy+sz) + sx*sy*sz
		be := sp * (p + lam)
		sum += f * ellipRCPos(al*al, be*be)
		x, y, z, p = (x+lam)/4, (y+lam)/4, (z+lam)/4, (p+lam)/4
		a = (a + lam) / 4
		f /= 4
	}
	X := (a0 - x0) / a * f
	Y := (a0 - y0) / a * f
	Z := (a0 - z0) / a * f
	P := -(X + Y + Z) / 2
	p2 := P * P
	e2 := X*Y + X*Z + Y*Z - 3*p2
	xyz := X * Y * Z
	e3 := xyz + 2*e2*P + 4*p2*P
	e4 := (2*xyz + e2*P + 3*p2*P) * P
	e5 := xyz * p2
	s := 1 - 3*e2/14 + e3/6 + 9*e2*e2/88 - 3*e4/22 - 9*e2*e3/52 + 3*e5/26
	return f*s/(a*math.Sqrt(a)) + 3*sum
}

// ellipRCPos is RC(x, y) for x ≥ 0, y > 0, rescaled when needed.
func ellipRCPos(x, y float64) float64 {
	if x == 0 {
		return math.Pi / 2 / math.Sqrt(y)
	}
	if s := ellipScale(x, y); s != 1 {
		return ellipRC(x*s, y*s) * math.Sqrt(s)
	}
	return ellipRC(x, y)
}

// ellipScaleTo1 returns the power of 4, s, with s·v in [1, 4), for v > 0
// finite.
func ellipScaleTo1(v float64) float64 {
	_, e := math.Frexp(v) // v in [2^(e-1), 2^e)
	k := 2 * int(math.Floor(float64(e-1)/2))
	k = max(k, -1000) // subnormal v: stay finite
	return math.Ldexp(1, -k)
}

// EllipRG returns Carlson's completely symmetric elliptic integral of the
// second kind (scipy.special.elliprg, real arguments),
//
//	RG(x, y, z) = 1/(4π) ∫₀^{2π}∫₀^π √(x sin²θ cos²φ + y sin²θ sin²φ + z cos²θ) sinθ dθ dφ,
//
// as ½[z·RF(x,y,z) - (x-z)(y-z)·RD(x,y,z)/3 + √(xy/z)] with z the middle
// argument, which makes every term non-negative (Carlson 1995, eq. 1.5).
//
// Special cases are:
//
//	EllipRG(x, y, z) = NaN if an argument is negative or NaN
//	EllipRG(x, y, z) = +Inf if an argument is +Inf
//	EllipRG(0, 0, z) = √z/2 (any order)
func EllipRG(x, y, z float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsNaN(y) || math.IsNaN(z) || x < 0 || y < 0 || z < 0:
		return math.NaN()
	case math.IsInf(x, 1) || math.IsInf(y, 1) || math.IsInf(z, 1):
		return math.Inf(1)
	}
	// Sort so that x ≤ y ≤ z; y goes in the third slot.
	if x > y {
		x, y = y, x
	}
	if y > z {
		y, z = z, y
	}
	if x > y {
		x, y = y, x
	}
	if y == 0 || y < z*0x1p-100 {
		// RG(x, y, z) = √z/2·(1 + O((y/z)·log(z/y))) for x ≤ y ≪ z.
		return math.Sqrt(z) / 2
	}
	// Normalize z to [1, 4): the RD term is of order y^(-1) for small y.
	s := ellipScaleTo1(z)
	x, y, z = x*s, y*s, z*s
	if y == 0 {
		return math.Sqrt(z) / 2 / math.Sqrt(s)
	}
	return ellipRG(x, y, z) / math.Sqrt(s)
}

// ellipRG is RG for finite 0 ≤ x ≤ y ≤ z, y > 0.
func ellipRG(x, y, z float64) float64 {
	t := y*ellipRF(x, z, y) + (y-x)*(z-y)*ellipRD(x, z, y)/3
	if x != 0 {
		t += math.Sqrt(x * z / y)
	}
	return t / 2
}
