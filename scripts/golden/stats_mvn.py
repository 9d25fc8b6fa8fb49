#!/usr/bin/env python3
"""Golden data for scipy/stats' MultivariateNormal (scipy.stats.multivariate_normal).

Run with Debian's Python (scripts/install-deps.sh golden):

    /usr/bin/python3 scripts/golden/stats_mvn.py

Writes testdata/stats/mvn.json: a list of records of two kinds.

kind "dist": one record per (mean, cov, allow_singular): SciPy 1.10.1's logpdf
and pdf at points (inside and outside the support of singular covariances,
near and far from the mean) and its entropy, and for full-rank covariances
mpmath's exact values (SciPy's eigenvalue route loses digits to the
condition number of badly scaled covariances).

kind "cdf": one record per CDF evaluation: SciPy's default estimate (Genz's
randomized lattice rule, abseps = releps = 1e-5, so only good to ~1e-5) and
an accurate reference: for d = 1 and 2 mpmath at 40 digits (the 2-D value
as the 1-D integral of phi(t) Phi((y - r t)/sqrt(1 - r^2))), for d = 3 a
1-D adaptive quadrature over the first coordinate of SciPy's bivariate
conditional probability (exact to ~1e-15 in SciPy: Genz's BVN; also used
for a 4-D case with a duplicated coordinate, which reduces to 3-D), closed
forms where they exist (orthant of an equicorrelated triple, diagonal
covariance), and otherwise SciPy's own estimate with abseps = 1e-9 and a
large maxpts ("ref_err" = 1e-8 then bounds the reference's error).

Takes about two minutes (the mpmath quadratures).
"""

import os
import sys
import warnings

import mpmath as mp
import numpy as np
from scipy import integrate, stats

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import goldenlib  # noqa: E402

warnings.simplefilter("ignore")
rng = np.random.default_rng(20261125)
mvn = stats.multivariate_normal


def spd(d, scales=None):
    a = rng.normal(size=(d, d))
    c = a @ a.T / d + 0.3 * np.eye(d)
    if scales is not None:
        s = np.asarray(scales, float)
        c = c * np.outer(s, s)
    return c


def mp_logpdf(x, mean, cov):
    """Exact log density of the float64 inputs at 40 digits (full rank)."""
    with mp.workdps(40):
        d = len(mean)
        c = mp.matrix([[mp.mpf(float(v)) for v in row] for row in cov])
        dev = mp.matrix([mp.mpf(float(x[i])) - mp.mpf(float(mean[i])) for i in range(d)])
        maha = (dev.T * mp.lu_solve(c, dev))[0]
        return -(d * mp.log(2 * mp.pi) + mp.log(mp.det(c)) + maha) / 2


def mp_entropy(cov):
    with mp.workdps(40):
        d = len(cov)
        c = mp.matrix([[mp.mpf(float(v)) for v in row] for row in cov])
        return (d * (1 + mp.log(2 * mp.pi)) + mp.log(mp.det(c))) / 2


def dist_record(name, mean, cov, allow_singular, points, exact=True):
    """SciPy's values; with exact, also mpmath's (full-rank covariances
    only: a rounded singular matrix is not exactly singular, so there
    SciPy's eigenvalue cutoff defines the answer)."""
    mean = np.asarray(mean, float)
    cov = np.asarray(cov, float)
    rv = mvn(mean, cov, allow_singular=allow_singular)
    pts = []
    for x in points:
        x = np.asarray(x, float)
        rec = {"x": x, "logpdf": float(rv.logpdf(x)), "pdf": float(rv.pdf(x))}
        if exact:
            lp = mp_logpdf(x, mean, cov)
            rec["mp_logpdf"] = float(lp)
            rec["mp_pdf"] = float(mp.exp(lp))
        pts.append(rec)
    out = {"kind": "dist", "name": name, "mean": mean, "cov": cov, "allow_singular": allow_singular,
           "entropy": float(rv.entropy()), "points": pts}
    if exact:
        out["mp_entropy"] = float(mp_entropy(cov))
    return out


