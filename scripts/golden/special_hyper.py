#!/usr/bin/python3
"""Golden data for scipy/special's hypergeometric, Struve and Airy functions
and the complex log-gamma, from real scipy.special and mpmath.

Run: /usr/bin/python3 scripts/golden/special_hyper.py [GROUP ...]

Groups and the files they write under testdata/special/:

    airy      airy, airye (one case per output: airy_ai, airy_aip, airy_bi,
              airy_bip, airye_ai, ...)                     -> hyper_airy.json
    struve    struve, modstruve                            -> hyper_struve.json
    hyp       hyp1f1, hyperu                               -> hyper_hyp.json
    hyp2f1    hyp2f1                                       -> hyper_hyp2f1.json
    loggamma  loggamma (complex)                           -> hyper_loggamma.json

Real cases have the format of scripts/golden/special.py (imported for its
helpers: mpmath at 50 digits plus the arguments' spread, raised until two
precisions agree to 1e-30). Unlike special.py, "mp" is also given where
SciPy returns NaN or ±Inf but the exact value is a finite real number, or
overflows float64 ("inf"): SciPy's AMOS-based airye returns NaN for
x <= -1000 and airy's Bi NaN above x = 103.9, where the Go code follows the
mathematics. Complex cases are

    {"f": "loggamma", "z": [re, im], "k": 0, "scipy": [re, im], "mp": [re, im] or null}

with "mp" rounded once per part from mpmath at 50 and 90 digits.
"""

import math
import os
import sys

import mpmath as mp
import scipy.special as sc

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import goldenlib  # noqa: E402
import special as base  # noqa: E402  (helpers only; its main() does not run)

GEN = "scripts/golden/special_hyper.py"
EDGES = base.EDGES
seq, logs = base.seq, base.logs
INF, NAN = math.inf, math.nan


def mp_value(mpf, a):
    """mpmath's value as a float64 (±inf where it overflows), or None."""
    base.signal.alarm(base.MP_SECONDS)
    try:
        with mp.workdps(base.digits_needed(a)):
            probe = mpf(*[mp.mpf(x) for x in a])
        if probe is None:
            return None
        m = base.mp_stable(mpf, a)
    except (ValueError, ZeroDivisionError, OverflowError, mp.libmp.NoConvergence):
        return None
    except base.Timeout:
        raise SystemExit("mpmath took over %d s for %s" % (base.MP_SECONDS, a))
    finally:
        base.signal.alarm(0)
    return m


def runh(name, spf, mpf, args):
    """Cases of one real function: SciPy's value and mpmath's wherever mpf
    defines one (None from mpf: SciPy's value is a convention)."""
    out = []
    for a in args:
        a = tuple(float(x) for x in a) if isinstance(a, (tuple, list)) else (float(a),)
        s = float(spf(*a))
        m = None
        if base.finite(*a):
            m = mp_value(mpf, a)
            if m is not None and math.isnan(m):
                m = None
        out.append({"f": name, "x": list(a), "scipy": s, "mp": m})
    return out


# ---------------------------------------------------------------- airy

def airy_x():
    xs = EDGES + [1e-300, -1e-300, 1e-20, -1e-20, 1e-5, -1e-5, 0.5, -0.5, 1.0, -1.0, 2.0, -2.0,
                  2.09, -2.09, 8.0, -8.0, 10.0, -10.0, 10.1, -10.1, 25.0, -25.0, 100.0, 103.0,
                  103.9, 104.0, 105.0, 150.0, 1e3, 1e4, 1e5, 1e6, -1e3, -1e4, -1e5, -1e6]
    # Zeros of Ai, Ai', Bi, Bi' rounded to float64 (the relative error there
    # is bounded by the condition number; see the Go test).
    xs += [float(mp.airyaizero(k)) for k in (1, 2, 5)] + [float(mp.airybizero(k)) for k in (1, 3)]
    xs += seq(-12, 12, 200) + seq(-110, 110, 80) + logs(-3, 2, 30) + [-v for v in logs(-3, 3, 40)]
    return xs


