package stats

import (
	"math"

	"github.com/goscipy/goscipy/scipy/special"
)

// The distribution of the two-sided one-sample Kolmogorov–Smirnov statistic
// D_n = sup|F_n - F| for a finite sample size n (SciPy's kstwo, computed by
// scipy.stats._ksstats.kolmogn), with the algorithm chosen by the rules of
// Simard and L'Ecuyer (2011):
//
//   - Ruben and Gambino's closed forms for n·x ≤ 1 and n·x ≥ n-1;
//   - 2·Smirnov(n, x) for x ≥ ½, where the two one-sided events are
//     disjoint, and for the upper tail where the overlap is negligible;
//   - Durbin's matrix algorithm in the Marsaglia–Tsang–Wang form for
//     small n·x² (a power of a (2k-1)×(2k-1) matrix);
//   - Pomeranz's recursion for moderate n·x² and n ≤ 140;
//   - the Pelz–Good asymptotic series for large n.
//
// Intermediate values that would under- or overflow are rescaled by powers
// of 2^128 with the exponent kept apart, as SciPy does.

const (
	ksScaleExp = 128
	ksMinLog   = -708
)

var (
	ksBig   = math.Ldexp(1, ksScaleExp)
	ksSmall = math.Ldexp(1, -ksScaleExp)
)

// ksStirling are B_{2j}/((2j)(2j-1)) for j = 8, …, 1, the coefficients of
// Stirling's series for log Γ, highest order first.
var ksStirling = [...]float64{
	-2.955065359477124183e-2, 6.4102564102564102564e-3,
	-1.9175269175269175269e-3, 8.4175084175084175084e-4,
	-5.952380952380952381e-4, 7.9365079365079365079e-4,
	-2.7777777777777777778e-3, 8.3333333333333333333e-2,
}

// ksLogFactOverPow is log(n!/nⁿ) by Stirling's series with the n·log n
// terms cancelled analytically.
func ksLogFactOverPow(n float64) float64 {
	rn := 1 / n
	u := rn / n
	p := 0.0
	for _, c := range ksStirling {
		p = p*u + c
	}
	return math.Log(n)/2 - n + math.Log(2*math.Pi)/2 + rn*p
}

// ksClip restricts p to [0, 1] (NaN stays NaN).
func ksClip(p float64) float64 {
	switch {
	case p < 0:
		return 0
	case p > 1:
		return 1
	}
	return p
}

// ksPick returns the CDF or the SF, clipped to [0, 1].
func ksPick(cdfProb, sfProb float64, cdf bool) float64 {
	if cdf {
		return ksClip(cdfProb)
	}
	return ksClip(sfProb)
}

// ksMatMul returns a·b for m×m row-major matrices.
func ksMatMul(a, b []float64, m int) []float64 {
	c := make([]float64, m*m)
	for i := range m {
		ci := c[i*m : (i+1)*m]
		for l := range m {
			ail := a[i*m+l]
			if ail == 0 {
				continue
			}
			bl := b[l*m : (l+1)*m]
			for j := range m {
				ci[j] += ail * bl[j]
			}
		}
	}
	return c
}

