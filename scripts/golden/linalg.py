#!/usr/bin/python3
"""Golden data for scipy/linalg, from real scipy.linalg (run: /usr/bin/python3 scripts/golden/linalg.py).

Writes testdata/linalg/*.json. Inputs come from numpy's legacy RandomState
with fixed seeds (bit-reproducible across numpy versions) and are stored in
the files next to SciPy's outputs, so the Go tests need no random generator
of their own. An "error" field names the linalg error kind SciPy's exception
corresponds to ("singular", "notposdef", ...); "warn" records whether SciPy
emitted LinAlgWarning (ill-conditioned), which Go reports as
SolveResult.IllConditioned. "rcond" is LAPACK's estimate (dgecon, dpocon,
dsycon through scipy.linalg.lapack), the value SciPy compares with eps
before warning.
"""

import os
import sys
import warnings

import numpy as np
import scipy.linalg as sl
from scipy.linalg import lapack

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import goldenlib  # noqa: E402

GEN = "scripts/golden/linalg.py"


def rng(seed):
    return np.random.RandomState(seed)


def randn(seed, *shape):
    return rng(seed).standard_normal(shape)


def spd(seed, n):
    m = randn(seed, n, n)
    return m @ m.T + n * np.eye(n)


def sym_indef(seed, n):
    m = randn(seed, n, n)
    return m + m.T  # eigenvalues of both signs


def rcond_of(a, assume_a, lower, transposed):
    n = a.shape[0]
    if n == 0:
        return float("inf")
    if assume_a == "gen":
        norm = "I" if transposed else "1"
        anorm = np.linalg.norm(a, np.inf if transposed else 1)
        lu, piv, info = lapack.dgetrf(a)
        rc, info = lapack.dgecon(lu, anorm, norm=norm)
        return rc
    tri = np.tril(a) if lower else np.triu(a)
    full = tri + tri.T - np.diag(np.diag(a))
    anorm = np.linalg.norm(full, 1)
    if assume_a == "pos":
        c, info = lapack.dpotrf(a, lower=lower)
        if info != 0:
            return None
        rc, info = lapack.dpocon(c, anorm, uplo="L" if lower else "U")
        return rc
    lu, ipiv, info = lapack.dsytrf(a, lower=int(lower))
    if info != 0:
        return None
    rc, info = lapack.dsycon(lu, ipiv, anorm, lower=int(lower))
    return rc


def solve_case(name, a, b, assume_a="gen", lower=False, transposed=False, check_finite=True):
    c = {"name": name, "a": a, "b": b, "b_vector": b.ndim == 1, "assume_a": assume_a,
         "lower": lower, "transposed": transposed, "skip_finite": not check_finite,
         "error": None, "warn": False, "x": None, "rcond": None}
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            x = sl.solve(a, b, assume_a=assume_a, lower=lower, transposed=transposed,
                         check_finite=check_finite)
            c["x"] = x.reshape(a.shape[0], -1) if x.size else []
        except np.linalg.LinAlgError as e:
            # SciPy 1.10 says "Matrix is singular." for a failed Cholesky
            # too; Go reports ErrNotPositiveDefinite, the more useful kind.
            c["error"] = "notposdef" if assume_a == "pos" else "singular"
        except ValueError as e:
            if "infs or NaNs" not in str(e):
                raise
            c["error"] = "notfinite"
        c["warn"] = any(issubclass(x.category, sl.LinAlgWarning) for x in w)
    if c["error"] is None and np.all(np.isfinite(a)):
        c["rcond"] = rcond_of(a, assume_a, lower, transposed)
    # SciPy 1.10 estimates rcond with the 1-norm of the whole array even when
    # only one triangle is read (lange, not lansy), so garbage in the unread
    # triangle changes its warning. Go uses the norm of the matrix actually
    # solved; the test compares IllConditioned with rcond < eps for these.
    c["scipy_full_norm_quirk"] = assume_a != "gen" and not np.array_equal(a, a.T)
    if b.ndim == 1:
        c["b"] = b.reshape(-1, 1) if b.size else []
    return c


