#!/usr/bin/env python3
"""Golden data for scipy/stats NCT and NCX2 (non-central t and chi-squared)
against mpmath.

Run with Debian's Python, which has SciPy 1.10.1 and mpmath 1.2.1:

    /usr/bin/python3 scripts/golden/stats_nc.py

Writes testdata/stats/nc.json. SciPy only chooses the points (its quantiles
at probabilities down to 1e-100 or so, rounded); every reference value is
mpmath's:

* ncx2: the density from its Bessel form (mp.besseli), the CDF and SF as
  Poisson mixtures Σ w_j P(df/2+j, x/2) and Σ w_j Q(df/2+j, x/2), each
  summed over all j up to far beyond the largest term with the incomplete
  gamma recurrence in its stable direction, at 50 digits.
* nct: CDF = E[Φ(x·U - nc)], SF = E[Φ(nc - x·U)], PDF = E[U·φ(x·U - nc)]
  with U = √(V/df), V ~ χ²(df), as mp.quad integrals over s = log U at 30
  digits, on a range located from a float64 grid of the log-integrand.

Quantiles: for each point x with mpmath CDF c, q = float(c) and the
reference PPF(q) = x + (q - c)/PDF(x) (one Newton step from the exact
point; the neglected term is O((q-c)²)), likewise ISF from the SF. Moments
from closed forms at high precision (no cancellation at 50 digits);
entropy as mp.quad of -f·log f for a few cases (ncx2's in log x; nct's
density from SciPy's hypergeometric form, at 50 digits where its
cancellation does not matter).
"""

import math
import os
import sys

import mpmath as mp
import numpy as np
from scipy import special as sc
from scipy import stats

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import goldenlib  # noqa: E402

GEN = "scripts/golden/stats_nc.py"


def flog(v):
    return float(mp.log(v)) if v > 0 else float("-inf")


def logp(v, other):
    if v > 0.5:
        return float(mp.log1p(-other))
    return flog(v)


# ---------------------------------------------------------------- ncx2

def ncx2_pdf(k, lam, x):
    k, lam, x = mp.mpf(k), mp.mpf(lam), mp.mpf(x)
    return mp.mpf(0.5) * mp.exp(-(x + lam) / 2) * (x / lam) ** ((k - 2) / 4) * mp.besseli(k / 2 - 1, mp.sqrt(lam * x))


def ncx2_cdf_sf(k, lam, x):
    a, mu, y = mp.mpf(k) / 2, mp.mpf(lam) / 2, mp.mpf(x) / 2
    jc = max(mu, mp.sqrt(mu * y))
    J = int(jc + 50 * mp.sqrt(jc) + 200)
    # SF: Q(a+j+1) = Q(a+j) + g(a+j), g(b) = y^b e^-y / Γ(b+1), upward.
    q = mp.gammainc(a, y, mp.inf, regularized=True)
    g = mp.exp(a * mp.log(y) - y - mp.loggamma(a + 1))
    w = mp.exp(-mu)
    sf = mp.mpf(0)
    for j in range(J + 1):
        sf += w * q
        q += g
        g *= y / (a + j + 1)
        w *= mu / (j + 1)
    # CDF: P(a+j-1) = P(a+j) + g(a+j-1), downward from a direct P(a+J).
    p = mp.gammainc(a + J, 0, y, regularized=True)
    g = mp.exp((a + J) * mp.log(y) - y - mp.loggamma(a + J + 1))
    w = mp.exp(-mu + J * mp.log(mu) - mp.loggamma(J + 1))
    cdf = mp.mpf(0)
    for j in range(J, -1, -1):
        cdf += w * p
        if j == 0:
            break
        g *= (a + j) / y
        p += g
        w *= j / mu
    return cdf, sf


