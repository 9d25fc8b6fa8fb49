#!/usr/bin/env python3
"""Golden data for TTestInd's confidence interval, Anderson for the logistic
and Gumbel distributions, and AndersonKSamp (scipy/stats, files ad_*).

Run with Debian's Python (scripts/install-deps.sh golden):

    /usr/bin/python3 scripts/golden/stats_ad.py

Writes testdata/stats/ad.json, one record per call, {"func", "samples",
"args", "want"} plus, for anderson, "mp": the truth from mpmath.

- ttest_ind: SciPy 1.10.1's statistic and p-value; df, the estimate (the
  difference in means) and its standard error from SciPy 1.10.1's own
  _equal_var_ttest_denom / _unequal_var_ttest_denom; the confidence interval
  as SciPy 1.11's TtestResult.confidence_interval defines it (1.10 has
  none), estimate + t-quantile * standard error, with the t quantiles from
  mpmath at 50 digits (SciPy 1.10's stdtrit is off by ~1e-9).
- anderson: SciPy 1.10.1's statistic, critical values, significance levels
  and fitted (loc, scale). For "logistic" SciPy solves the likelihood
  equations with fsolve(xtol=1e-5), whose answer is off by up to ~1e-7, and
  for two observations it lands on the mirror root with a negative scale;
  "mp" therefore holds the maximum-likelihood (loc, scale) solved with
  mpmath at 40 digits and the statistic evaluated there, which is what the
  Go code computes. For the Gumbel fits SciPy uses brentq at rtol 1e-14
  and "mp" is the same computation at 40 digits.
- anderson_ksamp: SciPy 1.10.1's statistic, critical values and p-value,
  with its two warnings recorded as "capped" / "floored".
"""

import os
import sys
import warnings

import mpmath as mp
import numpy as np
from scipy import stats
from scipy.stats import _stats_py

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import goldenlib  # noqa: E402

rng = np.random.default_rng(20261125)
records = []


def flist(v):
    return [float(t) for t in v]


# ---------------------------------------------------------------- ttest_ind


def ttest_ind_rec(a, b, eq, alt, level):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        r = stats.ttest_ind(a, b, equal_var=eq, alternative=alt)
        v1, v2 = np.var(a, ddof=1), np.var(b, ddof=1)
        n1, n2 = len(a), len(b)
        if eq:
            df, se = _stats_py._equal_var_ttest_denom(v1, n1, v2, n2)
        else:
            df, se = _stats_py._unequal_var_ttest_denom(v1, n1, v2, n2)
    df, se = float(df), float(se)
    est = float(np.mean(a) - np.mean(b))
    want = {"statistic": float(r.statistic), "pvalue": float(r.pvalue), "df": df}
    # SciPy 1.11 evaluates the interval whenever est, se and df are numbers:
    # constant samples under Welch (se = 0) give the point estimate.
    if np.isfinite(est) and np.isfinite(se) and df > 0:
        mse, mest = mp.mpf(se), mp.mpf(est)
        if alt == "less":
            ci = [float("-inf"), float(goldenlib.t_ppf_mp(level, df) * mse + mest)]
        elif alt == "greater":
            ci = [float(goldenlib.t_ppf_mp(1 - mp.mpf(level), df) * mse + mest), float("inf")]
        else:
            tail = (1 - mp.mpf(level)) / 2
            ci = [float(goldenlib.t_ppf_mp(tail, df) * mse + mest), float(goldenlib.t_ppf_mp(1 - tail, df) * mse + mest)]
        want["ci"] = ci
    else:
        want["ci"] = [float("nan"), float("nan")]
    records.append({"func": "ttest_ind", "samples": [flist(a), flist(b)],
                    "args": {"equal_var": eq, "alternative": alt, "level": level}, "want": want})


