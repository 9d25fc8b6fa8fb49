package linalg

import (
	"math"

	"gonum.org/v1/gonum/lapack"
	"gonum.org/v1/gonum/mat"
)

// EigOptions are the options of Eig and EigVals. The zero value (or nil) is
// SciPy's default: b=None, left=False, right=True, check_finite=True.
type EigOptions struct {
	// B, if not nil, makes the problem generalized: a·v = w·B·v (QZ, dggev),
	// with B the same order as a. B may be singular (infinite eigenvalues).
	B mat.Matrix
	// Left also computes the left eigenvectors (SciPy's left=True).
	Left bool
	// NoRight skips the right eigenvectors (SciPy's right=False); the zero
	// value computes them, SciPy's default.
	NoRight bool
	// SkipFiniteCheck has no effect: the NaN/Inf check is always made,
	// because LAPACK's iterative algorithms may fail to terminate on
	// non-finite input (dsyevr does), which would hang the caller; the
	// O(n²) scan is negligible next to the O(n³) decomposition. (SciPy's
	// check_finite=False skips it.)
	SkipFiniteCheck bool
}

// EigResult holds the eigenvalues W (in LAPACK's order, complex conjugate
// pairs adjacent with the positive imaginary part first) and the
// eigenvectors: column j of VR satisfies a·v = W[j]·v (a·v = W[j]·B·v), and
// column j of VL satisfies uᴴ·a = W[j]·uᴴ (uᴴ·a = W[j]·uᴴ·B). Every vector has
// unit 2-norm; a standard problem's has its largest component real (LAPACK's
// normalisation, which SciPy keeps). VL is nil unless Left, VR nil with
// NoRight.
type EigResult struct {
	W      []complex128
	VL, VR *mat.CDense
}

// Eig computes the eigenvalues and eigenvectors of the general n×n matrix a
// (dgeev), or of the pencil (a, B) (dggev), like scipy.linalg.eig. For a
// generalized problem with singular B, W holds +Inf for an infinite
// eigenvalue and NaN for a singular pencil, as SciPy's does. For a defective a
// the eigenvectors of a multiple eigenvalue are (nearly) parallel: that is
// the mathematics, not an error.
//
// Errors: ErrShape if a or B is not square or their orders differ,
// ErrNotFinite, ErrNoConvergence if the QR (QZ) iteration fails.
func Eig(a mat.Matrix, opts *EigOptions) (res *EigResult, err error) {
	const fn = "Eig"
	defer recoverTo(fn, &err)
	var o EigOptions
	if opts != nil {
		o = *opts
	}
	return eig(fn, a, o)
}

// EigVals returns the eigenvalues of a (or of the pencil (a, B)), like
// scipy.linalg.eigvals. Errors as Eig.
func EigVals(a mat.Matrix, opts *EigOptions) (w []complex128, err error) {
	const fn = "EigVals"
	defer recoverTo(fn, &err)
	var o EigOptions
	if opts != nil {
		o = *opts
	}
	o.Left, o.NoRight = false, true
	r, err := eig(fn, a, o)
	if err != nil {
		return nil, err
	}
	return r.W, nil
}

