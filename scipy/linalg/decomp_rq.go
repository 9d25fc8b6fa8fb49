package linalg

import (
	"gonum.org/v1/gonum/mat"
)

// RQOptions are the options of RQ and RQC. The zero value (or nil) is
// SciPy's default: mode="full", check_finite=True.
type RQOptions struct {
	// Mode is "full" (R m×n, Q n×n; the default when empty), "economic"
	// (R m×m, Q m×n when m <= n; as "full" when n < m) or "r" (R only,
	// m×n, as in "full").
	Mode string
	// SkipFiniteCheck skips the NaN/Inf check (SciPy's check_finite=False).
	SkipFiniteCheck bool
}

// RQResult is the decomposition a = R·Q of RQ.
type RQResult struct {
	R *mat.Dense // upper trapezoidal (triangular in its last k columns)
	Q *mat.Dense // orthonormal rows; nil for Mode "r"
}

// RQResultC is the decomposition a = R·Q of RQC.
type RQResultC struct {
	R *mat.CDense // upper trapezoidal
	Q *mat.CDense // orthonormal rows (Q·Qᴴ = I); nil for Mode "r"
}

// RQ computes the RQ decomposition a = R·Q of the m×n matrix a (dgerqf,
// then dorgrq), like scipy.linalg.rq: R is upper trapezoidal (R = triu(·,
// n−m)) and Q has orthonormal rows. Shapes as SciPy's: mode "full" gives R
// m×n and Q n×n; "economic" gives R m×m and Q m×n when m <= n (and the
// full shapes when n < m); "r" gives R only. Signs follow LAPACK's
// Householder convention, as SciPy's do. An empty a gives empty factors
// (SciPy 1.10 raises on empty input).
//
// Errors: ErrShape for nil a, ErrNotFinite, ErrValue for an unknown Mode.
func RQ(a mat.Matrix, opts *RQOptions) (res *RQResult, err error) {
	const fn = "RQ"
	defer recoverTo(fn, &err)
	o, err := rqOpts(fn, opts)
	if err != nil {
		return nil, err
	}
	f, m, n, err := denseCopy(fn, "a", a, o.SkipFiniteCheck)
	if err != nil {
		return nil, err
	}
	r, rr, rc, q, qr, qc := rqCore(o.Mode, m, n, f,
		func(m, n int, a []float64, lda int, tau, work []float64, lwork int) {
			impl.Dgerqf(m, n, a, lda, tau, work, lwork)
		},
		func(m, n, k int, a []float64, lda int, tau, work []float64, lwork int) {
			impl.Dorgrq(m, n, k, a, lda, tau, work, lwork)
		},
		func(v float64) float64 { return v })
	res = &RQResult{R: newDense(rr, rc, r)}
	if o.Mode != "r" {
		res.Q = newDense(qr, qc, q)
	}
	return res, nil
}

// RQC is RQ for complex a (zgerqf, zungrq), like scipy.linalg.rq with
// complex input: a = R·Q with Q·Qᴴ = I.
//
// Errors: ErrShape for nil a, ErrNotFinite, ErrValue for an unknown Mode.
func RQC(a mat.CMatrix, opts *RQOptions) (res *RQResultC, err error) {
	const fn = "RQC"
	defer recoverTo(fn, &err)
	o, err := rqOpts(fn, opts)
	if err != nil {
		return nil, err
	}
	f, m, n, err := cdenseCopy(fn, "a", a, o.SkipFiniteCheck)
	if err != nil {
		return nil, err
	}
	r, rr, rc, q, qr, qc := rqCore(o.Mode, m, n, f,
		func(m, n int, a []complex128, lda int, tau, work []complex128, lwork int) {
			impl.Zgerqf(m, n, a, lda, tau, work, lwork)
		},
		func(m, n, k int, a []complex128, lda int, tau, work []complex128, lwork int) {
			impl.Zungrq(m, n, k, a, lda, tau, work, lwork)
		},
		func(v complex128) float64 { return real(v) })
	res = &RQResultC{R: newCDense(rr, rc, r)}
	if o.Mode != "r" {
		res.Q = newCDense(qr, qc, q)
	}
	return res, nil
}

// rqOpts validates the options of RQ and RQC.
func rqOpts(fn string, opts *RQOptions) (RQOptions, error) {
	var o RQOptions
	if opts != nil {
		o = *opts
	}
	switch o.Mode {
	case "":
		o.Mode = "full"
	case "full", "economic", "r":
	default:
		return o, newErr(ErrValue, fn, "opts.Mode", "%q is not one of \"full\", \"economic\", \"r\"", o.Mode)
	}
	return o, nil
}

// rqCore follows scipy.linalg.rq on the m×n row-major f (overwritten):
// gerqf, R = triu(rq, n−m) (or triu of the trailing m×m block in economic
// mode with m <= n), then orgrq on the matching rows. It returns R and Q
// with their shapes (q is nil in mode "r").
func rqCore[T float64 | complex128](mode string, m, n int, f []T,
	gerqf func(m, n int, a []T, lda int, tau, work []T, lwork int),
	orgrq func(m, n, k int, a []T, lda int, tau, work []T, lwork int),
	re func(T) float64) (r []T, rr, rc int, q []T, qr, qc int) {
	k := min(m, n)
	tau := make([]T, k)
	if k > 0 {
		work := []T{0}
		gerqf(m, n, f, n, tau, work, -1)
		work = make([]T, lworkOf(re(work[0]), m))
		gerqf(m, n, f, n, tau, work, len(work))
	}
	// R.
	if mode != "economic" || n < m {
		rr, rc = m, n
		r = make([]T, m*n)
		for i := 0; i < m; i++ {
			for j := max(0, i+n-m); j < n; j++ {
				r[i*n+j] = f[i*n+j]
			}
		}
	} else {
		rr, rc = m, m
		r = make([]T, m*m)
		for i := 0; i < m; i++ {
			for j := i; j < m; j++ {
				r[i*m+j] = f[i*n+n-m+j]
			}
		}
	}
	if mode == "r" {
		return r, rr, rc, nil, 0, 0
	}
	// Q: the rows of f that hold the reflectors, in an array with as many
	// rows as Q has.
	switch {
	case n < m:
		qr, qc = n, n
		q = make([]T, n*n)
		copy(q, f[(m-n)*n:])
	case mode == "economic":
		qr, qc = m, n
		q = f
	default:
		qr, qc = n, n
		q = make([]T, n*n)
		copy(q[(n-m)*n:], f)
	}
	if k == 0 {
		for i := range q {
			q[i] = 0
		}
		for i := 0; i < min(qr, qc); i++ {
			q[i*qc+qc-qr+i] = 1
		}
		return r, rr, rc, q, qr, qc
	}
	work := []T{0}
	orgrq(qr, qc, k, q, qc, tau, work, -1)
	work = make([]T, lworkOf(re(work[0]), qr))
	orgrq(qr, qc, k, q, qc, tau, work, len(work))
	return r, rr, rc, q, qr, qc
}
