#!/usr/bin/python3
"""Golden data for the matrix functions of scipy/linalg (run: /usr/bin/python3 scripts/golden/linalg_matfunc.py).

Writes testdata/linalg/matfunc_*.json from real scipy.linalg (sqrtm, logm,
funm, signm, fractional_matrix_power, cosm/sinm/tanm/coshm/sinhm/tanhm,
expm_frechet, expm_cond, khatri_rao). Inputs come from numpy's legacy RandomState with fixed seeds
and are stored beside SciPy's outputs. Every output is stored as a complex
matrix ([re, im] pairs); "cplx" says whether SciPy's result has a
non-negligible imaginary part (more than 1e-8 relative), in which case the Go
real-input function must refuse with ErrValue and its C variant must match.
"err" names the Go error kind where SciPy fails or returns NaN; "warn"
records SciPy's logm singularity warnings; "errest" is SciPy's error
estimate (disp=False) where it has one.
"""

import os
import sys
import warnings

import numpy as np
import scipy.linalg as sl

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import goldenlib  # noqa: E402

GEN = "scripts/golden/linalg_matfunc.py"


def randn(seed, *shape):
    return np.random.RandomState(seed).standard_normal(shape)


def crandn(seed, n):
    r = np.random.RandomState(seed)
    return r.standard_normal((n, n)) + 1j * r.standard_normal((n, n))


def posdef_ish(seed, n, shift=None):
    """Nonsymmetric matrix with eigenvalues in the right half-plane."""
    a = randn(seed, n, n)
    return a + (shift if shift is not None else 2.0 * np.sqrt(n)) * np.eye(n)


def spd(seed, n):
    m = randn(seed, n, n)
    return m @ m.T + n * np.eye(n)


def is_cplx(x):
    x = np.asarray(x)
    if not np.iscomplexobj(x):
        return False
    scale = max(1.0, np.max(np.abs(x)))
    return bool(np.max(np.abs(x.imag)) > 1e-8 * scale)


def case(name, a, out, **kw):
    c = {"name": name, "out": np.asarray(out).astype(np.complex128)}
    a = np.asarray(a)
    if np.iscomplexobj(a):
        c["ac"] = a
    else:
        c["a"] = a
    c["cplx"] = is_cplx(out) if not np.iscomplexobj(a) else False
    if "errest" in kw:
        kw["errest"] = float(kw["errest"])
    c.update(kw)
    return c


def real_mats():
    rot = np.array([[0.0, -1.0], [1.0, 0.0]])
    return [
        ("1x1", np.array([[2.5]])),
        ("identity", np.eye(3)),
        ("diag", np.diag([0.5, 2.0, 7.0])),
        ("upper triangular", np.triu(posdef_ish(11, 5))),
        ("spd", spd(12, 6)),
        ("nonsymmetric", posdef_ish(13, 6)),
        ("rotation-like", np.eye(2) + 0.5 * rot),
        ("complex eigenvalues", randn(14, 5, 5) + 0.5 * np.eye(5)),
        ("near identity", np.eye(4) + 1e-3 * randn(15, 4, 4)),
        ("large norm", 1e3 * posdef_ish(16, 4)),
        ("defective", np.array([[2.0, 1.0, 0.0], [0.0, 2.0, 1.0], [0.0, 0.0, 2.0]])),
        ("negative eigenvalue", np.diag([1.0, -2.0]) + np.array([[0.0, 0.3], [0.0, 0.0]])),
        ("random 12", posdef_ish(17, 12)),
    ]


def complex_mats():
    return [
        ("complex 1x1", np.array([[-1.0 + 0.5j]])),
        ("complex random", crandn(21, 5) + 3 * np.eye(5)),
        ("complex hermitian pd", (lambda m: m @ m.conj().T + 4 * np.eye(4))(crandn(22, 4))),
        ("complex negative", np.diag([-1.0 + 0j, -4.0 + 0j]) + np.array([[0, 1j], [0, 0]])),
    ]


