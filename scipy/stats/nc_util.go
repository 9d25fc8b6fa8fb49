package stats

import (
	"math"
	"slices"
)

// Quadrature helpers of the non-central distributions (NCT, NCX2): an
// adaptive Gauss–Legendre rule, and the logarithm of the integral of a
// positive, unimodal integrand given by its logarithm, so that integrals
// far below the float64 range keep their relative accuracy.

// ncGL is the 24-point Gauss–Legendre rule on [lo, hi].
func ncGL(f func(float64) float64, lo, hi float64) float64 {
	c, r := lo+(hi-lo)/2, (hi-lo)/2
	var sum float64
	for i, xi := range sfdGLx {
		sum += sfdGLw[i] * f(c+r*xi)
	}
	return sum * r
}

// ncQuadBudget bounds the number of 24-point panels of one ncQuad call.
const ncQuadBudget = 400

// ncQuad is ∫ f over [lo, hi] by the 24-point Gauss–Legendre rule on
// panels equal panels, each bisected (to depth 40 and ncQuadBudget panels
// in all) until the rule on the halves agrees with the rule on the whole
// to rtol of the halves' magnitude (at least 1e-15: the rounding of f's
// values limits the agreement) or 1e-17 of the whole integral's first
// estimate. The rule on the halves is then kept: its error is far below
// the difference tested.
func ncQuad(f func(float64) float64, lo, hi float64, panels int) float64 {
	bps := make([]float64, panels+1)
	for p := range bps {
		bps[p] = lo + (hi-lo)*float64(p)/float64(panels)
	}
	bps[panels] = hi
	return ncQuadPanels(f, bps, 1e-15)
}

// ncQuadPanels is ncQuad on the panels between consecutive breakpoints
// bps, with the relative agreement rtol (at least 1e-15).
func ncQuadPanels(f func(float64) float64, bps []float64, rtol float64) float64 {
	parts := make([]float64, len(bps)-1)
	var est float64
	for p := range parts {
		parts[p] = ncGL(f, bps[p], bps[p+1])
		est += math.Abs(parts[p])
	}
	budget := ncQuadBudget
	tol := 1e-17 * est
	var sum float64
	for p, whole := range parts {
		sum += ncQuadRec(f, bps[p], bps[p+1], whole, tol, max(rtol, 1e-15), 0, &budget)
	}
	return sum
}

func ncQuadRec(f func(float64) float64, lo, hi, whole, tol, rtol float64, depth int, budget *int) float64 {
	m := lo + (hi-lo)/2
	l, r := ncGL(f, lo, m), ncGL(f, m, hi)
	*budget -= 2
	if d := math.Abs(l + r - whole); d <= tol || d <= rtol*(math.Abs(l)+math.Abs(r)) || depth >= 40 || *budget <= 0 || math.IsNaN(d) {
		return l + r
	}
	return ncQuadRec(f, lo, m, l, tol, rtol, depth+1, budget) + ncQuadRec(f, m, hi, r, tol, rtol, depth+1, budget)
}

// ncLogIntegral returns log ∫ e^{L(s)} ds over the real line for a smooth
// log-integrand L that rises and then falls (dL its derivative, positive
// then negative): the peak sp is found by bisection on dL from start, and
// the integral of e^{L - L(sp)} by adaptive quadrature on panels graded
// geometrically away from the peak, out to where L is 46 below its peak
// value (e^-46 ≈ 1e-20). L and dL take s as s0 + t, the peak and the
// offset from it, unrounded: where the integrand is narrow far from 0
// (width 1/300 at s = -137), rounding s0 + t would move the nodes by a
// sizable fraction of the width. It returns -Inf where L is -Inf at the
// peak (the integral underflows every scale).
func ncLogIntegral(L, dL func(s0, t float64) float64, start float64) float64 {
	// Bracket a sign change of dL, then bisect.
	lo, hi := start, start
	step := 1.0
	if dL(start, 0) > 0 {
		for i := 0; i < 60 && dL(hi, 0) > 0; i++ {
			lo = hi
			hi += step
			step *= 2
		}
	} else {
		for i := 0; i < 60 && !(dL(lo, 0) > 0); i++ {
			hi = lo
			lo -= step
			step *= 2
		}
	}
	for i := 0; i < 100 && hi-lo > 1e-6*(1+math.Abs(lo)); i++ {
		m := lo + (hi-lo)/2
		if dL(m, 0) > 0 {
			lo = m
		} else {
			hi = m
		}
	}
	sp := lo + (hi-lo)/2
	lp := L(sp, 0)
	if math.IsInf(lp, -1) || math.IsNaN(lp) {
		return lp
	}
	const drop = 46
	// Graded panels on each side: from the distance where L has fallen by
	// 1 (the local width, to within a factor 2) outward, each panel as wide
	// as its distance from the peak, to where L has fallen by drop. The
	// grading resolves what the peak may hold at any scale (a smooth
	// maximum, or an exponential ramp ending at a cliff).
	g := func(t float64) float64 { return math.Exp(L(sp, t) - lp) }
	// e^(L-lp) carries the rounding of L, about 1e-16·|lp| (the terms of
	// L are of the order of its peak value), which bounds the agreement
	// the refinement can reach.
	rtol := 2e-16 * math.Abs(lp)
	bps := []float64{0}
	for _, dir := range []float64{-1, 1} {
		d := 1e-7 * max(1, math.Abs(sp))
		for i := 0; i < 90; i++ {
			v := L(sp, dir*d)
			if !(v > lp-1) || i == 89 {
				bps = append(bps, dir*d)
				if !(v > lp-drop) {
					break
				}
			}
			d *= 2
		}
	}
	slices.Sort(bps)
	in := ncQuadPanels(g, bps, rtol)
	return lp + math.Log(in)
}

// ncPolish refines a root x of f (derivative df) found in a transformed
// variable (log x, asinh x), whose rounding limits x to about
// |log x|·1e-16 relative: up to three Newton steps in x itself, each kept
// only if it reduces |f|.
func ncPolish(x float64, f, df func(float64) float64) float64 {
	fx := f(x)
	for i := 0; i < 3 && fx != 0 && !math.IsNaN(fx) && !math.IsInf(x, 0); i++ {
		xn := x - fx/df(x)
		if math.IsNaN(xn) || math.IsInf(xn, 0) || xn == x {
			break
		}
		fn := f(xn)
		if !(math.Abs(fn) < math.Abs(fx)) {
			break
		}
		x, fx = xn, fn
	}
	return x
}
