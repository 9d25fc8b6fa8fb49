package linalg

import (
	"math"
	"sort"

	"gonum.org/v1/gonum/lapack"
	"gonum.org/v1/gonum/mat"

	"github.com/goscipy/goscipy/lapacke"
)

// EighTridiagonalOptions are the options of EighTridiagonal and
// EigvalsHTridiagonal. The zero value (or nil) means SciPy's defaults:
// eigvals_only=False, select='a', tol=0, lapack_driver='auto'.
//
// SciPy's check_finite has no counterpart: d and e are always checked for
// NaN and Inf, since LAPACK's bisection and MRRR may not terminate on NaN.
type EighTridiagonalOptions struct {
	// EigvalsOnly computes the eigenvalues only (EighResult.V is nil).
	// EigvalsHTridiagonal sets it.
	EigvalsOnly bool
	// Select and SelectRange choose the eigenvalues as in
	// EigBandedOptions: "a" (default), "v" for (SelectRange[0],
	// SelectRange[1]], "i" for the 0-based index range.
	Select      string
	SelectRange [2]float64
	// Tol is the absolute tolerance of the eigenvalues for the "stebz"
	// driver (LAPACK's ABSTOL; 0, the default, or a negative value means
	// eps·‖T‖₁). Ignored by the other drivers, as in SciPy.
	Tol float64
	// LapackDriver is "auto" (the default when empty: "stemr" for Select
	// "a", "stebz" otherwise), "stemr" (MRRR), "stebz" (bisection, with
	// inverse iteration by dstein for eigenvectors), "sterf" (all
	// eigenvalues, no eigenvectors, root-free QR) or "stev" (all
	// eigenvalues, implicit QL/QR).
	LapackDriver string
}

// EighTridiagonal computes the eigenvalues and, unless opts.EigvalsOnly,
// the eigenvectors of the real symmetric tridiagonal matrix with diagonal d
// (length n) and off-diagonal e (length n-1), like
// scipy.linalg.eigh_tridiagonal. W is ascending and column j of the n×m V
// is the unit eigenvector of W[j] (unique up to sign for simple
// eigenvalues). The driver choices and their restrictions are SciPy's (see
// EighTridiagonalOptions). d and e are not modified. Empty d and e give an
// empty result (SciPy 1.10 raises), as does a selection with no eigenvalue.
//
// Errors: ErrShape unless len(d) == len(e)+1 (or both are empty);
// ErrNotFinite for NaN/Inf in d or e; ErrValue for a bad Select,
// SelectRange or LapackDriver, or "sterf" or "stev" with a selection, or
// "sterf" with eigenvectors; ErrNoConvergence if LAPACK fails to converge
// (Routine names the routine, as SciPy's message does).
func EighTridiagonal(d, e []float64, opts *EighTridiagonalOptions) (res *EighResult, err error) {
	const fn = "EighTridiagonal"
	defer recoverTo(fn, &err)
	var o EighTridiagonalOptions
	if opts != nil {
		o = *opts
	}
	return eighTridiagonal(fn, d, e, o)
}

// EigvalsHTridiagonal returns the eigenvalues of the symmetric tridiagonal
// matrix (d, e) in ascending order, like scipy.linalg.eigvalsh_tridiagonal.
// Options (with EigvalsOnly implied) and errors as EighTridiagonal.
func EigvalsHTridiagonal(d, e []float64, opts *EighTridiagonalOptions) (w []float64, err error) {
	const fn = "EigvalsHTridiagonal"
	defer recoverTo(fn, &err)
	var o EighTridiagonalOptions
	if opts != nil {
		o = *opts
	}
	o.EigvalsOnly = true
	r, err := eighTridiagonal(fn, d, e, o)
	if err != nil {
		return nil, err
	}
	return r.W, nil
}