def solve_cases():
    cs = []
    for n in (1, 2, 3, 5, 20):
        cs.append(solve_case("gen n=%d vec" % n, randn(n, n, n), randn(100 + n, n)))
        cs.append(solve_case("gen n=%d mat" % n, randn(n + 1, n, n), randn(200 + n, n, 3)))
        cs.append(solve_case("gen n=%d transposed" % n, randn(n + 2, n, n), randn(300 + n, n, 2),
                             transposed=True))
        cs.append(solve_case("pos n=%d" % n, spd(n + 3, n), randn(400 + n, n, 2), "pos"))
        cs.append(solve_case("pos lower n=%d" % n, spd(n + 4, n), randn(500 + n, n), "pos", lower=True))
        cs.append(solve_case("sym indefinite n=%d" % n, sym_indef(n + 5, n), randn(600 + n, n, 2), "sym"))
        cs.append(solve_case("sym lower n=%d" % n, sym_indef(n + 6, n), randn(700 + n, n), "sym", lower=True))
        cs.append(solve_case("her real n=%d" % n, sym_indef(n + 7, n), randn(800 + n, n), "her"))
    # The other triangle holds garbage that must not be read.
    g = sym_indef(9, 4)
    g[np.tril_indices(4, -1)] = 1e30
    cs.append(solve_case("sym upper garbage below", g, randn(901, 4), "sym"))
    p = spd(10, 4)
    p[np.triu_indices(4, 1)] = np.nan
    cs.append(solve_case("pos lower nan above", p, randn(902, 4), "pos", lower=True,
                         check_finite=False))
    cs.append(solve_case("nan in a", p, randn(903, 4), "pos", lower=True))
    cs.append(solve_case("inf in b", spd(14, 3), np.array([1.0, np.inf, 0])))
    cs.append(solve_case("empty", np.empty((0, 0)), np.empty((0,))))
    cs.append(solve_case("singular zero row", np.array([[1.0, 2, 3], [0, 0, 0], [4, 5, 6]]), np.ones(3)))
    cs.append(solve_case("singular rank1", np.outer([1.0, 2, 3], [4.0, 5, 6]), np.ones(3)))
    cs.append(solve_case("singular 1x1", np.zeros((1, 1)), np.ones(1)))
    cs.append(solve_case("near singular", np.array([[1.0, 1], [1, 1 + 1e-10]]), np.array([2.0, 2])))
    cs.append(solve_case("ill conditioned hilbert 14", sl.hilbert(14), np.ones(14)))
    cs.append(solve_case("hilbert 8", sl.hilbert(8), np.ones(8)))
    cs.append(solve_case("not posdef", sym_indef(11, 4), np.ones(4), "pos"))
    cs.append(solve_case("sym singular", np.array([[0.0, 0], [0, 1]]), np.ones(2), "sym"))
    return cs


def inv_det_cases():
    cs = []
    mats = [("n=%d" % n, randn(1000 + n, n, n)) for n in (1, 2, 3, 4, 7, 30)]
    mats += [
        ("empty", np.empty((0, 0))),
        ("singular", np.outer([1.0, 2, 3], [4.0, 5, 6])),
        ("zero 1x1", np.zeros((1, 1))),
        ("hilbert 8", sl.hilbert(8)),
        ("spd 5", spd(12, 5)),
        ("permutation odd", np.array([[0.0, 1, 0], [1, 0, 0], [0, 0, 1]])),
        ("large det 60", 10 * randn(13, 60, 60)),
        ("negative diag", -np.eye(5) * 3),
    ]
    for name, a in mats:
        c = {"name": name, "a": a, "inv": None, "inv_error": None}
        if a.shape[0] == 0:
            c["det"] = 1.0  # NumPy's convention; SciPy 1.10 raises for 0x0
        else:
            c["det"] = sl.det(a)
        sign, logdet = np.linalg.slogdet(a)
        c["sign"], c["logabsdet"] = sign, logdet
        if a.shape[0] > 0:
            try:
                c["inv"] = sl.inv(a)
            except np.linalg.LinAlgError:
                c["inv_error"] = "singular"
        cs.append(c)
    return cs


