package linalg

import (
	"math/cmplx"

	"gonum.org/v1/gonum/lapack"
	"gonum.org/v1/gonum/mat"

	"github.com/goscipy/goscipy/lapacke"
)

// QZResult is the real generalized Schur (QZ) decomposition
// a = Q·AA·Zᵀ, b = Q·BB·Zᵀ of QZ.
type QZResult struct {
	// AA is upper quasi-triangular (1×1 blocks for real generalized
	// eigenvalues, 2×2 blocks for complex conjugate pairs).
	AA *mat.Dense
	// BB is upper triangular with non-negative diagonal where AA has 1×1
	// blocks; under a 2×2 block of AA it is diagonal with positive entries.
	BB *mat.Dense
	Q  *mat.Dense // orthogonal: the left Schur vectors
	Z  *mat.Dense // orthogonal: the right Schur vectors
}

// QZResultC is the complex generalized Schur decomposition a = Q·AA·Zᴴ,
// b = Q·BB·Zᴴ of QZC.
type QZResultC struct {
	AA *mat.CDense // upper triangular
	BB *mat.CDense // upper triangular with real non-negative diagonal
	Q  *mat.CDense // unitary
	Z  *mat.CDense // unitary
}

// OrdQZOptions are the options of OrdQZ and OrdQZC. The zero value (or nil)
// is SciPy's default: sort="lhp".
type OrdQZOptions struct {
	// Sort selects the generalized eigenvalues λ = α/β moved to the top
	// left of (AA, BB) (SciPy's predicates, β = 0 counting as "not
	// selected" except for "ouc", which selects α ≠ 0, β = 0):
	//
	//	"lhp": Re λ < 0 (the default when empty)   "rhp": Re λ > 0
	//	"iuc": |λ| < 1                             "ouc": |λ| > 1
	//
	// For real pencils a conjugate pair moves as a whole if either member
	// is selected.
	Sort string
	// SortFunc, when not nil, selects with a Go predicate instead, like
	// SciPy's callable sort (Sort must then be empty). It is called with
	// each eigenvalue's (α, β) in the order of the unsorted form's
	// diagonal; for real pencils β is real. (SciPy calls its callable once
	// with the arrays of all α and β.) It must be safe for concurrent use
	// if OrdQZ is called concurrently with the same options.
	SortFunc func(alpha, beta complex128) bool
}

// OrdQZResult is the reordered real QZ decomposition of OrdQZ.
type OrdQZResult struct {
	AA, BB, Q, Z *mat.Dense // as in QZResult, reordered
	// Alpha and Beta give the generalized eigenvalues Alpha[j]/Beta[j] in
	// the order of AA's diagonal (Alpha complex, Beta real and >= 0).
	Alpha []complex128
	Beta  []float64
}

// OrdQZResultC is the reordered complex QZ decomposition of OrdQZC.
type OrdQZResultC struct {
	AA, BB, Q, Z *mat.CDense // as in QZResultC, reordered
	Alpha, Beta  []complex128
}

// QZ computes the real generalized Schur (QZ) decomposition of the pair of
// n×n real matrices (a, b) (dgges), like scipy.linalg.qz with
// output="real" (the default): a = Q·AA·Zᵀ, b = Q·BB·Zᵀ. The decomposition
// is not unique; QZ returns LAPACK's, which is SciPy's.
//
// SciPy's output="complex" is QZC(ToComplex(a), ToComplex(b)), which
// computes exactly what SciPy does (a complex cast, then zgges). SciPy's
// sort argument of qz is disabled (it raises); use OrdQZ. The inputs are
// always checked for NaN and Inf: LAPACK's QZ iteration may not terminate
// on them. Empty inputs give empty factors (SciPy 1.10 raises).
//
// Errors: ErrShape if a or b is nil or not square or their orders differ,
// ErrNotFinite, ErrNoConvergence if the QZ iteration fails (where SciPy
// only warns and returns a pair that is not in Schur form).
func QZ(a, b mat.Matrix) (res *QZResult, err error) {
	const fn = "QZ"
	defer recoverTo(fn, &err)
	r, err := qzReal(fn, a, b)
	if err != nil {
		return nil, err
	}
	return &QZResult{AA: r.AA, BB: r.BB, Q: r.Q, Z: r.Z}, nil
}