// ksDurbin is P(D_n ≤ d) by Durbin's matrix algorithm as Marsaglia, Tsang
// and Wang evaluate it: with d = (k-h)/n, 0 ≤ h < 1, the (k, k) entry of
// Hⁿ for a (2k-1)×(2k-1) matrix H, times n!/nⁿ. Cost O(k³ log n).
func ksDurbin(n int, d float64) float64 {
	if d >= 1 {
		return 1
	}
	nf := float64(n)
	nd := nf * d
	if nd <= 0.5 {
		return 0
	}
	k := int(math.Ceil(nd))
	h := float64(k) - nd
	m := 2*k - 1
	v := make([]float64, m)
	w := make([]float64, m)
	fac := 1.0
	for j := 1; j <= m; j++ {
		w[j-1] = fac
		fac /= float64(j)
		v[j-1] = (1 - math.Pow(h, float64(j))) * fac
	}
	tt := math.Pow(math.Max(2*h-1, 0), float64(m)) - 2*math.Pow(h, float64(m))
	v[m-1] = (1 + tt) * fac
	hm := make([]float64, m*m)
	for i := 1; i < m; i++ {
		for r := i - 1; r < m; r++ {
			hm[r*m+i] = w[r-i+1]
		}
	}
	for r := range m {
		hm[r*m] = v[r]
	}
	for c := range m {
		hm[(m-1)*m+c] = v[m-1-c]
	}
	pw := make([]float64, m*m)
	for i := range m {
		pw[i*m+i] = 1
	}
	expnt, hExpnt := 0, 0
	// Binary powering: at most 64 rounds for an int exponent.
	for nn := n; nn > 0; nn /= 2 {
		if nn%2 == 1 {
			pw = ksMatMul(pw, hm, m)
			expnt += hExpnt
		}
		if nn == 1 {
			break // the last square is not needed
		}
		hm = ksMatMul(hm, hm, m)
		hExpnt *= 2
		if math.Abs(hm[(k-1)*m+k-1]) > ksBig {
			for i := range hm {
				hm[i] /= ksBig
			}
			hExpnt += ksScaleExp
		}
	}
	p := pw[(k-1)*m+k-1]
	for i := 1; i <= n; i++ {
		p = float64(i) * p / nf
		if math.Abs(p) < ksSmall {
			p *= ksBig
			expnt -= ksScaleExp
		}
	}
	if expnt != 0 {
		p = math.Ldexp(p, expnt)
	}
	return ksClip(p)
}

// ksPomeranzBounds returns the first and last non-zero column of row i of
// Pomeranz's recursion.
func ksPomeranzBounds(i, n, ll, ceilf, roundf int) (int, int) {
	var j1, j2 int
	if i == 0 {
		j1, j2 = -ll-ceilf-1, ll+ceilf-1
	} else {
		half, odd := (i+1)/2, (i+1)%2
		switch {
		case odd == 0 && half == n+1:
			j1, j2 = n-ll-ceilf-1, n+ll+ceilf-1
		case odd == 0:
			j1, j2 = half-1-ll-roundf-1, half+ll-1+ceilf-1
		default:
			j1, j2 = half-1-ll-1, half+ll+roundf-1
		}
	}
	return max(j1+2, 0), min(j2, n)
}

// ksPomeranz is P(D_n ≤ x) by Pomeranz's recursion: 2n+1 rows, each the
// convolution of the previous one with Poisson-like weights, of which only
// a window of about 2·n·x entries is non-zero.
func ksPomeranz(n int, x float64) float64 {
	nf := float64(n)
	t := nf * x
	ll := int(math.Floor(t))
	f := t - float64(ll)
	g := math.Min(f, 1-f)
	ceilf, roundf := 0, 0
	if f > 0 {
		ceilf = 1
	}
	if f > 0.5 {
		roundf = 1
	}
	npw := 2 * (ll + 1)
	gp := make([]float64, npw)   // (g/n)^m/m!
	g2p := make([]float64, npw)  // (2g/n)^m/m!
	g12p := make([]float64, npw) // ((1-2g)/n)^m/m!
	gp[0], g2p[0], g12p[0] = 1, 1, 1
	a, b, c := g/nf, 2*g/nf, (1-2*g)/nf
	for m := 1; m < npw; m++ {
		fm := float64(m)
		gp[m] = gp[m-1] * a / fm
		g2p[m] = g2p[m-1] * b / fm
		g12p[m] = g12p[m-1] * c / fm
	}
	v0, v1 := make([]float64, npw), make([]float64, npw)
	v1[0] = 1
	v0s, v1s := 0, 0
	expnt := 0
	j1, j2 := ksPomeranzBounds(0, n, ll, ceilf, roundf)
	at := func(v []float64, i int) float64 {
		if i < 0 || i >= len(v) {
			return 0
		}
		return v[i]
	}
	for i := 1; i < 2*n+2; i++ {
		k1 := j1
		v0, v1 = v1, v0
		v0s, v1s = v1s, v0s
		clear(v1)
		j1, j2 = ksPomeranzBounds(i, n, ll, ceilf, roundf)
		pw := g12p
		switch {
		case i == 1 || i == 2*n+1:
			pw = gp
		case i%2 == 1:
			pw = g2p
		}
		ln2 := j2 - k1 + 1
		if ln2 <= 0 {
			continue
		}
		lp := min(ln2, npw) // pw[:ln2] as NumPy slices it
		off := k1 - v0s
		start, cnt := j1-k1, j2-j1+1
		vmax := 0.0
		for q := 0; q < cnt && q < npw; q++ {
			// Entry start+q of the full convolution of
			// v0[off:off+ln2] with pw[:ln2].
			kk := start + q
			s := 0.0
			for r := max(0, kk-lp+1); r <= min(kk, ln2-1); r++ {
				s += at(v0, off+r) * pw[kk-r]
			}
			v1[q] = s
			vmax = math.Max(vmax, s)
		}
		if vmax > 0 && vmax < ksSmall {
			for q := range v1 {
				v1[q] *= ksBig
			}
			expnt -= ksScaleExp
		}
		v1s = v0s + j1 - k1
	}
	ans := at(v1, n-v1s)
	for m := 1; m <= n; m++ {
		if math.Abs(ans) > ksBig {
			ans *= ksSmall
			expnt += ksScaleExp
		}
		ans *= float64(m)
	}
	if expnt != 0 {
		ans = math.Ldexp(ans, expnt)
	}
	return ksClip(ans)
}

