package sqlite

import (
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mcpshield/mcpshield/internal/store"
	"github.com/mcpshield/mcpshield/internal/store/storetest"
)

func openTemp(t testing.TB, path string) *Store {
	t.Helper()
	s, err := Open(t.Context(), path)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return s
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store {
		return openTemp(t, filepath.Join(t.TempDir(), "pins.db"))
	})
}

// TestShared runs the concurrency checks through two Store values on one
// file: two handles stand for two mcpshield processes.
func TestShared(t *testing.T) {
	path := filepath.Join(t.TempDir(), "pins.db")
	storetest.RunShared(t, []store.Store{openTemp(t, path), openTemp(t, path)})
}

func TestOpenCreates(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a", "b", "pins.db")
	openTemp(t, path)
	tests := []struct {
		path string
		want os.FileMode
	}{
		{filepath.Join(dir, "a"), os.ModeDir | 0o700},
		{filepath.Join(dir, "a", "b"), os.ModeDir | 0o700},
		{path, 0o600},
		{path + "-wal", 0o600},
	}
	for _, tt := range tests {
		fi, err := os.Stat(tt.path)
		if err != nil {
			t.Fatal(err)
		}
		if got := fi.Mode(); got != tt.want {
			t.Errorf("mode of %s = %v; want %v", tt.path, got, tt.want)
		}
	}
}

func TestReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "pins.db")
	now := time.Date(2025, 1, 2, 3, 4, 5, 6_000, time.UTC)
	s, err := Open(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	d := store.Def{Kind: store.KindTool, Name: "a", Hash: "sha256:00", Definition: []byte("{}")}
	want, err := s.Observe(t.Context(), "srv", []store.Def{d}, store.PinNew, now)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	got, err := openTemp(t, path).Pins(t.Context(), "srv")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || !store.SamePin(got[0], want[0]) {
		t.Errorf("after reopening: got %+v; want %+v", got, want)
	}
}

func TestOpenRefuses(t *testing.T) {
	tests := []struct {
		name    string
		prepare string // SQL run on the file first, through the bare driver
		want    string // in the error
	}{
		{"newer schema", "", "newer than this mcpshield knows"},
		{"another application's database", "CREATE TABLE notes (body TEXT)", "not an mcpshield database"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "pins.db")
			prepare := tt.prepare
			if prepare == "" {
				s := openTemp(t, path)
				_ = s // created and migrated; bump its version past ours
				prepare = "PRAGMA user_version = 99"
			}
			db, err := sql.Open("sqlite", path)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := db.Exec(prepare); err != nil {
				t.Fatal(err)
			}
			db.Close()
			s, err := Open(t.Context(), path)
			if err == nil {
				s.Close()
				t.Fatalf("Open succeeded; want an error containing %q", tt.want)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Open error = %v; want it to contain %q", err, tt.want)
			}
		})
	}
}

func TestOpenBadPath(t *testing.T) {
	for _, path := range []string{"", filepath.Join(t.TempDir(), "pins?.db")} {
		if s, err := Open(t.Context(), path); err == nil {
			s.Close()
			t.Errorf("Open(%q) succeeded; want an error", path)
		}
	}
}

func BenchmarkObserve(b *testing.B) {
	storetest.BenchmarkObserve(b, openTemp(b, filepath.Join(b.TempDir(), "pins.db")))
}
