package special

import (
	"math"
	"math/cmplx"
)

// Lambert W: the solutions w of w·e^w = z, one per branch k.

const (
	lambertOmega = 0.56714329040978387299997 // W₀(1)
	// e = lambertEHi + lambertELo to about 107 bits, for e·z + 1 near the
	// branch point z = -1/e.
	lambertEHi = 2.718281828459045091
	lambertELo = 1.4456468917292502e-16
)

// lambertBranchCoef[k] is μₖ of the series W = Σ μₖ pᵏ about the branch
// point, p = √(2(e·z + 1)) (Corless et al., "On the Lambert W function",
// Adv. Comput. Math. 5 (1996), eqs. 4.22-4.24), computed once by their
// recurrence: μ₀ = -1, μ₁ = 1, α₀ = 2, α₁ = -1,
//
//	μₖ = (k-1)/(k+1)·(μₖ₋₂/2 + αₖ₋₂/4) - αₖ/2 - μₖ₋₁/(k+1),
//	αₖ = Σ_{j=2}^{k-1} μⱼ μₖ₊₁₋ⱼ.
//
// The series converges for |p| < √2; it is used for |p| < 0.3, where 32
// terms leave a truncation error below (0.3/√2)³² < 1e-21.
var lambertBranchCoef = func() [32]float64 {
	var mu, alpha [32]float64
	mu[0], mu[1] = -1, 1
	alpha[0], alpha[1] = 2, -1
	for k := 2; k < len(mu); k++ {
		var a float64
		for j := 2; j <= k-1; j++ {
			a += mu[j] * mu[k+1-j]
		}
		alpha[k] = a
		fk := float64(k)
		mu[k] = (fk-1)/(fk+1)*(mu[k-2]/2+alpha[k-2]/4) - alpha[k]/2 - mu[k-1]/(fk+1)
	}
	return mu
}()

// Lambertw returns the branch k of the Lambert W function
// (scipy.special.lambertw), the solution w of w·e^w = z with
// Im w in the k-th strip of Corless et al.'s branch structure: W₀ is real
// and ≥ -1 on [-1/e, ∞), W₋₁ real and ≤ -1 on [-1/e, 0), and the other
// branches are complex.
//
// tol is the relative step at which Halley's iteration stops, SciPy's tol
// (default 1e-8; 0 or a negative value means 1e-8). Halley's method
// converges cubically, so the result is accurate to a few ulps unless tol
// is much larger; it iterates on w·e^(w - log z) - 1 where e^w would
// underflow or overflow. Within |p| < 0.3 of the branch point -1/e, with
// p = √(2(e·z+1)) computed with e in double-double, W₀ and W₋₁ (and W₁ below
// the real axis) are the branch-point series in ±p instead (32 terms;
// SciPy iterates there and loses up to ~1e-12).
//
// A zero imaginary part keeps its sign, as in SciPy: z = x - 0i is the
// limit from below, W_k(conj z) = conj(W₋ₖ(z)) (W₀(-2 - 0i) is the
// conjugate of W₀(-2 + 0i)), except that W₋₁ is real on [-1/e, 0) for
// either sign, as SciPy's.
//
// Special cases are (SciPy's):
//
//	Lambertw(0, 0, tol) = 0 (same sign); Lambertw(0, k, tol) = -Inf for k ≠ 0
//	Lambertw(1, 0, tol) = Ω = 0.5671432904097838…
//	Lambertw(z, k, tol) = z + 2πik for Re z = +Inf
//	Lambertw(z, k, tol) = -z + (2k+1)πi for Re z = -Inf
//	Lambertw(z, k, tol) = NaN+NaNi for finite Re z and infinite Im z
//	Lambertw(z, k, tol) = z if Re z or Im z is NaN
//	Lambertw(z, k, tol) = NaN+NaNi if the iteration does not converge in 100 steps
func Lambertw(z complex128, k int, tol float64) complex128 {
	x, y := real(z), imag(z)
	switch {
	case math.IsNaN(x) || math.IsNaN(y):
		return z
	case math.IsInf(x, 1):
		return z + complex(0, 2*math.Pi*float64(k))
	case math.IsInf(x, -1):
		return -z + complex(0, (2*float64(k)+1)*math.Pi)
	case math.IsInf(y, 0):
		return complex(math.NaN(), math.NaN())
	case x == 0 && y == 0:
		if k == 0 {
			return z
		}
		return complex(math.Inf(-1), 0)
	case z == 1 && k == 0:
		return lambertOmega
	}
	if !(tol > 0) {
		tol = 1e-8
	}
	if y == 0 && k == -1 && x < 0 && x >= -1/math.E {
		return lambertUpper(complex(x, 0), k, tol) // real for either sign of zero
	}
	if y < 0 || (y == 0 && math.Signbit(y)) {
		return cmplx.Conj(lambertUpper(complex(x, -y), -k, tol))
	}
	return lambertUpper(z, k, tol)
}

