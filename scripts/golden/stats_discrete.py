#!/usr/bin/env python3
"""Golden data for scipy/stats discrete distributions (issue 7) against mpmath.

Run with Debian's Python, which has SciPy and mpmath (scripts/install-deps.sh
golden):

    /usr/bin/python3 scripts/golden/stats_discrete.py [dist ...]

Writes testdata/stats/discrete_<dist>.json. For each distribution and
parameter set it records, at integer points reaching deep into both tails,
the PMF, CDF, SF and their logarithms, computed by mpmath at 60 significant
digits from the PMF formula: CDF and SF are exact sums of the PMF over the
tail on the point's side (the other one is 1 minus it, exact at 60 digits),
or closed forms (geom, dlaplace, randint, and the Hurwitz zeta function for
zipf's SF). Quantiles PPF(q) (smallest k with CDF(k) >= q) and ISF(q)
(smallest k with SF(k) <= q) come from an exact search on those values,
with a flag where a neighbour's CDF is within 1e-12 of q (a tie that
rounding may break either way). Moments are exact sums of k^n PMF(k) (or
zeta functions), and mean, variance, skewness, kurtosis and entropy follow
from them in mpmath. SciPy 1.10.1's values are recorded next to mpmath's
("scipy"), for information only.

For binom and nbinom, whose CDF or SF is an incomplete beta function at
1-p, "pslack" records the relative change of each value when p is replaced
by 1 - fl(1-p): what evaluating it at a rounded 1-p would cost (for
information; the Go implementation avoids that rounding where it matters).
"""

import math
import os
import sys
import warnings

import mpmath as mp
from scipy import stats

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import goldenlib  # noqa: E402

GEN = "scripts/golden/stats_discrete.py"
mp.mp.dps = 60
INF = mp.inf
warnings.simplefilter("ignore")

QS = [1e-300, 1e-100, 1e-30, 1e-10, 1e-5, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9,
      0.99, 1 - 1e-10, 1 - 2 ** -53]
BIG = 2 ** 53  # quantiles beyond are not integers in float64: not recorded (nan)
TINY = mp.mpf(10) ** -75  # relative size of a negligible term


class Dist:
    """A discrete distribution in mpmath: pmf(k) for integer k in [lo, hi],
    optional closed-form cdf/sf, mode (a starting point near the largest
    PMF), unimodal (whether sums may stop when terms become negligible)."""

    def __init__(self, pmf, lo, hi, mode, cdf=None, sf=None, unimodal=True, raw=None, entropy=None):
        self.pmf, self.lo, self.hi, self.mode = pmf, lo, hi, mode
        self._cdf, self._sf, self.unimodal = cdf, sf, unimodal
        self.raw, self._entropy = raw, entropy
        self.cache = {}

    def p(self, k):
        if k < self.lo or k > self.hi:
            return mp.mpf(0)
        if k not in self.cache:
            self.cache[k] = self.pmf(k)
        return self.cache[k]

    def sumrange(self, start, step, f=None):
        """Sum f(k)·pmf(k) from start in direction step to the end of the
        support, stopping when the terms are negligible and falling."""
        tot = mp.mpf(0)
        k = start
        prev = None
        n = 0
        while self.lo <= k <= self.hi:
            t = self.p(k)
            v = t if f is None else f(k, t)
            tot += v
            n += 1
            if self.unimodal and prev is not None and t < prev and abs(v) <= TINY * abs(tot) and t < TINY:
                break
            if self.unimodal and prev is not None and t < prev and t == 0:
                break
            prev = t
            k += step
            if n > 3_000_000:
                raise RuntimeError("sum does not converge")
        return tot

    def cdf_sf(self, k):
        """(CDF(k), SF(k)) exactly: the tail on k's side of the mode summed,
        the other as 1 minus it."""
        if k < self.lo:
            return mp.mpf(0), mp.mpf(1)
        if k >= self.hi:
            return mp.mpf(1), mp.mpf(0)
        if self._cdf is not None:
            return self._cdf(k), self._sf(k)
        if k < self.mode:
            c = self.sumrange(k, -1)
            return c, 1 - c
        s = self.sumrange(k + 1, 1)
        return 1 - s, s

    def search(self, test):
        """Smallest integer k in [lo, hi] with test(k) (monotone)."""
        lo = self.lo - 1 if self.lo != -INF else None
        hi = self.hi if self.hi != INF else None
        g = int(self.mode)
        if test(g):
            hi, step = g, 1
            while True:
                c = hi - step
                if c < -BIG:
                    return -BIG
                if lo is not None and c <= lo:
                    break
                if not test(c):
                    lo = c
                    break
                hi, step = c, step * 2
        else:
            lo, step = g, 1
            while True:
                c = lo + step
                if c > BIG:
                    return BIG
                if hi is not None and c >= hi:
                    break
                if test(c):
                    hi = c
                    break
                lo, step = c, step * 2
        while hi - lo > 1:
            m = (lo + hi) // 2
            if test(m):
                hi = m
            else:
                lo = m
        return hi


