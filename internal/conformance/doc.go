// Package conformance holds tests, and only tests, that check goscipy's
// native backends end to end through gonum:
//
//   - mat_test.go computes gonum mat results (Mul, Solve, Inverse, LU,
//     Cholesky, QR, SVD, Eigen, EigenSym) on gonum's pure Go, installs the
//     native backends with cblas.Use and lapacke.Use, computes them again,
//     restores gonum's defaults, and compares the two within tolerances
//     scaled by each problem's condition number, on random and on tricky
//     matrices (ill-conditioned, badly scaled, singular, repeated
//     eigenvalues, sizes 1, 2, 7, 64 and 200).
//   - testlapack_test.go runs a selection of gonum's lapack/testlapack suite
//     against lapacke.Implementation with cblas.Implementation installed in
//     blas64, so that the reference products testlapack computes also run
//     on native BLAS: the native BLAS+LAPACK pair is tested together.
//
// The tests switch gonum's process-wide implementations (blas64.Use,
// lapack64.Use), so none of them runs in parallel with another, and each one
// leaves gonum's pure-Go defaults installed when it returns.
package conformance
