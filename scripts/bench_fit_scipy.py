#!/usr/bin/python3
"""Time scipy.stats' rv_continuous.fit on the samples of
scipy/stats/fit_example_test.go (BenchmarkFit): n quantiles
ppf(((i*7919) % n + 0.5)/n) of norm(1, 2), gamma(2.5, 0, 1.5) and
weibull_min(1.8, 0, 2), fitted with SciPy's defaults.

    /usr/bin/python3 scripts/bench_fit_scipy.py [-t SECONDS]

Prints one line per distribution and size, "name/n=N NS", the median time
per call in nanoseconds. A measuring tool, not part of goscipy.
"""

import argparse
import warnings

import numpy as np
import scipy
from scipy import stats

from benchlib import median_ns  # scripts/benchlib.py

warnings.simplefilter("ignore")

DISTS = [
    ("norm", stats.norm, (1.0, 2.0)),
    ("gamma", stats.gamma, (2.5, 0.0, 1.5)),
    ("weibull_min", stats.weibull_min, (1.8, 0.0, 2.0)),
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-t", type=float, default=0.5, help="seconds per distribution and size")
    args = ap.parse_args()
    print("# scipy %s, numpy %s" % (scipy.__version__, np.__version__))
    for name, dist, params in DISTS:
        for n in (100, 10000):
            i = np.arange(n)
            x = dist.ppf(((i * 7919) % n + 0.5) / n, *params)
            print("%s/n=%d %.0f" % (name, n, median_ns(lambda: dist.fit(x), args.t)))


if __name__ == "__main__":
    main()
