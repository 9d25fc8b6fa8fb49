//go:build linux

package fft

import (
	"syscall"
	"unsafe"
)

// threadCPU returns the CPU time the calling thread has used so far
// (CLOCK_THREAD_CPUTIME_ID) in nanoseconds, or -1 if the system cannot
// say. The caller locks its goroutine to the thread.
func threadCPU() int64 {
	const clockThreadCPUTimeID = 3
	var ts syscall.Timespec
	if _, _, e := syscall.Syscall(syscall.SYS_CLOCK_GETTIME, clockThreadCPUTimeID, uintptr(unsafe.Pointer(&ts)), 0); e != 0 {
		return -1
	}
	return ts.Nano()
}
