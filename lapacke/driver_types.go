package lapacke

// Flag types for driver arguments that gonum's lapack package has no type
// for. Like gonum's, each is a byte equal to the LAPACK character (or, for
// SchurSort, a letter naming SciPy's predicate), and any other value makes the
// routine panic.

// EVRange selects which eigenvalues Dsyevr and Zheevr compute (LAPACK's
// RANGE argument).
type EVRange byte

const (
	// RangeAll computes all eigenvalues.
	RangeAll EVRange = 'A'
	// RangeValue computes the eigenvalues in the half-open interval (vl, vu].
	RangeValue EVRange = 'V'
	// RangeIndex computes the il-th through iu-th smallest eigenvalues.
	RangeIndex EVRange = 'I'
)

// CondJob selects which reciprocal condition numbers Dtrsen and Ztrsen
// compute for the selected cluster (LAPACK's JOB argument).
type CondJob byte

const (
	// CondNone computes no condition numbers.
	CondNone CondJob = 'N'
	// CondEigenvalues computes s, for the cluster of eigenvalues.
	CondEigenvalues CondJob = 'E'
	// CondSubspace computes sep, for the invariant subspace.
	CondSubspace CondJob = 'V'
	// CondBoth computes s and sep.
	CondBoth CondJob = 'B'
)

// SchurSort selects the eigenvalues that Dgees, Zgees, Dgges and Zgges move
// to the top left of the Schur form. The predicates are SciPy's
// (scipy.linalg.schur and scipy.linalg.qz / ordqz), evaluated in C because
// LAPACK calls them back and a Go callback is not allowed there.
//
// For the standard problem (Dgees, Zgees) a selected eigenvalue λ satisfies:
//
//	SortLHP: real(λ) < 0
//	SortRHP: real(λ) >= 0
//	SortIUC: |λ| <= 1
//	SortOUC: |λ| > 1
//
// For the generalized problem (Dgges, Zgges) with λ = α/β:
//
//	SortLHP: β != 0 and real(α/β) < 0
//	SortRHP: β != 0 and real(α/β) > 0
//	SortIUC: β != 0 and |α/β| < 1
//	SortOUC: α != 0 and (β == 0 or |α/β| > 1)
//
// The strict and non-strict comparisons differ between the two problems
// because SciPy's do (linalg/_decomp_schur.py and linalg/_decomp_qz.py).
type SchurSort byte

const (
	// SortNone does not reorder the Schur form; sdim is 0.
	SortNone SchurSort = 'N'
	// SortLHP selects eigenvalues in the open left half-plane.
	SortLHP SchurSort = 'L'
	// SortRHP selects eigenvalues in the right half-plane.
	SortRHP SchurSort = 'R'
	// SortIUC selects eigenvalues inside the unit circle.
	SortIUC SchurSort = 'I'
	// SortOUC selects eigenvalues outside the unit circle.
	SortOUC SchurSort = 'O'
)
