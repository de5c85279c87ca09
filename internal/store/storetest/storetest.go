// Package storetest is the conformance suite every [store.Store]
// implementation runs: one set of tests for the semantics documented in
// package store, so the SQLite and PostgreSQL stores cannot drift apart.
//
// An implementation's test calls [Run] with a function returning a fresh,
// empty store, and [RunShared] with several stores open on one database, to
// check that concurrent writers through different handles (processes,
// replicas) stay consistent.
package storetest

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/mcpshield/mcpshield/internal/store"
)

// Run runs the conformance suite. newStore is called once per subtest and
// must return an empty store on a database of its own, closed (and the
// database dropped, where that applies) when t ends.
func Run(t *testing.T, newStore func(t *testing.T) store.Store) {
	t.Run("Observe", func(t *testing.T) { testObserve(t, newStore) })
	t.Run("ObserveSeparatesServers", func(t *testing.T) { testObserveServers(t, newStore(t)) })
	t.Run("HasPins", func(t *testing.T) { testHasPins(t, newStore(t)) })
	t.Run("Ordering", func(t *testing.T) { testOrdering(t, newStore(t)) })
	t.Run("Times", func(t *testing.T) { testTimes(t, newStore(t)) })
	t.Run("Approve", func(t *testing.T) { testApprove(t, newStore) })
	t.Run("ApproveMissing", func(t *testing.T) { testApproveMissing(t, newStore(t)) })
	t.Run("Reset", func(t *testing.T) { testReset(t, newStore) })
	t.Run("ResetThenObserve", func(t *testing.T) { testResetThenObserve(t, newStore(t)) })
	t.Run("SeenServer", func(t *testing.T) { testSeenServer(t, newStore(t)) })
	t.Run("Servers", func(t *testing.T) { testServers(t, newStore(t)) })
	t.Run("Invalid", func(t *testing.T) { testInvalid(t, newStore(t)) })
	t.Run("AtLimits", func(t *testing.T) { testAtLimits(t, newStore(t)) })
	t.Run("Canceled", func(t *testing.T) { testCanceled(t, newStore(t)) })
	t.Run("Concurrent", func(t *testing.T) {
		s := newStore(t)
		runConcurrent(t, []store.Store{s, s})
	})
}

// RunShared runs the concurrency checks with goroutines spread over stores,
// which must all be open on one empty database: different handles stand for
// different processes or replicas.
func RunShared(t *testing.T, stores []store.Store) {
	if len(stores) == 0 {
		t.Fatal("RunShared: no stores")
	}
	runConcurrent(t, stores)
}

// t0 is the suite's clock origin: not UTC, with nanoseconds, so stores must
// convert and truncate (see store.Timestamp).
var t0 = time.Date(2025, 3, 1, 12, 0, 0, 123_456_789, time.FixedZone("UTC+1", 3600))

// at returns t0 + d.
func at(d time.Duration) time.Time { return t0.Add(d) }

// ts returns at(d) as stores return it.
func ts(d time.Duration) time.Time { return store.Timestamp(at(d)) }

// def returns version v of a definition: distinct versions, distinct hashes.
func def(kind store.Kind, name string, v int) store.Def {
	b := fmt.Appendf(nil, `{"name":%q,"version":%d}`, name, v)
	return defOf(kind, name, b)
}

// defOf returns a definition with the given canonical bytes.
func defOf(kind store.Kind, name string, b []byte) store.Def {
	sum := sha256.Sum256(b)
	return store.Def{Kind: kind, Name: name, Hash: "sha256:" + hex.EncodeToString(sum[:]), Definition: b}
}

// pinned is the row of d pinned at pinnedAt, last seen at lastSeen.
func pinned(server string, d store.Def, pinnedAt, lastSeen time.Duration) store.Pin {
	return store.Pin{
		Server: server, Kind: d.Kind, Name: d.Name,
		Hash: d.Hash, Definition: d.Definition, PinnedAt: ts(pinnedAt),
		LastSeen: ts(lastSeen),
	}
}

