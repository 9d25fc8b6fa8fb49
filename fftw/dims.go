package fftw

import (
	"fmt"
	"math"
)

// Dim is one dimension of a transform or of its batch loop, as in FFTW's
// guru64 interface (fftw_iodim64): N elements, InStride elements apart in
// the input array and OutStride elements apart in the output array.
//
// Strides count elements of the array's own type, so for an r2c plan
// InStride counts float64 (or float32) and OutStride complex128 (or
// complex64). N is the logical size: for r2c and c2r transforms, the
// complex array holds only N/2+1 elements along the last transform
// dimension (FFTW's Hermitian half), and N is the real size.
//
// N must be ≥ 1 and strides ≥ 0; a stride may be 0 only where that array
// has a single element along the dimension. Empty transforms and empty
// batches have nothing to plan: callers handle them before planning.
type Dim struct {
	N         int
	InStride  int
	OutStride int
}

// kind is the kind of transform a plan computes.
type kind uint8

const (
	kindDFT kind = iota
	kindR2C
	kindC2R
	kindR2R
)

func (k kind) String() string {
	return [...]string{"c2c", "r2c", "c2r", "r2r"}[k]
}

// maxExtent bounds the number of elements a plan may reach in one array, so
// that byte offsets of complex128 data fit in an int (and in C's
// ptrdiff_t) with room to spare.
const maxExtent = math.MaxInt64 / 32

// extents validates dims and howmany for a transform of kind k and returns
// the minimum lengths, in elements, of the input and output slices: one
// more than the largest index the strides reach.
func extents(k kind, dims, howmany []Dim) (inLen, outLen int, err error) {
	if len(dims) == 0 {
		return 0, 0, invalid("dims", "a transform needs at least one dimension")
	}
	inLen, outLen = 1, 1
	add := func(arg string, d Dim, nIn, nOut int) error {
		if d.N < 1 {
			return invalid(arg+".N", "N = %d, want ≥ 1", d.N)
		}
		for _, side := range [2]struct {
			name     string
			n, s     int
			extentTo *int
		}{{"InStride", nIn, d.InStride, &inLen}, {"OutStride", nOut, d.OutStride, &outLen}} {
			if side.s < 0 || side.s == 0 && side.n > 1 {
				return invalid(arg+"."+side.name, "stride %d, want ≥ 1 (0 only where the array has one element)", side.s)
			}
			if side.n > 1 && side.n-1 > (maxExtent-*side.extentTo)/side.s {
				return invalid(arg, "the array would exceed %d elements", maxExtent)
			}
			*side.extentTo += (side.n - 1) * side.s
		}
		return nil
	}
	last := len(dims) - 1
	for i, d := range dims {
		nIn, nOut := d.N, d.N
		if i == last && d.N >= 1 {
			switch k {
			case kindR2C:
				nOut = d.N/2 + 1
			case kindC2R:
				nIn = d.N/2 + 1
			}
		}
		if err := add(fmt.Sprintf("dims[%d]", i), d, nIn, nOut); err != nil {
			return 0, 0, err
		}
	}
	for i, d := range howmany {
		if err := add(fmt.Sprintf("howmany[%d]", i), d, d.N, d.N); err != nil {
			return 0, 0, err
		}
	}
	return inLen, outLen, nil
}

// RowMajorStrides returns the element strides of a row-major (C-ordered)
// array of the given shape: the last axis has stride 1 and axis i has the
// product of shape[i+1:]. Negative sizes are not checked here.
func RowMajorStrides(shape []int) []int {
	s := make([]int, len(shape))
	st := 1
	for i := len(shape) - 1; i >= 0; i-- {
		s[i] = st
		st *= shape[i]
	}
	return s
}

// SplitAxes describes a transform along some axes of an array, batched over
// the others, as the dims and howmany of a plan. The array has len(n) axes;
// axis i has logical size n[i] (the real size, for r2c and c2r) and element
// strides inStrides[i] in the input and outStrides[i] in the output.
//
// dims lists axes in the order given, so for r2c and c2r the last entry of
// axes is the one FFTW halves (like the last axis in scipy.fft.rfftn's
// axes). howmany lists the remaining axes in increasing order.
//
// For row-major arrays pass RowMajorStrides of each array's shape: for
// r2c, the input shape is n and the output shape is n with the last
// transformed axis replaced by n/2+1.
//
// It returns an error wrapping ErrInvalid if the three slices differ in
// length, axes is empty, or an axis is out of [0, len(n)) or repeated.
// Sizes and strides are checked when the plan is made.
func SplitAxes(n, inStrides, outStrides, axes []int) (dims, howmany []Dim, err error) {
	if len(inStrides) != len(n) || len(outStrides) != len(n) {
		return nil, nil, invalid("inStrides, outStrides", "lengths %d and %d, want len(n) = %d", len(inStrides), len(outStrides), len(n))
	}
	if len(axes) == 0 {
		return nil, nil, invalid("axes", "no axis to transform")
	}
	used := make([]bool, len(n))
	dims = make([]Dim, 0, len(axes))
	for i, a := range axes {
		if a < 0 || a >= len(n) {
			return nil, nil, invalid(fmt.Sprintf("axes[%d]", i), "axis %d out of range [0, %d)", a, len(n))
		}
		if used[a] {
			return nil, nil, invalid(fmt.Sprintf("axes[%d]", i), "axis %d repeated", a)
		}
		used[a] = true
		dims = append(dims, Dim{N: n[a], InStride: inStrides[a], OutStride: outStrides[a]})
	}
	howmany = make([]Dim, 0, len(n)-len(axes))
	for a := range n {
		if !used[a] {
			howmany = append(howmany, Dim{N: n[a], InStride: inStrides[a], OutStride: outStrides[a]})
		}
	}
	return dims, howmany, nil
}
