#!/usr/bin/env python3
"""Golden data for scipy/stats' Kolmogorov-Smirnov tests (ks.go).

Run with Debian's Python (scripts/install-deps.sh golden):

    /usr/bin/python3 scripts/golden/stats_ks.py

Writes testdata/stats/ks.json: records {"func", "a", "b", "cdf", "args",
"want"} with SciPy 1.10.1's results:

- ks_1samp: sample a against cdf "uniform" (identity on [0, 1]), "norm" or
  "expon" (standard), every alternative and method; want has statistic,
  pvalue, statistic_location, statistic_sign.
- ks_2samp: samples a and b, every alternative and method, ties, unequal
  sizes with a large lcm, p-values near 0 and 1, exact and asymp.
- kstwo: the finite-n two-sided distribution, a = [n, x], want {cdf, sf}
  from scipy.stats.kstwo at points chosen to reach each algorithm
  (Ruben-Gambino, Durbin matrix, Pomeranz, Pelz-Good, 2*smirnov).

A sample is a list of numbers, or for large samples a Weyl sequence
{"weyl": [n, mult, shift, scale]} meaning shift + scale*((i*mult) % 1) for
i = 1..n, rebuilt bit for bit in Go (math.Mod) so the file stays small.
"""

import os
import sys
import warnings

import numpy as np
from scipy import stats

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import goldenlib  # noqa: E402

warnings.simplefilter("ignore")
rng = np.random.default_rng(20240607)
records = []
CDFS = {"uniform": stats.uniform.cdf, "norm": stats.norm.cdf, "expon": stats.expon.cdf}


def weyl(n, mult, shift=0.0, scale=1.0):
    i = np.arange(1, n + 1, dtype=float)
    return {"weyl": [n, mult, shift, scale]}, shift + scale * np.fmod(i * mult, 1.0)


def sample(s):
    if isinstance(s, tuple):
        return s
    s = np.asarray(s, dtype=float)
    return [float(v) for v in s], s


def result(r):
    return {"statistic": float(r.statistic), "pvalue": float(r.pvalue),
            "statistic_location": float(r.statistic_location),
            "statistic_sign": int(r.statistic_sign)}


def one(a, cdf, alternative, method):
    enc, arr = sample(a)
    try:
        want = result(stats.ks_1samp(arr, CDFS[cdf], alternative=alternative, method=method))
    except ValueError as e:
        want = {"error": type(e).__name__}
    records.append({"func": "ks_1samp", "a": enc, "cdf": cdf,
                    "args": {"alternative": alternative, "method": method}, "want": want})


def two(a, b, alternative, method):
    ea, xa = sample(a)
    eb, xb = sample(b)
    try:
        want = result(stats.ks_2samp(xa, xb, alternative=alternative, method=method))
    except ValueError as e:
        want = {"error": type(e).__name__}
    records.append({"func": "ks_2samp", "a": ea, "b": eb,
                    "args": {"alternative": alternative, "method": method}, "want": want})


ALTS = ("two-sided", "less", "greater")

# One sample against the uniform CDF: null data, departures (small
# p-values), tiny samples, and evenly spaced data (p-value 1).
for n in (1, 2, 3, 5, 8, 10, 20, 50, 100, 140, 141, 300, 1000):
    null = np.round(rng.uniform(size=n), 8)
    away = np.round(rng.beta(2.0, 3.0, size=n), 8)
    for x in (null, away):
        for alt in ALTS:
            one(x, "uniform", alt, "exact")
        for m in ("auto", "approx", "asymp"):
            one(x, "uniform", "two-sided", m)
for n in (1, 5, 40):
    one((np.arange(n) + 0.5) / n, "uniform", "two-sided", "exact")
    one((np.arange(n) + 0.5) / n, "uniform", "greater", "exact")
# Very small p-values and statistics near 1.
one(np.round(rng.uniform(0.9, 1.0, size=30), 8), "uniform", "two-sided", "exact")
one(np.round(rng.uniform(0.9, 1.0, size=30), 8), "uniform", "less", "exact")
one(np.round(rng.uniform(0.0, 0.05, size=400), 8), "uniform", "two-sided", "exact")
one(np.round(rng.uniform(0.0, 0.05, size=400), 8), "uniform", "greater", "exact")
# Statistic chosen to land in each kolmogn regime for n = 141 and n = 2000.
for n, spread in ((141, 0.98), (141, 0.9), (141, 0.8), (2000, 0.99), (2000, 0.97), (2000, 0.95)):
    x = np.round(np.sort(rng.uniform(size=n)) * spread, 10)
    one(x, "uniform", "two-sided", "exact")
# Ties (values repeated).
one(np.repeat(np.round(rng.uniform(size=6), 6), 3), "uniform", "two-sided", "exact")
# Large samples from Weyl sequences.
one(weyl(5000, 0.6180339887498949), "uniform", "two-sided", "exact")
one(weyl(20000, 0.7548776662466927, 0.0, 0.999), "uniform", "two-sided", "exact")
one(weyl(20000, 0.7548776662466927, 0.0, 0.999), "uniform", "two-sided", "asymp")
one(weyl(20000, 0.7548776662466927, 0.0, 0.999), "uniform", "less", "exact")
# Normal and exponential CDFs.
for n in (7, 60, 1000):
    x = np.round(rng.normal(0.2, 1.1, size=n), 7)
    for alt in ALTS:
        one(x, "norm", alt, "auto")
    one(np.round(rng.exponential(1.3, size=n), 7), "expon", "two-sided", "auto")
    one(np.round(rng.exponential(1.0, size=n), 7), "expon", "two-sided", "asymp")
