package proxy

import "sync"

// aggQueue is a FIFO with one consumer. A push never waits; pushWait waits
// while the queue holds limit items or more, which is how a producer that
// can afford to wait (an upstream's reader) is slowed down to the pace of
// the consumer without one that cannot (an answer to a server's ping) ever
// blocking.
type aggQueue[T any] struct {
	mu    sync.Mutex
	items []T
	head  int
	wake  chan struct{} // signalled when an item arrives or the queue closes
	room  chan struct{} // closed (and replaced) when an item is taken and
	// waiting says a pushWait waits on it
	waiting bool
	closed  bool
}

func newAggQueue[T any]() *aggQueue[T] {
	return &aggQueue[T]{wake: make(chan struct{}, 1), room: make(chan struct{})}
}

// push appends x; it reports false when the queue is closed.
func (q *aggQueue[T]) push(x T) bool {
	q.mu.Lock()
	if q.closed {
		q.mu.Unlock()
		return false
	}
	q.items = append(q.items, x)
	q.mu.Unlock()
	q.signal()
	return true
}

// pushWait appends x once fewer than limit items wait; it reports false
// when the queue closed or stop was closed first.
func (q *aggQueue[T]) pushWait(stop <-chan struct{}, x T, limit int) bool {
	for {
		q.mu.Lock()
		if q.closed {
			q.mu.Unlock()
			return false
		}
		if len(q.items)-q.head < limit {
			q.items = append(q.items, x)
			q.mu.Unlock()
			q.signal()
			return true
		}
		room := q.room
		q.waiting = true
		q.mu.Unlock()
		select {
		case <-room:
		case <-stop:
			return false
		}
	}
}

func (q *aggQueue[T]) signal() {
	select {
	case q.wake <- struct{}{}:
	default:
	}
}

// pop takes the first item, waiting for one. It reports false once the
// queue is closed and empty, or when stop is closed first.
func (q *aggQueue[T]) pop(stop <-chan struct{}) (T, bool) {
	for {
		q.mu.Lock()
		if q.head < len(q.items) {
			x := q.items[q.head]
			var zero T
			q.items[q.head] = zero
			q.head++
			if q.head == len(q.items) {
				q.items, q.head = q.items[:0], 0
			} else if q.head >= 64 && q.head*2 >= len(q.items) {
				n := copy(q.items, q.items[q.head:])
				clear(q.items[n:])
				q.items, q.head = q.items[:n], 0
			}
			if q.waiting {
				close(q.room)
				q.room, q.waiting = make(chan struct{}), false
			}
			q.mu.Unlock()
			return x, true
		}
		closed := q.closed
		q.mu.Unlock()
		if closed {
			var zero T
			return zero, false
		}
		select {
		case <-q.wake:
		case <-stop:
			var zero T
			return zero, false
		}
	}
}

// close stops pushes; pop returns what is left, then reports false.
func (q *aggQueue[T]) close() {
	q.mu.Lock()
	q.closed = true
	if q.waiting {
		close(q.room)
		q.room, q.waiting = make(chan struct{}), false
	}
	q.mu.Unlock()
	q.signal()
}
