package stats

import (
	"math"
	"slices"
	"sort"

	"github.com/goscipy/goscipy/scipy/special"
)

// SciPy 1.10's own fit methods: maximum-likelihood closed forms and
// first-order conditions solved by root finders. Each returns done =
// false to fall back on the generic optimizer where SciPy does (for
// Method "MM" in particular).

// fitDataErr is SciPy's FitDataError: data outside the support implied by
// fixed parameters.
func fitDataErr(name string, lo, hi float64) error {
	return newErr(ErrValue, "Fit", "data", "%s: the data must lie within the support [%v, %v] given by the fixed parameters", name, lo, hi)
}

// fitSolverErr is SciPy's FitSolverError.
func fitSolverErr(name, what string) error {
	return newErr(ErrValue, "Fit", "", "%s: solving the maximum-likelihood equations failed: %s", name, what)
}

func fitNorm(c *fitCall) ([]float64, bool, error) {
	if c.mm {
		return nil, false, nil
	}
	loc, lfix := c.fixedVal(0)
	if !lfix {
		loc = fitMean(c.data)
	}
	scale, sfix := c.fixedVal(1)
	if !sfix {
		s := 0.0
		for _, x := range c.data {
			d := x - loc
			s += d * d
		}
		scale = math.Sqrt(s / float64(len(c.data)))
	}
	return []float64{loc, scale}, true, nil
}

func fitExpon(c *fitCall) ([]float64, bool, error) {
	if c.mm {
		return nil, false, nil
	}
	lo, _ := fitMinMax(c.data)
	loc, lfix := c.fixedVal(0)
	if !lfix {
		loc = lo
	} else if lo < loc {
		return nil, false, fitDataErr("expon", loc, math.Inf(1))
	}
	scale, sfix := c.fixedVal(1)
	if !sfix {
		scale = fitMean(c.data) - loc
	}
	return []float64{loc, scale}, true, nil
}

func fitUniform(c *fitCall) ([]float64, bool, error) {
	if c.mm {
		return nil, false, nil
	}
	lo, hi := fitMinMax(c.data)
	loc, lfix := c.fixedVal(0)
	scale, sfix := c.fixedVal(1)
	switch {
	case !sfix && !lfix:
		loc, scale = lo, hi-lo
	case !sfix:
		scale = hi - loc
		if lo < loc {
			return nil, false, fitDataErr("uniform", loc, loc+scale)
		}
	default:
		ptp := hi - lo
		if ptp > scale {
			return nil, false, newErr(ErrValue, "Fit", "Fixed", "uniform: the fixed scale %v is less than the data's range %v", scale, ptp)
		}
		loc = lo - 0.5*(scale-ptp)
	}
	return []float64{loc, scale}, true, nil
}

func fitLaplace(c *fitCall) ([]float64, bool, error) {
	if c.mm {
		return nil, false, nil
	}
	loc, lfix := c.fixedVal(0)
	if !lfix {
		s := slices.Clone(c.data)
		sort.Float64s(s)
		loc = sortedMedian(s)
	}
	scale, sfix := c.fixedVal(1)
	if !sfix {
		sum := 0.0
		for _, x := range c.data {
			sum += math.Abs(x - loc)
		}
		scale = sum / float64(len(c.data))
	}
	return []float64{loc, scale}, true, nil
}

