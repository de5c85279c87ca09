// Package postgres is the [store.Store] for fleets: several gateway
// replicas share their pins, approvals and server records in one PostgreSQL
// database, through pgx.
//
// The tables are mcpshield_pins, mcpshield_servers and
// mcpshield_schema_version, in the first schema of the connection's
// search_path; to keep them in a schema of their own, put it in the DSN
// (postgres://host/db?search_path=mcpshield).
//
// Writes serialize per server across replicas: a write transaction takes
// PostgreSQL advisory locks (shared on a store-wide key, exclusive on the
// server's key; Reset of every server takes the store-wide key exclusively),
// then locks the rows it reads with SELECT ... FOR UPDATE and writes them
// with INSERT ... ON CONFLICT. Two replicas observing one server at once
// therefore see each other's result, never the same empty row. The locks
// are always taken in that order, so writers cannot deadlock each other.
package postgres

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/mcpshield/mcpshield/internal/store"
)

// Store is a [store.Store] on a PostgreSQL database.
type Store struct {
	pool *pgxpool.Pool
}

var _ store.Store = (*Store)(nil)

// Open connects to the database at dsn (a URL or keyword/value string, see
// pgx's ParseConfig) and brings the schema up to date. It fails if the
// schema is newer than this build knows.
func Open(ctx context.Context, dsn string) (*Store, error) {
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		// pgx's parse errors quote the DSN with the password masked.
		return nil, fmt.Errorf("opening pin store: %w", err)
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("opening pin store: %w", err)
	}
	s := &Store{pool: pool}
	if err := s.migrate(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("opening pin store on %s: %w", cfg.ConnConfig.Host, err)
	}
	return s, nil
}

// Close closes every connection, waiting for calls in progress.
func (s *Store) Close() error {
	s.pool.Close()
	return nil
}

// write runs fn in one transaction, committed if fn returns nil.
func (s *Store) write(ctx context.Context, fn func(pgx.Tx) error) error {
	return pgx.BeginFunc(ctx, s.pool, fn)
}

// Advisory lock keys (pg_advisory_xact_lock takes one bigint). globalKey is
// the whole store; serverKey(id) one server's rows. Another application's
// advisory lock on the same number only makes one of us wait.
const globalKey int64 = 0x6d63707368696c64 // "mcpshild"

func serverKey(server string) int64 {
	sum := sha256.Sum256([]byte("mcpshield/pins\x00" + server))
	return int64(binary.BigEndian.Uint64(sum[:8]))
}

// lockServer serializes the writers of server's pins until tx ends.
func lockServer(ctx context.Context, tx pgx.Tx, server string) error {
	_, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock_shared($1), pg_advisory_xact_lock($2)`, globalKey, serverKey(server))
	if err != nil {
		return fmt.Errorf("locking server: %w", err)
	}
	return nil
}

// lockAll excludes every other pin writer until tx ends.
func lockAll(ctx context.Context, tx pgx.Tx) error {
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, globalKey); err != nil {
		return fmt.Errorf("locking store: %w", err)
	}
	return nil
}

// idKey is the indexed key of a server identity: its SHA-256. An identity
// may be 8 KiB, over what a btree index entry holds (about 2.7 KB).
func idKey(server string) []byte {
	sum := sha256.Sum256([]byte(server))
	return sum[:]
}
