package storetest

import (
	"testing"
	"time"

	"github.com/mcpshield/mcpshield/internal/store"
)

// testObserveServers checks that one server's observations leave another's
// rows alone, even for the same kind and name.
func testObserveServers(t *testing.T, s store.Store) {
	const other = "url:https://example.com/mcp"
	a1, a2 := def(store.KindTool, "a", 1), def(store.KindTool, "a", 2)
	mustObserve(t, s, srv, store.PinNew, at(0), a1)
	got := mustObserve(t, s, other, store.PinNew, at(time.Minute), a2)
	comparePins(t, "Observe other", got, []store.Pin{pinned(other, a2, time.Minute, time.Minute)})
	comparePins(t, "Pins srv", mustPins(t, s, srv), []store.Pin{pinned(srv, a1, 0, 0)})
	comparePins(t, "Pins other", mustPins(t, s, other), []store.Pin{pinned(other, a2, time.Minute, time.Minute)})
	comparePins(t, "Pins all", mustPins(t, s, ""), []store.Pin{pinned(srv, a1, 0, 0), pinned(other, a2, time.Minute, time.Minute)})
}

func testHasPins(t *testing.T, s store.Store) {
	const other = "url:https://example.com/mcp"
	has := func(server string) bool {
		t.Helper()
		ok, err := s.HasPins(t.Context(), server)
		if err != nil {
			t.Fatalf("HasPins(%q): %v", server, err)
		}
		return ok
	}
	if has(srv) {
		t.Errorf("HasPins on an empty store = true; want false")
	}
	mustObserve(t, s, srv, store.PendingNew, at(0), def(store.KindPrompt, "p", 1))
	if !has(srv) {
		t.Errorf("HasPins after Observe = false; want true")
	}
	if has(other) {
		t.Errorf("HasPins(other server) = true; want false")
	}
	if _, err := s.Reset(t.Context(), srv, "", ""); err != nil {
		t.Fatalf("Reset: %v", err)
	}
	if has(srv) {
		t.Errorf("HasPins after Reset = true; want false")
	}
}

// testOrdering checks that Pins sorts by server, kind, name in byte order
// (upper case before lower, multi-byte UTF-8 last), whatever the insertion
// order.
func testOrdering(t *testing.T, s store.Store) {
	servers := []string{"url:https://b.example", `stdio:["a"]`, "Z", "url:https://a.example"}
	names := []string{"b", "B", "a", "é", "a b", "a_b", "aa", "z"}
	kinds := []store.Kind{store.KindTool, store.KindResourceTemplate, store.KindPrompt}
	var all []store.Pin
	for i, server := range servers {
		var defs []store.Def
		var want []store.Pin
		for _, k := range kinds {
			for _, n := range names {
				d := def(k, n, i)
				defs = append(defs, d)
				want = append(want, pinned(server, d, time.Duration(i)*time.Second, time.Duration(i)*time.Second))
			}
		}
		mustObserve(t, s, server, store.PinNew, at(time.Duration(i)*time.Second), defs...)
		comparePins(t, "Pins "+server, mustPins(t, s, server), sortPins(want))
		all = append(all, want...)
	}
	comparePins(t, "Pins all", mustPins(t, s, ""), sortPins(all))
}

// testTimes checks that times come back in UTC and equal to
// store.Timestamp of what was given: at least millisecond precision.
func testTimes(t *testing.T, s store.Store) {
	now := time.Date(2031, 12, 31, 23, 59, 59, 999_999_999, time.FixedZone("UTC-7", -7*3600))
	d := def(store.KindTool, "t", 1)
	got := mustObserve(t, s, srv, store.PinNew, now, d)
	rows := mustPins(t, s, srv)
	if len(got) != 1 || len(rows) != 1 {
		t.Fatalf("got %d results, %d rows; want 1, 1", len(got), len(rows))
	}
	for what, p := range map[string]store.Pin{"Observe": got[0], "Pins": rows[0]} {
		for field, tm := range map[string]time.Time{"PinnedAt": p.PinnedAt, "LastSeen": p.LastSeen} {
			if tm.Location() != time.UTC {
				t.Errorf("%s %s in %v; want UTC", what, field, tm.Location())
			}
			if !tm.Equal(store.Timestamp(now)) {
				t.Errorf("%s %s = %v; want %v", what, field, tm, store.Timestamp(now))
			}
			if diff := now.Sub(tm); diff < 0 || diff >= time.Millisecond {
				t.Errorf("%s %s = %v, %v off %v; want under 1ms", what, field, tm, diff, now)
			}
		}
	}
}
