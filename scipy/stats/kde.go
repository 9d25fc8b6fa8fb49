package stats

import (
	"math"
	"math/rand/v2"
	"sort"
	"strings"

	"gonum.org/v1/gonum/mat"

	"github.com/goscipy/goscipy/scipy/special"
)

// GaussianKDEOptions are the options of NewGaussianKDE; nil is SciPy's
// default (Scott's rule, equal weights).
type GaussianKDEOptions struct {
	// BwMethod is the bandwidth rule, "scott" (the zero value "", SciPy's
	// default) or "silverman". It is ignored when BwFactor or BwFunc is
	// set.
	BwMethod string
	// BwFactor, when positive, is used directly as the factor that
	// multiplies the data covariance's Cholesky factor (SciPy's scalar
	// bw_method). It must be finite.
	BwFactor float64
	// BwFunc, when not nil, computes the factor from the estimator
	// (SciPy's callable bw_method). During the call only D, N, Neff,
	// Weights and Dataset are meaningful; it must return a positive
	// finite factor, and a panic in it is returned as an ErrValue error.
	// BwFactor takes precedence over BwFunc.
	BwFunc func(k *GaussianKDE) float64
	// Weights are the weights of the data points (SciPy's weights), of
	// length n, non-negative and finite with a positive sum; they are
	// normalized to sum to 1. Nil means equal weights.
	Weights []float64
}

// GaussianKDE is a kernel density estimate with Gaussian kernels,
// scipy.stats.gaussian_kde: the density is the weighted mean of normal
// densities centred at the data points, all with the covariance
// Covariance() = Factor()² × (weighted sample covariance of the data).
//
// Data and points are laid out as in SciPy: a slice of d rows, row k
// holding the k-th coordinate of every point, so that 1-D data x is
// [][]float64{x}. A GaussianKDE is immutable once built and safe for
// concurrent use (give each goroutine its own *rand.Rand for Resample).
type GaussianKDE struct {
	d, n    int
	data    []float64 // n×d row-major copy of the points
	weights []float64 // normalized to sum 1
	neff    float64
	factor  float64
	dataCov []float64 // d×d weighted covariance of the data
	cov     []float64 // dataCov × factor²
	chol    []float64 // d×d lower Cholesky factor of cov
	white   []float64 // n×d: chol⁻¹ × data point
	logNorm float64   // log of (2π)^(-d/2) / det(chol)
}

