package postgres

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"

	"github.com/mcpshield/mcpshield/internal/store"
)

const serverCols = `id, name, info_name, info_version, first_seen, last_seen`

func scanServer(r pgx.Row) (store.Server, error) {
	var s store.Server
	var first, last pgtype.Timestamptz
	if err := r.Scan(&s.ID, &s.Name, &s.InfoName, &s.InfoVersion, &first, &last); err != nil {
		return store.Server{}, err
	}
	s.FirstSeen, s.LastSeen = fromTS(first), fromTS(last)
	return s, nil
}

// SeenServer upserts the record of srv.ID, keeping FirstSeen; see
// [store.Store.SeenServer].
//
// The record is read FOR UPDATE; if there is none, INSERT ... ON CONFLICT
// DO NOTHING either creates it (found=false) or, when another replica's
// insert got there first, waits for it, and the record is then read and
// updated like an existing one.
func (s *Store) SeenServer(ctx context.Context, srv store.Server) (prev store.Server, found bool, err error) {
	if err := srv.Check(); err != nil {
		return store.Server{}, false, fmt.Errorf("recording server: %w", err)
	}
	first := srv.FirstSeen
	if first.IsZero() {
		first = srv.LastSeen
	}
	key := idKey(srv.ID)
	const get = `SELECT ` + serverCols + ` FROM mcpshield_servers WHERE id_key = $1 AND id = $2 FOR UPDATE`
	err = s.write(ctx, func(tx pgx.Tx) error {
		p, err := scanServer(tx.QueryRow(ctx, get, key, srv.ID))
		if errors.Is(err, pgx.ErrNoRows) {
			tag, err := tx.Exec(ctx, `INSERT INTO mcpshield_servers (id_key, `+serverCols+`)
				VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id_key) DO NOTHING`,
				key, srv.ID, srv.Name, srv.InfoName, srv.InfoVersion,
				store.Timestamp(first), store.Timestamp(srv.LastSeen))
			if err != nil || tag.RowsAffected() == 1 {
				return err
			}
			p, err = scanServer(tx.QueryRow(ctx, get, key, srv.ID))
			if err != nil {
				return err
			}
		} else if err != nil {
			return err
		}
		prev, found = p, true
		_, err = tx.Exec(ctx, `UPDATE mcpshield_servers
			SET name = $3, info_name = $4, info_version = $5, last_seen = $6
			WHERE id_key = $1 AND id = $2`,
			key, srv.ID, srv.Name, srv.InfoName, srv.InfoVersion, store.Timestamp(srv.LastSeen))
		return err
	})
	if err != nil {
		return store.Server{}, false, fmt.Errorf("recording server %q: %w", srv.ID, err)
	}
	return prev, found, nil
}

// Servers lists the server records sorted by ID.
func (s *Store) Servers(ctx context.Context) ([]store.Server, error) {
	rows, err := s.pool.Query(ctx, `SELECT `+serverCols+` FROM mcpshield_servers ORDER BY id`)
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
