package lapacke

// Panic messages for the driver routines where gonum has no message of its
// own (gonum's are in errors.go). They follow gonum's wording.
const (
	drvBadCondJob   = "lapack: bad CondJob"
	drvBadEVRange   = "lapack: bad EVRange"
	drvBadSchurSort = "lapack: bad SchurSort"
	drvBadItype     = "lapack: bad itype"
	drvBadIsgn      = "lapack: bad isgn"
	drvBadIl        = "lapack: il out of range"
	drvBadIpiv      = "lapack: bad element of ipiv"
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
