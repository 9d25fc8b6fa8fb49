package fftw

import (
	"errors"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

func TestPlanArgumentsInvalid(t *testing.T) {
	d1 := []Dim{{8, 1, 1}}
	cases := []struct {
		name, arg string
		make      func() error
	}{
		{"no dims", "dims", func() error { _, err := NewPlanDFT(nil, nil, Forward, nil); return err }},
		{"N=0", "dims[0].N", func() error { _, err := NewPlanDFT([]Dim{{0, 1, 1}}, nil, Forward, nil); return err }},
		{"N<0", "dims[0].N", func() error { _, err := NewPlanR2C([]Dim{{-4, 1, 1}}, nil, nil); return err }},
		{"howmany N=0", "howmany[0].N", func() error { _, err := NewPlanDFT(d1, []Dim{{0, 8, 8}}, Forward, nil); return err }},
		{"negative stride", "dims[0].InStride", func() error { _, err := NewPlanDFT([]Dim{{8, -1, 1}}, nil, Forward, nil); return err }},
		{"zero stride", "dims[0].OutStride", func() error { _, err := NewPlanDFT([]Dim{{8, 1, 0}}, nil, Forward, nil); return err }},
		{"zero batch stride", "howmany[0].InStride", func() error { _, err := NewPlanDFT(d1, []Dim{{3, 0, 8}}, Forward, nil); return err }},
		{"overflow", "howmany[0]", func() error {
			_, err := NewPlanDFT(d1, []Dim{{1 << 40, 1 << 40, 1}}, Forward, nil)
			return err
		}},
		{"sign", "sign", func() error { _, err := NewPlanDFT(d1, nil, 0, nil); return err }},
		{"kinds count", "kinds", func() error { _, err := NewPlanR2R(d1, nil, nil, nil); return err }},
		{"kind R2HC", "kinds", func() error { _, err := NewPlanR2R(d1, nil, []R2RKind{0}, nil); return err }},
		{"REDFT00 n=1", "dims", func() error { _, err := NewPlanR2R([]Dim{{1, 1, 1}}, nil, []R2RKind{REDFT00}, nil); return err }},
		{"unknown flag", "Flags", func() error { _, err := NewPlanDFT(d1, nil, Forward, &PlanOptions{Flags: 1 << 20}); return err }},
		{"two rigours", "Flags", func() error {
			_, err := NewPlanDFT(d1, nil, Forward, &PlanOptions{Flags: Measure | Patient})
			return err
		}},
		{"preserve+destroy", "Flags", func() error {
			_, err := NewPlanDFT(d1, nil, Forward, &PlanOptions{Flags: PreserveInput | DestroyInput})
			return err
		}},
		{"preserve in place", "Flags", func() error {
			_, err := NewPlanDFT(d1, nil, Forward, &PlanOptions{Flags: PreserveInput, InPlace: true})
			return err
		}},
		{"threads", "PlanOptions.Threads", func() error { _, err := NewPlanDFT(d1, nil, Forward, &PlanOptions{Threads: -1}); return err }},
		{"single N=0", "dims[0].N", func() error { _, err := NewPlanC2R32([]Dim{{0, 1, 1}}, nil, nil); return err }},
	}
	before := LivePlans()
	for _, c := range cases {
		err := c.make()
		var e *Error
		if !errors.Is(err, ErrInvalid) || !errors.As(err, &e) || e.Arg != c.arg {
			t.Errorf("%s: %v, want ErrInvalid on %q", c.name, err, c.arg)
		}
	}
	if n := LivePlans(); n != before {
		t.Errorf("invalid arguments left %d plans alive", n-before)
	}
}

func TestExecuteLengths(t *testing.T) {
	// 3 rows of 5, stored with a row stride of 7: the last element read is
	// 2·7+4 = 18, written 2·5+4 = 14.
	p, err := NewPlanDFT([]Dim{{5, 1, 1}}, []Dim{{3, 7, 5}}, Forward, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	if p.MinInLen() != 19 || p.MinOutLen() != 15 {
		t.Fatalf("MinInLen, MinOutLen = %d, %d, want 19, 15", p.MinInLen(), p.MinOutLen())
	}
	in, out := MakeAligned[complex128](19), MakeAligned[complex128](15)
	for _, c := range []struct {
		arg     string
		in, out []complex128
	}{
		{"in", in[:18], out},
		{"out", in, out[:14]},
		{"in", nil, out},
		{"in", nil, nil},
		{"out", in, []complex128{}},
	} {
		err := p.Execute(c.in, c.out)
		var e *Error
		if !errors.Is(err, ErrLength) || !errors.As(err, &e) || e.Arg != c.arg {
			t.Errorf("Execute(len %d, len %d): %v, want ErrLength on %s", len(c.in), len(c.out), err, c.arg)
		}
	}
	if err := p.Execute(in, out); err != nil {
		t.Errorf("Execute with exact lengths: %v", err)
	}
	if err := p.Execute(MakeAligned[complex128](40), MakeAligned[complex128](40)); err != nil {
		t.Errorf("Execute with longer slices: %v", err)
	}
	// Empty slices on the single-precision types too: an error, no panic.
	q, err := NewPlanR2C32([]Dim{{4, 1, 1}}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	if err := q.Execute(nil, nil); !errors.Is(err, ErrLength) {
		t.Errorf("single r2c Execute(nil, nil): %v, want ErrLength", err)
	}
}

func TestCloseAndLivePlans(t *testing.T) {
	before := LivePlans()
	p, err := NewPlanR2R([]Dim{{6, 1, 1}}, nil, []R2RKind{RODFT00}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if LivePlans() != before+1 {
		t.Errorf("LivePlans after making one plan: %d, want %d", LivePlans(), before+1)
	}
	in, out := MakeAligned[float64](6), MakeAligned[float64](6)
	if err := p.Execute(in, out); err != nil {
		t.Fatal(err)
	}
	if err := p.Close(); err != nil {
		t.Errorf("Close: %v", err)
	}
	if err := p.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	if LivePlans() != before {
		t.Errorf("LivePlans after Close twice: %d, want %d", LivePlans(), before)
	}
	if err := p.Execute(in, out); !errors.Is(err, ErrClosed) {
		t.Errorf("Execute after Close: %v, want ErrClosed", err)
	}
	if s := p.String(); s != "(closed plan)" {
		t.Errorf("String after Close = %q", s)
	}
}

func TestPlanAccessors(t *testing.T) {
	dims, hm := []Dim{{6, 1, 1}, {4, 6, 4}}, []Dim{{3, 24, 24}}
	p, err := NewPlanR2R32(dims, hm, []R2RKind{REDFT11, RODFT01}, &PlanOptions{Flags: DestroyInput, Threads: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	if !slices.Equal(p.Dims(), dims) || !slices.Equal(p.Howmany(), hm) {
		t.Errorf("Dims, Howmany = %v, %v", p.Dims(), p.Howmany())
	}
	p.Dims()[0].N = 99 // a copy: the plan must not change
	if p.Dims()[0].N != 6 {
		t.Errorf("Dims returned the plan's own slice")
	}
	if !slices.Equal(p.Kinds(), []R2RKind{REDFT11, RODFT01}) {
		t.Errorf("Kinds = %v", p.Kinds())
	}
	if p.Flags() != DestroyInput || p.Threads() != 1 || p.InPlace() || !p.DestroysInput() {
		t.Errorf("Flags %v, Threads %d, InPlace %v, DestroysInput %v", p.Flags(), p.Threads(), p.InPlace(), p.DestroysInput())
	}
	q, err := NewPlanDFT([]Dim{{4, 1, 1}}, nil, Backward, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	if q.Sign() != Backward || q.DestroysInput() || q.Threads() != 1 {
		t.Errorf("Sign %v, DestroysInput %v, Threads %d", q.Sign(), q.DestroysInput(), q.Threads())
	}
	if s := q.String(); !strings.Contains(s, "dft") {
		t.Errorf("String = %q, want FFTW's plan description", s)
	}
}

func TestFlagsString(t *testing.T) {
	for f, want := range map[Flags]string{
		Estimate:                   "Estimate",
		Measure | Unaligned:        "Measure|Unaligned",
		WisdomOnly | PreserveInput: "Estimate|WisdomOnly|PreserveInput",
		Flags(1 << 9):              "Estimate|Flags(0x200)",
	} {
		if got := f.String(); got != want {
			t.Errorf("Flags(%#x).String() = %q, want %q", uint32(f), got, want)
		}
	}
}

func TestSplitAxes(t *testing.T) {
	shape := []int{2, 3, 4}
	in, out := RowMajorStrides(shape), []int{100, 10, 1}
	if !slices.Equal(in, []int{12, 4, 1}) {
		t.Fatalf("RowMajorStrides(%v) = %v", shape, in)
	}
	dims, hm, err := SplitAxes(shape, in, out, []int{2, 0})
	if err != nil {
		t.Fatal(err)
	}
	if want := []Dim{{4, 1, 1}, {2, 12, 100}}; !slices.Equal(dims, want) {
		t.Errorf("dims = %v, want %v", dims, want)
	}
	if want := []Dim{{3, 4, 10}}; !slices.Equal(hm, want) {
		t.Errorf("howmany = %v, want %v", hm, want)
	}
	for _, c := range []struct {
		axes    []int
		in, out []int
		arg     string
	}{
		{nil, in, out, "axes"},
		{[]int{3}, in, out, "axes[0]"},
		{[]int{-1}, in, out, "axes[0]"},
		{[]int{1, 1}, in, out, "axes[1]"},
		{[]int{0}, in[:2], out, "inStrides, outStrides"},
	} {
		_, _, err := SplitAxes(shape, c.in, c.out, c.axes)
		var e *Error
		if !errors.Is(err, ErrInvalid) || !errors.As(err, &e) || e.Arg != c.arg {
			t.Errorf("SplitAxes axes %v: %v, want ErrInvalid on %q", c.axes, err, c.arg)
		}
	}
}

// TestC2RDestroysInput documents what the safe layer relies on: a default
// c2r plan reports DestroysInput, and FFTW really overwrites the input of
// a 2-D c2r transform (its algorithms work in place on it); PreserveInput
// is refused for rank 2 and honoured for rank 1.
func TestC2RDestroysInput(t *testing.T) {
	dims := []Dim{{8, 5, 8}, {8, 1, 1}}
	p, err := NewPlanC2R(dims, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	if !p.DestroysInput() {
		t.Errorf("default 2-D c2r plan: DestroysInput = false, want true")
	}
	rnd := rand.New(rand.NewPCG(10, 1))
	x := randReal(rnd, 64)
	spec := make([]complex128, 40)
	refR2C(swapped(dims), nil, x, spec)
	in := narrowC[complex128](spec)
	if err := p.Execute(in, MakeAligned[float64](64)); err != nil {
		t.Fatal(err)
	}
	if slices.Equal(in, spec) {
		t.Errorf("2-D c2r left its input intact; FFTW 3.3.10 overwrites it, and DestroysInput says it may")
	}

	if _, err := NewPlanC2R(dims, nil, &PlanOptions{Flags: PreserveInput}); !errors.Is(err, ErrNoPlan) {
		t.Errorf("2-D c2r with PreserveInput: %v, want ErrNoPlan (FFTW has no such algorithm)", err)
	}
	if _, err := NewPlanC2R32(dims, nil, &PlanOptions{Flags: PreserveInput}); !errors.Is(err, ErrNoPlan) {
		t.Errorf("single 2-D c2r with PreserveInput: %v, want ErrNoPlan", err)
	}
	for _, n := range []int{16, 17, 1009} {
		d := []Dim{{n, 1, 1}}
		checkC2R(t, lib64, d, nil, &PlanOptions{Flags: PreserveInput}) // checks the input is intact
		checkC2R(t, lib32, d, nil, &PlanOptions{Flags: PreserveInput})
		q, err := NewPlanC2R(d, nil, &PlanOptions{Flags: PreserveInput})
		if err != nil {
			t.Fatal(err)
		}
		if q.DestroysInput() {
			t.Errorf("n=%d c2r with PreserveInput: DestroysInput = true", n)
		}
		q.Close()
	}
}
