#!/usr/bin/python3
"""Golden data for the decompositions of scipy/linalg (ldl, rq, polar, schur,
rsf2csf, hessenberg, qz, ordqz), from real scipy.linalg.

Run: /usr/bin/python3 scripts/golden/linalg_decomp.py (SciPy 1.10.1).
Writes testdata/linalg/decomp_*.json. Inputs come from numpy's legacy
RandomState with fixed seeds and are stored beside SciPy's outputs. Schur and
QZ forms are not unique, so besides the factors the files hold what the Go
tests compare exactly: the eigenvalues in diagonal order and sdim.
"""

import os
import sys
import warnings

import numpy as np
import scipy.linalg as sl

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import goldenlib  # noqa: E402

GEN = "scripts/golden/linalg_decomp.py"


def randn(seed, *shape):
    return np.random.RandomState(seed).standard_normal(shape)


def crandn(seed, *shape):
    r = np.random.RandomState(seed)
    return r.standard_normal(shape) + 1j * r.standard_normal(shape)


def sym_indef(seed, n):
    m = randn(seed, n, n)
    return m + m.T


def ldl_cases():
    cs = []
    mats = [
        ("1x1", np.array([[3.0]])),
        ("1x1 zero", np.array([[0.0]])),
        ("2x2 pivot", np.array([[0.0, 1.0], [1.0, 0.0]])),
        ("indefinite n=5", sym_indef(1, 5)),
        ("indefinite n=8", sym_indef(2, 8)),
        ("zero diagonal n=6", sym_indef(3, 6) - np.diag(np.diag(sym_indef(3, 6)))),
        ("spd n=4", randn(4, 4, 4) @ randn(4, 4, 4).T + 4 * np.eye(4)),
        ("singular", np.array([[1.0, 2, 3], [2, 4, 6], [3, 6, 9]])),
        ("not symmetric n=4", randn(5, 4, 4)),
    ]
    for name, a in mats:
        c = {"name": name, "complex": False, "hermitian": True, "a": a}
        for lower in (True, False):
            lu, d, p = sl.ldl(a, lower=lower)
            key = "lower" if lower else "upper"
            c[key] = {"lu": lu, "d": d, "perm": p}
        cs.append(c)
    cmats = [
        ("hermitian n=4", True, (lambda m: m + m.conj().T)(crandn(10, 4, 4))),
        ("hermitian 2x2 pivot", True, np.array([[0, 1 + 2j], [1 - 2j, 0]])),
        ("hermitian n=7", True, (lambda m: m + m.conj().T)(crandn(11, 7, 7))),
        ("symmetric n=5", False, (lambda m: m + m.T)(crandn(12, 5, 5))),
        ("symmetric 2x2 pivot", False, np.array([[0, 1 + 2j], [1 + 2j, 0]])),
    ]
    for name, herm, a in cmats:
        c = {"name": name, "complex": True, "hermitian": herm, "a": a}
        for lower in (True, False):
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                lu, d, p = sl.ldl(a, lower=lower, hermitian=herm)
            key = "lower" if lower else "upper"
            c[key] = {"lu": lu, "d": d, "perm": p}
        cs.append(c)
    return cs


def rq_cases():
    cs = []
    shapes = [(1, 1), (1, 4), (4, 1), (4, 4), (3, 5), (5, 3), (6, 6)]
    for i, (m, n) in enumerate(shapes):
        for cplx in (False, True):
            a = crandn(100 + i, m, n) if cplx else randn(100 + i, m, n)
            c = {"name": "%dx%d%s" % (m, n, " complex" if cplx else ""), "complex": cplx, "a": a}
            for mode in ("full", "economic"):
                r, q = sl.rq(a, mode=mode)
                c[mode] = {"r": r, "q": q}
            c["r_only"] = sl.rq(a, mode="r")
            cs.append(c)
    a = np.array([[1.0, 2, 3], [2, 4, 6]])
    r, q = sl.rq(a)
    cs.append({"name": "rank deficient", "complex": False, "a": a,
               "full": {"r": r, "q": q},
               "economic": dict(zip(("r", "q"), sl.rq(a, mode="economic"))),
               "r_only": sl.rq(a, mode="r")})
    return cs


