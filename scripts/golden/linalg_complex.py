#!/usr/bin/python3
"""Golden data for the complex-input functions of scipy/linalg (SolveC, InvC,
DetC, SlogDetC, EigC, EighC, SVDC, ExpmC, CholeskyC, QRC, LUC), from real
SciPy 1.10.1 (run: /usr/bin/python3 scripts/golden/linalg_complex.py).

Writes testdata/linalg/complex_*.json. Inputs come from numpy's legacy
RandomState with fixed seeds and are stored next to SciPy's outputs. As in
scripts/golden/linalg.py, "error" names the linalg error kind SciPy's
exception corresponds to, "warn" records SciPy's LinAlgWarning
(ill-conditioned) and "rcond" is LAPACK's estimate (zgecon, zsycon, zhecon,
zpocon through scipy.linalg.lapack).

SciPy 1.10 raises NotImplementedError for complex a with transposed=True;
Go's SolveC solves a^T x = b there, so those cases record
scipy.linalg.solve(a.T, b) and the rcond of a^T in the 1-norm (= the
infinity-norm rcond of a), marked "transposed_via_at".
"""

import os
import sys
import warnings

import numpy as np
import scipy.linalg as sl
from scipy.linalg import lapack

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import goldenlib  # noqa: E402

GEN = "scripts/golden/linalg_complex.py"


def crandn(seed, *shape):
    r = np.random.RandomState(seed)
    return r.standard_normal(shape) + 1j * r.standard_normal(shape)


def herm(seed, n):
    m = crandn(seed, n, n)
    return (m + m.conj().T) / 2  # indefinite Hermitian


def hpd(seed, n):
    m = crandn(seed, n, n)
    return m @ m.conj().T + n * np.eye(n)


def csym(seed, n):
    m = crandn(seed, n, n)
    return (m + m.T) / 2  # complex symmetric, not Hermitian


def rcond_of(a, assume_a, lower, transposed):
    n = a.shape[0]
    if n == 0:
        return float("inf")
    at = a.T if transposed else a  # SciPy solves a.T here (see the docstring)
    if assume_a == "gen":
        anorm = np.linalg.norm(at, 1)
        lu, piv, info = lapack.zgetrf(at)
        if info != 0:
            return None
        rc, info = lapack.zgecon(lu, anorm, norm="1")
        return rc
    a = at
    anorm = np.linalg.norm(a, 1)  # the inputs here are exactly sym/herm
    if assume_a == "pos":
        c, info = lapack.zpotrf(a, lower=lower)
        if info != 0:
            return None
        rc, info = lapack.zpocon(c, anorm, uplo="L" if lower else "U")
        return rc
    if assume_a == "her":
        lu, ipiv, info = lapack.zhetrf(a, lower=int(lower))
        if info != 0:
            return None
        rc, info = lapack.zhecon(lu, ipiv, anorm, lower=int(lower))
        return rc
    lu, ipiv, info = lapack.zsytrf(a, lower=int(lower))
    if info != 0:
        return None
    rc, info = lapack.zsycon(lu, ipiv, anorm, lower=int(lower))
    return rc


def error_name(e):
    if isinstance(e, np.linalg.LinAlgError):
        msg = str(e)
        if "positive definite" in msg:
            return "notposdef"
        if "singular" in msg.lower():
            return "singular"
        return "noconv"
    if isinstance(e, ValueError):
        if "infs or NaNs" in str(e):
            return "notfinite"
        return "value"
    raise e


def solve_case(name, a, b, assume_a="gen", lower=False, transposed=False):
    c = {"name": name, "a": a, "b": b, "assume_a": assume_a, "lower": lower,
         "transposed": transposed, "transposed_via_at": transposed,
         "error": None, "warn": False, "x": None, "rcond": None}
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            if transposed:
                x = sl.solve(a.T, b, assume_a=assume_a, lower=lower)
            else:
                x = sl.solve(a, b, assume_a=assume_a, lower=lower)
            c["x"] = x
        except (np.linalg.LinAlgError, ValueError) as e:
            c["error"] = error_name(e)
        c["warn"] = any(issubclass(x.category, sl.LinAlgWarning) for x in w)
    if assume_a == "pos" and c["error"] == "singular":
        # SciPy 1.10 says "Matrix is singular." for a failed Cholesky; Go reports
        # ErrNotPositiveDefinite (see the package documentation).
        c["error"] = "notposdef"
    if c["error"] is None:
        c["rcond"] = rcond_of(a, assume_a, lower, transposed)
    return c


