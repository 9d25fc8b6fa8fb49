package stats

import "math"

// Chi2ContingencyResult is the result of Chi2Contingency, with SciPy's
// fields.
type Chi2ContingencyResult struct {
	Statistic    float64
	PValue       float64
	DOF          int
	ExpectedFreq [][]float64
}

// Chi2ContingencyOptions are the options of Chi2Contingency; nil is
// SciPy's default (Yates' correction for 2×2 tables).
type Chi2ContingencyOptions struct {
	// NoCorrection drops Yates' continuity correction, which SciPy applies
	// when the table has one degree of freedom (correction=False).
	NoCorrection bool
}

// Chi2Contingency is the chi-square test of independence of the variables
// of a two-way contingency table of observed counts (rows × columns),
// scipy.stats.chi2_contingency: expected frequencies from the margins,
// Pearson's statistic with (r-1)(c-1) degrees of freedom, and Yates'
// correction (moving each count at most 1/2 towards its expectation) when
// that is 1. A table with no degrees of freedom gives statistic 0 and
// p = 1, as SciPy.
//
// Errors: ErrEmpty for an empty table; ErrShape for ragged rows; ErrValue
// for a negative or NaN count, or an expected frequency of zero (a zero
// margin; SciPy raises).
func Chi2Contingency(observed [][]float64, opts *Chi2ContingencyOptions) (Chi2ContingencyResult, error) {
	const fn = "Chi2Contingency"
	res := Chi2ContingencyResult{Statistic: math.NaN(), PValue: math.NaN()}
	r := len(observed)
	if r == 0 || len(observed[0]) == 0 {
		return res, newErr(ErrEmpty, fn, "observed", "no data")
	}
	c := len(observed[0])
	rows, cols := make([]float64, r), make([]float64, c)
	var total float64
	for i, row := range observed {
		if len(row) != c {
			return res, newErr(ErrShape, fn, "observed", "row %d has %d columns, row 0 has %d", i, len(row), c)
		}
		for j, v := range row {
			if !(v >= 0) {
				return res, newErr(ErrValue, fn, "observed", "element (%d,%d) is %v; counts must be non-negative", i, j, v)
			}
			rows[i] += v
			cols[j] += v
			total += v
		}
	}
	exp := make([][]float64, r)
	for i := range exp {
		exp[i] = make([]float64, c)
		for j := range exp[i] {
			exp[i][j] = rows[i] * cols[j] / total
			if exp[i][j] == 0 || math.IsNaN(exp[i][j]) {
				return res, newErr(ErrValue, fn, "observed", "the expected frequency at (%d,%d) is zero: row %d or column %d sums to zero", i, j, i, j)
			}
		}
	}
	res.ExpectedFreq = exp
	res.DOF = r*c - r - c + 1
	if res.DOF == 0 {
		res.Statistic, res.PValue = 0, 1
		return res, nil
	}
	yates := res.DOF == 1 && (opts == nil || !opts.NoCorrection)
	terms := make([]float64, 0, r*c)
	for i := range observed {
		for j, o := range observed[i] {
			e := exp[i][j]
			if yates {
				d := e - o
				o += math.Min(0.5, math.Abs(d)) * sign(d)
			}
			terms = append(terms, (o-e)*(o-e)/e)
		}
	}
	res.Statistic = sum(terms)
	res.PValue = chi2SF(res.Statistic, float64(res.DOF))
	return res, nil
}

// FisherExactOptions are the options of FisherExact; nil is SciPy's
// default (two-sided).
type FisherExactOptions struct {
	Alternative Alternative
}

// FisherExact is Fisher's exact test of a 2×2 contingency table,
// scipy.stats.fisher_exact: Statistic is the sample odds ratio
// t[0][0]·t[1][1]/(t[0][1]·t[1][0]) (+Inf when a denominator count is 0),
// and the p-value comes from the hypergeometric distribution of t[0][0]
// given the margins; the two-sided p-value sums the tables no more likely
// than the observed one, with SciPy's relative tolerance 1e-14. A zero
// margin gives NaN and p = 1, as SciPy.
//
// Errors: ErrValue for a negative count or an unknown Alternative.
func FisherExact(table [2][2]int, opts *FisherExactOptions) (TestResult, error) {
	const fn = "FisherExact"
	var o FisherExactOptions
	if opts != nil {
		o = *opts
	}
	alt, err := checkAlt(fn, o.Alternative)
	if err != nil {
		return nanResult(), err
	}
	for i := range 2 {
		for j := range 2 {
			if table[i][j] < 0 {
				return nanResult(), newErr(ErrValue, fn, "table", "element (%d,%d) is %d; counts must be non-negative", i, j, table[i][j])
			}
		}
	}
	a, b, c, d := table[0][0], table[0][1], table[1][0], table[1][1]
	if a+c == 0 || b+d == 0 || a+b == 0 || c+d == 0 {
		return TestResult{Statistic: math.NaN(), PValue: 1, DF: math.NaN()}, nil
	}
	or := math.Inf(1)
	if c > 0 && b > 0 {
		or = float64(a) * float64(d) / (float64(c) * float64(b))
	}
	n1, n2, n := a+b, c+d, a+c
	// The table's first cell given its margins is hypergeometric
	// (SciPy's hypergeom(n1+n2, n1, n)); the margins are positive here,
	// so the constructor cannot fail.
	hd, err := NewHypergeom(n1+n2, n1, n, 0)
	if err != nil {
		return nanResult(), err
	}
	h := hyperInt{hd}
	var p float64
	switch alt {
	case Less:
		p = h.cdf(a)
	case Greater:
		hg, err := NewHypergeom(n1+n2, n1, b+d, 0)
		if err != nil {
			return nanResult(), err
		}
		p = hyperInt{hg}.cdf(b)
	default:
		mode := int(float64((n+1)*(n1+1)) / float64(n1+n2+2))
		pexact, pmode := h.pmf(a), h.pmf(mode)
		const eps = 1e-14
		gamma := 1 + eps
		switch {
		case math.Abs(pexact-pmode)/math.Max(pexact, pmode) <= eps:
			p = 1
		case a < mode:
			plower := h.cdf(a)
			if h.pmf(n) > pexact*gamma {
				p = plower
				break
			}
			guess := binomSearch(func(x int) float64 { return -h.pmf(x) }, -pexact*gamma, mode, n)
			p = plower + h.sf(guess)
		default:
			pupper := h.sf(a - 1)
			if h.pmf(0) > pexact*gamma {
				p = pupper
				break
			}
			guess := binomSearch(h.pmf, pexact*gamma, 0, mode)
			p = pupper + h.cdf(guess)
		}
	}
	return TestResult{Statistic: or, PValue: math.Min(1, p), DF: math.NaN()}, nil
}

// hyperInt evaluates a Hypergeom at integer counts, as the search of the
// two-sided Fisher test needs.
type hyperInt struct{ d *Hypergeom }

func (h hyperInt) pmf(k int) float64 { return h.d.PMF(float64(k)) }
func (h hyperInt) cdf(k int) float64 { return h.d.CDF(float64(k)) }
func (h hyperInt) sf(k int) float64  { return h.d.SF(float64(k)) }
