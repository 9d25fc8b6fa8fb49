package special

import (
	"math"
	"testing"
)

// TestLogDD checks the double-double logarithm against mpmath's values (50
// digits, split into hi+lo), near 1, in the subnormal range and at the
// extremes, and its non-finite cases.
func TestLogDD(t *testing.T) {
	cases := []struct{ x, hi, lo float64 }{
		{5e-324, -744.4400719213812, -4.422444340918698e-14},
		{1e-300, -690.7755278982137, -2.3670096176709832e-14},
		{0.3, -1.2039728043259361, 8.935521583403776e-17},
		{0.7071, -0.346583180371942, 2.3156292029870996e-17},
		{0.999999, -1.000000500029089e-06, 6.48066860222922e-23},
		{1.0000001, 9.999999505838704e-08, 1.5249709528441489e-24},
		{1.5, 0.4054651081081644, -2.8811380259626426e-18},
		{1.99, 0.688134638736401, 6.4875583863583315e-18},
		{3.0, 1.0986122886681098, -9.07129723500153e-17},
		{10.0, 2.302585092994046, -2.1707562233822494e-16},
		{1e+300, 690.7755278982137, 2.3747660028800243e-14},
		{1.7976931348623157e+308, 709.782712893384, 2.3636017071323592e-14},
	}
	for _, c := range cases {
		got := logDD(c.x)
		d := got.sub(dd{c.hi, c.lo})
		if math.Abs(d.hi) > 1e-22*math.Abs(c.hi) {
			t.Errorf("logDD(%v) = %v%+v, want %v%+v (error %.3g relative)", c.x, got.hi, got.lo, c.hi, c.lo, math.Abs(d.hi/c.hi))
		}
	}
	for _, x := range []float64{0, -1, math.Inf(1), math.NaN()} {
		if got, want := logDD(x).hi, math.Log(x); relErr(got, want) != 0 {
			t.Errorf("logDD(%v) = %v, want %v", x, got, want)
		}
	}
}

// TestTablesDegree checks the invariant newPieceTable relies on: every
// piecewise table from gen_tables.py has degree 7 (8 coefficients) and its
// pieces are contiguous and increasing.
func TestTablesDegree(t *testing.T) {
	for name, ps := range map[string][]polyPiece{
		"ndtriCentral": ndtriCentral, "ndtriTailPieces": ndtriTailPieces, "erfcxPieces": erfcxPieces,
	} {
		for i, p := range ps {
			if len(p.c) != 8 {
				t.Errorf("%s[%d] has %d coefficients, want 8", name, i, len(p.c))
			}
			if !(p.lo < p.hi) || (i > 0 && ps[i-1].hi != p.lo) {
				t.Errorf("%s[%d] = [%v, %v] is not contiguous with the previous piece", name, i, p.lo, p.hi)
			}
		}
		if len(ps) > 255 {
			t.Errorf("%s has %d pieces, more than pieceTable's uint8 index holds", name, len(ps))
		}
	}
}
