package lapacke

import (
	"gonum.org/v1/gonum/lapack/lapack64"
)

// Implementation is gonum's lapack.Float64 backed by the system's LAPACKE
// (Debian's liblapacke.so.3 over whichever liblapack.so.3 the alternatives
// system or LD_LIBRARY_PATH selects, OpenBLAS's by default).
//
// It is an empty struct: it holds no state, is safe for concurrent use, and
// follows gonum's contract: invalid arguments panic with gonum's messages
// before C is called; numerical outcomes are return values.
type Implementation struct{}

// Use makes Implementation the LAPACK behind gonum's lapack64 and so behind
// gonum's mat decompositions. Call it once at start-up, before other
// goroutines use gonum: lapack64.Use is a plain global assignment.
//
// lapack64.Gtsv, Lagtm, Langb, Langt, Lansb and Lantb stay pure Go whatever is
// installed: gonum calls its own implementation for them directly.
func Use() {
	lapack64.Use(Implementation{})
}
