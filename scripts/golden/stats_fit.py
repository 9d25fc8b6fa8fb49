#!/usr/bin/env python3
"""Golden data for scipy/stats' Fit (rv_continuous.fit) and for
internal/neldermead (scipy.optimize.fmin).

Run with Debian's Python (scripts/install-deps.sh golden):

    /usr/bin/python3 scripts/golden/stats_fit.py

Writes testdata/stats/fit.json: one record per fit, {"dist", "data",
"fixed", "guess", "method", "want", "nll", "status"}: SciPy 1.10.1's fitted
(shapes..., loc, scale), the negative log-likelihood -sum(logpdf) at
them and fmin's warnflag where the optimizer ran, or {"error": ...} where
SciPy raises. The samples are seeded draws
of SciPy's rvs (n = 60..150). "fixed" holds f<shape>/floc/fscale keyed by
the bare name ("a", "loc", "scale"); "guess" the starting values.

Writes testdata/neldermead/fmin.json: scipy.optimize.fmin's x, fun, nit,
nfev and warnflag on test functions from given starting points.
"""

import os
import sys
import warnings

import numpy as np
from scipy import optimize, stats

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import goldenlib  # noqa: E402

warnings.simplefilter("ignore")
GEN = "scripts/golden/stats_fit.py"

# SciPy name -> (frozen parameters for the sample, sample size). The Go
# VonMises has vonmises_line's support [-pi, pi] (see vonmises.go), so its
# reference is vonmises_line.
DISTS = {
    "norm": ((1.5, 2.0), 100),
    "expon": ((0.5, 2.0), 100),
    "uniform": ((-1.0, 3.0), 100),
    "laplace": ((0.3, 1.7), 101),
    "logistic": ((-0.4, 1.3), 100),
    "gumbel_r": ((0.7, 1.9), 100),
    "gumbel_l": ((-0.7, 0.6), 100),
    "rayleigh": ((0.4, 2.0), 100),
    "cauchy": ((0.2, 0.8), 100),
    "lognorm": ((0.6, 0.0, 2.0), 100),
    "gamma": ((2.5, 0.0, 1.5), 100),
    "beta": ((2.0, 3.5, 0.0, 1.0), 100),
    "invgauss": ((0.7, 0.0, 1.3), 100),
    "pareto": ((2.5, 0.0, 1.0), 100),
    "weibull_min": ((1.8, 0.0, 2.0), 100),
    "weibull_max": ((2.2, 0.5, 1.0), 100),
    "skewnorm": ((3.0, 0.5, 1.5), 100),
    "genextreme": ((0.2, 0.0, 1.0), 100),
    "genpareto": ((0.15, 0.0, 1.0), 100),
    "t": ((4.0, 0.5, 1.2), 100),
    "chi2": ((4.0, 0.0, 1.0), 100),
    "f": ((5.0, 9.0, 0.0, 1.0), 100),
    "invgamma": ((3.0, 0.0, 2.0), 100),
    "maxwell": ((0.3, 1.2), 100),
    "triang": ((0.3, -1.0, 2.0), 100),
    "exponweib": ((2.0, 1.5, 0.0, 1.0), 100),
    "truncnorm": ((-1.0, 1.5, 0.0, 1.0), 100),
    "vonmises_line": ((2.0, 0.3, 1.0), 100),
    "nct": ((5.0, 1.5, 0.0, 1.0), 60),
    "ncx2": ((3.0, 2.0, 0.0, 1.0), 60),
}

records = []


def scipy_dist(name):
    return getattr(stats, name)


