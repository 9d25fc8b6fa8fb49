package linalg

import (
	"math"
	"math/cmplx"
	"strings"

	"gonum.org/v1/gonum/lapack"
	"gonum.org/v1/gonum/mat"

	"github.com/goscipy/goscipy/lapacke"
)

// SchurOptions are the options of Schur and SchurC. The zero value (or nil)
// is SciPy's default: sort=None.
//
// The input is always checked for NaN and Inf (there is no
// SkipFiniteCheck): LAPACK's QR iteration may not terminate on non-finite
// input.
type SchurOptions struct {
	// Sort, when not empty, reorders the Schur form so that the selected
	// eigenvalues λ come first on T's diagonal, and sets SchurResult.Sdim
	// to their number:
	//
	//	"lhp": Re λ < 0    "rhp": Re λ >= 0
	//	"iuc": |λ| <= 1    "ouc": |λ| > 1
	//
	// (SciPy's predicates; for Schur a conjugate pair counts, and is
	// moved, as two when either member is selected). SciPy 1.10 applies
	// "iuc" and "ouc" of real input to Re λ only (scipy/scipy#13137, fixed
	// in SciPy 1.15); Schur uses |λ| as documented.
	Sort string
	// SortFunc, when not nil, selects eigenvalues with a Go predicate
	// instead, like SciPy's callable sort (Sort must then be empty). It is
	// called with each eigenvalue; for Schur the members of a conjugate
	// pair are passed separately and the pair is selected if either is.
	// (SciPy passes a real matrix's callable (wr, wi), or only wr if it
	// takes one argument; SortFunc always gets the complex λ.) LAPACK
	// cannot call Go, so the unsorted form is computed (?gees) and then
	// reordered (?trsen), which is what ?gees does internally when it
	// sorts. SortFunc must be safe for concurrent use if Schur is called
	// concurrently with the same options.
	SortFunc func(lambda complex128) bool
}

// SchurResult is the real Schur decomposition a = Z·T·Zᵀ of Schur.
type SchurResult struct {
	// T is upper quasi-triangular: 1×1 diagonal blocks hold the real
	// eigenvalues, 2×2 blocks in standard form (equal diagonal,
	// off-diagonal elements of opposite signs) complex conjugate pairs.
	T *mat.Dense
	// Z is orthogonal (the Schur vectors).
	Z *mat.Dense
	// Sdim is the number of eigenvalues selected by Sort or SortFunc (0
	// without either; SciPy returns it only when sorting).
	Sdim int
}

// SchurResultC is the complex Schur decomposition a = Z·T·Zᴴ of SchurC and
// RSF2CSF.
type SchurResultC struct {
	T    *mat.CDense // upper triangular, the eigenvalues on its diagonal
	Z    *mat.CDense // unitary
	Sdim int         // as SchurResult.Sdim
}

// Schur computes the real Schur decomposition a = Z·T·Zᵀ of the n×n real
// matrix a (dgees), like scipy.linalg.schur with output="real" (the
// default). The decomposition is not unique; Schur returns LAPACK's, which
// is SciPy's.
//
// SciPy's output="complex" for real a is SchurC(ToComplex(a), opts), which
// computes exactly what SciPy does (a complex cast, then zgees); RSF2CSF
// converts a real Schur form instead, as scipy.linalg.rsf2csf does. An
// empty a gives empty factors (SciPy 1.10 raises on empty input).
//
// Errors: ErrShape if a is nil or not square, ErrNotFinite, ErrValue for an
// unknown Sort, for both Sort and SortFunc set, or when SortFunc panics;
// ErrNoConvergence if the QR iteration fails or the sorted eigenvalues
// cannot be separated (SciPy's LinAlgError).
func Schur(a mat.Matrix, opts *SchurOptions) (res *SchurResult, err error) {
	const fn = "Schur"
	defer recoverTo(fn, &err)
	sort, sel, err := schurSort(fn, opts)
	if err != nil {
		return nil, err
	}
	n, err := square(fn, "a", a)
	if err != nil {
		return nil, err
	}
	f, _, _, err := decompFinite(denseCopy(fn, "a", a, false))
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return &SchurResult{T: &mat.Dense{}, Z: &mat.Dense{}}, nil
	}
	wr := make([]float64, n)
	wi := make([]float64, n)
	z := make([]float64, n*n)
	work := []float64{0}
	impl.Dgees(lapack.SchurOrig, sort, n, f, n, wr, wi, z, n, work, -1)
	work = make([]float64, lworkOf(work[0], 3*n))
	sdim, info := impl.Dgees(lapack.SchurOrig, sort, n, f, n, wr, wi, z, n, work, len(work))
	if err := schurInfo(fn, "dgees", n, info); err != nil {
		return nil, err
	}
	if sel != nil {
		g := &schurGuard{f: sel}
		sdim, info = schurReorder(n, f, z, wr, wi, g.call)
		if err := g.err(fn); err != nil {
			return nil, err
		}
		if info != 0 {
			return nil, schurInfo(fn, "dtrsen", n, info)
		}
	}
	return &SchurResult{T: mat.NewDense(n, n, f), Z: mat.NewDense(n, n, z), Sdim: sdim}, nil
}

