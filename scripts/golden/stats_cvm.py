#!/usr/bin/env python3
"""Golden data for scipy/stats' Cramér–von Mises, Ansari–Bradley, Poisson
means (E-test), Barnard and Boschloo tests.

Run with Debian's Python (scripts/install-deps.sh golden):

    /usr/bin/python3 scripts/golden/stats_cvm.py

Writes testdata/stats/cvm.json: one record per call, {"func", "x", "y",
"args", "want"}, with SciPy 1.10.1's statistic and pvalue or {"error": ...}
where SciPy raises.

- cramervonmises: "args" names the reference distribution ("dist", "params"
  as loc, scale or shape, loc, scale), which the Go test builds with the
  package's own constructors.
- cramervonmises_2samp: "args" has "method".
- poisson_means_test: "args" has k1, n1, k2, n2, diff, alternative;
  "mp_pvalue" is SciPy's double sum with the Poisson probabilities from
  mpmath (SciPy's own lose ~|k log mu| ulps at large counts).
- barnard_exact, boschloo_exact: "args" has "table", "alternative" (and
  "pooled"); "grid_pvalue" is described below.
- ansari: "args" has "alternative". For the exact branch (both sizes < 55,
  no ties) the record also carries "exact_pvalue", the p-value from the
  null distribution counted here with Python integers and converted to
  float once. SciPy's counts come from AS 93 (statlib gscale) in single
  precision, so they are rounded once a frequency exceeds 2**24;
  "scipy_counts_exact" says whether every frequency of that distribution is
  below 2**24 (then SciPy's p-value is the exact one up to float64
  summation).
"""

import os
import sys
import warnings
from fractions import Fraction

import mpmath as mp
import numpy as np
from scipy import stats
from scipy.special import gammaln, logsumexp
from scipy.stats import _statlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import goldenlib  # noqa: E402

warnings.simplefilter("ignore")
rng = np.random.default_rng(20261125)
records = []


def fl(a):
    return [float(v) for v in np.asarray(a, dtype=float).ravel()]


def rec(func, x, y, args, call, extra=None):
    try:
        r = call()
        want = {"statistic": float(r.statistic), "pvalue": float(r.pvalue)}
    except (ValueError, IndexError) as e:
        want = {"error": type(e).__name__}
    d = {"func": func, "x": fl(x), "y": fl(y) if y is not None else [], "args": args, "want": want}
    if extra:
        d.update(extra)
    records.append(d)


# ---------------------------------------------------------------- one sample
DISTS = {
    "norm": lambda p: stats.norm(loc=p[0], scale=p[1]),
    "uniform": lambda p: stats.uniform(loc=p[0], scale=p[1]),
    "expon": lambda p: stats.expon(loc=p[0], scale=p[1]),
    "gamma": lambda p: stats.gamma(p[0], loc=p[1], scale=p[2]),
}


def cvm1(x, dist, params):
    frozen = DISTS[dist](params)
    rec("cramervonmises", x, None, {"dist": dist, "params": params},
        lambda: stats.cramervonmises(x, frozen.cdf))


for n in (2, 3, 4, 5, 8, 10, 20, 50, 200, 1000):
    cvm1(rng.normal(size=n), "norm", [0.0, 1.0])
    cvm1(rng.normal(0.4, 1.3, size=n), "norm", [0.0, 1.0])
    cvm1(rng.uniform(size=n), "uniform", [0.0, 1.0])
    cvm1(rng.exponential(2.0, size=n), "expon", [0.0, 1.5])
cvm1(rng.gamma(2.5, 1.2, size=40), "gamma", [2.5, 0.0, 1.2])
cvm1(rng.gamma(2.5, 1.2, size=40) + 0.5, "gamma", [2.5, 0.0, 1.2])
# Data on the quantiles (2i-1)/(2n): the smallest statistic 1/(12n), p = 1.
for n in (2, 3, 7):
    cvm1((2 * np.arange(1, n + 1) - 1) / (2 * n), "uniform", [0.0, 1.0])
