package fftw

/*
#cgo nocallback goscipy_malloc_in_use
#include <stddef.h>
#if __has_include(<malloc.h>)
#include <malloc.h>
#endif

// goscipy_malloc_in_use returns the bytes the C allocator has handed out
// and not had back (glibc's mallinfo2: in-use chunks plus mmapped blocks),
// or (size_t)-1 where mallinfo2 is unavailable.
static size_t goscipy_malloc_in_use(void) {
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33))
	struct mallinfo2 mi = mallinfo2();
	return mi.uordblks + mi.hblkhd;
#else
	return (size_t)-1;
#endif
}
*/
import "C"

// cMallocInUse returns the bytes in use in the C heap, where FFTW allocates
// plans, twiddle tables and scratch, or -1 if the C library cannot say. Tests
// use it to check that making and destroying plans does not leak C memory.
func cMallocInUse() int64 {
	n := C.goscipy_malloc_in_use()
	if n == ^C.size_t(0) {
		return -1
	}
	return int64(n)
}
