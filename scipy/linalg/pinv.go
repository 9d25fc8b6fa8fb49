package linalg

import (
	"math"

	"gonum.org/v1/gonum/mat"
)

// PinvOptions are the options of Pinv. The zero value (or nil) is SciPy's
// default: atol=0, rtol=max(m,n)·eps, check_finite=True.
type PinvOptions struct {
	// Atol is the absolute cutoff for small singular values (0, the
	// default, means none).
	Atol float64
	// Rtol is the cutoff relative to the largest singular value; 0 means
	// SciPy's default max(m,n)·eps. Singular values s <= Atol + Rtol·max(s)
	// are treated as zero.
	Rtol float64
	// SkipFiniteCheck has no effect (see SVDOptions.SkipFiniteCheck).
	SkipFiniteCheck bool
}

// PinvResult is the pseudo-inverse with its effective rank (SciPy's
// return_rank=True).
type PinvResult struct {
	B    *mat.Dense // n×m Moore–Penrose pseudo-inverse of the m×n a
	Rank int
}

// Pinv computes the Moore–Penrose pseudo-inverse of the m×n matrix a from
// its economy SVD (gesdd), like scipy.linalg.pinv (SciPy ≥ 1.7 semantics
// of atol and rtol).
//
// Errors: ErrShape for nil a, ErrNotFinite, ErrValue for negative or NaN
// tolerances, ErrNoConvergence from the SVD.
func Pinv(a mat.Matrix, opts *PinvOptions) (res *PinvResult, err error) {
	const fn = "Pinv"
	defer recoverTo(fn, &err)
	var o PinvOptions
	if opts != nil {
		o = *opts
	}
	if !(o.Atol >= 0) {
		return nil, newErr(ErrValue, fn, "opts.Atol", "%v must be non-negative", o.Atol)
	}
	if !(o.Rtol >= 0) {
		return nil, newErr(ErrValue, fn, "opts.Rtol", "%v must be non-negative", o.Rtol)
	}
	s, err := svd(fn, a, &SVDOptions{Economy: true}, true)
	if err != nil {
		return nil, err
	}
	m, n := a.Dims()
	if len(s.S) == 0 {
		return &PinvResult{B: newDense(n, m, make([]float64, n*m))}, nil
	}
	if o.Rtol == 0 {
		o.Rtol = float64(max(m, n)) * eps52
	}
	val := o.Atol + s.S[0]*o.Rtol
	rank := 0
	for _, v := range s.S {
		if v > val {
			rank++
		}
	}
	// B = V[:, :rank] · diag(1/s) · U[:, :rank]ᵀ.
	b := make([]float64, n*m)
	for i := 0; i < n; i++ {
		for j := 0; j < m; j++ {
			var sum float64
			for k := 0; k < rank; k++ {
				sum += s.Vh.At(k, i) / s.S[k] * s.U.At(j, k)
			}
			b[i*m+j] = sum
		}
	}
	return &PinvResult{B: newDense(n, m, b), Rank: rank}, nil
}

// NormOptions are the options of Norm; the zero value (or nil) is SciPy's
// default ord=None: the Frobenius norm of a matrix, the 2-norm of a vector.
type NormOptions struct {
	// Ord is SciPy's ord as a string. For a matrix: "" or "fro"
	// (Frobenius), "nuc" (nuclear), "inf", "-inf" (max/min row sum), "1",
	// "-1" (max/min column sum), "2", "-2" (largest/smallest singular
	// value). For a mat.Vector: "" (2-norm), "inf", "-inf" (max/min |x|),
	// "0" (number of non-zeros) or any number p (sum |x|^p)^(1/p).
	Ord string
	// SkipFiniteCheck skips the NaN/Inf check (SciPy's check_finite=False);
	// ignored for "2", "-2" and "nuc", which need an SVD.
	SkipFiniteCheck bool
}

// Norm returns a matrix or vector norm, like scipy.linalg.norm. a is
// treated as a vector when it implements mat.Vector (gonum's *VecDense);
// every other mat.Matrix is a matrix.
//
// Errors: ErrShape for nil a, ErrNotFinite, ErrValue for an unknown Ord.
func Norm(a mat.Matrix, opts *NormOptions) (norm float64, err error) {
	const fn = "Norm"
	defer recoverTo(fn, &err)
	var o NormOptions
	if opts != nil {
		o = *opts
	}
	f, m, n, err := denseCopy(fn, "a", a, o.SkipFiniteCheck)
	if err != nil {
		return 0, err
	}
	if _, ok := a.(mat.Vector); ok {
		return vecNorm(fn, f, o.Ord)
	}
	switch o.Ord {
	case "", "fro":
		var s float64
		for _, v := range f {
			s = math.Hypot(s, v)
		}
		return s, nil
	case "1", "-1", "inf", "-inf":
		rows := o.Ord == "inf" || o.Ord == "-inf"
		outer, inner := n, m
		if rows {
			outer, inner = m, n
		}
		if outer == 0 {
			return 0, nil
		}
		best := math.NaN()
		for i := 0; i < outer; i++ {
			var s float64
			for j := 0; j < inner; j++ {
				if rows {
					s += math.Abs(f[i*n+j])
				} else {
					s += math.Abs(f[j*n+i])
				}
			}
			if i == 0 || (o.Ord[0] == '-' && s < best) || (o.Ord[0] != '-' && s > best) {
				best = s
			}
		}
		return best, nil
	case "2", "-2", "nuc":
		s, err := svd(fn, a, nil, false)
		if err != nil {
			return 0, err
		}
		if len(s.S) == 0 {
			return 0, nil
		}
		switch o.Ord {
		case "2":
			return s.S[0], nil
		case "-2":
			return s.S[len(s.S)-1], nil
		}
		var sum float64
		for _, v := range s.S {
			sum += v
		}
		return sum, nil
	}
	return 0, newErr(ErrValue, fn, "opts.Ord", "%q is not a matrix norm order (\"fro\", \"nuc\", \"inf\", \"-inf\", \"1\", \"-1\", \"2\", \"-2\")", o.Ord)
}