// QZC computes the complex generalized Schur decomposition of the pair of
// n×n complex matrices (a, b) (zgges), like scipy.linalg.qz with complex
// input or output="complex": a = Q·AA·Zᴴ, b = Q·BB·Zᴴ with AA and BB upper
// triangular.
//
// Errors: as QZ.
func QZC(a, b mat.CMatrix) (res *QZResultC, err error) {
	const fn = "QZC"
	defer recoverTo(fn, &err)
	r, err := qzComplex(fn, a, b)
	if err != nil {
		return nil, err
	}
	return &QZResultC{AA: r.AA, BB: r.BB, Q: r.Q, Z: r.Z}, nil
}

// OrdQZ computes the QZ decomposition of the real pair (a, b) reordered so
// that the generalized eigenvalues selected by opts.Sort (or
// opts.SortFunc) come first, like scipy.linalg.ordqz with output="real":
// as SciPy does, it computes the unsorted form (dgges) and reorders it with
// dtgsen. SciPy's output="complex" is OrdQZC(ToComplex(a), ToComplex(b),
// opts).
//
// Errors: ErrShape, ErrNotFinite and ErrNoConvergence as QZ; ErrValue for
// an unknown Sort, for both Sort and SortFunc set, or when SortFunc
// panics; ErrNoConvergence also when the reordering fails because the
// problem is very ill-conditioned (SciPy's ValueError from tgsen).
func OrdQZ(a, b mat.Matrix, opts *OrdQZOptions) (res *OrdQZResult, err error) {
	const fn = "OrdQZ"
	defer recoverTo(fn, &err)
	sel, err := ordqzSelect(fn, opts)
	if err != nil {
		return nil, err
	}
	r, err := qzReal(fn, a, b)
	if err != nil {
		return nil, err
	}
	n := len(r.Alpha)
	if n == 0 {
		return r, nil
	}
	g := &ordqzGuard{f: sel}
	selected := make([]bool, n)
	for i := range selected {
		selected[i] = g.call(r.Alpha[i], complex(r.Beta[i], 0))
	}
	if err := g.err(fn); err != nil {
		return nil, err
	}
	ar, ai := make([]float64, n), make([]float64, n)
	work := make([]float64, 4*n+16)
	if _, ok := impl.Dtgsen(true, true, selected, n, r.AA.RawMatrix().Data, n, r.BB.RawMatrix().Data, n,
		ar, ai, r.Beta, r.Q.RawMatrix().Data, n, r.Z.RawMatrix().Data, n, work, len(work)); !ok {
		return nil, qzInfo(fn, "dtgsen", n, n+3)
	}
	for i := range ar {
		r.Alpha[i] = complex(ar[i], ai[i])
	}
	return r, nil
}

// OrdQZC is OrdQZ for complex pairs (zgges, then ztgsen), like
// scipy.linalg.ordqz with complex input or output="complex".
//
// Errors: as OrdQZ.
func OrdQZC(a, b mat.CMatrix, opts *OrdQZOptions) (res *OrdQZResultC, err error) {
	const fn = "OrdQZC"
	defer recoverTo(fn, &err)
	sel, err := ordqzSelect(fn, opts)
	if err != nil {
		return nil, err
	}
	r, err := qzComplex(fn, a, b)
	if err != nil {
		return nil, err
	}
	n := len(r.Alpha)
	if n == 0 {
		return r, nil
	}
	g := &ordqzGuard{f: sel}
	selected := make([]bool, n)
	for i := range selected {
		selected[i] = g.call(r.Alpha[i], r.Beta[i])
	}
	if err := g.err(fn); err != nil {
		return nil, err
	}
	work := []complex128{0}
	impl.Ztgsen(true, true, selected, n, nil, n, nil, n, nil, nil, nil, n, nil, n, work, -1)
	work = make([]complex128, lworkOf(real(work[0]), 1))
	aa, bb, q, z := cdenseData(r.AA), cdenseData(r.BB), cdenseData(r.Q), cdenseData(r.Z)
	if _, ok := impl.Ztgsen(true, true, selected, n, aa, n, bb, n, r.Alpha, r.Beta, q, n, z, n, work, len(work)); !ok {
		return nil, qzInfo(fn, "ztgsen", n, n+3)
	}
	return r, nil
}

