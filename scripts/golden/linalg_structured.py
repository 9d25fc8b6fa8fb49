#!/usr/bin/python3
"""Golden data for the structured solvers and eigensolvers of scipy/linalg.

Run: /usr/bin/python3 scripts/golden/linalg_structured.py (SciPy 1.10.1).

Writes testdata/linalg/structured_solve.json (solve_banded, solveh_banded,
cholesky_banded, cho_solve_banded, solve_toeplitz, solve_circulant) and
testdata/linalg/structured_eig.json (eig_banded, eigvals_banded,
eigh_tridiagonal, eigvalsh_tridiagonal). Inputs come from numpy's legacy
RandomState with fixed seeds and are stored next to SciPy's outputs. An
"error" field names the linalg error kind SciPy's exception corresponds to
("singular", "notposdef", "notfinite", "value"); "cond" is the 2-norm
condition number of the dense matrix, which the Go tests use to scale their
tolerances for near-singular systems.
"""

import os
import re
import sys

import numpy as np
import scipy.linalg as sl

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import goldenlib  # noqa: E402

GEN = "scripts/golden/linalg_structured.py"


def rng(seed):
    return np.random.RandomState(seed)


def band_dense(l, u, ab):
    """The dense matrix of SciPy's (l, u) band storage."""
    n = ab.shape[1]
    a = np.zeros((n, n))
    for i in range(n):
        for j in range(max(0, i - l), min(n, i + u + 1)):
            a[i, j] = ab[u + i - j, j]
    return a


def sym_band_dense(ab, lower):
    kd = ab.shape[0] - 1
    if lower:
        a = band_dense(kd, 0, ab)
    else:
        a = band_dense(0, kd, ab)
    return np.tril(a) + np.tril(a, -1).T if lower else np.triu(a) + np.triu(a, 1).T


def random_band(seed, l, u, n, dominant=True):
    r = rng(seed)
    ab = r.standard_normal((l + u + 1, n))
    if dominant:
        ab[u, :] += np.sign(ab[u, :]) * (l + u + 1)
    # Unused corners hold garbage that must not be read.
    for k in range(u):
        ab[k, : u - k] = 1e300
    for k in range(1, l + 1):
        ab[u + k, n - k:] = -1e300
    return ab


def spd_band(seed, kd, n, lower):
    r = rng(seed)
    a = np.zeros((n, n))
    for k in range(1, min(kd, n - 1) + 1):
        v = r.standard_normal(n - k)
        a += np.diag(v, k) + np.diag(v, -k)
    a += np.diag(2 * kd + 1 + r.random_sample(n))
    ab = np.zeros((kd + 1, n))
    for j in range(n):
        for i in range(n):
            if lower and 0 <= i - j <= kd:
                ab[i - j, j] = a[i, j]
            if not lower and 0 <= j - i <= kd:
                ab[kd + i - j, j] = a[i, j]
    return ab


def err_name(e):
    if isinstance(e, ValueError) and "unexpected array size" in str(e):
        # SciPy 1.10's f2py wrappers of ?ptsv, ?stebz, ?stev and ?sterf
        # reject the empty off-diagonal of a 1×1 matrix; goscipy solves it.
        return "f2py_n1"
    if isinstance(e, np.linalg.LinAlgError):
        msg = str(e)
        if "positive definite" in msg:
            return "notposdef"
        return "singular"
    if isinstance(e, ValueError):
        if "infs or NaNs" in str(e):
            return "notfinite"
        return "value"
    raise e


def cond(a):
    if a.size == 0:
        return 1.0
    with np.errstate(all="ignore"):
        c = np.linalg.cond(a)
    return float(c) if np.isfinite(c) else "inf"


