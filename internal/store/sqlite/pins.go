package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/mcpshield/mcpshield/internal/store"
)

// HasPins reports whether any row exists for server.
func (s *Store) HasPins(ctx context.Context, server string) (bool, error) {
	if err := store.CheckServerID(server); err != nil {
		return false, fmt.Errorf("looking up pins: %w", err)
	}
	var ok bool
	err := s.db.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM pins WHERE server = ?)`, server).Scan(&ok)
	if err != nil {
		return false, fmt.Errorf("looking up pins of %q: %w", server, err)
	}
	return ok, nil
}

// Observe records the definitions seen for server at now; see
// [store.Store.Observe].
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
	err := s.write(ctx, func(tx *sql.Tx) error {
		get, err := tx.PrepareContext(ctx, `SELECT `+pinCols+` FROM pins WHERE server = ? AND kind = ? AND name = ?`)
		if err != nil {
			return err
		}
		defer get.Close()
		put, err := tx.PrepareContext(ctx, upsertPin)
		if err != nil {
			return err
		}
		defer put.Close()
		touch, err := tx.PrepareContext(ctx, `UPDATE pins SET last_seen = ? WHERE server = ? AND kind = ? AND name = ?`)
		if err != nil {
			return err
		}
		defer touch.Close()

		for i, d := range defs {
			var prev *store.Pin
			p, err := scanPin(get.QueryRowContext(ctx, server, string(d.Kind), d.Name))
			switch {
			case err == nil:
				prev = &p
			case !errors.Is(err, sql.ErrNoRows):
				return fmt.Errorf("reading %s %q: %w", d.Kind, d.Name, err)
			}
			next := store.NextPin(prev, server, d, mode, now)
			if prev != nil && onlyLastSeen(*prev, next) {
				_, err = touch.ExecContext(ctx, micros(now), server, string(d.Kind), d.Name)
			} else {
				_, err = put.ExecContext(ctx, pinArgs(next)...)
			}
			if err != nil {
				return fmt.Errorf("writing %s %q: %w", d.Kind, d.Name, err)
			}
			out[i] = next
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
	q, args := `SELECT `+pinCols+` FROM pins ORDER BY server, kind, name`, []any(nil)
	if server != "" {
		q, args = `SELECT `+pinCols+` FROM pins WHERE server = ? ORDER BY kind, name`, []any{server}
	}
	rows, err := s.db.QueryContext(ctx, q, args...)
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
	err := s.write(ctx, func(tx *sql.Tx) error {
		p, err := scanPin(tx.QueryRowContext(ctx, `SELECT `+pinCols+` FROM pins WHERE server = ? AND kind = ? AND name = ?`,
			server, string(kind), name))
		if errors.Is(err, sql.ErrNoRows) {
			return store.ErrNotFound
		}
		if err != nil {
			return err
		}
		if out, err = store.ApprovePin(p, store.Timestamp(now)); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, upsertPin, pinArgs(out)...)
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
	for _, f := range []struct{ col, v string }{{"server", server}, {"kind", string(kind)}, {"name", name}} {
		if f.v != "" {
			where = append(where, f.col+" = ?")
			args = append(args, f.v)
		}
	}
	q := `DELETE FROM pins`
	if len(where) > 0 {
		q += ` WHERE ` + strings.Join(where, " AND ")
	}
	var n int64
	err := s.write(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, q, args...)
		if err != nil {
			return err
		}
		n, err = res.RowsAffected()
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("resetting pins: %w", err)
	}
	return int(n), nil
}
