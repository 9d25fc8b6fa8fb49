package stats

import "math"

// NormalityOptions are the options of SkewTest and KurtosisTest; nil is
// SciPy's default (two-sided, NaN propagates).
type NormalityOptions struct {
	Alternative Alternative
	NanPolicy   NanPolicy
}

func normalityData(fn string, a []float64, opts *NormalityOptions) ([]float64, Alternative, bool, error) {
	var o NormalityOptions
	if opts != nil {
		o = *opts
	}
	alt, err := checkAlt(fn, o.Alternative)
	if err != nil {
		return nil, "", false, err
	}
	data, nan, err := prepare(fn, "a", a, o.NanPolicy)
	return data, alt, nan, err
}

// SkewTest tests whether the skewness of a differs from that of a normal
// distribution, scipy.stats.skewtest: D'Agostino's transformation of the
// sample skewness to a standard normal Z.
//
// Errors: ErrValue for fewer than 8 observations (SciPy raises), an
// unknown Alternative or NanPolicy, or a NaN under NanRaise.
func SkewTest(a []float64, opts *NormalityOptions) (TestResult, error) {
	const fn = "SkewTest"
	data, alt, nan, err := normalityData(fn, a, opts)
	if err != nil || nan {
		return nanResult(), err
	}
	z, err := skewZ(fn, data)
	if err != nil {
		return nanResult(), err
	}
	return TestResult{Statistic: z, PValue: normPValue(z, alt), DF: math.NaN()}, nil
}

func skewZ(fn string, data []float64) (float64, error) {
	n := float64(len(data))
	if n < 8 {
		return math.NaN(), newErr(ErrValue, fn, "a", "skewtest is not valid with fewer than 8 observations; got %d", len(data))
	}
	b2 := skewOf(data, false)
	y := b2 * math.Sqrt((n+1)*(n+3)/(6*(n-2)))
	beta2 := 3 * (n*n + 27*n - 70) * (n + 1) * (n + 3) / ((n - 2) * (n + 5) * (n + 7) * (n + 9))
	w2 := -1 + math.Sqrt(2*(beta2-1))
	delta := 1 / math.Sqrt(0.5*math.Log(w2))
	alpha := math.Sqrt(2 / (w2 - 1))
	if y == 0 {
		y = 1 // SciPy's np.where(y == 0, 1, y)
	}
	ya := y / alpha
	return delta * math.Log(ya+math.Sqrt(ya*ya+1)), nil
}

// KurtosisTest tests whether the kurtosis of a differs from that of a
// normal distribution, scipy.stats.kurtosistest: Anscombe and Glynn's
// transformation to a standard normal Z (SciPy warns below 20
// observations; the result is returned all the same).
//
// Errors: ErrValue for fewer than 5 observations (SciPy raises), an
// unknown Alternative or NanPolicy, or a NaN under NanRaise.
func KurtosisTest(a []float64, opts *NormalityOptions) (TestResult, error) {
	const fn = "KurtosisTest"
	data, alt, nan, err := normalityData(fn, a, opts)
	if err != nil || nan {
		return nanResult(), err
	}
	z, err := kurtosisZ(fn, data)
	if err != nil {
		return nanResult(), err
	}
	return TestResult{Statistic: z, PValue: normPValue(z, alt), DF: math.NaN()}, nil
}

func kurtosisZ(fn string, data []float64) (float64, error) {
	n := float64(len(data))
	if n < 5 {
		return math.NaN(), newErr(ErrValue, fn, "a", "kurtosistest requires at least 5 observations; got %d", len(data))
	}
	b2 := kurtosisOf(data, false, true)
	e := 3 * (n - 1) / (n + 1)
	varb2 := 24 * n * (n - 2) * (n - 3) / ((n + 1) * (n + 1) * (n + 3) * (n + 5))
	x := (b2 - e) / math.Sqrt(varb2)
	sqrtbeta1 := 6 * (n*n - 5*n + 2) / ((n + 7) * (n + 9)) * math.Sqrt(6*(n+3)*(n+5)/(n*(n-2)*(n-3)))
	A := 6 + 8/sqrtbeta1*(2/sqrtbeta1+math.Sqrt(1+4/(sqrtbeta1*sqrtbeta1)))
	term1 := 1 - 2/(9*A)
	denom := 1 + x*math.Sqrt(2/(A-4))
	if denom == 0 {
		return math.NaN(), nil
	}
	term2 := sign(denom) * math.Pow((1-2/A)/math.Abs(denom), 1.0/3)
	return (term1 - term2) / math.Sqrt(2/(9*A)), nil
}

// NormalTest is D'Agostino and Pearson's omnibus test of normality,
// scipy.stats.normaltest: the sum of the squared SkewTest and KurtosisTest
// statistics, χ² with 2 degrees of freedom.
//
// Errors: as SkewTest (at least 8 observations).
func NormalTest(a []float64, opts *Options) (TestResult, error) {
	const fn = "NormalTest"
	data, nan, err := prepare(fn, "a", a, policyOf(opts))
	if err != nil || nan {
		return nanResult(), err
	}
	s, err := skewZ(fn, data)
	if err != nil {
		return nanResult(), err
	}
	k, _ := kurtosisZ(fn, data)
	k2 := s*s + k*k
	return TestResult{Statistic: k2, PValue: chi2SF(k2, 2), DF: 2}, nil
}

// JarqueBera is the Jarque–Bera goodness-of-fit test of normality,
// scipy.stats.jarque_bera: n/6·(S² + K²/4) with the sample skewness S and
// excess kurtosis K, χ² with 2 degrees of freedom.
//
// Errors: ErrEmpty for an empty sample (SciPy raises); ErrValue for an
// unknown NanPolicy or a NaN under NanRaise.
func JarqueBera(x []float64, opts *Options) (TestResult, error) {
	const fn = "JarqueBera"
	data, nan, err := prepare(fn, "x", x, policyOf(opts))
	if err != nil || nan {
		return nanResult(), err
	}
	if len(data) == 0 {
		return nanResult(), newErr(ErrEmpty, fn, "x", "at least one observation is required")
	}
	m := mean(data)
	d := make([]float64, len(data))
	for i, v := range data {
		d[i] = v - m
	}
	s, k := skewOf(d, false), kurtosisOf(d, false, false)
	jb := float64(len(data)) / 6 * (s*s + k*k/4)
	return TestResult{Statistic: jb, PValue: chi2SF(jb, 2), DF: 2}, nil
}
