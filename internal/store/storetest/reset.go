package storetest

import (
	"testing"
	"time"

	"github.com/mcpshield/mcpshield/internal/store"
)

func testReset(t *testing.T, newStore func(*testing.T) store.Store) {
	servers := []string{"s1", "s2"}
	defs := []store.Def{
		def(store.KindTool, "a", 1), def(store.KindTool, "b", 1),
		def(store.KindPrompt, "a", 1), def(store.KindResourceTemplate, "a", 1),
	}
	tests := []struct {
		name   string
		server string
		kind   store.Kind
		nm     string
		want   int
	}{
		{"one row", "s1", store.KindTool, "a", 1},
		{"one kind of a server", "s1", store.KindTool, "", 2},
		{"one name of any kind", "s1", "", "a", 3},
		{"one server", "s1", "", "", 4},
		{"one row in every server", "", store.KindTool, "a", 2},
		{"one kind in every server", "", store.KindPrompt, "", 2},
		{"one name in every server", "", "", "a", 6},
		{"everything", "", "", "", 8},
		{"unknown server", "s3", "", "", 0},
		{"unknown name", "s1", store.KindTool, "zz", 0},
		{"kind without rows", "s1", store.KindPrompt, "b", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newStore(t)
			var all []store.Pin
			for _, server := range servers {
				all = append(all, mustObserve(t, s, server, store.PinNew, at(0), defs...)...)
			}
			if _, _, err := s.SeenServer(t.Context(), store.Server{ID: "s1", LastSeen: at(0)}); err != nil {
				t.Fatalf("SeenServer: %v", err)
			}
			n, err := s.Reset(t.Context(), tt.server, tt.kind, tt.nm)
			if err != nil {
				t.Fatalf("Reset(%q, %q, %q): %v", tt.server, tt.kind, tt.nm, err)
			}
			if n != tt.want {
				t.Errorf("Reset(%q, %q, %q) = %d; want %d", tt.server, tt.kind, tt.nm, n, tt.want)
			}
			var left []store.Pin
			for _, p := range all {
				match := (tt.server == "" || p.Server == tt.server) &&
					(tt.kind == "" || p.Kind == tt.kind) &&
					(tt.nm == "" || p.Name == tt.nm)
				if !match {
					left = append(left, p)
				}
			}
			comparePins(t, "Pins after Reset", mustPins(t, s, ""), sortPins(left))
			if got, err := s.Servers(t.Context()); err != nil || len(got) != 1 {
				t.Errorf("Servers after Reset = %d records, %v; want 1 (Reset leaves server records)", len(got), err)
			}
		})
	}
}

// testResetThenObserve checks that a reset name is pinned afresh: the old
// pin, its approval and its pending change are gone.
func testResetThenObserve(t *testing.T, s store.Store) {
	a1, a2, a3 := def(store.KindTool, "a", 1), def(store.KindTool, "a", 2), def(store.KindTool, "a", 3)
	mustObserve(t, s, srv, store.PinNew, at(0), a1)
	mustApprove(t, s, srv, store.KindTool, "a", at(time.Second))
	mustObserve(t, s, srv, store.PinNew, at(time.Minute), a2)
	if n, err := s.Reset(t.Context(), srv, store.KindTool, "a"); err != nil || n != 1 {
		t.Fatalf("Reset = %d, %v; want 1, nil", n, err)
	}
	got := mustObserve(t, s, srv, store.PinNew, at(2*time.Minute), a3)
	comparePins(t, "Observe after Reset", got, []store.Pin{pinned(srv, a3, 2*time.Minute, 2*time.Minute)})
}
