package fftw

/*
#cgo pkg-config: fftw3 fftw3f
#cgo LDFLAGS: -lfftw3_threads -lfftw3f_threads
#if !__has_include(<fftw3.h>)
#error "fftw3.h not found: install libfftw3-dev (run scripts/install-deps.sh)"
#endif
#include <fftw3.h>
*/
import "C"

import (
	"sync"
	"unsafe"
)

// The linker flags above are the one place this package names libraries
// outside pkg-config: Debian's fftw3.pc and fftw3f.pc list only -lfftw3 and
// -lfftw3f, while fftw_init_threads and fftw_plan_with_nthreads live in
// libfftw3_threads and libfftw3f_threads (same libfftw3-dev package).

// planner serialises every FFTW call except the execute functions. FFTW's
// manual: "the only thread-safe routine in FFTW is fftw_execute (and the
// new-array variants thereof)"; the planner, fftw_destroy_plan, wisdom,
// fftw_malloc/fftw_free and the thread and time-limit settings are global
// state shared by all plans. One lock covers both precisions: planning is
// rare next to execution, and one lock cannot be taken in the wrong order.
var planner sync.Mutex

// sliceAddr is the address of a slice's first element, for alignment and
// overlap checks only; it is never passed to C for an empty slice.
func sliceAddr[T any](s []T) uintptr {
	return uintptr(unsafe.Pointer(unsafe.SliceData(s)))
}
