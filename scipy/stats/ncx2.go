package stats

import (
	"math"
	"math/rand/v2"

	"github.com/goscipy/goscipy/scipy/special"
)

// NCX2 is the non-central chi-squared distribution with df degrees of
// freedom and non-centrality nc, scipy.stats.ncx2(df, nc, loc, scale):
//
//	PDF(x) = ½·e^(-(y+nc)/2)·(y/nc)^((df-2)/4)·I_(df/2-1)(√(nc·y)) / scale,
//
// y = (x-loc)/scale ≥ 0, the law of Σ (Zᵢ+μᵢ)² with nc = Σ μᵢ². With
// nc = 0 it is Chi2 (every method is Chi2's), as in SciPy.
//
// Every method sums the Poisson mixture Σⱼ wⱼ·hⱼ, wⱼ = e^(-nc/2)(nc/2)ʲ/j!,
// with hⱼ the chi-squared density, CDF or SF of df+2j degrees of freedom,
// all terms positive: the sum starts at its largest term (one direct
// special.Gammainc or Gammaincc there) and runs outward with the
// recurrences of the incomplete gamma function, each in its stable
// direction (the CDF's terms downward from a second direct value, the SF's
// upward), so that CDF and SF are each computed directly, with relative
// accuracy in both tails, and the logarithms where they underflow
// (LogSF(1e4) for df = 3, nc = 10 is -4690.81). The terms are scaled by
// the largest, so the sums do not underflow; they stop when the
// remainder, bounded geometrically, is below 1e-17 of the sum, and each
// direction is capped at 2¹⁸ terms (a sum needs about 10·√j terms
// around the index j of its largest term, near nc/2 or √(nc·y)/2), and a
// sum that would need more returns NaN: for nc above about 1e9, CDF, SF
// and the quantiles are NaN. Where
// that index exceeds 1e5 (nc·y > 4e10) the density uses the Bessel form
// with special.Ive instead. PPF and ISF solve LogCDF = log q or
// LogSF = log q for log y by a safeguarded Newton iteration, polished by
// Newton steps in y.
//
// Accuracy against mpmath (scripts/golden/stats_nc.py, df from 0.1 to 50,
// nc from 1e-10 to 1e4): 1e-14 relative where the values are moderate; in
// the far tails the Poisson weight and the gamma factor at the largest
// term are exponentials of logarithms of size L, which costs about
// L·2e-16 relative: 5e-14 for PDF ≈ 1e-100, 1.3e-13 for CDF ≈ 1.5e-189.
// SciPy 1.10 (Boost) is less accurate in the lower tail for large nc and
// returns 0 and -Inf where the values underflow. Entropy is a quadrature
// of -PDF·log PDF in log y (SciPy's quad of it does not converge for
// df < 2).
type NCX2 struct {
	continuous
	df, nc float64
}

// NewNCX2 returns the non-central chi-squared distribution with df degrees
// of freedom and non-centrality nc. It returns an ErrValue error unless df
// is positive and finite, nc is non-negative and finite, loc is finite and
// scale is positive and finite.
func NewNCX2(df, nc, loc, scale float64) (*NCX2, error) {
	const fn = "NewNCX2"
	if err := checkPositive(fn, "df", df); err != nil {
		return nil, err
	}
	if !(nc >= 0) || math.IsInf(nc, 1) {
		return nil, newErr(ErrValue, fn, "nc", "must be non-negative and finite, got %v", nc)
	}
	if err := checkLocScale(fn, loc, scale); err != nil {
		return nil, err
	}
	var std standard
	if nc == 0 {
		std = chi2Std{gammaStd{df / 2}}
	} else {
		s := ncx2Std{a: df / 2, mu: nc / 2}
		if df < 1 {
			p, err := NewPoisson(nc/2, 0)
			if err != nil {
				return nil, err
			}
			s.pois = p
		}
		std = s
	}
	return &NCX2{continuous{std: std, loc: loc, scale: scale}, df, nc}, nil
}

// ncx2Std is the standard non-central chi-squared distribution, in terms
// of a = df/2 and mu = nc/2 > 0: the Poisson(mu) mixture of gamma(a+j)
// variates, times 2.
type ncx2Std struct {
	a, mu float64
	pois  *Poisson // the mixing distribution, for Rand when df < 1
}

// ncx2MaxTerms bounds each direction of a mixture sum.
const ncx2MaxTerms = 1 << 18