TA = rng.normal(0.3, 1, 30)
TB = rng.normal(0, 1.5, 24)
TSA = np.array([1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30])
TSB = np.array([0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29])
TTA = rng.integers(0, 5, 15).astype(float)
TTB = rng.integers(1, 6, 12).astype(float)
TBIG = rng.normal(1e3, 1e-3, 40)
TBIG2 = rng.normal(1e3 + 2e-4, 2e-3, 7)
for a, b in [(TA, TB), (TSA, TSB), (TTA, TTB), (TBIG, TBIG2), (TSA[:2], TSB[:3])]:
    for eq in (True, False):
        for alt in ("two-sided", "less", "greater"):
            for level in (0.95, 0.5, 0.999):
                ttest_ind_rec(a, b, eq, alt, level)
# Edges: a one-value sample (pooled variance NaN in SciPy 1.10), and
# constant samples under Welch (df NaN replaced by 1, infinite statistic).
ttest_ind_rec(np.array([1.5]), TSB, True, "two-sided", 0.95)
ttest_ind_rec(np.array([1.0, 1.0, 1.0]), np.array([2.0, 2.0]), False, "two-sided", 0.95)

# ----------------------------------------------------------------- anderson

LOGISTIC = {"logistic"}


def mp_logistic_fit(x, start):
    mp.mp.dps = 40
    xs = [mp.mpf(float(v)) for v in x]
    n = len(xs)

    def f(a, b):
        t = [(v - a) / b for v in xs]
        return [mp.fsum(1 / (1 + mp.exp(u)) for u in t) - mp.mpf(n) / 2,
                mp.fsum(u * mp.tanh(u / 2) for u in t) - n]

    a, b = mp.findroot(f, (mp.mpf(start[0]), mp.mpf(start[1])), tol=mp.mpf(10) ** -70)
    assert b > 0
    return a, b


def mp_gumbel_r_fit(x, start):
    mp.mp.dps = 40
    xs = [mp.mpf(float(v)) for v in x]
    n = len(xs)
    xbar = mp.fsum(xs) / n

    def f(s):
        m = max(-v / s for v in xs)
        w = [mp.exp(-v / s - m) for v in xs]
        return xbar - mp.fsum(wi * v for wi, v in zip(w, xs)) / mp.fsum(w) - s

    s = mp.findroot(f, mp.mpf(start), tol=mp.mpf(10) ** -70)
    loc = -s * (mp.log(mp.fsum(mp.exp(-v / s) for v in xs)) - mp.log(n))
    return loc, s


def mp_a2(y, logcdf, logsf):
    n = len(y)
    return -n - mp.fsum((2 * (i + 1) - 1) * (logcdf(y[i]) + logsf(y[n - 1 - i])) for i in range(n)) / n


def anderson_rec(x, dist):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            r = stats.anderson(x, dist)
        except (ValueError, TypeError, RuntimeError) as e:
            records.append({"func": "anderson", "samples": [flist(x)], "args": {"dist": dist},
                            "want": {"error": type(e).__name__}})
            return
    fit = flist(r.fit_result.params)
    want = {"statistic": float(r.statistic), "critical": flist(r.critical_values),
            "sig": flist(r.significance_level), "fit": fit}
    rec = {"func": "anderson", "samples": [flist(x)], "args": {"dist": dist}, "want": want}
    mp.mp.dps = 40
    y = sorted(mp.mpf(float(v)) for v in x)
    d = dist.lower()
    if d == "logistic":
        if fit[1] == 0:
            rec["mp"] = None
            records.append(rec)
            return
        loc, scale = mp_logistic_fit(x, (fit[0], abs(fit[1])))
        lc = lambda v: -mp.log1p(mp.exp(-(v - loc) / scale))
        ls = lambda v: -mp.log1p(mp.exp((v - loc) / scale))
    elif d == "gumbel_r":
        loc, scale = mp_gumbel_r_fit(x, fit[1])
        lc = lambda v: -mp.exp(-(v - loc) / scale)
        ls = lambda v: mp.log(-mp.expm1(-mp.exp(-(v - loc) / scale)))
    else:  # gumbel_l and its synonyms
        loc, scale = mp_gumbel_r_fit([-v for v in x], fit[1])
        loc = -loc
        lc = lambda v: mp.log(-mp.expm1(-mp.exp((v - loc) / scale)))
        ls = lambda v: -mp.exp((v - loc) / scale)
    rec["mp"] = {"statistic": float(mp_a2(y, lc, ls)), "fit": [float(loc), float(scale)]}
    # SciPy's logistic fit is trusted only where it found the root: its
    # fsolve xtol is relative to |loc|, so data far from 0 (1e6 + N(0, 1))
    # stop it early, and two observations give the negative-scale root.
    rec["scipy_ok"] = bool(abs(fit[0] - float(loc)) <= 1e-6 * float(scale)
                           and abs(fit[1] - float(scale)) <= 1e-6 * float(scale))
    records.append(rec)


