package fft_test

import (
	"fmt"
	"math"

	"github.com/goscipy/goscipy/scipy/fft"
)

// round rounds to 4 decimals, turning roundoff such as 1e-17 and -0 into 0.
func round(x float64) float64 { return math.Round(x*1e4)/1e4 + 0 }

func roundC(z complex128) complex128 { return complex(round(real(z)), round(imag(z))) }

func ExampleFFT() {
	// One cycle of a cosine over 8 samples: all its energy is at
	// frequencies +1 and -1 (indices 1 and 7).
	x := make([]complex128, 8)
	for j := range x {
		x[j] = complex(math.Cos(2*math.Pi*float64(j)/8), 0)
	}
	y, err := fft.FFT(x, nil)
	if err != nil {
		panic(err)
	}
	for k, v := range y {
		fmt.Printf("y[%d] = %v\n", k, roundC(v))
	}
	// Output:
	// y[0] = (0+0i)
	// y[1] = (4+0i)
	// y[2] = (0+0i)
	// y[3] = (0+0i)
	// y[4] = (0+0i)
	// y[5] = (0+0i)
	// y[6] = (0+0i)
	// y[7] = (4+0i)
}

func ExampleRFFT() {
	// A real signal sampled at 100 Hz: 1 + sin(2π·25t). RFFT keeps the
	// non-negative frequencies, which RFFTFreq lists.
	const n, rate = 8, 100.0
	x := make([]float64, n)
	for j := range x {
		x[j] = 1 + math.Sin(2*math.Pi*25*float64(j)/rate)
	}
	y, err := fft.RFFT(x, &fft.Options{Norm: fft.Forward}) // Forward: amplitudes, not sums
	if err != nil {
		panic(err)
	}
	f, _ := fft.RFFTFreq(n, 1/rate)
	for k := range y {
		fmt.Printf("%4.1f Hz: %v\n", f[k], roundC(y[k]))
	}
	// Output:
	//  0.0 Hz: (1+0i)
	// 12.5 Hz: (0+0i)
	// 25.0 Hz: (0-0.5i)
	// 37.5 Hz: (0+0i)
	// 50.0 Hz: (0+0i)
}

func ExampleDCT() {
	// The orthonormal DCT-II (SciPy's dct(x, norm="ortho")) of a constant
	// puts everything in the first coefficient; IDCT inverts it.
	x := []float64{2, 2, 2, 2}
	y, err := fft.DCT(x, &fft.TrigOptions{Type: 2, Norm: fft.Ortho})
	if err != nil {
		panic(err)
	}
	z, _ := fft.IDCT(y, &fft.TrigOptions{Type: 2, Norm: fft.Ortho})
	for i := range y {
		fmt.Println(round(y[i]), round(z[i]))
	}
	// Output:
	// 4 2
	// 0 2
	// 0 2
	// 0 2
}

func ExampleFFTN() {
	// A 2×3 array in row-major order, transformed along its last axis only
	// (scipy.fft.fftn(x, axes=[-1]), i.e. fft(x, axis=-1) row by row).
	x := []complex128{
		1, 1, 1,
		1, 0, 0,
	}
	y, shape, err := fft.FFTN(x, []int{2, 3}, &fft.NDOptions{Axes: []int{-1}})
	if err != nil {
		panic(err)
	}
	fmt.Println(shape)
	for i := range shape[0] {
		fmt.Println(y[i*shape[1] : (i+1)*shape[1]])
	}
	// Output:
	// [2 3]
	// [(3+0i) (0+0i) (0+0i)]
	// [(1+0i) (1+0i) (1+0i)]
}
