package special

import (
	"math"
	"testing"

	"github.com/goscipy/goscipy/internal/golden"
)

// TestGoldenHypEdge checks Hyp2f1 and Hyperu against mpmath (50+ digits)
// on testdata/special/hyp_edge.json (scripts/golden/special_hyp_edge.py):
// Hyp2f1 near and at an integer c-a-b for 1/2 < x < 1 and an integer b-a
// for x < -1, δ from 1e-15 to 5e-2 (the region where the plain connection
// formula cancels as 5e-17/δ), plus random interior points that exercise
// the float64 series' error bound; Hyperu for a < 1. Every value must be
// within defaultTol (1e-13) of mpmath's. Cases where mpmath has no value
// (SciPy's conventions at c = 0) are skipped here: hyper_hyp2f1 covers
// them.
func TestGoldenHypEdge(t *testing.T) {
	f := golden.Load[goldenCase](t, goldenName(t, "hyp_edge"))
	type stat struct {
		n     int
		max   float64
		worst []float64
	}
	stats := map[string]*stat{}
	for _, c := range f.Cases {
		if c.MP == nil {
			continue
		}
		x := golden.Floats(c.X)
		var got float64
		key := c.F
		switch c.F {
		case "hyp2f1":
			got = Hyp2f1(x[0], x[1], x[2], x[3])
			d := x[2] - x[0] - x[1]
			if x[3] < 0 {
				d = x[1] - x[0]
			}
			if math.Abs(d-math.Round(d)) <= 0.06 {
				key = "hyp2f1 near-integer"
			} else {
				key = "hyp2f1 random"
			}
		case "hyperu":
			got = Hyperu(x[0], x[1], x[2])
		default:
			t.Fatalf("unexpected function %q", c.F)
		}
		want := float64(*c.MP)
		e := relErr(got, want)
		if e > defaultTol {
			t.Errorf("%s%v = %v, want %v (mpmath; rel err %.3g)", c.F, x, got, want, e)
		}
		s := stats[key]
		if s == nil {
			s = &stat{}
			stats[key] = s
		}
		s.n++
		if e > s.max || s.worst == nil {
			s.max, s.worst = max(e, s.max), x
		}
	}
	if len(stats) != 3 {
		t.Errorf("got %d case groups, want 3 (hyp2f1 near-integer, hyp2f1 random, hyperu)", len(stats))
	}
	for k, s := range stats {
		t.Logf("%-20s %4d cases  max rel err %.3g at %v", k, s.n, s.max, s.worst)
	}
}