def tri_cases():
    cs = []
    for n in (1, 3, 6):
        for lower in (False, True):
            for trans in ("N", "T", "C"):
                for unit in (False, True):
                    a = randn(2000 + n, n, n) + 3 * np.eye(n)
                    # garbage in the unused triangle must be ignored
                    if lower:
                        a[np.triu_indices(n, 1)] = 1e300
                    else:
                        a[np.tril_indices(n, -1)] = 1e300
                    if unit:
                        a[np.diag_indices(n)] = np.nan
                    b = randn(2100 + n, n, 2)
                    x = sl.solve_triangular(a, b, trans=trans, lower=lower, unit_diagonal=unit,
                                            check_finite=False)
                    cs.append({"name": "n=%d lower=%s trans=%s unit=%s" % (n, lower, trans, unit),
                               "a": a, "b": b, "lower": lower, "trans": trans, "unit": unit,
                               "x": x, "error": None})
    a = np.triu(randn(2200, 4, 4))
    a[2, 2] = 0
    try:
        sl.solve_triangular(a, np.ones(4))
        err = None
    except np.linalg.LinAlgError:
        err = "singular"
    cs.append({"name": "singular", "a": a, "b": np.ones((4, 1)), "lower": False, "trans": "N",
               "unit": False, "x": None, "error": err})
    return cs


def lu_cases():
    cs = []
    mats = [("%dx%d" % (m, n), randn(3000 + 10 * m + n, m, n))
            for m, n in ((1, 1), (3, 3), (5, 3), (3, 5), (8, 8), (20, 20))]
    mats += [("singular", np.outer([1.0, 2, 3], [4.0, 5, 6])),
             ("zero column", np.array([[0.0, 1], [0, 2]])),
             ("pivot needed", np.array([[0.0, 1], [1, 0]]))]
    for name, a in mats:
        p, l, u = sl.lu(a)
        pl, _ = sl.lu(a, permute_l=True)
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            lu, piv = sl.lu_factor(a)
            singular = any(issubclass(x.category, sl.LinAlgWarning) for x in w)
        c = {"name": name, "a": a, "p": p, "l": l, "u": u, "pl": pl, "lu": lu, "piv": piv,
             "singular": singular, "x": None, "xt": None}
        if a.shape[0] == a.shape[1] and not singular:
            b = randn(3500, a.shape[0], 2)
            c["b"], c["x"], c["xt"] = b, sl.lu_solve((lu, piv), b), sl.lu_solve((lu, piv), b, trans=1)
        cs.append(c)
    return cs


def cholesky_cases():
    cs = []
    for n in (1, 2, 5, 12):
        a = spd(4000 + n, n)
        b = randn(4100 + n, n, 2)
        for lower in (False, True):
            c, low = sl.cho_factor(a, lower=lower)
            cs.append({"name": "n=%d lower=%s" % (n, lower), "a": a, "lower": lower,
                       "c": sl.cholesky(a, lower=lower), "b": b,
                       "x": sl.cho_solve((c, low), b), "error": None})
    for name, a in (("indefinite", sym_indef(4200, 4)), ("singular psd", np.ones((3, 3))),
                    ("negative 1x1", -np.ones((1, 1)))):
        try:
            sl.cholesky(a)
            err = None
        except np.linalg.LinAlgError:
            err = "notposdef"
        cs.append({"name": name, "a": a, "lower": False, "c": None, "b": None, "x": None,
                   "error": err})
    return cs


