// Package special provides SciPy's special functions (scipy.special) in
// pure Go: gamma and beta functions and their relatives, the error
// function family and the normal distribution, incomplete gamma and beta
// functions and their inverses, the distribution functions built on them,
// exponential integrals and zeta functions.
//
// Every function is a pure function of its float64 arguments, safe for
// concurrent use, and never panics: like SciPy's ufuncs it returns NaN
// outside its domain and SciPy's values (±Inf, 0, 1, NaN) at the edges,
// which each doc comment lists in Go's math style ("Special cases are").
// Only the slice functions (Logsumexp, Softmax, LogSoftmax) return errors,
// where SciPy raises (empty input, mismatched weights).
//
// # Accuracy
//
// The target is 1e-13 relative error over the whole domain, tails
// included, checked by golden files from SciPy 1.10.1 and mpmath (50+
// digits) in testdata/special, written by scripts/golden/special.py: each
// result must be within 1e-13 of SciPy's, or of mpmath's where SciPy is
// itself farther than 1e-13 from mpmath. The places where SciPy is less
// accurate and this package follows mpmath are noted in the functions'
// docs (Ndtr(-38), Binom(1000, 30), Beta with large or negative arguments,
// Polygamma at negative x, Stdtr at large df, and others). The measured
// maximum over the golden data is below 6e-14 for every function (most are
// below 1e-14) except Betaincinv, whose error is bounded by the condition
// number of the problem (documented there; 7e-13 at a = 0.001).
//
// Logarithms that are exponentiated into results (the prefactors
// x^a·e^(-x)/Γ(a) and x^a(1-x)^b/B(a, b), beta functions of large
// arguments, gamma ratios) are carried in double-double arithmetic, so that
// tails such as P(100, 10) ≈ 4.6e-63 keep full relative accuracy.
// Polynomial tables (Ndtri's pieces, Temme's coefficients, the Taylor
// series of ψ and Ei about their zeros) are generated with mpmath by
// gen_tables.py in this directory.
//
// # Functions
//
// SciPy's names map to Go's as follows.
//
//	scipy.special            Go                              notes
//	gamma                    Gamma                           Gamma(-0) = +Inf as SciPy (Go's math: -Inf)
//	gammaln                  Gammaln                         log|Γ(x)|
//	gammasgn                 Gammasgn
//	loggamma (real)          Loggamma                        NaN for x < 0; complex input not provided
//	rgamma                   Rgamma                          1/Γ(x)
//	digamma, psi             Digamma
//	polygamma                Polygamma
//	beta, betaln             Beta, Betaln
//	poch                     Poch
//	factorial                Factorial, FactorialExact       exact=True returns *big.Int
//	factorial2               Factorial2, Factorial2Exact     int64 argument (SciPy accepts integers only)
//	comb                     Comb, CombExact                 exact=True returns *big.Int
//	comb(repetition=True)    CombRepetition, CombRepetitionExact
//	perm                     Perm, PermExact
//	binom                    Binom
//	erf, erfc, erfcx         Erf, Erfc, Erfcx
//	erfinv, erfcinv          Erfinv, Erfcinv
//	dawsn                    Dawsn
//	ndtr, ndtri, log_ndtr    Ndtr, Ndtri, LogNdtr
//	expit, logit, log_expit  Expit, Logit, LogExpit
//	xlogy, xlog1py           Xlogy, Xlog1py
//	logsumexp                Logsumexp, LogsumexpSign        1-D; b = nil for no weights; return_sign → LogsumexpSign
//	softmax, log_softmax     Softmax, LogSoftmax             1-D, new slice
//	sinc                     Sinc                            numpy.sinc; exact zeros at integers
//	boxcox, inv_boxcox       Boxcox, InvBoxcox
//	gammainc, gammaincc      Gammainc, Gammaincc
//	gammaincinv              Gammaincinv
//	gammainccinv             Gammainccinv
//	betainc, betaincinv      Betainc, Betaincinv             SciPy's argument order (a, b, x)
//	chdtr, chdtrc            Chdtr, Chdtrc
//	stdtr                    Stdtr                           non-integer df accepted, as SciPy
//	fdtr                     Fdtr
//	bdtr                     Bdtr                            n truncated to an integer, as SciPy
//	pdtr                     Pdtr
//	expi, exp1, expn         Expi, Exp1, Expn                real arguments
//	zeta(x)                  Zeta
//	zeta(x, q)               HurwitzZeta
//	zetac                    Zetac
//
// SciPy's ufuncs broadcast over arrays; here the scalar functions are
// called in a loop (they allocate nothing), which the benchmarks
// (BenchmarkNdtr, BenchmarkNdtri, BenchmarkGammainc over 1e6 points) and
// scripts/bench-special.sh compare with SciPy's vectorized calls and with
// gonum.
package special