def standard_points(mean, cov, extra=()):
    mean = np.asarray(mean, float)
    d = len(mean)
    l = np.linalg.cholesky(cov)
    pts = [mean, mean + 0.1, mean - l @ np.linspace(-1, 1, d)]
    for s in (2.0, 6.0, 30.0, 45.0):
        z = rng.normal(size=d)
        z *= s / np.linalg.norm(z)
        pts.append(mean + l @ z)
    pts.extend(extra)
    return pts


dists = []
for name, mean, cov in [
    ("d1", [0.5], [[2.0]]),
    ("d2", [1.0, -2.0], [[2.0, 0.6], [0.6, 1.0]]),
    ("d2neg", [0.0, 0.0], [[1.0, -0.95], [-0.95, 1.0]]),
    ("d3", [0.1, 0.2, -0.3], spd(3)),
    ("d4diag", [1.0, 2.0, 3.0, 4.0], np.diag([0.5, 2.0, 1e-3, 1e3])),
    ("d5scaled", rng.normal(size=5), spd(5, [0.01, 0.1, 1, 10, 100])),
    ("d10", rng.normal(size=10), spd(10)),
]:
    cov = np.asarray(cov, float)
    dists.append(dist_record(name, mean, cov, False, standard_points(mean, cov)))

# A nearly singular but positive definite covariance (condition ~1e9).
v = np.array([[1.0, 0.99999], [0.99999, 1.0]])
dists.append(dist_record("d2nearsing", [0.0, 0.0], v, False,
                         [[0.0, 0.0], [0.5, 0.5], [0.5, 0.49], [1.0, -1.0]]))

# Singular covariances, allow_singular=True: rank 2 in 3-D, rank 1 in 2-D,
# and a covariance with a zero variance.
A = rng.normal(size=(3, 2))
c3 = A @ A.T
m3 = np.array([1.0, -1.0, 0.5])
ortho = np.linalg.svd(A)[0][:, 2]
pts = [m3, m3 + A @ [0.3, -0.7], m3 + A @ [3.0, 2.0],
       m3 + A @ [0.3, -0.7] + 1e-3 * ortho, m3 + ortho, m3 + 1e-12 * ortho]
dists.append(dist_record("d3rank2", m3, c3, True, pts, exact=False))
dists.append(dist_record("d2rank1", [0.0, 1.0], [[1.0, 1.0], [1.0, 1.0]], True,
                         [[0.0, 1.0], [0.5, 1.5], [-2.0, -1.0], [0.5, 1.4], [1.0, 0.0]], exact=False))
dists.append(dist_record("d3zerovar", [0.0, 2.0, 0.0], [[1.0, 0.0, 0.3], [0.0, 0.0, 0.0], [0.3, 0.0, 2.0]], True,
                         [[0.0, 2.0, 0.0], [1.0, 2.0, -1.0], [1.0, 2.5, -1.0]], exact=False))
# The full-rank ones again with allow_singular=True: same values.
dists.append(dist_record("d3allow", [0.1, 0.2, -0.3], dists[3]["cov"], True,
                         [p["x"] for p in dists[3]["points"]]))

mp.mp.dps = 40


def bvn_mp(x, y, r):
    """P(X <= x, Y <= y) for standard normals with correlation r."""
    x, y, r = mp.mpf(x), mp.mpf(y), mp.mpf(r)
    if x == mp.inf:
        return mp.ncdf(y)
    if y == mp.inf:
        return mp.ncdf(x)
    if x == -mp.inf or y == -mp.inf:
        return mp.mpf(0)
    if r == 1:
        return mp.ncdf(min(x, y))
    if r == -1:
        return max(mp.mpf(0), mp.ncdf(x) - mp.ncdf(-y))
    s = mp.sqrt(1 - r * r)
    # Integrate phi(t) Phi((y - r t)/s) over t = x - u, u > 0, with cuts
    # at u = 2^(k/4): the mass of a far-tail probability with negative r
    # sits within ~1/100 of the upper limit, and plain quad over (-inf, x]
    # then loses 1e-4; with these cuts both orders of (x, y) agree to 1e-20.
    f = lambda u: mp.npdf(x - u) * mp.ncdf((y - r * (x - u)) / s)
    cuts = [mp.mpf(0)] + [mp.mpf(2) ** (mp.mpf(k) / 4) for k in range(-60, 24)] + [mp.inf]
    return mp.quad(f, cuts, maxdegree=8)


