package cblas

// Routes: every place where Implementation does not simply call gonum below
// the crossover and the native library above it. Each route says what was
// measured, on which inputs, against which version, and links upstream. The
// named tests in routes_test.go check the answer Implementation gives on
// each input, and log whether the raw vendor routine (or gonum) still
// misbehaves, so a route can be dropped when the Docker pins move.
//
// Measured with OpenBLAS 0.3.21 (Debian bookworm, libopenblas0-pthread,
// SkylakeX kernels, as OpenBLAS detected them here) and gonum v0.17.0 on x86-64.
//
// To the pure Go implementation (vendor quirks):
//
//   - Srotg, Drotg always. OpenBLAS's drotg squares its inputs without
//     scaling: drotg(1e300, 1) returns r=+Inf, c=s=0 (correct: r=1e300,
//     c=1, s=1e-300), and so does any input where a² + b² overflows
//     (drotg(1.3e154, 1.3e154)); below about 1e-154 the squares lose
//     precision (drotg(1e-160, 1e-160) gives c = s = 0.7071107, relative
//     error 6e-6) and then underflow: drotg(1e-300, 1e-300) returns
//     c=s=+Inf, r=0 (correct: c=s=1/√2, r=1.41e-300). testblas.DrotgTest with extreme values fails 56 cases
//     on the raw routine. gonum/netlib skips those cases instead (gonum
//     PR#1877 "blas/testblas: add flag to DrotgTest to skip extreme
//     values", https://github.com/gonum/gonum/pull/1877; gonum#1884 tracks
//     reverting it, https://github.com/gonum/gonum/issues/1884). OpenBLAS's
//     srotg computes in double precision and gave no wrong answer here; it
//     is routed too so that both precisions follow gonum's algorithm
//     (Anderson's safe scaling) and agree with each other.
//   - Srotmg, Drotmg always. The vendor follows reference BLAS where gonum
//     does not: when d2*b2 underflows to zero it returns the identity
//     (flag -2) and leaves d1, d2, b1 unchanged, while gonum returns a
//     rescaled rotation; 29188 of 300000 log-uniform random inputs in
//     [1e-308, 1e308] differ, for example (3.65e-128, 5.19e-237, -5.89e107,
//     1.61e-202). Upstream, OpenBLAS's {s,d}rotmg can loop forever when
//     1 - h12*h21 rounds to zero (OpenMathLib/OpenBLAS#6031,
//     https://github.com/OpenMathLib/OpenBLAS/issues/6031, fixed after
//     0.3.21; its reproducer did not hang here), and the rotation routines
//     have a history of vendor differences (gonum/blas#59,
//     OpenMathLib/OpenBLAS#484, #1452). A report that drotmg returns NaN for
//     large inputs was not reproduced on 0.3.21 (no NaN where gonum is
//     finite in the 300000 inputs above). The routines are scalar, so gonum
//     costs nothing in speed.
//   - Icamax, Izamax always, and Isamax, Idamax when x contains a NaN. With
//     a NaN in x, OpenBLAS's i?amax kernels return an index that is neither
//     the largest element nor the NaN: idamax([1, 3, +Inf, NaN]) = 0 and
//     icamax([1, +Inf, NaN, 3]) = 3, where gonum and reference BLAS return
//     the +Inf (1, and 1); idamax([5, NaN, -Inf, 8, 9]) = 1, not 2
//     (testblas.IdamaxTest's "NaNInf" case, which the suite only logs); in
//     597 of 2000 random vectors with NaNs the answers differ. For the real
//     precisions the native index is used unless the native ?asum of x is
//     NaN (which happens exactly when x holds a NaN), so clean data keeps
//     the native speed (about 4x gonum at n=1000 here); the complex kernels
//     were slower than gonum once the NaN check is added, so they are not
//     used. (BLIS 0.9, the libblas.so.3 alternative from libblis4-pthread,
//     returns the first NaN's index instead: idamax([1, 3, +Inf, NaN]) = 3.)
//   - Snrm2, Dnrm2, Scnrm2, Dznrm2 when the native result is NaN. BLIS 0.9
//     returns NaN for a vector holding more than one infinity,
//     dnrm2([5, +Inf, -Inf, 8, 9]) (testblas.Dnrm2Test's "MultiInf" case,
//     correct: +Inf); OpenBLAS 0.3.21 and the reference BLAS are right. A
//     NaN result is recomputed by gonum, which returns NaN exactly when x
//     holds a NaN, so the check costs nothing on the normal path.
//
// To the native library (bugs in gonum v0.17.0 at small sizes, where the
// crossover would otherwise call gonum):
//
//   - Sger, Dger with a negative increment. gonum's assembly Ger ignores a
//     negative incX or incY: Dger(3, 3, 1, [1 2 3], -1, [1 1 1], 1, a, 3)
//     leaves a zero (correct: [3 3 3; 2 2 2; 1 1 1]); Sger writes garbage.
//     gonum's pure Go build (-tags noasm) is correct.
//   - Sgemv, Dgemv with beta == 0: gonum's GemvT (Sgemv everywhere, Dgemv
//     with -tags noasm or on architectures without gonum assembly) zeroes
//     the whole of y, not just its first n elements, when beta == 0 and
//     incY == 1: Sgemv(Trans, 1, 3, 1, a, 3, x, 1, 0, y, 1) with len(y) = 6
//     zeroes y[3:] too. Here y is cut to the vector's extent before gonum
//     sees it, which keeps the small-size speed.

