package benchsuite

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
)

// kernel is one benchmarked routine.
type kernel struct {
	name  string
	group string // "blas", "lapack", "fft"
	shape string // the problem in terms of n
	// flops is the conventional operation count of one call at size n,
	// nil where there is none.
	flops func(n float64) float64
	// tol is the accuracy bound at size n.
	tol func(n int) float64
	// setup makes a ready-to-run instance at size n on inputs from rnd;
	// threads is the native thread count (used by FFT plans).
	setup func(n int, rnd *rand.Rand, threads int) (*instance, error)
}

// instance is a kernel set up at one size.
type instance struct {
	// reset restores the inputs run overwrites; nil when run overwrites
	// none. It runs before every call, untimed.
	reset func()
	// run is the timed call. It returns an error when the library reports
	// failure (a singular or non-converged factorisation).
	run func() error
	// outputs are the slices run writes, hashed after each call.
	outputs [][]float64
	// check measures the accuracy of the outputs of the last call.
	check func() float64
	// measure describes what check computes.
	measure string
	// close releases native resources (FFT plans); may be nil.
	close func()
}

// eps is the machine epsilon of float64, 2⁻⁵².
const eps = 0x1p-52

// matrixTol is the bound for the matrix kernels: 10·n·ε.
func matrixTol(n int) float64 { return 10 * float64(n) * eps }

var kernels = map[string]*kernel{}

// kernelOrder is the order suites and reports list kernels in.
var kernelOrder []string

func register(k *kernel) {
	if kernels[k.name] != nil {
		panic("benchsuite: kernel " + k.name + " registered twice")
	}
	kernels[k.name] = k
	kernelOrder = append(kernelOrder, k.name)
}

// Kernels returns the names of all kernels, in report order.
func Kernels() []string { return slices.Clone(kernelOrder) }

// gaussian returns n numbers from N(0, 1).
func gaussian(rnd *rand.Rand, n int) []float64 {
	s := make([]float64, n)
	for i := range s {
		s[i] = rnd.NormFloat64()
	}
	return s
}

// uniform returns n numbers from U(−1, 1).
func uniform(rnd *rand.Rand, n int) []float64 {
	s := make([]float64, n)
	for i := range s {
		s[i] = 2*rnd.Float64() - 1
	}
	return s
}

// matVec returns A·x for row-major m×n A (stride n).
func matVec(m, n int, a, x []float64) []float64 {
	y := make([]float64, m)
	for i := range m {
		row := a[i*n : i*n+n]
		var s float64
		for j, v := range row {
			s += v * x[j]
		}
		y[i] = s
	}
	return y
}

// matTVec returns Aᵀ·x for row-major m×n A (stride n).
func matTVec(m, n int, a, x []float64) []float64 {
	y := make([]float64, n)
	for i := range m {
		xi := x[i]
		for j, v := range a[i*n : i*n+n] {
			y[j] += v * xi
		}
	}
	return y
}

func norm2(x []float64) float64 {
	var s float64
	for _, v := range x {
		s += v * v
	}
	return math.Sqrt(s)
}

// diffNorm2 is ‖x − y‖₂.
func diffNorm2(x, y []float64) float64 {
	var s float64
	for i := range x {
		d := x[i] - y[i]
		s += d * d
	}
	return math.Sqrt(s)
}

// frobenius is the Frobenius norm of a slice holding a matrix.
func frobenius(a []float64) float64 { return norm2(a) }

// checkRNG is the source of the random vectors accuracy checks multiply
// by: fixed, and separate from the inputs' source.
func checkRNG(n int) *rand.Rand { return rand.New(rand.NewPCG(0xc0ffee, uint64(n))) }

// failed is the error a kernel reports when the library signals failure.
func failed(routine string, detail string) error {
	return fmt.Errorf("%s failed: %s", routine, detail)
}