def rect2_mp(lo, hi, mean, cov):
    """P(lo < X <= hi) in 2-D. A coordinate whose upper limit is +inf is
    reflected (X -> -X, r -> -r) first, so that far upper-tail boxes are
    one direct integral instead of a cancelling sum."""
    sd = [mp.sqrt(cov[0][0]), mp.sqrt(cov[1][1])]
    r = mp.mpf(cov[0][1]) / (sd[0] * sd[1])
    a = [(mp.mpf(lo[i]) - mean[i]) / sd[i] for i in range(2)]
    b = [(mp.mpf(hi[i]) - mean[i]) / sd[i] for i in range(2)]
    for i in range(2):
        if b[i] == mp.inf:
            a[i], b[i] = -b[i], -a[i]
            r = -r
    return (bvn_mp(b[0], b[1], r) - bvn_mp(a[0], b[1], r)
            - bvn_mp(b[0], a[1], r) + bvn_mp(a[0], a[1], r))


def tri_ref(lo, hi, mean, cov):
    """P(lo < X <= hi) in 3-D by quadrature over X1 of SciPy's exact BVN."""
    mean = np.asarray(mean, float)
    cov = np.asarray(cov, float)
    s11 = cov[0, 0]
    c = cov[1:, 0] / s11
    ccov = cov[1:, 1:] - np.outer(cov[1:, 0], cov[0, 1:]) / s11
    sd = np.sqrt(s11)

    def g(t):
        m = mean[1:] + c * (t - mean[0])
        return stats.norm.pdf(t, mean[0], sd) * mvn.cdf(hi[1:], m, ccov, lower_limit=lo[1:], allow_singular=True)

    a = max(lo[0], mean[0] - 40 * sd)
    b = min(hi[0], mean[0] + 40 * sd)
    v, _ = integrate.quad(g, a, b, epsabs=1e-14, epsrel=1e-13, limit=400)
    return v


cdfs = []


def cdf_record(name, mean, cov, x, lower=None, ref=None, ref_err=0.0):
    mean = np.asarray(mean, float)
    cov = np.asarray(cov, float)
    x = np.asarray(x, float)
    d = len(mean)
    lo = np.full(d, -np.inf) if lower is None else np.asarray(lower, float)
    scipy_v = float(mvn.cdf(x, mean, cov, lower_limit=lower, allow_singular=True))
    if ref is None:
        if d <= 2:
            if d == 1:
                s = mp.sqrt(cov[0][0])
                ref = mp.ncdf((mp.mpf(x[0]) - mean[0]) / s) - mp.ncdf((mp.mpf(lo[0]) - mean[0]) / s)
            else:
                lo2, hi2 = np.minimum(lo, x), np.maximum(lo, x)
                sign = (-1) ** int(np.sum(x < lo))
                ref = sign * rect2_mp(lo2, hi2, mean, cov)
            ref = float(ref)
        elif d == 3 and np.all(lo <= x):
            ref = tri_ref(lo, x, mean, cov)
        else:
            ref = float(mvn.cdf(x, mean, cov, lower_limit=lower, allow_singular=True,
                                abseps=1e-9, releps=0, maxpts=20000000))
            ref_err = 1e-8
    cdfs.append({"kind": "cdf", "name": name, "mean": mean, "cov": cov, "x": x,
                 "lower": None if lower is None else np.asarray(lower, float),
                 "scipy": scipy_v, "ref": ref, "ref_err": ref_err})


# 1-D.
for x in (-40.0, -8.0, -1.0, 0.5, 3.0, 9.0, np.inf, -np.inf):
    cdf_record("d1", [0.5], [[2.0]], [x])
cdf_record("d1lower", [0.0], [[1.0]], [7.0], lower=[6.0])
cdf_record("d1swap", [0.0], [[1.0]], [-1.0], lower=[1.0])

