package special

import "math"

// recipOdd[k] = 1/k for odd k < 48 (even entries unused): the series below
// would otherwise divide once per term.
var recipOdd = func() (r [48]float64) {
	for k := 1; k < len(r); k += 2 {
		r[k] = 1 / float64(k)
	}
	return r
}()

// log1pmx returns log(1+x) - x without the cancellation of computing the
// two terms separately when x is small. For |x| < 1/2 it uses
// log(1+x) = 2·atanh(z) with z = x/(2+x), |z| ≤ 1/3, in which 2z - x = -x·z
// cancels algebraically:
//
//	log(1+x) - x = -x·z + 2·(z³/3 + z⁵/5 + …)
func log1pmx(x float64) float64 {
	if math.Abs(x) >= 0.5 {
		return math.Log1p(x) - x
	}
	z := x / (2 + x)
	z2 := z * z
	// p = Σ_{k≥0} z^(2k)/(2k+3), truncated after K terms: the relative
	// error in the result (≈ -2z²) is about |z|^(2K+1)/(2K+3), below
	// 1e-17 with K = 4 for |z| < 0.01, K = 8 for |z| < 0.1 and K = 17 up
	// to |z| = 1/3. Fewer terms near x = 0 (Temme's region of the
	// incomplete gamma functions) shorten the dependency chain.
	top := 35
	switch az := math.Abs(z); {
	case az < 0.01:
		top = 9
	case az < 0.1:
		top = 17
	}
	var p float64
	for k := top; k >= 3; k -= 2 {
		p = p*z2 + recipOdd[k]
	}
	return -x*z + 2*z*z2*p
}