// ncx2Sum is a mixture sum m·e^(lw)·h (h = e^(lh); h is 0 where it is not
// a normal float64 and only lh holds it).
type ncx2Sum struct{ m, lw, h, lh float64 }

func (s ncx2Sum) value() float64 {
	if s.h > 0 && s.lw > -700 {
		return s.m * math.Exp(s.lw) * s.h
	}
	return s.m * math.Exp(s.lw+s.lh)
}

func (s ncx2Sum) log() float64 { return math.Log(s.m) + s.lw + s.lh }

// ncx2LogG is log g(b, y), g(b, y) = y^b·e^(-y)/Γ(b+1), the step of the
// incomplete gamma recurrences P(b+1) = P(b) - g(b), Q(b+1) = Q(b) + g(b),
// by Loader's saddle-point form of the Poisson probability.
func ncx2LogG(b, y float64) float64 {
	if y < 0x1p-1022 {
		return b*ncLog(y) - y - special.Gammaln(b+1)
	}
	return loaderPoissonLog(b, y)
}

// ncLog is math.Log, with subnormal arguments scaled into the normal range
// first (math.Log of Go 1.26 on amd64 is wrong for subnormals:
// math.Log(1e-310) returns -709.09 instead of -713.80).
func ncLog(x float64) float64 {
	if x > 0 && x < 0x1p-1022 {
		return math.Log(x*0x1p54) - 54*math.Ln2
	}
	return math.Log(x)
}

// ncx2Anchor returns P(b, y) (upper false) or Q(b, y) (upper true) and its
// logarithm; the value is 0 where it is not a normal float64.
func ncx2Anchor(b, y float64, upper bool) (h, lh float64) {
	if upper {
		h = special.Gammaincc(b, y)
		if h >= sfdTiny {
			return h, math.Log(h)
		}
		return 0, sfdLogGammaincUpper(b, y)
	}
	h = special.Gammainc(b, y)
	if h >= sfdTiny {
		return h, math.Log(h)
	}
	if y < 0x1p-1022 {
		// P(b, y) = y^b/Γ(b+1)·(1 + O(y)).
		return 0, b*ncLog(y) - special.Gammaln(b+1)
	}
	return 0, sfdLogGammaincLower(b, y)
}

// pdfPeak is the index of the largest term wⱼ·gpdf(a+j, y) of the density
// sum, whose ratio t_{j+1}/t_j = mu·y/((j+1)(a+j)) decreases in j.
func (d ncx2Std) pdfPeak(y float64) float64 {
	a, c := d.a, d.mu*y
	up := func(j float64) float64 { return c / ((j + 1) * (a + j)) }
	j := math.Max(0, math.Floor((-(a+1)+math.Sqrt((a-1)*(a-1)+4*c))/2))
	for i := 0; i < 100 && up(j) > 1; i++ {
		j++
	}
	for i := 0; i < 100 && j > 0 && up(j-1) < 1; i++ {
		j--
	}
	return j
}

// sumPDF is Σⱼ wⱼ·gpdf(a+j, y), gpdf(b, y) = y^(b-1)·e^(-y)/Γ(b), whose
// term ratios are products of mu/(j+1) and y/(a+j).
func (d ncx2Std) sumPDF(y float64) ncx2Sum {
	a, mu := d.a, d.mu
	j := d.pdfPeak(y)
	b := a + j
	var lh float64
	if b >= 1 {
		lh = ncx2LogG(b-1, y)
	} else {
		lh = ncx2LogG(b, y) + math.Log(b) - ncLog(y)
	}
	sum, t := 1.0, 1.0
	n := 0
	for i := j; n < ncx2MaxTerms; i, n = i+1, n+1 {
		r := mu / (i + 1) * y / (a + i)
		t *= r
		sum += t
		if (r < 1 && t*r/(1-r) <= 1e-17*sum) || t == 0 {
			break
		}
	}
	up := n
	t, n = 1, 0
	for i := j; i > 0 && n < ncx2MaxTerms; i, n = i-1, n+1 {
		r := i / mu * (a + i - 1) / y
		t *= r
		sum += t
		if (r < 1 && t*r/(1-r) <= 1e-17*sum) || t == 0 {
			break
		}
	}
	if up >= ncx2MaxTerms || n >= ncx2MaxTerms {
		sum = math.NaN()
	}
	return ncx2Sum{m: sum, lw: loaderPoissonLog(j, mu), lh: lh}
}

