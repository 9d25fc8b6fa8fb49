package stats

import (
	"math"
)

// Hypergeom is the hypergeometric distribution, scipy.stats.hypergeom(M,
// n, N, loc): the number of marked objects among N drawn without
// replacement from M objects of which n are marked,
//
//	PMF(k) = C(n, k)·C(M-n, N-k)/C(M, N),  max(0, N-M+n) ≤ k ≤ min(n, N)
//
// (shifted by loc). PMF is a ratio of three binomial probabilities in
// Loader's saddle-point form (as R's dhyper); the smaller tail is PMF(k)
// times the series Σ PMF(j)/PMF(k) (as R's phyper) and the larger one is
// 1 minus it, so both tails keep their relative accuracy.
type Hypergeom struct{ discrete }

var _ Discrete = (*Hypergeom)(nil)

// NewHypergeom returns the hypergeometric distribution of the number of
// marked objects among N drawn from M, n of which are marked (SciPy's
// argument order), shifted by loc. It returns an ErrValue error naming the
// argument unless M > 0, 0 ≤ n ≤ M, 0 ≤ N ≤ M and loc is finite.
func NewHypergeom(M, n, N int, loc float64) (*Hypergeom, error) {
	const fn = "NewHypergeom"
	switch {
	case M <= 0:
		return nil, newErr(ErrValue, fn, "M", "must be positive, got %d", M)
	case n < 0 || n > M:
		return nil, newErr(ErrValue, fn, "n", "must be in [0, M] = [0, %d], got %d", M, n)
	case N < 0 || N > M:
		return nil, newErr(ErrValue, fn, "N", "must be in [0, M] = [0, %d], got %d", M, N)
	}
	if err := discreteCheckLoc(fn, loc); err != nil {
		return nil, err
	}
	return &Hypergeom{newDiscrete(hypergeomStd{m: float64(M), n: float64(n), draws: float64(N)}, loc)}, nil
}

// hypergeomStd is the hypergeometric distribution with loc 0: draws
// objects from m, n of them marked.
type hypergeomStd struct{ m, n, draws float64 }

func (h hypergeomStd) support() (float64, float64) {
	return max(0, h.draws-h.m+h.n), min(h.n, h.draws)
}

// hypergeomLogPMF is the log-probability of k marked among draws objects
// drawn from nr marked and nb unmarked ones, as R's dhyper: the binomial
// probabilities of k of nr and draws-k of nb over that of draws of
// nr+nb, all at p = draws/(nr+nb) (any p would do: it cancels).
func hypergeomLogPMF(k, nr, nb, draws float64) float64 {
	p := draws / (nr + nb)
	return loaderBinomLog(k, nr-k, p) + loaderBinomLog(draws-k, nb-draws+k, p) - loaderBinomLog(draws, nr+nb-draws, p)
}

func (h hypergeomStd) logpmf(k float64) float64 { return hypergeomLogPMF(k, h.n, h.m-h.n, h.draws) }
func (h hypergeomStd) pmf(k float64) float64    { return math.Exp(h.logpmf(k)) }

// tail returns P(X ≤ k) if lower, else P(X > k). As R's phyper, it sums
// the series for the tail below the mean, swapping the marked and unmarked
// objects (P(X ≤ k) = P(X' ≥ draws-k) for X' counting the unmarked) when
// k is above it, and forms the other tail as 1 minus it.
func (h hypergeomStd) tail(k float64, lower bool) float64 {
	x, nr, nb, n := k, h.n, h.m-h.n, h.draws
	if x*(nr+nb) > n*nr {
		nr, nb = nb, nr
		x = n - x - 1
		lower = !lower
	}
	var small float64
	switch {
	case x < 0 || x < n-nb:
		small = 0
	case x >= nr || x >= n:
		small = 1
	default:
		// Σ_{j≤x} pmf(j)/pmf(x), the terms falling from x down.
		sum, term := 1.0, 1.0
		for j := x; j > 0 && term >= 0x1p-60*sum; j-- {
			term *= j * (nb - n + j) / ((n + 1 - j) * (nr + 1 - j))
			sum += term
		}
		small = math.Exp(hypergeomLogPMF(x, nr, nb, n)) * sum
	}
	if lower {
		return small
	}
	return 1 - small
}

func (h hypergeomStd) cdf(k float64) float64 { return h.tail(k, true) }
func (h hypergeomStd) sf(k float64) float64  { return h.tail(k, false) }

func (h hypergeomStd) ppf(q float64) float64 {
	return discretePPF(h, q, discreteNormalGuess(h, q, false))
}
func (h hypergeomStd) isf(q float64) float64 {
	return discreteISF(h, q, discreteNormalGuess(h, q, true))
}

// stats uses SciPy's closed forms.
func (h hypergeomStd) stats() (mean, variance, skew, kurt float64) {
	M, n, N := h.m, h.n, h.draws
	m := M - n
	mean = N * n / M
	variance = N * n * m * (M - N) / (M * M * (M - 1))
	skew = (M - 2*n) * math.Sqrt(M-1) * (M - 2*N) / (math.Sqrt(N*n*m*(M-N)) * (M - 2))
	g2 := M*(M+1) - 6*N*(M-N) - 6*n*m
	g2 *= (M - 1) * M * M
	g2 += 6 * n * N * (M - N) * m * (5*M - 6)
	g2 /= n * N * (M - N) * m * (M - 2) * (M - 3)
	return mean, variance, skew, g2
}

// entropy is the sum over the support, outward from the mode.
func (h hypergeomStd) entropy() float64 { return discreteEntropySum(h, true) }

// rawMoment from the factorial moments (n)ₖ(N)ₖ/(M)ₖ.
func (h hypergeomStd) rawMoment(r int) float64 {
	return discreteRawFromFactorial(r, func(k int) float64 {
		f := 1.0
		for j := range k {
			fj := float64(j)
			f *= (h.n - fj) * (h.draws - fj) / (h.m - fj)
		}
		return f
	})
}

func (h hypergeomStd) mode() float64 {
	a, b := h.support()
	return max(a, min(b, math.Floor((h.draws+1)*(h.n+1)/(h.m+2))))
}

func (h hypergeomStd) ratio(k float64) float64 {
	return (h.n - k) * (h.draws - k) / ((k + 1) * (h.m - h.n - h.draws + k + 1))
}
