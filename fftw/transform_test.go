package fftw

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// sizes1D are the 1-D lengths every kind is checked at: trivial, tiny,
// odd primes, a power of two and a prime (1009) that FFTW handles with
// Bluestein's or Rader's algorithm.
var sizes1D = []int{1, 2, 3, 5, 7, 17, 64, 1009}

// sentinel fills output positions a plan must not write.
const sentinel = 7777

// layout is a transform over some axes of row-major arrays, or a raw guru
// description with strides that leave gaps in the arrays.
type layout struct {
	name     string
	shape    []int // logical (real) shape, with axes; or nil for raw
	axes     []int
	raw      bool
	dims, hm []Dim
}

var layouts = []layout{
	{name: "2d", shape: []int{6, 5}, axes: []int{0, 1}},
	{name: "rows", shape: []int{8, 7}, axes: []int{1}},
	{name: "columns", shape: []int{8, 7}, axes: []int{0}},
	{name: "3d", shape: []int{4, 6, 5}, axes: []int{0, 1, 2}},
	{name: "3d-axes20", shape: []int{4, 6, 5}, axes: []int{2, 0}},
	{name: "3d-middle", shape: []int{3, 4, 5}, axes: []int{1}},
	{name: "3d-axes10", shape: []int{3, 4, 6}, axes: []int{1, 0}},
	{name: "gaps", raw: true, dims: []Dim{{5, 3, 1}}, hm: []Dim{{4, 17, 5}}},
	{name: "transpose", raw: true, dims: []Dim{{4, 1, 6}, {6, 4, 1}}},
	{name: "batch2", raw: true, dims: []Dim{{7, 2, 3}}, hm: []Dim{{3, 20, 30}, {2, 60, 100}}},
}

// guru returns the layout's dims and howmany for a transform of kind k,
// building row-major strides with the complex side halved along the last
// axis for r2c and c2r.
func (l layout) guru(t *testing.T, k kind) (dims, howmany []Dim) {
	t.Helper()
	if l.raw {
		return l.dims, l.hm
	}
	rs := RowMajorStrides(l.shape)
	cshape := slices.Clone(l.shape)
	last := l.axes[len(l.axes)-1]
	cshape[last] = cshape[last]/2 + 1
	cplx := RowMajorStrides(cshape)
	in, out := rs, rs
	switch k {
	case kindR2C:
		out = cplx
	case kindC2R:
		in = cplx
	}
	dims, howmany, err := SplitAxes(l.shape, in, out, l.axes)
	if err != nil {
		t.Fatalf("SplitAxes(%v, %v): %v", l.shape, l.axes, err)
	}
	return dims, howmany
}

// offsets returns the output offsets a layout addresses.
func offsets(dims, howmany []Dim, half bool) []int {
	var offs []int
	each(howmany, nil, func(_ []int, _, bo int) {
		each(dims, sizes(dims, half), func(_ []int, _, ko int) {
			offs = append(offs, bo+ko)
		})
	})
	return offs
}

// checkUntouched reports output positions outside the layout that changed.
func checkUntouched(t *testing.T, got []complex128, offs []int) {
	t.Helper()
	hit := make([]bool, len(got))
	for _, o := range offs {
		hit[o] = true
	}
	for i, v := range got {
		if !hit[i] && v != sentinel {
			t.Errorf("out[%d] = %v outside the layout, want it untouched (%v)", i, v, sentinel)
			return
		}
	}
}

func checkDFT[C complex64 | complex128, R float32 | float64](t *testing.T, l lib[C, R], dims, howmany []Dim, sign Sign) {
	t.Helper()
	p, err := l.dft(dims, howmany, sign, nil)
	if err != nil {
		t.Fatalf("NewPlanDFT(%v, %v, %v): %v", dims, howmany, sign, err)
	}
	defer p.Close()
	rnd := rand.New(rand.NewPCG(1, uint64(len(dims))))
	x := roundC[C](randComplex(rnd, p.MinInLen()))
	in := narrowC[C](x)
	out := MakeAligned[C](p.MinOutLen())
	for i := range out {
		out[i] = sentinel
	}
	if err := p.Execute(in, out); err != nil {
		t.Fatalf("Execute: %v", err)
	}
	want := make([]complex128, p.MinOutLen())
	refDFT(dims, howmany, sign, x, want)
	got := widenC(out)
	offs := offsets(dims, howmany, false)
	if e := relErr(got, want, offs); !(e <= l.tol) {
		t.Errorf("%v: relative error %.3g > %.3g", sign, e, l.tol)
	}
	checkUntouched(t, got, offs)
	if !p.DestroysInput() && !slices.Equal(widenC(in), x) {
		t.Errorf("input changed by a plan that preserves it")
	}
}

