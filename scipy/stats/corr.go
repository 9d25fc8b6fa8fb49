package stats

import (
	"math"
	"slices"

	"github.com/goscipy/goscipy/scipy/special"
)

// pairs checks that x and y are a paired sample for fn.
func pairs(fn string, x, y []float64) error {
	if len(x) != len(y) {
		return newErr(ErrShape, fn, "y", "has %d elements, x has %d; x and y must have the same length", len(y), len(x))
	}
	return nil
}

// PearsonRResult is the result of PearsonR: the correlation coefficient
// (SciPy's statistic) and its p-value; ConfidenceInterval gives the
// Fisher-transform interval as SciPy's result object does.
type PearsonRResult struct {
	Statistic float64
	PValue    float64
	n         int
	alt       Alternative
}

// PearsonROptions are the options of PearsonR; nil is SciPy's default
// (two-sided).
type PearsonROptions struct {
	Alternative Alternative
}

// PearsonR returns Pearson's correlation coefficient of x and y and the
// p-value of the test of no correlation under normality,
// scipy.stats.pearsonr: r is exactly distributed as a Beta(n/2-1, n/2-1) on
// [-1, 1] under the null hypothesis, whose tails come from the incomplete
// beta function directly. A constant input gives NaN (SciPy warns); n = 2
// gives r = ±1 and p = 1.
//
// Errors: ErrShape when x and y differ in length; ErrValue when they have
// fewer than two elements or for an unknown Alternative.
func PearsonR(x, y []float64, opts *PearsonROptions) (PearsonRResult, error) {
	const fn = "PearsonR"
	var o PearsonROptions
	if opts != nil {
		o = *opts
	}
	alt, err := checkAlt(fn, o.Alternative)
	if err != nil {
		return PearsonRResult{Statistic: math.NaN(), PValue: math.NaN()}, err
	}
	if err := pairs(fn, x, y); err != nil {
		return PearsonRResult{Statistic: math.NaN(), PValue: math.NaN()}, err
	}
	n := len(x)
	res := PearsonRResult{n: n, alt: alt}
	if n < 2 {
		res.Statistic, res.PValue = math.NaN(), math.NaN()
		return res, newErr(ErrValue, fn, "x", "x and y must have length at least 2, got %d", n)
	}
	if isConst(x) || isConst(y) {
		res.Statistic, res.PValue = math.NaN(), math.NaN()
		return res, nil
	}
	if n == 2 {
		res.Statistic = sign(x[1]-x[0]) * sign(y[1]-y[0])
		res.PValue = 1
		return res, nil
	}
	xm, ym := mean(x), mean(y)
	dx, dy := make([]float64, n), make([]float64, n)
	for i := range x {
		dx[i], dy[i] = x[i]-xm, y[i]-ym
	}
	nx, ny := norm2(dx), norm2(dy)
	prod := make([]float64, n)
	for i := range dx {
		prod[i] = (dx[i] / nx) * (dy[i] / ny)
	}
	r := math.Max(-1, math.Min(1, sum(prod)))
	ab := float64(n)/2 - 1
	res.Statistic = r
	// Under H0, (r+1)/2 ~ Beta(ab, ab), symmetric about 1/2.
	switch alt {
	case Less:
		res.PValue = special.Betainc(ab, ab, (1+r)/2)
	case Greater:
		res.PValue = special.Betainc(ab, ab, (1-r)/2)
	default:
		res.PValue = math.Min(1, 2*special.Betainc(ab, ab, (1-math.Abs(r))/2))
	}
	return res, nil
}

// ConfidenceInterval returns the confidence interval of the correlation
// coefficient at the given level from Fisher's transformation, as SciPy's
// PearsonRResult.confidence_interval: tanh(atanh(r) ∓ z/√(n-3)) with z the
// normal quantile, one-sided for Less and Greater (-1 or 1 at the open
// end). Fewer than four observations give NaN.
//
// Errors: ErrValue for a level outside (0, 1).
func (r PearsonRResult) ConfidenceInterval(level float64) (lo, hi float64, err error) {
	if !(level > 0 && level < 1) {
		return math.NaN(), math.NaN(), newErr(ErrValue, "PearsonRResult.ConfidenceInterval", "level", "must be in (0, 1), got %v", level)
	}
	if r.n < 4 {
		return math.NaN(), math.NaN(), nil
	}
	zr, se := math.Atanh(r.Statistic), math.Sqrt(float64(r.n-3))
	switch r.alt {
	case Less:
		return -1, math.Tanh(zr + special.Ndtri(level)/se), nil
	case Greater:
		return math.Tanh(zr - special.Ndtri(level)/se), 1, nil
	}
	h := special.Ndtri(0.5 + level/2)
	return math.Tanh(zr - h/se), math.Tanh(zr + h/se), nil
}

func isConst(x []float64) bool {
	return slices.IndexFunc(x, func(v float64) bool { return v != x[0] }) < 0
}

func sign(v float64) float64 {
	switch {
	case v > 0:
		return 1
	case v < 0:
		return -1
	}
	return v
}

