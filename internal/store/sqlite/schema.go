package sqlite

import (
	"context"
	"database/sql"
	"fmt"
)

// applicationID marks the file as mcpshield's ("mcps"), so that Open
// refuses another program's database instead of adding tables to it.
const applicationID = 0x6d637073

// migrations bring the schema from version i (PRAGMA user_version) to i+1.
// Append only: a released migration never changes, a new version adds one.
//
// Times are INTEGER microseconds since the Unix epoch, UTC; NULL for a zero
// time. Text compares in BINARY (byte) order, as Go compares strings.
var migrations = []string{
	// 1: pins and servers.
	`CREATE TABLE pins (
		server             TEXT    NOT NULL,
		kind               TEXT    NOT NULL,
		name               TEXT    NOT NULL,
		hash               TEXT    NOT NULL, -- '' when never trusted
		definition         BLOB,
		approved           INTEGER NOT NULL,
		pinned_at          INTEGER,          -- NULL when hash = ''
		pending_hash       TEXT    NOT NULL, -- '' when nothing is pending
		pending_definition BLOB,
		pending_since      INTEGER,          -- NULL when pending_hash = ''
		last_seen          INTEGER NOT NULL,
		PRIMARY KEY (server, kind, name)
	) STRICT;
	CREATE TABLE servers (
		id           TEXT    NOT NULL PRIMARY KEY,
		name         TEXT    NOT NULL,
		info_name    TEXT    NOT NULL,
		info_version TEXT    NOT NULL,
		first_seen   INTEGER NOT NULL,
		last_seen    INTEGER NOT NULL
	) STRICT;`,
}

// migrate brings the schema up to date in one write transaction, so that
// processes opening the file at once migrate it once.
func (s *Store) migrate(ctx context.Context) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		var app, version, tables int
		if err := tx.QueryRowContext(ctx, `PRAGMA application_id`).Scan(&app); err != nil {
			return fmt.Errorf("reading application id: %w", err)
		}
		if err := tx.QueryRowContext(ctx, `PRAGMA user_version`).Scan(&version); err != nil {
			return fmt.Errorf("reading schema version: %w", err)
		}
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_schema`).Scan(&tables); err != nil {
			return fmt.Errorf("reading schema: %w", err)
		}
		switch {
		case app == 0 && version == 0 && tables == 0:
			// A new file.
			if _, err := tx.ExecContext(ctx, fmt.Sprintf(`PRAGMA application_id = %d`, applicationID)); err != nil {
				return fmt.Errorf("setting application id: %w", err)
			}
		case app != applicationID:
			return fmt.Errorf("not an mcpshield database (application id %#x, %d schema objects)", app, tables)
		case version > len(migrations):
			return fmt.Errorf("schema version %d is newer than this mcpshield knows (%d): upgrade mcpshield", version, len(migrations))
		}
		for v := version; v < len(migrations); v++ {
			if _, err := tx.ExecContext(ctx, migrations[v]); err != nil {
				return fmt.Errorf("migrating schema to version %d: %w", v+1, err)
			}
		}
		if version < len(migrations) {
			if _, err := tx.ExecContext(ctx, fmt.Sprintf(`PRAGMA user_version = %d`, len(migrations))); err != nil {
				return fmt.Errorf("setting schema version: %w", err)
			}
		}
		return nil
	})
}
