#!/usr/bin/env python3
"""Golden data for scipy/stats (issue 7): distributions against mpmath.

Run with Debian's Python, which has SciPy and mpmath (scripts/install-deps.sh
golden):

    /usr/bin/python3 scripts/golden/stats.py [dist ...]

Writes testdata/stats/<dist>.json. For each distribution, shape and (loc,
scale) it records, at points chosen to reach deep into both tails, the
density, CDF, SF and their logarithms, and the quantiles PPF and ISF at
probabilities down to 1e-300, all computed by mpmath at 60 significant
digits from the distribution's formulas (the truth the tests hold us to,
to ~1e-13 relative), and the raw moments E[X^n], n = 0…6, from closed
forms. SciPy's own values are recorded next to mpmath's ("scipy"), so the
tests can say where SciPy is less accurate, but are not required. Mean,
variance, skewness, kurtosis, entropy, median and interval come from SciPy
(closed forms there; the median and interval are also checked against our
own quantiles).
"""

import math
import os
import sys

import mpmath as mp
from scipy import stats

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import goldenlib  # noqa: E402

GEN = "scripts/golden/stats.py"
mp.mp.dps = 60
INF = mp.inf

QS = [1e-300, 1e-100, 1e-30, 1e-10, 1e-5, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9,
      0.99, 1 - 1e-10, 1 - 2 ** -53]


def logf(v):
    return float(mp.log(v)) if v > 0 else float("-inf")


def logp(v, other):
    """log(v) for a probability v whose complement 1-v is other, computed
    by log1p(-other) when v is near 1: mp.log(v) would keep only the
    digits of 1-v that survive in 60-digit v."""
    if v > 0.5:
        return float(mp.log1p(-other))
    return logf(v)


class Std:
    """A distribution in standard form: mpmath pdf, cdf, sf of y, support,
    raw moments (None where the closed form is not given)."""

    def __init__(self, pdf, cdf, sf, lo, hi, raw):
        self.pdf, self.cdf, self.sf, self.lo, self.hi, self.raw = pdf, cdf, sf, lo, hi, raw


def mirror(s):
    return Std(lambda y: s.pdf(-y), lambda y: s.sf(-y), lambda y: s.cdf(-y),
               -s.hi, -s.lo, lambda n: (-1) ** n * s.raw(n))


def quantile(s, q):
    """The y with cdf(y) = q, by bisection on the log of the tail that q is
    in, in a variable that keeps relative precision near a finite end."""
    q = mp.mpf(q)
    lower = q < mp.mpf(0.5)
    target = mp.log(q if lower else 1 - q)

    def h(y):  # increasing in y
        if lower:
            c = s.cdf(y)
            return mp.log(c) - target if c > 0 else -INF
        c = s.sf(y)
        return target - mp.log(c) if c > 0 else INF

    if s.lo != -INF:
        to_y = lambda t: s.lo + mp.exp(t)
    elif s.hi != INF:
        to_y = lambda t: s.hi - mp.exp(-t)
    else:
        to_y = lambda t: t
    a, b = mp.mpf(-1), mp.mpf(1)
    for _ in range(2000):
        if h(to_y(a)) <= 0:
            break
        a = 2 * a - 1
    for _ in range(2000):
        if h(to_y(b)) >= 0:
            break
        b = 2 * b + 1
    for _ in range(600):
        m = (a + b) / 2
        if h(to_y(m)) < 0:
            a = m
        else:
            b = m
        if b - a < mp.mpf(10) ** -45 * (1 + abs(m)):
            break
    return to_y((a + b) / 2)


