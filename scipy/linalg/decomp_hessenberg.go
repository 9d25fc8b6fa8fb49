package linalg

import (
	"gonum.org/v1/gonum/mat"
)

// HessenbergOptions are the options of Hessenberg and HessenbergC. The zero
// value (or nil) is SciPy's default: calc_q=False, check_finite=True.
type HessenbergOptions struct {
	// CalcQ also returns the orthogonal (unitary) Q with a = Q·H·Qᵀ
	// (Q·H·Qᴴ).
	CalcQ bool
	// SkipFiniteCheck skips the NaN/Inf check (SciPy's check_finite=False).
	SkipFiniteCheck bool
}

// HessenbergResult is the reduction a = Q·H·Qᵀ of Hessenberg.
type HessenbergResult struct {
	H *mat.Dense // upper Hessenberg (zero below the first subdiagonal)
	Q *mat.Dense // orthogonal; nil unless CalcQ
}

// HessenbergResultC is the reduction a = Q·H·Qᴴ of HessenbergC.
type HessenbergResultC struct {
	H *mat.CDense // upper Hessenberg
	Q *mat.CDense // unitary; nil unless CalcQ
}

// Hessenberg reduces the n×n matrix a to upper Hessenberg form H with an
// orthogonal similarity a = Q·H·Qᵀ (dgehrd, then dorghr for Q), like
// scipy.linalg.hessenberg (which balances with job 'N', i.e. not at all).
// For n <= 2, H is a copy of a and Q the identity, as in SciPy. The
// reduction is unique up to the signs of Q's columns 1…n−1; Hessenberg
// returns LAPACK's Householder choice, as SciPy does.
//
// Errors: ErrShape if a is nil or not square, ErrNotFinite.
func Hessenberg(a mat.Matrix, opts *HessenbergOptions) (res *HessenbergResult, err error) {
	const fn = "Hessenberg"
	defer recoverTo(fn, &err)
	var o HessenbergOptions
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
	h, q := hessCore(n, f, o.CalcQ,
		func(n int, a []float64, tau, work []float64, lwork int) {
			impl.Dgehrd(n, 0, n-1, a, n, tau, work, lwork)
		},
		func(n int, a []float64, tau, work []float64, lwork int) {
			impl.Dorghr(n, 0, n-1, a, n, tau, work, lwork)
		},
		func(v float64) float64 { return v })
	res = &HessenbergResult{H: newDense(n, n, h)}
	if o.CalcQ {
		res.Q = newDense(n, n, q)
	}
	return res, nil
}

// HessenbergC is Hessenberg for complex a (zgehrd, zunghr), like
// scipy.linalg.hessenberg with complex input: a = Q·H·Qᴴ.
//
// Errors: ErrShape if a is nil or not square, ErrNotFinite.
func HessenbergC(a mat.CMatrix, opts *HessenbergOptions) (res *HessenbergResultC, err error) {
	const fn = "HessenbergC"
	defer recoverTo(fn, &err)
	var o HessenbergOptions
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
	h, q := hessCore(n, f, o.CalcQ,
		func(n int, a []complex128, tau, work []complex128, lwork int) {
			impl.Zgehrd(n, 0, n-1, a, n, tau, work, lwork)
		},
		func(n int, a []complex128, tau, work []complex128, lwork int) {
			impl.Zunghr(n, 0, n-1, a, n, tau, work, lwork)
		},
		func(v complex128) float64 { return real(v) })
	res = &HessenbergResultC{H: newCDense(n, n, h)}
	if o.CalcQ {
		res.Q = newCDense(n, n, q)
	}
	return res, nil
}

// hessCore follows scipy.linalg.hessenberg on the n×n row-major f
// (overwritten): a copy and the identity for n <= 2, otherwise gehrd over
// the whole matrix, H = triu(·, −1) and, with calcQ, Q from orghr.
func hessCore[T float64 | complex128](n int, f []T, calcQ bool,
	gehrd, orghr func(n int, a []T, tau, work []T, lwork int),
	re func(T) float64) (h, q []T) {
	if n <= 2 {
		if calcQ {
			q = make([]T, n*n)
			for i := 0; i < n; i++ {
				q[i*n+i] = 1
			}
		}
		return f, q
	}
	tau := make([]T, n-1)
	work := []T{0}
	gehrd(n, f, tau, work, -1)
	work = make([]T, lworkOf(re(work[0]), n))
	gehrd(n, f, tau, work, len(work))
	h = make([]T, n*n)
	for i := 0; i < n; i++ {
		for j := max(0, i-1); j < n; j++ {
			h[i*n+j] = f[i*n+j]
		}
	}
	if !calcQ {
		return h, nil
	}
	work = []T{0}
	orghr(n, f, tau, work, -1)
	work = make([]T, lworkOf(re(work[0]), n))
	orghr(n, f, tau, work, len(work))
	return h, f
}
