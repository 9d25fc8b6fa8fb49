package fft

import (
	"fmt"
	"math"

	"github.com/goscipy/goscipy/fftw"
)

// trigArgs are the options of the DCT/DST family.
type trigArgs struct {
	ndArgs
	typ           int
	orthogonalize *bool
}

// The orthogonal DST-II scales its last output by 1/√2 and the DST-III its
// last input by √2, as SciPy does since scipy/scipy#18452 (PR #18613).
// SciPy 1.10, the version the other golden data come from, scaled the
// first element instead, which leaves the transform invertible but not
// orthogonal (Parseval fails); the golden DST cases are SciPy 1.10's values
// with the scaling moved (scripts/golden/fft.py, fixed_dst), checked there
// against the explicit orthonormal matrices.

// fftwKind returns FFTW's real-to-real kind for a DCT (cosine) or DST of
// type t.
func fftwKind(cosine bool, t int) fftw.R2RKind {
	if cosine {
		return [...]fftw.R2RKind{fftw.REDFT00, fftw.REDFT10, fftw.REDFT01, fftw.REDFT11}[t-1]
	}
	return [...]fftw.R2RKind{fftw.RODFT00, fftw.RODFT10, fftw.RODFT01, fftw.RODFT11}[t-1]
}

// trigND computes DCTN/DSTN (forward) and IDCTN/IDSTN. SciPy's inverse of
// type 2 is type 3 and vice versa, normalised as an inverse; types 1 and 4
// are their own inverses.
//
// FFTW's REDFT/RODFT kinds compute SciPy's unnormalised ("backward")
// definitions exactly, so the normalisation is a factor applied afterwards:
// 1/√N or 1/N with N = Π 2(n+δ) over the axes, δ = -1 for DCT-I, +1 for
// DST-I, 0 otherwise (pocketfft's norm_fct). The orthogonalised variants
// additionally scale the edge elements along each axis by √2 before
// (types with a special first or last input) or 1/√2 after the transform
// (types with a special first or last output), as pocketfft does inside
// its 1-D kernels; those diagonal scalings commute with the transforms
// along the other axes, so applying them to whole slabs is equivalent.
func trigND[R float](x []R, shape []int, a trigArgs, cosine, forward bool) ([]R, []int, error) {
	t, err := trigType(a.typ)
	if err != nil {
		return nil, nil, err
	}
	if !forward && (t == 2 || t == 3) {
		t = 5 - t
	}
	g, err := a.geometry(len(x), shape)
	if err != nil {
		return nil, nil, err
	}
	if err := checkLengths(g.s, a.prefix); err != nil {
		return nil, nil, err
	}
	if cosine && t == 1 {
		for i, n := range g.s {
			if n < 2 {
				arg := "x"
				if a.s != nil {
					arg = fmt.Sprintf("%sS[%d]", a.prefix, i)
					if a.prefix == "TrigOptions." {
						arg = "TrigOptions.N"
					}
				}
				return nil, nil, newError(ErrValue, arg, "a DCT-I of %d point(s) along axis %d; it needs at least 2", n, g.axes[i])
			}
		}
	}
	idx, err := normIndex(a.norm, forward)
	if err != nil {
		return nil, nil, err
	}
	ortho := a.norm == Ortho
	if a.orthogonalize != nil {
		ortho = *a.orthogonalize
	}
	newShape := withLengths(shape, g.axes, g.s)
	size, err := product(newShape)
	if err != nil {
		return nil, nil, err
	}
	threads, err := threadsFor(a.workers, size)
	if err != nil {
		return nil, nil, err
	}

	// Edges scaled by √2 before the transform (first, last) and by 1/√2
	// after it, per axis.
	var preFirst, preLast, postFirst, postLast bool
	if ortho {
		switch {
		case t == 1 && cosine:
			preFirst, preLast, postFirst, postLast = true, true, true, true
		case t == 2 && cosine:
			postFirst = true
		case t == 2:
			postLast = true
		case t == 3 && cosine:
			preFirst = true
		case t == 3:
			preLast = true
		}
	}
	pre := preFirst || preLast

	req := request{kind: r2r, single: isSingle[R](), shape: newShape, axes: g.axes, r2r: fftwKind(cosine, t), threads: threads}
	var out []R
	switch {
	case !sameShape(newShape, shape):
		out = resize(x, shape, newShape)
		req.inPlace = true
	case a.overwrite:
		out = x
		req.inPlace = true
	case pre:
		out = append([]R(nil), x...)
		req.inPlace = true
	default:
		out = make([]R, size)
	}
	for _, ax := range g.axes {
		if preFirst {
			scaleSlab(out, newShape, ax, 0, math.Sqrt2)
		}
		if preLast {
			scaleSlab(out, newShape, ax, newShape[ax]-1, math.Sqrt2)
		}
	}
	in := out
	if !req.inPlace {
		in = x
	}
	if err := run(&req, in, out); err != nil {
		return nil, nil, err
	}
	for _, ax := range g.axes {
		if postFirst {
			scaleSlab(out, newShape, ax, 0, 1/math.Sqrt2)
		}
		if postLast {
			scaleSlab(out, newShape, ax, newShape[ax]-1, 1/math.Sqrt2)
		}
	}
	delta := 0
	switch {
	case t == 1 && cosine:
		delta = -1
	case t == 1:
		delta = 1
	}
	n := 1.0
	for _, d := range g.s {
		n *= 2 * float64(d+delta)
	}
	scaleR(out, scaleFactor(idx, n))
	return out, newShape, nil
}

// scaleSlab multiplies by f the elements of x (row-major, shape) whose
// index along axis is i.
func scaleSlab[R float](x []R, shape []int, axis, i int, f float64) {
	inner := 1
	for _, d := range shape[axis+1:] {
		inner *= d
	}
	outer := len(x) / (inner * shape[axis])
	r := R(f)
	for o := range outer {
		row := x[(o*shape[axis]+i)*inner:][:inner]
		for j := range row {
			row[j] *= r
		}
	}
}
