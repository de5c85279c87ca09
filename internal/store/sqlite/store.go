// Package sqlite is the default [store.Store]: one SQLite file on the
// user's machine, shared by every mcpshield process (one per `mcpshield
// run`), through the pure-Go driver modernc.org/sqlite.
//
// Several processes write the file at once. The database is in WAL mode, so
// readers never wait for a writer; every write is one BEGIN IMMEDIATE
// transaction, which takes the write lock up front (a deferred transaction
// upgrading from read to write can fail with SQLITE_BUSY at once, whatever
// the timeout), and waits up to [BusyTimeout] for it. Within one process the
// writers of a Store also queue on a lock of their own, which honours ctx.
package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" database/sql driver

	"github.com/mcpshield/mcpshield/internal/store"
)

// BusyTimeout is how long a write waits for another process's write to
// finish before failing. Writes take milliseconds; ten seconds rides out a
// slow disk or a checkpoint without hanging a client forever.
const BusyTimeout = 10 * time.Second

// maxOpenConns bounds the connections of one Store: each holds its own page
// cache, and writes go one at a time anyway.
const maxOpenConns = 4

// Store is a [store.Store] on one SQLite file.
type Store struct {
	db   *sql.DB
	path string
	// wlock serializes this Store's write transactions: a buffered channel
	// of one, so waiting for it honours ctx.
	wlock chan struct{}
}

var _ store.Store = (*Store)(nil)

// Open opens the store at path, creating the file (mode 0600) and its
// missing parent directories (mode 0700) if needed, and bringing its schema
// up to date. It fails on a file that is some other application's database,
// or whose schema is newer than this build knows.
func Open(ctx context.Context, path string) (*Store, error) {
	if path == "" {
		return nil, errors.New("opening pin store: empty path")
	}
	// The driver takes everything after the first '?' as its parameters.
	if strings.ContainsRune(path, '?') {
		return nil, fmt.Errorf("opening pin store %s: path contains '?'", path)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("opening pin store: %w", err)
	}
	// Create the file ourselves so that it gets mode 0600: SQLite would use
	// 0644. Its -wal and -shm files take the database file's mode.
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("opening pin store: %w", err)
	}
	if err := f.Close(); err != nil {
		return nil, fmt.Errorf("opening pin store: %w", err)
	}

	q := url.Values{}
	q.Set("_busy_timeout", strconv.FormatInt(BusyTimeout.Milliseconds(), 10))
	q.Set("_journal_mode", "WAL")
	// FULL: a commit is on disk when Observe or Approve returns; an approval
	// lost to a power cut would surprise the person who gave it.
	q.Set("_synchronous", "FULL")
	q.Set("_txlock", "immediate")
	db, err := sql.Open("sqlite", path+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("opening pin store %s: %w", path, err)
	}
	db.SetMaxOpenConns(maxOpenConns)
	db.SetMaxIdleConns(maxOpenConns)
	s := &Store{db: db, path: path, wlock: make(chan struct{}, 1)}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("opening pin store %s: %w", path, err)
	}
	return s, nil
}

// Close closes the database. Calls in progress fail.
func (s *Store) Close() error {
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("closing pin store %s: %w", s.path, err)
	}
	return nil
}

// write runs fn in one write transaction (BEGIN IMMEDIATE, see Open),
// committed if fn returns nil and rolled back otherwise.
func (s *Store) write(ctx context.Context, fn func(*sql.Tx) error) error {
	select {
	case s.wlock <- struct{}{}:
	case <-ctx.Done():
		return ctx.Err()
	}
	defer func() { <-s.wlock }()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}