def solve_cases():
    cases = []

    def banded(name, l, u, ab, b):
        c = {"func": "solve_banded", "name": name, "l": l, "u": u, "ab": ab, "b": b,
             "b_vector": b.ndim == 1, "x": None, "error": None, "cond": None}
        try:
            c["x"] = sl.solve_banded((l, u), ab, b)
            c["cond"] = cond(band_dense(l, u, np.nan_to_num(ab)))
        except Exception as e:  # noqa: BLE001
            c["error"] = err_name(e)
        cases.append(c)

    r = rng(1)
    banded("tridiag_vec", 1, 1, random_band(2, 1, 1, 6), r.standard_normal(6))
    banded("tridiag_mat", 1, 1, random_band(3, 1, 1, 7), r.standard_normal((7, 3)))
    banded("l2u1", 2, 1, random_band(4, 2, 1, 8), r.standard_normal((8, 2)))
    banded("l0u2", 0, 2, random_band(5, 0, 2, 5), r.standard_normal(5))
    banded("l3u0", 3, 0, random_band(6, 3, 0, 6), r.standard_normal((6, 2)))
    banded("l1u3_nondominant", 1, 3, random_band(7, 1, 3, 9, dominant=False), r.standard_normal((9, 2)))
    banded("l0u0_diag", 0, 0, random_band(8, 0, 0, 4), r.standard_normal(4))
    banded("n1_tridiag", 1, 1, np.array([[7.0], [2.5], [-3.0]]), np.array([5.0]))
    banded("n2_l2u2", 2, 2, random_band(9, 2, 2, 2), r.standard_normal((2, 2)))
    banded("wide_band_kd_gt_n", 3, 3, random_band(10, 3, 3, 3), r.standard_normal(3))
    sing = random_band(11, 1, 1, 5)
    sing[:, 2] = 0  # a zero column
    banded("singular_tridiag", 1, 1, sing, r.standard_normal(5))
    sing = random_band(12, 2, 1, 6)
    sing[:, 3] = 0
    banded("singular_l2u1", 2, 1, sing, r.standard_normal(6))
    # Near singular: a tridiagonal -1, 2, -1 matrix with a perturbed
    # diagonal entry so that it is almost singular (cond ~ 1e10).
    n = 8
    ab = np.vstack([np.full(n, -1.0), np.full(n, 2.0), np.full(n, -1.0)])
    ab[1, 0] = 1.0 + 1e-9
    ab[1, n - 1] = 1.0
    banded("near_singular_tridiag", 1, 1, ab, r.standard_normal(n))
    ab2 = np.vstack([np.zeros(n), ab])
    banded("near_singular_l1u2", 1, 2, ab2, r.standard_normal(n))
    nanab = random_band(13, 1, 2, 5)
    nanab[1, 3] = np.nan
    banded("nan", 1, 2, nanab, r.standard_normal(5))
    infb = r.standard_normal(4)
    infb[1] = np.inf
    banded("inf_b", 1, 1, random_band(14, 1, 1, 4), infb)

    def hbanded(name, ab, b, lower):
        c = {"func": "solveh_banded", "name": name, "ab": ab, "b": b, "b_vector": b.ndim == 1,
             "lower": lower, "x": None, "error": None, "cond": None, "c": None}
        try:
            c["x"] = sl.solveh_banded(ab, b, lower=lower)
            c["cond"] = cond(sym_band_dense(ab, lower))
        except Exception as e:  # noqa: BLE001
            c["error"] = err_name(e)
            if c["error"] == "f2py_n1":
                c["x"] = np.linalg.solve(sym_band_dense(ab, lower), b)
                c["cond"] = 1.0
            if c["error"] == "notposdef":
                c["info"] = int(re.match(r"\d+", str(e)).group(0))
        try:
            c["c"] = sl.cholesky_banded(ab, lower=lower)
            c["cho_x"] = sl.cho_solve_banded((c["c"], lower), b)
        except Exception as e:  # noqa: BLE001
            c["cho_error"] = err_name(e)
            if c["cho_error"] == "notposdef":
                c["cho_info"] = int(re.match(r"\d+", str(e)).group(0))
        cases.append(c)

    for lower in (False, True):
        s = "_lower" if lower else "_upper"
        hbanded("kd1_vec" + s, spd_band(20, 1, 7, lower), r.standard_normal(7), lower)
        hbanded("kd1_mat" + s, spd_band(21, 1, 6, lower), r.standard_normal((6, 3)), lower)
        hbanded("kd2_vec" + s, spd_band(22, 2, 8, lower), r.standard_normal(8), lower)
        hbanded("kd3_mat" + s, spd_band(23, 3, 9, lower), r.standard_normal((9, 2)), lower)
        hbanded("kd0" + s, spd_band(24, 0, 5, lower), r.standard_normal(5), lower)
        hbanded("n1_kd1" + s, spd_band(25, 1, 1, lower), r.standard_normal(1), lower)
        hbanded("n1_kd2" + s, spd_band(26, 2, 1, lower), r.standard_normal((1, 2)), lower)
        npd = spd_band(27, 2, 6, lower)
        npd[2 if not lower else 0, 3] = -1.0  # diagonal entry 3 negative
        hbanded("notpd_kd2" + s, npd, r.standard_normal(6), lower)
        npd = spd_band(28, 1, 5, lower)
        npd[1 if not lower else 0, 2] = -0.5
        hbanded("notpd_kd1" + s, npd, r.standard_normal(5), lower)
        nan = spd_band(29, 2, 5, lower)
        nan[0, 4] = np.nan
        hbanded("nan" + s, nan, r.standard_normal(5), lower)

    def toeplitz(name, c_, r_, b):
        case = {"func": "solve_toeplitz", "name": name, "c": c_, "r": r_, "b": b,
                "b_vector": b.ndim == 1, "x": None, "error": None, "cond": None}
        try:
            arg = c_ if r_ is None else (c_, r_)
            case["x"] = sl.solve_toeplitz(arg, b)
            case["cond"] = cond(sl.toeplitz(c_, r_))
        except Exception as e:  # noqa: BLE001
            case["error"] = err_name(e)
        cases.append(case)

    q = rng(40)
    toeplitz("general_vec", q.standard_normal(8) + np.eye(8)[0] * 4, q.standard_normal(8), q.standard_normal(8))
    toeplitz("general_mat", q.standard_normal(6) + np.eye(6)[0] * 3, q.standard_normal(6), q.standard_normal((6, 3)))
    toeplitz("symmetric", np.array([4.0, 1.0, 0.5, 0.25, 0.1]), None, q.standard_normal(5))
    toeplitz("symmetric_mat", np.array([3.0, -1.0, 0.2, 0.7]), None, q.standard_normal((4, 2)))
    toeplitz("n1", np.array([2.0]), np.array([9.0]), np.array([3.0]))
    toeplitz("n2", np.array([1.0, 2.0]), np.array([5.0, 3.0]), np.array([1.0, -1.0]))
    toeplitz("zero_diag", np.array([0.0, 1.0, 2.0]), np.array([0.0, 1.0, 3.0]), q.standard_normal(3))
    # Leading 2×2 minor [[1, 1], [1, 1]] is singular though T is not.
    toeplitz("singular_minor", np.array([1.0, 1.0, 0.0]), np.array([1.0, 1.0, 2.0]), q.standard_normal(3))
    toeplitz("ill_conditioned", np.array([1.0, 0.999999, 0.999998, 0.999997]), None, q.standard_normal(4))
    toeplitz("nan", np.array([1.0, np.nan, 0.0]), None, q.standard_normal(3))
    toeplitz("r0_ignored", np.array([2.0, 0.3, 0.1]), np.array([99.0, -0.4, 0.2]), q.standard_normal(3))

    def circulant(name, c_, b, singular="raise", tol=None):
        case = {"func": "solve_circulant", "name": name, "c": c_, "b": b, "b_vector": b.ndim == 1,
                "singular": singular, "tol": tol, "x": None, "error": None, "cond": None}
        try:
            case["x"] = sl.solve_circulant(c_, b, singular=singular, tol=tol)
            case["cond"] = cond(sl.circulant(c_))
        except Exception as e:  # noqa: BLE001
            case["error"] = err_name(e)
        cases.append(case)

    q = rng(50)
    circulant("vec", q.standard_normal(8) + np.eye(8)[0] * 3, q.standard_normal(8))
    circulant("mat", q.standard_normal(5) + np.eye(5)[0] * 2, q.standard_normal((5, 3)))
    circulant("odd_n7", q.standard_normal(7), q.standard_normal(7))
    circulant("n1", np.array([4.0]), np.array([2.0]))
    circulant("singular_raise", np.array([1.0, 1.0, 1.0, 1.0]), q.standard_normal(4))
    circulant("singular_lstsq", np.array([1.0, 1.0, 1.0, 1.0]), q.standard_normal(4), singular="lstsq")
    # SciPy 1.10 cannot broadcast its mask for a 2-D b with singular='lstsq'
    # (ValueError); the expected x is SciPy's column by column.
    cs, bs = np.array([2.0, -1.0, 0.0, -1.0]), q.standard_normal((4, 3))
    circulant("singular_lstsq_mat", cs, bs, singular="lstsq")
    cases[-1]["error"] = None
    cases[-1]["x"] = np.column_stack([sl.solve_circulant(cs, bs[:, j], singular="lstsq") for j in range(3)])
    circulant("near_singular_lstsq", np.array([1.0, 2.0, 1.0 + 1e-15, 2.0]), q.standard_normal(4), singular="lstsq")
    circulant("tol_raise", np.array([3.0, 1.0, 0.0]), q.standard_normal(3), tol=2.5)
    circulant("tol_lstsq", np.array([3.0, 1.0, 0.0]), q.standard_normal(3), singular="lstsq", tol=2.5)
    circulant("tol_small_ok", np.array([1.0, 1.0, 1.0, 1.0 + 1e-12]), q.standard_normal(4), tol=1e-20)
    return cases


