package stats

import "math"

// TTestResult is the result of TTest1Samp, TTestRel and TTestInd: SciPy's
// TtestResult fields (Statistic, PValue, DF), and ConfidenceInterval for
// the mean (of the differences, for TTestRel; the difference in means,
// for TTestInd).
type TTestResult struct {
	TestResult
	estimate, se float64 // the mean (difference) and its standard error
	alt          Alternative
}

// ConfidenceInterval returns the confidence interval of the mean (for
// TTestInd, of mean(a) - mean(b)) at the given level, as SciPy's
// TtestResult.confidence_interval: estimate ± t-quantile·standard error
// with DF degrees of freedom, one-sided (with an infinite end) for Less and
// Greater. A result that is NaN gives NaN.
//
// Errors: ErrValue for a level outside [0, 1].
func (r TTestResult) ConfidenceInterval(level float64) (lo, hi float64, err error) {
	if !(level >= 0 && level <= 1) {
		return math.NaN(), math.NaN(), newErr(ErrValue, "TTestResult.ConfidenceInterval", "level", "must be in [0, 1], got %v", level)
	}
	if math.IsNaN(r.Statistic) || !(r.DF > 0) {
		return math.NaN(), math.NaN(), nil
	}
	t, err := NewT(r.DF, 0, 1)
	if err != nil {
		return math.NaN(), math.NaN(), nil
	}
	switch r.alt {
	case Less:
		lo, hi = math.Inf(-1), t.PPF(level)
	case Greater:
		lo, hi = t.PPF(1-level), math.Inf(1)
	default:
		tail := (1 - level) / 2
		lo, hi = t.PPF(tail), t.ISF(tail)
	}
	return lo*r.se + r.estimate, hi*r.se + r.estimate, nil
}

// TTestOptions are the options of TTest1Samp and TTestRel; nil is SciPy's
// default (two-sided, NaN propagates).
type TTestOptions struct {
	Alternative Alternative
	NanPolicy   NanPolicy
}

// TTest1Samp tests whether the mean of the sample a is popmean, with
// Student's t statistic (mean(a) - popmean)/(s/√n) on n-1 degrees of
// freedom, scipy.stats.ttest_1samp, with the confidence interval of the
// mean from the result's ConfidenceInterval. A sample of fewer than two
// values (after omitting NaN) gives NaN statistic and p-value, as SciPy
// does.
//
// Errors: ErrValue for an unknown Alternative or NanPolicy, or a NaN
// under NanRaise.
func TTest1Samp(a []float64, popmean float64, opts *TTestOptions) (TTestResult, error) {
	const fn = "TTest1Samp"
	var o TTestOptions
	if opts != nil {
		o = *opts
	}
	bad := TTestResult{TestResult: nanResult(), estimate: math.NaN(), se: math.NaN()}
	alt, err := checkAlt(fn, o.Alternative)
	if err != nil {
		return bad, err
	}
	data, nan, err := prepare(fn, "a", a, o.NanPolicy)
	if err != nil || nan {
		return bad, err
	}
	n := float64(len(data))
	m := mean(data)
	se := math.Sqrt(variance(data, 1) / n)
	t := (m - popmean) / se
	return TTestResult{
		TestResult: TestResult{Statistic: t, PValue: tPValue(t, n-1, alt), DF: n - 1},
		estimate:   m, se: se, alt: alt,
	}, nil
}

// TTestRel tests whether the mean of the paired differences a - b is zero,
// scipy.stats.ttest_rel: TTest1Samp of the differences.
//
// Errors: ErrShape when a and b differ in length; otherwise as TTest1Samp
// (a NaN in either sample counts for the pair).
func TTestRel(a, b []float64, opts *TTestOptions) (TTestResult, error) {
	const fn = "TTestRel"
	if len(a) != len(b) {
		return TTestResult{TestResult: nanResult(), estimate: math.NaN(), se: math.NaN()},
			newErr(ErrShape, fn, "b", "has %d elements, a has %d; paired samples must have the same length", len(b), len(a))
	}
	d := make([]float64, len(a))
	for i := range a {
		d[i] = a[i] - b[i]
	}
	r, err := TTest1Samp(d, 0, opts)
	if e, ok := err.(*Error); ok {
		e.Func = fn
	}
	return r, err
}

// TTestIndOptions are the options of TTestInd; nil is SciPy's default
// (Student's test with pooled variance, two-sided, NaN propagates).
type TTestIndOptions struct {
	// Welch does not assume equal variances (SciPy's equal_var=False):
	// Welch's t-test with the Welch–Satterthwaite degrees of freedom.
	Welch       bool
	Alternative Alternative
	NanPolicy   NanPolicy
}

// TTestInd tests whether two independent samples have the same mean,
// scipy.stats.ttest_ind: Student's t with pooled variance on n1+n2-2
// degrees of freedom, or, with Welch, Welch's t on the Welch–Satterthwaite
// degrees of freedom (1 where both samples are constant, as SciPy). The
// result is SciPy 1.11's TtestResult: DF is reported, and
// ConfidenceInterval is the interval of mean(a) - mean(b) with the same
// standard error and degrees of freedom as the test (SciPy 1.10 has
// neither). A sample that is empty, or of one value with pooled variance,
// gives NaN as in SciPy 1.10.
//
// Errors: ErrValue for an unknown Alternative or NanPolicy, or a NaN
// under NanRaise.
func TTestInd(a, b []float64, opts *TTestIndOptions) (TTestResult, error) {
	const fn = "TTestInd"
	var o TTestIndOptions
	if opts != nil {
		o = *opts
	}
	bad := TTestResult{TestResult: nanResult(), estimate: math.NaN(), se: math.NaN()}
	alt, err := checkAlt(fn, o.Alternative)
	if err != nil {
		return bad, err
	}
	x, nanA, err := prepare(fn, "a", a, o.NanPolicy)
	if err != nil {
		return bad, err
	}
	y, nanB, err := prepare(fn, "b", b, o.NanPolicy)
	if err != nil {
		return bad, err
	}
	if nanA || nanB {
		return bad, nil
	}
	n1, n2 := float64(len(x)), float64(len(y))
	v1, v2 := variance(x, 1), variance(y, 1)
	var df, denom float64
	if o.Welch {
		vn1, vn2 := v1/n1, v2/n2
		df = (vn1 + vn2) * (vn1 + vn2) / (vn1*vn1/(n1-1) + vn2*vn2/(n2-1))
		if math.IsNaN(df) {
			// Both variances are zero: SciPy takes df = 1, which leaves
			// the infinite statistic's p-value at 0.
			df = 1
		}
		denom = math.Sqrt(vn1 + vn2)
	} else {
		df = n1 + n2 - 2
		svar := ((n1-1)*v1 + (n2-1)*v2) / df
		denom = math.Sqrt(svar * (1/n1 + 1/n2))
	}
	d := mean(x) - mean(y)
	t := d / denom
	return TTestResult{
		TestResult: TestResult{Statistic: t, PValue: tPValue(t, df, alt), DF: df},
		estimate:   d, se: denom, alt: alt,
	}, nil
}
