#!/usr/bin/python3
"""Generate tables.go: constants of scipy/special computed with mpmath.

Run from this directory with Debian's Python (scripts/install-deps.sh golden
installs python3-mpmath):

    /usr/bin/python3 gen_tables.py > tables.go && gofmt -l .   # prints nothing

There is no go:generate directive on purpose: `make generate-check` runs on
machines without mpmath. The output is deterministic (mpmath at 60 digits,
every value printed with Python's shortest round-trip repr).

Tables:
  digammaRoots: the positive zero of ψ and its first negative zeros, each as
      a double-double (hi, lo), with the Taylor coefficients of ψ about the
      zero, c_k = ψ^(k)(r)/k! = (-1)^(k+1) ζ(k+1, r), k = 1..digammaDeg.
  temmeD: the coefficients d_{k,n} of Temme's uniform asymptotic expansion
      of the incomplete gamma functions (DLMF 8.12), from their recurrences
      over the series reversion of η(λ) and Stirling's coefficients g_k.
  logTable: log(3/4 + j/128) in double-double, the grid of logDD.
  eiRoot*: the positive zero of the exponential integral Ei and its Taylor
      coefficients there.
  erfcxPieces: piecewise polynomials of erfcx(z) = exp(z²)·erfc(z) on
      [0, 26], built like the ndtri pieces.
  ndtriCentral, ndtriTailPieces: piecewise polynomial approximations of the
      inverse normal CDF (Chebyshev interpolants at 60 digits, converted to
      monomials in the piece's variable t in [-1, 1]); each piece is split
      until the polynomial with float64 coefficients is within 8e-17 of
      mpmath on a grid (the rounding of the constant term alone is up to
      5.5e-17).
"""

import sys

import mpmath as mp

mp.mp.dps = 60

DIGAMMA_NEG_ROOTS = 40
DIGAMMA_DEG = 22


def f(v):
    return repr(float(v))


def dd(v):
    hi = float(v)
    lo = float(v - mp.mpf(hi))
    return hi, lo


def digamma_tables(out):
    roots = [mp.findroot(mp.digamma, mp.mpf("1.46"))]
    for n in range(1, DIGAMMA_NEG_ROOTS + 1):
        a = mp.mpf(-n) + mp.mpf(10) ** -40
        b = mp.mpf(-n + 1) - mp.mpf(10) ** -40
        roots.append(mp.findroot(mp.digamma, (a, b), solver="anderson"))
    out.append("// digammaDeg is the degree of the Taylor polynomials in digammaRoots.")
    out.append("const digammaDeg = %d" % DIGAMMA_DEG)
    out.append("")
    out.append("// digammaRoots holds the zero of ψ on (1, 2) and its zeros on (-n, -n+1),")
    out.append("// n = 1..%d: the zero as hi+lo and ψ's Taylor coefficients about it," % DIGAMMA_NEG_ROOTS)
    out.append("// c[k-1] = ψ^(k)(r)/k!.")
    out.append("var digammaRoots = [%d]digammaRoot{" % len(roots))
    for r in roots:
        hi, lo = dd(r)
        cs = []
        for k in range(1, DIGAMMA_DEG + 1):
            c = (-1) ** (k + 1) * mp.zeta(k + 1, r)
            cs.append(f(c))
        out.append("\t{hi: %s, lo: %s, c: [digammaDeg]float64{" % (f(hi), f(lo)))
        for i in range(0, len(cs), 4):
            out.append("\t\t" + ", ".join(cs[i:i + 4]) + ",")
        out.append("\t}},")
    out.append("}")
    out.append("")


