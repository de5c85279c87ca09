package storetest

import (
	"fmt"
	"testing"
	"time"

	"github.com/mcpshield/mcpshield/internal/store"
)

// BenchmarkObserve measures Observe on s (an empty store) for a server
// listing 20 tools of about 1 KiB each:
//   - "unchanged": the common case, every definition already pinned.
//   - "changed": every definition differs from its pin and from the pending
//     one on every call.
//   - "new server": every call pins 20 new names.
func BenchmarkObserve(b *testing.B, s store.Store) {
	const tools = 20
	pad := make([]byte, 1000)
	for i := range pad {
		pad[i] = 'a' + byte(i%26)
	}
	defsOf := func(v int) []store.Def {
		defs := make([]store.Def, tools)
		for i := range defs {
			defs[i] = defOf(store.KindTool, fmt.Sprint("tool", i), fmt.Appendf(nil, `{"v":%d,"d":%q}`, v, pad))
		}
		return defs
	}
	v1, v2, v3 := defsOf(1), defsOf(2), defsOf(3)
	now := time.Now()
	b.Run("unchanged", func(b *testing.B) {
		server := "bench-unchanged"
		if _, err := s.Observe(b.Context(), server, v1, store.PinNew, now); err != nil {
			b.Fatal(err)
		}
		for b.Loop() {
			now = now.Add(time.Millisecond)
			if _, err := s.Observe(b.Context(), server, v1, store.PinNew, now); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("changed", func(b *testing.B) {
		server := "bench-changed"
		if _, err := s.Observe(b.Context(), server, v1, store.PinNew, now); err != nil {
			b.Fatal(err)
		}
		i := 0
		for b.Loop() {
			now = now.Add(time.Millisecond)
			defs := v2
			if i%2 == 1 {
				defs = v3
			}
			i++
			if _, err := s.Observe(b.Context(), server, defs, store.PinNew, now); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("new server", func(b *testing.B) {
		i := 0
		for b.Loop() {
			now = now.Add(time.Millisecond)
			i++
			if _, err := s.Observe(b.Context(), fmt.Sprint("bench-new-", i), v1, store.PinNew, now); err != nil {
				b.Fatal(err)
			}
		}
	})
}