def rec(name, data, fixed=None, guess=None, method="MLE"):
    """Fit with SciPy and record the result (or the exception)."""
    fixed = fixed or {}
    guess = guess or {}
    dist = scipy_dist(name)
    shapes = dist.shapes.replace(",", " ").split() if dist.shapes else []
    kw = {}
    for k, v in fixed.items():
        kw["f" + k if k in ("loc", "scale") else "f" + k] = v
    args = []
    for s in shapes:  # positional shape guesses must be a prefix
        if s in guess:
            args.append(guess[s])
        else:
            break
    for k in ("loc", "scale"):
        if k in guess:
            kw[k] = guess[k]
    if method != "MLE":
        kw["method"] = method
    flags = []

    def fmin(func, x0, args=(), disp=0):
        # SciPy's default optimizer, keeping its warnflag (1: maxfun,
        # 2: maxiter); not called by the closed-form fit methods.
        r = optimize.fmin(func, x0, args=args, disp=disp, full_output=True)
        flags.append(int(r[4]))
        return r[0]
    kw["optimizer"] = fmin
    out = {"dist": "vonmises" if name == "vonmises_line" else name,
           "data": [float(x) for x in data], "fixed": fixed, "guess": guess,
           "method": method}
    try:
        p = dist.fit(np.asarray(data), *args, **kw)
        p = [float(v) for v in p]
        out["want"] = p
        with np.errstate(all="ignore"):
            out["nll"] = float(-np.sum(dist.logpdf(data, *p)))
        if flags:
            out["status"] = flags[-1]
    except Exception as e:  # SciPy raises ValueError, RuntimeError, FitError...
        out["error"] = type(e).__name__
    records.append(out)


def sample(name, seed):
    params, n = DISTS[name]
    return scipy_dist(name).rvs(*params, size=n, random_state=np.random.default_rng(seed))


for i, name in enumerate(DISTS):
    x = sample(name, 100 + i)
    rec(name, x)
    rec(name, x[:12])  # a small sample

    dist = scipy_dist(name)
    shapes = dist.shapes.replace(",", " ").split() if dist.shapes else []
    params = DISTS[name][0]
    # Fixed location at (or below) the support's end where that is natural.
    lo = float(np.min(x))
    if name in ("expon", "gamma", "lognorm", "weibull_min", "invgauss",
                "rayleigh", "pareto", "invgamma", "chi2", "f", "maxwell",
                "genpareto", "exponweib", "ncx2"):
        floc = 0.0 if lo > 0 else lo - 0.5
        rec(name, x, fixed={"loc": floc})
        if shapes:
            rec(name, x, fixed={"loc": floc, shapes[0]: params[0]})
        rec(name, x, fixed={"loc": floc, "scale": params[-1]})
    elif not shapes:
        rec(name, x, fixed={"loc": params[0]})
        rec(name, x, fixed={"scale": params[1]})
    else:
        rec(name, x, fixed={shapes[0]: params[0]})
    # A starting guess.
    g = {s: params[j] * 1.1 for j, s in enumerate(shapes)}
    g["loc"], g["scale"] = params[-2], params[-1] * 0.9
    rec(name, x, guess=g)

# Closed-form branches with more fixed combinations.
xb = sample("beta", 7)
rec("beta", xb, fixed={"loc": 0.0, "scale": 1.0})
rec("beta", xb, fixed={"loc": 0.0, "scale": 1.0, "a": 2.0})
rec("beta", xb, fixed={"loc": 0.0, "scale": 1.0, "b": 3.5})
rec("beta", xb, fixed={"loc": -0.1, "scale": 1.3})
xg = sample("gamma", 8)
rec("gamma", xg, fixed={"loc": 0.0, "scale": 1.5})
rec("gamma", xg, fixed={"loc": -1.0})
xl = sample("lognorm", 9)
rec("lognorm", xl, fixed={"loc": 0.0, "s": 0.6})
rec("lognorm", xl, fixed={"loc": 0.0, "scale": 2.0})
xgr = sample("gumbel_r", 10)
rec("gumbel_r", xgr, fixed={"scale": 1.9})
rec("gumbel_r", xgr, fixed={"loc": 0.7})
rec("gumbel_l", -xgr, fixed={"loc": -0.7})
xr = sample("rayleigh", 11)
rec("rayleigh", xr, fixed={"scale": 2.0})
xp = sample("pareto", 12)
rec("pareto", xp, fixed={"b": 2.5})
rec("pareto", xp, fixed={"scale": 1.0})
rec("pareto", xp, fixed={"loc": 0.0, "scale": 1.0})
xlo = sample("logistic", 13)
rec("logistic", xlo, fixed={"scale": 1.3})
rec("logistic", xlo, fixed={"loc": -0.4})
xu = sample("uniform", 14)
rec("uniform", xu, fixed={"loc": -1.0})
rec("uniform", xu, fixed={"scale": 3.5})
xw = sample("weibull_min", 15)
rec("weibull_min", xw, fixed={"c": 1.8})
rec("weibull_min", xw, fixed={"scale": 2.0})
xs = sample("skewnorm", 16)
rec("skewnorm", xs, fixed={"a": 3.0})
rec("skewnorm", xs, fixed={"loc": 0.5})