// norm2 is the Euclidean norm of x, scaled against overflow as BLAS's
// nrm2 (which NumPy's linalg.norm calls for SciPy).
func norm2(x []float64) float64 {
	var scale float64
	for _, v := range x {
		scale = math.Max(scale, math.Abs(v))
	}
	if scale == 0 || math.IsInf(scale, 0) || math.IsNaN(scale) {
		return scale
	}
	s := make([]float64, len(x))
	for i, v := range x {
		s[i] = (v / scale) * (v / scale)
	}
	return scale * math.Sqrt(sum(s))
}

// SpearmanR returns Spearman's rank correlation of x and y and the p-value
// of the test of no correlation from Student's t with n-2 degrees of
// freedom, scipy.stats.spearmanr for two samples: the Pearson correlation
// of the average ranks. A constant input gives NaN (SciPy warns).
//
// Errors: ErrShape when x and y differ in length; ErrValue for an unknown
// Alternative.
func SpearmanR(x, y []float64, opts *PearsonROptions) (TestResult, error) {
	const fn = "SpearmanR"
	var o PearsonROptions
	if opts != nil {
		o = *opts
	}
	alt, err := checkAlt(fn, o.Alternative)
	if err != nil {
		return nanResult(), err
	}
	if err := pairs(fn, x, y); err != nil {
		return nanResult(), err
	}
	n := float64(len(x))
	if len(x) < 2 || isConst(x) || isConst(y) {
		r := nanResult()
		r.DF = n - 2
		return r, nil
	}
	rx, _ := tsRankAvg(x)
	ry, _ := tsRankAvg(y)
	rs := corrcoef(rx, ry)
	df := n - 2
	t := rs * math.Sqrt(math.Max(0, df/((rs+1)*(1-rs))))
	return TestResult{Statistic: rs, PValue: tPValue(t, df, alt), DF: df}, nil
}

// corrcoef is NumPy's corrcoef of two samples: their covariance over the
// product of standard deviations, clipped to [-1, 1].
func corrcoef(x, y []float64) float64 {
	sxx, sxy, syy := cov(x, y)
	return math.Max(-1, math.Min(1, sxy/math.Sqrt(sxx)/math.Sqrt(syy)))
}

// cov returns the biased (1/n) variances and covariance of x and y, as
// NumPy's cov(x, y, bias=1): deviations from the means, then sums of
// products.
func cov(x, y []float64) (sxx, sxy, syy float64) {
	n := len(x)
	xm, ym := mean(x), mean(y)
	a, b, c := make([]float64, n), make([]float64, n), make([]float64, n)
	for i := range x {
		dx, dy := x[i]-xm, y[i]-ym
		a[i], b[i], c[i] = dx*dx, dx*dy, dy*dy
	}
	fn := float64(n)
	return sum(a) / fn, sum(b) / fn, sum(c) / fn
}

// LinRegressResult is the least-squares line of LinRegress, with SciPy's
// LinregressResult fields.
type LinRegressResult struct {
	Slope, Intercept float64
	RValue           float64 // Pearson's correlation coefficient
	PValue           float64 // of the test that the slope is zero (Wald, t with n-2 df)
	StdErr           float64 // standard error of the slope
	InterceptStdErr  float64
}

// LinRegress fits y = Intercept + Slope·x by least squares,
// scipy.stats.linregress, with the p-value of the slope (Alternative as
// in PearsonR) and the standard errors. n = 2 gives p = 0 (or 1 when the
// two y are equal) and zero standard errors, as SciPy.
//
// Errors: ErrShape when x and y differ in length; ErrEmpty for no points;
// ErrValue when all x are identical (SciPy raises) or for an unknown
// Alternative.
func LinRegress(x, y []float64, opts *PearsonROptions) (LinRegressResult, error) {
	const fn = "LinRegress"
	var o PearsonROptions
	if opts != nil {
		o = *opts
	}
	nan := math.NaN()
	bad := LinRegressResult{nan, nan, nan, nan, nan, nan}
	alt, err := checkAlt(fn, o.Alternative)
	if err != nil {
		return bad, err
	}
	if err := pairs(fn, x, y); err != nil {
		return bad, err
	}
	n := len(x)
	switch {
	case n == 0:
		return bad, newErr(ErrEmpty, fn, "x", "inputs must not be empty")
	case n > 1 && isConst(x):
		return bad, newErr(ErrValue, fn, "x", "all x values are identical; a linear regression needs at least two distinct ones")
	}
	xm, ym := mean(x), mean(y)
	ssxm, ssxym, ssym := cov(x, y)
	r := 0.0
	if ssxm != 0 && ssym != 0 {
		r = math.Max(-1, math.Min(1, ssxym/math.Sqrt(ssxm*ssym)))
	}
	res := LinRegressResult{Slope: ssxym / ssxm, RValue: r}
	res.Intercept = ym - res.Slope*xm
	if n == 2 {
		res.PValue = 0
		if y[0] == y[1] {
			res.PValue = 1
		}
		return res, nil
	}
	const tiny = 1e-20 // SciPy's TINY, which keeps t finite at |r| = 1
	df := float64(n - 2)
	t := r * math.Sqrt(df/((1-r+tiny)*(1+r+tiny)))
	res.PValue = tPValue(t, df, alt)
	res.StdErr = math.Sqrt((1 - r*r) * ssym / ssxm / df)
	res.InterceptStdErr = res.StdErr * math.Sqrt(ssxm+xm*xm)
	return res, nil
}