// NewGaussianKDE builds the kernel density estimate of dataset, which has
// d rows of n coordinates each (dataset[k][i] is coordinate k of point i;
// 1-D data x is [][]float64{x}). dataset is copied.
//
// Errors: ErrEmpty for no data; ErrShape for rows of different lengths, a
// Weights of the wrong length, or d > n (SciPy's "number of dimensions is
// greater than number of samples"); ErrValue for a single value (SciPy
// needs multiple elements), non-finite data, invalid weights or bandwidth
// options, and data whose covariance is singular (constant data, or points
// in a lower-dimensional subspace: SciPy's LinAlgError).
func NewGaussianKDE(dataset [][]float64, opts *GaussianKDEOptions) (*GaussianKDE, error) {
	const fn = "NewGaussianKDE"
	var o GaussianKDEOptions
	if opts != nil {
		o = *opts
	}
	d := len(dataset)
	if d == 0 || len(dataset[0]) == 0 {
		return nil, newErr(ErrEmpty, fn, "dataset", "must hold at least one point")
	}
	n := len(dataset[0])
	for k, row := range dataset {
		if len(row) != n {
			return nil, newErr(ErrShape, fn, "dataset", "row %d has %d values, row 0 has %d", k, len(row), n)
		}
	}
	if d*n <= 1 {
		return nil, newErr(ErrValue, fn, "dataset", "input should have multiple elements, got 1")
	}
	if d > n {
		return nil, newErr(ErrShape, fn, "dataset", "%d dimensions but only %d points: the data covariance is singular (each row is one coordinate of every point; transpose the input?)", d, n)
	}
	k := &GaussianKDE{d: d, n: n, data: make([]float64, n*d)}
	for r, row := range dataset {
		for i, v := range row {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				return nil, newErr(ErrValue, fn, "dataset", "element [%d][%d] is %v; the data must be finite", r, i, v)
			}
			k.data[i*d+r] = v
		}
	}
	k.weights = make([]float64, n)
	if o.Weights != nil {
		if len(o.Weights) != n {
			return nil, newErr(ErrShape, fn, "opts.Weights", "has %d values for %d points", len(o.Weights), n)
		}
		s := 0.0
		for i, w := range o.Weights {
			if !(w >= 0) || math.IsInf(w, 0) {
				return nil, newErr(ErrValue, fn, "opts.Weights", "element %d is %v; weights must be non-negative and finite", i, w)
			}
			s += w // SciPy normalizes by Python's sequential sum
		}
		if !(s > 0) || math.IsInf(s, 0) {
			return nil, newErr(ErrValue, fn, "opts.Weights", "must have a positive finite sum, got %v", s)
		}
		for i, w := range o.Weights {
			k.weights[i] = w / s
		}
	} else {
		for i := range k.weights {
			k.weights[i] = 1 / float64(n)
		}
	}
	w2 := make([]float64, n)
	for i, w := range k.weights {
		w2[i] = w * w
	}
	k.neff = 1 / sum(w2)
	k.dataCov = kdeWeightedCov(k.data, k.weights, n, d)

	// The factor.
	switch {
	case o.BwFactor != 0:
		if !(o.BwFactor > 0) || math.IsInf(o.BwFactor, 0) {
			return nil, newErr(ErrValue, fn, "opts.BwFactor", "must be positive and finite, got %v", o.BwFactor)
		}
		k.factor = o.BwFactor
	case o.BwFunc != nil:
		f, err := kdeCallBw(o.BwFunc, k)
		if err != nil {
			return nil, err
		}
		if !(f > 0) || math.IsInf(f, 0) {
			return nil, newErr(ErrValue, fn, "opts.BwFunc", "returned %v; the factor must be positive and finite", f)
		}
		k.factor = f
	default:
		switch strings.ToLower(o.BwMethod) {
		case "", "scott":
			k.factor = math.Pow(k.neff, -1/float64(d+4))
		case "silverman":
			k.factor = math.Pow(k.neff*(float64(d)+2)/4, -1/float64(d+4))
		default:
			return nil, newErr(ErrValue, fn, "opts.BwMethod", "%q is not one of \"scott\", \"silverman\" (use BwFactor or BwFunc for others)", o.BwMethod)
		}
	}

	// Cholesky factor of the data covariance, then scaled by the factor as
	// SciPy does (cho_cov = chol(data_cov) × factor).
	l, ok := kdeCholesky(k.dataCov, d)
	if !ok {
		return nil, newErr(ErrValue, fn, "dataset", "the data covariance matrix is singular: the data lie in a lower-dimensional subspace (or are constant); reduce the dimension first")
	}
	f2 := k.factor * k.factor
	k.cov = make([]float64, d*d)
	k.chol = make([]float64, d*d)
	for i := range k.cov {
		k.cov[i] = k.dataCov[i] * f2
		k.chol[i] = l[i] * k.factor
	}
	k.logNorm = -float64(d) / 2 * math.Log(2*math.Pi)
	for i := range d {
		k.logNorm -= math.Log(k.chol[i*d+i])
	}
	k.white = make([]float64, n*d)
	for i := range n {
		kdeForward(k.chol, d, k.data[i*d:(i+1)*d], k.white[i*d:(i+1)*d])
	}
	return k, nil
}

