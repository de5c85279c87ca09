package postgres

import (
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"

	"github.com/mcpshield/mcpshield/internal/store"
)

// pinCols are the columns scanPin reads, in its order.
const pinCols = `server, kind, name, hash, definition, approved, pinned_at,
	pending_hash, pending_definition, pending_since, last_seen`

// upsertPin writes a whole row: server_key, then pinCols.
const upsertPin = `INSERT INTO mcpshield_pins (server_key, ` + pinCols + `)
	VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
	ON CONFLICT (server_key, kind, name) DO UPDATE SET
		hash = excluded.hash, definition = excluded.definition,
		approved = excluded.approved, pinned_at = excluded.pinned_at,
		pending_hash = excluded.pending_hash, pending_definition = excluded.pending_definition,
		pending_since = excluded.pending_since, last_seen = excluded.last_seen`

// pinArgs returns p's values for upsertPin.
func pinArgs(p store.Pin) []any {
	return []any{
		idKey(p.Server), p.Server, string(p.Kind), p.Name, p.Hash, p.Definition, p.Approved, tsArg(p.PinnedAt),
		p.PendingHash, p.PendingDefinition, tsArg(p.PendingSince), tsArg(p.LastSeen),
	}
}

// scanPin reads one row of pinCols.
func scanPin(r pgx.Row) (store.Pin, error) {
	var (
		p                         store.Pin
		kind                      string
		pinned, pending, lastSeen pgtype.Timestamptz
	)
	err := r.Scan(&p.Server, &kind, &p.Name, &p.Hash, &p.Definition, &p.Approved, &pinned,
		&p.PendingHash, &p.PendingDefinition, &pending, &lastSeen)
	if err != nil {
		return store.Pin{}, err
	}
	p.Kind = store.Kind(kind)
	p.PinnedAt, p.PendingSince, p.LastSeen = fromTS(pinned), fromTS(pending), fromTS(lastSeen)
	if len(p.Definition) == 0 {
		p.Definition = nil
	}
	if len(p.PendingDefinition) == 0 {
		p.PendingDefinition = nil
	}
	return p, nil
}

// tsArg returns t as a query argument: NULL for the zero time.
func tsArg(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t
}

// fromTS returns a scanned timestamptz in UTC, zero for NULL.
func fromTS(v pgtype.Timestamptz) time.Time {
	if !v.Valid {
		return time.Time{}
	}
	return v.Time.UTC()
}