import (
	"math"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/gonum"
)

// Srotg computes the plane rotation
//
//	⎡  c s ⎤ ⎡ a ⎤ = ⎡ r ⎤
//	⎣ -s c ⎦ ⎣ b ⎦   ⎣ 0 ⎦
//
// with c² + s² = 1, and z, from which c and s can be recovered; see gonum's
// Srotg for the conventions. It always runs gonum's pure Go code (see routes.go).
func (Implementation) Srotg(a, b float32) (c, s, r, z float32) {
	return gonum.Implementation{}.Srotg(a, b)
}

// Drotg computes the plane rotation
//
//	⎡  c s ⎤ ⎡ a ⎤ = ⎡ r ⎤
//	⎣ -s c ⎦ ⎣ b ⎦   ⎣ 0 ⎦
//
// with c² + s² = 1, and z, from which c and s can be recovered; see gonum's
// Drotg for the conventions. It always runs gonum's pure Go code, because
// OpenBLAS's drotg overflows and underflows on extreme inputs (see routes.go).
func (Implementation) Drotg(a, b float64) (c, s, r, z float64) {
	return gonum.Implementation{}.Drotg(a, b)
}

// Srotmg computes the modified Givens rotation that zeroes the second
// component of (sqrt(d1)*b1, sqrt(d2)*b2), returning its parameters and the
// updated d1, d2 and b1. It always runs gonum's pure Go code (see the routes
// above).
func (Implementation) Srotmg(d1, d2, b1, b2 float32) (p blas.SrotmParams, rd1, rd2, rb1 float32) {
	return gonum.Implementation{}.Srotmg(d1, d2, b1, b2)
}

// Drotmg computes the modified Givens rotation that zeroes the second
// component of (sqrt(d1)*b1, sqrt(d2)*b2), returning its parameters and the
// updated d1, d2 and b1. It always runs gonum's pure Go code (see the routes
// above).
func (Implementation) Drotmg(d1, d2, b1, b2 float64) (p blas.DrotmParams, rd1, rd2, rb1 float64) {
	return gonum.Implementation{}.Drotmg(d1, d2, b1, b2)
}

// Isamax returns the index of an element of x with the largest absolute
// value; if several have it, the earliest. It returns -1 if n == 0 or
// incX < 0, as gonum does. Invalid arguments panic with gonum's messages.
//
// Calls with n below the crossIamax threshold run gonum's pure Go Isamax; larger ones use the
// native isamax unless x holds a NaN (see routes.go).
func (Implementation) Isamax(n int, x []float32, incX int) int {
	if n < crossIamax && !nativeOnly.Load() {
		return gonum.Implementation{}.Isamax(n, x, incX)
	}
	i := nativeIsamax(n, x, incX)
	if i >= 0 && math.IsNaN(float64(nativeSasum(n, x, incX))) {
		return gonum.Implementation{}.Isamax(n, x, incX)
	}
	return i
}

