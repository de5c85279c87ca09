package store

import (
	"bytes"
	"fmt"
	"time"
)

// Timestamp returns t as a store keeps it: in UTC, truncated to the
// microsecond (PostgreSQL's precision), without a monotonic reading. Stores
// apply it to every time they are given, so what Observe returns equals what
// Pins reads back later.
func Timestamp(t time.Time) time.Time {
	if t.IsZero() {
		return time.Time{}
	}
	return t.UTC().Truncate(time.Microsecond)
}

// NextPin returns the row for d after observing it at now: prev is the
// current row, nil when there is none. It is the rule of [Store.Observe] for
// one definition, shared by every implementation:
//   - prev nil: mode PinNew pins d, PendingNew records it as pending with no
//     Hash.
//   - prev.Hash == d.Hash: prev, pending cleared.
//   - otherwise: d becomes the pending definition; PendingSince is kept when
//     it already was, else now.
//
// LastSeen is now in every case. now must already be a [Timestamp]; the
// result shares no memory with prev but does with d.Definition.
func NextPin(prev *Pin, server string, d Def, mode ObserveMode, now time.Time) Pin {
	if prev == nil {
		p := Pin{Server: server, Kind: d.Kind, Name: d.Name, LastSeen: now}
		if mode == PendingNew {
			p.PendingHash, p.PendingDefinition, p.PendingSince = d.Hash, nilIfEmpty(d.Definition), now
		} else {
			p.Hash, p.Definition, p.PinnedAt = d.Hash, nilIfEmpty(d.Definition), now
		}
		return p
	}
	p := clonePin(*prev)
	p.LastSeen = now
	switch {
	case p.Hash == d.Hash:
		p.PendingHash, p.PendingDefinition, p.PendingSince = "", nil, time.Time{}
	case p.PendingHash == d.Hash:
		// Same pending definition seen again: PendingSince is when it first
		// appeared. The bytes are the ones hashed, so keep ours.
	default:
		p.PendingHash, p.PendingDefinition, p.PendingSince = d.Hash, nilIfEmpty(d.Definition), now
	}
	return p
}

// ApprovePin returns p approved at now, the rule of [Store.Approve]: a
// pending definition becomes the pin (PinnedAt=now, Approved, pending
// cleared); with none pending the pin itself is marked Approved. It fails
// only on a row with neither, which no Observe produces.
func ApprovePin(p Pin, now time.Time) (Pin, error) {
	p = clonePin(p)
	switch {
	case p.PendingHash != "":
		p.Hash, p.Definition, p.PinnedAt = p.PendingHash, p.PendingDefinition, now
		p.PendingHash, p.PendingDefinition, p.PendingSince = "", nil, time.Time{}
	case p.Hash == "":
		return Pin{}, fmt.Errorf("approving %s %q of %q: no definition to approve", p.Kind, p.Name, p.Server)
	}
	p.Approved = true
	return p, nil
}

// SamePin reports whether a and b are the same row with the same content,
// times compared with Equal and nil definitions equal to empty ones.
func SamePin(a, b Pin) bool {
	return a.Server == b.Server && a.Kind == b.Kind && a.Name == b.Name &&
		a.Hash == b.Hash && bytes.Equal(a.Definition, b.Definition) &&
		a.Approved == b.Approved && a.PinnedAt.Equal(b.PinnedAt) &&
		a.PendingHash == b.PendingHash && bytes.Equal(a.PendingDefinition, b.PendingDefinition) &&
		a.PendingSince.Equal(b.PendingSince) && a.LastSeen.Equal(b.LastSeen)
}

func clonePin(p Pin) Pin {
	p.Definition = nilIfEmpty(bytes.Clone(p.Definition))
	p.PendingDefinition = nilIfEmpty(bytes.Clone(p.PendingDefinition))
	return p
}

func nilIfEmpty(b []byte) []byte {
	if len(b) == 0 {
		return nil
	}
	return b
}