one([], "uniform", "two-sided", "auto")
# Infinite observations.
for alt in ALTS:
    one([-np.inf, -0.4, 0.3, 1.2, np.inf], "norm", alt, "exact")

# Two samples.
SIZES = [(1, 1), (1, 2), (2, 3), (3, 3), (5, 5), (5, 7), (8, 12), (10, 10), (20, 15),
         (33, 40), (50, 60), (100, 100), (100, 101), (120, 250), (400, 600),
         (997, 1000), (1000, 1000)]
for n1, n2 in SIZES:
    a = np.round(rng.normal(0, 1, size=n1), 7)
    b = np.round(rng.normal(0.3, 1.2, size=n2), 7)
    for alt in ALTS:
        two(a, b, alt, "auto")
        two(b, a, alt, "exact")
    two(a, b, "two-sided", "asymp")
    two(a, b, "greater", "asymp")
# Small p-values (well separated), and identical samples (p-value 1).
for n1, n2 in ((30, 30), (30, 45), (200, 150), (600, 900)):
    a = np.round(rng.normal(0, 1, size=n1), 7)
    b = np.round(rng.normal(2.5, 1, size=n2), 7)
    for alt in ALTS:
        two(a, b, alt, "exact")
    two(a, b, "two-sided", "asymp")
    two(a, b, "less", "asymp")
a = np.round(rng.normal(size=25), 7)
for alt in ALTS:
    two(a, a, alt, "exact")
# Ties between and within samples.
ta = rng.integers(0, 6, size=40).astype(float)
tb = rng.integers(1, 7, size=33).astype(float)
for alt in ALTS:
    two(ta, tb, alt, "auto")
    two(ta, tb, alt, "asymp")
two([1, 1, 1, 2], [1, 2, 2, 2, 3], "two-sided", "exact")
# One-sided unequal sizes where the path count overflows (falls back to asymp).
a = np.round(rng.normal(0, 1, size=700), 7)
b = np.round(rng.normal(0.1, 1, size=800), 7)
two(a, b, "less", "exact")
two(a, b, "greater", "auto")
# Large and unbalanced sizes from Weyl sequences: a huge lcm, auto -> asymp
# above 10000, an explicit exact beyond the int32 lcm limit.
two(weyl(3, 0.6180339887498949), weyl(1000, 0.4142135623730951), "two-sided", "exact")
two(weyl(9973, 0.6180339887498949), weyl(9967, 0.4142135623730951, 0.01), "two-sided", "auto")
two(weyl(9973, 0.6180339887498949), weyl(9967, 0.4142135623730951, 0.01), "less", "asymp")
two(weyl(10007, 0.6180339887498949), weyl(5003, 0.4142135623730951, 0.02), "two-sided", "auto")
two(weyl(10007, 0.6180339887498949), weyl(5003, 0.4142135623730951, 0.02), "greater", "auto")
two(weyl(65537, 0.6180339887498949), weyl(65521, 0.4142135623730951, 0.001), "two-sided", "exact")
two(weyl(4000, 0.6180339887498949), weyl(4000, 0.4142135623730951, 0.05), "two-sided", "exact")
two(weyl(4000, 0.6180339887498949), weyl(4000, 0.4142135623730951, 0.05), "greater", "exact")
for alt in ALTS:
    two([-np.inf, 0.5, 1.0, np.inf], [0.2, 0.7, np.inf, np.inf, 3.0], alt, "auto")
two([], [1.0, 2.0], "two-sided", "auto")
two([1.0], [], "two-sided", "auto")

# kstwo at chosen (n, x).
pts = []
for n in (1, 2, 3, 5, 10, 20, 50, 100, 140):
    for x in (0.4 / n, 0.75 / n, 1.0 / n, 1.5 / n, 0.3 / np.sqrt(n), 0.6 / np.sqrt(n),
              0.86 / np.sqrt(n), 1.2 / np.sqrt(n), 1.9 / np.sqrt(n), 2.5 / np.sqrt(n),
              0.45, 0.5, 0.7, 1 - 1.5 / n, 1 - 0.5 / n):
        if 0 < x < 1:
            pts.append((n, x))
for n in (141, 500, 1000, 10000, 100000, 200000):
    for x in (0.7 / n, 0.9 / n, 2.0 / n, 1.2 * (1.0 / n) ** (2 / 3), 1.4 * (1.0 / n) ** (2 / 3),
              0.5 / np.sqrt(n), 1.0 / np.sqrt(n), 1.4 / np.sqrt(n), 1.6 / np.sqrt(n),
              3.0 / np.sqrt(n), 4.5 / np.sqrt(n), 0.3, 0.6):
        # Smirnov's sum costs O(n) terms: one such point for n >= 1e5.
        big = n >= 100000 and 2.2 <= n * x * x < 370 and not (n == 100000 and x == 1.6 / np.sqrt(n))
        if 0 < x < 1 and not big:
            pts.append((n, x))
for n, x in pts:
    records.append({"func": "kstwo", "a": [n, float(x)], "cdf": "", "args": {},
                    "want": {"cdf": float(stats.kstwo.cdf(x, n)), "sf": float(stats.kstwo.sf(x, n))}})

print(goldenlib.write("stats/ks", records, "scripts/golden/stats_ks.py"))
print(len(records), "records")
