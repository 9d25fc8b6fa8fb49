package linalg

import (
	"math/bits"
	"sync"

	"gonum.org/v1/gonum/mat"
)

// Scratch buffers. Each call of a decomposition used to allocate its input
// copy (which LAPACK destroys) and its LAPACK workspaces afresh: at n=100
// several 80 KB-1 MB objects per call, each of which the Go heap zeroes and,
// once the scavenger has returned the freed pages to the kernel, faults
// back in page by page. pprof and getrusage showed a quarter of the CPU time
// of LU, Det and Cholesky at n=100 in system time for those page faults.
// Buffers that never reach the caller now come from a sync.Pool per
// power-of-two capacity and go back when the call ends; the pools are
// emptied by the garbage collector, so they hold memory only while it is
// being reused, and they are safe for concurrent use. Results handed to the
// caller are always freshly allocated.

// scratchMin is the smallest length pooled: smaller buffers come from Go's
// size-classed allocator, which neither zeroes whole pages nor faults.
const scratchMin = 512

// scratchPools[c] holds *[]float64 of capacity exactly 1<<c.
var scratchPools [bits.UintSize]sync.Pool

// getScratch returns a float64 buffer of length n whose contents are
// unspecified (LAPACK workspaces, or storage the caller overwrites in
// full). Give it back with putScratch once nothing refers to it.
func getScratch(n int) []float64 {
	if n < scratchMin {
		return make([]float64, n)
	}
	c := bits.Len(uint(n - 1))
	if p, _ := scratchPools[c].Get().(*[]float64); p != nil {
		return (*p)[:n]
	}
	return make([]float64, n, 1<<c)
}

// putScratch returns a buffer from getScratch to its pool. Buffers not
// made by getScratch (capacity not a pooled power of two) are left to the
// garbage collector, so putting any slice is safe as long as nothing else
// refers to it.
func putScratch(s []float64) {
	c := cap(s)
	if c < scratchMin || c&(c-1) != 0 {
		return
	}
	// A fresh pointer per Put: taking &s instead would move the parameter
	// to the heap on every call, pooled or not.
	p := new([]float64)
	*p = s[:c]
	scratchPools[bits.Len(uint(c))-1].Put(p)
}

// denseCopyScratch is denseCopy into a scratch buffer (getScratch), for
// copies that LAPACK destroys and that never reach the caller; release it
// with putScratch.
func denseCopyScratch(fn, arg string, m mat.Matrix, skip bool) (data []float64, r, c int, err error) {
	r, c, err = dims(fn, arg, m)
	if err != nil {
		return nil, 0, 0, err
	}
	data = getScratch(r * c)
	if d, ok := m.(mat.RawMatrixer); ok && r > 0 && c > 0 {
		raw := d.RawMatrix()
		for i := 0; i < r; i++ {
			copy(data[i*c:(i+1)*c], raw.Data[i*raw.Stride:i*raw.Stride+c])
		}
	} else {
		for i := 0; i < r; i++ {
			for j := 0; j < c; j++ {
				data[i*c+j] = m.At(i, j)
			}
		}
	}
	if !skip && !allFinite(data) {
		k := firstNonFinite(data)
		v := data[k]
		putScratch(data)
		return nil, 0, 0, newErr(ErrNotFinite, fn, arg,
			"element (%d,%d) is %v; arrays must not contain infs or NaNs (set SkipFiniteCheck to skip this O(n²) check at your own risk)", k/c, k%c, v)
	}
	return data, r, c, nil
}
