package special

import "math"

// polyPiece is one piece of a piecewise polynomial approximation generated
// by gen_tables.py: on [lo, hi] the function is Σ c[i]·tⁱ with
// t = (v-mid)/half.
type polyPiece struct {
	lo, hi, mid, half float64
	c                 []float64
}

// pieceTable is a piecewise polynomial of degree 7 (gen_tables.py's
// tables), flattened for speed: fixed-size coefficient arrays (no bounds
// checks in the evaluation) and a lookup table from a uniform grid over its
// range to the piece containing each cell's left end, so that finding the
// piece of v takes one load and rarely a comparison (a binary search over
// irregular pieces costs unpredictable branches in the hot loop).
type pieceTable struct {
	hi      []float64 // right ends of the pieces
	mid     []float64
	invHalf []float64 // 1/half: a multiplication instead of a division
	c       [][8]float64
	v0, inv float64 // cell of v: int((v-v0)·inv)
	lut     []uint8
}

func newPieceTable(ps []polyPiece, cells int) *pieceTable {
	t := &pieceTable{v0: ps[0].lo, lut: make([]uint8, cells)}
	for _, p := range ps {
		t.hi = append(t.hi, p.hi)
		t.mid = append(t.mid, p.mid)
		t.invHalf = append(t.invHalf, 1/p.half)
		var c [8]float64
		copy(c[:], p.c) // gen_tables.py emits degree 7 (TestTablesDegree)
		t.c = append(t.c, c)
	}
	t.inv = float64(cells) / (ps[len(ps)-1].hi - t.v0)
	j := 0
	for c := range t.lut {
		v := t.v0 + float64(c)/t.inv
		for j < len(ps)-1 && ps[j].hi <= v {
			j++
		}
		t.lut[c] = uint8(j)
	}
	return t
}

// eval evaluates the piece containing v (v outside the range uses the
// first or last piece, a slight extrapolation that only rounding of the
// range ends can cause).
func (t *pieceTable) eval(v float64) float64 {
	c := int((v - t.v0) * t.inv)
	c = max(0, min(c, len(t.lut)-1))
	j := int(t.lut[c])
	for j < len(t.hi)-1 && v > t.hi[j] {
		j++
	}
	x := (v - t.mid[j]) * t.invHalf[j]
	cs := &t.c[j]
	// Estrin's scheme: three levels of independent FMAs instead of a chain
	// of seven.
	x2 := x * x
	a := math.FMA(cs[1], x, cs[0])
	b := math.FMA(cs[3], x, cs[2])
	d := math.FMA(cs[5], x, cs[4])
	e := math.FMA(cs[7], x, cs[6])
	return math.FMA(math.FMA(e, x2, d), x2*x2, math.FMA(b, x2, a))
}

var (
	ndtriCentralT = newPieceTable(ndtriCentral, 64)
	ndtriTailT    = newPieceTable(ndtriTailPieces, 1024)
)

// Ndtr returns the standard normal cumulative distribution function
// Φ(x) = (1 + erf(x/√2))/2 (scipy.special.ndtr).
//
// Beyond |x| = 1 it is erfcx(|x|/√2)·exp(-x²/2)/2 (or 1 minus it), with
// erfcx from polynomial tables and x² split exactly into hi+lo, so the lower
// tail keeps full relative accuracy: SciPy's erfc(-x/√2)/2 errs by about
// (x²/2)·2.2e-16, 1.6e-13 at x = -38 (the golden tests compare such points
// with mpmath).
//
// Special cases are:
//
//	Ndtr(+Inf) = 1
//	Ndtr(-Inf) = 0
//	Ndtr(NaN) = NaN
func Ndtr(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case x > -1 && x < 1:
		return 0.5 + 0.5*math.Erf(x*sqrt1_2)
	case x > 8.3:
		return 1 // 0.5·erfc(x/√2) < 5.5e-17: 1 is the rounded result
	case x >= 1:
		return 1 - 0.5*erfcxT.eval(x*sqrt1_2)*math.Exp(-0.5*x*x)
	case x < -39:
		return 0 // Φ(-38.5) is already below the smallest subnormal
	}
	return ndtrLower(x)
}

// ndtrLower returns Φ(x) for -39 ≤ x ≤ -1 with full relative accuracy, as
// erfcx(z)·exp(-x²/2)/2 with z = -x/√2: erfcx from its tables (it varies
// slowly, so the rounding of z costs nothing), and x² = hi+lo exactly so
// that exp(-x²/2) = exp(-hi/2)·(1-lo/2) is as accurate as math.Exp.
func ndtrLower(x float64) float64 {
	hi, lo := twoProd(x, x)
	return 0.5 * erfcxPos(-x*sqrt1_2) * (math.Exp(-0.5*hi) * (1 - 0.5*lo))
}

