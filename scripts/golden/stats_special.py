#!/usr/bin/env python3
"""Golden data for scipy/stats (issue 7, point 2): the continuous
distributions built on special functions, against mpmath.

Run with Debian's Python, which has SciPy and mpmath:

    /usr/bin/python3 scripts/golden/stats_special.py [dist ...]

Writes testdata/stats/<dist>.json in the format of scripts/golden/stats.py,
whose helpers (Std, mirror, quantile, case) it loads as a module: mpmath's
density, CDF, SF and their logarithms at points deep in both tails, PPF and
ISF at probabilities down to 1e-300 (60 significant digits), raw moments
from closed forms (mpmath quadrature where there is none), and SciPy's
statistics. Where SciPy 1.10 is less accurate than our target, mpmath's
values replace SciPy's in the statistics: the entropy (closed forms, or
quadrature), the median and 95% interval (mpmath quantiles; SciPy's t
interval is off by 2e-11) and the standard deviation (the square root of
the exact variance). skewnorm and vonmises, whose CDFs are
quadratures, use a safeguarded Newton quantile instead of the
bisection of stats.py, and skewnorm keeps to a·|y| ≤ 13 on its light side
(see skewnorm()). Infinite shape parameters (truncnorm) are written as
±MaxFloat64.
"""

import importlib.util
import math
import os
import sys

import mpmath as mp
from scipy import stats

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import goldenlib  # noqa: E402

_spec = importlib.util.spec_from_file_location("goldstats", os.path.join(HERE, "stats.py"))
gs = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gs)

GEN = "scripts/golden/stats_special.py"
mp.mp.dps = 60
INF = mp.inf
Std = gs.Std
ZERO, ONE = mp.mpf(0), mp.mpf(1)


def gamma(a):
    a = mp.mpf(a)

    def pdf(y):
        if y < 0 or y == INF:
            return ZERO
        if y == 0:
            return INF if a < 1 else (ONE if a == 1 else ZERO)
        return mp.exp((a - 1) * mp.log(y) - y - mp.loggamma(a))
    return Std(pdf,
               lambda y: mp.gammainc(a, 0, y, regularized=True) if y > 0 else ZERO,
               lambda y: mp.gammainc(a, y, INF, regularized=True) if y > 0 else ONE,
               ZERO, INF, lambda n: mp.rf(a, n))


def scaled(s, k):
    """The distribution of k·Y."""
    k = mp.mpf(k)
    return Std(lambda y: s.pdf(y / k) / k, lambda y: s.cdf(y / k), lambda y: s.sf(y / k),
               s.lo * k, s.hi * k, lambda n: k ** n * s.raw(n))


def chi2(df):
    s = scaled(gamma(mp.mpf(df) / 2), 2)
    a = mp.mpf(df) / 2
    s.ent = lambda: gamma_ent(a) + mp.log(2)
    return s


def gamma_ent(a):
    return a + mp.loggamma(a) + (1 - a) * mp.digamma(a)


def beta(a, b):
    a, b = mp.mpf(a), mp.mpf(b)

    def pdf(y):
        if y < 0 or y > 1:
            return ZERO
        if y == 0:
            return INF if a < 1 else (b if a == 1 else ZERO)
        if y == 1:
            return INF if b < 1 else (a if b == 1 else ZERO)
        return y ** (a - 1) * (1 - y) ** (b - 1) / mp.beta(a, b)
    s = Std(pdf,
            lambda y: ZERO if y <= 0 else (ONE if y >= 1 else mp.betainc(a, b, 0, y, regularized=True)),
            lambda y: ONE if y <= 0 else (ZERO if y >= 1 else mp.betainc(b, a, 0, 1 - y, regularized=True)),
            ZERO, ONE, lambda n: mp.rf(a, n) / mp.rf(a + b, n))
    s.ent = lambda: mp.log(mp.beta(a, b)) - (a - 1) * mp.digamma(a) - (b - 1) * mp.digamma(b) + (a + b - 2) * mp.digamma(a + b)
    return s


