package stats

import (
	"math"

	"github.com/goscipy/goscipy/scipy/special"
)

// Zipf is the Zipf (zeta) distribution, scipy.stats.zipf(a, loc):
//
//	PMF(k) = k⁻ᵃ/ζ(a),  k = 1, 2, … (shifted by loc), a > 1.
//
// SF is the Hurwitz zeta function ζ(a, k+1)/ζ(a) and CDF the partial sum
// Σ_{j≤k} j⁻ᵃ/ζ(a) by Euler–Maclaurin summation, each computed directly;
// the entropy is log ζ(a) - a·ζ'(a)/ζ(a), with Σ log(j)·j⁻ᵃ summed the same
// way (SciPy sums the PMF, which converges slowly for a near 1). The
// moments E[Xⁿ] = ζ(a-n)/ζ(a) are +Inf for n ≥ a-1.
type Zipf struct{ discrete }

var _ Discrete = (*Zipf)(nil)

// NewZipf returns the Zipf distribution with exponent a > 1, shifted by
// loc. It returns an ErrValue error naming the argument for an a that is
// not above 1 and finite, or a non-finite loc.
func NewZipf(a, loc float64) (*Zipf, error) {
	const fn = "NewZipf"
	if !(a > 1) || math.IsInf(a, 1) {
		return nil, newErr(ErrValue, fn, "a", "must be above 1 and finite, got %v", a)
	}
	if err := discreteCheckLoc(fn, loc); err != nil {
		return nil, err
	}
	z := special.Zeta(a)
	return &Zipf{newDiscrete(zipfStd{a: a, zeta: z, logZeta: math.Log(z)}, loc)}, nil
}

// zipfStd is the Zipf distribution with loc 0; zeta is ζ(a).
type zipfStd struct{ a, zeta, logZeta float64 }

func (zipfStd) support() (float64, float64) { return 1, math.Inf(1) }
func (z zipfStd) logpmf(k float64) float64  { return -z.a*math.Log(k) - z.logZeta }
func (z zipfStd) pmf(k float64) float64     { return math.Pow(k, -z.a) / z.zeta }
func (z zipfStd) cdf(k float64) float64     { return zipfPartial(z.a, k) / z.zeta }
func (z zipfStd) sf(k float64) float64      { return special.HurwitzZeta(z.a, k+1) / z.zeta }
func (z zipfStd) ppf(q float64) float64     { return discretePPF(z, q, 1) }
func (z zipfStd) isf(q float64) float64     { return discreteISF(z, q, 1) }
func (zipfStd) mode() float64               { return 1 }

func (z zipfStd) ratio(k float64) float64 { return math.Exp(-z.a * math.Log1p(1/k)) }

func (z zipfStd) rawMoment(n int) float64 {
	if float64(n) >= z.a-1 {
		return math.Inf(1)
	}
	return special.Zeta(z.a-float64(n)) / z.zeta
}

// stats from the raw moments; a statistic whose moments diverge is +Inf
// where the lower ones are finite and NaN beyond, as in SciPy.
func (z zipfStd) stats() (mean, variance, skew, kurt float64) {
	m := make([]float64, 5)
	for n := 1; n <= 4; n++ {
		m[n] = z.rawMoment(n)
	}
	mean, variance, skew, kurt = statsFromRaw(m[1], m[2], m[3], m[4])
	a := z.a
	switch {
	case a <= 2:
		return math.Inf(1), math.Inf(1), math.NaN(), math.NaN()
	case a <= 3:
		return mean, math.Inf(1), math.NaN(), math.NaN()
	case a <= 4:
		return mean, variance, math.Inf(1), math.NaN()
	case a <= 5:
		return mean, variance, skew, math.Inf(1)
	}
	return mean, variance, skew, kurt
}

// entropy is log ζ(a) + a·Σ log(j)·j⁻ᵃ/ζ(a).
func (z zipfStd) entropy() float64 {
	return z.logZeta + z.a*zipfLogSum(z.a)/z.zeta
}

// zipfBernoulli holds B₂ₘ/(2m)!, m = 1…8, the Euler–Maclaurin
// coefficients.
var zipfBernoulli = [...]float64{
	1.0 / 12,
	-1.0 / 720,
	1.0 / 30240,
	-1.0 / 1209600,
	1.0 / 47900160,
	-691.0 / 1307674368000,
	1.0 / 74724249600,
	-3617.0 / 10670622842880000,
}

// zipfDirect is how many terms the sums add one by one before the
// Euler–Maclaurin tail: with N = 40 and 8 correction terms the remainder
// is below 1e-24 relative for any a > 1.
const zipfDirect = 40

// zipfPartial returns Σ_{j=1}^{k} j⁻ᵃ: directly (smallest terms first) for
// k ≤ 40, else the first 39 terms plus Euler–Maclaurin on [40, k], whose
// integral (40^(1-a) - k^(1-a))/(a-1) is formed with expm1 so that it
// stays accurate as a → 1.
func zipfPartial(a, k float64) float64 {
	if k <= zipfDirect {
		var s float64
		for j := k; j >= 1; j-- {
			s += math.Pow(j, -a)
		}
		return s
	}
	const n = zipfDirect
	var em float64
	// Σ_m B₂ₘ/(2m)!·(f⁽²ᵐ⁻¹⁾(k) - f⁽²ᵐ⁻¹⁾(n)), f⁽ʲ⁾(x) = (-1)ʲ·a⁽ʲ⁾·x^(-a-j).
	rise := a // a⁽²ᵐ⁻¹⁾, rising factorial
	for m, c := range zipfBernoulli {
		j := float64(2*m + 1)
		em += c * (-rise) * (math.Pow(k, -a-j) - math.Pow(n, -a-j))
		rise *= (a + j) * (a + j + 1)
	}
	integral := math.Pow(n, 1-a) * -math.Expm1((1-a)*math.Log(k/n)) / (a - 1)
	tail := integral + (math.Pow(n, -a)+math.Pow(k, -a))/2 + em
	var head float64
	for j := float64(n - 1); j >= 1; j-- {
		head += math.Pow(j, -a)
	}
	return head + tail
}

// zipfLogSum returns Σ_{j≥2} log(j)·j⁻ᵃ = -ζ'(a): the first terms
// directly and the tail from 40 by Euler–Maclaurin, with the derivatives
// of f(x) = x⁻ᵃ·log x written as x^(-a-i)·(cᵢ·log x + dᵢ).
func zipfLogSum(a float64) float64 {
	const n = zipfDirect
	ln := math.Log(n)
	var head float64
	for j := float64(n - 1); j >= 2; j-- {
		head += math.Log(j) * math.Pow(j, -a)
	}
	// ∫_n^∞ x⁻ᵃ log x dx = n^(1-a)·(log n/(a-1) + 1/(a-1)²).
	integral := math.Pow(n, 1-a) * (ln/(a-1) + 1/((a-1)*(a-1)))
	tail := integral + math.Log(n)*math.Pow(n, -a)/2
	c, d := 1.0, 0.0 // f⁽ⁱ⁾ coefficients, i = 0
	i := 0
	for _, b := range zipfBernoulli {
		// advance to i = 2m-1
		for i < 2*len(zipfBernoulli) {
			c, d = -(a+float64(i))*c, -(a+float64(i))*d+c
			i++
			if i%2 == 1 {
				break
			}
		}
		tail -= b * math.Pow(n, -a-float64(i)) * (c*ln + d)
	}
	return head + tail
}