func eig(fn string, a mat.Matrix, o EigOptions) (*EigResult, error) {
	n, err := square(fn, "a", a)
	if err != nil {
		return nil, err
	}
	// The copies of a and B, the real eigenvector arrays (converted into
	// fresh complex matrices) and the workspace are scratch
	// (speed_pool.go).
	f, _, _, err := denseCopyScratch(fn, "a", a, false)
	if err != nil {
		return nil, err
	}
	defer putScratch(f)
	var bf []float64
	if o.B != nil {
		nb, err := square(fn, "opts.B", o.B)
		if err != nil {
			return nil, err
		}
		if nb != n {
			return nil, newErr(ErrShape, fn, "opts.B", "is %d×%d, expected %d×%d like a", nb, nb, n, n)
		}
		if bf, _, _, err = denseCopyScratch(fn, "opts.B", o.B, false); err != nil {
			return nil, err
		}
		defer putScratch(bf)
	}
	res := &EigResult{W: make([]complex128, n)}
	if n == 0 {
		if o.Left {
			res.VL = &mat.CDense{}
		}
		if !o.NoRight {
			res.VR = &mat.CDense{}
		}
		return res, nil
	}
	jobvl, jobvr := lapack.LeftEVNone, lapack.RightEVNone
	ldvl, ldvr := 1, 1
	vl, vr := make([]float64, 1), make([]float64, 1)
	if o.Left {
		jobvl, ldvl, vl = lapack.LeftEVCompute, n, getScratch(n*n)
		defer putScratch(vl)
	}
	if !o.NoRight {
		jobvr, ldvr, vr = lapack.RightEVCompute, n, getScratch(n*n)
		defer putScratch(vr)
	}
	wr, wi := make([]float64, n), make([]float64, n)
	work := []float64{0}
	if bf == nil {
		impl.Dgeev(jobvl, jobvr, n, f, n, wr, wi, vl, ldvl, vr, ldvr, work, -1)
		minw := 3 * n
		if o.Left || !o.NoRight {
			minw = 4 * n
		}
		work = getScratch(lworkOf(work[0], minw))
		defer putScratch(work)
		if first := impl.Dgeev(jobvl, jobvr, n, f, n, wr, wi, vl, ldvl, vr, ldvr, work, len(work)); first > 0 {
			e := newErr(ErrNoConvergence, fn, "a", "the QR algorithm failed to compute all eigenvalues (only %d of %d converged); check a for extreme scaling", n-first, n)
			e.Routine, e.Info = "dgeev", first
			return nil, e
		}
		for j := range res.W {
			res.W[j] = complex(wr[j], wi[j])
		}
	} else {
		beta := make([]float64, n)
		impl.Dggev(jobvl, jobvr, n, f, n, bf, n, wr, wi, beta, vl, ldvl, vr, ldvr, work, -1)
		work = getScratch(lworkOf(work[0], 8*n))
		defer putScratch(work)
		first, ok := impl.Dggev(jobvl, jobvr, n, f, n, bf, n, wr, wi, beta, vl, ldvl, vr, ldvr, work, len(work))
		if !ok {
			e := newErr(ErrNoConvergence, fn, "a", "the QZ algorithm failed for the pencil (a, B); check both for extreme scaling")
			e.Routine, e.Info = "dggev", first
			return nil, e
		}
		allReal := true
		for _, v := range wi {
			allReal = allReal && v == 0
		}
		for j := range res.W {
			// SciPy's convention (_make_eigvals): beta = 0 gives the
			// projective infinity +Inf (imaginary part 0) when alpha ≠ 0,
			// and NaN (NaN+NaN·i if any eigenvalue is complex) when the
			// pencil is singular (alpha = beta = 0).
			switch alpha := complex(wr[j], wi[j]); {
			case beta[j] != 0:
				res.W[j] = alpha / complex(beta[j], 0)
			case alpha != 0:
				res.W[j] = complex(math.Inf(1), 0)
			case allReal:
				res.W[j] = complex(math.NaN(), 0)
			default:
				res.W[j] = complex(math.NaN(), math.NaN())
			}
		}
	}
	if o.Left {
		res.VL = complexVecs(n, wi, vl, bf != nil)
	}
	if !o.NoRight {
		res.VR = complexVecs(n, wi, vr, bf != nil)
	}
	return res, nil
}

// complexVecs unpacks LAPACK's real storage of eigenvectors (a complex
// pair's real and imaginary parts in consecutive columns) into complex
// columns; normalise scales each to unit 2-norm, as SciPy does for the
// generalized problem (dggev's own scaling makes the largest |re|+|im| one).
func complexVecs(n int, wi, v []float64, normalise bool) *mat.CDense {
	c := make([]complex128, n*n)
	for j := 0; j < n; j++ {
		switch {
		case wi[j] == 0:
			for i := 0; i < n; i++ {
				c[i*n+j] = complex(v[i*n+j], 0)
			}
		case wi[j] > 0 && j+1 < n:
			for i := 0; i < n; i++ {
				re, im := v[i*n+j], v[i*n+j+1]
				c[i*n+j] = complex(re, im)
				c[i*n+j+1] = complex(re, -im)
			}
			j++
		}
	}
	if normalise {
		for j := 0; j < n; j++ {
			var s float64
			for i := 0; i < n; i++ {
				s = math.Hypot(s, cabs(c[i*n+j]))
			}
			if s > 0 {
				for i := 0; i < n; i++ {
					c[i*n+j] /= complex(s, 0)
				}
			}
		}
	}
	return newCDense(n, n, c)
}

func cabs(z complex128) float64 { return math.Hypot(real(z), imag(z)) }