def ncx2_raw(k, lam, n):
    k, lam = mp.mpf(k), mp.mpf(lam)
    kap = [0] + [2 ** (i - 1) * mp.factorial(i - 1) * (k + i * lam) for i in range(1, n + 1)]
    m = [mp.mpf(1)]
    for j in range(1, n + 1):
        m.append(sum(mp.binomial(j - 1, i - 1) * kap[i] * m[j - i] for i in range(1, j + 1)))
    return m[n]


def ncx2_entropy(k, lam):
    """-∫ f log f in s = log x (the density's x^(k/2-1) singularity at 0
    becomes an exponential tail in s, which mp.quad handles)."""
    f = lambda x: ncx2_pdf(k, lam, x)

    def h(s):
        x = mp.exp(s)
        v = f(x)
        return -x * v * mp.log(v) if v > 0 else mp.mpf(0)
    m, sd = k + lam, math.sqrt(2 * (k + 2 * lam))
    hi = math.log(m + 40 * sd)
    pts = [mp.mpf(-2000) + (hi + 2000) * i / 200 for i in range(201)]
    return mp.quad(h, pts)


# ---------------------------------------------------------------- nct

def nct_grid(nu, delta, x, kind):
    """Locate where the log-integrand (float64) is within 120 of its peak."""
    nu = float(nu)
    step = min(0.01, 0.05 / math.sqrt(nu))
    s = np.arange(-(60 / nu + 320), 12, step)
    lp = math.log(2) + nu / 2 * math.log(nu / 2) - sc.gammaln(nu / 2) + nu * s - nu * np.exp(2 * s) / 2
    with np.errstate(all="ignore"):
        z = x * np.exp(s) - delta
        if kind == "cdf":
            L = lp + sc.log_ndtr(z)
        elif kind == "sf":
            L = lp + sc.log_ndtr(-z)
        else:
            L = s + lp - z * z / 2
    L[~np.isfinite(L)] = -np.inf
    i = int(np.argmax(L))
    ok = np.nonzero(L > L[i] - 120)[0]
    return s[max(ok[0] - 1, 0)], s[min(ok[-1] + 1, len(s) - 1)], float(L[i])


def nct_int(nu, delta, x, kind):
    # mp.quad's tolerance is absolute: the integrand is scaled by e^-Lmax.
    lo, hi, lmax = nct_grid(nu, delta, x, kind)
    nu_, d_, x_ = mp.mpf(nu), mp.mpf(delta), mp.mpf(x)
    c = mp.log(2) + nu_ / 2 * mp.log(nu_ / 2) - mp.loggamma(nu_ / 2) - lmax

    def f(s):
        e = mp.exp(s)
        lp = c + nu_ * s - nu_ * e * e / 2
        z = x_ * e - d_
        if kind == "cdf":
            return mp.exp(lp) * mp.ncdf(z)
        if kind == "sf":
            return mp.exp(lp) * mp.ncdf(-z)
        return mp.exp(lp + s - z * z / 2) / mp.sqrt(2 * mp.pi)

    n = max(40, int((hi - lo) / 5))
    pts = [mp.mpf(lo) + (mp.mpf(hi) - mp.mpf(lo)) * i / n for i in range(n + 1)]
    return mp.quad(f, pts) * mp.exp(lmax)


def nct_pdf_hyp(nu, delta, x):
    """SciPy's hypergeometric form of the density, at 50 digits."""
    n, nc, x = mp.mpf(nu), mp.mpf(delta), mp.mpf(x)
    x2 = x * x
    fac1 = n + x2
    trm1 = n / 2 * mp.log(n) + mp.loggamma(n + 1) - (n * mp.log(2) + nc * nc / 2 + n / 2 * mp.log(fac1) + mp.loggamma(n / 2))
    px = mp.exp(trm1)
    valf = nc * nc * x2 / (2 * fac1)
    t1 = mp.sqrt(2) * nc * x * mp.hyp1f1(n / 2 + 1, 1.5, valf) / (fac1 * mp.gamma((n + 1) / 2))
    t2 = mp.hyp1f1((n + 1) / 2, 0.5, valf) / (mp.sqrt(fac1) * mp.gamma(n / 2 + 1))
    return px * (t1 + t2)