def group_airy():
    def outs(which, scaled):
        def spf(x):
            return (sc.airye if scaled else sc.airy)(x)[which]

        def mpf(x):
            d = which % 2
            v = (mp.airyai if which < 2 else mp.airybi)(x, derivative=d)
            if scaled and x > 0:
                z = mp.mpf(2) / 3 * x * mp.sqrt(x)
                v = v * mp.exp(z if which < 2 else -z)
            return v
        return spf, mpf

    cases = []
    for scaled, pre in ((False, "airy_"), (True, "airye_")):
        for which, nm in enumerate(("ai", "aip", "bi", "bip")):
            spf, mpf = outs(which, scaled)
            cases += runh(pre + nm, spf, mpf, airy_x())
    return cases


# ---------------------------------------------------------------- struve

def struve_args():
    vs = [0.0, 1.0, 2.0, -1.0, -2.0, 0.5, -0.5, 1.5, -1.5, -2.5, 3.7, -3.3, 10.0, 20.5, 0.3, -0.7]
    xs = [0.0, -0.0, 1e-12, 0.1, 1.0, 2.5, 5.0, 10.0, 19.9, 20.1, 30.0, 50.0, 100.0, 1e3, 1e4,
          -1.0, -7.5, INF, -INF, NAN]
    args = [(v, x) for v in vs for x in xs]
    args += list(zip(seq(-5, 20, 150), seq(0, 60, 150, start=7)))
    args += [(NAN, 1.0), (INF, 1.0), (-INF, 1.0)]
    return args


def mp_struve(f, modified):
    def g(v, x):
        if x < 0 and v != mp.floor(v):
            return None  # SciPy: NaN (complex result)
        if x == 0:
            return None  # SciPy's conventions at 0 (0, NaN, 2/π for v = -1)
        return f(v, x)
    return g


def group_struve():
    return (runh("struve", sc.struve, mp_struve(mp.struveh, False), struve_args()) +
            runh("modstruve", sc.modstruve, mp_struve(mp.struvel, True), struve_args()))


# ---------------------------------------------------------------- hypergeometric

def nonpos_int(x):
    return x <= 0 and x == math.floor(x)


def mp_hyp2f1(a, b, c, x):
    fa, fb, fc, fx = float(a), float(b), float(c), float(x)
    if nonpos_int(fc) and (fa == fc or fb == fc):
        return None  # SciPy's (Cephes') convention: (1-x)^(-b) or a finite sum
    poly = (nonpos_int(fa) and (not nonpos_int(fc) or fa >= fc)) or \
        (nonpos_int(fb) and (not nonpos_int(fc) or fb >= fc))
    if nonpos_int(fc) and not poly:
        return None
    if fx > 1 and not poly:
        return None  # complex: SciPy's convention
    if fx == 1 and fc - fa - fb <= 0 and not poly:
        return None
    if poly and nonpos_int(fc):
        # Terminating sum with c a non-positive integer beyond the
        # polynomial's degree: the sum as SciPy defines it.
        n = int(-fa) if (nonpos_int(fa) and fa >= fc) else int(-fb)
        s, t = mp.mpf(1), mp.mpf(1)
        for k in range(n):
            t = t * (a + k) * (b + k) / ((c + k) * (k + 1)) * x
            s += t
        return s
    return mp.hyp2f1(a, b, c, x)


def hyp2f1_args():
    args = []
    abc = [(0.5, 0.5, 1.5), (1.0, 1.0, 2.0), (0.25, 0.75, 1.3), (2.5, -1.3, 3.2), (-0.7, 0.9, 0.4),
           (3.0, 4.0, 8.5), (1.5, 2.5, 4.0), (1.5, 2.5, 3.7), (10.0, 2.0, 3.0), (-3.0, 2.0, 5.5),
           (-5.0, 1.5, -7.0), (0.3, 0.4, -2.5), (7.5, -2.25, 12.0), (1.0, 2.0, 3.0), (2.0, 3.0, 5.0),
           (0.5, 1.5, 2.0), (1.0, 1.0, 1.0), (20.0, 0.5, 25.0), (-20.0, 0.5, 3.0),
           (1.5, 0.5, 4.0), (10.0, 12.0, 25.0), (0.5, 0.5, 1.0 + 1e-6), (2.25, -3.5, 0.75),
           (-4.5, -2.5, 1.5)]
    xs = [0.0, 1e-10, 0.1, 0.3, 0.49, 0.5, 0.6, 0.75, 0.9, 0.99, 0.999999, 1.0, -0.1, -0.5, -0.9,
          -1.0, -1.5, -3.0, -10.0, -100.0, -1e5, 1.5, 2.0, NAN, INF, -INF]
    args += [(a, b, c, x) for a, b, c in abc for x in xs]
    args += list(zip(seq(-6, 6, 150), seq(-6, 6, 150, start=11), seq(0.1, 10, 150, start=23),
                     seq(-20, 0.95, 150, start=5)))
    args += [(0.0, 2.0, 3.0, 0.5), (1.0, 0.0, 3.0, 0.5), (1.0, 1.0, 0.0, 0.5), (1.0, 1.0, -1.0, 0.5),
             (-2.0, 1.0, -2.0, 0.5), (-2.0, 1.0, -3.0, 0.5), (-1.0, 1.0, -1.0, 0.5), (2.0, 3.0, 3.0, 0.5),
             (NAN, 1.0, 2.0, 0.5), (1.0, NAN, 2.0, 0.5), (1.0, 1.0, NAN, 0.5), (-2.0, 1.0, 3.0, 1.5)]
    return args