def sqrtm_cases():
    cs = []
    for name, a in real_mats() + complex_mats():
        x, errest = sl.sqrtm(a, disp=False)
        cs.append(case(name, a, x, errest=errest))
    # Blocked algorithm: several blocks of unequal sizes.
    a = posdef_ish(31, 11)
    for bs in (1, 3, 4):
        x, errest = sl.sqrtm(a, disp=False, blocksize=bs)
        cs.append(case("blocked %d" % bs, a, x, errest=errest, blocksize=bs))
    a = posdef_ish(32, 7) + 1j * randn(33, 7, 7)
    x, errest = sl.sqrtm(a, disp=False, blocksize=2)
    cs.append(case("complex blocked 2", a, x, errest=errest, blocksize=2))
    # Singular but with a square root, and singular without one.
    cs.append(case("singular semisimple", np.diag([0.0, 4.0]), sl.sqrtm(np.diag([0.0, 4.0]))))
    with np.errstate(all="ignore"):
        nil = np.array([[0.0, 1.0], [0.0, 0.0]])
        x = sl.sqrtm(nil, disp=False)[0]
    assert np.all(np.isnan(x))
    cs.append(case("nilpotent", nil, np.zeros((2, 2)), err="singular"))
    return cs


def logm_cases():
    cs = []
    for name, a in real_mats() + complex_mats():
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            x, errest = sl.logm(a, disp=False)
        cs.append(case(name, a, x, errest=errest, warn=len(w) > 0))
    for name, a in [("singular", np.array([[1.0, 2.0], [2.0, 4.0]])),
                    ("singular triangular", np.array([[1.0, 1.0], [0.0, 0.0]]))]:
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            x, errest = sl.logm(a, disp=False)
        assert any("singular" in str(m.message) for m in w)
        cs.append(case(name, a, x, errest=errest, warn=True))
    return cs


FUNCS = {
    "exp": np.exp,
    "sin": np.sin,
    "sqrt": np.sqrt,
    "square": lambda z: z * z,
}


def funm_cases():
    cs = []
    mats = [(n, a) for n, a in real_mats() + complex_mats()
            if n not in ("identity", "defective", "large norm")]  # repeated eigenvalues make funm inaccurate; exp overflows on "large norm"
    for fname, f in FUNCS.items():
        for name, a in mats:
            if fname == "sqrt" and name in ("negative eigenvalue", "complex negative"):
                continue
            x, errest = sl.funm(a, f, disp=False)
            cs.append(case(name + " " + fname, a, x, errest=errest, f=fname))
    return cs


def signm_cases():
    cs = []
    mats = [
        ("1x1 negative", np.array([[-3.0]])),
        ("symmetric indefinite", (lambda m: m + m.T)(randn(41, 6, 6))),
        ("nonsymmetric", randn(42, 5, 5)),
        ("diag", np.diag([3.0, -1.0, 2.0])),
        ("triangular", np.triu(randn(43, 4, 4)) + np.diag([2.0, -2.0, 1.0, -1.0])),
        ("complex", crandn(44, 4)),
        # Close eigenvalues with a large coupling: the Schur-Parlett error
        # estimate is large and SciPy switches to the Newton iteration.
        ("newton", np.array([[1.0, 1e3, 0.0], [0.0, 1.0 + 1e-9, 1.0], [0.0, 0.0, -2.0]])),
        ("newton nonnormal", np.array([[2.0, 50.0, 1.0], [0.0, 2.0 + 1e-7, 3.0], [0.0, 0.0, -0.5]]) + 1e-3 * randn(45, 3, 3)),
    ]
    for name, a in mats:
        r = sl.signm(a, disp=False)
        # SciPy returns only the matrix when the Schur-Parlett result is
        # accepted, and (matrix, errest) after the Newton iteration.
        if isinstance(r, tuple):
            cs.append(case(name, a, r[0], errest=r[1], newton=True))
        else:
            cs.append(case(name, a, r, newton=False))
    return cs


