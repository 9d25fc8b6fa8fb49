#!/usr/bin/python3
"""Golden data for scipy/fft, from real scipy.fft (run: /usr/bin/python3 scripts/golden/fft.py).

Writes testdata/fft/*.json(.gz). Inputs are not random: element j of a real
input is ((j*7919 + seed*104729) mod 1009)/1009 - 0.5, and a complex input
takes its imaginary part from the same formula with seed+1. Each value is one
correctly rounded division, so Go rebuilds the identical bits (see
scipy/fft's test helper "input") and the files store only outputs, except
where an input is irregular on purpose (NaN, Inf), which is stored.

Large lengths (n >= 4096) store the outputs at 97 sampled indices plus the
sum of squared magnitudes instead of every value, to keep testdata small.
"""

import os
import sys

import numpy as np
import scipy
import scipy.fft as sf

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import goldenlib  # noqa: E402

GEN = "scripts/golden/fft.py"
LENGTHS = [1, 2, 3, 5, 7, 17, 1009, 4096, 65537]
NORMS = ["backward", "ortho", "forward"]
BIG = 4096
SAMPLES = 97


def real_input(n, seed):
    j = np.arange(n, dtype=np.int64)
    return ((j * 7919 + seed * 104729) % 1009) / 1009.0 - 0.5


def complex_input(n, seed):
    return real_input(n, seed) + 1j * real_input(n, seed + 1)


def sample_idx(m):
    if m < BIG:
        return None
    return sorted(set(np.linspace(0, m - 1, SAMPLES).astype(np.int64).tolist()))


def out_fields(y):
    """Full output for small results, sampled indices + energy for large ones."""
    y = np.asarray(y)
    flat = y.ravel()
    idx = sample_idx(flat.size)
    d = {"out_shape": list(y.shape)}
    if idx is None:
        d["out"] = flat
    else:
        d["idx"] = idx
        d["out"] = flat[idx]
        d["energy"] = float(np.sum(np.abs(flat) ** 2))
    d["out_complex"] = bool(np.iscomplexobj(y))
    return d


def case(func, shape, seed, cplx, y, **kw):
    c = {"func": func, "shape": list(shape), "seed": seed, "complex_input": cplx}
    c.update({k: v for k, v in kw.items() if v is not None})
    c.update(out_fields(y))
    return c


