package lapacke

import (
	"fmt"
	"math"
	"math/cmplx"
	"math/rand/v2"
	"testing"
)

// Helpers for the driver tests. Matrices are row-major with a leading
// dimension larger than the column count where possible, and the padding
// holds a sentinel so that a write outside the matrix is caught.

const drvPad = -12345.678 // sentinel in the padding columns

var drvPadZ = complex(drvPad, drvPad)

// drvNewRand returns the deterministic source every driver test uses.
func drvNewRand(seed uint64) *rand.Rand { return rand.New(rand.NewPCG(seed, 0x5eed)) }

// drvGe returns an r×c matrix of uniform(-1,1) values with leading
// dimension ld (padding set to the sentinel).
func drvGe(rnd *rand.Rand, r, c, ld int) []float64 {
	a := make([]float64, max(0, (r-1)*ld+c))
	if r == 0 {
		return a
	}
	for i := range a {
		a[i] = drvPad
	}
	for i := 0; i < r; i++ {
		for j := 0; j < c; j++ {
			a[i*ld+j] = 2*rnd.Float64() - 1
		}
	}
	return a
}

// zdrvGe is drvGe for complex data.
func zdrvGe(rnd *rand.Rand, r, c, ld int) []complex128 {
	a := make([]complex128, max(0, (r-1)*ld+c))
	if r == 0 {
		return a
	}
	for i := range a {
		a[i] = drvPadZ
	}
	for i := 0; i < r; i++ {
		for j := 0; j < c; j++ {
			a[i*ld+j] = complex(2*rnd.Float64()-1, 2*rnd.Float64()-1)
		}
	}
	return a
}

// drvCheckPad reports whether the padding of the r×c matrix a (leading
// dimension ld) still holds the sentinel.
func drvCheckPad(t *testing.T, name string, a []float64, r, c, ld int) {
	t.Helper()
	for i := 0; i < r; i++ {
		for j := c; j < ld && i*ld+j < len(a); j++ {
			if a[i*ld+j] != drvPad {
				t.Errorf("%s: padding modified at (%d,%d)", name, i, j)
				return
			}
		}
	}
}

// zdrvCheckPad is drvCheckPad for complex data.
func zdrvCheckPad(t *testing.T, name string, a []complex128, r, c, ld int) {
	t.Helper()
	zdrvCheckPadWith(t, name, a, r, c, ld, drvPadZ)
}

// zdrvCheckPadWith is zdrvCheckPad with a given sentinel (complex(drvPad, 0)
// where real routines ran on the real parts).
func zdrvCheckPadWith(t *testing.T, name string, a []complex128, r, c, ld int, pad complex128) {
	t.Helper()
	for i := 0; i < r; i++ {
		for j := c; j < ld && i*ld+j < len(a); j++ {
			if a[i*ld+j] != pad {
				t.Errorf("%s: padding modified at (%d,%d)", name, i, j)
				return
			}
		}
	}
}

// drvMat is a dense row-major test matrix with its own storage.
type drvMat struct {
	r, c int
	d    []float64
}

func drvMatOf(a []float64, r, c, ld int) drvMat {
	m := drvMat{r, c, make([]float64, r*c)}
	for i := 0; i < r; i++ {
		copy(m.d[i*c:i*c+c], a[i*ld:i*ld+c])
	}
	return m
}

func (m drvMat) at(i, j int) float64 { return m.d[i*m.c+j] }

func (m drvMat) T() drvMat {
	t := drvMat{m.c, m.r, make([]float64, m.r*m.c)}
	for i := 0; i < m.r; i++ {
		for j := 0; j < m.c; j++ {
			t.d[j*m.r+i] = m.d[i*m.c+j]
		}
	}
	return t
}

func (m drvMat) mul(b drvMat) drvMat {
	if m.c != b.r {
		panic("drvMat.mul: shape")
	}
	p := drvMat{m.r, b.c, make([]float64, m.r*b.c)}
	for i := 0; i < m.r; i++ {
		for k := 0; k < m.c; k++ {
			v := m.d[i*m.c+k]
			for j := 0; j < b.c; j++ {
				p.d[i*b.c+j] += v * b.d[k*b.c+j]
			}
		}
	}
	return p
}

