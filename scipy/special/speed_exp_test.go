package special

import (
	"math"
	"math/big"
	"testing"
)

// expRef returns e^x correctly rounded, from math/big: e^x = (e^(x/2^m))^(2^m)
// with the Taylor series of the reduced argument at 200 bits.
func expRef(x float64) float64 {
	const prec = 200
	const m = 12
	y := new(big.Float).SetPrec(prec).SetFloat64(x)
	y.Quo(y, new(big.Float).SetPrec(prec).SetFloat64(1<<m))
	sum := new(big.Float).SetPrec(prec).SetInt64(1)
	term := new(big.Float).SetPrec(prec).SetInt64(1)
	for n := int64(1); n < 40; n++ {
		term.Mul(term, y)
		term.Quo(term, new(big.Float).SetPrec(prec).SetInt64(n))
		sum.Add(sum, term)
	}
	for range m {
		sum.Mul(sum, sum)
	}
	f, _ := sum.Float64()
	return f
}

// TestExpFast checks expFast against a 200-bit reference on a grid over
// [-720, 720] (both sides of the math.Exp fallback) and near 0: the error
// must stay below 0.52 ulp plus the rounding of the reference (1 ulp
// tolerance for the comparison, since expRef rounds once more), and at
// most a handful of results may differ from the correctly rounded value.
func TestExpFast(t *testing.T) {
	var xs []float64
	for i := -1440; i <= 1440; i++ {
		xs = append(xs, float64(i)/2+0.1234567*float64(i%7))
	}
	for i := -300; i <= 300; i++ {
		xs = append(xs, float64(i)*1e-3, float64(i)*1.37e-9, float64(i)*0.0027)
	}
	xs = append(xs, 707.99, -707.99, 708, -708, 709.7, 709.78, 709.7827128933839, -709, -720.5, -740, -745, 1e-300, -1e-300, 0)
	wrong := 0
	for _, x := range xs {
		got, want := expFast(x), expRef(x)
		if got == want {
			continue
		}
		wrong++
		if ulps := math.Abs(got-want) / ulpOf(want); !(ulps <= 1) {
			t.Errorf("expFast(%v) = %v, want %v (%.2f ulp)", x, got, want, ulps)
		}
	}
	// Incorrect rounding happens only where e^x lies within ~0.02 ulp of
	// a rounding boundary: a few in a thousand.
	if wrong > len(xs)/100 {
		t.Errorf("%d of %d results not correctly rounded", wrong, len(xs))
	}
	for _, c := range []struct{ x, want float64 }{
		{math.Inf(1), math.Inf(1)}, {math.Inf(-1), 0}, {800, math.Inf(1)}, {-800, 0},
	} {
		if got := expFast(c.x); got != c.want {
			t.Errorf("expFast(%v) = %v, want %v", c.x, got, c.want)
		}
	}
	if got := expFast(math.NaN()); !math.IsNaN(got) {
		t.Errorf("expFast(NaN) = %v, want NaN", got)
	}
}

// ulpOf returns the spacing of float64s at |x|.
func ulpOf(x float64) float64 {
	x = math.Abs(x)
	return math.Nextafter(x, math.Inf(1)) - x
}

// TestNdtriCells checks the property ndtriCells relies on: every end of a
// piece of ndtriCentral lies on the grid of ndtriNCells cells over
// [0, ndtriCentralMax] (to
// rounding), and each cell holds the piece that contains it.
func TestNdtriCells(t *testing.T) {
	const h = ndtriCentralMax / ndtriNCells
	for i, p := range ndtriCentral {
		for _, v := range []float64{p.lo, p.hi} {
			if c := math.Round(v / h); math.Abs(v-c*h) > 1e-15 {
				t.Errorf("piece %d: end %v is not on the grid", i, v)
			}
		}
	}
	for c, r := range ndtriCells {
		lo, hi := float64(c)*h, float64(c+1)*h
		found := false
		for _, p := range ndtriCentral {
			if p.hi == r.hi && p.lo <= lo+1e-15 && hi <= p.hi+1e-15 {
				found = true
			}
		}
		if !found {
			t.Errorf("cell %d [%v, %v] holds the piece ending at %v", c, lo, hi, r.hi)
		}
	}
	for _, v := range []float64{0, 1e-300, h, 0.5 * h, 0.0449, 0.0899999} {
		if got, want := ndtriCentralEval(v), ndtriCentralT.eval(v); got != want {
			t.Errorf("ndtriCentralEval(%v) = %v, want %v", v, got, want)
		}
	}
}

// logRefAtanh returns atanh(u) = u + u³/3 + u⁵/5 + … at 200 bits for
// |u| ≤ 1/3, summed until the powers fall below 2⁻²¹⁰.
func logRefAtanh(u *big.Float) *big.Float {
	const prec = 200
	u2 := new(big.Float).SetPrec(prec).Mul(u, u)
	sum := new(big.Float).SetPrec(prec).Set(u)
	pow := new(big.Float).SetPrec(prec).Set(u)
	term := new(big.Float).SetPrec(prec)
	for k := int64(3); pow.Sign() != 0 && pow.MantExp(nil) > -210; k += 2 {
		pow.Mul(pow, u2)
		term.Quo(pow, new(big.Float).SetPrec(prec).SetInt64(k))
		sum.Add(sum, term)
	}
	return sum
}

