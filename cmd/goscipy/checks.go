package main

import (
	"fmt"
	"math"
	"math/cmplx"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/gonum"

	"github.com/goscipy/goscipy/cblas"
	"github.com/goscipy/goscipy/fftw"
	"github.com/goscipy/goscipy/internal/benchfmt"
	"github.com/goscipy/goscipy/lapacke"
)

// expectation is what `info -expect-vendor/-expect-version` demand: a
// container's health check states the stack it was built with, so a
// library swapped underneath it (an alternatives change, a stray
// LD_LIBRARY_PATH) turns the container unhealthy.
type expectation struct {
	vendor, version string
}

// Fixes suggested by failed checks. A library that is missing altogether
// never gets here (the dynamic loader refuses to start the program), so
// these cover libraries that load but are the wrong ones or misbehave.
const (
	fixBLAS   = "install a BLAS with a CBLAS interface: bash scripts/install-deps.sh build (Debian package libopenblas0-pthread; libblas3 and libblis4-pthread also work)"
	fixLAPACK = "install a LAPACK: bash scripts/install-deps.sh build (libopenblas0-pthread provides liblapack.so.3; or liblapack3)"
	fixFFTW   = "install FFTW: bash scripts/install-deps.sh build (Debian packages libfftw3-double3 and libfftw3-single3)"
)

// runChecks runs the self-tests and appends them to in.Checks. The numeric
// ones are sized above cblas's pure-Go crossovers so the native library
// really runs, and small enough to take milliseconds.
func runChecks(in *benchfmt.Info, want expectation) {
	add := func(c benchfmt.Check) { in.Checks = append(in.Checks, c) }
	add(checkProvider(in.BLAS.Library, loaderResolution(), os.Getenv("LD_PRELOAD")))
	add(checkVendor(in.BLAS, want))
	add(checkThreads(in.BLAS, in.Goscipy.NumCPU))
	add(numericCheck("blas-dgemm", "64×64 dgemm against gonum's pure Go", fixBLAS, dgemmCheck))
	add(numericCheck("blas-ddot", "4096-element ddot against gonum's pure Go", fixBLAS, ddotCheck))
	if in.BLAS.LAPACKVersion == "" {
		add(benchfmt.Check{Name: "lapack", Detail: "no loaded library answers LAPACK's ilaver_", Fix: fixLAPACK})
	} else {
		add(numericCheck("lapack-dgesv", "100×100 dgesv scaled residual ‖Ax−b‖/(‖A‖‖x‖)", fixLAPACK, dgesvCheck))
	}
	if in.LAPACKE.Version == "0.0.0" {
		add(benchfmt.Check{Name: "lapacke", Detail: "LAPACKE_ilaver reports 0.0.0", Fix: "install liblapacke (bash scripts/install-deps.sh build)"})
	}
	if len(in.FFTW) == 0 || in.FFTW[0].Version == "" {
		add(benchfmt.Check{Name: "fftw", Detail: "FFTW reports no version", Fix: fixFFTW})
	} else {
		add(numericCheck("fftw-c2c", "64-point complex FFT against a direct DFT", fixFFTW, fftCheck))
	}
}

// checkProvider compares the libblas.so.3 the loader picked with the
// library that actually defines cblas_dgemm. They differ when the first
// libblas.so.3 on the path is a Fortran-only BLAS: its symbols load, but
// cblas_dgemm then comes from whatever else defines it (on Debian, the
// OpenBLAS that liblapack.so.3 pulls in), so the vendor the user chose is
// not the one running. LD_PRELOAD of a vendor's own library (BLIS's
// libblis.so.4) is the documented exception.
func checkProvider(library string, resolved map[string]string, preload string) benchfmt.Check {
	c := benchfmt.Check{Name: "blas-provider", Fix: fixBLAS}
	if library == "" {
		c.Detail = "no loaded library defines cblas_dgemm"
		return c
	}
	blas3, known := resolved["libblas.so.3"]
	switch {
	case !known:
		c.OK, c.Warn = true, true
		c.Detail = fmt.Sprintf("cblas_dgemm from %s (could not ask the loader which libblas.so.3 it chose)", library)
	case samePath(blas3, library):
		c.OK = true
		c.Detail = fmt.Sprintf("cblas_dgemm from %s, the libblas.so.3 the loader chose", library)
	case inPreload(library, preload):
		c.OK, c.Warn = true, true
		c.Detail = fmt.Sprintf("cblas_dgemm from %s, preloaded (LD_PRELOAD) over libblas.so.3 = %s", library, blas3)
	default:
		c.Detail = fmt.Sprintf("libblas.so.3 resolves to %s, but cblas_dgemm comes from %s: the chosen library has no CBLAS interface, so another BLAS is running", blas3, library)
		c.Fix = "put a libblas.so.3 that exports cblas_* first (OpenBLAS, Debian's libblas3, BLIS) or take " + filepath.Dir(blas3) + " off LD_LIBRARY_PATH"
	}
	return c
}

