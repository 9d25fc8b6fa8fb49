#!/usr/bin/env python3
"""Golden data for scipy/stats' kernel density estimate and resampling
tests (issue 7, point 3): gaussian_kde, bootstrap, permutation_test and
monte_carlo_test of SciPy 1.10.1.

Run with Debian's Python (scripts/install-deps.sh golden):

    /usr/bin/python3 scripts/golden/stats_resampling.py

Writes
  testdata/stats/resampling_kde.json: gaussian_kde factor, neff,
      covariance, evaluate, logpdf, integrate_box_1d and integrate_gaussian
      marginal and integrate_kde for 1-, 2- and 3-D data, each bandwidth
      rule and weights;
  testdata/stats/resampling_bootstrap.json: SciPy's bootstrap result
      (bootstrap_distribution, confidence_interval, standard_error) for
      each method, so that the Go side can recompute the interval from
      SciPy's own bootstrap distribution (SciPy's random stream cannot be
      reproduced);
  testdata/stats/resampling_perm.json: exact permutation tests (every
      permutation enumerated; p-values are deterministic) and
      monte_carlo_test with a deterministic rvs.
"""

import os
import sys
import warnings

import numpy as np
from scipy import stats

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import goldenlib  # noqa: E402

warnings.simplefilter("ignore")
GEN = "scripts/golden/stats_resampling.py"
rng = np.random.default_rng(20261125)

# ---------------------------------------------------------------- KDE
kde_cases = []


def half_scott(k):
    return 0.5 * k.scotts_factor()


BW = {"scott": "scott", "silverman": "silverman", "0.3": 0.3, "half_scott": half_scott}


def kde_case(name, data, bw, weights, points, boxes=(), gauss=None):
    k = stats.gaussian_kde(data, bw_method=BW[bw], weights=weights)
    rec = {
        "name": name, "bw": bw, "data": data.tolist(),
        "weights": None if weights is None else list(map(float, weights)),
        "points": points.tolist(),
        "factor": float(k.factor), "neff": float(k.neff),
        "covariance": np.atleast_2d(k.covariance).tolist(),
        "evaluate": k.evaluate(points).tolist(),
        "logpdf": k.logpdf(points).tolist(),
        "boxes": [[lo, hi, float(k.integrate_box_1d(lo, hi))] for lo, hi in boxes],
    }
    if data.shape[0] > 1:
        dims = [data.shape[0] - 1, 0]
        m = k.marginal(dims)
        rec["marginal_dims"] = dims
        rec["marginal_factor"] = float(m.factor)
        rec["marginal_evaluate"] = m.evaluate(points[dims]).tolist()
    # integrate_kde against a fixed second estimate of the same dimension.
    other = stats.gaussian_kde(data[:, ::3] + 0.25 if data.shape[1] > 6 else data * 1.5, bw_method=0.6)
    rec["other_data"] = other.dataset.tolist()
    rec["integrate_kde"] = float(k.integrate_kde(other))
    if gauss is not None:
        mean, cov = gauss
        rec["gauss_mean"] = list(map(float, mean))
        rec["gauss_cov"] = np.atleast_2d(cov).tolist()
        rec["gauss"] = float(k.integrate_gaussian(mean, cov))
    kde_cases.append(rec)


x1 = np.concatenate([rng.normal(0, 1, 35), rng.normal(4, 0.5, 15)])
p1 = np.atleast_2d(np.concatenate([np.linspace(-4, 8, 25), [-30.0, 45.0, 1e3]]))
boxes1 = [(-1.0, 1.0), (0.0, 5.0), (-np.inf, 2.0), (3.0, np.inf), (2.0, -1.0), (-50.0, 50.0)]
w1 = rng.uniform(0.1, 2.0, x1.size)
for bw in ("scott", "silverman", "0.3", "half_scott"):
    kde_case("1d", np.atleast_2d(x1), bw, None, p1, boxes1, ([1.0], [[0.7]]))
kde_case("1d-weights", np.atleast_2d(x1), "scott", w1, p1, boxes1, ([2.5], [[0.2]]))
kde_case("1d-two", np.array([[1.0, 2.0]]), "scott", None, np.array([[0.0, 1.5, 3.0]]), [(0.0, 1.0)])

x2 = rng.multivariate_normal([0, 1], [[1.0, 0.6], [0.6, 2.0]], 40).T
g2 = np.meshgrid(np.linspace(-3, 3, 5), np.linspace(-2, 4, 4))
p2 = np.vstack([g2[0].ravel(), g2[1].ravel()])
p2 = np.hstack([p2, [[25.0], [-30.0]]])
w2 = rng.uniform(0, 1, 40)
w2[3] = 0.0
for bw in ("scott", "silverman", "0.3", "half_scott"):
    kde_case("2d", x2, bw, None, p2, gauss=([0.5, 0.5], [[1.0, 0.2], [0.2, 0.5]]))
kde_case("2d-weights", x2, "scott", w2, p2, gauss=([0.0, 1.0], [[0.3, 0.0], [0.0, 0.3]]))

x3 = rng.normal(0, 1, (3, 30)) * np.array([[1.0], [2.0], [0.5]])
x3[2] += 0.4 * x3[0]
p3 = rng.normal(0, 1.5, (3, 12))
kde_case("3d", x3, "scott", None, p3, gauss=([0.1, 0.2, 0.3], np.eye(3) * 0.8))
kde_case("3d", x3, "silverman", None, p3)
goldenlib.write("stats/resampling_kde", kde_cases, GEN)

