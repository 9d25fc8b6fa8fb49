package fft

import (
	"sync"
	"sync/atomic"

	"github.com/goscipy/goscipy/fftw"
)

// DefaultCacheCapacity is the number of plans the cache holds until
// SetCacheCapacity changes it. SciPy's pocketfft keeps 16; FFTW plans are
// cheap to hold (an Estimate plan of 4096 points is a few kilobytes of
// twiddle factors shared between plans of one size), and a service
// typically cycles through a handful of sizes, kinds and alignments, so
// 64 keeps them all without unbounded growth.
const DefaultCacheCapacity = 64

// PlanCacheStats describes the plan cache at one moment (see CacheStats).
type PlanCacheStats struct {
	Size      int    // plans held now
	Capacity  int    // the most plans held (SetCacheCapacity)
	Hits      uint64 // lookups answered by a held plan (or one being made)
	Misses    uint64 // lookups that made a new plan
	Evictions uint64 // plans closed to stay within Capacity (or by ClearCache)
	// LivePlans is the number of FFTW plans alive in the process
	// (fftw.LivePlans): the cached ones, plans in use by running
	// transforms, and those of other code using package fftw directly.
	LivePlans int64
}

// CacheStats returns the plan cache's size, capacity and counters. The
// hit rate is Hits/(Hits+Misses).
func CacheStats() PlanCacheStats {
	return plans.stats()
}

// SetCacheCapacity sets the number of plans the cache holds, evicting (and
// closing) the least recently used ones beyond it; n ≤ 0 disables caching,
// so that every transform makes and destroys its own plan. Plans in use by
// running transforms stay valid until those finish.
func SetCacheCapacity(n int) {
	plans.setCapacity(max(n, 0))
}

// ClearCache closes every cached plan (counted as evictions) and keeps the
// capacity, for example to release FFTW's memory after a burst of unusual
// sizes. Running transforms are not affected.
func ClearCache() {
	plans.mu.Lock()
	c := plans.capacity
	plans.capacity = 0
	plans.trim()
	plans.capacity = c
	plans.mu.Unlock()
}

var plans = newPlanCache(DefaultCacheCapacity)

// planCache is a bounded LRU map from plan keys to FFTW plans, safe for
// concurrent use. A plan being made is entered as pending, so goroutines
// asking for the same plan meanwhile wait for it instead of planning again
// (which matters with Measure, where planning takes seconds). Evicted
// plans are closed at once: package fftw reference-counts executions, so a
// plan evicted while another goroutine executes it is destroyed when that
// execution returns, and one evicted between lookup and Execute makes
// Execute fail with fftw.ErrClosed, which run retries.
type planCache struct {
	mu       sync.Mutex
	m        map[string]*cacheEntry
	head     cacheEntry // sentinel of the LRU ring: head.next is the most recent
	size     int
	capacity int
	// caching mirrors capacity > 0 for readers without mu (strategy.go).
	caching atomic.Bool
	// recent is the entry the last locked lookup returned or made ready,
	// which is head.next: a lookup of its key is answered without mu (see
	// get). Set and cleared under mu.
	recent atomic.Pointer[cacheEntry]

	hits, misses, evictions uint64
}

type cacheEntry struct {
	key        string
	short      shortKey // the key as a shortKey, if hasShort
	hasShort   bool
	plan       fftw.Plan
	err        error
	ready      chan struct{} // non-nil while the plan is being made
	prev, next *cacheEntry
	// fastHits counts lookups answered through planCache.recent; they
	// join hits when the entry leaves the cache (a lookup racing with the
	// eviction may go uncounted).
	fastHits atomic.Uint64
}

func newPlanCache(capacity int) *planCache {
	c := &planCache{m: make(map[string]*cacheEntry), capacity: capacity}
	c.caching.Store(capacity > 0)
	c.head.prev, c.head.next = &c.head, &c.head
	return c
}

