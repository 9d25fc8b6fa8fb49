package lapacke

// Panic messages where gonum has no message of its own (gonum's are in
// errors.go), in gonum's wording: for the driver routines' arguments, and
// for index arguments that gonum's pure Go does not need to check (a Go
// index out of range panics safely, but C reading an out-of-range pivot
// scribbles over memory, so these values are checked before C sees them).
const (
	badElemIpiv     = "lapack: bad element of ipiv"
	badElemK        = "lapack: bad element of k"
	drvBadCondJob   = "lapack: bad CondJob"
	drvBadEVRange   = "lapack: bad EVRange"
	drvBadSchurSort = "lapack: bad SchurSort"
	drvBadItype     = "lapack: bad itype"
	drvBadIsgn      = "lapack: bad isgn"
	drvBadIl        = "lapack: il out of range"
	drvBadIu        = "lapack: iu out of range"
	drvBadVlVu      = "lapack: vu <= vl"
	drvBadLRWork    = "lapack: insufficient declared rwork length"
	drvBadLIWork    = "lapack: insufficient declared iwork length"
	drvBadLdVS      = "lapack: bad leading dimension of VS"
	drvBadLdVSL     = "lapack: bad leading dimension of VSL"
	drvBadLdVSR     = "lapack: bad leading dimension of VSR"
	drvShortAlpha   = "lapack: insufficient length of alpha"
	drvShortAlphar  = "lapack: insufficient length of alphar"
	drvShortAlphai  = "lapack: insufficient length of alphai"
	drvShortBeta    = "lapack: insufficient length of beta"
	drvShortIsuppz  = "lapack: insufficient length of isuppz"
	drvShortRWork   = "lapack: insufficient length of rwork"
	drvShortVS      = "lapack: insufficient length of vs"
	drvShortVSL     = "lapack: insufficient length of vsl"
	drvShortVSR     = "lapack: insufficient length of vsr"
)