def solve_cases():
    cs = []
    for n in (1, 3, 10):
        cs.append(solve_case("gen n=%d" % n, crandn(100 + n, n, n), crandn(200 + n, n, 2)))
    cs.append(solve_case("gen transposed", crandn(110, 4, 4), crandn(210, 4, 1), transposed=True))
    cs.append(solve_case("sym transposed", csym(111, 4), crandn(211, 4, 2), "sym", True, transposed=True))
    cs.append(solve_case("her transposed", herm(112, 5), crandn(212, 5, 2), "her", True, transposed=True))
    cs.append(solve_case("pos transposed", hpd(113, 5), crandn(213, 5, 2), "pos", False, transposed=True))
    for lower in (False, True):
        cs.append(solve_case("sym lower=%s" % lower, csym(120, 6), crandn(220, 6, 3), "sym", lower))
        cs.append(solve_case("her lower=%s" % lower, herm(121, 6), crandn(221, 6, 3), "her", lower))
        cs.append(solve_case("pos lower=%s" % lower, hpd(122, 6), crandn(222, 6, 3), "pos", lower))
    # Singular: a repeated row (exact zero pivot after elimination of ones).
    s = np.ones((3, 3), dtype=complex) * (1 + 2j)
    cs.append(solve_case("gen singular", s, crandn(230, 3, 1)))
    cs.append(solve_case("her singular", np.zeros((3, 3), dtype=complex), crandn(231, 3, 1), "her"))
    cs.append(solve_case("sym singular", np.zeros((3, 3), dtype=complex), crandn(232, 3, 1), "sym"))
    cs.append(solve_case("pos indefinite", herm(123, 4), crandn(233, 4, 1), "pos"))
    # Nearly singular: a rank-one perturbation of tiny size (warns).
    u = crandn(124, 5, 1)
    v = crandn(125, 1, 5)
    ns = u @ v + 1e-17 * np.eye(5)
    cs.append(solve_case("gen near-singular", ns, crandn(234, 5, 1)))
    # Moderately ill-conditioned but not warned.
    d = np.diag(np.logspace(0, -10, 6)).astype(complex)
    q, _ = np.linalg.qr(crandn(126, 6, 6))
    cs.append(solve_case("gen ill-conditioned", q @ d @ q.conj().T, crandn(235, 6, 2)))
    nan = crandn(127, 3, 3)
    nan[1, 2] = complex(np.nan, 0)
    cs.append(solve_case("gen nan", nan, crandn(236, 3, 1)))
    inf = crandn(128, 3, 1)
    inf[0, 0] = complex(0, np.inf)
    c = solve_case("gen inf in b", crandn(129, 3, 3), inf)
    cs.append(c)
    return cs


def inv_det_cases():
    cs = []
    for name, a in [("n=1", crandn(300, 1, 1)), ("n=4", crandn(301, 4, 4)), ("n=12", crandn(302, 12, 12)),
                    ("hermitian", herm(303, 5)), ("singular", np.ones((3, 3), dtype=complex) * (2 - 1j)),
                    ("ill-conditioned", np.array([[1, 1], [1, 1 + 1e-10j]], dtype=complex))]:
        c = {"name": name, "a": a, "inv": None, "inv_error": None}
        try:
            c["inv"] = sl.inv(a)
        except np.linalg.LinAlgError as e:
            c["inv_error"] = error_name(e)
        c["det"] = complex(sl.det(a))
        sign, logabs = np.linalg.slogdet(a)
        c["sign"] = complex(sign)
        c["logabsdet"] = float(logabs)
        c["cond"] = float(abs(np.linalg.cond(a, 1))) if c["inv_error"] is None else None
        cs.append(c)
    return cs