// fitLogistic solves the likelihood equations Σ expit((x-loc)/scale) =
// n/2 and Σ z·tanh(z/2) = n, z = (x-loc)/scale, from _fitstart or the
// guesses (SciPy uses optimize.root and falls back on the optimizer when
// it fails; so does this Newton iteration).
func fitLogistic(c *fitCall) ([]float64, bool, error) {
	if c.mm {
		return nil, false, nil
	}
	st := c.fam.fitStart(c.data)
	loc, scale := st[0], st[1]
	if g, ok := c.guessVal(0); ok {
		loc = g
	}
	if g, ok := c.guessVal(1); ok {
		scale = g
	}
	floc, lfix := c.fixedVal(0)
	fscale, sfix := c.fixedVal(1)
	n := float64(len(c.data))
	// F and its Jacobian in (loc, scale).
	F := func(v [2]float64) [2]float64 {
		var s0, s1 float64
		for _, x := range c.data {
			z := (x - v[0]) / v[1]
			s0 += special.Expit(z)
			s1 += z * math.Tanh(z/2)
		}
		return [2]float64{s0 - n/2, s1 - n}
	}
	jac := func(v [2]float64) [2][2]float64 {
		var j [2][2]float64
		for _, x := range c.data {
			z := (x - v[0]) / v[1]
			e := special.Expit(z)
			de := e * (1 - e) // d expit/dz
			t := math.Tanh(z / 2)
			dg := t + z*(1-t*t)/2 // d(z·tanh(z/2))/dz
			// dz/dloc = -1/scale, dz/dscale = -z/scale
			j[0][0] -= de / v[1]
			j[0][1] -= de * z / v[1]
			j[1][0] -= dg / v[1]
			j[1][1] -= dg * z / v[1]
		}
		return j
	}
	switch {
	case sfix && !lfix:
		r, ok := fitNewton1(func(l float64) (float64, float64) {
			v := [2]float64{l, fscale}
			return F(v)[0], jac(v)[0][0]
		}, loc, func(float64) bool { return true })
		if !ok {
			return nil, false, nil
		}
		return []float64{r, fscale}, true, nil
	case lfix && !sfix:
		r, ok := fitNewton1(func(s float64) (float64, float64) {
			v := [2]float64{floc, s}
			return F(v)[1], jac(v)[1][1]
		}, scale, func(s float64) bool { return s > 0 })
		if !ok {
			return nil, false, nil
		}
		return []float64{floc, r}, true, nil
	}
	v, ok := fitNewton2(F, jac, [2]float64{loc, scale}, func(v [2]float64) bool { return v[1] > 0 })
	if !ok {
		return nil, false, nil
	}
	return v[:], true, nil
}

// fitNewton1 is Newton's method on g (returning value and derivative)
// from x0, halving steps that leave the domain or grow |g|.
func fitNewton1(g func(float64) (float64, float64), x0 float64, admissible func(float64) bool) (float64, bool) {
	F := func(v [2]float64) [2]float64 { y, _ := g(v[0]); return [2]float64{y, v[1] - 1} }
	J := func(v [2]float64) [2][2]float64 { _, d := g(v[0]); return [2][2]float64{{d, 0}, {0, 1}} }
	v, ok := fitNewton2(F, J, [2]float64{x0, 1}, func(v [2]float64) bool { return admissible(v[0]) })
	return v[0], ok
}

// fitGumbelR solves gumbel_r's likelihood equations as SciPy does: the
// scale from a first-order condition by Brent's method in a bracket grown
// from the guess (default 1), the location in closed form from it.
func fitGumbelR(c *fitCall) ([]float64, bool, error) {
	if c.mm {
		return nil, false, nil
	}
	p, err := fitGumbelRData(c, c.data, false)
	return p, err == nil, err
}

// fitGumbelL fits gumbel_r to the negated data and negates the location.
func fitGumbelL(c *fitCall) ([]float64, bool, error) {
	if c.mm {
		return nil, false, nil
	}
	neg := make([]float64, len(c.data))
	for i, x := range c.data {
		neg[i] = -x
	}
	p, err := fitGumbelRData(c, neg, true)
	if err != nil {
		return nil, false, err
	}
	return []float64{-p[0], p[1]}, true, nil
}

