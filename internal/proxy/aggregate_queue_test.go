package proxy

import (
	"testing"
)

func TestAggQueue(t *testing.T) {
	q := newAggQueue[int]()
	for i := range 100 {
		q.push(i)
	}
	for i := range 100 {
		if got, ok := q.pop(nil); !ok || got != i {
			t.Fatalf("pop: got %d, %v; want %d", got, ok, i)
		}
	}

	// pushWait waits while the queue holds limit items.
	q.push(1)
	q.push(2)
	pushed := make(chan bool)
	go func() { pushed <- q.pushWait(nil, 3, 2) }()
	if got, _ := q.pop(nil); got != 1 {
		t.Fatalf("pop: got %d; want 1", got)
	}
	if !<-pushed {
		t.Fatal("pushWait: false")
	}
	for _, want := range []int{2, 3} {
		if got, _ := q.pop(nil); got != want {
			t.Fatalf("pop: got %d; want %d", got, want)
		}
	}

	// stop ends the waits; close lets pop drain, then report false.
	stop := make(chan struct{})
	close(stop)
	if _, ok := q.pop(stop); ok {
		t.Error("pop with stop closed on an empty queue: ok")
	}
	q.push(1)
	if q.pushWait(stop, 2, 1) {
		t.Error("pushWait with stop closed on a full queue: ok")
	}
	go func() { pushed <- q.pushWait(nil, 2, 1) }()
	q.close()
	if <-pushed {
		t.Error("pushWait on a closed queue: ok")
	}
	if q.push(3) {
		t.Error("push on a closed queue: ok")
	}
	if got, ok := q.pop(nil); !ok || got != 1 {
		t.Errorf("pop after close: got %d, %v; want 1, true", got, ok)
	}
	if _, ok := q.pop(nil); ok {
		t.Error("pop of a closed empty queue: ok")
	}
}
