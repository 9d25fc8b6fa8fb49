package fft

import (
	"fmt"
	"math"
	"math/cmplx"
	"testing"

	"github.com/goscipy/goscipy/internal/golden"
)

// Property tests: transforms and their inverses, Parseval's identity and
// the symmetries of real input. They use tol64 and tol32 (golden_test.go):
// a round trip adds the roundoff of two transforms, still far below them.

var (
	propLengths = []int{1, 2, 3, 4, 5, 7, 8, 17, 64, 100, 1009, 4096, 65537}
	norms       = []Norm{"", Backward, Ortho, Forward}
)

func maxErrReal(got, want []float64) float64 {
	return golden.MaxNormErr(toComplex(got), toComplex(want))
}

func TestRoundTripFFT(t *testing.T) {
	for _, n := range propLengths {
		x := complexInput(n, 3)
		for _, norm := range norms {
			o := &Options{Norm: norm}
			y, err := FFT(x, o)
			if err != nil {
				t.Fatal(err)
			}
			z, err := IFFT(y, o)
			if err != nil {
				t.Fatal(err)
			}
			if e := golden.MaxNormErr(z, x); e > tol64 {
				t.Errorf("n=%d norm=%q: IFFT(FFT(x)) error %.3g", n, norm, e)
			}
		}
	}
}

func TestRoundTripRFFT(t *testing.T) {
	for _, n := range propLengths {
		x := realInput(n, 4)
		for _, norm := range norms {
			o := &Options{Norm: norm, N: n}
			y, err := RFFT(x, o)
			if err != nil {
				t.Fatal(err)
			}
			if len(y) != n/2+1 {
				t.Fatalf("n=%d: RFFT length %d", n, len(y))
			}
			z, err := IRFFT(y, o)
			if err != nil {
				t.Fatal(err)
			}
			if e := maxErrReal(z, x); e > tol64 {
				t.Errorf("n=%d norm=%q: IRFFT(RFFT(x), n) error %.3g", n, norm, e)
			}
			// HFFT inverts IHFFT the same way.
			h, err := IHFFT(x, o)
			if err != nil {
				t.Fatal(err)
			}
			w, err := HFFT(h, o)
			if err != nil {
				t.Fatal(err)
			}
			if e := maxErrReal(w, x); e > tol64 {
				t.Errorf("n=%d norm=%q: HFFT(IHFFT(x), n) error %.3g", n, norm, e)
			}
		}
	}
}

// TestIRFFTDefaultLength checks IRFFT's default n = 2(m-1): an even-length
// signal comes back without giving N.
func TestIRFFTDefaultLength(t *testing.T) {
	x := realInput(10, 5)
	y, err := RFFT(x, nil)
	if err != nil {
		t.Fatal(err)
	}
	z, err := IRFFT(y, nil)
	if err != nil {
		t.Fatal(err)
	}
	if e := maxErrReal(z, x); len(z) != 10 || e > tol64 {
		t.Errorf("IRFFT(RFFT(x)) has %d points, error %.3g", len(z), e)
	}
}

func TestRoundTripTrig(t *testing.T) {
	orth := []*bool{nil, new(true), new(false)}
	for _, cosine := range []bool{true, false} {
		fwd, inv, name := DCT, IDCT, "DCT"
		if !cosine {
			fwd, inv, name = DST, IDST, "DST"
		}
		for typ := 1; typ <= 4; typ++ {
			for _, n := range propLengths {
				if cosine && typ == 1 && n < 2 {
					continue
				}
				x := realInput(n, 6)
				for _, norm := range norms {
					for _, ortho := range orth {
						o := &TrigOptions{Type: typ, Norm: norm, Orthogonalize: ortho}
						y, err := fwd(x, o)
						if err != nil {
							t.Fatal(err)
						}
						z, err := inv(y, o)
						if err != nil {
							t.Fatal(err)
						}
						if e := maxErrReal(z, x); e > tol64 {
							t.Errorf("%s-%d n=%d norm=%q orthogonalize=%v: inverse(forward(x)) error %.3g",
								name, typ, n, norm, fmtBool(ortho), e)
						}
					}
				}
			}
		}
	}
}

