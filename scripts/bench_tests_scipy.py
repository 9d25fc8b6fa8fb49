#!/usr/bin/python3
"""Time scipy.stats' hypothesis tests on the samples of
scipy/stats/bench_test.go (BenchmarkTests), for
scripts/bench-special.sh --tests.

    /usr/bin/python3 scripts/bench_tests_scipy.py [-t SECONDS]

Prints one line per test and size, "name/n=N NS", the median time per call
in nanoseconds. A measuring tool, not part of goscipy.
"""

import argparse
import warnings

import numpy as np
import scipy
from scipy import special, stats

from benchlib import median_ns  # scripts/benchlib.py

warnings.simplefilter("ignore")


def samples(n, shift):
    i = np.arange(n)
    u = ((i * 7919) % n + 0.5) / n
    v = ((i * 104729 + 13) % n + 0.5) / n
    return special.ndtri(u), special.ndtri(v) + shift


STD_CDF = stats.norm(0, 1).cdf

# (name, call, largest n or None): the list of BenchmarkTests, lower-cased.
TESTS = [
    ("ttest1samp", lambda x, y: stats.ttest_1samp(x, 0), None),
    ("ttestind", lambda x, y: stats.ttest_ind(x, y), None),
    ("ttestrel", lambda x, y: stats.ttest_rel(x, y), None),
    ("mannwhitneyu", lambda x, y: stats.mannwhitneyu(x, y), None),
    ("wilcoxon", lambda x, y: stats.wilcoxon(x, y), None),
    ("kruskal", lambda x, y: stats.kruskal(x, y), None),
    ("friedmanchisquare", lambda x, y: stats.friedmanchisquare(x, y, x + y), None),
    ("foneway", lambda x, y: stats.f_oneway(x, y), None),
    ("bartlett", lambda x, y: stats.bartlett(x, y), None),
    ("levene", lambda x, y: stats.levene(x, y), None),
    ("fligner", lambda x, y: stats.fligner(x, y), None),
    ("mood", lambda x, y: stats.mood(x, y), None),
    ("ansari", lambda x, y: stats.ansari(x, y), None),
    ("pearsonr", lambda x, y: stats.pearsonr(x, y), None),
    ("spearmanr", lambda x, y: stats.spearmanr(x, y), None),
    ("kendalltau", lambda x, y: stats.kendalltau(x, y), None),
    ("linregress", lambda x, y: stats.linregress(x, y), None),
    ("theilslopes", lambda x, y: stats.theilslopes(y, x), 100),
    ("siegelslopes", lambda x, y: stats.siegelslopes(y, x), 100),
    ("skewtest", lambda x, y: stats.skewtest(x), None),
    ("kurtosistest", lambda x, y: stats.kurtosistest(x), None),
    ("normaltest", lambda x, y: stats.normaltest(x), None),
    ("jarquebera", lambda x, y: stats.jarque_bera(x), None),
    ("shapiro", lambda x, y: stats.shapiro(x), None),
    ("anderson", lambda x, y: stats.anderson(x, "norm"), None),
    ("andersonksamp", lambda x, y: stats.anderson_ksamp([x, y]), None),
    ("ks1samp", lambda x, y: stats.ks_1samp(x, STD_CDF), None),
    ("ks2samp", lambda x, y: stats.ks_2samp(x, y), None),
    ("cramervonmises", lambda x, y: stats.cramervonmises(x, STD_CDF), None),
    ("cramervonmises2samp", lambda x, y: stats.cramervonmises_2samp(x, y), None),
    ("wassersteindistance", lambda x, y: stats.wasserstein_distance(x, y), None),
    ("energydistance", lambda x, y: stats.energy_distance(x, y), None),
    ("describe", lambda x, y: stats.describe(x), None),
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-t", type=float, default=0.5, help="seconds per test and size")
    args = ap.parse_args()
    print("# scipy %s, numpy %s" % (scipy.__version__, np.__version__))
    for name, f, maxn in TESTS:
        for n in (100, 10000):
            if maxn is not None and n > maxn:
                continue
            x, y = samples(n, 0.1)
            print("%s/n=%d %.0f" % (name, n, median_ns(lambda: f(x, y), args.t)))


if __name__ == "__main__":
    main()