def hyp1f1_args():
    ab = [(1.0, 2.0), (0.5, 1.5), (-0.5, 0.5), (2.5, 1.25), (-3.0, 2.0), (-3.5, 2.0), (10.0, 3.0),
          (3.0, 10.0), (-10.5, 3.5), (0.1, 0.2), (1.0, -1.5), (-2.0, -4.5), (50.0, 60.0), (1e-10, 1.0),
          (100.0, 1.0)]
    xs = [0.0, -0.0, 1e-10, 0.1, 1.0, 5.0, 20.0, 50.0, 100.0, 400.0, 700.0, -0.1, -1.0, -5.0, -20.0,
          -50.0, -100.0, -400.0, -1e3, INF, -INF, NAN]
    args = [(a, b, x) for a, b in ab for x in xs]
    args += list(zip(seq(-10, 10, 200), seq(0.1, 15, 200, start=9), seq(-40, 40, 200, start=17)))
    args += [(1.0, 0.0, 1.0), (1.0, -1.0, 1.0), (-1.0, -1.0, 1.0), (-1.0, -2.0, 1.0), (-2.0, -1.0, 1.0),
             (0.0, 0.0, 1.0), (0.0, 1.0, 1.0), (1.0, 1.0, 1.0), (NAN, 1.0, 1.0), (1.0, NAN, 1.0)]
    return args


def mp_hyp1f1(a, b, x):
    if nonpos_int(float(b)):
        return None
    return mp.hyp1f1(a, b, x)


def hyperu_args():
    ab = [(1.0, 1.0), (0.5, 1.5), (2.5, 1.25), (-1.0, 1.0), (-2.5, 0.5), (1.0, 0.5), (3.0, 3.5),
          (0.25, -1.5), (2.0, 5.0), (1.5, 1.5)]
    xs = [0.0, 1e-300, 1e-10, 0.01, 0.1, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 100.0, 1e4, -1.0, INF, NAN]
    args = [(a, b, x) for a, b in ab for x in xs]
    args += list(zip(seq(-4, 6, 100), seq(-3, 5, 100, start=9), logs(-3, 2, 100)))
    return args


def mp_hyperu(a, b, x):
    if x <= 0:
        return None
    return mp.hyperu(a, b, x)


def gsgn(v):
    return 1.0 if sc.gammasgn(v) >= 0 else -1.0


def lim_hyp1f1(a, b, x):
    """M(a, b, ±inf) from DLMF 13.2.4 and 13.7.2 (leading terms), or None
    where SciPy's value is a convention."""
    if nonpos_int(b) or a == 0:
        return None
    if nonpos_int(a):
        n = int(-a)
        lead = (-1) ** n * gsgn(b + n) * gsgn(b)  # sign of (a)_n/(b)_n
        if x < 0 and n % 2 == 1:
            lead = -lead
        return lead * INF
    if x > 0:
        return gsgn(b) * gsgn(a) * INF
    if a > 0 or nonpos_int(b - a):
        return 0.0
    return gsgn(b) * gsgn(b - a) * INF