// Idamax returns the index of an element of x with the largest absolute
// value; if several have it, the earliest. It returns -1 if n == 0 or
// incX < 0, as gonum does. Invalid arguments panic with gonum's messages.
//
// Calls with n below the crossIamax threshold run gonum's pure Go Idamax; larger ones use the
// native idamax unless x holds a NaN (see routes.go).
func (Implementation) Idamax(n int, x []float64, incX int) int {
	if n < crossIamax && !nativeOnly.Load() {
		return gonum.Implementation{}.Idamax(n, x, incX)
	}
	i := nativeIdamax(n, x, incX)
	if i >= 0 && math.IsNaN(nativeDasum(n, x, incX)) {
		return gonum.Implementation{}.Idamax(n, x, incX)
	}
	return i
}

// Icamax returns the index of an element of x with the largest value of
// |real(x[i])| + |imag(x[i])|; if several have it, the earliest. It returns
// -1 if n == 0 or incX < 0. It always runs gonum's pure Go code (see routes.go).
func (Implementation) Icamax(n int, x []complex64, incX int) int {
	return gonum.Implementation{}.Icamax(n, x, incX)
}

// Izamax returns the index of an element of x with the largest value of
// |real(x[i])| + |imag(x[i])|; if several have it, the earliest. It returns
// -1 if n == 0 or incX < 0. It always runs gonum's pure Go code (see routes.go).
func (Implementation) Izamax(n int, x []complex128, incX int) int {
	return gonum.Implementation{}.Izamax(n, x, incX)
}

// Sger performs the rank-1 update
//
//	A = alpha * x * yᵀ + A,
//
// where A is an m×n matrix with leading dimension lda, x has m elements and
// y has n. A is overwritten. Invalid arguments panic with gonum's messages.
//
// Calls with m*n below the crossGer threshold and positive increments run gonum's pure Go
// Sger; the rest run the native sger (see routes.go).
func (Implementation) Sger(m, n int, alpha float32, x []float32, incX int, y []float32, incY int, a []float32, lda int) {
	if m*n < crossGer && incX > 0 && incY > 0 && !nativeOnly.Load() {
		gonum.Implementation{}.Sger(m, n, alpha, x, incX, y, incY, a, lda)
		return
	}
	nativeSger(m, n, alpha, x, incX, y, incY, a, lda)
}

// Dger performs the rank-1 update
//
//	A = alpha * x * yᵀ + A,
//
// where A is an m×n matrix with leading dimension lda, x has m elements and
// y has n. A is overwritten. Invalid arguments panic with gonum's messages.
//
// Calls with m*n below the crossGer threshold and positive increments run gonum's pure Go
// Dger; the rest run the native dger (see routes.go).
func (Implementation) Dger(m, n int, alpha float64, x []float64, incX int, y []float64, incY int, a []float64, lda int) {
	if m*n < crossGer && incX > 0 && incY > 0 && !nativeOnly.Load() {
		gonum.Implementation{}.Dger(m, n, alpha, x, incX, y, incY, a, lda)
		return
	}
	nativeDger(m, n, alpha, x, incX, y, incY, a, lda)
}

// Sgemv computes
//
//	y = alpha * op(A) * x + beta * y,
//
// where op(A) is A or Aᵀ as tA is blas.NoTrans or blas.Trans (or
// blas.ConjTrans), A is an m×n matrix with leading dimension lda, and x and
// y are vectors. y is overwritten. Invalid arguments panic with gonum's
// messages.
//
// Calls with m*n below the crossSgemv threshold run gonum's pure Go Sgemv,
// with y cut to the vector's extent when beta == 0 (see routes.go).
func (Implementation) Sgemv(tA blas.Transpose, m, n int, alpha float32, a []float32, lda int, x []float32, incX int, beta float32, y []float32, incY int) {
	if m*n < crossSgemv && !nativeOnly.Load() {
		if beta == 0 {
			y = clipY(tA, m, n, y, incY)
		}
		gonum.Implementation{}.Sgemv(tA, m, n, alpha, a, lda, x, incX, beta, y, incY)
		return
	}
	nativeSgemv(tA, m, n, alpha, a, lda, x, incX, beta, y, incY)
}