func fitGumbelRData(c *fitCall, data []float64, negLoc bool) ([]float64, error) {
	n := float64(len(data))
	floc, lfix := c.fixedVal(0)
	if negLoc {
		floc = -floc
	}
	fscale, sfix := c.fixedVal(1)
	buf := make([]float64, len(data))
	locFromScale := func(s float64) float64 {
		for i, x := range data {
			buf[i] = -x / s
		}
		lse, _ := special.Logsumexp(buf, nil)
		return -s * (lse - math.Log(n))
	}
	if sfix {
		return []float64{locFromScale(fscale), fscale}, nil
	}
	mean := fitMean(data)
	var fn func(float64) float64
	if lfix {
		fn = func(s float64) float64 {
			t := 0.0
			for _, x := range data {
				t += (floc-x)*math.Exp((floc-x)/s) + x
			}
			return t - n*(floc+s)
		}
	} else {
		fn = func(s float64) float64 {
			mx := math.Inf(-1)
			for _, x := range data {
				mx = math.Max(mx, -x/s)
			}
			var sw, swx float64
			for _, x := range data {
				w := math.Exp(-x/s - mx)
				sw += w
				swx += w * x
			}
			return mean - swx/sw - s
		}
	}
	g := 1.0
	if v, ok := c.guessVal(1); ok {
		g = v
	}
	l, r := fitExpandBracket(fn, g/2, g*2)
	s, ok := fitBrentq(fn, l, r, 1e-14, 1e-14)
	if !ok {
		return nil, fitSolverErr("gumbel", "no root of the scale equation in the bracket")
	}
	loc := floc
	if !lfix {
		loc = locFromScale(s)
	}
	return []float64{loc, s}, nil
}

// fitRayleigh is rayleigh's fit: the scale in closed form from the
// location, the location by Brent's method on its first-order condition.
func fitRayleigh(c *fitCall) ([]float64, bool, error) {
	if c.mm {
		return nil, false, nil
	}
	data := c.data
	n := float64(len(data))
	scaleMLE := func(loc float64) float64 {
		s := 0.0
		for _, x := range data {
			s += (x - loc) * (x - loc)
		}
		return math.Sqrt(s / (2 * n))
	}
	if floc, ok := c.fixedVal(0); ok {
		for _, x := range data {
			if x-floc <= 0 {
				return nil, false, fitDataErr("rayleigh", floc, math.Inf(1))
			}
		}
		return []float64{floc, scaleMLE(floc)}, true, nil
	}
	fscale, sfix := c.fixedVal(1)
	fn := func(loc float64) float64 {
		var s1, s2, s3 float64
		for _, x := range data {
			xm := x - loc
			s1 += xm
			s2 += xm * xm
			s3 += 1 / xm
		}
		if sfix {
			return s1 - fscale*fscale*s3
		}
		return s1 - s2/(2*n)*s3
	}
	lo, _ := fitMinMax(data)
	rb := math.Nextafter(lo, math.Inf(-1))
	lb, diff := rb-1, 1.0
	for fitSign(fn(lb)) == fitSign(fn(rb)) {
		diff *= 2
		lb = rb - diff
		if math.IsInf(lb, 0) {
			return nil, false, fitSolverErr("rayleigh", "no bracket containing a root of the location equation")
		}
	}
	loc, ok := fitBrentq(fn, lb, rb, fitXTol, fitRTol)
	if !ok {
		return nil, false, fitSolverErr("rayleigh", "Brent's method did not converge")
	}
	scale := fscale
	if !sfix || fscale == 0 {
		scale = scaleMLE(loc)
	}
	return []float64{loc, scale}, true, nil
}

// fitLognorm: with loc fixed, the mean and standard deviation of log(x-loc)
// (SciPy's explicit formulas); otherwise the optimizer.
func fitLognorm(c *fitCall) ([]float64, bool, error) {
	floc, lfix := c.fixedVal(1)
	if !lfix || c.mm {
		return nil, false, nil
	}
	ln := make([]float64, len(c.data))
	for i, x := range c.data {
		d := x - floc
		if d <= 0 {
			return nil, false, fitDataErr("lognorm", floc, math.Inf(1))
		}
		ln[i] = math.Log(d)
	}
	n := float64(len(ln))
	fs, shfix := c.fixedVal(0)
	shfix = shfix && fs != 0 // SciPy tests f0 for truth
	fscale, sfix := c.fixedVal(2)
	var shape, scale float64
	if !sfix {
		m, v := fitMeanVar(ln)
		scale = math.Exp(m)
		shape = math.Sqrt(v)
		if shfix {
			shape = fs
		}
	} else {
		scale = fscale
		ls := math.Log(scale)
		s := 0.0
		for _, l := range ln {
			s += (l - ls) * (l - ls)
		}
		shape = math.Sqrt(s / n)
	}
	return []float64{shape, floc, scale}, true, nil
}