func (m drvMat) sub(b drvMat) drvMat {
	p := drvMat{m.r, m.c, make([]float64, len(m.d))}
	for i := range m.d {
		p.d[i] = m.d[i] - b.d[i]
	}
	return p
}

// norm1 is the maximum absolute column sum.
func (m drvMat) norm1() float64 {
	var mx float64
	for j := 0; j < m.c; j++ {
		var s float64
		for i := 0; i < m.r; i++ {
			s += math.Abs(m.d[i*m.c+j])
		}
		mx = max(mx, s)
	}
	return mx
}

// maxAbs is the largest absolute element.
func (m drvMat) maxAbs() float64 {
	var mx float64
	for _, v := range m.d {
		mx = max(mx, math.Abs(v))
	}
	return mx
}

func drvEye(n int) drvMat {
	m := drvMat{n, n, make([]float64, n*n)}
	for i := 0; i < n; i++ {
		m.d[i*n+i] = 1
	}
	return m
}

// zdrvMat is drvMat for complex data.
type zdrvMat struct {
	r, c int
	d    []complex128
}

func zdrvMatOf(a []complex128, r, c, ld int) zdrvMat {
	m := zdrvMat{r, c, make([]complex128, r*c)}
	for i := 0; i < r; i++ {
		copy(m.d[i*c:i*c+c], a[i*ld:i*ld+c])
	}
	return m
}

func (m zdrvMat) at(i, j int) complex128 { return m.d[i*m.c+j] }

// H is the conjugate transpose.
func (m zdrvMat) H() zdrvMat {
	t := zdrvMat{m.c, m.r, make([]complex128, m.r*m.c)}
	for i := 0; i < m.r; i++ {
		for j := 0; j < m.c; j++ {
			t.d[j*m.r+i] = cmplx.Conj(m.d[i*m.c+j])
		}
	}
	return t
}

// T is the plain transpose.
func (m zdrvMat) T() zdrvMat {
	t := zdrvMat{m.c, m.r, make([]complex128, m.r*m.c)}
	for i := 0; i < m.r; i++ {
		for j := 0; j < m.c; j++ {
			t.d[j*m.r+i] = m.d[i*m.c+j]
		}
	}
	return t
}

func (m zdrvMat) mul(b zdrvMat) zdrvMat {
	if m.c != b.r {
		panic("zdrvMat.mul: shape")
	}
	p := zdrvMat{m.r, b.c, make([]complex128, m.r*b.c)}
	for i := 0; i < m.r; i++ {
		for k := 0; k < m.c; k++ {
			v := m.d[i*m.c+k]
			for j := 0; j < b.c; j++ {
				p.d[i*b.c+j] += v * b.d[k*b.c+j]
			}
		}
	}
	return p
}

func (m zdrvMat) sub(b zdrvMat) zdrvMat {
	p := zdrvMat{m.r, m.c, make([]complex128, len(m.d))}
	for i := range m.d {
		p.d[i] = m.d[i] - b.d[i]
	}
	return p
}

func (m zdrvMat) norm1() float64 {
	var mx float64
	for j := 0; j < m.c; j++ {
		var s float64
		for i := 0; i < m.r; i++ {
			s += cmplx.Abs(m.d[i*m.c+j])
		}
		mx = max(mx, s)
	}
	return mx
}

func (m zdrvMat) maxAbs() float64 {
	var mx float64
	for _, v := range m.d {
		mx = max(mx, cmplx.Abs(v))
	}
	return mx
}

func zdrvEye(n int) zdrvMat {
	m := zdrvMat{n, n, make([]complex128, n*n)}
	for i := 0; i < n; i++ {
		m.d[i*n+i] = 1
	}
	return m
}

// drvSPD returns a random n×n symmetric positive definite matrix with
// leading dimension ld: MᵀM + n*I.
func drvSPD(rnd *rand.Rand, n, ld int) []float64 {
	m := drvMatOf(drvGe(rnd, n, n, n), n, n, n)
	p := m.T().mul(m)
	a := drvGe(rnd, n, n, ld)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			a[i*ld+j] = p.at(i, j)
		}
		a[i*ld+i] += float64(n)
	}
	return a
}