# Far from the reference: the statistic reaches n/3 (p = 0) or nearly.
cvm1([5.0, 6.0], "norm", [0.0, 1.0])
cvm1([5.0, 6.0, 7.0], "norm", [0.0, 1.0])
cvm1([0.9, 2.5, 3.1], "norm", [0.0, 1.0])
cvm1([1.5, 1.9, 2.2, 2.8, 3.0], "norm", [0.0, 1.0])
cvm1(rng.normal(0.5, 1, size=30), "norm", [0.0, 1.0])
cvm1(rng.normal(0.9, 1, size=60), "norm", [0.0, 1.0])
cvm1(rng.normal(0.3, 1, size=100), "norm", [0.0, 1.0])
# Ties, infinities and an unsorted sample.
cvm1([0.1, 0.1, 0.1, -0.5, 2.0, 0.1], "norm", [0.0, 1.0])
cvm1([-np.inf, 0.3, np.inf, 1.0], "norm", [0.0, 1.0])
cvm1(np.round(rng.normal(size=50), 1), "norm", [0.0, 1.0])
# Errors: fewer than two observations.
cvm1([], "norm", [0.0, 1.0])
cvm1([0.5], "norm", [0.0, 1.0])

# ---------------------------------------------------------------- two samples


def cvm2(x, y, method):
    rec("cramervonmises_2samp", x, y, {"method": method},
        lambda: stats.cramervonmises_2samp(x, y, method=method))


SIZES2 = [(2, 2), (2, 3), (3, 2), (3, 5), (4, 4), (7, 6), (5, 11), (10, 10),
          (13, 17), (20, 20), (20, 19), (21, 5), (30, 40), (100, 80)]
for nx, ny in SIZES2:
    x = rng.normal(size=nx)
    y = rng.normal(0.5, 1.5, size=ny)
    for method in ("auto", "exact", "asymptotic"):
        if method == "exact" and nx * ny > 400:
            continue
        cvm2(x, y, method)
# Separated samples: the extreme statistic (smallest p-value).
for nx, ny in ((2, 2), (3, 4), (6, 6), (8, 9), (25, 30)):
    x = np.arange(nx, dtype=float)
    y = np.arange(ny, dtype=float) + 100
    for method in ("exact", "asymptotic"):
        if method == "exact" and nx * ny > 400:
            continue
        cvm2(x, y, method)
# Interleaved samples: the smallest statistic (p near 1).
cvm2([1.0, 3, 5, 7, 9], [2.0, 4, 6, 8, 10], "exact")
cvm2([1.0, 3, 5, 7, 9], [2.0, 4, 6, 8, 10], "asymptotic")
# Ties: midranks, a non-integer U compared with the no-ties distribution.
tx = rng.integers(0, 5, 9).astype(float)
ty = rng.integers(1, 6, 8).astype(float)
for method in ("auto", "exact", "asymptotic"):
    cvm2(tx, ty, method)
cvm2([1.0, 1, 2, 2], [1.0, 2, 2, 3, 3], "exact")
cvm2([1.0, 1, 1], [1.0, 1, 1], "exact")
cvm2([1.0, 1, 1], [1.0, 1, 1], "asymptotic")
tx = np.round(rng.normal(size=60), 1)
ty = np.round(rng.normal(0.2, 1, size=45), 1)
cvm2(tx, ty, "auto")
# Errors: fewer than two observations in a sample.
cvm2([], [1.0, 2.0], "auto")
cvm2([1.0], [1.0, 2.0, 3.0], "auto")
cvm2([1.0, 2.0], [3.0], "exact")

# ------------------------------------------------------------------- ansari


def ab_counts(n, m):
    """Counts of the Ansari–Bradley statistic: the sums of n of the scores
    min(i, N+1-i), i = 1..N, over all n-subsets, as {sum: count}."""
    N = n + m
    scores = [min(i, N + 1 - i) for i in range(1, N + 1)]
    # ways[k] is {sum: count} over k-subsets of the scores seen so far.
    ways = [dict() for _ in range(n + 1)]
    ways[0][0] = 1
    for s in scores:
        for k in range(min(n, N) - 1, -1, -1):
            for v, c in ways[k].items():
                ways[k + 1][v + s] = ways[k + 1].get(v + s, 0) + c
    return ways[n]


