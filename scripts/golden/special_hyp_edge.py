#!/usr/bin/python3
"""Golden data for the hard regions of scipy/special's Hyp2f1 and Hyperu,
from real scipy.special 1.10.1 and mpmath 1.2.1 (50+ digits).

Run: /usr/bin/python3 scripts/golden/special_hyp_edge.py

Writes testdata/special/hyp_edge.json, real cases in the format of
scripts/golden/special.py ({"f", "x", "scipy", "mp"}; mpmath at 50 digits
plus the arguments' spread and 40 more, raised until the two agree to
1e-30, rounded once):

    hyp2f1        ₂F₁(a, b; c; x) near (and at) an integer c-a-b for
                  1/2 < x < 1 (the 1-x connection formula), near an integer
                  b-a for x < -1 (Pfaff's transformation then 1-w), with
                  distances δ from 0 and 1e-15 to 5e-2 of either sign; and
                  random interior points (a, b in [-6, 6], c in [0.1, 10],
                  x in (-20, 0.95)) that exercise the plain series' error
                  bound.
    hyperu        U(a, b, x) for a < 1 (downward recurrence and DLMF
                  13.2.42), a in [-6, 1), b in [-4, 6], x in [1e-3, 100].
"""

import os
import random
import sys

import mpmath as mp
import scipy.special as sc

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import goldenlib  # noqa: E402
import special_hyper as hyper  # noqa: E402  (helpers only)

GEN = "scripts/golden/special_hyp_edge.py"
DELTAS = [0.0, 1e-15, -1e-15, 1e-12, -1e-12, 1e-8, -1e-8, 1e-5, -1e-5, 1e-3, -1e-3, 1e-2, -1e-2,
          5e-2, -5e-2]


def hyp2f1_near_integer():
    args = []
    # c - a - b = m + δ with 1/2 < x < 1.
    for a, b in [(0.5, 0.5), (1.5, 2.5), (-0.7, 0.9), (2.25, -3.5), (3.3, 1.1)]:
        for m in (-1, 0, 1, 2, 4):
            for dl in DELTAS:
                c = a + b + m + dl
                for x in (0.55, 0.8, 0.95, 0.999):
                    args.append((a, b, c, x))
    # Tiny and large parameters, larger m.
    for a, b in [(0.001, 0.002), (-7.3, 12.25)]:
        for m in (3, 25):
            for dl in (0.0, 1e-13, -1e-7, 3e-3):
                for x in (0.9, 0.9999, -50.0):
                    args.append((a, b, a + b + m + dl, x))
    # b - a = m + δ with x < -1.
    for a in (0.5, 1.25, -0.3):
        for m in (0, 1, 3):
            for c in (2.7, 0.4):
                for dl in DELTAS:
                    for x in (-1.5, -4.0, -30.0, -1e4):
                        args.append((a, a + m + dl, c, x))
    return args


def hyp2f1_random():
    rng = random.Random(20261126)
    args = []
    for _ in range(400):
        a = round(rng.uniform(-6, 6), 3)
        b = round(rng.uniform(-6, 6), 3)
        c = round(rng.uniform(0.1, 10), 3)
        x = rng.choice([rng.uniform(-20, -1), rng.uniform(-1, 0), rng.uniform(0, 0.5),
                        rng.uniform(0.5, 0.95)])
        args.append((a, b, c, x))
    return args


def hyperu_args():
    rng = random.Random(7)
    args = []
    for _ in range(300):
        a = rng.uniform(-6, 1)
        b = rng.uniform(-4, 6)
        x = 10 ** rng.uniform(-3, 2)
        args.append((a, b, x))
    return args


def main():
    cases = hyper.runh("hyp2f1", sc.hyp2f1, hyper.mp_hyp2f1, hyp2f1_near_integer() + hyp2f1_random())
    cases += hyper.runh("hyperu", sc.hyperu, hyper.mp_hyperu, hyperu_args())
    print(goldenlib.write("special/hyp_edge", cases, GEN))


if __name__ == "__main__":
    main()
