package cblas

//go:generate go run ./internal/gen

import (
	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas32"
	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/blas/cblas128"
	"gonum.org/v1/gonum/blas/cblas64"
)

// Implementation is gonum's BLAS interface backed by the system CBLAS
// (OpenBLAS on Debian), with small calls and a few vendor-quirk routines
// answered by gonum's pure Go gonum.org/v1/gonum/blas/gonum. The zero value
// is ready to use and it holds no state, so it is safe for concurrent use.
//
// Every method has gonum's signature, semantics and panics: invalid
// arguments panic with gonum's message before any native code runs.
type Implementation struct{}

// The four gonum BLAS interfaces, checked at compile time so that a new
// gonum method breaks our build, not our users'.
var (
	_ blas.Float32    = Implementation{}
	_ blas.Float64    = Implementation{}
	_ blas.Complex64  = Implementation{}
	_ blas.Complex128 = Implementation{}
)

// Use installs Implementation as the BLAS behind gonum's blas64, blas32,
// cblas128 and cblas64 packages, and so behind gonum's mat. Call it once at
// start-up, before any goroutine uses those packages: gonum's Use functions
// assign plain package variables, with no synchronisation.
//
// LAPACK is separate: see package lapacke for lapack64.Use.
func Use() {
	impl := Implementation{}
	blas64.Use(impl)
	blas32.Use(impl)
	cblas128.Use(impl)
	cblas64.Use(impl)
}