def logf(v):
    return float(mp.log(v)) if v > 0 else float("-inf")


def logp(v, other):
    if v > 0.5:
        return float(mp.log1p(-other))
    return logf(v)


def fl(x):
    """float of an mpmath integer or infinity."""
    return float(x)


def quantiles(d):
    rows = []
    for q in QS:
        qm = mp.mpf(q)
        k = d.search(lambda k: d.cdf_sf(k)[0] >= qm if q <= 0.5 else d.cdf_sf(k)[1] <= 1 - qm)
        tie = abs(k) < BIG and (near(d.cdf_sf(k)[0], qm) or near(d.cdf_sf(k - 1)[0], qm))
        ki = d.search(lambda k: d.cdf_sf(k)[1] <= qm)
        tie_i = abs(ki) < BIG and (near(d.cdf_sf(ki)[1], qm) or near(d.cdf_sf(ki - 1)[1], qm))
        rows.append({"q": q, "ppf": fl(k) if abs(k) < BIG else math.nan, "isf": fl(ki) if abs(ki) < BIG else math.nan,
                     "ppf_tie": tie, "isf_tie": tie_i})
    return rows


def near(v, q):
    return v > 0 and abs(v - q) <= mp.mpf(1e-12) * q


def moments_of(d):
    """Raw moments E[Y^n], n = 0..6, by exact sums (or d.raw)."""
    out = [mp.mpf(1)]
    for n in range(1, 7):
        if d.raw is not None:
            out.append(d.raw(n))
            continue
        m = int(d.mode)
        f = lambda k, t, n=n: mp.mpf(k) ** n * t
        out.append(d.sumrange(m, 1, f) + d.sumrange(m - 1, -1, f))
    return out


def entropy_of(d):
    if d._entropy is not None:
        return d._entropy()
    m = int(d.mode)
    f = lambda k, t: -t * mp.log(t) if t > 0 else mp.mpf(0)
    return d.sumrange(m, 1, f) + d.sumrange(m - 1, -1, f)


