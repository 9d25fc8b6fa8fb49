package benchsuite

import (
	"math"
	"math/cmplx"
	"math/rand/v2"
	"unsafe"

	"github.com/goscipy/goscipy/fftw"
)

func init() {
	register(&kernel{
		name: "fft_c2c", group: "fft", shape: "forward complex FFT of length n (FFTW, out of place, Estimate plan)",
		flops: func(n float64) float64 { return 5 * n * math.Log2(n) },
		tol:   fftTol,
		setup: setupC2C,
	})
	register(&kernel{
		name: "fft_r2c", group: "fft", shape: "forward real FFT of length n (FFTW, out of place, Estimate plan)",
		flops: func(n float64) float64 { return 2.5 * n * math.Log2(n) },
		tol:   fftTol,
		setup: setupR2C,
	})
}

// fftTol is 10·√n·log₂n·ε: the FFT's normwise error bound is O(log n·ε)
// in the 2-norm, and the check measures single bins against the 1-norm of
// the input, which the √n covers.
func fftTol(n int) float64 {
	return 10 * math.Sqrt(float64(n)) * math.Log2(float64(max(n, 2))) * eps
}

// checkBins is how many output bins are compared with a direct DFT sum:
// 0, 1, n/2, n−1 and random ones; each costs O(n).
const checkBins = 6

func setupC2C(n int, rnd *rand.Rand, threads int) (*instance, error) {
	in, out := fftw.MakeAligned[complex128](n), fftw.MakeAligned[complex128](n)
	for i := range in {
		in[i] = complex(rnd.NormFloat64(), rnd.NormFloat64())
	}
	p, err := fftw.NewPlanDFT([]fftw.Dim{{N: n, InStride: 1, OutStride: 1}}, nil, fftw.Forward, &fftw.PlanOptions{Threads: threads})
	if err != nil {
		return nil, err
	}
	return &instance{
		run:     func() error { return p.Execute(in, out) },
		outputs: [][]float64{complexBits(out)},
		measure: "max over sampled bins of |X_k − DFT_k| / Σ|x_j|, DFT_k summed directly in pure Go",
		check:   func() float64 { return binError(in, out, n, n) },
		close:   func() { p.Close() },
	}, nil
}

func setupR2C(n int, rnd *rand.Rand, threads int) (*instance, error) {
	in, out := fftw.MakeAligned[float64](n), fftw.MakeAligned[complex128](n/2+1)
	for i := range in {
		in[i] = rnd.NormFloat64()
	}
	p, err := fftw.NewPlanR2C([]fftw.Dim{{N: n, InStride: 1, OutStride: 1}}, nil, &fftw.PlanOptions{Threads: threads})
	if err != nil {
		return nil, err
	}
	return &instance{
		run:     func() error { return p.Execute(in, out) },
		outputs: [][]float64{complexBits(out)},
		measure: "max over sampled bins of |X_k − DFT_k| / Σ|x_j|, DFT_k summed directly in pure Go",
		check: func() float64 {
			x := make([]complex128, n)
			for i, v := range in {
				x[i] = complex(v, 0)
			}
			return binError(x, out, n, n/2+1)
		},
		close: func() { p.Close() },
	}, nil
}

// complexBits views a complex128 slice as its float64 parts, for hashing.
func complexBits(c []complex128) []float64 {
	if len(c) == 0 {
		return nil
	}
	return unsafe.Slice((*float64)(unsafe.Pointer(&c[0])), 2*len(c))
}

// binError compares out[k] with the direct DFT of x at checkBins bins
// below nbins, relative to Σ|x_j|.
func binError(x, out []complex128, n, nbins int) float64 {
	rnd := checkRNG(n)
	bins := []int{0, min(1, nbins-1), min(n/2, nbins-1), min(n-1, nbins-1)}
	for len(bins) < checkBins {
		bins = append(bins, rnd.IntN(nbins))
	}
	var scale float64
	for _, v := range x {
		scale += cmplx.Abs(v)
	}
	var e float64
	for _, k := range bins {
		e = max(e, cmplx.Abs(out[k]-dftBin(x, k)))
	}
	return e / scale
}

// dftBin is Σ x_j·e^{−2πi·jk/n}, with jk reduced mod n before the angle
// is formed (accurate twiddles at any n) and compensated summation of the
// real and imaginary parts.
func dftBin(x []complex128, k int) complex128 {
	n := len(x)
	var re, im neumaier
	for j, v := range x {
		s, c := math.Sincos(-2 * math.Pi * float64((j*k)%n) / float64(n))
		re.add(real(v)*c - imag(v)*s)
		im.add(real(v)*s + imag(v)*c)
	}
	return complex(re.sum(), im.sum())
}

// neumaier is a compensated running sum.
type neumaier struct{ s, c float64 }

func (a *neumaier) add(v float64) {
	t := a.s + v
	if math.Abs(a.s) >= math.Abs(v) {
		a.c += (a.s - t) + v
	} else {
		a.c += (v - t) + a.s
	}
	a.s = t
}

func (a *neumaier) sum() float64 { return a.s + a.c }
