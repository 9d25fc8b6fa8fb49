package stats

import (
	"context"
	"math"
	"strings"

	"github.com/goscipy/goscipy/internal/neldermead"
)

// Family is a parametric family of continuous distributions, SciPy's
// unfrozen rv_continuous such as scipy.stats.gamma: a name, the names of
// its shape parameters and a constructor from parameter values. Fit
// estimates a family's parameters from data. The package's families are
// the variables NormFamily, GammaFamily, …; Families lists them.
//
// A Family is immutable and safe for concurrent use.
type Family struct {
	name   string
	shapes []string
	// open is SciPy's _open_support_mask: data on the support's ends count
	// as outside it in the penalized likelihood.
	open bool
	// build returns the distribution with parameters p = (shapes..., loc,
	// scale), or the constructor's error.
	build func(p []float64) (Continuous, error)
	// start, if not nil, replaces SciPy's default _fitstart: it returns
	// the full starting vector (shapes..., loc, scale).
	start func(f *Family, data []float64) []float64
	// lik, if not nil, returns the standard form for the likelihood
	// without the constructor's precomputed moments and entropy (which
	// some constructors integrate numerically), or false where the
	// constructor would fail.
	lik func(shapes []float64) (standard, bool)
	// fit, if not nil, is the family's own fit method (closed forms or
	// special solvers, SciPy's overridden fit); it reports done = false
	// to fall back on the generic optimizer.
	fit func(c *fitCall) (p []float64, done bool, err error)
}

// Name is SciPy's name of the family, for example "gamma".
func (f *Family) Name() string { return f.name }

// Shapes returns the names of the shape parameters in SciPy's order (for
// example ["a", "b"] for beta; none for norm). The slice is a copy.
func (f *Family) Shapes() []string { return append([]string(nil), f.shapes...) }

// New returns the member of the family with the given shape parameters
// (len(shapes) must be len(f.Shapes())), loc and scale: the same
// distribution as the family's constructor (NewGamma, …). It returns the
// constructor's ErrValue error for invalid parameters and an ErrShape
// error for a wrong number of shapes.
func (f *Family) New(shapes []float64, loc, scale float64) (Continuous, error) {
	if len(shapes) != len(f.shapes) {
		return nil, newErr(ErrShape, "Family.New", "shapes", "%s takes %d shape parameters %v, got %d", f.name, len(f.shapes), f.shapes, len(shapes))
	}
	p := make([]float64, 0, len(shapes)+2)
	p = append(append(p, shapes...), loc, scale)
	return f.build(p)
}

// standardOf returns the standard form (loc 0, scale 1) of the member
// with the given shapes, or false where SciPy's _argcheck fails.
func (f *Family) standardOf(shapes []float64) (standard, bool) {
	p := make([]float64, len(shapes)+2)
	copy(p, shapes)
	p[len(shapes)+1] = 1
	d, err := f.build(p)
	if err != nil {
		return nil, false
	}
	s, ok := d.(interface{ fitStandard() standard })
	if !ok {
		return nil, false
	}
	return s.fitStandard(), true
}

// fitStandard exposes the standard form to Fit's likelihood, which works
// on (x-loc)/scale as SciPy's does.
func (d continuous) fitStandard() standard { return d.std }

// FitOptions are the optional arguments of Fit; nil or the zero value
// means SciPy's defaults.
type FitOptions struct {
	// Fixed holds parameters fixed at the given values, keyed by name:
	// "loc", "scale" or a shape name from Family.Shapes (SciPy's floc,
	// fscale and f0/fa/fix_a keywords).
	Fixed map[string]float64
	// Guess holds starting values for the optimizer, keyed as Fixed
	// (SciPy's positional shape guesses and its loc= and scale=
	// keywords); parameters without one start from SciPy's _fitstart.
	Guess map[string]float64
	// Method is "MLE" (maximum likelihood, the default for "") or "MM"
	// (method of moments: the first k raw moments of the data and of the
	// distribution agree in relative least squares, k the number of free
	// parameters), case-insensitive.
	Method string
	// Context, if not nil, cancels the optimizer (Fit then returns
	// Context.Err()).
	Context context.Context
}

// FitResult is the outcome of Fit.
type FitResult struct {
	// Shapes are the estimated (or fixed) shape parameters in the order of
	// Family.Shapes; Loc and Scale the location and scale. Together they
	// are SciPy's returned tuple.
	Shapes     []float64
	Loc, Scale float64
	// Dist is the fitted distribution.
	Dist Continuous
	// NLLF is the negative log-likelihood -Σ log PDF(xᵢ) of the data
	// under Dist (SciPy's nnlf; +Inf if a point is outside the support).
	NLLF float64
	// Success is false when the Nelder–Mead optimizer stopped at its
	// iteration or evaluation limit (SciPy's fmin then returns its best
	// point silently); Message says why. Closed-form fits always succeed.
	Success bool
	Message string
	// NIt and NFev are the optimizer's iterations and objective
	// evaluations, 0 for closed-form fits.
	NIt, NFev int
}