// fitGamma: with loc fixed, SciPy's likelihood equations: log a - ψ(a) =
// log(mean) - mean(log) by Brent's method (or ψ(a) = mean(log) - log
// scale for a fixed scale); otherwise the optimizer from _fitstart.
func fitGamma(c *fitCall) ([]float64, bool, error) {
	floc, lfix := c.fixedVal(1)
	if !lfix || c.mm {
		return nil, false, nil
	}
	x := make([]float64, len(c.data))
	for i, v := range c.data {
		if v <= floc {
			return nil, false, fitDataErr("gamma", floc, math.Inf(1))
		}
		x[i] = v - floc
	}
	xbar := fitMean(x)
	meanLog := 0.0
	for _, v := range x {
		meanLog += math.Log(v)
	}
	meanLog /= float64(len(x))
	if fscale, sfix := c.fixedVal(2); sfix {
		return []float64{fitDigammaInv(meanLog - math.Log(fscale)), floc, fscale}, true, nil
	}
	a, afix := c.fixedVal(0)
	if !afix {
		s := math.Log(xbar) - meanLog
		fn := func(a float64) float64 { return math.Log(a) - special.Digamma(a) - s }
		aest := (3 - s + math.Sqrt((s-3)*(s-3)+24*s)) / (12 * s)
		var ok bool
		if a, ok = fitBrentq(fn, aest*0.6, aest*1.4, fitXTol, fitRTol); !ok {
			return nil, false, fitSolverErr("gamma", "no root of the shape equation in SciPy's bracket")
		}
	}
	return []float64{a, floc, xbar / a}, true, nil
}

// fitInvGauss: with loc fixed and mu free, the closed forms of Evans,
// Hastings and Peacock; otherwise the optimizer.
func fitInvGauss(c *fitCall) ([]float64, bool, error) {
	floc, lfix := c.fixedVal(1)
	_, mufix := c.fixedVal(0)
	if !lfix || mufix || c.mm {
		return nil, false, nil
	}
	x := make([]float64, len(c.data))
	for i, v := range c.data {
		if v-floc < 0 {
			return nil, false, fitDataErr("invgauss", floc, math.Inf(1))
		}
		x[i] = v - floc
	}
	mun := fitMean(x)
	fscale, sfix := c.fixedVal(2)
	if !sfix {
		s := 0.0
		for _, v := range x {
			s += 1/v - 1/mun
		}
		fscale = float64(len(x)) / s
	}
	return []float64{mun / fscale, floc, fscale}, true, nil
}

// fitPareto is pareto's fit: the shape in closed form from loc and scale;
// with both free, loc + scale = min(data) and the scale solves the
// Lagrange condition by Brent's method.
func fitPareto(c *fitCall) ([]float64, bool, error) {
	if c.mm {
		return nil, false, nil
	}
	data := c.data
	lo, _ := fitMinMax(data)
	fshape, _ := c.fixedVal(0) // 0 when free: SciPy tests it for truth
	floc, lfix := c.fixedVal(1)
	fscale, sfix := c.fixedVal(2)
	if lfix && lo-floc < fscale { // fscale is 0 when free
		return nil, false, fitDataErr("pareto", floc+fscale, math.Inf(1))
	}
	n := float64(len(data))
	shapeOf := func(scale, loc float64) float64 {
		if fshape != 0 {
			return fshape
		}
		s := 0.0
		for _, x := range data {
			s += math.Log((x - loc) / scale)
		}
		return n / s
	}
	var loc, scale float64
	switch {
	case !lfix && !sfix:
		fn := func(scale float64) float64 {
			loc := lo - scale
			shape := shapeOf(scale, loc)
			s := 0.0
			for _, x := range data {
				s += 1 / (x - loc)
			}
			return (shape+1)*s - n*shape/scale
		}
		g := 1.0
		if v, ok := c.guessVal(2); ok {
			g = v
		}
		l, r := fitExpandBracket(fn, g/2, g*2)
		s, ok := fitBrentq(fn, l, r, fitXTol, fitRTol)
		if !ok {
			return nil, false, nil
		}
		scale, loc = s, lo-s
		shape := shapeOf(scale, loc)
		if !(scale+loc < lo) {
			scale = math.Nextafter(lo-loc, 0)
		}
		return []float64{shape, loc, scale}, true, nil
	case !lfix:
		loc = lo - fscale
	default:
		loc = floc
	}
	scale = fscale
	if scale == 0 {
		scale = lo - loc
	}
	return []float64{shapeOf(scale, loc), loc, scale}, true, nil
}

