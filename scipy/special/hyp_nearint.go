package special

import "math"

// hypNearIntMaxEps is the largest distance |ε| of c-a-b from the nearest
// integer m for which hyp2f1NearInt replaces the 1-x connection formula
// (whose two terms are of size 1/ε and cancel, losing about 5e-17/ε).
const hypNearIntMaxEps = 0.1

// hypLog1pQ is log1p(u)/u, 1 at u = 0.
func hypLog1pQ(u float64) float64 {
	if u == 0 {
		return 1
	}
	return math.Log1p(u) / u
}

// hypExpm1Q is expm1(t)/t, 1 at t = 0.
func hypExpm1Q(t float64) float64 {
	if t == 0 {
		return 1
	}
	return math.Expm1(t) / t
}

// hypStirlingC are B_2j/(2j(2j-1)), j = 1..8, the coefficients of
// Stirling's series for log Γ.
var hypStirlingC = [...]float64{
	1.0 / 12, -1.0 / 360, 1.0 / 1260, -1.0 / 1680, 1.0 / 1188,
	-691.0 / 360360, 1.0 / 156, -3617.0 / 122400,
}

// hypLgammaDQ is the difference quotient (log Γ(x+e) - log Γ(x))/e for
// |e| ≤ 1/2, ψ(x) at e = 0, as ψ(x) + R with R = O(e) formed without
// cancellation: ψ(x) keeps its own accuracy (the series of hyp2f1NearInt
// can cancel, so the absolute error of the quotient matters, and summing
// ψ's recurrence up to the Stirling range would lose ~1e-15 near ψ's zero).
// ok is false where a pole of Γ lies between x and x+e or within a tenth
// of the step (e/(x+j) ≤ -0.9 for a shift j), or x < -1000.
func hypLgammaDQ(x, e float64) (float64, bool) {
	if !(x > -1000) || math.Abs(e) > 0.5 {
		return 0, false
	}
	psi := Digamma(x)
	if x == 1 {
		psi = -eulerGamma
	}
	if e == 0 {
		return psi, true
	}
	// Shift to y ≥ 12: log Γ(x+e)/Γ(x) = log Γ(y+e)/Γ(y) - Σ_j log1p(e/(x+j)),
	// and ψ(x) = ψ(y) - Σ_j 1/(x+j): R = R(y) - Σ_j (log1p(u_j) - u_j)/e.
	var shift float64
	y := x
	for y < 12 {
		u := e / y
		if y == 0 || !(u > -0.9) { // same sign of Γ at x+j and x+j+e, not too near a pole
			return 0, false
		}
		shift += log1pmx(u)
		y++
	}
	// Stirling's series log Γ(y) = (y-1/2) log y - y + log √(2π) +
	// Σ c_j y^(1-2j): the quotient minus its value ψ(y) at e = 0, piece by
	// piece.
	u := e / y
	l1 := math.Log1p(u)
	r := (y-0.5)/y*(log1pmx(u)/u) + l1
	yi2 := 1 / (y * y)
	pw := yi2
	for j, cj := range hypStirlingC {
		p := float64(1 - 2*(j+1))
		// ((1+u)^p - 1 - p·u)/u
		r += cj * pw * (math.Expm1(p*l1) - p*u) / u
		pw *= yi2
	}
	return psi + r - shift/e, true
}

