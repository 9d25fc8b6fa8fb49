//go:build !linux

package fft

// threadCPU is not implemented here: the benchmarks then report
// wall-clock time only.
func threadCPU() int64 { return -1 }
