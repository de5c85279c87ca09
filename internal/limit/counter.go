package limit

import "sync"

// Counter counts calls per key (a session) against a maximum. It is safe for
// concurrent use.
//
// At most maxKeys counts are kept; when a new key comes and the table is
// full, the least recently used count is dropped, and that key starts again
// from zero should it come back. Callers Forget a session when it ends, so
// the table holds live sessions only. A client can always reset its count by
// opening a new session, so a per-session limit bounds one session's work,
// not a client's.
type Counter struct {
	max int64

	mu     sync.Mutex
	counts *lru[int64]
}

// NewCounter returns a Counter allowing max calls per key (max <= 0 means no
// limit; calls are still counted) and keeping at most maxKeys keys (<= 0
// means DefaultMaxKeys).
func NewCounter(max int64, maxKeys int) *Counter {
	if maxKeys <= 0 {
		maxKeys = DefaultMaxKeys
	}
	return &Counter{max: max, counts: newLRU[int64](maxKeys)}
}

// Add counts one call under key and returns the count so far, this call
// included, and whether it is within the maximum.
func (c *Counter) Add(key string) (n int64, ok bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e := c.counts.get(key)
	if e == nil {
		e = c.counts.add(key)
	}
	e.val++
	return e.val, c.max <= 0 || e.val <= c.max
}

// Forget drops key's count.
func (c *Counter) Forget(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.counts.remove(key)
}

// Len returns the number of keys counted.
func (c *Counter) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.counts.len()
}
