package linalg

import (
	"math/cmplx"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/mat"
)

// LDLOptions are the options of LDL and LDLC. The zero value (or nil) is
// SciPy's default: lower=True, hermitian=True, check_finite=True.
type LDLOptions struct {
	// Upper factors a = U·D·Uᵀ reading a's upper triangle (SciPy's
	// lower=False); the default reads the lower triangle and returns a
	// lower factor.
	Upper bool
	// Symmetric, for LDLC only, factors a complex symmetric matrix
	// (a = L·D·Lᵀ, zsytrf; SciPy's hermitian=False) instead of a Hermitian
	// one (a = L·D·Lᴴ, zhetrf). LDL ignores it.
	Symmetric bool
	// SkipFiniteCheck skips the NaN/Inf check (SciPy's check_finite=False).
	SkipFiniteCheck bool
}

// LDLResult is the factorization a = Lu·D·Luᵀ of LDL.
type LDLResult struct {
	// Lu is the n×n (row-permuted) triangular factor: Lu[Perm, :] is unit
	// lower triangular (upper with Upper).
	Lu *mat.Dense
	// D is the n×n block diagonal factor with 1×1 and 2×2 blocks.
	D *mat.Dense
	// Perm is the 0-based row permutation that makes Lu triangular.
	Perm []int
}

// LDLResultC is the factorization of LDLC: a = Lu·D·Luᴴ (Hermitian) or
// a = Lu·D·Luᵀ (Symmetric).
type LDLResultC struct {
	Lu   *mat.CDense // as LDLResult.Lu
	D    *mat.CDense // block diagonal, Hermitian or symmetric as a
	Perm []int       // as LDLResult.Perm
}

// LDL computes the LDLᵀ (Bunch-Kaufman) factorization of the symmetric
// n×n matrix a with LAPACK's dsytrf and SciPy's post-processing, like
// scipy.linalg.ldl: a = Lu·D·Luᵀ with D block diagonal (1×1 and 2×2
// blocks, the 2×2 blocks for symmetric indefinite a) and Lu a row
// permutation of a unit lower (upper with Upper) triangular matrix, so
// that Lu[Perm, :] is triangular. Only the lower (upper) triangle of a is
// read; all of a is checked for finiteness. A singular a is factored
// without error (D then has a zero 1×1 block), as SciPy does. An empty a
// gives empty results.
//
// Errors: ErrShape if a is nil or not square, ErrNotFinite.
func LDL(a mat.Matrix, opts *LDLOptions) (res *LDLResult, err error) {
	const fn = "LDL"
	defer recoverTo(fn, &err)
	var o LDLOptions
	if opts != nil {
		o = *opts
	}
	n, err := square(fn, "a", a)
	if err != nil {
		return nil, err
	}
	f, _, _, err := denseCopy(fn, "a", a, o.SkipFiniteCheck)
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return &LDLResult{Lu: &mat.Dense{}, D: &mat.Dense{}, Perm: []int{}}, nil
	}
	ul := blas.Lower
	if o.Upper {
		ul = blas.Upper
	}
	ipiv := make([]int, n)
	work := []float64{0}
	impl.Dsytrf(ul, n, f, n, ipiv, work, -1)
	work = make([]float64, lworkOf(work[0], 1))
	impl.Dsytrf(ul, n, f, n, ipiv, work, len(work)) // a singular D is not an error (SciPy)
	lu, d, perm, err := ldlPost(fn, n, f, ipiv, !o.Upper, func(v float64) float64 { return v })
	if err != nil {
		return nil, err
	}
	return &LDLResult{Lu: mat.NewDense(n, n, lu), D: mat.NewDense(n, n, d), Perm: perm}, nil
}

// LDLC is LDL for complex a: the Bunch-Kaufman factorization of a Hermitian
// (zhetrf; the imaginary parts of a's diagonal are ignored, where SciPy
// warns) or, with Symmetric, complex symmetric (zsytrf) matrix, like
// scipy.linalg.ldl with complex input.
//
// Errors: ErrShape if a is nil or not square, ErrNotFinite.
func LDLC(a mat.CMatrix, opts *LDLOptions) (res *LDLResultC, err error) {
	const fn = "LDLC"
	defer recoverTo(fn, &err)
	var o LDLOptions
	if opts != nil {
		o = *opts
	}
	n, err := csquare(fn, "a", a)
	if err != nil {
		return nil, err
	}
	f, _, _, err := cdenseCopy(fn, "a", a, o.SkipFiniteCheck)
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return &LDLResultC{Lu: &mat.CDense{}, D: &mat.CDense{}, Perm: []int{}}, nil
	}
	ul := blas.Lower
	if o.Upper {
		ul = blas.Upper
	}
	ipiv := make([]int, n)
	work := []complex128{0}
	herm := !o.Symmetric
	trf := impl.Zhetrf
	if !herm {
		trf = impl.Zsytrf
	}
	trf(ul, n, f, n, ipiv, work, -1)
	work = make([]complex128, lworkOf(real(work[0]), 1))
	trf(ul, n, f, n, ipiv, work, len(work))
	conj := func(v complex128) complex128 { return v }
	if herm {
		conj = cmplx.Conj
	}
	lu, d, perm, err := ldlPost(fn, n, f, ipiv, !o.Upper, conj)
	if err != nil {
		return nil, err
	}
	return &LDLResultC{Lu: mat.NewCDense(n, n, lu), D: mat.NewCDense(n, n, d), Perm: perm}, nil
}

