package stats

import (
	"math"
	"slices"
	"strings"

	"github.com/goscipy/goscipy/scipy/special"
)

// AndersonResult is the result of Anderson, with SciPy's fields: the
// Anderson–Darling statistic A², the critical values at the significance
// levels (in percent), and the fitted parameters (SciPy's fit_result.x).
type AndersonResult struct {
	Statistic         float64
	CriticalValues    []float64
	SignificanceLevel []float64
	FitParams         [2]float64 // (loc, scale) of the fitted distribution
}

// Stephens' critical values of A² for a fully estimated normal,
// exponential (1974), Gumbel (1977) and logistic (1979) distribution,
// before his small-sample corrections, and their significance levels in
// percent.
var (
	andersonNorm        = []float64{0.576, 0.656, 0.787, 0.918, 1.092}
	andersonExpon       = []float64{0.922, 1.078, 1.341, 1.606, 1.957}
	andersonSig         = []float64{15, 10, 5, 2.5, 1}
	andersonLogistic    = []float64{0.426, 0.563, 0.660, 0.769, 0.906, 1.010}
	andersonLogisticSig = []float64{25, 10, 5, 2.5, 1, 0.5}
	andersonGumbel      = []float64{0.474, 0.637, 0.757, 0.877, 1.038}
	andersonGumbelSig   = []float64{25, 10, 5, 2.5, 1}
)

