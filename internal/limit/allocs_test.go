//go:build !race

package limit

import "testing"

// TestAllocs: Allow and Add on a known key allocate nothing.
func TestAllocs(t *testing.T) {
	clock := newFakeClock()
	r := NewRates(1e9, 10, clock.now, 0)
	c := NewCounter(0, 0)
	key := Key("alice", "github", "create_issue")
	r.Allow(key)
	c.Add(key)
	if got := testing.AllocsPerRun(100, func() { r.Allow(key) }); got != 0 {
		t.Errorf("Rates.Allow: got %v allocs; want 0", got)
	}
	if got := testing.AllocsPerRun(100, func() { c.Add(key) }); got != 0 {
		t.Errorf("Counter.Add: got %v allocs; want 0", got)
	}
}
