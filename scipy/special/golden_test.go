package special

import (
	"fmt"
	"math"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/goscipy/goscipy/internal/golden"
)

// defaultTol is the relative accuracy every function must reach against
// its reference (issue 7: ≤ 1e-13 over the whole domain, tails included).
const defaultTol = 1e-13

// goldenCase is one case of the files scripts/golden/special.py writes.
type goldenCase struct {
	F     string         `json:"f"`
	X     []golden.Float `json:"x"`
	SciPy golden.Float   `json:"scipy"`
	MP    *golden.Float  `json:"mp"`
}

// relErr is |got-want| / max(|want|, smallest normal): relative error,
// except that results in the subnormal range are measured against the
// smallest normal number (their own precision is less than 53 bits). NaN
// matches NaN and an infinity the same infinity; any other disagreement on
// non-finite values is +Inf.
func relErr(got, want float64) float64 {
	switch {
	case math.IsNaN(got) || math.IsNaN(want):
		if math.IsNaN(got) && math.IsNaN(want) {
			return 0
		}
		return math.Inf(1)
	case math.IsInf(got, 0) || math.IsInf(want, 0):
		if got == want {
			return 0
		}
		return math.Inf(1)
	}
	return math.Abs(got-want) / math.Max(math.Abs(want), 0x1p-1022)
}

// scalarFuncs maps the golden files' function names to the Go functions.
var scalarFuncs = map[string]func(x []float64) float64{
	"gamma":      func(x []float64) float64 { return Gamma(x[0]) },
	"gammasgn":   func(x []float64) float64 { return Gammasgn(x[0]) },
	"rgamma":     func(x []float64) float64 { return Rgamma(x[0]) },
	"gammaln":    func(x []float64) float64 { return Gammaln(x[0]) },
	"loggamma":   func(x []float64) float64 { return Loggamma(x[0]) },
	"digamma":    func(x []float64) float64 { return Digamma(x[0]) },
	"polygamma":  func(x []float64) float64 { return Polygamma(x[0], x[1]) },
	"beta":       func(x []float64) float64 { return Beta(x[0], x[1]) },
	"betaln":     func(x []float64) float64 { return Betaln(x[0], x[1]) },
	"binom":      func(x []float64) float64 { return Binom(x[0], x[1]) },
	"comb":       func(x []float64) float64 { return Comb(x[0], x[1]) },
	"comb_rep":   func(x []float64) float64 { return CombRepetition(x[0], x[1]) },
	"perm":       func(x []float64) float64 { return Perm(x[0], x[1]) },
	"poch":       func(x []float64) float64 { return Poch(x[0], x[1]) },
	"factorial":  func(x []float64) float64 { return Factorial(x[0]) },
	"factorial2": func(x []float64) float64 { return Factorial2(int64(x[0])) },

	"erf":        func(x []float64) float64 { return Erf(x[0]) },
	"erfc":       func(x []float64) float64 { return Erfc(x[0]) },
	"erfcx":      func(x []float64) float64 { return Erfcx(x[0]) },
	"erfinv":     func(x []float64) float64 { return Erfinv(x[0]) },
	"erfcinv":    func(x []float64) float64 { return Erfcinv(x[0]) },
	"dawsn":      func(x []float64) float64 { return Dawsn(x[0]) },
	"ndtr":       func(x []float64) float64 { return Ndtr(x[0]) },
	"ndtri":      func(x []float64) float64 { return Ndtri(x[0]) },
	"log_ndtr":   func(x []float64) float64 { return LogNdtr(x[0]) },
	"expit":      func(x []float64) float64 { return Expit(x[0]) },
	"logit":      func(x []float64) float64 { return Logit(x[0]) },
	"log_expit":  func(x []float64) float64 { return LogExpit(x[0]) },
	"xlogy":      func(x []float64) float64 { return Xlogy(x[0], x[1]) },
	"xlog1py":    func(x []float64) float64 { return Xlog1py(x[0], x[1]) },
	"sinc":       func(x []float64) float64 { return Sinc(x[0]) },
	"boxcox":     func(x []float64) float64 { return Boxcox(x[0], x[1]) },
	"inv_boxcox": func(x []float64) float64 { return InvBoxcox(x[0], x[1]) },

	"gammainc":  func(x []float64) float64 { return Gammainc(x[0], x[1]) },
	"gammaincc": func(x []float64) float64 { return Gammaincc(x[0], x[1]) },

	"gammaincinv":  func(x []float64) float64 { return Gammaincinv(x[0], x[1]) },
	"gammainccinv": func(x []float64) float64 { return Gammainccinv(x[0], x[1]) },
	"betainc":      func(x []float64) float64 { return Betainc(x[0], x[1], x[2]) },
	"betaincinv":   func(x []float64) float64 { return Betaincinv(x[0], x[1], x[2]) },

	"chdtr":        func(x []float64) float64 { return Chdtr(x[0], x[1]) },
	"chdtrc":       func(x []float64) float64 { return Chdtrc(x[0], x[1]) },
	"stdtr":        func(x []float64) float64 { return Stdtr(x[0], x[1]) },
	"fdtr":         func(x []float64) float64 { return Fdtr(x[0], x[1], x[2]) },
	"bdtr":         func(x []float64) float64 { return Bdtr(x[0], x[1], x[2]) },
	"pdtr":         func(x []float64) float64 { return Pdtr(x[0], x[1]) },
	"exp1":         func(x []float64) float64 { return Exp1(x[0]) },
	"expi":         func(x []float64) float64 { return Expi(x[0]) },
	"expn":         func(x []float64) float64 { return Expn(x[0], x[1]) },
	"zeta":         func(x []float64) float64 { return Zeta(x[0]) },
	"zetac":        func(x []float64) float64 { return Zetac(x[0]) },
	"hurwitz_zeta": func(x []float64) float64 { return HurwitzZeta(x[0], x[1]) },
}