func checkR2C[C complex64 | complex128, R float32 | float64](t *testing.T, l lib[C, R], dims, howmany []Dim) {
	t.Helper()
	p, err := l.r2c(dims, howmany, nil)
	if err != nil {
		t.Fatalf("NewPlanR2C(%v, %v): %v", dims, howmany, err)
	}
	defer p.Close()
	rnd := rand.New(rand.NewPCG(2, uint64(len(dims))))
	x := roundR[R](randReal(rnd, p.MinInLen()))
	in := narrowR[R](x)
	out := MakeAligned[C](p.MinOutLen())
	for i := range out {
		out[i] = sentinel
	}
	if err := p.Execute(in, out); err != nil {
		t.Fatalf("Execute: %v", err)
	}
	want := make([]complex128, p.MinOutLen())
	refR2C(dims, howmany, x, want)
	got := widenC(out)
	offs := offsets(dims, howmany, true)
	if e := relErr(got, want, offs); !(e <= l.tol) {
		t.Errorf("relative error %.3g > %.3g", e, l.tol)
	}
	checkUntouched(t, got, offs)
	if p.DestroysInput() {
		t.Errorf("DestroysInput = true for an out-of-place r2c plan, want false (FFTW's default preserves)")
	}
	if !slices.Equal(widenR(in), x) {
		t.Errorf("input changed by an r2c plan")
	}
}

// checkC2R transforms the exact half spectrum of random real data x back:
// FFTW's unnormalised c2r must return N·x, N the product of the dims' N.
// Positions of the input outside the layout hold garbage FFTW must ignore.
func checkC2R[C complex64 | complex128, R float32 | float64](t *testing.T, l lib[C, R], dims, howmany []Dim, opts *PlanOptions) {
	t.Helper()
	p, err := l.c2r(dims, howmany, opts)
	if err != nil {
		t.Fatalf("NewPlanC2R(%v, %v): %v", dims, howmany, err)
	}
	defer p.Close()
	rnd := rand.New(rand.NewPCG(3, uint64(len(dims))))
	x := randReal(rnd, p.MinOutLen())
	spec := randComplex(rnd, p.MinInLen())
	refR2C(swapped(dims), swapped(howmany), x, spec)
	spec = roundC[C](spec)
	in := narrowC[C](spec)
	out := MakeAligned[R](p.MinOutLen())
	for i := range out {
		out[i] = sentinel
	}
	if err := p.Execute(in, out); err != nil {
		t.Fatalf("Execute: %v", err)
	}
	total := 1
	for _, d := range dims {
		total *= d.N
	}
	want := make([]float64, len(x))
	for i, v := range x {
		want[i] = float64(total) * v
	}
	got := widenR(out)
	offs := offsets(dims, howmany, false)
	if e := relErr(toComplex(got), toComplex(want), offs); !(e <= l.tol) {
		t.Errorf("relative error %.3g > %.3g", e, l.tol)
	}
	checkUntouched(t, toComplex(got), offs)
	if !p.DestroysInput() && !slices.Equal(widenC(in), spec) {
		t.Errorf("input changed by a c2r plan made with PreserveInput")
	}
}

func checkR2R[C complex64 | complex128, R float32 | float64](t *testing.T, l lib[C, R], dims, howmany []Dim, kinds []R2RKind) {
	t.Helper()
	p, err := l.r2r(dims, howmany, kinds, nil)
	if err != nil {
		t.Fatalf("NewPlanR2R(%v, %v, %v): %v", dims, howmany, kinds, err)
	}
	defer p.Close()
	rnd := rand.New(rand.NewPCG(4, uint64(len(dims))))
	x := roundR[R](randReal(rnd, p.MinInLen()))
	in := narrowR[R](x)
	out := MakeAligned[R](p.MinOutLen())
	for i := range out {
		out[i] = sentinel
	}
	if err := p.Execute(in, out); err != nil {
		t.Fatalf("Execute: %v", err)
	}
	want := make([]float64, p.MinOutLen())
	refR2R(dims, howmany, kinds, x, want)
	got := widenR(out)
	offs := offsets(dims, howmany, false)
	if e := relErr(toComplex(got), toComplex(want), offs); !(e <= l.tol) {
		t.Errorf("%v: relative error %.3g > %.3g", kinds, e, l.tol)
	}
	checkUntouched(t, toComplex(got), offs)
	if !slices.Equal(widenR(in), x) {
		t.Errorf("input changed by an out-of-place r2r plan")
	}
}