// Anderson is the Anderson–Darling test that x comes from a distribution
// of the family dist with estimated location and scale,
// scipy.stats.anderson. dist is (case-insensitive, as SciPy):
//
//   - "norm" (or ""): mean and standard deviation (ddof 1);
//   - "expon": loc 0, scale the mean;
//   - "logistic": the maximum-likelihood (loc, scale);
//   - "gumbel_l" (synonyms "gumbel" and "extreme1", minima) and
//     "gumbel_r" (maxima): the maximum-likelihood (loc, scale), as
//     SciPy's gumbel_l.fit and gumbel_r.fit.
//
// A² comes from the fitted distribution's log CDF and log survival
// function (computed directly, so the tails cannot round to log 0), the
// critical values from Stephens' tables with his small-sample corrections,
// rounded to three decimals as SciPy does. The null hypothesis is rejected
// at a level where A² exceeds the critical value.
//
// The maximum-likelihood fits are solved to full precision (Newton's
// method on the concave log-likelihood for the logistic, a bracketed
// Newton iteration on SciPy's scale equation for Gumbel). SciPy 1.10
// solves the logistic equations with fsolve at xtol 1e-5, so its
// FitParams and A² differ from these by up to ~1e-7 relative; on data far
// from 0 (1e6 + N(0, 1)) its fsolve stops well short of the root and for
// two observations it returns the mirror root with a negative scale,
// where this function returns the maximum-likelihood fit. A constant
// sample gives a NaN statistic for "norm" and "logistic" (scale 0), as in
// SciPy.
//
// Errors: ErrValue for another dist, fewer than two observations, a NaN
// in x; for "logistic" and the Gumbel fits, an infinite value or data
// whose spread or fitted scale overflows or underflows float64 (SciPy
// returns NaN or garbage there); and a constant sample for the Gumbel fits
// (SciPy raises).
func Anderson(x []float64, dist string) (AndersonResult, error) {
	const fn = "Anderson"
	res := AndersonResult{Statistic: math.NaN()}
	d := strings.ToLower(dist)
	switch d {
	case "":
		d = "norm"
	case "gumbel", "extreme1":
		d = "gumbel_l"
	case "norm", "expon", "logistic", "gumbel_l", "gumbel_r":
	default:
		return res, newErr(ErrValue, fn, "dist", "%q is not one of \"norm\", \"expon\", \"logistic\", \"gumbel\", \"gumbel_l\", \"gumbel_r\", \"extreme1\"", dist)
	}
	if len(x) < 2 {
		return res, newErr(ErrValue, fn, "x", "at least 2 observations are needed, got %d", len(x))
	}
	if slices.ContainsFunc(x, math.IsNaN) {
		return res, newErr(ErrValue, fn, "x", "contains NaN")
	}
	fitted := d == "logistic" || d == "gumbel_l" || d == "gumbel_r"
	if fitted && slices.ContainsFunc(x, func(v float64) bool { return math.IsInf(v, 0) }) {
		return res, newErr(ErrValue, fn, "x", "contains an infinite value; the %s fit needs finite data", d)
	}
	y := slices.Clone(x)
	tsSortFloats(y)
	n := float64(len(y))
	xbar := mean(x)
	logcdf, logsf := make([]float64, len(y)), make([]float64, len(y))
	var crit, sig []float64
	switch d {
	case "expon":
		res.FitParams = [2]float64{0, xbar}
		var e exponStd
		for i, v := range y {
			w := v / xbar
			logcdf[i], logsf[i] = e.logcdf(w), e.logsf(w)
		}
		crit, sig = scaleRound(andersonExpon, 1+0.6/n), andersonSig
	case "norm":
		s := math.Sqrt(variance(x, 1))
		res.FitParams = [2]float64{xbar, s}
		for i, v := range y {
			w := (v - xbar) / s
			logcdf[i], logsf[i] = special.LogNdtr(w), special.LogNdtr(-w)
		}
		crit, sig = scaleRound(andersonNorm, 1+4/n-25/(n*n)), andersonSig
	case "logistic":
		crit, sig = scaleRound(andersonLogistic, 1+0.25/n), andersonLogisticSig
		xbar, s, err := adStandardize(fn, x)
		if err != nil {
			return res, err
		}
		if s == 0 {
			// SciPy's fsolve starts (and stays) at scale 0: NaN.
			res.FitParams = [2]float64{xbar, 0}
			res.CriticalValues, res.SignificanceLevel = crit, slices.Clone(sig)
			return res, nil
		}
		tau, mu, ok := adLogisticFit(x, xbar, s)
		if !ok {
			return res, newErr(ErrValue, fn, "x", "the logistic maximum-likelihood fit did not converge")
		}
		res.FitParams = [2]float64{xbar + s*mu/tau, s / tau}
		if err := adCheckFit(fn, res.FitParams); err != nil {
			return AndersonResult{Statistic: math.NaN()}, err
		}
		for i, v := range y {
			// (v - loc)/scale from the standardized fit, so that the
			// rounding of loc (large for data far from 0) stays out of w.
			w := tau*((v-xbar)/s) - mu
			logcdf[i], logsf[i] = special.LogExpit(w), special.LogExpit(-w)
		}
	default: // gumbel_l, gumbel_r
		crit, sig = scaleRound(andersonGumbel, 1+0.2/math.Sqrt(n)), andersonGumbelSig
		xbar, s, err := adStandardize(fn, x)
		if err != nil {
			return res, err
		}
		if s == 0 {
			return res, newErr(ErrValue, fn, "x", "all observations are equal; the Gumbel fit has no solution")
		}
		// gumbel_l's fit is gumbel_r's of -x with the location negated.
		// w = (v - loc)/scale is computed from the standardized fit, so
		// that the rounding of loc stays out of it.
		sign := 1.0
		if d == "gumbel_l" {
			sign = -1
		}
		locZ, beta := adGumbelRFit(x, xbar, s, sign)
		res.FitParams = [2]float64{sign * (sign*xbar + s*locZ), s * beta}
		if err := adCheckFit(fn, res.FitParams); err != nil {
			return AndersonResult{Statistic: math.NaN()}, err
		}
		var g gumbelRStd
		for i, v := range y {
			w := (sign*((v-xbar)/s) - locZ) / beta // standardized for gumbel_r of sign·x
			if sign > 0 {
				logcdf[i], logsf[i] = g.logcdf(w), g.logsf(w)
			} else {
				logcdf[i], logsf[i] = g.logsf(w), g.logcdf(w)
			}
		}
	}
	terms := make([]float64, len(y))
	for i := range y {
		terms[i] = (2*float64(i+1) - 1) / n * (logcdf[i] + logsf[len(y)-1-i])
	}
	res.Statistic = -n - sum(terms)
	res.CriticalValues = crit
	res.SignificanceLevel = slices.Clone(sig)
	return res, nil
}