def cheb_fit(f, a, b, deg):
    """Chebyshev interpolant of f on [a, b] of degree deg, returned as
    monomial coefficients in t = (x - mid)/half, t in [-1, 1]."""
    n = deg + 1
    nodes = [mp.cos(mp.pi * (k + mp.mpf(1) / 2) / n) for k in range(n)]
    mid, half = (a + b) / 2, (b - a) / 2
    vals = [f(mid + half * t) for t in nodes]
    c = []
    for j in range(n):
        s = mp.fsum(vals[k] * mp.cos(mp.pi * j * (k + mp.mpf(1) / 2) / n) for k in range(n))
        c.append(2 * s / n)
    c[0] /= 2
    # Chebyshev -> monomial: T_0 = 1, T_1 = t, T_{j+1} = 2t T_j - T_{j-1}
    tprev, tcur = [mp.mpf(1)], [mp.mpf(0), mp.mpf(1)]
    mono = [mp.mpf(0)] * n
    for j in range(n):
        tj = tprev if j == 0 else tcur
        if j >= 2:
            nxt = [mp.mpf(0)] * (j + 1)
            for i, v in enumerate(tcur):
                nxt[i + 1] += 2 * v
            for i, v in enumerate(tprev):
                nxt[i] -= v
            tprev, tcur = tcur, nxt
            tj = tcur
        for i, v in enumerate(tj):
            mono[i] += c[j] * v
    return mono


def horner(mono, t):
    """Exact evaluation of the polynomial with float64-rounded coefficients
    at the float64 point t: the approximation error alone, without the
    final rounding of a float64 evaluation."""
    r = mp.mpf(0)
    for v in reversed(mono):
        r = r * t + mp.mpf(float(v))
    return r


def fit_pieces(f, a, b, deg, tol, check=200, depth=0):
    """Split [a, b] until a degree-deg interpolant with float64-rounded
    coefficients is within tol relative of f on a grid."""
    if depth > 12:
        raise ValueError("cannot fit on [%s, %s]" % (a, b))
    mono = cheb_fit(f, a, b, deg)
    mid, half = (a + b) / 2, (b - a) / 2
    worst = 0
    for i in range(check + 1):
        x = a + (b - a) * mp.mpf(i) / check
        t = (x - mid) / half
        exact = f(x)
        got = horner(mono, float(t))
        worst = max(worst, abs((got - exact) / exact))
    if worst <= tol:
        return [(a, b, mono, worst)]
    m = (a + b) / 2
    return fit_pieces(f, a, m, deg, tol, check, depth + 1) + fit_pieces(f, m, b, deg, tol, check, depth + 1)


def ndtri_exact(p):
    """x with Φ(x) = p, by Newton's method on mpmath's ncdf."""
    x = -mp.sqrt(-2 * mp.log(p))  # rough start
    if p > mp.mpf("0.1"):
        x = mp.sqrt(2) * mp.erfinv(2 * p - 1)
    for _ in range(200):
        dx = (mp.ncdf(x) - p) / mp.npdf(x)
        x -= dx
        if abs(dx) < mp.mpf(10) ** -45 * (1 + abs(x)):
            break
    return x


ERFCX_DEG = 7


def erfcx_tables(out):
    def erfcx(z):
        return mp.exp(z * z) * mp.erfc(z)
    pieces = fit_pieces(erfcx, mp.mpf(0), mp.mpf(26), ERFCX_DEG, 8e-17, check=60)
    emit_pieces(out, "erfcxPieces", pieces, "z in [0, 26]: erfcx(z) = P(t)")


def emit_pieces(out, name, pieces, what):
    out.append("// %s: piecewise polynomials on %s," % (name, what))
    out.append("// t = (v-mid)/half on each piece [lo, hi]; approximation error (exact")
    out.append("// evaluation of the rounded coefficients) at most %.2g relative." % float(max(p[3] for p in pieces)))
    out.append("var %s = []polyPiece{" % name)
    for a, b, mono, worst in pieces:
        out.append("\t{lo: %s, hi: %s, mid: %s, half: %s, c: []float64{" % (f(a), f(b), f((a + b) / 2), f((b - a) / 2)))
        cs = [f(v) for v in mono]
        for i in range(0, len(cs), 4):
            out.append("\t\t" + ", ".join(cs[i:i + 4]) + ",")
        out.append("\t}},")
    out.append("}")
    out.append("")


NDTRI_CENTRAL = mp.mpf("0.18")  # q² for |q| = |p - 1/2| ≤ 0.4243 (AS241's central range)
NDTRI_DEG = 7


