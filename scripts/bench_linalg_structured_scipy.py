#!/usr/bin/python3
"""SciPy side of the structured-solver benchmarks of scipy/linalg
(BenchmarkSolveBanded, BenchmarkSolveToeplitz, BenchmarkEighTridiagonal,
BenchmarkEigBanded in structured_test.go and eig_structured_test.go): times
the same scipy.linalg calls on the same shapes and prints one line per
benchmark, "<Func>/n=<n> <seconds per call>", as bench_linalg_scipy.py does.

Usage: OPENBLAS_NUM_THREADS=1 /usr/bin/python3 scripts/bench_linalg_structured_scipy.py [--quick]
--quick times for 0.05 s instead of 0.3 s.
"""

import sys
import timeit

import numpy as np
import scipy.linalg as sl


def main():
    quick = "--quick" in sys.argv[1:]
    budget = 0.05 if quick else 0.3
    for n in (100, 1000):
        rs = np.random.RandomState(1)
        # The Go benchmarks' shapes: a (2, 3) band with a shifted diagonal,
        # a diagonally dominant symmetric Toeplitz c, a random tridiagonal
        # (d, e) and a random 4-row symmetric band.
        ab = rs.standard_normal((6, n))
        ab[3] += 8
        rhs = rs.standard_normal((n, 1))
        c = rs.standard_normal(n)
        c[0] += 2 * n
        d, e = rs.standard_normal(n), rs.standard_normal(n - 1)
        sb = rs.standard_normal((4, n))
        calls = {
            "SolveBanded": lambda: sl.solve_banded((2, 3), ab, rhs),
            "SolveToeplitz": lambda: sl.solve_toeplitz(c, rhs),
            "EighTridiagonal": lambda: sl.eigh_tridiagonal(d, e),
            "EigBanded": lambda: sl.eig_banded(sb),
        }
        for name, f in calls.items():
            t = timeit.Timer(f)
            number, _ = t.autorange()
            reps = max(3, int(budget / (t.timeit(number) / number) / number))
            best = sorted(t.repeat(repeat=min(reps, 7), number=number))
            print("%s/n=%d %.9g" % (name, n, best[len(best) // 2] / number))


if __name__ == "__main__":
    main()