// cdenseData returns the backing slice of a contiguous n×n *mat.CDense made
// by this package.
func cdenseData(m *mat.CDense) []complex128 { return m.RawCMatrix().Data }

// ordqzSelect returns the selection predicate of OrdQZOptions: SortFunc,
// or SciPy's _lhp, _rhp, _iuc or _ouc for Sort.
func ordqzSelect(fn string, opts *OrdQZOptions) (func(alpha, beta complex128) bool, error) {
	s := ""
	if opts != nil {
		if opts.SortFunc != nil {
			if opts.Sort != "" {
				return nil, newErr(ErrValue, fn, "opts.Sort", "set Sort or SortFunc, not both")
			}
			return opts.SortFunc, nil
		}
		s = opts.Sort
	}
	switch s {
	case "", "lhp":
		return func(a, b complex128) bool { return b != 0 && real(a/b) < 0 }, nil
	case "rhp":
		return func(a, b complex128) bool { return b != 0 && real(a/b) > 0 }, nil
	case "iuc":
		return func(a, b complex128) bool { return b != 0 && cmplx.Abs(a/b) < 1 }, nil
	case "ouc":
		return func(a, b complex128) bool {
			if b == 0 {
				return a != 0
			}
			return cmplx.Abs(a/b) > 1
		}, nil
	}
	return nil, newErr(ErrValue, fn, "opts.Sort", "%q is not one of \"lhp\", \"rhp\", \"iuc\", \"ouc\"", s)
}

// ordqzGuard calls a caller's SortFunc, turning a panic in it into an
// error.
type ordqzGuard struct {
	f func(alpha, beta complex128) bool
	p any
}

func (g *ordqzGuard) call(a, b complex128) (r bool) {
	if g.p != nil {
		return false
	}
	defer func() {
		if p := recover(); p != nil {
			g.p, r = p, false
		}
	}()
	return g.f(a, b)
}

func (g *ordqzGuard) err(fn string) error {
	if g.p == nil {
		return nil
	}
	return newErr(ErrValue, fn, "opts.SortFunc", "SortFunc panicked: %v", g.p)
}

// qzInputs checks a and b (square, same order, finite) and copies them.
func qzInputs(fn string, a, b mat.Matrix) (af, bf []float64, n int, err error) {
	af, ar, ac, err := decompFinite(denseCopy(fn, "a", a, false))
	if err != nil {
		return nil, nil, 0, err
	}
	bf, br, bc, err := decompFinite(denseCopy(fn, "b", b, false))
	if err != nil {
		return nil, nil, 0, err
	}
	if ar != ac {
		return nil, nil, 0, newErr(ErrShape, fn, "a", "expected a square matrix, got %d×%d", ar, ac)
	}
	if br != bc || br != ar {
		return nil, nil, 0, newErr(ErrShape, fn, "b", "expected a square matrix of a's order %d, got %d×%d", ar, br, bc)
	}
	return af, bf, ar, nil
}

// qzInfo turns a positive ?gges info (or n+3 for a failed ?tgsen) into an
// error.
func qzInfo(fn, routine string, n, info int) error {
	var msg string
	switch {
	case info == 0:
		return nil
	case info <= n:
		msg = "the QZ iteration failed: (a, b) are not in generalized Schur form"
	case info == n+1:
		msg = "something other than the QZ iteration failed"
	case info == n+2:
		msg = "after reordering, rounding changed some complex eigenvalues so that the leading ones no longer satisfy the sort condition"
	default:
		msg = "reordering of (a, b) failed because the transformed pair would be too far from generalized Schur form; the problem is very ill-conditioned"
	}
	return &Error{Kind: ErrNoConvergence, Func: fn, Arg: "a", Routine: routine, Info: info, Message: msg}
}