def case(s, d, loc, scale, ys, shape=()):
    rows = []
    for yv in ys:
        x = float(loc + scale * yv) if abs(yv) != math.inf else loc + scale * yv
        y = (mp.mpf(x) - loc) / scale
        pdf, cdf, sf = s.pdf(y) / scale, s.cdf(y), s.sf(y)
        # cond: how many ulps the values move per ulp of y, the relative
        # condition number |y·(log v)'(y)| maximised over v = pdf, cdf, sf
        # (pdf/cdf and pdf/sf are the derivatives of log cdf and log sf).
        # The tests allow for it where (x-loc)/scale rounds.
        cond = mp.mpf(0)
        if pdf > 0 and abs(y) != INF:
            if cdf > 0:
                cond = max(cond, abs(y) * pdf * scale / cdf)
            if sf > 0:
                cond = max(cond, abs(y) * pdf * scale / sf)
            try:
                cond = max(cond, abs(y * mp.diff(lambda t: mp.log(s.pdf(t)), y)))
            except (ValueError, ZeroDivisionError):
                cond = INF
        rows.append({
            "x": x, "cond": float(cond), "pdf": float(pdf), "logpdf": logf(pdf), "cdf": float(cdf),
            "logcdf": logp(cdf, sf), "sf": float(sf), "logsf": logp(sf, cdf),
            "scipy": [d.pdf(x), d.logpdf(x), d.cdf(x), d.logcdf(x), d.sf(x), d.logsf(x)],
        })
    qrows = []
    for q in QS:
        y = quantile(s, q)
        yi = -quantile(mirror(s), q)  # isf(q) = -ppf_of_mirror(q)
        qrows.append({"q": q, "ppf": float(loc + scale * y), "isf": float(loc + scale * yi),
                      "scipy": [d.ppf(q), d.isf(q)]})
    mean, var, skew, kurt = d.stats(moments="mvsk")
    raw = [s.raw(n) for n in range(1, 5)]
    if all(mp.isfinite(r) for r in raw):
        # Exact statistics from the raw moments, in mpmath: SciPy forms
        # them in float64 and loses up to ~1e-12 to cancellation.
        m1, m2, m3, m4 = raw
        v = m2 - m1 ** 2
        mu3 = m3 - 3 * m1 * m2 + 2 * m1 ** 3
        mu4 = m4 - 4 * m1 * m3 + 6 * m1 ** 2 * m2 - 3 * m1 ** 4
        mean, var = float(loc + scale * m1), float(scale ** 2 * v)
        skew, kurt = float(mu3 / v ** mp.mpf(1.5)), float(mu4 / v ** 2 - 3)
    lo, hi = d.interval(0.95)
    moments, mcond = [1.0], [1.0]
    for n in range(1, 7):
        # E[(loc + scale·Y)^n] by the binomial expansion, in mpmath; the
        # zero-coefficient terms are skipped (0·Inf would be NaN). mcond is
        # Σ|terms|/|sum|, the cancellation a float64 evaluation meets.
        tot, mag = mp.mpf(0), mp.mpf(0)
        for k in range(n + 1):
            if loc == 0 and k < n:
                continue
            mk = mp.mpf(1) if k == 0 else s.raw(k)
            term = mp.binomial(n, k) * mp.mpf(loc) ** (n - k) * mp.mpf(scale) ** k * mk
            tot += term
            mag += abs(term)
        moments.append(float(tot))
        mcond.append(float(mag / abs(tot)) if mp.isfinite(tot) and tot != 0 else 1.0)
    return {
        "shape": list(shape), "loc": loc, "scale": scale, "points": rows, "quantiles": qrows,
        "mean": mean, "var": var, "std": d.std(), "skew": skew, "kurtosis": kurt,
        "entropy": d.entropy(), "median": d.median(), "interval95": [lo, hi], "moments": moments, "moment_cond": mcond,
    }


NORM = Std(lambda y: mp.npdf(y), lambda y: mp.ncdf(y), lambda y: mp.ncdf(-y), -INF, INF,
           lambda n: mp.mpf(0) if n % 2 else mp.fac2(n - 1))
EXPON = Std(lambda y: mp.exp(-y) if y >= 0 else mp.mpf(0),
            lambda y: -mp.expm1(-y) if y >= 0 else mp.mpf(0),
            lambda y: mp.exp(-y) if y >= 0 else mp.mpf(1), mp.mpf(0), INF, lambda n: mp.factorial(n))
UNIFORM = Std(lambda y: mp.mpf(1) if 0 <= y <= 1 else mp.mpf(0),
              lambda y: min(max(y, 0), 1), lambda y: min(max(1 - y, 0), 1), mp.mpf(0), mp.mpf(1),
              lambda n: mp.mpf(1) / (n + 1))
CAUCHY = Std(lambda y: 1 / (mp.pi * (1 + y * y)), lambda y: mp.atan2(1, -y) / mp.pi,
             lambda y: mp.atan2(1, y) / mp.pi, -INF, INF, lambda n: mp.nan)
LAPLACE = Std(lambda y: mp.exp(-abs(y)) / 2,
              lambda y: mp.exp(y) / 2 if y < 0 else 1 - mp.exp(-y) / 2,
              lambda y: mp.exp(-y) / 2 if y > 0 else 1 - mp.exp(y) / 2, -INF, INF,
              lambda n: mp.mpf(0) if n % 2 else mp.factorial(n))
LOGISTIC = Std(lambda y: mp.exp(-y) / (1 + mp.exp(-y)) ** 2, lambda y: 1 / (1 + mp.exp(-y)),
               lambda y: 1 / (1 + mp.exp(y)), -INF, INF,
               lambda n: mp.mpf(0) if n % 2 else 2 * (1 - mp.mpf(2) ** (1 - n)) * mp.factorial(n) * mp.zeta(n))


def gumbel_raw(n):
    k = [mp.euler] + [mp.factorial(j - 1) * mp.zeta(j) for j in range(2, n + 1)]
    mu = [mp.mpf(1)]
    for m in range(1, n + 1):
        mu.append(sum(mp.binomial(m - 1, j - 1) * k[j - 1] * mu[m - j] for j in range(1, m + 1)))
    return mu[n]


GUMBEL_R = Std(lambda y: mp.exp(-y - mp.exp(-y)), lambda y: mp.exp(-mp.exp(-y)),
               lambda y: -mp.expm1(-mp.exp(-y)), -INF, INF, gumbel_raw)
