package schema

import (
	"container/list"
	"context"
	"crypto/sha256"
	"sync"
)

// cache holds compiled schemas by the SHA-256 of their bytes, least recently
// used first out. A schema is compiled once even when many goroutines ask for
// it at the same time: the first compiles, the others wait for its entry.
// Failures are cached too, so a bad schema costs one compile, not one per
// call.
type cache struct {
	max     int
	compile func([]byte) (*compiled, error)

	mu    sync.Mutex
	byKey map[[sha256.Size]byte]*list.Element // of *entry
	order list.List                           // front: most recently used
}

type entry struct {
	key  [sha256.Size]byte
	done chan struct{} // closed once c and err are set
	c    *compiled
	err  error
}

func newCache(max int, compile func([]byte) (*compiled, error)) *cache {
	return &cache{max: max, compile: compile, byKey: map[[sha256.Size]byte]*list.Element{}}
}

// get returns the compiled form of data, compiling it if needed.
func (c *cache) get(ctx context.Context, data []byte) (*compiled, error) {
	key := sha256.Sum256(data)
	c.mu.Lock()
	if el, ok := c.byKey[key]; ok {
		c.order.MoveToFront(el)
		e := el.Value.(*entry)
		c.mu.Unlock()
		select {
		case <-e.done:
			return e.c, e.err
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	e := &entry{key: key, done: make(chan struct{})}
	c.byKey[key] = c.order.PushFront(e)
	for c.order.Len() > c.max {
		old := c.order.Back()
		c.order.Remove(old)
		delete(c.byKey, old.Value.(*entry).key)
	}
	c.mu.Unlock()

	e.c, e.err = c.compile(data)
	close(e.done)
	return e.c, e.err
}

// len returns the number of entries.
func (c *cache) len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.order.Len()
}