// lambertUpper is W_k(z) for finite nonzero z with Im z ≥ +0.
func lambertUpper(z complex128, k int, tol float64) complex128 {
	x, y := real(z), imag(z)
	// e·z + 1 with e in double-double: it cancels next to -1/e.
	q := complex(math.FMA(lambertEHi, x, 1)+lambertELo*x, math.E*y)
	if k == 0 && y == 0 && real(q) >= 0.045 {
		return complex(lambertReal(x, lambertGuess0(x), tol), y)
	}
	if k == -1 && y == 0 && x < 0 && real(q) >= 0.045 {
		return complex(lambertReal(x, logx(-x), tol), y) // W₋₁ is real on [-1/e, 0)
	}
	if cmplx.Abs(q) < 0.045 && (k == 0 || k == -1) {
		p := cmplx.Sqrt(2 * q)
		if cmplx.Abs(p) < 0.3 {
			if k == -1 {
				p = -p
			}
			return lambertBranchSeries(p)
		}
	}

	// Initial guess, as SciPy.
	var w complex128
	switch {
	case k == 0 && cmplx.Abs(q) < 0.3*math.E:
		w = lambertBranchSeries(cmplx.Sqrt(2 * q))
	case k == 0 && x > -1 && x < 1.5 && math.Abs(y) < 1 && -2.5*math.Abs(y)-0.2 < x:
		// (3, 2) Padé approximant about 0.
		w = z * (12.85106382978723404255 + z*(12.34042553191489361902+z)) /
			(32.53191489361702127660 + z*(14.34042553191489361702+z))
	case k == -1 && y == 0 && x < 0 && x >= -1/math.E:
		w = complex(logx(-x), 0)
	default:
		w = lambertLog(z) + complex(0, 2*math.Pi*float64(k))
		w -= lambertLog(w)
	}
	return lambertHalley(z, w, tol)
}

// lambertLog is the principal logarithm log|z| + i·arg z (math/cmplx's Log
// and math.Log are inaccurate for subnormal |z|: -709.09 for log(5e-324)).
func lambertLog(z complex128) complex128 {
	return complex(logx(cmplx.Abs(z)), math.Atan2(imag(z), real(z)))
}

// lambertGuess0 is SciPy's initial guess for real W₀(x): the Padé
// approximant for x < 1.5, else log x - log log x.
func lambertGuess0(x float64) float64 {
	if x < 1.5 {
		return x * (12.85106382978723404255 + x*(12.34042553191489361902+x)) /
			(32.53191489361702127660 + x*(14.34042553191489361702+x))
	}
	l := math.Log(x)
	return l - math.Log(l)
}

// lambertReal is lambertHalley in real arithmetic, for the real branches
// (W₀ on (-1/e, ∞), W₋₁ on (-1/e, 0)), so that no imaginary rounding noise
// appears. NaN if it does not converge in 100 steps.
func lambertReal(x, w, tol float64) float64 {
	var lx float64 // log|x|, for the scaled residual
	for range 100 {
		var wn float64
		switch {
		case w >= 0:
			r := w - x*math.Exp(-w)
			wn = w - r/(w+1-(w+2)*r/(2*w+2))
		case w > -1:
			ew := math.Exp(w)
			wew := w * ew
			r := wew - x
			wn = w - r/(wew+ew-(w+2)*r/(2*w+2))
		default:
			if lx == 0 {
				lx = logx(math.Abs(x))
			}
			t := math.Copysign(math.Exp(w-lx), x) // e^w / x
			r := w*t - 1
			wn = w - r/(t*(w+1)-(w+2)*r/(2*w+2))
		}
		if math.Abs(wn-w) <= tol*math.Abs(wn) {
			return wn
		}
		w = wn
	}
	return math.NaN()
}

// lambertBranchSeries evaluates Σ μₖ pᵏ by Horner's rule.
func lambertBranchSeries(p complex128) complex128 {
	var s complex128
	for i := len(lambertBranchCoef) - 1; i >= 0; i-- {
		s = s*p + complex(lambertBranchCoef[i], 0)
	}
	return s
}

// lambertHalley refines w by Halley's method (Corless et al., eq. 5.9) on
// f(w) = w·e^w - z, in one of three scalings: f·e^(-w) = w - z·e^(-w) for
// Re w ≥ 0 (as SciPy; no overflow), f itself for -1 < Re w < 0, and
// f/z = w·e^(w - log z) - 1 for Re w ≤ -1, where e^w would lose its
// precision to underflow (tiny z on the branches k ≠ 0).
func lambertHalley(z, w complex128, tol float64) complex128 {
	var lz complex128
	for range 100 {
		var wn complex128
		switch re := real(w); {
		case re >= 0:
			ew := cmplx.Exp(-w)
			r := w - z*ew
			wn = w - r/(w+1-(w+2)*r/(2*w+2))
		case re > -1:
			ew := cmplx.Exp(w)
			wew := w * ew
			r := wew - z
			wn = w - r/(wew+ew-(w+2)*r/(2*w+2))
		default:
			if lz == 0 {
				lz = lambertLog(z)
			}
			t := cmplx.Exp(w - lz) // e^w / z
			r := w*t - 1
			wn = w - r/(t*(w+1)-(w+2)*r/(2*w+2))
		}
		if cmplx.Abs(wn-w) <= tol*cmplx.Abs(wn) {
			return wn
		}
		w = wn
	}
	return complex(math.NaN(), math.NaN())
}
