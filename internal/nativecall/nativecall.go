// Package nativecall bounds how many goroutines are inside the native BLAS and
// LAPACK libraries at once.
//
// Go calls C from whichever OS thread a goroutine happens to run on, so a busy
// Go program can enter OpenBLAS from far more threads than a C program would.
// OpenBLAS keeps per-thread buffers in a table sized at build time
// (MAX_THREADS, 64 in Debian's build), and overflowing it has crashed Go
// programs before (OpenBLAS#1641, #1882, #2993). Every cgo call into BLAS or
// LAPACK therefore goes through Enter/Exit, which caps the number of callers
// inside the library: the net package bounds its cgo DNS lookups the same way.
//
// A goroutine that waits here is parked, not spinning, and holds no OS thread.
package nativecall

import (
	"runtime"
	"sync/atomic"
)

// sem is the counting semaphore. Its capacity is fixed when the first
// thin-layer package initialises; see SetLimit.
var sem atomic.Pointer[chan struct{}]

func init() {
	SetLimit(defaultLimit())
}

// defaultLimit is the number of concurrent native calls allowed before a
// library reports its own processor count: the cores Go sees, at least 1,
// and never more than 64 (the smallest MAX_THREADS of the OpenBLAS builds we
// pin).
func defaultLimit() int {
	n := runtime.NumCPU()
	return min(max(n, 1), 64)
}

// SetLimit sets how many goroutines may be inside native code at once.
// n < 1 is treated as 1. Calls already inside keep their slot in the old
// semaphore; it is meant to be called from package initialisation (cblas
// sizes it from openblas_get_num_procs), before any native call is made.
func SetLimit(n int) {
	n = max(n, 1)
	ch := make(chan struct{}, n)
	sem.Store(&ch)
}

// Limit reports the current bound on concurrent native calls.
func Limit() int {
	return cap(*sem.Load())
}

// Enter blocks until a slot is free and returns the semaphore to pass to Exit.
// The pair is written
//
//	s := nativecall.Enter()
//	C.cblas_dgemm(...)
//	nativecall.Exit(s)
//
// rather than with defer, because defer costs measurably at the small sizes
// where BLAS calls take tens of nanoseconds; the C call cannot panic.
func Enter() chan struct{} {
	s := *sem.Load()
	s <- struct{}{}
	return s
}

// Exit releases the slot taken by Enter.
func Exit(s chan struct{}) {
	<-s
}
