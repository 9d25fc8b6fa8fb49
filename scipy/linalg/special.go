package linalg

import (
	"math"
	"math/cmplx"

	"gonum.org/v1/gonum/mat"
)

// Kron returns the Kronecker product of the m×n a and p×q b, an mp×nq
// matrix, like scipy.linalg.kron. Errors: ErrShape for nil input.
func Kron(a, b mat.Matrix) (k *mat.Dense, err error) {
	const fn = "Kron"
	defer recoverTo(fn, &err)
	m, n, err := dims(fn, "a", a)
	if err != nil {
		return nil, err
	}
	p, q, err := dims(fn, "b", b)
	if err != nil {
		return nil, err
	}
	d := make([]float64, m*p*n*q)
	for i := 0; i < m; i++ {
		for j := 0; j < n; j++ {
			aij := a.At(i, j)
			for r := 0; r < p; r++ {
				for s := 0; s < q; s++ {
					d[(i*p+r)*n*q+j*q+s] = aij * b.At(r, s)
				}
			}
		}
	}
	return newDense(m*p, n*q, d), nil
}

// BlockDiag returns the block diagonal matrix with the given blocks on its
// diagonal, like scipy.linalg.block_diag. Empty blocks contribute nothing
// (SciPy keeps a 0×n block's columns; gonum has no 0×n matrix). Errors:
// ErrShape for a nil block.
func BlockDiag(blocks ...mat.Matrix) (bd *mat.Dense, err error) {
	const fn = "BlockDiag"
	defer recoverTo(fn, &err)
	var rows, cols int
	for _, b := range blocks {
		r, c, err := dims(fn, "blocks", b)
		if err != nil {
			return nil, err
		}
		rows, cols = rows+r, cols+c
	}
	d := make([]float64, rows*cols)
	var r0, c0 int
	for _, b := range blocks {
		r, c := b.Dims()
		for i := 0; i < r; i++ {
			for j := 0; j < c; j++ {
				d[(r0+i)*cols+c0+j] = b.At(i, j)
			}
		}
		r0, c0 = r0+r, c0+c
	}
	return newDense(rows, cols, d), nil
}

// Toeplitz returns the len(c)×len(r) Toeplitz matrix with first column c
// and first row r (r[0] is ignored; c[0] is the diagonal), like
// scipy.linalg.toeplitz. A nil r means r = c (a symmetric Toeplitz matrix).
func Toeplitz(c, r []float64) *mat.Dense {
	if r == nil {
		r = c
	}
	m, n := len(c), len(r)
	d := make([]float64, m*n)
	for i := 0; i < m; i++ {
		for j := 0; j < n; j++ {
			if i >= j {
				d[i*n+j] = c[i-j]
			} else {
				d[i*n+j] = r[j-i]
			}
		}
	}
	return newDense(m, n, d)
}

// Circulant returns the n×n circulant matrix whose first column is c, like
// scipy.linalg.circulant.
func Circulant(c []float64) *mat.Dense {
	n := len(c)
	d := make([]float64, n*n)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			d[i*n+j] = c[((i-j)%n+n)%n]
		}
	}
	return newDense(n, n, d)
}

// Hankel returns the len(c)×len(r) Hankel matrix with first column c and
// last row r (r[0] is ignored: c's last element wins), like
// scipy.linalg.hankel. A nil r means zeros.
func Hankel(c, r []float64) *mat.Dense {
	m := len(c)
	n := m
	if r != nil {
		n = len(r)
	}
	d := make([]float64, m*n)
	for i := 0; i < m; i++ {
		for j := 0; j < n; j++ {
			switch k := i + j; {
			case k < m:
				d[i*n+j] = c[k]
			case r != nil:
				d[i*n+j] = r[k-m+1]
			}
		}
	}
	return newDense(m, n, d)
}

// Hilbert returns the n×n Hilbert matrix H[i,j] = 1/(i+j+1), like
// scipy.linalg.hilbert (n < 0 gives an empty matrix).
func Hilbert(n int) *mat.Dense {
	n = max(n, 0)
	d := make([]float64, n*n)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			d[i*n+j] = 1 / float64(i+j+1)
		}
	}
	return newDense(n, n, d)
}

// InvHilbert returns the inverse of the n×n Hilbert matrix in floating
// point, like scipy.linalg.invhilbert with exact=False. Its integer entries
// are exact while they fit in 53 bits (n <= 13); beyond n ≈ 14 they are
// rounded as SciPy's float results are.
func InvHilbert(n int) *mat.Dense {
	n = max(n, 0)
	d := make([]float64, n*n)
	for i := 0; i < n; i++ {
		for j := 0; j <= i; j++ {
			s := float64(i + j + 1)
			if (i+j)%2 == 1 {
				s = -s
			}
			v := s * binom(n+i, n-j-1) * binom(n+j, n-i-1) * binom(i+j, i) * binom(i+j, i)
			d[i*n+j], d[j*n+i] = v, v
		}
	}
	return newDense(n, n, d)
}

// binom is the binomial coefficient C(n, k) in floating point (exact while
// it fits in 53 bits).
func binom(n, k int) float64 {
	if k < 0 || k > n {
		return 0
	}
	k = min(k, n-k)
	r := 1.0
	for i := 1; i <= k; i++ {
		r = r * float64(n-k+i) / float64(i)
	}
	return math.Round(r)
}

