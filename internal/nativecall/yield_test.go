package nativecall

import (
	"testing"
	"time"
)

// TestYieldIfDue checks that YieldIfDue yields once a yield is due and not
// again before yieldEvery has passed. Calls are bounded; the clock decides
// only how many of them yield.
func TestYieldIfDue(t *testing.T) {
	// Make a yield due, then take it.
	lastYield.Store(int64(time.Since(yieldEpoch)) - 2*int64(yieldEvery))
	before := Yields()
	YieldIfDue()
	took := time.Now()
	if Yields() != before+1 {
		t.Fatalf("a due yield was not taken: %d yields, want %d", Yields(), before+1)
	}
	// Calls within yieldEvery of it must not yield again.
	for range 1000 {
		YieldIfDue()
	}
	if time.Since(took) < yieldEvery && Yields() != before+1 {
		t.Errorf("yielded again within %v: %d yields, want %d", yieldEvery, Yields(), before+1)
	}
	// After yieldEvery the next call yields again.
	for i := 0; i < 1_000_000 && Yields() == before+1; i++ {
		if time.Since(took) > yieldEvery {
			YieldIfDue()
		} else {
			time.Sleep(time.Millisecond)
		}
	}
	if Yields() < before+2 {
		t.Errorf("no yield after %v: %d yields", time.Since(took), Yields())
	}
}
