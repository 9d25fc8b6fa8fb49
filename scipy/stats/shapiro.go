package stats

import (
	"math"
	"sync"
	"sync/atomic"
)

// Shapiro is the Shapiro–Wilk test of normality, scipy.stats.shapiro, by
// Royston's algorithm AS R94 (1995) in double precision. Its W statistic
// uses Royston's approximations of the normal-order-statistic coefficients
// and its p-value his normalizing transformations, with the normal
// quantile and tail of AS 111 and AS 66 as the algorithm specifies (they
// are part of its definition: more accurate replacements would change the
// p-values it was calibrated with). SciPy 1.10 runs the same algorithm in
// single precision (its Fortran swilk is REAL), so its W and p agree with
// these to about 1e-6; SciPy from 1.13 computes in double precision, as
// here. Data of zero range give W = 1 and p = 1 (SciPy warns); the p-value
// is less reliable above 5000 observations.
//
// Errors: ErrValue for fewer than 3 observations (SciPy raises), an
// unknown NanPolicy, or a NaN under NanRaise.
func Shapiro(x []float64, opts *Options) (TestResult, error) {
	const fn = "Shapiro"
	data, nan, err := prepare(fn, "x", x, policyOf(opts))
	if err != nil || nan {
		return nanResult(), err
	}
	n := len(data)
	if n < 3 {
		return nanResult(), newErr(ErrValue, fn, "x", "data must be at least length 3, got %d", n)
	}
	// Sorting first and subtracting the median after keeps the order
	// (rounding is monotone) and gives the same values as SciPy's
	// sort(x - median(x)).
	y := make([]float64, n)
	copy(y, data)
	tsSortFloats(y)
	med := sortedMedian(y)
	for i := range y {
		y[i] -= med
	}
	w, pw := swilk(y)
	return TestResult{Statistic: w, PValue: pw, DF: math.NaN()}, nil
}

// Coefficients of AS R94 (Royston 1995), polynomials in the variable the
// algorithm names, constant term first.
var (
	swC1 = []float64{0, 0.221157, -0.147981, -2.07119, 4.434685, -2.706056}
	swC2 = []float64{0, 0.042981, -0.293762, -1.752461, 5.682633, -3.582633}
	swC3 = []float64{0.5440, -0.39978, 0.025054, -0.0006714}
	swC4 = []float64{1.3822, -0.77857, 0.062767, -0.0020322}
	swC5 = []float64{-1.5861, -0.31082, -0.083751, 0.0038915}
	swC6 = []float64{-0.4803, -0.082676, 0.0030302}
	swG  = []float64{-2.273, 0.459}
)

// swPoly evaluates c[0] + c[1]·x + c[2]·x² + … by Horner's rule.
func swPoly(c []float64, x float64) float64 {
	r := 0.0
	for i := len(c) - 1; i >= 0; i-- {
		r = r*x + c[i]
	}
	return r
}

// swCoef are the parts of AS R94 that depend on n only: asa[i] is the
// i-th coefficient of the sorted sample minus the mean coefficient, ssa
// the sum of their squares.
type swCoef struct {
	asa []float64
	ssa float64
}

// swCache holds swCoef for sample sizes up to swCacheMaxN, at most
// swCacheMax of them (immutable once stored, so safe to share).
var (
	swCache      sync.Map // int → *swCoef
	swCacheCount atomic.Int32
)

const (
	swCacheMaxN = 2000
	swCacheMax  = 64
)

// swCoefs returns the swCoef of sample size n ≥ 3, from the cache when
// possible.
func swCoefs(n int) *swCoef {
	if n <= swCacheMaxN {
		if c, ok := swCache.Load(n); ok {
			return c.(*swCoef)
		}
	}
	c := swNewCoef(n)
	if n <= swCacheMaxN && swCacheCount.Load() < swCacheMax {
		if _, loaded := swCache.LoadOrStore(n, c); !loaded {
			swCacheCount.Add(1)
		}
	}
	return c
}

