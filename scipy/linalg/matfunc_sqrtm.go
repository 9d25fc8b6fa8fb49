package linalg

import (
	"math"
	"math/cmplx"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/mat"
)

// SqrtmOptions are the options of Sqrtm and SqrtmC; nil means SciPy's
// defaults.
type SqrtmOptions struct {
	// Blocksize is the block size of the blocked Schur algorithm (Deadman,
	// Higham and Ralha 2013): the triangular factor is split into
	// max(n/Blocksize, 1) diagonal blocks, solved by the point recurrence
	// within a block and by Sylvester equations (ztrsyl) between blocks.
	// Zero means SciPy's default 64; a negative value is ErrValue.
	Blocksize int
}

// SqrtmResult is the result of Sqrtm.
type SqrtmResult struct {
	// X is the principal square root of a (n×n), X·X ≈ a.
	X *mat.Dense
	// ErrEst is SciPy's error estimate ‖X·X − a‖_F² / ‖a‖_F (the value
	// scipy.linalg.sqrtm returns with disp=False; its docstring calls it
	// ‖err‖_F/‖a‖_F but 1.10's code squares the numerator, and we return
	// the same number). NaN for a zero a.
	ErrEst float64
}

// SqrtmResultC is the result of SqrtmC: as SqrtmResult with a complex X.
type SqrtmResultC struct {
	// X is the principal square root of a (n×n).
	X *mat.CDense
	// ErrEst is ‖X·X − a‖_F² / ‖a‖_F, as in SqrtmResult.
	ErrEst float64
}

// Sqrtm returns the principal square root of the real square matrix a, like
// scipy.linalg.sqrtm: the Schur method of Björck and Hammarling (Higham
// 1987) in the blocked form of Deadman, Higham and Ralha (2013). With
// a = Z·T·Zᴴ the complex Schur form, R = √T is found column by column from
// R(i,i) = √T(i,i) and R(i,i)·R(i,j) + R(i,j)·R(j,j) = T(i,j) − Σ R(i,k)R(k,j),
// then X = Z·R·Zᴴ.
//
// The principal root of a real matrix is real unless a has negative real
// eigenvalues; SciPy then returns a complex array, while Sqrtm returns an
// ErrValue error whose message says to call SqrtmC(ToComplex(a)). SciPy
// 1.10 also returns complex (with rounding-level imaginary parts) for a real
// a with complex eigenvalues; Sqrtm returns the real part then, accepting
// imaginary parts up to 1e6·eps·max(1, max|X|).
//
// Errors: ErrShape if a is not square, ErrNotFinite (always checked: the
// Schur form iterates), ErrValue for a negative Blocksize or a complex root,
// ErrSingular when a is singular with no square root at all (a zero
// eigenvalue in a Jordan block of size > 1, such as a nilpotent matrix;
// SciPy prints "Failed to find a square root." and returns NaN), and
// ErrNoConvergence if the Schur form fails. An empty a gives an empty X.
// a is not modified.
func Sqrtm(a mat.Matrix, opts *SqrtmOptions) (res *SqrtmResult, err error) {
	const fn = "Sqrtm"
	defer recoverTo(fn, &err)
	f, n, err := mfInput(fn, a)
	if err != nil {
		return nil, err
	}
	x, est, err := mfSqrtm(fn, f, n, opts)
	if err != nil {
		return nil, err
	}
	xr, err := mfReal(fn, "a has negative real eigenvalues", "SqrtmC(ToComplex(a), opts)", n, x)
	if err != nil {
		return nil, err
	}
	return &SqrtmResult{X: xr, ErrEst: est}, nil
}

// SqrtmC returns the principal square root of the complex square matrix a,
// like scipy.linalg.sqrtm with complex input; see Sqrtm for the method,
// options and errors (no ErrValue for negative eigenvalues here: their
// roots are on the positive imaginary axis). a is not modified.
func SqrtmC(a mat.CMatrix, opts *SqrtmOptions) (res *SqrtmResultC, err error) {
	const fn = "SqrtmC"
	defer recoverTo(fn, &err)
	f, n, err := mfInputC(fn, a)
	if err != nil {
		return nil, err
	}
	x, est, err := mfSqrtm(fn, f, n, opts)
	if err != nil {
		return nil, err
	}
	return &SqrtmResultC{X: newCDense(n, n, x), ErrEst: est}, nil
}

