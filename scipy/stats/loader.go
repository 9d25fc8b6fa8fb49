package stats

import (
	"math"

	"github.com/goscipy/goscipy/scipy/special"
)

// Catherine Loader's saddle-point expansion of the binomial and Poisson
// probabilities ("Fast and accurate computation of binomial probabilities",
// 2000), the method of R's dbinom and dpois: the probability is written as
//
//	exp(-stirlerr(k) - bd0(k, λ)) / √(2πk)
//
// (Poisson) with stirlerr(n) = log n! - log(√(2πn)·(n/e)ⁿ) and the deviance
// term bd0(x, M) = x·log(x/M) + M - x, each computed without cancellation,
// so that the probability keeps ~1e-15 relative accuracy at any n, where
// exp(log C(n, k) + k·log p + …) loses |log C(n, k)|·1e-16.

// loaderStirlerrHalves holds stirlerr(n) for n = 0.5, 1, 1.5, …, 15
// (computed with mpmath at 40 digits).
var loaderStirlerrHalves = [...]float64{
	0.15342640972002734529,
	0.08106146679532725822,
	0.054814121051917653896,
	0.041340695955409294094,
	0.033162873519936287485,
	0.027677925684998339149,
	0.023746163656297495971,
	0.020790672103765093112,
	0.018488450532673185231,
	0.016644691189821192163,
	0.015134973221917378874,
	0.013876128823070747999,
	0.012810465242920226924,
	0.011896709945891770095,
	0.011104559758206917327,
	0.010411265261972096497,
	0.0097994161261588032984,
	0.0092554621827127329177,
	0.008768700134139385463,
	0.0083305634333628712565,
	0.0079341145643140205472,
	0.007573675487951840795,
	0.0072445543013203831795,
	0.0069428401072095298657,
	0.0066652470327076824424,
	0.0064089941880042070684,
	0.0061717122630394576475,
	0.0059513701127588477356,
	0.005746216513010115682,
	0.005554733551962801371,
}

// loaderStirlerr returns stirlerr(n) = log Γ(n+1) - (n+½)·log n + n -
// log √(2π) for n > 0: the table at half-integers up to 15, Γ otherwise
// below 15 (an absolute error of a few 1e-16, which is what matters: it
// enters a logarithm), and the Stirling series 1/(12n) - 1/(360n³) + …
// above, truncated as Loader does.
func loaderStirlerr(n float64) float64 {
	const (
		s0 = 1.0 / 12
		s1 = 1.0 / 360
		s2 = 1.0 / 1260
		s3 = 1.0 / 1680
		s4 = 1.0 / 1188
	)
	if n <= 15 {
		if n2 := 2 * n; n2 == math.Floor(n2) && n2 >= 1 {
			return loaderStirlerrHalves[int(n2)-1]
		}
		return special.Gammaln(n+1) - (n+0.5)*math.Log(n) + n - lnSqrt2Pi
	}
	nn := n * n
	switch {
	case n > 500:
		return (s0 - s1/nn) / n
	case n > 80:
		return (s0 - (s1-s2/nn)/nn) / n
	case n > 35:
		return (s0 - (s1-(s2-s3/nn)/nn)/nn) / n
	}
	return (s0 - (s1-(s2-(s3-s4/nn)/nn)/nn)/nn) / n
}

// loaderTwoSum returns s + e = a + b exactly.
func loaderTwoSum(a, b float64) (s, e float64) {
	s = a + b
	bb := s - a
	e = (a - (s - bb)) + (b - bb)
	return s, e
}

// loaderBd0 returns bd0(x, M) = x·log(x/M) + M - x ≥ 0 for x ≥ 0 and
// M = mh + ml > 0 given as an unevaluated sum (n·p carried exactly). Near
// x = M it sums the series d·v + 2x·Σ v^(2j+1)/(2j+1), v = d/(x+M),
// d = x-M, which has no cancellation; elsewhere it forms x·log(x/M) with
// the rounding errors of x/M and of the product carried along, so that
// the result has a relative error of a few ulps in both regimes.
func loaderBd0(x, mh, ml float64) float64 {
	if x == 0 {
		return mh + ml
	}
	dh, dl := loaderTwoSum(x, -mh)
	d := dh + (dl - ml)
	s := x + mh
	if math.Abs(d) < 0.5*s {
		v := d / s
		sum := d * v
		ej := 2 * x * v
		v2 := v * v
		for j := 1; j < 200; j++ {
			ej *= v2
			next := sum + ej/float64(2*j+1)
			if next == sum {
				break
			}
			sum = next
		}
		return sum
	}
	t := x / mh
	// x/M = t + rem/M with rem = x - t·M, so log(x/M) = log t + rem/x to
	// first order.
	rem := math.FMA(-t, mh, x) - t*ml
	l := math.Log(t)
	ph := x * l
	pl := math.FMA(x, l, -ph) + rem
	return (ph - d) + pl
}

// loaderBinomLog returns the log of the binomial probability
// C(x+y, x)·pˣ(1-p)ʸ for real x, y ≥ 0 (n = x+y trials, x successes; y
// need not be an integer for the negative binomial), with 1-p never
// rounded: n·(1-p) is formed as n - n·p in double-double.
func loaderBinomLog(x, y, p float64) float64 {
	switch {
	case p == 0:
		if x == 0 {
			return 0
		}
		return math.Inf(-1)
	case p == 1:
		if y == 0 {
			return 0
		}
		return math.Inf(-1)
	case x == 0:
		return y * math.Log1p(-p)
	case y == 0:
		return x * math.Log(p)
	}
	n := x + y
	mh := n * p
	ml := math.FMA(n, p, -mh)
	qh, ql := loaderTwoSum(n, -mh)
	ql -= ml
	qh, ql = loaderTwoSum(qh, ql)
	if mh < x*0x1p-1000 || qh < y*0x1p-1000 {
		// p or 1-p so small that x/(n·p) would overflow: the plain
		// formula has no cancellation to fear there.
		return special.Gammaln(n+1) - special.Gammaln(x+1) - special.Gammaln(y+1) + x*math.Log(p) + y*math.Log1p(-p)
	}
	lc := loaderStirlerr(n) - loaderStirlerr(x) - loaderStirlerr(y) - loaderBd0(x, mh, ml) - loaderBd0(y, qh, ql)
	lf := math.Log(2*math.Pi) + math.Log(x) + math.Log(y) - math.Log(n)
	return lc - 0.5*lf
}

// loaderPoissonLog returns the log of the Poisson probability
// e^(-mu)·mu^k/k! for real k ≥ 0 and mu ≥ 0.
func loaderPoissonLog(k, mu float64) float64 {
	switch {
	case mu == 0:
		if k == 0 {
			return 0
		}
		return math.Inf(-1)
	case k == 0:
		return -mu
	case mu < k*0x1p-1000:
		return -mu + k*math.Log(mu) - special.Gammaln(k+1)
	}
	return -loaderStirlerr(k) - loaderBd0(k, mu, 0) - 0.5*math.Log(2*math.Pi*k)
}
