#!/usr/bin/python3
"""SciPy side of scripts/bench-linalg.sh: times the scipy.linalg calls that
scipy/linalg's Go benchmarks make, on the same shapes, and prints one line
per benchmark: "<Func>/n=<n> <seconds per call>".

Usage: OPENBLAS_NUM_THREADS=1 /usr/bin/python3 scripts/bench_linalg_scipy.py [--quick]
--quick skips n=1000 and times for 0.05 s instead of 0.3 s.
"""

import sys
import timeit

import numpy as np
import scipy.linalg as sl


def spd(n):
    a = np.random.RandomState(n).standard_normal((n, n))
    return a @ a.T + n * np.eye(n)


def main():
    quick = "--quick" in sys.argv[1:]
    sizes = [10, 100] if quick else [10, 100, 1000]
    budget = 0.05 if quick else 0.3
    for n in sizes:
        rs = np.random.RandomState(1)
        a = rs.standard_normal((n, n))
        b = rs.standard_normal((n, 1))
        s = spd(n)
        calls = {
            "Solve": lambda: sl.solve(a, b),
            "Inv": lambda: sl.inv(a),
            "Det": lambda: sl.det(a),
            "Cholesky": lambda: sl.cholesky(s),
            "QR": lambda: sl.qr(a),
            "LU": lambda: sl.lu(a),
            "SVD": lambda: sl.svd(a),
            "Eigh": lambda: sl.eigh(s),
            "LstSq": lambda: sl.lstsq(a, b),
            "Eig": lambda: sl.eig(a),
            "Expm": lambda: sl.expm(a / n),
        }
        for name, f in calls.items():
            t = timeit.Timer(f)
            number, _ = t.autorange()
            reps = max(3, int(budget / (t.timeit(number) / number) / number))
            best = sorted(t.repeat(repeat=min(reps, 7), number=number))
            print("%s/n=%d %.9g" % (name, n, best[len(best) // 2] / number))


if __name__ == "__main__":
    main()