def one_d():
    cases = []
    for n in LENGTHS:
        norms = NORMS if n < 65537 else ["backward"]
        for norm in norms:
            x = complex_input(n, 1)
            cases.append(case("fft", [n], 1, True, sf.fft(x, norm=norm), norm=norm))
            cases.append(case("ifft", [n], 1, True, sf.ifft(x, norm=norm), norm=norm))
            xr = real_input(n, 2)
            cases.append(case("rfft", [n], 2, False, sf.rfft(xr, norm=norm), norm=norm))
            cases.append(case("ihfft", [n], 2, False, sf.ihfft(xr, norm=norm), norm=norm))
            # irfft/hfft take the half spectrum of length n//2+1 and return n points.
            h = complex_input(n // 2 + 1, 3)
            cases.append(case("irfft", [n // 2 + 1], 3, True, sf.irfft(h, n=n, norm=norm), norm=norm, n=n))
            cases.append(case("hfft", [n // 2 + 1], 3, True, sf.hfft(h, n=n, norm=norm), norm=norm, n=n))
    # n= zero-pads or truncates.
    for n_in, n in [(5, 8), (8, 5), (7, 1), (1, 4)]:
        x = complex_input(n_in, 4)
        cases.append(case("fft", [n_in], 4, True, sf.fft(x, n=n), n=n, norm="backward"))
        xr = real_input(n_in, 4)
        cases.append(case("rfft", [n_in], 4, False, sf.rfft(xr, n=n), n=n, norm="backward"))
        cases.append(case("irfft", [n_in], 4, True, sf.irfft(complex_input(n_in, 4), n=n), n=n, norm="backward"))
    return cases


def n_d():
    cases = []
    shapes_axes = [
        ((4, 6), None), ((4, 6), [0]), ((4, 6), [1]), ((3, 5, 7), None),
        ((3, 5, 7), [0, 2]), ((3, 5, 7), [2, 0]), ((3, 5, 7), [-1]), ((1, 9), None), ((6, 1, 4), [1, 2]),
    ]
    for shape, axes in shapes_axes:
        size = int(np.prod(shape))
        for norm in NORMS:
            x = complex_input(size, 5).reshape(shape)
            xr = real_input(size, 6).reshape(shape)
            cases.append(case("fftn", shape, 5, True, sf.fftn(x, axes=axes, norm=norm), axes=axes, norm=norm))
            cases.append(case("ifftn", shape, 5, True, sf.ifftn(x, axes=axes, norm=norm), axes=axes, norm=norm))
            cases.append(case("rfftn", shape, 6, False, sf.rfftn(xr, axes=axes, norm=norm), axes=axes, norm=norm))
            # irfftn: output length along the last axis given explicitly (s=).
            ax = list(range(len(shape))) if axes is None else axes
            s = [shape[a] for a in ax]
            y = sf.rfftn(xr, axes=axes)
            cases.append(case("irfftn", list(y.shape), -1, True,
                              sf.irfftn(y, s=s, axes=axes, norm=norm), axes=axes, norm=norm, s=s,
                              input=y.ravel()))
    for shape in [(4, 6), (5, 3), (8, 8)]:
        size = int(np.prod(shape))
        x = complex_input(size, 7).reshape(shape)
        xr = real_input(size, 8).reshape(shape)
        cases.append(case("fft2", shape, 7, True, sf.fft2(x), norm="backward"))
        cases.append(case("ifft2", shape, 7, True, sf.ifft2(x), norm="backward"))
        cases.append(case("rfft2", shape, 8, False, sf.rfft2(xr), norm="backward"))
        y = sf.rfft2(xr)
        cases.append(case("irfft2", list(y.shape), -1, True, sf.irfft2(y, s=shape), s=list(shape),
                          norm="backward", input=y.ravel()))
    # 2-D with s= padding/truncation.
    x = complex_input(20, 9).reshape(4, 5)
    cases.append(case("fftn", [4, 5], 9, True, sf.fftn(x, s=[6, 3]), s=[6, 3], norm="backward"))
    # s= without axes= (the last len(s) axes) and s entries of -1 (keep the length).
    x = complex_input(60, 12).reshape(3, 4, 5)
    cases.append(case("fftn", [3, 4, 5], 12, True, sf.fftn(x, s=[-1, 7]), s=[-1, 7], norm="backward"))
    xr = real_input(60, 13).reshape(3, 4, 5)
    cases.append(case("rfftn", [3, 4, 5], 13, False, sf.rfftn(xr, s=[2, -1], axes=[2, 0]), s=[2, -1], axes=[2, 0],
                      norm="backward"))
    # irfftn/hfftn of a general, non-Hermitian complex input (a library could
    # treat the non-last axes differently), ihfftn, with and without s=.
    for shape, axes, s in [((4, 6), None, None), ((4, 6), None, [4, 9]), ((3, 5, 7), [0, 2], None),
                           ((3, 5, 7), [2, 0], [3, 8]), ((5, 4), [0], None), ((2, 3, 4), [-1], [5])]:
        size = int(np.prod(shape))
        x = complex_input(size, 14).reshape(shape)
        xr = real_input(size, 15).reshape(shape)
        for norm in NORMS:
            cases.append(case("irfftn", shape, 14, True, sf.irfftn(x, s=s, axes=axes, norm=norm),
                              axes=axes, norm=norm, s=s))
            cases.append(case("hfftn", shape, 14, True, sf.hfftn(x, s=s, axes=axes, norm=norm),
                              axes=axes, norm=norm, s=s))
            cases.append(case("ihfftn", shape, 15, False, sf.ihfftn(xr, s=s, axes=axes, norm=norm),
                              axes=axes, norm=norm, s=s))
    x = complex_input(24, 16).reshape(4, 6)
    xr = real_input(24, 17).reshape(4, 6)
    cases.append(case("hfft2", [4, 6], 16, True, sf.hfft2(x), norm="backward"))
    cases.append(case("ihfft2", [4, 6], 17, False, sf.ihfft2(xr), norm="backward"))
    return cases


SQRT2 = np.sqrt(2.0)


def _scale_edge(x, axes, first, factor):
    """x with its first (or last) element along each axis in axes
    multiplied by factor."""
    x = np.array(x, dtype=float, copy=True)
    for ax in axes:
        idx = [slice(None)] * x.ndim
        idx[ax] = 0 if first else -1
        x[tuple(idx)] *= factor
    return x


def fixed_dst(name, x, type, norm="backward", orthogonalize=None, n=None, s=None, axes=None):
    """scipy.fft's DST with the orthogonalisation SciPy fixed after 1.10
    (scipy/scipy#18452, PR #18613): the orthogonal DST-II scales its last
    output by 1/sqrt(2) and the DST-III its last input by sqrt(2); SciPy
    1.10 scaled the first. goscipy follows the fix. The transforms are
    linear and the scalings diagonal along each axis, so the fixed values
    come from SciPy 1.10's by moving the scaling: for an underlying DST-II,
    undo it on the first output and apply it to the last; for a DST-III,
    pre-scale the input so that 1.10's first-element factor cancels and the
    last element gets it."""
    f = getattr(sf, name)
    kw = {"type": type, "norm": norm}
    if orthogonalize is not None:
        kw["orthogonalize"] = orthogonalize
    if name in ("dst", "idst"):
        if n is not None:
            kw["n"] = n
        ax = [-1]
    else:
        if s is not None:
            kw["s"] = s
        if axes is not None:
            kw["axes"] = axes
        ax = list(range(np.ndim(x))) if axes is None else list(axes)
    ortho = orthogonalize if orthogonalize is not None else norm == "ortho"
    inverse = name.startswith("i")
    # The underlying transform: dst II/III, idst of II is a III and vice versa.
    under = {2: 3, 3: 2}.get(type, type) if inverse else type
    if not ortho or under not in (2, 3):
        return f(x, **kw)
    if under == 2:
        y = f(x, **kw)
        y = _scale_edge(y, ax, True, SQRT2)
        return _scale_edge(y, ax, False, 1 / SQRT2)
    # DST-III: pad or truncate first (n=, s=) so the edges are the
    # transform's own, then move the scaling.
    xin = np.asarray(x, dtype=float)
    if name in ("dst", "idst"):
        if n is not None:
            xin = _fit(xin, [n], [-1])
            kw.pop("n")
    elif s is not None:
        xin = _fit(xin, s, ax)
        kw.pop("s")
    xin = _scale_edge(xin, ax, True, 1 / SQRT2)
    xin = _scale_edge(xin, ax, False, SQRT2)
    return f(xin, **kw)


def _fit(x, lengths, axes):
    """x zero-padded or truncated to lengths along axes, as n= and s= do."""
    for ln, ax in zip(lengths, axes):
        cur = x.shape[ax]
        if ln < cur:
            idx = [slice(None)] * x.ndim
            idx[ax] = slice(0, ln)
            x = x[tuple(idx)]
        elif ln > cur:
            pad = [(0, 0)] * x.ndim
            pad[ax] = (0, ln - cur)
            x = np.pad(x, pad)
    return x


def trig():
    cases = []
    for kind in ("dct", "idct", "dst", "idst"):
        f = getattr(sf, kind)
        if kind in ("dst", "idst"):
            f = lambda x, _k=kind, **kw: fixed_dst(_k, x, **kw)
        for t in (1, 2, 3, 4):
            for n in [1, 2, 3, 5, 7, 17, 1009, 4096]:
                if t == 1 and kind in ("dct", "idct") and n < 2:
                    continue  # DCT-I needs n >= 2 (SciPy raises)
                for norm in NORMS:
                    xr = real_input(n, 10 + t)
                    cases.append(case(kind, [n], 10 + t, False, f(xr, type=t, norm=norm), type=t, norm=norm))
            # orthogonalize= given explicitly, against its default for the norm.
            for norm, ortho in (("backward", True), ("ortho", False), ("forward", True)):
                xr = real_input(9, 30 + t)
                cases.append(case(kind, [9], 30 + t, False, f(xr, type=t, norm=norm, orthogonalize=ortho),
                                  type=t, norm=norm, orthogonalize=ortho))
            # n= pads or truncates.
            for n_in, n in [(7, 10), (7, 4)]:
                xr = real_input(n_in, 40 + t)
                cases.append(case(kind, [n_in], 40 + t, False, f(xr, type=t, n=n, norm="ortho"),
                                  type=t, n=n, norm="ortho"))
    for kind in ("dctn", "idctn", "dstn", "idstn"):
        f = getattr(sf, kind)
        if kind in ("dstn", "idstn"):
            f = lambda x, _k=kind, **kw: fixed_dst(_k, x, **kw)
        for t in (1, 2, 3, 4):
            for shape, axes in [((4, 6), None), ((3, 5, 7), [0, 2]), ((3, 5, 7), [1])]:
                size = int(np.prod(shape))
                xr = real_input(size, 20 + t).reshape(shape)
                for norm in NORMS:
                    cases.append(case(kind, shape, 20 + t, False, f(xr, type=t, axes=axes, norm=norm),
                                      type=t, axes=axes, norm=norm))
            # s=, negative axes and orthogonalize= given explicitly.
            xr = real_input(24, 50 + t).reshape(4, 6)
            cases.append(case(kind, [4, 6], 50 + t, False, f(xr, type=t, s=[5, 3], axes=[-1, 0], norm="ortho"),
                              type=t, s=[5, 3], axes=[-1, 0], norm="ortho"))
            cases.append(case(kind, [4, 6], 50 + t, False, f(xr, type=t, norm="backward", orthogonalize=True),
                              type=t, norm="backward", orthogonalize=True))
    return cases


def helpers():
    cases = []
    for n in [1, 2, 5, 8, 9]:
        for d in [1.0, 0.1, 2.5]:
            cases.append({"func": "fftfreq", "n": n, "d": d, "out": sf.fftfreq(n, d)})
            cases.append({"func": "rfftfreq", "n": n, "d": d, "out": sf.rfftfreq(n, d)})
    for shape, axes in [((7,), None), ((8,), None), ((3, 4), None), ((3, 4), [1]), ((3, 5, 2), [0, 2]), ((1,), None)]:
        size = int(np.prod(shape))
        x = np.arange(size, dtype=float).reshape(shape)
        cases.append({"func": "fftshift", "shape": list(shape), "axes": axes, "out": sf.fftshift(x, axes=axes).ravel()})
        cases.append({"func": "ifftshift", "shape": list(shape), "axes": axes, "out": sf.ifftshift(x, axes=axes).ravel()})
    for target in [1, 2, 3, 7, 11, 13, 17, 97, 100, 1009, 4097, 65537, 1000001, 2**31 - 1]:
        for real in (False, True):
            cases.append({"func": "next_fast_len", "n": target, "real": real, "out": sf.next_fast_len(target, real)})
    return cases


def special_values():
    """NaN and Inf propagate through the transform as IEEE arithmetic dictates."""
    cases = []
    for vals in ([0.0, np.nan, 1.0, 2.0], [np.inf, 0.0, 0.0, 0.0], [1.0, -np.inf, np.inf, 0.0]):
        x = np.array(vals)
        cases.append(case("fft", [4], -1, True, sf.fft(x.astype(complex)), norm="backward", input=x.astype(complex)))
        cases.append(case("rfft", [4], -1, False, sf.rfft(x), norm="backward", input=x))
    return cases


def main():
    assert scipy.__version__.startswith("1.10"), "pinned SciPy is 1.10.x (scripts/deps.lock)"
    for name, fn in [("fft/fft1d", one_d), ("fft/fftnd", n_d), ("fft/trig", trig),
                     ("fft/helpers", helpers), ("fft/special", special_values)]:
        print(goldenlib.write(name, fn(), GEN))


if __name__ == "__main__":
    main()
