#!/usr/bin/python3
"""Time scipy.stats.multivariate_normal on the work of
scipy/stats/mvn_test.go (BenchmarkMVNLogPDF, BenchmarkMVNCDF).

    /usr/bin/python3 scripts/bench_mvn_scipy.py [-t SECONDS]

Prints one line per benchmark, "name/d=D NS", the median time per call in
nanoseconds: logpdf of one point for d = 3, 10 (correlation 0.3), cdf at
(0.5, ..., 0.5) for d = 2, 5 (correlation 0.5, SciPy's default
tolerances). A measuring tool, not part of goscipy.
"""

import argparse
import warnings

import numpy as np
import scipy
from scipy import stats

from benchlib import median_ns  # scripts/benchlib.py

warnings.simplefilter("ignore")


def equicorr(d, rho):
    return np.full((d, d), rho) + (1 - rho) * np.eye(d)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-t", type=float, default=0.5, help="seconds per benchmark")
    args = ap.parse_args()
    print("# scipy %s, numpy %s" % (scipy.__version__, np.__version__))
    for d in (3, 10):
        rv = stats.multivariate_normal(np.zeros(d), equicorr(d, 0.3))
        x = 0.1 * np.arange(d)
        print("MVNLogPDF/d=%d %.0f" % (d, median_ns(lambda: rv.logpdf(x), args.t)))
    for d in (2, 5):
        rv = stats.multivariate_normal(np.zeros(d), equicorr(d, 0.5))
        x = np.full(d, 0.5)
        print("MVNCDF/d=%d %.0f" % (d, median_ns(lambda: rv.cdf(x), args.t)))


if __name__ == "__main__":
    main()
