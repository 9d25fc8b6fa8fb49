package linalg

import (
	"math"
	"strings"

	"gonum.org/v1/gonum/lapack"
	"gonum.org/v1/gonum/mat"

	"github.com/goscipy/goscipy/lapacke"
)

// EigBandedOptions are the options of EigBanded and EigvalsBanded. The zero
// value (or nil) means SciPy's defaults: lower=False, eigvals_only=False,
// select='a', max_ev=0.
//
// SciPy's check_finite has no counterpart: ab is always checked for NaN and
// Inf, since LAPACK's eigensolvers may not terminate on NaN.
type EigBandedOptions struct {
	// Lower says ab holds the lower form (ab[i-j, j] == a[i, j]); the zero
	// value means the upper form (ab[kd+i-j, j] == a[i, j]).
	Lower bool
	// EigvalsOnly computes the eigenvalues only (EighResult.V is nil).
	// EigvalsBanded sets it.
	EigvalsOnly bool
	// Select chooses the eigenvalues: "a" (or "all"; the default when
	// empty) for all of them, "v" (or "value") for those in the half-open
	// interval (SelectRange[0], SelectRange[1]], "i" (or "index") for the
	// SelectRange[0]-th through SelectRange[1]-th smallest (0-based,
	// inclusive; the bounds must be integers). Case is ignored, as in
	// SciPy.
	Select string
	// SelectRange is the interval or index range of Select "v" and "i";
	// it must be nondecreasing. Ignored for "a".
	SelectRange [2]float64
	// MaxEv bounds the number of eigenvalues Select "v" may find when
	// eigenvectors are computed: 0 means n; if more are found the result
	// is an ErrValue error (SciPy's max_ev sizes the output and overruns
	// it). Ignored otherwise.
	MaxEv int
}

// eigSelect is the parsed Select of the banded and tridiagonal
// eigensolvers: LAPACK's range with 0-based il, iu.
type eigSelect struct {
	rng    lapacke.EVRange
	vl, vu float64
	il, iu int
}

// eigParseSelect validates sel and sr for a matrix of order n as SciPy's
// _check_select does (and, for "v", LAPACK's vl < vu).
func eigParseSelect(fn, sel string, sr [2]float64, n int) (eigSelect, error) {
	switch strings.ToLower(sel) {
	case "", "a", "all":
		return eigSelect{rng: lapacke.RangeAll, il: 0, iu: n - 1}, nil
	case "v", "value":
		if !(sr[0] < sr[1]) {
			return eigSelect{}, newErr(ErrValue, fn, "opts.SelectRange", "(%v, %v] is not an interval with SelectRange[0] < SelectRange[1]", sr[0], sr[1])
		}
		return eigSelect{rng: lapacke.RangeValue, vl: sr[0], vu: sr[1]}, nil
	case "i", "index":
		lo, hi := sr[0], sr[1]
		if lo != math.Trunc(lo) || hi != math.Trunc(hi) {
			return eigSelect{}, newErr(ErrValue, fn, "opts.SelectRange", "[%v, %v] must hold integers for Select \"i\"", lo, hi)
		}
		if hi < lo {
			return eigSelect{}, newErr(ErrValue, fn, "opts.SelectRange", "[%v, %v] must be nondecreasing", lo, hi)
		}
		if lo < 0 || hi > float64(n-1) {
			return eigSelect{}, newErr(ErrValue, fn, "opts.SelectRange", "[%v, %v] is out of bounds for %d eigenvalues (indices are 0-based)", lo, hi, n)
		}
		return eigSelect{rng: lapacke.RangeIndex, il: int(lo), iu: int(hi)}, nil
	}
	return eigSelect{}, newErr(ErrValue, fn, "opts.Select", "%q is not \"a\", \"v\" or \"i\"", sel)
}

// EigBanded computes the eigenvalues and, unless opts.EigvalsOnly, the
// eigenvectors of the real symmetric band matrix a given by one triangle in
// SciPy's band storage ab ((kd+1)×n, upper form unless opts.Lower; see
// SolveBanded), like scipy.linalg.eig_banded. W is ascending and column j
// of the n×m V is the unit eigenvector of W[j] (unique up to sign for
// simple eigenvalues). All eigenvalues come from LAPACK's dsbevd (divide
// and conquer), a selection from dsbevx with abstol 2·dlamch('S'), as in
// SciPy. ab is not modified. An empty ab, or a selection with no
// eigenvalue, gives an empty W and V.
//
// For n = 1 with the upper form and kd > 0, SciPy 1.10 returns ab[0, 0],
// an unused corner entry, because of a defect of LAPACK's dsbevd; this
// returns the eigenvalue ab[kd, 0].
//
// Errors: ErrShape if ab has no rows; ErrNotFinite for NaN/Inf in ab;
// ErrValue for a bad Select, SelectRange or a MaxEv exceeded;
// ErrNoConvergence if LAPACK fails to converge.
func EigBanded(ab mat.Matrix, opts *EigBandedOptions) (res *EighResult, err error) {
	const fn = "EigBanded"
	defer recoverTo(fn, &err)
	var o EigBandedOptions
	if opts != nil {
		o = *opts
	}
	return eigBanded(fn, ab, o)
}

