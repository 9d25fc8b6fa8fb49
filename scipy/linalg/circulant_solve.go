package linalg

import (
	"math"
	"math/cmplx"

	"gonum.org/v1/gonum/mat"

	"github.com/goscipy/goscipy/scipy/fft"
)

// SolveCirculantOptions are the options of SolveCirculant. The zero value
// (or nil) means SciPy's defaults: singular='raise', tol=None.
type SolveCirculantOptions struct {
	// Singular says what to do when the circulant matrix is near singular
	// (some eigenvalue |λ| <= Tol): "raise" (the default when empty)
	// returns ErrSingular; "lstsq" returns the least-squares solution of
	// minimum norm, dropping the near-zero eigenvalues.
	Singular string
	// Tol is the threshold below which an eigenvalue magnitude counts as
	// zero. The zero value means SciPy's default, max|λ|·n·eps (as in
	// numpy.linalg.matrix_rank); a negative Tol treats no eigenvalue as
	// zero (division by an exactly zero eigenvalue then gives Inf or NaN,
	// as SciPy does for such a tol). To count only exact zeros as zero,
	// pass the smallest positive float64, 5e-324.
	Tol float64
	// SkipFiniteCheck skips the NaN/Inf check of c and b (SciPy's
	// solve_circulant has no check: NaN propagates to the whole of x).
	SkipFiniteCheck bool
}

// SolveCirculant solves C x = b for the n×n circulant matrix C whose first
// column is c (C = Circulant(c), C[i, j] = c[(i-j) mod n]), like
// scipy.linalg.solve_circulant with its default axes. b is n×k (a
// mat.Vector is n×1) and x has its shape; each column is solved
// independently. c and b are not modified; an empty system gives an empty
// x (SciPy 1.10 raises).
//
// The eigenvalues of C are the discrete Fourier transform λ = fft(c), so x
// = ifft(fft(b)/λ), O(n log n) per column through scipy/fft (FFTW; SciPy
// uses NumPy's pocketfft, so results agree to rounding, not bit for bit).
// An eigenvalue with |λ| <= Tol is near zero: with Singular "lstsq" its
// component of x is set to zero, which gives the minimum-norm
// least-squares solution.
//
// Errors: ErrShape if b does not have len(c) rows; ErrNotFinite for NaN/Inf
// input (SciPy has no check); ErrValue for an unknown Singular or a NaN
// Tol; ErrSingular if C is near singular and Singular is "raise" (SciPy's
// LinAlgError "near singular circulant matrix.").
func SolveCirculant(c []float64, b mat.Matrix, opts *SolveCirculantOptions) (x *mat.Dense, err error) {
	const fn = "SolveCirculant"
	defer recoverTo(fn, &err)
	var o SolveCirculantOptions
	if opts != nil {
		o = *opts
	}
	switch o.Singular {
	case "":
		o.Singular = "raise"
	case "raise", "lstsq":
	default:
		return nil, newErr(ErrValue, fn, "opts.Singular", "%q is not \"raise\" or \"lstsq\"", o.Singular)
	}
	if math.IsNaN(o.Tol) {
		return nil, newErr(ErrValue, fn, "opts.Tol", "is NaN")
	}
	n := len(c)
	if !o.SkipFiniteCheck {
		if e := toeplitzFinite(fn, "c", c); e != nil {
			return nil, e
		}
	}
	xs, k, err := bandedRHS(fn, b, n, o.SkipFiniteCheck)
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return newDense(n, k, xs), nil
	}
	fc := make([]complex128, n)
	for i, v := range c {
		fc[i] = complex(v, 0)
	}
	if err := fft.FFTInto(fc, fc, nil); err != nil {
		return nil, newErr(ErrValue, fn, "c", "internal error (please report): %v", err)
	}
	tol := o.Tol
	if tol == 0 {
		var mx float64
		for _, v := range fc {
			mx = math.Max(mx, cmplx.Abs(v))
		}
		tol = mx * float64(n) * circulantEps
	}
	near := make([]bool, n)
	nearSingular := false
	for i, v := range fc {
		if cmplx.Abs(v) <= tol {
			near[i], nearSingular = true, true
		}
	}
	if nearSingular {
		if o.Singular == "raise" {
			return nil, newErr(ErrSingular, fn, "c", "near singular circulant matrix: an eigenvalue |fft(c)[i]| is <= tol = %g; use Singular \"lstsq\" for a least-squares solution", tol)
		}
		for i := range fc {
			if near[i] {
				fc[i] = 1
			}
		}
	}
	col := make([]complex128, n)
	for j := 0; j < k; j++ {
		for i := 0; i < n; i++ {
			col[i] = complex(xs[i*k+j], 0)
		}
		if err := fft.FFTInto(col, col, nil); err != nil {
			return nil, newErr(ErrValue, fn, "b", "internal error (please report): %v", err)
		}
		for i := range col {
			if near[i] {
				col[i] = 0
			} else {
				col[i] /= fc[i]
			}
		}
		if err := fft.IFFTInto(col, col, nil); err != nil {
			return nil, newErr(ErrValue, fn, "b", "internal error (please report): %v", err)
		}
		for i := 0; i < n; i++ {
			xs[i*k+j] = real(col[i])
		}
	}
	return newDense(n, k, xs), nil
}

// circulantEps is float64's machine epsilon, numpy.finfo(float64).eps =
// 2⁻⁵², the factor of SciPy's default tol.
const circulantEps = 0x1p-52