def eig_cases():
    cases = []

    def vec_sign(v):
        """Normalise eigenvector signs: largest-magnitude entry positive."""
        if v is None or v.size == 0:
            return v
        idx = np.argmax(np.abs(v), axis=0)
        s = np.sign(v[idx, np.arange(v.shape[1])])
        s[s == 0] = 1
        return v * s

    def banded(name, ab, lower=False, select="a", select_range=None, max_ev=0, only=False):
        c = {"func": "eig_banded", "name": name, "ab": ab, "lower": lower, "select": select,
             "select_range": select_range, "max_ev": max_ev, "eigvals_only": only,
             "w": None, "v": None, "error": None}
        try:
            out = sl.eig_banded(ab, lower=lower, eigvals_only=only, select=select,
                                select_range=select_range, max_ev=max_ev)
            if only:
                c["w"] = out
                w2 = sl.eigvals_banded(ab, lower=lower, select=select, select_range=select_range)
                assert np.array_equal(w2, out)
            else:
                c["w"], c["v"] = out[0], vec_sign(out[1])
        except Exception as e:  # noqa: BLE001
            c["error"] = err_name(e)
        cases.append(c)

    for lower in (False, True):
        s = "_lower" if lower else "_upper"
        ab = spd_band(60, 2, 8, lower)
        ab[-1 if lower else 0, :] -= 3  # indefinite
        banded("kd2_all" + s, ab, lower)
        banded("kd2_only" + s, ab, lower, only=True)
        banded("kd2_value" + s, ab, lower, "v", (-1.0, 4.0))
        banded("kd2_value_only" + s, ab, lower, "v", (-1.0, 4.0), only=True)
        banded("kd2_index" + s, ab, lower, "i", (2, 5))
        banded("kd2_index_only" + s, ab, lower, "i", (0, 0), only=True)
        banded("kd2_value_empty" + s, ab, lower, "v", (100.0, 200.0))
        banded("kd1" + s, spd_band(61, 1, 6, lower), lower)
        banded("kd0" + s, spd_band(62, 0, 4, lower), lower)
        banded("kd3_n10" + s, spd_band(63, 3, 10, lower), lower)
        banded("n1_kd0" + s, np.array([[3.5]]), lower)
        # SciPy 1.10 returns ab[0, 0] (outside the band) for the upper
        # form: dsbevd's n = 1 defect. The expected value is the diagonal.
        one = np.array([[5.0], [3.0]]) if not lower else np.array([[3.0], [5.0]])
        banded("n1_kd1_all" + s, one, lower)
        if not lower:
            assert cases[-1]["w"][0] == 5.0  # the defect is still there
            cases[-1]["w"], cases[-1]["scipy_bug"] = np.array([3.0]), True
        banded("n1_kd1_index" + s, np.array([[5.0], [3.0]]) if not lower else np.array([[3.0], [5.0]]),
               lower, "i", (0, 0))
    nanab = spd_band(64, 1, 4, False)
    nanab[1, 2] = np.nan
    banded("nan", nanab)
    banded("bad_index", spd_band(65, 1, 4, False), False, "i", (1, 4))
    banded("bad_value", spd_band(65, 1, 4, False), False, "v", (1.0, 1.0))

    def tri(name, d, e, driver="auto", select="a", select_range=None, tol=0.0, only=False):
        c = {"func": "eigh_tridiagonal", "name": name, "d": d, "e": e, "driver": driver,
             "select": select, "select_range": select_range, "tol": tol, "eigvals_only": only,
             "w": None, "v": None, "error": None}
        try:
            out = sl.eigh_tridiagonal(d, e, eigvals_only=only, select=select, select_range=select_range,
                                      tol=tol, lapack_driver=driver)
            if only:
                c["w"] = out
                w2 = sl.eigvalsh_tridiagonal(d, e, select=select, select_range=select_range,
                                             tol=tol, lapack_driver=driver)
                assert np.array_equal(w2, out)
            else:
                c["w"], c["v"] = out[0], vec_sign(out[1])
        except Exception as e:  # noqa: BLE001
            c["error"] = err_name(e)
            if c["error"] == "f2py_n1":
                c["w"] = np.array(d, dtype=float)
                if not only:
                    c["v"] = np.ones((1, 1))
        cases.append(c)

    q = rng(70)
    d, e = q.standard_normal(10), q.standard_normal(9)
    for drv in ("auto", "stemr", "stebz", "stev"):
        tri("all_" + drv, d, e, drv)
        tri("all_only_" + drv, d, e, drv, only=True)
    tri("all_only_sterf", d, e, "sterf", only=True)
    for drv in ("auto", "stemr", "stebz"):
        tri("value_" + drv, d, e, drv, "v", (-1.0, 1.0))
        tri("value_only_" + drv, d, e, drv, "v", (-1.0, 1.0), only=True)
        tri("index_" + drv, d, e, drv, "i", (3, 7))
        tri("index_only_" + drv, d, e, drv, "i", (0, 2), only=True)
    tri("stebz_tol", d, e, "stebz", "i", (0, 9), tol=1e-3, only=True)
    ds, es = q.standard_normal(8), q.standard_normal(7)
    es[3] = 0.0  # two blocks
    tri("split_stebz", ds, es, "stebz", "i", (0, 7))
    tri("split_stemr", ds, es, "stemr")
    tri("n1", np.array([2.5]), np.array([]))
    tri("n1_stebz_index", np.array([2.5]), np.array([]), "stebz", "i", (0, 0))
    tri("n2_stev", np.array([1.0, 3.0]), np.array([0.5]), "stev")
    tri("sterf_vectors", d, e, "sterf")
    tri("stev_select", d, e, "stev", "i", (0, 1))
    tri("bad_driver", d, e, "xyz")
    tri("bad_shape", d, e[:7])
    tri("nan", np.array([1.0, np.nan, 2.0]), np.array([1.0, 1.0]))
    tri("value_empty", d, e, "auto", "v", (50.0, 60.0))
    return cases


def main():
    print(goldenlib.write("linalg/structured_solve", solve_cases(), GEN))
    print(goldenlib.write("linalg/structured_eig", eig_cases(), GEN))


if __name__ == "__main__":
    main()