def lim_hyp2f1(a, b, c, x):
    """2F1(a, b; c; ±inf): the polynomials' leading terms; for x = -inf
    the dominant term of DLMF 15.8.2, C·(-x)^(-min(a, b)); None where
    SciPy's value is a convention (x = +inf, non-polynomial: Inf)."""
    if a == 0 or b == 0:
        return None
    na, nb = nonpos_int(a), nonpos_int(b)
    if na or nb:
        n = min(-a if na else INF, -b if nb else INF)
        if nonpos_int(c) and -c < n:
            return None
        n = int(n)
        sg = 1.0
        for k in range(n):
            sg *= math.copysign(1.0, (a + k) * (b + k) / (c + k))
        if x < 0 and n % 2 == 1:
            sg = -sg
        return sg * INF
    if nonpos_int(c) or x > 0:
        return None
    if min(a, b) > 0:
        return 0.0
    lo, hi = (a, b) if a <= b else (b, a)
    if lo == hi:
        return gsgn(c) * gsgn(lo) * gsgn(c - lo) * INF
    if nonpos_int(c - lo):
        return 0.0 if hi > 0 else gsgn(c) * gsgn(lo - hi) * gsgn(lo) * gsgn(c - hi) * INF
    return gsgn(c) * gsgn(hi - lo) * gsgn(hi) * gsgn(c - lo) * INF


def lim_hyperu(a, b, x):
    """U(a, b, +inf) ~ x^(-a); None at -inf (SciPy's NaN for x < 0)."""
    if x < 0:
        return None
    if a == 0:
        return 1.0
    return 0.0 if a > 0 else INF


def with_limits(cases, lim):
    for cs in cases:
        xs = cs["x"]
        if all(math.isfinite(v) for v in xs[:-1]) and math.isinf(xs[-1]):
            cs["mp"] = lim(*xs)
    return cases


def group_hyp():
    return (with_limits(runh("hyp1f1", sc.hyp1f1, mp_hyp1f1, hyp1f1_args()), lim_hyp1f1) +
            with_limits(runh("hyperu", sc.hyperu, mp_hyperu, hyperu_args()), lim_hyperu))


# ---------------------------------------------------------------- loggamma

def mp_lgc(z):
    vals = []
    for d in (50, 90):
        with mp.workdps(d):
            vals.append(mp.loggamma(mp.mpc(z.real, z.imag)))
    a, b = vals
    if not (mp.isfinite(b.real) and mp.isfinite(b.imag)):
        return None
    if abs(b) != 0 and abs(a - b) > abs(b) * mp.mpf(10) ** -30:
        return None
    return complex(base.tofloat(b.real), base.tofloat(b.imag))


def group_loggamma():
    zs = []
    for re in [0.0, -0.0, 1.0, 2.0, 0.5, -0.5, -2.5, -7.3, 1e-10, 3.0, 10.0, 1e5, 1e300, INF, -INF, NAN]:
        for im in [0.0, -0.0, 1e-300, 1e-8, -1e-8, 0.5, -0.5, 3.0, -7.0, 100.0, -1e10, INF, NAN]:
            zs.append(complex(re, im))
    zs += [complex(1 + d, e) for d in (1e-6, -1e-9, 0.15) for e in (0.0, 1e-7, -0.1)]
    zs += [complex(2 + d, e) for d in (1e-6, -1e-9, 0.15) for e in (0.0, 1e-7, -0.1)]
    zs += [complex(a, b) for a, b in zip(seq(-30, 30, 300), seq(-30, 30, 300, start=13))]
    zs += [complex(a, b) for a, b in zip(seq(-8, 8, 200), seq(-2, 2, 200, start=29))]
    zs += [complex(-a, b) for a, b in zip(logs(0, 250, 40), logs(-5, 250, 40))]
    cases = []
    for z in zs:
        s = complex(sc.loggamma(z))
        m = None
        if math.isfinite(z.real) and math.isfinite(z.imag) and z.imag != 0:
            m = mp_lgc(z)
        elif math.isfinite(z.real) and z.imag == 0 and z.real > 0:
            m = mp_lgc(z)
        cases.append({"f": "loggamma", "z": z, "k": 0, "scipy": s, "mp": m})
    return cases


def group_hyp2f1():
    return with_limits(runh("hyp2f1", sc.hyp2f1, mp_hyp2f1, hyp2f1_args()), lim_hyp2f1)


def main():
    groups = sys.argv[1:] or ["airy", "struve", "hyp", "hyp2f1", "loggamma"]
    fns = {"airy": group_airy, "struve": group_struve, "hyp": group_hyp, "hyp2f1": group_hyp2f1,
           "loggamma": group_loggamma}
    for g in groups:
        print(goldenlib.write("special/hyper_" + g, fns[g](), GEN))


if __name__ == "__main__":
    main()
