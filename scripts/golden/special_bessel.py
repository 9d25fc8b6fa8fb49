#!/usr/bin/python3
"""Golden data for the Bessel functions of scipy/special (issue 7, point 1),
from real scipy.special and mpmath.

Run: /usr/bin/python3 scripts/golden/special_bessel.py      (about 7 minutes)

Writes testdata/special/bessel.json (.json.gz above 256 KiB). A case is

    {"f": name, "x": [arguments], "scipy": value, "mp": value or null,
     "env": envelope or null}

with the same meaning of "scipy" and "mp" as in scripts/golden/special.py:
"mp" is mpmath's value (besselj, bessely, besseli, besselk at 40 digits
plus the digits of the argument, so that the phase of an oscillating
function at x = 1e15 is exact; Hankel's expansions at 45 digits where
x ≥ 1000 and x ≥ v²/2, where mpmath's series fail), rounded once to
float64, or ±inf beyond the float64 range (with mpmath's sign); it is
null where SciPy's value is a convention (NaN, ±Inf, 0 at the edges of
the domain, and x < 0), which the Go tests match exactly.

"env" is the local amplitude of an oscillating function: for J and Y of
order v it is the modulus sqrt(J_v(x)² + Y_v(x)²) (for the spherical
functions the same times sqrt(π/(2x)), for their derivatives
sqrt(j_n'² + y_n'²)); for I of negative non-integer order, which has zeros
where I_|v| and (2/π)sin(π|v|)K_|v| cancel, it is |I_|v|| + |(2/π)sin K_|v||.
At a zero the relative error of any floating-point evaluation is unbounded
(a change of one ulp in x changes the result by |x·f'(x)|·2⁻⁵³, which is
about env·x·2⁻⁵³), so the Go tests accept an absolute error of
tolerance·env there, i.e. |got - mp| ≤ tol·max(|mp|, env): relative to the
amplitude of the oscillation, which is stricter than the condition number
|x·f'(x)/f(x)| whenever x > 1. env is null for the non-oscillating
functions (I, K of non-negative order), which are tested relative to the
value alone.

Inputs are fixed lists: the domain edges, log-spaced x from 1e-300 to 1e15,
the zeros of J and Y (rounded to float64) and their neighbours, orders up
to 1000 around the turning point x = v, and the tails where I and K
overflow or underflow.
"""

import math
import os
import sys
import warnings

import mpmath as mp
import numpy as np
import scipy.special as sc

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import goldenlib  # noqa: E402

GEN = "scripts/golden/special_bessel.py"
INF = math.inf
NAN = math.nan
PHI = (math.sqrt(5) - 1) / 2

warnings.simplefilter("ignore")
np.seterr(all="ignore")


def seq(a, b, n, start=1):
    """n points a + (b-a)·frac(j·φ), j = start..start+n-1."""
    return [a + (b - a) * ((j * PHI) % 1.0) for j in range(start, start + n)]


def logs(lo, hi, n):
    return [float(v) for v in np.logspace(lo, hi, n)]


def tofloat(v):
    """Round an mpmath real to float64 (through a 30-digit decimal string).
    mpmath returns a complex value with a rounding-level imaginary part for
    some real arguments (besseli of negative x); that part is dropped."""
    if isinstance(v, mp.mpc):
        if abs(v.imag) > abs(v.real) * mp.mpf(10) ** -30:
            raise ValueError("complex value %s" % v)
        v = v.real
    return float(mp.nstr(v, 30)) if v != 0 else 0.0


def dps_for(*a):
    mags = [abs(x) for x in a if x != 0 and math.isfinite(x)]
    big = max(mags) if mags else 1
    return 40 + max(0, int(math.log10(big)) + 5)


