#!/usr/bin/python3
"""Golden data for scipy/linalg's matrix equations and rank functions (run: /usr/bin/python3 scripts/golden/linalg_solvers.py).

Writes testdata/linalg/solvers_{sylvester,lyapunov,are,rank,invpascal}.json
from SciPy 1.10.1 / NumPy: solve_sylvester, solve_continuous_lyapunov,
solve_discrete_lyapunov, solve_continuous_are, solve_discrete_are,
numpy.linalg.cond, numpy.linalg.matrix_rank, null_space, orth, pinvh and
invpascal. Random inputs come from numpy's legacy RandomState with fixed
seeds and are stored next to SciPy's outputs.

The Riccati cases include the CAREX/DAREX benchmark problems of SciPy's own
test suite (scipy/linalg/tests/test_solvers.py): their `cases` lists are
read from the installed test module with ast and evaluated in that module's
namespace, so no data is copied by hand; "decimal" is the test's
min_decimal (the residual accuracy SciPy achieves), None where SciPy marks
the case as failing. An "error" field names the linalg error kind that
SciPy's exception corresponds to.
"""

import ast
import os
import sys
import warnings

import numpy as np
import scipy.linalg as sl

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import goldenlib  # noqa: E402

GEN = "scripts/golden/linalg_solvers.py"


def randn(seed, *shape):
    return np.random.RandomState(seed).standard_normal(shape)


def stable(seed, n, shift=1.0):
    """A random matrix with all eigenvalues in the open left half-plane."""
    a = randn(seed, n, n)
    return a - (max(np.linalg.eigvals(a).real) + shift) * np.eye(n)


def schur_stable(seed, n, rho=0.9):
    """A random matrix with spectral radius rho < 1."""
    a = randn(seed, n, n)
    return a * (rho / max(abs(np.linalg.eigvals(a))))


def sylvester_cases():
    cases = []

    def add(name, a, b, q):
        c = {"name": name, "a": a, "b": b, "q": q}
        try:
            c["x"] = sl.solve_sylvester(a, b, q)
        except np.linalg.LinAlgError:
            c["error"] = "noconv"
        cases.append(c)

    # scipy's docstring example.
    add("doc", np.array([[-3., -2, 0], [-1, -1, 3], [3, -5, -1]]), np.array([[1.]]), np.array([[1.], [2], [3]]))
    add("1x1", np.array([[2.]]), np.array([[3.]]), np.array([[10.]]))
    for m, n, seed in [(3, 3, 1), (4, 2, 2), (2, 5, 3), (6, 6, 4), (12, 7, 5)]:
        add("rand%dx%d" % (m, n), randn(seed, m, m), randn(seed + 100, n, n), randn(seed + 200, m, n))
    # complex-conjugate eigenvalue pairs in both (2×2 Schur blocks)
    add("rotations", np.array([[0., -2, 1], [2, 0, 0], [0, 0, 3]]), np.array([[1., 1], [-1, 1]]), randn(7, 3, 2))
    return cases


def lyapunov_cases():
    cases = []
    # continuous
    for name, a, q in [
        ("doc", np.array([[-3., -2, 0], [-1, -1, 0], [0, -5, -1]]), np.eye(3)),
        ("1x1", np.array([[-2.]]), np.array([[4.]])),
        ("stable5", stable(11, 5), randn(12, 5, 5)),
        ("stable12", stable(13, 12), (lambda m: m + m.T)(randn(14, 12, 12))),
        ("unstable4", randn(15, 4, 4), np.eye(4)),
    ]:
        cases.append({"name": "c_" + name, "kind": "continuous", "method": "", "a": a, "q": q,
                      "x": sl.solve_continuous_lyapunov(a, q)})
    # discrete
    for name, a, q, methods in [
        ("doc", np.array([[0.2, 0.5], [0.7, -0.9]]), np.eye(2), ["", "direct", "bilinear"]),
        ("1x1", np.array([[0.5]]), np.array([[3.]]), ["", "direct", "bilinear"]),
        ("stable6", schur_stable(21, 6), randn(22, 6, 6), ["", "direct", "bilinear"]),
        ("stable12", schur_stable(23, 12), (lambda m: m @ m.T)(randn(24, 12, 12)), ["", "direct", "bilinear"]),
        ("unstable3", randn(25, 3, 3) * 2, np.eye(3), ["direct", "bilinear"]),
    ]:
        for meth in methods:
            x = sl.solve_discrete_lyapunov(a, q, method=meth or None)
            cases.append({"name": "d_%s_%s" % (name, meth or "default"), "kind": "discrete", "method": meth,
                          "a": a, "q": q, "x": x})
    return cases


