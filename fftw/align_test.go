package fftw

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"testing"
	"unsafe"
)

// cAlignmentOf asks FFTW itself for the alignment of s's first element.
func cAlignmentOf[T Elem](s []T) int {
	p := unsafe.Pointer(&s[0])
	switch any(s[0]).(type) {
	case float32, complex64:
		return cAlignmentOf32(p)
	}
	return cAlignmentOf64(p)
}

func checkAlignmentOf[T Elem](t *testing.T) {
	buf := make([]T, 64)
	for i := range 16 {
		s := buf[i:]
		if got, want := AlignmentOf(s), cAlignmentOf(s); got != want {
			t.Errorf("%T: AlignmentOf(buf[%d:]) = %d, fftw_alignment_of = %d", s, i, got, want)
		}
	}
}

func TestAlignmentOfMatchesFFTW(t *testing.T) {
	checkAlignmentOf[float64](t)
	checkAlignmentOf[complex128](t)
	checkAlignmentOf[float32](t)
	checkAlignmentOf[complex64](t)
	if got := AlignmentOf([]float64{}); got != 0 {
		t.Errorf("AlignmentOf(empty) = %d, want 0", got)
	}
}

// allocAlignments counts AlignmentOf over fresh Go allocations of n
// elements. The result is logged: it is what the safe layer meets.
func allocAlignments[T Elem](n int) map[int]int {
	counts := map[int]int{}
	keep := make([][]T, 0, 1000)
	for range 1000 {
		s := make([]T, n)
		keep = append(keep, s) // keep them live so addresses differ
		counts[AlignmentOf(s)]++
	}
	return counts
}

// TestAlignmentOfGoSlices records which alignments Go's allocator produces
// and checks each is one FFTW can report for the type: a multiple of the
// real element size below the modulus.
func TestAlignmentOfGoSlices(t *testing.T) {
	check := func(name string, counts map[int]int, realSize, mod int) {
		t.Logf("%s: alignment → count of 1000: %v", name, counts)
		for a := range counts {
			if a < 0 || a >= mod || a%realSize != 0 {
				t.Errorf("%s: alignment %d, want a multiple of %d below %d", name, a, realSize, mod)
			}
		}
	}
	for _, n := range []int{1, 3, 5, 1024} {
		check(fmt.Sprintf("make([]float64, %d)", n), allocAlignments[float64](n), 8, AlignmentModulus[float64]())
		check(fmt.Sprintf("make([]float32, %d)", n), allocAlignments[float32](n), 4, AlignmentModulus[float32]())
		check(fmt.Sprintf("make([]complex64, %d)", n), allocAlignments[complex64](n), 4, AlignmentModulus[complex64]())
		check(fmt.Sprintf("make([]complex128, %d)", n), allocAlignments[complex128](n), 8, AlignmentModulus[complex128]())
	}
}

func checkMakeAligned[T Elem](t *testing.T) {
	for n := range 40 {
		s := MakeAligned[T](n)
		if len(s) != n || cap(s) != n {
			t.Errorf("MakeAligned[%T](%d): len %d cap %d", s, n, len(s), cap(s))
		}
		if n > 0 && cAlignmentOf(s) != 0 {
			t.Errorf("MakeAligned[%T](%d): fftw_alignment_of = %d, want 0", s, n, cAlignmentOf(s))
		}
	}
}

func TestMakeAligned(t *testing.T) {
	checkMakeAligned[float64](t)
	checkMakeAligned[float32](t)
	checkMakeAligned[complex64](t)
	checkMakeAligned[complex128](t)
}

func TestAlignmentModulus(t *testing.T) {
	t.Logf("modulus: double %d bytes, single %d bytes", AlignmentModulus[float64](), AlignmentModulus[float32]())
	for _, m := range []int{AlignmentModulus[float64](), AlignmentModulus[complex128](), AlignmentModulus[float32](), AlignmentModulus[complex64]()} {
		if m < 4 || m&(m-1) != 0 {
			t.Errorf("modulus %d, want a power of two ≥ 4", m)
		}
	}
}