def polar_cases():
    cs = []
    mats = [
        ("1x1", np.array([[-2.0]])),
        ("4x4", randn(200, 4, 4)),
        ("3x5", randn(201, 3, 5)),
        ("5x3", randn(202, 5, 3)),
        ("singular 3x3", np.array([[1.0, 2, 3], [4, 5, 6], [7, 8, 9]])),
        ("complex 3x3", crandn(203, 3, 3)),
        ("complex 2x4", crandn(204, 2, 4)),
        ("complex 4x2", crandn(205, 4, 2)),
    ]
    for name, a in mats:
        c = {"name": name, "complex": np.iscomplexobj(a), "a": a}
        for side in ("right", "left"):
            u, p = sl.polar(a, side=side)
            c[side] = {"u": u, "p": p}
        cs.append(c)
    return cs


def hessenberg_cases():
    cs = []
    mats = [
        ("1x1", np.array([[2.0]])),
        ("2x2", randn(300, 2, 2)),
        ("3x3", randn(301, 3, 3)),
        ("6x6", randn(302, 6, 6)),
        ("already hessenberg", np.triu(randn(303, 5, 5), -1)),
        ("complex 2x2", crandn(304, 2, 2)),
        ("complex 5x5", crandn(305, 5, 5)),
    ]
    for name, a in mats:
        h, q = sl.hessenberg(a, calc_q=True)
        cs.append({"name": name, "complex": np.iscomplexobj(a), "a": a, "h": h, "q": q})
    return cs


def real_schur_eigs(t):
    """Eigenvalues of a real quasi-triangular T in diagonal order, a conjugate
    pair with the positive imaginary part first (dgees's order)."""
    n = t.shape[0]
    w = []
    i = 0
    while i < n:
        if i + 1 < n and t[i + 1, i] != 0:
            a, b, c, d = t[i, i], t[i, i + 1], t[i + 1, i], t[i + 1, i + 1]
            im = np.sqrt(abs(b)) * np.sqrt(abs(c))
            w += [complex(a, im), complex(a, -im)]
            i += 2
        else:
            w.append(complex(t[i, i], 0))
            i += 1
    return w


# SciPy 1.10's real schur passes only the real part of an eigenvalue to its
# "iuc" and "ouc" predicates (scipy/scipy#13137, #15016; fixed by #21429 in
# SciPy 1.15), so a complex pair is classified by |Re λ|. Go implements the
# documented (and fixed) |λ|, so the golden data use two-argument callables,
# which f2py calls with (wr, wi), for those two sorts of real input.
FIXED_REAL_SORT = {
    "iuc": lambda wr, wi: abs(wr + 1j * wi) <= 1.0,
    "ouc": lambda wr, wi: abs(wr + 1j * wi) > 1.0,
}


def schur_cases():
    cs = []
    mats = [
        ("1x1", np.array([[-0.5]])),
        ("rotation 2x2", np.array([[0.0, -2.0], [1.0, 0.0]])),
        ("4x4", randn(400, 4, 4)),
        ("7x7", randn(401, 7, 7)),
        ("scaled 6x6", randn(402, 6, 6) * 0.4),
        ("symmetric 5x5", sym_indef(403, 5)),
        ("singular 3x3", np.array([[1.0, 2, 3], [4, 5, 6], [7, 8, 9]])),
        ("complex 4x4", crandn(404, 4, 4)),
        ("complex 6x6", crandn(405, 6, 6) * 0.6),
    ]
    for name, a in mats:
        cplx = np.iscomplexobj(a)
        c = {"name": name, "complex": cplx, "a": a, "sorts": {}}
        for sort in (None, "lhp", "rhp", "iuc", "ouc"):
            key = sort or "none"
            if sort is None:
                t, z = sl.schur(a)
                sdim = 0
            else:
                t, z, sdim = sl.schur(a, sort=FIXED_REAL_SORT.get(sort, sort) if not cplx else sort)
            w = np.diag(t) if cplx else real_schur_eigs(t)
            entry = {"t": t, "z": z, "sdim": sdim, "w": w}
            if not cplx:
                if sort is None:
                    tc, zc = sl.schur(a, output="complex")
                else:
                    tc, zc, sdc = sl.schur(a, output="complex", sort=sort)
                    entry["complex_sdim"] = sdc
                entry["complex_w"] = np.diag(tc)
                t2, z2 = sl.rsf2csf(t, z)
                entry["rsf2csf_t"] = t2
                entry["rsf2csf_z"] = z2
            c["sorts"][key] = entry
        # Callable sorts (Go's SchurOptions.SortFunc): a real matrix's
        # callable with two arguments gets (wr, wi).
        funcs = {"func_im_pos": lambda x: x.imag > 0, "func_re_gt_half": lambda x: x.real > 0.5} if cplx else \
            {"func_complex": lambda wr, wi: wi != 0, "func_re_gt_half": lambda wr, wi: wr > 0.5}
        for key, fun in funcs.items():
            t, z, sdim = sl.schur(a, sort=fun)
            w = np.diag(t) if cplx else real_schur_eigs(t)
            c["sorts"][key] = {"t": t, "z": z, "sdim": sdim, "w": w}
        cs.append(c)
    return cs


