package cblas

import (
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/goscipy/goscipy/internal/nativecall"
)

// ErrThreadsUnsupported is returned (wrapped) by SetThreads when the loaded
// BLAS cannot change its thread count at run time: the reference BLAS, a
// sequential OpenBLAS build asked for more than one thread, or an unknown
// library.
var ErrThreadsUnsupported = errors.New("cblas: the loaded BLAS has no run-time thread control")

// threadsMu serialises SetThreads calls: each one takes every slot of the
// native-call semaphore, and two doing so at once could deadlock.
var threadsMu sync.Mutex

// Threads reports how many threads the native BLAS uses for one call
// (openblas_get_num_threads, bli_thread_get_num_threads,
// MKL_Get_Max_Threads); 1 for libraries without threads.
func Threads() int {
	return loadedVendor().threads()
}

// SetThreads sets how many threads the native BLAS may use for one call,
// through openblas_set_num_threads, bli_thread_set_num_threads or
// MKL_Set_Num_Threads.
//
// The setting is process-global: it applies to every goroutine and to
// LAPACK calls made through lapacke as well. SetThreads waits until no call
// is inside the native library (it takes every slot of the semaphore that
// all cblas and lapacke calls pass through), so it is safe to call at any
// time, but it is meant for start-up: changing it while other goroutines run
// BLAS work stalls them. When many goroutines call BLAS in parallel, set it
// to 1 so that goroutines × native threads does not oversubscribe the cores.
//
// n must be at least 1. SetThreads returns an error wrapping
// ErrThreadsUnsupported when the library cannot change its thread count
// (asking for the count already in effect succeeds, so SetThreads(1) works
// on the single-threaded reference BLAS), and an error naming both counts when the library settles on a different count
// than asked (OpenBLAS caps it at its MAX_THREADS); Threads then reports the
// count in effect.
func SetThreads(n int) error {
	if n < 1 {
		return fmt.Errorf("cblas: SetThreads(%d): the thread count must be at least 1", n)
	}
	v := loadedVendor()
	if v.setThreads == nil || (v.parallel == "sequential" && n != 1) {
		// Nothing to change is not an error: asking the single-threaded
		// reference BLAS for 1 thread succeeds, so code that sets 1 thread
		// before running goroutines in parallel works with every vendor.
		if v.vendor != VendorUnknown && v.threads() == n {
			return nil
		}
		return fmt.Errorf("%w: SetThreads(%d): %s", ErrThreadsUnsupported, n, v.noThreadsReason())
	}
	threadsMu.Lock()
	nativecall.Exclusive(func() { v.setThreadsRaw(n) })
	threadsMu.Unlock()
	if got := v.threads(); got != n {
		return fmt.Errorf("cblas: SetThreads(%d): %s uses %d threads", n, v.vendor, got)
	}
	return nil
}

// noThreadsReason says why the loaded library's thread count is fixed.
func (v *vendorLib) noThreadsReason() string {
	switch {
	case v.vendor == VendorReference:
		return "the reference BLAS (" + v.library + ") is single-threaded"
	case v.vendor == VendorBLIS && v.blisEnv:
		return "BLIS (" + v.library + ") hides its thread API; set BLIS_NUM_THREADS before the program starts"
	case v.parallel == "sequential":
		return strings.TrimSpace(v.vendor+" "+v.version) + " (" + v.library + ") is a sequential build"
	}
	return "no known thread-control function in " + v.vendor + " BLAS (" + v.library + ")"
}

// init bounds concurrent native calls by the processor count the library
// detected (at most its MAX_THREADS): more callers than cores cannot run
// faster, and more than MAX_THREADS overflow OpenBLAS's per-thread buffer
// table (see internal/nativecall).
func init() {
	v := loadedVendor()
	limit := v.procs()
	if v.maxThreads > 0 {
		limit = min(limit, v.maxThreads)
	}
	nativecall.SetLimit(limit)
}