def ndtri_tables(out):
    # Central: ndtri(1/2 + q) = q·C(q²).
    def central(u):
        if u == 0:
            return mp.sqrt(2 * mp.pi)
        q = mp.sqrt(u)
        return mp.sqrt(2) * mp.erfinv(2 * q) / q
    cen = fit_pieces(central, mp.mpf(0), NDTRI_CENTRAL, NDTRI_DEG, 8e-17)
    # Tail: p = exp(-r²) ≤ 0.2, ndtri(p) = -T(r).
    r0 = mp.sqrt(-mp.log(mp.mpf("0.2")))
    rmax = mp.mpf(27.3)

    def tail(r):
        return -ndtri_exact(mp.exp(-r * r))
    tl = fit_pieces(tail, r0, rmax, NDTRI_DEG, 8e-17, check=60)
    for name, pieces, what in (("ndtriCentral", cen, "q² = (p-1/2)², |q| ≤ 0.4243: ndtri(p) = q·P(t)"),
                               ("ndtriTailPieces", tl, "r = √(-log p), p ≤ 0.2: ndtri(p) = -P(t)")):
        out.append("// %s: piecewise polynomials on %s," % (name, what))
        out.append("// t = (v-mid)/half on each piece [lo, hi]; approximation error (exact")
        out.append("// evaluation of the rounded coefficients) at most %.2g relative." % float(max(p[3] for p in pieces)))
        out.append("var %s = []polyPiece{" % name)
        for a, b, mono, worst in pieces:
            out.append("\t{lo: %s, hi: %s, mid: %s, half: %s, c: []float64{" % (
                f(a), f(b), f((a + b) / 2), f((b - a) / 2)))
            cs = [f(v) for v in mono]
            for i in range(0, len(cs), 4):
                out.append("\t\t" + ", ".join(cs[i:i + 4]) + ",")
            out.append("\t}},")
        out.append("}")
        out.append("")


def ps_mul(a, b, n):
    r = [mp.mpf(0)] * n
    for i, x in enumerate(a[:n]):
        if x == 0:
            continue
        for j, y in enumerate(b[:n - i]):
            r[i + j] += x * y
    return r


def ps_sqrt(a, n):
    """Power series square root, a[0] = 1."""
    r = [mp.mpf(0)] * n
    r[0] = mp.sqrt(a[0])
    for k in range(1, n):
        s = a[k] - mp.fsum(r[i] * r[k - i] for i in range(1, k))
        r[k] = s / (2 * r[0])
    return r


def ps_revert(e, n):
    """Given η(w) = Σ e_k w^k (e_0 = 0, e_1 = 1), return w(η) = Σ α_k η^k."""
    # Iterate α ← α - (η∘α - id) using composition; n is small (≤ 80).
    alpha = [mp.mpf(0), mp.mpf(1)] + [mp.mpf(0)] * (n - 2)
    for k in range(2, n):
        # coefficient of η^k in η(w(η)) must vanish: solve for α_k
        comp = [mp.mpf(0)] * n
        power = [mp.mpf(1)] + [mp.mpf(0)] * (n - 1)  # w(η)^0
        for j in range(1, n):
            power = ps_mul(power, alpha, n)
            for i in range(n):
                comp[i] += e[j] * power[i]
        alpha[k] -= comp[k]
    return alpha