def fracpow_cases():
    cs = []
    mats = [(n, a) for n, a in real_mats() + complex_mats() if n != "large norm"]
    for p in (0.5, -0.5, 1.3, -2.7, 0.25, 2.0, -1.0, 3.0):
        for name, a in mats:
            with np.errstate(all="ignore"):
                x = sl.fractional_matrix_power(a, p)
            cs.append(case("%s ^%g" % (name, p), a, x, p=p))
    # Singular: the Schur-Padé step fails and SciPy falls back on funm for
    # p > 0, returns NaN for p < 0.
    sing = np.array([[1.0, 2.0], [2.0, 4.0]])
    cs.append(case("singular ^1.5", sing, sl.fractional_matrix_power(sing, 1.5), p=1.5))
    with np.errstate(all="ignore"):
        x = sl.fractional_matrix_power(sing, -0.5)
    assert np.all(np.isnan(x))
    cs.append(case("singular ^-0.5", sing, np.zeros((2, 2)), p=-0.5, err="singular"))
    return cs


def trig_cases():
    cs = []
    mats = [("1x1", np.array([[0.7]])), ("zero", np.zeros((3, 3)))]
    for s in (0.1, 1.0, 3.0):
        mats.append(("random x%g" % s, s * randn(51, 5, 5) / 5))
    mats.append(("complex", 0.5 * crandn(52, 4) / 4))
    fns = {"cosm": sl.cosm, "sinm": sl.sinm, "tanm": sl.tanm,
           "coshm": sl.coshm, "sinhm": sl.sinhm, "tanhm": sl.tanhm}
    for fname, f in fns.items():
        for name, a in mats:
            cs.append(case(name + " " + fname, a, f(a), f=fname))
    return cs


def frechet_cases():
    cs = []
    # Norms around the Pade thresholds 0.0108, 0.2, 0.783, 1.78 and beyond
    # (degree 13 with 0, 1 and several squarings).
    for i, s in enumerate((1e-3, 0.05, 0.5, 1.2, 3.0, 8.0, 60.0)):
        a = randn(60 + i, 5, 5)
        a *= s / np.linalg.norm(a, 1)
        e = randn(70 + i, 5, 5)
        ea, l = sl.expm_frechet(a, e)
        cs.append({"name": "norm %g" % s, "a": a, "e": e, "expm": ea, "frechet": l})
    a, e = np.array([[0.3]]), np.array([[2.0]])
    ea, l = sl.expm_frechet(a, e)
    cs.append({"name": "1x1", "a": a, "e": e, "expm": ea, "frechet": l})
    return cs


def cond_cases():
    cs = []
    for name, a in [("1x1", np.array([[0.7]])),
                    ("scipy example", np.array([[-0.3, 0.2, 0.6], [0.6, 0.3, -0.1], [-0.7, 1.2, 0.9]])),
                    ("random 4", randn(80, 4, 4)),
                    ("nonnormal", np.array([[-1.0, 50.0], [0.0, -2.0]])),
                    ("scaled 6", 3.0 * randn(81, 6, 6))]:
        cs.append({"name": name, "a": a, "kappa": sl.expm_cond(a)})
    return cs


def khatri_rao_cases():
    cs = []
    for name, a, b in [("2x3 3x3", randn(82, 2, 3), randn(83, 3, 3)),
                       ("1x4 5x4", randn(84, 1, 4), randn(85, 5, 4)),
                       ("column", randn(86, 3, 1), randn(87, 2, 1))]:
        cs.append({"name": name, "a": a, "b": b, "out": sl.khatri_rao(a, b)})
    return cs


def main():
    # SciPy's logm and fractional_matrix_power estimate norms with
    # onenormest, which draws from NumPy's global RandomState: seed it so
    # that regenerating gives identical files.
    np.random.seed(20231)
    goldenlib.write("linalg/matfunc_sqrtm", sqrtm_cases(), GEN)
    goldenlib.write("linalg/matfunc_logm", logm_cases(), GEN)
    goldenlib.write("linalg/matfunc_funm", funm_cases(), GEN)
    goldenlib.write("linalg/matfunc_signm", signm_cases(), GEN)
    goldenlib.write("linalg/matfunc_fracpow", fracpow_cases(), GEN)
    goldenlib.write("linalg/matfunc_trig", trig_cases(), GEN)
    goldenlib.write("linalg/matfunc_frechet", frechet_cases(), GEN)
    goldenlib.write("linalg/matfunc_cond", cond_cases(), GEN)
    goldenlib.write("linalg/matfunc_khatri_rao", khatri_rao_cases(), GEN)


if __name__ == "__main__":
    main()