def svd_cases():
    cs = []
    mats = [("%dx%d" % (m, n), randn(5000 + 10 * m + n, m, n))
            for m, n in ((1, 1), (3, 3), (6, 4), (4, 6), (15, 15), (30, 7))]
    mats += [("rank 1", np.outer([1.0, 2, 3, 4], [1.0, -1, 2])),
             ("repeated singular values", np.diag([3.0, 2, 2, 1])),
             ("zero matrix", np.zeros((3, 2))),
             ("graded", np.diag(10.0 ** -np.arange(0, 16, 3)) @ randn(5100, 6, 6))]
    for name, a in mats:
        for driver in ("gesdd", "gesvd"):
            u, s, vh = sl.svd(a, lapack_driver=driver)
            ue, se, vhe = sl.svd(a, full_matrices=False, lapack_driver=driver)
            cs.append({"name": "%s %s" % (name, driver), "a": a, "driver": driver,
                       "u": u, "s": s, "vh": vh, "u_econ": ue, "vh_econ": vhe,
                       "svdvals": sl.svdvals(a)})
    return cs


def eigh_case(name, a, b=None, lower=True, driver=None, type=1, subset_by_index=None,
              subset_by_value=None):
    kw = dict(lower=lower, driver=driver, type=type, subset_by_index=subset_by_index,
              subset_by_value=subset_by_value)
    w, v = sl.eigh(a, b, **kw)
    return {"name": name, "a": a, "b": b, "lower": lower, "driver": driver or "", "type": type,
            "subset_by_index": subset_by_index, "subset_by_value": subset_by_value,
            "w": w, "v": v if v.size else [], "eigvalsh": sl.eigvalsh(a, b, **kw)}


def eigh_cases():
    cs = []
    for n in (1, 4, 10):
        a = sym_indef(6000 + n, n)
        # SciPy 1.10's evd workspace query is wrong for n=1 (its f2py check
        # rejects lwork=1), so that case has no golden data.
        for driver in ("ev", "evd", "evr") if n > 1 else ("ev", "evr"):
            cs.append(eigh_case("n=%d %s" % (n, driver), a, driver=driver))
        cs.append(eigh_case("n=%d upper" % n, a, lower=False))
        bm = spd(6100 + n, n)
        for t in (1, 2, 3):
            cs.append(eigh_case("n=%d generalized type %d" % (n, t), a, bm, type=t))
        cs.append(eigh_case("n=%d generalized upper" % n, a, bm, lower=False))
    a = sym_indef(6200, 8)
    cs.append(eigh_case("subset by index", a, subset_by_index=[2, 5]))
    cs.append(eigh_case("subset by index all", a, subset_by_index=[0, 7]))
    cs.append(eigh_case("subset by value", a, subset_by_value=[-1.0, 2.0]))
    cs.append(eigh_case("subset by value empty", a, subset_by_value=[1000.0, 2000.0]))
    q, _ = np.linalg.qr(randn(6300, 6, 6))
    cs.append(eigh_case("repeated eigenvalues", q @ np.diag([1.0, 2, 2, 2, 5, 5]) @ q.T))
    cs.append(eigh_case("identity", np.eye(4)))
    g = sym_indef(6400, 5)
    g[np.triu_indices(5, 1)] = 1e300  # lower=True must not read these
    cs.append(eigh_case("garbage in upper", g))
    return cs