def hankel_sums(V, X):
    """P, Q of Hankel's expansion of order V at X (mpmath numbers), summed
    while the terms decrease, to 1e-45: used where x ≥ 1e4 and x ≥ 10v²
    (mpmath's hypergeometric series fail there), where the first omitted
    term bounds the error."""
    m = 4 * V * V
    a = mp.mpf(1)
    P = Q = mp.mpf(0)
    prev = mp.inf
    k = 0
    while True:
        if k > 0:
            a *= (m - (2 * k - 1) ** 2) / (8 * k * X)
        if abs(a) > prev or k > 400:
            raise ValueError("Hankel expansion does not converge")
        P, Q = (P + [1, 0, -1, 0][k % 4] * a, Q + [0, 1, 0, -1][k % 4] * a)
        if abs(a) < mp.mpf(10) ** -45 or a == 0:
            return P, Q, m
        prev = abs(a)
        k += 1


def big_x(v, x):
    """Where the Hankel expansions replace mpmath's hypergeometric series
    (whose cancellation needs ~0.9·x digits): there the terms decrease at
    least like 1/(2k) from the start and reach 1e-45 long before they
    would diverge."""
    return abs(x) >= 1000 and abs(x) >= v * v / 2


def retry(f, V, X):
    """f(V, X), retried with more terms where mpmath gives up (K and I of
    order 1000 at x = 2000). Not the default: for integer orders mpmath's
    limit computation then takes forever."""
    try:
        return f(V, X)
    except (ValueError, mp.libmp.NoConvergence):
        return f(V, X, maxterms=10**6)


def mp_besselj(V, X):
    if big_x(float(V), float(X)) and X > 0:
        P, Q, _ = hankel_sums(V, X)
        chi = X - (V / 2 + mp.mpf(1) / 4) * mp.pi
        return mp.sqrt(2 / (mp.pi * X)) * (P * mp.cos(chi) - Q * mp.sin(chi))
    return mp.besselj(V, X, maxterms=10**6, maxprec=100000)


def mp_bessely(V, X):
    if big_x(float(V), float(X)):
        P, Q, _ = hankel_sums(V, X)
        chi = X - (V / 2 + mp.mpf(1) / 4) * mp.pi
        return mp.sqrt(2 / (mp.pi * X)) * (P * mp.sin(chi) + Q * mp.cos(chi))
    return mp.bessely(V, X, maxterms=10**6, maxprec=100000)


def mp_kve(V, X):
    """K_v(x)·e^x."""
    if big_x(float(V), float(X)):
        m = 4 * V * V
        a = mp.mpf(1)
        s = mp.mpf(0)
        k = 0
        while abs(a) > mp.mpf(10) ** -45 and a != 0:
            s += a
            k += 1
            a *= (m - (2 * k - 1) ** 2) / (8 * k * X)
        return mp.sqrt(mp.pi / (2 * X)) * s
    return retry(mp.besselk, V, X) * mp.exp(X)


def mp_ive(V, X):
    """I_v(x)·e^-|x| for x > 0; beyond x = 1e4 the exponentially small
    e^(-2x) part of the expansion is far below 1e-45."""
    if big_x(float(V), float(X)):
        m = 4 * V * V
        a = mp.mpf(1)
        s = mp.mpf(0)
        k = 0
        while abs(a) > mp.mpf(10) ** -45 and a != 0:
            s += a
            k += 1
            a *= -(m - (2 * k - 1) ** 2) / (8 * k * X)
        return s / mp.sqrt(2 * mp.pi * X)
    return mp.besseli(V, X) * mp.exp(-abs(X))


def mpvals(name, v, x):
    """(value, env) from mpmath at enough digits; either may be None.
    Negative integer orders are reflected (J_-n = (-1)^n J_n, Y_-n =
    (-1)^n Y_n, I_-n = I_n, K_-n = K_n): mpmath's hypercomb fails for
    besseli(-100, 1e-5)."""
    if v < 0 and v == int(v):
        val, env = mpvals1(name, -v, x)
        if name in ("jv", "yv", "jn", "yn") and int(v) % 2 == 1 and val is not None:
            val = -val
        return val, env
    return mpvals1(name, v, x)


