package limit

import (
	"fmt"
	"sync"
	"testing"
)

func TestCounter(t *testing.T) {
	type step struct {
		forget bool
		key    string
		n      int64
		ok     bool
	}
	tests := []struct {
		name    string
		max     int64
		maxKeys int
		steps   []step
	}{
		{"up to max", 2, 0, []step{
			{false, "s1", 1, true},
			{false, "s1", 2, true},
			{false, "s1", 3, false},
			{false, "s1", 4, false},
			{false, "s2", 1, true},
		}},
		{"forget resets", 1, 0, []step{
			{false, "s1", 1, true},
			{false, "s1", 2, false},
			{true, "s1", 0, false},
			{false, "s1", 1, true},
			{true, "never seen", 0, false},
		}},
		{"no limit", 0, 0, []step{
			{false, "s1", 1, true},
			{false, "s1", 2, true},
			{false, "s1", 3, true},
		}},
		{"least recently used dropped", 10, 2, []step{
			{false, "a", 1, true},
			{false, "b", 1, true},
			{false, "a", 2, true},
			{false, "c", 1, true}, // drops b
			{false, "a", 3, true},
			{false, "b", 1, true}, // drops c
			{false, "c", 1, true}, // drops a
			{false, "a", 1, true},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := NewCounter(tt.max, tt.maxKeys)
			for i, s := range tt.steps {
				if s.forget {
					c.Forget(s.key)
					continue
				}
				if n, ok := c.Add(s.key); n != s.n || ok != s.ok {
					t.Errorf("step %d: Add(%q): got %d, %v; want %d, %v", i, s.key, n, ok, s.n, s.ok)
				}
			}
			if tt.maxKeys > 0 && c.Len() > tt.maxKeys {
				t.Errorf("got %d keys; want at most %d", c.Len(), tt.maxKeys)
			}
		})
	}
}

// TestCounterConcurrent checks exact counts under contention; run with -race.
func TestCounterConcurrent(t *testing.T) {
	c := NewCounter(100, 4)
	var wg sync.WaitGroup
	var mu sync.Mutex
	okCalls := 0
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 50 {
				if _, ok := c.Add("shared"); ok {
					mu.Lock()
					okCalls++
					mu.Unlock()
				}
				c.Add(fmt.Sprintf("own-%d", g))
				if i%10 == 0 {
					c.Forget(fmt.Sprintf("own-%d", g))
				}
			}
		}()
	}
	wg.Wait()
	// "shared" may be dropped by the other keys (maxKeys 4, 9 keys), so at
	// least 100 calls passed; the count never exceeds the keys' bound.
	if okCalls < 100 {
		t.Errorf("got %d calls within the limit; want at least 100", okCalls)
	}
	if c.Len() > 4 {
		t.Errorf("got %d keys; want at most 4", c.Len())
	}
}
