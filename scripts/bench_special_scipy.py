#!/usr/bin/python3
"""Time scipy.special's ufuncs on the inputs scipy/special/bench_test.go uses.

Run with Debian's Python (the SciPy pinned in scripts/deps.lock):

    /usr/bin/python3 scripts/bench_special_scipy.py [-t SECONDS]

Each function is called once on 1e6 points (the same evenly spaced inputs
as the Go benchmarks); timeit repeats the call until SECONDS have passed
(at least 5 samples) and the median time per call is printed in
nanoseconds, one line per function:

    ndtr NS | ndtri NS | gammainc NS

SciPy's ufuncs run single-threaded. A measuring tool, not part of goscipy.
"""

import argparse

import numpy as np
import scipy
import scipy.special as sc

from benchlib import median_ns  # scripts/benchlib.py

N = 1_000_000


def linspace(lo, hi):
    return np.linspace(lo, hi, N)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-t", type=float, default=1.0, help="seconds per function")
    args = ap.parse_args()
    x = linspace(-10, 10)
    p = linspace(1e-9, 1 - 1e-9)
    a = linspace(0.5, 50)
    v = a / 5
    m = linspace(0, 0.99)
    lw = linspace(-0.3, 10).astype(complex)
    wz = linspace(-10, 10) + 1j * linspace(0.01, 5)
    oh, oa = linspace(-5, 5), linspace(0.1, 3)
    out = np.empty(N)
    cout = np.empty(N, complex)
    print("# scipy %s, numpy %s, %d points per call" % (scipy.__version__, np.__version__, N))
    for name, fn in (("ndtr", lambda: sc.ndtr(x, out=out)),
                     ("ndtri", lambda: sc.ndtri(p, out=out)),
                     ("gammainc", lambda: sc.gammainc(a, a, out=out)),
                     ("jv", lambda: sc.jv(v, a, out=out)),
                     ("j0", lambda: sc.j0(a, out=out)),
                     ("kv", lambda: sc.kv(v, a, out=out)),
                     ("hyp2f1", lambda: sc.hyp2f1(1.5, 2.5, 4.25, x / 10.5, out=out)),
                     ("hyp1f1", lambda: sc.hyp1f1(a / 10, 2.5, x, out=out)),
                     ("airy", lambda: sc.airy(x)),
                     ("ellipk", lambda: sc.ellipk(m, out=out)),
                     ("lambertw", lambda: sc.lambertw(lw, 0, 1e-8)),
                     ("wofz", lambda: sc.wofz(wz, out=cout)),
                     ("owenst", lambda: sc.owens_t(oh, oa, out=out))):
        print(name, "%.0f" % median_ns(fn, args.t))


if __name__ == "__main__":
    main()
