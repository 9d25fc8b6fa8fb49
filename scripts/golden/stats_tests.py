#!/usr/bin/env python3
"""Golden data for scipy/stats' hypothesis tests (issue 7, point 3).

Run with Debian's Python (scripts/install-deps.sh golden):

    /usr/bin/python3 scripts/golden/stats_tests.py

Writes testdata/stats/tests.json: one record per call, {"func", "samples",
"args", "want"}, with SciPy 1.10.1's result fields (statistic, pvalue, df,
…) or {"error": ...} where SciPy raises. The samples cover normal data,
shifted and scaled pairs, ties, small samples (exact distributions), and
NaN under each nan_policy where the test has one.
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
rng = np.random.default_rng(7)
A = rng.normal(0.3, 1, 30)
B = rng.normal(0, 1.5, 24)
C = rng.normal(0.6, 1, 27)
SMALL_A = np.array([1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30])
SMALL_B = np.array([0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29])
TIES_A = rng.integers(0, 5, 15).astype(float)
TIES_B = rng.integers(1, 6, 12).astype(float)
NAN_A = np.concatenate([A[:12], [np.nan], A[12:20]])
PAIR_X = rng.normal(0, 1, 40)
PAIR_Y = 0.6 * PAIR_X + rng.normal(0, 0.8, 40)
records = []


def res(r, fields=("statistic", "pvalue")):
    out = {}
    for f in fields:
        v = getattr(r, f)
        out[f] = float(v) if np.ndim(v) == 0 else [float(t) for t in v]
    return out


def rec(func, samples, args, call):
    try:
        want = call()
        if isinstance(want, float):
            want = {"statistic": want}
    except (ValueError, ZeroDivisionError) as e:
        want = {"error": type(e).__name__}
    records.append({"func": func, "samples": [list(map(float, s)) for s in samples], "args": args, "want": want})


def t_ci(r, level, alt):
    """SciPy's TtestResult.confidence_interval with exact t quantiles."""
    df, se, est = float(r.df), mp.mpf(float(r._standard_error)), mp.mpf(float(r._estimate))
    if alt == "less":
        return [float("-inf"), float(goldenlib.t_ppf_mp(level, df) * se + est)]
    if alt == "greater":
        return [float(goldenlib.t_ppf_mp(1 - mp.mpf(level), df) * se + est), float("inf")]
    tail = (1 - mp.mpf(level)) / 2
    return [float(goldenlib.t_ppf_mp(tail, df) * se + est), float(goldenlib.t_ppf_mp(1 - tail, df) * se + est)]


ALTS = ["two-sided", "less", "greater"]
for name, a in [("A", A), ("small", SMALL_A), ("ties", TIES_A), ("one", np.array([1.5])), ("nan", NAN_A)]:
    for alt in ALTS:
        pols = ["propagate", "omit", "raise"] if name == "nan" else ["propagate"]
        for pol in pols:
            rec("ttest_1samp", [a], {"popmean": 0.5, "alternative": alt, "nan_policy": pol},
                lambda: (lambda r: res(r, ("statistic", "pvalue", "df")) | ({"ci": t_ci(r, 0.95, alt)} if np.isfinite(r.statistic) else {}))(
                    stats.ttest_1samp(a, 0.5, alternative=alt, nan_policy=pol)))
for (na, a), (nb, b) in [(("A", A), ("B", B)), (("small", SMALL_A), ("smallB", SMALL_B)), (("ties", TIES_A), ("tiesB", TIES_B)), (("A", A), ("C", C))]:
    for alt in ALTS:
        for eq in (True, False):
            rec("ttest_ind", [a, b], {"equal_var": eq, "alternative": alt},
                lambda: res(stats.ttest_ind(a, b, equal_var=eq, alternative=alt)) | {"df": float(stats.ttest_ind(a, b, equal_var=eq, alternative=alt).df) if hasattr(stats.ttest_ind(a, b, equal_var=eq), "df") else None})
        for cont in (True, False):
            for method in ("auto", "asymptotic", "exact"):
                rec("mannwhitneyu", [a, b], {"use_continuity": cont, "alternative": alt, "method": method},
                    lambda: res(stats.mannwhitneyu(a, b, use_continuity=cont, alternative=alt, method=method)))
    rec("bartlett", [a, b], {}, lambda: res(stats.bartlett(a, b)))
    for center in ("mean", "median", "trimmed"):
        rec("levene", [a, b], {"center": center}, lambda: res(stats.levene(a, b, center=center)))
    rec("kruskal", [a, b], {}, lambda: res(stats.kruskal(a, b)))
    rec("f_oneway", [a, b], {}, lambda: res(stats.f_oneway(a, b)))