def t(df):
    df = mp.mpf(df)

    def half(y):  # P(T < -|y|)
        if abs(y) == INF:
            return ZERO
        return mp.betainc(df / 2, mp.mpf(1) / 2, 0, df / (df + y * y), regularized=True) / 2

    def raw(n):
        if n >= df:
            return INF if n % 2 == 0 or n == 1 else mp.nan
        if n % 2:
            return ZERO
        return df ** (n // 2) * mp.gamma(mp.mpf(n + 1) / 2) * mp.gamma((df - n) / 2) / (mp.sqrt(mp.pi) * mp.gamma(df / 2))
    s = Std(lambda y: (1 + y * y / df) ** (-(df + 1) / 2) / (mp.sqrt(df) * mp.beta(df / 2, mp.mpf(1) / 2)) if abs(y) != INF else ZERO,
            lambda y: half(y) if y < 0 else 1 - half(y),
            lambda y: half(y) if y > 0 else 1 - half(y), -INF, INF, raw)
    s.ent = lambda: (df + 1) / 2 * (mp.digamma((df + 1) / 2) - mp.digamma(df / 2)) + mp.log(mp.sqrt(df) * mp.beta(df / 2, mp.mpf(1) / 2))
    return s


def f(m, n):
    m, n = mp.mpf(m), mp.mpf(n)

    def pdf(y):
        if y < 0 or y == INF:
            return ZERO
        if y == 0:
            return INF if m < 2 else (ONE if m == 2 else ZERO)
        r = m * y / n
        return r ** (m / 2) * (1 + r) ** (-(m + n) / 2) / (y * mp.beta(m / 2, n / 2))

    def raw(k):
        if k >= n / 2:
            return INF
        return (n / m) ** k * mp.gamma(m / 2 + k) * mp.gamma(n / 2 - k) / (mp.gamma(m / 2) * mp.gamma(n / 2))
    s = Std(pdf,
            lambda y: ZERO if y <= 0 else (ONE if y == INF else mp.betainc(m / 2, n / 2, 0, m * y / (n + m * y), regularized=True)),
            lambda y: ONE if y <= 0 else (ZERO if y == INF else mp.betainc(n / 2, m / 2, 0, n / (n + m * y), regularized=True)),
            ZERO, INF, raw)
    s.ent = lambda: (mp.log(n / m) + mp.log(mp.beta(m / 2, n / 2)) + (1 - m / 2) * mp.digamma(m / 2)
                     - (1 + n / 2) * mp.digamma(n / 2) + (m + n) / 2 * mp.digamma((m + n) / 2))
    return s


def invgamma(a):
    a = mp.mpf(a)

    def pdf(y):
        if y <= 0 or y == INF:
            return ZERO
        return mp.exp(-(a + 1) * mp.log(y) - 1 / y - mp.loggamma(a))
    s = Std(pdf,
            lambda y: ZERO if y <= 0 else mp.gammainc(a, 1 / y, INF, regularized=True),
            lambda y: ONE if y <= 0 else mp.gammainc(a, 0, 1 / y, regularized=True),
            ZERO, INF, lambda n: mp.gamma(a - n) / mp.gamma(a) if n < a else INF)
    s.ent = lambda: a - (a + 1) * mp.digamma(a) + mp.loggamma(a)
    return s


def maxwell():
    s = Std(lambda y: mp.sqrt(2 / mp.pi) * y * y * mp.exp(-y * y / 2) if 0 <= y < INF else ZERO,
            lambda y: mp.gammainc(mp.mpf(3) / 2, 0, y * y / 2, regularized=True) if y > 0 else ZERO,
            lambda y: mp.gammainc(mp.mpf(3) / 2, y * y / 2, INF, regularized=True) if y > 0 else ONE,
            ZERO, INF, lambda n: 2 ** (mp.mpf(n) / 2) * mp.gamma((3 + mp.mpf(n)) / 2) / mp.gamma(mp.mpf(3) / 2))
    s.ent = lambda: mp.euler + mp.log(2 * mp.pi) / 2 - mp.mpf(1) / 2
    return s


def genpareto(c):
    c = mp.mpf(c)
    hi = -1 / c if c < 0 else INF

    def haz(y):
        return y if c == 0 else mp.log1p(c * y) / c

    def pdf(y):
        if y < 0 or y > hi or y == INF:
            return ZERO
        if y == hi:
            return ONE if c == -1 else (ZERO if c > -1 else INF)
        return mp.exp(-haz(y)) / (1 + c * y)

    def raw(n):
        if c * n >= 1:
            return INF
        return mp.factorial(n) / mp.fprod(1 - k * c for k in range(1, n + 1))
    s = Std(pdf,
            lambda y: ZERO if y <= 0 else (ONE if y >= hi else -mp.expm1(-haz(y))),
            lambda y: ONE if y <= 0 else (ZERO if y >= hi else mp.exp(-haz(y))),
            ZERO, hi, raw)
    s.ent = lambda: 1 + c
    return s


def genextreme(c):
    c = mp.mpf(c)
    lo, hi = (-INF, 1 / c) if c > 0 else ((1 / c, INF) if c < 0 else (-INF, INF))

    def logt(y):
        return -y if c == 0 else mp.log1p(-c * y) / c

    def pdf(y):
        if y < lo or y > hi or abs(y) == INF:
            return ZERO
        if y == lo:
            return ZERO
        if y == hi:
            return ONE if c == 1 else (ZERO if c < 1 else INF)
        t = mp.exp(logt(y))
        return t ** (1 - c) * mp.exp(-t)

    def raw(n):
        if c == 0:
            return gs.gumbel_raw(n)
        if float(c) == -1.0 / n:  # SciPy's boundary, in float64
            return INF
        if float(c) < -1.0 / n:
            return mp.nan
        return mp.fsum(mp.binomial(n, k) * (-1) ** k * mp.gamma(1 + k * c) for k in range(n + 1)) / c ** n
    s = Std(pdf,
            lambda y: ZERO if y <= lo else (ONE if y >= hi else mp.exp(-mp.exp(logt(y)))),
            lambda y: ONE if y <= lo else (ZERO if y >= hi else -mp.expm1(-mp.exp(logt(y)))),
            lo, hi, raw)
    s.ent = lambda: mp.euler * (1 - c) + 1
    return s


def triang(c):
    c = mp.mpf(c)

    def pdf(y):
        if y < 0 or y > 1:
            return ZERO
        if y < c:
            return 2 * y / c
        return 2 * y if c == 1 else 2 * (1 - y) / (1 - c)

    def cdf(y):
        if y <= 0:
            return ZERO
        if y >= 1:
            return ONE
        return y * y / c if y < c else c + (y - c) * (2 - c - y) / (1 - c)

    def sf(y):
        if y <= 0:
            return ONE
        if y >= 1:
            return ZERO
        return (1 - c) + (c - y) * (c + y) / c if y < c else (1 - y) ** 2 / (1 - c)
    s = Std(pdf, cdf, sf, ZERO, ONE, lambda n: 2 * mp.fsum(c ** k for k in range(n + 1)) / ((n + 1) * (n + 2)))
    s.ent = lambda: mp.mpf(1) / 2 - mp.log(2)
    return s


def genpareto_ys(c):
    if c >= 0:
        return POS + [1e4, 1e100]
    e = -1 / c
    return [-1, 0, 1e-300, 1e-100, 1e-20, 1e-8, 1e-3, 0.1, 0.5, 1, e / 2, e - 1e-3, e - 1e-12, e, e + 1]


def genextreme_ys(c):
    if c == 0:
        return [-6, -4, -3.3, -1, -0.5, 0, 0.3, 1, 2.5, 5, 10.1, 20, 40, 700]
    e = 1 / c
    if c > 0:
        return [-1e4, -700, -40, -10, -5, -1, -0.5, 0, 0.3, e / 2, e - 1e-3, e - 1e-12, e, e + 1]
    return [e - 1, e, e + 1e-12, e + 1e-3, e / 2, -1, 0, 0.5, 1, 3, 10, 30, 100, 1e4, 1e10]


def truncnorm(a, b):
    a, b = mp.mpf(a), mp.mpf(b)

    def mass(u, v):  # Φ(v) - Φ(u) without cancellation at 60 digits
        if v <= 0:
            return mp.ncdf(v) - mp.ncdf(u)
        if u >= 0:
            return mp.ncdf(-u) - mp.ncdf(-v)
        return 1 - mp.ncdf(u) - mp.ncdf(-v)
    z = mass(a, b)

    def phi(x):
        return ZERO if abs(x) == INF else mp.npdf(x)

    def xphi(x, k):
        return ZERO if abs(x) == INF else x ** k * mp.npdf(x)

    def raw(n):
        m = [ONE, (phi(a) - phi(b)) / z]
        for k in range(2, n + 1):
            m.append((k - 1) * m[k - 2] + (xphi(a, k - 1) - xphi(b, k - 1)) / z)
        return m[n]
    s = Std(lambda y: mp.npdf(y) / z if a <= y <= b and abs(y) != INF else ZERO,
            lambda y: ZERO if y <= a else (ONE if y >= b else mass(a, y) / z),
            lambda y: ONE if y <= a else (ZERO if y >= b else mass(y, b) / z),
            a, b, raw)
    s.ent = lambda: mp.log(mp.sqrt(2 * mp.pi * mp.e) * z) + (xphi(a, 1) - xphi(b, 1)) / (2 * z)
    return s


def truncnorm_ys(a, b):
    inf = float("inf")
    lo = a if a > -inf else -40.0
    hi = b if b < inf else 40.0
    ys = [lo + (hi - lo) * k / 8 for k in range(9)]
    ys += [lo + 1e-12 * max(1, abs(lo)), lo + 1e-6, hi - 1e-6, hi - 1e-12 * max(1, abs(hi))]
    if a > -inf:
        ys.append(a - 1)
    if b < inf:
        ys.append(b + 1)
    return sorted(set(ys))


def exponweib(a, c):
    a, c = mp.mpf(a), mp.mpf(c)

    def logcdf(y):  # log1p keeps the far upper tail, e^{-t} < 1e-60
        t = y ** c
        return a * (mp.log1p(-mp.exp(-t)) if t > 1 else mp.log(-mp.expm1(-t)))

    def pdf(y):
        if y <= 0 or y == INF:
            if y == 0:
                return INF if a * c < 1 else (a * c if a * c == 1 else ZERO)
            return ZERO
        t = y ** c
        return a * c * (-mp.expm1(-t)) ** (a - 1) * mp.exp(-t) * y ** (c - 1)

    def g(t):  # density of T = Y^c
        return a * (-mp.expm1(-t)) ** (a - 1) * mp.exp(-t)
    s = Std(pdf,
            lambda y: ZERO if y <= 0 else (ONE if y == INF else mp.exp(logcdf(y))),
            lambda y: ONE if y <= 0 else (ZERO if y == INF else -mp.expm1(logcdf(y))),
            ZERO, INF, lambda n: mp.quad(lambda t: t ** (n / c) * g(t), [0, 1, 10, 100, INF]))
    s.ent = lambda: -mp.quad(lambda y: pdf(y) * mp.log(pdf(y)) if pdf(y) > 0 else ZERO, [0, 0.5, 1, 2, 5, 20, INF])
    return s


def owen_t(h, b):
    """Owen's T by quadrature with breakpoints at multiples of 1/|h|, where
    the integrand's Gaussian peak at x = 0 lives."""
    h, b = abs(mp.mpf(h)), mp.mpf(b)
    sign = 1 if b >= 0 else -1
    b = abs(b)
    if h == 0:
        return sign * mp.atan(b) / (2 * mp.pi)
    pts = [ZERO] + [mp.mpf(k) / h for k in (0.5, 1, 2, 3, 4, 6, 8, 12, 16, 24, 32) if mp.mpf(k) / h < b] + [b]
    # The factor e^{-h²/2} is taken out: mp.quad's tolerance is absolute,
    # and an integrand of size e^{-450} would count as converged at once.
    return sign * mp.exp(-h * h / 2) * mp.quad(lambda x: mp.exp(-h * h * x * x / 2) / (1 + x * x), pts) / (2 * mp.pi)


def skewnorm(a):
    """CDF = Φ(y) - 2T(y, a), SF = Φ(-y) + 2T(y, a). On the light side
    (a·y < 0) one of them cancels by up to e^{-a²y²/2}; the points and
    quantiles are kept where that is above 1e-40 (a·|y| ≤ 13), so 20 of
    the 60 digits survive."""
    a = mp.mpf(a)

    def pdf(y):
        return ZERO if abs(y) == INF else 2 * mp.npdf(y) * mp.ncdf(a * y)

    def cdf(y):
        if y == -INF:
            return ZERO
        if y == INF:
            return ONE
        return mp.ncdf(y) - 2 * owen_t(y, a)

    def sf(y):
        if y == INF:
            return ZERO
        if y == -INF:
            return ONE
        return mp.ncdf(-y) + 2 * owen_t(y, a)

    def raw(n):
        d = a / mp.sqrt(1 + a * a)
        b = mp.sqrt(2 / mp.pi)
        if n % 2 == 0:
            return mp.fac2(n - 1)
        return {1: b * d, 3: b * (3 * d - d ** 3), 5: b * (15 * d - 10 * d ** 3 + 3 * d ** 5)}[n]
    s = Std(pdf, cdf, sf, -INF, INF, raw)
    s.ent = lambda: -mp.quad(lambda y: pdf(y) * mp.log(pdf(y)) if pdf(y) > 0 else ZERO,
                             [-INF, -4, -2, -1, -0.5, 0, 0.5, 1, 2, 4, INF])
    return s


def skewnorm_ys(a):
    return [y for y in gs.TWO_SIDED if a * y >= 0 or abs(a * y) <= 13]


def vonmises(k):
    k = mp.mpf(k)
    norm = 2 * mp.pi * mp.besseli(0, k)

    def pdf(y):
        return mp.exp(k * mp.cos(y)) / norm if -mp.pi <= y <= mp.pi else ZERO

    def cdf(y):
        if y <= -mp.pi:
            return ZERO
        if y >= mp.pi:
            return ONE
        return mp.quad(pdf, [-mp.pi, y] if y <= 0 else [-mp.pi, 0, y])

    def sf(y):
        if y <= -mp.pi:
            return ONE
        if y >= mp.pi:
            return ZERO
        return mp.quad(pdf, [y, mp.pi] if y >= 0 else [y, 0, mp.pi])
    s = Std(pdf, cdf, sf, -mp.pi, mp.pi,
            lambda n: ZERO if n % 2 else 2 * mp.quad(lambda y: y ** n * pdf(y), [0, mp.pi]))
    s.ent = lambda: -k * mp.besseli(1, k) / mp.besseli(0, k) + mp.log(norm)
    return s


def invgauss(mu):
    mu = mp.mpf(mu)

    def uv(y):
        sy = mp.sqrt(y)
        return (y / mu - 1) / sy, (y / mu + 1) / sy

    def pdf(y):
        if y <= 0 or y == INF:
            return ZERO
        return mp.exp(-(y - mu) ** 2 / (2 * y * mu * mu)) / mp.sqrt(2 * mp.pi * y ** 3)

    def cdf(y):
        if y <= 0:
            return ZERO
        if y == INF:
            return ONE
        u, v = uv(y)
        return mp.ncdf(u) + mp.exp(2 / mu) * mp.ncdf(-v)

    def sf(y):  # cancels by (v-u)/u ~ 2μ/y: a few of the 60 digits
        if y <= 0:
            return ONE
        if y == INF:
            return ZERO
        u, v = uv(y)
        return mp.ncdf(-u) - mp.exp(2 / mu) * mp.ncdf(-v)

    def raw(n):
        return mu ** n * mp.fsum(mp.factorial(n - 1 + k) / (mp.factorial(k) * mp.factorial(n - 1 - k)) * (mu / 2) ** k
                                 for k in range(n))
    s = Std(pdf, cdf, sf, ZERO, INF, raw)
    s.ent = lambda: -mp.quad(lambda y: pdf(y) * mp.log(pdf(y)) if pdf(y) > 0 else ZERO,
                             [0, mu / 10, mu, 10 * mu, 100 * mu, INF])
    return s


def newton_quantile(s, q):
    """The y with cdf(y) = q by Newton's method on log cdf (or log sf
    above the median), both concave for a log-concave density, from a
    normal-tail start: a few steps where bisection needs hundreds of the
    (quadrature-priced) evaluations."""
    q = mp.mpf(q)
    lower = q < mp.mpf(1) / 2
    target = mp.log(q if lower else 1 - q)
    y = mp.mpf(float(stats.norm.ppf(float(q)))) if 1e-300 < q < 1 - 1e-16 else (mp.mpf(-40) if lower else mp.mpf(40))
    lo, hi = s.lo, s.hi  # a bracket, for the bisection safeguard
    if lo != -INF:
        y = min(max(y, lo + (hi - lo) / 1000), hi - (hi - lo) / 1000)
    for _ in range(400):
        if lower:
            c = s.cdf(y)
            g = mp.log(c) - target if c > 0 else -INF  # increasing in y
            step = g * c / s.pdf(y) if c > 0 else -(hi - y) / 2
        else:
            c = s.sf(y)
            g = target - mp.log(c) if c > 0 else INF
            step = g * c / s.pdf(y) if c > 0 else (y - lo) / 2
        if g < 0:
            lo = max(lo, y) if lo != -INF else y
        else:
            hi = min(hi, y) if hi != INF else y
        nxt = y - step
        if lo != -INF and hi != INF and not (lo < nxt < hi):
            nxt = (lo + hi) / 2
        step = max(min(y - nxt, 5), -5)
        y -= step
        if abs(step) < mp.mpf(10) ** -30 * (1 + abs(y)):
            break
    return y


POS = [-1, 0, 1e-300, 1e-100, 1e-20, 1e-8, 1e-3, 0.1, 0.5, 1, 2, 3.7, 10, 30, 100, 700]
LOCSCALES = [(0.0, 1.0), (3.0, 2.5)]


def shaped(std, sp, shapes, ys):
    out = []
    for sh in shapes:
        if not isinstance(sh, tuple):
            sh = (sh,)
        out.append((std(*sh), sh, (lambda *a, sh=sh: sp(*sh, *a)), ys(*sh) if callable(ys) else ys))
    return out


DISTS = {
    "gamma": shaped(gamma, stats.gamma, [0.3, 2.5, 40], POS + [1e4]),
    "chi2": shaped(chi2, stats.chi2, [1, 7, 80], POS + [1e4]),
    "beta": shaped(beta, stats.beta, [(0.5, 0.5), (2.5, 0.8), (30, 4)],
                   [-1, 0, 1e-300, 1e-100, 1e-20, 1e-8, 1e-3, 0.1, 0.3, 0.5, 0.7, 0.9, 0.999, 1 - 1e-8, 1 - 2 ** -52, 1, 2]),
    "t": shaped(t, stats.t, [1, 4.5, 40], gs.TWO_SIDED + [-1e20, 1e200]),
    "f": shaped(f, stats.f, [(3, 9), (0.7, 2.5), (25, 40)], POS + [1e4, 1e100]),
    "invgamma": shaped(invgamma, stats.invgamma, [0.5, 3.5, 12], POS + [1e4, 1e100]),
    "maxwell": shaped(maxwell, stats.maxwell, [()], POS[:-3] + [20, 37.5]),
    "genpareto": shaped(genpareto, stats.genpareto, [-0.4, 0, 0.3, 1.5], genpareto_ys),
    "genextreme": shaped(genextreme, stats.genextreme, [-0.2, 0, 0.5, 2], genextreme_ys),
    "triang": shaped(triang, stats.triang, [0, 0.3, 1],
                     [-1, 0, 1e-300, 1e-20, 1e-8, 0.1, 0.3, 0.5, 0.9, 1 - 1e-8, 1 - 2 ** -53, 1, 2]),
    "truncnorm": shaped(truncnorm, stats.truncnorm, [(30, 40), (-1, 2), (-float("inf"), -5), (-0.5, float("inf")), (2.5, 2.5001)],
                        truncnorm_ys),
    "exponweib": shaped(exponweib, stats.exponweib, [(2.5, 0.7), (0.4, 3), (1, 1.5)], POS[:-2] + [40, 1e3]),
    "vonmises": shaped(vonmises, stats.vonmises, [0.5, 2, 50],
                       [-4, -math.pi, -3.14, -3, -2, -1, -0.1, -1e-8, 0, 1e-300, 0.5, 1, 2, 3, 3.14159, math.pi, 4]),
    "invgauss": shaped(invgauss, stats.invgauss, [0.2, 1, 5], POS[:-1] + [1e3, 1e4]),
    "skewnorm": shaped(skewnorm, stats.skewnorm, [-3, 0.5, 4], skewnorm_ys),
}


_bisect_quantile = gs.quantile
_QS = gs.QS


def main():
    names = sys.argv[1:] or list(DISTS)
    for name in names:
        if name in ("skewnorm", "vonmises"):
            gs.quantile = newton_quantile  # case() looks it up in gs
        else:
            gs.quantile = _bisect_quantile
        # skewnorm's light tail at q = 1e-100 needs a·|y| > 13 (above).
        gs.QS = _QS[2:] if name == "skewnorm" else _QS
        out = []
        for s, shape, factory, ys in DISTS[name]:
            for loc, scale in LOCSCALES:
                c = gs.case(s, factory(loc, scale), loc, scale, ys, shape)
                # distCase.Shape is []float64 in Go, which reads no "inf"
                # strings: an infinite shape (truncnorm's a or b) is written
                # as ±MaxFloat64, and the Go test maps it back.
                c["shape"] = [math.copysign(sys.float_info.max, v) if math.isinf(v) else v for v in c["shape"]]
                # SciPy's std is the square root of its own variance, which
                # loses digits where the generator's (from mpmath raw
                # moments) does not: truncnorm(30, 40) 4e-8 relative.
                if isinstance(c["var"], float) and math.isfinite(c["var"]):
                    c["std"] = math.sqrt(c["var"])
                # Median and 95% interval from mpmath's quantiles: SciPy's
                # (t: stdtrit) are off by up to ~1e-8 relative.
                med = gs.quantile(s, 0.5)
                if abs(med) < 1e-25:  # a symmetric distribution's 0, up to bisection
                    med = ZERO
                for qr in c["quantiles"]:
                    for k in ("ppf", "isf"):
                        if qr["q"] == 0.5 and abs(qr[k] - loc) < 1e-25:
                            qr[k] = loc
                c["median"] = float(loc + scale * med)
                c["interval95"] = [float(loc + scale * gs.quantile(s, 0.025)),
                                   float(loc - scale * gs.quantile(gs.mirror(s), 0.025))]
                if hasattr(s, "ent"):
                    # mpmath's entropy from its closed form where SciPy's
                    # loses digits (chi2: 5.6e-10 relative at df = 1).
                    c["entropy"] = float(s.ent() + mp.log(scale))
                out.append(c)
        goldenlib.write("stats/" + name, out, GEN)
        print(name, "done", flush=True)


if __name__ == "__main__":
    main()
