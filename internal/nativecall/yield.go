package nativecall

import (
	"runtime"
	"sync/atomic"
	"time"
)

// Why long native calls yield first.
//
// Go's sysmon thread preempts a goroutine that has run for 10 ms without
// passing through the scheduler (runtime.forcePreemptNS). A goroutine that
// calls native code in a loop, allocating nothing, never passes through it,
// and most of its time is spent inside C, where preemption cannot reach it;
// so at every sysmon tick that finds it inside C (Go 1.26, runtime.retake
// with sysretake set), sysmon takes its P away and hands it off. With no
// other work every P is then idle and sysmon goes into deep sleep, and the
// goroutine, back from C, has to take an idle P and wake sysmon with a
// futex: about 20 µs on the 2-vCPU virtual machine the benchmarks run on.
// Measured there (go 1.26.8, with a runtime patched to count retakes): a
// loop of 65536-point FFTs (270 µs each) lost its P on 915 of 1000 calls
// and ran 9 % slower than the same loop inside one C call; 4096-point real
// FFTs (4 µs) lost it on 2 % of calls, 0.4 µs a call on average (10 %);
// cblas Dgemm at n = 64 (5 µs) ran 25 % above C.
//
// A goroutine that yields through runtime.Gosched passes through the
// scheduler, which restarts its P's 10 ms count. YieldIfDue does that if
// no goroutine has yielded through it for yieldEvery, and callers call it
// before native calls long enough that its clock read (about 20 ns here) is
// negligible next to them: with that, the loops above lost their P on no
// call and ran at the speed of the C loop. A yield costs a few µs when
// another goroutine is runnable (which then runs: that is what Gosched is
// for) and less when none is; at most one per yieldEvery in the whole
// process, it stays far below the cost it avoids. When every P is busy
// (as many goroutines in long native calls as GOMAXPROCS), sysmon hands P's
// off from calls longer than a tick anyway, as it does for any syscall when
// no P is idle: two goroutines of 65536-point FFTs here still lost their P
// on 14–34 % of calls, with a yield every 2 or 4 ms alike. That is the
// scheduler's ordinary work, which no yield should prevent.
//
// A goroutine locked to its thread (runtime.LockOSThread) pays more for a
// yield: Gosched hands its P to another thread, which hands it back. Locked,
// a loop of 4096-point real FFTs ran 3–5 % slower with the yields than
// without them (2026-11-26, alternating builds), while unlocked it ran
// faster with them. Go offers no way to ask whether a goroutine is locked,
// so the yields stay; the benchmarks lock only when they measure thread CPU
// time.

// yieldEvery is under half of the runtime's 10 ms.
const yieldEvery = 4 * time.Millisecond

var (
	yieldEpoch = time.Now()
	lastYield  atomic.Int64  // time of the last yield, ns after yieldEpoch
	yieldCount atomic.Uint64 // yields so far (Yields)
)

// YieldIfDue yields the calling goroutine (runtime.Gosched) if no goroutine
// has yielded through it for the last few milliseconds; of several
// goroutines that find a yield due at once, one yields. Call it before a
// native call that takes microseconds or more (see the comment above for
// why): it costs one clock read when no yield is due.
func YieldIfDue() {
	now := int64(time.Since(yieldEpoch))
	last := lastYield.Load()
	if now-last < int64(yieldEvery) || !lastYield.CompareAndSwap(last, now) {
		return
	}
	yieldCount.Add(1)
	runtime.Gosched()
}

// Yields returns how many times YieldIfDue has yielded in this process.
func Yields() uint64 {
	return yieldCount.Load()
}