// goldenName returns special/<base>.json.gz or special/<base>.json,
// whichever exists: goldenlib compresses files above 256 KiB, so a
// regenerated file may change between the two.
func goldenName(t *testing.T, base string) string {
	gz := "special/" + base + ".json.gz"
	if _, err := os.Stat(golden.Path(t, gz)); err == nil {
		return gz
	}
	return "special/" + base + ".json"
}

// zeroSignFree lists the functions whose sign of an exact zero result is
// not compared with SciPy's: there it is an accident of the formula SciPy
// happens to use (Binom(0, 21) = -0 from sin(0)·(-1), Poch(1, -Inf) = -0
// from (1/-Inf)·exp(-Inf)), not a convention.
var zeroSignFree = map[string]bool{"binom": true, "comb": true, "comb_rep": true, "perm": true, "poch": true}

// goldenResult summarises one function's comparison.
type goldenResult struct {
	n, nMP   int     // cases, and cases where SciPy is off mpmath by > defaultTol
	maxErr   float64 // largest error against the reference
	worstX   []float64
	worstRef string
}

// checkGolden compares every case of testdata/special/<file> with its
// references. Where mpmath's exact value is known and SciPy's is farther
// than defaultTol from it, SciPy is the less accurate of the two and the
// result must be within the tolerance of mpmath (issue 7 asks for mpmath's
// accuracy there); elsewhere it must be within the tolerance of SciPy or
// of mpmath (the two differ by less than the tolerance, and a result
// between them, closer to the truth than SciPy, is not an error). Where
// SciPy's value is a convention (NaN, ±Inf, 0 outside the domain) there is
// no mpmath value and SciPy's must be matched, including the sign of a
// zero unless the function is in zeroSignFree. tols overrides defaultTol
// for a function; each override is explained where it is given.
func checkGolden(t *testing.T, file string, tols map[string]func(x []float64, want float64) float64) {
	f := golden.Load[goldenCase](t, goldenName(t, file))
	res := map[string]*goldenResult{}
	for _, c := range f.Cases {
		fn, ok := scalarFuncs[c.F]
		if !ok {
			t.Fatalf("%s: no Go function for %q", file, c.F)
		}
		x := golden.Floats(c.X)
		got := fn(x)
		want, ref := float64(c.SciPy), "scipy"
		e := relErr(got, want)
		if c.MP != nil {
			mpv := float64(*c.MP)
			em := relErr(got, mpv)
			if relErr(want, mpv) > defaultTol || em < e {
				want, ref, e = mpv, "mpmath", em
			}
		}
		r := res[c.F]
		if r == nil {
			r = &goldenResult{}
			res[c.F] = r
		}
		r.n++
		if c.MP != nil && relErr(float64(c.SciPy), float64(*c.MP)) > defaultTol {
			r.nMP++
		}
		if want == 0 && got == 0 && ref == "scipy" && !zeroSignFree[c.F] && math.Signbit(got) != math.Signbit(want) {
			e = math.Inf(1) // SciPy's sign of zero is part of its convention
		}
		tol := defaultTol
		if fn, ok := tols[c.F]; ok {
			tol = max(tol, fn(x, want))
		}
		if e > tol {
			t.Errorf("%s%v = %v, want %v (%s; rel err %.3g > %.3g)", c.F, x, got, want, ref, e, tol)
		}
		if e > r.maxErr || r.worstX == nil {
			r.maxErr, r.worstX, r.worstRef = max(e, r.maxErr), x, ref
		}
	}
	names := make([]string, 0, len(res))
	for k := range res {
		names = append(names, k)
	}
	sort.Strings(names)
	var b strings.Builder
	for _, k := range names {
		r := res[k]
		fmt.Fprintf(&b, "\n  %-12s %5d cases (%3d vs mpmath)  max rel err %.3g at %v (%s)", k, r.n, r.nMP, r.maxErr, r.worstX, r.worstRef)
	}
	t.Logf("%s:%s", file, b.String())
}

