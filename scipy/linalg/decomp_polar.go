package linalg

import (
	"math/cmplx"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/mat"
)

// PolarOptions are the options of Polar and PolarC. The zero value (or
// nil) is SciPy's default: side="right".
type PolarOptions struct {
	// Side is "right" (a = U·P, P n×n; the default when empty) or "left"
	// (a = P·U, P m×m).
	Side string
}

// PolarResult is the polar decomposition of Polar.
type PolarResult struct {
	U *mat.Dense // m×n with orthonormal columns (m >= n) or rows (m < n)
	P *mat.Dense // symmetric positive semidefinite, n×n ("right") or m×m ("left")
}

// PolarResultC is the polar decomposition of PolarC.
type PolarResultC struct {
	U *mat.CDense // m×n, orthonormal columns or rows
	P *mat.CDense // Hermitian positive semidefinite
}

// Polar computes the polar decomposition of the m×n matrix a, like
// scipy.linalg.polar: a = U·P ("right") or a = P·U ("left"), from the
// economy SVD a = W·diag(s)·Vh (dgesdd): U = W·Vh, and P = Vhᵀ·diag(s)·Vh
// or W·diag(s)·Wᵀ. P is unique; U is unique when a has full rank. An empty
// a gives empty factors (SciPy 1.10 raises on empty input).
//
// Errors: ErrShape for nil a, ErrValue for an unknown Side, ErrNotFinite
// (always checked, as SciPy's svd does), ErrNoConvergence if the SVD
// fails.
func Polar(a mat.Matrix, opts *PolarOptions) (res *PolarResult, err error) {
	const fn = "Polar"
	defer recoverTo(fn, &err)
	left, err := polarSide(fn, opts)
	if err != nil {
		return nil, err
	}
	m, n, err := dims(fn, "a", a)
	if err != nil {
		return nil, err
	}
	if m == 0 || n == 0 {
		p := n
		if left {
			p = m
		}
		return &PolarResult{U: newDense(m, n, nil), P: newDense(p, p, make([]float64, p*p))}, nil
	}
	s, err := svd(fn, a, &SVDOptions{Economy: true}, true)
	if err != nil {
		return nil, err
	}
	u := mul(s.U, s.Vh)
	// x is n×k (Vhᵀ) or m×k (W); P = (x·diag(s))·xᵀ.
	var x mat.Matrix = s.Vh.T()
	if left {
		x = s.U
	}
	r, k := x.Dims()
	xd := make([]float64, r*k)
	xs := make([]float64, r*k)
	for i := 0; i < r; i++ {
		for j := 0; j < k; j++ {
			v := x.At(i, j)
			xd[i*k+j] = v
			xs[i*k+j] = v * s.S[j]
		}
	}
	p := make([]float64, r*r)
	nativeBLAS.Dgemm(blas.NoTrans, blas.Trans, r, r, k, 1, xs, k, xd, k, 0, p, r)
	return &PolarResult{U: u, P: mat.NewDense(r, r, p)}, nil
}

// PolarC is Polar for complex a, like scipy.linalg.polar with complex
// input: U = W·Vh and P = Vhᴴ·diag(s)·Vh ("right") or W·diag(s)·Wᴴ
// ("left"), Hermitian positive semidefinite.
//
// Errors: as Polar.
func PolarC(a mat.CMatrix, opts *PolarOptions) (res *PolarResultC, err error) {
	const fn = "PolarC"
	defer recoverTo(fn, &err)
	left, err := polarSide(fn, opts)
	if err != nil {
		return nil, err
	}
	m, n, err := cdims(fn, "a", a)
	if err != nil {
		return nil, err
	}
	if m == 0 || n == 0 {
		p := n
		if left {
			p = m
		}
		return &PolarResultC{U: newCDense(m, n, nil), P: newCDense(p, p, make([]complex128, p*p))}, nil
	}
	s, err := cplxSVD(fn, a, &SVDOptions{Economy: true}, true)
	if err != nil {
		return nil, err
	}
	k := len(s.S)
	w, vh := s.U, s.Vh
	ud := make([]complex128, m*n)
	for i := 0; i < m; i++ {
		for l := 0; l < k; l++ {
			wil := w.At(i, l)
			for j := 0; j < n; j++ {
				ud[i*n+j] += wil * vh.At(l, j)
			}
		}
	}
	u := mat.NewCDense(m, n, ud)
	// x is n×k (Vhᴴ) or m×k (W); P = x·diag(s)·xᴴ.
	var x mat.CMatrix = vh.H()
	if left {
		x = w
	}
	r, _ := x.Dims()
	pd := make([]complex128, r*r)
	for i := 0; i < r; i++ {
		for j := 0; j < r; j++ {
			var sum complex128
			for l := 0; l < k; l++ {
				sum += x.At(i, l) * complex(s.S[l], 0) * cmplx.Conj(x.At(j, l))
			}
			pd[i*r+j] = sum
		}
	}
	return &PolarResultC{U: u, P: mat.NewCDense(r, r, pd)}, nil
}

// polarSide validates PolarOptions.Side and reports whether it is "left".
func polarSide(fn string, opts *PolarOptions) (bool, error) {
	side := ""
	if opts != nil {
		side = opts.Side
	}
	switch side {
	case "", "right":
		return false, nil
	case "left":
		return true, nil
	}
	return false, newErr(ErrValue, fn, "opts.Side", "%q is not \"right\" or \"left\"", side)
}