// sumCDF is Σⱼ wⱼ·P(a+j, y), carried as the scaled terms Tⱼ = wⱼ·P(a+j)
// and Gⱼ = wⱼ·g(a+j) (so that neither factor can overflow alone). From the
// anchor j0 near the largest term, the terms above are bounded with
// P(b+1)/P(b) ≤ min(1, y/(b+1)) to find where they are negligible, P is
// computed directly there and carried down with P(b) = P(b+1) + g(b) (all
// terms positive); below j0 the same recurrence continues from the direct
// P(a+j0) until the terms, whose ratios decrease, are negligible.
func (d ncx2Std) sumCDF(y float64) ncx2Sum {
	a, mu := d.a, d.mu
	j := math.Floor(mu)
	if y < a+mu+1 {
		j = math.Min(j, math.Max(0, math.Floor((-(a+2)+math.Sqrt(a*a+4*mu*y))/2)))
	}
	b := a + j
	h, lh := ncx2Anchor(b, y, false)
	lw := loaderPoissonLog(j, mu)
	g0 := math.Exp(ncx2LogG(b, y) - lh) // G_j0 = g(a+j0)/P(a+j0)
	var gs []float64                    // G_(j0+1), G_(j0+2), …
	g, bt := g0, 1.0
	for i := j; len(gs) < ncx2MaxTerms; i++ {
		rw, ry := mu/(i+1), y/(a+i+1)
		g = g * rw * ry
		r := rw * math.Min(1, ry)
		bt *= r
		gs = append(gs, g)
		if (r < 1 && bt/(1-r) <= 1e-17) || bt == 0 {
			break
		}
	}
	var sum float64
	if n := len(gs); n > 0 {
		top := j + float64(n)
		_, lt := ncx2Anchor(a+top, y, false)
		t := math.Exp(loaderPoissonLog(top, mu) - lw + lt - lh)
		for k := n - 1; k >= 0; k-- {
			sum += t
			if k > 0 {
				i := j + 1 + float64(k)
				t = i/mu*t + gs[k-1] // T_(i-1) = (i/mu)·T_i + G_(i-1)
			}
		}
	}
	sum++
	t, g, tp := 1.0, g0, 1.0
	n := 0
	for i := j; i > 0 && n < ncx2MaxTerms; i, n = i-1, n+1 {
		g = g * i / mu * (a + i) / y
		t = i/mu*t + g
		sum += t
		r := t / tp
		tp = t
		if (r < 1 && t*r/(1-r) <= 1e-17*sum) || t == 0 || math.IsInf(t, 1) {
			break
		}
	}
	if len(gs) >= ncx2MaxTerms || n >= ncx2MaxTerms {
		sum = math.NaN()
	}
	return ncx2Sum{m: sum, lw: lw, h: h, lh: lh}
}

// sumSF is Σⱼ wⱼ·Q(a+j, y), the mirror of sumCDF: upward from the anchor
// with Q(b+1) = Q(b) + g(b), and below it from a direct Q where the
// terms, bounded with Q(b-1)/Q(b) ≤ min(1, (b-1)/y), are negligible,
// carried up to the anchor.
func (d ncx2Std) sumSF(y float64) ncx2Sum {
	a, mu := d.a, d.mu
	j := math.Floor(mu)
	if y > a+mu+1 {
		j = math.Max(j, math.Floor((-(a+1)+math.Sqrt((a-1)*(a-1)+4*mu*y))/2))
	}
	b := a + j
	h, lh := ncx2Anchor(b, y, true)
	lw := loaderPoissonLog(j, mu)
	g0 := math.Exp(ncx2LogG(b, y) - lh) // G_j0 = g(a+j0)/Q(a+j0)
	sum := 1.0
	t, g, tp := 1.0, g0, 1.0
	n := 0
	for i := j; n < ncx2MaxTerms; i, n = i+1, n+1 {
		rw := mu / (i + 1)
		t = rw * (t + g) // T_(i+1) = (mu/(i+1))·(T_i + G_i)
		g = g * rw * y / (a + i + 1)
		sum += t
		r := t / tp
		tp = t
		if (r < 1 && t*r/(1-r) <= 1e-17*sum) || t == 0 {
			break
		}
	}
	var gs []float64 // G_(j0-1), G_(j0-2), …
	g, bt := g0, 1.0
	for i := j; i > 0 && len(gs) < ncx2MaxTerms; i-- {
		rw := i / mu
		g = g * rw * (a + i) / y
		ry := 1.0
		if bm := a + i - 1; y > bm {
			ry = bm / y
		}
		r := rw * ry
		bt *= r
		gs = append(gs, g)
		if (r < 1 && bt/(1-r) <= 1e-17) || bt == 0 {
			break
		}
	}
	if n := len(gs); n > 0 {
		bot := j - float64(n)
		_, lb := ncx2Anchor(a+bot, y, true)
		t = math.Exp(loaderPoissonLog(bot, mu) - lw + lb - lh)
		for k := n - 1; k >= 0; k-- {
			sum += t
			if k > 0 {
				i := j - 1 - float64(k)
				t = mu / (i + 1) * (t + gs[k]) // T_(i+1) = (mu/(i+1))·(T_i + G_i)
			}
		}
	}
	if len(gs) >= ncx2MaxTerms || n >= ncx2MaxTerms {
		sum = math.NaN()
	}
	return ncx2Sum{m: sum, lw: lw, h: h, lh: lh}
}