func TestGoldenGamma(t *testing.T) {
	checkGolden(t, "gamma", nil)
}

func TestGoldenErf(t *testing.T) {
	checkGolden(t, "erf", nil)
}

func TestGoldenIgam(t *testing.T) {
	checkGolden(t, "igam", nil)
}

func TestGoldenIgaminv(t *testing.T) {
	checkGolden(t, "igaminv", nil)
}

func TestGoldenIbeta(t *testing.T) {
	checkGolden(t, "ibeta", map[string]func([]float64, float64) float64{
		"betaincinv": betaincinvTol,
	})
}

func TestGoldenDist(t *testing.T) {
	checkGolden(t, "dist", nil)
}

func TestGoldenExpint(t *testing.T) {
	checkGolden(t, "expint", nil)
}

func TestGoldenZeta(t *testing.T) {
	checkGolden(t, "zeta", nil)
}

// betaincinvTol is the documented bound of Betaincinv: 2e-15·κ, with
// κ = max(y, 1-y)/(x·∂I/∂x) the condition number of x in the relative
// error of I or 1-I, which can be computed to a few ulps but not better:
// κ ≈ 1/a for small a (1000 at a = 0.001), and it is large where I is
// flat. Elsewhere defaultTol applies.
func betaincinvTol(x []float64, want float64) float64 {
	a, b, y := x[0], x[1], x[2]
	if !(want > 0 && want < 1) {
		return 0
	}
	// x·∂I/∂x = x^a (1-x)^(b-1)/B(a, b), in logarithms.
	ld := a*math.Log(want) + (b-1)*math.Log1p(-want) - Betaln(a, b)
	kappa := math.Max(y, 1-y) / math.Exp(ld)
	return 2e-15 * kappa
}
