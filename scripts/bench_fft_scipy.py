#!/usr/bin/python3
"""Time scipy.fft on the transforms scipy/fft/bench_test.go times.

Run with Debian's Python (the SciPy pinned in scripts/deps.lock):

    /usr/bin/python3 scripts/bench_fft_scipy.py [-t SECONDS] [-c COUNT] [-p]

For each transform, timeit calibrates a number of calls lasting about
SECONDS, times COUNT such samples and prints the median per-call time in
nanoseconds, as scripts/bench-fft.c does (and go test with -benchtime
SECONDS -count COUNT, of which scripts/bench-fft.sh takes the median), in
bench-fft.c's format (with -p, of the thread's CPU time instead of wall
time, as bench-fft -p):

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


def median_ns(fn, sampletime, count, clock):
    fn()  # plan and warm up outside the timing
    timer = timeit.Timer(fn, timer=clock)
    number = 1
    while True:
        dt = timer.timeit(number)
        if dt >= sampletime / 10 or number >= 1 << 30:
            if dt > 0:
                number = int(number * sampletime / dt) + 1
            break
        number *= 10 if dt < sampletime / 100 else 2
    samples = [timer.timeit(number) / number * 1e9 for _ in range(count)]
    return statistics.median(samples)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-t", type=float, default=0.5, help="length of one sample, seconds")
    ap.add_argument("-c", type=int, default=3, help="number of samples per transform")
    ap.add_argument("-p", action="store_true", help="time the thread's CPU time instead of wall time")
    args = ap.parse_args()
    clock = time.thread_time if args.p else time.perf_counter
    if args.t <= 0 or args.c < 1:
        ap.error("-t must be > 0 and -c >= 1")
    print("# scipy %s numpy %s, scipy.fft (pocketfft), workers=1, median of %d samples of %.2f s%s"
          % (scipy.__version__, np.__version__, args.c, args.t, " of thread CPU time" if args.p else ""))
    for n in [64, 1024, 4096, 65536, 1 << 20, 1009]:
        x = real_input(n, 1) + 1j * real_input(n, 2)
        print("fft %d %.1f" % (n, median_ns(lambda: sf.fft(x), args.t, args.c, clock)), flush=True)
        xr = real_input(n, 2)
        print("rfft %d %.1f" % (n, median_ns(lambda: sf.rfft(xr), args.t, args.c, clock)), flush=True)
    r, c = 512, 512
    x = (real_input(r * c, 7) + 1j * real_input(r * c, 8)).reshape(r, c)
    print("fft2 %dx%d %.1f" % (r, c, median_ns(lambda: sf.fft2(x), args.t, args.c, clock)), flush=True)


if __name__ == "__main__":
    main()