// kdeCallBw calls the user's bandwidth function, turning a panic into an
// ErrValue error.
func kdeCallBw(f func(*GaussianKDE) float64, k *GaussianKDE) (v float64, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = newErr(ErrValue, "NewGaussianKDE", "opts.BwFunc", "panicked: %v", p)
		}
	}()
	return f(k), nil
}

// kdeWeightedCov is NumPy's cov(dataset, aweights=w, bias=False) for the
// n×d row-major points x and weights w summing to about 1.
func kdeWeightedCov(x, w []float64, n, d int) []float64 {
	v1 := sum(w)
	w2 := make([]float64, n)
	for i, v := range w {
		w2[i] = v * v
	}
	fact := v1 - sum(w2)/v1
	avg := make([]float64, d)
	col := make([]float64, n)
	for r := range d {
		for i := range n {
			col[i] = x[i*d+r] * w[i]
		}
		avg[r] = sum(col) / v1
	}
	c := make([]float64, d*d)
	for a := range d {
		for b := 0; b <= a; b++ {
			for i := range n {
				col[i] = (x[i*d+a] - avg[a]) * (x[i*d+b] - avg[b]) * w[i]
			}
			c[a*d+b] = sum(col) / fact
			c[b*d+a] = c[a*d+b]
		}
	}
	return c
}

// kdeCholesky returns the lower Cholesky factor of the d×d symmetric
// row-major a, and false when a is not numerically positive definite.
func kdeCholesky(a []float64, d int) ([]float64, bool) {
	l := make([]float64, d*d)
	for j := range d {
		s := a[j*d+j]
		for k := range j {
			s -= l[j*d+k] * l[j*d+k]
		}
		// A pivot that is not positive, or negligible against the
		// diagonal, means a singular covariance.
		if !(s > 1e-13*math.Abs(a[j*d+j])) || !(s > 0) {
			return nil, false
		}
		l[j*d+j] = math.Sqrt(s)
		for i := j + 1; i < d; i++ {
			s := a[i*d+j]
			for k := range j {
				s -= l[i*d+k] * l[j*d+k]
			}
			l[i*d+j] = s / l[j*d+j]
		}
	}
	return l, true
}

// kdeForward solves l y = x for the lower triangular d×d l.
func kdeForward(l []float64, d int, x, y []float64) {
	for i := range d {
		s := x[i]
		for k := range i {
			s -= l[i*d+k] * y[k]
		}
		y[i] = s / l[i*d+i]
	}
}

// D is the number of dimensions of the data.
func (k *GaussianKDE) D() int { return k.d }

// N is the number of data points.
func (k *GaussianKDE) N() int { return k.n }

// Neff is the effective number of points, 1/Σwᵢ² for the normalized
// weights (n for equal weights), SciPy's neff.
func (k *GaussianKDE) Neff() float64 { return k.neff }

// Factor is the bandwidth factor, SciPy's factor: the kernel covariance is
// Factor² times the data covariance.
func (k *GaussianKDE) Factor() float64 { return k.factor }

// Weights returns a copy of the normalized weights (summing to 1).
func (k *GaussianKDE) Weights() []float64 { return append([]float64(nil), k.weights...) }

// Dataset returns a copy of the data, d rows of n coordinates.
func (k *GaussianKDE) Dataset() [][]float64 {
	out := make([][]float64, k.d)
	for r := range out {
		out[r] = make([]float64, k.n)
		for i := range k.n {
			out[r][i] = k.data[i*k.d+r]
		}
	}
	return out
}

// Covariance returns the d×d covariance of each kernel, SciPy's
// covariance: Factor² times the weighted sample covariance of the data.
func (k *GaussianKDE) Covariance() *mat.SymDense {
	return mat.NewSymDense(k.d, append([]float64(nil), k.cov...))
}

