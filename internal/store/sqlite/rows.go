package sqlite

import (
	"database/sql"
	"time"

	"github.com/mcpshield/mcpshield/internal/store"
)

// pinCols are the columns scanPin reads, in its order.
const pinCols = `server, kind, name, hash, definition, approved, pinned_at,
	pending_hash, pending_definition, pending_since, last_seen`

// upsertPin writes a whole row: the columns of pinCols, then ON CONFLICT
// replaces every column but the key.
const upsertPin = `INSERT INTO pins (` + pinCols + `)
	VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
	ON CONFLICT (server, kind, name) DO UPDATE SET
		hash = excluded.hash, definition = excluded.definition,
		approved = excluded.approved, pinned_at = excluded.pinned_at,
		pending_hash = excluded.pending_hash, pending_definition = excluded.pending_definition,
		pending_since = excluded.pending_since, last_seen = excluded.last_seen`

// pinArgs returns p's values for upsertPin.
func pinArgs(p store.Pin) []any {
	return []any{
		p.Server, string(p.Kind), p.Name, p.Hash, p.Definition, p.Approved, micros(p.PinnedAt),
		p.PendingHash, p.PendingDefinition, micros(p.PendingSince), micros(p.LastSeen),
	}
}

type scanner interface{ Scan(dest ...any) error }

// scanPin reads one row of pinCols.
func scanPin(r scanner) (store.Pin, error) {
	var (
		p                         store.Pin
		kind                      string
		pinned, pending, lastSeen sql.NullInt64
	)
	err := r.Scan(&p.Server, &kind, &p.Name, &p.Hash, &p.Definition, &p.Approved, &pinned,
		&p.PendingHash, &p.PendingDefinition, &pending, &lastSeen)
	if err != nil {
		return store.Pin{}, err
	}
	p.Kind = store.Kind(kind)
	p.PinnedAt, p.PendingSince, p.LastSeen = fromMicros(pinned), fromMicros(pending), fromMicros(lastSeen)
	if len(p.Definition) == 0 {
		p.Definition = nil
	}
	if len(p.PendingDefinition) == 0 {
		p.PendingDefinition = nil
	}
	return p, nil
}

// micros returns t as stored: microseconds since the Unix epoch, NULL for
// the zero time.
func micros(t time.Time) sql.NullInt64 {
	if t.IsZero() {
		return sql.NullInt64{}
	}
	return sql.NullInt64{Int64: t.UnixMicro(), Valid: true}
}

// fromMicros is the inverse of micros, in UTC.
func fromMicros(v sql.NullInt64) time.Time {
	if !v.Valid {
		return time.Time{}
	}
	return time.UnixMicro(v.Int64).UTC()
}