def lstsq_cases():
    cs = []
    probs = [("%dx%d" % (m, n), randn(7000 + 10 * m + n, m, n), randn(7500 + m, m, 2), None)
             for m, n in ((1, 1), (5, 5), (10, 3), (3, 10), (30, 12))]
    probs += [("vector b", randn(7600, 8, 3), randn(7601, 8), None),
              # Rank-deficient problems use an explicit cutoff far from the
              # zero singular values (~1e-16·s0) so that the rank decision
              # cannot depend on rounding.
              ("rank 2 of 4", randn(7700, 6, 2) @ randn(7701, 2, 4), randn(7702, 6, 2), 1e-10),
              ("rank 1 wide", np.outer([1.0, 2], [1.0, 0, 3]), np.array([1.0, 1]), 1e-10),
              ("zero matrix", np.zeros((3, 2)), np.ones(3), 1e-10),
              ("cond cutoff", np.diag([1.0, 1e-3, 1e-8]), np.ones(3), 1e-5)]
    for name, a, b, cond in probs:
        for driver in ("gelsd", "gelsy", "gelss"):
            x, res, rank, sv = sl.lstsq(a, b, cond=cond, lapack_driver=driver)
            cs.append({"name": "%s %s" % (name, driver), "a": a,
                       "b": b.reshape(a.shape[0], -1), "b_vector": b.ndim == 1,
                       "cond": cond or 0.0, "driver": driver, "x": x.reshape(a.shape[1], -1),
                       "residues": np.atleast_1d(res), "rank": rank, "s": sv})
    return cs


def eig_cases():
    cs = []
    mats = [("n=%d" % n, randn(8000 + n, n, n), None) for n in (1, 3, 6, 12)]
    mats += [("rotation", np.array([[0.0, -1], [1, 0]]), None),
             ("defective jordan", np.array([[2.0, 1, 0], [0, 2, 1], [0, 0, 2]]), None),
             ("defective 2x2", np.array([[1.0, 1], [0, 1]]), None),
             ("symmetric repeated", np.diag([1.0, 2, 2, 3]), None),
             ("generalized n=4", randn(8100, 4, 4), randn(8101, 4, 4)),
             ("generalized singular B", randn(8200, 3, 3), np.diag([1.0, 1, 0]))]
    for name, a, b in mats:
        w, vl, vr = sl.eig(a, b, left=True, right=True)
        # SciPy returns real vectors when every eigenvalue is real; store
        # them as complex so that one Go type reads every case.
        cs.append({"name": name, "a": a, "b": b, "w": w.astype(complex),
                   "vl": vl.astype(complex), "vr": vr.astype(complex),
                   "eigvals": sl.eigvals(a, b).astype(complex)})
    return cs


def qr_cases():
    cs = []
    mats = [("%dx%d" % (m, n), randn(9000 + 10 * m + n, m, n))
            for m, n in ((1, 1), (4, 4), (7, 3), (3, 7), (20, 20))]
    mats += [("rank deficient", randn(9100, 6, 2) @ randn(9101, 2, 4))]
    for name, a in mats:
        c = {"name": name, "a": a}
        for mode in ("full", "economic"):
            for piv in (False, True):
                out = sl.qr(a, mode=mode, pivoting=piv)
                key = mode + ("_piv" if piv else "")
                c[key + "_q"], c[key + "_r"] = out[0], out[1]
                if piv:
                    c[key + "_p"] = out[2]
        c["r_only"] = sl.qr(a, mode="r")[0]
        cs.append(c)
    return cs


def pinv_norm_cases():
    cs = []
    mats = [("%dx%d" % (m, n), randn(9500 + 10 * m + n, m, n))
            for m, n in ((1, 1), (4, 4), (7, 3), (3, 7))]
    mats += [("rank deficient", randn(9600, 6, 2) @ randn(9601, 2, 4)),
             ("zero", np.zeros((2, 3)))]
    for name, a in mats:
        b, rank = sl.pinv(a, return_rank=True)
        c = {"name": name, "a": a, "pinv": b, "rank": rank,
             "pinv_atol": sl.pinv(a, atol=0.5), "pinv_rtol": sl.pinv(a, rtol=0.3)}
        c["norms"] = {o: sl.norm(a, ord) for o, ord in
                      (("", None), ("fro", "fro"), ("nuc", "nuc"), ("inf", np.inf),
                       ("-inf", -np.inf), ("1", 1), ("-1", -1), ("2", 2), ("-2", -2))}
        cs.append(c)
    for name, v in (("vector", randn(9700, 7)), ("vector zeros", np.array([0.0, 3, 0, -4]))):
        cs.append({"name": name, "vector": v, "norms": {
            o: sl.norm(v, ord) for o, ord in
            (("", None), ("2", 2), ("inf", np.inf), ("-inf", -np.inf), ("0", 0), ("1", 1),
             ("3", 3), ("0.5", 0.5), ("-1", -1))}})
    return cs