// testMisaligned executes r2c transforms on in = buf[off:], whose alignment
// differs from a MakeAligned slice's: a plan for alignment 0 must refuse it
// without calling FFTW (which here crashes or computes garbage on such
// input), while a plan made for its alignment, and an Unaligned plan, must
// compute the right transform.
func testMisaligned[C complex64 | complex128, R float32 | float64](t *testing.T, l lib[C, R]) {
	const n = 64
	mod := AlignmentModulus[R]()
	var z R
	size := int(unsafe.Sizeof(z))
	if mod <= size {
		t.Skipf("FFTW built without SIMD: every %T slice has alignment 0, so there is no misalignment to test", z)
	}
	dims := []Dim{{n, 1, 1}}
	rnd := rand.New(rand.NewPCG(8, uint64(size)))
	want := make([]complex128, n/2+1)
	for off := 1; off*size < mod; off++ {
		buf := MakeAligned[R](n + off)
		in := buf[off:]
		align := AlignmentOf(in)
		if align != off*size {
			t.Fatalf("AlignmentOf(buf[%d:]) = %d, want %d", off, align, off*size)
		}
		x := roundR[R](randReal(rnd, n))
		copy(in, narrowR[R](x))
		refR2C(dims, nil, x, want)

		aligned, err := l.r2c(dims, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		out := MakeAligned[C](n/2 + 1)
		out[0] = sentinel
		err = aligned.Execute(in, out)
		var e *Error
		if !errors.Is(err, ErrAlignment) || !errors.As(err, &e) || e.Arg != "in" {
			t.Errorf("off %d: plan for alignment 0 on alignment %d: %v, want ErrAlignment on in", off, align, err)
		}
		if out[0] != sentinel {
			t.Errorf("off %d: a refused Execute wrote its output", off)
		}
		aligned.Close()

		for _, o := range []*PlanOptions{{InAlign: align}, {Flags: Unaligned}} {
			p, err := l.r2c(dims, nil, o)
			if err != nil {
				t.Fatalf("off %d, %+v: %v", off, *o, err)
			}
			if err := p.Execute(in, out); err != nil {
				t.Errorf("off %d, %+v: %v", off, *o, err)
			} else if e := relErr(widenC(out), want, nil); !(e <= l.tol) {
				t.Errorf("off %d, %+v: relative error %.3g > %.3g", off, *o, e, l.tol)
			}
			if ai, _ := p.Alignment(); o.Flags&Unaligned == 0 && ai != align {
				t.Errorf("off %d: plan Alignment() = %d, want %d", off, ai, align)
			}
			p.Close()
		}
	}
}

func TestMisalignedInput(t *testing.T) {
	both(t, func(t *testing.T) { testMisaligned(t, lib64) }, func(t *testing.T) { testMisaligned(t, lib32) })
}

// testMisalignedComplex does the same for complex data: c2c on buf[1:] of
// complex64 (alignment 8), and c2r writing a float output at buf[1:].
func testMisalignedComplex[C complex64 | complex128, R float32 | float64](t *testing.T, l lib[C, R]) {
	const n = 32
	var zc C
	if AlignmentModulus[C]() <= int(unsafe.Sizeof(zc)) {
		t.Skipf("every %T slice has alignment 0 in this FFTW build: buf[1:] is not misaligned", zc)
	}
	dims := []Dim{{n, 1, 1}}
	buf := MakeAligned[C](n + 1)
	in := buf[1:]
	x := roundC[C](randComplex(rand.New(rand.NewPCG(9, 1)), n))
	copy(in, narrowC[C](x))
	want := make([]complex128, n)
	refDFT(dims, nil, Forward, x, want)
	out := MakeAligned[C](n)

	p, err := l.dft(dims, nil, Forward, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Execute(in, out); !errors.Is(err, ErrAlignment) {
		t.Errorf("c2c plan for alignment 0 on %T buf[1:]: %v, want ErrAlignment", in, err)
	}
	p.Close()
	p, err = l.dft(dims, nil, Forward, &PlanOptions{InAlign: AlignmentOf(in)})
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Execute(in, out); err != nil {
		t.Errorf("c2c plan for InAlign %d: %v", AlignmentOf(in), err)
	} else if e := relErr(widenC(out), want, nil); !(e <= l.tol) {
		t.Errorf("c2c on buf[1:]: relative error %.3g > %.3g", e, l.tol)
	}
	p.Close()
}

func TestMisalignedComplex(t *testing.T) {
	t.Run("double", func(t *testing.T) { testMisalignedComplex(t, lib64) })
	t.Run("single", func(t *testing.T) { testMisalignedComplex(t, lib32) })
}

// testMisalignedOutput checks the output side: c2r into out = buf[1:].
func testMisalignedOutput[C complex64 | complex128, R float32 | float64](t *testing.T, l lib[C, R]) {
	const n = 16
	var zr R
	if AlignmentModulus[R]() <= int(unsafe.Sizeof(zr)) {
		t.Skipf("every %T slice has alignment 0 in this FFTW build", zr)
	}
	dims := []Dim{{n, 1, 1}}
	buf := MakeAligned[R](n + 1)
	out := buf[1:]
	in := MakeAligned[C](n/2 + 1)
	p, err := l.c2r(dims, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = p.Execute(in, out)
	var e *Error
	if !errors.Is(err, ErrAlignment) || !errors.As(err, &e) || e.Arg != "out" {
		t.Errorf("c2r into misaligned out: %v, want ErrAlignment on out", err)
	}
	p.Close()
	q, err := l.c2r(dims, nil, &PlanOptions{OutAlign: AlignmentOf(out)})
	if err != nil {
		t.Fatal(err)
	}
	in[0] = 1 // the spectrum of a constant
	if err := q.Execute(in, out); err != nil {
		t.Fatal(err)
	}
	for i, v := range out {
		if v != 1 {
			t.Fatalf("c2r of a unit DC term: out[%d] = %v, want 1", i, v)
		}
	}
	q.Close()
}

func TestMisalignedOutput(t *testing.T) {
	both(t, func(t *testing.T) { testMisalignedOutput(t, lib64) }, func(t *testing.T) { testMisalignedOutput(t, lib32) })
}

func TestAlignOptionsInvalid(t *testing.T) {
	d := []Dim{{8, 1, 1}}
	for _, o := range []PlanOptions{
		{InAlign: 3}, {InAlign: -8}, {OutAlign: AlignmentModulus[float64]()}, {InAlign: 4},
		{InPlace: true, InAlign: 8, OutAlign: 0},
	} {
		if _, err := NewPlanR2R(d, nil, []R2RKind{REDFT10}, &o); !errors.Is(err, ErrInvalid) {
			t.Errorf("double r2r with %+v: %v, want ErrInvalid", o, err)
		}
	}
	// Single precision accepts multiples of 4.
	if AlignmentModulus[float32]() > 4 {
		p, err := NewPlanR2R32(d, nil, []R2RKind{REDFT10}, &PlanOptions{InAlign: 4, OutAlign: 12 % AlignmentModulus[float32]()})
		if err != nil {
			t.Errorf("single r2r with InAlign 4: %v", err)
		} else {
			if i, o := p.Alignment(); i != 4 || o != 12%AlignmentModulus[float32]() {
				t.Errorf("Alignment() = %d, %d", i, o)
			}
			p.Close()
		}
	}
	// A complex128 array can sit at 8 bytes past a 16-byte boundary (here a
	// view of float64 memory): the alignment options count the real type.
	if m := AlignmentModulus[complex128](); m > 8 {
		fl := MakeAligned[float64](2*8 + 1)
		in := unsafe.Slice((*complex128)(unsafe.Pointer(&fl[1])), 8)
		x := randComplex(rand.New(rand.NewPCG(14, 1)), 8)
		copy(in, x)
		want := make([]complex128, 8)
		refDFT(d, nil, Forward, x, want)
		p, err := NewPlanDFT(d, nil, Forward, &PlanOptions{InAlign: AlignmentOf(in)})
		if err != nil {
			t.Fatalf("double c2c with InAlign %d: %v", AlignmentOf(in), err)
		}
		out := MakeAligned[complex128](8)
		if err := p.Execute(in, out); err != nil {
			t.Error(err)
		} else if e := relErr(out, want, nil); !(e <= lib64.tol) {
			t.Errorf("complex128 at alignment 8: relative error %.3g", e)
		}
		p.Close()
	}
	// Unaligned plans ignore the alignment options and report -1.
	p, err := NewPlanDFT(d, nil, Forward, &PlanOptions{Flags: Unaligned, InAlign: 3})
	if err != nil {
		t.Fatal(err)
	}
	if i, o := p.Alignment(); i != -1 || o != -1 {
		t.Errorf("Unaligned plan Alignment() = %d, %d, want -1, -1", i, o)
	}
	p.Close()
}
