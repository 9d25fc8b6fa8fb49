package stats

import (
	"math"
	"slices"

	"github.com/goscipy/goscipy/scipy/special"
)

// cvmSeriesTol is where SciPy 1.10.1 stops the series of the Cramér–von
// Mises distribution: after the first term whose magnitude is below it.
// The same rule is kept so that the p-values agree with SciPy's to
// rounding, although the truncation error of the series itself is of the
// order of this tolerance.
const cvmSeriesTol = 1e-7

// cvmMaxTerms bounds the series loops; they converge in a handful of terms
// for every finite argument, and a NaN argument stops them at once.
const cvmMaxTerms = 1000

// CramerVonMises is the one-sample Cramér–von Mises goodness-of-fit test
// of the sample x against the continuous distribution function cdf,
// scipy.stats.cramervonmises. The null hypothesis is that the elements of
// x are independent draws with distribution function cdf, whose
// parameters are known (for parameters estimated from x the p-value is not
// valid). A frozen distribution is tested by passing its method value:
//
//	d, _ := stats.NewNorm(0, 1)
//	res, err := stats.CramerVonMises(x, d.CDF)
//
// Statistic is ω² = 1/(12n) + Σ ((2i-1)/(2n) - cdf(x₍ᵢ₎))² over the
// sorted sample; PValue is 1 minus the approximation of Csörgő and
// Faraway (1996, eq. 1.8) to its distribution for samples of size n (the
// limiting distribution through Bessel K series, plus a 1/n correction),
// clipped at 0, 1 below the support [1/(12n), n/3] and 0 above it, as in
// SciPy 1.10.1. The approximation is not exact for tiny n, and the
// p-value, formed as 1 - CDF, has an absolute error of about 1e-15, so
// p-values below ~1e-10 carry few correct digits. DF is NaN. x is not
// modified; cdf is called once per element of x.
//
// A NaN in x, or a NaN returned by cdf, gives a NaN statistic and a NaN
// p-value (SciPy 1.10.1 reports a p-value of 1 there).
//
// Errors: ErrValue when x has fewer than two elements or cdf is nil.
func CramerVonMises(x []float64, cdf func(float64) float64) (TestResult, error) {
	const fn = "CramerVonMises"
	if len(x) <= 1 {
		return nanResult(), newErr(ErrValue, fn, "x", "the sample must contain at least two observations, got %d", len(x))
	}
	if cdf == nil {
		return nanResult(), newErr(ErrValue, fn, "cdf", "the distribution function must not be nil")
	}
	vals := slices.Clone(x)
	tsSortFloats(vals)
	n := len(vals)
	fn2 := float64(2 * n)
	d := make([]float64, n)
	for i, v := range vals {
		u := float64(2*(i+1)-1) / fn2
		e := u - cdf(v)
		d[i] = e * e
	}
	w := 1/float64(12*n) + sum(d)
	if math.IsNaN(w) {
		return nanResult(), nil
	}
	p := math.Max(0, 1-cvmCDF(w, float64(n)))
	return TestResult{Statistic: w, PValue: p, DF: math.NaN()}, nil
}

// cvmCDF is the approximate distribution function of the one-sample
// Cramér–von Mises statistic for samples of size n at x (SciPy's _cdf_cvm
// with n given): 0 up to 1/(12n), 1 from n/3, the limiting distribution
// times 1 + 1/(12n) plus ψ₁(x)/n in between.
func cvmCDF(x, n float64) float64 {
	switch {
	case x >= n/3:
		return 1
	case !(x > 1/(12*n)):
		return 0
	}
	return cvmCDFInf(x)*(1+1/(12*n)) + cvmPsi1(x)/n
}

// cvmCDFInf is the limiting distribution function of the Cramér–von
// Mises statistic at x > 0 (Csörgő and Faraway 1996, eq. 1.2–1.3): the
// sum over k of Γ(k+½)/(k! π^{3/2} √x) √(4k+1) e^{-q} K_{1/4}(q) with
// q = (4k+1)²/(16x), stopped after the first term below cvmSeriesTol.
func cvmCDFInf(x float64) float64 {
	c := math.Pow(math.Pi, 1.5) * math.Sqrt(x)
	var tot float64
	for k := 0; k < cvmMaxTerms; k++ {
		fk := float64(k)
		u := math.Exp(special.Gammaln(fk+0.5)-special.Gammaln(fk+1)) / c
		y := 4*fk + 1
		q := y * y / (16 * x)
		z := u * math.Sqrt(y) * math.Exp(-q) * special.Kv(0.25, q)
		tot += z
		if !(math.Abs(z) >= cvmSeriesTol) {
			break
		}
	}
	return tot
}

// cvmEd2 and cvmEd3 are the Bessel-function combinations of the 1/n
// term of Csörgő and Faraway (1996, eq. 1.10) at y.
func cvmEd2(y float64) float64 {
	z := y * y / 4
	b := special.Kv(0.25, z) + special.Kv(0.75, z)
	return math.Exp(-z) * math.Pow(y/2, 1.5) * b / math.Sqrt(math.Pi)
}