// SchurC computes the complex Schur decomposition a = Z·T·Zᴴ of the n×n
// complex matrix a (zgees), like scipy.linalg.schur with complex input or
// with output="complex" (pass ToComplex(a) for real a). T is upper
// triangular with the eigenvalues on its diagonal.
//
// Errors: as Schur.
func SchurC(a mat.CMatrix, opts *SchurOptions) (res *SchurResultC, err error) {
	const fn = "SchurC"
	defer recoverTo(fn, &err)
	sort, sel, err := schurSort(fn, opts)
	if err != nil {
		return nil, err
	}
	n, err := csquare(fn, "a", a)
	if err != nil {
		return nil, err
	}
	f, _, _, err := decompFinite(cdenseCopy(fn, "a", a, false))
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return &SchurResultC{T: &mat.CDense{}, Z: &mat.CDense{}}, nil
	}
	w := make([]complex128, n)
	z := make([]complex128, n*n)
	rwork := make([]float64, n)
	work := []complex128{0}
	impl.Zgees(lapack.SchurOrig, sort, n, f, n, w, z, n, work, -1, rwork)
	work = make([]complex128, lworkOf(real(work[0]), 2*n))
	sdim, info := impl.Zgees(lapack.SchurOrig, sort, n, f, n, w, z, n, work, len(work), rwork)
	if err := schurInfo(fn, "zgees", n, info); err != nil {
		return nil, err
	}
	if sel != nil {
		g := &schurGuard{f: sel}
		selected := make([]bool, n)
		for i, v := range w {
			selected[i] = g.call(v)
		}
		if err := g.err(fn); err != nil {
			return nil, err
		}
		work := []complex128{0}
		impl.Ztrsen(lapacke.CondNone, lapack.UpdateSchur, selected, n, f, n, z, n, w, work, -1)
		work = make([]complex128, lworkOf(real(work[0]), 1))
		m, _, _, ok := impl.Ztrsen(lapacke.CondNone, lapack.UpdateSchur, selected, n, f, n, z, n, w, work, len(work))
		if !ok {
			return nil, schurInfo(fn, "ztrsen", n, n+1)
		}
		sdim = m
	}
	return &SchurResultC{T: mat.NewCDense(n, n, f), Z: mat.NewCDense(n, n, z), Sdim: sdim}, nil
}

// schurSort maps SchurOptions.Sort to lapacke's predicate, or returns
// SortFunc (with SortNone) for the reordering done here.
func schurSort(fn string, opts *SchurOptions) (lapacke.SchurSort, func(complex128) bool, error) {
	if opts == nil {
		return lapacke.SortNone, nil, nil
	}
	if opts.SortFunc != nil {
		if opts.Sort != "" {
			return 0, nil, newErr(ErrValue, fn, "opts.Sort", "set Sort or SortFunc, not both")
		}
		return lapacke.SortNone, opts.SortFunc, nil
	}
	s, err := sortByName(fn, "opts.Sort", opts.Sort, lapacke.SortNone)
	return s, nil, err
}

