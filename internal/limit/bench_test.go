package limit

import (
	"strconv"
	"testing"
	"time"
)

// BenchmarkRatesAllow is the hot path: a known key. With time.Now, the
// clock read is part of the cost.
func BenchmarkRatesAllow(b *testing.B) {
	fixed := time.Now()
	for _, bb := range []struct {
		name string
		now  func() time.Time
	}{
		{"time.Now", time.Now},
		{"fixed clock", func() time.Time { return fixed }},
	} {
		b.Run(bb.name, func(b *testing.B) {
			r := NewRates(1e9, 1<<30, bb.now, 0)
			key := Key("alice", "github", "create_issue")
			b.ReportAllocs()
			for b.Loop() {
				r.Allow(key)
			}
		})
	}
}

func BenchmarkRatesAllowParallel(b *testing.B) {
	r := NewRates(1e9, 1<<30, time.Now, 0)
	keys := make([]string, 64)
	for i := range keys {
		keys[i] = Key("user"+strconv.Itoa(i), "github", "create_issue")
	}
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			r.Allow(keys[i%len(keys)])
			i++
		}
	})
}

// BenchmarkRatesNewKeys is the worst case: every call a new key, the table
// full, so each call also drops a bucket.
func BenchmarkRatesNewKeys(b *testing.B) {
	r := NewRates(1, 1, time.Now, 1024)
	keys := make([]string, 4096)
	for i := range keys {
		keys[i] = "k" + strconv.Itoa(i)
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		r.Allow(keys[i%len(keys)])
		i++
	}
}

func BenchmarkCounterAdd(b *testing.B) {
	c := NewCounter(0, 0)
	key := "session-0123456789"
	b.ReportAllocs()
	for b.Loop() {
		c.Add(key)
	}
}