// Dgemv computes
//
//	y = alpha * op(A) * x + beta * y,
//
// where op(A) is A or Aᵀ as tA is blas.NoTrans or blas.Trans (or
// blas.ConjTrans), A is an m×n matrix with leading dimension lda, and x and
// y are vectors. y is overwritten. Invalid arguments panic with gonum's
// messages.
//
// Calls with m*n below the crossGemv threshold run gonum's pure Go Dgemv, with y cut to the
// vector's extent when beta == 0 (see routes.go).
func (Implementation) Dgemv(tA blas.Transpose, m, n int, alpha float64, a []float64, lda int, x []float64, incX int, beta float64, y []float64, incY int) {
	if m*n < crossGemv && !nativeOnly.Load() {
		if beta == 0 {
			y = clipY(tA, m, n, y, incY)
		}
		gonum.Implementation{}.Dgemv(tA, m, n, alpha, a, lda, x, incX, beta, y, incY)
		return
	}
	nativeDgemv(tA, m, n, alpha, a, lda, x, incX, beta, y, incY)
}

// clipY returns y cut to the last element gemv may write, when that is
// shorter than y. It never cuts below what gonum's length check requires,
// so gonum's panics are unchanged; for invalid flags or dimensions it
// returns y as it is and lets gonum panic.
func clipY[T float32 | float64](tA blas.Transpose, m, n int, y []T, incY int) []T {
	lenY := n
	if tA == blas.NoTrans {
		lenY = m
	}
	if need := (lenY-1)*incY + 1; lenY > 0 && incY > 0 && need > 0 && need < len(y) {
		return y[:need]
	}
	return y
}

// Snrm2 computes the Euclidean norm of the vector x,
//
//	sqrt(\sum_i x[i]*x[i]),
//
// over n elements with stride incX. Like gonum, it returns 0 if incX < 0.
// Invalid arguments panic with gonum's messages.
//
// Calls with n below the crossNrm2 threshold run gonum's pure Go Snrm2; larger ones the native
// snrm2, unless it returns NaN (see routes.go).
func (Implementation) Snrm2(n int, x []float32, incX int) float32 {
	if n < crossNrm2 && !nativeOnly.Load() {
		return gonum.Implementation{}.Snrm2(n, x, incX)
	}
	if r := nativeSnrm2(n, x, incX); r == r {
		return r
	}
	return gonum.Implementation{}.Snrm2(n, x, incX)
}

// Dnrm2 computes the Euclidean norm of the vector x,
//
//	sqrt(\sum_i x[i]*x[i]),
//
// over n elements with stride incX. Like gonum, it returns 0 if incX < 0.
// Invalid arguments panic with gonum's messages.
//
// Calls with n below the crossNrm2 threshold run gonum's pure Go Dnrm2; larger ones the native
// dnrm2, unless it returns NaN (see routes.go).
func (Implementation) Dnrm2(n int, x []float64, incX int) float64 {
	if n < crossNrm2 && !nativeOnly.Load() {
		return gonum.Implementation{}.Dnrm2(n, x, incX)
	}
	if r := nativeDnrm2(n, x, incX); r == r {
		return r
	}
	return gonum.Implementation{}.Dnrm2(n, x, incX)
}

// Scnrm2 computes the Euclidean norm of the complex vector x,
//
//	sqrt(\sum_i |x[i]|^2),
//
// over n elements with stride incX. Like gonum, it returns 0 if incX < 0.
// Invalid arguments panic with gonum's messages.
//
// Calls with n below the crossNrm2C threshold run gonum's pure Go Scnrm2; larger ones the
// native scnrm2, unless it returns NaN (see routes.go).
func (Implementation) Scnrm2(n int, x []complex64, incX int) float32 {
	if n < crossNrm2C && !nativeOnly.Load() {
		return gonum.Implementation{}.Scnrm2(n, x, incX)
	}
	if r := nativeScnrm2(n, x, incX); r == r {
		return r
	}
	return gonum.Implementation{}.Scnrm2(n, x, incX)
}

// Dznrm2 computes the Euclidean norm of the complex vector x,
//
//	sqrt(\sum_i |x[i]|^2),
//
// over n elements with stride incX. Like gonum, it returns 0 if incX < 0.
// Invalid arguments panic with gonum's messages.
//
// Calls with n below the crossNrm2C threshold run gonum's pure Go Dznrm2; larger ones the
// native dznrm2, unless it returns NaN (see routes.go).
func (Implementation) Dznrm2(n int, x []complex128, incX int) float64 {
	if n < crossNrm2C && !nativeOnly.Load() {
		return gonum.Implementation{}.Dznrm2(n, x, incX)
	}
	if r := nativeDznrm2(n, x, incX); r == r {
		return r
	}
	return gonum.Implementation{}.Dznrm2(n, x, incX)
}
