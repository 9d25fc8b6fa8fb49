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
// tables), flattened for speed: one record per piece with its right end,
// centre, 1/half-width and fixed-size coefficients (one cache line or two,
// no bounds checks in the evaluation), and a lookup table from a uniform
// grid over its range to the piece containing each cell's left end, so
// that finding the piece of v takes one load and rarely a comparison (a
// binary search over irregular pieces costs unpredictable branches in the
// hot loop).
type pieceTable struct {
	p       []pieceRec
	v0, inv float64 // cell of v: int((v-v0)·inv)
	lut     []uint8
}

// pieceRec is one piece of a pieceTable: on (previous hi, hi] the
// polynomial Σ c[i]·tⁱ with t = (v-mid)·invHalf.
type pieceRec struct {
	hi, mid, invHalf float64
	c                [8]float64
}

func newPieceTable(ps []polyPiece, cells int) *pieceTable {
	t := &pieceTable{v0: ps[0].lo, lut: make([]uint8, cells)}
	for _, p := range ps {
		r := pieceRec{hi: p.hi, mid: p.mid, invHalf: 1 / p.half}
		copy(r.c[:], p.c) // gen_tables.py emits degree 7 (TestTablesDegree)
		t.p = append(t.p, r)
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
	for j < len(t.p)-1 && v > t.p[j].hi {
		j++
	}
	return t.p[j].at(v)
}

// at is the piece's polynomial at v by Estrin's scheme: three levels of
// independent multiply-adds instead of a chain of seven. Plain x*y+z, not
// math.FMA: without GOAMD64=v3, each math.FMA is a branch on the CPU's
// support with a call in the other arm, around which the compiler spills
// every live register; the extra roundings fall on terms far below the
// constant one. Small enough to be inlined at every use.
func (p *pieceRec) at(v float64) float64 {
	c, x := &p.c, (v-p.mid)*p.invHalf
	x2 := x * x
	return ((c[7]*x+c[6])*x2+(c[5]*x+c[4]))*(x2*x2) + ((c[3]*x+c[2])*x2 + (c[1]*x + c[0]))
}

var (
	ndtriCentralT = newPieceTable(ndtriCentral, ndtriNCells)
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
		return 1 - 0.5*erfcxT.eval(x*sqrt1_2)*expFast(-0.5*x*x)
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
	return 0.5 * erfcxPos(-x*sqrt1_2) * (expFast(-0.5*hi) * (1 - 0.5*lo))
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
	case p > 0.076 && p < 0.924:
		// q = p - 1/2 is exact for p ≥ 1/4; below, it drops at most the
		// last two bits of p (2.8e-17 absolute, under 7e-17 of q).
		q := p - 0.5
		v := q * q
		return q * ndtriCells[min(int(v*(ndtriNCells/ndtriCentralMax)), ndtriNCells-1)&(ndtriNCells-1)].at(v)
	case p <= 0.076:
		return -ndtriTail(p)
	}
	return ndtriTail(1 - p) // exact for p ≥ 0.5
}

// ndtriCentralMax is the end of ndtriCentral's range of v = q² (|q| up to
// 0.4243: p in [0.0757, 0.9243], AS241's central range), and ndtriNCells
// the number of cells of its lookup grid (a power of 2).
const (
	ndtriCentralMax = 0.18
	ndtriNCells     = 128
)

// ndtriCells is ndtriCentral resampled on its lookup grid: the pieces'
// ends all fall on multiples of ndtriCentralMax/ndtriNCells
// (TestNdtriCells), so each cell lies in one piece, copied here, and
// ndtriCentralEval needs neither the lookup table nor the comparison with
// the piece's end.
var ndtriCells = func() (cells [ndtriNCells]pieceRec) {
	for c := range cells {
		cells[c] = ndtriCentralT.p[ndtriCentralT.lut[c]]
	}
	return cells
}()

// ndtriCentralEval is ndtriCentralT.eval(v) for 0 ≤ v < ndtriCentralMax
// (v = q², so never negative).
func ndtriCentralEval(v float64) float64 {
	return ndtriCells[min(int(v*(ndtriNCells/ndtriCentralMax)), ndtriNCells-1)&(ndtriNCells-1)].at(v)
}

// ndtriTailCells maps the top 16 bits of p (exponent and 4 mantissa
// bits, p ≤ 0.2) to the piece of ndtriTailT containing the smallest
// r = √(-log p) of that cell of p, less a margin: ndtriTail finds its piece
// from p's bits alone, so the coefficients load while log and √ run
// (the lookup from r has to wait for them), and steps forward from it.
var ndtriTailCells = func() []uint8 {
	const last = 0x3fc<<4 | 0xa // the cell of 0.2 and the one above
	cells := make([]uint8, last+1)
	t := ndtriTailT
	j := len(t.p) - 1
	for c := range cells {
		// The cell holds [P(c), P(c+1)); its smallest r is at P(c+1).
		p := min(math.Float64frombits(uint64(c+1)<<48), 0.2)
		r := math.Sqrt(-logx(p)) * (1 - 1e-12)
		for j > 0 && t.p[j-1].hi >= r {
			j--
		}
		cells[c] = uint8(j)
	}
	return cells
}()

// ndtriTail returns -Φ⁻¹(p) for 0 < p ≤ 0.2: ndtriTailT.eval(√(-log p))
// with the piece found by ndtriTailCells.
func ndtriTail(p float64) float64 {
	t := ndtriTailT
	j := int(ndtriTailCells[min(int(math.Float64bits(p)>>48), len(ndtriTailCells)-1)])
	v := math.Sqrt(-logx(p))
	for j < len(t.p)-1 && v > t.p[j].hi {
		j++
	}
	return t.p[j].at(v)
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
	if a < 0.848 { // q² < ndtriCentralMax
		q := 0.5 * a
		x = q * ndtriCentralEval(q*q)
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