// checkPoints validates points (d rows of m coordinates) for fn and
// returns m.
func (k *GaussianKDE) checkPoints(fn string, points [][]float64) (int, error) {
	if len(points) != k.d {
		return 0, newErr(ErrShape, fn, "points", "has %d rows, the data have dimension %d (points are laid out as the data: one row per coordinate)", len(points), k.d)
	}
	m := len(points[0])
	for r, row := range points {
		if len(row) != m {
			return 0, newErr(ErrShape, fn, "points", "row %d has %d values, row 0 has %d", r, len(row), m)
		}
	}
	return m, nil
}

// kdeLogTerms fills t[i] with log(wᵢ) - ‖L⁻¹(xᵢ - p)‖²/2 for the point p
// (already whitened: pw = L⁻¹p) and returns the largest term.
func (k *GaussianKDE) kdeLogTerms(pw []float64, t []float64) float64 {
	d := k.d
	best := math.Inf(-1)
	for i := range k.n {
		var r2 float64
		wi := k.white[i*d : (i+1)*d]
		for c, v := range pw {
			e := v - wi[c]
			r2 += e * e
		}
		t[i] = math.Log(k.weights[i]) - r2/2
		if t[i] > best {
			best = t[i]
		}
	}
	return best
}

// Evaluate returns the estimated density at each of the m points, given as
// d rows of m coordinates like the data (1-D: [][]float64{x}),
// scipy.stats.gaussian_kde.evaluate (and pdf). A point with NaN
// coordinates has density NaN. Densities far from every data point
// underflow to 0; use LogPDF there.
//
// Errors: ErrShape when points do not have d rows of equal length.
func (k *GaussianKDE) Evaluate(points [][]float64) ([]float64, error) {
	m, err := k.checkPoints("GaussianKDE.Evaluate", points)
	if err != nil {
		return nil, err
	}
	d := k.d
	out := make([]float64, m)
	p := make([]float64, d)
	pw := make([]float64, d)
	norm := math.Exp(k.logNorm)
	for j := range m {
		for r := range d {
			p[r] = points[r][j]
		}
		kdeForward(k.chol, d, p, pw)
		var s float64
		if d == 1 {
			x := pw[0]
			for i, xi := range k.white {
				e := x - xi
				s += k.weights[i] * math.Exp(-e*e/2)
			}
		} else {
			for i := range k.n {
				var r2 float64
				wi := k.white[i*d : (i+1)*d]
				for c, v := range pw {
					e := v - wi[c]
					r2 += e * e
				}
				s += k.weights[i] * math.Exp(-r2/2)
			}
		}
		out[j] = s * norm
	}
	return out, nil
}

// LogPDF returns the logarithm of the estimated density at each point
// (laid out as in Evaluate), scipy.stats.gaussian_kde.logpdf, computed by
// a log-sum-exp over the kernels so that it stays finite far from the
// data where Evaluate underflows. A point with NaN coordinates gives NaN.
//
// Errors: ErrShape when points do not have d rows of equal length.
func (k *GaussianKDE) LogPDF(points [][]float64) ([]float64, error) {
	m, err := k.checkPoints("GaussianKDE.LogPDF", points)
	if err != nil {
		return nil, err
	}
	d := k.d
	out := make([]float64, m)
	p := make([]float64, d)
	pw := make([]float64, d)
	t := make([]float64, k.n)
	for j := range m {
		nan := false
		for r := range d {
			p[r] = points[r][j]
			nan = nan || math.IsNaN(p[r])
		}
		if nan {
			out[j] = math.NaN()
			continue
		}
		kdeForward(k.chol, d, p, pw)
		best := k.kdeLogTerms(pw, t)
		if math.IsInf(best, -1) {
			out[j] = math.Inf(-1)
			continue
		}
		for i := range t {
			t[i] = math.Exp(t[i] - best)
		}
		out[j] = math.Log(sum(t)) + best + k.logNorm
	}
	return out, nil
}

