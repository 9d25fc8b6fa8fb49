package special

import (
	"math"
	"testing"

	"github.com/goscipy/goscipy/internal/golden"
)

// hyp2NegCase is a case of testdata/special/hyp_neg.json: goldenCase plus
// the condition number of ₂F₁ at the point (see the generator).
type hyp2NegCase struct {
	F     string         `json:"f"`
	X     []golden.Float `json:"x"`
	SciPy golden.Float   `json:"scipy"`
	MP    *golden.Float  `json:"mp"`
	Cond  *float64       `json:"cond"`
}

// TestGoldenHyp2Neg checks Hyp2f1 at x in [-1e3, -1) with a, b up to ±150
// and c up to 200 (random points, near-integer c-a, c-b and b-a, the
// points reported as defects) against mpmath at 50+ digits
// (testdata/special/hyp_neg.json, scripts/golden/special_hyp_neg.py).
// Tolerance: defaultTol (1e-13) relative, or u·cond where the condition
// number cond = Σ_v |v ∂F/∂v|/|F| exceeds 1e-13/u ≈ 900: there a change of
// the arguments by one rounding moves the value by more than 1e-13 (near
// a zero of ₂F₁, e.g. (-0.45, 4.18, -4.45, -23.5) with cond 9.3e5, whose
// value is within u·cond of the one at arguments perturbed by one ulp).
// Values that overflow float64 in mpmath must be ±Inf, and only those.
// SciPy's values are logged for comparison, not checked.
func TestGoldenHyp2Neg(t *testing.T) {
	f := golden.Load[hyp2NegCase](t, goldenName(t, "hyp_neg"))
	const u = 1.1102230246251565e-16
	var n, nCond int
	var worst, worstSciPy float64
	var worstX []float64
	for _, c := range f.Cases {
		if c.MP == nil {
			continue
		}
		x := golden.Floats(c.X)
		got := Hyp2f1(x[0], x[1], x[2], x[3])
		want := float64(*c.MP)
		tol := defaultTol
		if c.Cond != nil && u**c.Cond > tol {
			tol = u * *c.Cond
			nCond++
		}
		e := relErr(got, want)
		if e > tol {
			t.Errorf("Hyp2f1%v = %v, want %v (mpmath; rel err %.3g > tol %.3g)", x, got, want, e, tol)
		}
		n++
		// The error in units of the tolerance's scale: e/tol·1e-13.
		if s := e / tol * defaultTol; s > worst || worstX == nil {
			worst, worstX = s, x
		}
		if se := relErr(float64(c.SciPy), want); se > worstSciPy && !math.IsNaN(se) {
			worstSciPy = se
		}
	}
	if n < 300 {
		t.Errorf("only %d cases with an mpmath value, want ≥ 300", n)
	}
	t.Logf("%d cases (%d with a condition-scaled tolerance): max error %.3g (scaled to 1e-13 tol) at %v; SciPy 1.10.1's max rel err %.3g",
		n, nCond, worst, worstX, worstSciPy)
}
