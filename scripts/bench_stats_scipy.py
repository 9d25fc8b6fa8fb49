#!/usr/bin/python3
"""Time scipy.stats distribution methods on the inputs of
scipy/stats/bench_test.go, for scripts/bench-special.sh --stats.

Run with Debian's Python (the SciPy pinned in scripts/deps.lock):

    /usr/bin/python3 scripts/bench_stats_scipy.py [-t SECONDS]

Each method of a frozen distribution is called once on 1e6 points (the
same evenly spaced inputs as the Go benchmarks); timeit repeats the call
until SECONDS have passed (at least 5 samples) and the median time per call
is printed in nanoseconds, one line per function:

    normcdf NS | normppf NS | tcdf NS

The names are the Go benchmarks' (BenchmarkNormCDF is normcdf). SciPy runs
single-threaded. A measuring tool, not part of goscipy.
"""

import argparse

import numpy as np
import scipy
from scipy import stats

from benchlib import median_ns  # scripts/benchlib.py

N = 1_000_000


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-t", type=float, default=1.0, help="seconds per function")
    args = ap.parse_args()
    x = np.linspace(-10, 10, N)
    q = np.linspace(1e-9, 1 - 1e-9, N)
    norm, t5 = stats.norm(0, 1), stats.t(5)
    print("# scipy %s, numpy %s, %d points per call" % (scipy.__version__, np.__version__, N))
    for name, fn in (("normcdf", lambda: norm.cdf(x)),
                     ("normppf", lambda: norm.ppf(q)),
                     ("tcdf", lambda: t5.cdf(x))):
        print(name, "%.0f" % median_ns(fn, args.t))


if __name__ == "__main__":
    main()