// fitCall is one call of Fit: the data and the normalized options.
type fitCall struct {
	fam   *Family
	data  []float64 // the caller's slice: read only
	np    int       // number of parameters, shapes + 2
	fixed []float64 // the fixed values, where isFix
	isFix []bool
	guess []float64
	isGs  []bool
	mm    bool
	ctx   context.Context
	// The optimizer's counts and outcome, for FitResult.
	nit, nfev int
	success   bool
	message   string
}

func (c *fitCall) fixedVal(i int) (float64, bool) { return c.fixed[i], c.isFix[i] }
func (c *fitCall) guessVal(i int) (float64, bool) { return c.guess[i], c.isGs[i] }

// Fit estimates the parameters of family f from data, SciPy's
// dist.fit(data, *guesses, loc=, scale=, f0=/fa=, floc=, fscale=,
// method=). data is not modified.
//
// With Method "MLE" the estimate maximizes the likelihood. Where SciPy
// 1.10 overrides fit with closed forms or special solvers (norm, expon,
// uniform, laplace, logistic, gumbel_r, gumbel_l, rayleigh, pareto, and
// with fixed loc lognorm, gamma and invgauss, with fixed loc and scale
// beta) Fit uses the same formulas; weibull_min and skewnorm start from
// SciPy's moment estimates. Everywhere else Fit minimizes SciPy's
// penalized negative log-likelihood (points outside the support cost
// 100·log(MaxFloat64) each instead of +Inf) with the Nelder–Mead simplex
// method of scipy.optimize.fmin, from SciPy's _fitstart starting point,
// so it finds the same local optimum as SciPy to within the optimizer's
// tolerance (1e-4 absolute in the parameters and the objective). The
// result is a local optimum, not guaranteed global, as in SciPy. As in
// SciPy, the closed forms ignore Guess, except that gumbel_r, gumbel_l
// and pareto start their root bracket at Guess["scale"] and logistic its
// solver at Guess["loc"] and Guess["scale"]. VonMises has the support
// [-π, π] of SciPy's vonmises_line (see VonMises), so its fits are those
// of scipy.stats.vonmises_line.
//
// Errors (all *Error): ErrEmpty for empty data; ErrValue for data with a
// NaN or infinity (Arg "data"), an unknown name in Fixed or Guess, every
// parameter fixed (Arg "Fixed"), an unknown Method, data outside the
// support implied by a fixed loc (and scale) where SciPy's closed forms
// raise FitDataError (Arg "data"), an estimated scale of 0 (constant data
// or a single point, where SciPy returns scale 0; Arg "data"), a root
// solver that fails where SciPy raises FitSolverError, a moment equation
// without solution for weibull_min and skewnorm's method of moments, or
// an optimum outside the parameter domain (SciPy's FitError). Non-convergence of the optimizer is reported in
// FitResult.Success, not as an error.
func Fit(f *Family, data []float64, opts *FitOptions) (FitResult, error) {
	const fn = "Fit"
	if f == nil {
		return FitResult{}, newErr(ErrValue, fn, "f", "nil Family")
	}
	var o FitOptions
	if opts != nil {
		o = *opts
	}
	c := &fitCall{fam: f, data: data, np: len(f.shapes) + 2, ctx: o.Context, success: true}
	if c.ctx == nil {
		c.ctx = context.Background()
	}
	switch strings.ToLower(o.Method) {
	case "", "mle":
	case "mm":
		c.mm = true
	default:
		return FitResult{}, newErr(ErrValue, fn, "Method", "%q is not available; must be \"MLE\" or \"MM\"", o.Method)
	}
	var err error
	if c.fixed, c.isFix, err = fitNamed(f, "Fixed", o.Fixed); err != nil {
		return FitResult{}, err
	}
	if c.guess, c.isGs, err = fitNamed(f, "Guess", o.Guess); err != nil {
		return FitResult{}, err
	}
	if len(data) == 0 {
		return FitResult{}, newErr(ErrEmpty, fn, "data", "no data to fit")
	}
	for _, x := range data {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return FitResult{}, newErr(ErrValue, fn, "data", "the data contains non-finite values")
		}
	}
	nFixed := 0
	for _, b := range c.isFix {
		if b {
			nFixed++
		}
	}
	if nFixed == c.np {
		return FitResult{}, newErr(ErrValue, fn, "Fixed", "all parameters fixed: there is nothing to optimize")
	}

	var p []float64
	done := false
	if f.fit != nil {
		if p, done, err = f.fit(c); err != nil {
			return FitResult{}, err
		}
	}
	if !done {
		if p, err = c.generic(nil); err != nil {
			return FitResult{}, err
		}
	}
	return c.result(p)
}