func samePath(a, b string) bool {
	if a == b {
		return true
	}
	ra, rb := evalSymlinks(a), evalSymlinks(b)
	return ra != "" && ra == rb
}

func inPreload(library, preload string) bool {
	for _, p := range strings.FieldsFunc(preload, func(r rune) bool { return r == ':' || r == ' ' }) {
		if samePath(p, library) || filepath.Base(p) == filepath.Base(library) {
			return true
		}
	}
	return false
}

func checkVendor(b benchfmt.BLAS, want expectation) benchfmt.Check {
	c := benchfmt.Check{Name: "blas-vendor", OK: true, Detail: strings.TrimSpace(b.Vendor + " " + b.Version)}
	if b.Vendor == cblas.VendorUnknown {
		c.Warn = true
		c.Detail = "unknown vendor: the library exports no vendor symbol goscipy knows"
	}
	if want.vendor != "" && !strings.EqualFold(want.vendor, b.Vendor) {
		c.OK = false
		c.Detail = fmt.Sprintf("expected vendor %s, running %s (%s)", want.vendor, c.Detail, b.Library)
		c.Fix = "check LD_LIBRARY_PATH, LD_PRELOAD and update-alternatives --display libblas.so.3-" + debArch()
	}
	if want.version != "" && want.version != b.Version {
		c.OK = false
		c.Detail = fmt.Sprintf("expected version %s, running %s %s (%s)", want.version, b.Vendor, b.Version, b.Library)
		c.Fix = "the image or machine runs another build of the library than it was made for"
	}
	return c
}

func checkThreads(b benchfmt.BLAS, ncpu int) benchfmt.Check {
	c := benchfmt.Check{Name: "blas-threads", OK: true, Detail: fmt.Sprintf("%d thread(s) per call, %d CPU(s)", b.Threads, ncpu)}
	switch {
	case b.Threads < 1:
		c.OK = false
		c.Detail = fmt.Sprintf("the library reports %d threads", b.Threads)
		c.Fix = fixBLAS
	case b.Threads > ncpu:
		c.Warn = true
		c.Detail += ": more threads than CPUs oversubscribes the cores (set OPENBLAS_NUM_THREADS)"
	}
	return c
}

// numericCheck runs f, which returns a relative error and the bound it
// must meet, and turns a panic (a library that misbehaves badly enough for
// the Go side to notice) into a failed check.
func numericCheck(name, what, fix string, f func() (err, tol float64)) (c benchfmt.Check) {
	c = benchfmt.Check{Name: name}
	defer func() {
		if r := recover(); r != nil {
			c.OK = false
			c.Detail = fmt.Sprintf("%s: panicked: %v", what, r)
			c.Fix = fix
		}
	}()
	e, tol := f()
	c.OK = e <= tol // false for NaN
	c.Detail = fmt.Sprintf("%s: relative error %.1e (bound %.0e)", what, e, tol)
	if !c.OK {
		c.Fix = "the library computes wrong results: " + fix
	}
	return c
}

func randSlice(rnd *rand.Rand, n int) []float64 {
	s := make([]float64, n)
	for i := range s {
		s[i] = rnd.NormFloat64()
	}
	return s
}

// relFrobenius is ‖a−b‖_F / ‖b‖_F.
func relFrobenius(a, b []float64) float64 {
	var d, s float64
	for i := range a {
		d += (a[i] - b[i]) * (a[i] - b[i])
		s += b[i] * b[i]
	}
	return math.Sqrt(d / s)
}