// logRefLn2 is ln 2 = 2·atanh(1/3) at 200 bits.
var logRefLn2 = func() *big.Float {
	third := new(big.Float).SetPrec(200).Quo(big.NewFloat(1).SetPrec(200), big.NewFloat(3).SetPrec(200))
	l := logRefAtanh(third)
	return l.Mul(l, big.NewFloat(2))
}()

// logRef returns log x correctly rounded, from math/big: x = 2^e·m with m
// in [1/√2, √2), log x = e·ln2 + 2·atanh((m-1)/(m+1)).
func logRef(x float64) float64 {
	const prec = 200
	m := new(big.Float).SetPrec(prec).SetFloat64(x)
	e := m.MantExp(m) // m in [0.5, 1)
	if m.Cmp(big.NewFloat(math.Sqrt2/2)) < 0 {
		m.SetMantExp(m, 1)
		e--
	}
	one := big.NewFloat(1).SetPrec(prec)
	u := new(big.Float).SetPrec(prec).Quo(new(big.Float).SetPrec(prec).Sub(m, one), new(big.Float).SetPrec(prec).Add(m, one))
	l := logRefAtanh(u)
	l.Mul(l, big.NewFloat(2))
	l.Add(l, new(big.Float).SetPrec(prec).Mul(logRefLn2, new(big.Float).SetPrec(prec).SetInt64(int64(e))))
	f, _ := l.Float64()
	return f
}

// TestLogFast checks logFast against a 200-bit reference: near 1 (where
// the result is small and relative accuracy is hardest), across each
// 1/128 cell of the table and its ends, over the whole exponent range and
// subnormals; below 1 ulp everywhere (the reference rounds once more), and
// correctly rounded for all but a few percent.
func TestLogFast(t *testing.T) {
	var xs []float64
	for i := 1; i <= 200; i++ {
		d := float64(i) * 4.2e-5
		xs = append(xs, 1+d, 1-d, 1+float64(i)*1e-15, 1-float64(i)*1e-15)
	}
	for n := 95; n <= 193; n++ {
		c := float64(n) / 128
		for _, d := range []float64{-1.0 / 256, -0.001, 0, 0.001, 1.0 / 256} {
			xs = append(xs, c+d, 2*(c+d), (c+d)/1024)
		}
	}
	for e := -1074; e <= 1023; e += 13 {
		xs = append(xs, math.Ldexp(1.2345678901234, e), math.Ldexp(1.9999999, e), math.Ldexp(1, e))
	}
	xs = append(xs, 1.49609375, math.Nextafter(1.49609375, 0), 0.748046875, math.MaxFloat64, 5e-324, 0x1p-1022)
	wrong := 0
	for _, x := range xs {
		if !(x > 0) {
			continue
		}
		got, want := logFast(x), logRef(x)
		if got == want {
			continue
		}
		wrong++
		if ulps := math.Abs(got-want) / ulpOf(want); !(ulps <= 1) {
			t.Errorf("logFast(%v) = %v, want %v (%.2f ulp)", x, got, want, ulps)
		}
	}
	t.Logf("%d of %d not correctly rounded", wrong, len(xs))
	if wrong > len(xs)/20 {
		t.Errorf("%d of %d results not correctly rounded", wrong, len(xs))
	}
	for _, c := range []struct{ x, want float64 }{
		{1, 0}, {0, math.Inf(-1)}, {math.Inf(1), math.Inf(1)},
	} {
		if got := logFast(c.x); got != c.want {
			t.Errorf("logFast(%v) = %v, want %v", c.x, got, c.want)
		}
	}
	for _, x := range []float64{-1, math.Inf(-1), math.NaN()} {
		if got := logFast(x); !math.IsNaN(got) {
			t.Errorf("logFast(%v) = %v, want NaN", x, got)
		}
	}
}

// TestNdtriTailCells checks ndtriTail, which finds its piece from the bits
// of p, against the piece that holds r = √(-log p) found by a linear
// search (pieceTable.eval's own lookup may start one piece late at a cell
// edge and extrapolate by an ulp): the same value for p log-uniform over
// [5e-324, 0.2], at the ends of the cells of ndtriTailCells and at the ends
// of the pieces.
func TestNdtriTailCells(t *testing.T) {
	var ps []float64
	for i := 0; i <= 20000; i++ {
		ps = append(ps, math.Pow(10, -323.3+float64(i)/20000*(323.3+math.Log10(0.2))))
	}
	for c := 0; c < len(ndtriTailCells); c++ {
		p := math.Float64frombits(uint64(c) << 48)
		ps = append(ps, p, math.Nextafter(p, 0), math.Nextafter(p, 1))
	}
	for _, pc := range ndtriTailPieces {
		for _, r := range []float64{pc.lo, pc.hi} {
			p := math.Exp(-r * r)
			ps = append(ps, p, math.Nextafter(p, 0), math.Nextafter(p, 1))
		}
	}
	for _, p := range ps {
		if !(p > 0 && p <= 0.2) {
			continue
		}
		r := math.Sqrt(-logx(p))
		j := 0
		for j < len(ndtriTailT.p)-1 && r > ndtriTailT.p[j].hi {
			j++
		}
		pc := &ndtriTailT.p[j]
		x := (r - pc.mid) * pc.invHalf
		x2 := x * x
		want := (pc.c[7]*x+pc.c[6])*x2 + (pc.c[5]*x + pc.c[4])
		want = want*(x2*x2) + ((pc.c[3]*x+pc.c[2])*x2 + (pc.c[1]*x + pc.c[0]))
		if got := ndtriTail(p); got != want {
			t.Fatalf("ndtriTail(%v) = %v, want %v", p, got, want)
		}
	}
}