# 2-D, every correlation branch of Genz's BVN (|r| < 0.3, < 0.75, < 0.925, above).
for r in (0.1, -0.2, 0.5, -0.6, 0.9, -0.9, 0.95, -0.97, 0.999, -0.9999):
    cov = [[1.0, r], [r, 1.0]]
    for x in ([0.0, 0.0], [1.0, -0.5], [-2.0, -3.0], [3.0, 2.5], [-6.0, -6.5], [0.3, 8.0], [np.inf, 0.7]):
        cdf_record("bvn r=%g" % r, [0.0, 0.0], cov, x)
    cdf_record("bvn rect r=%g" % r, [0.0, 0.0], cov, [1.5, 0.4], lower=[-0.5, -1.0])
    cdf_record("bvn upper r=%g" % r, [0.0, 0.0], cov, [np.inf, np.inf], lower=[1.0, 2.0])
cov2 = [[2.0, 0.6], [0.6, 1.0]]
cdf_record("bvn scaled", [1.0, -2.0], cov2, [1.5, -1.0])
cdf_record("bvn swapped", [1.0, -2.0], cov2, [1.5, -1.0], lower=[3.0, -3.0])
cdf_record("bvn r=1", [0.0, 0.0], [[1.0, 1.0], [1.0, 1.0]], [0.5, -0.2])
cdf_record("bvn r=-1", [0.0, 0.0], [[1.0, -1.0], [-1.0, 1.0]], [0.5, 0.2])

# 3-D: quadrature references.
c3 = spd(3)
m3 = np.array([0.1, 0.2, -0.3])
for x in ([0.0, 0.0, 0.0], [1.0, -0.5, 0.3], [-1.5, -1.0, -2.0], [2.0, 2.5, 3.0]):
    cdf_record("d3", m3, c3, x)
cdf_record("d3 box", m3, c3, [1.0, 1.2, 0.5], lower=[-1.0, -0.5, -0.8])
rho = 0.5
ceq = np.full((3, 3), rho) + (1 - rho) * np.eye(3)
# Orthant probability: 1/8 + 3 asin(rho)/(4 pi), exact.
cdf_record("d3 orthant", [0.0, 0.0, 0.0], ceq, [0.0, 0.0, 0.0],
           ref=float(mp.mpf(1) / 8 + 3 * mp.asin(mp.mpf(rho)) / (4 * mp.pi)))
cdf_record("d3 diag", [0.0, 1.0, 2.0], np.diag([1.0, 4.0, 0.25]), [0.5, 0.0, 2.1],
           ref=float(mp.ncdf(0.5) * mp.ncdf(-0.5) * mp.ncdf(mp.mpf(0.1) / mp.mpf(0.5))))

# Higher dimensions: SciPy at abseps 1e-9.
c5 = spd(5)
m5 = np.zeros(5)
for x in ([0.0] * 5, [1.0, 0.5, -0.5, 2.0, 0.0], [-1.0, -1.0, -1.0, -1.0, -1.0]):
    cdf_record("d5", m5, c5, x)
cdf_record("d5 box", m5, c5, [1.0, 1.0, 1.0, 1.0, 1.0], lower=[-1.0, -2.0, -0.5, -1.0, -3.0])
c8 = spd(8)
cdf_record("d8", np.zeros(8), c8, [0.5] * 8)
# Singular 3-D (rank 2) and 4-D with a duplicated coordinate.
A = rng.normal(size=(3, 2))
cdf_record("d3rank2", [0.0, 0.0, 0.0], A @ A.T, [0.5, -0.2, 0.3])
B = rng.normal(size=(4, 3))
B[3] = B[0]
# X4 = X1, so the reference is the 3-D probability at (min(x1, x4), x2, x3).
cdf_record("d4dup", [0.0, 0.0, 0.0, 0.0], B @ B.T, [0.4, 0.1, -0.3, 0.9],
           ref=tri_ref(np.full(3, -np.inf), np.array([0.4, 0.1, -0.3]), np.zeros(3), (B @ B.T)[:3, :3]))

path = goldenlib.write("stats/mvn", dists + cdfs, "scripts/golden/stats_mvn.py")
print(path, len(dists), "distributions,", len(cdfs), "cdf cases")