// fitBeta: with loc and scale fixed, SciPy's likelihood equations
// ψ(a) - ψ(a+b) = mean log x, ψ(b) - ψ(a+b) = mean log(1-x) (one of them
// for a fixed shape), solved to full precision by Newton's method from
// SciPy's moment start; otherwise the optimizer.
func fitBeta(c *fitCall) ([]float64, bool, error) {
	floc, lfix := c.fixedVal(2)
	fscale, sfix := c.fixedVal(3)
	if !lfix || !sfix || c.mm {
		return nil, false, nil
	}
	x := make([]float64, len(c.data))
	for i, v := range c.data {
		x[i] = (v - floc) / fscale
		if x[i] <= 0 || x[i] >= 1 {
			return nil, false, fitDataErr("beta", floc, floc+fscale)
		}
	}
	n := float64(len(x))
	xbar, v := fitMeanVar(x)
	fa, afix := c.fixedVal(0)
	fb, bfix := c.fixedVal(1)
	if afix || bfix {
		b := fb
		if afix {
			b = fa
			for i := range x {
				x[i] = 1 - x[i]
			}
			xbar = 1 - xbar
		}
		s1 := 0.0
		for _, t := range x {
			s1 += math.Log(t)
		}
		g := func(a float64) (float64, float64) {
			return special.Digamma(a) - special.Digamma(a+b) - s1/n,
				special.Polygamma(1, a) - special.Polygamma(1, a+b)
		}
		a, ok := fitNewton1(g, b*xbar/(1-xbar), func(a float64) bool { return a > 0 })
		if !ok {
			return nil, false, fitSolverErr("beta", "Newton's method did not converge")
		}
		if afix {
			a, b = b, a
		}
		return []float64{a, b, floc, fscale}, true, nil
	}
	var s1, s2 float64
	for _, t := range x {
		s1 += math.Log(t)
		s2 += math.Log1p(-t)
	}
	fac := xbar*(1-xbar)/v - 1
	F := func(w [2]float64) [2]float64 {
		pab := special.Digamma(w[0] + w[1])
		return [2]float64{special.Digamma(w[0]) - pab - s1/n, special.Digamma(w[1]) - pab - s2/n}
	}
	J := func(w [2]float64) [2][2]float64 {
		tab := special.Polygamma(1, w[0]+w[1])
		return [2][2]float64{{special.Polygamma(1, w[0]) - tab, -tab}, {-tab, special.Polygamma(1, w[1]) - tab}}
	}
	w, ok := fitNewton2(F, J, [2]float64{xbar * fac, (1 - xbar) * fac}, func(w [2]float64) bool { return w[0] > 0 && w[1] > 0 })
	if !ok {
		return nil, false, fitSolverErr("beta", "Newton's method did not converge")
	}
	return []float64{w[0], w[1], floc, fscale}, true, nil
}