def mpvals1(name, v, x):
    with mp.workdps(dps_for(v, x)):
        V, X = mp.mpf(v), mp.mpf(x)
        if name in ("jv", "yv", "jn", "yn"):
            j = mp_besselj(V, X)
            y = mp_bessely(V, X) if x > 0 else None
            val = j if name in ("jv", "jn") else y
            env = None
            if x != 0:
                a = abs(V)
                ax = abs(X)
                env = mp.sqrt(mp_besselj(a, ax) ** 2 + mp_bessely(a, ax) ** 2)
            return val, env
        if name in ("iv", "ive"):
            if x > 0 and big_x(v, x):
                val = mp_ive(V, X) * (mp.exp(X) if name == "iv" else 1)
            else:
                val = retry(mp.besseli, V, X)
                if name == "ive":
                    val = val * mp.exp(-abs(X))
            env = None
            if v < 0 and v != int(v):
                a = -V
                ax = abs(X)
                env = abs(mp.besseli(a, ax)) + abs(2 / mp.pi * mp.sin(mp.pi * a) * mp.besselk(a, ax))
                if name == "ive":
                    env *= mp.exp(-ax)
            return val, env
        if name in ("kv", "kve"):
            val = mp_kve(V, X)
            if name == "kv":
                val = val * mp.exp(-X)
            return val, None
    raise ValueError(name)


def sph(name, n, x, d):
    with mp.workdps(dps_for(n, x)):
        X = mp.mpf(x)
        f = {"spherical_jn": mp.besselj, "spherical_yn": mp.bessely,
             "spherical_in": mp.besseli, "spherical_kn": mp.besselk}[name]

        def g(m, fun=f):
            s = mp.sqrt(mp.pi / (2 * X)) * fun(m + mp.mpf(1) / 2, X)
            if name == "spherical_kn":
                s = s * 1  # k_n = sqrt(pi/2x) K_{n+1/2}
            return s

        if not d:
            val = g(n)
        else:
            # j_n' = j_{n-1} - (n+1)/x j_n (also y_n); i_n' = i_{n-1} - (n+1)/x i_n;
            # k_n' = -k_{n-1} - (n+1)/x k_n; for n = 0: j0' = -j1, y0' = -y1, i0' = i1, k0' = -k1.
            if n == 0:
                val = {"spherical_jn": -g(1), "spherical_yn": -g(1),
                       "spherical_in": g(1), "spherical_kn": -g(1)}[name]
            elif name == "spherical_kn":
                val = -g(n - 1) - (n + 1) / X * g(n)
            else:
                val = g(n - 1) - (n + 1) / X * g(n)
        env = None
        if name in ("spherical_jn", "spherical_yn"):
            def both(m):
                c = mp.sqrt(mp.pi / (2 * X))
                return c * mp.besselj(m + mp.mpf(1) / 2, X), c * mp.bessely(m + mp.mpf(1) / 2, X)
            if not d:
                a, b = both(n)
            elif n == 0:
                a, b = both(1)
            else:
                a1, b1 = both(n - 1)
                a0, b0 = both(n)
                a, b = a1 - (n + 1) / X * a0, b1 - (n + 1) / X * b0
            env = mp.sqrt(a * a + b * b)
        return val, env


SCALAR = {"j0": ("jv", 0), "j1": ("jv", 1), "y0": ("yv", 0), "y1": ("yv", 1),
          "i0": ("iv", 0), "i1": ("iv", 1), "k0": ("kv", 0), "k1": ("kv", 1),
          "i0e": ("ive", 0), "i1e": ("ive", 1), "k0e": ("kve", 0), "k1e": ("kve", 1)}


def case(cases, f, args):
    try:
        case1(cases, f, args)
    except Exception as e:
        raise RuntimeError("%s%s: %s" % (f, args, e)) from e


