package linalg

import (
	"gonum.org/v1/gonum/mat"
)

// QROptions are the options of QR. The zero value (or nil) is SciPy's
// default: mode="full", pivoting=False, check_finite=True.
type QROptions struct {
	// Mode is "full" (Q m×m, R m×n; the default when empty), "economic"
	// (Q m×k, R k×n, k = min(m,n)) or "r" (R only, m×n). SciPy's "raw" is
	// not offered.
	Mode string
	// Pivoting computes a·P = Q·R with column pivoting (dgeqp3), so that
	// |R[0,0]| >= |R[1,1]| >= …; the permutation is in QRResult.P.
	Pivoting bool
	// SkipFiniteCheck skips the NaN/Inf check (SciPy's check_finite=False).
	SkipFiniteCheck bool
}

// QRResult is the decomposition a = Q·R, or a[:, P] = Q·R with pivoting.
type QRResult struct {
	Q *mat.Dense // orthogonal; nil for Mode "r"
	R *mat.Dense // upper trapezoidal
	// P is the column permutation with Pivoting: column j of a·P is column
	// P[j] of a (0-based, as SciPy's). nil without Pivoting.
	P []int
}

// QR computes the QR decomposition of the m×n matrix a (dgeqrf or dgeqp3,
// then dorgqr), like scipy.linalg.qr. The signs follow LAPACK's Householder
// convention, as SciPy's do (R's diagonal may be negative).
//
// Errors: ErrShape for nil a, ErrNotFinite, ErrValue for an unknown Mode.
func QR(a mat.Matrix, opts *QROptions) (res *QRResult, err error) {
	const fn = "QR"
	defer recoverTo(fn, &err)
	var o QROptions
	if opts != nil {
		o = *opts
	}
	switch o.Mode {
	case "":
		o.Mode = "full"
	case "full", "economic", "r":
	default:
		return nil, newErr(ErrValue, fn, "opts.Mode", "%q is not one of \"full\", \"economic\", \"r\"", o.Mode)
	}
	if !o.Pivoting {
		return qrColMajor(fn, a, o)
	}
	// With pivoting: Implementation.Dgeqp3 (LAPACKE's row-major dgeqp3) on a
	// row-major copy f. f and the workspace are scratch (speed_pool.go): R
	// and Q are copied out of f into fresh matrices.
	f, m, n, err := denseCopyScratch(fn, "a", a, o.SkipFiniteCheck)
	if err != nil {
		return nil, err
	}
	defer putScratch(f)
	k := min(m, n)
	tau := make([]float64, k)
	res = &QRResult{P: make([]int, n)}
	for j := range res.P {
		res.P[j] = -1 // every column free
	}
	qc := m
	if o.Mode == "economic" {
		qc = k
	}
	wantQ := o.Mode != "r" && k > 0 && qc > 0
	// One workspace serves the factorization and dorgqr: both queries
	// first, then a single allocation of the larger size.
	var work []float64
	if k > 0 {
		query := []float64{0}
		impl.Dgeqp3(m, n, f, n, res.P, tau, query, -1)
		lw := lworkOf(query[0], 3*n+1)
		if wantQ {
			impl.Dorgqr(m, qc, k, nil, qc, tau, query, -1)
			lw = max(lw, lworkOf(query[0], qc))
		}
		work = getScratch(lw)
		defer putScratch(work)
		impl.Dgeqp3(m, n, f, n, res.P, tau, work, len(work))
	} else {
		for j := range res.P {
			res.P[j] = j
		}
	}
	rr := m
	if o.Mode == "economic" {
		rr = k
	}
	r := make([]float64, rr*n)
	for i := 0; i < min(rr, k); i++ {
		copy(r[i*n+i:(i+1)*n], f[i*n+i:(i+1)*n])
	}
	res.R = newDense(rr, n, r)
	if o.Mode == "r" {
		return res, nil
	}
	q := make([]float64, m*qc)
	for i := 0; i < m; i++ {
		copy(q[i*qc:i*qc+min(k, qc)], f[i*n:i*n+min(k, qc)])
	}
	if k == 0 {
		for i := 0; i < min(m, qc); i++ {
			q[i*qc+i] = 1
		}
	} else if wantQ {
		impl.Dorgqr(m, qc, k, q, qc, tau, work, len(work))
	}
	res.Q = newDense(m, qc, q)
	return res, nil
}
