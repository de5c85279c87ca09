package storetest

import (
	"fmt"
	"testing"
	"time"

	"github.com/mcpshield/mcpshield/internal/store"
)

const srv = `stdio:["npx","-y","pkg"]`

// observeStep is one Observe call and the rows it must return.
type observeStep struct {
	at   time.Duration
	mode store.ObserveMode
	defs []store.Def
	want []store.Pin
}

func testObserve(t *testing.T, newStore func(*testing.T) store.Store) {
	a1, a2, a3 := def(store.KindTool, "a", 1), def(store.KindTool, "a", 2), def(store.KindTool, "a", 3)
	b1 := def(store.KindTool, "b", 1)
	pa := def(store.KindPrompt, "a", 1)
	ra := def(store.KindResourceTemplate, "a", 1)
	empty := defOf(store.KindTool, "empty", nil)
	binary := defOf(store.KindTool, "binary", []byte{0, 0xff, 0xfe, '\n', 0, 0x80})

	tests := []struct {
		name  string
		steps []observeStep
		// rows is what Pins returns at the end; nil: the last step's want, sorted.
		rows []store.Pin
	}{
		{
			name: "new name is pinned on first use",
			steps: []observeStep{
				{0, store.PinNew, []store.Def{a1}, []store.Pin{pinned(srv, a1, 0, 0)}},
			},
		},
		{
			name: "new name is pending with PendingNew",
			steps: []observeStep{
				{0, store.PendingNew, []store.Def{a1}, []store.Pin{pendingOnly(srv, a1, 0, 0)}},
			},
		},
		{
			name: "same hash again only moves LastSeen",
			steps: []observeStep{
				{0, store.PinNew, []store.Def{a1}, []store.Pin{pinned(srv, a1, 0, 0)}},
				{time.Minute, store.PinNew, []store.Def{a1}, []store.Pin{pinned(srv, a1, 0, time.Minute)}},
			},
		},
		{
			name: "mode does not matter for an existing row",
			steps: []observeStep{
				{0, store.PinNew, []store.Def{a1}, []store.Pin{pinned(srv, a1, 0, 0)}},
				{time.Minute, store.PendingNew, []store.Def{a1}, []store.Pin{pinned(srv, a1, 0, time.Minute)}},
			},
		},
		{
			name: "changed hash is pending, the pin stays",
			steps: []observeStep{
				{0, store.PinNew, []store.Def{a1}, []store.Pin{pinned(srv, a1, 0, 0)}},
				{time.Minute, store.PinNew, []store.Def{a2}, []store.Pin{withPending(pinned(srv, a1, 0, time.Minute), a2, time.Minute)}},
			},
		},
		{
			name: "pending seen again keeps PendingSince",
			steps: []observeStep{
				{0, store.PinNew, []store.Def{a1}, []store.Pin{pinned(srv, a1, 0, 0)}},
				{time.Minute, store.PinNew, []store.Def{a2}, []store.Pin{withPending(pinned(srv, a1, 0, time.Minute), a2, time.Minute)}},
				{2 * time.Minute, store.PinNew, []store.Def{a2}, []store.Pin{withPending(pinned(srv, a1, 0, 2*time.Minute), a2, time.Minute)}},
			},
		},
		{
			name: "another change replaces the pending one and restarts PendingSince",
			steps: []observeStep{
				{0, store.PinNew, []store.Def{a1}, []store.Pin{pinned(srv, a1, 0, 0)}},
				{time.Minute, store.PinNew, []store.Def{a2}, []store.Pin{withPending(pinned(srv, a1, 0, time.Minute), a2, time.Minute)}},
				{2 * time.Minute, store.PinNew, []store.Def{a3}, []store.Pin{withPending(pinned(srv, a1, 0, 2*time.Minute), a3, 2*time.Minute)}},
			},
		},
		{
			name: "going back to the pinned definition clears pending",
			steps: []observeStep{
				{0, store.PinNew, []store.Def{a1}, []store.Pin{pinned(srv, a1, 0, 0)}},
				{time.Minute, store.PinNew, []store.Def{a2}, []store.Pin{withPending(pinned(srv, a1, 0, time.Minute), a2, time.Minute)}},
				{2 * time.Minute, store.PinNew, []store.Def{a1}, []store.Pin{pinned(srv, a1, 0, 2*time.Minute)}},
			},
		},
		{
			name: "pending new stays unpinned when later observed with PinNew",
			steps: []observeStep{
				{0, store.PendingNew, []store.Def{a1}, []store.Pin{pendingOnly(srv, a1, 0, 0)}},
				{time.Minute, store.PinNew, []store.Def{a1}, []store.Pin{pendingOnly(srv, a1, 0, time.Minute)}},
				{2 * time.Minute, store.PinNew, []store.Def{a2}, []store.Pin{pendingOnly(srv, a2, 2*time.Minute, 2*time.Minute)}},
			},
		},
		{
			name: "results in the order given, kinds apart",
			steps: []observeStep{
				{0, store.PinNew, []store.Def{b1, pa, a1, ra}, []store.Pin{
					pinned(srv, b1, 0, 0), pinned(srv, pa, 0, 0), pinned(srv, a1, 0, 0), pinned(srv, ra, 0, 0),
				}},
			},
		},
		{
			name: "names not listed are untouched",
			steps: []observeStep{
				{0, store.PinNew, []store.Def{a1, b1}, []store.Pin{pinned(srv, a1, 0, 0), pinned(srv, b1, 0, 0)}},
				{time.Minute, store.PinNew, []store.Def{a2}, []store.Pin{withPending(pinned(srv, a1, 0, time.Minute), a2, time.Minute)}},
			},
			rows: []store.Pin{withPending(pinned(srv, a1, 0, time.Minute), a2, time.Minute), pinned(srv, b1, 0, 0)},
		},
		{
			name: "new and known names in one call",
			steps: []observeStep{
				{0, store.PinNew, []store.Def{a1}, []store.Pin{pinned(srv, a1, 0, 0)}},
				{time.Minute, store.PendingNew, []store.Def{b1, a1}, []store.Pin{pendingOnly(srv, b1, time.Minute, time.Minute), pinned(srv, a1, 0, time.Minute)}},
			},
		},
		{
			name: "no definitions writes nothing",
			steps: []observeStep{
				{0, store.PinNew, nil, nil},
			},
		},
		{
			name: "empty and binary definitions round-trip",
			steps: []observeStep{
				{0, store.PinNew, []store.Def{empty, binary}, []store.Pin{pinned(srv, empty, 0, 0), pinned(srv, binary, 0, 0)}},
				{time.Minute, store.PinNew, []store.Def{defOf(store.KindTool, "empty", []byte("x"))}, []store.Pin{
					withPending(pinned(srv, empty, 0, time.Minute), defOf(store.KindTool, "empty", []byte("x")), time.Minute),
				}},
			},
			rows: []store.Pin{pinned(srv, binary, 0, 0), withPending(pinned(srv, empty, 0, time.Minute), defOf(store.KindTool, "empty", []byte("x")), time.Minute)},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newStore(t)
			for i, st := range tt.steps {
				got := mustObserve(t, s, srv, st.mode, at(st.at), st.defs...)
				comparePins(t, fmt.Sprintf("Observe step %d", i+1), got, st.want)
			}
			want := tt.rows
			if want == nil {
				want = sortPins(tt.steps[len(tt.steps)-1].want)
			}
			comparePins(t, "Pins", mustPins(t, s, srv), want)
		})
	}
}