// qzReal is QZ and the first step of OrdQZ: the unsorted real generalized
// Schur form (dgges).
func qzReal(fn string, a, b mat.Matrix) (*OrdQZResult, error) {
	af, bf, n, err := qzInputs(fn, a, b)
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return &OrdQZResult{AA: &mat.Dense{}, BB: &mat.Dense{}, Q: &mat.Dense{}, Z: &mat.Dense{}, Alpha: []complex128{}, Beta: []float64{}}, nil
	}
	ar, ai, beta := make([]float64, n), make([]float64, n), make([]float64, n)
	q, z := make([]float64, n*n), make([]float64, n*n)
	work := []float64{0}
	impl.Dgges(lapack.SchurOrig, lapack.SchurOrig, lapacke.SortNone, n, af, n, bf, n, ar, ai, beta, q, n, z, n, work, -1)
	work = make([]float64, lworkOf(work[0], max(8*n, 6*n+16)))
	_, info := impl.Dgges(lapack.SchurOrig, lapack.SchurOrig, lapacke.SortNone, n, af, n, bf, n, ar, ai, beta, q, n, z, n, work, len(work))
	if err := qzInfo(fn, "dgges", n, info); err != nil {
		return nil, err
	}
	alpha := make([]complex128, n)
	for i := range alpha {
		alpha[i] = complex(ar[i], ai[i])
	}
	return &OrdQZResult{AA: mat.NewDense(n, n, af), BB: mat.NewDense(n, n, bf),
		Q: mat.NewDense(n, n, q), Z: mat.NewDense(n, n, z), Alpha: alpha, Beta: beta}, nil
}

// qzComplex is QZC and the first step of OrdQZC (zgges).
func qzComplex(fn string, a, b mat.CMatrix) (*OrdQZResultC, error) {
	af, ar, ac, err := decompFinite(cdenseCopy(fn, "a", a, false))
	if err != nil {
		return nil, err
	}
	bf, br, bc, err := decompFinite(cdenseCopy(fn, "b", b, false))
	if err != nil {
		return nil, err
	}
	if ar != ac {
		return nil, newErr(ErrShape, fn, "a", "expected a square matrix, got %d×%d", ar, ac)
	}
	if br != bc || br != ar {
		return nil, newErr(ErrShape, fn, "b", "expected a square matrix of a's order %d, got %d×%d", ar, br, bc)
	}
	n := ar
	if n == 0 {
		return &OrdQZResultC{AA: &mat.CDense{}, BB: &mat.CDense{}, Q: &mat.CDense{}, Z: &mat.CDense{}, Alpha: []complex128{}, Beta: []complex128{}}, nil
	}
	alpha, beta := make([]complex128, n), make([]complex128, n)
	q, z := make([]complex128, n*n), make([]complex128, n*n)
	rwork := make([]float64, 8*n)
	work := []complex128{0}
	impl.Zgges(lapack.SchurOrig, lapack.SchurOrig, lapacke.SortNone, n, af, n, bf, n, alpha, beta, q, n, z, n, work, -1, rwork)
	work = make([]complex128, lworkOf(real(work[0]), 2*n))
	_, info := impl.Zgges(lapack.SchurOrig, lapack.SchurOrig, lapacke.SortNone, n, af, n, bf, n, alpha, beta, q, n, z, n, work, len(work), rwork)
	if err := qzInfo(fn, "zgges", n, info); err != nil {
		return nil, err
	}
	return &OrdQZResultC{AA: mat.NewCDense(n, n, af), BB: mat.NewCDense(n, n, bf),
		Q: mat.NewCDense(n, n, q), Z: mat.NewCDense(n, n, z), Alpha: alpha, Beta: beta}, nil
}
