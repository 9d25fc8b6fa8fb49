package stats

import (
	"math"
	"math/rand/v2"
)

// RandInt is the discrete uniform distribution, scipy.stats.randint(low,
// high, loc): each of the integers low, low+1, …, high-1 (shifted by loc)
// with probability 1/(high-low).
type RandInt struct{ discrete }

var _ Discrete = (*RandInt)(nil)

// NewRandInt returns the uniform distribution on the integers low…high-1,
// shifted by loc. It returns an ErrValue error naming the argument unless
// high > low and loc is finite.
func NewRandInt(low, high int, loc float64) (*RandInt, error) {
	const fn = "NewRandInt"
	if high <= low {
		return nil, newErr(ErrValue, fn, "high", "must be above low = %d, got %d", low, high)
	}
	if err := discreteCheckLoc(fn, loc); err != nil {
		return nil, err
	}
	s := randIntStd{low: float64(low), high: float64(high), d: float64(high) - float64(low)}
	return &RandInt{newDiscrete(s, loc)}, nil
}

// Rand draws a variate using r: low + loc plus a uniform integer below
// high-low.
func (d *RandInt) Rand(r *rand.Rand) float64 {
	s := d.std.(randIntStd)
	if s.d <= math.MaxInt64 {
		return s.low + float64(r.Int64N(int64(s.d))) + d.loc
	}
	return d.discrete.Rand(r)
}

// randIntStd is the discrete uniform distribution with loc 0; d is
// high-low.
type randIntStd struct{ low, high, d float64 }

func (u randIntStd) support() (float64, float64) { return u.low, u.high - 1 }
func (u randIntStd) pmf(float64) float64         { return 1 / u.d }
func (u randIntStd) logpmf(float64) float64      { return -math.Log(u.d) }
func (u randIntStd) cdf(k float64) float64       { return (k - u.low + 1) / u.d }
func (u randIntStd) sf(k float64) float64        { return (u.high - 1 - k) / u.d }
func (u randIntStd) ppf(q float64) float64       { return discretePPF(u, q, u.low+q*u.d) }
func (u randIntStd) isf(q float64) float64       { return discreteISF(u, q, u.high-q*u.d) }
func (u randIntStd) mode() float64               { return u.low }
func (randIntStd) ratio(float64) float64         { return 1 }
func (u randIntStd) entropy() float64            { return math.Log(u.d) }

func (u randIntStd) stats() (mean, variance, skew, kurt float64) {
	d2 := u.d * u.d
	return (u.low + u.high - 1) / 2, (d2 - 1) / 12, 0, -6.0 / 5 * (d2 + 1) / (d2 - 1)
}

// rawMoment is E[(low + U)ⁿ] for U uniform on 0…d-1, whose factorial
// moments are (d-1)ₖ/(k+1), by the binomial expansion in low.
func (u randIntStd) rawMoment(n int) float64 {
	mu := make([]float64, n+1) // E[Uʲ]
	mu[0] = 1
	for j := 1; j <= n; j++ {
		mu[j] = discreteRawFromFactorial(j, func(k int) float64 {
			f := 1.0
			for i := range k {
				f *= u.d - 1 - float64(i)
			}
			return f / float64(k+1)
		})
	}
	if u.low == 0 {
		return mu[n]
	}
	var sum float64
	c := 1.0
	for j := 0; j <= n; j++ {
		sum += c * math.Pow(u.low, float64(n-j)) * mu[j]
		c = c * float64(n-j) / float64(j+1)
	}
	return sum
}