func (ncx2Std) support() (float64, float64) { return 0, math.Inf(1) }

// logpdf is log(½·sumPDF(x/2)), or from the Bessel form with special.Ive
// where the sum would be long.
func (d ncx2Std) logpdf(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case x < 0 || math.IsInf(x, 1):
		return math.Inf(-1)
	case x == 0:
		switch {
		case d.a < 1:
			return math.Inf(1)
		case d.a == 1:
			return -d.mu - math.Ln2
		}
		return math.Inf(-1)
	}
	y := x / 2
	if d.pdfPeak(y) > 1e5 {
		lam := 2 * d.mu
		s := math.Sqrt(x) - math.Sqrt(lam)
		return -math.Ln2 - s*s/2 + (d.a-1)/2*(math.Log(x)-math.Log(lam)) + math.Log(special.Ive(d.a-1, math.Sqrt(lam*x)))
	}
	return d.sumPDF(y).log() - math.Ln2
}

func (d ncx2Std) pdf(x float64) float64 {
	if x == 0 && d.a == 1 {
		return math.Exp(-d.mu) / 2
	}
	if x > 0 && !math.IsInf(x, 1) && d.pdfPeak(x/2) <= 1e5 {
		return d.sumPDF(x/2).value() / 2
	}
	return math.Exp(d.logpdf(x))
}

func (d ncx2Std) cdf(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case x <= 0:
		return 0
	case math.IsInf(x, 1):
		return 1
	}
	return math.Min(1, d.sumCDF(x/2).value())
}

func (d ncx2Std) sf(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case x <= 0:
		return 1
	case math.IsInf(x, 1):
		return 0
	}
	return math.Min(1, d.sumSF(x/2).value())
}

func (d ncx2Std) logcdf(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case x <= 0:
		return math.Inf(-1)
	case math.IsInf(x, 1):
		return 0
	}
	if s := d.sf(x); s < 0.25 {
		return math.Log1p(-s)
	}
	return math.Min(0, d.sumCDF(x/2).log())
}

func (d ncx2Std) logsf(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case x <= 0:
		return 0
	case math.IsInf(x, 1):
		return math.Inf(-1)
	}
	if c := d.cdf(x); c < 0.25 {
		return math.Log1p(-c)
	}
	return math.Min(0, d.sumSF(x/2).log())
}

// quantile solves LogCDF(e^t) = log p (p ≤ pc) or LogSF(e^t) = log pc for
// t, from Patnaik's approximation c·χ²(h), c = (df+2nc)/(df+nc),
// h = (df+nc)²/(df+2nc).
func (d ncx2Std) quantile(p, pc float64) float64 {
	k, lam := 2*d.a, 2*d.mu
	c, h := (k+2*lam)/(k+lam), (k+lam)*(k+lam)/(k+2*lam)
	var x0 float64
	if p <= pc {
		x0 = 2 * c * special.Gammaincinv(h/2, p)
	} else {
		x0 = 2 * c * special.Gammainccinv(h/2, pc)
	}
	t0 := ncLog(x0)
	if math.IsInf(t0, 0) || math.IsNaN(t0) {
		t0 = math.Log(k + lam)
	}
	if math.IsNaN(d.cdf(math.Exp(t0))) {
		return math.NaN() // the sums exceed ncx2MaxTerms (nc ≳ 1e9)
	}
	if p <= pc {
		lp := ncLog(p)
		t := sfdSolve(func(t float64) float64 { return d.logcdf(math.Exp(t)) - lp },
			func(t float64) float64 { x := math.Exp(t); return math.Exp(t + d.logpdf(x) - d.logcdf(x)) },
			math.Inf(-1), math.Inf(1), t0, true)
		return ncPolish(math.Exp(t), func(x float64) float64 { return d.logcdf(x) - lp },
			func(x float64) float64 { return math.Exp(d.logpdf(x) - d.logcdf(x)) })
	}
	lq := ncLog(pc)
	t := sfdSolve(func(t float64) float64 { return d.logsf(math.Exp(t)) - lq },
		func(t float64) float64 { x := math.Exp(t); return -math.Exp(t + d.logpdf(x) - d.logsf(x)) },
		math.Inf(-1), math.Inf(1), t0, false)
	return ncPolish(math.Exp(t), func(x float64) float64 { return d.logsf(x) - lq },
		func(x float64) float64 { return -math.Exp(d.logpdf(x) - d.logsf(x)) })
}

