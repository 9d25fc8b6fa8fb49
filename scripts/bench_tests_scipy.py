#!/usr/bin/python3
"""Time scipy.stats' hypothesis tests on the samples of
scipy/stats/bench_test.go (BenchmarkTests), for
scripts/bench-special.sh --tests.

    /usr/bin/python3 scripts/bench_tests_scipy.py [-t SECONDS]

Prints one line per test and size, "name/n=N NS", the median time per call
in nanoseconds. A measuring tool, not part of goscipy.
"""

import argparse
import statistics
import time
import timeit
import warnings

import numpy as np
import scipy
from scipy import special, stats

warnings.simplefilter("ignore")


def samples(n, shift):
    i = np.arange(n)
    u = ((i * 7919) % n + 0.5) / n
    v = ((i * 104729 + 13) % n + 0.5) / n
    return special.ndtri(u), special.ndtri(v) + shift


def median_ns(fn, mintime):
    fn()
    timer = timeit.Timer(fn)
    out, start = [], time.perf_counter()
    while len(out) < 5 or time.perf_counter() - start < mintime:
        out.append(timer.timeit(1) * 1e9)
    return statistics.median(out)


TESTS = [
    ("ttestind", lambda x, y: stats.ttest_ind(x, y)),
    ("ttestrel", lambda x, y: stats.ttest_rel(x, y)),
    ("mannwhitneyu", lambda x, y: stats.mannwhitneyu(x, y)),
    ("wilcoxon", lambda x, y: stats.wilcoxon(x, y)),
    ("kruskal", lambda x, y: stats.kruskal(x, y)),
    ("foneway", lambda x, y: stats.f_oneway(x, y)),
    ("levene", lambda x, y: stats.levene(x, y)),
    ("pearsonr", lambda x, y: stats.pearsonr(x, y)),
    ("spearmanr", lambda x, y: stats.spearmanr(x, y)),
    ("normaltest", lambda x, y: stats.normaltest(x)),
    ("describe", lambda x, y: stats.describe(x)),
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-t", type=float, default=0.5, help="seconds per test and size")
    args = ap.parse_args()
    print("# scipy %s, numpy %s" % (scipy.__version__, np.__version__))
    for name, f in TESTS:
        for n in (100, 10000):
            x, y = samples(n, 0.1)
            print("%s/n=%d %.0f" % (name, n, median_ns(lambda: f(x, y), args.t)))


if __name__ == "__main__":
    main()