def ab_exact_pvalue(ab, n, m, alternative):
    counts = ab_counts(n, m)
    total = sum(counts.values())
    cdf = Fraction(sum(c for v, c in counts.items() if v <= ab), total)
    sf = Fraction(sum(c for v, c in counts.items() if v >= ab), total)
    if alternative == "two-sided":
        p = min(2 * min(cdf, sf), Fraction(1))
    elif alternative == "greater":
        p = min(cdf, Fraction(1))
    else:
        p = min(sf, Fraction(1))
    return float(p)


def ansari(x, y, alternative):
    x, y = np.asarray(x, float), np.asarray(y, float)
    extra = None
    n, m = len(x), len(y)
    xy = np.concatenate([x, y])
    if (n >= 1 and m >= 1 and n < 55 and m < 55 and len(np.unique(xy)) == len(xy)
            and not np.isnan(xy).any()):
        r = stats.ansari(x, y, alternative=alternative)
        ab = int(round(float(r.statistic)))
        assert ab == r.statistic
        _, freqs, _ = _statlib.gscale(n, m)
        extra = {"exact_pvalue": ab_exact_pvalue(ab, n, m, alternative),
                 "scipy_counts_exact": bool(freqs.max() < 2**24)}
    rec("ansari", x, y, {"alternative": alternative},
        lambda: stats.ansari(x, y, alternative=alternative), extra)


ALTS = ("two-sided", "less", "greater")
SIZESA = [(1, 1), (1, 2), (2, 1), (1, 5), (2, 2), (2, 3), (3, 2), (3, 7), (5, 5),
          (6, 9), (10, 10), (12, 7), (15, 15), (20, 25), (30, 31), (54, 54),
          (54, 20), (55, 10), (10, 55), (60, 70), (200, 150)]
for n, m in SIZESA:
    x = rng.normal(0, 1.0, size=n)
    y = rng.normal(0, 2.0, size=m)
    for alt in ALTS:
        ansari(x, y, alt)
