package fft

import (
	"fmt"
	"math"
	"strconv"
)

// checkData validates an N-D array given as a row-major slice of n
// elements and its shape: at least one axis, every length ≥ 1 (SciPy
// rejects empty transforms) and the product equal to n.
func checkData(n int, shape []int) error {
	if len(shape) == 0 {
		return newError(ErrShape, "shape", "no axes; an array needs at least one")
	}
	size := 1
	for i, d := range shape {
		if d < 1 {
			return newError(ErrShape, fmt.Sprintf("shape[%d]", i), "length %d; SciPy rejects empty transforms (invalid number of data points)", d)
		}
		if size > math.MaxInt/d {
			return newError(ErrShape, "shape", "%s has more elements than an int can count", fmtShape(shape))
		}
		size *= d
	}
	if size != n {
		return newError(ErrShape, "shape", "%s holds %d elements but the data has %d", fmtShape(shape), size, n)
	}
	return nil
}

// checkLen validates a 1-D input's length.
func checkLen(n int) error {
	if n < 1 {
		return newError(ErrShape, "x", "empty input; SciPy rejects empty transforms (invalid number of data points)")
	}
	return nil
}

// normAxes turns axes (negative ones counting from the end) into indices in
// [0, ndim) and checks that they are distinct. arg names the option.
func normAxes(axes []int, ndim int, arg string) ([]int, error) {
	out := make([]int, len(axes))
	for i, a := range axes {
		b := a
		if b < 0 {
			b += ndim
		}
		if b < 0 || b >= ndim {
			return nil, newError(ErrAxis, fmt.Sprintf("%s[%d]", arg, i), "axis %d is out of range for %d dimensions", a, ndim)
		}
		for j := range i {
			if out[j] == b {
				return nil, newError(ErrAxis, fmt.Sprintf("%s[%d]", arg, i), "axis %d repeats %s[%d]; all axes must be unique", a, arg, j)
			}
		}
		out[i] = b
	}
	return out, nil
}

// ndPlan is an N-D transform's resolved geometry: the axes to transform
// (in [0, ndim), in the order given) and the transform length along each.
type ndPlan struct {
	axes []int
	s    []int
}

// resolveND is SciPy's _init_nd_shape_and_axes for data of the given shape
// (already checked): axes default to defAxes when given (the 2-D
// functions' last two), else to the last len(s) axes when s is given, else
// to all axes; an entry -1 of s means the input's length. It does not
// check the lengths, which the caller does after any real-transform
// adjustment.
func resolveND(shape, s, axes, defAxes []int, prefix string) (ndPlan, error) {
	ndim := len(shape)
	axesArg := prefix + "Axes"
	if len(axes) == 0 && defAxes != nil {
		axes = defAxes
		axesArg = "default axes"
	}
	var p ndPlan
	switch {
	case len(axes) > 0:
		a, err := normAxes(axes, ndim, axesArg)
		if err != nil {
			return p, err
		}
		p.axes = a
		if s != nil && len(s) != len(a) {
			return p, newError(ErrShape, prefix+"S", "%d lengths for %d axes; when given, S and Axes must have the same length", len(s), len(a))
		}
	case s != nil:
		if len(s) > ndim {
			return p, newError(ErrShape, prefix+"S", "%d lengths for %d dimensions; S requires more axes than are present", len(s), ndim)
		}
		if len(s) == 0 {
			return p, newError(ErrShape, prefix+"S", "empty; give at least one length or leave S nil")
		}
		for i := range s {
			p.axes = append(p.axes, ndim-len(s)+i)
		}
	default:
		for i := range ndim {
			p.axes = append(p.axes, i)
		}
	}
	p.s = make([]int, len(p.axes))
	for i, a := range p.axes {
		p.s[i] = shape[a]
		if s != nil && s[i] != -1 {
			p.s[i] = s[i]
		}
	}
	return p, nil
}

// checkLengths rejects transform lengths below 1, as SciPy does ("invalid
// number of data points").
func checkLengths(s []int, prefix string) error {
	for i, n := range s {
		if n < 1 {
			return newError(ErrValue, fmt.Sprintf("%sS[%d]", prefix, i), "length %d; want ≥ 1 (invalid number of data points)", n)
		}
	}
	return nil
}

// withLengths returns a copy of shape with shape[axes[i]] = s[i].
func withLengths(shape, axes, s []int) []int {
	out := append([]int(nil), shape...)
	for i, a := range axes {
		out[a] = s[i]
	}
	return out
}

// product returns the number of elements of an array of the given shape,
// or an error if it overflows an int (only possible with huge S).
func product(shape []int) (int, error) {
	n := 1
	for _, d := range shape {
		if d > 0 && n > math.MaxInt/d {
			return 0, newError(ErrValue, "S", "the resulting shape %s has more elements than an int can count", fmtShape(shape))
		}
		n *= d
	}
	return n, nil
}

func sameShape(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// resize returns x, a row-major array of shape from, cut or zero-padded to
// shape to (same number of axes): the elements with every index inside
// both shapes are copied, the rest are zero. It always returns a new slice.
func resize[T any](x []T, from, to []int) []T {
	n := 1
	for _, d := range to {
		n *= d
	}
	out := make([]T, n)
	copyBox(out, x, from, to)
	return out
}

// copyBox copies the overlap of src (shape from) and dst (shape to) row by
// row along the last axis.
func copyBox[T any](dst, src []T, from, to []int) {
	last := len(from) - 1
	if last == 0 {
		copy(dst[:min(from[0], to[0])], src)
		return
	}
	srcStride, dstStride := 1, 1
	for i := 1; i <= last; i++ {
		srcStride *= from[i]
		dstStride *= to[i]
	}
	for i := range min(from[0], to[0]) {
		copyBox(dst[i*dstStride:(i+1)*dstStride], src[i*srcStride:(i+1)*srcStride], from[1:], to[1:])
	}
}

// fmtShape formats a shape as [a b c]. Error messages use it instead of
// passing the slice to fmt, which would make every shape slice escape to
// the heap (escape analysis cannot tell the error path from the fast one).
func fmtShape(shape []int) string {
	b := []byte{'['}
	for i, d := range shape {
		if i > 0 {
			b = append(b, ' ')
		}
		b = strconv.AppendInt(b, int64(d), 10)
	}
	return string(append(b, ']'))
}
