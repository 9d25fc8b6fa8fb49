package fftw

import (
	"errors"
	"math/rand/v2"
	"testing"
	"unsafe"
)

// realView returns the real and imaginary parts of buf as one real slice
// over the same memory: the array an in-place r2c plan reads.
func realView[C complex64 | complex128, R float32 | float64](buf []C) []R {
	return unsafe.Slice((*R)(unsafe.Pointer(&buf[0])), 2*len(buf))
}

func testInPlaceDFT[C complex64 | complex128, R float32 | float64](t *testing.T, l lib[C, R]) {
	// 16 rows of 24, transformed along rows, in place.
	dims, howmany := []Dim{{24, 1, 1}}, []Dim{{16, 24, 24}}
	p, err := l.dft(dims, howmany, Forward, &PlanOptions{InPlace: true})
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	if !p.InPlace() || !p.DestroysInput() {
		t.Errorf("InPlace, DestroysInput = %v, %v, want true, true", p.InPlace(), p.DestroysInput())
	}
	x := roundC[C](randComplex(rand.New(rand.NewPCG(5, 1)), 16*24))
	buf := narrowC[C](x)
	if err := p.Execute(buf, buf); err != nil {
		t.Fatal(err)
	}
	want := make([]complex128, len(x))
	refDFT(dims, howmany, Forward, x, want)
	if e := relErr(widenC(buf), want, nil); !(e <= l.tol) {
		t.Errorf("relative error %.3g > %.3g", e, l.tol)
	}

	// An in-place plan refuses distinct arrays, an out-of-place plan the
	// same array or overlapping ones: FFTW would compute garbage.
	other := MakeAligned[C](len(buf))
	if err := p.Execute(buf, other); !errors.Is(err, ErrInPlace) {
		t.Errorf("in-place plan on distinct arrays: %v, want ErrInPlace", err)
	}
	q, err := l.dft([]Dim{{8, 1, 1}}, nil, Forward, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	if err := q.Execute(buf[:8], buf[:8]); !errors.Is(err, ErrInPlace) {
		t.Errorf("out-of-place plan on one array: %v, want ErrInPlace", err)
	}
	if err := q.Execute(buf[:8], buf[4:12]); !errors.Is(err, ErrInPlace) {
		t.Errorf("out-of-place plan on overlapping arrays: %v, want ErrInPlace", err)
	}
	if err := q.Execute(buf[:8], buf[8:16]); err != nil {
		t.Errorf("out-of-place plan on adjacent arrays: %v", err)
	}
}

func TestInPlaceDFT(t *testing.T) {
	both(t, func(t *testing.T) { testInPlaceDFT(t, lib64) }, func(t *testing.T) { testInPlaceDFT(t, lib32) })
}

// testInPlaceR2C checks FFTW's padded in-place layout: an m×n real array
// stored in rows of 2(n/2+1) reals, transformed into the m×(n/2+1) complex
// array over the same memory, and back with c2r.
func testInPlaceR2C[C complex64 | complex128, R float32 | float64](t *testing.T, l lib[C, R]) {
	const m, n = 6, 10
	const h = n/2 + 1
	fwd := []Dim{{m, 2 * h, h}, {n, 1, 1}}
	p, err := l.r2c(fwd, nil, &PlanOptions{InPlace: true})
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	buf := MakeAligned[C](m * h)
	re := realView[C, R](buf)
	rnd := rand.New(rand.NewPCG(6, 1))
	x := make([]float64, len(re))
	for i := range m {
		for j := range n {
			re[i*2*h+j] = R(2*rnd.Float64() - 1)
			x[i*2*h+j] = float64(re[i*2*h+j])
		}
	}
	if err := p.Execute(re, buf); err != nil {
		t.Fatal(err)
	}
	want := make([]complex128, m*h)
	refR2C(fwd, nil, x, want)
	if e := relErr(widenC(buf), want, nil); !(e <= l.tol) {
		t.Errorf("r2c: relative error %.3g > %.3g", e, l.tol)
	}

	q, err := l.c2r(swapped(fwd), nil, &PlanOptions{InPlace: true})
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	if err := q.Execute(buf, re); err != nil {
		t.Fatal(err)
	}
	var got, exp []complex128
	for i := range m {
		for j := range n {
			got = append(got, complex(float64(re[i*2*h+j]), 0))
			exp = append(exp, complex(m*n*x[i*2*h+j], 0))
		}
	}
	if e := relErr(got, exp, nil); !(e <= l.tol) {
		t.Errorf("c2r(r2c(x)) = m·n·x: relative error %.3g > %.3g", e, l.tol)
	}
}

func TestInPlaceR2C(t *testing.T) {
	both(t, func(t *testing.T) { testInPlaceR2C(t, lib64) }, func(t *testing.T) { testInPlaceR2C(t, lib32) })
}

func testInPlaceR2R[C complex64 | complex128, R float32 | float64](t *testing.T, l lib[C, R]) {
	dims, kinds := []Dim{{9, 1, 1}, {12, 9, 9}}, []R2RKind{RODFT10, REDFT11}
	p, err := l.r2r(dims, nil, kinds, &PlanOptions{InPlace: true})
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	x := roundR[R](randReal(rand.New(rand.NewPCG(7, 1)), 9*12))
	buf := narrowR[R](x)
	if err := p.Execute(buf, buf); err != nil {
		t.Fatal(err)
	}
	want := make([]float64, len(x))
	refR2R(dims, nil, kinds, x, want)
	if e := relErr(toComplex(widenR(buf)), toComplex(want), nil); !(e <= l.tol) {
		t.Errorf("relative error %.3g > %.3g", e, l.tol)
	}
}

func TestInPlaceR2R(t *testing.T) {
	both(t, func(t *testing.T) { testInPlaceR2R(t, lib64) }, func(t *testing.T) { testInPlaceR2R(t, lib32) })
}