RAYLEIGH = Std(lambda y: y * mp.exp(-y * y / 2) if y >= 0 else mp.mpf(0),
               lambda y: -mp.expm1(-y * y / 2) if y >= 0 else mp.mpf(0),
               lambda y: mp.exp(-y * y / 2) if y >= 0 else mp.mpf(1), mp.mpf(0), INF,
               lambda n: mp.mpf(2) ** (mp.mpf(n) / 2) * mp.gamma(1 + mp.mpf(n) / 2))


def lognorm(s):
    s = mp.mpf(s)
    return Std(lambda y: mp.npdf(mp.log(y) / s) / (s * y) if y > 0 else mp.mpf(0),
               lambda y: mp.ncdf(mp.log(y) / s) if y > 0 else mp.mpf(0),
               lambda y: mp.ncdf(-mp.log(y) / s) if y > 0 else mp.mpf(1), mp.mpf(0), INF,
               lambda n: mp.exp(n * n * s * s / 2))


def weibull_min(c):
    c = mp.mpf(c)
    return Std(lambda y: c * y ** (c - 1) * mp.exp(-y ** c) if y > 0 else (mp.mpf(0) if y < 0 or c > 1 else (mp.mpf(1) if c == 1 else INF)),
               lambda y: -mp.expm1(-y ** c) if y > 0 else mp.mpf(0),
               lambda y: mp.exp(-y ** c) if y > 0 else mp.mpf(1), mp.mpf(0), INF,
               lambda n: mp.gamma(1 + n / c))


def pareto(b):
    b = mp.mpf(b)
    return Std(lambda y: b * y ** (-b - 1) if y >= 1 else mp.mpf(0),
               lambda y: -mp.expm1(-b * mp.log(y)) if y >= 1 else mp.mpf(0),
               lambda y: mp.exp(-b * mp.log(y)) if y >= 1 else mp.mpf(1), mp.mpf(1), INF,
               lambda n: b / (b - n) if n < b else INF)


TWO_SIDED = [-40, -38.5, -30, -20.5, -10.1, -5, -3.3, -1, -0.5, -1e-8, 0, 1e-300, 0.3, 1,
             2.5, 5, 10.1, 20, 30, 37.7, 40]
POSITIVE = [-1, 0, 1e-300, 1e-100, 1e-20, 1e-8, 1e-3, 0.1, 0.5, 1, 2, 3.7, 10, 30, 100, 700, 1e4]
LOCSCALES = [(0.0, 1.0), (3.0, 2.5), (-1e3, 1e-3)]

DISTS = {
    "norm": [(NORM, (), stats.norm, TWO_SIDED)],
    "expon": [(EXPON, (), stats.expon, POSITIVE)],
    "uniform": [(UNIFORM, (), stats.uniform, [-1, 0, 1e-300, 1e-20, 0.1, 0.5, 0.9, 1 - 2 ** -53, 1, 2])],
    "cauchy": [(CAUCHY, (), stats.cauchy, TWO_SIDED + [-1e20, 1e200])],
    "laplace": [(LAPLACE, (), stats.laplace, TWO_SIDED + [-700, 700])],
    "logistic": [(LOGISTIC, (), stats.logistic, TWO_SIDED + [-700, 700])],
    "gumbel_r": [(GUMBEL_R, (), stats.gumbel_r, [-6, -4, -3.3, -1, -0.5, 0, 0.3, 1, 2.5, 5, 10.1, 20, 40, 700])],
    "gumbel_l": [(mirror(GUMBEL_R), (), stats.gumbel_l, [-700, -40, -20, -10.1, -5, -2.5, -1, -0.3, 0, 0.5, 1, 3.3, 4, 6])],
    "rayleigh": [(RAYLEIGH, (), stats.rayleigh, POSITIVE[:-3] + [20, 37.5])],
    "lognorm": [(lognorm(s), (s,), lambda *a, s=s: stats.lognorm(s, *a), POSITIVE) for s in (0.25, 1.0, 3.0)],
    "weibull_min": [(weibull_min(c), (c,), lambda *a, c=c: stats.weibull_min(c, *a), POSITIVE[:-2] + [40]) for c in (0.5, 1.0, 2.5)],
    "weibull_max": [(mirror(weibull_min(c)), (c,), lambda *a, c=c: stats.weibull_max(c, *a), [-v for v in POSITIVE[:-2] + [40]]) for c in (0.5, 1.0, 2.5)],
    "pareto": [(pareto(b), (b,), lambda *a, b=b: stats.pareto(b, *a), [0, 1, 1 + 1e-12, 1.5, 2, 10, 1e3, 1e10, 1e100]) for b in (0.75, 2.5, 5.5)],
}


def main():
    names = sys.argv[1:] or list(DISTS)
    for name in names:
        out = []
        for s, shape, factory, ys in DISTS[name]:
            for loc, scale in LOCSCALES:
                out.append(case(s, factory(loc, scale), loc, scale, ys, shape))
        goldenlib.write("stats/" + name, out, GEN)


if __name__ == "__main__":
    main()