def case1(cases, f, args):
    args = [float(a) for a in args]
    if f in SCALAR:
        s = float(getattr(sc, f)(args[0]))
        base, v = SCALAR[f]
        x = args[0]
    elif f.startswith("spherical"):
        n, x = int(args[0]), args[1]
        d = bool(args[2])
        s = float(getattr(sc, f)(n, x, d))
    else:
        v, x = args
        fn = getattr(sc, f)
        s = float(fn(int(v), x) if f in ("jn", "yn") else fn(v, x))
        base = f
    mpv = env = None
    edge = not (math.isfinite(x) and x != 0) or not math.isfinite(args[0])
    if f.startswith("spherical"):
        if not edge and (x > 0):
            val, e = sph(f, n, x, d)
            mpv, env = tofloat(val), (tofloat(e) if e is not None else None)
    elif not edge:
        if base in ("yv", "yn", "kv", "kve") and x < 0:
            pass
        elif base in ("jv", "iv", "ive") and x < 0 and v != int(v):
            pass
        else:
            val, e = mpvals(base, v, x)
            if val is not None:
                mpv = tofloat(val)
                env = tofloat(e) if e is not None else None
    # An mpmath value beyond the float64 range stays as ±inf: the sign of
    # the overflow is mpmath's (SciPy gets it wrong at jv(-99.9, 1e-5)).
    # env is kept only where the function oscillates (x ≥ |order|: J and Y
    # have no zeros below their order), and never infinite.
    order = abs(args[0]) if f not in SCALAR else SCALAR[f][1]
    if env is not None and (not math.isfinite(env) or abs(x) < order):
        env = None
    cases.append({"f": f, "x": args, "scipy": s, "mp": mpv, "env": env})
    if len(cases) % 500 == 0:
        print(len(cases), f, args, file=sys.stderr, flush=True)


def zeros_near(fz, k):
    """The k first zeros of a mpmath zero function, as float64, with their
    float64 neighbours."""
    out = []
    for i in range(1, k + 1):
        z = float(fz(i))
        out += [z, math.nextafter(z, INF), math.nextafter(z, -INF)]
    return out


def xs_general():
    return ([1e-300, 1e-200, 1e-50, 1e-10, 1e-5, 0.001, 0.1, 0.5, 1, 1.5, 2, 2.5, 3, 5, 7.5,
             10, 12, 15, 19.9, 20, 25, 30, 40, 50, 75, 100, 150, 300, 1000, 1e4, 1e5, 1e8,
             1e10, 1e15] + seq(0, 40, 60) + logs(-8, 4, 25))


