package lapacke

import "github.com/goscipy/goscipy/internal/nativecall"

// yieldSize is the number of matrix elements from which a LAPACK call
// yields first when a yield is due (internal/nativecall/yield.go: a
// goroutine calling LAPACK in a loop on preallocated storage otherwise loses
// its P to Go's sysmon, about 20 µs a time). Measured here (a loop of
// ColMajor.Dgetrf on a fresh copy, go test -bench, with and without the
// yield, two runs each): n = 100 took 6 % less time with it, n = 300 11 %.
// The check reads the clock, about 20 ns here; from 2048 elements (a 45×45
// matrix) even the O(n²) routines take a few microseconds.
const yieldSize = 2048

// enter is nativecall.Enter for a call on a matrix of size elements (its
// slice's length), yielding first if the call is big enough and a yield is
// due.
func enter(size int) nativecall.Slot {
	if size >= yieldSize {
		nativecall.YieldIfDue()
	}
	return nativecall.Enter()
}
