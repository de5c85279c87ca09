package limit

import (
	"context"
	"math"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func TestRates(t *testing.T) {
	type step struct {
		advance time.Duration
		key     string
		ok      bool
		retry   time.Duration
	}
	tests := []struct {
		name      string
		perSecond float64
		burst     int
		steps     []step
	}{
		{"burst then wait", 2, 3, []step{
			{0, "a", true, 0},
			{0, "a", true, 0},
			{0, "a", true, 0},
			{0, "a", false, 500 * time.Millisecond},
			{250 * time.Millisecond, "a", false, 250 * time.Millisecond},
			{250 * time.Millisecond, "a", true, 0},
			{0, "a", false, 500 * time.Millisecond},
		}},
		{"refill capped at burst", 10, 2, []step{
			{0, "a", true, 0},
			{0, "a", true, 0},
			{time.Hour, "a", true, 0},
			{0, "a", true, 0},
			{0, "a", false, 100 * time.Millisecond},
		}},
		{"keys are independent", 1, 1, []step{
			{0, "a", true, 0},
			{0, "a", false, time.Second},
			{0, "b", true, 0},
			{0, "b", false, time.Second},
		}},
		{"slow rate", 0.5, 1, []step{
			{0, "a", true, 0},
			{0, "a", false, 2 * time.Second},
			{time.Second, "a", false, time.Second},
			{time.Second, "a", true, 0},
		}},
		{"burst below 1 is 1", 1, 0, []step{
			{0, "a", true, 0},
			{0, "a", false, time.Second},
		}},
		{"clock goes back", 1, 1, []step{
			{0, "a", true, 0},
			{-time.Hour, "a", false, time.Second},
			{time.Hour + time.Second, "a", true, 0},
		}},
		{"tiny rate", 1e-300, 1, []step{
			{0, "a", true, 0},
			{0, "a", false, math.MaxInt64},
		}},
		{"no limit", 0, 1, []step{{0, "a", true, 0}, {0, "a", true, 0}, {0, "a", true, 0}}},
		{"negative is no limit", -1, 1, []step{{0, "a", true, 0}, {0, "a", true, 0}}},
		{"NaN is no limit", math.NaN(), 1, []step{{0, "a", true, 0}, {0, "a", true, 0}}},
		{"Inf is no limit", math.Inf(1), 1, []step{{0, "a", true, 0}, {0, "a", true, 0}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clock := newFakeClock()
			r := NewRates(tt.perSecond, tt.burst, clock.now, 0)
			for i, s := range tt.steps {
				clock.advance(s.advance)
				ok, retry := r.Allow(s.key)
				if ok != s.ok || retry != s.retry {
					t.Errorf("step %d: got %v, %v; want %v, %v", i, ok, retry, s.ok, s.retry)
				}
			}
		})
	}
}

func TestRatesMaxKeys(t *testing.T) {
	clock := newFakeClock()
	r := NewRates(1, 1, clock.now, 2)
	allow := func(key string, want bool) {
		t.Helper()
		if ok, _ := r.Allow(key); ok != want {
			t.Errorf("Allow(%q): got %v; want %v", key, ok, want)
		}
	}
	allow("a", true)
	allow("b", true)
	allow("a", false) // a is now the most recently used
	allow("c", true)  // drops b, the least recently used
	if got := r.Len(); got != 2 {
		t.Errorf("got %d buckets; want 2", got)
	}
	allow("a", false) // a kept its empty bucket
	allow("b", true)  // b comes back with a fresh one
	for i := range 1000 {
		r.Allow(Key("k", string(rune('a'+i%26)), string(rune(i))))
	}
	if got := r.Len(); got != 2 {
		t.Errorf("after 1000 keys: got %d buckets; want 2", got)
	}
}

// TestRatesConcurrent: with the clock frozen, exactly burst calls pass
// however many goroutines ask. Run with -race.
func TestRatesConcurrent(t *testing.T) {
	const burst = 100
	clock := newFakeClock()
	r := NewRates(1, burst, clock.now, 10)
	var passed atomic.Int64
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 50 {
				if ok, _ := r.Allow("shared"); ok {
					passed.Add(1)
				}
				r.Allow(Key("own", string(rune('a'+g))))
			}
		}()
	}
	wg.Wait()
	if got := passed.Load(); got != burst {
		t.Errorf("got %d calls passed; want %d", got, burst)
	}
}

func TestLimiter(t *testing.T) {
	clock := newFakeClock()
	var l Limiter = NewRates(1, 1, clock.now, 0).Limiter()
	ctx := context.Background()
	if ok, retry, err := l.Allow(ctx, "a"); !ok || retry != 0 || err != nil {
		t.Errorf("first: got %v, %v, %v; want true, 0, nil", ok, retry, err)
	}
	if ok, retry, err := l.Allow(ctx, "a"); ok || retry != time.Second || err != nil {
		t.Errorf("second: got %v, %v, %v; want false, 1s, nil", ok, retry, err)
	}
}

func TestKey(t *testing.T) {
	tests := []struct {
		parts []string
		want  string
	}{
		{[]string{"alice", "github", "create_issue"}, "5:alice6:github12:create_issue"},
		{[]string{"a", "bc"}, "1:a2:bc"},
		{[]string{"ab", "c"}, "2:ab1:c"},
		{[]string{"", ""}, "0:0:"},
		{nil, ""},
	}
	for _, tt := range tests {
		if got := Key(tt.parts...); got != tt.want {
			t.Errorf("Key(%q): got %q; want %q", tt.parts, got, tt.want)
		}
	}
}