// ldlPost is SciPy's post-processing of ?sytrf/?hetrf output
// (_ldl_sanitize_ipiv, _ldl_get_d_and_l, _ldl_construct_tri_factor): ldu
// is the n×n row-major factored array, ipiv lapacke's 0-based pivot
// encoding, conj the conjugation applied to the mirrored off-diagonal
// element of a 2×2 block (identity unless Hermitian).
func ldlPost[T float64 | complex128](fn string, n int, ldu []T, ipiv []int, lower bool, conj func(T) T) (lu, d []T, perm []int, err error) {
	// Back to LAPACK's 1-based values, which SciPy parses.
	piv := make([]int, n)
	for k, p := range ipiv {
		if p >= 0 {
			piv[k] = p + 1
		} else {
			piv[k] = p
		}
	}
	swap, pivots, ok := ldlSanitizeIpiv(piv, lower)
	if !ok {
		return nil, nil, nil, newErr(ErrValue, fn, "a", "invalid pivot array from the Bunch-Kaufman factorization (internal error, please report)")
	}
	// D and the triangular factor.
	d = make([]T, n*n)
	lu = make([]T, n*n)
	for i := 0; i < n; i++ {
		d[i*n+i] = ldu[i*n+i]
		lu[i*n+i] = 1
		if lower {
			copy(lu[i*n:i*n+i], ldu[i*n:i*n+i])
		} else {
			copy(lu[i*n+i+1:(i+1)*n], ldu[i*n+i+1:(i+1)*n])
		}
	}
	x, y := 1, 0
	if !lower {
		x, y = 0, 1
	}
	blk := 0
	for _, p := range pivots {
		if p == 0 {
			continue
		}
		if p == 2 {
			v := ldu[(blk+x)*n+blk+y]
			d[(blk+x)*n+blk+y] = v
			d[(blk+y)*n+blk+x] = conj(v)
			lu[(blk+x)*n+blk+y] = 0
		}
		blk += p
	}
	// Undo the interchanges on the rows of lu.
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	swapRows := func(r1, r2, cs, ce int) {
		for j := cs; j < ce; j++ {
			lu[r1*n+j], lu[r2*n+j] = lu[r2*n+j], lu[r1*n+j]
		}
	}
	if lower {
		for ind := n - 1; ind >= 0; ind-- {
			if s := swap[ind]; s != ind {
				cs := ind
				if pivots[ind] == 0 {
					cs--
				}
				swapRows(s, ind, cs, n)
				p[s], p[ind] = p[ind], p[s]
			}
		}
	} else {
		for ind := 0; ind < n; ind++ {
			if s := swap[ind]; s != ind {
				ce := ind + 1
				if pivots[ind] == 2 {
					ce++
				}
				swapRows(s, ind, 0, ce)
				p[s], p[ind] = p[ind], p[s]
			}
		}
	}
	// perm = argsort(p), the inverse permutation.
	perm = make([]int, n)
	for i, v := range p {
		perm[v] = i
	}
	return lu, d, perm, nil
}

// ldlSanitizeIpiv is SciPy's _ldl_sanitize_ipiv on LAPACK's 1-based ipiv:
// swap[k] is the row interchanged with row k and pivots[k] the size (1 or
// 2) of the block starting (lower) or ending (upper) at k, 0 for the other
// row of a 2×2 block. ok is false for an invalid ipiv.
func ldlSanitizeIpiv(a []int, lower bool) (swap, pivots []int, ok bool) {
	n := len(a)
	swap = make([]int, n)
	for i := range swap {
		swap[i] = i
	}
	pivots = make([]int, n)
	x, y, rs, re, ri := 1, 0, 0, n, 1
	if !lower {
		x, y, rs, re, ri = -1, -1, n-1, -1, -1
	}
	skip := false
	for ind := rs; ind != re; ind += ri {
		if skip {
			skip = false
			continue
		}
		cur := a[ind]
		switch {
		case cur > 0:
			if cur != ind+1 {
				swap[ind] = swap[cur-1]
			}
			pivots[ind] = 1
		case cur < 0 && ind+x >= 0 && ind+x < n && cur == a[ind+x]:
			if -cur != ind+2 {
				swap[ind+x] = swap[-cur-1]
			}
			pivots[ind+y] = 2
			skip = true
		default:
			return nil, nil, false
		}
	}
	return swap, pivots, true
}
