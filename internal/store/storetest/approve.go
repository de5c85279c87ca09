package storetest

import (
	"errors"
	"testing"
	"time"

	"github.com/mcpshield/mcpshield/internal/store"
)

func testApprove(t *testing.T, newStore func(*testing.T) store.Store) {
	a1, a2 := def(store.KindTool, "a", 1), def(store.KindTool, "a", 2)
	tests := []struct {
		name string
		// setup runs before Approve(srv, tool, "a") at approveAt.
		setup     func(t *testing.T, s store.Store)
		approveAt time.Duration
		want      store.Pin
		// after, if set, runs after Approve and returns the rows it wants then.
		after func(t *testing.T, s store.Store) []store.Pin
	}{
		{
			name: "pending change becomes the approved pin",
			setup: func(t *testing.T, s store.Store) {
				mustObserve(t, s, srv, store.PinNew, at(0), a1)
				mustObserve(t, s, srv, store.PinNew, at(time.Minute), a2)
			},
			approveAt: 2 * time.Minute,
			want:      approved(pinned(srv, a2, 2*time.Minute, time.Minute)),
		},
		{
			name: "pending new becomes the approved pin",
			setup: func(t *testing.T, s store.Store) {
				mustObserve(t, s, srv, store.PendingNew, at(0), a1)
			},
			approveAt: time.Minute,
			want:      approved(pinned(srv, a1, time.Minute, 0)),
		},
		{
			name: "TOFU pin is marked approved, PinnedAt kept",
			setup: func(t *testing.T, s store.Store) {
				mustObserve(t, s, srv, store.PinNew, at(0), a1)
			},
			approveAt: time.Minute,
			want:      approved(pinned(srv, a1, 0, 0)),
		},
		{
			name: "approving twice changes nothing",
			setup: func(t *testing.T, s store.Store) {
				mustObserve(t, s, srv, store.PendingNew, at(0), a1)
				mustApprove(t, s, srv, store.KindTool, "a", at(time.Minute))
			},
			approveAt: 2 * time.Minute,
			want:      approved(pinned(srv, a1, time.Minute, 0)),
		},
		{
			name: "approved pin keeps Approved through a change and its revert",
			setup: func(t *testing.T, s store.Store) {
				mustObserve(t, s, srv, store.PinNew, at(0), a1)
			},
			approveAt: time.Minute,
			want:      approved(pinned(srv, a1, 0, 0)),
			after: func(t *testing.T, s store.Store) []store.Pin {
				got := mustObserve(t, s, srv, store.PinNew, at(2*time.Minute), a2)
				comparePins(t, "Observe change", got, []store.Pin{withPending(approved(pinned(srv, a1, 0, 2*time.Minute)), a2, 2*time.Minute)})
				got = mustObserve(t, s, srv, store.PinNew, at(3*time.Minute), a1)
				comparePins(t, "Observe revert", got, []store.Pin{approved(pinned(srv, a1, 0, 3*time.Minute))})
				return got
			},
		},
		{
			name: "old definition after an approved change is pending",
			setup: func(t *testing.T, s store.Store) {
				mustObserve(t, s, srv, store.PinNew, at(0), a1)
				mustObserve(t, s, srv, store.PinNew, at(time.Minute), a2)
			},
			approveAt: 2 * time.Minute,
			want:      approved(pinned(srv, a2, 2*time.Minute, time.Minute)),
			after: func(t *testing.T, s store.Store) []store.Pin {
				got := mustObserve(t, s, srv, store.PinNew, at(3*time.Minute), a1)
				want := []store.Pin{withPending(approved(pinned(srv, a2, 2*time.Minute, 3*time.Minute)), a1, 3*time.Minute)}
				comparePins(t, "Observe old", got, want)
				return want
			},
		},
		{
			name: "only the named row is approved",
			setup: func(t *testing.T, s store.Store) {
				mustObserve(t, s, srv, store.PinNew, at(0), a1, def(store.KindPrompt, "a", 1), def(store.KindTool, "b", 1))
				mustObserve(t, s, "other", store.PinNew, at(0), a1)
			},
			approveAt: time.Minute,
			want:      approved(pinned(srv, a1, 0, 0)),
			after: func(t *testing.T, s store.Store) []store.Pin {
				comparePins(t, "Pins other", mustPins(t, s, "other"), []store.Pin{pinned("other", a1, 0, 0)})
				return []store.Pin{
					pinned(srv, def(store.KindPrompt, "a", 1), 0, 0),
					approved(pinned(srv, a1, 0, 0)),
					pinned(srv, def(store.KindTool, "b", 1), 0, 0),
				}
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newStore(t)
			tt.setup(t, s)
			got := mustApprove(t, s, srv, store.KindTool, "a", at(tt.approveAt))
			comparePin(t, "Approve", got, tt.want)
			rows := []store.Pin{tt.want}
			if tt.after != nil {
				rows = tt.after(t, s)
			}
			comparePins(t, "Pins", mustPins(t, s, srv), rows)
		})
	}
}

func testApproveMissing(t *testing.T, s store.Store) {
	mustObserve(t, s, srv, store.PinNew, at(0), def(store.KindPrompt, "a", 1))
	mustObserve(t, s, "other", store.PinNew, at(0), def(store.KindTool, "a", 1))
	tests := []struct {
		name   string
		server string
		kind   store.Kind
		nm     string
	}{
		{"empty server", "nobody", store.KindTool, "a"},
		{"other kind", srv, store.KindTool, "a"},
		{"other name", srv, store.KindPrompt, "b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := s.Approve(t.Context(), tt.server, tt.kind, tt.nm, at(time.Minute))
			if !errors.Is(err, store.ErrNotFound) {
				t.Errorf("Approve(%q, %s, %q) error = %v; want ErrNotFound", tt.server, tt.kind, tt.nm, err)
			}
		})
	}
	if n := len(mustPins(t, s, "")); n != 2 {
		t.Errorf("rows after failed approvals: got %d; want 2", n)
	}
}

func mustApprove(t *testing.T, s store.Store, server string, kind store.Kind, name string, now time.Time) store.Pin {
	t.Helper()
	p, err := s.Approve(t.Context(), server, kind, name, now)
	if err != nil {
		t.Fatalf("Approve(%q, %s, %q): %v", server, kind, name, err)
	}
	return p
}