// Companion returns the companion matrix of the polynomial with
// coefficients a (highest degree first), like scipy.linalg.companion: its
// first row is -a[1:]/a[0] and its subdiagonal ones.
//
// Errors: ErrValue (naming "a") if len(a) < 2 or a[0] == 0.
func Companion(a []float64) (*mat.Dense, error) {
	const fn = "Companion"
	if len(a) < 2 {
		return nil, newErr(ErrValue, fn, "a", "the length of a must be at least 2, got %d", len(a))
	}
	if a[0] == 0 {
		return nil, newErr(ErrValue, fn, "a", "the first coefficient in a must not be zero")
	}
	n := len(a) - 1
	d := make([]float64, n*n)
	for j := 0; j < n; j++ {
		d[j] = -a[j+1] / a[0]
	}
	for i := 1; i < n; i++ {
		d[i*n+i-1] = 1
	}
	return newDense(n, n, d), nil
}

// Hadamard returns the n×n Sylvester-construction Hadamard matrix, like
// scipy.linalg.hadamard. Errors: ErrValue (naming "n") unless n is a
// positive power of 2.
func Hadamard(n int) (*mat.Dense, error) {
	if n < 1 || n&(n-1) != 0 {
		return nil, newErr(ErrValue, "Hadamard", "n", "%d is not a positive power of 2", n)
	}
	d := make([]float64, n*n)
	d[0] = 1
	for k := 1; k < n; k *= 2 {
		for i := 0; i < k; i++ {
			for j := 0; j < k; j++ {
				v := d[i*n+j]
				d[i*n+j+k] = v
				d[(i+k)*n+j] = v
				d[(i+k)*n+j+k] = -v
			}
		}
	}
	return newDense(n, n, d), nil
}

// Pascal returns the n×n Pascal matrix, like scipy.linalg.pascal with
// exact=False: kind "symmetric" (the default when empty), "lower" or
// "upper". Errors: ErrValue (naming "kind") for another kind.
func Pascal(n int, kind string) (*mat.Dense, error) {
	n = max(n, 0)
	if kind == "" {
		kind = "symmetric"
	}
	if kind != "symmetric" && kind != "lower" && kind != "upper" {
		return nil, newErr(ErrValue, "Pascal", "kind", "%q is not \"symmetric\", \"lower\" or \"upper\"", kind)
	}
	d := make([]float64, n*n)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			switch kind {
			case "symmetric":
				d[i*n+j] = binom(i+j, i)
			case "lower":
				d[i*n+j] = binom(i, j)
			case "upper":
				d[i*n+j] = binom(j, i)
			}
		}
	}
	return newDense(n, n, d), nil
}

// Leslie returns the Leslie matrix with fecundity coefficients f (first
// row) and survival coefficients s (subdiagonal), like scipy.linalg.leslie.
// Errors: ErrShape (naming "s") unless len(s) == len(f)-1 and len(f) >= 1.
func Leslie(f, s []float64) (*mat.Dense, error) {
	if len(f) < 1 {
		return nil, newErr(ErrShape, "Leslie", "f", "must have at least one element")
	}
	if len(s) != len(f)-1 {
		return nil, newErr(ErrShape, "Leslie", "s", "has length %d, expected len(f)-1 = %d", len(s), len(f)-1)
	}
	n := len(f)
	d := make([]float64, n*n)
	copy(d, f)
	for i, v := range s {
		d[(i+1)*n+i] = v
	}
	return newDense(n, n, d), nil
}

// DFT returns the n×n discrete Fourier transform matrix
// m[j,k] = exp(-2πi·jk/n), like scipy.linalg.dft; scale "" (none),
// "sqrtn" (divide by √n) or "n" (divide by n). Errors: ErrValue (naming
// "scale") for another scale.
func DFT(n int, scale string) (*mat.CDense, error) {
	n = max(n, 0)
	var s float64
	switch scale {
	case "":
		s = 1
	case "sqrtn":
		s = 1 / math.Sqrt(float64(n))
	case "n":
		s = 1 / float64(n)
	default:
		return nil, newErr(ErrValue, "DFT", "scale", "%q is not \"\", \"sqrtn\" or \"n\"", scale)
	}
	d := make([]complex128, n*n)
	for j := 0; j < n; j++ {
		for k := 0; k < n; k++ {
			// Reduce jk mod n first so the angle is exact for large j·k.
			d[j*n+k] = cmplx.Rect(s, -2*math.Pi*float64((j*k)%n)/float64(n))
		}
	}
	return newCDense(n, n, d), nil
}

// Fiedler returns the symmetric Fiedler matrix F[i,j] = |a[i] − a[j]|, like
// scipy.linalg.fiedler.
func Fiedler(a []float64) *mat.Dense {
	n := len(a)
	d := make([]float64, n*n)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			d[i*n+j] = math.Abs(a[i] - a[j])
		}
	}
	return newDense(n, n, d)
}

// Helmert returns the n×n Helmert matrix (orthogonal, first row constant
// 1/√n), or its last n−1 rows when full is false (SciPy's default), like
// scipy.linalg.helmert.
func Helmert(n int, full bool) *mat.Dense {
	n = max(n, 0)
	d := make([]float64, n*n)
	if n > 0 {
		for j := 0; j < n; j++ {
			d[j] = 1 / math.Sqrt(float64(n))
		}
	}
	for i := 1; i < n; i++ {
		v := 1 / math.Sqrt(float64(i*(i+1)))
		for j := 0; j < i; j++ {
			d[i*n+j] = v
		}
		d[i*n+i] = -float64(i) * v
	}
	if full {
		return newDense(n, n, d)
	}
	if n <= 1 {
		return &mat.Dense{}
	}
	return newDense(n-1, n, d[n:])
}
