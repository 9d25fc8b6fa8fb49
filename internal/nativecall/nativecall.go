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
// The uncontended path is one compare-and-swap to enter and one atomic add
// plus one atomic load to leave (a few nanoseconds): it sits in front of BLAS
// calls that take tens of nanoseconds, so a channel-based semaphore (measured
// at 55-70 ns a pair here) was too dear. A goroutine that must wait is parked
// on a condition variable, not spinning, and holds no OS thread.
//
// YieldIfDue (yield.go) serves every native binding, FFTW included: callers
// make it before long calls so that a goroutine calling native code in a
// loop keeps its P instead of losing it to Go's sysmon at every tick.
package nativecall

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// Slot is what Enter returns and Exit takes back: the limiter that was
// entered, so that a SetLimit between the two cannot unbalance the counts.
type Slot = *limiter

// limiter is a counting semaphore with an atomic fast path.
type limiter struct {
	limit   int64
	inside  atomic.Int64 // goroutines inside native code
	waiters atomic.Int64 // goroutines parked in wait
	mu      sync.Mutex
	cond    sync.Cond
}

func newLimiter(n int) *limiter {
	l := &limiter{limit: int64(max(n, 1))}
	l.cond.L = &l.mu
	return l
}

// tryEnter takes a slot if one is free.
func (l *limiter) tryEnter() bool {
	for range 64 { // bounded: CAS fails only when another caller won the race
		c := l.inside.Load()
		if c >= l.limit {
			return false
		}
		if l.inside.CompareAndSwap(c, c+1) {
			return true
		}
	}
	return false
}

// wait parks until a slot is free and takes it. Lost wake-ups cannot happen:
// a waiter is counted (under mu) before it re-checks inside, and exit
// decrements inside before it reads waiters, so either the waiter sees the
// freed slot or exit sees the waiter and signals it under mu, which the waiter
// holds until cond.Wait has registered it.
func (l *limiter) wait() {
	l.mu.Lock()
	l.waiters.Add(1)
	for !l.tryEnter() {
		l.cond.Wait()
	}
	l.waiters.Add(-1)
	l.mu.Unlock()
}

func (l *limiter) exit() {
	l.inside.Add(-1)
	if l.waiters.Load() > 0 {
		l.mu.Lock()
		l.cond.Signal()
		l.mu.Unlock()
	}
}

var current atomic.Pointer[limiter]

func init() {
	SetLimit(defaultLimit())
}

// defaultLimit is the number of concurrent native calls allowed before a
// library reports its own processor count: the cores Go sees, at least 1,
// and never more than 64 (the MAX_THREADS of Debian's OpenBLAS builds).
func defaultLimit() int {
	return min(max(runtime.NumCPU(), 1), 64)
}

// SetLimit sets how many goroutines may be inside native code at once.
// n < 1 is treated as 1. Calls already inside keep their slot in the old
// limiter; it is meant to be called from package initialisation (cblas sizes
// it from openblas_get_num_procs), before any native call is made.
func SetLimit(n int) {
	current.Store(newLimiter(n))
}

// Limit reports the current bound on concurrent native calls.
func Limit() int {
	return int(current.Load().limit)
}

// Enter blocks until a slot is free and returns it for Exit. The pair is
// written
//
//	s := nativecall.Enter()
//	C.cblas_dgemm(...)
//	nativecall.Exit(s)
//
// rather than with defer, because defer costs measurably at the small sizes
// where BLAS calls take tens of nanoseconds; the C call cannot panic.
func Enter() Slot {
	l := current.Load()
	if !l.tryEnter() {
		l.wait()
	}
	return l
}

// Exit releases the slot taken by Enter.
func Exit(s Slot) {
	s.exit()
}

// Exclusive runs f while holding every slot, so that no native call is in
// progress: for process-global changes such as the BLAS thread count, which
// must not happen under a running call. Concurrent Exclusive calls are
// serialised.
func Exclusive(f func()) {
	exclusiveMu.Lock()
	defer exclusiveMu.Unlock()
	l := current.Load()
	for range l.limit {
		if !l.tryEnter() {
			l.wait()
		}
	}
	defer func() {
		for range l.limit {
			l.exit()
		}
	}()
	f()
}

var exclusiveMu sync.Mutex