def special_cases():
    a = randn(9800, 2, 3)
    b = randn(9801, 3, 2)
    c = [1.0, 2.5, -3.0, 4.0]
    r = [9.0, -1.0, 0.5]
    return {
        "kron": {"a": a, "b": b, "out": sl.kron(a, b)},
        "block_diag": {"blocks": [a, b, np.array([[7.0]])], "out": sl.block_diag(a, b, [[7.0]])},
        "toeplitz": {"c": c, "r": r, "out": sl.toeplitz(c, r), "sym": sl.toeplitz(c)},
        "circulant": {"c": c, "out": sl.circulant(c)},
        "hankel": {"c": c, "r": r, "out": sl.hankel(c, r), "zeros": sl.hankel(c)},
        "hilbert": [sl.hilbert(n) for n in (1, 2, 5)],
        "invhilbert": [sl.invhilbert(n) for n in (1, 2, 5, 10, 16)],
        "companion": {"a": [2.0, -10, 31, -30], "out": sl.companion([2.0, -10, 31, -30])},
        "hadamard": [sl.hadamard(n).astype(float) for n in (1, 2, 8)],
        "pascal": {k: sl.pascal(6, kind=k, exact=False) for k in ("symmetric", "lower", "upper")},
        "leslie": {"f": [0.1, 2.0, 1.0, 0.1], "s": [0.2, 0.8, 0.7],
                   "out": sl.leslie([0.1, 2.0, 1.0, 0.1], [0.2, 0.8, 0.7])},
        "dft": {sc or "": sl.dft(5, scale=sc) for sc in (None, "sqrtn", "n")},
        "fiedler": {"a": [1.0, 4, 12, 45, 77], "out": sl.fiedler([1.0, 4, 12, 45, 77])},
        "helmert": {"full": sl.helmert(5, full=True), "part": sl.helmert(5)},
    }


def expm_cases():
    cs = []
    mats = [("1x1", np.array([[0.7]])), ("zero", np.zeros((3, 3))), ("identity", np.eye(3)),
            ("nilpotent", np.array([[0.0, 1, 2], [0, 0, 3], [0, 0, 0]])),
            ("rotation generator", np.array([[0.0, -np.pi / 3], [np.pi / 3, 0]])),
            ("symmetric", sym_indef(9900, 5))]
    for scale in (1e-3, 0.1, 0.5, 1.5, 4.0, 30.0):
        mats.append(("random x%g" % scale, scale * randn(9901, 6, 6) / 6))
    for name, a in mats:
        cs.append({"name": name, "a": a, "out": sl.expm(a)})
    return cs


def main():
    goldenlib.write("linalg/solve", solve_cases(), GEN)
    goldenlib.write("linalg/inv_det", inv_det_cases(), GEN)
    goldenlib.write("linalg/solve_triangular", tri_cases(), GEN)
    goldenlib.write("linalg/lu", lu_cases(), GEN)
    goldenlib.write("linalg/cholesky", cholesky_cases(), GEN)
    goldenlib.write("linalg/svd", svd_cases(), GEN)
    goldenlib.write("linalg/eigh", eigh_cases(), GEN)
    goldenlib.write("linalg/lstsq", lstsq_cases(), GEN)
    goldenlib.write("linalg/eig", eig_cases(), GEN)
    goldenlib.write("linalg/qr", qr_cases(), GEN)
    goldenlib.write("linalg/pinv_norm", pinv_norm_cases(), GEN)
    goldenlib.write("linalg/special", [special_cases()], GEN)
    goldenlib.write("linalg/expm", expm_cases(), GEN)


if __name__ == "__main__":
    main()
