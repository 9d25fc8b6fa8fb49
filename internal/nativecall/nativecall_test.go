package nativecall

import (
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestConcurrentLimitHolds checks that no more than the limit are ever inside,
// with many more goroutines than slots, and that every caller gets through.
func TestConcurrentLimitHolds(t *testing.T) {
	const limit, goroutines, rounds = 3, 32, 200
	l := newLimiter(limit)
	var inside, peak atomic.Int64
	var wg sync.WaitGroup
	for range goroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range rounds {
				if !l.tryEnter() {
					l.wait()
				}
				n := inside.Add(1)
				for {
					p := peak.Load()
					if n <= p || peak.CompareAndSwap(p, n) {
						break
					}
				}
				inside.Add(-1)
				l.exit()
			}
		}()
	}
	wg.Wait()
	if p := peak.Load(); p > limit || p < 1 {
		t.Fatalf("peak concurrency %d, limit %d", p, limit)
	}
	if n := l.inside.Load(); n != 0 {
		t.Fatalf("%d slots still held after all exits", n)
	}
}

// TestConcurrentExclusiveWaitsForCallers checks that Exclusive runs only when
// no slot is held, and that Enter blocks while it runs.
func TestConcurrentExclusiveWaitsForCallers(t *testing.T) {
	SetLimit(4)
	defer SetLimit(defaultLimit())
	s := Enter()
	ran := make(chan struct{})
	go Exclusive(func() { close(ran) })
	select {
	case <-ran:
		t.Fatal("Exclusive ran while a slot was held")
	case <-time.After(50 * time.Millisecond):
	}
	Exit(s)
	select {
	case <-ran:
	case <-time.After(10 * time.Second):
		t.Fatal("Exclusive never ran after the slot was released")
	}
	// After Exclusive returns, every slot is free again.
	if n := current.Load().inside.Load(); n != 0 {
		t.Fatalf("%d slots held after Exclusive", n)
	}
}

func TestSetLimitFloorsAtOne(t *testing.T) {
	defer SetLimit(defaultLimit())
	SetLimit(-5)
	if Limit() != 1 {
		t.Fatalf("Limit() = %d after SetLimit(-5), want 1", Limit())
	}
}

func BenchmarkEnterExit(b *testing.B) {
	for b.Loop() {
		Exit(Enter())
	}
}