// decompFinite passes the results of denseCopy or cdenseCopy through,
// replacing an ErrNotFinite message's hint about SkipFiniteCheck, which the
// iterative decompositions do not offer.
func decompFinite[T any](data []T, r, c int, err error) ([]T, int, int, error) {
	if e, ok := err.(*Error); ok && e.Kind == ErrNotFinite {
		if i := strings.Index(e.Message, " (set SkipFiniteCheck"); i >= 0 {
			e.Message = e.Message[:i] + " (always checked: the iteration may not terminate on them)"
		}
	}
	return data, r, c, err
}

// schurGuard calls a caller's SortFunc, turning a panic in it into an
// error instead of an internal one.
type schurGuard struct {
	f func(complex128) bool
	p any
}

func (g *schurGuard) call(l complex128) (r bool) {
	if g.p != nil {
		return false
	}
	defer func() {
		if p := recover(); p != nil {
			g.p, r = p, false
		}
	}()
	return g.f(l)
}

func (g *schurGuard) err(fn string) error {
	if g.p == nil {
		return nil
	}
	return newErr(ErrValue, fn, "opts.SortFunc", "SortFunc panicked: %v", g.p)
}

// schurReorder reorders the real Schur form (t, z) of order n so that the
// eigenvalues selected by sel come first (dtrsen), then counts sdim and
// checks the result as dgees does after sorting: info is n+1 if dtrsen
// failed, n+2 if rounding left a selected eigenvalue after an unselected
// one.
func schurReorder(n int, t, z, wr, wi []float64, sel func(complex128) bool) (sdim, info int) {
	selected := make([]bool, n)
	for i := range selected {
		selected[i] = sel(complex(wr[i], wi[i]))
	}
	work, iwork := []float64{0}, []int{0}
	impl.Dtrsen(lapacke.CondNone, lapack.UpdateSchur, selected, n, t, n, z, n, wr, wi, work, -1, iwork, -1)
	work = make([]float64, lworkOf(work[0], n))
	iwork = make([]int, max(1, iwork[0]))
	if _, _, _, ok := impl.Dtrsen(lapacke.CondNone, lapack.UpdateSchur, selected, n, t, n, z, n, wr, wi, work, len(work), iwork, len(iwork)); !ok {
		return 0, n + 1
	}
	// dgees's check of the reordering.
	lastsl, lst2sl := true, true
	ip := 0
	for i := 0; i < n; i++ {
		cursl := sel(complex(wr[i], wi[i]))
		if wi[i] == 0 {
			if cursl {
				sdim++
			}
			ip = 0
			if cursl && !lastsl {
				info = n + 2
			}
		} else if ip == 1 {
			cursl = cursl || lastsl
			lastsl = cursl
			if cursl {
				sdim += 2
			}
			ip = -1
			if cursl && !lst2sl {
				info = n + 2
			}
		} else {
			ip = 1
		}
		lst2sl = lastsl
		lastsl = cursl
	}
	return sdim, info
}

// sortByName maps SciPy's sort names to lapacke's predicates ("" gives def).
func sortByName(fn, arg, s string, def lapacke.SchurSort) (lapacke.SchurSort, error) {
	switch s {
	case "":
		return def, nil
	case "lhp":
		return lapacke.SortLHP, nil
	case "rhp":
		return lapacke.SortRHP, nil
	case "iuc":
		return lapacke.SortIUC, nil
	case "ouc":
		return lapacke.SortOUC, nil
	}
	return 0, newErr(ErrValue, fn, arg, "%q is not one of \"lhp\", \"rhp\", \"iuc\", \"ouc\"", s)
}

// schurInfo turns a positive ?gees info into SciPy's LinAlgError messages.
func schurInfo(fn, routine string, n, info int) error {
	var msg string
	switch {
	case info == 0:
		return nil
	case info == n+1:
		msg = "eigenvalues could not be separated for reordering (a very ill-conditioned problem)"
	case info == n+2:
		msg = "leading eigenvalues do not satisfy the sort condition after reordering (rounding or scaling)"
	default:
		msg = "Schur form not found: the QR iteration did not converge (possibly ill-conditioned)"
	}
	return &Error{Kind: ErrNoConvergence, Func: fn, Arg: "a", Routine: routine, Info: info, Message: msg}
}