// result packs the parameter vector p into a FitResult.
func (c *fitCall) result(p []float64) (FitResult, error) {
	d, err := c.fam.build(p)
	if k := len(c.fam.shapes); err != nil && p[k+1] == 0 {
		return FitResult{}, newErr(ErrValue, "Fit", "data", "%s: the estimated scale is 0 (constant data or a single point): no distribution", c.fam.name)
	}
	if err != nil {
		return FitResult{}, newErr(ErrValue, "Fit", "", "optimization converged to parameters outside the range allowed by %s: %v", c.fam.name, p)
	}
	nll := tsNLL(d, c.data)
	k := len(c.fam.shapes)
	return FitResult{
		Shapes: append([]float64(nil), p[:k]...), Loc: p[k], Scale: p[k+1],
		Dist: d, NLLF: nll,
		Success: c.success, Message: c.message, NIt: c.nit, NFev: c.nfev,
	}, nil
}

// fitNamed turns a map keyed by parameter name into a vector over
// (shapes..., loc, scale) and a mask of the given entries.
func fitNamed(f *Family, arg string, m map[string]float64) ([]float64, []bool, error) {
	n := len(f.shapes) + 2
	v, set := make([]float64, n), make([]bool, n)
	for name, x := range m {
		i := -1
		switch name {
		case "loc":
			i = n - 2
		case "scale":
			i = n - 1
		default:
			for j, s := range f.shapes {
				if s == name {
					i = j
				}
			}
		}
		if i < 0 {
			return nil, nil, newErr(ErrValue, "Fit", arg, "%q is not a parameter of %s (shapes %v, loc, scale)", name, f.name, f.shapes)
		}
		v[i], set[i] = x, true
	}
	return v, set, nil
}

// generic is SciPy's rv_continuous.fit: the starting point (the guesses,
// completed by _fitstart, or start when not nil), then Nelder–Mead on the
// penalized negative log-likelihood (or the moment error) over the free
// parameters.
func (c *fitCall) generic(start []float64) ([]float64, error) {
	f := c.fam
	p := make([]float64, c.np)
	if start != nil {
		copy(p, start)
	} else {
		allGuessed := true
		for _, g := range c.isGs {
			allGuessed = allGuessed && g
		}
		var st []float64
		if !allGuessed {
			st = f.fitStart(c.data)
		}
		for i := range p {
			if g, ok := c.guessVal(i); ok {
				p[i] = g
			} else {
				p[i] = st[i]
			}
		}
	}
	var x0 []float64
	for i := range p {
		if v, ok := c.fixedVal(i); ok {
			p[i] = v
		} else {
			x0 = append(x0, p[i])
		}
	}
	full := make([]float64, c.np)
	restore := func(theta []float64) []float64 {
		j := 0
		for i := range full {
			if v, ok := c.fixedVal(i); ok {
				full[i] = v
			} else {
				full[i] = theta[j]
				j++
			}
		}
		return full
	}
	var obj func([]float64) float64
	var momErr bool
	if c.mm {
		dm := fitDataMoments(c.data, len(x0))
		obj = func(theta []float64) float64 {
			v, nan := f.momentError(restore(theta), dm)
			momErr = momErr || nan
			return v
		}
	} else {
		obj = func(theta []float64) float64 { return f.penalizedNLL(restore(theta), c.data) }
	}
	r, err := neldermead.Minimize(c.ctx, obj, x0, nil)
	if err != nil {
		return nil, err
	}
	if momErr {
		return nil, newErr(ErrValue, "Fit", "Method", "method of moments met a non-finite distribution moment; consider \"MLE\"")
	}
	c.nit, c.nfev, c.success, c.message = r.NIt, r.NFev, r.Success, r.Message
	out := append([]float64(nil), restore(r.X)...)
	if c.mm {
		if v, _ := f.momentError(out, fitDataMoments(c.data, len(x0))); math.IsNaN(v) || math.IsInf(v, 0) {
			return nil, newErr(ErrValue, "Fit", "", "method of moments failed: a data moment or fitted distribution moment is non-finite")
		}
	}
	return out, nil
}

// fitXMaxLogPenalty is SciPy's penalty per point outside the support or
// with a non-finite log-density: 100·log(MaxFloat64).
var fitXMaxLogPenalty = 100 * math.Log(math.MaxFloat64)