def case(d, params, loc, ks, frozen, pslack_dist=None):
    rows = []
    for k in ks:
        pm = d.p(k)
        c, s = d.cdf_sf(k)
        row = {"k": float(k + loc), "pmf": float(pm), "logpmf": logf(pm), "cdf": float(c),
               "logcdf": logp(c, s), "sf": float(s), "logsf": logp(s, c)}
        if pslack_dist is not None:
            c2, s2 = pslack_dist.cdf_sf(k)
            sl = 0.0
            for a, b in ((c, c2), (s, s2)):
                if a > 0:
                    sl = max(sl, float(abs(a - b) / a))
            row["pslack"] = sl
        x = k + loc
        row["scipy"] = scipy_point(frozen, x)
        rows.append(row)
    qrows = quantiles(d)
    for r in qrows:
        r["ppf"] += loc
        r["isf"] += loc
        r["scipy"] = [frozen.ppf(r["q"]), frozen.isf(r["q"])] if frozen.dist.name != "zipf" else [math.nan, math.nan]
    raw = moments_of(d)
    m1, m2, m3, m4 = raw[1:5]
    if all(mp.isfinite(v) for v in (m1, m2, m3, m4)) and m2 - m1 ** 2 > 0:
        v = m2 - m1 ** 2
        mu3 = m3 - 3 * m1 * m2 + 2 * m1 ** 3
        mu4 = m4 - 4 * m1 * m3 + 6 * m1 ** 2 * m2 - 3 * m1 ** 4
        mean, var = float(loc + m1), float(v)
        skew, kurt = mu3 / v ** mp.mpf(1.5), float(mu4 / v ** 2 - 3)
        # A symmetric distribution's third central moment cancels to
        # rounding noise of the 60-digit sums: it is 0.
        skew = 0.0 if abs(skew) < mp.mpf(10) ** -40 else float(skew)
        std = float(mp.sqrt(v))
    else:
        mean, var, skew, kurt = (float(x) for x in frozen.stats(moments="mvsk"))
        std = frozen.std()
    moments, mcond = [1.0], [1.0]
    for n in range(1, 7):
        tot, mag = mp.mpf(0), mp.mpf(0)
        for j in range(n + 1):
            if loc == 0 and j < n:
                continue
            term = mp.binomial(n, j) * mp.mpf(loc) ** (n - j) * raw[j]
            tot += term
            mag += abs(term)
        if mp.isfinite(tot) and abs(tot) < mp.mpf(10) ** -40 * mag:
            # An odd moment of a distribution symmetric about 0: the sums'
            # rounding noise. It is 0, and mag is the absolute scale of
            # the float64 evaluation's cancellation.
            moments.append(0.0)
            mcond.append(float(mag))
            continue
        moments.append(float(tot))
        mcond.append(float(mag / abs(tot)) if mp.isfinite(tot) and tot != 0 else 1.0)
    med = [r for r in qrows if r["q"] == 0.5][0]["ppf"]
    tail = mp.mpf(0.025)
    lo = d.search(lambda k: d.cdf_sf(k)[0] >= tail) + loc
    hi = d.search(lambda k: d.cdf_sf(k)[1] <= tail) + loc
    return {
        "params": list(params), "loc": loc, "points": rows, "quantiles": qrows,
        "mean": mean, "var": var, "std": std, "skew": skew, "kurtosis": kurt,
        "entropy": float(entropy_of(d)), "median": med, "interval95": [fl(lo) if abs(lo) < BIG else math.nan, fl(hi) if abs(hi) < BIG else math.nan],
        "moments": moments, "moment_cond": mcond,
        "scipy_stats": [float(x) for x in frozen.stats(moments="mvsk")] + [float(frozen.entropy()) if frozen.dist.name != "zipf" else math.nan],
    }


def scipy_point(frozen, x):
    """SciPy's values at x; NaN where SciPy's generic summation would
    need an array of more than 1e7 terms (zipf, betabinom far out)."""
    if abs(x) > 1e7 and frozen.dist.name in ("zipf", "betabinom"):
        return [frozen.pmf(x), frozen.logpmf(x), math.nan, math.nan, math.nan, math.nan]
    return [frozen.pmf(x), frozen.logpmf(x), frozen.cdf(x), frozen.logcdf(x), frozen.sf(x), frozen.logsf(x)]


def tail_points(d, extra=()):
    """Integer points: the ends, quantiles deep in both tails, points where
    the PMF underflows float64 (to exercise the log-tail series), extra."""
    pts = set(int(x) for x in extra)
    if d.lo != -INF:
        pts.update([int(d.lo), int(d.lo) + 1, int(d.lo) + 2])
    if d.hi != INF:
        pts.update([int(d.hi), int(d.hi) - 1, int(d.hi) - 2])
    for q in (1e-300, 1e-30, 1e-8, 0.1, 0.5):
        qm = mp.mpf(q)
        pts.add(d.search(lambda k: d.cdf_sf(k)[0] >= qm))
        pts.add(d.search(lambda k: d.cdf_sf(k)[1] <= qm))
    # Where SF first drops below 1e-330 (log-tail series territory).
    if d.hi == INF or d.hi - d.mode > 50:
        deep = mp.mpf(10) ** -330
        pts.add(d.search(lambda k: d.cdf_sf(k)[1] <= deep))
    if d.lo == -INF or d.mode - d.lo > 50:
        deep = mp.mpf(10) ** -330
        pts.add(d.search(lambda k: d.cdf_sf(k)[0] >= deep) - 1)
    pts.add(int(d.mode))
    return sorted(k for k in pts if d.lo <= k <= d.hi and abs(k) < BIG)