rec("f_oneway", [A, B, C], {}, lambda: res(stats.f_oneway(A, B, C)))
rec("kruskal", [A, B, C], {}, lambda: res(stats.kruskal(A, B, C)))
rec("bartlett", [A, B, C], {}, lambda: res(stats.bartlett(A, B, C)))
rec("levene", [A, B, C], {"center": "median"}, lambda: res(stats.levene(A, B, C)))
for (x, y) in [(SMALL_A, SMALL_B), (PAIR_X, PAIR_Y)]:
    for alt in ALTS:
        rec("ttest_rel", [x, y], {"alternative": alt},
            lambda: (lambda r: res(r, ("statistic", "pvalue", "df")) | {"ci": t_ci(r, 0.95, alt)})(
                stats.ttest_rel(x, y, alternative=alt)))
        for zm in ("wilcox", "pratt", "zsplit"):
            for corr in (False, True):
                for method in ("auto", "approx", "exact"):
                    rec("wilcoxon", [x, y], {"zero_method": zm, "correction": corr, "alternative": alt, "method": method},
                        lambda: res(stats.wilcoxon(x, y, zero_method=zm, correction=corr, alternative=alt, method=method)))
        rec("pearsonr", [x, y], {"alternative": alt},
            lambda: res(stats.pearsonr(x, y, alternative=alt)) | {"ci": list(map(float, stats.pearsonr(x, y, alternative=alt).confidence_interval(0.95)))})
        rec("spearmanr", [x, y], {"alternative": alt}, lambda: res(stats.spearmanr(x, y, alternative=alt)))
        rec("linregress", [x, y], {"alternative": alt},
            lambda: res(stats.linregress(x, y, alternative=alt), ("slope", "intercept", "rvalue", "pvalue", "stderr", "intercept_stderr")))
    rec("friedmanchisquare", [x, y, x + y], {}, lambda: res(stats.friedmanchisquare(x, y, x + y)))
rec("wilcoxon", [np.array([1, 2, -3, 4, 0, 5, -6, 7, 8.0, 0])], {"zero_method": "zsplit", "correction": False, "alternative": "two-sided", "method": "auto"},
    lambda: res(stats.wilcoxon([1, 2, -3, 4, 0, 5, -6, 7, 8.0, 0], zero_method="zsplit")))
for s in (A, PAIR_Y, np.concatenate([A, B, C])):
    rec("skewtest", [s], {}, lambda: res(stats.skewtest(s)))
    rec("kurtosistest", [s], {}, lambda: res(stats.kurtosistest(s)))
    rec("normaltest", [s], {}, lambda: res(stats.normaltest(s)))
    rec("jarque_bera", [s], {}, lambda: res(stats.jarque_bera(s)))
obs = np.array([16.0, 18, 16, 14, 12, 12])
exp = np.array([16.0, 16, 16, 16, 16, 8])
for ddof in (0, 1, 2):
    rec("chisquare", [obs], {"ddof": ddof}, lambda: res(stats.chisquare(obs, ddof=ddof)))
    rec("chisquare", [obs, exp], {"ddof": ddof}, lambda: res(stats.chisquare(obs, exp, ddof=ddof)))
rec("chisquare", [obs, exp * 2], {"ddof": 0}, lambda: res(stats.chisquare(obs, exp * 2)))
def beta_ppf_mp(q, a, b):
    """The x with I_x(a, b) = q, by bisection in mpmath at 50 digits: the
    truth for the Clopper-Pearson bounds (SciPy's beta.ppf is off by up to
    1.5e-11 relative at a = 1, b = 1000)."""
    mp.mp.dps = 50
    lo, hi = mp.mpf(0), mp.mpf(1)
    for _ in range(400):
        mid = (lo + hi) / 2
        if mp.betainc(a, b, 0, mid, regularized=True) < q:
            lo = mid
        else:
            hi = mid
    return float((lo + hi) / 2)


def clopper_pearson(k, n, level, alt):
    alpha = (1 - mp.mpf(level)) / (2 if alt == "two-sided" else 1)
    lo = 0.0 if (alt == "less" or k == 0) else beta_ppf_mp(alpha, k, n - k + 1)
    hi = 1.0 if (alt == "greater" or k == n) else beta_ppf_mp(1 - alpha, k + 1, n - k)
    return [lo, hi]


for k, n, p in [(3, 10, 0.5), (7, 20, 0.1), (0, 5, 0.3), (50, 100, 0.5), (682, 925, 0.75), (1, 1000, 0.001)]:
    for alt in ALTS:
        rec("binomtest", [], {"k": k, "n": n, "p": p, "alternative": alt},
            lambda: res(stats.binomtest(k, n, p, alternative=alt)) | {"ci": clopper_pearson(k, n, 0.95, alt),
                    "ci_scipy": list(map(float, stats.binomtest(k, n, p, alternative=alt).proportion_ci(0.95)))})

for table in ([[10, 12], [5, 20]], [[3, 1], [1, 3]], [[0, 5], [5, 0]], [[8, 2], [1, 5]], [[100, 80], [70, 95]], [[2, 0], [0, 0]], [[7, 7], [7, 7]], [[1, 9], [11, 3]]):
    for alt in ALTS:
        rec("fisher_exact", [], {"table": table, "alternative": alt},
            lambda: res(stats.fisher_exact(table, alternative=alt)))