// Bounds for the checks: a correct library lands near 1e-16 on these small
// Gaussian problems; a wrong one near 1. 1e-12 leaves room for any
// blocking or FMA use without letting a broken kernel through.
const checkTol = 1e-12

func dgemmCheck() (float64, float64) {
	const n = 64
	rnd := rand.New(rand.NewPCG(1, 64))
	a, b := randSlice(rnd, n*n), randSlice(rnd, n*n)
	c, ref := make([]float64, n*n), make([]float64, n*n)
	cblas.Implementation{}.Dgemm(blas.NoTrans, blas.NoTrans, n, n, n, 1, a, n, b, n, 0, c, n)
	gonum.Implementation{}.Dgemm(blas.NoTrans, blas.NoTrans, n, n, n, 1, a, n, b, n, 0, ref, n)
	return relFrobenius(c, ref), checkTol
}

func ddotCheck() (float64, float64) {
	const n = 4096
	rnd := rand.New(rand.NewPCG(1, n))
	x, y := randSlice(rnd, n), randSlice(rnd, n)
	got := cblas.Implementation{}.Ddot(n, x, 1, y, 1)
	want := gonum.Implementation{}.Ddot(n, x, 1, y, 1)
	var scale float64 // Σ|xᵢyᵢ|: the dot product's condition-free scale
	for i := range x {
		scale += math.Abs(x[i] * y[i])
	}
	return math.Abs(got-want) / scale, checkTol
}

func dgesvCheck() (float64, float64) {
	const n = 100
	rnd := rand.New(rand.NewPCG(1, n))
	a := randSlice(rnd, n*n)
	b := randSlice(rnd, n)
	lu, x := append([]float64(nil), a...), append([]float64(nil), b...)
	if !(lapacke.Implementation{}).Dgesv(n, 1, lu, n, make([]int, n), x, 1) {
		return math.Inf(1), checkTol
	}
	return scaledResidual(n, a, x, b), checkTol
}

// scaledResidual is ‖Ax−b‖∞ / (‖A‖∞‖x‖∞) for row-major n×n A: the
// backward error of a solve, of order ε for a stable method.
func scaledResidual(n int, a, x, b []float64) float64 {
	var r, na, nx float64
	for i := range n {
		s, rowsum := -b[i], 0.0
		for j := range n {
			s += a[i*n+j] * x[j]
			rowsum += math.Abs(a[i*n+j])
		}
		r, na = max(r, math.Abs(s)), max(na, rowsum)
	}
	for _, v := range x {
		nx = max(nx, math.Abs(v))
	}
	return r / (na * nx)
}

func fftCheck() (float64, float64) {
	const n = 64
	rnd := rand.New(rand.NewPCG(1, n))
	in := fftw.MakeAligned[complex128](n)
	for i := range in {
		in[i] = complex(rnd.NormFloat64(), rnd.NormFloat64())
	}
	out := fftw.MakeAligned[complex128](n)
	p, err := fftw.NewPlanDFT([]fftw.Dim{{N: n, InStride: 1, OutStride: 1}}, nil, fftw.Forward, nil)
	if err != nil {
		panic(err)
	}
	defer p.Close()
	if err := p.Execute(in, out); err != nil {
		panic(err)
	}
	var d, s float64
	for k := range n {
		ref := dftBin(in, k)
		d = max(d, cmplx.Abs(out[k]-ref))
		s = max(s, cmplx.Abs(ref))
	}
	return d / s, checkTol
}

// dftBin is X_k = Σ x_j e^{−2πi jk/n}, with jk reduced mod n before the
// angle is formed so the twiddles stay accurate for large n.
func dftBin(x []complex128, k int) complex128 {
	n := len(x)
	var sum complex128
	for j, v := range x {
		s, c := math.Sincos(-2 * math.Pi * float64((j*k)%n) / float64(n))
		sum += v * complex(c, s)
	}
	return sum
}

// debArch is Debian's multiarch triplet for the alternatives name.
func debArch() string {
	switch runtime.GOARCH {
	case "arm64":
		return "aarch64-linux-gnu"
	default:
		return "x86_64-linux-gnu"
	}
}