def binom(n, p):
    pm = mp.mpf(p)
    return Dist(lambda k: mp.binomial(n, k) * pm ** k * (1 - pm) ** (n - k), 0, n,
                min(n, int(math.floor((n + 1) * p))))


def poisson(mu):
    m = mp.mpf(mu)
    return Dist(lambda k: mp.exp(-m + k * mp.log(m) - mp.loggamma(k + 1)) if k > 0 else mp.exp(-m), 0, INF,
                int(math.floor(mu)))


def geom(p):
    pm = mp.mpf(p)
    return Dist(lambda k: (1 - pm) ** (k - 1) * pm, 1, INF, 1,
                cdf=lambda k: 1 - (1 - pm) ** k, sf=lambda k: (1 - pm) ** k,
                raw=lambda n: mp.nsum(lambda k: k ** n * (1 - pm) ** (k - 1) * pm, [1, INF]))


def nbinom(n, p):
    nm, pm = mp.mpf(n), mp.mpf(p)
    mode = int(math.floor((n - 1) * (1 - p) / p)) if n > 1 else 0
    return Dist(lambda k: mp.exp(mp.loggamma(nm + k) - mp.loggamma(nm) - mp.loggamma(k + 1)
                                 + nm * mp.log(pm) + k * mp.log1p(-pm)), 0, INF, mode)


def hypergeom(M, n, N):
    lo, hi = max(0, N - (M - n)), min(n, N)
    den = mp.binomial(M, N)
    mode = int(math.floor((N + 1) * (n + 1) / (M + 2)))
    return Dist(lambda k: mp.binomial(n, k) * mp.binomial(M - n, N - k) / den, lo, hi, max(lo, min(hi, mode)))


def betabinom(n, a, b):
    am, bm = mp.mpf(a), mp.mpf(b)
    den = mp.beta(am, bm)
    ushape = a < 1 and b < 1
    mode = (0 if a < b else n) if ushape else max(0, min(n, int(n * a / (a + b))))
    return Dist(lambda k: mp.binomial(n, k) * mp.beta(k + am, n - k + bm) / den, 0, n, mode,
                unimodal=not ushape)


def zipf(a):
    am = mp.mpf(a)
    z = mp.zeta(am)
    return Dist(lambda k: mp.mpf(k) ** -am / z, 1, INF, 1,
                cdf=lambda k: (z - mp.zeta(am, k + 1)) / z, sf=lambda k: mp.zeta(am, k + 1) / z,
                raw=lambda n: mp.zeta(am - n) / z if n < a - 1 else INF,
                entropy=lambda: mp.log(z) - am * mp.zeta(am, 1, 1) / z)


def dlaplace(a):
    am = mp.mpf(a)
    t = mp.tanh(am / 2)
    z = mp.exp(-am)

    def cdf(k):
        if k >= 0:
            return 1 - z ** (k + 1) / (1 + z)
        return z ** (-k) / (1 + z)

    def sf(k):
        if k >= 0:
            return z ** (k + 1) / (1 + z)
        return 1 - z ** (-k) / (1 + z)

    return Dist(lambda k: t * mp.exp(-am * abs(k)), -INF, INF, 0, cdf=cdf, sf=sf,
                raw=lambda n: mp.mpf(0) if n % 2 else 2 * t * mp.polylog(-n, z),
                entropy=lambda: am / mp.sinh(am) - mp.log(t))


def randint(low, high):
    d = mp.mpf(high - low)
    return Dist(lambda k: 1 / d, low, high - 1, low,
                cdf=lambda k: (k - low + 1) / d, sf=lambda k: (high - 1 - k) / d, unimodal=False)


def pslack_p(p):
    """1 - fl(1-p): the p that a rounded complement represents."""
    return 1 - mp.mpf(1 - p)


