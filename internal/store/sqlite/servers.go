package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/mcpshield/mcpshield/internal/store"
)

const serverCols = `id, name, info_name, info_version, first_seen, last_seen`

func scanServer(r scanner) (store.Server, error) {
	var s store.Server
	var first, last sql.NullInt64
	if err := r.Scan(&s.ID, &s.Name, &s.InfoName, &s.InfoVersion, &first, &last); err != nil {
		return store.Server{}, err
	}
	s.FirstSeen, s.LastSeen = fromMicros(first), fromMicros(last)
	return s, nil
}

// SeenServer upserts the record of srv.ID, keeping FirstSeen; see
// [store.Store.SeenServer].
func (s *Store) SeenServer(ctx context.Context, srv store.Server) (prev store.Server, found bool, err error) {
	if err := srv.Check(); err != nil {
		return store.Server{}, false, fmt.Errorf("recording server: %w", err)
	}
	first := srv.FirstSeen
	if first.IsZero() {
		first = srv.LastSeen
	}
	err = s.write(ctx, func(tx *sql.Tx) error {
		p, err := scanServer(tx.QueryRowContext(ctx, `SELECT `+serverCols+` FROM servers WHERE id = ?`, srv.ID))
		switch {
		case err == nil:
			prev, found = p, true
		case !errors.Is(err, sql.ErrNoRows):
			return err
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO servers (`+serverCols+`) VALUES (?, ?, ?, ?, ?, ?)
			ON CONFLICT (id) DO UPDATE SET name = excluded.name, info_name = excluded.info_name,
				info_version = excluded.info_version, last_seen = excluded.last_seen`,
			srv.ID, srv.Name, srv.InfoName, srv.InfoVersion,
			micros(store.Timestamp(first)), micros(store.Timestamp(srv.LastSeen)))
		return err
	})
	if err != nil {
		return store.Server{}, false, fmt.Errorf("recording server %q: %w", srv.ID, err)
	}
	return prev, found, nil
}

// Servers lists the server records sorted by ID.
func (s *Store) Servers(ctx context.Context) ([]store.Server, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+serverCols+` FROM servers ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("listing servers: %w", err)
	}
	defer rows.Close()
	var out []store.Server
	for rows.Next() {
		srv, err := scanServer(rows)
		if err != nil {
			return nil, fmt.Errorf("listing servers: %w", err)
		}
		out = append(out, srv)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("listing servers: %w", err)
	}
	return out, nil
}
