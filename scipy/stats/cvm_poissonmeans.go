package stats

import (
	"math"
)

// PoissonMeansTestOptions are the options of PoissonMeansTest; nil is
// SciPy's default (difference 0, two-sided).
type PoissonMeansTestOptions struct {
	// Diff is the difference λ₁ - λ₂ of the rates under the null
	// hypothesis, ≥ 0 (default 0).
	Diff float64
	// Alternative is the alternative about λ₁ - λ₂ - Diff: TwoSided (the
	// default, also ""), Less (below 0) or Greater (above 0).
	Alternative Alternative
}

// cvmPoissonMaxCells bounds the work of PoissonMeansTest: the number of
// terms of its double sum. The sums span about 13 standard deviations of
// each Poisson count, so the bound is reached only for counts near 10¹⁰.
const cvmPoissonMaxCells = 1 << 28

// PoissonMeansTest is the E-test of Krishnamoorthy and Thomson (2004)
// that the rates λ₁ and λ₂ of two Poisson processes differ by opts.Diff,
// scipy.stats.poisson_means_test: k1 events were counted over an interval
// of size n1 (time, area, number of units), k2 over n2. Statistic is the
// pivot (k1/n1 - k2/n2 - Diff)/√(k1/n1² + k2/n2²); PValue is the
// probability, under Poisson counts with the rates estimated under the
// null hypothesis, of a pivot at least as extreme, summed over the counts
// between the 1e-10 and 1 - 1e-16 quantiles of each count as in SciPy
// 1.10.1. When the estimated rate λ̂₂ = (k1+k2)/(n1+n2) - Diff·n1/(n1+n2)
// is not positive the null hypothesis cannot be rejected: Statistic 0 and
// PValue 1, as SciPy. DF is NaN.
//
// Errors: ErrValue for a negative k1 or k2, an n1 or n2 that is not
// positive and finite, a negative or non-finite Diff (SciPy raises for
// the negative ones; it does not check finiteness), an unknown
// Alternative, or counts so large that the double sum would exceed about
// 2.7e8 terms.
func PoissonMeansTest(k1 int, n1 float64, k2 int, n2 float64, opts *PoissonMeansTestOptions) (TestResult, error) {
	const fn = "PoissonMeansTest"
	var o PoissonMeansTestOptions
	if opts != nil {
		o = *opts
	}
	alt, err := checkAlt(fn, o.Alternative)
	if err != nil {
		return nanResult(), err
	}
	switch {
	case k1 < 0:
		return nanResult(), newErr(ErrValue, fn, "k1", "must be greater than or equal to 0, got %d", k1)
	case k2 < 0:
		return nanResult(), newErr(ErrValue, fn, "k2", "must be greater than or equal to 0, got %d", k2)
	case !(n1 > 0) || math.IsInf(n1, 1):
		return nanResult(), newErr(ErrValue, fn, "n1", "must be positive and finite, got %v", n1)
	case !(n2 > 0) || math.IsInf(n2, 1):
		return nanResult(), newErr(ErrValue, fn, "n2", "must be positive and finite, got %v", n2)
	case !(o.Diff >= 0) || math.IsInf(o.Diff, 1):
		return nanResult(), newErr(ErrValue, fn, "opts.Diff", "must be non-negative and finite, got %v", o.Diff)
	}
	fk1, fk2, diff := float64(k1), float64(k2), o.Diff
	lam2 := (fk1+fk2)/(n1+n2) - diff*n1/(n1+n2)
	if lam2 <= 0 {
		return TestResult{Statistic: 0, PValue: 1, DF: math.NaN()}, nil
	}
	t0 := (fk1/n1 - fk2/n2 - diff) / math.Sqrt(fk1/(n1*n1)+fk2/(n2*n2))
	mu1, mu2 := n1*(lam2+diff), n2*lam2
	p1, err := NewPoisson(mu1, 0)
	if err != nil {
		return nanResult(), newErr(ErrValue, fn, "n1", "the estimated Poisson mean %v is not finite", mu1)
	}
	p2, err := NewPoisson(mu2, 0)
	if err != nil {
		return nanResult(), newErr(ErrValue, fn, "n2", "the estimated Poisson mean %v is not finite", mu2)
	}
	const lowQ, highQ = 1e-10, 1 - 1e-16
	lo1, hi1 := p1.PPF(lowQ), p1.PPF(highQ)
	lo2, hi2 := p2.PPF(lowQ), p2.PPF(highQ)
	if (hi1-lo1+1)*(hi2-lo2+1) > cvmPoissonMaxCells {
		return nanResult(), newErr(ErrValue, fn, "k1", "the counts %d and %d are too large for the exact sum (%g terms)", k1, k2, (hi1-lo1+1)*(hi2-lo2+1))
	}
	pm1 := make([]float64, int(hi1-lo1)+1)
	for i := range pm1 {
		pm1[i] = p1.PMF(lo1 + float64(i))
	}
	// The terms are positive: a compensated sum keeps the relative error
	// near one rounding whatever their number.
	var s, c float64
	for x2 := lo2; x2 <= hi2; x2++ {
		q2 := p2.PMF(x2)
		l2 := x2 / n2
		for i, q1 := range pm1 {
			l1 := (lo1 + float64(i)) / n1
			t := (l1 - l2 - diff) / math.Sqrt(l1/n1+l2/n2)
			var in bool
			switch alt {
			case TwoSided:
				in = math.Abs(t) >= math.Abs(t0)
			case Less:
				in = t <= t0
			default:
				in = t >= t0
			}
			if in {
				v := q1 * q2
				u := s + v
				if math.Abs(s) >= math.Abs(v) {
					c += (s - u) + v
				} else {
					c += (v - u) + s
				}
				s = u
			}
		}
	}
	return TestResult{Statistic: t0, PValue: s + c, DF: math.NaN()}, nil
}