// withPending returns p with d pending since since.
func withPending(p store.Pin, d store.Def, since time.Duration) store.Pin {
	p.PendingHash, p.PendingDefinition, p.PendingSince = d.Hash, d.Definition, ts(since)
	return p
}

// pendingOnly is the row of a new name recorded as pending (PendingNew).
func pendingOnly(server string, d store.Def, since, lastSeen time.Duration) store.Pin {
	p := store.Pin{Server: server, Kind: d.Kind, Name: d.Name, LastSeen: ts(lastSeen)}
	return withPending(p, d, since)
}

func approved(p store.Pin) store.Pin {
	p.Approved = true
	return p
}

// comparePins compares rows: same content (store.SamePin), every time in UTC.
func comparePins(t *testing.T, what string, got, want []store.Pin) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%s: got %d rows; want %d\ngot:\n%s\nwant:\n%s", what, len(got), len(want), fmtPins(got), fmtPins(want))
		return
	}
	for i := range got {
		comparePin(t, fmt.Sprintf("%s[%d]", what, i), got[i], want[i])
	}
}

func comparePin(t *testing.T, what string, got, want store.Pin) {
	t.Helper()
	if !store.SamePin(got, want) {
		t.Errorf("%s:\ngot  %s\nwant %s", what, fmtPin(got), fmtPin(want))
	}
	for _, tm := range []time.Time{got.PinnedAt, got.PendingSince, got.LastSeen} {
		if !tm.IsZero() && tm.Location() != time.UTC {
			t.Errorf("%s: time %v in %v; want UTC", what, tm, tm.Location())
		}
	}
}

func fmtPins(ps []store.Pin) string {
	var b []byte
	for _, p := range ps {
		b = fmt.Appendf(b, "  %s\n", fmtPin(p))
	}
	return string(b)
}

func fmtPin(p store.Pin) string {
	return fmt.Sprintf("{%s %s %q hash=%s def=%s approved=%v pinned=%s pending=%s def=%s since=%s seen=%s}",
		p.Server, p.Kind, p.Name, short(p.Hash), fmtBytes(p.Definition), p.Approved, fmtTime(p.PinnedAt),
		short(p.PendingHash), fmtBytes(p.PendingDefinition), fmtTime(p.PendingSince), fmtTime(p.LastSeen))
}

func short(h string) string {
	if len(h) > 15 {
		return h[:15]
	}
	return h
}

func fmtBytes(b []byte) string {
	if len(b) > 40 {
		return fmt.Sprintf("%q...(%d bytes)", b[:40], len(b))
	}
	return fmt.Sprintf("%q", b)
}

func fmtTime(t time.Time) string {
	if t.IsZero() {
		return "0"
	}
	return t.Format(time.RFC3339Nano)
}

// sortPins sorts rows as Pins returns them.
func sortPins(ps []store.Pin) []store.Pin {
	ps = slices.Clone(ps)
	slices.SortFunc(ps, func(a, b store.Pin) int {
		return cmp.Or(cmp.Compare(a.Server, b.Server), cmp.Compare(a.Kind, b.Kind), cmp.Compare(a.Name, b.Name))
	})
	return ps
}

func mustObserve(t *testing.T, s store.Store, server string, mode store.ObserveMode, now time.Time, defs ...store.Def) []store.Pin {
	t.Helper()
	got, err := s.Observe(t.Context(), server, defs, mode, now)
	if err != nil {
		t.Fatalf("Observe(%q, %d defs): %v", server, len(defs), err)
	}
	return got
}

func mustPins(t *testing.T, s store.Store, server string) []store.Pin {
	t.Helper()
	got, err := s.Pins(t.Context(), server)
	if err != nil {
		t.Fatalf("Pins(%q): %v", server, err)
	}
	return got
}