# Errors.
xn = sample("norm", 17)
rec("norm", xn, fixed={"loc": 0.0, "scale": 1.0})            # all fixed
rec("gamma", xg, fixed={"a": 2.5, "loc": 0.0, "scale": 1.5})  # all fixed
rec("gamma", np.append(xg[:20], np.nan))                      # non-finite
rec("norm", np.append(xn[:20], np.inf))
rec("expon", sample("expon", 18), fixed={"loc": 1.0})          # data below floc
rec("uniform", xu, fixed={"scale": 1.0})                      # scale < ptp
rec("gamma", xg, fixed={"loc": 1.0})                          # data ≤ floc
rec("lognorm", xl, fixed={"loc": 1.0})
rec("beta", xb, fixed={"loc": 0.2, "scale": 0.5})
rec("rayleigh", xr, fixed={"loc": 1.0})

# Method of moments.
for name in ("norm", "gamma", "expon", "weibull_min", "skewnorm", "beta",
             "lognorm", "t", "logistic", "uniform", "gumbel_r", "laplace"):
    i = list(DISTS).index(name)
    x = sample(name, 100 + i)
    rec(name, x, method="MM")
rec("gamma", sample("gamma", 8), fixed={"loc": 0.0}, method="MM")

path = goldenlib.write("stats/fit", records, GEN)
print(path, len(records), "records")


# Nelder–Mead.
def rosen(x):
    return sum(100.0 * (x[1:] - x[:-1] ** 2) ** 2 + (1 - x[:-1]) ** 2)


def quad(x):
    return float(np.sum((x - np.arange(1, len(x) + 1)) ** 2 * np.arange(1, len(x) + 1)))


def absval(x):
    return float(np.sum(np.abs(x - 0.5)))


nm = []
for fname, f, x0, kw in [
    ("rosen", rosen, [-1.2, 1.0], {}),
    ("rosen", rosen, [0.0, 0.0, 0.0], {}),
    ("rosen", rosen, [1.3, 0.7, 0.8, 1.9, 1.2], {}),
    ("rosen", rosen, [-1.2, 1.0], {"maxiter": 30}),
    ("rosen", rosen, [-1.2, 1.0], {"maxfun": 40}),
    ("rosen", rosen, [-1.2, 1.0], {"xtol": 1e-10, "ftol": 1e-12}),
    ("quad", quad, [0.0, 0.0, 0.0, 0.0], {}),
    ("abs", absval, [2.0, -3.0], {}),
]:
    x, fun, nit, nfev, flag = optimize.fmin(f, np.asarray(x0, float), full_output=True, disp=0, **kw)
    nm.append({"func": fname, "x0": x0, "opts": kw, "x": [float(v) for v in x],
               "fun": float(fun), "nit": int(nit), "nfev": int(nfev), "status": int(flag)})
for x0 in ([-1.2, 1.0], [0.5, 0.5, 0.5, 0.5]):
    r = optimize.minimize(rosen, np.asarray(x0), method="Nelder-Mead", options={"adaptive": True})
    nm.append({"func": "rosen", "x0": x0, "opts": {"adaptive": True}, "x": [float(v) for v in r.x],
               "fun": float(r.fun), "nit": int(r.nit), "nfev": int(r.nfev), "status": int(r.status)})
print(goldenlib.write("neldermead/fmin", nm, GEN), len(nm), "records")
