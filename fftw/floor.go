package fftw

/*
#cgo noescape goscipy_r2c_loop
#cgo nocallback goscipy_r2c_loop
#include <fftw3.h>

// goscipy_r2c_loop executes p on in and out k times: FFTW called from C in
// a loop, with no language boundary between executions.
static void goscipy_r2c_loop(fftw_plan p, double *in, fftw_complex *out, long k) {
	for (long i = 0; i < k; i++)
		fftw_execute_dft_r2c(p, in, out);
}
*/
import "C"

import "unsafe"

// The cost floor of any cgo binding of FFTW, for BenchmarkFloor
// (floor_bench_test.go): what a C loop of executions costs, and what one
// bare cgo call per execution costs. Nothing in the library calls these.

// executeLoop executes p on in and out k times from one C loop, after
// Execute's checks. It is the speed of FFTW called from C, measured on the
// same plan and memory as Execute.
func (p *PlanR2C) executeLoop(in []float64, out []complex128, k int) error {
	if err := p.check(len(in), sliceAddr(in), len(out), sliceAddr(out)); err != nil {
		return err
	}
	if !p.acquire() {
		return p.closedErr()
	}
	C.goscipy_r2c_loop(p.c, (*C.double)(unsafe.Pointer(&in[0])), (*C.fftw_complex)(unsafe.Pointer(&out[0])), C.long(k))
	p.release()
	return nil
}

// executeBare executes p once through a bare cgo call: no checks, no
// reference count and no yield (the caller yields as Execute would; without
// yields, sysmon's hand-offs would dominate). The caller must have checked
// in and out with Execute first.
func (p *PlanR2C) executeBare(in []float64, out []complex128) {
	C.fftw_execute_dft_r2c(p.c, (*C.double)(unsafe.Pointer(&in[0])), (*C.fftw_complex)(unsafe.Pointer(&out[0])))
}
