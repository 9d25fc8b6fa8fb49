// Package benchsuite is the work `goscipy bench` times: BLAS kernels
// (dgemm, dgemv, ddot, dtrsm, dsyrk), LAPACK drivers (dgetrf+dgetrs,
// dpotrf, dgeqrf, dgesdd, dsyevd, dgeev), FFTs (complex and real
// forward transforms) and workloads of the safe scipy/* API (special.Ndtr
// and special.Gammainc over up to 4M points, fft.RFFTInto, linalg.Solve,
// stats.MannWhitneyU),
// grouped into suites of sizes, run at a list of native thread counts.
//
// Every kernel goes through the same code a goscipy user runs:
// cblas.Implementation, lapacke.Implementation, fftw plans and the scipy/*
// functions, so the numbers include the Go-side argument checks and the
// cgo call. Inputs are
// Gaussian (or, where the routine needs structure, a matrix built from
// Gaussian or uniform numbers: a diagonally dominant triangle for dtrsm and
// a diagonally dominant symmetric matrix for dpotrf) drawn from math/rand/v2's
// PCG seeded with the suite seed and the problem size, and built in pure
// Go, so every vendor computes on the same bits.
//
// For each case the runner
//
//   - makes the inputs and asks LAPACK for its workspace sizes (untimed);
//   - makes warm-up calls, untimed, then timed calls until it has at least
//     the suite's minimum count and either the suite's time target or its
//     maximum count is reached; inputs the routine overwrites are restored
//     between calls, outside the timed region;
//   - hashes every call's output bits (SHA-256): the case is deterministic
//     when all hashes agree, warm-up included;
//   - checks the first call's output for accuracy in pure Go, without the
//     vendor: a Freivalds-style residual (multiply the claimed result by a
//     random vector and compare with the product recomputed from the
//     inputs) for the matrix kernels, a compensated reference sum for ddot,
//     direct DFT sums at a few bins for the FFTs, and an independent pure-Go
//     implementation for the special functions (Go's math.Erfc, gonum's
//     mathext.GammaIncReg). These cost O(n²) or
//     less, far below the kernels themselves.
//
// Tolerances are deliberately loose (10·n·ε for the matrix kernels,
// 10·√n·log₂n·ε for the FFTs, with ε = 2⁻⁵²): a correct library lands far
// below them, a broken one near 1. They are there to catch a fast but
// wrong vendor, not to rank accurate ones; the error itself is recorded.
package benchsuite
