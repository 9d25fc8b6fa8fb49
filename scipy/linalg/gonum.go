package linalg

import "gonum.org/v1/gonum/lapack/gonum"

// gonumImpl supplies the few pure-Go LAPACK auxiliaries that LAPACKE does
// not expose (the reverse-communication norm estimator Dlacn2).
var gonumImpl gonum.Implementation