// LogNdtr returns log Φ(x), the logarithm of the standard normal CDF
// (scipy.special.log_ndtr), accurate in both tails: for x < -1 it is
// log(erfcx(-x/√2)/2) - x²/2 with x²/2 exact (so LogNdtr(-1e5) ≈ -5e9 has
// full relative accuracy), for x ≥ 0 log1p(-Φ(-x)).
//
// Special cases are:
//
//	LogNdtr(+Inf) = -0
//	LogNdtr(-Inf) = -Inf
//	LogNdtr(NaN) = NaN
func LogNdtr(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case x >= 0:
		return math.Log1p(-Ndtr(-x)) // -0 at +Inf, as SciPy
	case x >= -1:
		return math.Log(Ndtr(x))
	case x < -1e154:
		return math.Inf(-1) // -x²/2 overflows
	}
	hi, lo := twoProd(x, x) // x² exactly
	return (math.Log(0.5*erfcxPos(-x*sqrt1_2)) - 0.5*lo) - 0.5*hi
}

// Ndtri returns the inverse of the standard normal CDF: the x with
// Φ(x) = p (scipy.special.ndtri).
//
// It evaluates piecewise polynomial approximations generated with mpmath
// (gen_tables.py): in q = p-1/2 for |q| ≤ 0.3, in r = √(-log p) (or of 1-p)
// otherwise, down to the smallest subnormal p. Their approximation error
// is below 8e-17; the float64 evaluation adds a few ulps.
//
// Special cases are:
//
//	Ndtri(0) = -Inf
//	Ndtri(1) = +Inf
//	Ndtri(p) = NaN for p < 0 or p > 1
//	Ndtri(NaN) = NaN
func Ndtri(p float64) float64 {
	switch {
	case !(p > 0 && p < 1): // also NaN
		switch p {
		case 0:
			return math.Inf(-1)
		case 1:
			return math.Inf(1)
		}
		return math.NaN()
	case p > 0.2 && p < 0.8:
		q := p - 0.5 // exact
		return q * ndtriCentralT.eval(q*q)
	case p <= 0.2:
		return -ndtriTail(p)
	}
	return ndtriTail(1 - p) // exact for p ≥ 0.5
}

// ndtriTail returns -Φ⁻¹(p) for 0 < p ≤ 0.2.
func ndtriTail(p float64) float64 {
	r := math.Sqrt(-logx(p))
	return ndtriTailT.eval(r)
}

// Erfinv returns the inverse error function: the x with erf(x) = y
// (scipy.special.erfinv), from the same approximations as Ndtri with
// erfinv(y) = Φ⁻¹((1+y)/2)/√2, arranged so that no argument is rounded
// (q = y/2 near 0, (1-|y|)/2 in the tails).
//
// Special cases are:
//
//	Erfinv(±0) = +0 (SciPy's value for -0 as well)
//	Erfinv(1) = +Inf
//	Erfinv(-1) = -Inf
//	Erfinv(y) = NaN for |y| > 1
//	Erfinv(NaN) = NaN
func Erfinv(y float64) float64 {
	switch {
	case math.IsNaN(y):
		return y
	case y == 0:
		return 0 // SciPy returns +0 for -0 too
	case y == 1:
		return math.Inf(1)
	case y == -1:
		return math.Inf(-1)
	case y < -1 || y > 1:
		return math.NaN()
	}
	a := math.Abs(y)
	var x float64
	if a < 0.6 {
		q := 0.5 * a
		x = q * ndtriCentralT.eval(q*q)
	} else {
		x = ndtriTail(0.5 * (1 - a)) // 1-a exact for a ≥ 0.5
	}
	return math.Copysign(x*sqrt1_2, y)
}

// Erfcinv returns the inverse complementary error function: the x with
// erfc(x) = y (scipy.special.erfcinv), -Φ⁻¹(y/2)/√2.
//
// Special cases are:
//
//	Erfcinv(0) = +Inf
//	Erfcinv(2) = -Inf
//	Erfcinv(y) = NaN for y < 0 or y > 2
//	Erfcinv(NaN) = NaN
func Erfcinv(y float64) float64 {
	switch {
	case math.IsNaN(y):
		return y
	case y == 0:
		return math.Inf(1)
	case y == 2:
		return math.Inf(-1)
	case y < 0 || y > 2:
		return math.NaN()
	}
	p := 0.5 * y
	if p < 0x1p-1022 {
		// y/2 would round in the subnormal range; use r = √(-log p) from y.
		return ndtriTailT.eval(math.Sqrt(math.Ln2-logx(y))) * sqrt1_2
	}
	return -Ndtri(p) * sqrt1_2
}