// recentShort returns the most recent entry's plan if its shortKey is sk,
// else nil: get's lock-free fast path for 1-D requests, which need not
// build their byte key for it (shortKey).
func (c *planCache) recentShort(sk shortKey) fftw.Plan {
	if e := c.recent.Load(); e != nil && e.hasShort && e.short == sk {
		e.fastHits.Add(1)
		return e.plan
	}
	return nil
}

// get returns the plan for key (whose shortKey is sk if short), making it
// with mk on a miss. owned reports
// that the plan is not held by the cache (caching is disabled), so the
// caller must Close it after use.
//
// A lookup of the most recent entry's key, the common case of a loop over
// one size, takes no lock: the entry is already first in the LRU order, and
// its plan and key do not change once it is published in recent. That
// saves the mutex and the map lookup, about a quarter of the fixed cost of
// a small transform (pprof of BenchmarkRFFT/n=64). An entry evicted after
// the load still returns its plan, which Execute then reports closed and
// run retries, as for any eviction between lookup and Execute.
func (c *planCache) get(key []byte, sk shortKey, short bool, mk func() (fftw.Plan, error)) (p fftw.Plan, owned bool, err error) {
	if e := c.recent.Load(); e != nil && e.key == string(key) {
		e.fastHits.Add(1)
		return e.plan, false, nil
	}
	c.mu.Lock()
	if e, ok := c.m[string(key)]; ok {
		c.hits++
		if ch := e.ready; ch != nil {
			c.mu.Unlock()
			<-ch // e.plan and e.err were set before ch was closed
			return e.plan, false, e.err
		}
		c.unlink(e)
		c.pushFront(e)
		c.recent.Store(e)
		p = e.plan
		c.mu.Unlock()
		return p, false, nil
	}
	c.misses++
	if c.capacity == 0 {
		c.mu.Unlock()
		p, err = mk()
		return p, err == nil, err
	}
	e := &cacheEntry{key: string(key), short: sk, hasShort: short, ready: make(chan struct{})}
	c.m[e.key] = e
	c.mu.Unlock()

	// Plan outside the lock: lookups of other keys proceed meanwhile.
	p, err = mk()

	c.mu.Lock()
	e.plan, e.err = p, err
	close(e.ready)
	e.ready = nil
	if err != nil {
		delete(c.m, e.key)
	} else {
		c.pushFront(e)
		c.size++
		c.trim()
		if c.m[e.key] == e { // trim may have evicted it already
			c.recent.Store(e)
		}
	}
	c.mu.Unlock()
	return p, false, err
}

// trim evicts least recently used plans until size ≤ capacity. The caller
// holds mu.
func (c *planCache) trim() {
	for c.size > c.capacity {
		e := c.head.prev
		c.unlink(e)
		delete(c.m, e.key)
		c.size--
		c.evictions++
		c.hits += e.fastHits.Load()
		c.recent.CompareAndSwap(e, nil)
		e.plan.Close()
	}
}

func (c *planCache) setCapacity(n int) {
	c.mu.Lock()
	c.capacity = n
	c.caching.Store(n > 0)
	c.trim()
	c.mu.Unlock()
}

func (c *planCache) stats() PlanCacheStats {
	c.mu.Lock()
	defer c.mu.Unlock()
	hits := c.hits
	for e := c.head.next; e != &c.head; e = e.next {
		hits += e.fastHits.Load()
	}
	return PlanCacheStats{
		Size: c.size, Capacity: c.capacity,
		Hits: hits, Misses: c.misses, Evictions: c.evictions,
		LivePlans: fftw.LivePlans(),
	}
}

func (c *planCache) unlink(e *cacheEntry) {
	e.prev.next, e.next.prev = e.next, e.prev
	e.prev, e.next = nil, nil
}

func (c *planCache) pushFront(e *cacheEntry) {
	e.prev, e.next = &c.head, c.head.next
	c.head.next.prev = e
	c.head.next = e
}