def temme_d(K, N):
    """Coefficients d_{k,n} of Temme's expansion (DLMF 8.12.8-8.12.13):
    R_a(η) = exp(-aη²/2)/√(2πa)·Σ_k c_k(η)/a^k, c_k(η) = Σ_n d_{k,n} ηⁿ."""
    M = N + 2 * K + 4
    # η(w) for w = λ-1: η = w·√(2(w - log(1+w))/w²) = w·√(Σ 2(-1)^j w^j/(j+2))
    f = [mp.mpf(2) * (-1) ** j / (j + 2) for j in range(M)]
    h = ps_sqrt(f, M)
    e = [mp.mpf(0)] + h[:M - 1]
    alpha = ps_revert(e, M)  # λ - 1 = Σ α_n ηⁿ
    # Stirling coefficients g_k of Γ(a) ~ √(2π/a)(a/e)^a Σ g_k a^(-k):
    # exp(Σ_j B_2j/(2j(2j-1)) z^(2j-1)) in z = 1/a.
    L = [mp.mpf(0)] * (K + 2)
    for j in range(1, K // 2 + 2):
        if 2 * j - 1 < len(L):
            L[2 * j - 1] = mp.bernoulli(2 * j) / (2 * j * (2 * j - 1))
    g = [mp.mpf(1)] + [mp.mpf(0)] * (K + 1)
    term = [mp.mpf(1)] + [mp.mpf(0)] * (K + 1)
    for m in range(1, K + 2):
        term = [x / m for x in ps_mul(term, L, K + 2)]
        g = [x + y for x, y in zip(g, term)]
    d0 = [-mp.mpf(1) / 3] + [(n + 2) * alpha[n + 2] for n in range(1, M - 2)]
    d = [d0]
    for k in range(1, K):
        dk = [(-1) ** k * g[k] * d[0][n] + (n + 2) * d[k - 1][n + 2] for n in range(len(d[k - 1]) - 2)]
        d.append(dk)
    return [row[:N] for row in d]


def log_tables(out):
    out.append("// logTable[j] = log(3/4 + j/128) as a double-double (hi, lo), j = 0..96:")
    out.append("// the grid of logDD.")
    out.append("var logTable = [97]dd{")
    for j in range(97):
        hi, lo = dd(mp.log(mp.mpf(3) / 4 + mp.mpf(j) / 128))
        out.append("\t{%s, %s}," % (f(hi), f(lo)))
    out.append("}")
    out.append("")


EI_DEG = 22


def ei_tables(out):
    r = mp.findroot(mp.ei, mp.mpf("0.37"))
    hi, lo = dd(r)
    cs = mp.taylor(mp.ei, r, EI_DEG)[1:]  # c_1 .. c_deg (c_0 = Ei(r) = 0)
    out.append("// eiRoot is the positive zero of Ei (x0 = 0.3725…) as hi+lo, and eiRootC the")
    out.append("// Taylor coefficients of Ei about it, eiRootC[k-1] = Ei⁽ᵏ⁾(x0)/k!.")
    out.append("var (")
    out.append("\teiRootHi, eiRootLo = %s, %s" % (f(hi), f(lo)))
    out.append("\teiRootC            = [%d]float64{" % EI_DEG)
    c = [f(v) for v in cs]
    for i in range(0, len(c), 4):
        out.append("\t\t" + ", ".join(c[i:i + 4]) + ",")
    out.append("\t}")
    out.append(")")
    out.append("")


TEMME_K, TEMME_N = 25, 25


def temme_tables(out):
    d = temme_d(TEMME_K, TEMME_N)
    out.append("// temmeD[k][n] = d_{k,n}, the coefficients of Temme's uniform expansion of")
    out.append("// the incomplete gamma function (DLMF 8.12.8-8.12.13): c_k(η) = Σ_n d_{k,n}·ηⁿ.")
    out.append("var temmeD = [%d][%d]float64{" % (TEMME_K, TEMME_N))
    for row in d:
        cs = [f(v) for v in row]
        out.append("\t{")
        for i in range(0, len(cs), 4):
            out.append("\t\t" + ", ".join(cs[i:i + 4]) + ",")
        out.append("\t},")
    out.append("}")
    out.append("")


def main():
    out = [
        "// Code generated by gen_tables.py with mpmath %s; DO NOT EDIT." % mp.__version__,
        "",
        "package special",
        "",
    ]
    digamma_tables(out)
    temme_tables(out)
    ei_tables(out)
    log_tables(out)
    if "--no-ndtri" not in sys.argv:
        ndtri_tables(out)
        erfcx_tables(out)
    print("\n".join(out).rstrip("\n"))


if __name__ == "__main__":
    main()