def nct_raw(nu, delta, n):
    nu, d = mp.mpf(nu), mp.mpf(delta)
    if n >= nu:
        return None
    g = (nu / 2) ** (mp.mpf(n) / 2) * mp.gamma((nu - n) / 2) / mp.gamma(nu / 2)
    e = sum(mp.binomial(n, k) * mp.fac2(k - 1) * d ** (n - k) for k in range(0, n + 1, 2))
    return g * e


def nct_entropy(nu, delta):
    with mp.workdps(50):
        f = lambda t: nct_pdf_hyp(nu, delta, t)
        h = lambda t: -f(t) * mp.log(f(t)) if f(t) > 0 else mp.mpf(0)
        w = math.sqrt(1 + delta * delta / (2 * nu))
        pts = [-mp.inf] + [mp.mpf(delta + z * w) for z in (-20, -8, -4, -2, 0, 2, 4, 8, 20)] + [mp.inf]
        return mp.quad(h, pts)


# ---------------------------------------------------------------- cases

def points_from(dist, qs_lo, qs_hi):
    xs = []
    for q in qs_lo:
        xs.append(float(dist.ppf(q)))
    for q in qs_hi:
        xs.append(float(dist.isf(q)))
    out = []
    for x in xs:
        if math.isfinite(x) and x not in out:
            out.append(float("%.6g" % x))
    return sorted(set(out))


def stats_of(raw):
    m1, m2, m3, m4 = raw
    out = [None] * 4
    if m1 is None:
        return out
    out[0] = m1
    if m2 is None:
        return out
    v = m2 - m1 ** 2
    out[1] = v
    if m3 is None:
        return out
    out[2] = (m3 - 3 * m1 * m2 + 2 * m1 ** 3) / v ** 1.5
    if m4 is None:
        return out
    out[3] = (m4 - 4 * m1 * m3 + 6 * m1 ** 2 * m2 - 3 * m1 ** 4) / v ** 2 - 3
    return out


def fnone(v):
    return "nan" if v is None else float(v)


def make_case(name, df, nc, loc, scale, xs, entropy):
    pts, quants = [], []
    for y in xs:
        x = loc + scale * y
        y = mp.mpf(x - loc) / scale  # the y the tests' float x maps to (to within rounding)
        if name == "ncx2":
            with mp.workdps(50):
                pdf = ncx2_pdf(df, nc, y) if y > 0 else mp.mpf(0)
                cdf, sf = ncx2_cdf_sf(df, nc, y) if y > 0 else (mp.mpf(0), mp.mpf(1))
        else:
            with mp.workdps(30):
                pdf = nct_int(df, nc, float(y), "pdf")
                cdf = nct_int(df, nc, float(y), "cdf")
                sf = nct_int(df, nc, float(y), "sf")
                assert abs(cdf + sf - 1) < mp.mpf(10) ** -18, (df, nc, y, cdf, sf)
        pdf /= scale
        pts.append({"x": x, "pdf": float(pdf), "logpdf": flog(pdf), "cdf": float(cdf), "logcdf": logp(cdf, sf),
                    "sf": float(sf), "logsf": logp(sf, cdf)})
        if pdf > 0:
            for kind, p in (("ppf", cdf), ("isf", sf)):
                q = float(p)
                if not 0 < q < 1:
                    continue
                d = (mp.mpf(q) - p) / pdf
                ref = mp.mpf(x) + (d if kind == "ppf" else -d)
                # relative condition of the quantile in the scale the test
                # measures it: q/(PDF·max(|x-loc|, scale)) on the real line,
                # q/(PDF·(x-loc)) on the half line.
                span = abs(x - loc) if name == "ncx2" else max(abs(x - loc), scale)
                quants.append({"kind": kind, "q": q, "x": float(ref), "cond": float(mp.mpf(q) / (pdf * span))})
    if name == "ncx2":
        raw = [ncx2_raw(df, nc, n) for n in range(1, 7)]
    else:
        raw = [nct_raw(df, nc, n) for n in range(1, 7)]
    st = stats_of(raw[:4])
    case = {"dist": name, "df": df, "nc": nc, "loc": loc, "scale": scale, "points": pts, "quantiles": quants,
            "mean": fnone(st[0]), "var": fnone(st[1]), "skew": fnone(st[2]), "kurtosis": fnone(st[3]),
            "moments": [fnone(m) for m in raw], "entropy": "nan"}
    if st[0] is not None:
        case["mean"] = float(loc + scale * st[0])
    if st[1] is not None:
        case["var"] = float(scale * scale * st[1])
    if loc != 0 or scale != 1:
        case["moments"] = ["nan"] * 6  # checked in standard form only
    if entropy:
        e = ncx2_entropy(df, nc) if name == "ncx2" else nct_entropy(df, nc)
        case["entropy"] = float(e + mp.log(scale))
    return case


