"""Shared timing for the scripts/bench_*_scipy.py measuring tools (not part
of goscipy): one statistic on SciPy's side of every comparison."""

import statistics
import time
import timeit


def median_ns(fn, mintime):
    """The median time of single calls of fn, in nanoseconds, over at least
    five calls and at least mintime seconds, after one warm-up call outside
    the timing (plans, caches, imports)."""
    fn()
    timer = timeit.Timer(fn)
    samples, start = [], time.perf_counter()
    while len(samples) < 5 or time.perf_counter() - start < mintime:
        samples.append(timer.timeit(1) * 1e9)
    return statistics.median(samples)