func swNewCoef(n int) *swCoef {
	an := float64(n)
	nn2 := n / 2
	// Coefficients a[i] of the i-th smallest (negated: the pairs use
	// y[n-1-i] - y[i]) for i < n/2.
	a := make([]float64, nn2)
	if n == 3 {
		a[0] = math.Sqrt2 / 2
	} else {
		an25 := an + 0.25
		var summ2 float64
		m := make([]float64, nn2)
		for i := range m {
			m[i] = as111((float64(i+1) - 0.375) / an25)
			summ2 += m[i] * m[i]
		}
		summ2 *= 2
		ssumm2 := math.Sqrt(summ2)
		rsn := 1 / math.Sqrt(an)
		a1 := swPoly(swC1, rsn) - m[0]/ssumm2
		i1 := 1
		var fac float64
		if n > 5 {
			i1 = 2
			a2 := -m[1]/ssumm2 + swPoly(swC2, rsn)
			fac = math.Sqrt((summ2 - 2*m[0]*m[0] - 2*m[1]*m[1]) / (1 - 2*a1*a1 - 2*a2*a2))
			a[1] = a2
		} else {
			fac = math.Sqrt((summ2 - 2*m[0]*m[0]) / (1 - 2*a1*a1))
		}
		a[0] = a1
		for i := i1; i < nn2; i++ {
			a[i] = -m[i] / fac
		}
	}
	// The full coefficient vector is antisymmetric: coef(i) = -a[i] for
	// the lower half, +a[n-1-i] for the upper, 0 at an odd middle.
	asa := make([]float64, n)
	for i := range asa {
		switch j := n - 1 - i; {
		case i < j:
			asa[i] = -a[i]
		case i > j:
			asa[i] = a[j]
		}
	}
	var sa float64
	for _, c := range asa {
		sa += c
	}
	sa /= an
	var ssa float64
	for i := range asa {
		asa[i] -= sa
		ssa += asa[i] * asa[i]
	}
	return &swCoef{asa: asa, ssa: ssa}
}

// swilk computes the W statistic and its p-value for the sorted sample y
// (n ≥ 3, no censoring), following AS R94. It scales y in place.
func swilk(y []float64) (w, pw float64) {
	n := len(y)
	an := float64(n)
	rng := y[n-1] - y[0]
	if rng < 1e-19 {
		return 1, 1 // zero range: SciPy's ifault 6, W and p left at 1
	}
	c := swCoefs(n)
	var sx float64
	for i, v := range y {
		v /= rng
		y[i] = v
		sx += v
	}
	sx /= an
	ssa := c.ssa
	var ssx, sax float64
	asa := c.asa[:n]
	for i, v := range y {
		xsx := v - sx
		ssx += xsx * xsx
		sax += asa[i] * xsx
	}
	ssassx := math.Sqrt(ssa * ssx)
	w1 := (ssassx - sax) * (ssassx + sax) / (ssa * ssx)
	w = 1 - w1
	if n == 3 {
		// Exact for n = 3; W ≥ 3/4 in theory, clamped against rounding.
		if w < 0.75 {
			return 0.75, 0
		}
		return w, 1 - 6/math.Pi*math.Acos(math.Sqrt(w))
	}
	ly := math.Log(w1)
	lx := math.Log(an)
	var mean, sd float64
	if n <= 11 {
		gamma := swPoly(swG, an)
		if ly >= gamma {
			return w, 1e-19
		}
		ly = -math.Log(gamma - ly)
		mean = swPoly(swC3, an)
		sd = math.Exp(swPoly(swC4, an))
	} else {
		mean = swPoly(swC5, lx)
		sd = math.Exp(swPoly(swC6, lx))
	}
	return w, as66((ly - mean) / sd)
}

// as111 is the normal quantile of algorithm AS 111 (Beasley and Springer
// 1977), accurate to about 1e-7, which AS R94 builds on.
func as111(p float64) float64 {
	q := p - 0.5
	if math.Abs(q) <= 0.42 {
		r := q * q
		return q * (((-25.44106049637*r+41.39119773534)*r-18.61500062529)*r + 2.50662823884) /
			((((3.13082909833*r-21.06224101826)*r+23.08336743743)*r-8.47351093090)*r + 1)
	}
	r := p
	if q > 0 {
		r = 1 - p
	}
	if !(r > 0) {
		return 0
	}
	r = math.Sqrt(-math.Log(r))
	v := (((2.32121276858*r+4.85014127135)*r-2.29796479134)*r - 2.78718931138) /
		((1.63706781897*r+3.54388924762)*r + 1)
	if q < 0 {
		return -v
	}
	return v
}

// as66 is the upper normal tail area of algorithm AS 66 (Hill 1973), with
// its extended range (to z = 38), as AS R94 uses it.
func as66(z float64) float64 {
	upper := true
	if !(z > 0) {
		upper = false
		z = -z
	}
	if !(z <= 7 || (upper && z <= 38)) {
		if upper {
			return 0
		}
		return 1
	}
	y := 0.5 * z * z
	var t float64
	if z <= 1.28 {
		t = 0.5 - z*(0.398942280444-0.399903438504*y/(y+5.75885480458-29.8213557808/(y+2.62433121679+48.6959930692/(y+5.92885724438))))
	} else {
		t = 0.398942280385 * math.Exp(-y) / (z - 3.8052e-8 + 1.00000615302/(z+3.98064794e-4+1.98615381364/(z-0.151679116635+5.29330324926/(z+4.8385912808-15.1508972451/(z+0.742380924027+30.789933034/(z+3.99019417011))))))
	}
	if upper {
		return t
	}
	return 1 - t
}