// RSF2CSF converts the real Schur form (t, z) of a real matrix (as Schur
// returns it, a = z·t·zᵀ) to the complex Schur form a = Z·T·Zᴴ with T upper
// triangular, like scipy.linalg.rsf2csf: each 2×2 diagonal block whose
// subdiagonal element exceeds eps·(|t[m−1,m−1]| + |t[m,m]|) is split by a
// complex Givens rotation (SciPy's algorithm, the first eigenvalue being
// that of scipy.linalg.eigvals, i.e. zgeev, of the current block), and every
// subdiagonal element is then set to zero. Sdim of the result is 0. t and z
// are not modified.
//
// Errors: ErrShape if t or z is nil or not square or their orders differ,
// ErrNotFinite (unless SkipFiniteCheck in opts), ErrNoConvergence if the
// eigenvalues of a 2×2 block cannot be computed.
func RSF2CSF(t, z mat.Matrix, opts *Options) (res *SchurResultC, err error) {
	const fn = "RSF2CSF"
	defer recoverTo(fn, &err)
	// SciPy checks z before t.
	zf, zr, zc, err := denseCopy(fn, "z", z, skip(opts))
	if err != nil {
		return nil, err
	}
	tf, tr, tc, err := denseCopy(fn, "t", t, skip(opts))
	if err != nil {
		return nil, err
	}
	if zr != zc {
		return nil, newErr(ErrShape, fn, "z", "expected a square matrix, got %d×%d", zr, zc)
	}
	if tr != tc {
		return nil, newErr(ErrShape, fn, "t", "expected a square matrix, got %d×%d", tr, tc)
	}
	if tr != zr {
		return nil, newErr(ErrShape, fn, "z", "shapes must match: z is %d×%d, t is %d×%d", zr, zc, tr, tc)
	}
	n := tr
	if n == 0 {
		return &SchurResultC{T: &mat.CDense{}, Z: &mat.CDense{}}, nil
	}
	T := make([]complex128, n*n)
	Z := make([]complex128, n*n)
	for i := range T {
		T[i] = complex(tf[i], 0)
		Z[i] = complex(zf[i], 0)
	}
	const eps = 0x1p-52
	blk := make([]complex128, 4)
	for m := n - 1; m > 0; m-- {
		if cmplx.Abs(T[m*n+m-1]) > eps*(cmplx.Abs(T[(m-1)*n+m-1])+cmplx.Abs(T[m*n+m])) {
			blk[0], blk[1] = T[(m-1)*n+m-1], T[(m-1)*n+m]
			blk[2], blk[3] = T[m*n+m-1], T[m*n+m]
			w, err := EigValsC(mat.NewCDense(2, 2, blk), nil)
			if err != nil {
				return nil, &Error{Kind: ErrNoConvergence, Func: fn, Arg: "t", Message: "eigenvalues of a 2×2 diagonal block could not be computed"}
			}
			mu := w[0] - T[m*n+m]
			r := math.Hypot(cmplx.Abs(mu), cmplx.Abs(T[m*n+m-1]))
			c := mu / complex(r, 0)
			s := T[m*n+m-1] / complex(r, 0)
			// G = [[conj(c), s], [-s, c]]; rows m−1, m of T from column m−1
			// on become G·(those rows).
			g00, g01, g10, g11 := cmplx.Conj(c), s, -s, c
			for j := m - 1; j < n; j++ {
				x, y := T[(m-1)*n+j], T[m*n+j]
				T[(m-1)*n+j] = g00*x + g01*y
				T[m*n+j] = g10*x + g11*y
			}
			// Columns m−1, m of T (rows 0…m) and of Z times Gᴴ.
			h00, h01, h10, h11 := cmplx.Conj(g00), cmplx.Conj(g10), cmplx.Conj(g01), cmplx.Conj(g11)
			for i := 0; i <= m; i++ {
				x, y := T[i*n+m-1], T[i*n+m]
				T[i*n+m-1] = x*h00 + y*h10
				T[i*n+m] = x*h01 + y*h11
			}
			for i := 0; i < n; i++ {
				x, y := Z[i*n+m-1], Z[i*n+m]
				Z[i*n+m-1] = x*h00 + y*h10
				Z[i*n+m] = x*h01 + y*h11
			}
		}
		T[m*n+m-1] = 0
	}
	return &SchurResultC{T: mat.NewCDense(n, n, T), Z: mat.NewCDense(n, n, Z)}, nil
}