// ksPelzGood is the Pelz–Good approximation of P(D_n ≤ x): the
// Li-Chien–Korolyuk expansion K0 + K1/√n + K2/n + K3/n^1.5 in z = √n·x,
// each term rewritten with Jacobi's theta identity so that it converges
// fast for small z.
func ksPelzGood(n int, x float64) float64 {
	if x <= 0 {
		return 0
	}
	if x >= 1 {
		return 1
	}
	const (
		pi2 = math.Pi * math.Pi
		pi4 = pi2 * pi2
		pi6 = pi4 * pi2
	)
	sqrt2pi := math.Sqrt(2 * math.Pi)
	nf := float64(n)
	z := math.Sqrt(nf) * x
	z2 := z * z
	z3, z4, z6 := z2*z, z2*z2, z2*z2*z2
	qlog := -pi2 / 8 / z2
	if qlog < ksMinLog {
		return 0
	}
	q := math.Exp(qlog)
	k1a, k1b := -z2, pi2/4
	k2a := 6*z6 + 2*z4
	k2b := (2*z4 - 5*z2) * pi2 / 4
	k2c := pi4 * (1 - 2*z2) / 16
	k3d := pi6 * (5 - 30*z2) / 64
	k3c := pi4 * (-60*z2 + 212*z4) / 16
	k3b := pi2 * (135*z4 - 96*z6) / 4
	k3a := -30*z6 - 90*math.Pow(z, 8)
	var kk [4]float64
	maxk := int(math.Ceil(16 * z / math.Pi))
	// Horner in q^8 over the odd integers 2k-1, k = maxk, …, 1.
	for k := maxk; k > 0; k-- {
		m := float64(2*k - 1)
		m2 := m * m
		m4, m6 := m2*m2, m2*m2*m2
		qp := math.Pow(q, float64(8*k))
		c := [4]float64{
			1,
			k1a + k1b*m2,
			k2a + k2b*m2 + k2c*m4,
			k3a + k3b*m2 + k3c*m4 + k3d*m6,
		}
		for i := range kk {
			kk[i] = kk[i]*qp + c[i]
		}
	}
	den := [4]float64{z, 6 * z4, 72 * math.Pow(z, 7), 6480 * math.Pow(z, 10)}
	for i := range kk {
		kk[i] = kk[i] * q * sqrt2pi / den[i]
	}
	// The sums over all integers k of K2 and K3.
	q = math.Exp(-pi2 / 2 / z2)
	sqrt3z := math.Sqrt(3) * z
	var s2, s3 float64
	for k := maxk; k > 0; k-- {
		fk := float64(k)
		k2 := fk * fk
		qk := math.Pow(q, k2)
		kpi := math.Pi * fk
		s2 += k2 * qk
		s3 += (sqrt3z + kpi) * (sqrt3z - kpi) * k2 * qk
	}
	kk[2] += s2 * (pi2 * sqrt2pi / (-36 * z3))
	kk[3] += s3 * (pi2 * sqrt2pi / (216 * z6))
	for i := range kk {
		kk[i] /= math.Pow(nf, float64(i)/2)
	}
	return kk[0] + kk[1] + kk[2] + kk[3]
}