func fmtBool(b *bool) string {
	if b == nil {
		return "default"
	}
	return fmt.Sprint(*b)
}

func TestRoundTripND(t *testing.T) {
	shapes := []struct {
		shape, axes []int
	}{{[]int{4, 6}, nil}, {[]int{3, 5, 7}, []int{0, 2}}, {[]int{3, 5, 7}, []int{-1, 0}}, {[]int{2, 1, 9}, []int{1}}}
	for _, sh := range shapes {
		size := 1
		for _, d := range sh.shape {
			size *= d
		}
		for _, norm := range norms {
			o := &NDOptions{Axes: sh.axes, Norm: norm}
			x := complexInput(size, 7)
			y, s, err := FFTN(x, sh.shape, o)
			if err != nil {
				t.Fatal(err)
			}
			z, _, err := IFFTN(y, s, o)
			if err != nil {
				t.Fatal(err)
			}
			if e := golden.MaxNormErr(z, x); e > tol64 {
				t.Errorf("shape %v axes %v norm %q: IFFTN(FFTN(x)) error %.3g", sh.shape, sh.axes, norm, e)
			}
			xr := realInput(size, 8)
			ax := sh.axes
			if ax == nil {
				ax = []int{0, 1, 2}[:len(sh.shape)]
			}
			lens := make([]int, len(ax))
			for i, a := range ax {
				lens[i] = sh.shape[(a+len(sh.shape))%len(sh.shape)]
			}
			ro := &NDOptions{Axes: sh.axes, Norm: norm, S: lens}
			ry, rs, err := RFFTN(xr, sh.shape, ro)
			if err != nil {
				t.Fatal(err)
			}
			rz, zs, err := IRFFTN(ry, rs, ro)
			if err != nil {
				t.Fatal(err)
			}
			if e := maxErrReal(rz, xr); e > tol64 || fmt.Sprint(zs) != fmt.Sprint(sh.shape) {
				t.Errorf("shape %v axes %v norm %q: IRFFTN(RFFTN(x)) shape %v error %.3g", sh.shape, sh.axes, norm, zs, e)
			}
			for typ := 1; typ <= 4; typ++ {
				to := &TrigNDOptions{Type: typ, Axes: sh.axes, Norm: norm}
				for _, cosine := range []bool{true, false} {
					fwd, inv := DCTN, IDCTN
					if !cosine {
						fwd, inv = DSTN, IDSTN
					}
					ty, ts, err := fwd(xr, sh.shape, to)
					if cosine && typ == 1 && err != nil {
						continue // an axis of length 1 (DCT-I needs 2)
					}
					if err != nil {
						t.Fatal(err)
					}
					tz, _, err := inv(ty, ts, to)
					if err != nil {
						t.Fatal(err)
					}
					if e := maxErrReal(tz, xr); e > tol64 {
						t.Errorf("shape %v axes %v norm %q type %d cosine %v: inverse(forward) error %.3g", sh.shape, sh.axes, norm, typ, cosine, e)
					}
				}
			}
		}
	}
}