def _test_cases(func_name):
    """The `cases` list of a test function of SciPy's test_solvers.py,
    evaluated (with the statements before it) in a namespace like the test module's."""
    path = os.path.join(os.path.dirname(sl.__file__), "tests", "test_solvers.py")
    tree = ast.parse(open(path).read())
    fn = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == func_name)

    def load_data(name):  # the test module's _load_data (it needs pytest to import)
        with np.load(os.path.join(os.path.dirname(path), "data", name)) as f:
            return dict(f.items())

    ns = {"np": np, "block_diag": sl.block_diag, "_load_data": load_data}
    for stmt in fn.body:
        exec(compile(ast.Module(body=[stmt], type_ignores=[]), path, "exec"), ns)
        if isinstance(stmt, ast.Assign) and any(getattr(t, "id", None) == "cases" for t in stmt.targets):
            break
    dec = None
    for stmt in fn.body:
        if isinstance(stmt, ast.Assign) and any(getattr(t, "id", None) == "min_decimal" for t in stmt.targets):
            dec = ast.literal_eval(stmt.value)
    return ns["cases"], dec


def are_case(name, kind, a, b, q, r, e=None, s=None, balanced=True, decimal=None):
    a, b, q, r = (np.atleast_2d(np.asarray(v, dtype=float)) for v in (a, b, q, r))
    c = {"name": name, "kind": kind, "a": a, "b": b, "q": q, "r": r, "balanced": balanced, "decimal": decimal}
    if e is not None:
        c["e"] = np.atleast_2d(np.asarray(e, dtype=float))
    if s is not None:
        c["s"] = np.atleast_2d(np.asarray(s, dtype=float))
    f = sl.solve_continuous_are if kind == "care" else sl.solve_discrete_are
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            c["x"] = f(a, b, q, r, e, s, balanced)
    except np.linalg.LinAlgError as err:
        c["error"] = "singular"
        c["message"] = str(err)
    except ValueError as err:
        c["error"] = "singular" if "singular" in str(err) else "value"
        c["message"] = str(err)
    return c


def are_cases():
    out = []
    for kind, func in [("care", "test_solve_continuous_are"), ("dare", "test_solve_discrete_are")]:
        cases, dec = _test_cases(func)
        for i, (a, b, q, r, known) in enumerate(cases):
            a = np.atleast_2d(a)
            if a.shape[0] > 20 or any(np.iscomplexobj(v) for v in (a, b, q, r)):
                continue  # keep the file small; complex input is not offered
            d = None if known else dec[i]
            out.append(are_case("%s%d" % (kind, i), kind, a, b, q, r, decimal=d))
            out.append(are_case("%s%d_nobal" % (kind, i), kind, a, b, q, r, balanced=False, decimal=d))
    for kind, func in [("care", "test_solve_generalized_continuous_are"),
                       ("dare", "test_solve_generalized_discrete_are")]:
        cases, dec = _test_cases(func)
        for i, (a, b, q, r, e, s, known) in enumerate(cases):
            out.append(are_case("gen%s%d" % (kind, i), kind, a, b, q, r, e, s, decimal=None if known else dec[i]))
    # random stabilizable problems, generalized with E and S
    for kind in ("care", "dare"):
        for m, n, seed in [(1, 1, 31), (3, 1, 32), (6, 2, 33), (10, 3, 34)]:
            a = randn(seed, m, m)
            b = randn(seed + 1, m, n)
            h = randn(seed + 2, m, m)
            q = h @ h.T + np.eye(m)
            g = randn(seed + 3, n, n)
            r = g @ g.T + np.eye(n)
            out.append(are_case("rand_%s_%d_%d" % (kind, m, n), kind, a, b, q, r))
            e = np.eye(m) + 0.1 * randn(seed + 4, m, m)
            s = 0.1 * randn(seed + 5, m, n)
            out.append(are_case("rand_%s_%d_%d_es" % (kind, m, n), kind, a, b, q, r, e, s))
            out.append(are_case("rand_%s_%d_%d_e" % (kind, m, n), kind, a, b, q, r, e=e))
    # badly scaled: balancing matters
    d = np.diag([1e-4, 1, 1e4])
    a = d @ randn(41, 3, 3) @ np.linalg.inv(d)
    out.append(are_case("scaled_care", "care", a, d @ randn(42, 3, 1), np.eye(3), np.eye(1)))
    out.append(are_case("scaled_care_nobal", "care", a, d @ randn(42, 3, 1), np.eye(3), np.eye(1), balanced=False))
    # no stabilizing solution: an unstable mode that b cannot reach
    out.append(are_case("unstabilizable_care", "care", np.diag([1., -1]), np.array([[0.], [1]]), np.zeros((2, 2)), np.eye(1)))
    out.append(are_case("unstabilizable_dare", "dare", np.diag([2., 0.5]), np.array([[0.], [1]]), np.zeros((2, 2)), np.eye(1)))
    # an eigenvalue on the imaginary axis / unit circle, unobservable
    out.append(are_case("axis_care", "care", np.array([[0., 1], [-1, 0]]), np.array([[0.], [0]]), np.zeros((2, 2)), np.eye(1)))
    # SciPy's own failing example (test_solve_continuous_are's assert_raises)
    A = np.triu(np.ones((3, 3)))
    A[0, 1] = -1
    B = np.array([[1, 1, 0], [0, 0, 1]]).T
    Q = np.full_like(A, -2) + np.diag([8, -1, -1.9])
    R = np.diag([-10, 0.1])
    out.append(are_case("scipy_raises", "care", A, B, Q, R))
    return out


