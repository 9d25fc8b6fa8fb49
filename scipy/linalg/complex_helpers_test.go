package linalg

import (
	"math"
	"math/cmplx"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/goscipy/goscipy/internal/golden"
)

// Test helpers for the complex-input functions (prefix cx).

// cxRand returns an r×c matrix with standard normal real and imaginary
// parts from a fixed seed.
func cxRand(r, c int, seed uint64) *mat.CDense {
	rnd := rand.New(rand.NewPCG(seed, 43))
	d := make([]complex128, r*c)
	for i := range d {
		d[i] = complex(rnd.NormFloat64(), rnd.NormFloat64())
	}
	return mat.NewCDense(r, c, d)
}

// cxHPD returns a random Hermitian positive definite n×n matrix.
func cxHPD(n int, seed uint64) *mat.CDense {
	m := cxRand(n, n, seed)
	p := cxMul(m, m.H())
	for i := 0; i < n; i++ {
		p.Set(i, i, p.At(i, i)+complex(float64(n), 0))
	}
	return p
}

// cxHerm returns a random Hermitian (indefinite) n×n matrix.
func cxHerm(n int, seed uint64) *mat.CDense {
	m := cxRand(n, n, seed)
	h := mat.NewCDense(n, n, nil)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			h.Set(i, j, (m.At(i, j)+cmplx.Conj(m.At(j, i)))/2)
		}
	}
	return h
}

// cxMul returns a·b by the definition (test reference, no BLAS).
func cxMul(a, b mat.CMatrix) *mat.CDense {
	m, k := a.Dims()
	_, n := b.Dims()
	if m == 0 || n == 0 {
		return &mat.CDense{}
	}
	p := mat.NewCDense(m, n, nil)
	for i := 0; i < m; i++ {
		for j := 0; j < n; j++ {
			var s complex128
			for l := 0; l < k; l++ {
				s += a.At(i, l) * b.At(l, j)
			}
			p.Set(i, j, s)
		}
	}
	return p
}

// cxMaxAbs is the largest modulus of an element of m.
func cxMaxAbs(m mat.CMatrix) float64 {
	r, c := m.Dims()
	var mx float64
	for i := 0; i < r; i++ {
		for j := 0; j < c; j++ {
			mx = math.Max(mx, cmplx.Abs(m.At(i, j)))
		}
	}
	return mx
}

// cxDiff is max|got−want| / max|want| (the difference itself when want is
// zero): the error of a matrix result relative to its scale. Shapes must
// agree; NaN on one side only gives +Inf.
func cxDiff(t *testing.T, got, want mat.CMatrix) float64 {
	t.Helper()
	gr, gc := got.Dims()
	wr, wc := want.Dims()
	if gr != wr || gc != wc {
		t.Fatalf("shape %d×%d, want %d×%d", gr, gc, wr, wc)
	}
	var num, den float64
	for i := 0; i < wr; i++ {
		for j := 0; j < wc; j++ {
			g, w := got.At(i, j), want.At(i, j)
			if cmplx.IsNaN(g) != cmplx.IsNaN(w) {
				return math.Inf(1)
			}
			num = math.Max(num, cmplx.Abs(g-w))
			den = math.Max(den, cmplx.Abs(w))
		}
	}
	if den == 0 {
		return num
	}
	return num / den
}

// cxResidual is ‖a x − b‖_max / (‖a‖_max ‖x‖_max n + ‖b‖_max), a backward
// error that is O(eps) for any backward-stable solver.
func cxResidual(a, x, b mat.CMatrix) float64 {
	n, _ := a.Dims()
	ax := cxMul(a, x)
	r, c := b.Dims()
	var num float64
	for i := 0; i < r; i++ {
		for j := 0; j < c; j++ {
			num = math.Max(num, cmplx.Abs(ax.At(i, j)-b.At(i, j)))
		}
	}
	return num / (cxMaxAbs(a)*cxMaxAbs(x)*float64(n) + cxMaxAbs(b))
}

// cxUnitaryErr is max|QᴴQ − I| for a matrix with orthonormal columns.
func cxUnitaryErr(q mat.CMatrix) float64 {
	p := cxMul(q.H(), q)
	n, _ := p.Dims()
	for i := 0; i < n; i++ {
		p.Set(i, i, p.At(i, i)-1)
	}
	return cxMaxAbs(p)
}

// cxCol returns column j of m.
func cxCol(m mat.CMatrix, j int) []complex128 {
	r, _ := m.Dims()
	v := make([]complex128, r)
	for i := range v {
		v[i] = m.At(i, j)
	}
	return v
}

// cxPhaseDist is min over θ of ‖u − e^{iθ}v‖₂ / ‖v‖₂: the distance between
// two vectors that are each determined only up to a complex unit factor.
func cxPhaseDist(u, v []complex128) float64 {
	var uv complex128
	var vv float64
	for i := range u {
		uv += cmplx.Conj(v[i]) * u[i]
		vv += real(v[i])*real(v[i]) + imag(v[i])*imag(v[i])
	}
	if vv == 0 {
		var uu float64
		for _, x := range u {
			uu += real(x)*real(x) + imag(x)*imag(x)
		}
		return math.Sqrt(uu)
	}
	ph := complex(1, 0)
	if m := cmplx.Abs(uv); m > 0 {
		ph = uv / complex(m, 0)
	}
	var d float64
	for i := range u {
		e := u[i] - ph*v[i]
		d += real(e)*real(e) + imag(e)*imag(e)
	}
	return math.Sqrt(d / vv)
}

// goldenComplex is the golden files' complex element type.
type goldenComplex = golden.Complex

// cxCopy returns a new copy of m.
func cxCopy(m mat.CMatrix) *mat.CDense {
	r, c := m.Dims()
	if r == 0 || c == 0 {
		return &mat.CDense{}
	}
	d := mat.NewCDense(r, c, nil)
	d.Copy(m)
	return d
}