def qz_eigs_real(aa, bb):
    """(alpha, beta) in diagonal order from a real generalized Schur form."""
    n = aa.shape[0]
    al, be = [], []
    i = 0
    while i < n:
        if i + 1 < n and aa[i + 1, i] != 0:
            ev = sl.eigvals(aa[i:i + 2, i:i + 2], bb[i:i + 2, i:i + 2])
            ev = sorted(ev, key=lambda x: -x.imag)
            al += list(ev)
            be += [1.0, 1.0]
            i += 2
        else:
            al.append(complex(aa[i, i]))
            be.append(bb[i, i])
            i += 1
    return al, be


def qz_cases():
    cs = []
    pairs = [
        ("1x1", np.array([[2.0]]), np.array([[-4.0]])),
        ("3x3", randn(500, 3, 3), randn(501, 3, 3)),
        ("5x5", randn(502, 5, 5), randn(503, 5, 5)),
        ("6x6", randn(504, 6, 6), randn(505, 6, 6)),
        ("singular b", randn(506, 4, 4), np.diag([1.0, 0.0, 2.0, 0.0])),
        ("complex 4x4", crandn(507, 4, 4), crandn(508, 4, 4)),
    ]
    for name, a, b in pairs:
        cplx = np.iscomplexobj(a)
        c = {"name": name, "complex": cplx, "a": a, "b": b}
        aa, bb, q, z = sl.qz(a, b)
        c["qz"] = {"aa": aa, "bb": bb, "q": q, "z": z}
        if not cplx:
            aa2, bb2, q2, z2 = sl.qz(a, b, output="complex")
            c["qz_complex"] = {"aa": aa2, "bb": bb2, "q": q2, "z": z2,
                               "alpha": np.diag(aa2), "beta": np.diag(bb2)}
        c["ordqz"] = {}
        for sort in ("lhp", "rhp", "iuc", "ouc"):
            with np.errstate(divide="ignore", invalid="ignore"):
                aa, bb, al, be, q, z = sl.ordqz(a, b, sort=sort)
                e = {"aa": aa, "bb": bb, "alpha": al, "beta": be, "q": q, "z": z}
                if not cplx:
                    aa2, bb2, al2, be2, q2, z2 = sl.ordqz(a, b, sort=sort, output="complex")
                    e["complex_alpha"] = al2
                    e["complex_beta"] = be2
            c["ordqz"][sort] = e
        # Callable sorts (Go's OrdQZOptions.SortFunc).
        funcs = {"func_big": lambda x, y: np.abs(x) > 2 * np.abs(y)}
        if cplx:
            funcs["func_re_pos"] = lambda x, y: np.real(x * np.conj(y)) > 0
        else:
            funcs["func_complex"] = lambda x, y: x.imag != 0
        for key, fun in funcs.items():
            aa, bb, al, be, q, z = sl.ordqz(a, b, sort=fun)
            c["ordqz"][key] = {"aa": aa, "bb": bb, "alpha": al, "beta": be, "q": q, "z": z}
        cs.append(c)
    return cs


if __name__ == "__main__":
    goldenlib.write("linalg/decomp_ldl", ldl_cases(), GEN)
    goldenlib.write("linalg/decomp_rq", rq_cases(), GEN)
    goldenlib.write("linalg/decomp_polar", polar_cases(), GEN)
    goldenlib.write("linalg/decomp_hessenberg", hessenberg_cases(), GEN)
    goldenlib.write("linalg/decomp_schur", schur_cases(), GEN)
    goldenlib.write("linalg/decomp_qz", qz_cases(), GEN)
