#!/usr/bin/python3
"""Golden data for the fast paths of Airy, OwensT, Kv/Kve and J0 in
scipy/special (issue 7, point 6): dense checks of the regions the faster
methods cover, from real scipy.special 1.10.1 and mpmath 1.2.1.

Run: /usr/bin/python3 scripts/golden/special_bspeed.py      (about a minute)

Writes testdata/special/bspeed.json. A case is

    {"f": name, "x": [arguments], "scipy": value, "mp": value,
     "env": envelope or null}

"mp" is mpmath's value at 40 digits, rounded to float64; "env" is the local
amplitude of an oscillating function where it has one: √(J0² + Y0²) for
J0, and |x|^(-1/4)/√π (|x|^(1/4)/√π for the derivatives) for the Airy
functions at x < -1, as in scripts/golden/special_bessel.py and the Airy
tolerance of scipy/special/hyper_golden_test.go. Regions:

  j0        x in [0, 60] (Taylor pieces below 25, Hankel above), the
            first 20 zeros rounded to float64 and their neighbours, piece
            boundaries i/4 ± 1 ulp, and large x up to 1e15.
  kv, kve   orders in [-12, 12], x in [2, 25) (Steed's continued
            fraction) and around 2 and 25.
  owens_t   h in [0, 12], a in (0, 1.5], and the cell edges of the node
            table (h·b = k/2).
  airy_*    x in [-10.5, 10.5] (Taylor steps from the tabulated nodes and
            both asymptotic regions), the nodes i/4 and midpoints, and
            x = ±10 ± 1 ulp.
"""

import math
import os
import random
import sys

import mpmath as mp
import scipy.special as sc

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import goldenlib  # noqa: E402

GEN = "scripts/golden/special_bspeed.py"
mp.mp.dps = 40


def f64(v):
    return float(mp.mpf(v))


def j0_cases(cases, rng):
    xs = [rng.uniform(0, 60) for _ in range(250)]
    for k in range(1, 21):
        z = float(mp.besseljzero(0, k))
        xs += [z, math.nextafter(z, 0), math.nextafter(z, math.inf)]
    for i in range(1, 101, 3):
        b = i / 4
        xs += [math.nextafter(b, 0), b, math.nextafter(b, math.inf)]
    xs += [1e-10, 0.01, 24.999999, 25.0, 25.000001, 100.5, 1e3 + 0.1, 12345.678, 1e6 + 0.5, 1e9 + 0.3, 1e15 + 2]
    for x in xs:
        X = mp.mpf(x)
        val = mp.besselj(0, X)
        env = mp.sqrt(val**2 + mp.bessely(0, X) ** 2)
        cases.append({"f": "j0", "x": [x], "scipy": float(sc.j0(x)), "mp": f64(val), "env": f64(env)})


def kv_cases(cases, rng):
    pts = [(rng.uniform(-12, 12), rng.uniform(2, 25)) for _ in range(200)]
    for v in (0.0, 1 / 3, 0.5, 2 / 3, 1.0, 2.5, 7.3):
        pts += [(v, 2.0), (v, math.nextafter(2.0, 0)), (v, 24.99), (v, 25.0), (v, 3.7), (v, 11.1)]
    for v, x in pts:
        V, X = mp.mpf(v), mp.mpf(x)
        k = mp.besselk(V, X)
        cases.append({"f": "kv", "x": [v, x], "scipy": float(sc.kv(v, x)), "mp": f64(k), "env": None})
        cases.append({"f": "kve", "x": [v, x], "scipy": float(sc.kve(v, x)), "mp": f64(k * mp.exp(X)), "env": None})


def mp_owens_t_le1(H, A):
    """T(h, a) for 0 < a ≤ 1 in u = hx, with breakpoints at the integers
    of u so that mp.quad resolves the Gaussian exp(-u²/2)."""
    if H == 0:
        return mp.atan(A) / (2 * mp.pi)
    U = A * H
    pts = [mp.mpf(0)] + [mp.mpf(k) for k in range(1, 41) if k < U] + [min(U, mp.mpf(60))]
    g = lambda u: mp.exp(-u * u / 2) / (1 + (u / H) ** 2)  # noqa: E731
    return mp.exp(-H * H / 2) * mp.quad(g, pts) / (2 * mp.pi * H)


def mp_owens_t(h, a):
    """T(h, a) for h ≥ 0, a > 0; Owen's identity for a > 1 (cancellation
    is harmless at 40 digits)."""
    H, A = mp.mpf(h), mp.mpf(a)
    if A <= 1:
        return mp_owens_t_le1(H, A)
    Q = lambda x: mp.erfc(x / mp.sqrt(2)) / 2  # noqa: E731
    return Q(H) / 2 + Q(A * H) / 2 - Q(H) * Q(A * H) - mp_owens_t_le1(A * H, 1 / A)


def owens_cases(cases, rng):
    pts = [(rng.uniform(0, 12), rng.uniform(0.001, 1.5)) for _ in range(200)]
    for k in range(1, 19):
        s = k / 2
        for b in (0.3, 0.5, 0.51, 0.9, 1.0):
            pts.append((s / b, b))
    for h, a in pts:
        cases.append({"f": "owens_t", "x": [h, a], "scipy": float(sc.owens_t(h, a)), "mp": f64(mp_owens_t(h, a)), "env": None})


def airy_cases(cases, rng):
    xs = [rng.uniform(-10.5, 10.5) for _ in range(200)]
    for i in range(-40, 41, 3):
        xs += [i / 4, i / 4 + 1 / 8]
    xs += [math.nextafter(10.0, 0), 10.0, math.nextafter(10.0, 11), math.nextafter(-10.0, 0), -10.0, math.nextafter(-10.0, -11)]
    for x in xs:
        X = mp.mpf(x)
        vals = [mp.airyai(X), mp.airyai(X, derivative=1), mp.airybi(X), mp.airybi(X, derivative=1)]
        sp = sc.airy(x)
        for nm, val, s in zip(("ai", "aip", "bi", "bip"), vals, sp):
            env = None
            if x < -1:
                env = (-X) ** (mp.mpf(1) / 4 if nm.endswith("p") else -mp.mpf(1) / 4) / mp.sqrt(mp.pi)
                env = f64(env)
            cases.append({"f": "airy_" + nm, "x": [x], "scipy": float(s), "mp": f64(val), "env": env})


def main():
    rng = random.Random(20261126)
    cases = []
    j0_cases(cases, rng)
    kv_cases(cases, rng)
    owens_cases(cases, rng)
    airy_cases(cases, rng)
    path = goldenlib.write("special/bspeed", cases, GEN)
    print("wrote", path, len(cases), "cases")


if __name__ == "__main__":
    main()