def rank_cases():
    conds, ranks, subspaces, pinvhs = [], [], [], []
    mats = {
        "rand4": randn(51, 4, 4),
        "rand3x5": randn(52, 3, 5),
        "rand6x2": randn(53, 6, 2),
        "singular": np.array([[1., 2], [2, 4]]),
        "rank2of4": randn(54, 4, 2) @ randn(55, 2, 4),
        "hilbert6": sl.hilbert(6),
        "zeros": np.zeros((3, 3)),
        "one": np.array([[3.]]),
        "diag": np.diag([1., 1e-3, 1e-9, 0]),
    }
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for name, a in mats.items():
            for p in ["", "2", "-2", "fro", "nuc", "inf", "-inf", "1", "-1"]:
                c = {"name": name, "a": a, "p": p}
                pp = {"": None, "2": 2, "-2": -2, "fro": "fro", "nuc": "nuc", "inf": np.inf, "-inf": -np.inf,
                      "1": 1, "-1": -1}[p]
                c["cond2"] = np.linalg.cond(a) if a.size else 0.0
                try:
                    c["cond"] = np.linalg.cond(a, pp)
                except np.linalg.LinAlgError as err:
                    # "Last 2 dimensions of the array must be square", or
                    # "SVD did not converge" for "nuc" of a singular
                    # matrix (NumPy's inverse is all NaN).
                    c["error"] = "shape" if "square" in str(err) else "linalg"
                conds.append(c)
            sym = a.shape[0] == a.shape[1] and np.allclose(a, a.T)
            for tol in [0.0, 1e-6, 0.5]:
                ranks.append({"name": name, "a": a, "tol": tol, "hermitian": False,
                              "rank": np.linalg.matrix_rank(a, tol or None)})
                if sym:
                    ranks.append({"name": name, "a": a, "tol": tol, "hermitian": True,
                                  "rank": np.linalg.matrix_rank(a, tol or None, hermitian=True)})
            for rc in [0.0, 1e-5]:
                subspaces.append({"name": name, "a": a, "rcond": rc,
                                  "null": sl.null_space(a, rc or None), "orth": sl.orth(a, rc or None)})
    for name, a, kw in [
        ("spd5", (lambda m: m @ m.T)(randn(61, 5, 5)), {}),
        ("rank3of6", (lambda m: m @ np.diag([3., -2, 1]) @ m.T)(randn(62, 6, 3)), {}),
        ("indef4", (lambda m: m + m.T)(randn(63, 4, 4)), {}),
        ("indef4_upper", np.triu((lambda m: m + m.T)(randn(63, 4, 4))) + np.tril(randn(64, 4, 4), -1), {"lower": False}),
        ("indef4_lower", np.tril((lambda m: m + m.T)(randn(63, 4, 4))) + np.triu(randn(64, 4, 4), 1), {"lower": True}),
        ("cut_atol", np.diag([5., 1e-3, -2, 1e-8]), {"atol": 1e-2}),
        ("cut_rtol", np.diag([5., 1e-3, -2, 1e-8]), {"rtol": 1e-3}),
        ("zeros", np.zeros((3, 3)), {}),
        ("one", np.array([[-4.]]), {}),
    ]:
        b, rank = sl.pinvh(a, return_rank=True, **kw)
        pinvhs.append({"name": name, "a": a, "atol": kw.get("atol", 0.0), "rtol": kw.get("rtol", 0.0),
                       "lower": kw.get("lower", True), "b": b, "rank": rank})
    return [{"cond": conds, "matrix_rank": ranks, "subspace": subspaces, "pinvh": pinvhs}]


def invpascal_cases():
    out = []
    for kind in ["symmetric", "lower", "upper"]:
        for n in [0, 1, 2, 5, 12, 30, 31, 40, 57, 58]:
            x = sl.invpascal(n, kind=kind, exact=True)
            # exact Python integers, rounded once to the nearest float64
            out.append({"n": n, "kind": kind, "x": [[float(int(v)) for v in row] for row in x]})
    return out


def main():
    goldenlib.write("linalg/solvers_sylvester", sylvester_cases(), GEN)
    goldenlib.write("linalg/solvers_lyapunov", lyapunov_cases(), GEN)
    goldenlib.write("linalg/solvers_are", are_cases(), GEN)
    goldenlib.write("linalg/solvers_rank", rank_cases(), GEN)
    goldenlib.write("linalg/solvers_invpascal", invpascal_cases(), GEN)


if __name__ == "__main__":
    main()
