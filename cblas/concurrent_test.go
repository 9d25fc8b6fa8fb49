package cblas

// Concurrency: many goroutines calling a mix of Level 1, 2 and 3 routines
// of all four precisions at sizes above the crossovers (so the calls go
// into OpenBLAS, through the nativecall semaphore), with GOMAXPROCS raised
// above the core count so that more OS threads enter the library than it
// has cores, which is how Go programs have crashed OpenBLAS before
// (OpenBLAS#1641, #2993). Each result is compared with gonum's. The
// Makefile runs it under the race detector with -run Concurrent.

import (
	"math/rand/v2"
	"runtime"
	"slices"
	"sync"
	"testing"
)

// concurrentMix are the routines the goroutines draw from.
var concurrentMix = []string{
	"Sdot", "Ddot", "Cdotc", "Zdotu", "Saxpy", "Zaxpy", "Dnrm2", "Scnrm2", "Idamax", "Cscal",
	"Sgemv", "Dgemv", "Cgemv", "Zgemv", "Dger", "Zgerc", "Ctrsv", "Dtrmv", "Zhemv", "Ssymv", "Dtbsv", "Zhpr2",
	"Sgemm", "Dgemm", "Cgemm", "Zgemm", "Dtrsm", "Ctrsm", "Dsyrk", "Zherk", "Chemm", "Ssyr2k", "Ztrmm",
}

func TestConcurrentMixed(t *testing.T) {
	all := hMethods(t)
	var mix []hMethod
	for _, m := range all {
		if slices.Contains(concurrentMix, m.name) {
			mix = append(mix, m)
		}
	}
	if len(mix) != len(concurrentMix) {
		t.Fatalf("found %d of the %d routines", len(mix), len(concurrentMix))
	}

	old := runtime.GOMAXPROCS(4*runtime.NumCPU() + 1)
	defer runtime.GOMAXPROCS(old)

	const goroutines, calls = 24, 12
	dims := concurrentDims()
	var wg sync.WaitGroup
	errs := make(chan error, goroutines*calls)
	for g := range goroutines {
		wg.Go(func() {
			rng := rand.New(rand.NewPCG(uint64(g), 5))
			for range calls {
				m := mix[rng.IntN(len(mix))]
				c := hRandCase(rng, dims[hLevel(m)])
				c.kL, c.kU = dims[0][0], 2 // band routines: n*(k+1) is above the crossovers too
				args := hBuild(m, c, rng)
				if err := hCompare(m, args, hTol(m)); err != nil {
					errs <- &concurrentError{m.name, c, err}
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

type concurrentError struct {
	name string
	c    hCase
	err  error
}

func (e *concurrentError) Error() string { return e.name + " (" + e.c.String() + "): " + e.err.Error() }

// concurrentDims returns, per level, sizes above the crossovers of the
// routines in concurrentMix, whatever values the benchmark tuned them to.
func concurrentDims() [][]int {
	l1 := max(crossDot, crossDotC, crossAxpy, crossAxpyC, crossNrm2, crossNrm2C, crossIamax, crossScalC)
	l2 := max(crossGemv, crossGemvC, crossGer, crossGerC, crossTrsvC, crossTrmv, crossSymvC, crossSymv, crossTbsv, crossSpr2C)
	l3 := max(crossGemm, crossGemmC, crossTrsm, crossTrsmC, crossSyrk, crossSyrkC, crossSymmC, crossSyr2k, crossTrmmC)
	n2 := 1
	for n2*n2 < l2 {
		n2++
	}
	n3 := 1
	for n3*n3*n3 < l3 {
		n3++
	}
	// dims[0] holds the band width k for the band routines: n2*(k+1) ≥ l2.
	return [][]int{{l2/n2 + 1}, {l1 + 1, 4 * l1}, {n2 + 1, n2 + 9}, {n3 + 1, n3 + 6}}
}
