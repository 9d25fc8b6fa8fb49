package fftw

// plan is what the tests need of every plan type, so that one generic test
// body runs all four kinds in both precisions.
type plan[I, O any] interface {
	Execute(in []I, out []O) error
	Close() error
	DestroysInput() bool
	MinInLen() int
	MinOutLen() int
	Alignment() (int, int)
	InPlace() bool
	String() string
}

// lib gathers one precision's constructors and its test tolerance.
type lib[C complex64 | complex128, R float32 | float64] struct {
	name string
	// tol bounds the relative L2 error against the float64 reference:
	// FFTW's error grows like ε·log n and the naive reference's like
	// ε·√n, so a few hundred ε covers n ≤ 1009 with margin (ε = 2.2e-16
	// for double, 1.2e-7 for single).
	tol float64
	dft func(dims, howmany []Dim, sign Sign, o *PlanOptions) (plan[C, C], error)
	r2c func(dims, howmany []Dim, o *PlanOptions) (plan[R, C], error)
	c2r func(dims, howmany []Dim, o *PlanOptions) (plan[C, R], error)
	r2r func(dims, howmany []Dim, kinds []R2RKind, o *PlanOptions) (plan[R, R], error)
}

var lib64 = lib[complex128, float64]{
	name: "double",
	tol:  1e-12,
	dft: func(d, h []Dim, s Sign, o *PlanOptions) (plan[complex128, complex128], error) {
		p, err := NewPlanDFT(d, h, s, o)
		if err != nil {
			return nil, err
		}
		return p, nil
	},
	r2c: func(d, h []Dim, o *PlanOptions) (plan[float64, complex128], error) {
		p, err := NewPlanR2C(d, h, o)
		if err != nil {
			return nil, err
		}
		return p, nil
	},
	c2r: func(d, h []Dim, o *PlanOptions) (plan[complex128, float64], error) {
		p, err := NewPlanC2R(d, h, o)
		if err != nil {
			return nil, err
		}
		return p, nil
	},
	r2r: func(d, h []Dim, k []R2RKind, o *PlanOptions) (plan[float64, float64], error) {
		p, err := NewPlanR2R(d, h, k, o)
		if err != nil {
			return nil, err
		}
		return p, nil
	},
}

var lib32 = lib[complex64, float32]{
	name: "single",
	tol:  1e-5,
	dft: func(d, h []Dim, s Sign, o *PlanOptions) (plan[complex64, complex64], error) {
		p, err := NewPlanDFT32(d, h, s, o)
		if err != nil {
			return nil, err
		}
		return p, nil
	},
	r2c: func(d, h []Dim, o *PlanOptions) (plan[float32, complex64], error) {
		p, err := NewPlanR2C32(d, h, o)
		if err != nil {
			return nil, err
		}
		return p, nil
	},
	c2r: func(d, h []Dim, o *PlanOptions) (plan[complex64, float32], error) {
		p, err := NewPlanC2R32(d, h, o)
		if err != nil {
			return nil, err
		}
		return p, nil
	},
	r2r: func(d, h []Dim, k []R2RKind, o *PlanOptions) (plan[float32, float32], error) {
		p, err := NewPlanR2R32(d, h, k, o)
		if err != nil {
			return nil, err
		}
		return p, nil
	},
}

// narrowC converts reference data to the precision under test, and widenC
// back; the reference is then computed from the narrowed values, so only
// FFTW's rounding is measured.
func narrowC[C complex64 | complex128](x []complex128) []C {
	out := MakeAligned[C](len(x))
	for i, v := range x {
		out[i] = C(v)
	}
	return out
}

func widenC[C complex64 | complex128](x []C) []complex128 {
	out := make([]complex128, len(x))
	for i, v := range x {
		out[i] = complex128(v)
	}
	return out
}

func narrowR[R float32 | float64](x []float64) []R {
	out := MakeAligned[R](len(x))
	for i, v := range x {
		out[i] = R(v)
	}
	return out
}

func widenR[R float32 | float64](x []R) []float64 {
	out := make([]float64, len(x))
	for i, v := range x {
		out[i] = float64(v)
	}
	return out
}

// roundC and roundR round float64 data to the precision under test.
func roundC[C complex64 | complex128](x []complex128) []complex128 {
	return widenC(narrowC[C](x))
}

func roundR[R float32 | float64](x []float64) []float64 {
	return widenR(narrowR[R](x))
}