func (d ncx2Std) ppf(q float64) float64 { return d.quantile(q, 1-q) }
func (d ncx2Std) isf(q float64) float64 { return d.quantile(1-q, q) }

// stats: mean df+nc, variance 2(df+2nc), skewness 2^(3/2)(df+3nc)/(df+2nc)^(3/2),
// excess kurtosis 12(df+4nc)/(df+2nc)².
func (d ncx2Std) stats() (mean, variance, skew, kurt float64) {
	k, lam := 2*d.a, 2*d.mu
	v := k + 2*lam
	return k + lam, 2 * v, 2 * math.Sqrt2 * (k + 3*lam) / (v * math.Sqrt(v)), 12 * (k + 4*lam) / (v * v)
}

// rawMoment is E[Xⁿ] from the cumulants κᵢ = 2^(i-1)(i-1)!(df+i·nc) by
// mₙ = Σᵢ C(n-1, i-1)·κᵢ·m_(n-i), all terms positive.
func (d ncx2Std) rawMoment(n int) float64 {
	k, lam := 2*d.a, 2*d.mu
	m := make([]float64, n+1)
	m[0] = 1
	kappa := make([]float64, n+1)
	f := 1.0 // 2^(i-1)(i-1)!
	for i := 1; i <= n; i++ {
		kappa[i] = f * (k + float64(i)*lam)
		f *= 2 * float64(i)
	}
	for j := 1; j <= n; j++ {
		binom := 1.0 // C(j-1, i-1)
		var s float64
		for i := 1; i <= j; i++ {
			s += binom * kappa[i] * m[j-i]
			binom = binom * float64(j-i) / float64(i)
		}
		m[j] = s
	}
	return m[n]
}

// entropy is -∫ PDF·log PDF by ncQuad in log x between the quantiles
// 1e-20 and 1 - 1e-20 (the lower one at least 1e-300), plus, below a lower
// end x0 = 1e-300, the integral of the leading term of the density,
// e^(-nc/2)·x^(a-1)/(2^a·Γ(a)): -F(x0)·(log C + (a-1)(log x0 - 1/a)).
func (d ncx2Std) entropy() float64 {
	a := d.a
	x0 := d.ppf(1e-20)
	var tail float64
	if !(x0 > 1e-300) {
		x0 = 1e-300
		lc := -d.mu - a*math.Ln2 - special.Gammaln(a)
		tail = -d.cdf(x0) * (lc + (a-1)*(math.Log(x0)-1/a))
	}
	x1 := d.isf(1e-20)
	f := func(s float64) float64 {
		x := math.Exp(s)
		lf := d.logpdf(x)
		if math.IsInf(lf, -1) {
			return 0
		}
		return -x * math.Exp(lf) * lf
	}
	return tail + ncQuad(f, math.Log(x0), math.Log(x1), 32)
}

// rand is (Z+√nc)² + χ²(df-1) for df ≥ 1, else χ²(df+2N) for N Poisson
// with mean nc/2.
func (d ncx2Std) rand(r *rand.Rand) float64 {
	if d.pois == nil {
		z := r.NormFloat64() + math.Sqrt(2*d.mu)
		x := z * z
		if d.a > 0.5 {
			x += 2 * sfdRandGamma(r, d.a-0.5)
		}
		return x
	}
	n := d.pois.Rand(r)
	return 2 * sfdRandGamma(r, d.a+n)
}