def main():
    cases = []
    # Edges, matched exactly (mp null).
    edge_x = [0.0, -0.0, INF, -INF, NAN, -1.0, -2.5]
    for f in SCALAR:
        for x in edge_x:
            case(cases, f, [x])
    edge_v = [0, 0.25, 0.5, 1, 1.5, 2, 2.5, 3, -0.25, -0.5, -1, -1.25, -1.5, -2, -2.5, -2.75, -3, -3.5, -4,
              INF, -INF, NAN]
    for f in ("jv", "yv", "iv", "ive", "kv", "kve"):
        for v in edge_v:
            for x in [0.0, -0.0, INF, -INF, NAN, 1.0, -1.0, -3.0]:
                case(cases, f, [v, x])
    for f in ("jn", "yn"):
        for n in [0, 1, 2, 3, -1, -2, -3]:
            for x in [0.0, -0.0, INF, -INF, NAN, 2.0, -2.0]:
                case(cases, f, [n, x])
    for f in ("spherical_jn", "spherical_yn", "spherical_in", "spherical_kn"):
        for n in [0, 1, 2, 3]:
            for x in [0.0, -0.0, INF, -INF, NAN, -2.0, -0.5]:
                for d in (0, 1):
                    case(cases, f, [n, x, d])

    # Order 0 and 1 functions.
    xs = xs_general()
    for f in SCALAR:
        for x in xs:
            case(cases, f, [x])
    for f in ("j0", "j1"):
        for x in [-1.0, -10.5, -1e3]:
            case(cases, f, [x])
    for f in ("i0", "i1", "i0e", "i1e"):
        for x in [-1.0, -10.5, -700.0, 700.0, 713.0, 713.9, 714.0, 1e4, 1e300, 1e308]:
            case(cases, f, [x])
    for f in ("k0", "k1", "k0e", "k1e"):
        for x in [700.0, 705.0, 720.0, 745.0, 1e4, 1e300]:
            case(cases, f, [x])
    # Near the zeros.
    for f, order, zf in (("j0", 0, mp.besseljzero), ("j1", 1, mp.besseljzero),
                         ("y0", 0, mp.besselyzero), ("y1", 1, mp.besselyzero)):
        for x in zeros_near(lambda i: zf(order, i), 12):
            case(cases, f, [x])
        for i in (50, 300):
            z = float(zf(order, i))
            case(cases, f, [z])
    for f, zf in (("jv", mp.besseljzero), ("yv", mp.besselyzero)):
        for v in (0.5, 2.5, 7.3, 30):
            for i in (1, 2, 5):
                case(cases, f, [v, float(zf(v, i))])

    # General orders.
    orders = [0, 0.25, 0.5, 1, 1.5, 2, 2.7, 3.5, 5, 9.9, 10, 20.5, 33.3, 50, 99.9, 100, 250.3, 500, 1000]
    for f in ("jv", "yv", "iv", "ive", "kv", "kve"):
        for v in orders:
            xv = [1e-300, 1e-100, 1e-10, 0.01, 0.5, 1, 1.9, 2, 2.1, 3.7, 9.9, 19.9, 24.9, 25.1, 40, 100, 1e4, 1e8]
            if v > 0:
                xv += [0.5 * v, 0.9 * v, v - 1, v - 0.1, v, v + 0.1, v + 1, 1.1 * v, 2 * v, 10 * v, v * v]
            if f in ("iv", "kv"):
                xv += [700, 710, 720]
            if f in ("ive", "kve") and v <= 100:
                xv += [1e12]
            for x in sorted(set(xv)):
                if x > 0:
                    case(cases, f, [v, x])
        for v in seq(0, 60, 40):
            for x in seq(0, 80, 3, start=int(v * 7) + 1):
                case(cases, f, [v, x])
    # Negative orders and negative x.
    for f in ("jv", "yv", "iv", "ive", "kv", "kve"):
        for v in [-0.25, -0.5, -1, -2, -2.5, -3.3, -10.7, -50.5, -100, -99.9]:
            for x in [1e-5, 0.3, 1, 2.5, 7, 15, 30, 120]:
                case(cases, f, [v, x])
    for f in ("jv", "iv", "ive"):
        for v in [0, 1, 2, 3, 7, -3, 2.5]:
            for x in [-0.3, -1, -7.5, -30]:
                case(cases, f, [v, x])
    for f in ("jn", "yn"):
        for n in [0, 1, 2, 5, 17, 100, -1, -2, -5, -17]:
            for x in [0.1, 1, 5, 17.5, 50, 200]:
                case(cases, f, [n, x])
        for n in [3, -4]:
            case(cases, f, [n, -2.5])
    # Spherical Bessel functions.
    for f in ("spherical_jn", "spherical_yn", "spherical_in", "spherical_kn"):
        for n in [0, 1, 2, 3, 5, 10, 25, 50, 100]:
            for x in [1e-200, 1e-8, 0.01, 0.5, 1, 2, 5, 9.5, 10, 24.5, 50, 100, 1000, 1e6]:
                for d in (0, 1):
                    if f in ("spherical_in", "spherical_kn") and x > 700:
                        continue
                    case(cases, f, [n, x, d])
    path = goldenlib.write("special/bessel", cases, GEN)
    print("wrote", path, len(cases), "cases")


if __name__ == "__main__":
    main()
