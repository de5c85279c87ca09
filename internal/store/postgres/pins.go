package postgres

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/mcpshield/mcpshield/internal/store"
)

// HasPins reports whether any row exists for server.
func (s *Store) HasPins(ctx context.Context, server string) (bool, error) {
	if err := store.CheckServerID(server); err != nil {
		return false, fmt.Errorf("looking up pins: %w", err)
	}
	var ok bool
	err := s.pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM mcpshield_pins WHERE server_key = $1 AND server = $2)`,
		idKey(server), server).Scan(&ok)
	if err != nil {
		return false, fmt.Errorf("looking up pins of %q: %w", server, err)
	}
	return ok, nil
}

type rowKey struct {
	kind store.Kind
	name string
}

// Observe records the definitions seen for server at now; see
// [store.Store.Observe]. It reads the rows of defs under lock, derives each
// new row with store.NextPin, and writes them in one batch.
func (s *Store) Observe(ctx context.Context, server string, defs []store.Def, mode store.ObserveMode, now time.Time) ([]store.Pin, error) {
	if err := store.CheckDefs(server, defs); err != nil {
		return nil, fmt.Errorf("observing definitions: %w", err)
	}
	if err := store.CheckNow(now); err != nil {
		return nil, fmt.Errorf("observing definitions: %w", err)
	}
	out := make([]store.Pin, len(defs))
	if len(defs) == 0 {
		return out, nil
	}
	now = store.Timestamp(now)
	kinds, names := make([]string, len(defs)), make([]string, len(defs))
	for i, d := range defs {
		kinds[i], names[i] = string(d.Kind), d.Name
	}
	key := idKey(server)
	err := s.write(ctx, func(tx pgx.Tx) error {
		if err := lockServer(ctx, tx, server); err != nil {
			return err
		}
		rows, err := tx.Query(ctx, `SELECT `+pinCols+` FROM mcpshield_pins
			WHERE server_key = $1 AND server = $2
				AND (kind, name) IN (SELECT * FROM unnest($3::text[], $4::text[]))
			FOR UPDATE`, key, server, kinds, names)
		if err != nil {
			return fmt.Errorf("reading pins: %w", err)
		}
		prevs := make(map[rowKey]store.Pin, len(defs))
		for rows.Next() {
			p, err := scanPin(rows)
			if err != nil {
				rows.Close()
				return fmt.Errorf("reading pins: %w", err)
			}
			prevs[rowKey{p.Kind, p.Name}] = p
		}
		if err := rows.Err(); err != nil {
			return fmt.Errorf("reading pins: %w", err)
		}

		var b pgx.Batch
		for i, d := range defs {
			var prevp *store.Pin
			if p, ok := prevs[rowKey{d.Kind, d.Name}]; ok {
				prevp = &p
			}
			next := store.NextPin(prevp, server, d, mode, now)
			if prevp != nil && onlyLastSeen(*prevp, next) {
				b.Queue(`UPDATE mcpshield_pins SET last_seen = $1 WHERE server_key = $2 AND kind = $3 AND name = $4`,
					now, key, string(d.Kind), d.Name)
			} else {
				b.Queue(upsertPin, pinArgs(next)...)
			}
			out[i] = next
		}
		if err := tx.SendBatch(ctx, &b).Close(); err != nil {
			return fmt.Errorf("writing pins: %w", err)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("observing definitions of %q: %w", server, err)
	}
	return out, nil
}

// onlyLastSeen reports whether next differs from prev in LastSeen alone, so
// that the definitions need not be written again.
func onlyLastSeen(prev, next store.Pin) bool {
	prev.LastSeen = next.LastSeen
	return store.SamePin(prev, next)
}

// Pins returns the rows of server ("" = all), sorted by server, kind, name.
func (s *Store) Pins(ctx context.Context, server string) ([]store.Pin, error) {
	if err := store.CheckServerFilter(server); err != nil {
		return nil, fmt.Errorf("listing pins: %w", err)
	}
	q, args := `SELECT `+pinCols+` FROM mcpshield_pins ORDER BY server, kind, name`, []any(nil)
	if server != "" {
		q = `SELECT ` + pinCols + ` FROM mcpshield_pins WHERE server_key = $1 AND server = $2 ORDER BY kind, name`
		args = []any{idKey(server), server}
	}
	rows, err := s.pool.Query(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("listing pins: %w", err)
	}
	defer rows.Close()
	var out []store.Pin
	for rows.Next() {
		p, err := scanPin(rows)
		if err != nil {
			return nil, fmt.Errorf("listing pins: %w", err)
		}
		out = append(out, p)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("listing pins: %w", err)
	}
	return out, nil
}

// Approve approves one row; see [store.Store.Approve].
func (s *Store) Approve(ctx context.Context, server string, kind store.Kind, name string, now time.Time) (store.Pin, error) {
	if err := store.CheckRow(server, kind, name); err != nil {
		return store.Pin{}, fmt.Errorf("approving: %w", err)
	}
	if err := store.CheckNow(now); err != nil {
		return store.Pin{}, fmt.Errorf("approving: %w", err)
	}
	var out store.Pin
	err := s.write(ctx, func(tx pgx.Tx) error {
		if err := lockServer(ctx, tx, server); err != nil {
			return err
		}
		p, err := scanPin(tx.QueryRow(ctx, `SELECT `+pinCols+` FROM mcpshield_pins
			WHERE server_key = $1 AND server = $2 AND kind = $3 AND name = $4 FOR UPDATE`,
			idKey(server), server, string(kind), name))
		if errors.Is(err, pgx.ErrNoRows) {
			return store.ErrNotFound
		}
		if err != nil {
			return err
		}
		if out, err = store.ApprovePin(p, store.Timestamp(now)); err != nil {
			return err
		}
		_, err = tx.Exec(ctx, upsertPin, pinArgs(out)...)
		return err
	})
	if err != nil {
		return store.Pin{}, fmt.Errorf("approving %s %q of %q: %w", kind, name, server, err)
	}
	return out, nil
}

// Reset deletes the rows matching the filters ("" = any); see
// [store.Store.Reset].
func (s *Store) Reset(ctx context.Context, server string, kind store.Kind, name string) (int, error) {
	if err := store.CheckReset(server, kind, name); err != nil {
		return 0, fmt.Errorf("resetting pins: %w", err)
	}
	var where []string
	var args []any
	add := func(cond string, v any) {
		args = append(args, v)
		where = append(where, strings.ReplaceAll(cond, "?", "$"+strconv.Itoa(len(args))))
	}
	if server != "" {
		add("server_key = ?", idKey(server))
		add("server = ?", server)
	}
	if kind != "" {
		add("kind = ?", string(kind))
	}
	if name != "" {
		add("name = ?", name)
	}
	q := `DELETE FROM mcpshield_pins`
	if len(where) > 0 {
		q += ` WHERE ` + strings.Join(where, " AND ")
	}
	var n int64
	err := s.write(ctx, func(tx pgx.Tx) error {
		var err error
		if server != "" {
			err = lockServer(ctx, tx, server)
		} else {
			err = lockAll(ctx, tx)
		}
		if err != nil {
			return err
		}
		tag, err := tx.Exec(ctx, q, args...)
		n = tag.RowsAffected()
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("resetting pins: %w", err)
	}
	return int(n), nil
}
