package lapacke

import (
	"testing"
	"time"

	"github.com/goscipy/goscipy/internal/nativecall"
)

// TestLongCallsYield checks that LAPACK calls on matrices of yieldSize
// elements or more yield (yield.go) once a yield is due (every 4 ms).
// Other tests may yield meanwhile, which only adds to the count.
func TestLongCallsYield(t *testing.T) {
	n := 46 // 46² = 2116 ≥ yieldSize
	if n*n < yieldSize {
		t.Fatalf("%d×%d is below yieldSize %d", n, n, yieldSize)
	}
	a := make([]float64, n*n)
	for i := range n {
		a[i*n+i] = 2
		if i > 0 {
			a[i*n+i-1] = -1
		}
	}
	w := make([]float64, len(a))
	ipiv := make([]int, n)
	var cm ColMajor
	before := nativecall.Yields()
	deadline := time.Now().Add(12 * time.Millisecond)
	calls := 0
	// Bounded: each call takes microseconds, so the deadline passes long
	// before the bound unless the machine is stalled.
	for ; calls < 1_000_000 && (time.Now().Before(deadline) || nativecall.Yields() == before); calls++ {
		copy(w, a)
		cm.Dgetrf(n, n, w, n, ipiv)
	}
	if nativecall.Yields() == before {
		t.Errorf("%d Dgetrf calls on %d×%d over 12 ms never yielded", calls, n, n)
	}
}