// adStandardize returns the mean of x and its standard deviation s
// (ddof 1) computed on x scaled by its largest deviation from the mean, so
// that s neither underflows for tiny spreads (1e-300) nor overflows for
// huge ones short of float64's range; s is 0 exactly when all values are
// equal. The fits work on (x - xbar)/s. Errors: ErrValue when the mean or
// the spread is not finite in float64.
func adStandardize(fn string, x []float64) (xbar, s float64, err error) {
	xbar = mean(x)
	if !slices.ContainsFunc(x, func(v float64) bool { return v != x[0] }) {
		return xbar, 0, nil // constant (xbar may differ from x[0] by rounding)
	}
	var c float64
	for _, v := range x {
		c = max(c, math.Abs(v-xbar))
	}
	if math.IsInf(xbar, 0) || math.IsInf(c, 0) {
		return 0, 0, newErr(ErrValue, fn, "x", "the values overflow float64 when centred; rescale the data")
	}
	var ss float64
	for _, v := range x {
		d := (v - xbar) / c
		ss += d * d
	}
	s = c * math.Sqrt(ss/float64(len(x)-1))
	if math.IsInf(s, 0) {
		return 0, 0, newErr(ErrValue, fn, "x", "the standard deviation overflows float64; rescale the data")
	}
	return xbar, s, nil
}

// adCheckFit returns an ErrValue error unless the fitted (loc, scale) are
// finite, with a positive scale (not underflowed to 0).
func adCheckFit(fn string, p [2]float64) error {
	if math.IsInf(p[0], 0) || math.IsNaN(p[0]) || !(p[1] > 0) || math.IsInf(p[1], 0) {
		return newErr(ErrValue, fn, "x", "the fitted (loc, scale) = %v is out of float64's range; rescale the data", p)
	}
	return nil
}

// scaleRound divides each value by d and rounds to three decimals, half to
// even as NumPy's around.
func scaleRound(v []float64, d float64) []float64 {
	out := make([]float64, len(v))
	for i, a := range v {
		out[i] = math.RoundToEven(a/d*1000) / 1000
	}
	return out
}

