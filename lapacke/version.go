package lapacke

/*
#include <lapacke.h>
#cgo noescape LAPACKE_ilaver
#cgo nocallback LAPACKE_ilaver
*/
import "C"

import "github.com/goscipy/goscipy/internal/nativecall"

// Version reports the version of the LAPACK library that LAPACKE calls, as
// LAPACKE_ilaver (LAPACK's ILAVER) returns it: for example 3, 11, 0. The
// library is chosen at run time (Debian's liblapack.so.3 alternative, OpenBLAS's
// build of LAPACK by default), so this can differ from the LAPACKE headers
// the package was compiled against.
func Version() (major, minor, patch int) {
	var maj, mnr, pat C.lapack_int
	s := nativecall.Enter()
	C.LAPACKE_ilaver(&maj, &mnr, &pat)
	nativecall.Exit(s)
	return int(maj), int(mnr), int(pat)
}