func cvmEd3(y float64) float64 {
	z := y * y / 4
	c := math.Exp(-z) / math.Sqrt(math.Pi)
	return c * math.Pow(y/2, 2.5) * (2*special.Kv(0.25, z) + 3*special.Kv(0.75, z) - special.Kv(1.25, z))
}

// cvmPsi1 is ψ₁(x) of Csörgő and Faraway (1996, eq. 1.10) without its
// V(x)/12 term (which cvmCDF adds through the factor 1 + 1/(12n)): minus
// the sum over k of A_k(x)/(π k!), stopped after the first term below
// cvmSeriesTol.
func cvmPsi1(x float64) float64 {
	sx := 2 * math.Sqrt(x)
	y1 := math.Pow(x, 0.75)
	y2 := math.Pow(x, 1.25)
	var tot float64
	for k := 0; k < cvmMaxTerms; k++ {
		fk := float64(k)
		m := 2*fk + 1
		gh := special.Gamma(fk + 0.5)
		e1 := m * gh * cvmEd2((4*fk+3)/sx) / (9 * y1)
		e2 := gh * cvmEd3((4*fk+1)/sx) / (72 * y2)
		e3 := 2 * (m + 2) * special.Gamma(fk+1.5) * cvmEd3((4*fk+5)/sx) / (12 * y2)
		e4 := 7 * m * gh * cvmEd2((4*fk+1)/sx) / (144 * y1)
		e5 := 7 * m * gh * cvmEd2((4*fk+5)/sx) / (144 * y1)
		z := -(e1 + e2 + e3 + e4 + e5) / (math.Pi * special.Gamma(fk+1))
		tot += z
		if !(math.Abs(z) >= cvmSeriesTol) {
			break
		}
	}
	return tot
}

// CramerVonMises2SampOptions are the options of CramerVonMises2Samp; nil
// is SciPy's default (method "auto").
type CramerVonMises2SampOptions struct {
	// Method is "auto" (the default, also ""): "exact" when neither
	// sample has more than 20 elements, else "asymptotic"; "exact" (the
	// null distribution counted over all C(n+m, n) arrangements, by the
	// lattice-path algorithm of Xiao, Gordon and Yakovlev 2006); or
	// "asymptotic" (the normalized statistic against the limiting
	// distribution of the one-sample statistic).
	Method string
}

// cvm2MaxEntries bounds the work of the exact method: the number of
// (value, count) pairs held at once for one row of the lattice (about 64
// MB). Beyond it CramerVonMises2Samp returns an error rather than run for
// minutes and exhaust memory; it admits every pair of sizes up to 28 and
// equal sizes up to about 70 (sizes with a small least common multiple
// have few distinct path values), and finding that it is exceeded can
// take a second or two.
const cvm2MaxEntries = 1 << 22

// CramerVonMises2Samp is the two-sample Cramér–von Mises test,
// scipy.stats.cramervonmises_2samp: the null hypothesis is that x and y
// come from the same continuous distribution. Statistic is Anderson's
// (1962, eq. 9) T = U/(nm(n+m)) - (4nm-1)/(6(n+m)), where U is built
// from the ranks of x and y in the pooled sample (midranks for ties);
// PValue comes from opts.Method. With ties the exact p-value still uses
// the distribution without ties (conservative), as SciPy. DF is NaN.
// Inputs are not modified.
//
// A NaN in x or y gives a NaN statistic and p-value (SciPy 1.10.1 reports
// a p-value of 0 there).
//
// Errors: ErrValue when x or y has fewer than two elements, for an
// unknown Method, or when Method "exact" would need more than about 4
// million (value, count) pairs at once (SciPy computes on, for minutes
// or hours; sizes up to 28, and equal sizes up to about 70, always fit):
// use "asymptotic" there.
func CramerVonMises2Samp(x, y []float64, opts *CramerVonMises2SampOptions) (TestResult, error) {
	const fn = "CramerVonMises2Samp"
	var o CramerVonMises2SampOptions
	if opts != nil {
		o = *opts
	}
	if len(x) <= 1 || len(y) <= 1 {
		arg := "x"
		if len(x) > 1 {
			arg = "y"
		}
		return nanResult(), newErr(ErrValue, fn, arg, "x and y must contain at least two observations, got %d and %d", len(x), len(y))
	}
	method := o.Method
	switch method {
	case "", "auto":
		method = "exact"
		if max(len(x), len(y)) > 20 {
			method = "asymptotic"
		}
	case "exact", "asymptotic":
	default:
		return nanResult(), newErr(ErrValue, fn, "opts.Method", "%q is not one of \"auto\", \"exact\", \"asymptotic\"", o.Method)
	}
	if slices.ContainsFunc(x, math.IsNaN) || slices.ContainsFunc(y, math.IsNaN) {
		return nanResult(), nil
	}
	nx, ny := len(x), len(y)
	z := make([]float64, 0, nx+ny)
	z = append(z, x...)
	z = append(z, y...)
	tsSortFloats(z[:nx])
	tsSortFloats(z[nx:])
	r, _ := tsRankAvg(z)
	d := make([]float64, max(nx, ny))
	for i := range nx {
		e := r[i] - float64(i+1)
		d[i] = e * e
	}
	u := float64(nx) * sum(d[:nx])
	for j := range ny {
		e := r[nx+j] - float64(j+1)
		d[j] = e * e
	}
	u += float64(ny) * sum(d[:ny])
	k, N := float64(nx*ny), float64(nx+ny)
	t := u/(k*N) - float64(4*nx*ny-1)/float64(6*(nx+ny))
	if method == "exact" {
		p, ok := cvm2ExactPValue(u, nx, ny)
		if !ok {
			return nanResult(), newErr(ErrValue, fn, "opts.Method", "the exact distribution for sample sizes %d and %d is too large to count; use \"asymptotic\"", nx, ny)
		}
		return TestResult{Statistic: t, PValue: p, DF: math.NaN()}, nil
	}
	fx, fy := float64(nx), float64(ny)
	et := (1 + 1/N) / 6
	vt := (N + 1) * (4*k*N - 3*(fx*fx+fy*fy) - 2*k)
	vt = vt / (45 * N * N * 4 * k)
	tn := 1.0/6 + (t-et)/math.Sqrt(45*vt)
	p := 1.0
	if !(tn < 0.003) {
		// Below 0.003 the limiting CDF is under 1e-18: SciPy returns 1.
		p = math.Max(0, 1-cvmCDFInf(tn))
	}
	return TestResult{Statistic: t, PValue: p, DF: math.NaN()}, nil
}