// adLogisticFit returns the maximum-likelihood fit of the logistic
// distribution to x, whose mean is xbar and standard deviation s > 0, as
// (τ, μ) = (s/scale, (loc - xbar)/scale): the fit to the standardized data
// z = (x - xbar)/s has scale 1/τ and loc μ/τ. It maximizes the
// log-likelihood ℓ(τ, μ) = N log τ + Σ log f(τz - μ), f the standard
// logistic density, which is concave in (τ, μ) because log f is: Newton's
// method with step halving converges from any start. ok is false if it
// has not converged in 200 iterations (not seen: a safeguard).
func adLogisticFit(x []float64, xbar, s float64) (tau, mu float64, ok bool) {
	n := float64(len(x))
	z := make([]float64, len(x))
	for i, v := range x {
		z[i] = (v - xbar) / s
	}
	loglik := func(tau, mu float64) float64 {
		l := n * math.Log(tau)
		for _, v := range z {
			t := tau*v - mu
			l += special.LogExpit(t) + special.LogExpit(-t)
		}
		return l
	}
	tau, mu = math.Pi/math.Sqrt(3), 0.0 // the logistic of unit variance
	l := loglik(tau, mu)
	near := 0
	for range 200 {
		// Gradient and Hessian of ℓ: with p = expit(t), q = 1 - p,
		// d log f/dt = -tanh(t/2) and d² log f/dt² = -2pq.
		gt, gm := n/tau, 0.0
		htt, htm, hmm := -n/(tau*tau), 0.0, 0.0
		for _, v := range z {
			t := tau*v - mu
			th := math.Tanh(t / 2)
			pq := special.Expit(t) * special.Expit(-t)
			gt -= th * v
			gm += th
			htt -= 2 * pq * v * v
			htm += 2 * pq * v
			hmm -= 2 * pq
		}
		det := htt*hmm - htm*htm
		if !(det > 0) {
			return 0, 0, false
		}
		dt := -(hmm*gt - htm*gm) / det
		dm := -(htt*gm - htm*gt) / det
		step := 1.0
		for tau+step*dt <= 0 {
			step /= 2
		}
		nt, nm := tau+step*dt, mu+step*dm
		nl := loglik(nt, nm)
		for nl < l-1e-13*math.Abs(l) && step > 1e-10 {
			step /= 2
			nt, nm = tau+step*dt, mu+step*dm
			nl = loglik(nt, nm)
		}
		tau, mu, l = nt, nm, nl
		rel := max(math.Abs(step*dt), math.Abs(step*dm)) / tau
		if rel <= 1e-15 {
			return tau, mu, true
		}
		if rel <= 1e-9 {
			// Quadratic convergence: two more steps reach rounding level,
			// where the step may stall above 1e-15.
			if near++; near == 3 {
				return tau, mu, true
			}
		}
	}
	return 0, 0, false
}

// adGumbelRFit returns the maximum-likelihood fit of the right Gumbel
// distribution to sign·x (sign ±1), given the mean xbar and standard
// deviation s > 0 of x, in standardized units: loc = sign·xbar + s·locZ,
// scale = s·beta. It is SciPy's gumbel_r.fit, which
// solves mean(x) - Σ x e^{-x/β} / Σ e^{-x/β} - β = 0 for the scale β and
// takes loc = -β (log Σ e^{-x/β} - log N). The left side falls strictly
// from mean - min > 0 at β → 0 to -∞, so the root is unique; it is found
// on the standardized data by Newton's method kept inside a shrinking
// bracket.
func adGumbelRFit(x []float64, xbar, s, sign float64) (locZ, beta float64) {
	z := make([]float64, len(x))
	zmin := math.Inf(1)
	for i, v := range x {
		z[i] = sign * (v - xbar) / s
		zmin = min(zmin, z[i])
	}
	zbar := mean(z)
	w := make([]float64, len(z))
	// f returns the equation's left side and its derivative, -Var_w/β² - 1,
	// for weights e^{-(z - zmin)/β}, and log Σ e^{-(z-zmin)/β}.
	f := func(beta float64) (fv, df, logsw float64) {
		for i, v := range z {
			w[i] = math.Exp(-(v - zmin) / beta)
		}
		sw := sum(w)
		var swz float64
		for i, v := range z {
			swz += w[i] * v
		}
		avg := swz / sw
		var swd float64
		for i, v := range z {
			d := v - avg
			swd += w[i] * d * d
		}
		return zbar - avg - beta, -swd/sw/(beta*beta) - 1, math.Log(sw)
	}
	lo, hi := 0.0, math.Inf(1)
	beta = math.Sqrt(6) / math.Pi // the Gumbel of unit variance
	var logsw float64
	for range 200 {
		fv, df, ls := f(beta)
		logsw = ls
		if fv > 0 {
			lo = beta
		} else if fv < 0 {
			hi = beta
		} else {
			break
		}
		next := beta - fv/df
		if !(next > lo && next < hi) {
			if math.IsInf(hi, 1) {
				next = 2 * beta
			} else {
				next = (lo + hi) / 2
			}
		}
		if math.Abs(next-beta) <= 2e-15*beta || next == lo || next == hi {
			beta = next
			_, _, logsw = f(beta)
			break
		}
		beta = next
	}
	return zmin - beta*(logsw-math.Log(float64(len(z)))), beta
}