func eighTridiagonal(fn string, d, e []float64, o EighTridiagonalOptions) (*EighResult, error) {
	n := len(d)
	if n != len(e)+1 && !(n == 0 && len(e) == 0) {
		return nil, newErr(ErrShape, fn, "e", "has length %d; d (length %d) must have one more element than e", len(e), n)
	}
	if err := toeplitzFinite(fn, "d", d); err != nil {
		return nil, err
	}
	if err := toeplitzFinite(fn, "e", e); err != nil {
		return nil, err
	}
	sel, err := eigParseSelect(fn, o.Select, o.SelectRange, n)
	if err != nil {
		return nil, err
	}
	if math.IsNaN(o.Tol) {
		return nil, newErr(ErrValue, fn, "opts.Tol", "is NaN")
	}
	driver := o.LapackDriver
	switch driver {
	case "", "auto":
		driver = "stebz"
		if sel.rng == lapacke.RangeAll {
			driver = "stemr"
		}
	case "stemr", "stebz":
	case "sterf", "stev":
		if sel.rng != lapacke.RangeAll {
			return nil, newErr(ErrValue, fn, "opts.LapackDriver", "%s can only be used when Select is \"a\"", driver)
		}
		if driver == "sterf" && !o.EigvalsOnly {
			return nil, newErr(ErrValue, fn, "opts.LapackDriver", "sterf can only be used when EigvalsOnly is true")
		}
	default:
		return nil, newErr(ErrValue, fn, "opts.LapackDriver", "%q is not one of \"auto\", \"stemr\", \"sterf\", \"stebz\", \"stev\"", driver)
	}
	vectors := !o.EigvalsOnly
	if n == 0 {
		return eigEmpty(vectors), nil
	}
	jobz := lapack.EVNone
	if vectors {
		jobz = lapack.EVCompute
	}
	w := append([]float64(nil), d...)
	switch driver {
	case "sterf":
		ec := append([]float64(nil), e...)
		if !impl.Dsterf(n, w, ec) {
			return nil, eigNoConv(fn, "d", "dsterf")
		}
		return &EighResult{W: w}, nil
	case "stev":
		ec := append([]float64(nil), e...)
		var z, work []float64
		ldz := 1
		if vectors {
			z, ldz, work = make([]float64, n*n), n, make([]float64, max(1, 2*n-2))
		}
		if !impl.Dstev(jobz, n, w, ec, z, ldz, work) {
			return nil, eigNoConv(fn, "d", "dstev")
		}
		res := &EighResult{W: w}
		if vectors {
			res.V = newDense(n, n, z)
		}
		return res, nil
	case "stebz":
		return tridiagStebz(fn, d, e, sel, o.Tol, vectors)
	}
	// stemr
	ncols := n
	if sel.rng == lapacke.RangeIndex {
		ncols = sel.iu - sel.il + 1
	}
	ec := make([]float64, n)
	copy(ec, e)
	var z []float64
	var isuppz []int
	ldz := 1
	if vectors {
		z, ldz, isuppz = make([]float64, n*ncols), ncols, make([]int, 2*ncols)
	}
	work, iwork := make([]float64, 1), make([]int, 1)
	impl.Dstemr(jobz, sel.rng, n, nil, nil, sel.vl, sel.vu, sel.il, sel.iu, nil, nil, ldz, nil, true, work, -1, iwork, -1)
	work = make([]float64, lworkOf(work[0], 1))
	iwork = make([]int, max(1, iwork[0]))
	wo := make([]float64, n)
	m, _, ok := impl.Dstemr(jobz, sel.rng, n, w, ec, sel.vl, sel.vu, sel.il, sel.iu, wo, z, ldz, isuppz, true, work, len(work), iwork, len(iwork))
	if !ok {
		return nil, eigNoConv(fn, "d", "dstemr")
	}
	res := &EighResult{W: wo[:m]}
	if vectors {
		res.V = tridiagColumns(z, n, ldz, m, nil)
	}
	return res, nil
}

// tridiagStebz is the "stebz" driver: bisection (dstebz), in entire order
// for eigenvalues only, in block order followed by inverse iteration
// (dstein) and a sort for eigenvectors, as SciPy does.
func tridiagStebz(fn string, d, e []float64, sel eigSelect, tol float64, vectors bool) (*EighResult, error) {
	n := len(d)
	order := lapacke.OrderEntire
	if vectors {
		order = lapacke.OrderBlock
	}
	w := make([]float64, n)
	iblock, isplit := make([]int, n), make([]int, n)
	m, _, ok := impl.Dstebz(sel.rng, order, n, sel.vl, sel.vu, sel.il, sel.iu, tol, d, e, w, iblock, isplit, make([]float64, 4*n), make([]int, 3*n))
	if !ok {
		return nil, eigNoConv(fn, "d", "dstebz")
	}
	w = w[:m]
	if !vectors {
		return &EighResult{W: w}, nil
	}
	if m == 0 {
		return eigEmpty(true), nil
	}
	z := make([]float64, n*m)
	ifail := make([]int, m)
	if !impl.Dstein(n, d, e, m, w, iblock, isplit, z, m, make([]float64, 5*n), make([]int, n), ifail) {
		bad := 0
		for _, f := range ifail {
			if f >= 0 {
				bad++
			}
		}
		e := eigNoConv(fn, "d", "dstein")
		e.Message = "inverse iteration failed to converge for some eigenvectors"
		e.Info = bad
		return nil, e
	}
	// Block order to ascending order: a stable sort keeps SciPy's order
	// of equal eigenvalues from different blocks (NumPy's argsort is not
	// stable, so exactly equal eigenvalues may pair with their vectors in
	// another order there).
	perm := make([]int, m)
	for i := range perm {
		perm[i] = i
	}
	sort.SliceStable(perm, func(a, b int) bool { return w[perm[a]] < w[perm[b]] })
	ws := make([]float64, m)
	for i, p := range perm {
		ws[i] = w[p]
	}
	return &EighResult{W: ws, V: tridiagColumns(z, n, m, m, perm)}, nil
}

// tridiagColumns returns the n×m matrix of the first m columns of the
// row-major z (leading dimension ldz), column j taken from column perm[j]
// of z when perm is not nil.
func tridiagColumns(z []float64, n, ldz, m int, perm []int) *mat.Dense {
	v := make([]float64, n*m)
	for i := 0; i < n; i++ {
		row := z[i*ldz:]
		for j := 0; j < m; j++ {
			src := j
			if perm != nil {
				src = perm[j]
			}
			v[i*m+j] = row[src]
		}
	}
	return newDense(n, m, v)
}