// penalizedNLL is SciPy's _penalized_nnlf at p = (shapes..., loc, scale):
// -Σ log pdf((x-loc)/scale) over the points inside the support with a
// finite log-density, plus the penalty for the others, plus n·log(scale);
// +Inf for parameters outside the domain.
func (f *Family) penalizedNLL(p, data []float64) float64 {
	k := len(f.shapes)
	loc, scale := p[k], p[k+1]
	if scale <= 0 {
		return math.Inf(1)
	}
	var std standard
	var ok bool
	if f.lik != nil {
		std, ok = f.lik(p[:k])
	} else {
		std, ok = f.standardOf(p[:k])
	}
	if !ok {
		return math.Inf(1)
	}
	a, b := std.support()
	sum, bad := 0.0, 0
	for _, x := range data {
		y := (x - loc) / scale
		var in bool
		if f.open {
			in = a < y && y < b
		} else {
			in = a <= y && y <= b
		}
		if !in {
			bad++
			continue
		}
		lp := std.logpdf(y)
		if math.IsNaN(lp) || math.IsInf(lp, 0) {
			bad++
			continue
		}
		sum += lp
	}
	v := -sum
	if bad > 0 {
		v += float64(bad) * fitXMaxLogPenalty
	}
	return v + float64(len(data))*math.Log(scale)
}

// fitDataMoments returns the raw moments Σ xᵏ/n, k = 1..m.
func fitDataMoments(data []float64, m int) []float64 {
	out := make([]float64, m)
	n := float64(len(data))
	for k := range out {
		s := 0.0
		for _, x := range data {
			s += math.Pow(x, float64(k+1)) / n
		}
		out[k] = s
	}
	return out
}

// momentError is SciPy's _moment_error: the squared relative differences
// of the first len(dm) raw moments; nan reports a NaN distribution
// moment, where SciPy raises.
func (f *Family) momentError(p, dm []float64) (v float64, nan bool) {
	k := len(f.shapes)
	if p[k+1] <= 0 {
		return math.Inf(1), false
	}
	d, err := f.build(p)
	if err != nil {
		return math.Inf(1), false
	}
	for i, m := range dm {
		mu := d.Moment(i + 1)
		if math.IsNaN(mu) {
			return math.NaN(), true
		}
		r := (m - mu) / math.Max(math.Abs(m), 1e-8)
		v += r * r
	}
	return v, false
}

// fitStart is SciPy's _fitstart: the family's own or shape guesses of 1
// with loc and scale from _fit_loc_scale_support.
func (f *Family) fitStart(data []float64) []float64 {
	if f.start != nil {
		return f.start(f, data)
	}
	shapes := make([]float64, len(f.shapes))
	for i := range shapes {
		shapes[i] = 1
	}
	return f.startFromShapes(data, shapes)
}

// startFromShapes completes shape guesses with SciPy's
// _fit_loc_scale_support: loc and scale from the first two moments,
// moved so that the data lie inside the support.
func (f *Family) startFromShapes(data, shapes []float64) []float64 {
	out := append(append([]float64(nil), shapes...), 0, 1)
	k := len(shapes)
	std, ok := f.standardOf(shapes)
	if !ok {
		return out
	}
	mu, mu2, _, _ := std.stats()
	muhat, mu2hat := fitMeanVar(data)
	shat := math.Sqrt(mu2hat / mu2)
	lhat := muhat - shat*mu
	if math.IsNaN(lhat) || math.IsInf(lhat, 0) {
		lhat = 0
	}
	if !(shat > 0 && !math.IsInf(shat, 0)) {
		shat = 1
	}
	out[k], out[k+1] = lhat, shat
	a, b := std.support()
	width := b - a
	if !(width > 0) {
		return out
	}
	ahat, bhat := lhat+a*shat, lhat+b*shat
	lo, hi := fitMinMax(data)
	if ahat < lo && hi < bhat {
		return out
	}
	dw := hi - lo
	margin := dw * 0.1
	switch {
	case !math.IsInf(width, 1):
		out[k], out[k+1] = (lo-a)-margin, (dw+2*margin)/width
	case !math.IsInf(a, -1):
		out[k], out[k+1] = (lo-a)-margin, 1
	case !math.IsInf(b, 1):
		out[k], out[k+1] = (hi-b)+margin, 1
	}
	return out
}

// fitMeanVar returns the mean and the variance with divisor n.
func fitMeanVar(data []float64) (mean, variance float64) {
	n := float64(len(data))
	for _, x := range data {
		mean += x
	}
	mean /= n
	for _, x := range data {
		d := x - mean
		variance += d * d
	}
	return mean, variance / n
}

func fitMinMax(data []float64) (lo, hi float64) {
	lo, hi = data[0], data[0]
	for _, x := range data[1:] {
		lo, hi = math.Min(lo, x), math.Max(hi, x)
	}
	return lo, hi
}

func fitMean(data []float64) float64 {
	s := 0.0
	for _, x := range data {
		s += x
	}
	return s / float64(len(data))
}
