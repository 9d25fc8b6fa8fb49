#!/usr/bin/python3
"""Time scipy.fft on the transforms scipy/fft/bench_test.go times.

Run with Debian's Python (the SciPy pinned in scripts/deps.lock):

    /usr/bin/python3 scripts/bench_fft_scipy.py [-t SECONDS]

For each transform, timeit calibrates a number of calls lasting about
SECONDS/10 and repeats that sample until SECONDS have passed (at least 5
samples); the median per-call time is printed in nanoseconds, in
scripts/bench-fft.c's format:

    fft n ns | rfft n ns | fft2 RxC ns

scipy.fft uses pocketfft with its default of one worker and caches its
plans, so after the first call each timing is of a cached plan, as in the
Go and C benchmarks. Inputs follow scripts/golden/fft.py's formula. A
measuring tool, not part of goscipy.
"""

import argparse
import statistics
import time
import timeit

import numpy as np
import scipy
import scipy.fft as sf


def real_input(n, seed):
    j = np.arange(n, dtype=np.int64)
    return ((j * 7919 + seed * 104729) % 1009) / 1009.0 - 0.5


def median_ns(fn, mintime):
    fn()  # plan and warm up outside the timing
    timer = timeit.Timer(fn)
    number = 1
    while True:
        dt = timer.timeit(number)
        if dt >= mintime / 10 or number >= 1 << 30:
            break
        number *= 10 if dt < mintime / 100 else 2
    samples = []
    start = time.perf_counter()
    while len(samples) < 5 or time.perf_counter() - start < mintime:
        samples.append(timer.timeit(number) / number * 1e9)
    return statistics.median(samples)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-t", type=float, default=0.2, help="minimum measuring time per transform, seconds")
    args = ap.parse_args()
    print("# scipy %s numpy %s, scipy.fft (pocketfft), workers=1, median of samples over %.2f s"
          % (scipy.__version__, np.__version__, args.t))
    for n in [64, 1024, 4096, 65536, 1 << 20, 1009]:
        x = real_input(n, 1) + 1j * real_input(n, 2)
        print("fft %d %.1f" % (n, median_ns(lambda: sf.fft(x), args.t)), flush=True)
        xr = real_input(n, 2)
        print("rfft %d %.1f" % (n, median_ns(lambda: sf.rfft(xr), args.t)), flush=True)
    r, c = 512, 512
    x = (real_input(r * c, 7) + 1j * real_input(r * c, 8)).reshape(r, c)
    print("fft2 %dx%d %.1f" % (r, c, median_ns(lambda: sf.fft2(x), args.t)), flush=True)


if __name__ == "__main__":
    main()