// hyp2f1NearInt is ₂F₁(a, b; c; 1-z) for c-a-b = m+eps, m ≥ 0 an integer
// and |eps| ≤ hypNearIntMaxEps, 0 < z < 1/2, a and b not non-positive
// integers: the 1-x connection formula (DLMF 15.8.4) with its two
// singular halves combined term by term, so that it is uniform in eps
// and is Abramowitz-Stegun 15.3.11 at eps = 0. With C = Γ(c)/(Γ(a)Γ(b)),
//
//	F = Γ(c)Γ(m+eps)/(Γ(c-a)Γ(c-b)) Σ_{n<m} (a)_n(b)_n/((1-m-eps)_n n!) z^n
//	  + C (-1)^m z^m π eps/sin(π eps) Σ_k e_k,
//	e_k = (g_k - f_k)/eps,
//	g_k = Γ(a+m+k)Γ(b+m+k)/(Γ(a+m+eps)Γ(b+m+eps)Γ(k+1-eps)(m+k)!) z^k,
//	f_k = Γ(a+m+k+eps)Γ(b+m+k+eps)/(Γ(a+m+eps)Γ(b+m+eps)Γ(m+k+1+eps) k!) z^(k+eps).
//
// e_0 comes from difference quotients of log Γ (hypLgammaDQ), and
// e_{k+1} = e_k r_g + f_k (r_g - r_f)/eps with r_g, r_f the term ratios of
// g and f, whose difference is divided by eps analytically. errEst is a
// relative error estimate; ok is false where the method does not apply
// (a gamma pole within eps, m > 150, a result that is not finite).
func hyp2f1NearInt(a, b, c float64, m int, eps, z float64) (r, errEst float64, ok bool) {
	if m < 0 || m > 150 || math.Abs(eps) > hypNearIntMaxEps || !(z > 0 && z < 1) {
		return 0, 0, false
	}
	mf := float64(m)
	// Finite part, n < m.
	var t1 float64
	if m > 0 {
		d := mf + eps
		s, t := 1.0, 1.0
		for n := 0; n < m-1; n++ {
			nf := float64(n)
			t *= (a + nf) * (b + nf) / ((nf + 1) * (1 - d + nf)) * z
			s += t
		}
		t1 = hyp2f1GammaRatio([]float64{c, d}, []float64{c - a, c - b}) * s
	}
	// Q = (log g_0 - log f_0)/eps.
	q := -math.Log(z)
	for _, v := range [...]struct{ x, e, sg float64 }{
		{1, -eps, 1}, {mf + 1, eps, 1}, {a + mf, eps, -1}, {b + mf, eps, -1},
	} {
		dq, good := hypLgammaDQ(v.x, v.e)
		if !good {
			return 0, 0, false
		}
		q += v.sg * dq
	}
	f := math.Exp(eps*math.Log(z)) * Rgamma(mf+1+eps)
	e := f * hypExpm1Q(eps*q) * q
	alpha, beta := a-1, b-1
	var sum, sa float64
	for k := 0; k < 10000; k++ {
		sum += e
		sa += math.Abs(e)
		kf := float64(k)
		A, B := a+mf+kf, b+mf+kf
		M, K := mf+kf+1, kf+1
		rg := A * B / ((K - eps) * M) * z
		rf := (A + eps) * (B + eps) / ((M + eps) * K) * z
		// (r_g - r_f)/eps: the numerator AB(M+eps)K - (A+eps)(B+eps)(K-eps)M
		// divided by eps, its k³ terms cancelled by hand.
		pq := M*M*(a+b+mf-2) + alpha*beta*(K+M) + M*(a+b+2*mf+kf-1)*eps + M*eps*eps
		dq := pq / ((K - eps) * M * (M + eps) * K) * z
		e, f = e*rg+f*dq, f*rf
		if math.Abs(e) <= 1e-17*math.Abs(sum) && math.Abs(f*dq) <= 1e-17*math.Abs(sum) && math.Abs(rg) < 1 && k > 2 {
			break
		}
	}
	pref := hyp2f1GammaRatio([]float64{c}, []float64{a, b}) * math.Pow(z, mf)
	if m%2 == 1 {
		pref = -pref
	}
	if eps != 0 {
		pref *= math.Pi * eps / math.Sin(math.Pi*eps)
	}
	u := pref * sum
	r = t1 + u
	if !isFinite(r) || r == 0 {
		return 0, 0, false
	}
	// Each e_k carries ~10 roundings (the quotients of log Γ, the two
	// recurrences); the sum can cancel at moderate z, where ln z does not
	// dominate the digamma terms.
	errEst = (math.Abs(t1)*2e-15 + math.Abs(pref)*(sa*1e-15+math.Abs(sum)*2e-15)) / math.Abs(r)
	return r, errEst, true
}