def eig_cases():
    cs = []

    def add(name, a, b=None, compare_vectors=True, block=1):
        w, vl, vr = sl.eig(a, b, left=True, right=True)
        cs.append({"name": name, "a": a, "b": b, "w": w, "vl": vl, "vr": vr,
                   "eigvals": sl.eigvals(a, b), "compare_vectors": compare_vectors, "block": block})

    add("n=1", crandn(400, 1, 1))
    add("n=4", crandn(401, 4, 4))
    add("n=10", crandn(402, 10, 10))
    add("hermitian", herm(403, 5))
    add("real input as complex", np.random.RandomState(404).standard_normal((5, 5)).astype(complex))
    # Defective: a 3×3 Jordan block with a complex eigenvalue, similarity-transformed.
    j = np.array([[1 + 1j, 1, 0], [0, 1 + 1j, 1], [0, 0, 1 + 1j]])
    p = crandn(405, 3, 3)
    add("defective jordan", p @ j @ np.linalg.inv(p), compare_vectors=False, block=3)
    # Repeated but non-defective eigenvalues (normal matrix with a double eigenvalue).
    q, _ = np.linalg.qr(crandn(406, 4, 4))
    add("repeated", q @ np.diag([2j, 2j, -1, 3]) @ q.conj().T, compare_vectors=False)
    add("generalized", crandn(407, 5, 5), crandn(408, 5, 5))
    bs = crandn(409, 4, 4)
    bs[:, 0] = 0  # singular B: an infinite eigenvalue
    add("generalized singular B", crandn(410, 4, 4), bs)
    return cs


def eigh_case(name, a, b=None, lower=True, driver=None, type=1, subset_by_index=None,
              subset_by_value=None, distinct=True):
    c = {"name": name, "a": a, "b": b, "lower": lower, "driver": driver, "type": type,
         "subset_by_index": subset_by_index, "subset_by_value": subset_by_value,
         "error": None, "w": None, "v": None, "distinct": distinct}
    try:
        w, v = sl.eigh(a, b, lower=lower, driver=driver, type=type,
                       subset_by_index=subset_by_index, subset_by_value=subset_by_value)
        c["w"], c["v"] = w, v
    except (np.linalg.LinAlgError, ValueError) as e:
        c["error"] = error_name(e)
    return c


def eigh_cases():
    cs = []
    a = herm(500, 8)
    for lower in (True, False):
        for driver in ("evr", "evd", "ev"):
            tri = np.tril(a) if lower else np.triu(a)
            garbage = tri + (np.triu(np.full((8, 8), 7 - 3j), 1) if lower else np.tril(np.full((8, 8), 7 - 3j), -1))
            cs.append(eigh_case("lower=%s %s" % (lower, driver), garbage, lower=lower, driver=driver))
    cs.append(eigh_case("n=1", herm(501, 1)))
    cs.append(eigh_case("hpd n=12", hpd(502, 12)))
    cs.append(eigh_case("subset by index", herm(503, 9), subset_by_index=[2, 5]))
    cs.append(eigh_case("subset by value", herm(504, 9), subset_by_value=[-1.0, 1.5]))
    q, _ = np.linalg.qr(crandn(505, 5, 5))
    cs.append(eigh_case("repeated", q @ np.diag([1.0, 1.0, 1.0, -2.0, 4.0]) @ q.conj().T, distinct=False))
    for t in (1, 2, 3):
        cs.append(eigh_case("generalized type %d" % t, herm(506, 6), hpd(507, 6), type=t))
    cs.append(eigh_case("generalized upper", herm(508, 5), hpd(509, 5), lower=False))
    cs.append(eigh_case("B not positive definite", herm(510, 4), herm(511, 4)))
    return cs