// Resample draws size points from the estimated density,
// scipy.stats.gaussian_kde.resample: a data point chosen with probability
// its weight, plus a normal deviate with covariance Covariance(). The
// result has d rows of size coordinates. SciPy's default size is the
// effective number of points, int(k.Neff()). The draws come from r only
// (SciPy's stream cannot be reproduced).
//
// Errors: ErrValue for a negative size, one above MaxResamples, or a nil r.
func (k *GaussianKDE) Resample(size int, r *rand.Rand) ([][]float64, error) {
	const fn = "GaussianKDE.Resample"
	if size < 0 || size > MaxResamples {
		return nil, newErr(ErrValue, fn, "size", "must be in [0, %d], got %d", MaxResamples, size)
	}
	if r == nil {
		return nil, newErr(ErrValue, fn, "r", "a *rand.Rand is required")
	}
	d := k.d
	cum := make([]float64, k.n)
	var c float64
	for i, w := range k.weights {
		c += w
		cum[i] = c
	}
	out := make([][]float64, d)
	for row := range out {
		out[row] = make([]float64, size)
	}
	last := k.n - 1
	for k.weights[last] == 0 {
		last-- // some weight is positive: the sum is
	}
	z := make([]float64, d)
	for j := range size {
		for row := range z {
			z[row] = r.NormFloat64()
		}
		// The first point whose cumulative weight exceeds u has a positive
		// weight; u rounding up to the total picks the last such point.
		u := r.Float64() * c
		i := sort.Search(k.n, func(i int) bool { return cum[i] > u })
		if i == k.n {
			i = last
		}
		for row := range d {
			s := k.data[i*d+row]
			for col := 0; col <= row; col++ {
				s += k.chol[row*d+col] * z[col]
			}
			out[row][j] = s
		}
	}
	return out, nil
}

// IntegrateBox1D returns the estimated probability of [lo, hi] for 1-D
// data, scipy.stats.gaussian_kde.integrate_box_1d: Σ wᵢ (Φ((hi-xᵢ)/σ) -
// Φ((lo-xᵢ)/σ)) with σ² the kernel variance (negative when hi < lo, as
// SciPy; ±Inf bounds allowed; NaN gives NaN).
//
// Errors: ErrShape when the data are not 1-D.
func (k *GaussianKDE) IntegrateBox1D(lo, hi float64) (float64, error) {
	if k.d != 1 {
		return math.NaN(), newErr(ErrShape, "GaussianKDE.IntegrateBox1D", "", "only handles 1-D data, the data have dimension %d", k.d)
	}
	sd := math.Sqrt(k.cov[0])
	t := make([]float64, k.n)
	for i, x := range k.data {
		t[i] = k.weights[i] * (special.Ndtr((hi-x)/sd) - special.Ndtr((lo-x)/sd))
	}
	return sum(t), nil
}

// IntegrateGaussian returns the integral over the whole space of the
// estimated density times the normal density with the given mean (length
// d) and covariance (d×d), scipy.stats.gaussian_kde.integrate_gaussian.
//
// Errors: ErrShape for a mean or covariance of the wrong dimension;
// ErrValue when the covariance plus Covariance() is not positive definite
// or mean is not finite.
func (k *GaussianKDE) IntegrateGaussian(mean []float64, cov mat.Symmetric) (float64, error) {
	const fn = "GaussianKDE.IntegrateGaussian"
	d := k.d
	if len(mean) != d {
		return math.NaN(), newErr(ErrShape, fn, "mean", "has length %d, the data have dimension %d", len(mean), d)
	}
	if cov == nil || cov.SymmetricDim() != d {
		return math.NaN(), newErr(ErrShape, fn, "cov", "must be %d×%d", d, d)
	}
	for i, v := range mean {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return math.NaN(), newErr(ErrValue, fn, "mean", "element %d is %v; must be finite", i, v)
		}
	}
	s := make([]float64, d*d)
	for i := range d {
		for j := range d {
			s[i*d+j] = k.cov[i*d+j] + cov.At(i, j)
		}
	}
	l, ok := kdeCholesky(s, d)
	if !ok {
		return math.NaN(), newErr(ErrValue, fn, "cov", "cov + Covariance() is not positive definite")
	}
	logNorm := -float64(d) / 2 * math.Log(2*math.Pi)
	for i := range d {
		logNorm -= math.Log(l[i*d+i])
	}
	diff := make([]float64, d)
	y := make([]float64, d)
	t := make([]float64, k.n)
	for i := range k.n {
		for r := range d {
			diff[r] = k.data[i*d+r] - mean[r]
		}
		kdeForward(l, d, diff, y)
		var e float64
		for _, v := range y {
			e += v * v
		}
		t[i] = math.Exp(-e/2) * k.weights[i]
	}
	return sum(t) * math.Exp(logNorm), nil
}