for obs in ([[10, 12], [5, 20]], [[12, 18, 9], [20, 11, 7], [5, 9, 14]], [[1, 2, 3, 4]], [[3.5, 1.5], [2, 6]]):
    for corr in (True, False):
        rec("chi2_contingency", [], {"observed": obs, "correction": corr},
            lambda: (lambda r: {"statistic": float(r[0]), "pvalue": float(r[1]), "dof": float(r[2]),
                                "expected": [float(v) for v in np.ravel(r[3])]})(stats.chi2_contingency(obs, correction=corr)))
KX = rng.normal(0, 1, 25)
KY = 0.4 * KX + rng.normal(0, 1, 25)
for (x, y) in [(KX, KY), (PAIR_X, PAIR_Y), (TIES_A, TIES_A[::-1] + np.arange(15) % 3), (SMALL_A[:5], SMALL_B[:5])]:
    for alt in ALTS:
        for variant in ("b", "c"):
            for method in ("auto", "asymptotic", "exact"):
                rec("kendalltau", [x, y], {"variant": variant, "method": method, "alternative": alt},
                    lambda: res(stats.kendalltau(x, y, variant=variant, method=method, alternative=alt)))
for pk, qk in [([0.2, 0.3, 0.5], None), ([1, 2, 3, 0], None), ([1, 2, 3, 4], [4, 3, 2, 1]), ([0.5, 0.5], [1, 0]), ([1, 0, 3], [1, 1, 1])]:
    for base in (None, 2.0):
        rec("entropy", [], {"pk": pk, "qk": qk, "base": base}, lambda: float(stats.entropy(pk, qk, base=base)))
for u, v, uw, vw in [(A, B, None, None), (SMALL_A, SMALL_B, None, None), ([0, 1, 3], [5, 6, 8], None, None),
                     ([0, 1, 3], [5, 6, 8], [1, 2, 3], [3, 2, 1]), (TIES_A, TIES_B, None, None)]:
    rec("wasserstein_distance", [u, v], {"u_weights": uw, "v_weights": vw},
        lambda: float(stats.wasserstein_distance(u, v, uw, vw)))
    rec("energy_distance", [u, v], {"u_weights": uw, "v_weights": vw},
        lambda: float(stats.energy_distance(u, v, uw, vw)))

for (x, y) in [(PAIR_X, PAIR_Y), (KX, KY), (TIES_A, TIES_A[::-1] + np.arange(15) % 3), (SMALL_A, SMALL_B)]:
    for alpha in (0.95, 0.9, 0.1):
        for method in ("separate", "joint"):
            rec("theilslopes", [y, x], {"alpha": alpha, "method": method},
                lambda: res(stats.theilslopes(y, x, alpha=alpha, method=method), ("slope", "intercept", "low_slope", "high_slope")))
    for method in ("hierarchical", "separate"):
        rec("siegelslopes", [y, x], {"method": method}, lambda: res(stats.siegelslopes(y, x, method=method), ("slope", "intercept")))
rec("theilslopes", [PAIR_Y], {"alpha": 0.95, "method": "separate"},
    lambda: res(stats.theilslopes(PAIR_Y), ("slope", "intercept", "low_slope", "high_slope")))
rec("pointbiserialr", [PAIR_X > 0, PAIR_Y], {}, lambda: res(stats.pointbiserialr(PAIR_X > 0, PAIR_Y)))
for (na, a), (nb, b) in [(("A", A), ("B", B)), (("small", SMALL_A), ("smallB", SMALL_B)), (("ties", TIES_A), ("tiesB", TIES_B))]:
    for center in ("median", "mean", "trimmed"):
        rec("fligner", [a, b], {"center": center}, lambda: res(stats.fligner(a, b, center=center)))
    for alt in ALTS:
        rec("mood", [a, b], {"alternative": alt}, lambda: res(stats.mood(a, b, alternative=alt)))
rec("fligner", [A, B, C], {"center": "median"}, lambda: res(stats.fligner(A, B, C)))

for smp in (A, B, SMALL_A, SMALL_A[:3], SMALL_A[:5], SMALL_A[:7], TIES_A, np.exp(A), PAIR_Y, np.concatenate([A, B, C])):
    rec("shapiro", [smp], {}, lambda: res(stats.shapiro(smp)))

for smp in (A, B, SMALL_A, np.exp(A), PAIR_Y, np.concatenate([A, B, C]), np.array([1.0, 2.0])):
    for dist in ("norm", "expon"):
        rec("anderson", [smp], {"dist": dist},
            lambda: (lambda r: {"statistic": float(r.statistic), "critical": [float(v) for v in r.critical_values],
                                "sig": [float(v) for v in r.significance_level], "fit": [float(v) for v in r.fit_result.params]})(stats.anderson(smp, dist)))

goldenlib.write("stats/tests", records, "scripts/golden/stats_tests.py")
