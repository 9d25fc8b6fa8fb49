#!/usr/bin/python3
"""Golden data for scipy/special's Hyp2f1 at x < -1 with large parameters,
from real scipy.special 1.10.1 and mpmath 1.2.1 (50+ digits).

Run: /usr/bin/python3 scripts/golden/special_hyp_neg.py

Writes testdata/special/hyp_neg.json, real cases in the format of
scripts/golden/special.py ({"f", "x", "scipy", "mp"}; mpmath at 50 digits
plus the arguments' spread, raised until two precisions agree to 1e-30,
rounded once; SciPy's value is recorded for comparison only: where it
differs, the Go code follows mpmath):

    hyp2f1   ₂F₁(a, b; c; x) for x in [-1e3, -1), a, b in [-150, 150],
             c in [-20, 200]: random points, points with c-a, c-b or b-a
             an integer or within 1e-12 .. 1e-2 of one, the reported
             defects (a, b = 50, 60 at x = -50; a = 120) and points near a
             zero of the function.

Each case also has "cond", the condition number Σ_v |v ∂F/∂v|/|F| over
v = a, b, c, x (mpmath's numerical derivatives at 30 digits): near a zero
of ₂F₁ a relative error of u in an argument moves the value by u·cond, so
the Go test allows max(1e-13, u·cond) there.
"""

import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import goldenlib  # noqa: E402
import special_hyper as hyper  # noqa: E402  (helpers only)
import mpmath as mp  # noqa: E402
import scipy.special as sc  # noqa: E402

GEN = "scripts/golden/special_hyp_neg.py"
XS = [-1.0000001, -1.001, -1.5, -2.0, -5.0, -23.5, -50.0, -300.0, -1000.0]
DELTAS = [0.0, 1e-12, -1e-9, 1e-5, -1e-3, 1e-2]


def rnd_x(rng):
    return -(10 ** rng.uniform(1e-6, 3))


def args():
    rng = random.Random(20261127)
    out = []
    # The reported defects.
    for c in (1.5, 10.3, 55.5, 80.2, 130.7):
        for x in (-2.0, -50.0, -1000.0):
            out.append((50.0, 60.0, c, x))
    for b in (60.0, 60.5, 119.25):
        out.append((120.0, b, 70.3, -50.0))
    out.append((-0.45, 4.18, -4.45, -23.5))
    # Random points.
    for _ in range(260):
        scale = rng.choice([10.0, 40.0, 150.0])
        a = round(rng.uniform(-scale, scale), 3)
        b = round(rng.uniform(-scale, scale), 3)
        c = round(rng.uniform(-20.0, 200.0) if rng.random() < 0.2 else rng.uniform(0.05, min(200.0, 1.5 * scale)), 3)
        out.append((a, b, c, rng.choice(XS) if rng.random() < 0.3 else rnd_x(rng)))
    # Near-integer b-a, c-a, c-b.
    for _ in range(90):
        a = round(rng.uniform(-150, 150), 2)
        m = rng.randint(-40, 40)
        dl = rng.choice(DELTAS)
        c = round(rng.uniform(0.05, 200), 2)
        kind = rng.randrange(3)
        if kind == 0:
            b = a + m + dl
        elif kind == 1:
            b = round(rng.uniform(-150, 150), 2)
            c = a + abs(m) + dl
        else:
            b = round(rng.uniform(-150, 150), 2)
            c = b + abs(m) + dl
        if c <= 0 and c == round(c):
            c += 0.5
        out.append((a, b, c, rng.choice(XS) if rng.random() < 0.3 else rnd_x(rng)))
    return out


def cond(a, b, c, x):
    """Condition number Σ_v |v ∂F/∂v| / |F| over v = a, b, c, x (mpmath
    at 30 digits, three significant digits kept): the relative change of
    ₂F₁ per relative change of its arguments."""
    with mp.workdps(30):
        v = [mp.mpf(a), mp.mpf(b), mp.mpf(c), mp.mpf(x)]
        f = mp.hyp2f1(*v)
        if f == 0:
            return None
        tot = mp.mpf(0)
        for i in range(4):
            if v[i] == 0:
                continue
            d = mp.diff(lambda t: mp.hyp2f1(*(v[:i] + [t] + v[i + 1:])), v[i])
            tot += abs(v[i] * d)
        return float(mp.nstr(tot / abs(f), 3))


def main():
    cases = hyper.runh("hyp2f1", sc.hyp2f1, hyper.mp_hyp2f1, args())
    for cs in cases:
        cs["cond"] = cond(*cs["x"]) if cs["mp"] is not None else None
    print(goldenlib.write("special/hyp_neg", cases, GEN))


if __name__ == "__main__":
    main()
