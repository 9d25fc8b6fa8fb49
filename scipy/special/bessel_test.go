package special

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"testing"

	"github.com/goscipy/goscipy/internal/golden"
)

// besselCase is one case of testdata/special/bessel.json, written by
// scripts/golden/special_bessel.py: goldenCase plus "env", the local
// amplitude of an oscillating function (√(J²+Y²) for J and Y) or nil.
type besselCase struct {
	F     string         `json:"f"`
	X     []golden.Float `json:"x"`
	SciPy golden.Float   `json:"scipy"`
	MP    *golden.Float  `json:"mp"`
	Env   *golden.Float  `json:"env"`
}

// besselFuncs maps the golden file's function names to the Go functions.
var besselFuncs = map[string]func(x []float64) float64{
	"j0":  func(x []float64) float64 { return J0(x[0]) },
	"j1":  func(x []float64) float64 { return J1(x[0]) },
	"y0":  func(x []float64) float64 { return Y0(x[0]) },
	"y1":  func(x []float64) float64 { return Y1(x[0]) },
	"i0":  func(x []float64) float64 { return I0(x[0]) },
	"i1":  func(x []float64) float64 { return I1(x[0]) },
	"k0":  func(x []float64) float64 { return K0(x[0]) },
	"k1":  func(x []float64) float64 { return K1(x[0]) },
	"i0e": func(x []float64) float64 { return I0e(x[0]) },
	"i1e": func(x []float64) float64 { return I1e(x[0]) },
	"k0e": func(x []float64) float64 { return K0e(x[0]) },
	"k1e": func(x []float64) float64 { return K1e(x[0]) },
	"jv":  func(x []float64) float64 { return Jv(x[0], x[1]) },
	"yv":  func(x []float64) float64 { return Yv(x[0], x[1]) },
	"iv":  func(x []float64) float64 { return Iv(x[0], x[1]) },
	"ive": func(x []float64) float64 { return Ive(x[0], x[1]) },
	"kv":  func(x []float64) float64 { return Kv(x[0], x[1]) },
	"kve": func(x []float64) float64 { return Kve(x[0], x[1]) },
	"jn":  func(x []float64) float64 { return Jn(int(x[0]), x[1]) },
	"yn":  func(x []float64) float64 { return Yn(int(x[0]), x[1]) },
	"spherical_jn": func(x []float64) float64 {
		return SphericalJn(int(x[0]), x[1], x[2] != 0)
	},
	"spherical_yn": func(x []float64) float64 {
		return SphericalYn(int(x[0]), x[1], x[2] != 0)
	},
	"spherical_in": func(x []float64) float64 {
		return SphericalIn(int(x[0]), x[1], x[2] != 0)
	},
	"spherical_kn": func(x []float64) float64 {
		return SphericalKn(int(x[0]), x[1], x[2] != 0)
	},
}

// besselGoMath holds Go's math.J0, J1, Y0, Y1, measured by
// TestGoldenBessel on the same cases (log only) to show why they are not
// used: their error near the zeros and for large x exceeds 1e-13.
var besselGoMath = map[string]func(float64) float64{
	"j0": math.J0, "j1": math.J1, "y0": math.Y0, "y1": math.Y1,
}

// besselErr is the error of got against the exact value want: relative
// to max(|want|, env) (env the local amplitude of an oscillating function,
// 0 for the others), with results in the subnormal range measured against
// the smallest normal number, as relErr does. At a zero of J or Y the
// relative error of any floating-point evaluation is unbounded: one ulp of
// x moves the value by about |x·f'(x)|·2⁻⁵³ ≈ env·x·2⁻⁵³. Measuring the
// error relative to env there asks for the zero's position to within
// 1e-13/x of x's ulp, stricter than the condition number for x > 1.
func besselErr(got, want, env float64) float64 {
	if !isFinite(got) || !isFinite(want) {
		return relErr(got, want)
	}
	return math.Abs(got-want) / math.Max(math.Max(math.Abs(want), env), 0x1p-1022)
}

// besselZeroSignFree: SciPy's sign of the zero Jv(v, 0) for v > 0 is an
// accident of AMOS (-0 for v in (1, 2) and (5, 6), +0 elsewhere), not a
// convention; Jv returns +0 there.
func besselZeroSignFree(c besselCase, x []float64) bool {
	return (c.F == "jv" || c.F == "jn") && x[1] == 0 && x[0] > 0
}

// TestGoldenBessel compares every Bessel function with mpmath's exact
// values (40 digits) where they are defined and with SciPy's values at the
// edges (NaN, ±Inf, signed zeros), which must match exactly. The tolerance
// is defaultTol (1e-13) relative, relative to the local amplitude near the
// zeros of oscillating functions (besselErr). The log lists the achieved
// maximum per function and how often SciPy itself is farther than 1e-13
// from mpmath.
func TestGoldenBessel(t *testing.T) {
	f := golden.Load[besselCase](t, goldenName(t, "bessel"))
	type result struct {
		n, nSciPyOff int
		maxErr       float64
		worstX       []float64
		sciPyMax     float64
		goMathMax    float64
	}
	res := map[string]*result{}
	for _, c := range f.Cases {
		fn, ok := besselFuncs[c.F]
		if !ok {
			t.Fatalf("no Go function for %q", c.F)
		}
		x := golden.Floats(c.X)
		got := fn(x)
		r := res[c.F]
		if r == nil {
			r = &result{}
			res[c.F] = r
		}
		r.n++
		var e float64
		var want float64
		if c.MP != nil {
			want = float64(*c.MP)
			env := 0.0
			if c.Env != nil {
				env = float64(*c.Env)
			}
			e = besselErr(got, want, env)
			if g, ok := besselGoMath[c.F]; ok {
				r.goMathMax = max(r.goMathMax, besselErr(g(x[0]), want, env))
			}
			if es := besselErr(float64(c.SciPy), want, env); es > defaultTol {
				r.nSciPyOff++
				if !math.IsInf(es, 0) {
					r.sciPyMax = max(r.sciPyMax, es)
				}
			}
		} else {
			want = float64(c.SciPy)
			e = relErr(got, want)
			if want == 0 && got == 0 && math.Signbit(got) != math.Signbit(want) && !besselZeroSignFree(c, x) {
				e = math.Inf(1)
			}
		}
		if e > defaultTol || math.IsNaN(e) {
			t.Errorf("%s%v = %v, want %v (err %.3g)", c.F, x, got, want, e)
		}
		if e > r.maxErr || r.worstX == nil {
			r.maxErr, r.worstX = max(e, r.maxErr), x
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
		fmt.Fprintf(&b, "\n  %-13s %5d cases  max err %.3g at %v;  SciPy off mpmath by > 1e-13 in %d (max finite %.3g)",
			k, r.n, r.maxErr, r.worstX, r.nSciPyOff, r.sciPyMax)
		if _, ok := besselGoMath[k]; ok {
			fmt.Fprintf(&b, ";  Go's math.%s: max err %.3g", strings.ToUpper(k[:1])+k[1:], r.goMathMax)
		}
	}
	t.Logf("bessel:%s", b.String())
}

// init registers the Bessel functions with the package's scalar tables, so
// that TestNoPanicEdges and FuzzScalar (nopanic_test.go) cover them too.
func init() {
	for name, f := range besselFuncs {
		scalarFuncs[name] = f
		switch {
		case strings.HasPrefix(name, "spherical_"):
			arity[name] = 3
		case strings.ContainsAny(name[1:2], "01"): // j0, j1, y0, …, k1e
			arity[name] = 1
		default:
			arity[name] = 2
		}
	}
}