// Marginal returns the estimate of the marginal distribution of the
// dimensions dims (indices into the data's rows, negative ones counting
// from the end as in Python), scipy.stats.gaussian_kde.marginal: an
// estimate of those rows of the data with the same factor and weights.
//
// Errors: ErrEmpty for no dims; ErrValue for an index out of range or
// repeated.
func (k *GaussianKDE) Marginal(dims []int) (*GaussianKDE, error) {
	const fn = "GaussianKDE.Marginal"
	if len(dims) == 0 {
		return nil, newErr(ErrEmpty, fn, "dims", "must name at least one dimension")
	}
	seen := make([]bool, k.d)
	all := k.Dataset()
	rows := make([][]float64, len(dims))
	for i, v := range dims {
		j := v
		if j < 0 {
			j += k.d
		}
		if j < 0 || j >= k.d {
			return nil, newErr(ErrValue, fn, "dims", "dimension %d is invalid for a distribution in %d dimensions", v, k.d)
		}
		if seen[j] {
			return nil, newErr(ErrValue, fn, "dims", "dimension %d is repeated; all elements must be unique", v)
		}
		seen[j] = true
		rows[i] = all[j]
	}
	return NewGaussianKDE(rows, &GaussianKDEOptions{BwFactor: k.factor, Weights: k.weights})
}

// IntegrateKDE returns the integral over the whole space of the product
// of the two estimated densities, scipy.stats.gaussian_kde.integrate_kde.
//
// Errors: ErrShape when the estimates have different dimensions; ErrValue
// when other is nil.
func (k *GaussianKDE) IntegrateKDE(other *GaussianKDE) (float64, error) {
	const fn = "GaussianKDE.IntegrateKDE"
	if other == nil {
		return math.NaN(), newErr(ErrValue, fn, "other", "must not be nil")
	}
	if other.d != k.d {
		return math.NaN(), newErr(ErrShape, fn, "other", "has dimension %d, this estimate %d", other.d, k.d)
	}
	small, large := k, other
	if other.n < k.n {
		small, large = other, k
	}
	d := k.d
	s := make([]float64, d*d)
	for i := range s {
		s[i] = small.cov[i] + large.cov[i]
	}
	l, ok := kdeCholesky(s, d)
	if !ok {
		return math.NaN(), newErr(ErrValue, fn, "other", "the sum of the kernel covariances is not positive definite")
	}
	logNorm := -float64(d) / 2 * math.Log(2*math.Pi)
	for i := range d {
		logNorm -= math.Log(l[i*d+i])
	}
	diff := make([]float64, d)
	y := make([]float64, d)
	t := make([]float64, large.n)
	var total float64
	for i := range small.n {
		for j := range large.n {
			for r := range d {
				diff[r] = large.data[j*d+r] - small.data[i*d+r]
			}
			kdeForward(l, d, diff, y)
			var e float64
			for _, v := range y {
				e += v * v
			}
			t[j] = math.Exp(-e/2) * large.weights[j]
		}
		total += sum(t) * small.weights[i]
	}
	return total * math.Exp(logNorm), nil
}