# ----------------------------------------------------------- bootstrap
STATS = {
    "mean": lambda x, axis=-1: np.mean(x, axis=axis),
    "std": lambda x, axis=-1: np.std(x, axis=axis),
    "median": lambda x, axis=-1: np.median(x, axis=axis),
    "diff_means": lambda x, y, axis=-1: np.mean(x, axis=axis) - np.mean(y, axis=axis),
    "pearson": lambda x, y, axis=-1: (
        np.sum((x - np.mean(x, axis=axis, keepdims=True)) * (y - np.mean(y, axis=axis, keepdims=True)), axis=axis)
        / np.sqrt(np.sum((x - np.mean(x, axis=axis, keepdims=True)) ** 2, axis=axis)
                  * np.sum((y - np.mean(y, axis=axis, keepdims=True)) ** 2, axis=axis))),
}
boot_cases = []


def boot_case(stat, samples, method, level=0.95, paired=False, nres=600):
    r = stats.bootstrap(samples, STATS[stat], n_resamples=nres, method=method, confidence_level=level,
                        paired=paired, random_state=np.random.default_rng(len(boot_cases) + 1))
    boot_cases.append({
        "statistic": stat, "method": method, "level": level, "paired": paired,
        "samples": [list(map(float, s)) for s in samples],
        "distribution": r.bootstrap_distribution.tolist(),
        "low": float(r.confidence_interval.low), "high": float(r.confidence_interval.high),
        "standard_error": float(r.standard_error),
    })


bx = rng.lognormal(0, 0.7, 25)
by = rng.normal(1, 1, 18)
bpx = rng.normal(0, 1, 20)
bpy = 0.5 * bpx + rng.normal(0, 1, 20)
bmed = np.round(rng.normal(5, 2, 21))  # ties: median resamples hit the median exactly
for method in ("percentile", "basic", "BCa"):
    boot_case("mean", [bx], method)
    boot_case("std", [bx], method, level=0.9)
    boot_case("diff_means", [bx, by], method)
    boot_case("pearson", [bpx, bpy], method, paired=True)
    boot_case("median", [bmed], method, level=0.8)
goldenlib.write("stats/resampling_bootstrap", boot_cases, GEN)

# ---------------------------------------------------- permutation tests
PSTATS = {
    "diff_means": STATS["diff_means"],
    "mean": STATS["mean"],
    "pearson": STATS["pearson"],
    "var_of_means": lambda *s, axis=-1: np.var([np.mean(t, axis=axis) for t in s], axis=0),
    "mean_diff_paired": lambda x, y, axis=-1: np.mean(x - y, axis=axis),
    "sum_first": lambda *s, axis=-1: np.sum(s[0], axis=axis),
}
perm_cases = []


def perm_case(stat, samples, ptype, alt, nres=9999):
    r = stats.permutation_test(samples, PSTATS[stat], permutation_type=ptype, alternative=alt,
                               n_resamples=nres, vectorized=True, random_state=1)
    nd = np.sort(np.asarray(r.null_distribution, dtype=float).ravel())
    perm_cases.append({
        "kind": "permutation", "statistic": stat, "type": ptype, "alternative": alt, "n_resamples": nres,
        "samples": [list(map(float, s)) for s in samples],
        "want_statistic": float(r.statistic), "pvalue": float(r.pvalue),
        "null_sorted": nd.tolist(),
    })


px = np.array([2.1, 3.4, 1.9, 5.6, 4.2])
py = np.array([1.2, 0.8, 2.5, 1.7])
pz = np.array([3.0, 2.2, 4.1])
tie_x = np.array([1.0, 2.0, 2.0, 3.0, 1.0])
tie_y = np.array([2.0, 1.0, 3.0, 3.0])
sx = np.array([0.3, -1.2, 2.5, 0.8, -0.4, 1.9, 0.6, -0.1])
ax = np.array([4.1, 3.9, 5.2, 6.0, 4.4, 5.1])
ay = np.array([3.8, 4.0, 4.6, 5.1, 4.5, 4.2])
for alt in ("two-sided", "less", "greater"):
    perm_case("diff_means", [px, py], "independent", alt)
    perm_case("diff_means", [tie_x, tie_y], "independent", alt)
    perm_case("var_of_means", [px[:3], py[:3], pz[:2]], "independent", alt)
    perm_case("mean", [sx], "samples", alt)
    perm_case("mean_diff_paired", [ax, ay], "samples", alt)
    perm_case("var_of_means", [ax[:4], ay[:4], ax[1:5] - 0.3], "samples", alt)
    perm_case("pearson", [ax[:4], ay[:4]], "pairings", alt)
    perm_case("sum_first", [ax[:5]], "pairings", alt)
# n_resamples exactly the number of permutations: still exact.
perm_case("diff_means", [px, py], "independent", "greater", nres=126)
perm_case("mean", [sx], "samples", "two-sided", nres=256)

# monte_carlo_test with a deterministic rvs: sin of consecutive integers,
# which SciPy draws as one (n_resamples, n) block in row-major order.
mc_sample = np.array([0.9, 0.1, 0.5, 0.7, 0.3, 0.8])
for stat in ("mean", "std"):
    for alt in ("two-sided", "less", "greater"):
        for nres in (50, 999):
            r = stats.monte_carlo_test(mc_sample, lambda size: np.sin(np.arange(np.prod(size))).reshape(size),
                                       STATS[stat], n_resamples=nres, alternative=alt, vectorized=True)
            perm_cases.append({
                "kind": "montecarlo", "statistic": stat, "alternative": alt, "n_resamples": nres,
                "samples": [list(map(float, mc_sample))],
                "want_statistic": float(r.statistic), "pvalue": float(r.pvalue),
                "null_sorted": np.sort(np.asarray(r.null_distribution).ravel()).tolist(),
            })
goldenlib.write("stats/resampling_perm", perm_cases, GEN)