# name: [(mp dist, params, loc, scipy frozen, slack dist or None)]
def cases(name):
    if name == "binom":
        for n, p, loc in [(10, 0.3, 0), (1, 0.3, 0), (1000, 0.5, 0), (1000, 0.03, -5), (100000, 0.3, 0),
                          (30, 0.9, 2), (50000, 1e-4, 0)]:
            yield binom(n, p), (n, p), loc, stats.binom(n, p, loc=loc), binom_slack(n, p)
    elif name == "bernoulli":
        for p, loc in [(0.3, 0), (0.75, 2), (1e-10, 0)]:
            yield binom(1, p), (p,), loc, stats.bernoulli(p, loc=loc), binom_slack(1, p)
    elif name == "poisson":
        for mu, loc in [(0.5, 0), (7.5, 0), (1000, 3), (1e5, 0), (1e-3, 0), (30, -10)]:
            yield poisson(mu), (mu,), loc, stats.poisson(mu, loc=loc), None
    elif name == "geom":
        for p, loc in [(0.3, 0), (1e-3, 0), (0.9, -1), (1.0, 0)]:
            yield geom(p), (p,), loc, stats.geom(p, loc=loc), None
    elif name == "nbinom":
        for n, p, loc in [(5, 0.3, 0), (0.5, 0.1, 0), (100.5, 0.7, 0), (1e4, 0.5, 0), (3, 0.95, 1)]:
            yield nbinom(n, p), (n, p), loc, stats.nbinom(n, p, loc=loc), nbinom_slack(n, p)
    elif name == "hypergeom":
        for M, n, N, loc in [(20, 7, 12, 0), (1000, 300, 200, 0), (100000, 50000, 3000, 0), (50, 45, 40, 1), (10, 0, 4, 0)]:
            yield hypergeom(M, n, N), (M, n, N), loc, stats.hypergeom(M, n, N, loc=loc), None
    elif name == "betabinom":
        for n, a, b, loc in [(10, 2.5, 1.5, 0), (100, 0.5, 0.5, 0), (500, 20, 30, 0), (50, 0.3, 4, 0), (40, 3.0, 3.0, -20)]:
            yield betabinom(n, a, b), (n, a, b), loc, stats.betabinom(n, float(a), float(b), loc=loc), None
    elif name == "zipf":
        for a, loc in [(1.5, 0), (2.5, 0), (6.5, 0), (1.05, 0), (3.5, -1)]:
            yield zipf(a), (a,), loc, stats.zipf(a, loc=loc), None
    elif name == "dlaplace":
        for a, loc in [(0.1, 0), (0.8, 0), (5.0, 0), (0.8, 7)]:
            yield dlaplace(a), (a,), loc, stats.dlaplace(a, loc=loc), None
    elif name == "randint":
        for low, high, loc in [(-3, 5, 0), (0, 1000, 0), (5, 6, 0), (2, 9, -4)]:
            yield randint(low, high), (low, high), loc, stats.randint(low, high, loc=loc), None


def binom_slack(n, p):
    if pslack_p(p) == mp.mpf(p):
        return None
    return binom_mp(n, pslack_p(p))


def binom_mp(n, pm):
    return Dist(lambda k: mp.binomial(n, k) * pm ** k * (1 - pm) ** (n - k), 0, n,
                min(n, int(math.floor((n + 1) * float(pm)))))


def nbinom_slack(n, p):
    if pslack_p(p) == mp.mpf(p):
        return None
    nm, pm = mp.mpf(n), pslack_p(p)
    mode = int(math.floor((n - 1) * (1 - p) / p)) if n > 1 else 0
    return Dist(lambda k: mp.exp(mp.loggamma(nm + k) - mp.loggamma(nm) - mp.loggamma(k + 1)
                                 + nm * mp.log(pm) + k * mp.log1p(-pm)), 0, INF, mode)


EXTRA = {"zipf": [2, 3, 10, 39, 40, 41, 100, 1000, 10 ** 6, 10 ** 12, 10 ** 15],
         "dlaplace": [-3, -1, 1, 2, 50],
         "poisson": [1, 2, 5, 20]}

NAMES = ["binom", "bernoulli", "poisson", "geom", "nbinom", "hypergeom", "betabinom", "zipf", "dlaplace", "randint"]


def main():
    names = sys.argv[1:] or NAMES
    for name in names:
        out = []
        for d, params, loc, frozen, slack in cases(name):
            ks = tail_points(d, EXTRA.get(name, ()))
            out.append(case(d, params, loc, ks, frozen, slack))
            print(name, params, loc, len(ks), "points", file=sys.stderr)
        goldenlib.write("stats/discrete_" + name, out, GEN)


if __name__ == "__main__":
    main()
