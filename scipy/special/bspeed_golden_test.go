package special

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/goscipy/goscipy/internal/golden"
)

// bspeedTol is the bound TestGoldenBspeed holds the fast paths of Airy,
// OwensT, Kv, Kve and J0 to, relative to max(|mpmath|, env) (besselErr).
// Measured maxima: 2.2e-15 for Kv and Kve (Temme's series just below
// x = 2, at the edge of Steed's range), 6.7e-16 for OwensT, 5.9e-16 for
// Airy and 2.5e-16 for J0 (relative to the envelope near zeros). The bound
// leaves a factor of about 2 for other platforms' libm (math.Sincos,
// math.Exp) without letting a lost digit pass, far inside the package's
// defaultTol of 1e-13.
const bspeedTol = 5e-15

// TestGoldenBspeed compares the fast paths with mpmath on the dense sample
// of scripts/golden/special_bspeed.py: J0's Taylor pieces and Hankel
// region, Kv and Kve in Steed's range 2 ≤ x < 25, OwensT across its
// node-count table, and Airy around its tabulated nodes and at the
// switch to the asymptotic expansions.
func TestGoldenBspeed(t *testing.T) {
	f := golden.Load[besselCase](t, goldenName(t, "bspeed"))
	type result struct {
		n      int
		maxErr float64
		worst  []float64
	}
	res := map[string]*result{}
	for _, c := range f.Cases {
		fn, ok := scalarFuncs[c.F]
		if !ok {
			t.Fatalf("no Go function for %q", c.F)
		}
		if c.MP == nil {
			t.Fatalf("%s%v: no mpmath value", c.F, c.X)
		}
		x := golden.Floats(c.X)
		got := fn(x)
		want := float64(*c.MP)
		env := 0.0
		if c.Env != nil {
			env = float64(*c.Env)
		}
		e := besselErr(got, want, env)
		if e > bspeedTol {
			t.Errorf("%s%v = %v, want %v (mpmath; err %.3g > %.3g)", c.F, x, got, want, e, bspeedTol)
		}
		r := res[c.F]
		if r == nil {
			r = &result{}
			res[c.F] = r
		}
		r.n++
		if e > r.maxErr || r.worst == nil {
			r.maxErr, r.worst = max(e, r.maxErr), x
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
		fmt.Fprintf(&b, "\n  %-10s %4d cases  max err %.3g at %v", k, r.n, r.maxErr, r.worst)
	}
	t.Logf("bspeed:%s", b.String())
}