// mfSqrtm is the shared body of Sqrtm and SqrtmC on the n×n row-major a.
func mfSqrtm(fn string, a []complex128, n int, opts *SqrtmOptions) ([]complex128, float64, error) {
	bs := 64
	if opts != nil && opts.Blocksize != 0 {
		bs = opts.Blocksize
	}
	if bs < 1 {
		return nil, 0, newErr(ErrValue, fn, "opts.Blocksize", "the block size must be at least 1, got %d", bs)
	}
	if n == 0 {
		return nil, 0, nil
	}
	t, z, err := mfSchur(fn, a, n, false)
	if err != nil {
		return nil, 0, err
	}
	r, ok := mfSqrtmTriu(n, t, bs)
	if !ok {
		return nil, 0, newErr(ErrSingular, fn, "a",
			"a is singular and has no square root (a zero eigenvalue in a Jordan block larger than 1×1, as in a nilpotent matrix)")
	}
	x := mfBack(n, z, r)
	res := cplxMul(n, x, x)
	for i := range res {
		res[i] -= a[i]
	}
	rn := mfFrob(res)
	return x, rn * rn / mfFrob(a), nil
}

// mfSqrtmTriu returns the principal square root of the n×n upper triangular
// t (row-major, not modified) by the blocked Schur recurrence with block
// size bs, as SciPy's _sqrtm_triu. ok is false when a zero denominator meets
// a nonzero numerator: the matrix has no square root.
func mfSqrtmTriu(n int, t []complex128, bs int) (r []complex128, ok bool) {
	r = make([]complex128, n*n)
	for i := 0; i < n; i++ {
		r[i*n+i] = cmplx.Sqrt(t[i*n+i])
	}
	nblocks := max(n/bs, 1)
	bsmall, nlarge := n/nblocks, n%nblocks
	nsmall := nblocks - nlarge
	starts := make([]int, nblocks+1)
	for b := 0; b < nblocks; b++ {
		size := bsmall
		if b >= nsmall {
			size++
		}
		starts[b+1] = starts[b] + size
	}
	// Within-block recurrence.
	for b := 0; b < nblocks; b++ {
		start, stop := starts[b], starts[b+1]
		for j := start; j < stop; j++ {
			for i := j - 1; i >= start; i-- {
				var s complex128
				for k := i + 1; k < j; k++ {
					s += r[i*n+k] * r[k*n+j]
				}
				den := r[i*n+i] + r[j*n+j]
				num := t[i*n+j] - s
				switch {
				case den != 0:
					r[i*n+j] = num / den
				case num == 0:
					r[i*n+j] = 0
				default:
					return nil, false
				}
			}
		}
	}
	// Between-block Sylvester equations Rii·X + X·Rjj = S.
	for jb := 0; jb < nblocks; jb++ {
		js, je := starts[jb], starts[jb+1]
		for ib := jb - 1; ib >= 0; ib-- {
			is, ie := starts[ib], starts[ib+1]
			m, k := ie-is, je-js
			s := make([]complex128, m*k)
			for i := 0; i < m; i++ {
				copy(s[i*k:(i+1)*k], t[(is+i)*n+js:(is+i)*n+je])
			}
			if jb-ib > 1 {
				// S −= R[is:ie, ie:js] · R[ie:js, js:je]
				mfGemm(m, k, js-ie, -1, r[is*n+ie:], n, r[ie*n+js:], n, 1, s, k)
			}
			scale, _ := impl.Ztrsyl(blas.NoTrans, blas.NoTrans, 1, m, k, r[is*n+is:], n, r[js*n+js:], n, s, k)
			// ztrsyl solves for scale·S; scale < 1 only to avoid overflow.
			// (SciPy multiplies by scale, which is the same when scale is 1.)
			inv := complex(1/scale, 0)
			if scale == 0 || math.IsNaN(scale) {
				inv = 1
			}
			for i := 0; i < m; i++ {
				for j := 0; j < k; j++ {
					r[(is+i)*n+js+j] = s[i*k+j] * inv
				}
			}
		}
	}
	return r, true
}
