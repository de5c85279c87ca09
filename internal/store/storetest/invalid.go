package storetest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/mcpshield/mcpshield/internal/store"
)

// testInvalid checks that out-of-bounds arguments fail with ErrInvalid and
// write nothing: each Observe case carries a valid definition first, which
// must not be stored either.
func testInvalid(t *testing.T, s store.Store) {
	ok := def(store.KindTool, "ok", 1)
	long := strings.Repeat("x", store.MaxNameLen+1)
	withHash := func(h string) store.Def { d := ok; d.Name, d.Hash = "h", h; return d }
	tooMany := make([]store.Def, store.MaxDefs+1)
	for i := range tooMany {
		tooMany[i] = def(store.KindTool, fmt.Sprint("t", i), 1)
	}
	observe := func(server string, defs []store.Def, now time.Time) func(context.Context) error {
		return func(ctx context.Context) error {
			_, err := s.Observe(ctx, server, append([]store.Def{ok}, defs...), store.PinNew, now)
			return err
		}
	}
	bad := func(d store.Def) func(context.Context) error { return observe(srv, []store.Def{d}, at(0)) }
	tests := []struct {
		name string
		call func(context.Context) error
	}{
		{"Observe empty server", observe("", nil, at(0))},
		{"Observe long server", observe(strings.Repeat("s", store.MaxServerIDLen+1), nil, at(0))},
		{"Observe server with NUL", observe("a\x00b", nil, at(0))},
		{"Observe zero time", observe(srv, nil, time.Time{})},
		{"Observe unknown kind", bad(store.Def{Kind: "resource", Name: "r", Hash: ok.Hash})},
		{"Observe empty kind", bad(store.Def{Name: "r", Hash: ok.Hash})},
		{"Observe empty name", bad(store.Def{Kind: store.KindTool, Hash: ok.Hash})},
		{"Observe long name", bad(def(store.KindTool, long, 1))},
		{"Observe name with NUL", bad(def(store.KindTool, "a\x00", 1))},
		{"Observe name not UTF-8", bad(def(store.KindTool, "a\xff", 1))},
		{"Observe empty hash", bad(withHash(""))},
		{"Observe long hash", bad(withHash("sha256:" + strings.Repeat("0", store.MaxHashLen)))},
		{"Observe hash with space", bad(withHash("sha256: 00"))},
		{"Observe hash not ASCII", bad(withHash("sha256:é"))},
		{"Observe huge definition", bad(defOf(store.KindTool, "big", make([]byte, store.MaxDefinitionLen+1)))},
		{"Observe duplicate name", bad(def(store.KindTool, "ok", 2))},
		{"Observe too many", observe(srv, tooMany, at(0))},
		{"Pins long server", func(ctx context.Context) error {
			_, err := s.Pins(ctx, strings.Repeat("s", store.MaxServerIDLen+1))
			return err
		}},
		{"HasPins empty server", func(ctx context.Context) error { _, err := s.HasPins(ctx, ""); return err }},
		{"Approve unknown kind", func(ctx context.Context) error {
			_, err := s.Approve(ctx, srv, "tools", "ok", at(0))
			return err
		}},
		{"Approve empty name", func(ctx context.Context) error {
			_, err := s.Approve(ctx, srv, store.KindTool, "", at(0))
			return err
		}},
		{"Approve empty server", func(ctx context.Context) error {
			_, err := s.Approve(ctx, "", store.KindTool, "ok", at(0))
			return err
		}},
		{"Approve zero time", func(ctx context.Context) error {
			_, err := s.Approve(ctx, srv, store.KindTool, "ok", time.Time{})
			return err
		}},
		{"Reset unknown kind", func(ctx context.Context) error { _, err := s.Reset(ctx, srv, "tools", ""); return err }},
		{"Reset long name", func(ctx context.Context) error { _, err := s.Reset(ctx, srv, store.KindTool, long); return err }},
		{"SeenServer empty ID", func(ctx context.Context) error {
			_, _, err := s.SeenServer(ctx, store.Server{LastSeen: at(0)})
			return err
		}},
		{"SeenServer long name", func(ctx context.Context) error {
			_, _, err := s.SeenServer(ctx, store.Server{ID: srv, Name: long, LastSeen: at(0)})
			return err
		}},
		{"SeenServer long info version", func(ctx context.Context) error {
			_, _, err := s.SeenServer(ctx, store.Server{ID: srv, InfoVersion: strings.Repeat("1", store.MaxServerFieldLen+1), LastSeen: at(0)})
			return err
		}},
		{"SeenServer zero LastSeen", func(ctx context.Context) error {
			_, _, err := s.SeenServer(ctx, store.Server{ID: srv})
			return err
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.call(t.Context())
			if !errors.Is(err, store.ErrInvalid) {
				t.Errorf("error = %v; want ErrInvalid", err)
			}
		})
	}
	if rows := mustPins(t, s, ""); len(rows) != 0 {
		t.Errorf("rows after invalid calls: got %d; want 0\n%s", len(rows), fmtPins(rows))
	}
	if got, err := s.Servers(t.Context()); err != nil || len(got) != 0 {
		t.Errorf("Servers after invalid calls = %d records, %v; want 0", len(got), err)
	}
}

// testAtLimits checks that values exactly at each limit are stored whole.
func testAtLimits(t *testing.T, s store.Store) {
	server := strings.Repeat("s", store.MaxServerIDLen)
	name := strings.Repeat("n", store.MaxNameLen-2) + "é"
	big := bytes.Repeat([]byte{0, 1, 2, 0xff}, store.MaxDefinitionLen/4)
	d := defOf(store.KindTool, name, big)
	hash := store.Def{Kind: store.KindPrompt, Name: "h", Hash: strings.Repeat("h", store.MaxHashLen)}
	got := mustObserve(t, s, server, store.PinNew, at(0), d, hash)
	want := []store.Pin{pinned(server, d, 0, 0), pinned(server, hash, 0, 0)}
	comparePins(t, "Observe", got, want)
	comparePins(t, "Pins", mustPins(t, s, server), sortPins(want))

	in := store.Server{ID: server, Name: strings.Repeat("n", store.MaxServerFieldLen), InfoName: "i", InfoVersion: "v", LastSeen: at(0)}
	if _, _, err := s.SeenServer(t.Context(), in); err != nil {
		t.Fatalf("SeenServer at limits: %v", err)
	}
	servers, err := s.Servers(t.Context())
	if err != nil {
		t.Fatalf("Servers: %v", err)
	}
	in.FirstSeen, in.LastSeen = ts(0), ts(0)
	compareServers(t, servers, []store.Server{in})
}

// testCanceled checks that a canceled context fails a write and leaves no
// trace.
func testCanceled(t *testing.T, s store.Store) {
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if _, err := s.Observe(ctx, srv, []store.Def{def(store.KindTool, "a", 1)}, store.PinNew, at(0)); err == nil {
		t.Errorf("Observe with a canceled context: no error")
	}
	if rows := mustPins(t, s, ""); len(rows) != 0 {
		t.Errorf("rows after canceled Observe: got %d; want 0", len(rows))
	}
}
