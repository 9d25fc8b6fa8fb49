package linalg

import "gonum.org/v1/gonum/mat"

// qrColMajor is QR without pivoting, computed as SciPy computes it: dgeqrf
// and dorgqr on a column-major copy of a. gonum's row-major contract makes
// Implementation.Dgeqrf run dgelqf on aᵀ instead (lapacke/qr.go), which
// OpenBLAS's LAPACK runs markedly slower: at n = 1000, 59 ms for dgelqf and
// dorglq against 54 ms for dgeqrf and dorgqr from C, and QR took 1.4× the
// C time of SciPy's calls (scripts/bench-linalg.sh). Row-major Dgelqf and
// Dorglq on the transposed copy are dgeqrf and dorgqr on a itself, so the
// factorization is SciPy's to the rounding; the price is transposing a in,
// and R and Q out, tile by tile (transposeInto). o.Mode is valid.
func qrColMajor(fn string, a mat.Matrix, o QROptions) (*QRResult, error) {
	// ft is a column-major (m×n, leading dimension m), that is the
	// row-major n×m aᵀ; scratch (speed_pool.go), as are the workspace and
	// qt: R and Q are copied out into fresh matrices.
	ft, m, n, err := denseCopyT(fn, "a", a, o.SkipFiniteCheck)
	if err != nil {
		return nil, err
	}
	defer putScratch(ft)
	k := min(m, n)
	qc, rr := m, m
	if o.Mode == "economic" {
		qc, rr = k, k
	}
	wantQ := o.Mode != "r" && k > 0 && qc > 0
	tau := make([]float64, k)
	var work []float64
	if k > 0 {
		// One workspace for both calls: the queries first.
		query := []float64{0}
		impl.Dgelqf(n, m, ft, m, tau, query, -1)
		lw := lworkOf(query[0], n)
		if wantQ {
			impl.Dorglq(qc, m, k, nil, m, tau, query, -1)
			lw = max(lw, lworkOf(query[0], qc))
		}
		work = getScratch(lw)
		defer putScratch(work)
		impl.Dgelqf(n, m, ft, m, tau, work, len(work))
	}
	res := &QRResult{}
	// R's rows are the first min(rr, k) columns of the factored ft, from
	// the diagonal on; rows from k on are zero.
	r := make([]float64, rr*n)
	if rk := min(rr, k); rk > 0 {
		transposeInto(r, n, ft, m, n, rk)
		for i := 1; i < rk; i++ {
			clear(r[i*n : i*n+i])
		}
	}
	res.R = newDense(rr, n, r)
	if o.Mode == "r" {
		return res, nil
	}
	q := make([]float64, m*qc)
	if !wantQ {
		// k == 0: Q is the identity (its first qc columns).
		for i := 0; i < min(m, qc); i++ {
			q[i*qc+i] = 1
		}
		res.Q = newDense(m, qc, q)
		return res, nil
	}
	// qt holds Q column-major (m×qc, leading dimension m), that is the
	// row-major qc×m Qᵀ: the k reflectors from ft, then zero columns.
	qt := getScratch(qc * m)
	defer putScratch(qt)
	copy(qt, ft[:min(k, qc)*m])
	clear(qt[min(k, qc)*m:])
	impl.Dorglq(qc, m, k, qt, m, tau, work, len(work))
	transposeInto(q, qc, qt, m, qc, m)
	res.Q = newDense(m, qc, q)
	return res, nil
}
