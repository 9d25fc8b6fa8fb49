package fftw_test

import (
	"fmt"

	"github.com/goscipy/goscipy/fftw"
)

// A forward DFT of four complex values, FFTW-style: unnormalised.
func ExampleNewPlanDFT() {
	p, err := fftw.NewPlanDFT([]fftw.Dim{{N: 4, InStride: 1, OutStride: 1}}, nil, fftw.Forward, nil)
	if err != nil {
		panic(err)
	}
	defer p.Close()
	in := fftw.MakeAligned[complex128](4)
	copy(in, []complex128{1, 2, 3, 4})
	out := fftw.MakeAligned[complex128](4)
	if err := p.Execute(in, out); err != nil {
		panic(err)
	}
	fmt.Println(out)
	// Output: [(10+0i) (-2+2i) (-2+0i) (-2-2i)]
}

// The real FFT of each row of a 2×4 row-major array (scipy.fft.rfft with
// axis=-1), as one batched r2c plan: the output rows hold 4/2+1 = 3 values.
func ExampleSplitAxes() {
	shape := []int{2, 4}
	cshape := []int{2, 4/2 + 1}
	dims, howmany, err := fftw.SplitAxes(shape, fftw.RowMajorStrides(shape), fftw.RowMajorStrides(cshape), []int{1})
	if err != nil {
		panic(err)
	}
	fmt.Println("dims", dims, "howmany", howmany)
	p, err := fftw.NewPlanR2C(dims, howmany, nil)
	if err != nil {
		panic(err)
	}
	defer p.Close()
	in := fftw.MakeAligned[float64](8)
	copy(in, []float64{1, 1, 1, 1, 0, 1, 0, -1})
	out := fftw.MakeAligned[complex128](p.MinOutLen())
	if err := p.Execute(in, out); err != nil {
		panic(err)
	}
	fmt.Println(out[:3])
	fmt.Println(out[3:])
	// Output:
	// dims [{4 1 1}] howmany [{2 4 3}]
	// [(4+0i) (0+0i) (0+0i)]
	// [(0+0i) (0-2i) (0+0i)]
}

// A slice that does not start at FFTW's alignment needs a plan made for
// its alignment (or a copy into a MakeAligned buffer).
func ExampleAlignmentOf() {
	buf := fftw.MakeAligned[float64](17)
	in := buf[1:] // 8 bytes past a 16-byte boundary
	dims := []fftw.Dim{{N: 16, InStride: 1, OutStride: 1}}
	out := fftw.MakeAligned[complex128](9)

	p, _ := fftw.NewPlanR2C(dims, nil, nil) // for alignment 0
	fmt.Println(p.Execute(in, out))
	p.Close()

	p, _ = fftw.NewPlanR2C(dims, nil, &fftw.PlanOptions{InAlign: fftw.AlignmentOf(in)})
	fmt.Println(p.Execute(in, out))
	p.Close()
	// Output:
	// fftw: in: alignment 8 bytes, the plan was made for 0
	// <nil>
}
