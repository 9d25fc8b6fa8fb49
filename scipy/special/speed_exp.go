package special

import "math"

// Constants of expFast: the table size (speed_exptab.go), 128/ln 2, the
// rounding shift 1.5·2⁵², and -ln2/128 split into a high part with 16
// trailing zero bits (so that k·hi is exact for |k| < 2¹⁷) and the rest.
const (
	expTabN      = 128
	expInvLn2N   = 0x1.71547652b82fep+7
	expShift     = 0x1.8p52
	expNegLn2HiN = -0x1.62e42fefa0000p-8
	expNegLn2LoN = -0x1.cf79abc9e3b3ap-47
)

// expFast returns e^x with an error below 0.52 ulp, about twice as fast as
// math.Exp (whose error is below 1 ulp): x = k·ln2/128 + r with
// |r| ≤ ln2/256, e^x = 2^(k/128)·e^r with 2^(j/128), j = k mod 128, from
// expTab as a float64 and its relative correction, and e^r - 1 by its
// Taylor polynomial of degree 5 (truncation below r⁶/720 < 6e-19).
// Arguments with |x| ≥ 708 (overflow, subnormal results), ±Inf and NaN
// go to expLarge.
func expFast(x float64) float64 {
	if !(math.Abs(x) < 708) {
		return expLarge(x)
	}
	// expKernel(x, 0), written out: one call less on the common path.
	kd := x*expInvLn2N + expShift
	ki := math.Float64bits(kd) // k in the low bits, two's complement
	kd -= expShift
	r := x + kd*expNegLn2HiN + kd*expNegLn2LoN
	i := 2 * (ki % expTabN)
	scale := math.Float64frombits(expTab[i] + ki<<(52-7))
	tail := math.Float64frombits(expTab[i+1])
	r2 := r * r
	t := tail + r + r2*(0.5+r*(1.0/6)) + r2*r2*(1.0/24+r*(1.0/120))
	return scale + scale*t
}

// expKernel returns e^x·2^(-h) for |x| < 710 and 0 ≤ h ≤ 1 such that the
// result is a normal float64 (expFast repeats it for h = 0).
func expKernel(x float64, h uint64) float64 {
	kd := x*expInvLn2N + expShift
	ki := math.Float64bits(kd) // k in the low bits, two's complement
	kd -= expShift
	r := x + kd*expNegLn2HiN + kd*expNegLn2LoN
	i := 2 * (ki % expTabN)
	scale := math.Float64frombits(expTab[i] + ki<<(52-7) - h<<52)
	tail := math.Float64frombits(expTab[i+1])
	r2 := r * r
	t := tail + r + r2*(0.5+r*(1.0/6)) + r2*r2*(1.0/24+r*(1.0/120))
	return scale + scale*t
}

// expLarge is expFast for |x| ≥ 708, ±Inf and NaN: math.Exp, except near
// the overflow threshold, where amd64's math.Exp returns +Inf from
// x ≈ 709.49 on (e^x < MaxFloat64 up to x ≈ 709.7827).
func expLarge(x float64) float64 {
	if x >= 708 && x < 709.782712893384 {
		return 2 * expKernel(x, 1)
	}
	return math.Exp(x)
}

// logFast returns log x with an error of about half an ulp, faster than
// math.Log: x = 2^e·z with z in [0.748, 1.496), c the multiple of 1/128
// nearest z, log x = e·ln2 + log c + log1p(r) with r = (z-c)/c, |r| <
// 0.0053 (z-c is exact; r is exact for c = 1, which covers x near 1, where
// the result is small). e·ln2hi + log c rounded to a multiple of 2⁻⁴³ is
// exact (logTab, gen_exptab.py), and log1p(r) is its Taylor
// polynomial of degree 8 (truncation below r⁹/9 < 5e-22). Zero, negative,
// infinite, NaN and subnormal x go to logSlow.
func logFast(x float64) float64 {
	ix := math.Float64bits(x)
	if ix-0x0010000000000000 >= 0x7ff0000000000000-0x0010000000000000 {
		return logSlow(x)
	}
	e := float64(int(ix>>52) - 1023)
	z := math.Float64frombits(ix&(1<<52-1) | 0x3ff0000000000000)
	if z >= 1.49609375 {
		z *= 0.5
		e++
	}
	n := int(z*128 + 0.5) // 96 ≤ n ≤ 191
	t := &logTab[n-96]
	r := (z - float64(n)*(1.0/128)) * t[0]
	w := e*logLn2Hi + t[1] // exact
	hi := w + r
	lo := (w - hi) + r // exact: |w| > |r| unless w = 0
	r2 := r * r
	p := -0.5 + r*(1.0/3) + r2*(-0.25+r*(1.0/5)) + r2*r2*(-1.0/6+r*(1.0/7)+r2*(-1.0/8))
	return hi + (lo + (e*logLn2Lo + t[2]) + r2*p)
}

// logSlow is logFast outside the positive normal numbers: math.Log, and
// for subnormal x the logarithm of x·2⁵⁴ minus 54·ln2 (Go's math.Log
// returns about -709.09 for every subnormal x).
func logSlow(x float64) float64 {
	if x > 0 && x < 0x1p-1022 {
		return logFast(x*0x1p54) - 54*math.Ln2
	}
	return math.Log(x)
}
