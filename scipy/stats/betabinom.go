package stats

import (
	"math"

	"github.com/goscipy/goscipy/scipy/special"
)

// BetaBinom is the beta-binomial distribution, scipy.stats.betabinom(n, a,
// b, loc): the binomial distribution with n trials whose success
// probability is drawn from Beta(a, b),
//
//	PMF(k) = C(n, k)·B(k+a, n-k+b)/B(a, b),  k = 0…n (shifted by loc).
//
// CDF and SF sum the PMF over the tail on the side of k away from the
// mean (with the PMF ratios), and form the other as 1 minus it, so both
// keep their relative accuracy; they take O(n) time in the worst case.
type BetaBinom struct{ discrete }

var _ Discrete = (*BetaBinom)(nil)

// NewBetaBinom returns the beta-binomial distribution with n ≥ 0 trials
// and shape parameters a, b > 0, shifted by loc. It returns an ErrValue
// error naming the argument for a negative n, an a or b that is not
// positive and finite, or a non-finite loc.
func NewBetaBinom(n int, a, b, loc float64) (*BetaBinom, error) {
	const fn = "NewBetaBinom"
	if n < 0 {
		return nil, newErr(ErrValue, fn, "n", "must be non-negative, got %d", n)
	}
	if !(a > 0) || math.IsInf(a, 1) {
		return nil, newErr(ErrValue, fn, "a", "must be positive and finite, got %v", a)
	}
	if !(b > 0) || math.IsInf(b, 1) {
		return nil, newErr(ErrValue, fn, "b", "must be positive and finite, got %v", b)
	}
	if err := discreteCheckLoc(fn, loc); err != nil {
		return nil, err
	}
	return &BetaBinom{newDiscrete(betaBinomStd{n: float64(n), a: a, b: b, lbab: special.Betaln(a, b)}, loc)}, nil
}

// betaBinomStd is the beta-binomial distribution with loc 0; lbab is
// log B(a, b).
type betaBinomStd struct{ n, a, b, lbab float64 }

func (d betaBinomStd) support() (float64, float64) { return 0, d.n }

// logpmf is SciPy's -log(n+1) - log B(n-k+1, k+1) + log B(k+a, n-k+b) -
// log B(a, b).
func (d betaBinomStd) logpmf(k float64) float64 {
	return -math.Log1p(d.n) - special.Betaln(d.n-k+1, k+1) + special.Betaln(k+d.a, d.n-k+d.b) - d.lbab
}

func (d betaBinomStd) pmf(k float64) float64 { return math.Exp(d.logpmf(k)) }

// uShaped reports whether the PMF rises towards both ends (a, b < 1): then
// the sums cannot stop early.
func (d betaBinomStd) uShaped() bool { return d.a < 1 && d.b < 1 }

// lower returns P(X ≤ k) by summing down from k: PMF(k)·Σ PMF(j)/PMF(k).
func (d betaBinomStd) lower(k float64) float64 {
	sum, term := 1.0, 1.0
	early := !d.uShaped()
	for j := k; j > 0; j-- {
		r := d.ratio(j - 1)
		term /= r
		sum += term
		if early && r > 1 && term < 1e-17*sum {
			break
		}
	}
	return d.pmf(k) * sum
}

// upper returns P(X > k) by summing up from k+1.
func (d betaBinomStd) upper(k float64) float64 {
	sum, term := 1.0, 1.0
	early := !d.uShaped()
	for j := k + 1; j < d.n; j++ {
		r := d.ratio(j)
		term *= r
		sum += term
		if early && r < 1 && term < 1e-17*sum*(1-r) {
			break
		}
	}
	return d.pmf(k+1) * sum
}

func (d betaBinomStd) cdf(k float64) float64 {
	if k < d.n*d.a/(d.a+d.b) {
		return d.lower(k)
	}
	return 1 - d.upper(k)
}

func (d betaBinomStd) sf(k float64) float64 {
	if k < d.n*d.a/(d.a+d.b) {
		return 1 - d.lower(k)
	}
	return d.upper(k)
}

func (d betaBinomStd) ppf(q float64) float64 {
	return discretePPF(d, q, discreteNormalGuess(d, q, false))
}
func (d betaBinomStd) isf(q float64) float64 {
	return discreteISF(d, q, discreteNormalGuess(d, q, true))
}

// stats uses SciPy's closed forms.
func (d betaBinomStd) stats() (mean, variance, skew, kurt float64) {
	n, a, b := d.n, d.a, d.b
	ep := a / (a + b)
	eq := b / (a + b)
	mean = n * ep
	variance = n * (a + b + n) * ep * eq / (a + b + 1)
	skew = 1 / math.Sqrt(variance) * (a + b + 2*n) * (b - a) / ((a + b + 2) * (a + b))
	g2 := a + b
	g2 *= a + b - 1 + 6*n
	g2 += 3 * a * b * (n - 2)
	g2 += 6 * n * n
	g2 -= 3 * ep * b * n * (6 - n)
	g2 -= 18 * ep * eq * n * n
	g2 *= (a + b) * (a + b) * (1 + a + b)
	g2 /= n * a * b * (a + b + 2) * (a + b + 3) * (a + b + n)
	return mean, variance, skew, g2 - 3
}

// entropy is the sum over the support (outward from the mode when the PMF
// is unimodal, a ≥ 1 or b ≥ 1).
func (d betaBinomStd) entropy() float64 { return discreteEntropySum(d, !d.uShaped()) }

// rawMoment from the factorial moments (n)ₖ·a⁽ᵏ⁾/(a+b)⁽ᵏ⁾ (rising
// factorials a⁽ᵏ⁾ = a(a+1)…(a+k-1)).
func (d betaBinomStd) rawMoment(r int) float64 {
	return discreteRawFromFactorial(r, func(k int) float64 {
		f := 1.0
		for j := range k {
			fj := float64(j)
			f *= (d.n - fj) * (d.a + fj) / (d.a + d.b + fj)
		}
		return f
	})
}

// mode is the nearest integer to the mean, the start of the sampler's walk
// and of the entropy sum (which for a unimodal PMF need not start at the
// mode itself).
func (d betaBinomStd) mode() float64 {
	if d.uShaped() {
		if d.a < d.b {
			return 0
		}
		return d.n
	}
	return max(0, min(d.n, math.Floor(d.n*d.a/(d.a+d.b))))
}

func (d betaBinomStd) ratio(k float64) float64 {
	return (d.n - k) * (k + d.a) / ((k + 1) * (d.n - k - 1 + d.b))
}