def svd_cases():
    cs = []
    for name, a in [("4x3", crandn(600, 4, 3)), ("3x5", crandn(601, 3, 5)), ("6x6", crandn(602, 6, 6)),
                    ("1x1", crandn(603, 1, 1)), ("rank 2 of 5x4", crandn(604, 5, 2) @ crandn(605, 2, 4)),
                    ("12x7", crandn(606, 12, 7))]:
        for full in (True, False):
            for driver in ("gesdd", "gesvd"):
                u, s, vh = sl.svd(a, full_matrices=full, lapack_driver=driver)
                cs.append({"name": "%s full=%s %s" % (name, full, driver), "a": a, "full": full,
                           "driver": driver, "u": u, "s": s, "vh": vh, "svdvals": sl.svdvals(a),
                           "rank_deficient": name.startswith("rank")})
    return cs


def expm_cases():
    cs = []
    # Norms chosen to exercise each Padé degree (3, 5, 7, 9, 13) and scaling.
    base = crandn(700, 5, 5)
    base /= np.linalg.norm(base, 1)
    for norm in (0.01, 0.2, 0.9, 2.0, 5.0, 30.0):
        a = base * norm
        cs.append({"name": "norm %g" % norm, "a": a, "expm": sl.expm(a)})
    cs.append({"name": "n=1", "a": np.array([[0.5 + 2j]]), "expm": sl.expm(np.array([[0.5 + 2j]]))})
    h = herm(701, 4) * 1j  # skew-Hermitian: expm is unitary
    cs.append({"name": "skew-hermitian", "a": h, "expm": sl.expm(h)})
    nil = np.triu(crandn(702, 4, 4), 1)
    cs.append({"name": "nilpotent", "a": nil, "expm": sl.expm(nil)})
    big = crandn(703, 8, 8) * 3
    cs.append({"name": "n=8 scaled", "a": big, "expm": sl.expm(big)})
    return cs


def decomp_cases():
    cs = []
    for lower in (False, True):
        a = hpd(800, 5)
        cs.append({"name": "cholesky lower=%s" % lower, "kind": "cholesky", "a": a, "lower": lower,
                   "c": sl.cholesky(a, lower=lower), "error": None})
    try:
        sl.cholesky(herm(801, 4))
        raise SystemExit("expected a LinAlgError")
    except np.linalg.LinAlgError as e:
        cs.append({"name": "cholesky indefinite", "kind": "cholesky", "a": herm(801, 4), "lower": False,
                   "c": None, "error": error_name(e)})
    for name, a in [("4x3", crandn(810, 4, 3)), ("3x5", crandn(811, 3, 5)), ("5x5", crandn(812, 5, 5))]:
        for mode in ("full", "economic", "r"):
            for piv in (False, True):
                r = sl.qr(a, mode=mode, pivoting=piv)
                c = {"name": "qr %s %s pivoting=%s" % (name, mode, piv), "kind": "qr", "a": a,
                     "mode": mode, "pivoting": piv, "q": None, "r": None, "p": None}
                if mode == "r":
                    c["r"] = r[0]
                    if piv:
                        c["p"] = r[1]
                else:
                    c["q"], c["r"] = r[0], r[1]
                    if piv:
                        c["p"] = r[2]
                cs.append(c)
    for name, a in [("lu 4x4", crandn(820, 4, 4)), ("lu 3x5", crandn(821, 3, 5)), ("lu 5x2", crandn(822, 5, 2))]:
        p, l, u = sl.lu(a)
        lu, piv = sl.lu_factor(a) if a.shape[0] == a.shape[1] else (None, None)
        c = {"name": name, "kind": "lu", "a": a, "p": p, "l": l, "u": u, "lu": lu, "piv": piv}
        if lu is not None:
            b = crandn(823, a.shape[0], 2)
            c["b"] = b
            c["x"] = [sl.lu_solve((lu, piv), b, trans=t) for t in (0, 1, 2)]
        cs.append(c)
    return cs


if __name__ == "__main__":
    for name, cases in [("complex_solve", solve_cases()), ("complex_inv_det", inv_det_cases()),
                        ("complex_eig", eig_cases()), ("complex_eigh", eigh_cases()),
                        ("complex_svd", svd_cases()), ("complex_expm", expm_cases()),
                        ("complex_decomp", decomp_cases())]:
        print(goldenlib.write("linalg/" + name, cases, GEN))
