// Package scipy is the root of goscipy's safe API: SciPy's subpackages as Go
// packages (scipy/linalg, scipy/fft, scipy/special, scipy/stats,
// scipy/optimize, …), named after SciPy's and documented with a table that
// maps each SciPy name to its Go name. They validate their input, return
// errors for data-dependent problems and call the native libraries only
// through the thin cgo packages cblas, lapacke and fftw.
//
// This package itself has no code; the subpackages arrive with later issues.
package scipy
