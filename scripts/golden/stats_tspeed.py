#!/usr/bin/env python3
"""Golden data for the large-sample path of scipy/stats' rank tests.

Run with Debian's Python (scripts/install-deps.sh golden):

    /usr/bin/python3 scripts/golden/stats_tspeed.py

Writes testdata/stats/tspeed.json: SciPy 1.10.1's results of the rank-based
tests on samples of 1000-3000 values (where the Go side ranks with a radix
sort) and of 100-300 values (its comparison sort). The samples are not
stored: sample(n, seed, m) below makes them from integer hashing and dyadic
scaling, which Go reproduces bit for bit (tspeed_golden_test.go). m sets the
number of distinct magnitudes: 2**20 gives few ties, 64 many, with -0 and +0
both present.
"""

import os
import sys
import warnings

import mpmath as mp
import numpy as np
from scipy import stats

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import goldenlib  # noqa: E402

warnings.simplefilter("ignore")
M32 = 0xFFFFFFFF


def sample(n, seed, m):
    out = []
    for i in range(n):
        h = (i * 2654435761 + seed * 40503 + 1) & M32
        h ^= h >> 13
        h = (h * 0x5BD1E995) & M32
        h ^= h >> 15
        v = float((h % m) - m // 2) / 1024.0
        if (h >> 24) & 1:
            v = -v
        out.append(v)
    return np.array(out)


def res(r):
    return {"statistic": float(r.statistic), "pvalue": float(r.pvalue)}


cases = []


def rec(func, samples, want):
    cases.append({"func": func, "samples": samples, "want": want})


for (n1, n2, m) in [(3000, 2500, 2**20), (2000, 1500, 64), (300, 250, 2**20), (120, 100, 64)]:
    a = sample(n1, 1, m)
    b = sample(n2, 2, m)
    c = sample(n1, 3, m)
    sa = [n1, 1, m]
    sb = [n2, 2, m]
    sc = [n1, 3, m]
    # y correlated with x: x + the sample of seed 3 (one IEEE addition, done
    # the same way in Go).
    y = a + c
    rec("kendalltau", [sa, sc], res(stats.kendalltau(a, y)))
    rec("kendalltau_c", [sa, sc], res(stats.kendalltau(a, y, variant="c")))
    rec("spearmanr", [sa, sc], res(stats.spearmanr(a, y)))
    rec("mannwhitneyu", [sa, sb], res(stats.mannwhitneyu(a, b)))
    rec("wilcoxon", [sa, sc], res(stats.wilcoxon(a, y)))
    rec("kruskal", [sa, sb], res(stats.kruskal(a, b)))
    rec("ansari", [sa, sb], res(stats.ansari(a, b)))
    rec("mood", [sa, sb], res(stats.mood(a, b)))
    rec("ks_2samp", [sa, sb], res(stats.ks_2samp(a, b, method="asymp")))
    rec("cramervonmises_2samp", [sa, sb], res(stats.cramervonmises_2samp(a, b)))
    rec("anderson_ksamp", [sa, sb], (lambda r: {"statistic": float(r.statistic),
                                                "pvalue": float(r.significance_level)})(stats.anderson_ksamp([a, b])))
    rec("wasserstein_distance", [sa, sb], {"statistic": float(stats.wasserstein_distance(a, b))})
    rec("energy_distance", [sa, sb], {"statistic": float(stats.energy_distance(a, b))})
    if n1 <= 3000:
        rec("shapiro", [sa], res(stats.shapiro(a)))
    for method in ("average", "min", "max", "dense", "ordinal"):
        r = stats.rankdata(b, method=method)
        # The sum of squared ranks and the ranks of the first 50 elements
        # check the whole ranking without storing it.
        rec("rankdata_" + method, [sb], {"ssq": float(np.sum(r * r)), "head": [float(v) for v in r[:50]]})

# Robust lines: y = sample(seed 3) + x/2 against x = sample(seed 1); at 600
# points SiegelSlopes takes its row-by-row path and TheilSlopes selects
# from 179700 slopes.
for (n, m) in [(120, 64), (600, 2**20)]:
    x = sample(n, 1, m)
    y = sample(n, 3, m) + x / 2
    for method in ("separate", "joint"):
        r = stats.theilslopes(y, x, method=method)
        rec("theilslopes_" + method, [[n, 1, m], [n, 3, m]],
            {"slope": float(r[0]), "intercept": float(r[1]), "low": float(r[2]), "high": float(r[3])})
    for method in ("hierarchical", "separate"):
        r = stats.siegelslopes(y, x, method=method)
        rec("siegelslopes_" + method, [[n, 1, m], [n, 3, m]], {"slope": float(r[0]), "intercept": float(r[1])})

# Student t CDF and SF at integer df (the closed forms of T.CDF), from
# mpmath at 40 digits: P(T <= y) = 1 - I_z(df/2, 1/2)/2 for y >= 0 with
# z = df/(df + y^2), and I_z/2 for y < 0.
mp.mp.dps = 40


def t_cdf(df, y):
    df, y = mp.mpf(df), mp.mpf(y)
    tail = mp.betainc(df / 2, mp.mpf(1) / 2, 0, df / (df + y * y), regularized=True) / 2
    return tail if y < 0 else 1 - tail


tpts = []
for df in list(range(1, 31)) + [31, 40]:
    for y in [-0.5, -0.4999, -0.3, -1e-3, -1e-90, 0.0, 1e-90, 1e-3, 0.25, 0.5, 0.7, 1.0, 1.5, 2.0, 3.3, 5.0, 8.0, 13.0, 40.0, 1e3, 1e6]:
        tpts.append({"df": df, "y": y, "cdf": float(t_cdf(df, y)), "sf": float(t_cdf(df, -y))})
rec("t_cdf", [], {"points": tpts})

print(goldenlib.write("stats/tspeed", cases, "scripts/golden/stats_tspeed.py"))
