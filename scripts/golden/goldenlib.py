"""Shared writer for golden files (read back by internal/golden in Go).

Every generator under scripts/golden/ runs with Debian's Python
(/usr/bin/python3 with python3-scipy and python3-mpmath from the lock file
scripts/deps.lock, installed by `scripts/install-deps.sh golden`) and calls
write(). The format is documented in internal/golden/golden.go: JSON with
"nan"/"inf"/"-inf" strings for non-finite floats and [re, im] pairs for complex
numbers; finite floats use Python's shortest round-trip repr, which Go parses
back bit for bit. Files larger than 256 KiB are gzip-compressed with a fixed
mtime so regenerating identical data gives identical bytes.
"""

import gzip
import io
import json
import math
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GZIP_ABOVE = 256 * 1024


def versions():
    """Versions of the libraries that produced the data."""
    out = {"python": "%d.%d.%d" % sys.version_info[:3]}
    for mod in ("numpy", "scipy", "mpmath"):
        try:
            out[mod] = __import__(mod).__version__
        except ImportError:
            pass
    return out


def _encode(v):
    """Turn numpy scalars/arrays, complex and non-finite values into JSON."""
    try:
        import numpy as np
    except ImportError:  # pragma: no cover - numpy is in the golden group
        np = None
    if np is not None:
        if isinstance(v, np.ndarray):
            return [_encode(x) for x in v.tolist()]
        if isinstance(v, np.generic):
            v = v.item()
    if isinstance(v, bool) or v is None or isinstance(v, (int, str)):
        return v
    if isinstance(v, float):
        if math.isnan(v):
            return "nan"
        if math.isinf(v):
            return "inf" if v > 0 else "-inf"
        return v
    if isinstance(v, complex):
        return [_encode(v.real), _encode(v.imag)]
    if isinstance(v, dict):
        return {k: _encode(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [_encode(x) for x in v]
    raise TypeError("cannot encode %r" % type(v))


def write(name, cases, generator):
    """Write testdata/<name> (.json, or .json.gz when large) and return its path.

    name is relative to testdata/ without the extension; generator is the
    script's path relative to the repository root.
    """
    doc = {"generator": generator, "versions": versions(), "cases": _encode(cases)}
    text = json.dumps(doc, separators=(",", ":"), allow_nan=False).encode()
    path = os.path.join(ROOT, "testdata", name + ".json")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    for stale in (path, path + ".gz"):
        if os.path.exists(stale):
            os.remove(stale)
    if len(text) > GZIP_ABOVE:
        path += ".gz"
        buf = io.BytesIO()
        with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as zf:
            zf.write(text)
        text = buf.getvalue()
    with open(path, "wb") as fh:
        fh.write(text)
    return path


def t_ppf_mp(q, df):
    """Student t quantile by bisection on mpmath's CDF at 50 digits: the
    truth for the t-test confidence intervals (SciPy 1.10's stdtrit, from
    CDFLIB, is off by up to ~1e-9 relative there)."""
    import mpmath as mp  # only the generators that need it pay the import

    mp.mp.dps = 50
    q, df = mp.mpf(q), mp.mpf(df)

    def cdf(t):
        x = df / (df + t * t)
        tail = mp.betainc(df / 2, mp.mpf(1) / 2, 0, x, regularized=True) / 2
        return tail if t < 0 else 1 - tail

    lo, hi = mp.mpf(-1), mp.mpf(1)
    while cdf(lo) > q:
        lo *= 2
    while cdf(hi) < q:
        hi *= 2
    for _ in range(200):
        mid = (lo + hi) / 2
        if cdf(mid) < q:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2
