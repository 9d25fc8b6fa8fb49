package fftw

import (
	"math"
	"math/cmplx"
	"math/rand/v2"
)

// The reference transforms below follow FFTW's definitions ("What FFTW
// Really Computes") literally, as O(N²) sums in float64 over the same guru
// description (dims, howmany, strides) a plan gets. They share no code with
// FFTW, so agreement checks both the numbers and the layout handling.

// each calls f for every multi-index of ds (the last dimension varying
// fastest), with the input and output offsets it addresses. n overrides the
// extent of each dimension where non-nil.
func each(ds []Dim, n []int, f func(idx []int, in, out int)) {
	idx := make([]int, len(ds))
	size := func(d int) int {
		if n != nil {
			return n[d]
		}
		return ds[d].N
	}
	for d := range ds {
		if size(d) == 0 {
			return
		}
	}
	for {
		in, out := 0, 0
		for d, i := range idx {
			in += i * ds[d].InStride
			out += i * ds[d].OutStride
		}
		f(idx, in, out)
		d := len(ds) - 1
		for ; d >= 0; d-- {
			idx[d]++
			if idx[d] < size(d) {
				break
			}
			idx[d] = 0
		}
		if d < 0 {
			return
		}
	}
}

// sizes returns the N of each dim, with the last replaced by N/2+1 if half.
func sizes(ds []Dim, half bool) []int {
	n := make([]int, len(ds))
	for i, d := range ds {
		n[i] = d.N
	}
	if half {
		n[len(n)-1] = n[len(n)-1]/2 + 1
	}
	return n
}

// phase returns exp(sign·2πi·Σ j_d·k_d/N_d), reducing the exponent exactly
// in integers first so that large n lose no accuracy.
func phase(ds []Dim, j, k []int, sign Sign) complex128 {
	var frac float64
	for d := range ds {
		frac += float64(j[d]*k[d]%ds[d].N) / float64(ds[d].N)
	}
	s, c := math.Sincos(2 * math.Pi * frac)
	return complex(c, float64(sign)*s)
}

// refDFT computes FFTW's c2c transform of in into out.
func refDFT(dims, howmany []Dim, sign Sign, in, out []complex128) {
	each(howmany, nil, func(_ []int, bi, bo int) {
		each(dims, nil, func(k []int, _, ko int) {
			var sum complex128
			each(dims, nil, func(j []int, ji, _ int) {
				sum += in[bi+ji] * phase(dims, j, k, sign)
			})
			out[bo+ko] = sum
		})
	})
}

// refR2C computes FFTW's r2c transform: the forward DFT of real data, the
// last dimension's output cut to N/2+1.
func refR2C(dims, howmany []Dim, in []float64, out []complex128) {
	each(howmany, nil, func(_ []int, bi, bo int) {
		each(dims, sizes(dims, true), func(k []int, _, ko int) {
			var sum complex128
			each(dims, nil, func(j []int, ji, _ int) {
				sum += complex(in[bi+ji], 0) * phase(dims, j, k, Forward)
			})
			out[bo+ko] = sum
		})
	})
}

// refR2R computes FFTW's r2r transform: along each dimension the kernel of
// its kind, multiplied over dimensions.
func refR2R(dims, howmany []Dim, kinds []R2RKind, in, out []float64) {
	each(howmany, nil, func(_ []int, bi, bo int) {
		each(dims, nil, func(k []int, _, ko int) {
			var sum float64
			each(dims, nil, func(j []int, ji, _ int) {
				w := 1.0
				for d := range dims {
					w *= kernel(kinds[d], dims[d].N, j[d], k[d])
				}
				sum += in[bi+ji] * w
			})
			out[bo+ko] = sum
		})
	})
}

// kernel is the weight of input j in output k of a 1-D r2r transform of
// length n, from the formulas in R2RKind's documentation.
func kernel(kind R2RKind, n, j, k int) float64 {
	fj, fk, fn := float64(j), float64(k), float64(n)
	sign := 1.0
	if k%2 == 1 {
		sign = -1
	}
	switch kind {
	case REDFT00:
		switch j {
		case 0:
			return 1
		case n - 1:
			return sign
		}
		return 2 * math.Cos(math.Pi*fj*fk/(fn-1))
	case REDFT10:
		return 2 * math.Cos(math.Pi*(fj+0.5)*fk/fn)
	case REDFT01:
		if j == 0 {
			return 1
		}
		return 2 * math.Cos(math.Pi*fj*(fk+0.5)/fn)
	case REDFT11:
		return 2 * math.Cos(math.Pi*(fj+0.5)*(fk+0.5)/fn)
	case RODFT00:
		return 2 * math.Sin(math.Pi*(fj+1)*(fk+1)/(fn+1))
	case RODFT10:
		return 2 * math.Sin(math.Pi*(fj+0.5)*(fk+1)/fn)
	case RODFT01:
		if j == n-1 {
			return sign
		}
		return 2 * math.Sin(math.Pi*(fj+1)*(fk+0.5)/fn)
	case RODFT11:
		return 2 * math.Sin(math.Pi*(fj+0.5)*(fk+0.5)/fn)
	}
	panic("unknown kind")
}

// swapped returns ds with input and output strides exchanged: the layout of
// the inverse transform.
func swapped(ds []Dim) []Dim {
	out := make([]Dim, len(ds))
	for i, d := range ds {
		out[i] = Dim{N: d.N, InStride: d.OutStride, OutStride: d.InStride}
	}
	return out
}

// relErr returns ‖got − want‖₂ / ‖want‖₂ over the given offsets (all of
// want if offs is nil), or the absolute error if want is zero there.
func relErr(got, want []complex128, offs []int) float64 {
	var num, den float64
	add := func(i int) {
		d := got[i] - want[i]
		num += real(d)*real(d) + imag(d)*imag(d)
		den += real(want[i])*real(want[i]) + imag(want[i])*imag(want[i])
	}
	if offs == nil {
		for i := range want {
			add(i)
		}
	} else {
		for _, i := range offs {
			add(i)
		}
	}
	if den == 0 {
		return math.Sqrt(num)
	}
	return math.Sqrt(num / den)
}

// randComplex returns n values with parts uniform in [-1, 1).
func randComplex(rnd *rand.Rand, n int) []complex128 {
	s := make([]complex128, n)
	for i := range s {
		s[i] = complex(2*rnd.Float64()-1, 2*rnd.Float64()-1)
	}
	return s
}

// randReal returns n values uniform in [-1, 1).
func randReal(rnd *rand.Rand, n int) []float64 {
	s := make([]float64, n)
	for i := range s {
		s[i] = 2*rnd.Float64() - 1
	}
	return s
}

// toComplex widens reals.
func toComplex(x []float64) []complex128 {
	out := make([]complex128, len(x))
	for i, v := range x {
		out[i] = complex(v, 0)
	}
	return out
}

// isNaN128 reports whether either part of v is NaN.
func isNaN128(v complex128) bool { return cmplx.IsNaN(v) }
