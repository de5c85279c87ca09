package postgres

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
)

// migrateKey is the advisory lock held while migrating, so that replicas
// starting at once migrate once.
const migrateKey int64 = 0x6d63707367726174 // "mcpsgrat"

// migrations bring the schema from version i (mcpshield_schema_version) to
// i+1. Append only: a released migration never changes.
//
// Text that is sorted or keyed is COLLATE "C": byte order, as Go compares
// strings and SQLite's BINARY does, whatever the database's locale. The keys
// are SHA-256 of the server identity (see idKey), the identity kept beside
// them.
var migrations = []string{
	// 1: pins and servers.
	`CREATE TABLE mcpshield_pins (
		server_key         bytea       NOT NULL,
		server             text        COLLATE "C" NOT NULL,
		kind               text        COLLATE "C" NOT NULL,
		name               text        COLLATE "C" NOT NULL,
		hash               text        NOT NULL, -- '' when never trusted
		definition         bytea,
		approved           boolean     NOT NULL,
		pinned_at          timestamptz,          -- NULL when hash = ''
		pending_hash       text        NOT NULL, -- '' when nothing is pending
		pending_definition bytea,
		pending_since      timestamptz,          -- NULL when pending_hash = ''
		last_seen          timestamptz NOT NULL,
		PRIMARY KEY (server_key, kind, name)
	);
	CREATE TABLE mcpshield_servers (
		id_key       bytea       NOT NULL PRIMARY KEY,
		id           text        COLLATE "C" NOT NULL,
		name         text        NOT NULL,
		info_name    text        NOT NULL,
		info_version text        NOT NULL,
		first_seen   timestamptz NOT NULL,
		last_seen    timestamptz NOT NULL
	);`,
}

// migrate brings the schema up to date in one transaction.
func (s *Store) migrate(ctx context.Context) error {
	return s.write(ctx, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, migrateKey); err != nil {
			return fmt.Errorf("locking schema: %w", err)
		}
		_, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS mcpshield_schema_version (version integer NOT NULL)`)
		if err != nil {
			return fmt.Errorf("creating schema version table: %w", err)
		}
		var version int
		err = tx.QueryRow(ctx, `SELECT version FROM mcpshield_schema_version`).Scan(&version)
		switch {
		case errors.Is(err, pgx.ErrNoRows):
			if _, err := tx.Exec(ctx, `INSERT INTO mcpshield_schema_version (version) VALUES (0)`); err != nil {
				return fmt.Errorf("setting schema version: %w", err)
			}
		case err != nil:
			return fmt.Errorf("reading schema version: %w", err)
		case version > len(migrations):
			return fmt.Errorf("schema version %d is newer than this mcpshield knows (%d): upgrade mcpshield", version, len(migrations))
		}
		for v := version; v < len(migrations); v++ {
			if _, err := tx.Exec(ctx, migrations[v]); err != nil {
				return fmt.Errorf("migrating schema to version %d: %w", v+1, err)
			}
		}
		if version < len(migrations) {
			if _, err := tx.Exec(ctx, `UPDATE mcpshield_schema_version SET version = $1`, len(migrations)); err != nil {
				return fmt.Errorf("setting schema version: %w", err)
			}
		}
		return nil
	})
}
