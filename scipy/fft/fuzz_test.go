package fft

import (
	"bytes"
	"errors"
	"testing"
)

// decodeShape turns fuzz bytes into a small shape (up to 4 axes of 0 to 9
// points), axes (-5 to 4) and S (-2 to 12), so that the fuzzer explores
// valid and invalid geometries without huge allocations.
func decodeShape(b []byte) (shape, axes, s []int) {
	next := func() (int, bool) {
		if len(b) == 0 {
			return 0, false
		}
		v := int(b[0])
		b = b[1:]
		return v, true
	}
	nd, _ := next()
	for range nd % 5 {
		v, _ := next()
		shape = append(shape, v%10)
	}
	na, ok := next()
	if ok && na%3 != 0 {
		for range na % 4 {
			v, _ := next()
			axes = append(axes, v%10-5)
		}
	}
	ns, ok := next()
	if ok && ns%3 != 0 {
		for range ns % 4 {
			v, _ := next()
			s = append(s, v%15-2)
		}
	}
	return shape, axes, s
}

// FuzzNDTransforms feeds fuzzed shapes, axes and lengths to every N-D
// transform: each must return a result of the shape it reports or an
// *Error, never panic.
func FuzzNDTransforms(f *testing.F) {
	f.Add([]byte{2, 3, 4, 1, 2, 1, 0}, uint8(0), uint8(0))
	f.Add([]byte{3, 3, 5, 7, 2, 2, 0, 7, 1, 1, 3}, uint8(3), uint8(1))
	f.Add([]byte{1, 1, 0, 0}, uint8(5), uint8(2))
	f.Add([]byte{2, 0, 4}, uint8(1), uint8(0))
	f.Add([]byte{2, 4, 6, 2, 2, 5, 9, 2, 2, 1, 9}, uint8(6), uint8(1))
	f.Fuzz(func(t *testing.T, geom []byte, fn, norm uint8) {
		shape, axes, s := decodeShape(geom)
		size := 1
		for _, d := range shape {
			size *= max(d, 0)
		}
		x := complexInput(size, 1)
		xr := realInput(size, 2)
		nm := []Norm{"", Ortho, Forward, "bad"}[norm%4]
		o := &NDOptions{S: s, Axes: axes, Norm: nm}
		to := &TrigNDOptions{S: s, Axes: axes, Norm: nm, Type: int(fn/8) % 6}
		var n int
		var got []int
		var err error
		switch fn % 8 {
		case 0:
			var y []complex128
			y, got, err = FFTN(x, shape, o)
			n = len(y)
		case 1:
			var y []complex128
			y, got, err = IFFT2(x, shape, o)
			n = len(y)
		case 2:
			var y []complex128
			y, got, err = RFFTN(xr, shape, o)
			n = len(y)
		case 3:
			var y []float64
			y, got, err = IRFFTN(x, shape, o)
			n = len(y)
		case 4:
			var y []float64
			y, got, err = HFFTN(x, shape, o)
			n = len(y)
		case 5:
			var y []complex128
			y, got, err = IHFFTN(xr, shape, o)
			n = len(y)
		case 6:
			var y []float64
			y, got, err = DCTN(xr, shape, to)
			n = len(y)
		case 7:
			var y []float64
			y, got, err = IDSTN(xr, shape, to)
			n = len(y)
		}
		if err != nil {
			var fe *Error
			if !errors.As(err, &fe) || errors.Is(err, ErrNative) {
				t.Fatalf("shape %v axes %v s %v fn %d: unexpected error %v", shape, axes, s, fn%8, err)
			}
			return
		}
		want := 1
		for _, d := range got {
			want *= d
		}
		if n != want || n == 0 {
			t.Fatalf("shape %v axes %v s %v fn %d: %d values for shape %v", shape, axes, s, fn%8, n, got)
		}
	})
}

// FuzzShift checks FFTShift and IFFTShift on fuzzed shapes and axes: they
// are inverses whenever they succeed.
func FuzzShift(f *testing.F) {
	f.Add([]byte{2, 3, 4, 1, 1, 7})
	f.Add([]byte{3, 2, 5, 3, 0, 0})
	f.Fuzz(func(t *testing.T, geom []byte) {
		shape, axes, _ := decodeShape(geom)
		size := 1
		for _, d := range shape {
			size *= max(d, 0)
		}
		x := make([]int, size)
		for i := range x {
			x[i] = i
		}
		y, err := FFTShift(x, shape, axes)
		if err != nil {
			var fe *Error
			if !errors.As(err, &fe) {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		z, err := IFFTShift(y, shape, axes)
		if err != nil {
			t.Fatalf("IFFTShift fails where FFTShift succeeded: %v", err)
		}
		for i := range x {
			if z[i] != x[i] {
				t.Fatalf("shape %v axes %v: IFFTShift(FFTShift(x)) = %v", shape, axes, z)
			}
		}
	})
}

// FuzzLoadWisdom feeds arbitrary text to LoadWisdom, which must accept it
// or return an *Error wrapping ErrValue, never crash in FFTW's parser.
func FuzzLoadWisdom(f *testing.F) {
	var buf bytes.Buffer
	if err := SaveWisdom(&buf); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Add([]byte(wisdomMagic + "\ndouble 4\n(abc\nsingle 0\n\n"))
	f.Add([]byte(wisdomMagic + "\ndouble 2\n()\nsingle 0\n\n"))
	f.Fuzz(func(t *testing.T, text []byte) {
		if err := LoadWisdom(bytes.NewReader(text)); err != nil && !errors.Is(err, ErrValue) {
			t.Fatalf("LoadWisdom error %v is not ErrValue", err)
		}
	})
}
