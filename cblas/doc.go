// Package cblas implements gonum's BLAS interfaces (blas.Float32,
// blas.Float64, blas.Complex64 and blas.Complex128, all 142 methods) over the
// system's CBLAS library, OpenBLAS on Debian, through cgo.
//
// Implementation is a drop-in replacement for gonum's pure Go
// gonum.org/v1/gonum/blas/gonum.Implementation: same signatures, same
// row-major storage (including gonum's band and packed layouts, which are
// CBLAS's row-major ones), same results to rounding, and the same panics with
// the same messages on invalid arguments. Use installs it behind gonum's
// blas64, blas32, cblas128 and cblas64, and so behind gonum's mat:
//
//	func main() {
//		cblas.Use()
//		// mat.Dense.Mul and friends now run on OpenBLAS.
//	}
//
// # Dispatch
//
// A call into C costs about 25 ns here, and the semaphore below about as
// much again or more, which is more than gonum needs for a dot product of a
// few hundred elements or a 4×4 matrix product. Each
// method therefore first compares its raw size arguments with a crossover
// constant (crossover.go) and, below it, returns gonum's method directly:
// the small path costs one comparison over calling gonum, and gonum does the
// argument checking. The size metric is n for Level 1, m*n for Level 2 (n*n
// for triangular, symmetric and packed matrices, n*(k+1) or
// min(m, n)*(kL+kU+1) for band matrices) and m*n*k for Level 3 (with k the
// order of A for symm, hemm, trmm and trsm, n*n*k for the rank-k updates).
// The constants come from
//
//	go test -run '^$' -bench Crossover ./cblas/
//
// At or above the crossover, the method checks its arguments in Go exactly
// as gonum does (same order, same messages, which are generated from
// gonum's blas/gonum/errors.go), takes gonum's quick returns, and only then
// calls the cblas_ routine with CblasRowMajor. OpenBLAS's own argument
// checker, xerbla, exits the process, so C never sees an argument gonum
// would reject. Calls whose only work is scaling the output (alpha == 0, or
// k == 0 in a Level 3 product) are answered by gonum, which also keeps C
// from ever seeing an empty matrix. Arguments too large for CBLAS's 32-bit
// integers (dimensions, strides or vector lengths beyond 2³⁰ in Debian's
// LP64 build) are answered by gonum too.
//
// # Routes
//
// A few routines do not follow that rule, because the vendor or gonum gets
// them wrong; routes.go lists each with the inputs, the wrong and right
// answers and the upstream links, and routes_test.go has a named test for
// each. In short: Srotg, Drotg, Srotmg, Drotmg, Icamax and Izamax always
// run gonum's code (OpenBLAS's drotg overflows when a² + b² does, from
// about 1e154, and loses accuracy below about 1e-154, returning c = s = +Inf
// by 1e-300; its rotmg differs from gonum on underflow; its i?amax returns
// arbitrary indices when x holds a NaN);
// Isamax and Idamax use the vendor unless x holds a NaN; a NaN from a
// vendor's ?nrm2 is recomputed by gonum (BLIS returns NaN for several
// infinities); and Sger, Dger with a negative increment and Sgemv, Dgemv
// with beta == 0 avoid gonum v0.17.0 bugs at small sizes.
//
// # Concurrency and threads
//
// Implementation holds no state and is safe for concurrent use. Every call
// into the native library passes through the semaphore of
// internal/nativecall, which bounds how many goroutines are inside BLAS and
// LAPACK at once (by default the number of cores): OpenBLAS keeps
// per-thread buffers in a table of fixed size, and Go programs that entered
// it from more OS threads than that have crashed (OpenBLAS#1641, #2993).
// Level 2 and 3 calls big enough to take microseconds first yield the
// goroutine when no native call has yielded for 4 ms (yield.go): a
// goroutine calling BLAS in a tight loop otherwise loses its P to Go's
// sysmon at every tick that finds it in C.
//
// OpenBLAS also runs its own thread pool inside each large call, sized by
// OPENBLAS_NUM_THREADS (or the core count) at start-up and changed at run
// time by SetThreads; Threads and Info report what is in effect. The setting
// is process-wide. Programs that call BLAS from many goroutines at once
// should set it to 1 (SetThreads(1) or OPENBLAS_NUM_THREADS=1), so that
// goroutines × native threads does not oversubscribe the cores; programs
// that make one large call at a time should leave it at the core count.
//
// # Choosing the vendor
//
// The package links the generic libblas.so.3 through pkg-config (package
// blas), so the library is chosen when the program starts, not when it is
// built. On Debian, pick the system default with
//
//	update-alternatives --config libblas.so.3-x86_64-linux-gnu
//
// (OpenBLAS pthreads or serial, BLIS, or the reference BLAS), or point one
// program at another library with LD_LIBRARY_PATH, for example
//
//	LD_LIBRARY_PATH=/usr/lib/x86_64-linux-gnu/blis-pthread ./prog
//
// Any libblas.so.3 that exports the cblas_ symbols works. Info reports which
// library was actually loaded. The routes above do not depend on the vendor.
//
// # Memory
//
// Go slices are passed to C as a pointer to their first element, only for
// the duration of the call; the checks guarantee they are not empty, and
// neither the library nor this package keeps a pointer after the call
// returns, so every function is declared with cgo's noescape and nocallback
// directives and no argument is copied or moved to the heap. Complex scalars
// (alpha, beta) are passed as pointers to the Go function's own arguments,
// which cgo allows for the duration of a call. CBLAS declares complex
// arrays and scalars as void*; the generated code calls each routine
// through a static inline C wrapper that declares them as float* or
// double* instead (Go's complex64 and complex128 have C's layout), which
// spares cgo's run-time pointer check on every call (about 10 ns) and is
// within cgo's rules since the memory holds no Go pointers.
//
// # Generated code
//
// The 142 methods are generated from spec tables, one per routine family
// with a real template (S, D) and a complex template (C, Z), by
//
//	go generate ./cblas/
//
// which runs ./internal/gen. Methods defined by hand in routes.go are
// skipped; their native paths are still generated, as unexported
// native<Name> functions.
//
// The package needs cgo, pkg-config and the OpenBLAS development files
// (scripts/install-deps.sh installs them).
package cblas