func TestRoundTrip32(t *testing.T) {
	for _, n := range []int{1, 5, 64, 1009, 4096} {
		x := to32(complexInput(n, 9)).([]complex64)
		y, err := FFT32(x, &Options{Norm: Ortho})
		if err != nil {
			t.Fatal(err)
		}
		z, err := IFFT32(y, &Options{Norm: Ortho})
		if err != nil {
			t.Fatal(err)
		}
		if e := golden.MaxNormErr(toComplex(z), toComplex(x)); e > tol32 {
			t.Errorf("n=%d: IFFT32(FFT32(x)) error %.3g", n, e)
		}
		xr := to32(realInput(n, 10)).([]float32)
		ry, err := RFFT32(xr, nil)
		if err != nil {
			t.Fatal(err)
		}
		rz, err := IRFFT32(ry, &Options{N: n})
		if err != nil {
			t.Fatal(err)
		}
		if e := golden.MaxNormErr(toComplex(rz), toComplex(xr)); e > tol32 {
			t.Errorf("n=%d: IRFFT32(RFFT32(x)) error %.3g", n, e)
		}
		for typ := 1; typ <= 4; typ++ {
			if typ == 1 && n < 2 {
				continue
			}
			o := &TrigOptions{Type: typ, Norm: Ortho}
			ty, err := DCT32(xr, o)
			if err != nil {
				t.Fatal(err)
			}
			tz, err := IDCT32(ty, o)
			if err != nil {
				t.Fatal(err)
			}
			if e := golden.MaxNormErr(toComplex(tz), toComplex(xr)); e > tol32 {
				t.Errorf("n=%d type %d: IDCT32(DCT32(x)) error %.3g", n, typ, e)
			}
		}
	}
}

func norm2C(x []complex128) float64 {
	var s float64
	for _, v := range x {
		s += real(v)*real(v) + imag(v)*imag(v)
	}
	return math.Sqrt(s)
}

func norm2R(x []float64) float64 {
	var s float64
	for _, v := range x {
		s += v * v
	}
	return math.Sqrt(s)
}

// TestParsevalOrtho checks that the Ortho transforms preserve the 2-norm:
// FFT, RFFT (counting the implied conjugate half), FFTN, and the DCTs and
// DSTs that SciPy 1.10 makes orthogonal, all except DST-II and DST-III
// (their orthogonalisation scales the wrong end, scipy/scipy#18452, which
// this package reproduces; TestDSTOrthoIsSciPy110 pins that down).
func TestParsevalOrtho(t *testing.T) {
	o := &Options{Norm: Ortho}
	for _, n := range propLengths {
		x := complexInput(n, 11)
		y, err := FFT(x, o)
		if err != nil {
			t.Fatal(err)
		}
		if r := golden.RelErr(norm2C(y), norm2C(x)); r > tol64 {
			t.Errorf("n=%d: ‖FFT(x)‖/‖x‖ - 1 = %.3g", n, r)
		}
		xr := realInput(n, 12)
		ry, err := RFFT(xr, o)
		if err != nil {
			t.Fatal(err)
		}
		var e float64
		for k, v := range ry {
			w := 2.0 // a frequency and its conjugate twin
			if k == 0 || 2*k == n {
				w = 1
			}
			e += w * (real(v)*real(v) + imag(v)*imag(v))
		}
		if r := golden.RelErr(math.Sqrt(e), norm2R(xr)); r > tol64 {
			t.Errorf("n=%d: RFFT energy relative error %.3g", n, r)
		}
		for typ := 1; typ <= 4; typ++ {
			for _, cosine := range []bool{true, false} {
				if !cosine && (typ == 2 || typ == 3) || cosine && typ == 1 && n < 2 {
					continue
				}
				f := DCT
				if !cosine {
					f = DST
				}
				ty, err := f(xr, &TrigOptions{Type: typ, Norm: Ortho})
				if err != nil {
					t.Fatal(err)
				}
				if r := golden.RelErr(norm2R(ty), norm2R(xr)); r > tol64 {
					t.Errorf("n=%d type %d cosine %v: ‖y‖/‖x‖ - 1 = %.3g", n, typ, cosine, r)
				}
			}
		}
	}
	x := complexInput(3*5*7, 13)
	y, _, err := FFTN(x, []int{3, 5, 7}, &NDOptions{Norm: Ortho})
	if err != nil {
		t.Fatal(err)
	}
	if r := golden.RelErr(norm2C(y), norm2C(x)); r > tol64 {
		t.Errorf("FFTN: ‖y‖/‖x‖ - 1 = %.3g", r)
	}
}