// cvm2Entry is one value of the lattice-path statistic with the number of
// paths giving it.
type cvm2Entry struct {
	v int64
	c float64
}

// cvm2ExactPValue is P(U ≥ s) under the null hypothesis for samples of
// sizes m and n, counted over the lattice paths from (0, 0) to (n, m): a
// path through the points (u, v) has the value Σ (a·v - b·u)² with
// a = lcm(m, n)/m and b = lcm(m, n)/n, from which U is an affine function
// (Xiao, Gordon and Yakovlev 2006, with Anderson 1962, eq. 9). The counts
// are float64, exact below 2^53 paths. ok is false when the work bound
// cvm2MaxEntries is exceeded.
func cvm2ExactPValue(s float64, m, n int) (p float64, ok bool) {
	l := cvmLCM(m, n)
	a, b := l/m, l/n
	mn := m * n
	// The threshold ζ in the path values that corresponds to U = s, with
	// Python's float floor division as SciPy computes it.
	num := float64(l*l*(m+n)) * (6*s - float64(mn*(4*mn-1)))
	zeta := cvmPyFloorDiv(num, float64(6*mn*mn))
	// Overflow guard: a path value is at most (m+n+1)·l².
	if float64(m+n+1)*float64(l)*float64(l) > 1<<62 {
		return 0, false
	}
	// gs[v] holds the distribution of path values at (u, v) for the
	// current u, sorted by value.
	gs := make([][]cvm2Entry, m+1)
	gs[0] = []cvm2Entry{{0, 1}}
	var entries int
	for u := 0; u <= n; u++ {
		var tmp []cvm2Entry
		entries = 0
		for v := 0; v <= m; v++ {
			tmp = cvm2Merge(tmp, gs[v])
			sh := int64(a*v - b*u)
			sh *= sh
			for i := range tmp {
				tmp[i].v += sh
			}
			gs[v] = tmp
			entries += len(tmp)
			if entries > cvm2MaxEntries {
				return 0, false
			}
		}
	}
	var cnt, total float64
	for _, e := range gs[m] {
		total += e.c
		if float64(e.v) >= zeta {
			cnt += e.c
		}
	}
	return cnt / total, true
}

// cvm2Merge returns the union of the sorted distributions p and q with
// the counts of equal values added, in a new slice.
func cvm2Merge(p, q []cvm2Entry) []cvm2Entry {
	out := make([]cvm2Entry, 0, len(p)+len(q))
	i, j := 0, 0
	for i < len(p) && j < len(q) {
		switch {
		case p[i].v < q[j].v:
			out = append(out, p[i])
			i++
		case p[i].v > q[j].v:
			out = append(out, q[j])
			j++
		default:
			out = append(out, cvm2Entry{p[i].v, p[i].c + q[j].c})
			i++
			j++
		}
	}
	out = append(out, p[i:]...)
	return append(out, q[j:]...)
}

// cvmLCM is the least common multiple of the positive integers a and b.
func cvmLCM(a, b int) int {
	x, y := a, b
	for y != 0 {
		x, y = y, x%y
	}
	return a / x * b
}

// cvmPyFloorDiv is Python's float floor division a // b: the quotient of
// a - fmod(a, b), rounded to the nearest integer, less one when the
// remainder's sign differs from b's.
func cvmPyFloorDiv(a, b float64) float64 {
	mod := math.Mod(a, b)
	div := (a - mod) / b
	if mod != 0 && (b < 0) != (mod < 0) {
		div--
	}
	if div == 0 {
		return math.Copysign(0, a/b)
	}
	f := math.Floor(div)
	if div-f > 0.5 {
		f++
	}
	return f
}