// EigvalsBanded returns the eigenvalues of the symmetric band matrix in ab
// in ascending order, like scipy.linalg.eigvals_banded. Options (with
// EigvalsOnly implied) and errors as EigBanded.
func EigvalsBanded(ab mat.Matrix, opts *EigBandedOptions) (w []float64, err error) {
	const fn = "EigvalsBanded"
	defer recoverTo(fn, &err)
	var o EigBandedOptions
	if opts != nil {
		o = *opts
	}
	o.EigvalsOnly = true
	r, err := eigBanded(fn, ab, o)
	if err != nil {
		return nil, err
	}
	return r.W, nil
}

func eigBanded(fn string, ab mat.Matrix, o EigBandedOptions) (*EighResult, error) {
	sab, rows, n, err := denseCopy(fn, "ab", ab, false)
	if err != nil {
		return nil, err
	}
	if rows == 0 && n > 0 {
		return nil, newErr(ErrShape, fn, "ab", "has no rows; a band array has kd+1 >= 1 rows")
	}
	sel, err := eigParseSelect(fn, o.Select, o.SelectRange, n)
	if err != nil {
		return nil, err
	}
	if o.MaxEv < 0 {
		return nil, newErr(ErrValue, fn, "opts.MaxEv", "is %d, must be >= 0", o.MaxEv)
	}
	vectors := !o.EigvalsOnly
	if n == 0 {
		return eigEmpty(vectors), nil
	}
	kd := rows - 1
	ul := bandedUplo(o.Lower)
	g := bandedSymToGonum(sab, kd, n, o.Lower)
	jobz := lapack.EVNone
	if vectors {
		jobz = lapack.EVCompute
	}
	w := make([]float64, n)
	if sel.rng == lapacke.RangeAll {
		var z []float64
		ldz := 1
		if vectors {
			z, ldz = make([]float64, n*n), n
		}
		work, iwork := make([]float64, 1), make([]int, 1)
		impl.Dsbevd(jobz, ul, n, kd, g, kd+1, w, z, ldz, work, -1, iwork, -1)
		work = make([]float64, lworkOf(work[0], 1))
		iwork = make([]int, max(1, iwork[0]))
		if !impl.Dsbevd(jobz, ul, n, kd, g, kd+1, w, z, ldz, work, len(work), iwork, len(iwork)) {
			return nil, eigNoConv(fn, "ab", "dsbevd")
		}
		res := &EighResult{W: w}
		if vectors {
			res.V = newDense(n, n, z)
		}
		return res, nil
	}
	ncols := n
	if sel.rng == lapacke.RangeIndex {
		ncols = sel.iu - sel.il + 1
	}
	var q, z []float64
	var ifail []int
	ldq, ldz := 1, 1
	if vectors {
		q, ldq = make([]float64, n*n), n
		z, ldz = make([]float64, n*ncols), ncols
		ifail = make([]int, n)
	}
	abstol := 2 * dlamchS
	m, ok := impl.Dsbevx(jobz, sel.rng, ul, n, kd, g, kd+1, q, ldq, sel.vl, sel.vu, sel.il, sel.iu, abstol, w, z, ldz, make([]float64, 7*n), make([]int, 5*n), ifail)
	if !ok {
		return nil, eigNoConv(fn, "ab", "dsbevx")
	}
	if vectors && sel.rng == lapacke.RangeValue && o.MaxEv > 0 && m > o.MaxEv {
		return nil, newErr(ErrValue, fn, "opts.MaxEv", "%d eigenvalues lie in (%v, %v], more than MaxEv = %d; raise MaxEv or leave it 0", m, sel.vl, sel.vu, o.MaxEv)
	}
	res := &EighResult{W: w[:m]}
	if vectors {
		v := make([]float64, n*m)
		for i := 0; i < n; i++ {
			copy(v[i*m:(i+1)*m], z[i*ldz:i*ldz+m])
		}
		res.V = newDense(n, m, v)
	}
	return res, nil
}

// dlamchS is LAPACK's dlamch('S'), the smallest normal float64 (safe
// minimum); SciPy's eig_banded passes abstol = 2·dlamch('S') to ?sbevx.
const dlamchS = 0x1p-1022

// eigEmpty is the result for an empty matrix or selection.
func eigEmpty(vectors bool) *EighResult {
	res := &EighResult{W: []float64{}}
	if vectors {
		res.V = &mat.Dense{}
	}
	return res
}

// eigNoConv is the ErrNoConvergence error of the structured eigensolvers.
func eigNoConv(fn, arg, routine string) *Error {
	e := newErr(ErrNoConvergence, fn, arg, "the eigenvalue algorithm did not converge")
	e.Routine = routine
	return e
}