// fitWeibullMin is weibull_min's fit: the shape whose skewness matches
// the sample's (bisection), scale and loc from the variance and mean; the
// result for "MM", else the optimizer's starting point.
func fitWeibullMin(c *fitCall) ([]float64, bool, error) {
	skew := func(c float64) float64 {
		g1, g2, g3 := math.Gamma(1+1/c), math.Gamma(1+2/c), math.Gamma(1+3/c)
		return (2*g1*g1*g1 - 3*g1*g2 + g3) / math.Pow(g2-g1*g1, 1.5)
	}
	const maxC = 1e4
	s := skewOf(c.data, false)
	fc, cfix := c.fixedVal(0)
	_, cgs := c.guessVal(0)
	if s < skew(maxC) && !c.mm && !cfix && !cgs {
		return nil, false, nil
	}
	shape, haveC := c.guessVal(0)
	loc, haveLoc := c.guessVal(1)
	scale, haveScale := c.guessVal(2)
	if c.mm {
		haveC, haveLoc, haveScale = false, false, false
	}
	switch {
	case cfix:
		shape = fc
	case !haveC:
		var ok bool
		if shape, ok = fitBisect(func(c float64) float64 { return skew(c) - s }, 0.02, maxC); !ok {
			return nil, false, newErr(ErrValue, "Fit", "data", "weibull_min: no shape matches the sample skewness %v", s)
		}
	}
	mean, v := fitMeanVar(c.data)
	if fs, ok := c.fixedVal(2); ok {
		scale = fs
	} else if !haveScale {
		g1 := math.Gamma(1 + 1/shape)
		scale = math.Sqrt(v / (math.Gamma(1+2/shape) - g1*g1))
	}
	if fl, ok := c.fixedVal(1); ok {
		loc = fl
	} else if !haveLoc {
		loc = mean - scale*math.Gamma(1+1/shape)
	}
	p := []float64{shape, loc, scale}
	if c.mm {
		return p, true, nil
	}
	p, err := c.generic(p)
	return p, err == nil, err
}

// fitSkewNorm is skewnorm's fit: the shape whose skewness matches the
// sample's, scale and loc from the variance and mean; the result for
// "MM", else the optimizer's starting point.
func fitSkewNorm(c *fitCall) ([]float64, bool, error) {
	skewD := func(d float64) float64 {
		t := d * math.Sqrt(2/math.Pi)
		return (4 - math.Pi) / 2 * (t * t * t / math.Pow(1-2*d*d/math.Pi, 1.5))
	}
	s := skewOf(c.data, false)
	sMax := skewD(1)
	fa, afix := c.fixedVal(0)
	_, ags := c.guessVal(0)
	if math.Abs(s) >= sMax && !c.mm && !afix && !ags {
		return nil, false, nil
	}
	a, haveA := c.guessVal(0)
	loc, haveLoc := c.guessVal(1)
	scale, haveScale := c.guessVal(2)
	if c.mm {
		haveA, haveLoc, haveScale = false, false, false
	}
	var d float64
	if !afix && !haveA {
		s = math.Max(-sMax, math.Min(sMax, s))
		var ok bool
		if d, ok = fitBrentq(func(d float64) float64 { return skewD(d) - s }, -1, 1, fitXTol, fitRTol); !ok {
			return nil, false, newErr(ErrValue, "Fit", "data", "skewnorm: no shape matches the sample skewness %v", s)
		}
		a = math.Sqrt(d*d/(1-d*d)) * fitSign(s)
	} else {
		if afix {
			a = fa
		}
		d = a / math.Sqrt(1+a*a)
	}
	mean, v := fitMeanVar(c.data)
	if fs, ok := c.fixedVal(2); ok {
		scale = fs
	} else if !haveScale {
		scale = math.Sqrt(v / (1 - 2*d*d/math.Pi))
	}
	if fl, ok := c.fixedVal(1); ok {
		loc = fl
	} else if !haveLoc {
		loc = mean - scale*d*math.Sqrt(2/math.Pi)
	}
	p := []float64{a, loc, scale}
	if c.mm {
		return p, true, nil
	}
	p, err := c.generic(p)
	return p, err == nil, err
}