// ksKolmogn is P(D_n ≤ x) (cdf true) or P(D_n > x) (cdf false) for the
// two-sided one-sample Kolmogorov–Smirnov statistic D_n, SciPy's
// scipy.stats._ksstats._kolmogn; NaN for n < 1 or a NaN x.
func ksKolmogn(n int, x float64, cdf bool) float64 {
	if n < 1 || math.IsNaN(x) {
		return math.NaN()
	}
	if x >= 1 {
		return ksPick(1, 0, cdf)
	}
	if x <= 0 {
		return ksPick(0, 1, cdf)
	}
	nf := float64(n)
	t := nf * x
	if t <= 1 {
		// Ruben–Gambino: n!/nⁿ·(2t-1)ⁿ for 1/(2n) ≤ x ≤ 1/n.
		if t <= 0.5 {
			return ksPick(0, 1, cdf)
		}
		var p float64
		if n <= 140 {
			p = 1
			for i := 1; i <= n; i++ {
				p *= float64(i) * (1 / nf) * (2*t - 1)
			}
		} else {
			p = math.Exp(ksLogFactOverPow(nf) + nf*math.Log(2*t-1))
		}
		return ksPick(p, 1-p, cdf)
	}
	if t >= nf-1 {
		p := 2 * math.Pow(1-x, nf)
		return ksPick(1-p, p, cdf)
	}
	if x >= 0.5 {
		p := 2 * special.Smirnov(n, x)
		return ksPick(1-p, p, cdf)
	}
	nx2 := t * x
	if n <= 140 {
		var p float64
		switch {
		case nx2 <= 0.754693:
			p = ksDurbin(n, x)
		case nx2 <= 4:
			p = ksPomeranz(n, x)
		default:
			sf := 2 * special.Smirnov(n, x)
			return ksPick(1-sf, sf, cdf)
		}
		return ksPick(p, 1-p, cdf)
	}
	if !cdf {
		if nx2 >= 370 {
			return 0
		}
		if nx2 >= 2.2 {
			return ksClip(2 * special.Smirnov(n, x))
		}
	}
	var p float64
	switch {
	case nx2 >= 18:
		p = 1
	case n <= 100000 && nf*math.Pow(x, 1.5) <= 1.4:
		p = ksDurbin(n, x)
	default:
		p = ksPelzGood(n, x)
	}
	return ksPick(p, 1-p, cdf)
}

// ksTwoSF is SciPy's kstwo.sf(d, n): P(D_n ≥ d), 1 below the support
// (d ≤ 1/(2n)), 0 at and above 1, NaN for n < 1 or a NaN d.
func ksTwoSF(d float64, n int) float64 {
	switch {
	case n < 1 || math.IsNaN(d):
		return math.NaN()
	case d <= 0.5/float64(n):
		return 1
	case d >= 1:
		return 0
	}
	return ksKolmogn(n, d, false)
}

// ksOneSF is SciPy's ksone.sf(d, n), the one-sided statistic's survival
// function special.Smirnov extended by 1 below its support and 0 above.
func ksOneSF(d float64, n int) float64 {
	switch {
	case n < 1 || math.IsNaN(d):
		return math.NaN()
	case d <= 0:
		return 1
	case d >= 1:
		return 0
	}
	return special.Smirnov(n, d)
}
