#!/usr/bin/env python3
"""Golden data for scipy/stats' descriptive statistics (issue 7, point 3).

Run with Debian's Python (scripts/install-deps.sh golden):

    /usr/bin/python3 scripts/golden/stats_describe.py

Writes testdata/stats/describe.json: one record per call, {"func", "x",
"args", "want"}, with the sample, the arguments in Go's terms and SciPy
1.10.1's result (or {"error": "ValueError"} where SciPy raises). The samples
cover normal and skewed data, ties, a large offset (cancellation), length 0,
1 and 2, constant data and NaN under each nan_policy.
"""

import os
import sys
import warnings

import numpy as np
from scipy import stats

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import goldenlib  # noqa: E402

warnings.simplefilter("ignore")
rng = np.random.default_rng(20261125)
SAMPLES = {
    "normal": rng.normal(3, 2, 101),
    "lognormal": rng.lognormal(0, 1, 60),
    "ties": rng.integers(0, 6, 40).astype(float),
    "offset": 1e8 + rng.normal(0, 1, 50),
    "one": np.array([2.5]),
    "two": np.array([1.0, 4.0]),
    "const": np.full(7, 3.25),
    "empty": np.array([]),
    "nan": np.concatenate([rng.normal(0, 1, 20), [np.nan], rng.normal(0, 1, 5), [np.nan]]),
}
POSITIVE = ["lognormal", "one", "two", "const"]
records = []


def rec(func, name, args, call):
    x = SAMPLES[name]
    try:
        want = call(x)
    except (ValueError, ZeroDivisionError) as e:
        want = {"error": type(e).__name__}
    if isinstance(want, tuple) and not isinstance(want, dict):
        want = list(want)
    records.append({"func": func, "sample": name, "x": x, "args": args, "want": want})


POLICIES = ["propagate", "omit", "raise"]
for name in SAMPLES:
    pols = POLICIES if name == "nan" else ["propagate"]
    for pol in pols:
        for order in range(0, 6):
            rec("moment", name, {"order": order, "nan_policy": pol},
                lambda x: float(stats.moment(x, order, nan_policy=pol)))
        if pol == "propagate":
            # SciPy 1.10's moment has no center (1.11 adds it): its
            # definition, NumPy's mean of (x - center)**3.
            rec("moment", name, {"order": 3, "center": 1.5, "nan_policy": pol},
                lambda x: float(np.mean((x - 1.5) ** 3)) if len(x) else float("nan"))
        for bias in (True, False):
            rec("skew", name, {"bias": bias, "nan_policy": pol}, lambda x: float(stats.skew(x, bias=bias, nan_policy=pol)))
            for fisher in (True, False):
                rec("kurtosis", name, {"bias": bias, "fisher": fisher, "nan_policy": pol},
                    lambda x: float(stats.kurtosis(x, fisher=fisher, bias=bias, nan_policy=pol)))
            for ddof in (0, 1):
                def desc(x):
                    d = stats.describe(x, ddof=ddof, bias=bias, nan_policy=pol)
                    return {"nobs": int(d.nobs), "min": float(d.minmax[0]), "max": float(d.minmax[1]),
                            "mean": float(d.mean), "variance": float(d.variance),
                            "skewness": float(d.skewness), "kurtosis": float(d.kurtosis)}
                rec("describe", name, {"ddof": ddof, "bias": bias, "nan_policy": pol}, desc)
        for ddof in (0, 1, 2):
            rec("variation", name, {"ddof": ddof, "nan_policy": pol}, lambda x: float(stats.variation(x, ddof=ddof, nan_policy=pol)))
            rec("sem", name, {"ddof": ddof, "nan_policy": pol}, lambda x: float(stats.sem(x, ddof=ddof, nan_policy=pol)))
            rec("zscore", name, {"ddof": ddof, "nan_policy": pol}, lambda x: [float(v) for v in stats.zscore(x, ddof=ddof, nan_policy=pol)])
        rec("mode", name, {"nan_policy": pol}, lambda x: (lambda m: {"mode": float(m.mode) if np.size(m.mode) else float("nan"), "count": int(m.count) if np.size(m.count) else 0})(stats.mode(x, nan_policy=pol, keepdims=False)))
        for method in ("average", "min", "max", "dense", "ordinal"):
            rec("rankdata", name, {"method": method, "nan_policy": pol},
                lambda x: [float(v) for v in stats.rankdata(x, method=method, nan_policy=pol)])
        for kind in ("rank", "weak", "strict", "mean"):
            for score in (-1.0, 2.0, 3.25, 4.0, 1e8):
                rec("percentileofscore", name, {"score": score, "kind": kind, "nan_policy": pol},
                    lambda x: float(stats.percentileofscore(x, score, kind=kind, nan_policy=pol)))
        for interp in ("linear", "lower", "higher", "midpoint", "nearest"):
            rec("iqr", name, {"interpolation": interp, "nan_policy": pol}, lambda x: float(stats.iqr(x, interpolation=interp, nan_policy=pol)))
        rec("iqr", name, {"rng": [10, 90], "normal": True, "nan_policy": pol},
            lambda x: float(stats.iqr(x, rng=(10, 90), scale="normal", nan_policy=pol)))
        rec("iqr", name, {"scale": 2.5, "nan_policy": pol}, lambda x: float(stats.iqr(x, scale=2.5, nan_policy=pol)))
    if name != "nan":
        for prop in (0.0, 0.1, 0.25, 0.5):
            rec("trim_mean", name, {"proportion": prop}, lambda x: float(stats.trim_mean(x, prop)))
            rec("trimboth", name, {"proportion": prop}, lambda x: sorted(float(v) for v in stats.trimboth(x, prop)))
        for per in (0, 30, 50, 99, 100):
            for interp in ("fraction", "lower", "higher"):
                rec("scoreatpercentile", name, {"per": per, "interpolation": interp},
                    lambda x: float(stats.scoreatpercentile(x, per, interpolation_method=interp)))
        rec("scoreatpercentile", name, {"per": 40, "limit": [0, 4]},
            lambda x: float(stats.scoreatpercentile(x, 40, limit=(0, 4))))
for name in POSITIVE + ["empty"]:
    x = SAMPLES[name]
    w = list(np.linspace(1, 2, len(x)))
    for weights in (None, w):
        rec("gmean", name, {"weights": weights}, lambda x: float(stats.gmean(x, weights=weights)))
        rec("hmean", name, {"weights": weights}, lambda x: float(stats.hmean(x, weights=weights)))
        for p in (2.0, -1.0, 0.5, 0.0):
            rec("pmean", name, {"p": p, "weights": weights}, lambda x: float(stats.pmean(x, p, weights=weights)))
rec("hmean", "normal", {"weights": None}, lambda x: float(stats.hmean(x)))
rec("pmean", "normal", {"p": 2.0, "weights": None}, lambda x: float(stats.pmean(x, 2.0)))
rec("gmean", "normal", {"weights": None}, lambda x: float(stats.gmean(x)))

goldenlib.write("stats/describe", records, "scripts/golden/stats_describe.py")