AL = rng.logistic(0.5, 2, 30)
AG = rng.gumbel(1, 2, 40)
AGL = -rng.gumbel(-3, 0.5, 25)
AN = rng.normal(0.3, 1, 30)
ABIG = rng.logistic(-2, 0.7, 500)
AOFF = 1e6 + rng.normal(0, 1, 20)
ATIES = rng.integers(0, 5, 15).astype(float)
ASMALL = np.array([1.83, 0.50, 1.62, 2.48, 1.68])
for x in (AL, AG, AGL, AN, ABIG, AOFF, ATIES, ASMALL, ASMALL[:3], np.array([1.0, 2.0])):
    for dist in ("logistic", "gumbel_l", "gumbel_r"):
        anderson_rec(x, dist)
for x in (AG, ASMALL):
    for dist in ("gumbel", "extreme1"):
        anderson_rec(x, dist)
anderson_rec(np.array([2.0, 2.0, 2.0]), "logistic")
anderson_rec(np.array([2.0, 2.0, 2.0]), "gumbel_r")

# ----------------------------------------------------------- anderson_ksamp


def ksamp_rec(samples, midrank):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            r = stats.anderson_ksamp(samples, midrank=midrank)
        except (ValueError, IndexError) as e:
            records.append({"func": "anderson_ksamp", "samples": [flist(s) for s in samples],
                            "args": {"midrank": midrank}, "want": {"error": type(e).__name__}})
            return
    msgs = [str(m.message) for m in w]
    want = {"statistic": float(r.statistic), "critical": flist(r.critical_values), "pvalue": float(r.pvalue),
            "capped": any("capped" in m for m in msgs), "floored": any("floored" in m for m in msgs)}
    records.append({"func": "anderson_ksamp", "samples": [flist(s) for s in samples],
                    "args": {"midrank": midrank}, "want": want})


KA = rng.normal(0, 1, 30)
KB = rng.normal(0.5, 1, 24)
KC = rng.normal(0, 2, 17)
KT = [rng.integers(0, 6, n).astype(float) for n in (20, 13, 25, 9, 16)]
KSETS = [
    [KA, KB],
    [KA, KB, KC],
    [KA, rng.normal(0, 1, 10), rng.normal(0, 1, 15), rng.normal(0, 1, 8)],
    [rng.normal(0, 1, n) for n in (10, 15, 8, 20, 12)],
    [rng.normal(3 * i, 1, n) for i, n in enumerate((10, 15, 8, 20, 12))],  # floored
    [KA, KA + 0.01],  # capped
    [KA, KA + 0.9],
    KT[:2], KT[:3], KT[:4], KT,
    [np.array([1.0, 2.0]), np.array([3.0, 4.0])],
    [np.array([1.0, 1.0]), np.array([1.0, 2.0])],
    [np.array([1.0, 2.0, 2.0]), np.array([2.0, 3.0, np.inf, -np.inf])],
    [rng.normal(0, 1, 50), rng.normal(0.5, 1, 30)],
    [rng.normal(0, 1, 50), rng.normal(0, 1, 30), rng.normal(0, 1, 20)],
    [rng.normal(0, 1, 300), rng.normal(0.1, 1, 200)],
]
for s in KSETS:
    for midrank in (True, False):
        ksamp_rec(s, midrank)
for s in ([KA], [KA, np.array([])], [np.array([1.0, 1.0]), np.array([1.0])], [np.array([1.0]), np.array([2.0])]):
    ksamp_rec(s, True)

goldenlib.write("stats/ad", records, "scripts/golden/stats_ad.py")