// both runs a test body for each precision.
func both(t *testing.T, f64 func(t *testing.T), f32 func(t *testing.T)) {
	t.Run("double", f64)
	t.Run("single", f32)
}

func TestDFT1D(t *testing.T) {
	run := func(t *testing.T, check func(*testing.T, []Dim, Sign)) {
		for _, n := range sizes1D {
			for _, s := range []Sign{Forward, Backward} {
				t.Run(fmt.Sprintf("n=%d/%v", n, s), func(t *testing.T) {
					check(t, []Dim{{n, 1, 1}}, s)
				})
			}
		}
	}
	both(t,
		func(t *testing.T) { run(t, func(t *testing.T, d []Dim, s Sign) { checkDFT(t, lib64, d, nil, s) }) },
		func(t *testing.T) { run(t, func(t *testing.T, d []Dim, s Sign) { checkDFT(t, lib32, d, nil, s) }) })
}

func TestDFTLayouts(t *testing.T) {
	for _, l := range layouts {
		t.Run(l.name, func(t *testing.T) {
			d, h := l.guru(t, kindDFT)
			both(t,
				func(t *testing.T) { checkDFT(t, lib64, d, h, Forward); checkDFT(t, lib64, d, h, Backward) },
				func(t *testing.T) { checkDFT(t, lib32, d, h, Forward); checkDFT(t, lib32, d, h, Backward) })
		})
	}
}

func TestR2C1D(t *testing.T) {
	for _, n := range sizes1D {
		t.Run(fmt.Sprintf("n=%d", n), func(t *testing.T) {
			d := []Dim{{n, 1, 1}}
			both(t, func(t *testing.T) { checkR2C(t, lib64, d, nil) }, func(t *testing.T) { checkR2C(t, lib32, d, nil) })
		})
	}
}

func TestR2CLayouts(t *testing.T) {
	for _, l := range layouts {
		t.Run(l.name, func(t *testing.T) {
			d, h := l.guru(t, kindR2C)
			both(t, func(t *testing.T) { checkR2C(t, lib64, d, h) }, func(t *testing.T) { checkR2C(t, lib32, d, h) })
		})
	}
}

func TestC2R1D(t *testing.T) {
	for _, n := range sizes1D {
		t.Run(fmt.Sprintf("n=%d", n), func(t *testing.T) {
			d := []Dim{{n, 1, 1}}
			both(t, func(t *testing.T) { checkC2R(t, lib64, d, nil, nil) }, func(t *testing.T) { checkC2R(t, lib32, d, nil, nil) })
		})
	}
}

func TestC2RLayouts(t *testing.T) {
	for _, l := range layouts {
		t.Run(l.name, func(t *testing.T) {
			d, h := l.guru(t, kindC2R)
			both(t, func(t *testing.T) { checkC2R(t, lib64, d, h, nil) }, func(t *testing.T) { checkC2R(t, lib32, d, h, nil) })
		})
	}
}

var allKinds = []R2RKind{REDFT00, REDFT10, REDFT01, REDFT11, RODFT00, RODFT10, RODFT01, RODFT11}

func TestR2R1D(t *testing.T) {
	for _, k := range allKinds {
		for _, n := range sizes1D {
			if k == REDFT00 && n < 2 {
				continue // undefined; TestR2RInvalid checks the error
			}
			t.Run(fmt.Sprintf("%v/n=%d", k, n), func(t *testing.T) {
				d, ks := []Dim{{n, 1, 1}}, []R2RKind{k}
				both(t, func(t *testing.T) { checkR2R(t, lib64, d, nil, ks) }, func(t *testing.T) { checkR2R(t, lib32, d, nil, ks) })
			})
		}
	}
}

func TestR2RLayouts(t *testing.T) {
	for i, l := range layouts {
		t.Run(l.name, func(t *testing.T) {
			d, h := l.guru(t, kindR2R)
			// A different mix of kinds per layout, cycling through all eight.
			ks := make([]R2RKind, len(d))
			for j := range ks {
				ks[j] = allKinds[(3*i+j)%len(allKinds)]
			}
			both(t, func(t *testing.T) { checkR2R(t, lib64, d, h, ks) }, func(t *testing.T) { checkR2R(t, lib32, d, h, ks) })
		})
	}
}
