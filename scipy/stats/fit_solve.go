package stats

import (
	"math"

	"github.com/goscipy/goscipy/scipy/special"
)

// Root finders for Fit's closed-form branches, with the tolerances of the
// SciPy calls they stand for (scipy.optimize.brentq and bisect: xtol
// 2e-12, rtol 4·eps, 100 iterations, unless given).

const (
	fitXTol    = 2e-12
	fitRTol    = 4 * 2.220446049250313e-16
	fitMaxIter = 100
)

// fitBrentq finds a root of f in [xa, xb], where f changes sign, by
// Brent's method as scipy.optimize.brentq; ok is false when f does not
// change sign or the iterations run out.
func fitBrentq(f func(float64) float64, xa, xb, xtol, rtol float64) (root float64, ok bool) {
	xpre, xcur := xa, xb
	fpre, fcur := f(xpre), f(xcur)
	var xblk, fblk, spre, scur float64
	if fpre*fcur > 0 || math.IsNaN(fpre*fcur) {
		return math.NaN(), false
	}
	if fpre == 0 {
		return xpre, true
	}
	if fcur == 0 {
		return xcur, true
	}
	for i := 0; i < fitMaxIter; i++ {
		if fpre != 0 && fcur != 0 && math.Signbit(fpre) != math.Signbit(fcur) {
			xblk, fblk = xpre, fpre
			spre = xcur - xpre
			scur = spre
		}
		if math.Abs(fblk) < math.Abs(fcur) {
			xpre, xcur, xblk = xcur, xblk, xcur
			fpre, fcur, fblk = fcur, fblk, fcur
		}
		delta := (xtol + rtol*math.Abs(xcur)) / 2
		sbis := (xblk - xcur) / 2
		if fcur == 0 || math.Abs(sbis) < delta {
			return xcur, true
		}
		if math.Abs(spre) > delta && math.Abs(fcur) < math.Abs(fpre) {
			var stry float64
			if xpre == xblk {
				stry = -fcur * (xcur - xpre) / (fcur - fpre)
			} else {
				dpre := (fpre - fcur) / (xpre - xcur)
				dblk := (fblk - fcur) / (xblk - xcur)
				stry = -fcur * (fblk*dblk - fpre*dpre) / (dblk * dpre * (fblk - fpre))
			}
			if 2*math.Abs(stry) < math.Min(math.Abs(spre), 3*math.Abs(sbis)-delta) {
				spre, scur = scur, stry
			} else {
				spre, scur = sbis, sbis
			}
		} else {
			spre, scur = sbis, sbis
		}
		xpre, fpre = xcur, fcur
		if math.Abs(scur) > delta {
			xcur += scur
		} else if sbis > 0 {
			xcur += delta
		} else {
			xcur -= delta
		}
		fcur = f(xcur)
	}
	return xcur, false
}

// fitBisect is scipy.optimize.bisect on [xa, xb].
func fitBisect(f func(float64) float64, xa, xb float64) (root float64, ok bool) {
	fa, fb := f(xa), f(xb)
	if fa*fb > 0 || math.IsNaN(fa*fb) {
		return math.NaN(), false
	}
	if fa == 0 {
		return xa, true
	}
	if fb == 0 {
		return xb, true
	}
	dm := xb - xa
	for i := 0; i < fitMaxIter; i++ {
		dm *= 0.5
		xm := xa + dm
		fm := f(xm)
		if fm*fa >= 0 {
			xa = xm
		}
		if fm == 0 || math.Abs(dm) < fitXTol+fitRTol*math.Abs(xm) {
			return xm, true
		}
	}
	return xa, false
}

// fitSign is NumPy's sign: -1, 0, 1, or NaN for NaN, so that comparing
// two signs with != is true when either is NaN, as in SciPy's bracket
// searches.
func fitSign(x float64) float64 {
	switch {
	case x > 0:
		return 1
	case x < 0:
		return -1
	case x == 0:
		return 0
	}
	return math.NaN()
}

// fitExpandBracket doubles [l, r] outwards (SciPy's loop in gumbel_r and
// pareto fit) until f changes sign across it.
func fitExpandBracket(f func(float64) float64, l, r float64) (float64, float64) {
	for fitSign(f(l)) == fitSign(f(r)) && (l > 0 || r < math.Inf(1)) {
		l /= 2
		r *= 2
	}
	return l, r
}

// fitDigammaInv solves ψ(x) = y for x > 0 by Newton's method on ψ with
// ψ' = polygamma(1, ·), from the starting points of SciPy's _digammainv
// (to full precision; SciPy's solvers stop within ~1e-13).
func fitDigammaInv(y float64) float64 {
	const euler = 0.5772156649015328606
	x := math.Exp(y) + 0.5
	if y <= -0.125 {
		x = -1 / (y + euler)
	}
	for i := 0; i < 100; i++ {
		step := (special.Digamma(x) - y) / special.Polygamma(1, x)
		nx := x - step
		if nx <= 0 {
			nx = x / 2
		}
		if math.Abs(nx-x) <= 1e-15*math.Abs(nx) {
			return nx
		}
		x = nx
	}
	return x
}

// fitNewton2 solves the 2×2 system F(v) = 0 by Newton's method from v0,
// with the Jacobian jac, halving steps that leave the domain (ok reports
// whether a point is admissible) or do not reduce |F|. It returns false if
// it does not converge to a relative step of 1e-14.
func fitNewton2(F func(v [2]float64) [2]float64, jac func(v [2]float64) [2][2]float64, v0 [2]float64, admissible func(v [2]float64) bool) ([2]float64, bool) {
	v := v0
	norm := func(f [2]float64) float64 { return math.Hypot(f[0], f[1]) }
	fv := F(v)
	for it := 0; it < 200; it++ {
		if fv[0] == 0 && fv[1] == 0 {
			return v, true
		}
		j := jac(v)
		det := j[0][0]*j[1][1] - j[0][1]*j[1][0]
		if det == 0 || math.IsNaN(det) {
			return v, false
		}
		d0 := (fv[0]*j[1][1] - fv[1]*j[0][1]) / det
		d1 := (j[0][0]*fv[1] - j[1][0]*fv[0]) / det
		t := 1.0
		var nv, nf [2]float64
		accepted := false
		for h := 0; h < 60; h++ {
			nv = [2]float64{v[0] - t*d0, v[1] - t*d1}
			if admissible(nv) {
				nf = F(nv)
				if norm(nf) < norm(fv) {
					accepted = true
					break
				}
			}
			t /= 2
		}
		// A full step at the level of rounding that cannot reduce |F|:
		// v is the root to working precision.
		noise := math.Abs(d0) <= 1e-8*math.Max(math.Abs(v[0]), 1e-3) && math.Abs(d1) <= 1e-8*math.Max(math.Abs(v[1]), 1e-3)
		if !accepted {
			return v, noise
		}
		small := math.Abs(nv[0]-v[0]) <= 1e-15*math.Abs(nv[0]) && math.Abs(nv[1]-v[1]) <= 1e-15*math.Abs(nv[1])
		v, fv = nv, nf
		if small {
			return v, true
		}
	}
	return v, false
}