# Extreme configurations: x in the middle, x at the ends.
for n, m in ((3, 4), (6, 6), (8, 13)):
    y = np.arange(m, dtype=float)
    ansari(np.linspace(m / 2 - 0.25, m / 2 + 0.25, n), y, "two-sided")
    ansari(np.linspace(m / 2 - 0.25, m / 2 + 0.25, n), y, "greater")
    ansari(np.concatenate([-10 - np.arange(n // 2), 100 + np.arange(n - n // 2)]), y, "two-sided")
# Ties: the normal approximation with the tie-corrected variance.
tx = rng.integers(0, 6, 12).astype(float)
ty = rng.integers(0, 8, 15).astype(float)
for alt in ALTS:
    ansari(tx, ty, alt)
ansari([1.0, 1.0], [1.0, 1.0], "two-sided")
ansari([1.0], [1.0], "two-sided")
ansari([1.0, 2.0, 2.0], [2.0, 3.0, 4.0, 4.0], "less")
tx = np.round(rng.normal(size=80), 1)
ty = np.round(rng.normal(0, 1.4, size=70), 1)
for alt in ALTS:
    ansari(tx, ty, alt)
# Errors: an empty sample.
ansari([], [1.0, 2.0], "two-sided")
ansari([1.0, 2.0], [], "two-sided")

# ------------------------------------------------------- poisson_means_test


def pmt_mp(k1, n1, k2, n2, diff, alternative):
    """SciPy's double sum (same bounds, same indicator in float64) with the
    Poisson probabilities at 40 digits: SciPy forms them as
    exp(k log mu - lgamma(k+1) - mu), which loses ~|k log mu| ulps."""
    mp.mp.dps = 40
    lam2 = (k1 + k2) / (n1 + n2) - diff * n1 / (n1 + n2)
    if lam2 <= 0:
        return 1.0
    t0 = (k1 / n1 - k2 / n2 - diff) / np.sqrt(k1 / (n1 ** 2) + k2 / (n2 ** 2))
    m1, m2 = n1 * (lam2 + diff), n2 * lam2
    lo1, hi1 = stats.poisson.ppf([1e-10, 1 - 1e-16], m1)
    lo2, hi2 = stats.poisson.ppf([1e-10, 1 - 1e-16], m2)
    x1 = np.arange(lo1, hi1 + 1)
    x2 = np.arange(lo2, hi2 + 1)[:, None]
    l1, l2 = x1 / n1, x2 / n2
    with np.errstate(invalid="ignore", divide="ignore"):
        t = (l1 - l2 - diff) / np.sqrt(l1 / n1 + l2 / n2)
    ind = {"two-sided": np.abs(t) >= np.abs(t0), "less": t <= t0, "greater": t >= t0}[alternative]
    M1, M2 = mp.mpf(m1), mp.mpf(m2)
    p1 = [mp.exp(-M1 + int(k) * mp.log(M1) - mp.loggamma(int(k) + 1)) for k in x1]
    p2 = [mp.exp(-M2 + int(k) * mp.log(M2) - mp.loggamma(int(k) + 1)) for k in x2[:, 0]]
    total = mp.mpf(0)
    for i, q in enumerate(p2):
        total += q * mp.fsum(p1[j] for j in np.nonzero(ind[i])[0])
    return float(total)


def pmt(k1, n1, k2, n2, diff=0.0, alternative="two-sided"):
    extra = None
    if k1 >= 0 and k2 >= 0 and n1 > 0 and n2 > 0 and diff >= 0:
        extra = {"mp_pvalue": pmt_mp(k1, n1, k2, n2, diff, alternative)}
    rec("poisson_means_test", [], None,
        {"k1": k1, "n1": n1, "k2": k2, "n2": n2, "diff": diff, "alternative": alternative},
        lambda: stats.poisson_means_test(k1, n1, k2, n2, diff=diff, alternative=alternative), extra)


for alt in ALTS:
    pmt(0, 100.0, 3, 100.0, alternative=alt)
    pmt(10, 2.5, 4, 3.0, alternative=alt)
    pmt(60, 10.0, 41, 12.0, alternative=alt)
    pmt(60, 10.0, 41, 12.0, diff=1.5, alternative=alt)
    pmt(1, 1.0, 1, 1.0, alternative=alt)
    pmt(2000, 50.0, 1800, 48.5, diff=0.5, alternative=alt)
pmt(0, 1.0, 0, 1.0)
pmt(3, 1.0, 4, 1.0, diff=5.0)
pmt(25, 1.0, 2, 1.0)
pmt(25, 1.0, 2, 1.0, alternative="greater")
pmt(0, 3.0, 7, 0.5, alternative="less")
pmt(12, 0.1, 30, 0.7)
# Errors: a negative count, an empty interval, a negative difference.
pmt(-1, 1.0, 2, 1.0)
pmt(1, 0.0, 2, 1.0)
pmt(1, 1.0, 2, 1.0, diff=-1.0)

# ----------------------------------------------- barnard_exact, boschloo_exact
# SciPy maximizes the p-value over the nuisance parameter with shgo; the
# record also carries "grid_pvalue", the maximum of the same function over
# 200001 equally spaced nuisance values (float64, log-sum-exp), a lower
# bound of the supremum within ~N*1e-11 relative of it.


def nuisance_grid_max(c1, c2, region):
    n = c1 + c2
    lc1 = gammaln(c1 + 1) - gammaln(np.arange(c1 + 1) + 1) - gammaln(c1 - np.arange(c1 + 1) + 1)
    lc2 = gammaln(c2 + 1) - gammaln(np.arange(c2 + 1) + 1) - gammaln(c2 - np.arange(c2 + 1) + 1)
    x1, x2 = np.nonzero(region)
    cell = lc1[x1] + lc2[x2]
    # Group the cells by s = x1 + x2 (the power of the nuisance value).
    ssum = np.unique(x1 + x2)
    lw = np.array([logsumexp(cell[x1 + x2 == v]) for v in ssum])
    pi = np.linspace(0, 1, 200001)[:, None]
    best = -np.inf
    for chunk in np.array_split(np.arange(len(pi)), 40):
        pc = pi[chunk]
        with np.errstate(divide="ignore", invalid="ignore"):
            t = lw + np.where(ssum > 0, ssum * np.log(pc), 0) + np.where(ssum < n, (n - ssum) * np.log1p(-pc), 0)
        best = max(best, float(logsumexp(t, axis=1).max()))
    return min(1.0, float(np.exp(best)))


def barnard_region(table, alternative, pooled):
    c1, c2 = np.sum(table, axis=0)
    x1 = np.arange(c1 + 1).reshape(-1, 1)
    x2 = np.arange(c2 + 1).reshape(1, -1)
    p1, p2 = x1 / c1, x2 / c2
    if pooled:
        p = (x1 + x2) / (c1 + c2)
        v = p * (1 - p) * (1 / c1 + 1 / c2)
    else:
        v = p1 * (1 - p1) / c1 + p2 * (1 - p2) / c2
    with np.errstate(divide="ignore", invalid="ignore"):
        w = (p1 - p2) / np.sqrt(v)
    w[p1 == p2] = 0
    obs = w[table[0][0], table[0][1]]
    return {"two-sided": np.abs(w) >= abs(obs), "less": w <= obs, "greater": w >= obs}[alternative]


def boschloo_region(table, alternative):
    c1, c2 = np.sum(table, axis=0)
    x1 = np.arange(c1 + 1).reshape(-1, 1)
    x2 = np.arange(c2 + 1).reshape(1, -1)
    if alternative == "less":
        f = stats.hypergeom.cdf(x1, c1 + c2, x1 + x2, c1)
    else:
        f = stats.hypergeom.cdf(x2, c1 + c2, x1 + x2, c2)
    return f <= f[table[0][0], table[0][1]] * (1 + 1e-13)


def barnard(table, alternative="two-sided", pooled=True):
    extra = None
    if min(np.sum(table, axis=0)) > 0 and np.min(table) >= 0:
        c1, c2 = np.sum(table, axis=0)
        extra = {"grid_pvalue": nuisance_grid_max(c1, c2, barnard_region(np.array(table), alternative, pooled))}
    rec("barnard_exact", [], None, {"table": table, "alternative": alternative, "pooled": pooled},
        lambda: stats.barnard_exact(table, alternative=alternative, pooled=pooled), extra)


def boschloo(table, alternative="two-sided"):
    extra = None
    if min(np.sum(table, axis=0)) > 0 and np.min(table) >= 0:
        c1, c2 = np.sum(table, axis=0)
        if alternative == "two-sided":
            r = stats.boschloo_exact(table, alternative="less")
            g = stats.boschloo_exact(table, alternative="greater")
            side = "less" if r.pvalue < g.pvalue else "greater"
            gp = min(1.0, 2 * nuisance_grid_max(c1, c2, boschloo_region(np.array(table), side)))
        else:
            gp = nuisance_grid_max(c1, c2, boschloo_region(np.array(table), alternative))
        extra = {"grid_pvalue": gp}
    rec("boschloo_exact", [], None, {"table": table, "alternative": alternative},
        lambda: stats.boschloo_exact(table, alternative=alternative), extra)


TABLES = [[[7, 12], [8, 3]], [[74, 31], [43, 32]], [[1, 0], [0, 1]], [[2, 7], [8, 2]],
          [[0, 3], [5, 2]], [[3, 3], [3, 3]], [[10, 0], [0, 10]], [[0, 0], [4, 6]],
          [[15, 22], [25, 12]], [[1, 2], [3, 4]], [[40, 30], [20, 35]], [[0, 0], [5, 0]]]
for tab in TABLES:
    for alt in ALTS:
        barnard(tab, alt)
        boschloo(tab, alt)
    barnard(tab, "two-sided", pooled=False)
    barnard(tab, "less", pooled=False)
# Errors: a negative entry.
barnard([[1, -1], [2, 3]])
boschloo([[1, -1], [2, 3]])

path = goldenlib.write("stats/cvm", records, "scripts/golden/stats_cvm.py")
print(path, len(records), "records")