// TestTrigOrthoIsOrthogonal checks that every DCT and DST type under Ortho
// is an orthogonal transform: it keeps the Euclidean norm (Parseval) and
// its inverse is its transpose, which for the DST-II/III needs the last
// element scaled (SciPy after PR #18613), not the first (SciPy 1.10).
func TestTrigOrthoIsOrthogonal(t *testing.T) {
	for _, n := range []int{1, 2, 3, 5, 8, 17} {
		for typ := 1; typ <= 4; typ++ {
			for _, f := range []struct {
				name string
				fn   func([]float64, *TrigOptions) ([]float64, error)
			}{{"DCT", DCT}, {"DST", DST}} {
				if f.name == "DCT" && typ == 1 && n < 2 {
					continue // DCT-I needs n ≥ 2
				}
				x := realInput(n, 20+typ)
				y, err := f.fn(x, &TrigOptions{Type: typ, Norm: Ortho})
				if err != nil {
					t.Fatal(err)
				}
				nx, ny := norm2R(x), norm2R(y)
				if math.Abs(nx-ny) > tol64*nx {
					t.Errorf("%s-%d n=%d: ‖y‖ = %v, ‖x‖ = %v", f.name, typ, n, ny, nx)
				}
				// Orthogonality: the transform of each unit vector e_j has
				// unit norm and is orthogonal to that of e_k.
				cols := make([][]float64, n)
				for j := range n {
					e := make([]float64, n)
					e[j] = 1
					cols[j], _ = f.fn(e, &TrigOptions{Type: typ, Norm: Ortho})
				}
				for j := range n {
					for k := range n {
						var d float64
						for i := range n {
							d += cols[j][i] * cols[k][i]
						}
						want := 0.0
						if j == k {
							want = 1
						}
						if math.Abs(d-want) > 1e-14 {
							t.Fatalf("%s-%d n=%d: column %d · column %d = %v, want %v", f.name, typ, n, j, k, d, want)
						}
					}
				}
			}
		}
	}
}

// TestHermitianSymmetry checks the symmetry of real input's spectrum:
// FFT(x)[k] = conj(FFT(x)[n-k]), RFFT is the first half of FFT, and the
// N-D spectrum satisfies y[k] = conj(y[-k]) over all axes.
func TestHermitianSymmetry(t *testing.T) {
	for _, n := range propLengths {
		xr := realInput(n, 15)
		xc := toComplex(xr)
		y, err := FFT(xc, nil)
		if err != nil {
			t.Fatal(err)
		}
		scale := norm2C(y) + 1
		for k := range n {
			if d := cmplx.Abs(y[k] - cmplx.Conj(y[(n-k)%n])); d > tol64*scale {
				t.Errorf("n=%d: y[%d] - conj(y[%d]) = %.3g", n, k, (n-k)%n, d)
				break
			}
		}
		ry, err := RFFT(xr, nil)
		if err != nil {
			t.Fatal(err)
		}
		if e := golden.MaxNormErr(ry, y[:n/2+1]); e > tol64 {
			t.Errorf("n=%d: RFFT differs from the first half of FFT by %.3g", n, e)
		}
		if imag(ry[0]) != 0 || n%2 == 0 && imag(ry[n/2]) != 0 {
			t.Errorf("n=%d: RFFT's DC or Nyquist term is not real: %v", n, ry)
		}
	}
	shape := []int{4, 5, 6}
	xr := realInput(120, 16)
	y, _, err := FFTN(toComplex(xr), shape, nil)
	if err != nil {
		t.Fatal(err)
	}
	scale := norm2C(y)
	for i := range 4 {
		for j := range 5 {
			for k := range 6 {
				a := y[(i*5+j)*6+k]
				b := y[(((4-i)%4)*5+(5-j)%5)*6+(6-k)%6]
				if d := cmplx.Abs(a - cmplx.Conj(b)); d > tol64*scale {
					t.Fatalf("FFTN: y[%d,%d,%d] - conj(y[-%d,-%d,-%d]) = %.3g", i, j, k, i, j, k, d)
				}
			}
		}
	}
}