// zdrvHPD returns a random n×n Hermitian positive definite matrix.
func zdrvHPD(rnd *rand.Rand, n, ld int) []complex128 {
	m := zdrvMatOf(zdrvGe(rnd, n, n, n), n, n, n)
	p := m.H().mul(m)
	a := zdrvGe(rnd, n, n, ld)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			a[i*ld+j] = p.at(i, j)
		}
		a[i*ld+i] = complex(real(a[i*ld+i])+float64(n), 0)
	}
	return a
}

// drvSym returns a random symmetric (indefinite) matrix.
func drvSym(rnd *rand.Rand, n, ld int) []float64 {
	a := drvGe(rnd, n, n, ld)
	for i := 0; i < n; i++ {
		for j := 0; j < i; j++ {
			a[i*ld+j] = a[j*ld+i]
		}
	}
	return a
}

// zdrvHerm returns a random Hermitian (indefinite) matrix.
func zdrvHerm(rnd *rand.Rand, n, ld int) []complex128 {
	a := zdrvGe(rnd, n, n, ld)
	for i := 0; i < n; i++ {
		a[i*ld+i] = complex(real(a[i*ld+i]), 0)
		for j := 0; j < i; j++ {
			a[i*ld+j] = cmplx.Conj(a[j*ld+i])
		}
	}
	return a
}

// zdrvSymC returns a random complex symmetric matrix (A = Aᵀ).
func zdrvSymC(rnd *rand.Rand, n, ld int) []complex128 {
	a := zdrvGe(rnd, n, n, ld)
	for i := 0; i < n; i++ {
		for j := 0; j < i; j++ {
			a[i*ld+j] = a[j*ld+i]
		}
	}
	return a
}

// drvScramble overwrites the triangle opposite to upper (true: the strictly
// lower triangle) with garbage, to prove a routine does not read it.
func drvScramble(a []float64, n, ld int, upper bool) {
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			if (upper && j < i) || (!upper && j > i) {
				a[i*ld+j] = 1e30
			}
		}
	}
}

func zdrvScramble(a []complex128, n, ld int, upper bool) {
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			if (upper && j < i) || (!upper && j > i) {
				a[i*ld+j] = complex(1e30, -1e30)
			}
		}
	}
}

// drvResidual returns ‖A*X - B‖₁ / (‖A‖₁ ‖X‖₁ n ε), the scaled residual
// LAPACK's own tests use; values of order 1 (< 100 here) mean a backward
// stable solve, independent of the condition number.
func drvResidual(a, x, b drvMat) float64 {
	r := a.mul(x).sub(b).norm1()
	den := a.norm1() * x.norm1() * float64(max(1, a.c)) * 0x1p-52
	if den == 0 {
		return r
	}
	return r / den
}

func zdrvResidual(a, x, b zdrvMat) float64 {
	r := a.mul(x).sub(b).norm1()
	den := a.norm1() * x.norm1() * float64(max(1, a.c)) * 0x1p-52
	if den == 0 {
		return r
	}
	return r / den
}

// drvPanics checks that f panics with exactly msg.
func drvPanics(t *testing.T, name, msg string, f func()) {
	t.Helper()
	got := func() (r any) {
		defer func() { r = recover() }()
		f()
		return nil
	}()
	if got == nil {
		t.Errorf("%s: did not panic, want %q", name, msg)
		return
	}
	if s := fmt.Sprint(got); s != msg {
		t.Errorf("%s: panic %q, want %q", name, s, msg)
	}
}

// drvLWorks returns the lwork values a sweep tries: the minimum, the
// optimum LAPACK reported, and one in between.
func drvLWorks(minimum, optimum int) []int {
	ws := []int{minimum}
	if optimum > minimum+1 {
		ws = append(ws, (minimum+optimum)/2)
	}
	if optimum > minimum {
		ws = append(ws, optimum)
	}
	return ws
}

// drvSizes are the matrix orders most tests sweep: 0, tiny, around LAPACK's
// block size crossover, and above it.
var drvSizes = []int{0, 1, 2, 3, 5, 10, 33, 70}