QLO = [1e-100, 1e-20, 1e-5, 0.01, 0.2, 0.5]
QHI = [0.2, 0.01, 1e-5, 1e-20, 1e-100]


def main():
    mp.mp.dps = 50
    cases = []
    ncx2_params = [
        (3, 2, 0, 1, True), (0.1, 1, 0, 1, True), (10, 1e4, 0, 1, False), (1, 1e-10, 0, 1, False),
        (50, 0.5, 0, 1, False), (2, 20, 0, 1, True), (0.5, 100, 0, 1, False), (4, 3, -1, 2.5, False),
    ]
    for df, nc, loc, scale, ent in ncx2_params:
        d = stats.ncx2(df, nc)
        xs = points_from(d, QLO, QHI)
        if df == 3 and nc == 2:
            xs += [1e-300, 1e-20, 1500.0, 1e5]  # far tails: PDF and SF far below 1e-300
        if df == 10 and nc == 1e4:
            xs += [2000.0, 5000.0, 20000.0, 1e6, 1e7]  # deep lower tail where Boost fails; far upper tail (1e7: the Bessel form)
        cases.append(make_case("ncx2", df, nc, loc, scale, sorted(set(xs)), ent))
        print("ncx2", df, nc, file=sys.stderr)
    nct_params = [
        (5, 1, 0, 1, True), (0.1, 1, 0, 1, False), (10, 40, 0, 1, False), (3, -2, 0, 1, False),
        (30, -5, 0, 1, False), (1.5, 0.5, 0, 1, False), (100, 3, 0, 1, False), (6, 1.5, 2, 3, False),
        (12, -1, 0, 1, True), (0.1, 38, 0, 1, False), (0.5, -300, 0, 1, False),
    ]
    for df, nc, loc, scale, ent in nct_params:
        d = stats.nct(df, nc)
        with np.errstate(all="ignore"):
            xs = points_from(d, [1e-30, 1e-5, 0.01, 0.2, 0.5], [0.2, 0.01, 1e-5, 1e-30])
        xs += [0.0, -1.0, 1.0]
        if df == 5 and nc == 1:
            xs += [-1e6, 1e6, 1e20, -50.0]  # polynomial tails
        if df == 0.1 and nc == 38:
            xs += [1.1111035579868896e+51]  # SF = 1e-5: an exponential ramp in log U ending at a cliff
        if df == 3 and nc == -2:
            xs += [30.0, 300.0]  # x and nc of opposite signs: Boost's cancellation
        cases.append(make_case("nct", df, nc, loc, scale, sorted(set(xs)), ent))
        print("nct", df, nc, file=sys.stderr)
    print(goldenlib.write("stats/nc", cases, GEN))


if __name__ == "__main__":
    main()
